"""A CRF second opinion on Agency names: the program model's character tagger (:mod:`loaders.program_crf`)
trained on the gold agencies, run beside the rules of :mod:`loaders.agencies` in cue windows.

Same features, trainer and tagger as the program model: only the lexicons differ. A body word
(民政局, 人民政府, 救助站 … every word :func:`loaders.agencies._body_words` reads from the lexicons
of loaders/data and the built-in body types) is given as the head lexicon (``sfx``: the
characters before it know a head closes them), a national body (国务院, 民政部) as ``brand``, an
internal unit (办公室, 党组) as ``unit`` and a gazetteer place as ``place``.

The model runs only on the clauses that hold a body word (:func:`agency_cue_windows`): a name
ends in one, so its cost follows the cues, not the text. In ``add`` mode (the only one used
here) a span it tags that overlaps no rule span, reaches the threshold, ends on a body word and
passes :func:`model_span_ok` is named as the rules would name that text (:func:`canonical_name`:
the rules run on the span alone, in the document's context, so a new 市民政局 gets its place).

Gold agencies are canonical names (place added, abbreviations expanded): a text span is labelled
a gold mention when the rules' own name for it is a gold name, when it is a gold name, or when
it is the end of one that the scorer would match (:func:`gold_agency_spans`).

>>> [text[s:e] for text in ["会议由市民政局主持，各地交流了经验。"] for s, e in agency_cue_windows(text)]
['会议由市民政局主持']
>>> agency_cue_windows("会议听取了工作汇报。")
[]
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from loaders.program_crf import LexiconMatches, TaggedSpan, clause_windows, clean_name, gold_spans, load_tagger

if TYPE_CHECKING:
    from loaders.program_crf import ProgramTagger, Vocabulary
    from loaders.resolve import DocContext
    from loaders.types import DocumentInfo, Sentence

DEFAULT_MODEL = Path(__file__).with_name("data") / "agency_crf.model"
OFF = ("off", "none", "rules")
# a name is at most this long (国务院未成年人保护工作领导小组办公室 is 18): longer spans are clauses
MAX_NAME = 24
# a name opening with these is a generic reference (各级民政局, 有关单位, 本局), as the rules read them
_GENERIC_START = re.compile(r"^(?:各|有关|相关|全|本|我|该|下级|上级|其他|部分|一些|多个)")
_TITLED = re.compile(r"《[^《》]*$")
_GENERIC_BEFORE = re.compile(r"(?:各|级|有关|相关|本|我)$")
# a level word that is no place: 乡镇敬老院, 县级未成年人保护中心, 市中心 (downtown), 省市县
_LEVEL_GENERIC = re.compile(r"^(?:乡镇|县级|市级|省级|区级|镇级|村级|[省市县区][省市县区乡镇]|[省市县区]中心$)")
# a list of levels opened by 各 (各辖市、区民政局, 各县(市、区)民政局): the rules leave those too
_LEVEL_CHARS = "省市县区州旗镇乡"
_LEVEL_LIST = re.compile(r"各[^，。；]{0,7}[省市县区]$")


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(lexicon name, pattern) of the cue lexicons: body words (``sfx``: the head of a name), national bodies
    (``brand``) and internal units (``unit``). One-character body types (委, 府) are left out: they are in too
    many words (委托, 政府) to be cues, and the rules read them."""
    from loaders.agencies import NATIONAL_BODIES, _body_words
    from loaders.lexicons import internal_units, organisation_heads
    from loaders.trie import trie_regex

    groups = (
        ("sfx", tuple(w for w in (*_body_words(), *organisation_heads(), *home_endings(), *lexicon_endings())
                      if len(w) >= 2)),
        ("brand", tuple(NATIONAL_BODIES)),
        ("unit", internal_units()),
    )
    return tuple((name, trie_regex(words)) for name, words in groups if words)


@lru_cache(maxsize=1)
def lexicon_endings() -> tuple[str, ...]:
    """The two-character endings that at least two body names of the lexicons share (中心, 员会, 利院, 总署,
    小组 …): a body the lexicons do not list but that ends like those it does (社会救助福利院, 创新科技署 no,
    老龄工作委员会 yes) is still a cue.

    >>> {"中心", "员会", "利院"} <= set(lexicon_endings())
    True
    """
    from collections import Counter

    from loaders.agencies import NATIONAL_BODIES, _body_words
    from loaders.lexicons import internal_units, organisation_heads

    words = {w for w in (*_body_words(), *NATIONAL_BODIES, *internal_units(), *organisation_heads(), *home_endings())
             if len(w) >= 3}
    counts = Counter(w[-2:] for w in words)
    return tuple(sorted(ending for ending, count in counts.items() if count >= 2))


@lru_cache(maxsize=1)
def home_endings() -> tuple[str, ...]:
    from loaders.lexicons import read_lexicon

    return tuple(row[0] for row in read_lexicon("home_endings.txt"))


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    """Every gazetteer name (full and short): read only inside a cue window."""
    from loaders.gazetteer import get_gazetteer
    from loaders.trie import trie_regex

    return trie_regex(tuple(n for n in get_gazetteer().names() if len(n) >= 2))


def cue_matches(text: str) -> LexiconMatches:
    """(lexicon name, spans) of each cue lexicon in ``text``.

    >>> [(name, spans) for name, spans in cue_matches("省民政厅办公室") if spans]
    [('sfx', [(1, 4), (4, 7)]), ('unit', [(4, 7)])]
    """
    return [(name, [m.span() for m in pattern.finditer(text)]) for name, pattern in _cue_patterns()]


def agency_cue_windows(text: str, matches: LexiconMatches | None = None) -> list[tuple[int, int]]:
    """The clauses of ``text`` that hold a body word, a national body or an internal unit, merged when adjacent:
    a name does not cross a comma or a full stop, so the model reads only these."""
    return clause_windows(text, (span for _, spans in (cue_matches(text) if matches is None else matches)
                                 for span in spans))


def window_matches(text: str, matches: LexiconMatches, start: int, end: int) -> LexiconMatches:
    """The cue matches inside ``text[start:end]`` in window offsets, and the window's gazetteer places."""
    inside = [(name, [(s - start, e - start) for s, e in spans if start <= s and e <= end]) for name, spans in matches]
    places = [m.span() for m in _place_pattern().finditer(text, start, end)]
    return inside + [("place", [(s - start, e - start) for s, e in places])]


def window_features(text: str, start: int, end: int, matches: LexiconMatches,
                    vocabulary: Vocabulary | None = None) -> list[list[Any]]:
    """The program model's character features of one window, with the agency lexicons as its lexicons."""
    from loaders.program_crf import sentence_features

    return sentence_features(text[start:end], (), False, vocabulary, window_matches(text, matches, start, end))


def gold_agency_spans(text: str, gold: Iterable[str], rule_spans: Sequence[tuple[int, int, str]] = ()) -> list[tuple[int, int]]:
    """The spans of ``text`` that mention a gold agency, for training: a rule span whose name is (or fuzzily is)
    a gold name, then a gold name written whole, then the end of a gold name the scorer would match (the name
    without its place: 市民政局 for 营口市民政局, at least 60 % of it and 3 characters) not after a generic word.

    >>> gold_agency_spans("营口市民政局和市财政局、各级民政局", ["营口市民政局", "营口市财政局", "鞍山市民政局"])
    [(0, 6), (7, 11)]
    >>> gold_agency_spans("省厅召开会议", ["辽宁省民政厅"], [(0, 2, "辽宁省民政厅")])
    [(0, 2)]
    """
    from kg.name_matching import fuzzy_match

    names = [g for g in dict.fromkeys(gold) if len(g) >= 2]
    taken = [False] * len(text)
    out: list[tuple[int, int]] = []

    def take(start: int, end: int) -> None:
        if not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            out.append((start, end))

    for start, end, name in rule_spans:
        if any(name == g or fuzzy_match(name, g) for g in names):
            take(start, end)
    for start, end in gold_spans(text, names):
        take(start, end)
    ends = sorted({g[k:] for g in names for k in range(1, len(g)) if len(g) - k >= max(3, 0.6 * len(g))},
                  key=len, reverse=True)
    for tail in ends:
        for match in re.finditer(re.escape(tail), text):
            if not _GENERIC_BEFORE.search(text, max(0, match.start() - 2), match.start()):
                take(*match.span())
    return sorted(out)


@dataclass(frozen=True)
class AgencySetting:
    """The agency model beside the rules: its file and the least confidence of a span it adds."""

    path: str
    # 0.95: of the thresholds tried in 4-fold over the 362 training pages (bench/eval_agency_crf.py --folds 4)
    # the one that cost the least F1 (.873 beside the rules' .874; .870 at 0.5): see docs/benchmarks.md
    add_threshold: float = 0.95
    # None: no veto (the default); else a rule span whose mean P(inside) is below it is dropped
    veto_threshold: float | None = None


def active_setting() -> AgencySetting | None:
    """The setting from the environment (CIVKG_AGENCY_MODEL=path|on|off, CIVKG_AGENCY_THRESHOLD), or None: rules alone.

    Off by default (``kg … --agency-model`` switches it on): see docs/benchmarks.md, "A learned second opinion
    on Agency names". An environment variable so that ingest worker processes see it too.

    >>> os.environ["CIVKG_AGENCY_MODEL"] = "off"; active_setting() is None
    True
    """
    path = os.environ.get("CIVKG_AGENCY_MODEL") or ""
    if not path or path.lower() in OFF:
        return None
    if path.lower() in ("default", "on"):
        if not DEFAULT_MODEL.is_file():
            return None
        path = str(DEFAULT_MODEL)
    veto = os.environ.get("CIVKG_AGENCY_VETO")
    return AgencySetting(path, float(os.environ.get("CIVKG_AGENCY_THRESHOLD") or AgencySetting.add_threshold),
                         float(veto) if veto else None)


def use_agency_model(path: str | Path | None) -> AgencySetting | None:
    """Choose the agency model for this process and the workers it starts: None or "off" the rules alone,
    "default" the shipped model, or a model file. Raises ValueError when the file is missing.

    >>> use_agency_model("off") is None
    True
    >>> use_agency_model("/nonexistent.model")
    Traceback (most recent call last):
    ValueError: agency model not found: /nonexistent.model
    """
    if path is None or str(path).lower() in OFF:
        os.environ["CIVKG_AGENCY_MODEL"] = "off"
        return None
    path = DEFAULT_MODEL if str(path) == "default" else Path(path)
    if not Path(path).is_file():
        raise ValueError(f"agency model not found: {path}")
    os.environ["CIVKG_AGENCY_MODEL"] = str(Path(path).resolve())
    return active_setting()


def model_span_ok(text: str, start: int, end: int, cue_ends: set[int]) -> bool:
    """Whether a span the model tags may be an agency: it ends where a body word, national body or unit ends,
    is no generic reference (各级民政局, 本局), no slogan or program name, and not inside a title 《…》.

    >>> text = "会议由市民政局主持，开展“暖心”行动"
    >>> model_span_ok(text, 3, 7, {7}), model_span_ok(text, 12, 18, {7})
    (True, False)
    """
    from loaders.lexicons import program_slogans

    name = clean_name(text[start:end])
    if not 3 <= len(name) <= MAX_NAME or end not in cue_ends:
        return False
    if _GENERIC_START.search(name) or _GENERIC_BEFORE.search(text, max(0, start - 2), start):
        return False
    if _LEVEL_GENERIC.match(name) or "部门" in name or _LEVEL_LIST.search(text, max(0, start - 8), start + 1):
        return False  # 乡镇敬老院, 县级…中心, 市中心; 组织部门和纪委; 各辖市、区民政局: levels, not one body
    if text[end:end + 1] == "门" or name in program_slogans() or _TITLED.search(text, max(0, start - 40), start):
        return False  # 民政部门 / 组织部门 are generic: 部 ends no body there
    if any(ch in text[start:end] for ch in "“”「」『』\"《》"):
        return False  # a quoted or titled phrase is a program, a slogan or a title, not a body's name
    # a program's own suffix or facility word closing the span (…关爱行动, …颐康中心) makes it a program
    from loaders.program_crf import lexicon_matches
    return not any(e == len(name) for lexicon, spans in lexicon_matches(name) if lexicon in ("sfx", "brand")
                   for _, e in spans)


def canonical_name(surface: str, ctx: DocContext, info: DocumentInfo) -> str:
    """The name the rules give ``surface`` read alone in the document's context (place prefix, abbreviation
    expanded, a unit named with its parent), else the surface as written."""
    from loaders.agencies import find_agency_spans

    name = clean_name(surface)
    spans = find_agency_spans(name, ctx, info)
    whole = [s for s in spans if s[0] == 0 and s[1] == len(name)]
    if whole:
        return whole[0][2]
    # a bare level word the rules did not read (县殡葬服务中心): the document's own place of that level
    own = {"省": ctx.province, "市": ctx.city, "县": ctx.county, "区": ctx.county}.get(name[:1])
    if own and own.endswith(name[:1]) and len(name) > 3:
        return own + name[1:]
    return name


def model_spans(tagger: ProgramTagger, text: str, rule_spans: Sequence[tuple[int, int]],
                setting: AgencySetting) -> tuple[list[TaggedSpan], list[float]]:
    """(the spans the model adds in one sentence, in sentence offsets: confident, overlapping no rule span,
    passing :func:`model_span_ok`; P(inside a name) of each character, 1.0 outside the windows, computed only
    for a veto); nothing without a cue (the model is not run)."""
    inside = [1.0] * len(text)
    matches = cue_matches(text)
    windows = agency_cue_windows(text, matches)
    if not windows:
        return [], inside
    cue_ends = {e for _, spans in matches for _, e in spans}
    # a body word alone (民政局, 办公室, 光荣院): the rules name a bare body only where the context says whose it
    # is; a bare one they leave is a generic reference or a body already named in full (4-fold over the
    # training pages: most bare spans the model added were false)
    bare = {span for _, spans in matches for span in spans}
    added: list[TaggedSpan] = []
    for start, end in windows:
        # a line break inside would not be read back from the model's attribute dump: strings then
        vocabulary = None if "\n" in text[start:end] else tagger.vocabulary
        features = window_features(text, start, end, matches, vocabulary)
        tagged, window_inside = tagger.tag_features(text[start:end], features, setting.veto_threshold is not None)
        if window_inside:
            inside[start:end] = window_inside
        for span in tagged:
            s, e = span.start + start, span.end + start
            if span.confidence < setting.add_threshold or any(rs < e and s < re_ for rs, re_ in rule_spans):
                continue
            if (s, e) not in bare and model_span_ok(text, s, e, cue_ends):
                added.append(TaggedSpan(s, e, span.name, span.confidence))
    return added, inside


def add_model_spans(sentence: Sentence, spans: list[tuple[int, int, str, str]], ctx: DocContext, info: DocumentInfo,
                    setting: AgencySetting) -> list[tuple[int, int, str, str]]:
    """The rules' (start, end, name, surface) spans of a sentence and the model's, each named as the rules
    would name its text (:func:`canonical_name`); a name the rules already gave is not added again."""
    tagger = load_tagger(setting.path)
    added, inside = model_spans(tagger, sentence.text, [(s, e) for s, e, _, _ in spans], setting)
    if setting.veto_threshold is not None:
        # a rule span the model reads as no name (mean P(inside) below the threshold) is dropped
        spans = [span for span in spans if sum(inside[span[0]:span[1]]) / max(1, span[1] - span[0]) >= setting.veto_threshold]
    if not added:
        return spans
    names = {name for _, _, name, _ in spans}
    out = list(spans)
    parents = {end: name for _, end, name, _ in spans}
    for span in added:
        surface = sentence.text[span.start:span.end]
        if span.start in parents:
            # written right after a body the rules named (省民政厅 + 社会组织管理局): a unit of that body
            name = parents[span.start] + clean_name(surface)
        else:
            name = canonical_name(surface, ctx, info)
            if name == clean_name(surface) and name[:1] in _LEVEL_CHARS:
                continue  # a level word no place resolves (县政府 in a city's news): no name the gold would give
        if name not in names:
            names.add(name)
            out.append((span.start, span.end, name, surface))
    return sorted(out)


def gold_sequences(folder: str | Path, gold_folder: str | Path) -> Iterable[tuple[list[list[str]], list[str]]]:
    """(features, gold labels) of every cue window of the documents that have a gold file (read and split as
    ``kg ingest`` reads them; the rules run for the spans whose name they give a gold agency)."""
    for _, sequences in document_sequences(folder, gold_folder):
        yield from sequences


def document_sequences(folder: str | Path, gold_folder: str | Path) -> Iterable[tuple[str, list[tuple[list, list[str]]]]]:
    """(document name, its windows' (features, gold labels)) of each document with a gold file: by document,
    so that folds of documents can be held out (bench/eval_agency_crf.py --folds)."""
    from loaders.program_crf import gold_documents

    for gold, sentences, info in gold_documents(folder, gold_folder):
        yield gold["doc"], list(document_windows(gold.get("agencies", []), sentences, info))


def document_windows(names: Sequence[str], sentences: Sequence[Sentence],
                     info: DocumentInfo) -> Iterable[tuple[list[list[Any]], list[str]]]:
    """(features, gold labels) of each cue window of one document whose gold agencies are ``names``."""
    from loaders.agencies import extract_agencies
    from loaders.program_crf import rule_tags

    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    starts = {sentence.index: sentence.start for sentence in sentences}
    for m in extract_agencies(list(sentences), info, rules_only=True):
        offset = starts[m.sentence_index]
        by_sentence.setdefault(m.sentence_index, []).append((m.start - offset, m.end - offset, m.name))
    for sentence in sentences:
        matches = cue_matches(sentence.text)
        windows = agency_cue_windows(sentence.text, matches)
        if not windows:
            continue
        positives = gold_agency_spans(sentence.text, names, by_sentence.get(sentence.index, []))
        for start, end in windows:
            own = [(s - start, e - start) for s, e in positives if start <= s and e <= end]
            yield window_features(sentence.text, start, end, matches), rule_tags(end - start, own)
