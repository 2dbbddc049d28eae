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
from itertools import accumulate
from bisect import bisect_left, bisect_right
from functools import lru_cache

from loaders.lexicons import not_community_names, not_places, society_heads
from loaders.persons import SURNAMES_SINGLE as SURNAMES
from loaders.gazetteer import Place, get_gazetteer
from loaders.trie import TrieScanner
from loaders.townships import find_catalogue_townships, township_counties, townships
from loaders.types import DocumentInfo, Mention, Sentence

# Characters that, right after a short name, show it is part of a longer word
# (江山如画, 营口岸): a real place short name is followed by a boundary-ish char.
_BAD_AFTER_SHORT = set("路街道桥湖山河江大港口岸花园广场村乡镇")
# a street, community or township named right after a city's short name: 杭州湖滨街道, 宁波江北镇
_LOCAL_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{2,3}(?:街道|社区)")
# Lower-level places (townships, streets, communities, villages) have no gazetteer
# entry: they are a 2-4 character name + suffix, and the name must start at a
# clear boundary (punctuation, 在/到/和…, or right after another place).
_LOCAL_SUFFIX = re.compile(r"街道|社区|镇|乡|村")
_LOCAL_BOUNDARY = re.compile(
    r"(?:[，。、；：（）()“”《》「」\s;:,]|在|到|赴|和|与|及|至|从|于|了|走进|来到|深入|前往|位于|以及|包括|慰问|"
    # a verb of visiting, then where: 调研洲心街道…, 实地察看彭李街道…
    r"调研|视察|考察|走访|察看|查看|"
    # the writer's own place, then one of its parts: 到我市春城街道
    r"我[市县区]|"
    # a verb of building, then what was built where: 建成书楼镇、新市镇2个中心
    r"建成|新建|改建|扩建|新增|建立|设立|选取|确定|涵盖|覆盖)$"
)
# Stop characters that a name written right after its county (平江县三市镇) may still hold.
_CHAINED_STOP_CHARS = set("全各本我等级该每个多些所有的了是中家批类")
# a single verb right after a place is what the place does (诸暨市调研社区治理, 兴庆区召开社区…会)
_VERB_TAGS = {"v", "vn", "vd"}
_LOCAL_STOP_CHARS = set("全各本我农乡村社区镇街等级型该每个多些所有县市省区的了是中家批类")
# 化 ends a word (数字化社区, 规范化村) but sits inside names (宣化店镇): checked at the name's end only
_LOCAL_STOP_LAST = set("化")
# a township body right after the suffix shows the township even with no boundary before it (优胜单位城关镇民政办)
_TOWNSHIP_BODY_AFTER = re.compile(r"民政办|民政所|人民政府|党委|社会事务办|便民服务中心")
_LOCAL_STOP_WORDS = {
    "城乡", "城市", "城镇", "创新", "和谐", "示范", "基层", "智慧", "美丽", "幸福", "文明", "绿色", "平安", "完整", "老旧",
    "新型", "试点", "重点", "贫困", "困难", "偏远", "特色", "传统", "现代", "数字", "生态", "宜居", "和美", "健康", "法治",
    "老年", "儿童", "友好", "先进", "优秀", "百强", "易地", "搬迁", "安置", "移民", "集镇", "小城", "少数民族", "民族",
    "新建", "新增", "建成", "改造", "一个", "每个", "两个", "各个", "首批", "第一",
    "推进", "加强", "推动", "开展", "建设", "完善", "深化", "实施", "全面", "打造", "创建", "提升", "覆盖", "服务", "管理",
    "政府", "党委",  # 长川乡政府乡长: the township's government, then its head's title
}
# suffix characters that here close a common word, not a place name
_LOCAL_WORD_ENDINGS = {"城乡", "农村", "乡村", "城镇", "集镇", "乡镇", "城区", "山村", "渔村", "牧村"}
# Media names and the like start with a place but are not about it.
# Development zones are administered places too: 高新区, 经开区 (level "special").
_ZONE = re.compile(r"高新技术产业开发区|经济技术开发区|高新区|经开区|综合保税区")
# 县(市、区), 市(州): a level word with its bracketed alternatives is a generic list of levels
# 代/副/原/前 + 县长: a title (acting, deputy, former), never a two-character county (代县)
_ACTING = set("代副原前")
# an institution's name running on after a 社区 (…社区心理服务中心, …社区服务站)
_INSTITUTION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:中心|站|院)")
_LEVEL_LIST_AFTER = re.compile(r"[省市县区][（(][市县区州旗]")
_SOURCE_LINE = re.compile(r"^(?:信息)?(?:来源|稿源|发布机构)[:：]")
# the page's furniture: the publisher's postal address (地址：吉林省长春市…) names where its office is, not a place
# the text is about
_ADDRESS_LINE = re.compile(r"^\s*(?:通讯|联系)?地址\s*[:：︰]")
# a site's menu: a line of five or more bare words apart by spaces (首页 资讯 社会 辽宁 文体 评论 大连)
_MENU_ITEM = re.compile(r"[\u4e00-\u9fff]{1,4}")
# a source label inside a line (2021年01月11日10:42  来源：黑龙江省人民政府网): the publisher after it names no place
_SOURCE_FIELD = re.compile(r"(?:信息)?(?:来源|稿源|发布机构)[:：]\s*[^\s，。；]*")
_NOT_PLACE_AFTER_WORDS = r"^(?:网|日报|晚报|晚刊|早报|电视|广播|卫视|代表团|新闻|大学|学院|银行|集团|慈善奖|APP|都市圈|时间"


@lru_cache(maxsize=1)
def _not_place_after() -> re.Pattern[str]:
    """Words after a place that make it part of a name: a medium (浙江日报), or a social organisation
    closed by a head of loaders/data/society_heads.txt within ten characters.

    >>> bool(_not_place_after().match("第一信用合作社万里分社"))
    True
    >>> bool(_not_place_after().match("地区农会也提供据点"))
    True
    >>> bool(_not_place_after().match("召开会议，成立协会"))
    False
    """
    heads = "|".join(sorted((re.escape(h) for h in society_heads() if len(h) < 3), key=len, reverse=True))
    # a head of three or more characters (合作社, 红十字会) names an organisation wherever the text goes on
    long_heads = "|".join(sorted((re.escape(h) for h in society_heads() if len(h) >= 3), key=len, reverse=True))
    # the place is its name's (澳门街坊会联合总会, 淡水第一信用合作社)
    # the name ends where the text leaves it: punctuation, a branch (万里分社), or a function word (也, 的);
    # not a coordination (香港中西区各界协会及坊众…: dev gold keeps 香港 there)
    return re.compile(_NOT_PLACE_AFTER_WORDS + rf"|(?P<modifier>[\u4e00-\u9fff]{{0,10}}?)(?:{heads})(?:$|[^\u4e00-\u9fff]|[\u4e00-\u9fff]{{1,4}}分[社会]|[也的在为于将已都])|(?P<long_modifier>[\u4e00-\u9fff]{{0,10}}?)(?:{long_heads}))")


@lru_cache(maxsize=1)
def _name_pattern() -> TrieScanner:
    return TrieScanner(get_gazetteer().names())


def _token_starts(text: str) -> set[int]:
    import rjieba

    # the running sum of token lengths, in C: 0, then each token's end (the next one's start)
    return set(accumulate(map(len, rjieba.cut(text, False)), initial=0))


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """True when the match sits inside a short quoted name (“爱山东”, “浙江慈善奖”) that is more than the place."""
    open_ = text.rfind("“", 0, start)
    if open_ < 0 or text.rfind("”", 0, start) > open_:
        return False
    close = text.find("”", end)
    return close >= 0 and close - open_ <= 12 and (open_ + 1, close) != (start, end)


def _names_organisation(after: str) -> bool:
    """The words after a place make it part of a name (浙江日报, 淡水第一信用合作社, 金山地区农会).

    The words between the place and a society head must name, not say: a verb there (调研, 成立)
    shows a clause about the place, which is then a place.

    >>> [_names_organisation(a) for a in ("第一信用合作社万里分社", "地区农会也提供据点", "调研合作社发展", "召开会议成立慈善协会", "日报报道")]
    [True, True, False, False, True]
    """
    match = _not_place_after().match(after)
    if match is None:
        return False
    modifier = match.group("modifier") or match.group("long_modifier")
    if not modifier:
        return True
    import rjieba

    return not any(tag.startswith("v") for _, tag in rjieba.tag(modifier, False))


def _opens_a_place(after: str) -> bool:
    """Another gazetteer place follows at once (香港 + 西区妇女福利会): the organisation is that place's,
    and the outer place stays a mention (the dev and fresh gold keep 香港 there).

    >>> _opens_a_place("西区妇女福利会"), _opens_a_place("第一信用合作社")
    (True, False)
    """
    first = next(iter(_name_pattern().finditer(after)), None)
    return first is not None and first.start() == 0


_BRAND_AFTER = re.compile(r"^(?:治理|试点|模式|品牌|工程|行动|计划|项目|创建|示范)")


_QUOTED_PROGRAM_END = re.compile(r"[^“”「」，。；]{0,30}?(?:工程|行动|计划|项目)[”」]")


def _opens_quoted_program(text: str, start: int, end: int) -> bool:
    """A place that opens a quoted program name (“广东兜底民生服务社会工作双百工程”) is part of the name.

    >>> _opens_quoted_program("实施“广东兜底民生服务社会工作双百工程”", 3, 5)
    True
    >>> _opens_quoted_program("在“广东”召开", 2, 4)
    False
    """
    return text[start - 1:start] in ("“", "「") and bool(_QUOTED_PROGRAM_END.match(text, end))


# a slogan built on a place (健康台湾, 平安浙江, 美丽乡村): the place is the slogan's, not a place mention
_SLOGAN_BEFORE = re.compile(r"(?:健康|平安|美丽|幸福|智慧|法治|数字|文明|魅力|活力)$")
_SLOGAN_AFTER = re.compile(r"^(?:[，。、；：”」\s]|建设|行动|战略|$)")


def _in_slogan(text: str, start: int, end: int) -> bool:
    """打造健康台湾 / 建设平安浙江: a place right after a slogan's adjective, closing the slogan.

    >>> _in_slogan("积极打造健康台湾，支持老人在地安老", 6, 8)
    True
    >>> _in_slogan("在平安县召开会议", 2, 5)
    False
    """
    return bool(_SLOGAN_BEFORE.search(text[max(0, start - 2):start])) and bool(_SLOGAN_AFTER.match(text[end:]))


def _quoted_brand(text: str, start: int, end: int) -> bool:
    """A quoted name followed by 治理/试点/模式…: 「黄河社区」治理创新试点 names a program, not a community."""
    before, after = text[start - 1:start], text[end:end + 1]
    return (before, after) in (("“", "”"), ("「", "」"), ("‘", "’")) and bool(_BRAND_AFTER.match(text[end + 1:]))


# A place's short name (no suffix) right before these opens an institution's name, not a place mention: 卫生福利部
# 丰原医院 is no 丰原区, 海南医院 in a 海安 text no 海南省, 国际在线海南频道 a channel. Written in full (丰原区医院)
# the place stays a mention.
_SHORT_NAME_OPENS = re.compile(r"医院|频道")


def find_place_spans(text: str, info: DocumentInfo | None = None) -> list[tuple[int, int, Place, str]]:
    """(start, end, place, surface) for each gazetteer name in ``text`` that resolves in context."""
    gazetteer = get_gazetteer()
    token_starts: set[int] | None = None
    province = info.province if info else None
    city = info.place if info else None
    out = []
    previous_end, previous = -1, None
    for match in _name_pattern().finditer(text):
        surface = match.group()
        full = surface in gazetteer.by_name
        if not full:
            nxt = text[match.end():match.end() + 1]
            if nxt in _BAD_AFTER_SHORT and not _LOCAL_NAME_AFTER.match(text, match.end()):
                continue  # 江山如画, 营口岸; but 杭州湖滨街道 is 杭州 + 湖滨街道
            if nxt in ("镇", "乡") and surface + nxt in township_counties():
                continue  # 黄梅镇沙岭社区: the county seat's town (黄梅镇 of 黄梅县), not 黄梅 + 镇沙岭社区
        # a place written right after another (台中市东区) lies inside it
        scope_city = previous.name if previous is not None and previous_end == match.start() else city
        scope_province = province
        if previous is not None and previous_end == match.start():
            prov = gazetteer.province_of(previous)
            scope_province = prov.name if prov else province
        if surface in not_places():
            continue  # 城区: the urban area, not a county named 城区 (loaders/data/not_places.txt)
        if len(surface) == 2 and surface[0] in _ACTING and text[match.end():match.end() + 1] == "长":
            continue  # 代县长: the acting county head, not the county 代县
        if _LEVEL_LIST_AFTER.match(text, match.end() - 1):
            continue  # 省直管县(市)和县(市、区): 和 + the generic 县(市、区), not the county 和县
        if _conjunction_before_level_word(text, match.start(), surface) and not (previous is not None and previous_end == match.start()):
            continue  # 市民政局和县民政局: 和 + 县民政局, not the county 和县 (马鞍山市和县 stays a place)
        place = gazetteer.lookup(surface, province=scope_province, city=scope_city, strict=True)
        if place is None:
            continue
        end = match.end()
        if not full and place.level != "province" and text[end:end + 1] in ("县", "市", "区", "旗") and place.name != surface + text[end]:
            # written with another suffix than the gazetteer's (安塞县 before it became 安塞区): keep the text's name
            end += 1
            surface = text[match.start():end]
            place = Place(place.code, surface, place.level, place.parent)
        if (_names_organisation(text[end:end + 24]) and not _opens_a_place(text[end:end + 12])) or _in_short_quote(text, match.start(), end) or _opens_quoted_program(text, match.start(), end) or _in_slogan(text, match.start(), end):
            continue
        if not full and _SHORT_NAME_OPENS.match(text, end):
            continue  # 丰原医院, 海南医院, 海南频道: a short name that opens a hospital's or channel's name is no place
        # a name must start a word: 示范县 is not 范县, 创新社区 is not 新社区, 公开平台 is not 开平
        if match.start() > 0 and previous_end != match.start() and "\u4e00" <= text[match.start() - 1] <= "\u9fff":
            if token_starts is None:
                token_starts = _token_starts(text)
            if match.start() not in token_starts:
                continue
            if len(surface) == 2 and full and end not in token_starts:
                continue  # 县委和县政府: 和 + 县政府, not the county 和县
        previous_end, previous = end, place
        out.append((match.start(), end, place, surface))
    if "、" in text and out:
        out = _with_listed_word_shorts(text, out)
    return out


# an item of a list of places: 、 joins it to a sibling; it ends at a separator, its suffix or a word's start
_LIST_ITEM_END = re.compile(r"[、和及等与，。；,;\s]|$")


def _with_listed_word_shorts(text: str, found: list[tuple[int, int, Place, str]]) -> list[tuple[int, int, Place, str]]:
    """``found`` plus the short names that are also words (大同, 长治, 金华, 永康) written as items of a list
    whose neighbour across a 、 is a place found: in 太原、大同、晋中等市 the list makes 大同 a city of the
    sibling's level and province, while alone (世界大同, 长治久安) the word stays a word.

    >>> from loaders.gazetteer import get_gazetteer
    >>> g = get_gazetteer()
    >>> text = "太原、大同、晋中、长治等市作经验汇报"
    >>> [p.name for _, _, p, _ in _with_listed_word_shorts(text, [(0, 2, g.lookup("太原"), "太原"), (6, 8, g.lookup("晋中"), "晋中")])]
    ['太原市', '大同市', '晋中市', '长治市']
    >>> text = "嘉兴、金华市作书面交流"
    >>> [(p.name, t) for _, _, p, t in _with_listed_word_shorts(text, [(0, 2, g.lookup("嘉兴"), "嘉兴")])]
    [('嘉兴市', '嘉兴'), ('金华市', '金华市')]
    >>> text = "在大同、晋中调研"
    >>> [p.name for _, _, p, _ in _with_listed_word_shorts(text, [(4, 6, g.lookup("晋中"), "晋中")])]
    ['大同市', '晋中市']
    >>> text = "太原、长治久安"
    >>> len(_with_listed_word_shorts(text, [(0, 2, g.lookup("太原"), "太原")]))
    1
    """
    gazetteer = get_gazetteer()
    words = gazetteer.by_word_short
    # most lists hold no word-like short name: a look at the two characters either side of each place first
    if not any(text[end + 1:end + 3] in words or (start >= 3 and text[start - 3:start - 1] in words) for start, end, _, _ in found):
        return found
    out = list(found)
    # each place is looked at once, a sibling found joining the work list: linear in the list's length
    occupied = {position for s, e, _, _ in found for position in range(s, e)}
    work = list(found)
    while work:
        start, end, place, _ = work.pop()
        # the item after (太原、大同) and the item before (大同、晋中) this place
        for item_start in ((end + 1,) if text[end:end + 1] == "、" else ()) + ((start - 3,) if text[start - 1:start] == "、" else ()):
            if item_start < 0:
                continue
            short = text[item_start:item_start + 2]
            sibling = gazetteer.listed_short(short, place)
            if sibling is None:
                continue
            if item_start < start and item_start > 0 and not _word_starts_at(text, item_start):
                continue  # the first item must open a word (在大同、晋中), not end one (世界大同、晋中)
            item_end = item_start + 2
            if text[item_end:item_end + 1] and sibling.name == short + text[item_end]:
                item_end += 1  # 金华市 written in full closes the list
            elif not _LIST_ITEM_END.match(text, item_end) and not _word_starts_at(text, item_end):
                continue  # 长治久安: the word runs on
            if any(position in occupied for position in range(item_start, item_end)):
                continue
            item = (item_start, item_end, sibling, text[item_start:item_end])
            out.append(item)
            work.append(item)
            occupied.update(range(item_start, item_end))
    return sorted(out, key=lambda item: item[0])


def _word_starts_at(text: str, position: int) -> bool:
    """Does a word start at ``position`` (jieba's cut of the text around it)?"""
    window_start = max(0, position - 4)
    return position - window_start in _token_starts(text[window_start:position + 6])


# a body, a level word or a place that a conjunction joins to a second body of the next level (市民政局和县民政局)
_BODY_END = frozenset("局委府厅部门办会院站所市省区县镇乡")


def _conjunction_before_level_word(text: str, start: int, surface: str) -> bool:
    """Whether a two-character county name is a conjunction (和, 与, 及) + a level word after a body.

    >>> _conjunction_before_level_word("市民政局和县民政局联合开展救助", 4, "和县")
    True
    >>> _conjunction_before_level_word("省、市和县三级联动", 3, "和县")
    True
    >>> _conjunction_before_level_word("和县民政局开展救助", 0, "和县"), _conjunction_before_level_word("在和县调研", 1, "和县")
    (False, False)
    """
    return len(surface) == 2 and surface[0] in "和与及" and start > 0 and text[start - 1] in _BODY_END


def find_local_places(text: str, known_ends: set[int]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, level) of townships, streets, communities and villages named in ``text``.

    ``known_ends`` are end offsets of places already found, after which a name may start.

    >>> [m[2] for m in find_local_places("在彭李街道为民社区、秦皇台乡段李村调研", set())]
    ['彭李街道', '为民社区', '秦皇台乡', '段李村']
    >>> find_local_places("推进城乡社区治理，创新社区服务", set())
    []
    >>> [m[2] for m in find_local_places("调研洲心街道东方天城综合养老服务中心", set())]
    ['洲心街道']
    >>> [m[2] for m in find_local_places("到我市春城街道、河西街道走访，深入宽城区兰家镇邱家村", {20})]
    ['春城街道', '河西街道', '兰家镇', '邱家村']
    >>> [m[2] for m in find_local_places("在金色家园社区调研;留凤关镇等单位发言", set())]
    ['金色家园社区', '留凤关镇']
    >>> [m[2] for m in find_local_places("优胜单位城关镇民政办代表发言，推进数字化社区建设", set())]
    ['城关镇']
    >>> [m[2] for m in find_local_places("天元区心关爱社区心理服务中心、天元区新塘社区日间照料中心", {3, 18})]
    ['新塘社区']
    >>> [m[2] for m in find_local_places("正式运营韩山社区和花园社区", set())]
    ['韩山社区', '花园社区']
    """
    out: list[tuple[int, int, str, str]] = []
    ends = set(known_ends)
    list_ends: dict[str, set[int]] = {}
    for match in _LOCAL_SUFFIX.finditer(text):
        suffix_start, suffix_end = match.span()
        if text[suffix_end:suffix_end + 1] in ("级", "镇", "街", "村", "乡") or text[suffix_start - 1:suffix_start + 1] in _LOCAL_WORD_ENDINGS:
            continue
        name_start = None
        for length in range(2, 5):
            start = suffix_start - length
            if start < 0:
                break
            if start in ends or (start == 0 and (text[suffix_end:suffix_end + 1] in "、，和及" or text[suffix_end:suffix_end + 1] == "党")) or _LOCAL_BOUNDARY.search(text[max(0, start - 2):start]):
                name_start = start
                break
            if length == 2 and _place_word_after_verb(text, start, suffix_start):
                name_start = start  # 运营韩山社区, 完成南浦社区的设立: the verb's object is the named community
                break
        if name_start is None and match.group() in ("镇", "乡") and _TOWNSHIP_BODY_AFTER.match(text, suffix_end) and suffix_start >= 2 \
                and text[suffix_start - 2:suffix_end] in townships():
            # with no boundary before it, only the official table tells a township (城关镇民政办) from a word
            # before a township body (首先代表镇党委政府: the verb 代表 + 镇党委)
            name_start = suffix_start - 2
        if name_start is None:
            continue
        chained = name_start in ends  # right after another place: 彭李街道为民社区
        suffix = match.group()
        # the next item of a list of the same kind: 北桥街道、调顺街道 / 书楼镇、新市镇
        listed = name_start - 1 in list_ends.get(suffix, ()) and text[name_start - 1] in "、和及"
        name = text[name_start:suffix_start]
        follow = text[suffix_end:suffix_end + 2]
        if re.match(r"民|委|务|事|干部|集体|亲|两委|居民|工作|里|内", follow) and not _TOWNSHIP_BODY_AFTER.match(text, suffix_end):
            continue  # 村民, 村里: the word, not a village
        # 富宁街街道: a street office named after its 街
        checked = name[:-1] if suffix == "街道" and name.endswith("街") else name
        if "家园" in checked:
            checked = checked.replace("家园", "园")  # 金色家园社区, 幸福家园社区: 家园 names many a community
        if suffix in ("村", "镇", "乡", "社区") and "家" in checked[1:] and checked[0] in SURNAMES:
            # 罗家村, 马家沟村: a family name + 家 is the commonest village name, while
            # 家 elsewhere (居家社区, 国家级) marks a common word
            checked = checked[0] + checked[1:].replace("家", "")
        stop_chars = _CHAINED_STOP_CHARS if chained or listed else _LOCAL_STOP_CHARS
        if name[-1] in "省市县" and name in get_gazetteer().by_name:
            continue  # 新兴县社区: the county's communities, not a community named 新兴县
        if name[-1] in _LOCAL_STOP_LAST and not (chained or listed):
            continue
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) or set(checked) & stop_chars or name in _LOCAL_STOP_WORDS:
            continue
        if any(word in name for word in _LOCAL_STOP_WORDS):
            continue
        if name_start in known_ends and _is_single_verb(name):
            continue
        if chained and _is_phrase(name):
            continue  # 道里区首届社区, 台中据点深耕社区, 潘功发主持召开社区: words after a place, not a name
        if not (chained or listed) and not _looks_like_name(name):
            continue
        if chained and suffix == "社区" and _INSTITUTION_AFTER.match(text, suffix_end) and not _looks_like_name(name):
            continue  # 天元区心关爱社区心理服务中心: a phrase that names an institution, not a community
        if _in_short_quote(text, name_start, suffix_end) or _quoted_brand(text, name_start, suffix_end):
            continue
        if name + suffix in not_places():
            continue  # 长者社区, 利用社区: loaders/data/not_places.txt
        level = {"街道": "street", "社区": "community", "镇": "township", "乡": "township", "村": "village"}[suffix]
        out.append((name_start, suffix_end, name + suffix, level))
        ends.add(suffix_end)
        list_ends.setdefault(suffix, set()).add(suffix_end)
    return out


# 土坝、方山等村 / 东城、西城等街道: the items of a list share the suffix written once after 等
_SHARED_SUFFIX_LIST = re.compile(
    r"(?P<items>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){1,9})等(?:[\d一二三四五六七八九十]+个)?(?P<suffix>镇街|乡镇|街道|社区|村|镇|乡)(?![\u4e00-\u9fff]{0,1}(?:级|民|委))"
)
# 松山湖、东城、南城、长安、石碣等5个镇街 / 城关、白沙等乡镇: a list of mixed levels writes no one suffix; each item
# takes the suffix under which the official township table has it, else stays as written
_MIXED_SUFFIXES = {"镇街": ("街道", "镇"), "乡镇": ("镇", "乡")}


def find_shared_suffix_places(text: str, known_ends: set[int], area: str | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, name, level) of the items of a list that writes the suffix once: 深入岩口乡土坝、方山等村.

    The list must open right after a known place or a clear boundary, and every item must look like a name.
    A list of towns and streets (…等镇街, …等乡镇) names each item by the official township table, within
    ``area`` (the division code prefix of the document's place, :func:`area_prefix`); an item the table
    lacks, or has under both suffixes there, keeps its written name.

    >>> [m[2] for m in find_shared_suffix_places("深入岩口乡土坝、方山等村慰问", {5})]
    ['土坝村', '方山村']
    >>> find_shared_suffix_places("推进养老、救助等村级服务", set())
    []
    >>> [m[2] for m in find_shared_suffix_places("会上，松山湖、东城、石碣等3个镇街作交流发言", set(), "4419")]
    ['松山湖', '东城街道', '石碣镇']
    """
    out: list[tuple[int, int, str, str]] = []
    if "等" not in text or "、" not in text:
        return out
    for match in _SHARED_SUFFIX_LIST.finditer(text):
        start = match.start("items")
        items = match.group("items").split("、")
        # the first item may carry the words before the list: keep its last 2-4 characters that start at a boundary
        first = items[0]
        opened = next((k for k in range(len(first) - 2, -1, -1) if start + k in known_ends or _LOCAL_BOUNDARY.search(text[max(0, start + k - 2):start + k])), None)
        if opened is None:
            continue
        items[0] = first[opened:]
        start += opened
        if not all(2 <= len(item) <= 4 and _looks_like_name(item) and item not in _LOCAL_STOP_WORDS and not set(item) & _LOCAL_STOP_CHARS for item in items):
            continue
        suffix = match.group("suffix")
        levels = {"街道": "street", "社区": "community", "镇": "township", "乡": "township", "村": "village"}
        position = start
        for item in items:
            if suffix in _MIXED_SUFFIXES:
                name, level = _catalogue_name(item, _MIXED_SUFFIXES[suffix], area), "township"
                level = levels.get(name[len(item):], level)
            else:
                name, level = item + suffix, levels[suffix]
            out.append((position, position + len(item), name, level))
            position += len(item) + 1
    return out


# a Taiwan village (里) named right after its district: 台中市东区十甲里 (the 里 is Taiwan's lowest division; a
# two-character name, then no word that makes 里 a noun or a preposition: 里长, 里民, 里面, 里的)
_TAIWAN_VILLAGE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2})里(?![长民面头内外办干])")


def taiwan_villages(text: str, known_ends: set[int]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, level) of Taiwan's villages (里) written right after a known place (a district).

    >>> taiwan_villages("台中市东区十甲里今日举办晚会", {5})
    [(5, 8, '十甲里', 'village')]
    >>> taiwan_villages("东区里长与志工出席", {2}), taiwan_villages("公园里的长者", set())
    ([], [])
    """
    out = []
    for match in _TAIWAN_VILLAGE.finditer(text):
        if match.start() in known_ends and not set(match.group("name")) & _LOCAL_STOP_CHARS:
            out.append((match.start(), match.end(), match.group(), "village"))
    return out


def _catalogue_name(item: str, suffixes: tuple[str, ...], area: str | None) -> str:
    """``item`` + the one suffix under which the township table lists it (inside ``area`` when known), else ``item``.

    >>> _catalogue_name("长安", ("街道", "镇"), "4419"), _catalogue_name("松山湖", ("街道", "镇"), "4419")
    ('长安镇', '松山湖')
    """
    counties = township_counties()
    found = [item + suffix for suffix in suffixes
             if any(area is None or code.startswith(area) for code in counties.get(item + suffix, ()))]
    return found[0] if len(found) == 1 else item


def area_prefix(info: DocumentInfo | None) -> str | None:
    """The division code prefix of the document's place (东莞市 441900 → 4419, 广东省 → 44), None when unknown.

    >>> area_prefix(DocumentInfo(source="x", place="东莞市")), area_prefix(None)
    ('4419', None)
    """
    if info is None or not info.place:
        return None
    places = get_gazetteer().by_name.get(info.place, [])
    if len(places) != 1:
        return None  # a name several divisions share (南区) says no one area
    code = places[0].code
    while code.endswith("00") and len(code) > 2:
        code = code[:-2]
    return code


def _place_word_after_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a two-character word the tokenizer knows as a place name (韩山, 南浦) that
    no county or city is, right after a two-character verb: the verb's object, a named community or village
    (运营韩山社区, 完成南浦社区的设立); the verb list of ``_LOCAL_BOUNDARY`` can't hold every verb. A common
    word after a verb stays (建设智能社区, 打造韧性社区), and so does a city's name (推进南京社区治理).

    >>> [_place_word_after_verb(t, 2, 4) for t in ("运营韩山社区", "完成南浦社区", "建设智能社区", "推进南京社区", "韩山南浦社区")]
    [True, True, False, False, False]
    >>> _place_word_after_verb("支持东北社区养老服务发展", 2, 4)  # a part of the country (not_community_names.txt)
    False
    """
    import rjieba

    if start < 2 or text[start:end] in not_community_names():
        return False
    name = rjieba.tag(text[start:end], False)
    gazetteer = get_gazetteer()
    word = text[start:end]
    if len(name) != 1 or name[0][1] != "ns" or word in gazetteer.by_short or word in gazetteer.by_local_short \
            or any(word + suffix in gazetteer.by_name for suffix in ("", "省", "市", "县", "区")):
        return False
    verb = rjieba.tag(text[start - 2:start], False)
    return len(verb) == 1 and verb[0][1] in ("v", "vn")  # 运营 is tagged a verbal noun


def _is_single_verb(name: str) -> bool:
    import rjieba

    tokens = rjieba.tag(name, False)
    return len(tokens) == 1 and tokens[0][1] in _VERB_TAGS


def _is_phrase(name: str) -> bool:
    """Words written after a place that name nothing: a verb among other words, or an ordinal (首届, 第二).

    Checked on names chained to a known place, which skip the looser name test: a one-word name that is
    a verb or an adjective stays (前进社区, 解放街道, 团结村).

    >>> [_is_phrase(n) for n in ("据点深耕", "主持召开", "首届", "前进", "解放", "彭李", "铁二", "金色家园")]
    [True, True, True, False, False, False, False, False]
    """
    import rjieba

    tokens = rjieba.tag(name, False)
    if any(tag == "m" and len(word) > 1 for word, tag in tokens):
        return True
    return len(tokens) > 1 and any(tag == "v" and len(word) > 1 for word, tag in tokens)


_FUNCTION_TAGS = {"c", "p", "u", "r", "uj", "ul", "uz", "ug", "ud", "m", "q", "f"}
_CONTENT_WORD_TAGS = {"v", "vd", "vn", "a", "ad", "an", "d", "t"}


def _looks_like_name(name: str) -> bool:
    """A place name is not a phrase: no function words, no multi-character verbs or adjectives (持续提高, 结合未来)."""
    import rjieba

    for word, tag in rjieba.tag(name, False):
        if tag in _FUNCTION_TAGS and len(word) > 1:
            return False
        if tag in ("c", "p", "u", "uj", "r") :
            return False
        if len(word) > 1 and tag in _CONTENT_WORD_TAGS:
            return False
    return name not in ("指导", "服务", "管理", "建设", "治理", "保障", "发展")


def _is_furniture(line: str) -> bool:
    """A line of the page's furniture, whose places are no places the text is about: the publisher's address, or
    a site menu of bare words.

    >>> _is_furniture("地址：某省某市人民路18号 举报电话：0000-1234567"), _is_furniture("首页 新闻 社会 辽宁 文体 评论 大连")
    (True, True)
    >>> _is_furniture("会议在市民政局召开 大连 沈阳两市参加"), _is_furniture("详细地址为大连市人民路")
    (False, False)
    """
    if _ADDRESS_LINE.match(line):
        return True
    words = line.split()
    return len(words) >= 5 and all(_MENU_ITEM.fullmatch(word) for word in words)


def place_properties(place: Place) -> dict:
    return {"code": place.code, "level": place.level}


def extract_places(
    sentences: list[Sentence], info: DocumentInfo, exclude: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """Place mentions in ``sentences``; spans overlapping ``exclude`` (e.g. agency names) are skipped."""
    mentions: list[Mention] = []
    blocked = sorted(exclude or [])
    # the excluded spans are the whole document's agencies and titles: looked up by bisection, not
    # scanned whole for every candidate and sentence
    blocked_spans = _Spans(blocked)
    blocked_ends = sorted(end for _, end in blocked)
    area = area_prefix(info)
    taiwan = bool(info and (info.province or "").startswith("台湾"))
    for sentence in sentences:
        if _SOURCE_LINE.match(sentence.text) or _is_furniture(sentence.text):
            continue  # 来源:山东民政 names a publisher, not a place the text is about
        sources = [m.span() for m in _SOURCE_FIELD.finditer(sentence.text)] if ("来源" in sentence.text or "稿源" in sentence.text or "发布机构" in sentence.text) else []
        # this sentence's mentions so far: reading them from ``mentions`` made each sentence cost as much as
        # the whole document before it (quadratic in a long document)
        here: list[Mention] = []
        for start, end, place, surface in find_place_spans(sentence.text, info):
            abs_start, abs_end = sentence.start + start, sentence.start + end
            if blocked_spans.overlaps(abs_start, abs_end) or _overlaps(sources, start, end):
                continue
            if taiwan and surface == "台湾":
                # a text governed from Taiwan writes 台湾 for its whole polity (台湾几乎是超高龄社会, 台湾…联盟, 台湾大道),
                # the level the guide leaves out as it does 中国; 台湾省 written in full stays a place
                continue
            here.append(Mention("Place", place.name, surface, sentence.index, abs_start, abs_end, place_properties(place)))
        # every zone name ends in 区: a substring test spares the scan of most sentences
        for zone in _ZONE.finditer(sentence.text) if "区" in sentence.text else ():
            start = zone.start()
            chained = [m for m in here if m.end - sentence.start == start]
            if chained:
                start = chained[-1].start - sentence.start  # 滨州高新区: keep the written chain
            elif start and not _LOCAL_BOUNDARY.search(sentence.text[max(0, start - 2):start]):
                continue
            abs_start, abs_end = sentence.start + start, sentence.start + zone.end()
            if not blocked_spans.overlaps(abs_start, abs_end):
                name = sentence.text[start:zone.end()]
                here.append(Mention("Place", name, name, sentence.index, abs_start, abs_end, {"level": "special"}))
        known_ends = {m.end - sentence.start for m in here}
        known_ends |= {e - sentence.start for e in blocked_ends[
            bisect_left(blocked_ends, sentence.start):bisect_right(blocked_ends, sentence.end)]}
        local = find_local_places(sentence.text, known_ends)
        local += find_shared_suffix_places(sentence.text, known_ends | {e for _, e, _, _ in local}, area)
        placed = [(m.start - sentence.start, m.end - sentence.start) for m in here]
        # a suffix inside a gazetteer name is that name's (河北省邯郸市肥乡区: 乡 of 肥乡区, not 邯郸市肥 + 乡)
        local = [item for item in local if not _overlaps(placed, item[0], item[1])]
        by_suffix = local
        local = _with_catalogue_townships(sentence.text, known_ends, local, placed, info.province if info else None)
        if local != by_suffix:  # the table named a township the suffix rules missed
            local += _after_table_townships(sentence.text, known_ends, [item for item in local if item not in by_suffix], local, placed)
        if any(item[3] in ("township", "street") for item in local):
            local += small_places_after_townships(sentence.text, sorted(local))
        if taiwan and "里" in sentence.text:
            local += taiwan_villages(sentence.text, known_ends | {e for _, e, _, _ in local})
        for start, end, name, level in local:
            abs_start, abs_end = sentence.start + start, sentence.start + end
            if blocked_spans.overlaps(abs_start, abs_end):
                continue
            here.append(Mention("Place", name, name, sentence.index, abs_start, abs_end, {"level": level}))
        mentions += here
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _after_table_townships(
    text: str, known_ends: set[int], from_table: list[tuple[int, int, str, str]], local: list[tuple[int, int, str, str]],
    placed: list[tuple[int, int]],
) -> list[tuple[int, int, str, str]]:
    """The villages and communities written right after a township or street that only the official table
    found (``from_table``: 当阳乡玉林村, 中山路街道马南社区): the suffix rules ran before the table named the
    township, so the name after it had no place to start from. Only names starting at such a township's end are
    taken; ``local`` and ``placed`` are the sentence's places so far, which a new name may not overlap.

    >>> table = [(2, 5, "当阳乡", "township")]
    >>> _after_table_townships("走进当阳乡玉林村、高桥社区", set(), table, table + [(9, 13, "高桥社区", "community")], [])
    [(5, 8, '玉林村', 'village')]
    >>> _after_table_townships("走进当阳乡开展调研", set(), table, table, [])
    []
    """
    township_ends = {e for _, e, _, level in from_table if level in ("township", "street")}
    if not township_ends:
        return []
    taken = [(s, e) for s, e, _, _ in local] + placed
    again = find_local_places(text, known_ends | {e for _, e, _, _ in local})
    return [item for item in again if item[0] in township_ends and not _overlaps(taken, item[0], item[1])]


def _with_catalogue_townships(
    text: str, known_ends: set[int], local: list[tuple[int, int, str, str]], placed: list[tuple[int, int]], province: str | None
) -> list[tuple[int, int, str, str]]:
    """``local`` plus the official table's townships (万顷沙镇, 宣化店镇) that the suffix rules missed.

    ``placed`` are the sentence's gazetteer places (offsets in ``text``). A catalogue name that contains
    a suffix-rule span (沙镇 inside 万顷沙镇) replaces it; one that overlaps anything else is left out.

    >>> [m[2] for m in _with_catalogue_townships("前往万顷沙镇走访", set(), [], [], "广东省")]
    ['万顷沙镇']
    >>> [m[2] for m in _with_catalogue_townships("前往万顷沙镇走访", set(), [(4, 6, "沙镇", "township")], [], "广东省")]
    ['万顷沙镇']
    """
    if not any(suffix in text for suffix in ("镇", "乡", "街道", "苏木")):
        return local
    found = find_catalogue_townships(text, known_ends | {e for _, e, _, _ in local}, province)
    if not found:
        return local
    taken = [(s, e) for s, e, _, _ in local]
    out = list(local)
    for start, end, name, level in found:
        inside = [span for span in taken if start <= span[0] and span[1] <= end]
        if any(s < end and start < e for s, e in taken if (s, e) not in inside) or _overlaps(placed, start, end):
            continue
        out = [item for item in out if (item[0], item[1]) not in inside]
        out.append((start, end, name, level))
        taken = [span for span in taken if span not in inside] + [(start, end)]
    return sorted(out)


# a community or village written right after its township or street (西河镇前进村, 中山路街道马南社区): 2-3 characters
# and the suffix, then what shows it is a name and not the township doing something to its communities
_SMALL_AFTER_TOWNSHIP = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<suffix>社区|村)")
_SIBLING_AFTER = re.compile(r"[、和及与][\u4e00-\u9fff]{2,4}?(?:社区|村)")
_RESIDENT_AFTER = re.compile(r"居民|村民|[、，,。；;]")
# 中 and 家 open many village names (中心村, 罗家村); the other stop characters still mark a phrase (各村, 所有社区)
_SMALL_STOP_CHARS = _CHAINED_STOP_CHARS - {"中", "家"}


def small_places_after_townships(text: str, local: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, level) of the communities and villages written right after a township or street of ``local``
    that the suffix rules left out because the name is also a word (前进, 建设, 中心) or a resident word follows
    (马南社区居民, 中心村村民). Chained to its township, such a name is a place when the text shows it: a sibling of the
    same kind follows (西河镇前进村、朝阳村), the township-community pair is an item of a list of such pairs
    (方庙街道站塘社区、胜利路街道建设社区), or, for a name that is no verb, residents or a clause end follow
    (中山路街道马南社区居民). A verb chained with no such sign is what the township does (文昌街道组织社区居民).

    >>> town = [(0, 3, "西河镇", "township")]
    >>> [m[2] for m in small_places_after_townships("西河镇前进村、朝阳村开展试点", town)]
    ['前进村']
    >>> [m[2] for m in small_places_after_townships("三灶镇中心村村民", [(0, 3, "三灶镇", "township")])]
    ['中心村']
    >>> street = [(0, 5, "中山路街道", "street")]
    >>> [m[2] for m in small_places_after_townships("中山路街道马南社区居民说", street)]
    ['马南社区']
    >>> pairs = "方庙街道站塘社区、胜利路街道建设社区参加评选"
    >>> [m[2] for m in small_places_after_townships(pairs, [(0, 4, "方庙街道", "street"), (4, 8, "站塘社区", "community"), (9, 14, "胜利路街道", "street")])]
    ['建设社区']
    >>> small_places_after_townships("文昌街道组织社区居民开展活动", [(0, 4, "文昌街道", "street")])
    []
    >>> small_places_after_townships("文昌街道各社区、各村开展排查", [(0, 4, "文昌街道", "street")])
    []
    """
    taken = {(s, e) for s, e, _, _ in local}
    starts = {s for s, _, _, _ in local}
    ends_by_suffix = {e for _, e, name, _ in local if name.endswith(("社区", "村"))}
    out: list[tuple[int, int, str, str]] = []
    for start, end, _, level in local:
        if level not in ("township", "street") or end in starts:
            continue  # a place already found right after it (the suffix rules read it)
        found = _SMALL_AFTER_TOWNSHIP.match(text, end)
        if found is None:
            continue
        name, suffix = found.group("name"), found.group("suffix")
        after = found.end()
        if set(name) & _SMALL_STOP_CHARS or name + suffix in not_places() or _is_phrase(name):
            continue
        sibling = _SIBLING_AFTER.match(text, after) is not None
        # 方庙街道站塘社区、胜利路街道建设社区: the pair follows a 、 that closes a pair of the same kind
        paired = start > 0 and text[start - 1] == "、" and (start - 1) in ends_by_suffix
        verb = _is_single_verb(name) or not _looks_like_name(name)
        resident = not verb and _RESIDENT_AFTER.match(text, after) is not None
        if not (sibling or paired or resident):
            continue
        if _overlaps(list(taken), found.start(), after):
            continue
        out.append((found.start(), after, name + suffix, "community" if suffix == "社区" else "village"))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


class _Spans:
    """Sorted [start, end) spans that answer :func:`_overlaps` by bisection: the spans starting before
    ``end`` are a prefix, and one of them reaches past ``start`` exactly when the prefix's furthest end does.

    >>> spans = _Spans([(0, 6), (2, 30), (40, 44)])
    >>> [spans.overlaps(s, e) == _overlaps([(0, 6), (2, 30), (40, 44)], s, e) for s, e in [(7, 9), (30, 40), (29, 31), (44, 50), (39, 41)]]
    [True, True, True, True, True]
    >>> spans.overlaps(30, 40), spans.overlaps(7, 9)
    (False, True)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._furthest: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._furthest.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the spans with s < end
        return before > 0 and self._furthest[before - 1] > start


def own_places_in_titles(
    sentences: list[Sentence], info: DocumentInfo, titles: list[tuple[int, int]], blocked: list[tuple[int, int]]
) -> list[Mention]:
    """The document's own city or county (its place and the places above it, below the province) that a cited
    title names (《衢州市人民政府办公室关于…的实施意见》 in a 常山县 notice): the title tells where the rule it
    applies comes from, so the place is one the text names. Other places inside titles stay out (a 《浙江省
    社会救助条例》 cited elsewhere names no place of that text). ``titles`` are the policy spans, ``blocked``
    the spans no place may overlap (persons).

    >>> text = "根据《衢州市人民政府办公室关于提升服务能力的实施意见》，制定本办法。"
    >>> s = Sentence(0, text, 0, len(text))
    >>> info = DocumentInfo("x", place="常山县", province="浙江省")
    >>> [m.name for m in own_places_in_titles([s], info, [(3, 26)], [])]
    ['衢州市']
    >>> [m.name for m in own_places_in_titles([s], DocumentInfo("x", place="兰州市", province="甘肃省"), [(3, 26)], [])]
    []
    >>> text = "贯彻落实《浙江省社会救助条例》。"
    >>> [m.name for m in own_places_in_titles([Sentence(0, text, 0, len(text))], info, [(5, 14)], [])]
    []
    """
    if not titles or not info or not info.place:
        return []
    gazetteer = get_gazetteer()
    place = gazetteer.lookup(info.place, province=info.province)
    if place is None:
        return []
    # a province in a cited title is its law or notice's issuer, which the team's gold lists in one document and
    # leaves out in three (seeds 001 《浙江省社会救助条例》, dev 023); a city or county there is always listed
    own = {item.name for item in gazetteer.chain(place) if item.level != "province"}
    ordered = sorted(titles)
    starts = [s for s, _ in ordered]
    blocked_spans = _Spans(sorted(blocked))
    out: list[Mention] = []
    for sentence in sentences:
        # the titles that open in this sentence, by bisection (a title never crosses a sentence's end)
        here = ordered[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        if not here or "《" not in sentence.text:
            continue
        for start, end, found, surface in find_place_spans(sentence.text, info):
            abs_start, abs_end = sentence.start + start, sentence.start + end
            inside = any(s <= abs_start and abs_end <= e for s, e in here)
            if inside and found.name in own and not blocked_spans.overlaps(abs_start, abs_end):
                out.append(Mention("Place", found.name, surface, sentence.index, abs_start, abs_end, place_properties(found)))
    return out


def province_named_by_body(body: str, place: str | None) -> str | None:
    """The province a body's canonical name opens with, when that province is the body's own place
    (省民政厅 in a 黄冈 report resolves to 湖北省民政厅, whose province is 湖北省). A city or county body
    (黄冈市民政局) names its own city, which the place rules already find.

    The page names that province when it also writes it (``province_written``): the team's gold lists such a
    province in 33 of 35 cases in seeds and dev, and never (0 of 4) when the text does not write the
    province at all (seeds 000: 省民政厅 in a 营口 page lists no 辽宁省).

    >>> province_named_by_body("湖北省民政厅", "湖北省"), province_named_by_body("北京市民政局", "北京市")
    ('湖北省', '北京市')
    >>> province_named_by_body("内蒙古自治区人民政府", "内蒙古自治区")
    '内蒙古自治区'
    >>> province_named_by_body("黄冈市民政局", "黄冈市") is None, province_named_by_body("民政部", None) is None
    (True, True)
    >>> province_named_by_body("中共湖北省委", "湖北省")  # the party's prefix before the province
    '湖北省'
    """
    if not place or not body.removeprefix("中共").startswith(place):
        return None
    found = get_gazetteer().by_name.get(place, [])
    return place if any(item.level == "province" for item in found) else None


def province_written(province: str, sentences: list[Sentence]) -> tuple[int, int, int, str] | None:
    """Where the sentences first write the province, in full or without its suffix (湖北 for 湖北省, 广西 for
    广西壮族自治区): (sentence index, start, end in the normalised text, the form written), or None. A source label
    and its publisher (来源：山东民政) are skipped: a publisher names no place the text is about (seeds 002 lists no
    山东省 for 来源:山东民政).

    >>> province_written("湖北省", [Sentence(0, "湖北黄冈：省民政厅督导", 10, 21)])
    (0, 10, 12, '湖北')
    >>> province_written("湖北省", [Sentence(0, "省民政厅督导黄冈", 0, 8)]) is None
    True
    >>> province_written("山东省", [Sentence(0, "来源:山东民政", 0, 7), Sentence(1, "山东省民政厅召开会议。", 8, 19)])
    (1, 8, 11, '山东省')
    """
    short = _PROVINCE_SUFFIX.sub("", province)
    for sentence in sentences:
        text = sentence.text
        if "来源" in text or "稿源" in text or "发布机构" in text:
            text = _SOURCE_FIELD.sub(lambda m: "\0" * len(m.group()), text)  # same length, so offsets hold
        at = text.find(short)
        if at >= 0:
            form = province if text.startswith(province, at) else short
            return sentence.index, sentence.start + at, sentence.start + at + len(form), form
    return None


# a province's suffix, which the text may leave out (湖北 for 湖北省, 广西 for 广西壮族自治区)
_PROVINCE_SUFFIX = re.compile(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")

