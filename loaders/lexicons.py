"""Word lists the extractors read from ``loaders/data/`` (see the README there).

Each list is a UTF-8 text file: one entry a line, columns separated by a tab,
``#`` starts a comment, blank lines are skipped. A researcher adds a word by
adding a line; no code changes. Files are read once per process.

>>> abbreviations = agency_abbreviations()
>>> abbreviations["人社局"]
'人力资源和社会保障局'
>>> "机关党委" in internal_units()
True
>>> parse_lines(["# comment", "", "人社局\\t人力资源和社会保障局  # why"])
[['人社局', '人力资源和社会保障局']]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def parse_lines(lines) -> list[list[str]]:
    """Rows of a lexicon file: comments and blank lines dropped, cells stripped."""
    rows = []
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def read_lexicon(name: str) -> list[list[str]]:
    """The rows of ``loaders/data/<name>``."""
    return parse_lines((DATA / name).read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=1)
def agency_abbreviations() -> dict[str, str]:
    """Written body type → canonical body type (人社局 → 人力资源和社会保障局)."""
    return {row[0]: row[1] for row in read_lexicon("agency_abbreviations.tsv")}


@dataclass(frozen=True)
class RegionalBody:
    """A Hong Kong, Macau or Taiwan body: as written, its canonical name, and the region whose documents use it."""

    written: str
    canonical: str  # as the lexicon writes it: a generic name carries its region (卫生局 → 澳门卫生局)
    region: str
    standalone: bool  # named without a place before it (社會福利署); else a body type after a place (區公所)
    name: str = ""  # the graph's name: canonical with the region's naming prefix (region_name_prefixes.tsv)

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.canonical)


@lru_cache(maxsize=1)
def region_name_prefixes() -> dict[str, str]:
    """Region → the place word its territory-wide bodies are named with (香港特别行政区 → 香港: 社会福利署 is
    香港社会福利署), as the guide names a body "with its place" and the owner's gold names Macau's 民政总署."""
    return {row[0]: row[1] for row in read_lexicon("region_name_prefixes.tsv")}


def _graph_name(canonical: str, region: str, standalone: bool) -> str:
    """A regional body's name in the graph: its canonical name with its region's prefix when it is standalone.

    >>> _graph_name("社会福利署", "香港特别行政区", True), _graph_name("香港房屋委员会", "香港特别行政区", True)
    ('香港社会福利署', '香港房屋委员会')
    >>> _graph_name("户政事务所", "台湾省", False)
    '户政事务所'
    """
    prefix = region_name_prefixes().get(region, "") if standalone else ""
    return canonical if canonical.startswith(prefix) else prefix + canonical


@lru_cache(maxsize=1)
def regional_bodies() -> tuple[RegionalBody, ...]:
    rows = read_lexicon("regional_bodies.tsv")
    return tuple(RegionalBody(row[0], row[1] or row[0], row[2], row[3] == "standalone",
                              _graph_name(row[1] or row[0], row[2], row[3] == "standalone")) for row in rows)


@lru_cache(maxsize=1)
def institution_bodies() -> tuple[str, ...]:
    """Public institution types written after a place (救助站, 福利中心): loaders/data/institution_bodies.txt."""
    return tuple(row[0] for row in read_lexicon("institution_bodies.txt"))


@lru_cache(maxsize=1)
def body_types() -> tuple[str, ...]:
    """More bureau types written after a place (广电局, 科技局): loaders/data/body_types.txt."""
    return tuple(row[0] for row in read_lexicon("body_types.txt"))


@lru_cache(maxsize=1)
def government_bodies() -> dict[str, str]:
    """The standing bodies of a government and party committee by written form → group (department, party,
    mass, institution, armed, township): loaders/data/government_bodies.tsv.

    >>> government_bodies()["医保局"], government_bodies()["委组织部"], government_bodies()["光荣院"]
    ('department', 'party', 'institution')
    """
    return {row[0]: row[1] for row in read_lexicon("government_bodies.tsv")}


@lru_cache(maxsize=1)
def organisation_heads() -> tuple[str, ...]:
    """Generic heads an organisation name ends with (委员会, 领导小组, 人民法院): loaders/data/organisation_heads.txt."""
    return tuple(row[0] for row in read_lexicon("organisation_heads.txt"))


@lru_cache(maxsize=1)
def internal_units() -> tuple[str, ...]:
    """Names of a body's internal units that no pattern (…处, …科, …司, …中心) covers."""
    return tuple(row[0] for row in read_lexicon("internal_units.txt"))


@lru_cache(maxsize=1)
def program_slogans() -> frozenset[str]:
    """Slogans and formulas that are never programs (互比互看、全域提升, 强基固本)."""
    return frozenset(row[0] for row in read_lexicon("program_slogans.txt"))


@lru_cache(maxsize=1)
def observances() -> frozenset[str]:
    """Named days, weeks, months and festivals (敬老月, 中华慈善日): the date of a campaign, never a program."""
    return frozenset(row[0] for row in read_lexicon("observances.txt"))


@lru_cache(maxsize=1)
def words_ending_in_conjunction() -> tuple[str, ...]:
    """Words that end in 和/与/及 without being a conjunction (融和, 祥和, 参与): a head ending in one is not cut mid-list."""
    return tuple(row[0] for row in read_lexicon("words_ending_in_conjunction.txt"))


@lru_cache(maxsize=None)  # one entry per kind: with one, two kinds read in turn re-read the file each time
def program_words(kind: str) -> tuple[str, ...]:
    """Words of one kind from program_suffixes.txt: "suffix" (服务模式, 一把手工程),
    "facility" (长者饭堂, 颐康中心), "award" (慈善奖), "project-kind" (实事: 民生实事项目 names
    no project), "line" (救助: a catalogued 临时救助 is a line of work, no program name) or "scheme-head"
    (补贴: a …制度 ending in it is a benefit scheme) "cut" (扩大: a verb after which a name starts) or "opener" (优化: stripped at a name's very start only)."""
    return tuple(row[0] for row in read_lexicon("program_suffixes.txt") if len(row) > 1 and row[1] == kind)


@lru_cache(maxsize=1)
def not_community_names() -> frozenset[str]:
    """Words the tokenizer tags as place names that name a region or a country, never a community or village."""
    return frozenset(row[0] for row in read_lexicon("not_community_names.txt"))


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Words that end like a place (…社区, …城区) but name none (利用社区, 长者社区)."""
    return frozenset(row[0] for row in read_lexicon("not_places.txt"))


@lru_cache(maxsize=1)
def t2s_kept() -> dict[str, tuple[str, ...]]:
    """Traditional characters kept as written by the script conversion, with the words that still convert them
    (乾 → 干 only in 乾燥, 餅乾 …)."""
    return {row[0]: tuple(word for word in (row[1] if len(row) > 1 else "").split(",") if word) for row in read_lexicon("t2s_kept.tsv")}


@lru_cache(maxsize=1)
def society_heads() -> tuple[str, ...]:
    """Heads closing a social organisation's name after its place (合作社, 农会, 协会): loaders/data/society_heads.txt."""
    return tuple(row[0] for row in read_lexicon("society_heads.txt"))


@lru_cache(maxsize=1)
def topic_false_friends() -> dict[str, str]:
    """Phrase that holds a topic keyword but is about another topic or none → what it is read as (公益性公墓 → 殡葬,
    移民局 → nothing): loaders/data/topic_false_friends.tsv, in file order."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in read_lexicon("topic_false_friends.tsv")}
