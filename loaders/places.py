"""Places: gazetteer names in the text, resolved to the hierarchy with codes.

Full names (衢州市) and short names of provinces and cities (衢州, 辽宁) match
everywhere; short names of counties and districts (开化, 西贡) only inside the
document's province. Townships, streets, communities and villages have no
codes in the gazetteer: they are found by their suffix after a known place or
in a list that follows one.

>>> from loaders.types import Sentence, DocumentInfo
>>> info = DocumentInfo("x", place="衢州市", province="浙江省")
>>> [(m.name, m.properties["code"]) for m in extract_places([Sentence(0, "常山、开化两县和衢州召开会议", 0, 14)], info)]
[('常山县', '330822'), ('开化县', '330824'), ('衢州市', '330800')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.gazetteer import Place, get_gazetteer
from loaders.trie import trie_regex
from loaders.types import DocumentInfo, Mention, Sentence

# Characters that, right after a short name, show it is part of a longer word
# (江山如画, 营口岸): a real place short name is followed by a boundary-ish char.
_BAD_AFTER_SHORT = set("路街道桥湖山河江大港口岸花园广场村乡镇")
# Lower-level places by suffix, allowed right after a known place or a list separator.
_LOCAL = re.compile(r"([\u4e00-\u9fff]{2,4}?)(街道|镇|乡|社区|村)(?![\u4e00-\u9fff]{0,1}(?:工作|建设|振兴|治理|服务|养老|居民|干部))")
_LOCAL_STOP = set("全各本我城农乡村社区镇街等级型化示范和谐幸福美丽智慧老年儿童文明新该每个多些所有两三四五六七八九十")


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    return trie_regex(get_gazetteer().names())


def find_place_spans(text: str, info: DocumentInfo | None = None) -> list[tuple[int, int, Place, str]]:
    """(start, end, place, surface) for each gazetteer name in ``text`` that resolves in context."""
    gazetteer = get_gazetteer()
    province = info.province if info else None
    city = info.place if info else None
    out = []
    previous_end, previous = -1, None
    for match in _name_pattern().finditer(text):
        surface = match.group()
        full = surface in gazetteer.by_name
        if not full:
            nxt = text[match.end():match.end() + 1]
            if nxt in _BAD_AFTER_SHORT:
                continue
        # a place written right after another (台中市东区) lies inside it
        scope_city = previous.name if previous is not None and previous_end == match.start() else city
        scope_province = province
        if previous is not None and previous_end == match.start():
            prov = gazetteer.province_of(previous)
            scope_province = prov.name if prov else province
        place = gazetteer.lookup(surface, province=scope_province, city=scope_city)
        if place is None:
            continue
        previous_end, previous = match.end(), place
        out.append((match.start(), match.end(), place, surface))
    return out


def place_properties(place: Place) -> dict:
    return {"code": place.code, "level": place.level}


def extract_places(
    sentences: list[Sentence], info: DocumentInfo, exclude: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """Place mentions in ``sentences``; spans overlapping ``exclude`` (e.g. agency names) are skipped."""
    mentions: list[Mention] = []
    blocked = sorted(exclude or [])
    for sentence in sentences:
        for start, end, place, surface in find_place_spans(sentence.text, info):
            abs_start, abs_end = sentence.start + start, sentence.start + end
            if _overlaps(blocked, abs_start, abs_end):
                continue
            mentions.append(Mention("Place", place.name, surface, sentence.index, abs_start, abs_end, place_properties(place)))
    return mentions


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
