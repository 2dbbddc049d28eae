"""Graph analytics on a networkx projection of the store.

- :func:`to_networkx`: the store as a ``networkx.MultiDiGraph`` (node and edge
  attributes as the store returns them, provenance included);
- :func:`central`: the most central programs or agencies (degree, betweenness, PageRank);
- :func:`communities`: groups of places that share programs (Louvain or greedy modularity);
- :func:`explain_path`: the shortest chain of facts linking two entities, each hop with its sentence.
"""
from __future__ import annotations

import heapq
import itertools
import math
import threading
import time
from collections import Counter
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse import csgraph

from kg.analysis.plans import document_profiles
from kg.analysis.snapshot import GraphData, evidence, shared_strings
from kg.errors import InputError

# Program names may contain 、 (多网合一、一网统管), so lists of them are joined with this.
SHARED_SEPARATOR = "; "

# Betweenness is O(V·E); above this many nodes it is estimated from a sample of sources.
BETWEENNESS_EXACT_LIMIT = 3000


# What identifies an edge's fact and orders the hops of a path (:func:`hop_edges`): a lean path graph keeps
# only these, and the shown hops' whole edges are read from the store (webui's path view). At 10^5 documents
# the graph has ~5 million edges, and their sentences and property maps would be most of the server's memory.
PATH_EDGE_PROPERTIES = ("doc_id", "sentence_index", "start", "end")


def to_networkx(source, rel_types: Iterable[str] | None = None, labels: Iterable[str] | None = None,
                edge_properties: Sequence[str] | None = None) -> nx.MultiDiGraph:
    """The store (or a :class:`GraphData`) as a MultiDiGraph keyed by node key.

    Node attributes: label, name, properties. Edge attributes: type and the
    provenance properties (doc_id, sentence, start, end …); only ``edge_properties`` when given
    (e.g. :data:`PATH_EDGE_PROPERTIES`). Edges whose endpoints fall outside ``labels`` are dropped.

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


def full_hop_edges(store, hops: list[tuple[str, str, dict]]) -> list[tuple[str, str, dict]]:
    """:func:`hop_edges` of a lean graph (:data:`PATH_EDGE_PROPERTIES`) with each hop's whole edge data read
    from ``store``: the edge of the same type, direction, document, sentence and span. A hop the store no
    longer has (changed since the graph was built) keeps its lean data."""
    wanted: dict[str, set[str]] = {}
    for s, t, _ in hops:
        wanted.setdefault(s, set()).add(t)
    found: dict[tuple, dict] = {}
    for s, targets in wanted.items():
        for edge in store.edges_to(s, targets):
            if edge["source"] != s:
                continue
            props = edge["properties"]
            ident = (s, edge["target"], edge["type"], *(props.get(k) for k in PATH_EDGE_PROPERTIES))
            found.setdefault(ident, {"type": edge["type"], **props})
    return [(s, t, found.get((s, t, data["type"], *(data.get(k) for k in PATH_EDGE_PROPERTIES)), data))
            for s, t, data in hops]


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


# Labels whose nodes say something specific about how two entities are linked, and the cost of a hop
# into each label: paths prefer program, concept, policy, meeting and person hops.
HOP_COST: dict[str, float] = {"Program": 1.0, "Concept": 1.0, "Policy": 1.0, "Meeting": 1.0, "Person": 1.0,
                              "Agency": 1.5, "Document": 2.0, "Target": 2.0, "Place": 3.0, "Topic": 6.0}
# A candidate path may cost this much more than the cheapest and still win on specificity.
COST_SLACK = 1.25
# Partial paths one path search extends at most (a bound on its work, whatever the graph).
MAX_PATH_EXPANSIONS = 200_000
# Share of nodes, by degree, treated as hubs and avoided by default.
HUB_SHARE = 0.01
# Graphs up to this many edges get a search graph built inside the request that needs it; a bigger one
# (the with-hubs graph took 85 s to build at 10^5 documents) is built in the background (PathSearch.build_with_hubs_later).
BUILD_NOW_EDGES = 500_000


def hub_nodes(graph: nx.Graph, share: float = HUB_SHARE, keep: Iterable[str] = ()) -> set[str]:
    """Topic nodes and the top ``share`` of entity nodes by degree (at least one), except those in ``keep``.

    Documents are not ranked: a document hop means "this document states both
    facts", and its typed edges (ISSUED_BY, PROMOTES, CITES) are kept; only its
    bare MENTIONS edges are dropped (in :func:`_simple_for_paths`).

    >>> g = nx.star_graph(5); g.add_node("Topic:养老服务", label="Topic")
    >>> sorted(hub_nodes(g), key=str)
    [0, 'Topic:养老服务']
    """
    keep = set(keep)
    hubs = {n for n, d in graph.nodes(data=True) if d.get("label") == "Topic"}
    count = max(1, int(graph.number_of_nodes() * share))
    entities = [(n, d) for n, d in graph.degree if graph.nodes[n].get("label") != "Document"]
    by_degree = sorted(entities, key=lambda nd: (-nd[1], str(nd[0])))[:count]
    hubs.update(n for n, _ in by_degree)
    return hubs - keep


def _simple_for_paths(graph: nx.MultiDiGraph, allow_hubs: bool) -> nx.Graph:
    """The undirected simple graph paths are searched in, bare MENTIONS dropped unless ``allow_hubs``.

    A document's MENTIONS of a catalogue Concept stays: it is a matched span naming a specific program
    (提高城乡低保标准), not a bare mention of a name every document carries.
    """
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        if not allow_hubs and data.get("type") == "MENTIONS" and not str(v).startswith("Concept:"):
            continue
        if u != v:
            simple.add_edge(u, v)
    return simple


def _cost(graph: nx.Graph, u: str, v: str) -> float:
    return (HOP_COST.get(graph.nodes[u].get("label"), 2.0) + HOP_COST.get(graph.nodes[v].get("label"), 2.0)) / 2


def _with_costs(simple: nx.Graph) -> nx.Graph:
    for u, v in simple.edges():
        simple[u][v]["cost"] = _cost(simple, u, v)
    return simple


class _CostMatrix:
    """A search graph's hop costs as a sparse matrix, for scipy's Dijkstra (C, not Python) over it.

    ``avoided`` marks the nodes a search leaves out unless they are one of its ends (the hubs). They are
    left out by a second, directed matrix in which no edge leads into an avoided node: a search from an
    end (even a hub) never passes through a hub, and an end that is a hub is reached through its own
    neighbours (:meth:`_cost_to`). Nothing is sliced per search: at 10^5 documents (737k nodes) slicing
    the matrix for each search took 0.1-0.25 s.
    """

    def __init__(self, simple: nx.Graph, avoided: Iterable[str] = ()) -> None:
        self.nodes = list(simple)
        self.index = {node: i for i, node in enumerate(self.nodes)}
        rows, cols, costs = [], [], []
        for u, v, cost in simple.edges(data="cost"):
            rows += (self.index[u], self.index[v])
            cols += (self.index[v], self.index[u])
            costs += (cost, cost)
        size = len(self.nodes)
        self.matrix = sp.csr_matrix((costs, (rows, cols)), shape=(size, size))
        self.avoided = np.zeros(size, dtype=bool)
        self.avoided[[self.index[n] for n in avoided if n in self.index]] = True
        self._prepared: tuple[sp.csr_matrix, np.ndarray] | None = None
        self._lock = threading.Lock()

    def prepare(self) -> tuple[sp.csr_matrix, np.ndarray]:
        """The matrix with no edge into an avoided node, and each node's connected component among the
        nodes not avoided (built once)."""
        with self._lock:
            if self._prepared is None:
                coo = self.matrix.tocoo()
                into_kept = ~self.avoided[coo.col]
                size = len(self.nodes)
                blocked = sp.csr_matrix((coo.data[into_kept], (coo.row[into_kept], coo.col[into_kept])),
                                        shape=(size, size))
                both = into_kept & ~self.avoided[coo.row]
                hubless = sp.csr_matrix((coo.data[both], (coo.row[both], coo.col[both])), shape=(size, size))
                self._prepared = blocked, csgraph.connected_components(hubless, directed=False)[1]
            return self._prepared

    def _neighbours(self, node: int) -> tuple[np.ndarray, np.ndarray]:
        low, high = self.matrix.indptr[node], self.matrix.indptr[node + 1]
        return self.matrix.indices[low:high], self.matrix.data[low:high]

    def _cost_to(self, distance: np.ndarray, node: int, source: int) -> float:
        """The cheapest cost from ``source`` to ``node`` given ``distance`` (a Dijkstra from ``source`` over
        the blocked matrix): a hub is reached through a neighbour that is no hub, or from ``source`` itself."""
        if not self.avoided[node] or node == source:
            return float(distance[node])
        others, costs = self._neighbours(node)
        usable = ~self.avoided[others] | (others == source)
        return float(np.min(costs[usable] + distance[others[usable]])) if usable.any() else math.inf

    def _reachable(self, start: int, end: int, component: np.ndarray) -> bool:
        def parts(node: int) -> set[int]:
            if not self.avoided[node]:
                return {int(component[node])}
            others, _ = self._neighbours(node)
            return set(component[others[~self.avoided[others]]].tolist())

        return bool(parts(start) & parts(end)) or end in self._neighbours(start)[0]

    def bounded(self, start: str, end: str, slack: float,
                max_hops: int | None) -> tuple[dict[str, float], dict[str, int]]:
        """As :func:`_distances_to` (and :func:`_hops_to` when ``max_hops``), for the graph without the
        avoided nodes but ``start`` and ``end``, keeping only the nodes whose costs from ``start`` and to
        ``end`` add up to no more than ``slack`` × the cheapest: no path within the bound passes any other
        node, so :func:`cheapest_simple_paths` finds the same paths. At 10^5 documents the ball around
        ``end`` alone held tens of thousands of nodes, and naming them took most of a search.

        scipy's Dijkstra is given a radius (``limit``) that doubles from :data:`FIRST_RADIUS` until ``start``
        is inside, then runs to ``slack`` × its cost: it settles the ball it needs, not the whole graph.
        """
        if start not in self.index or end not in self.index or start == end:
            return {}, {}
        blocked, component = self.prepare()
        s, e = self.index[start], self.index[end]
        if not self._reachable(s, e, component):
            return {}, {}
        radius = FIRST_RADIUS
        while True:
            to_end = csgraph.dijkstra(blocked, indices=e, limit=radius)
            cheapest = self._cost_to(to_end, s, e)
            if math.isfinite(cheapest) and cheapest * slack + 1e-9 <= radius:
                break
            radius = max(radius * 2, cheapest * slack + 1e-9 if math.isfinite(cheapest) else 0.0)
        bound = cheapest * slack + 1e-9
        from_start = csgraph.dijkstra(blocked, indices=s, limit=bound)
        to_end[s], from_start[e] = cheapest, cheapest  # a hub end is reached only through its neighbours
        within = np.flatnonzero(to_end + from_start <= bound)
        names = [self.nodes[i] for i in within.tolist()]
        remaining = dict(zip(names, to_end[within].tolist()))
        hops: dict[str, int] = {}
        if max_hops is not None:
            steps = csgraph.shortest_path(self.matrix[within][:, within], unweighted=True,
                                          indices=int(np.searchsorted(within, e)))
            reached = np.flatnonzero(np.isfinite(steps)).tolist()
            hops = dict(zip([names[i] for i in reached], steps[reached].astype(int).tolist()))
        return remaining, hops


# The first cost radius a path search's Dijkstra explores; doubled until it reaches the other end.
FIRST_RADIUS = 4.0


class PathSearch:
    """The graphs :func:`ranked_paths` searches, built once and reused by many searches.

    ``kg path`` builds one per call; the web UI keeps one per analysis snapshot, so a path request
    does not rebuild two graphs of the whole store. Without hubs, the search graph has every hub
    removed; an end that is itself a hub is put back (with its edges) for that one search, under a
    lock, so the result is the same as removing all hubs but the two ends.
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self._lock = threading.Lock()
        self._with_hubs: nx.Graph | None = None
        self._hubless: nx.Graph | None = None
        self._hubs: set[str] | None = None
        self._hub_nodes: dict[str, tuple[dict, list[str]]] = {}
        self._matrices: dict[bool, _CostMatrix] = {}
        self._degrees: dict[str, int] | None = None
        self._building = False  # the graph through hubs is being built in the background
        self._edge_count: int | None = None

    def warm(self) -> "PathSearch":
        """Build what a default (hub-free) search reads now rather than in the first request: the hub-free
        graph, its cost matrix without the hubs, and every node's degree."""
        with self._lock:
            self._build(False)
        self._matrices[False].prepare()
        self.degrees  # noqa: B018 - computed and kept
        self.small()
        return self

    def ready(self, allow_hubs: bool) -> bool:
        """Whether the search graph for ``allow_hubs`` is built (a search would not wait for it)."""
        return (self._with_hubs if allow_hubs else self._hubless) is not None

    def small(self) -> bool:
        """Whether building a search graph takes a moment only (it takes minutes at 10^5 documents)."""
        if self._edge_count is None:
            self._edge_count = self.graph.number_of_edges()  # 5 s for a MultiDiGraph at 10^5 documents: once
        return self._edge_count <= BUILD_NOW_EDGES

    def build_with_hubs_later(self) -> None:
        """Build the search graph through hubs in a background thread (once), for the searches after. The
        build reads the graph without the lock, so searches without hubs go on meanwhile."""
        with self._lock:
            if self._with_hubs is not None or self._building:
                return
            self._building = True

        def work() -> None:
            try:
                built = self._with_hubs_parts()
                with self._lock:
                    if self._with_hubs is None:
                        self._with_hubs, self._matrices[True] = built
            finally:
                self._building = False

        threading.Thread(target=work, name="civkg-path-graph", daemon=True).start()

    def _with_hubs_parts(self) -> tuple[nx.Graph, "_CostMatrix"]:
        """The search graph through hubs (bare mentions included) and its cost matrix."""
        simple = _with_costs(_simple_for_paths(self.graph, True))
        return simple, _CostMatrix(simple)

    @property
    def hubs(self) -> set[str]:
        """Topic nodes and the top 1% by degree (:func:`hub_nodes`), which paths avoid by default."""
        with self._lock:
            self._build(False)
            return set(self._hubs or ())

    def _build(self, allow_hubs: bool) -> nx.Graph:
        if allow_hubs:
            if self._with_hubs is None:
                self._with_hubs, self._matrices[True] = self._with_hubs_parts()
            return self._with_hubs
        if self._hubless is None:
            simple = _with_costs(_simple_for_paths(self.graph, False))
            self._hubs = hub_nodes(simple)
            self._hub_nodes = {h: (dict(simple.nodes[h]), list(simple[h])) for h in self._hubs}
            self._matrices[False] = _CostMatrix(simple, self._hubs)  # with the hubs, left out per search
            simple.remove_nodes_from(self._hubs)
            self._hubless = simple
        return self._hubless

    @property
    def degrees(self) -> dict[str, int]:
        """Each node's degree in the whole graph, edges in either direction (what :func:`specificity` ranks by)."""
        if self._degrees is None:
            self._degrees = dict(self.graph.to_undirected(as_view=True).degree())
        return self._degrees

    def bounded_distances(self, start: str, end: str, allow_hubs: bool, slack: float = COST_SLACK,
                          max_hops: int | None = None) -> tuple[dict[str, float], dict[str, int]]:
        """For :func:`cheapest_simple_paths` on ``graph_for((start, end), allow_hubs)``: the cheapest cost
        (and fewest hops) to ``end`` of each node that can be on a path within ``slack``, from scipy."""
        self._build(allow_hubs)
        return self._matrices[allow_hubs].bounded(start, end, slack, max_hops)

    @contextmanager
    def graph_for(self, ends: Iterable[str], allow_hubs: bool) -> Iterator[nx.Graph]:
        """The search graph for paths between ``ends`` (held under the lock while in use)."""
        with self._lock:
            search = self._build(allow_hubs)
            restored = [] if allow_hubs else [e for e in dict.fromkeys(ends) if e in self._hub_nodes]
            for end in restored:
                search.add_node(end, **self._hub_nodes[end][0])
            for end in restored:
                for other in self._hub_nodes[end][1]:
                    if other in search:
                        search.add_edge(end, other, cost=_cost(search, end, other))
            try:
                yield search
            finally:
                search.remove_nodes_from(restored)


def path_hubs(graph: nx.MultiDiGraph | PathSearch, ends: tuple[str, str] = ()) -> set[str]:
    """The hub nodes a default path search avoids (except ``ends``), as :func:`explain_path` sees them."""
    search = graph if isinstance(graph, PathSearch) else PathSearch(graph)
    return search.hubs - set(ends)


def specificity(graph: nx.Graph, path: list[str], degrees: dict[str, int] | None = None) -> float:
    """How specific a path's inner hops are: the mean of 1 / log2(2 + degree); 1 is most specific.

    A hop through a node linked to few others (a program two cities run) says more than one through a
    node linked to everything.

    >>> round(specificity(nx.path_graph(3), [0, 1, 2]), 3)
    0.5
    """
    inner = path[1:-1]
    if not inner:
        return 1.0
    degree = degrees.__getitem__ if degrees is not None else graph.degree
    return sum(1 / math.log2(2 + degree(n)) for n in inner) / len(inner)


def _distances_to(graph: nx.Graph, end: str, start: str, slack: float, weight: str = "cost") -> dict[str, float]:
    """Cheapest costs from every node to ``end`` that can lie on a path from ``start`` within ``slack`` × the cheapest.

    Dijkstra from ``end``, stopped once it settles a node farther than ``slack`` × the distance of ``start``
    (a node farther than that is on no such path); empty when ``start`` can't be reached.

    >>> g = nx.Graph([(1, 2, {"cost": 1}), (2, 3, {"cost": 1}), (3, 4, {"cost": 5}), (4, 5, {"cost": 1})])
    >>> _distances_to(g, 3, 1, 1.25)
    {3: 0, 2: 1, 1: 2}
    """
    adjacency = graph._adj  # the plain dict of dicts (as networkx's own algorithms read it): 3x faster than graph[n]
    settled: dict[str, float] = {}
    tentative = {end: 0}
    heap = [(0, 0, end)]
    counter = itertools.count(1)
    bound = math.inf
    while heap:
        distance, _, node = heapq.heappop(heap)
        if node in settled:
            continue
        if distance > bound:
            break
        settled[node] = distance
        if node == start:
            bound = distance * slack + 1e-9
        for neighbour, data in adjacency[node].items():
            if neighbour in settled:
                continue
            candidate = distance + data[weight]
            if candidate < tentative.get(neighbour, math.inf):
                tentative[neighbour] = candidate
                heapq.heappush(heap, (candidate, next(counter), neighbour))
    return settled if start in settled else {}


def cheapest_simple_paths(graph: nx.Graph, start: str, end: str, slack: float = COST_SLACK,
                          max_hops: int | None = None, weight: str = "cost",
                          distances: tuple[dict[str, float], dict[str, int]] | None = None,
                          degrees: dict[str, int] | None = None) -> Iterator[list[str]]:
    """Simple paths from ``start`` to ``end``, cheapest first, those costing at most ``slack`` × the cheapest,
    of at most ``max_hops`` hops.

    A best-first search over partial paths, each ranked by its cost so far plus the exact cheapest cost
    from its last node to ``end`` (:func:`_distances_to`, one Dijkstra): complete paths come out in
    order of cost, and no partial path that can't finish within the bound is ever extended. It replaces
    ``networkx.shortest_simple_paths`` (Yen's algorithm: a Dijkstra for each node of each path found),
    which took seconds for two busy entities on a 1,000-document store (docs/benchmarks.md).
    Paths of equal cost come in a fixed order (the graph's adjacency order). ``distances``: the
    costs and hops to ``end`` already computed (:meth:`PathSearch.bounded_distances`). ``degrees``:
    among paths of equal cost, those through nodes of lower degree (more specific) come first.

    >>> g = nx.Graph()
    >>> g.add_weighted_edges_from([("a", "b", 1), ("b", "d", 1), ("a", "c", 1), ("c", "d", 1.2), ("a", "d", 5)],
    ...                           weight="cost")
    >>> list(cheapest_simple_paths(g, "a", "d"))
    [['a', 'b', 'd'], ['a', 'c', 'd']]
    >>> list(cheapest_simple_paths(g, "a", "d", slack=3)), list(cheapest_simple_paths(g, "a", "d", 3, max_hops=1))
    ([['a', 'b', 'd'], ['a', 'c', 'd'], ['a', 'd']], [['a', 'd']])
    >>> list(cheapest_simple_paths(g, "a", "zz"))
    []
    """
    if start not in graph or end not in graph:
        return
    if distances is not None:
        remaining, hops_left = distances
    else:
        remaining = _distances_to(graph, end, start, slack, weight)
        hops_left = _hops_to(graph, end, remaining) if max_hops is not None and remaining else {}
    if not remaining:
        return
    bound = remaining[start] * slack + 1e-9
    adjacency = graph._adj
    counter = itertools.count()
    # Among partial paths of equal promise the one furthest along goes first (-cost so far), so that
    # complete paths come out at once instead of after every tied prefix is extended; then the one
    # through the more specific nodes (the sum of specificity's terms, negated).
    frontier = [(remaining[start], -0.0, 0.0, next(counter), (start,))]
    for _ in range(MAX_PATH_EXPANSIONS):
        if not frontier:
            return
        _, cost, specific, _, path = heapq.heappop(frontier)
        cost, node = -cost, path[-1]
        if node == end:
            yield list(path)
            continue
        for neighbour, data in adjacency[node].items():
            rest = remaining.get(neighbour)
            if rest is None or neighbour in path:
                continue
            if max_hops is not None and len(path) + hops_left[neighbour] > max_hops:
                continue
            so_far = cost + data[weight]
            if so_far + rest <= bound:
                term = -1 / math.log2(2 + degrees.get(neighbour, 0)) if degrees is not None and neighbour != end else 0.0
                heapq.heappush(frontier, (so_far + rest, -so_far, specific + term, next(counter), path + (neighbour,)))


def _hops_to(graph: nx.Graph, end: str, within: dict[str, float]) -> dict[str, int]:
    """The fewest hops from each node of ``within`` to ``end``, through nodes of ``within`` only."""
    adjacency = graph._adj
    hops = {end: 0}
    layer = [end]
    while layer:
        following = []
        for node in layer:
            for neighbour in adjacency[node]:
                if neighbour in within and neighbour not in hops:
                    hops[neighbour] = hops[node] + 1
                    following.append(neighbour)
        layer = following
    return hops


def ranked_paths(graph: nx.MultiDiGraph, start: str, end: str, allow_hubs: bool = False,
                 candidates: int = 8, max_hops: int | None = None,
                 search: PathSearch | None = None, budget: float | None = None,
                 report: dict[str, Any] | None = None) -> list[list[str]]:
    """Paths (node keys) between two nodes, best first, as :func:`explain_path` ranks them; [] if none.

    Up to ``candidates`` cheapest paths by :data:`HOP_COST` (hubs avoided unless ``allow_hubs``) of at most
    ``max_hops`` hops and within :data:`COST_SLACK` of the cheapest (:func:`cheapest_simple_paths`) compete,
    the most specific (:func:`specificity`) first, then the cheapest. ``search``: a :class:`PathSearch` of
    ``graph`` kept between calls. ``budget``: seconds after which no further candidate is looked for once
    one is found (a server's bound; ``kg path`` has none); ``report`` (a dict) then gets ``cut=True`` and
    ``looked`` (the candidates compared).
    """
    search = search if search is not None else PathSearch(graph)
    found: list[list[str]] = []
    with search.graph_for((start, end), allow_hubs) as searched:
        if start not in searched or end not in searched:
            return found
        deadline = None if budget is None else time.monotonic() + budget
        distances = search.bounded_distances(start, end, allow_hubs, COST_SLACK, max_hops)
        for path in cheapest_simple_paths(searched, start, end, COST_SLACK, max_hops, distances=distances,
                                          degrees=search.degrees if search.graph is graph else None):
            found.append(path)
            if len(found) >= candidates:
                break
            if deadline is not None and time.monotonic() > deadline:
                if report is not None:
                    report.update(cut=True, looked=len(found))
                break
        if not found:
            return found
        cost = {tuple(p): nx.path_weight(searched, p, weight="cost") for p in found}
    # Only paths nearly as short as the shortest compete on specificity (cheapest_simple_paths keeps to
    # COST_SLACK), so a long detour through rare nodes never beats a short meaningful chain.
    degrees = search.degrees if search.graph is graph else dict(graph.to_undirected(as_view=True).degree())
    found.sort(key=lambda p: (-round(specificity(graph, p, degrees), 6), cost[tuple(p)]))
    return found


def hop_edges(graph: nx.MultiDiGraph, path: list[str], allow_hubs: bool = False) -> list[tuple[str, str, dict]]:
    """The fact behind each hop of ``path``: (source, target, edge data) in the edge's own direction.

    A typed relation is preferred over a bare mention, then the earliest sentence.
    """
    hops = []
    for u, v in zip(path, path[1:]):
        options = [(u, v, d) for d in (graph.get_edge_data(u, v) or {}).values()]
        options += [(v, u, d) for d in (graph.get_edge_data(v, u) or {}).values()]
        if not allow_hubs:
            options = [o for o in options if o[2]["type"] != "MENTIONS" or str(o[1]).startswith("Concept:")] or options
        options.sort(key=lambda c: (c[2]["type"] == "MENTIONS", c[2].get("sentence_index") or 0))
        hops.append(options[0])
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
