"""Internal units named by the staff written after them (issue 10, helper ag20, stop 25).

A visit's or a restructure's list names a bureau's sections bare, each followed by its member of staff:
巴州民政局调研员李某、社会救助科干部王某、办公室干部范某 / 四级调研员、养老服务和慈善事业促进科姜某 /
在黄某局长、社会互助厅蔡某厅长的陪同下 / 原社会行政科改为社会培力发展科、科长许某. The section is a unit of the
body named last before it in the sentence, else of the last body the sentences before named (only that one: when
it has no such sections, 市社会福利院院长李某。会上，社会救助科干部王某, the section is none), named with that body, as the
owner's gold names units (福清市民政局救灾救济科, 上海市民政局办公室). A section with no one after it (社会救助科负责)
is left to the other rules: only the person makes the bare word a section of that body rather than a kind of one.
"""
from __future__ import annotations

import re
from functools import lru_cache

# a section's own name: 2-12 characters no clause holds (的, 对, 负责 …), not opening as a scope or a joining word
_SECTION = r"(?!各|有关|相关|本|该|原|其他|其余|所属|下属|直属|新增|新设|增设|设立|成立|[和及与或并])(?:(?![的对在为是将要了把向从]|负责|开展)[\u4e00-\u9fff]){2,12}?"
# what a listed section follows: a list's separator, or the verb of a restructure that renames or adds it
_OPENER = r"(?:(?<=[、，,：:；])|(?<=改为|并成|新增|新设|增设|成立)|(?<=调整为|合并为|整并成|整并为|合并成))"
# a section head's title (written after the section, 科长许某, or after the name, 蔡某厅长)
_HEAD = r"副?(?:科长|股长|厅长|主任)"


@lru_cache(maxsize=1)
def _staff_unit_re() -> re.Pattern[str]:
    from loaders.persons import SURNAME

    name = rf"{SURNAME}[\u4e00-\u9fff]{{1,2}}?"
    person = (
        # 办公室干部范某组成…: a staff member by surname, or any name closed by a separator (干部吐某、)
        rf"干部(?:{name}|[\u4e00-\u9fff]{{2,4}}(?=[、，,。；]|$))"
        rf"|、?{_HEAD}{name}(?=[、，,。；等]|一行|同志|$)"  # 社会培力发展科、科长许某，
        rf"|{name}{_HEAD}|(?P<bare>{name})(?=[、，,。；等]|一行|同志|$)"  # 社会互助厅蔡某厅长介绍 / 促进科姜某一行
    )
    return re.compile(rf"{_OPENER}(?P<unit>{_SECTION}(?:科|股|厅)|办公室)(?={person})")


def _parent_fits(parent: str, unit: str) -> bool:
    """Whether ``parent`` is a body that has such a section: a 厅 (社会互助厅) is a bureau's, a 科 or 股 a bureau's,
    a department's, a division's or a government's; no section is a section's, a centre's or an institution's.

    >>> _parent_fits("澳门社会工作局", "社会互助厅"), _parent_fits("苗栗县政府社会处", "社会培力发展科")
    (True, True)
    >>> _parent_fits("枣庄市民政局办公室", "社会救助科"), _parent_fits("枣庄市社会福利院", "办公室")
    (False, False)
    """
    if unit.endswith("厅"):
        return parent.endswith("局")
    return parent.endswith(("局", "厅", "处", "委", "部", "署", "政府", "委员会"))


def staff_units(text: str, spans: list[tuple[int, int, str, str]], earlier: str | None) -> list[tuple[int, int, str, str]]:
    """(start, end, parent + unit, unit) of each section ``text`` names bare before a member of its staff, the parent
    being the body of ``spans`` that ends last before it, else ``earlier`` (the body the sentences before named
    last); none when that body has no such sections. Linear: one scan, the parent looked up by a moving index.

    >>> spans = [(6, 11, "巴音郭楞蒙古自治州民政局", "巴州民政局")]
    >>> text = "2月14日，巴州民政局调研员李某、社会救助和社会福利科干部吐某、办公室干部范小全组成调研组"
    >>> [name for _, _, name, _ in staff_units(text, spans, None)]
    ['巴音郭楞蒙古自治州民政局社会救助和社会福利科', '巴音郭楞蒙古自治州民政局办公室']
    >>> [name for _, _, name, _ in staff_units("这次调整将原社会行政科改为社会培力发展科、科长许某，", [], "苗栗县政府社会处")]
    ['苗栗县政府社会处社会培力发展科']
    >>> [name for _, _, name, _ in staff_units("仍维持6个科，新增家庭支持关怀科、科长张某。", [], "苗栗县政府社会处")]
    ['苗栗县政府社会处家庭支持关怀科']
    >>> staff_units("市民政局要求，社会救助科负责审核，办公室做好保障。", [(0, 4, "枣庄市民政局", "市民政局")], None)
    []
    >>> staff_units("社会救助科干部王某走访。", [], None)
    []
    >>> staff_units("市民政局牵头，办公室安排，社会救助科明确，福利科成员、", [(0, 4, "枣庄市民政局", "市民政局")], None)
    []
    """
    from loaders.persons import _valid_name

    out: list[tuple[int, int, str, str]] = []
    ordered = sorted(spans, key=lambda s: s[1])
    at, parent = 0, earlier
    for match in _staff_unit_re().finditer(text):
        start, end = match.span("unit")
        while at < len(ordered) and ordered[at][1] <= start:
            parent = ordered[at][2]
            at += 1
        unit = match.group("unit")
        if match.group("bare") and not _valid_name(match.group("bare")):
            continue  # 办公室安排，: a word that opens with a surname (安排, 成员), no one after the section
        # (the spans do not overlap, so the first ending after the section's start is the only one that may cover it)
        if parent is None or not _parent_fits(parent, unit) or at < len(ordered) and ordered[at][0] < end:
            continue
        out.append((start, end, parent + unit, unit))
    return out
