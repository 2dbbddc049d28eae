"""Graph analytics on a networkx projection of the store.

- :func:`to_networkx`: the store as a ``networkx.MultiDiGraph`` (node and edge
  attributes as the store returns them, provenance included);
- :func:`central`: the most central programs or agencies (degree, betweenness, PageRank);
- :func:`communities`: groups of places that share programs (Louvain or greedy modularity);
- :func:`explain_path`: the shortest chain of facts linking two entities, each hop with its sentence.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any, Iterable, Sequence

import networkx as nx
import numpy as np
import pandas as pd

from kg.analysis.path_search import (COST_SLACK, HOP_COST, PathSearch, choose_hop, path_hubs,  # noqa: F401 - kg path's API
                                     specificity)
from kg.analysis.plans import document_profiles
from kg.analysis.snapshot import GraphData, evidence, shared_strings
from kg.errors import InputError

# Program names may contain 、 (多网合一、一网统管), so lists of them are joined with this.
SHARED_SEPARATOR = "; "

# Betweenness is O(V·E); above this many nodes it is estimated from a sample of sources.
BETWEENNESS_EXACT_LIMIT = 3000


def to_networkx(source, rel_types: Iterable[str] | None = None, labels: Iterable[str] | None = None,
                edge_properties: Sequence[str] | None = None) -> nx.MultiDiGraph:
    """The store (or a :class:`GraphData`) as a MultiDiGraph keyed by node key.

    Node attributes: label, name, properties. Edge attributes: type and the
    provenance properties (doc_id, sentence, start, end …); only ``edge_properties`` when given. Edges whose endpoints fall outside ``labels`` are dropped.

    >>> g = to_networkx(store, rel_types=["PROMOTES"])   # doctest: +SKIP
    >>> g.nodes["Program:三社联动"]["label"]             # doctest: +SKIP
    'Program'
    """
    graph = nx.MultiDiGraph()
    if isinstance(source, GraphData):
        nodes: Iterable[dict] = source.nodes.values()
        edges: Iterable[dict] = [e for es in source.edges.values() for e in es]
        label_set = set(labels) if labels is not None else None
        nodes = [n for n in nodes if label_set is None or n["label"] in label_set]
        type_set = set(rel_types) if rel_types is not None else None
        edges = [e for e in edges if type_set is None or e["type"] in type_set]
        if edge_properties is not None:
            edges = ({**e, "properties": {k: e.get("properties", {}).get(k) for k in edge_properties}} for e in edges)
    else:
        nodes = source.iter_nodes(list(labels) if labels is not None else None)
        edges = source.iter_edges(list(rel_types) if rel_types is not None else None,
                                  **({} if edge_properties is None else {"properties": list(edge_properties)}))
    for node in nodes:
        graph.add_node(node["key"], label=node["label"], name=node["name"], properties=node.get("properties", {}))
    strings: dict[str, str] = {}  # one copy of each document id (and sentence), not one per edge
    for edge in edges:
        if edge["source"] in graph and edge["target"] in graph:
            graph.add_edge(edge["source"], edge["target"], type=edge["type"],
                           **shared_strings(edge.get("properties", {}), strings))
    return graph


def _simple_undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    """Collapse parallel edges into one undirected edge weighted by their count."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for u, v in graph.edges():
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += 1
        else:
            simple.add_edge(u, v, weight=1)
    return simple


def central(source, label: str = "Program", top: int = 20, graph: nx.MultiDiGraph | None = None) -> pd.DataFrame:
    """The ``top`` most central nodes of ``label`` (Program, Agency, Policy …), by PageRank.

    Columns: name, key, documents (how many documents link to it), degree
    (distinct neighbours), betweenness (normalised; estimated from 500
    sources on large graphs) and pagerank, on the undirected graph of all
    relationships with parallel edges collapsed.
    """
    graph = graph if graph is not None else to_networkx(source)
    if not any(d.get("label") == label for _, d in graph.nodes(data=True)):
        raise InputError(f"the store has no {label} nodes")
    simple = _simple_undirected(graph)
    pagerank = nx.pagerank(simple, weight="weight")
    k = None if simple.number_of_nodes() <= BETWEENNESS_EXACT_LIMIT else 500
    betweenness = nx.betweenness_centrality(simple, k=k, seed=0)
    rows = []
    for key, data in simple.nodes(data=True):
        if data.get("label") != label:
            continue
        docs = {n for n in simple.neighbors(key) if simple.nodes[n].get("label") == "Document"}
        rows.append({"name": data["name"], "key": key, "documents": len(docs), "degree": simple.degree(key),
                     "betweenness": betweenness[key], "pagerank": pagerank[key]})
    table = pd.DataFrame(rows, columns=["name", "key", "documents", "degree", "betweenness", "pagerank"])
    return table.sort_values(["pagerank", "name"], ascending=[False, True]).head(top).reset_index(drop=True)


def agency_concept_graph(source) -> nx.Graph:
    """The agency–program–concept graph, weighted by how many documents state each link.

    Agency — Program: a document the agency issued promotes or mentions the program (or the agency
    PROMOTES it); Program — Concept: INSTANCE_OF; Agency — Concept: the agency's documents name the
    concept. No topics, no documents, no places: two agencies are close when they run the same programs.
    """
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    issuers: dict[str, list[str]] = {}
    for edge in data.edges.get("ISSUED_BY", []):
        issuers.setdefault(edge["source"], []).append(edge["target"])
    graph = nx.Graph()

    def link(u: str, v: str) -> None:
        for key in (u, v):
            if key not in graph:
                graph.add_node(key, label=key.partition(":")[0], name=data.name(key))
        if graph.has_edge(u, v):
            graph[u][v]["weight"] += 1
        else:
            graph.add_edge(u, v, weight=1)

    for rel in ("PROMOTES", "MENTIONS"):
        for edge in data.edges.get(rel, []):
            target = edge["target"]
            if not target.startswith(("Program:", "Concept:")):
                continue
            if edge["source"].startswith("Agency:"):
                link(edge["source"], target)
            for agency in issuers.get(edge["source"], []):
                link(agency, target)
    for edge in data.edges.get("INSTANCE_OF", []):
        link(edge["source"], edge["target"])
    # Louvain and the other seeded analyses visit nodes and edges in insertion order, which follows the
    # order a store returns its edges in (Neo4j and the embedded store differ); sorted, both give one answer.
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(graph.nodes(data=True)))
    ordered.add_edges_from(sorted((min(u, v), max(u, v), d) for u, v, d in graph.edges(data=True)))
    return ordered


def concept_communities(source, seed: int = 0) -> pd.DataFrame:
    """Louvain communities of the agency–program–concept graph (seeded, so stable).

    One row per community with at least one agency: community, agencies, concepts (most linked first)
    and local programs, each joined by ``SHARED_SEPARATOR``.
    """
    graph = agency_concept_graph(source)
    columns = ["community", "agencies", "concepts", "programs", "size"]
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=columns)
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    rows = []
    for members in sorted(found, key=lambda c: (-len(c), sorted(c))):
        by_label: dict[str, list[str]] = {"Agency": [], "Concept": [], "Program": []}
        for node in sorted(members, key=lambda n: (-graph.degree(n, weight="weight"), n)):
            by_label.setdefault(graph.nodes[node]["label"], []).append(graph.nodes[node]["name"])
        if not by_label["Agency"]:
            continue
        rows.append({"community": len(rows) + 1, "agencies": SHARED_SEPARATOR.join(by_label["Agency"]),
                     "concepts": SHARED_SEPARATOR.join(by_label["Concept"][:8]),
                     "programs": SHARED_SEPARATOR.join(by_label["Program"][:8]), "size": len(members)})
    return pd.DataFrame(rows, columns=columns)


def concept_central(source, label: str = "Concept", top: int = 20) -> pd.DataFrame:
    """The most central concepts, programs or agencies on the agency–program–concept graph (no topics).

    Columns: name, key, degree (distinct neighbours), agencies (how many agencies reach it within two
    hops), betweenness and pagerank (weighted by document counts).
    """
    graph = agency_concept_graph(source)
    if not any(d.get("label") == label for _, d in graph.nodes(data=True)):
        raise InputError(f"the agency–program–concept graph has no {label} nodes")
    pagerank = nx.pagerank(graph, weight="weight")
    k = None if graph.number_of_nodes() <= BETWEENNESS_EXACT_LIMIT else 500
    betweenness = nx.betweenness_centrality(graph, k=k, seed=0)
    rows = []
    for key, data in graph.nodes(data=True):
        if data["label"] != label:
            continue
        near = set(graph.neighbors(key)) | {m for n in graph.neighbors(key) for m in graph.neighbors(n)}
        rows.append({"name": data["name"], "key": key, "degree": graph.degree(key),
                     "agencies": sum(1 for n in near if graph.nodes[n]["label"] == "Agency"),
                     "betweenness": betweenness[key], "pagerank": pagerank[key]})
    table = pd.DataFrame(rows, columns=["name", "key", "degree", "agencies", "betweenness", "pagerank"])
    return table.sort_values(["pagerank", "name"], ascending=[False, True]).head(top).reset_index(drop=True)


def place_program_graph(source) -> nx.Graph:
    """Bipartite graph: places (from their documents) and the programs those documents promote or mention."""
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    places = {key: p.place for key, p in document_profiles(data.without_text()).items() if p.place}
    pairs = {(place, data.name(edge["target"]))
             for rel in ("PROMOTES", "MENTIONS") for edge in data.edges.get(rel, [])
             if (place := places.get(edge["source"])) and edge["target"].startswith("Program:")}
    # Built in sorted order, not in the order a store returns edges: Louvain's seeded result depends on the
    # order it meets nodes and neighbours, and the two stores (or two reads) may return them differently.
    graph = nx.Graph()
    for place, program in sorted(pairs):
        graph.add_node(("place", place), bipartite=0)
        graph.add_node(("program", program), bipartite=1)
        graph.add_edge(("place", place), ("program", program))
    return graph


def _canonical(graph: nx.Graph) -> nx.Graph:
    """The same weighted graph with nodes and edges in sorted order (the projection iterates sets, whose
    order changes with Python's string hashing from one process to the next).

    >>> g = nx.Graph(); g.add_edge("b", "a", weight=2); g.add_edge("c", "a", weight=1)
    >>> list(_canonical(g).edges(data="weight"))
    [('a', 'b', 2), ('a', 'c', 1)]
    """
    canonical = nx.Graph()
    canonical.add_nodes_from(sorted(graph.nodes))
    canonical.add_weighted_edges_from(sorted((min(u, v), max(u, v), w) for u, v, w in graph.edges(data="weight")))
    return canonical


def communities(source, method: str = "louvain", seed: int = 0) -> pd.DataFrame:
    """Communities of places that share programs.

    Places are linked with weight = number of programs they share; the
    communities of that weighted graph are found with Louvain
    (``method="louvain"``, seeded, so results are stable) or greedy modularity
    (``method="greedy"``). A place sharing no program with any other is its
    own community. Columns: community, place, programs (its program count),
    shared (programs it shares with the rest of its community, most common first,
    joined by ``SHARED_SEPARATOR``).
    """
    bipartite = place_program_graph(source)
    places = [n for n, d in bipartite.nodes(data=True) if d["bipartite"] == 0]
    if not places:
        return pd.DataFrame(columns=["community", "place", "programs", "shared"])
    projected = _canonical(nx.bipartite.weighted_projected_graph(bipartite, places))
    if method == "louvain":
        found = nx.community.louvain_communities(projected, weight="weight", seed=seed)
    elif method == "greedy":
        found = nx.community.greedy_modularity_communities(projected, weight="weight")
    else:
        raise InputError(f"community method must be louvain or greedy, not {method!r}")
    found = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))
    rows = []
    for number, members in enumerate(found, 1):
        programs_of = {m: {p for _, p in bipartite.neighbors(m)} for m in members}
        for member in members:
            others: Counter[str] = Counter()
            for other in members:
                if other != member:
                    others.update(programs_of[member] & programs_of[other])
            most_shared = sorted(others.items(), key=lambda item: (-item[1], item[0]))[:8]  # ties by name
            rows.append({"community": number, "place": member[1], "programs": len(programs_of[member]),
                         "shared": SHARED_SEPARATOR.join(p for p, _ in most_shared)})
    return pd.DataFrame(rows, columns=["community", "place", "programs", "shared"])


def resolve_node(graph: nx.MultiDiGraph, ref: str) -> str:
    """A node key from a key or a name (entities preferred over documents); InputError if unknown."""
    if ref in graph:
        return ref
    matches = [n for n, d in graph.nodes(data=True) if d.get("name") == ref]
    if not matches:
        matches = [n for n, d in graph.nodes(data=True) if ref in (d.get("properties", {}).get("aliases") or [])]
    if not matches:
        raise InputError(f"no node is called {ref!r} (give a name or a key such as Program:三社联动)")
    matches.sort(key=lambda k: (graph.nodes[k]["label"] == "Document", k))
    return matches[0]


def ranked_paths(graph: nx.MultiDiGraph, start: str, end: str, allow_hubs: bool = False,
                 candidates: int = 8, max_hops: int | None = None,
                 search: PathSearch | None = None, budget: float | None = None,
                 report: dict[str, Any] | None = None) -> list[list[str]]:
    """Paths (node keys) between two nodes of ``graph``, best first, as :func:`explain_path` ranks them; [] if
    none (:meth:`kg.analysis.path_search.PathSearch.ranked`; ``search``: one of ``graph`` kept between calls)."""
    search = search if search is not None else PathSearch.from_networkx(graph)
    return search.ranked(start, end, allow_hubs, candidates, max_hops, budget, report)


def hop_edges(graph: nx.MultiDiGraph, path: list[str], allow_hubs: bool = False) -> list[tuple[str, str, dict]]:
    """The fact behind each hop of ``path``: (source, target, edge data) in the edge's own direction, as
    :func:`kg.analysis.path_search.choose_hop` picks it (a typed relation over a bare mention, then the earliest sentence)."""
    hops = []
    for u, v in zip(path, path[1:]):
        options = [(u, v, d) for d in (graph.get_edge_data(u, v) or {}).values()]
        options += [(v, u, d) for d in (graph.get_edge_data(v, u) or {}).values()]
        hops.append(choose_hop(options, allow_hubs))
    return hops


def explain_path(source, a: str, b: str, graph: nx.MultiDiGraph | None = None, allow_hubs: bool = False,
                 candidates: int = 8) -> pd.DataFrame:
    """The most specific short chain of facts between two entities, one row per hop with its source sentence.

    By default the search avoids hubs — Topic nodes, Document MENTIONS edges and
    the top 1% of nodes by degree — and prefers program, concept, policy,
    meeting and person hops (:data:`HOP_COST`). Among up to ``candidates``
    cheapest paths, those within :data:`COST_SLACK` of the cheapest compete and
    the most specific (:func:`specificity`) wins, then the cheapest (:func:`ranked_paths`).
    ``allow_hubs=True`` searches the whole graph. Direction is ignored.
    Columns: hop, source, type, target, doc_id, sentence, start, end;
    ``attrs["specificity"]`` and ``attrs["alternatives"]`` (other paths as node-name chains),
    ``attrs["keys"]`` (the path's node keys) and ``attrs["alternative_keys"]``.
    """
    graph = graph if graph is not None else to_networkx(source)
    start, end = resolve_node(graph, a), resolve_node(graph, b)
    found = ranked_paths(graph, start, end, allow_hubs, candidates)
    if not found:
        hint = "" if allow_hubs else " without hubs (try allowing them: kg path --allow-hubs)"
        raise InputError(f"no path links {a!r} and {b!r}{hint}")
    path = found[0]
    rows: list[dict[str, Any]] = []
    for hop, (s, t, data) in enumerate(hop_edges(graph, path, allow_hubs), 1):
        rows.append({"hop": hop, "source": graph.nodes[s]["name"], "type": data["type"],
                     "target": graph.nodes[t]["name"], **evidence({"properties": data})})
    table = pd.DataFrame(rows, columns=["hop", "source", "type", "target", "doc_id", "sentence_index",
                                        "sentence", "start", "end"])
    table.attrs["specificity"] = specificity(graph.to_undirected(as_view=True), path)
    table.attrs["alternatives"] = [" — ".join(graph.nodes[n]["name"] for n in p) for p in found[1:]]
    table.attrs["labels"] = [graph.nodes[n]["label"] for n in path]
    table.attrs["keys"] = list(path)
    table.attrs["alternative_keys"] = [list(p) for p in found[1:]]
    return table
