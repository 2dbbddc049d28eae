"""Turning an edge's provenance into what a researcher reads: the sentence,
the mention inside it, and the document's title, date and issuing body.
"""
from __future__ import annotations

from typing import Any, Iterable

from kg import schema
from kg.stores.base import Store
from webui.highlight import find_mention

DOCUMENT_FIELDS = ("title", "date", "year", "issuing_body", "kind", "place", "source")


class DocumentLookup:
    """Document summaries by id, each fetched once per request."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._seen: dict[str, dict[str, Any] | None] = {}
        self._texts: dict[str, str] = {}

    def remember(self, node: dict[str, Any]) -> None:
        """Use a Document node already read (e.g. a neighbour) instead of fetching it again."""
        if node.get("label") == "Document":
            doc_id = node["key"].partition(":")[2]
            if doc_id not in self._seen:
                self._seen[doc_id] = self._summarise(doc_id, node)

    def _summarise(self, doc_id: str, node: dict[str, Any]) -> dict[str, Any]:
        props = node.get("properties") or {}
        summary = {"id": doc_id, "key": node["key"], "name": node.get("name")}
        summary.update({f: props.get(f) for f in DOCUMENT_FIELDS})
        summary["title"] = summary["title"] or node.get("name")
        self._texts[doc_id] = props.get("text") or ""
        return summary

    def prefetch(self, doc_ids: Iterable[str | None]) -> None:
        """Read every document of ``doc_ids`` not seen yet, in one store call (not one per edge)."""
        missing = [d for d in dict.fromkeys(doc_ids) if d and d not in self._seen]
        if not missing:
            return
        found = self._store.get_nodes([schema.node_key("Document", d) for d in missing])
        for doc_id in missing:
            node = found.get(schema.node_key("Document", doc_id))
            self._seen[doc_id] = None if node is None else self._summarise(doc_id, node)

    def summary(self, doc_id: str | None) -> dict[str, Any] | None:
        if not doc_id:
            return None
        if doc_id not in self._seen:
            node = self._store.get_node(schema.node_key("Document", doc_id))
            self._seen[doc_id] = None if node is None else self._summarise(doc_id, node)
        return self._seen[doc_id]

    def surface(self, doc_id: str | None, start: Any, end: Any) -> str | None:
        """The exact words at [start, end) of the document's original text."""
        if self.summary(doc_id) is None or not isinstance(start, int) or not isinstance(end, int):
            return None
        text = self._texts.get(doc_id or "", "")
        return text[start:end] if 0 <= start < end <= len(text) else None


def describe_edge(edge: dict[str, Any], nodes: dict[str, dict[str, Any]], docs: DocumentLookup) -> dict[str, Any]:
    """An edge with its provenance made readable.

    ``mention`` is the [start, end) of the mentioned words inside ``sentence``
    (or None): the exact original words when the sentence contains them,
    otherwise the entity's canonical name or an alias.
    """
    props = dict(edge.get("properties") or {})
    sentence = props.get("sentence") or ""
    candidates: list[str | None] = [docs.surface(props.get("doc_id"), props.get("start"), props.get("end"))]
    # The non-document endpoint is what the sentence mentions; try it first.
    for key in sorted((edge["target"], edge["source"]), key=lambda k: k.startswith("Document:")):
        node = nodes.get(key)
        if node and node.get("label") != "Document":
            candidates.append(node.get("name"))
            candidates.extend(node.get("aliases") or [])
    return {
        "type": edge["type"],
        "source": edge["source"],
        "target": edge["target"],
        "properties": {k: v for k, v in props.items() if k not in schema.PROVENANCE_PROPERTIES},
        "provenance": {k: props.get(k) for k in schema.PROVENANCE_PROPERTIES},
        "mention": find_mention(sentence, candidates),
        "document": docs.summary(props.get("doc_id")),
    }
