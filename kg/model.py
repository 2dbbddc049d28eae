"""The graph fragment that loaders produce and stores write.

A :class:`Fragment` is everything one document contributes to the graph: its
``Document`` node, the entities it mentions, and the relationships between
them, each relationship with its :class:`Provenance`.

>>> doc = Node("Document", "Document:abc", "示例", properties={"title": "示例"})
>>> agency = Node("Agency", "Agency:营口市民政局", "营口市民政局")
>>> prov = Provenance("abc", 0, "营口市民政局召开会议。", 0, 6, "rule:agency")
>>> frag = Fragment(doc, [agency], [Edge("ISSUED_BY", doc.key, agency.key, prov)])
>>> Fragment.from_json(frag.to_json()) == frag
True
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from kg import schema


@dataclass(frozen=True)
class Provenance:
    """Where a fact came from: the document, the sentence, and offsets in the original text."""

    doc_id: str
    sentence_index: int
    sentence: str
    start: int
    end: int
    method: str = "rule"

    def as_properties(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "method": self.method,
        }


# kg.schema's declarations in the shape the constructors' checks use.
_ALLOWED_PROPERTIES: dict[str, frozenset[str]] = {
    name: frozenset(label.properties) for name, label in schema.LABELS.items()}
_ALLOWED_EDGES: frozenset[tuple[str, str, str]] = frozenset(
    (rel.name, source, target) for rel in schema.REL_TYPES.values() for source, target in rel.endpoints)


@dataclass
class Node:
    """A node: its label, graph-wide key, canonical name, aliases and label-specific properties."""

    label: str
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Every node of every document passes here (10^5 in a big ingest): one subset test of a frozen set.
        allowed = _ALLOWED_PROPERTIES.get(self.label)
        if allowed is None:
            allowed = frozenset(schema.LABELS[self.label].properties)  # KeyError for an unknown label, as before
        if not allowed.issuperset(self.properties):
            unknown = set(self.properties) - allowed
            raise ValueError(f"{self.label} has no properties {sorted(unknown)}")

    def row(self) -> dict[str, Any]:
        """A flat row for a store, with every declared property present (None when unknown)."""
        row = {prop: None for prop in schema.LABELS[self.label].properties}
        row.update(self.properties)
        row.update(key=self.key, name=self.name, aliases=list(self.aliases))
        return row


@dataclass
class Edge:
    """A relationship from ``source`` to ``target`` (node keys), with provenance."""

    type: str
    source: str
    target: str
    provenance: Provenance
    properties: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The usual case is a known (type, source label, target label): one set lookup. Anything
        # else goes through the schema's own checks, which raise the error that names the problem.
        source_label, source_colon, _ = self.source.partition(":")
        target_label, target_colon, _ = self.target.partition(":")
        if not (source_colon and target_colon and (self.type, source_label, target_label) in _ALLOWED_EDGES):
            schema.check_edge(self.type, schema.label_of_key(self.source), schema.label_of_key(self.target))

    def identity(self) -> tuple:
        """Two edges with the same identity are the same fact: one per sentence per document."""
        return (self.type, self.source, self.target, self.provenance.doc_id, self.provenance.sentence_index)

    def row(self) -> dict[str, Any]:
        row = {prop: None for prop in schema.REL_TYPES[self.type].properties}
        row.update(self.properties)
        row.update(self.provenance.as_properties())
        row.update(source=self.source, target=self.target)
        return row


@dataclass
class Fragment:
    """Everything one document contributes: its Document node, entity nodes and edges."""

    document: Node
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.document.key.partition(":")[2]

    def all_nodes(self) -> list[Node]:
        """The document node followed by the entity nodes, each key once (first wins, aliases merged)."""
        merged: dict[str, Node] = {self.document.key: self.document}
        for node in self.nodes:
            seen = merged.get(node.key)
            if seen is None:
                merged[node.key] = node
            else:
                for alias in node.aliases:
                    if alias not in seen.aliases and alias != seen.name:
                        seen.aliases.append(alias)
        return list(merged.values())

    def unique_edges(self) -> list[Edge]:
        """Edges with duplicates (same identity) removed, first occurrence kept."""
        seen: dict[tuple, Edge] = {}
        for edge in self.edges:
            seen.setdefault(edge.identity(), edge)
        return list(seen.values())

    def named_keys(self) -> set[str]:
        """Keys of the entities the document itself names.

        That is every target of a MENTIONS or SETS edge, plus a body implied by a
        person's post (副省长 → 省人民政府). The rest of a fragment's nodes are
        context: parent places from the gazetteer (PART_OF), an issuing body known
        only from metadata, the topics. They belong in the graph, but they are not
        what the document says, so ``kg extract`` lists them apart.
        """
        return {edge.target for edge in self.edges if edge.type in _NAMING_EDGES}

    def to_json(self) -> dict[str, Any]:
        """The ``kg extract`` contract: document, entities, context and relationships.

        ``entities`` holds exactly what the document names (see :meth:`named_keys`);
        ``context`` holds the other nodes its relationships need.
        """
        named = self.named_keys()
        entities, context = [], []
        for node in self.all_nodes():
            if node.label == "Document":
                continue
            item = {
                "label": node.label,
                "key": node.key,
                "name": node.name,
                "aliases": list(node.aliases),
                "properties": _json_props(node.properties),
            }
            (entities if node.key in named else context).append(item)
        return {
            "doc": self.document.properties.get("source") or self.doc_id,
            "document": {"id": self.doc_id, "name": self.document.name, **_json_props(self.document.properties)},
            "entities": entities,
            "context": context,
            "relationships": [
                {
                    "type": edge.type,
                    "source": edge.source,
                    "target": edge.target,
                    "properties": dict(edge.properties),
                    "provenance": edge.provenance.as_properties(),
                }
                for edge in self.unique_edges()
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Fragment":
        doc_props = {k: v for k, v in data["document"].items() if k not in ("id", "name")}
        if "from" in doc_props:
            doc_props["from_value"] = doc_props.pop("from")
        document = Node("Document", schema.node_key("Document", data["document"]["id"]), data["document"]["name"], [], doc_props)
        nodes = [
            Node(e["label"], e["key"], e["name"], list(e.get("aliases", [])), _store_props(e.get("properties", {})))
            for e in [*data["entities"], *data.get("context", [])]
        ]
        edges = [
            Edge(r["type"], r["source"], r["target"], Provenance(**r["provenance"]), dict(r.get("properties", {})))
            for r in data["relationships"]
        ]
        return cls(document, nodes, edges)


# Edges whose target the document names in its text (HOLDS_POST: the body a post implies).
_NAMING_EDGES = ("MENTIONS", "SETS", "HOLDS_POST")


def _json_props(properties: dict[str, Any]) -> dict[str, Any]:
    """Drop unknown (None) values and use the annotation guide's ``from`` for ``from_value``."""
    out = {k: v for k, v in properties.items() if v is not None and k != "text"}
    if "from_value" in out:
        out["from"] = out.pop("from_value")
    return out


def _store_props(properties: dict[str, Any]) -> dict[str, Any]:
    out = dict(properties)
    if "from" in out:
        out["from_value"] = out.pop("from")
    return out


def dumps(fragment: Fragment) -> str:
    """One JSON line, as ``kg extract --format json`` prints it."""
    return json.dumps(fragment.to_json(), ensure_ascii=False)
