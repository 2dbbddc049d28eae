"""Program concepts: link extracted Programs to the catalogue concepts they instantiate.

The catalogue (``loaders/data/program_concepts.tsv``, described in the README
there) lists national, provincial and common local civil-affairs programs:
an id, a canonical name, a family (for partial credit: 三社联动 and 五社联动 are
both ``social-linkage``), a topic, a level, a start year where known, exact
aliases, a pattern and a core. Rules, in this order, for a Program's name:

1. **alias**: the name (punctuation and quotes ignored) is the concept's name or an alias;
2. **pattern**: the concept's pattern occurs in the name;
3. **shared core**: the concept's core occurs in the name (城乡一体养老服务体系 → 养老服务体系建设).

A local brand whose name shows no kinship (孝老之城, 幸福民政) stays its own
Program with no link. Each link is an ``INSTANCE_OF`` edge with ``reason`` and
``matched`` and the sentence of the program's first mention in the document.

A document can also name a concept without the program extractor finding a
Program there (提高城乡低保标准, 乡镇（街道）社工站). Every alias or pattern match in
a sentence that is not already covered by a linked Program of that sentence
becomes a ``MENTIONS`` edge from the Document to the Concept, with the span as
provenance and ``method`` ``concept:alias`` or ``concept:pattern``.

>>> catalogue = load_catalogue()
>>> concept, reason, matched = catalogue.match_program("居家和社区养老服务试点")
>>> concept.name, reason
('居家和社区养老服务改革试点', 'alias')
>>> catalogue.match_program("“五社联动”")[0].family
'social-linkage'
>>> catalogue.match_program("城乡一体养老服务体系")[1:]
('shared core', '养老服务体系')
>>> catalogue.match_program("孝老之城") is None
True
>>> [(c.id, text) for c, _, _, text, _ in catalogue.scan("我市提高城乡低保标准，推动乡镇（街道）社工站建设。")]
[('dibao-raise', '提高城乡低保标准'), ('social-work-station', '乡镇（街道）社工站')]
"""
from __future__ import annotations

import csv
from bisect import bisect_right
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from kg.errors import InputError
from kg.schema import CONCEPT_LEVELS, node_key
from loaders.literals import required_words
from loaders.trie import WordPresence

CATALOGUE_PATH = Path(__file__).with_name("data") / "program_concepts.tsv"
COLUMNS = ("id", "name", "family", "topic", "level", "start_year", "launched_by", "aliases", "patterns", "core")
# An optional last column: ``name`` when every alias of 4+ characters is the name of a program wherever the
# text writes it (长者生活津贴, 强化社会安全网计划); empty when an alias names the program only quoted or after
# a verb that runs it (公建民营), or only links a Program to its concept (临时救助).
MENTION_COLUMN = "mention"
MENTION_KINDS = ("", "name")

# Aliases shorter than this only link Program names, never free text: 大养老 occurs inside 扩大养老服务.
MIN_SCAN_ALIAS = 4

# Characters that carry no meaning when names are compared: quotes, brackets, spaces, list marks.
_PUNCT_RE = re.compile(r"[\s“”\"'‘’《》〈〉「」『』【】\[\]、，,。.·•:：;；!！?？\-—_/]+")


def clean(name: str) -> str:
    """A name without punctuation or quotes.

    >>> clean("“一门受理、协同办理”")
    '一门受理协同办理'
    """
    return _PUNCT_RE.sub("", name or "")


@dataclass(frozen=True)
class Concept:
    """One catalogue entry."""

    id: str
    name: str
    family: str
    topic: str
    level: str
    start_year: int | None
    launched_by: str
    aliases: tuple[str, ...]
    pattern: re.Pattern[str] | None
    core: str
    mention: str = ""

    @property
    def key(self) -> str:
        return node_key("Concept", self.name)

    def properties(self, version: str) -> dict:
        return {"concept_id": self.id, "family": self.family, "topic": self.topic, "level": self.level,
                "start_year": self.start_year, "launched_by": self.launched_by or None,
                "catalogue_version": version}


@dataclass(frozen=True)
class Catalogue:
    """The concepts and the lookups the linking rules use."""

    concepts: tuple[Concept, ...]
    version: str
    # Lookups kept with the catalogue itself: an lru_cache keyed by the catalogue hashed all its
    # concepts (every field of each) on every program name looked up.
    _program_matches: dict[str, tuple[Concept, str, str] | None] = field(
        default_factory=dict, compare=False, hash=False, repr=False)
    _aliases: dict[str, Concept] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _scan: list = field(default_factory=list, compare=False, hash=False, repr=False)
    # [WordPresence of every scanned word, word → indices of the plan it concerns, plan indices always run]
    _presence: list = field(default_factory=list, compare=False, hash=False, repr=False)

    @property
    def by_alias(self) -> dict[str, Concept]:
        if not self._aliases:
            self._aliases.update(_alias_index(self.concepts))
        return self._aliases

    def _scan_plan(self) -> list[tuple[Concept, tuple[str, ...], re.Pattern[str] | None, tuple[str, ...] | None]]:
        """Per concept, what :meth:`scan` looks for: its aliases long enough to scan, its pattern and the
        pattern's required words; worked out once per catalogue, not per document."""
        if not self._scan:
            self._scan.extend(
                (concept, tuple(alias for alias in concept.aliases if len(alias) >= MIN_SCAN_ALIAS), concept.pattern,
                 _pattern_words(concept.pattern) if concept.pattern is not None else None)
                for concept in self.concepts)
        return self._scan

    def get(self, concept_id: str) -> Concept | None:
        return next((c for c in self.concepts if c.id == concept_id), None)

    def match_program(self, name: str) -> tuple[Concept, str, str] | None:
        """The concept a program name instantiates, with the reason and the matched text, or None."""
        # Program names recur across documents (三社联动, 时间银行): match each name once.
        matches = self._program_matches
        if name not in matches:
            if len(matches) >= _MAX_CACHED_NAMES:
                matches.clear()
            matches[name] = self._match_program(name)
        return matches[name]

    def _match_program(self, name: str) -> tuple[Concept, str, str] | None:
        cleaned = clean(name)
        if not cleaned:
            return None
        concept = self.by_alias.get(cleaned)
        if concept is not None:
            return concept, "alias", cleaned
        best: tuple[int, Concept, str] | None = None
        for concept in self.concepts:
            if concept.pattern is None:
                continue
            found = concept.pattern.search(name) or concept.pattern.search(cleaned)
            if found and (best is None or len(found.group(0)) > best[0]):
                best = (len(found.group(0)), concept, found.group(0))
        if best is not None:
            return best[1], "pattern", best[2]
        cores = [c for c in self.concepts if c.core and c.core in cleaned]
        if cores:
            concept = max(cores, key=lambda c: len(c.core))
            return concept, "shared core", concept.core
        return None

    def scan(self, text: str) -> list[tuple[Concept, int, int, str, str]]:
        """Every alias or pattern match in ``text``: (concept, start, end, matched text, reason), in text order.

        One match per concept and position; overlapping matches of different concepts are all kept.
        """
        found: dict[tuple[str, int], tuple[Concept, int, int, str, str]] = {}
        plan = self._scan_plan()
        if not self._presence:
            self._presence.append(WordPresence(
                word for _, aliases, _, words in plan for word in (*aliases, *(words or ()))))
            # which concepts a present word can concern (as an alias or a pattern's required word), and
            # those whose pattern runs on every text: the rest do nothing where none of their words is
            by_word: dict[str, set[int]] = {}
            for index, (_, aliases, _, words) in enumerate(plan):
                for word in (*aliases, *(words or ())):
                    by_word.setdefault(word, set()).add(index)
            self._presence.append(by_word)
            self._presence.append(frozenset(index for index, (_, _, pattern, words) in enumerate(plan)
                                            if pattern is not None and words is None))
        # which aliases and required words occur at all: one scan, not one substring test per word
        present = self._presence[0].present(text)
        by_word, always = self._presence[1], self._presence[2]
        concerned = set(always).union(*(by_word[word] for word in present if word in by_word))
        for index in sorted(concerned):  # the plan's order, as a pass over all of it would go
            concept, aliases, pattern, words = plan[index]
            for alias in aliases:
                if alias not in present:
                    continue
                start = text.find(alias)
                while start >= 0:
                    found.setdefault((concept.id, start), (concept, start, start + len(alias), alias, "alias"))
                    start = text.find(alias, start + len(alias))
            # most patterns can't match most texts: a pattern runs only where its required words occur
            if pattern is not None and (words is None or not present.isdisjoint(words)):
                for m in pattern.finditer(text):
                    if m.end() > m.start():
                        found.setdefault((concept.id, m.start()), (concept, m.start(), m.end(), m.group(0), "pattern"))
        # Drop a match inside a longer match of the same concept (婚姻登记…跨省通办 and 跨省通办).
        # Matches come by start, the longer first, so every match kept so far starts at or before this
        # one: it lies inside one of them exactly when its end is within the furthest end kept for its
        # concept (one lookup, not a pass over all kept matches).
        items = sorted(found.values(), key=lambda x: (x[1], -(x[2] - x[1])))
        kept: list[tuple[Concept, int, int, str, str]] = []
        furthest: dict[str, int] = {}
        for item in items:
            concept_id, end = item[0].id, item[2]
            if furthest.get(concept_id, -1) >= end:
                continue
            kept.append(item)
            furthest[concept_id] = end
        return kept


@lru_cache(maxsize=1024)
def _pattern_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    return required_words(pattern)


_MAX_CACHED_NAMES = 65536


def _alias_index(concepts: tuple[Concept, ...]) -> dict[str, Concept]:
    index: dict[str, Concept] = {}
    for concept in concepts:
        for alias in (concept.name, *concept.aliases):
            index.setdefault(clean(alias), concept)
    return index


def parse_catalogue(lines: Iterable[str], source: str = "program_concepts.tsv") -> Catalogue:
    """Parse catalogue lines (TSV with a header; ``#`` lines are comments, the first may carry the version).

    A bad row raises :class:`InputError` naming the line and the problem.

    >>> cat = parse_catalogue(["# version 7", "\\t".join(COLUMNS),
    ...     "x-1\\t时间银行\\telder\\t养老服务\\tlocal\\t\\t\\t时间银行\\t时间银行\\t时间银行"])
    >>> cat.version, cat.concepts[0].start_year
    ('7', None)
    >>> parse_catalogue(["\\t".join(COLUMNS), "x\\ty\\tz\\t养老服务\\tcity\\t\\t\\t\\t\\t"])
    Traceback (most recent call last):
    kg.errors.InputError: program_concepts.tsv line 2: level must be national, provincial or local, not 'city'
    """
    version = "1"
    body: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        if line.startswith("#"):
            found = re.search(r"version\s+(\S+)", line)
            if found:
                version = found.group(1)
            continue
        if line.strip():
            body.append((number, line.rstrip("\n")))
    header = tuple(body[0][1].split("\t")) if body else ()
    if header not in (COLUMNS, (*COLUMNS, MENTION_COLUMN)):
        raise InputError(f"{source}: the header must be {' '.join(COLUMNS)} (and optionally {MENTION_COLUMN})")
    concepts: list[Concept] = []
    seen: set[str] = set()
    for number, line in body[1:]:
        cells = line.split("\t")
        if len(cells) == len(COLUMNS) < len(header):
            cells.append("")  # an empty last cell that an editor trimmed
        if len(cells) != len(header):
            raise InputError(f"{source} line {number}: {len(cells)} columns, expected {len(header)}")
        row = dict(zip(header, cells))
        if row.get(MENTION_COLUMN, "") not in MENTION_KINDS:
            raise InputError(f"{source} line {number}: mention must be empty or 'name', not {row[MENTION_COLUMN]!r}")
        if not row["id"] or not row["name"]:
            raise InputError(f"{source} line {number}: id and name are required")
        if row["id"] in seen:
            raise InputError(f"{source} line {number}: duplicate id {row['id']!r}")
        seen.add(row["id"])
        if row["level"] not in CONCEPT_LEVELS:
            raise InputError(f"{source} line {number}: level must be national, provincial or local, not {row['level']!r}")
        if row["start_year"] and not re.fullmatch(r"(19|20)\d\d", row["start_year"]):
            raise InputError(f"{source} line {number}: start_year must be a year, not {row['start_year']!r}")
        try:
            pattern = re.compile(row["patterns"]) if row["patterns"] else None
        except re.error as error:
            raise InputError(f"{source} line {number}: bad pattern ({error})") from None
        concepts.append(Concept(
            id=row["id"], name=row["name"], family=row["family"] or row["id"], topic=row["topic"],
            level=row["level"], start_year=int(row["start_year"]) if row["start_year"] else None,
            launched_by=row["launched_by"], aliases=tuple(a for a in row["aliases"].split("|") if a),
            pattern=pattern, core=clean(row["core"]), mention=row.get(MENTION_COLUMN, ""),
        ))
    return Catalogue(tuple(concepts), version)


@lru_cache(maxsize=1)
def load_catalogue(path: str | Path = CATALOGUE_PATH) -> Catalogue:
    """The shipped catalogue (read once)."""
    return parse_catalogue(Path(path).read_text(encoding="utf-8").splitlines(), Path(path).name)


def link_concepts(relator, catalogue: Catalogue | None = None) -> None:
    """Add Concept nodes, INSTANCE_OF edges (Program → Concept) and MENTIONS edges (Document → Concept).

    ``relator`` is the document's :class:`loaders.relate.Relator` after :func:`loaders.relate.relate`.
    """
    catalogue = catalogue or load_catalogue()
    doc = relator.doc_key
    linked: dict[int, set[str]] = {}     # sentence index -> concept ids linked through a Program there
    first_mention: dict[str, object] = {}
    for edge in relator.edges:
        if edge.type == "MENTIONS" and edge.source == doc and edge.target.startswith("Program:"):
            seen = first_mention.get(edge.target)
            if seen is None or edge.provenance.sentence_index < seen.sentence_index:
                first_mention[edge.target] = edge.provenance
    mentions_by_sentence: dict[int, list[str]] = {}
    for edge in relator.edges:
        if edge.type == "MENTIONS" and edge.source == doc and edge.target.startswith("Program:"):
            mentions_by_sentence.setdefault(edge.provenance.sentence_index, []).append(edge.target)
    instance: dict[str, Concept] = {}
    for program_key, provenance in first_mention.items():
        node = relator.nodes.get(program_key)
        if node is None:
            continue
        match = catalogue.match_program(node.name)
        if match is None:
            continue
        concept, reason, matched = match
        instance[program_key] = concept
        concept_key = relator.node("Concept", concept.name, concept.properties(catalogue.version))
        method = f"concept:{reason.replace(' ', '-')}"
        relator.edge("INSTANCE_OF", program_key, concept_key, replace(provenance, method=method),
                     {"reason": reason, "matched": matched})
    for index, programs in mentions_by_sentence.items():
        linked[index] = {instance[p].id for p in programs if p in instance}
    # One scan of the whole text per concept (not per sentence): each match is placed in its sentence by
    # bisection; a match that runs over a sentence end is dropped.
    starts = [sentence.start for sentence in relator.sentences]
    for concept, start, end, text, reason in catalogue.scan(relator.norm.text):
        position = bisect_right(starts, start) - 1
        if position < 0:
            continue
        sentence = relator.sentences[position]
        if end > sentence.end or concept.id in linked.get(sentence.index, set()):
            continue
        # The words as written become an alias of the concept (提高城乡低保标准, 全域养老服务体系), as a
        # MENTIONS span is always the entity's name or one of its aliases.
        concept_key = relator.node("Concept", concept.name, concept.properties(catalogue.version), alias=text)
        relator.edge("MENTIONS", doc, concept_key,
                     relator.provenance(sentence.index, start, end, f"concept:{reason}"))
