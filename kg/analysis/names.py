"""Loose matching of Chinese names: character n-grams and soft set overlap.

Program and indicator names vary between cities: 三社联动 and 五社联动 are
related but not the same initiative, 城市最低生活保障标准 and 城市低保标准 are
the same indicator. Exact set overlap would miss the first relation and the
second identity, so similarity here credits shared character bigrams.

>>> round(name_similarity("三社联动", "五社联动"), 2)
0.67
>>> name_similarity("三社联动", "三社联动")
1.0
>>> soft_overlap(["三社联动", "时间银行"], ["五社联动", "时间银行"]).score > 0.5
True
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Callable, Iterable

# Characters that carry no meaning in a name: punctuation, quotes, spaces.
_PUNCT_RE = re.compile(r"[\s“”\"'‘’《》〈〉「」『』（）()【】\[\]、，,。.·•:：;；!！?？\-—_/]+")

# Below this bigram similarity two different names are unrelated. 0.5 keeps
# 三社联动~五社联动 (0.67) and drops pairs that only share a generic bigram
# such as 养老 or 服务 inside longer names.
RELATED_THRESHOLD = 0.5


def clean_name(name: str) -> str:
    """Strip punctuation and quotes, so that 《关于…》 and 关于… compare equal.

    >>> clean_name("“三社联动”")
    '三社联动'
    """
    if not name:
        return ""
    # most names are letters only: nothing for the pattern to strip (it runs for every pair of names compared)
    return name if name.isalnum() else _PUNCT_RE.sub("", name)


def char_ngrams(text: str, n: int = 2) -> set[str]:
    """The set of character n-grams of ``text`` (the whole text when shorter than n).

    >>> sorted(char_ngrams("三社联动"))
    ['三社', '社联', '联动']
    """
    return set(_clean_ngrams(clean_name(text), n))


@lru_cache(maxsize=1 << 18)  # a store's names are compared pairwise: each name's n-grams are made once
def _clean_ngrams(text: str, n: int = 2) -> frozenset[str]:
    """:func:`char_ngrams` of an already clean text, as a frozenset (shared by every caller: never changed)."""
    if len(text) < n:
        return frozenset((text,)) if text else frozenset()
    return frozenset(text[i:i + n] for i in range(len(text) - n + 1))


@lru_cache(maxsize=1 << 16)  # pure, and asked for the same pairs over and over
def name_similarity(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two names, in [0, 1].

    Identical names (after :func:`clean_name`) score exactly 1.

    >>> name_similarity("城乡低保标准", "城市低保标准")
    0.6
    """
    ca, cb = clean_name(a), clean_name(b)
    if not ca or not cb:
        return 0.0
    if ca == cb:
        return 1.0
    ga, gb = _clean_ngrams(ca), _clean_ngrams(cb)
    if not ga or not gb:
        return 0.0
    return 2 * len(ga & gb) / (len(ga) + len(gb))


def related_similarity(a: str, b: str, threshold: float = RELATED_THRESHOLD) -> float:
    """:func:`name_similarity`, or 0 below ``threshold`` (unrelated names give no credit)."""
    sim = name_similarity(a, b)
    return sim if sim >= threshold else 0.0


@dataclass
class Overlap:
    """The soft overlap of two name sets.

    ``score`` is the soft Jaccard ``I / (|A| + |B| - I)`` where ``I`` is the mean
    of how well A covers B and B covers A. An item ``b`` is covered by A to
    ``min(1, sum of related_similarity(a, b) for a in A)``; with exact names this
    is the ordinary Jaccard index. ``shared`` are names in both, ``related``
    pairs (a, b, similarity) of different but related names, ``only_a`` and
    ``only_b`` names with no counterpart at all. ``similarity`` scores two
    different names (0 when unrelated); the default is :func:`related_similarity`.
    """

    score: float
    shared: list[str] = field(default_factory=list)
    related: list[tuple[str, str, float]] = field(default_factory=list)
    only_a: list[str] = field(default_factory=list)
    only_b: list[str] = field(default_factory=list)


def soft_overlap(a: Iterable[str], b: Iterable[str],
                 similarity: Callable[[str, str], float] = related_similarity) -> Overlap:
    """Soft Jaccard overlap of two name sets, with what matched and what did not.

    >>> o = soft_overlap(["三社联动", "明天计划"], ["五社联动", "明天计划", "添翼计划"])
    >>> o.shared, o.only_b
    (['明天计划'], ['添翼计划'])
    >>> o.related
    [('三社联动', '五社联动', 0.67)]
    """
    set_a = sorted({clean_name(x) for x in a if clean_name(x)})
    set_b = sorted({clean_name(x) for x in b if clean_name(x)})
    if not set_a or not set_b:
        return Overlap(0.0, [], [], list(set_a), list(set_b))
    sims = {(x, y): (1.0 if x == y else similarity(x, y)) for x in set_a for y in set_b}
    cover_b = sum(min(1.0, sum(sims[x, y] for x in set_a)) for y in set_b)
    cover_a = sum(min(1.0, sum(sims[x, y] for y in set_b)) for x in set_a)
    inter = (cover_a + cover_b) / 2
    score = inter / (len(set_a) + len(set_b) - inter)
    shared = [x for x in set_a if x in set_b]
    related = sorted(
        ((x, y, round(s, 2)) for (x, y), s in sims.items() if 0 < s < 1),
        key=lambda t: -t[2],
    )
    matched_a = set(shared) | {x for x, _, _ in related}
    matched_b = set(shared) | {y for _, y, _ in related}
    return Overlap(
        score=score,
        shared=shared,
        related=related,
        only_a=[x for x in set_a if x not in matched_a],
        only_b=[y for y in set_b if y not in matched_b],
    )
