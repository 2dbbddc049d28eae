"""Lists of catalogue bodies written without a place (issue 10).

A county's report names its partners as a bare list, 协调公安局、税务局、人社局…金融办15个部门; a news item
writes the level word once, 县发改局、财政局分别汇报; a duties page writes 分管区政府办公室、财政局、审计局.
Each item of such a list is one agency. An item is a row of loaders/data/government_bodies.tsv (or an
abbreviation of loaders/data/agency_abbreviations.tsv) standing alone between the list's separators; the
place it belongs to is the place of the nearest placed body before it in the same list, else the place the
document speaks as (``DocContext.own``: 我县 in a 平江县 document), else none: the item stays as written.

A list with no placed body needs three catalogue items (or two closed by 等…部门 / N个单位), so a sentence
that names one bare 公安局 in passing (a body of another place, or of none) yields nothing here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicons import agency_abbreviations, government_bodies
from loaders.resolve import DocContext

_PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部", "政法委")
# the separator of list items; 和/及 only join the last item
_SEPARATOR = "、"
# a body-like item the catalogue doesn't list (农机总站, 房产管理局): joins a list that has catalogue items
_LOOSE_ITEM = re.compile(r"(?!各|有关|相关|其他|其它|等)[\u4e00-\u9fff]{1,7}(?:局|办|委|站|中心|院|所|会|联|部)")
_PAREN = re.compile(r"[（(][^（）()]{1,12}[）)]$")
_CLOSE = re.compile(r"^(?:等)?[\d一二三四五六七八九十]*[家个]?(?:成员|相关|有关|职能)?(?:单位|部门)")
_JOINED = re.compile(r"^[和及与]")
_LEVEL_WORDS = "省市县区"


@lru_cache(maxsize=1)
def _catalogue() -> frozenset[str]:
    """Body names a list item may be: the government catalogue, the abbreviations, and a party committee's
    departments written without their 委 (县委办公室、组织部、宣传部)."""
    return frozenset(government_bodies()) | frozenset(agency_abbreviations()) | frozenset(_PARTY_DEPARTMENTS)


def _catalogue_suffix(chunk: str) -> str | None:
    """The longest catalogue name ``chunk`` ends with (协调公安局 → 公安局)."""
    names = _catalogue()
    return next((chunk[k:] for k in range(max(0, len(chunk) - 12), len(chunk) - 1) if chunk[k:] in names), None)


def _catalogue_prefix(chunk: str) -> str | None:
    """The longest catalogue name ``chunk`` starts with (金融办15个部门 → 金融办)."""
    names = _catalogue()
    return next((chunk[:k] for k in range(min(len(chunk), 12), 1, -1) if chunk[:k] in names), None)


def leader_prefix(name: str, is_mainland, place_prefix) -> str | None:
    """The place (or bare level word) a placed list item gives the bare items after it.

    >>> from loaders.agencies import _place_prefix, _is_mainland
    >>> leader_prefix("平原县委办公室", _is_mainland, _place_prefix), leader_prefix("县发改局", _is_mainland, _place_prefix)
    ('平原县', '县')
    >>> leader_prefix("台中市政府社会局", _is_mainland, _place_prefix) is None, leader_prefix("民政部", _is_mainland, _place_prefix) is None
    (True, True)
    """
    if name.startswith(("共青团", "驻", "中共")):
        return None
    place = place_prefix(name)
    if place is not None:
        return place if is_mainland(place) else None  # 台中市政府社会局、劳工局: named otherwise in Taiwan
    return name[0] if name[0] in _LEVEL_WORDS and len(name) > 2 else None


def _items(text: str, start: int, end: int, at: list) -> list[tuple[int, int, str, str]]:
    """The items of the 、-run text[start:end]: (start, end, kind, body) with kind "found" (an agency already
    found there: body is its name), "catalogue" or "loose"; an item that is none ends the list before it.
    ``at[i]`` is the found agency covering position i (None): each chunk is looked up in its own length."""
    chunks = []
    position = start
    for piece in text[start:end].split(_SEPARATOR):
        chunks.append((position, position + len(piece)))
        position += len(piece) + 1
    items: list[tuple[int, int, str, str]] = []
    last = len(chunks) - 1
    for index, (c_start, c_end) in enumerate(chunks):
        if c_start == c_end:
            continue  # 区政府办公室、、财政局: an empty item is a typing slip
        covering = list({f for f in at[c_start:c_end] if f is not None})
        chunk = text[c_start:c_end]
        if covering:
            agency = max(covering, key=lambda f: f[1])
            whole = (index == 0 or agency[0] <= c_start) and (index == last or agency[1] >= c_end - _paren_length(chunk))
            whole = whole and (index != last or index == 0 or agency[0] == c_start)
            if whole:
                items.append((agency[0], agency[1], "found", agency[2]))
                if index == last:
                    items.extend(_joined_after(text, agency[1], end, at))
                continue
        item = _item_in_chunk(chunk, index == 0, index == last and index > 0)
        if item is None:
            if index == 0:
                continue  # the text before the list (分管, 协调) holds no item: the list starts after it
            break
        offset, body, kind = item
        items.append((c_start + offset, c_start + offset + len(body), kind, body))
        if index == last:
            items.extend(_joined_after(text, c_start + offset + len(body), end, at))
    return items


def _paren_length(chunk: str) -> int:
    paren = _PAREN.search(chunk)
    return len(paren.group()) if paren else 0


def _item_in_chunk(chunk: str, first: bool, last: bool) -> tuple[int, str, str] | None:
    """(offset, body, kind) of the item a chunk holds, or None."""
    core = chunk[:len(chunk) - _paren_length(chunk)]  # 监察局(纠风办): the brackets name the same body
    if core in _catalogue():
        return 0, core, "catalogue"
    if first:
        suffix = _catalogue_suffix(core)
        return (len(core) - len(suffix), suffix, "catalogue") if suffix else None
    if last:
        prefix = _catalogue_prefix(core)
        if prefix:
            return 0, prefix, "catalogue"
        return None
    if _LOOSE_ITEM.fullmatch(core):
        return 0, core, "loose"
    return None


def _joined_after(text: str, position: int, end: int, at: list) -> list[tuple[int, int, str, str]]:
    """团县委和县台办 / 财政局及审计局: the item joined to the last one by 和/及."""
    if not _JOINED.match(text[position:position + 1]):
        return []
    start = position + 1
    agency = at[start] if start < len(at) else None
    if agency is not None and agency[0] == start:
        return [(agency[0], agency[1], "found", agency[2])]
    prefix = _catalogue_prefix(text[start:start + 12])
    return [(start, start + len(prefix), "catalogue", prefix)] if prefix else []


def _closed(text: str, position: int) -> bool:
    """Whether 等…部门 / N个单位 closes the list at ``position``."""
    return _CLOSE.match(text[position:position + 12]) is not None


def catalogue_lists(text: str, ctx: DocContext, found: list, canonical_body, is_mainland, place_prefix) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical name, surface) of each bare catalogue body in a list of ``text``.

    ``found`` holds the agencies already found in ``text``; ``canonical_body``, ``is_mainland`` and
    ``place_prefix`` are loaders.agencies' (人社局 → 人力资源和社会保障局; is a place governed as the
    mainland; the place a canonical name opens with).

    >>> from loaders.agencies import _canonical_body, _is_mainland, _place_prefix
    >>> def names(text, found=(), ctx=DocContext()):
    ...     return [n for _, _, n, _ in catalogue_lists(text, ctx, list(found), _canonical_body, _is_mainland, _place_prefix)]
    >>> names("协调公安局、税务局、人社局、民政局建立信息系统")
    ['公安局', '税务局', '人社局', '民政局']
    >>> names("协调公安局、税务局建立信息系统"), names("公安局、税务局等部门参加")
    ([], ['公安局', '税务局'])
    >>> names("县发改局、财政局分别汇报", [(0, 4, "县发改局", "县发改局")])
    ['县财政局']
    >>> names("宁阳县民政局、财政局、组织部负责", [(0, 6, "宁阳县民政局", "宁阳县民政局")])
    ['宁阳县财政局', '宁阳县委组织部']
    >>> names("联系公安局、税务局、人社局", ctx=DocContext(county="宁阳县", own="宁阳县"))
    ['宁阳县公安局', '宁阳县税务局', '宁阳县人力资源和社会保障局']
    >>> names("他到过公安局，又去了税务局、商场和车站")
    []
    """
    if _SEPARATOR not in text:
        return []
    out: list[tuple[int, int, str, str]] = []
    at: list = [None] * (len(text) + 1)  # the found agency at each position (found spans don't overlap): linear
    for agency in found:
        at[agency[0]:agency[1]] = [agency] * (agency[1] - agency[0])
    for clause in re.finditer(r"[^，。；：:,;!！?？\n]+", text):
        if clause.group().count(_SEPARATOR) < 1:
            continue
        items = _items(text, clause.start(), clause.end(), at)
        listed = [item for item in items if item[2] != "found"]
        if not listed:
            continue
        catalogue_count = sum(1 for item in items if item[2] == "catalogue")
        led = any(item[2] == "found" for item in items)
        if catalogue_count == 0 or len(items) < 2:
            continue
        if not led and catalogue_count < 3 and not (catalogue_count >= 2 and _closed(text, items[-1][1])):
            continue  # two bare names in passing are no list of the document's bodies
        if not led and catalogue_count < 2:
            continue
        prefix = None
        for start, end, kind, body in items:
            if kind == "found":
                prefix = leader_prefix(body, is_mainland, place_prefix)
                continue
            if kind == "loose" and catalogue_count < 2:
                continue
            place = prefix if prefix is not None else (ctx.own if not led else None)
            if led and prefix is None:
                continue  # after a body of Taiwan or the nation: not this list's kind
            out.append((start, end, _named(place, body, canonical_body, is_mainland), text[start:end]))
    return out


def without_own_level(place: str, body: str) -> str:
    """``body`` without the level word that opens it when that word is ``place``'s own (区统筹办 of 高陵区 →
    统筹办), so the place is written once when it is set before the body.

    >>> without_own_level("高陵区", "区统筹办"), without_own_level("宁阳县", "区统筹办"), without_own_level("高陵区", "财政局")
    ('统筹办', '区统筹办', '财政局')
    """
    if len(place) > 1 and len(body) > 2 and body[0] in _LEVEL_WORDS and place.endswith(body[0]):
        return body[1:]
    return body


def _named(place: str | None, body: str, canonical_body, is_mainland) -> str:
    """The canonical name of a listed body of ``place`` (None: as written; a level word: kept short).

    A loose item that opens with its level word (区统筹办 after 高陵区财政局) takes the place in the level word's
    stead, not before it:

    >>> from loaders.agencies import _canonical_body, _is_mainland
    >>> _named("高陵区", "区统筹办", _canonical_body, _is_mainland), _named("高陵区", "财政局", _canonical_body, _is_mainland)
    ('高陵区统筹办', '高陵区财政局')
    >>> _named("宁阳县", "区统筹办", _canonical_body, _is_mainland)  # another level: kept as written after the place
    '宁阳县区统筹办'
    """
    if place is None:
        return body
    body = without_own_level(place, body)
    party = "委" if body.startswith(_PARTY_DEPARTMENTS) else ""
    if len(place) == 1:
        return place + party + body  # 县 + 财政局: the document never says where; the body stays as written
    full = canonical_body(body, is_mainland(place))
    return place + (party if not full.startswith("委") else "") + full  # 组织部's full form 委组织部 holds its 委
