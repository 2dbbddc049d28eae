"""Shortest undirected paths over an in-memory adjacency of node keys.

LadybugDB's ``ALL SHORTEST`` enumerates every shortest path through the
document and topic hubs before the few shown are picked (≈ 180 ms p95 on a
1,000-document corpus). The embedded store instead keeps the graph's
neighbour sets in memory (built once per store generation, rebuilt after a
write), runs one breadth-first search from the target until the source's
layer, then walks forward from the source along nodes one step closer each
time, in key order, stopping after ``limit`` paths.

>>> adjacency = Adjacency.from_pairs([("a", "b"), ("b", "d"), ("a", "c"), ("c", "d"), ("d", "e")])
>>> shortest_key_paths(adjacency, "a", "e", max_hops=6, limit=5)
[['a', 'b', 'd', 'e'], ['a', 'c', 'd', 'e']]
>>> shortest_key_paths(adjacency, "a", "e", max_hops=2, limit=5)
[]
"""
from __future__ import annotations

from typing import Iterable


class Adjacency:
    """Undirected neighbour sets by node key; parallel edges collapse to one neighbour."""

    def __init__(self) -> None:
        self.neighbours: dict[str, set[str]] = {}

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> "Adjacency":
        adjacency = cls()
        neighbours = adjacency.neighbours
        for source, target in pairs:
            if source is None or target is None or source == target:
                continue
            neighbours.setdefault(source, set()).add(target)
            neighbours.setdefault(target, set()).add(source)
        return adjacency

    def __contains__(self, key: str) -> bool:
        return key in self.neighbours


def shortest_key_paths(adjacency: Adjacency, source: str, target: str, max_hops: int, limit: int) -> list[list[str]]:
    """Up to ``limit`` shortest undirected paths from ``source`` to ``target`` as key lists, smallest keys first.

    The paths are the first ``limit`` in lexicographic order of their key
    lists, among *all* shortest paths of at most ``max_hops`` hops.
    """
    if source == target:
        return [[source]]
    if source not in adjacency or target not in adjacency or limit < 1:
        return []
    to_target = _distances_to(adjacency, target, source, max_hops)
    if to_target is None:
        return []
    length = to_target[source]
    neighbours = adjacency.neighbours
    paths: list[list[str]] = []
    # Depth-first over the shortest-path layers in key order yields paths in lexicographic order.
    stack: list[tuple[str, int, list[str]]] = [(source, 0, [source])]
    while stack and len(paths) < limit:
        key, hop, path = stack.pop()
        if hop == length:
            paths.append(path)
            continue
        # A next hop must be exactly one step closer to the target.
        following = sorted((n for n in neighbours[key] if to_target.get(n) == length - hop - 1), reverse=True)
        stack.extend((n, hop + 1, path + [n]) for n in following)
    return paths


def _distances_to(adjacency: Adjacency, target: str, source: str, max_hops: int) -> dict[str, int] | None:
    """Hops to ``target`` for every node up to the layer where ``source`` appears; None if not within ``max_hops``.

    Layers are expanded whole, so every node closer to the target than the
    source is has its exact distance.
    """
    neighbours = adjacency.neighbours
    distance = {target: 0}
    frontier = [target]
    for depth in range(1, max_hops + 1):
        following = []
        for key in frontier:
            for neighbour in neighbours.get(key, ()):
                if neighbour not in distance:
                    distance[neighbour] = depth
                    following.append(neighbour)
        if source in distance:
            return distance
        if not following:
            return None
        frontier = following
    return None
