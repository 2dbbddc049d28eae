"""Leading groups a body sets up (issue 10): 县政府成立新型农村合作医疗协调管理领导小组, 乡党委成立民政工作领导小组.

A 领导小组 (or 领导组) is an agency of its own: the body that sets it up (成立, 组建, 设立, 调整) gives it its place
when that body is placed (平江县人民政府成立…领导小组 → 平江县…领导小组); a group named with a bare level word
(调整区未成年人保护工作领导小组) is of the place the document resolves that word to, as 区民政局 is; otherwise the
group keeps the name as written. The name between the verb and 领导小组 is a field, never a clause: no function word, no punctuation
(对 and 本 stay allowed: 对口支援工作领导小组, 基本养老保险工作领导小组).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from loaders.agencies import _LEVEL_WORDS, _WORD_AFTER_LEVEL

_GROUP = re.compile(
    r"(?P<verb>成立|组建|设立|调整充实|调整)了?"
    r"(?P<name>(?:(?![的在是将要了把向从与及或等并由于以就到给被让各该其和])[\u4e00-\u9fff]){2,16}?(?:领导小组|领导组))"
    r"(?P<office>办公室)?"
)
# the body that sets the group up ends right before the verb, or before 决定/研究/专门 + verb
_BETWEEN = re.compile(r"^(?:决定|研究|专门|及时|已|还|又|先后)?$")
# a level word opening the group's name (the agencies' level words, and 地区 and 盟, which a document resolves too),
# longest first (地区 before 区); 区域, 区划, 市场, 市级, 区县 are words, not levels
_LEVEL_OPENING = re.compile(
    "^(?:" + "|".join(sorted(("地区", *_LEVEL_WORDS, "盟"), key=len, reverse=True)) + ")(?![" + _WORD_AFTER_LEVEL + "])")


def set_up_groups(text: str, found: list, place_prefix, is_mainland,
                  place_for_level: Callable[[str], str | None] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) of each leading group set up in ``text`` (``found``: the agencies already
    found; ``place_prefix`` and ``is_mainland`` are loaders.agencies'; ``place_for_level``: the document's
    place for a bare level word, loaders.resolve.DocContext's).

    >>> from loaders.agencies import _place_prefix, _is_mainland
    >>> def names(text, found=()):
    ...     return [n for _, _, n, _ in set_up_groups(text, list(found), _place_prefix, _is_mainland)]
    >>> names("县政府成立新型农村合作医疗协调管理领导小组，负责领导全县工作")
    ['新型农村合作医疗协调管理领导小组']
    >>> names("宁阳县人民政府成立社会救助工作领导小组", [(0, 7, "宁阳县人民政府", "宁阳县人民政府")])
    ['宁阳县社会救助工作领导小组']
    >>> names("要成立由分管领导任组长的领导小组"), names("各乡镇要成立相应的领导小组")
    ([], [])
    >>> levels = {"区": "东湖区", "地区": "大兴安岭地区"}.get
    >>> [n for _, _, n, _ in set_up_groups("调整区养老服务工作领导小组成员", [], _place_prefix, _is_mainland, levels)]
    ['东湖区养老服务工作领导小组']
    >>> [n for _, _, n, _ in set_up_groups("调整了地区双拥工作领导小组", [], _place_prefix, _is_mainland, levels)]
    ['大兴安岭地区双拥工作领导小组']
    >>> [n for _, _, n, _ in set_up_groups("调整县养老服务工作领导小组成员", [], _place_prefix, _is_mainland, levels)]
    ['县养老服务工作领导小组']
    >>> [n for _, _, n, _ in set_up_groups("调整区划地名工作领导小组成员", [], _place_prefix, _is_mainland, levels)]
    ['区划地名工作领导小组']
    """
    if "领导" not in text:
        return []
    out = []
    ending_at = {f[1]: f for f in found}  # a setter is looked up by where it ends: linear in the text
    covered = bytearray(len(text) + 1)
    for s_, e_, _, _ in found:
        covered[s_:e_] = b"\x01" * (e_ - s_)
    for match in _GROUP.finditer(text):
        start, end = match.span("name")
        if any(covered[start:end]):
            continue  # 成立县社会救助工作领导小组: the group was found with its place already
        name = match.group("name")
        if name.startswith(("领导小组", "领导组", "工作领导")):
            continue  # 成立领导小组: no field names it
        setter = next((ending_at[e] for e in range(match.start(), max(-1, match.start() - 3), -1)
                       if e in ending_at and _BETWEEN.match(text[e:match.start()])), None)
        place = place_prefix(setter[2]) if setter is not None else None
        if place is not None and is_mainland(place):
            name = place + name
        elif setter is None and place_for_level is not None and (level := _LEVEL_OPENING.match(name)):
            resolved = place_for_level(level.group())
            if resolved is not None:  # a level word the document never resolves keeps the name as written
                name = resolved + name[level.end():]
        if match.group("office"):
            end = match.end("office")
            name += "办公室"
        out.append((start, end, name, text[start:end]))
    return out
