"""The one interface every store implements: the embedded default and Neo4j.

Everything above the store (CLI, analysis, web UI) talks to this interface and
never writes Cypher by hand; the only Cypher text lives in ``cypher/*.cypher``
and inside the store implementations.

Shapes returned by the read methods are plain dicts, the same from both stores:

- a node: ``{"key", "label", "name", "aliases", "properties": {...}}``
- an edge: ``{"type", "source", "target", "properties": {... provenance ...}}``
- a subgraph: ``{"nodes": [node, ...], "edges": [edge, ...]}``
- a path: ``{"nodes": [node, ...], "edges": [edge, ...]}`` in hop order
"""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Sequence

from kg import schema
from kg.model import Fragment


def merged_value(stored: Any, new: Any) -> Any:
    """The value a shared node keeps when two documents disagree on a property: the greater known one.

    The rule is commutative and associative, so the graph does not depend on
    the order in which documents (or batches, or worker results) are written;
    a missing value never erases a known one. :func:`merged_value_cypher` is
    the same rule inside a store's statement.

    >>> merged_value(None, "部长"), merged_value("部长", None), merged_value(2021, 2022), merged_value(2022, 2021)
    ('部长', '部长', 2022, 2022)
    """
    if new is None:
        return stored
    if stored is None:
        return new
    return new if new > stored else stored


def merged_value_cypher(stored: str, new: str) -> str:
    """:func:`merged_value` as a Cypher expression (the same in Neo4j and LadybugDB).

    >>> merged_value_cypher("n.year", "row.year")
    'CASE WHEN row.year IS NULL THEN n.year WHEN n.year IS NULL OR row.year > n.year THEN row.year ELSE n.year END'
    """
    return (f"CASE WHEN {new} IS NULL THEN {stored} WHEN {stored} IS NULL OR {new} > {stored} "
            f"THEN {new} ELSE {stored} END")


@dataclass
class WriteSummary:
    """What a write did, for the ingest summary."""

    documents: int = 0
    unchanged: int = 0
    replaced: int = 0
    nodes: int = 0
    edges: int = 0
    seconds: float = 0.0
    failed: list[tuple[str, str]] = field(default_factory=list)


def without_document_text(node: dict[str, Any]) -> dict[str, Any]:
    """A node dict with a Document's ``text`` property left out (other nodes as they are).

    >>> without_document_text({"key": "Document:d1", "label": "Document", "properties": {"title": "t", "text": "…"}})
    {'key': 'Document:d1', 'label': 'Document', 'properties': {'title': 't'}}
    """
    if node.get("label") != "Document" or "text" not in (node.get("properties") or {}):
        return node
    return {**node, "properties": {k: v for k, v in node["properties"].items() if k != "text"}}


def edges_to_request(key: str, others: Iterable[str],
                     rel_types: Iterable[str] | None) -> tuple[str, list[str], list[str]] | None:
    """What a store's :meth:`Store.edges_to` query asks: the centre's label, the distinct neighbours other
    than the centre, and the known relationship types; ``None`` when it can match nothing.

    >>> edges_to_request("Agency:x", ["Program:a", "Agency:x", "Program:a"], ["PROMOTES", "NOT_A_TYPE"])
    ('Agency', ['Program:a'], ['PROMOTES'])
    >>> edges_to_request("nokey", ["Program:a"], None) is None
    True
    """
    wanted = [k for k in dict.fromkeys(others) if k != key]
    try:
        label = schema.label_of_key(key)
    except ValueError:
        return None
    types = schema.known_rel_types(rel_types)
    return (label, wanted, types) if wanted and types else None


def first_edges_per_neighbour(key: str, edges: Iterable[dict[str, Any]],
                              per_neighbour: int | None) -> list[dict[str, Any]]:
    """``edges`` of ``key`` in (neighbour, type, document, sentence) order, at most ``per_neighbour`` of each
    (type, direction, neighbour).

    >>> e = lambda t, s, d: {"type": t, "source": s, "target": "A:x" if s != "A:x" else "B:y",
    ...                      "properties": {"doc_id": d, "sentence_index": 0}}
    >>> [(x["type"], x["properties"]["doc_id"]) for x in first_edges_per_neighbour(
    ...     "A:x", [e("R", "A:x", "d2"), e("R", "A:x", "d1"), e("S", "B:y", "d3")], 1)]
    [('R', 'd1'), ('S', 'd3')]
    """
    def order(edge: dict[str, Any]) -> tuple:
        props = edge.get("properties") or {}
        other = edge["target"] if edge["source"] == key else edge["source"]
        return other, edge["type"], props.get("doc_id") or "", props.get("sentence_index") or 0
    kept: list[dict[str, Any]] = []
    seen: dict[tuple[str, str, str], int] = {}
    for edge in sorted(edges, key=order):
        outward = edge["source"] == key
        group = (edge["type"], "out" if outward else "in", edge["target"] if outward else edge["source"])
        seen[group] = seen.get(group, 0) + 1
        if per_neighbour is None or seen[group] <= per_neighbour:
            kept.append(edge)
    return kept


class Store(abc.ABC):
    """A graph store for civkg fragments.

    ``dialect`` names the Cypher dialect (``"neo4j"`` or ``"ladybug"``); the
    named-query loader picks the ``cypher/ladybug/`` variant of a query when
    one exists for this dialect.
    """

    dialect: str

    # -- writing -----------------------------------------------------------------
    @abc.abstractmethod
    def ensure_schema(self) -> None:
        """Create tables/constraints/indexes derived from kg.schema. Idempotent."""

    @abc.abstractmethod
    def write_fragments(self, fragments: Iterable[Fragment]) -> WriteSummary:
        """Write fragments; each document's facts commit together or not at all.

        A document already stored with the same id is left unchanged, unless
        the fragment carries an ``extractor_version`` and the stored one differs:
        then it is replaced (the rules changed, so its facts may have). A stored
        document with the same ``source`` but a different id (the file changed)
        is removed first, so no stale facts remain.
        """

    def document_stamps(self) -> dict[str, tuple[str | None, str | None]]:
        """``{source: (content_hash, extractor_version)}`` of the stored documents that have a source.

        ``kg ingest`` skips a file whose pair is unchanged. A store that can't
        tell returns ``{}``, and every file is extracted again.
        """
        return {}

    @abc.abstractmethod
    def remove_document(self, doc_id: str) -> bool:
        """Remove a document, its edges, and entities no other document supports."""

    # -- reading -----------------------------------------------------------------
    @abc.abstractmethod
    def run_cypher(self, text: str, params: dict[str, Any] | None = None, *, read_only: bool = True,
                   limit: int | None = None, timeout: float | None = None) -> list[dict[str, Any]]:
        """Run Cypher in this store's dialect and return rows as dicts."""

    def run_query(self, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a named query from ``cypher/`` with its declared parameters."""
        from cypher import load_query

        query = load_query(name, self.dialect)
        return self.run_cypher(query.text, query.bind(params or {}), read_only=True)

    @abc.abstractmethod
    def search(self, text: str, labels: Iterable[str] | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Nodes whose name or alias contains ``text`` (substring, simplified or traditional input)."""

    @abc.abstractmethod
    def get_node(self, key: str) -> dict[str, Any] | None:
        """One node by key, or None."""

    def get_nodes(self, keys: Iterable[str], document_text: bool = True) -> dict[str, dict[str, Any]]:
        """Nodes by key (unknown keys left out), in as few reads as the store can; ``document_text=False``
        leaves a Document's ``text`` out (a page that shows only its title need not read it)."""
        found = {}
        for key in dict.fromkeys(keys):
            node = self.get_node(key)
            if node is not None:
                found[key] = node if document_text else without_document_text(node)
        return found

    @abc.abstractmethod
    def neighbours(self, key: str, rel_types: Iterable[str] | None = None,
                   labels: Iterable[str] | None = None, limit: int = 200,
                   document_text: bool = True) -> dict[str, Any]:
        """The node, its neighbours and the edges between them (with provenance).

        ``document_text=False``: neighbouring Documents come without their ``text`` (the centre keeps it).
        """

    def neighbour_summary(self, key: str, rel_types: Iterable[str] | None = None,
                          labels: Iterable[str] | None = None, limit: int = 1000) -> dict[str, Any]:
        """Who a node's neighbours are and how many edges join each to it, without reading any provenance.

        ``{"node": the centre or None, "rows": [...], "truncated": bool}``; one row per (relationship type,
        direction, neighbour): ``{"type", "direction" ("out" or "in"), "key", "label", "name", "aliases", "edges"}``,
        the busiest neighbours first (most edges, then key), at most ``limit`` per direction (``truncated``
        says a direction had more). A loop counts as "out". A page that shows a few neighbours ranks and
        cuts on these rows and then reads only those neighbours' edges (:meth:`edges_to`).
        This default reads every edge through :meth:`neighbours`; the stores answer it with one
        aggregating query per direction.
        """
        sub = self.neighbours(key, rel_types, labels, limit=max(int(limit), 0), document_text=False)
        centre = next((n for n in sub.get("nodes", []) if n["key"] == key), None)
        nodes = {n["key"]: n for n in sub.get("nodes", [])}
        counts: dict[tuple[str, str, str], int] = {}
        for edge in sub.get("edges", []):
            direction, other = ("out", edge["target"]) if edge["source"] == key else ("in", edge["source"])
            counts[(edge["type"], direction, other)] = counts.get((edge["type"], direction, other), 0) + 1
        rows = [{"type": rel, "direction": direction, "key": other, "label": nodes[other].get("label"),
                 "name": nodes[other].get("name"), "aliases": nodes[other].get("aliases") or [], "edges": n}
                for (rel, direction, other), n in counts.items() if other in nodes]
        rows.sort(key=lambda r: (-r["edges"], r["key"], r["type"]))
        return {"node": centre, "rows": rows, "truncated": len(nodes) - 1 >= limit}

    def edges_to(self, key: str, others: Iterable[str], rel_types: Iterable[str] | None = None,
                 per_neighbour: int | None = None) -> list[dict[str, Any]]:
        """The edges (with provenance) joining ``key`` to each of ``others``, either direction.

        Ordered by neighbour, type, document and sentence; ``per_neighbour`` keeps the first so many of each
        (type, direction, neighbour). This default filters :meth:`neighbours`; the stores read only these
        neighbours' edges.
        """
        wanted = set(others)
        if not wanted:
            return []
        sub = self.neighbours(key, rel_types, None, limit=10**6, document_text=False)
        edges = [e for e in sub.get("edges", []) if (e["target"] if e["source"] == key else e["source"]) in wanted]
        return first_edges_per_neighbour(key, edges, per_neighbour)

    @abc.abstractmethod
    def shortest_paths(self, source_key: str, target_key: str, max_hops: int = 6,
                       limit: int = 5) -> list[dict[str, Any]]:
        """Shortest paths between two nodes, ignoring direction."""

    @abc.abstractmethod
    def stats(self) -> dict[str, dict[str, int]]:
        """``{"nodes": {label: count}, "relationships": {type: count}}``."""

    @abc.abstractmethod
    def iter_nodes(self, labels: Iterable[str] | None = None,
                   properties: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every node (optionally of some labels), for export and networkx projection.

        ``properties``: when given, each node's ``properties`` holds exactly these keys (None where the
        label has no such property); key, label, name and aliases always come. A whole-store read of names
        (the web UI's search layer) then leaves documents' texts and targets' details in the database."""

    @abc.abstractmethod
    def iter_edges(self, rel_types: Iterable[str] | None = None,
                   properties: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every edge (optionally of some types), for export and networkx projection.

        ``properties``: when given, each edge's ``properties`` holds exactly these keys (None where the
        edge's type has no such property), so a whole-store read carries only what its reader uses."""

    def edge_ends(self, rel_types: Iterable[str] | None = None) -> Iterator[tuple[str, str, str]]:
        """Every edge as (type, source key, target key), in no particular order and without properties: what a
        search over the whole graph reads (:class:`kg.analysis.path_search.PathSearch`)."""
        for edge in self.iter_edges(rel_types, properties=[]):
            yield edge["type"], edge["source"], edge["target"]

    def close(self) -> None:
        """Release connections and files."""

    #: what :meth:`current_generation` said when this store was opened
    opened_generation: str | None = None
    #: whether slow neighbourhood reads are kept while the store is open (a read-only embedded store)
    keeps_slow_reads: bool = False

    def current_generation(self) -> str | None:
        """A token that changes whenever another process commits to the store, or None if it never needs to.

        A long-lived reader (``kg serve``) that sees it differ from
        :attr:`opened_generation` opens the store again to see the new data.
        Neo4j readers always see committed data: None.
        """
        return None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
