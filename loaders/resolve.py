"""Resolve bare names (市民政局, 省民政厅, 县委) from the document's context.

The context is the document's place and its administrative chain: a 衢州
document has city 衢州市 and province 浙江省; a 常山县 document adds county
常山县 with city 衢州市.

>>> from loaders.types import DocumentInfo
>>> ctx = DocContext.from_info(DocumentInfo("x", place="营口市", province="辽宁省"))
>>> ctx.place_for_level("省"), ctx.place_for_level("市"), ctx.place_for_level("县")
('辽宁省', '营口市', None)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from loaders.gazetteer import Place, get_gazetteer, short_name
from loaders.types import DocumentInfo

_PROVINCE_WORDS = ("省", "自治区", "区党委")
_MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}


@dataclass
class DocContext:
    """The administrative chain of the place a document is about."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    place: Place | None = None
    # the place the document speaks as (我县 in a 平江县 document): its bare listed bodies are this place's
    own: str | None = None

    @classmethod
    def from_info(cls, info: DocumentInfo) -> "DocContext":
        gazetteer = get_gazetteer()
        ctx = cls(province=info.province)
        if not info.place:
            return ctx
        place = gazetteer.lookup(info.place, province=info.province)
        if place is None:
            return ctx
        ctx.place = place
        for item in gazetteer.chain(place):
            if item.level == "province":
                ctx.province = item.name
            elif item.level == "city":
                ctx.city = ctx.city or item.name
            elif item.level == "county":
                ctx.county = ctx.county or item.name
        if place.level == "county" and place.name != info.place and short_name(info.place) != info.place:
            ctx.county = info.place  # found under a former suffix (八德市 for 八德区): the name as it is now
        if ctx.province in _MUNICIPALITIES:
            ctx.city = ctx.city or ctx.province  # 市民政局 in a 天津 document is 天津市民政局
        return ctx

    def qualified_county(self) -> str | None:
        """The county-level place as its bodies are named: with its city when several divisions share its
        name (河东区 in a 天津 document: 天津市河东区人民政府, not the 临沂 one), else alone.

        >>> DocContext(province="天津市", city="天津市", county="河东区").qualified_county()
        '天津市河东区'
        >>> DocContext(province="江苏省", city="南通市", county="如皋市").qualified_county()
        '如皋市'
        """
        if not self.county:
            return None
        if self.city and self.city != self.county and len(get_gazetteer().by_name.get(self.county, [])) > 1 \
                and not (self.province or "").startswith(("香港", "澳门")):
            return self.city + self.county
        return self.county

    def place_for_level(self, level: str) -> str | None:
        """The context's place for a bare level word: 省/自治区 → province, 市 → city, 县/区 → county."""
        if level in ("省", "自治区"):
            return self.province
        if level == "市":
            if self.county and self.county.endswith("市"):
                return self.county  # a county-level city's own 市民政局 (罗定市)
            return self.city
        if level in ("州", "盟", "地区"):
            # 州民政局 in a 黔东南 document: the prefecture (an autonomous 州, a 盟 or a 地区)
            if self.city and self.city.endswith(level):
                return self.city
            return None
        if level in ("县", "区", "旗"):
            if self.county and (self.county.endswith(level) or level == "区" and self.county.endswith("新区")):
                return self.qualified_county()
            if level == "区" and self.city and self.city.endswith("新区"):
                return self.city
            if level == "区" and self.province and self.province.endswith("自治区") and not self.county:
                return self.province  # 区党委/区政府 in a Tibet document
            return None
        return None


def fits_level(place: Place, level: str) -> bool:
    """Does a gazetteer place have the level a level word names (市 fits 营口市 and 罗定市)?

    >>> g = get_gazetteer()
    >>> fits_level(g.lookup("滨州市"), "市"), fits_level(g.lookup("滨州市"), "省"), fits_level(g.lookup("西藏自治区"), "区")
    (True, False, True)
    """
    if level in ("省", "自治区"):
        return place.level == "province"
    if level == "区" and place.level == "province":
        return place.name.endswith("自治区")
    if level in ("州", "盟"):
        return place.level == "city" and place.name.endswith(level)
    if level == "市":
        return place.level in ("city", "county") and place.name.endswith("市")
    return place.level == "county" and place.name.endswith(level)


def last_place_of_level(places: list[Place], level: str) -> str | None:
    """The last of ``places`` (in text order) that a bare level word can stand for.

    In a provincial document, 滨州市委书记、市人大常委会主任: the 市 is the city just named.
    """
    if level in ("省", "自治区"):
        return None  # a province is never only implied by a neighbouring mention
    for place in reversed(places):
        if fits_level(place, level):
            return place.name
    return None


@lru_cache(maxsize=4096)
def governed_as_mainland(place: str) -> bool:
    """Whether the place that opens ``place`` is governed as the mainland is (its government is a 人民政府).

    Decided by the division code (Taiwan 71, Hong Kong 81, Macau 82) and by
    loaders/data/taiwan_governed.txt (金门县 is coded under 泉州市 but governed from Taiwan),
    not by the first character: 苗栗县 and 新北市 are in Taiwan although they start with neither 台 nor 臺.

    >>> governed_as_mainland("滨州市"), governed_as_mainland("苗栗县"), governed_as_mainland("金门县")
    (True, False, False)
    """
    from loaders.lexicons import read_lexicon
    from loaders.places import find_place_spans

    spans = find_place_spans(place, DocumentInfo("ctx"))
    if not spans:
        return not place.startswith(("台", "香港", "澳门"))
    found = spans[0][2]
    taiwan_governed = {row[0] for row in read_lexicon("taiwan_governed.txt")}
    return found.code[:2] not in ("71", "81", "82") and found.name not in taiwan_governed


def government_name(place: str) -> str:
    """The government of ``place`` as its region names it.

    >>> government_name("滨州市"), government_name("苗栗县"), government_name("香港")
    ('滨州市人民政府', '苗栗县政府', '香港政府')
    """
    return place + ("人民政府" if governed_as_mainland(place) else "政府")
