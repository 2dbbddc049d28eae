"""One document's rows, ready for the embedded store's statements.

Building rows is pure Python and needs no database, so ``kg ingest`` does it
in the extraction workers: a worker sends a :class:`PreparedDocument` back
instead of a :class:`~kg.model.Fragment`. Edge rows are tuples in the column
order of the store's edge frame, which pickle several times smaller than the
fragment's dataclasses (one edge's sentence is shared by reference, so the
pickle memo sends it once per sentence) and go into a DataFrame without any
further per-row work in the writing process.

>>> from kg.model import Edge, Fragment, Node, Provenance
>>> doc = Node("Document", "Document:d1", "示例", properties={"source": "a.txt"})
>>> agency = Node("Agency", "Agency:营口市民政局", "营口市民政局")
>>> edge = Edge("ISSUED_BY", doc.key, agency.key, Provenance("d1", 0, "营口市民政局召开会议。", 0, 6))
>>> prepared = prepare(Fragment(doc, [agency], [edge]))
>>> prepared.key, prepared.source, sorted(prepared.nodes)
('Document:d1', 'a.txt', ['Agency', 'Document'])
>>> prepared.edges[("ISSUED_BY", "Document", "Agency")]
[('Document:d1', 'Agency:营口市民政局', 'd1', 0, '营口市民政局召开会议。', 0, 6, 'rule')]
"""
from __future__ import annotations

from typing import Any, Iterable, NamedTuple

from kg import schema
from kg.model import Fragment
from kg.stores.base import merged_value

EdgeKind = tuple[str, str, str]  # (relationship type, source label, target label)

# _edge_rows writes provenance in this order by hand; fail at import, not in the database, if the schema moves.
if tuple(schema.PROVENANCE_PROPERTIES) != ("doc_id", "sentence_index", "sentence", "start", "end", "method"):
    raise ImportError("kg.schema.PROVENANCE_PROPERTIES changed: update kg.stores._embedded_rows._edge_rows")


class PreparedDocument(NamedTuple):
    """A document's node rows (by label, then key) and edge rows (by kind, as column-ordered tuples)."""

    key: str
    source: str | None
    nodes: dict[str, dict[str, dict[str, Any]]]
    edges: dict[EdgeKind, list[tuple]]

    @property
    def name(self) -> str:
        """How a failure names this document: its source path, else its id."""
        return self.source or self.key.partition(":")[2]


# Per label: its own properties (a node row's first columns) and every declared property with its type;
# per relationship type: its own properties. Read once, not rebuilt for each of 10^5 rows.
_NODE_PROPERTIES: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    name: (tuple(label.properties), label.all_properties) for name, label in schema.LABELS.items()}
_EXTRA_EDGE_PROPERTIES: dict[str, dict[str, str]] = {name: rel.properties for name, rel in schema.REL_TYPES.items()}


def edge_columns(rel_type: str) -> tuple[str, ...]:
    """The columns of an edge row of ``rel_type``: endpoints, then every property in schema order."""
    return ("source", "target", *schema.REL_TYPES[rel_type].all_properties)


def prepare(fragment: Fragment) -> PreparedDocument:
    """The rows the embedded store writes for ``fragment``."""
    return PreparedDocument(fragment.document.key, fragment.document.properties.get("source") or None,
                            _node_rows(fragment), _edge_rows(fragment))


def merge_node_rows(documents: Iterable[PreparedDocument]) -> dict[str, dict[str, dict[str, Any]]]:
    """Node rows of several documents, one per key: :func:`merged_value` decides and aliases accumulate.

    ``update_nodes_statement`` applies the same rule to a node stored by an
    earlier batch, so the graph is the same whatever the batch boundaries and
    the order in which worker results arrive.

    >>> from types import SimpleNamespace as Doc
    >>> rows = merge_node_rows([Doc(nodes={"Person": {"Person:a": {"post": "部长", "aliases": []}}}),
    ...                         Doc(nodes={"Person": {"Person:a": {"post": None, "aliases": ["x"]}}}),
    ...                         Doc(nodes={"Person": {"Person:a": {"post": "党组书记、部长", "aliases": []}}})])
    >>> rows["Person"]["Person:a"]
    {'post': '部长', 'aliases': ['x']}
    """
    merged: dict[str, dict[str, dict[str, Any]]] = {}
    # A key's first row is kept as it is, and a later row equal to the kept one changes nothing
    # (the same place, body or topic in many documents): only a key whose rows differ gets a
    # copy to merge into, so the documents' own rows are never changed (a failed batch is
    # retried from them one document at a time).
    copied: set[str] = set()
    for document in documents:
        for label, rows in document.nodes.items():
            into = merged.setdefault(label, {})
            for key, row in rows.items():
                seen = into.get(key)
                if seen is None:
                    if row.get("aliases").__class__ is list:
                        into[key] = row
                    else:
                        into[key] = dict(row, aliases=list(row.get("aliases") or []))
                        copied.add(key)
                    continue
                if row == seen:
                    continue
                if key not in copied:
                    seen = into[key] = dict(seen, aliases=list(seen["aliases"]))
                    copied.add(key)
                for prop, value in row.items():
                    if prop == "aliases":
                        seen["aliases"] += [a for a in value if a not in seen["aliases"]]
                    else:
                        seen[prop] = merged_value(seen.get(prop), value)
    return merged


def _node_rows(fragment: Fragment) -> dict[str, dict[str, dict[str, Any]]]:
    """``typed(node.row(), label.all_properties)`` per node, without the two copies (this runs once per node)."""
    by_label: dict[str, dict[str, dict[str, Any]]] = {}
    for node in fragment.all_nodes():  # each key once already
        own, declared = _NODE_PROPERTIES[node.label]
        row = dict.fromkeys(own)
        row.update(node.properties)
        row.update(key=node.key, name=node.name, aliases=list(node.aliases))
        by_label.setdefault(node.label, {})[node.key] = _coerce(row, declared)
    return by_label


def _edge_rows(fragment: Fragment) -> dict[EdgeKind, list[tuple]]:
    """Provenance spelled out by hand: this loop runs once per edge (100k+ in a big ingest)."""
    by_kind: dict[EdgeKind, list[tuple]] = {}
    seen: set[tuple] = set()
    document, doc_id = fragment.document.key, fragment.doc_id
    for edge in fragment.edges:
        # Fragment.unique_edges' rule (first of an identity kept, in order) inside this one pass
        identity = edge.identity()
        if identity in seen:
            continue
        seen.add(identity)
        prov = edge.provenance
        kind = (edge.type, edge.source.partition(":")[0], edge.target.partition(":")[0])
        if kind[1] == "Document" and (edge.source != document or str(prov.doc_id) != doc_id):
            # The embedded store removes a document's edges that start at a Document with its node
            # (EmbeddedStore._remove_in_transaction): an edge from another node would outlive it.
            raise ValueError(f"a {edge.type} edge of document {doc_id} starts at {edge.source} "
                             f"with provenance {prov.doc_id}: a document's edges start at its own node")
        row = (edge.source, edge.target, str(prov.doc_id), int(prov.sentence_index), prov.sentence,
               int(prov.start), int(prov.end), prov.method)
        extra = _EXTRA_EDGE_PROPERTIES[edge.type]
        if extra:
            values = _coerce({prop: edge.properties.get(prop) for prop in extra}, extra)
            row += tuple(values[prop] for prop in extra)
        by_kind.setdefault(kind, []).append(row)
    return by_kind


def typed(row: dict[str, Any], declared: dict[str, str]) -> dict[str, Any]:
    """Coerce values to their declared types, so LadybugDB's casts never see e.g. an int for a DOUBLE."""
    return _coerce(dict(row), declared)


def _coerce(out: dict[str, Any], declared: dict[str, str]) -> dict[str, Any]:
    """:func:`typed` in place, on a row this module built itself."""
    for prop, typ in declared.items():
        value = out.get(prop)
        if value is None:
            continue
        if typ == schema.FLOAT:
            out[prop] = float(value)
        elif typ == schema.INT:
            out[prop] = int(value)
        elif typ == schema.STRING_LIST:
            out[prop] = [str(item) for item in value]
        elif typ == schema.STRING and not isinstance(value, str):
            out[prop] = str(value)
    if "aliases" in declared and out.get("aliases") is None:
        out["aliases"] = []
    return out
