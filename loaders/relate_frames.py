"""Entities proven by the frame of a relation, for the relation rules to use.

A person named as the one who chairs (会议由区民政局党组书记、局长赵三洪主持) is a person, whatever
characters the given name holds. A meeting that a body convenes (县政协召开专题协商会议) or that opens its own clause as the subject of
召开/举行 (上海市养老服务工作现场推进会昨天举行) is a named meeting even when the meeting rules did not
take it: the frame says so. These hooks add such entities to the document's mentions before the
relation rules run, so ORGANIZED_BY, HELD_IN, SPOKE_AT and CHAIRED can reach them. Only what a frame
proves is added, never a name the entity rules already hold.

>>> from loaders.types import Sentence
>>> text = "3月29日上午，我市召开老龄工作会议。副市长冯志亮出席会议并讲话。"
>>> [name for _, _, name in framed_meetings(text)]
['老龄工作会议']
"""
from __future__ import annotations

import re

from loaders.lexicons import read_lexicon
from loaders.normalise import to_simplified
from loaders.types import Mention, Sentence

# what a meeting's name ends with (loaders/data/meeting_kinds.txt); a convening or holding verb around it proves the name
_MEETING_HEAD = "(?:" + "|".join(sorted({row[0] for row in read_lexicon("meeting_kinds.txt")}, key=len, reverse=True)) + ")"
# the characters a written meeting name is made of (a list of levels may hold 、 and brackets)
_NAME_CHARS = r"[\u4e00-\u9fff\d、()（）“”《》·]"
_DAY = r"(?:于)?(?:昨天|昨日|今天|今日|日前|近日|上午|下午|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午)?)"
# a body or the place itself convenes: 县政协召开…, 省民政厅在郑州举办了…, 我市召开…
_CONVENED = re.compile(
    rf"(?:[省市县区州镇乡]|局|厅|部|委|办|政协|政府|街道|中心)(?:{_DAY})?(?:在[^，。；：,]{{1,16}}?)?"
    rf"(?:组织|联合|专门|专题|隆重)?(?:召开|举办|举行|办理)(?:了)?"
    # (苗栗县政府9日办理「115年度社区据点经费说明会」: Taiwan's pages hold a meeting with 办理, its name in 「」;
    # 办理 proves a meeting only before a name that ends in a meeting's kind, as every verb here)
    # (a quote opened before the name is closed right after it, else the name is read with the quote inside it
    # and left to the meeting rules as a quoted brand's event: 召开“三服务”推进会, 举办“合力相伴”…启动仪式)
    rf"(?:[一二三四五六七八九十两\d]+场次)?(?P<open>[「“])?"
    rf"(?P<name>{_NAME_CHARS}{{2,60}}?{_MEETING_HEAD})(?(open)[」”])(?=[，。；：,;\s]|$)"
)
# the meeting opens its clause: …，上海市养老服务工作现场推进会昨天举行 / …培训班开班式在区委党校隆重举行
_HELD = re.compile(
    rf"(?:^|(?<=[，。；：,;\s]))(?P<name>{_NAME_CHARS}{{2,60}}?{_MEETING_HEAD})(?:{_DAY})?"
    rf"(?:在[^，。；：,]{{1,20}}?)?(?:隆重|顺利)?(?:召开|举行|开幕|开班)"
)
# every _CONVENED match holds 召开, 举办, 举行 or 办理, every _HELD match 召开, 举行, 开幕 or 开班
_FRAME_VERBS = ("召开", "举办", "举行", "办理", "开幕", "开班")
_YEAR = re.compile(r"^((?:19|20)\d{2})年(?:度)?")
# a clause, an act or a pointer is not part of a name
_NOT_IN_NAME = re.compile(
    r"出席|主持|参加|讲话|召开|举行|举办|同志|强调|指出|传达|学习|贯彻|精神|研究|部署|要求|通过|审议|收看|观看|"
    r"^(?:这|本|此|该|上述|各|相关|有关|一次|多次|系列|其|会上|首先)|"
    # a count or a description, not a name: 举办3期培训班, 举办了为期三天的培训班
    r"^[\d一二三四五六七八九十两多数几]+[期场次个批轮]|的|为期"
)


def _named(name: str) -> bool:
    """A framed name is a meeting's name when it says more than its kind (not 党组会议, 全体会议).

    >>> _named("专题协商会议"), _named("党组会议"), _named("这次会议"), _named("2019年全区民政工作会议")
    (True, False, False, True)
    >>> _named("“合力相伴”儿童关爱主题活动启动仪式"), _named("3期社会工作培训班"), _named("为期三天的培训班")
    (False, False, False)
    """
    core = _YEAR.sub("", name)
    # an event under a quoted brand (“合力相伴·健康成长”…启动仪式) is the meeting rules' to name
    return len(core) >= 5 and not _NOT_IN_NAME.search(core) and "“" not in core


def framed_meetings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name as written) of the meetings a convening or holding frame names in ``text``.

    >>> framed_meetings("8月23日，县政协召开专题协商会议，围绕养老服务协商建言。")
    [(11, 17, '专题协商会议')]
    >>> [n for _, _, n in framed_meetings("为推进养老服务发展，上海市养老服务工作现场推进会昨天举行。")]
    ['上海市养老服务工作现场推进会']
    >>> framed_meetings("市民政局召开党组会议，研究部署工作。")
    []
    >>> [n for _, _, n in framed_meetings("苗栗县政府9日办理「115年度社区据点经费说明会」，县长表示…")]
    ['115年度社区据点经费说明会']
    >>> framed_meetings("县政府办理长者餐饮补助申请。")
    []
    """
    if not any(verb in text for verb in _FRAME_VERBS):
        return []  # both frames need a verb of convening or holding: no scan of the names before it
    out: list[tuple[int, int, str]] = []
    for pattern in (_CONVENED, _HELD):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            if not _named(name) or any(s < end and start < e for s, e, _ in out):
                continue
            out.append((start, end, name))
    return sorted(out)


def _clean(name: str) -> str:
    return to_simplified(re.sub(r"[《》“”]", "", name)).replace("（", "(").replace("）", ")")


def _same_meeting(name: str, other: str) -> bool:
    """One meeting written twice: one name holds the other, or does after its place is dropped
    (a headline's 江西养老服务推进会议 is the body's 全省养老服务推进会议).

    >>> _same_meeting("江西养老服务推进会议", "全省养老服务推进会议"), _same_meeting("老龄工作会议", "民政工作会议")
    (True, False)
    """
    if name in other or other in name:
        return True
    return any(len(name) - k >= 5 and name[k:] in other for k in range(1, 5))


def add_framed_meetings(sentences: list[Sentence], meetings: list[Mention]) -> list[Mention]:
    """The meetings with those that frames prove added (none the entity rules already hold, in name or place).

    >>> s = Sentence(0, "我市召开老龄工作会议。", 0, 11)
    >>> [m.name for m in add_framed_meetings([s], [])]
    ['老龄工作会议']
    >>> held = Mention("Meeting", "2019年全市老龄工作会议", "2019年全市老龄工作会议", 0, 0, 14)
    >>> [m.name for m in add_framed_meetings([Sentence(0, "2019年全市老龄工作会议召开。", 0, 16)], [held])]
    ['2019年全市老龄工作会议']
    """
    out = list(meetings)
    framed: set[str] = set()  # a framed name written again (headline, then body) is a mention each time
    for sentence in sentences:
        if "会" not in sentence.text and "班" not in sentence.text and "坛" not in sentence.text and "礼" not in sentence.text and "讲堂" not in sentence.text and "式" not in sentence.text:
            continue
        for start, end, written in framed_meetings(sentence.text):
            name = _clean(written)
            a, b = sentence.start + start, sentence.start + end
            if any(m.start < b and a < m.end for m in out):
                continue
            if name not in framed and any(_same_meeting(name, m.name) for m in out):
                continue
            framed.add(name)
            year = _YEAR.match(name)
            props = {"year": int(year.group(1))} if year else {}
            out.append(Mention("Meeting", name, written, sentence.index, a, b, props, "rule"))
    return out


# 会议由区民政局党组书记、局长赵三洪主持 / 由县政府办副科级干部刘志主持: the one named right before 主持
_CHAIRED_BY = re.compile(r"由(?P<before>[^，。；：,;由]{0,40}?)(?P<name>[\u4e00-\u9fff]{2,3})(?:同志)?主持")
_NOT_A_NAME = re.compile(r"[省市县区局厅部委会议党府心办处组届次年的了和与在是对等各副长级人员干书记任导]")


def chair_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, words before it after 由) of the persons a 由…主持 frame names.

    The name is a surname and one or two characters: three when its first is a surname and the two
    after it could not end a title (主任王明: 任 ends the post), else two.

    >>> chair_names("会议由区民政局党组书记、局长赵三洪主持。")
    [(14, 17, '赵三洪', '区民政局党组书记、局长')]
    >>> chair_names("会议由县政府办副科级干部刘志主持。")
    [(12, 14, '刘志', '县政府办副科级干部')]
    >>> chair_names("会议由区民政局主任王明主持。")[0][2]
    '王明'
    >>> chair_names("会议由召集人主持。"), chair_names("由区民政局主持"), chair_names("由王书记主持"), chair_names("由各单位负责人主持")
    ([], [], [], [])
    """
    from loaders.persons import POSTS, SURNAMES_SINGLE

    out = []
    for match in _CHAIRED_BY.finditer(text):
        written, end = match.group("name"), match.end("name")
        before = match.group("before")
        if len(written) == 3 and written[0] in SURNAMES_SINGLE and not _NOT_A_NAME.search(written[1:]) and not (before + written[0]).endswith(POSTS):
            name = written
        elif written[-2] in SURNAMES_SINGLE and not _NOT_A_NAME.search(written[-1]):
            name, before = written[-2:], before + written[:-2]
        else:
            continue
        out.append((end - len(name), end, name, before))
    return out


def add_framed_persons(sentences: list[Sentence], persons: list[Mention], agencies: list[Mention]) -> list[Mention]:
    """The persons with those a 由…主持 frame names added, with the post written before the name and the
    body (an agency mention just before the post) as ``org``.

    >>> s = Sentence(0, "会议由区民政局党组书记、局长赵三洪主持。", 0, 20)
    >>> bureau = Mention("Agency", "龙亭区民政局", "区民政局", 0, 3, 7)
    >>> [(m.name, m.properties) for m in add_framed_persons([s], [], [bureau])]
    [('赵三洪', {'post': '党组书记、局长', 'org': '龙亭区民政局'})]
    """
    out = list(persons)
    for sentence in sentences:
        if "主持" not in sentence.text or "由" not in sentence.text:
            continue
        for start, end, name, before in chair_names(sentence.text):
            a, b = sentence.start + start, sentence.start + end
            if any(m.start < b and a < m.end or m.name == name for m in out):
                continue
            props: dict = {}
            body = [g for g in agencies if g.sentence_index == sentence.index and a - len(before) <= g.start and g.end <= a]
            if body:
                post = sentence.text[body[-1].end - sentence.start:start].strip("、，, ")
                if post:
                    props = {"post": post, "org": body[-1].name}
            out.append(Mention("Person", name, name, sentence.index, a, b, props, "rule"))
    return out


# what a meeting's full name adds before the name a document also writes short: a year, a scope, or both
_DATED_SCOPE = re.compile(r"^(?:(?:19|20)\d{2}年(?:度)?)?(?:全国|全省|全市|全区|全县|全州|全盟|全旗)?$")


def full_meeting_names(meetings: list[Mention]) -> list[Mention]:
    """The meetings with a name written short (全省民政工作会议, 民政重点工作推进会) named in full where the
    document writes exactly one fuller name that only adds a year or scope before it (2011年全省民政工作会议):
    one meeting, written twice, is one node. Two fuller names (2020年… and 2021年…) leave it as written.

    >>> short = Mention("Meeting", "全省民政工作会议", "全省民政工作会议", 3, 40, 48)
    >>> full = Mention("Meeting", "2011年全省民政工作会议", "2011年全省民政工作会议", 0, 5, 18, {"year": 2011})
    >>> [(m.name, m.properties) for m in full_meeting_names([full, short])]
    [('2011年全省民政工作会议', {'year': 2011}), ('2011年全省民政工作会议', {'year': 2011})]
    >>> other = Mention("Meeting", "2010年全省民政工作会议", "2010年全省民政工作会议", 1, 20, 33, {"year": 2010})
    >>> [m.name for m in full_meeting_names([full, other, short])][-1]
    '全省民政工作会议'
    """
    names = {m.name for m in meetings}
    fuller = {}
    for name in names:
        longer = [other for other in names if other != name and other.endswith(name) and _DATED_SCOPE.match(other[:-len(name)])]
        if len(longer) == 1:
            fuller[name] = longer[0]
    if not fuller:
        return meetings
    props = {m.name: m.properties for m in meetings}
    return [Mention(m.label, fuller[m.name], m.surface, m.sentence_index, m.start, m.end, dict(props[fuller[m.name]]), m.method)
            if m.name in fuller else m for m in meetings]
