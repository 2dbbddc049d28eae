"""The indicator catalogue: which civil-affairs indicator a target measures.

The catalogue is data (``loaders/data/indicators.tsv``): an id, a canonical
name, regular-expression patterns, a unit family and a topic per entry. A
target belongs to the first entry whose pattern is found in its indicator
and whose unit family admits its unit; a target no entry covers stays
uncatalogued (it keeps its own indicator name and gets no Indicator node).

>>> classify("城市最低生活保障标准", "元/月").id
'dibao_standard_urban'
>>> classify("城市低保标准增幅", "%").id
'dibao_standard_growth_urban'
>>> classify("城市低保标准", "%") is None
True
>>> classify("养老机构床位数", "万张").name
'养老床位数'
>>> classify("新闻发布会数量", "场") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError

CATALOGUE = Path(__file__).resolve().parent / "data" / "indicators.tsv"

# What each unit family admits: the unit as extracted, 万/亿 prefixes allowed.
_FAMILY_UNITS: dict[str, re.Pattern[str]] = {
    "money_period": re.compile(r"^(?:千|万)?元/.+$"),
    "money": re.compile(r"^(?:千|万|亿|万亿)?元$"),
    "people": re.compile(r"^(?:万|亿)?(?:人|名)$"),
    "person_times": re.compile(r"^(?:万|亿)?人次$"),
    "households": re.compile(r"^万?户$"),
    "beds": re.compile(r"^万?(?:张|床)$"),
    "units": re.compile(r"^万?(?:个|家|所|处|座|栋|间|条|项|小时)$"),
    "pairs": re.compile(r"^万?对$"),
    "percent": re.compile(r"^(?:%|‰|个百分点)$"),
    "years": re.compile(r"^年$"),
    "area": re.compile(r"^万?平方米$"),
    "multiple": re.compile(r"^倍$"),
    "months": re.compile(r"^个月$"),
}

# The unit a family's values are compared in (kg.analysis.indicators.to_comparable converts).
BASE_UNIT = {
    "money_period": "元/月", "money": "元", "people": "人", "person_times": "人次", "households": "户",
    "beds": "张", "units": "个", "pairs": "对", "percent": "%", "years": "年", "area": "平方米",
    "multiple": "倍", "months": "个月",
}


@dataclass(frozen=True)
class Entry:
    """One catalogue indicator."""

    id: str
    name: str
    patterns: tuple[re.Pattern[str], ...]
    unit_families: tuple[str, ...]
    topic: str

    @property
    def base_unit(self) -> str:
        """The comparable unit of the entry's first unit family (元/月 for a money standard)."""
        return BASE_UNIT[self.unit_families[0]]

    def admits(self, unit: str) -> bool:
        return any(_FAMILY_UNITS[family].match(unit or "") for family in self.unit_families)


def _reading(indicator: str) -> str:
    return indicator.replace("最低生活保障", "低保").replace("（", "(").replace("）", ")")


@lru_cache(maxsize=4)
def load_catalogue(path: Path = CATALOGUE) -> tuple[Entry, ...]:
    """Every entry of the catalogue file, in file order. A malformed line is an InputError naming it."""
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("id\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise InputError(f"{path}:{number}: expected 5 tab-separated fields, got {len(fields)}")
        entry_id, name, patterns, families, topic = (f.strip() for f in fields)
        unit_families = tuple(f.strip() for f in families.split("|"))
        unknown = [f for f in unit_families if f not in _FAMILY_UNITS]
        if unknown or entry_id in seen:
            raise InputError(f"{path}:{number}: unknown unit family {unknown}" if unknown else f"{path}:{number}: duplicate id {entry_id}")
        seen.add(entry_id)
        try:
            compiled = tuple(re.compile(p.strip()) for p in patterns.split(" | "))
        except re.error as error:
            raise InputError(f"{path}:{number}: bad pattern: {error}") from None
        entries.append(Entry(entry_id, name, compiled, unit_families, topic))
    return tuple(entries)


@lru_cache(maxsize=8192)
def classify(indicator: str, unit: str) -> Entry | None:
    """The catalogue entry a target of this indicator and unit measures, or ``None`` (uncatalogued).

    Cached: a corpus states the same few indicators again and again.
    """
    reading = _reading(indicator or "")
    if not reading:
        return None
    for entry in _admitting(unit):
        if any(p.search(reading) for p in entry.patterns):
            return entry
    return None


@lru_cache(maxsize=1024)
def _admitting(unit: str) -> tuple[Entry, ...]:
    """The catalogue's entries whose unit families admit ``unit``, in catalogue order.

    Units are a small closed set (元, 万人, %, 张 …) while indicators are open: each new indicator was tested
    against every entry's unit patterns (77 entries, a regex match each), the same answer for the same unit.

    >>> [entry.id for entry in _admitting("万张")] == [e.id for e in load_catalogue() if e.admits("万张")]
    True
    >>> _admitting("场")  # no family admits it
    ()
    """
    return tuple(entry for entry in load_catalogue() if entry.admits(unit))
