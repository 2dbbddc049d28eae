"""One read of the store, in the shape the analyses need.

Every analysis reads the same few labels and relationship types; reading them
once through :meth:`Store.iter_nodes` / :meth:`Store.iter_edges` keeps the
analyses independent of the store's Cypher dialect, so they give the same
answers on the embedded store and on Neo4j. Nothing here writes.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Iterable, Sequence, TypeVar

from kg import schema

ANALYSIS_LABELS = ("Document", "Program", "Policy", "Target", "Topic", "Place", "Concept", "Agency", "Indicator")
T = TypeVar("T")
_MISSING = object()

ANALYSIS_REL_TYPES = ("PROMOTES", "CITES", "SETS", "COVERS", "ABOUT_PLACE", "MENTIONS", "FOR_PLACE", "INSTANCE_OF",
                      "ISSUED_BY", "MEASURES_INDICATOR")


@dataclass
class GraphData:
    """Nodes by key and edges by type, as plain store-shaped dicts.

    A GraphData is not changed once built, so what an analysis derives from all of it (the documents'
    profiles, the plans' feature matrices) is kept with it by :meth:`memo` and reused by the next
    analysis of the same snapshot (the web app answers many comparisons from one).
    """

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    _memo: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)
    # True for a snapshot kept to answer many analyses (the web app's): worth deriving whole-store results
    # once and memoising them, where a one-off command would rather compute only what its question needs.
    long_lived: bool = field(default=False, compare=False)

    def is_memoised(self, key: Hashable) -> bool:
        """Whether :meth:`memo` holds ``key`` already.

        >>> data = GraphData()
        >>> data.memo("n", lambda: 1), data.is_memoised("n"), data.is_memoised("m")
        (1, True, False)
        """
        return key in self._memo

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, once per key for this graph (two threads may both compute it; either result is kept).

        >>> data, calls = GraphData(), []
        >>> data.memo("n", lambda: calls.append(1) or len(calls)), data.memo("n", lambda: 99), calls
        (1, 1, [1])
        """
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            value = self._memo.setdefault(key, compute())
        return value

    @classmethod
    def from_store(cls, store, labels: Iterable[str] = ANALYSIS_LABELS,
                   rel_types: Iterable[str] = ANALYSIS_REL_TYPES,
                   edge_properties: Sequence[str] | None = None) -> "GraphData":
        """Read the nodes and edges the analyses use from ``store`` (read-only).

        ``edge_properties``: keep only these edge properties (:meth:`Store.iter_edges`), for a reader that
        knows what it uses; the strings edges repeat (node keys, document ids, sentences) are then kept once,
        not once per edge (at 10^5 documents the edges are most of a whole-store read)."""
        data = cls()
        for node in store.iter_nodes(list(labels)):
            data.nodes[node["key"]] = node
        if edge_properties is None:
            for edge in store.iter_edges(list(rel_types)):
                data.edges[edge["type"]].append(edge)
            return data
        strings: dict[str, str] = {}  # one copy of each key, document id, method and sentence
        for edge in store.iter_edges(list(rel_types), properties=list(edge_properties)):
            edge["source"] = strings.setdefault(edge["source"], edge["source"])
            edge["target"] = strings.setdefault(edge["target"], edge["target"])
            edge["properties"] = shared_strings(edge["properties"], strings)
            data.edges[edge["type"]].append(edge)
        return data

    @classmethod
    def from_records(cls, nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]]) -> "GraphData":
        """Build from already-read node and edge dicts (the store's documented shapes)."""
        data = cls()
        for node in nodes:
            data.nodes[node["key"]] = node
        for edge in edges:
            data.edges[edge["type"]].append(edge)
        return data

    def without_text(self) -> "GraphData":
        """The same graph with Document texts dropped (for analyses that need only metadata)."""
        slim = GraphData(nodes=dict(self.nodes), edges=self.edges)
        for key, node in self.nodes.items():
            if node["label"] == "Document":
                slim.nodes[key] = {**node, "properties": {k: v for k, v in node["properties"].items() if k != "text"}}
        return slim

    def documents(self) -> list[dict[str, Any]]:
        return [n for n in self.nodes.values() if n["label"] == "Document"]

    def name(self, key: str) -> str:
        node = self.nodes.get(key)
        return node["name"] if node else key.partition(":")[2]

    def out_edges(self, rel_type: str, source_label: str = "Document") -> dict[str, list[dict[str, Any]]]:
        """Edges of a type grouped by source key, for sources of ``source_label``."""
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for edge in self.edges.get(rel_type, []):
            if schema.label_of_key(edge["source"]) == source_label:
                grouped[edge["source"]].append(edge)
        return grouped


def shared_strings(properties: dict[str, Any], strings: dict[str, str]) -> dict[str, Any]:
    """``properties`` with each string value replaced by the equal one already in ``strings`` (added when new):
    a whole-store read then holds each document id, method and sentence once, not once per edge.

    >>> strings = {}
    >>> a = shared_strings({"doc_id": "".join(["ab", "c"]), "start": 1}, strings)
    >>> b = shared_strings({"doc_id": "".join(["a", "bc"])}, strings)
    >>> a["doc_id"] is b["doc_id"], a["start"]
    (True, 1)
    """
    return {k: strings.setdefault(v, v) if isinstance(v, str) else v for k, v in properties.items()}


def doc_id_of(key: str) -> str:
    """The document id in a Document node key.

    >>> doc_id_of("Document:abc123")
    'abc123'
    """
    return key.partition(":")[2]


def evidence(edge: dict[str, Any]) -> dict[str, Any]:
    """The provenance of an edge as a small dict: doc_id, sentence_index, sentence, start, end."""
    props = edge.get("properties", {})
    return {k: props.get(k) for k in ("doc_id", "sentence_index", "sentence", "start", "end")}
