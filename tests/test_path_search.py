"""The path finder's array search (kg.analysis.path_search) against a plain networkx reference, on the corpus.

The reference is the search written out the slow way: the undirected simple graph with hubs removed (but
the two ends), every hop's cost, a pure-Python Dijkstra and best-first enumeration
(:func:`cheapest_simple_paths` without precomputed distances), and the same ranking. Among many paths of equal
cost, which fill the last of the 8 candidate places follows node order, which differs: so the candidates'
costs are compared, the best path's score (allowed to differ in at most 2% of searches), and the best
path itself wherever its score is unique.
"""
from __future__ import annotations

import random
from collections import Counter

import networkx as nx
import pytest

from kg.analysis.graph import to_networkx
from kg.analysis.path_search import (COST_SLACK, HOP_COST, HUB_SHARE, PathSearch, bare_mention,
                                     cheapest_simple_paths, choose_hop, specificity, store_hop_edges)

ENTITY_LABELS = ("Agency", "Program", "Place", "Person", "Policy", "Concept", "Meeting")


def _reference_hubs(graph: nx.MultiDiGraph) -> set[str]:
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    simple.add_edges_from((u, v) for u, v, d in graph.edges(data=True) if u != v and not bare_mention(d["type"], v))
    hubs = {n for n, d in simple.nodes(data=True) if d["label"] == "Topic"}
    count = max(1, int(simple.number_of_nodes() * HUB_SHARE))
    ranked = sorted(((n, d) for n, d in simple.degree if simple.nodes[n]["label"] != "Document"), key=lambda nd: (-nd[1], nd[0]))
    return hubs | {n for n, _ in ranked[:count]}


def _reference_paths(graph: nx.MultiDiGraph, hubs: set[str], start: str, end: str, allow_hubs: bool,
                     max_hops: int | None) -> list[list[str]]:
    simple = nx.Graph()
    avoided = set() if allow_hubs else hubs - {start, end}
    simple.add_nodes_from(n for n in graph if n not in avoided)
    for u, v, data in graph.edges(data=True):
        if u == v or u in avoided or v in avoided or (not allow_hubs and bare_mention(data["type"], v)):
            continue
        cost = (HOP_COST.get(graph.nodes[u]["label"], 2.0) + HOP_COST.get(graph.nodes[v]["label"], 2.0)) / 2
        simple.add_edge(u, v, cost=cost)
    degrees = dict(graph.to_undirected(as_view=True).degree())
    found = []
    for path in cheapest_simple_paths(simple, start, end, COST_SLACK, max_hops, degrees=degrees):
        found.append(path)
        if len(found) >= 8:
            break
    return sorted(found, key=lambda p: (-round(specificity(None, p, degrees), 6), nx.path_weight(simple, p, "cost")))


def _scores(graph: nx.MultiDiGraph, paths: list[list[str]]) -> list[tuple[float, float]]:
    degrees = dict(graph.to_undirected(as_view=True).degree())
    label = nx.get_node_attributes(graph, "label")
    return [(round(specificity(None, p, degrees), 6),
             sum((HOP_COST.get(label[u], 2.0) + HOP_COST.get(label[v], 2.0)) / 2 for u, v in zip(p, p[1:]))) for p in paths]


@pytest.fixture(scope="module")
def corpus_graph(embedded_loaded):
    return to_networkx(embedded_loaded)


@pytest.fixture(scope="module")
def corpus_search(embedded_loaded):
    return PathSearch.from_store(embedded_loaded).warm()


def test_the_store_edge_ends_are_its_edges(embedded_loaded):
    ends = Counter(embedded_loaded.edge_ends())
    assert ends == Counter((e["type"], e["source"], e["target"]) for e in embedded_loaded.iter_edges(properties=[]))
    assert sum(ends.values()) > 1000
    assert set(embedded_loaded.edge_ends(["PROMOTES"])) == {e for e in ends if e[0] == "PROMOTES"}


def test_hubs_and_degrees_are_the_reference_ones(corpus_graph, corpus_search):
    assert corpus_search.hubs == _reference_hubs(corpus_graph)
    degrees = dict(corpus_graph.to_undirected(as_view=True).degree())
    assert {k: int(corpus_search.degree[i]) for k, i in corpus_search.index.items()} == degrees


def test_ranked_paths_equal_the_reference_search_on_the_corpus(corpus_graph, corpus_search):
    """Ends drawn at random, a third of them hubs; with and without hubs, with and without a hop limit."""
    hubs = _reference_hubs(corpus_graph)
    rng = random.Random(7)
    nodes = sorted(n for n, d in corpus_graph.nodes(data=True) if d["label"] in ENTITY_LABELS)
    hub_list = sorted(hubs)
    compared = unique_best = found = other_best = 0
    for i in range(60):
        a, b = rng.sample(nodes, 2)
        if i % 3 == 0:
            a = rng.choice(hub_list)
        if a == b:
            continue
        for allow_hubs in (False, True):
            for max_hops in (None, 3):
                got = corpus_search.ranked(a, b, allow_hubs, 8, max_hops)
                want = _reference_paths(corpus_graph, hubs, a, b, allow_hubs, max_hops)
                got_scores, scores = _scores(corpus_graph, got), _scores(corpus_graph, want)
                # the candidates' costs are the cheapest ones either way
                assert sorted(c for _, c in got_scores) == sorted(c for _, c in scores), (a, b, allow_hubs, max_hops)
                compared += 1
                found += bool(got)
                if got_scores[:1] != scores[:1]:
                    # many paths of one cost: which of them fill the last candidate places follows node order
                    other_best += 1
                elif want and len(want) < 8 and scores[0] not in scores[1:]:
                    # fewer than 8 paths fit the bound: both found them all, and the best one is the same path
                    assert got[0] == want[0]
                    unique_best += 1
    assert compared >= 200 and found >= 100 and unique_best >= 30
    assert other_best <= compared // 50


def test_a_hub_end_is_reached_through_its_own_neighbours_and_other_hubs_are_avoided():
    nodes = [("Topic:养老服务", "Topic", "养老服务"), ("Agency:甲局", "Agency", "甲局"), ("Program:乙", "Program", "乙"),
             ("Agency:丙局", "Agency", "丙局"), ("Topic:社会救助", "Topic", "社会救助")]
    edges = [("IN_TOPIC", "Program:乙", "Topic:养老服务"), ("PROMOTES", "Agency:甲局", "Program:乙"),
             ("IN_TOPIC", "Program:乙", "Topic:社会救助"), ("PROMOTES", "Agency:丙局", "Program:乙")]
    search = PathSearch.from_edges(nodes, edges, hub_share=0)
    assert search.hubs == {"Topic:养老服务", "Topic:社会救助"}
    assert search.ranked("Topic:养老服务", "Agency:丙局") == [["Topic:养老服务", "Program:乙", "Agency:丙局"]]
    # negative: the other topic is never a hop of a hub-free path, only of one through hubs
    assert search.ranked("Agency:甲局", "Agency:丙局", candidates=8, slack=10) == [["Agency:甲局", "Program:乙", "Agency:丙局"]]
    through = search.ranked("Agency:甲局", "Topic:社会救助", True)
    assert through == [["Agency:甲局", "Program:乙", "Topic:社会救助"]]
    assert search.ranked("Agency:甲局", "Agency:不存在") == []


def test_a_bare_mention_is_no_hop_unless_hubs_are_allowed():
    nodes = [("Document:d1", "Document", "d1"), ("Program:乙", "Program", "乙"), ("Concept:低保", "Concept", "低保"),
             ("Agency:甲局", "Agency", "甲局")]
    edges = [("MENTIONS", "Document:d1", "Program:乙"), ("ISSUED_BY", "Document:d1", "Agency:甲局"),
             ("MENTIONS", "Document:d1", "Concept:低保")]
    search = PathSearch.from_edges(nodes, edges, hub_share=0)
    assert search.ranked("Program:乙", "Agency:甲局") == []
    assert search.ranked("Program:乙", "Agency:甲局", True) == [["Program:乙", "Document:d1", "Agency:甲局"]]
    # a catalogue concept's mention is a matched span, not a bare mention
    assert search.ranked("Concept:低保", "Agency:甲局") == [["Concept:低保", "Document:d1", "Agency:甲局"]]


def test_the_fact_shown_for_a_hop_prefers_a_typed_relation_then_the_earliest_sentence():
    mention = ("Document:d1", "Program:乙", {"type": "MENTIONS", "sentence_index": 0, "doc_id": "d1"})
    late = ("Document:d1", "Program:乙", {"type": "PROMOTES", "sentence_index": 9, "doc_id": "d1"})
    early = ("Document:d1", "Program:乙", {"type": "PROMOTES", "sentence_index": 2, "doc_id": "d2"})
    assert choose_hop([mention, late, early], False) == early
    assert choose_hop([late, early, mention], True) == early      # same whatever order the store returns
    assert choose_hop([mention], False) == mention                # negative: nothing else joins them


def test_hops_read_from_the_store_are_the_graph_ones(embedded_loaded, corpus_graph, corpus_search):
    from kg.analysis.graph import hop_edges

    rng = random.Random(3)
    nodes = sorted(n for n, d in corpus_graph.nodes(data=True) if d["label"] in ("Agency", "Program"))
    checked = 0
    for _ in range(40):
        a, b = rng.sample(nodes, 2)
        for path in corpus_search.ranked(a, b, False, 3, None)[:1]:
            from_store = store_hop_edges(embedded_loaded, path)
            from_graph = hop_edges(corpus_graph, path)
            assert [(s, t, d["type"], d.get("doc_id"), d.get("sentence_index"), d.get("start")) for s, t, d in from_store] == \
                   [(s, t, d["type"], d.get("doc_id"), d.get("sentence_index"), d.get("start")) for s, t, d in from_graph]
            assert all(d.get("sentence") or d.get("sentence_index") == -1 for _, _, d in from_store)
            checked += 1
    assert checked >= 10


def test_neo4j_gives_the_same_search_as_the_embedded_store(neo4j_loaded, embedded_loaded, corpus_search):
    """The path finder reads a Neo4j store through the same two iterations (the driver, the real server)."""
    ends = Counter(neo4j_loaded.edge_ends())
    assert ends == Counter(embedded_loaded.edge_ends())
    search = PathSearch.from_store(neo4j_loaded)
    assert search.hubs == corpus_search.hubs
    a, b = "Agency:营口市民政局", "Agency:衢州市民政局"
    assert _scores(to_networkx(neo4j_loaded), search.ranked(a, b)) == _scores(to_networkx(embedded_loaded), corpus_search.ranked(a, b))
