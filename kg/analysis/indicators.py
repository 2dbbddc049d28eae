"""Indicator names and units made comparable across documents.

Cities name the same indicator differently (城市最低生活保障标准, 城市低保标准,
城市居民最低生活保障标准) and state values in different units (万元, 元/年,
元/人·月). :func:`normalise_indicator` maps names to one key and
:func:`to_comparable` converts a value to a base unit only where the
conversion is exact; anything else keeps its own unit, so a comparison can
flag the mismatch instead of mixing units silently.

>>> normalise_indicator("城市居民最低生活保障标准")
'城市低保标准'
>>> to_comparable(0.5, "万元")
(5000.0, '元')
>>> value, unit = to_comparable(5558, "元/年"); round(value, 2), unit
(463.17, '元/月')
>>> to_comparable(20.2, "万张")
(202000.0, '张')
>>> to_comparable(380, "元/人、月")
(380.0, '元/月')
>>> to_comparable(3, "个月")
(3.0, '个月')
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.analysis.names import clean_name, name_similarity

# Long forms and their usual short forms; applied in order, on whole substrings.
_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("最低生活保障", "低保"),
    ("城乡居民", "城乡"),
    ("城市居民", "城市"),
    ("农村居民", "农村"),
    ("特困人员救助供养", "特困供养"),
    ("特困人员供养", "特困供养"),
    ("基本生活保障标准", "保障标准"),
    ("基本生活标准", "保障标准"),
    ("养老机构床位", "养老床位"),
    ("护理型养老床位", "护理型床位"),
    ("平均标准", "标准"),
    ("人均", ""),
)

# A name ending that changes what is measured: 城市低保标准增幅 is a rate of
# change, not a standard, so it never matches 城市低保标准.
_MEASURE_SUFFIXES = ("增幅", "增长率", "增长", "提高幅度", "覆盖率", "占比", "比例", "比重", "率")

MATCH_THRESHOLD = 0.8
# One name inside the other counts only when it is most of it (as the gold's
# matching rule for long names does), so a bare 农村 matches nothing long.
CONTAINMENT_RATIO = 0.6


@lru_cache(maxsize=1 << 18)  # every indicator name of a store, asked once per pair it is in
def normalise_indicator(name: str) -> str:
    """One key for the spellings of an indicator name.

    >>> normalise_indicator("护理型养老床位")
    '护理型床位'
    >>> normalise_indicator("养老机构床位数")
    '养老床位'
    """
    key = clean_name(name)
    for long, short in _SYNONYMS:
        key = key.replace(long, short)
    if len(key) > 3 and key.endswith("数") and not key.endswith("指数"):
        # 床位数 and 床位 name the same count.
        key = key[:-1]
    return key


@lru_cache(maxsize=1 << 18)
def _measure(key: str) -> str:
    for suffix in _MEASURE_SUFFIXES:
        if key.endswith(suffix):
            return suffix
    return ""


@lru_cache(maxsize=1 << 16)  # pure, and asked for the same pairs over and over (every plan pair compared)
def indicators_match(query: str, candidate: str) -> bool:
    """Whether two indicator names are the same indicator, loosely.

    Equal after normalisation, or one contains the other and is at least 60%
    of its length, or bigram similarity
    of at least 0.8 — and in every case the same kind of measure (a 增幅 never
    matches a level).

    >>> indicators_match("城市低保标准", "城市最低生活保障标准")
    True
    >>> indicators_match("城市低保标准", "城市低保标准增幅")
    False
    >>> indicators_match("城市低保标准", "农村低保标准")
    False
    >>> indicators_match("农村", "星级农村幸福院")
    False
    """
    q, c = normalise_indicator(query), normalise_indicator(candidate)
    if not q or not c:
        return False
    if q == c:
        return True
    if _measure(q) != _measure(c):
        return False
    short, long = sorted((q, c), key=len)
    if short in long and len(short) >= CONTAINMENT_RATIO * len(long):
        # 城市低保标准 in 城市低保平均标准; but not 农村 in 星级农村幸福院.
        return True
    return name_similarity(q, c) >= MATCH_THRESHOLD


# Unit spellings that mean the same thing.
_UNIT_ALIASES = {
    "元/人·月": "元/月", "元/人/月": "元/月", "元/月/人": "元/月", "元/月·人": "元/月", "元每月": "元/月",
    "元/人·年": "元/年", "元/人/年": "元/年", "元/年/人": "元/年", "元/年·人": "元/年", "元每年": "元/年",
    "％": "%", "个百分点": "个百分点",
}
_MONEY_PER_PERSON_RE = re.compile(r"^((?:千万|百万|万|亿|千)?)元(?:[/每·、]*人)?[/每·、]*([月年季])(?:[/每·、]*人)?$")
_SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3, "百万": 1e6, "千万": 1e7}
_SCALE_RE = re.compile(r"^(千万|百万|万|亿|千)(.+)$")
# Per-period units, converted to per-month (exact: a year is 12 months).
_PER_PERIOD = {"/年": 1 / 12, "/季": 1 / 3, "/月": 1.0}


def canonical_unit(unit: str | None) -> str:
    """The unit with spacing and aliases normalised (scale prefixes kept)."""
    unit = re.sub(r"\s+", "", unit or "")
    unit = _UNIT_ALIASES.get(unit, unit)
    m = _MONEY_PER_PERSON_RE.match(unit)
    if m:
        # 元/人、月, 元/人·月, 元每人每月 …: money per person per period.
        return f"{m.group(1)}元/{m.group(2)}"
    return unit


def to_comparable(value: float | None, unit: str | None) -> tuple[float | None, str]:
    """``(value, unit)`` in the base unit: 万元→元, 亿元→元, 元/年→元/月, 万张→张.

    Only exact conversions are made (a scale prefix, a year is 12 months of
    money). A unit this function does not know is returned as it is, so two
    values end up in the same unit only when they really are comparable.
    """
    unit = canonical_unit(unit)
    if value is None:
        return None, unit
    value = float(value)
    m = _SCALE_RE.match(unit)
    if m:
        # 万人次, 万张, 亿元: a scale prefix on a countable unit.
        value *= _SCALE[m.group(1)]
        unit = _UNIT_ALIASES.get(m.group(2), m.group(2))
    if unit.startswith("元"):
        for period, factor in _PER_PERIOD.items():
            if unit.endswith(period):
                return value * factor, unit[: -len(period)] + "/月"
    return value, unit
