"""Pinyin, typo tolerance and degree for search, kept beside the store.

Both stores find names by substring (the embedded one with its trigram
index, Neo4j with its full-text index). What researchers also type is
pinyin (``yingkou``, ``ykmzj``) and homophone or one-character typos
(营口市民证局, 衢洲). This module keeps, per node (documents excluded), its
name, pinyin in full and as initials (from :mod:`pypinyin`), its degree and,
for a target, its place and year; it is built from ``iter_nodes``/``iter_edges``
once (documents' texts are not read; degrees come from one Cypher count) and reused for
``NAME_INDEX_TTL`` seconds. Memory is a few short strings per node. Lookups scan the names joined into
numpy arrays (:mod:`webui.name_search`), not a Python loop per name; typo suggestions use
:mod:`rapidfuzz`'s C scan. When the index was read from the very snapshot a read-only embedded store
serves, it also answers substring searches itself (:meth:`NameIndex.substring_matches`): the store's
scan of a two-character query over 737k names took 0.2–2 s.

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
import threading
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, Iterable

import numpy as np
from pypinyin import Style
from pypinyin.converter import DefaultConverter
from pypinyin.core import Pinyin
from rapidfuzz import fuzz, process

from webui.name_search import JoinedStrings
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


# Distinct words whose conversion is remembered (a few hundred thousand short tuples at 10^5 documents; a
# query's words count too, so the memo is bounded).
PINYIN_MEMO_WORDS = 1 << 18


@lru_cache(maxsize=PINYIN_MEMO_WORDS)
def _word_pinyin(converter: DefaultConverter, word: str, style: Style, heteronym: bool, errors: Any,
                 strict: bool) -> tuple[tuple[str, ...], ...]:
    """pypinyin's conversion of one word, as tuples (a caller can't change what is remembered)."""
    return tuple(tuple(p) for p in DefaultConverter.convert(converter, word, style, heteronym, errors, strict))


class _RememberingConverter(DefaultConverter):
    """pypinyin's own conversion of one segmented word, remembered per word.

    pypinyin cuts a text into words and converts each word alone (its phrase table, then each character), so a
    word's syllables do not depend on the words around it. Names repeat their words (民政局, 养老服务, 指标):
    converting each distinct word once took the spelling of the 359,733 distinct names of a 10^5-document store
    from 51.8 to 14.4 s of CPU (docs/benchmarks.md, helper speed7), every name spelled the same.

    >>> _PINYIN.lazy_pinyin("衢州市民政局", style=Style.NORMAL, errors="ignore")
    ['qu', 'zhou', 'shi', 'min', 'zheng', 'ju']
    """

    def convert(self, words: str, style: Style, heteronym: bool, errors: Any, strict: bool,
                **kwargs: Any) -> list[list[str]]:
        if kwargs or not isinstance(words, str) or callable(errors):
            return super().convert(words, style, heteronym, errors, strict, **kwargs)
        return [list(p) for p in _word_pinyin(self, words, style, heteronym, errors, strict)]


_PINYIN = Pinyin(_RememberingConverter())


def to_pinyin(text: str) -> tuple[str, str]:
    """Full toneless pinyin and initials of the CJK characters in ``text`` (other characters dropped)."""
    syllables = [s for s in _PINYIN.lazy_pinyin(text, style=Style.NORMAL, errors="ignore") if s]
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
    """Names of every non-document node, with pinyin, degree and (targets) place/year; and, for substring
    search, documents' titles too.

    Lookups over all names go through :class:`webui.name_search.JoinedStrings` (numpy, not a Python loop
    per name), built on the first lookup or by :meth:`prepare`. ``token`` is the
    :func:`webui.store_access.snapshot_token` of the store it was read from (None: a store that can change).
    """

    def __init__(self, entries: list[Entry], documents: Iterable[Entry] = (),
                 token: tuple[int, str] | None = None) -> None:
        self.entries = entries
        self.documents = list(documents)
        self.token = token
        self.by_key = {e.key: e for e in entries}
        self._names = [e.name for e in entries]
        self._children: dict[str, set[str]] = {}
        for e in entries:
            if e.label == "Place":
                for parent in e.parents:
                    self._children.setdefault(parent, set()).add(e.name)
        self._lookup: _Lookup | None = None
        self._lookup_lock = threading.Lock()

    @classmethod
    def from_rows(cls, nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]],
                  token: tuple[int, str] | None = None) -> "NameIndex":
        """Build from ``iter_nodes``-shaped nodes and ``iter_edges``-shaped edges."""
        entries: dict[str, Entry] = {}
        documents: list[Entry] = []
        spelled: dict[str, tuple[str, str]] = {}  # many nodes share a name (a target's indicator): spell it once
        for node in nodes:
            name = node.get("name") or node["key"].partition(":")[2]
            if node.get("label") == "Document":
                documents.append(Entry(node["key"], "Document", name, list(node.get("aliases") or []), "", ""))
                continue
            if name not in spelled:
                spelled[name] = to_pinyin(name)
            full, initials = spelled[name]
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
        return cls(list(entries.values()), documents, token)

    @classmethod
    def from_store(cls, store) -> "NameIndex":
        """Build from a store with cheap reads: every node's key, name, aliases (and a target's year), one
        degree count per node (a Cypher aggregate both stores run) and the few PART_OF/FOR_PLACE edges;
        falls back to reading every edge when the aggregate fails. The lookup arrays are built here too,
        so the first search does not wait for them."""
        from webui.store_access import snapshot_token

        token = snapshot_token(store)
        nodes = store.iter_nodes(properties=["year"])  # names only: a document's text stays in the store
        try:
            rows = store.run_cypher("MATCH (n)-[r]-() RETURN n.key AS key, count(r) AS degree",
                                    read_only=True, limit=10_000_000, timeout=120.0)
            degrees = {row["key"]: int(row["degree"] or 0) for row in rows}
        except Exception:  # noqa: BLE001 - a store whose Cypher can't aggregate: count from the edges
            index = cls.from_rows(nodes, store.iter_edges(properties=[]), token)  # ends and types only
        else:
            index = cls.from_rows(nodes, store.iter_edges(["PART_OF", "FOR_PLACE"], properties=[]), token)
            for entry in index.entries:
                entry.degree = degrees.get(entry.key, 0)
        index.prepare()
        return index

    def prepare(self) -> "_Lookup":
        """The joined-string arrays every lookup scans (built once, on first use)."""
        with self._lookup_lock:
            if self._lookup is None:
                self._lookup = _Lookup(self.entries, self.documents)
            return self._lookup

    def serves(self, store) -> bool:
        """Whether this index was read from exactly the data ``store`` serves now (a read-only embedded
        store at the same generation): only then may it answer substring searches instead of the store."""
        from webui.store_access import snapshot_token

        return self.token is not None and self.token == snapshot_token(store)

    def substring_matches(self, text: str, labels: Iterable[str] | None = None,
                          limit: int = 100) -> list[tuple[Entry, int]]:
        """Entries and documents whose name or an alias contains ``text`` (typed, or converted to simplified
        script), with :func:`webui.entities.match_quality`'s quality, best first: quality, then degree, then
        shorter name. The same hits as the store's substring search, ranked over all of them.

        >>> index = NameIndex.from_rows(
        ...     [{"key": "Agency:营口市民政局", "label": "Agency", "name": "营口市民政局", "aliases": ["营口民政局"]},
        ...      {"key": "Place:营口市", "label": "Place", "name": "营口市", "aliases": ["营口"]},
        ...      {"key": "Document:d1", "label": "Document", "name": "营口市民政局2021年工作要点"}], [])
        >>> [(e.key, q) for e, q in index.substring_matches("营口")]
        [('Place:营口市', 1), ('Agency:营口市民政局', 2), ('Document:d1', 2)]
        >>> [(e.key, q) for e, q in index.substring_matches("營口", ["Agency"])]
        [('Agency:营口市民政局', 5)]
        """
        from kg.stores._search_index import query_forms

        lookup = self.prepare()
        quality = np.full(len(lookup.rows), UNMATCHED, dtype=np.int8)
        for converted, form in enumerate(query_forms(text)):
            if not form:
                continue
            rows, at_start = lookup.names.containing(form)
            alias_rows, _ = lookup.aliases.containing(form)
            owners = lookup.alias_owner[alias_rows]
            if converted:  # only through the other script: what was typed is in neither name nor alias
                found, alias_found = np.full(len(rows), 5), np.full(len(owners), 5)
            else:
                exact = at_start & (lookup.names.lengths[rows] == len(form))
                found = np.where(exact, 0, np.where(at_start, 2, 3))
                alias_found = np.where(lookup.aliases.lengths[alias_rows] == len(form), 1, 4)
            np.minimum.at(quality, rows, found.astype(np.int8))
            np.minimum.at(quality, owners, alias_found.astype(np.int8))
        return lookup.best(quality, labels, limit)

    def pinyin_matches(self, text: str, labels: Iterable[str] | None = None,
                       limit: int = 100) -> list[tuple[Entry, int]]:
        """Entries whose pinyin matches a latin query, with a match quality (lower is better).

        0 full pinyin equal, 1 full prefix, 2 initials equal, 3 initials prefix, 4 full substring.
        """
        query = re.sub(r"[' ]", "", text).lower()
        if not query:
            return []
        lookup = self.prepare()
        quality = np.full(len(lookup.rows), UNMATCHED, dtype=np.int8)
        rows, at_start = lookup.full.containing(query)
        exact = at_start & (lookup.full.lengths[rows] == len(query))
        found = np.where(exact, 0, np.where(at_start, 1, 4 if len(query) >= 4 else UNMATCHED))
        np.minimum.at(quality, rows, found.astype(np.int8))
        if len(query) >= MIN_INITIALS:
            rows, at_start = lookup.initials.containing(query)
            exact = at_start & (lookup.initials.lengths[rows] == len(query))
            found = np.where(exact, 2, np.where(at_start, 3, UNMATCHED))
            np.minimum.at(quality, rows, found.astype(np.int8))
        return lookup.best(quality, labels, limit)

    def did_you_mean(self, text: str, labels: Iterable[str] | None = None, limit: int = 5) -> list[Entry]:
        """Names a mistyped query probably meant: same pinyin (homophone typos) first, then close spellings."""
        if len(text) > MAX_FUZZY_CHARS:  # a paragraph is not a mistyped name; keep the scan cheap
            return []
        wanted = set(labels) if labels else None
        full, _ = to_pinyin(text)
        picks: list[Entry] = []
        if full and len(full) >= 4:
            lookup = self.prepare()
            rows, at_start = lookup.full.containing(full)
            rows = rows[at_start]
            same = [lookup.rows[i] for i in rows.tolist() if wanted is None or lookup.rows[i].label in wanted]
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


# A quality no match has (lookups mark matches 0-5).
UNMATCHED = 99


class _Lookup:
    """The arrays :class:`NameIndex` lookups scan: entries then documents as rows, their names, aliases and
    pinyin joined (:class:`webui.name_search.JoinedStrings`), labels, degrees and a name order."""

    def __init__(self, entries: list[Entry], documents: list[Entry]) -> None:
        self.rows = entries + documents
        self.names = JoinedStrings(e.name for e in self.rows)
        owners = [i for i, e in enumerate(self.rows) for _ in e.aliases]
        self.aliases = JoinedStrings(a for e in self.rows for a in e.aliases)
        self.alias_owner = np.array(owners, dtype=np.int64)
        # Pinyin for entries only (documents' titles are not searched in pinyin): rows past them are empty.
        self.full = JoinedStrings(e.full for e in entries)
        self.initials = JoinedStrings(e.initials for e in entries)
        self.label_names = sorted({e.label for e in self.rows})
        codes = {label: i for i, label in enumerate(self.label_names)}
        self.labels = np.array([codes[e.label] for e in self.rows], dtype=np.int16)
        self.degrees = np.array([0 if e.label == "Document" else e.degree for e in self.rows], dtype=np.int64)
        order = sorted(range(len(self.rows)), key=lambda i: (len(self.rows[i].name), self.rows[i].name, self.rows[i].key))
        self.name_rank = np.empty(len(self.rows), dtype=np.int64)
        self.name_rank[order] = np.arange(len(order))

    def best(self, quality: np.ndarray, labels: Iterable[str] | None, limit: int) -> list[tuple[Entry, int]]:
        """The matched rows of ``labels`` (all when None), best quality, then degree, then shorter name first."""
        matched = np.flatnonzero(quality < UNMATCHED)
        if labels:
            wanted = [self.label_names.index(label) for label in set(labels) if label in self.label_names]
            matched = matched[np.isin(self.labels[matched], wanted)]
        order = np.lexsort((self.name_rank[matched], -self.degrees[matched], quality[matched]))[:max(limit, 0)]
        return [(self.rows[i], int(quality[i])) for i in matched[order].tolist()]


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
