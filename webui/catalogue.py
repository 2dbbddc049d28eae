"""The document list: every Document with its place, year, kind and topics, filterable.

Reading every Document and COVERS edge is a whole-store scan, so the result
is shared by requests and kept while the read-only store it came from is current
(:func:`webui.store_access.snapshot_token`), or for ``CATALOGUE_TTL`` seconds
from a store that can change under the app (Neo4j).
"""
from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from flask import current_app

from kg import schema
from kg.stores.base import Store
from webui.errors import NotFound
from webui.highlight import Span, highlight_spans
from webui.entities import brief


@dataclass
class DocumentSummary:
    id: str
    key: str
    title: str
    date: str | None
    year: int | None
    kind: str | None
    place: str | None
    issuing_body: str | None
    char_count: int | None
    topics: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# The Document properties the list shows and filters by (title and name always come with a node).
CATALOGUE_FIELDS = ("title", "date", "year", "kind", "place", "issuing_body", "char_count")


def read_catalogue(store: Store) -> list[DocumentSummary]:
    """Every document, newest first, with its topics ordered by share."""
    topics: dict[str, list[tuple[float, str]]] = {}
    # Only the fields the list shows: a document's text (most of a 10^5-document store) stays in the store.
    for edge in store.iter_edges(["COVERS"], properties=["share"]):
        share = (edge.get("properties") or {}).get("share") or 0.0
        topics.setdefault(edge["source"], []).append((share, edge["target"].partition(":")[2]))
    docs = []
    for node in store.iter_nodes(["Document"], properties=CATALOGUE_FIELDS):
        p = node.get("properties") or {}
        doc_topics = []
        for _, name in sorted(topics.get(node["key"], []), reverse=True):
            if name not in doc_topics:
                doc_topics.append(name)
        docs.append(DocumentSummary(
            id=node["key"].partition(":")[2], key=node["key"], title=p.get("title") or node.get("name") or "",
            date=p.get("date"), year=p.get("year"), kind=p.get("kind"), place=p.get("place"),
            issuing_body=p.get("issuing_body"), char_count=p.get("char_count"), topics=doc_topics))
    docs.sort(key=lambda d: (d.date or str(d.year or ""), d.title), reverse=True)
    return docs


class CatalogueCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._at = -1e18
        self._docs: list[DocumentSummary] = []
        self._token: tuple[int, str] | None = None

    def get(self, store: Store, ttl: float) -> list[DocumentSummary]:
        from webui.store_access import snapshot_token

        token = snapshot_token(store)
        with self._lock:
            if (token != self._token if token is not None else time.monotonic() - self._at > ttl) or self._at < 0:
                self._docs = read_catalogue(store)
                self._at, self._token = time.monotonic(), token
            return self._docs


def catalogue(store: Store) -> list[DocumentSummary]:
    cache = current_app.extensions.setdefault("civkg_catalogue", CatalogueCache())
    return cache.get(store, float(current_app.config["CATALOGUE_TTL"]))


def filter_documents(docs: list[DocumentSummary], place: str = "", year: int | None = None, kind: str = "",
                     topic: str = "", text: str = "", within: set[str] | None = None) -> list[DocumentSummary]:
    """Documents matching every given filter (place and text match substrings).

    ``within`` is the set of place names inside the place asked for (辽宁 → 辽宁省, 营口市, …):
    a document about any of them matches too (the hierarchical place filter).
    """
    out = []
    for d in docs:
        if place and place not in (d.place or "") and place not in (d.issuing_body or "") \
                and not (within and d.place in within):
            continue
        if year is not None and d.year != year:
            continue
        if kind and d.kind != kind:
            continue
        if topic and topic not in d.topics:
            continue
        if text and text not in d.title:
            continue
        out.append(d)
    return out


def facets(docs: list[DocumentSummary]) -> dict[str, list[tuple[Any, int]]]:
    """Counts per place, year, kind and topic, for the filter menus."""
    return {
        "place": Counter(d.place for d in docs if d.place).most_common(),
        "year": sorted(Counter(d.year for d in docs if d.year).items(), reverse=True),
        "kind": Counter(d.kind for d in docs if d.kind).most_common(),
        "topic": Counter(t for d in docs for t in d.topics).most_common(),
    }


def document_view(store: Store, doc_id: str, entity_href) -> dict[str, Any]:
    """One document: metadata, its text with mentions linked, and its entities by label.

    ``entity_href(key)`` builds the link for an entity. Offsets in provenance
    index the document's original text, which is what ``text`` holds.
    """
    key = schema.node_key("Document", doc_id)
    node = store.get_node(key)
    if node is None:
        raise NotFound(f"没有这篇文档 · no document with id {doc_id!r}")
    props = dict(node.get("properties") or {})
    text = props.pop("text", None) or ""
    sub = store.neighbours(key, limit=5000, document_text=False)
    nodes = {n["key"]: n for n in sub.get("nodes", [])}
    spans, entities = [], {}
    for edge in sub.get("edges", []):
        if edge["source"] != key:
            continue
        other = nodes.get(edge["target"])
        if other is None:
            continue
        entities.setdefault(other.get("label"), {}).setdefault(other["key"], {**brief(other), "relations": set()})
        entities[other.get("label")][other["key"]]["relations"].add(edge["type"])
        ep = edge.get("properties") or {}
        start, end = ep.get("start"), ep.get("end")
        if isinstance(start, int) and isinstance(end, int) and other.get("label") not in ("Topic", "Target"):
            spans.append(Span(start, end, entity_href(other["key"]), other.get("label") or "", other.get("name") or ""))
    order = list(schema.LABELS)
    grouped = [
        {"label": label, "entities": sorted(({**e, "relations": sorted(e["relations"])} for e in items.values()),
                                            key=lambda e: e["name"] or "")}
        for label, items in sorted(entities.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    ]
    from loaders.normalise import normalise
    from webui.source_links import web_address

    clean = normalise(text).text if text else ""
    return {"node": {**node, "properties": props}, "id": doc_id, "text": text,
            "clean_text": clean if clean != text else None, "web_address": web_address(props.get("source")),
            "text_html": highlight_spans(text, spans), "mention_count": len(spans), "entities": grouped}


def places_inside(index, place: str) -> set[str]:
    """Every place name inside the places whose name contains ``place`` (from the PART_OF hierarchy).

    ``index`` is a :class:`webui.name_index.NameIndex`; 辽宁 gives 辽宁省 and its cities and counties.
    """
    if not place:
        return set()
    found: set[str] = set()
    for name in index.place_names_matching(place)[:50]:
        found |= index.places_within(name)
    return found
