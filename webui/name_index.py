"""Pinyin, typo tolerance and degree for search, kept beside the store.

Both stores find names by substring (the embedded one with its trigram
index, Neo4j with its full-text index). What researchers also type is
pinyin (``yingkou``, ``ykmzj``) and homophone or one-character typos
(营口市民证局, 衢洲). This module keeps, per node (documents excluded), its
name, pinyin in full and as initials (from :mod:`pypinyin`), its degree and,
for a target, its place and year; it is built from ``iter_nodes``/``iter_edges``
once (documents' texts are not read; degrees come from one Cypher count) and reused for
``NAME_INDEX_TTL`` seconds. Memory is a few short strings
per node; each lookup is one pass over them (or :mod:`rapidfuzz`'s C scan).

>>> index = NameIndex.from_rows(
...     [{"key": "Place:营口市", "label": "Place", "name": "营口市", "aliases": ["营口"]},
...      {"key": "Agency:营口市民政局", "label": "Agency", "name": "营口市民政局", "aliases": []},
...      {"key": "Place:衢州市", "label": "Place", "name": "衢州市", "aliases": []}],
...     [{"type": "LOCATED_IN", "source": "Agency:营口市民政局", "target": "Place:营口市"}])
>>> [e.name for e, _ in index.pinyin_matches("yingkou")]
['营口市', '营口市民政局']
>>> [e.name for e, _ in index.pinyin_matches("yksmzj")]
['营口市民政局']
>>> [e.name for e in index.did_you_mean("营口市民证局")]
['营口市民政局']
>>> [e.name for e in index.did_you_mean("衢洲")]
['衢州市']
>>> to_pinyin("营口市")
('yingkoushi', 'yks')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from pypinyin import Style, lazy_pinyin
from rapidfuzz import fuzz, process

from webui.refreshing import Refreshing

# A query that is pinyin: latin letters, optionally with spaces or apostrophes (xi'an).
PINYIN_QUERY = re.compile(r"^[A-Za-z][A-Za-z' ]*$")
HAS_CJK = re.compile(r"[\u3400-\u9fff]")
# The fewest letters before initials are matched (``yk`` matches too much to help).
MIN_INITIALS = 2
# The least rapidfuzz ratio (0-100) for a character-level "did you mean".
FUZZY_CUTOFF = 75
# The longest query given typo suggestions (names are short; the scan is linear in names × query length).
MAX_FUZZY_CHARS = 40


def to_pinyin(text: str) -> tuple[str, str]:
    """Full toneless pinyin and initials of the CJK characters in ``text`` (other characters dropped)."""
    syllables = [s for s in lazy_pinyin(text, style=Style.NORMAL, errors="ignore") if s]
    return "".join(syllables).lower(), "".join(s[0] for s in syllables).lower()


@dataclass
class Entry:
    key: str
    label: str
    name: str
    aliases: list[str]
    full: str
    initials: str
    degree: int = 0
    place: str | None = None
    year: Any = None
    parents: list[str] = field(default_factory=list)


class NameIndex:
    """Names of every non-document node, with pinyin, degree and (targets) place/year."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.by_key = {e.key: e for e in entries}
        self._names = [e.name for e in entries]
        self._children: dict[str, set[str]] = {}
        for e in entries:
            if e.label == "Place":
                for parent in e.parents:
                    self._children.setdefault(parent, set()).add(e.name)

    @classmethod
    def from_rows(cls, nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]]) -> "NameIndex":
        """Build from ``iter_nodes``-shaped nodes and ``iter_edges``-shaped edges."""
        entries: dict[str, Entry] = {}
        for node in nodes:
            if node.get("label") == "Document":
                continue
            name = node.get("name") or node["key"].partition(":")[2]
            full, initials = to_pinyin(name)
            props = node.get("properties") or {}
            year = props.get("year")
            entries[node["key"]] = Entry(node["key"], node.get("label") or "", name, list(node.get("aliases") or []),
                                         full, initials, year=year if year not in (None, "None", "") else None)
        for edge in edges:
            for end in (edge["source"], edge["target"]):
                entry = entries.get(end)
                if entry is not None:
                    entry.degree += 1
            source = entries.get(edge["source"])
            if source is None:
                continue
            if edge["type"] == "FOR_PLACE" and source.label == "Target":
                source.place = edge["target"].partition(":")[2]
            elif edge["type"] == "PART_OF" and source.label == "Place" and edge["target"].startswith("Place:"):
                source.parents.append(edge["target"].partition(":")[2])
        return cls(list(entries.values()))

    @classmethod
    def from_store(cls, store) -> "NameIndex":
        """Build from a store with three cheap reads: non-document nodes, one degree count per node
        (a Cypher aggregate both stores run) and the few PART_OF/FOR_PLACE edges; falls back to
        reading every edge when the aggregate fails."""
        from kg import schema

        labels = [label for label in schema.LABELS if label != "Document"]
        try:
            rows = store.run_cypher("MATCH (n)-[r]-() RETURN n.key AS key, count(r) AS degree",
                                    read_only=True, limit=10_000_000, timeout=120.0)
            degrees = {row["key"]: int(row["degree"] or 0) for row in rows}
        except Exception:  # noqa: BLE001 - a store whose Cypher can't aggregate: count from the edges
            return cls.from_rows(store.iter_nodes(labels), store.iter_edges(properties=[]))  # ends and types only
        index = cls.from_rows(store.iter_nodes(labels), store.iter_edges(["PART_OF", "FOR_PLACE"], properties=[]))
        for entry in index.entries:
            entry.degree = degrees.get(entry.key, 0)
        return index

    def pinyin_matches(self, text: str, labels: Iterable[str] | None = None,
                       limit: int = 100) -> list[tuple[Entry, int]]:
        """Entries whose pinyin matches a latin query, with a match quality (lower is better).

        0 full pinyin equal, 1 full prefix, 2 initials equal, 3 initials prefix, 4 full substring.
        """
        query = re.sub(r"[' ]", "", text).lower()
        if not query:
            return []
        wanted = set(labels) if labels else None
        found = []
        for e in self.entries:
            if wanted is not None and e.label not in wanted:
                continue
            if not e.full:
                continue
            if e.full == query:
                quality = 0
            elif e.full.startswith(query):
                quality = 1
            elif len(query) >= MIN_INITIALS and e.initials == query:
                quality = 2
            elif len(query) >= MIN_INITIALS and e.initials.startswith(query):
                quality = 3
            elif len(query) >= 4 and query in e.full:
                quality = 4
            else:
                continue
            found.append((e, quality))
        found.sort(key=lambda eq: (eq[1], -eq[0].degree, len(eq[0].name), eq[0].name))
        return found[:limit]

    def did_you_mean(self, text: str, labels: Iterable[str] | None = None, limit: int = 5) -> list[Entry]:
        """Names a mistyped query probably meant: same pinyin (homophone typos) first, then close spellings."""
        if len(text) > MAX_FUZZY_CHARS:  # a paragraph is not a mistyped name; keep the scan cheap
            return []
        wanted = set(labels) if labels else None
        full, _ = to_pinyin(text)
        picks: list[Entry] = []
        if full and len(full) >= 4:
            same = [e for e in self.entries if e.full.startswith(full) and (wanted is None or e.label in wanted)]
            same.sort(key=lambda e: (len(e.full) - len(full), -e.degree, e.name))
            picks.extend(same[:limit])
        if len(picks) < limit:
            for name, score, i in process.extract(text, self._names, scorer=fuzz.ratio, limit=limit * 3,
                                                  score_cutoff=FUZZY_CUTOFF):
                entry = self.entries[i]
                if (wanted is None or entry.label in wanted) and entry not in picks:
                    picks.append(entry)
        return picks[:limit]

    def places_within(self, name: str, depth: int = 4) -> set[str]:
        """A place's name and the names of the places inside it (PART_OF, a few levels down).

        >>> NameIndex.from_rows(
        ...     [{"key": "Place:辽宁省", "label": "Place", "name": "辽宁省"},
        ...      {"key": "Place:营口市", "label": "Place", "name": "营口市"}],
        ...     [{"type": "PART_OF", "source": "Place:营口市", "target": "Place:辽宁省"}]).places_within("辽宁省") == {"营口市", "辽宁省"}
        True
        """
        found, frontier = {name}, {name}
        for _ in range(depth):
            frontier = {child for parent in frontier for child in self._children.get(parent, ())} - found
            if not frontier:
                break
            found |= frontier
        return found

    def place_names_matching(self, text: str) -> list[str]:
        """Place names containing ``text`` (辽宁 → 辽宁省)."""
        return [e.name for e in self.entries if e.label == "Place" and text in e.name]


class NameIndexCache(Refreshing[NameIndex]):
    """One NameIndex per app. The first request builds it; after ``ttl`` seconds it is rebuilt in a
    background thread while requests keep using the old one (no request waits for a rebuild)."""

    def __init__(self) -> None:
        super().__init__(NameIndex.from_store, "civkg-name-index")


def name_index(store) -> NameIndex:
    """The current app's NameIndex over ``store``."""
    from flask import current_app

    cache = current_app.extensions.setdefault("civkg_name_index", NameIndexCache())
    return cache.get(store, float(current_app.config.get("NAME_INDEX_TTL", 300.0)))
