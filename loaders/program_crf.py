"""A CRF second opinion on Program names: character-level B/I/O tagging (python-crfsuite).

The rules in :mod:`loaders.programs` find programs by how documents name them; they fail
mostly on name *boundaries* and on shapes no rule covers. This module learns the same task
from the gold programs of the shared corpus, with the rules' own B/I/O as one feature among
many, so it can be measured against the rules alone (``bench/eval_program_crf.py``).

Features of one character: the character and its neighbours (uni-, bi- and trigrams), its
kind (Han, digit, Latin, punctuation, quote), its place in a jieba word (rjieba: B/M/E/S and
the word when short), whether it lies in a lexicon match (a program suffix, a brand or
facility word, a slogan, a concept alias), whether a clause verb of the rules ends right
before it, whether it is inside quotes or 《》, and the rules' tag.

Everything is linear in the text: one pass for words, one regex scan per lexicon, and
CRF decoding is linear in the sentence length.

>>> spans_from_tags(["O", "B", "I", "I", "O", "B", "I"])
[(1, 4), (5, 7)]
>>> spans_from_tags(["I", "I", "O"])
[(0, 2)]
>>> char_kind("“"), char_kind("5"), char_kind("养"), char_kind("，")
('Q', 'D', 'H', 'P')
"""
from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import add
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from loaders.trie import LexiconScanner

LABELS = ("B", "I", "O")
DEFAULT_MODEL = Path(__file__).with_name("data") / "program_crf.model"
# the templates of a stacked model's features from its base model's opinion (see stack_features)
STACK_TEMPLATES = Path(__file__).with_name("data") / "program_crf_stack.tsv"
# A stacked model names its base model in a file beside it: program_crf.model → program_crf.base (a crfsuite model
# holds no note of its own).
BASE_NOTE_SUFFIX = ".base"
# Combination modes (see combine()): what a model adds to or removes from the rules.
MODES = ("rules", "crf", "union", "add", "veto", "add+veto")

_QUOTES = set("“”「」『』‘’\"")
_PUNCT = set("，。；：！？,;:!?、（）()《》【】[]—…·- \n\t")
# A name ends no later than this many characters; longer CRF spans are dropped as clauses.
MAX_NAME = 30


def char_kind(ch: str) -> str:
    """One letter for what a character is: Q quote, P punctuation, D digit, L Latin, H Han, X other."""
    if ch in _QUOTES:
        return "Q"
    if ch in _PUNCT:
        return "P"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    return "X"


@lru_cache(maxsize=1)
def _lexicon_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(feature name, words) for each lexicon: program suffixes, brands and facilities, slogans, concept aliases."""
    from loaders.concepts import load_catalogue
    from loaders.lexicons import program_slogans, program_words
    from loaders.programs import PROGRAM_SUFFIXES

    aliases = [a for concept in load_catalogue().concepts for a in (concept.name, *concept.aliases) if len(a) >= 2]
    groups = (
        ("sfx", tuple(PROGRAM_SUFFIXES)),
        ("brand", tuple(program_words("brand") + program_words("facility") + program_words("award"))),
        ("slogan", tuple(program_slogans())),
        ("concept", tuple(aliases)),
    )
    return tuple((name, words) for name, words in groups if words)


@lru_cache(maxsize=1)
def _lexicon_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(feature name, pattern) for each lexicon (:func:`_lexicon_words`), as trie regexes: for a search."""
    from loaders.trie import trie_regex

    return tuple((name, trie_regex(words)) for name, words in _lexicon_words())


@lru_cache(maxsize=1)
def _lexicon_scanner() -> LexiconScanner:
    """The lexicons (:func:`_lexicon_words`) in one scanner: every sentence is read for all four at once."""
    return LexiconScanner(_lexicon_words())


# (lexicon name, the spans of its matches) per program lexicon: see lexicon_matches
LexiconMatches = list[tuple[str, list[tuple[int, int]]]]


@lru_cache(maxsize=1)
def _cut_re() -> re.Pattern[str]:
    from loaders.programs import _CUT_RE
    return _CUT_RE


def bucket(d: int) -> str:
    """A distance as one of a few bins (the model's head= and verb= values).

    >>> [bucket(d) for d in (-1, 0, 2, 5, 9, 14)]
    ['in', '0', '1-3', '4-6', '7-10', '11+']
    """
    return "in" if d < 0 else "0" if not d else "1-3" if d <= 3 else "4-6" if d <= 6 else "7-10" if d <= 10 else "11+"


class _Feature(dict):
    """One template's feature for each key (a character, kind, tag or distance: a bounded set), made once per
    process instead of once per character of every window: ``prefix + text(key)``, or with a vocabulary that
    string's bytes, None when the model does not know it."""

    def __init__(self, prefix: str, vocabulary: Mapping[str, bytes] | None = None,
                 text: Callable[[Any], str] = str) -> None:
        super().__init__()
        self.prefix, self.vocabulary, self.text = prefix, vocabulary, text

    def __missing__(self, key: Any) -> Any:
        value: Any = self.prefix + self.text(key)
        if self.vocabulary is not None:
            value = self.vocabulary.get(value)
        self[key] = value
        return value


# The templates in the order of a character's features (see sentence_features: crfsuite adds up a character's
# weights in that order, so the order is kept exactly).
_UNIGRAM_PREFIXES = ("c0=", "c-1=", "c+1=", "c-2=", "c+2=")
_BIGRAM_PREFIXES = ("c-1c0=", "c0c+1=", "c-1c+1=", "c-2c-1=", "c+1c+2=")
_PAD_TOKENS = ("<s>", "</s>")
_NOTHING: dict[str, bytes] = {}


class _Pairs(dict):
    """A template's known pairs by left token: {right token: feature}; an unknown left token has none."""

    def __missing__(self, key: str) -> dict[str, Any]:
        self[key] = _NOTHING
        return _NOTHING


class FeatureTables:
    """Every template's features, by key, for one vocabulary (None: plain strings, for training)."""

    def __init__(self, vocabulary: Mapping[str, bytes] | None = None) -> None:
        known = (lambda feature: feature) if vocabulary is None else vocabulary.get
        self.known: Callable[[str], Any] = known
        self.bias = known("bias")
        self.unigrams = tuple(_Feature(p, vocabulary) for p in _UNIGRAM_PREFIXES)
        self.kinds = tuple(_Feature(p, vocabulary, char_kind) for p in ("k0=", "k-1=", "k+1="))
        self.kind_ends = (known("k-1=^"), known("k+1=$"))
        self.word_pos = tuple(_Feature(p, vocabulary) for p in ("w=", "w-1=", "w+1="))
        self.rules = tuple(_Feature(p, vocabulary) for p in ("rule=", "rule-1=", "rule+1="))
        self.rule_ends = (known("rule-1=^"), known("rule+1=$"))
        self.since_punct = [known(f"sp={d}") for d in range(13)]
        self.head = _Feature("head=", vocabulary, bucket)
        self.verb = _Feature("verb=", vocabulary, bucket)
        self.verb_run = [self.verb[d] for d in range(1, 17)]  # the 1st, 2nd, … 16th character after a verb
        self.vocabulary = vocabulary
        # Character pairs. Plain: the prefix with the left character, remembered, plus the right one. With a
        # vocabulary: the model's pairs by template and left character, then right character: no string is
        # made for a pair, and a pair the model does not know is None.
        self.pair_prefixes = tuple(_Feature(p) for p in _BIGRAM_PREFIXES)
        self.pairs = tuple(_Pairs() for _ in _BIGRAM_PREFIXES)
        # short words: the model's word= features by word (words are an open set: nothing made per word)
        self.words: dict[str, Any] = {}
        if vocabulary is None:
            return
        for name, value in vocabulary.items():
            if name.startswith("word="):
                self.words[name[5:]] = value
            for prefix, pairs in zip(_BIGRAM_PREFIXES, self.pairs):
                if name.startswith(prefix):
                    for left, right in _pair_splits(name[len(prefix):]):
                        pairs.setdefault(left, {})[right] = value

    def pair_column(self, template: int, left: Sequence[str], right: Sequence[str]) -> Iterable[Any]:
        """The pair feature of each (left, right) token (a character or a pad token)."""
        if self.vocabulary is None:
            return map(add, map(self.pair_prefixes[template].__getitem__, left), right)
        return map(dict.get, map(self.pairs[template].__getitem__, left), right)

    def word_column(self, shorts: Sequence[str | None]) -> Iterable[Any]:
        """The word= feature of each character (None for a character of a long word)."""
        if self.vocabulary is None:
            return [None if word is None else "word=" + word for word in shorts]
        return map(self.words.get, shorts)


def _pair_splits(rest: str) -> list[tuple[str, str]]:
    """The ways a pair feature's value splits into two tokens, each a character or a pad token.

    >>> _pair_splits("<s>养"), _pair_splits("老人"), _pair_splits("</s></s>")
    ([('<s>', '养')], [('老', '人')], [('</s>', '</s>')])
    """
    splits = []
    for left in (*_PAD_TOKENS, rest[:1]):
        if left and rest.startswith(left):
            right = rest[len(left):]
            if len(right) == 1 or right in _PAD_TOKENS:
                splits.append((left, right))
    return sorted(set(splits))


class Vocabulary(dict):
    """A model's attributes and their UTF-8 bytes, with the feature tables built for them."""

    def __init__(self, names: Iterable[str]) -> None:
        super().__init__((name, name.encode("utf-8")) for name in names)
        self.tables = FeatureTables(self)


_PLAIN = FeatureTables()
# the position letters of each character of a word of a given length: S, BE, BME, BMME …
_POSITIONS = {1: "S"}
_PUNCT_RE = re.compile("[" + re.escape("".join(sorted(_PUNCT))) + "]")
_QUOTE_OR_TITLE_RE = re.compile("[“「『”」』《》]")


def _words(text: str) -> tuple[str, list[str | None]]:
    """The rjieba words of ``text``, per character: (its place in its word, one letter of B/M/E/S; the
    word itself when it has up to 4 characters, else None).

    >>> _words("开展暖心行动")[0]
    'BEBEBE'
    """
    import rjieba

    n = len(text)
    letters: list[str] = []
    shorts: list[str | None] = []
    for word in rjieba.cut(text):
        size = len(word)
        letters.append(_POSITIONS.get(size) or _positions(size))
        shorts += [word if size <= 4 else None] * size
    joined = "".join(letters)
    if len(joined) != n:  # the words should cover the text exactly; if not, pad or cut as before (S, no word)
        joined = joined[:n] + "S" * (n - len(joined))
        shorts = shorts[:n] + [None] * (n - len(shorts))
    return joined, shorts


def _positions(size: int) -> str:
    letters = "B" + "M" * (size - 2) + "E"
    if size <= 32:
        _POSITIONS[size] = letters
    return letters


def rule_tags(length: int, spans: Iterable[tuple[int, int]]) -> list[str]:
    """B/I/O of a sentence from spans.

    >>> rule_tags(5, [(1, 3)])
    ['O', 'B', 'I', 'O', 'O']
    """
    tags = ["O"] * length
    for start, end in spans:
        if 0 <= start < end <= length:
            tags[start] = "B"
            for i in range(start + 1, end):
                tags[i] = "I"
    return tags


def sentence_features(text: str, rule_spans: Sequence[tuple[int, int]] = (), with_rules: bool = True,
                      vocabulary: Vocabulary | None = None, matches: LexiconMatches | None = None) -> list[list[Any]]:
    """The feature strings of each character of ``text`` (without the rules' tags unless ``with_rules``).

    With ``vocabulary`` (a model's attributes and their UTF-8 bytes, :attr:`ProgramTagger.vocabulary`), only
    the features the model knows, as those bytes: crfsuite would encode every feature and then drop the
    ones it does not know (about a fifth), and it reads bytes without encoding them again. ``matches``:
    the text's :func:`lexicon_matches`, when the caller has them.

    Built column by column (one ``map`` per template over the characters, the feature of a character or a
    label remembered in :class:`FeatureTables`), then zipped into one list per character; the features that few characters have
    (no short word, quotes, titles, verbs, lexicon matches) are set where they occur. A character's
    features come in a fixed order: crfsuite adds up their weights in that order, so the same order gives
    the same floating-point scores, hence the same tags and marginals.

    >>> feats = sentence_features("开展“暖心”行动。", [(3, 5)])
    >>> "c0=暖" in feats[3] and "rule=B" in feats[3] and "inq" in feats[3]
    True
    >>> any(f.startswith("sfx") for f in feats[6])
    True
    >>> sentence_features("行动", with_rules=False)[0][:6]
    ['bias', 'c0=行', 'c-1=<s>', 'c+1=动', 'c-2=<s>', 'c+2=</s>']
    >>> sentence_features("行动", with_rules=False, vocabulary=Vocabulary(["bias", "c0=行"]))
    [[b'bias', b'c0=\xe8\xa1\x8c'], [b'bias']]
    """
    n = len(text)
    if not n:
        return []
    tables = _PLAIN if vocabulary is None else vocabulary.tables
    letters, shorts = _words(text)
    # the lexicon matches (sparse): features by position, and the suffix and brand matches, the heads
    lexicon: dict[int, list[str]] = {}
    heads: list[tuple[int, int]] = []
    for name, spans in lexicon_matches(text) if matches is None else matches:
        for start, end in spans:
            if name in ("sfx", "brand"):
                heads.append((start, end))
            for i in range(start, end):
                lexicon.setdefault(i, []).append(f"{name}={'B' if i == start else 'E' if i == end - 1 else 'I'}")
            if end < n:
                lexicon.setdefault(end, []).append(f"after_{name}")
    cuts = sorted({match.end() for match in _cut_re().finditer(text)})
    puncts = [match.start() for match in _PUNCT_RE.finditer(text)]
    # the characters inside quotes (an opening mark is not) and inside 《》: the depths change only at the
    # marks, so they are read mark by mark and the runs between marks taken whole
    quoted: list[int] = []
    titled: list[int] = []
    marks = [match.start() for match in _QUOTE_OR_TITLE_RE.finditer(text)]
    quote = title = 0
    for k, at in enumerate(marks):
        ch = text[at]
        if ch in "“「『":
            quote += 1
        elif ch in "”」』":
            quote = max(0, quote - 1)
        elif ch == "《":
            title += 1
        else:  # 》
            title = max(0, title - 1)
        following = range(at + 1, marks[k + 1] if k + 1 < len(marks) else n)
        if quote > 0:
            if ch not in "“「『":
                quoted.append(at)
            quoted += following
        if title > 0:
            titled.append(at)
            titled += following
    # distance to the nearest punctuation on the left, capped at 12: runs between punctuation marks
    since_punct: list[Any] = []
    sp = tables.since_punct
    last = -1
    for p in (*puncts, n):
        run = p - last - 1
        since_punct += sp[1:run + 1] if run <= 12 else sp[1:] + [sp[12]] * (run - 12)
        if p < n:
            since_punct.append(sp[0])
        last = p

    # how far the end of a program word (a suffix or brand match) lies on the right, within the clause:
    # the characters of a name's head know a head noun closes it (开展困难群众[帮扶]工程 …)
    to_head = [0] * n
    for head_start, end in heads:
        for i in range(head_start, end):
            to_head[i] = -1
        for i in range(head_start - 1, max(-1, head_start - 16), -1):
            if text[i] in _PUNCT or to_head[i] < 0:
                break
            distance = end - i
            if not to_head[i] or distance < to_head[i]:
                to_head[i] = distance
    # how far the last clause verb (开展 / 实施 / 打造 …) ends on the left, within the clause: a run from each
    # verb's end to the next punctuation mark or verb end, 1, 2, … capped at 16; 0 elsewhere
    verbs = [tables.verb[0]] * n
    verb_run = tables.verb_run
    for k, cut in enumerate(cuts):
        if cut >= n:
            break
        stop = n if k + 1 == len(cuts) else min(cuts[k + 1], n)
        at = bisect_left(puncts, cut)
        if at < len(puncts):
            stop = min(stop, puncts[at])
        run = stop - cut
        if run > 0:
            verbs[cut:stop] = verb_run[:run] if run <= 16 else verb_run + [verb_run[-1]] * (run - 16)

    pad = ["<s>", "<s>", *text, "</s>", "</s>"]  # pad[i + 2] is text[i]
    cm2, cm1, c0, cp1, cp2 = pad[:n], pad[1:n + 1], pad[2:n + 2], pad[3:n + 3], pad[4:]
    u0, um1, up1, um2, up2 = tables.unigrams
    k0, km1, kp1 = tables.kinds
    w0, wm1, wp1 = tables.word_pos
    pair = tables.pair_column
    columns: list[Iterable[Any]] = [
        [tables.bias] * n,
        map(u0.__getitem__, c0), map(um1.__getitem__, cm1), map(up1.__getitem__, cp1),
        map(um2.__getitem__, cm2), map(up2.__getitem__, cp2),
        pair(0, cm1, c0), pair(1, c0, cp1), pair(2, cm1, cp1), pair(3, cm2, cm1), pair(4, cp1, cp2),
        map(k0.__getitem__, text), [tables.kind_ends[0], *map(km1.__getitem__, text[:-1])],
        [*map(kp1.__getitem__, text[1:]), tables.kind_ends[1]],
        map(w0.__getitem__, letters), map(wm1.__getitem__, "^" + letters[:-1]), map(wp1.__getitem__, letters[1:] + "$"),
    ]
    if with_rules:
        tags = rule_tags(n, rule_spans)
        r0, rm1, rp1 = tables.rules
        columns += [map(r0.__getitem__, tags), [tables.rule_ends[0], *map(rm1.__getitem__, tags[:-1])],
                    [*map(rp1.__getitem__, tags[1:]), tables.rule_ends[1]]]
    columns += [since_punct, tables.word_column(shorts), map(tables.head.__getitem__, to_head), verbs]
    # one list per character; None (no short word, or a feature the vocabulary lacks) is left out
    out: list[list[Any]] = list(map(list, map(filter, repeat(None), zip(*columns))))
    known = tables.known

    for positions, feature in ((quoted, "inq"), (titled, "intitle"), ([i for i in cuts if i < n], "after_cut")):
        value = known(feature)
        if value is not None:
            for i in positions:
                out[i].append(value)
    for i, feats in lexicon.items():
        out[i].extend(filter(None, map(known, feats)))
    return out


def has_program_cue(text: str) -> bool:
    """Whether a sentence holds anything a program name is built from: a quote mark, or a match of
    a program lexicon (a suffix such as 行动 / 工程 / 计划, a brand, a slogan, a concept alias).

    The model runs only on such sentences (its cost stays small); a sentence without a cue
    holds almost no gold program (see docs/benchmarks.md).

    >>> has_program_cue("实施困难群众帮扶工程。"), has_program_cue("会议听取了工作汇报。")
    (True, False)
    >>> has_program_cue("开展“暖心”服务。")
    True
    """
    if _QUOTE_RE.search(text):
        return True
    return any(pattern.search(text) for _, pattern in _lexicon_patterns())


_CLAUSE_END = set("，。；：！？,;:!?\n")
# the quote marks and clause ends as character classes: every sentence is read for them, in C, not char by char
_QUOTE_RE = re.compile("[" + re.escape("".join(sorted(_QUOTES))) + "]")
_CLAUSE_END_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_END))) + "]")


def lexicon_matches(text: str) -> LexiconMatches:
    """(lexicon name, its matches' spans) for each program lexicon, in :func:`_lexicon_patterns` order.

    Read once per sentence: :func:`cue_windows` finds the windows from them and :func:`tag_in_windows`
    hands each window its own (no lexicon word holds a clause end, so a window's matches are those a
    scan of the window alone finds; tests/test_program_crf_speed.py holds the lexicons to that).

    >>> [(name, spans) for name, spans in lexicon_matches("实施暖心行动") if spans]
    [('sfx', [(4, 6)])]
    """
    # one Aho-Corasick pass for the four lexicons gives each the spans its trie regex's finditer gives
    # (loaders.trie.LexiconScanner; tests/test_lexicon_scanner.py): four regex scans of every sentence were
    # most of what a sentence without a cue cost the model
    return _lexicon_scanner().spans(text)


def cue_windows(text: str, matches: LexiconMatches | None = None) -> list[tuple[int, int]]:
    """The clauses of a sentence that hold a program cue (a quote mark or a lexicon match), merged:
    the model tags only these (a name does not cross a comma or a full stop), so its cost follows
    the cues, not the sentence length.

    >>> text = "会议强调，要坚持问题导向，深入开展“暖心”行动，走访困难老人。"
    >>> [text[s:e] for s, e in cue_windows(text)]
    ['深入开展“暖心”行动']
    >>> cue_windows("会议听取了工作汇报。")
    []
    """
    cues = [match.span() for match in _QUOTE_RE.finditer(text)]
    for _, spans in lexicon_matches(text) if matches is None else matches:
        cues += spans
    return clause_windows(text, cues)


def clause_windows(text: str, cues: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of ``text`` (between clause ends: ，。；：！？ and line breaks) that hold a cue span, merged
    when adjacent: the windows a model tags (:func:`cue_windows`; the agency model's in loaders/agency_crf.py).

    >>> clause_windows("甲乙，丙丁。戊己", [(3, 4), (6, 7)])
    [(3, 8)]
    """
    cues = sorted(cues)
    if not cues:
        return []
    ends = [match.start() for match in _CLAUSE_END_RE.finditer(text)]  # sorted; bisect keeps this linear-log
    windows: list[tuple[int, int]] = []
    for start, end in cues:
        before = bisect_left(ends, start)
        left = ends[before - 1] + 1 if before else 0
        after = bisect_left(ends, end)
        right = ends[after] if after < len(ends) else len(text)
        if windows and left <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(windows[-1][1], right))
        else:
            windows.append((left, right))
    return windows


def tag_in_windows(tagger: "ProgramTagger", text: str, rule_spans: Sequence[tuple[int, int]] = (),
                   windows: Sequence[tuple[int, int]] | None = None, need_inside: bool = True,
                   matches: LexiconMatches | None = None) -> tuple[list["TaggedSpan"], list[float]]:
    """:meth:`ProgramTagger.tag` on the cue windows of a sentence only (``windows``: :func:`cue_windows`, when
    the caller has them), in sentence offsets; outside the windows P(inside a name) is 1.0, so no veto touches a
    rule name there. ``need_inside=False`` (no veto asked): every P(inside) is left at 1.0, not computed.
    ``matches``: the sentence's :func:`lexicon_matches`, when the caller has them (each window gets its own)."""
    spans: list[TaggedSpan] = []
    inside = [1.0] * len(text)
    if windows is None:
        matches = lexicon_matches(text) if matches is None else matches
        windows = cue_windows(text, matches)
    for start, end in windows:
        own = [(s - start, e - start) for s, e in rule_spans if start <= s and e <= end]
        mine = None if matches is None else [
            (name, [(s - start, e - start) for s, e in found if start <= s and e <= end]) for name, found in matches]
        tagged, window_inside = tagger.tag(text[start:end], own, need_inside, mine)
        spans += [TaggedSpan(t.start + start, t.end + start, t.name, t.confidence) for t in tagged]
        if need_inside:
            inside[start:end] = window_inside
    return spans, inside


@lru_cache(maxsize=1)
def stack_templates() -> dict[str, tuple[float, ...]]:
    """The templates of a stacked model's features (``loaders/data/program_crf_stack.tsv``): name → values.

    >>> stack_templates()["tag"], stack_templates()["span"][0]
    ((-1.0, 0.0, 1.0), 0.5)
    """
    templates: dict[str, tuple[float, ...]] = {}
    for line in STACK_TEMPLATES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, values = line.split("\t")
            templates[name] = tuple(float(value) for value in values.split())
    return templates


def stack_features(tags: Sequence[str], inside: Sequence[float], spans: Iterable[TaggedSpan]) -> list[list[str]]:
    """A base model's opinion of each character as features of a stacked model: the base's tag at the
    ``tag`` template's offsets (``^`` / ``$`` beyond the text), the bin of its P(inside a name) (``inside``'s
    edges), and, inside a name it tagged, the bin of that name's confidence (``span``'s edges). The stacked
    model learns when to trust the base (best from pages the base never saw: see scripts/train-program-crf); the
    base keeps what its own pages taught it.

    >>> feats = stack_features(["O", "B", "I"], [0.05, 0.95, 0.62], [TaggedSpan(1, 3, "甲乙", 0.8)])
    >>> feats[0]
    ['base-1=^', 'base=O', 'base+1=B', 'basep=0']
    >>> feats[2]
    ['base-1=B', 'base=I', 'base+1=$', 'basep=3', 'basec=2']
    """
    templates = stack_templates()
    offsets = [int(offset) for offset in templates["tag"]]
    n = len(tags)
    out: list[list[str]] = []
    for i in range(n):
        feats = []
        for offset in offsets:
            j = i + offset
            tag = "^" if j < 0 else "$" if j >= n else tags[j]
            feats.append(f"base{offset:+d}={tag}" if offset else f"base={tag}")
        feats.append(f"basep={bisect_right(templates['inside'], inside[i])}")
        out.append(feats)
    for span in spans:
        feature = f"basec={bisect_right(templates['span'], span.confidence)}"
        for i in range(span.start, span.end):
            out[i].append(feature)
    return out


def base_opinion(base: "ProgramTagger", text: str, matches: LexiconMatches | None = None) -> list[list[str]]:
    """The stack features of a whole sentence for training: the base model run on each cue window, as it runs
    when the stacked model tags that window (:func:`tag_in_windows`); outside the windows tag O, P(inside) 0.

    >>> class Base:  # a stand-in that calls the whole window one name
    ...     def opinion(self, text, rule_spans=(), matches=None):
    ...         return ["B"] + ["I"] * (len(text) - 1), [0.9] * len(text), [TaggedSpan(0, len(text), text, 0.9)]
    >>> [f[1] for f in base_opinion(Base(), "会议强调，开展“暖心”行动。")]
    ['base=O', 'base=O', 'base=O', 'base=O', 'base=O', 'base=B', 'base=I', 'base=I', 'base=I', 'base=I', 'base=I', 'base=I', 'base=I', 'base=O']
    """
    n = len(text)
    tags, inside, spans = ["O"] * n, [0.0] * n, []
    for start, end in cue_windows(text, matches):
        window_tags, window_inside, window_spans = base.opinion(text[start:end])
        tags[start:end], inside[start:end] = window_tags, window_inside
        spans += [TaggedSpan(t.start + start, t.end + start, t.name, t.confidence) for t in window_spans]
    return stack_features(tags, inside, spans)


def file_md5(path: str | Path) -> str:
    """The MD5 of a file's bytes: which base model a stacked model was trained on, not only its name."""
    return hashlib.md5(Path(path).read_bytes()).hexdigest()


def base_model_path(model_path: str | Path) -> tuple[Path, str | None]:
    """The base model a stacked model was trained on and that model's MD5, from the note beside it (a path
    relative to the model's folder, or absolute, then ``md5 HEX``); FileNotFoundError when there is no note,
    None for the MD5 of a note written before it held one.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); _ = (d / "s.base").write_text("b.model\\nmd5 0123abcd\\n")
    >>> base_model_path(d / "s.model") == (d / "b.model", "0123abcd")
    True
    """
    note = Path(model_path).with_suffix(BASE_NOTE_SUFFIX)
    if not note.is_file():
        raise FileNotFoundError(f"stacked program model {model_path} names no base model: {note} missing")
    name, *rest = note.read_text(encoding="utf-8").strip().splitlines()
    base = Path(name.strip())
    digest = next((line.split()[1] for line in rest if line.startswith("md5 ") and len(line.split()) == 2), None)
    return (base if base.is_absolute() else note.parent / base), digest


def write_base_note(model_path: str | Path, base_path: str | Path) -> Path:
    """Name ``base_path`` beside a stacked model, with its MD5 (a base retrained in place under the same name is
    then refused on load): by its file name when it lies in the same folder (the shipped pair moves together),
    else by its absolute path."""
    model_path, base_path = Path(model_path), Path(base_path).resolve()
    note = model_path.with_suffix(BASE_NOTE_SUFFIX)
    same = base_path.parent == model_path.resolve().parent
    note.write_text(f"{base_path.name if same else base_path}\nmd5 {file_md5(base_path)}\n", encoding="utf-8")
    return note


def without_rules(features: list[list[str]]) -> list[list[str]]:
    """The features without the rules' tags: a model trained on these is independent of the rules."""
    return [[f for f in feats if not f.startswith("rule")] for feats in features]


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of B I* runs (an I with no B before it opens a span)."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, tag in enumerate(tags):
        if tag == "B" or (tag == "I" and start is None):
            if start is not None:
                spans.append((start, i))
            start = i
        elif tag == "O" and start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(tags)))
    return spans


def clean_name(surface: str) -> str:
    """A tagged span as a canonical name: no quote marks, no spaces, ASCII brackets.

    >>> clean_name("“暖心”行动")
    '暖心行动'
    """
    name = "".join(ch for ch in surface if ch not in _QUOTES and not ch.isspace())
    return name.replace("（", "(").replace("）", ")").strip("，。；：、()")


def gold_spans(text: str, names: Iterable[str], blocked: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where the gold names occur in a sentence (quote marks between characters allowed), outside ``blocked``.

    >>> gold_spans("实施“暖心”行动和暖心行动。", ["暖心行动"])
    [(3, 8), (9, 13)]
    """
    spans: list[tuple[int, int]] = []
    taken = [False] * len(text)
    for name in sorted(set(names), key=len, reverse=True):
        if len(name) < 2:
            continue
        chars = [re.escape("（" if c == "(" else "）" if c == ")" else c) for c in name]
        pattern = re.compile("[“”「」『』‘’]?".join(chars).replace("（", "[（(]").replace("）", "[）)]"))
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]) or any(s <= start < e for s, e in blocked):
                continue
            for i in range(start, end):
                taken[i] = True
            spans.append((start, end))
    return sorted(spans)


def train(sequences: Iterable[tuple[list[list[str]], list[str]]], model_path: str | Path,
          c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150) -> Path:
    """Train a CRF on (features, labels) sequences and write it to ``model_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for features, labels in sequences:
        trainer.append(features, labels)
        count += 1
    if not count:
        raise ValueError("no training sequences")
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    return model_path


@dataclass
class TaggedSpan:
    """A span the model tags as a program name, with its confidence (the mean marginal of its tags)."""

    start: int
    end: int
    name: str
    confidence: float


class ProgramTagger:
    """A trained model, loaded once; :meth:`tag` finds names and :meth:`inside` scores a given span."""

    def __init__(self, model_path: str | Path, as_base: bool = False) -> None:
        import pycrfsuite

        self.path = Path(model_path)
        if not self.path.is_file():
            raise FileNotFoundError(f"program model not found: {self.path}")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))

        # the model's attributes and their UTF-8 bytes: features are given to crfsuite in this form (see
        # sentence_features); an attribute with a line break would not be read back exactly from the dump
        # info() parses, so a text with one is tagged with every feature as a string (see tag)
        self.vocabulary = Vocabulary(self._tagger.info().attributes)
        # a model trained without the rules' tags (train-program-crf --no-rule-feature) is an independent opinion
        self.uses_rules = any(a.startswith("rule=") for a in self.vocabulary)
        # a stacked model (train-program-crf --stack-on) reads its base model's opinion: the base named beside it
        self.base: ProgramTagger | None = None
        if any(a.startswith("base=") for a in self.vocabulary):
            if as_base:
                # (a base is a plain model: a stack of stacks, or two notes naming each other, would load forever)
                raise ValueError(f"program model {self.path} is stacked itself: it cannot be another model's base")
            base_path, digest = base_model_path(self.path)
            if base_path.resolve() == self.path.resolve():
                raise ValueError(f"stacked program model {self.path} names itself as its base")
            if digest is None or not base_path.is_file() or file_md5(base_path) != digest:
                # the note's name alone would let a base retrained in place run under a model trained on another
                raise ValueError(f"stacked program model {self.path}: {base_path} is not the base it was trained on "
                                 f"(MD5 {digest or 'not in the note'}); retrain it with train-program-crf --stack-on")
            self.base = load_tagger(str(base_path), as_base=True)

    def tag(self, text: str, rule_spans: Sequence[tuple[int, int]] = (), need_inside: bool = True,
            matches: LexiconMatches | None = None) -> tuple[list[TaggedSpan], list[float]]:
        """(the spans tagged as names, P(inside a name) of each character; [] when not ``need_inside``);
        ``matches``: the text's :func:`lexicon_matches` when the caller has them. A stacked model first runs its
        base model on the same text and reads that model's opinion as features (:func:`stack_features`)."""
        if not text:
            return [], []
        features = self.features(text, rule_spans, matches)
        return self.tag_features(text, features, need_inside)

    def features(self, text: str, rule_spans: Sequence[tuple[int, int]] = (),
                 matches: LexiconMatches | None = None) -> list[list[Any]]:
        """The features this model reads for ``text``: as :attr:`vocabulary` bytes, or as strings for a text with
        a line break; with the base model's opinion for a stacked model."""
        vocabulary = None if "\n" in text or "\r" in text else self.vocabulary
        features = sentence_features(text, rule_spans, self.uses_rules, vocabulary, matches)
        if self.base is not None:
            known: Callable[[str], Any] = (lambda name: name) if vocabulary is None else vocabulary.get
            for feats, more in zip(features, stack_features(*self.base.opinion(text, rule_spans, matches))):
                feats.extend(filter(None, map(known, more)))
        return features

    def tag_features(self, text: str, features: list[list[str]],
                     need_inside: bool = True) -> tuple[list[TaggedSpan], list[float]]:
        """:meth:`tag` on features already computed (strings, or the bytes of :attr:`vocabulary`); for a stacked
        model they must hold the base's opinion (:meth:`features`): without it the model tags on, much worse."""
        if self.base is not None and features and not any(f[:5] in ("base=", b"base=") for f in features[0]):
            raise ValueError(f"stacked program model {self.path}: the features hold no base opinion "
                             "(use ProgramTagger.features, not sentence_features)")
        tags = self._tagger.tag(features)
        inside = [1.0 - self._tagger.marginal("O", i) for i in range(len(text))] if need_inside else []
        return self._spans(text, tags), inside

    def opinion(self, text: str, rule_spans: Sequence[tuple[int, int]] = (),
                matches: LexiconMatches | None = None) -> tuple[list[str], list[float], list[TaggedSpan]]:
        """(B/I/O of each character, P(inside a name) of each, the names tagged): what a stacked model reads."""
        if not text:
            return [], [], []
        tags = self._tagger.tag(self.features(text, rule_spans, matches))
        inside = [1.0 - self._tagger.marginal("O", i) for i in range(len(text))]
        return tags, inside, self._spans(text, tags)

    def _spans(self, text: str, tags: Sequence[str]) -> list[TaggedSpan]:
        """The names of the tags just decoded (2 to MAX_NAME characters once cleaned), with their confidence."""
        spans: list[TaggedSpan] = []
        for start, end in spans_from_tags(tags):
            name = clean_name(text[start:end])
            if 2 <= len(name) <= MAX_NAME:
                confidence = sum(self._tagger.marginal(tags[i], i) for i in range(start, end)) / (end - start)
                spans.append(TaggedSpan(start, end, name, confidence))
        return spans


@lru_cache(maxsize=4)
def load_tagger(model_path: str, as_base: bool = False) -> ProgramTagger:
    return ProgramTagger(model_path, as_base)


@dataclass(frozen=True)
class ModelSetting:
    """Which model runs beside the rules, and how its spans are combined (see :func:`combine`)."""

    path: str
    mode: str = "add"
    # 0.5, not 0.9 (stop 19): on two unseen sets (62 and 77 pages) every model tried scored higher with the
    # spans of mean marginal 0.5-0.9 added (docs/benchmarks.md, "The program model retrained on 424 documents")
    add_threshold: float = 0.5
    veto_threshold: float = 0.2


OFF = ("off", "none", "rules")


def active_setting() -> ModelSetting | None:
    """The setting from the environment, or None: rules alone.

    On by default: the shipped model (``DEFAULT_MODEL``) in ``add`` mode, run on the sentences
    with a program cue (see docs/benchmarks.md: beside the rules as they stood before they were
    tuned on a batch, it gains F1 on every held-out measure without costing precision).
    CIVKG_PROGRAM_MODEL=path|off (``kg ingest --program-model PATH`` / ``--no-program-model``),
    CIVKG_PROGRAM_MODE=add|veto|add+veto|union|crf|rules. An environment variable so that the
    ingest worker processes see it too.
    """
    path = os.environ.get("CIVKG_PROGRAM_MODEL") or ""
    if path.lower() in OFF:
        return None
    if not path:
        if not DEFAULT_MODEL.is_file():
            return None
        path = str(DEFAULT_MODEL)
    mode = os.environ.get("CIVKG_PROGRAM_MODE", "add")
    if mode not in MODES:
        raise ValueError(f"CIVKG_PROGRAM_MODE must be one of {', '.join(MODES)}, not {mode!r}")
    return ModelSetting(path, mode)


def combine(rule_spans: Sequence[tuple[int, int]], tagged: Sequence[TaggedSpan], inside: Sequence[float],
            setting: ModelSetting) -> tuple[list[int], list[TaggedSpan]]:
    """(indexes of the rule spans kept, model spans added) under ``setting.mode``.

    ``union`` adds every model span that overlaps no rule span; ``add`` only those whose confidence
    reaches ``add_threshold``; ``veto`` drops a rule span whose mean P(inside) is below
    ``veto_threshold``; ``crf`` replaces the rules.

    >>> t = [TaggedSpan(0, 2, "甲乙", 0.95), TaggedSpan(5, 7, "丙丁", 0.4)]
    >>> combine([(3, 5)], t, [0.9] * 3 + [0.1, 0.1] + [0.9] * 2, ModelSetting("m", "add+veto"))
    ([], [TaggedSpan(start=0, end=2, name='甲乙', confidence=0.95)])
    >>> kept, added = combine([(4, 6)], t, [0.5] * 7, ModelSetting("m", "union"))
    >>> kept, [span.name for span in added]  # 丙丁 overlaps the rule span
    ([0], ['甲乙'])
    """
    mode = setting.mode
    if mode == "rules":
        return list(range(len(rule_spans))), []
    if mode == "crf":
        return [], list(tagged)
    kept = list(range(len(rule_spans)))
    if "veto" in mode:
        kept = [k for k in kept if _mean(inside, *rule_spans[k]) >= setting.veto_threshold]
    added: list[TaggedSpan] = []
    if mode in ("union", "add", "add+veto"):
        threshold = 0.0 if mode == "union" else setting.add_threshold
        for span in tagged:
            overlaps = any(s < span.end and span.start < e for s, e in rule_spans)
            if not overlaps and span.confidence >= threshold:
                added.append(span)
    return kept, added


def _mean(values: Sequence[float], start: int, end: int) -> float:
    return sum(values[start:end]) / (end - start) if end > start else 0.0


def gold_files(folder: str | Path, gold_folder: str | Path) -> Iterable[tuple[dict, Path, Any]]:
    """(gold, document path, its INDEX.tsv row or None) of each gold file, in name order (the gold file names
    its document in ``doc``): how every training script of a learned step walks its annotated pages."""
    import json

    from loaders.metadata import read_index

    folder = Path(folder)
    index = read_index(folder / "INDEX.tsv") if (folder / "INDEX.tsv").exists() else {}
    for gold_path in sorted(Path(gold_folder).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        yield gold, folder / gold["doc"], index.get(gold["doc"])


def gold_documents(folder: str | Path, gold_folder: str | Path) -> Iterable[tuple[dict, list, Any]]:
    """(gold, sentences, document info) of each document that has a gold file, read and split as
    ``kg ingest`` reads them (the gold file names its document in ``doc``)."""
    from loaders.metadata import extract_metadata
    from loaders.normalise import normalise
    from loaders.read import read_file
    from loaders.sentences import split_sentences

    for gold, path, row in gold_files(folder, gold_folder):
        result = read_file(path)
        norm = normalise(result.text)
        sentences = split_sentences(norm.text)
        yield gold, sentences, extract_metadata(norm, sentences, path.name, row, html_title=result.title)


def program_gold_folders(root: str | Path) -> list[tuple[Path, Path]]:
    """(documents folder, gold folder) of every gold folder under ``root`` that annotates programs.

    A batch that annotated only targets, relations or other entities leaves every ``programs``
    list empty: its documents are no evidence that a name is absent, so such a folder is skipped,
    as is a folder whose name says it was dropped. The documents folder is the nearest one above
    the gold folder that holds the documents the gold files name.
    """
    import json

    root = Path(root)
    pairs: list[tuple[Path, Path]] = []
    for gold_dir in sorted({p.parent for p in root.rglob("*.json") if "gold" in p.parent.parts}):
        if any("dropped" in part for part in gold_dir.relative_to(root).parts):
            continue
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
        golds = [g for g in golds if isinstance(g, dict) and "doc" in g]
        if not any(g.get("programs") for g in golds):
            continue
        folder = gold_dir
        while not (folder / golds[0]["doc"]).exists() and folder != root.parent:
            folder = folder.parent
        pairs.append((folder, gold_dir))
    return pairs


def gold_sequences(folder: str | Path, gold_folder: str | Path, with_rules: bool = False, cue_only: bool = False,
                   base: ProgramTagger | None = None) -> Iterable[tuple[list[list[str]], list[str]]]:
    """(features, gold labels) of every sentence of the documents that have a gold file.

    Each gold file names its document in ``doc`` and lists ``programs`` (the annotation guide's
    format); the documents are read and split as ``kg ingest`` does, and the rules run on them
    for their tag feature (left out when ``with_rules`` is false). With ``cue_only``, only the
    sentences with a program cue or a gold name are kept (see :func:`has_program_cue`). With ``base``, each
    character also has that model's opinion (:func:`base_opinion`): the sequences of a stacked model.
    """
    from loaders.policies import policy_spans
    from loaders.programs import extract_rule_programs

    for gold, sentences, info in gold_documents(folder, gold_folder):
        rule_spans: dict[int, list[tuple[int, int]]] = {}
        if with_rules:
            for mention in extract_rule_programs(sentences, info):
                start = sentences[mention.sentence_index].start
                rule_spans.setdefault(mention.sentence_index, []).append((mention.start - start, mention.end - start))
        for sentence in sentences:
            spans = gold_spans(sentence.text, gold.get("programs", []), policy_spans(sentence.text))
            if cue_only and not spans and not has_program_cue(sentence.text):
                continue  # the model runs only on sentences with a cue: it learns from those
            features = sentence_features(sentence.text, rule_spans.get(sentence.index, []), with_rules=with_rules)
            if base is not None:
                for feats, more in zip(features, base_opinion(base, sentence.text)):
                    feats.extend(more)
            yield features, rule_tags(len(sentence.text), spans)


def use_program_model(path: str | Path | None, mode: str = "add") -> ModelSetting | None:
    """Choose the model for this process and the worker processes it starts: None the shipped
    one (the default), "off" the rules alone, or a model file.

    Raises ValueError with one line when the model file or the mode is wrong.

    >>> use_program_model("off") is None
    True
    >>> use_program_model(None).mode
    'add'
    >>> use_program_model("/nonexistent.model")
    Traceback (most recent call last):
    ValueError: program model not found: /nonexistent.model
    """
    if mode not in MODES:
        raise ValueError(f"program model mode must be one of {', '.join(MODES)}, not {mode!r}")
    if path is not None and str(path).lower() in OFF:
        os.environ["CIVKG_PROGRAM_MODEL"] = "off"
        os.environ.pop("CIVKG_PROGRAM_MODE", None)
        return None
    if path is None:
        os.environ.pop("CIVKG_PROGRAM_MODEL", None)
    else:
        if not Path(path).is_file():
            raise ValueError(f"program model not found: {path}")
        os.environ["CIVKG_PROGRAM_MODEL"] = str(Path(path).resolve())
    if mode == "add":
        os.environ.pop("CIVKG_PROGRAM_MODE", None)
    else:
        os.environ["CIVKG_PROGRAM_MODE"] = mode
    return active_setting()
