"""The embedded store's shortest paths (kg.stores._path_index) against networkx on random graphs.

The two-sided search must give exactly the paths a plain search gives: the first ``limit`` shortest
paths in key order, none when the ends are further apart than ``max_hops``.
"""
from __future__ import annotations

import random

import networkx as nx
import pytest

from kg.stores._path_index import Adjacency, shortest_key_paths


def random_graph(seed: int) -> list[tuple[str, str]]:
    """A sparse graph with a few hubs (like topics and places), some isolated parts, and parallel edges."""
    rng = random.Random(seed)
    nodes = [f"n{i:03d}" for i in range(rng.randint(5, 80))]
    hubs = rng.sample(nodes, min(3, len(nodes)))
    pairs = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(rng.randint(0, len(nodes) * 2))]
    pairs += [(rng.choice(hubs), rng.choice(nodes)) for _ in range(len(nodes) // 2)]
    return pairs + pairs[: len(pairs) // 5]


@pytest.mark.parametrize("seed", range(60))
def test_paths_match_networkx(seed: int) -> None:
    pairs = random_graph(seed)
    adjacency = Adjacency.from_pairs(pairs)
    graph = nx.Graph((a, b) for a, b in pairs if a != b)
    rng = random.Random(seed)
    keys = sorted(graph.nodes)
    for _ in range(30):
        if len(keys) < 2:
            break
        source, target = rng.sample(keys, 2)
        for max_hops in (1, 2, 3, 6):
            for limit in (1, 3, 50):
                found = shortest_key_paths(adjacency, source, target, max_hops, limit)
                if not nx.has_path(graph, source, target) or nx.shortest_path_length(graph, source, target) > max_hops:
                    assert found == []
                    continue
                expected = sorted(nx.all_shortest_paths(graph, source, target))[:limit]
                assert found == expected, (seed, source, target, max_hops, limit)


def test_unknown_and_same_ends() -> None:
    adjacency = Adjacency.from_pairs([("a", "b")])
    assert shortest_key_paths(adjacency, "a", "zz", 6, 5) == []
    assert shortest_key_paths(adjacency, "a", "a", 6, 5) == [["a"]]
    assert shortest_key_paths(adjacency, "a", "b", 6, 0) == []
