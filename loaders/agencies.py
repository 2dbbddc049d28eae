"""Agencies: government and party bodies named as institutions.

Three shapes are recognised, all by pattern, none by listing documents:

* national bodies from a dictionary (民政部, 国务院, 党中央, 国家统计局 ...);
* a place, or a bare level word (省/市/县/区/自治区), followed by a body type
  (民政局, 民政厅, 人民政府, 委, 人大常委会, 财政局, 福利彩票发行中心, 殡仪馆 ...),
  optionally followed by an internal unit (办公室, 社会救助处, 党组);
* bare level-word bodies are resolved with the document's place chain.

Generic references (各级民政部门, 有关部门, 各县(市、区)民政局) are not agencies.

>>> from loaders.types import Sentence, DocumentInfo
>>> info = DocumentInfo("x", place="营口市", province="辽宁省")
>>> [m.name for m in extract_agencies([Sentence(0, "会议传达了省民政厅会议精神，落实市委、市政府部署。", 0, 26)], info)]
['辽宁省民政厅', '营口市委', '营口市人民政府']
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache

from loaders.agencies_heads import district_offices
from loaders.agencies_staff import staff_units
from loaders.gazetteer import get_gazetteer
from loaders.lexicons import agency_abbreviations, body_types, government_bodies, institution_bodies, internal_units, organisation_heads, read_lexicon, regional_bodies
from loaders.resolve import DocContext, governed_as_mainland, last_place_of_level
from loaders.sentence_words import groups_in, register, sentence_groups
from loaders.trie import trie_regex
from loaders.types import DocumentInfo, Mention, Sentence

NATIONAL_BODIES = tuple(row[0] for row in read_lexicon("national_bodies.txt"))  # loaders/data
# Body types that follow a place or level word. Longest alternatives win in the trie.
BODY_TYPES = (
    "民政局", "民政厅", "民政处", "民政事务局", "民政事务总署", "民政事务处", "财政局", "财政厅", "司法局", "司法厅",
    "人力资源和社会保障局", "人力资源和社会保障厅", "人社局", "人社厅", "卫生健康委员会", "卫健委", "卫生健康委", "卫生健康局", "卫健局", "教育局", "教育厅",
    "公安局", "公安厅", "住建局", "住房和城乡建设局", "住房和城乡建设厅", "自然资源局", "农业农村局", "农业农村厅",
    "退役军人事务局", "退役军人事务厅", "应急管理局", "医疗保障局", "医保局", "统计局", "审计局", "乡村振兴局", "扶贫办",
    "人民政府", "政府", "委", "党委", "党工委", "管委会", "纪委", "人大常委会", "人大", "政协", "妇联", "残联", "团委",
    "文明办", "妇儿工委", "老龄委", "老龄办", "议会", "公所", "区公所", "镇公所", "街道办事处", "办事处", "法院", "检察院",
    "福利彩票发行中心", "福彩中心", "殡仪馆", "救助管理站", "儿童福利院", "社会福利院", "未成年人保护中心",
    "民政事务服务中心", "民政事业服务中心", "综合养老服务调度中心", "养老服务指导中心", "婚姻登记处", "婚姻登记中心",
    "慈善总会", "慈善会", "社会组织管理局", "地名办", "军休所", "光荣院", "精神病院", "福利院",
    "社会局", "社会福利署", "社会工作局", "民政总署", "政府民政局", "政府社会局", "人民政府办公室", "政府办公室", "委办公室", "发展改革委", "发展和改革委员会", "发改委", "总工会", "红十字会",
    "委社会工作部", "社会工作部", "委政法委", "委编办", "委统战部", "市场监管局", "市场监督管理局", "信访局", "国资委",
    "民宗局", "民族宗教事务局", "住房和城乡建设局", "城市管理局", "数据局", "大数据局", "残疾人联合会", "妇女联合会",
    "人民政府参事室", "政府参事室", "委考核办", "委办公厅", "人民政府办公厅", "政府办公厅", "委组织部", "委宣传部", "党委组织部",
    "扶贫开发领导小组", "全面推进依法行政工作领导小组",
    # 市府 / 县府: the government written short (Taiwan news: 市府社会局长…, 县府表扬…)
    "府", "府社会局", "府民政局", "府社会处",
    # county institutions of civil affairs (县敬老院 is the county's 特困供养 home)
    "敬老院", "殡葬管理所",
)
# Internal units written directly after a body: 民政厅社会救助处, 民政局办公室, 民政厅党组;
# the names no pattern covers (机关党委, 纪检监察组, 安置办) come from loaders/data/internal_units.txt.
# A county body's sections end in 股 (社会救助股) and may be long (慈善事业促进和社会工作股): up to ten
# characters, none of which a clause would hold (的, 对, 负责 …).
_SECTION_CHAR = r"(?![的对在为是将要了把向从负开展])[\u4e00-\u9fff]"
_UNIT_PATTERNS = (
    r"[\u4e00-\u9fff]{2,10}?司(?![法机])|(?!成立|设立|增设|新设|裁撤|并入|整合)[\u4e00-\u9fff]{2,6}?处(?![理置长])|"
    # a long division name joined by 和 (基层政权和社区治理处): no clause character inside
    rf"{_SECTION_CHAR}{{2,6}}和{_SECTION_CHAR}{{2,6}}?处(?![理置长])|"
    # a ministry's department named the same way (民政部基层政权建设和社区治理司)
    rf"{_SECTION_CHAR}{{2,6}}和{_SECTION_CHAR}{{2,6}}?司(?![法机])|"
    r"[\u4e00-\u9fff]{2,5}?科(?![学技研普目])|[\u4e00-\u9fff]{2,5}?中心"
    rf"|{_SECTION_CHAR}{{2,12}}?(?:股|科)(?![学技研普目份东票权长])"
)


@lru_cache(maxsize=1)
def _unit_re() -> re.Pattern[str]:
    names = [name for name in internal_units() if name != "党组"]
    listed = trie_regex(names).pattern if names else "(?!)"
    # a unit never opens with a coordinator: 省民政厅和省福彩中心 is two bodies, not a unit 和省福彩中心
    # nor with a quantifier: 民政部部分司(局) is some of the ministry's departments, not one called 部分司
    return re.compile(rf"(?!相关|有关|各|部分|一些|其他|其余|所属|下属|直属|[和及与或并])(?:{listed}|党组(?!书记|副书记|成员)|{_UNIT_PATTERNS})")


class _UnitMatcher:
    """``_UNIT.match(text, pos)`` with the lexicon read on first use."""

    def match(self, text: str, pos: int = 0):
        return _unit_re().match(text, pos)

    def search(self, text: str, pos: int = 0):
        return _unit_re().search(text, pos)


_UNIT = _UnitMatcher()
# a national department with bureaus, offices and divisions of its own (民政部社会事务司, 中宣部宣教局,
# 民政部办公厅); 党中央 and 国务院 have none written this way (国务院办公厅 is listed whole)
_HAS_UNITS = re.compile(r"(?:部|委员会|委|署|总局)$")
# a national department's bureau: 2-4 characters + 局 (宣教局, 社会组织管理局 is a 司-level 局 too)
# (a verb right after the department starts a clause instead: 民政部会同公安局, 民政部召开全国民政局长会议)
_NATIONAL_BUREAU = re.compile(
    r"(?!相关|有关|各|部分|一些|其他|其余|所属|下属|直属|召开|会同|联合|印发|发布|举办|主办|组织|指导|部署|出台|下发|牵头|关于|"
    r"[和及与或并将在对向为是把从同等])[\u4e00-\u9fff]{2,6}?局(?![长面势限部])"
)


def _national_unit(text: str, end: int):
    """The internal unit written right after a national department, if any.

    >>> _national_unit("中宣部宣教局会同", 3).group(), _national_unit("民政部办公厅印发", 3).group()
    ('宣教局', '办公厅')
    >>> _national_unit("民政部部分司(局)负责同志", 3) is None
    True
    """
    return _UNIT.match(text, end) or _NATIONAL_BUREAU.match(text, end)
_LEVEL_WORDS = ("自治区", "省", "市", "县", "区", "州", "旗")
# a level character right before one of these opens a word (市级, 县域, 区划, 市场, 市容) or a pair of levels (区县,
# 省市): no level a document resolves (市民 stays open: 市民生实事 is the city's 民生实事)
_WORD_AFTER_LEVEL = "级域划场容省市县区州旗盟"
# mass organisations the mainland's party and state run (a 县红十字会 is an agency there); in Hong Kong, Macau
# and Taiwan the same names are private societies (澳门红十字会, 澳门妇女联合总会)
_MAINLAND_MASS_BODIES = frozenset({"红十字会", "慈善总会", "慈善会", "总工会", "妇联", "妇女联合会", "残联", "残疾人联合会"})
# Bodies that are only institutions when written with a place or level word
# right before them: 政府 and 委 alone are too generic.
_NEEDS_PLACE = {"政府", "委", "党委", "人大", "政协", "法院", "检察院", "公所", "办事处", "福利院", "慈善会"}
# 各 + a list of level words (各县、市、区 / 各县(市)区 / 各市、县): the addressees of a notice, no body
# (所在 likewise: 户籍所在市、县民政局 is whichever bureau an applicant's home falls under)
_LEVEL_LIST_OPENED = re.compile(r"(?:各|所在地?)(?:[省市县区州旗盟、（）()和及]){2,7}$")
_GENERIC_BEFORE = re.compile(r"(?:各|各级|有关|相关|全|本|我|该|下级|上级|设区|相关设区|各设区|所在|所在地)$")
# words whose last character is a level word but which name no level (社区, 城市, 地区)
_WORD_NOT_LEVEL = ("社区", "城区", "地区", "辖区", "园区", "小区", "街区", "景区", "市区", "城市", "都市", "县区", "县市", "省市", "湾区", "校区", "矿区", "林区", "新区", "特区",
                   # the zones a 管委会 runs: 经济开发区, 综保区 / 保税区, 工业区, 风景名胜区, 试验区, 示范区,
                   # and their short forms 经开区, 合作区, 自贸区 (彭山经开区管委会 is no 彭山区管委会)
                   "发区", "保区", "税区", "业区", "胜区", "验区", "范区", "开区", "作区", "贸区")
# a special committee of a congress or a CPPCC, written after it and before its head's title or a break
_SPECIAL_COMMITTEE = re.compile(
    r"(?!常委会|常务委员会)[\u4e00-\u9fff]{2,16}?委员会(?=主任|副主任|委员|[，、。；和及])|[\u4e00-\u9fff]{2,4}?工?委(?=主任|副主任)"
)
_POST_AFTER = re.compile(r"^(?:书记|副书记|常委|委员|主任|副主任|领导|班子|机关)")


class _PlacesBackwards:
    """``re.compile(f"{lead}(?:{trie_regex(names)}){{1,3}}|{fallback}").match(window)``, the names tried
    only from the sub-trie of the character where each one must start.

    The regex tries each of the gazetteer's thousand top-level branches at every step; here one dict
    lookup picks the branch. Nothing follows the repetition, so it never backtracks into a name:
    the longest name, then the longest one after it, up to three, is what the regex matches too.

    >>> matcher = _PlacesBackwards([n[::-1] for n in ("营口", "营口市", "口市")], "县", re.compile("[市县]"))
    >>> [m.end() if m else None for m in map(matcher.match, ("县市口营", "县口营口营", "市口", "县镇", "镇"))]
    [4, 5, 1, 1, None]
    """

    def __init__(self, names: Iterable[str], lead: str | None, fallback: re.Pattern[str] | None) -> None:
        self._by_first: dict[str, list[str]] = {}
        for name in names:
            if name:
                self._by_first.setdefault(name[0], []).append(name)
        self._tails: dict[str, re.Pattern[str]] = {}  # compiled on first use: most characters start no name
        self._lead = lead
        self._fallback = fallback

    def _tail(self, char: str) -> re.Pattern[str] | None:
        tail = self._tails.get(char)
        if tail is None and char in self._by_first:
            tail = self._tails[char] = trie_regex(self._by_first[char])
        return tail

    def match(self, window: str):
        position, last = 0, None
        if self._lead is not None:
            position = 1 if window[:1] and window[0] in self._lead else -1
        for _ in range(3 if position >= 0 else 0):
            tail = self._tail(window[position:position + 1])
            found = tail.match(window, position) if tail is not None else None
            if found is None:
                break
            last, position = found, found.end()
        if last is not None:
            return last  # its end() is where the whole run of names ends
        return self._fallback.match(window) if self._fallback is not None else None


@lru_cache(maxsize=1)
def _body_words() -> tuple[str, ...]:
    """Every body type a place or level word may precede (the built-in list and the lexicons)."""
    # a province's department is the 厅 of a city's 局 (文旅局 → 文旅厅, 自然资源局 → 自然资源厅)
    # (the government catalogue's departments alike: 住房城乡建设局 → 住房城乡建设厅)
    catalogue = tuple(government_bodies())
    catalogue_departments = tuple(t for t, group in government_bodies().items() if group == "department")
    departments = tuple(t[:-1] + "厅" for t in body_types() + catalogue_departments if t.endswith("局"))
    lexicon_bodies = tuple(agency_abbreviations()) + tuple(b.written for b in regional_bodies() if not b.standalone) + institution_bodies() + body_types() + catalogue + departments
    return BODY_TYPES + lexicon_bodies


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], tuple[_PlacesBackwards, _PlacesBackwards], re.Pattern[str]]:
    """Body types; place names written backwards (matched leftwards from a body); national bodies."""
    gazetteer = get_gazetteer()
    reversed_places = [name[::-1] for name in gazetteer.names()]
    bodies = trie_regex(_body_words())
    places_backwards = _PlacesBackwards(reversed_places, None, re.compile("区治自|[省市县区州旗]"))
    suffixed_backwards = _PlacesBackwards(reversed_places, "县市区旗", None)
    national = trie_regex(NATIONAL_BODIES)
    return bodies, (places_backwards, suffixed_backwards), national


def body_word_at(text: str) -> bool:
    """Does ``text`` open with a body type a place may precede (乡村振兴局, 民政局, 人民政府)? How a reader of a
    body's name (loaders.promotes_model) tells a body's own words from a township written before it.

    >>> body_word_at("乡村振兴局"), body_word_at("先锋街道办事处")
    (True, False)
    """
    return _patterns()[0].match(text) is not None


class _AgencyMatch:
    """A place (or level word) + body found by scanning bodies and reading the place leftwards."""

    def __init__(self, text: str, prefix_start: int, place_start: int, body_start: int, body_end: int) -> None:
        self._text = text
        self._spans = {"prefix": (prefix_start, place_start), "place": (place_start, body_start), "body": (body_start, body_end)}

    def span(self) -> tuple[int, int]:
        return self._spans["prefix"][0], self._spans["body"][1]

    def start(self, group: str | None = None) -> int:
        return self._spans[group][0] if group else self._spans["prefix"][0]

    def end(self) -> int:
        return self._spans["body"][1]

    def group(self, name: str) -> str | None:
        start, end = self._spans[name]
        return self._text[start:end] if end > start else (None if name == "prefix" else "")


def _agency_matches(text: str):
    """Place + body candidates. Scanning for the (few) bodies first and reading the place
    leftwards is far cheaper than trying the whole place list at every position."""
    bodies, (places_backwards, suffixed_backwards), _ = _patterns()
    for body in bodies.finditer(text):
        body_start = body.start()
        window = text[max(0, body_start - 20):body_start][::-1]
        place = places_backwards.match(window)
        suffixed = suffixed_backwards.match(window)  # 威宁县: a short name written with its suffix
        if place is None and suffixed is None and body.group()[0] in "区县镇乡" and len(body.group()) > 2:
            # 永康区公所: the 区 of 区公所 ends the district's name (永康区 + 公所), the short 永康 alone is no place
            full_names = get_gazetteer().by_name
            # (a one-character stem, 东区公所, is 东区 + 区公所 abbreviated: left alone)
            length = next((k for k in range(5, 2, -1) if text[max(0, body_start + 1 - k):body_start + 1] in full_names and k <= body_start + 1), 0)
            if not length:
                continue
            body_start += 1
        elif place is None and suffixed is None:
            continue
        else:
            length = max(m.end() for m in (place, suffixed) if m is not None)
        place_start = body_start - length
        prefix_start = place_start
        if text[max(0, place_start - 3):place_start] == "共青团":
            prefix_start -= 3
        elif text[max(0, place_start - 2):place_start] == "中共":
            prefix_start -= 2
        elif text[max(0, place_start - 1):place_start] == "驻":
            prefix_start -= 1
        yield _AgencyMatch(text, prefix_start, place_start, body_start, body.end())


def _canonical_body(body: str, mainland: bool = True) -> str:
    """The body type as the canonical name writes it.

    >>> _canonical_body("府社会局", mainland=False), _canonical_body("府"), _canonical_body("人社局")
    ('政府社会局', '人民政府', '人力资源和社会保障局')
    """
    if body.startswith("府"):
        return ("政" if not mainland else "人民政") + body  # 市府 is 市政府 (市人民政府 on the mainland)
    if not mainland:
        return body  # 台中市政府, 臺南市政府民政局: names as the place writes them
    return agency_abbreviations().get(body, body)  # 人社局 → 人力资源和社会保障局 (loaders/data)


# A CPPCC committee is named as written with its place: 县政协 is 双牌县政协 (as the annotators of six study pages in
# four folders name it, against two), and 政协双牌县委员会 written in full keeps its full form.
_CPPCC_LEVEL = re.compile(r".+(?:省|自治区|市|县|区|州|旗|盟)")


def _cppcc_name(place_name: str) -> str:
    """The canonical name of a place's CPPCC committee written in full (政协双牌县委员会) in running text.

    Only a county-level or higher place has one; a street's 政协工委 or a bare level word keeps its form.

    >>> _cppcc_name("双牌县"), _cppcc_name("宜秀区"), _cppcc_name("广西壮族自治区")
    ('政协双牌县委员会', '政协宜秀区委员会', '政协广西壮族自治区委员会')
    >>> _cppcc_name("中华门街道"), _cppcc_name("县")
    ('中华门街道政协', '县政协')
    """
    if len(place_name) < 2 or not _CPPCC_LEVEL.fullmatch(place_name):
        return place_name + "政协"
    return "政协" + place_name + "委员会"


def _region_own_body(place_name: str, body: str) -> str | None:
    """The canonical name of a region's standalone body (loaders/data/regional_bodies.tsv) written after
    the region's own name, by its graph name: 香港民政事务总署 and 澳门民政总署 stay as written. A body
    after a district (西贡民政事务处) or after a place of another region is not one.

    >>> _region_own_body("香港", "民政事务总署"), _region_own_body("香港特别行政区", "社会福利署")
    ('香港民政事务总署', '香港社会福利署')
    >>> _region_own_body("西贡", "民政事务处") is None, _region_own_body("台中市", "社会福利署") is None
    (True, True)
    """
    candidates = _standalone_bodies_by_written().get(body)
    if not candidates:
        return None  # most bodies (民政局, 人民政府) are no region's standalone body: no place lookups
    places = get_gazetteer().by_name.get(place_name) or get_gazetteer().by_short.get(place_name) or []
    regions = {p.name for p in places if p.level == "province"}
    for item in candidates:
        if item.region in regions:
            return item.name
    return None


@lru_cache(maxsize=1)
def _standalone_bodies_by_written() -> dict[str, tuple]:
    """The lexicon's standalone regional bodies by their written name, in the file's order."""
    by_written: dict[str, list] = {}
    for item in regional_bodies():
        if item.standalone:
            by_written.setdefault(item.written, []).append(item)
    return {written: tuple(items) for written, items in by_written.items()}


def _is_mainland(name: str) -> bool:
    """Whether the place that opens ``name`` is governed as the mainland is (loaders.resolve).

    >>> _is_mainland("滨州市"), _is_mainland("台中市"), _is_mainland("金门县")
    (True, False, False)
    """
    return governed_as_mainland(name)


def _agency_gate_words() -> list[str]:
    """The words without which no rule of :func:`find_agency_spans` finds anything in a mainland
    document's sentence: each rule's scan or gate needs one of them (named beside it below). A new
    rule there adds its own words here (tests/test_ingest_speedups.py checks the gate on the corpus)."""
    from loaders.agencies_lists import _catalogue

    words = list(_body_words())  # place + body (_agency_matches); _enumerated's bodies are among them
    words += NATIONAL_BODIES  # national bodies
    words += organisation_heads()  # _headed_names
    words += ("中心", "管理站", "救助站", "服务站", "福利院", "敬老院", "养老院")  # _civil_centres: _centre_re's endings
    words += tuple(row[0] for row in read_lexicon("home_endings.txt"))  # _named_homes
    words += tuple(row[0] for row in read_lexicon("zone_suffixes.txt"))  # _zone_bodies
    words += _TOWNSHIP_BODY.pattern[len("(?:"):-len(")")].split("|")  # _township_bodies
    words += _catalogue()  # catalogue_lists: an item is a catalogue name
    words += ("团省委", "团市委", "团县委", "团区委")  # the league's committees
    words += ("市局", "县局", "区局", "省局", "市厅", "县厅", "区厅", "省厅")  # _short_bureaus
    words += ("杂志社", "报社", "出版社", "编辑部")  # _publishers
    words += ("中办", "国办", "两办")  # _abbreviations
    words += ("厅",)  # _bare_bureau_units
    words += ("我局", "局党组", "局办公室", "局党总支", "局党支部", "局纪检监察组", "局机关党委")  # _own_bureau
    words += ("领导小组", "领导组")  # set_up_groups
    # _division_heads (its centres and offices before 主任 need no word of their own: the bureau they belong to
    # is found in the same text, by a rule whose words are listed here)
    words += ("处长", "科长")
    words += ("纪委监委派驻",)  # _stationed_groups
    # _parallel_bodies, _listed_bodies and _shared_place_bodies only extend the bodies found before them
    return words


_AGENCY_WORDS = register("agencies", _agency_gate_words)
# _own_unit_lists: a word that closes a list of units (_UNIT_LIST_GATE), and a unit
_UNIT_LIST_WORDS = register("agency unit lists", lambda: ("负责同志", "负责人", "牵头", "配合", "供稿", ")", "）"))


def _may_name_agency(text: str, ctx: DocContext, info: DocumentInfo, words: int | None) -> bool:
    """False when no rule of :func:`find_agency_spans` can find an agency in ``text`` (``words``: its
    word groups, loaders.sentence_words, when known). Hong Kong, Macau and Taiwan documents, and those
    that never say where, are always read: their regional rules look for words of their own.

    >>> ctx = DocContext.from_info(DocumentInfo("t", place="营口市", province="辽宁省"))
    >>> _may_name_agency("全面推进养老服务体系建设", ctx, DocumentInfo("t"), None)
    False
    >>> _may_name_agency("市民政局召开会议", ctx, DocumentInfo("t"), None)
    True
    >>> _may_name_agency("全面推进养老服务体系建设", DocContext.from_info(DocumentInfo("t")), DocumentInfo("t"), None)
    True
    """
    present = groups_in(text) if words is None else words
    if present & _AGENCY_WORDS:
        return True
    if _read_whole(ctx.province, ctx.city, ctx.county):
        return True
    return bool(present & _UNIT_LIST_WORDS) and bool(info.issuing_body) and _UNIT.search(text) is not None


@lru_cache(maxsize=256)
def _read_whole(province: str | None, city: str | None, county: str | None) -> bool:
    """Whether every sentence of a document with this place chain is read: one that never says where, and a
    Hong Kong, Macau or Taiwan one (asked per sentence: remembered per chain)."""
    return province is None or province in _standalone_regions() or _governed_from_taiwan(DocContext(province, city, county))


class EarlierSentences:
    """"The last X written in the sentences before this one", for a document's bare words that their own sentence
    can't resolve (市委 in a provincial document, a bare 镇政府): each sentence is read once, when a bare word first
    needs it, and an answer found for one position is kept for the next. Asking every earlier sentence again per
    bare word was quadratic in a document's sentences (10,000 characters of bare words: ×10 time for ×4 text).

    >>> places = EarlierSentences(["甲县乙县", "无", "丙市"], lambda text: [text[i:i + 2] for i in range(0, len(text), 2)])
    >>> last_county = lambda names: next((n for n in reversed(names) if n.endswith("县")), None)
    >>> places.last_before(3, "县", last_county), places.last_before(1, "县", last_county), places.last_before(0, "县", last_county)
    ('乙县', '乙县', None)
    """

    def __init__(self, texts: list[str], read: Callable[[str], object]) -> None:
        self._texts = texts
        self._read = read
        self._readings: dict[int, object] = {}
        self._answers: dict[tuple[object, int], str | None] = {}

    def last_before(self, position: int, key: object, pick: Callable[[object], str | None]) -> str | None:
        """``pick``'s answer in the last sentence before ``position`` where it has one (``key`` names ``pick``).
        The walk back stops at an answer kept for an earlier position, so positions asked in order cost each
        sentence one reading in all."""
        index, answer = position, None
        while index > 0:
            if (key, index) in self._answers:
                answer = self._answers[key, index]
                break
            if index - 1 not in self._readings:
                self._readings[index - 1] = self._read(self._texts[index - 1])
            answer = pick(self._readings[index - 1])
            if answer:
                break
            index -= 1
        self._answers[key, position] = answer
        return answer


def find_agency_spans(
    text: str, ctx: DocContext, info: DocumentInfo, earlier_place: Callable[[str], str | None] | None = None,
    words: int | None = None,
) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical name, surface) of each agency in ``text``.

    A bare level word the document's own place can't resolve (市委 in a provincial
    document) stands for the last place of that level written before it: earlier
    in ``text``, else ``earlier_place(level)`` (in the sentences before, when given).
    ``words``: the text's word groups (loaders.sentence_words), when the caller has them.

    >>> info = DocumentInfo("t", place="广州市", province="广东省")
    >>> [name for _, _, name, _ in find_agency_spans("广州市委书记与澳门委员陈某座谈", DocContext.from_info(info), info)]
    ['广州市委']
    """
    if not _may_name_agency(text, ctx, info, words):
        return []  # none of the words any rule below needs: most sentences of a plan
    _, _, national_re = _patterns()
    sentence_places: list | None = None
    gazetteer = get_gazetteer()
    out: list[tuple[int, int, str, str]] = []
    written_parents: dict[tuple[int, int, str], tuple[int, int, str, str]] = {}
    ends = _BodiesByEnd(out)  # (the main loop below only appends to out)
    taken: list[tuple[int, int]] = []
    for match in national_re.finditer(text):
        end = match.end()
        if text[end:end + 1] == "门" or re.match(r"[一二三四五六七八九十]+(?:届|次会议)", text[end:end + 4]):
            continue  # 民政部门 is generic; 全国人大一次会议 is a meeting
        unit = _national_unit(text, end) if _HAS_UNITS.search(match.group()) else None
        if unit:
            end = unit.end()
        out.append((match.start(), end, text[match.start():end], text[match.start():end]))
        taken.append((match.start(), end))
    for match in _agency_matches(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        place_text, body = match.group("place"), match.group("body")
        if body in ("委办", "政府办") and text[end:end + 1] in "理事法好成结完":
            body, end = body[:-1], end - 1  # 市委办理了, 县政府办事: 办 is a verb, the body is 市委 / 县政府
        if body == "府" and (text[end:end + 1] in "谷州城" or place_text not in _LEVEL_WORDS and place_text[-1] not in "市县"):
            continue  # 府谷县, 府州 are places; only 市府 / 县府 (桃园市府, 县府) are the government
        if re.match(r"[一二三四五六七八九十]+(?:届|次)|全会", text[end:end + 4]):
            continue  # 省委十届十一次全会, 区纪委全会 name a meeting
        if body.endswith("部") and text[end:end + 1] == "门":
            continue  # 市宣传部门, 县组织部门: a kind of department, no body
        if body == "委" and text[end:end + 1] == "员" and text[end:end + 2] != "员会":
            continue  # 澳门委员廖某: a member's title (委员) after the place they come from, no party committee
        if body in ("人大", "政协") and re.match(r"(?:代表|委员)(?:[、，。；和及与等]|$)", text[end:end + 3]):
            continue  # 县人大代表、县政协代表: deputies as a group of invitees, not the body (区政协委员王明 names it)
        if len(place_text) == 2 and place_text[1] in "县区市" and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and place_text[0] in "和与及或、在":
            start += 1
            place_text = place_text[1]  # "…和县委" is 和 + 县委, not 和县 + 委
        before = text[max(0, start - 4):start]
        # 我县殡葬管理所: the writer's own body, of the document's place (left alone when that is unknown)
        own = before.endswith("我") and place_text in _LEVEL_WORDS and ctx.place_for_level(place_text) is not None
        # 各县、市、区人民政府, 各县(市)区人民政府: an addressee list of level words opened by 各 reaches past the
        # four characters before the last level word (only level words and their separators between)
        if not own and _GENERIC_BEFORE.search(before) or (re.search(r"[各](?:[^，。；]{0,6})$", before) or _LEVEL_LIST_OPENED.search(text, max(0, start - 8), start) or re.search(r"(?:[两三四五六七八九几]|部分|一些|少数|多个|其他|其余)$", before)) and place_text in _LEVEL_WORDS:
            continue
        if place_text not in _LEVEL_WORDS and place_text[-1] in _LEVEL_WORDS and _written_in_passing(place_text, ctx):
            # 会同市财政局 / 会同县财政局 in a 赣州 document: 会同 (a county of another province) is
            # the verb 会同 (together with) + the document's own 市/县 bureau
            start, place_text = start + len(place_text) - 1, place_text[-1]
        if place_text in _LEVEL_WORDS and text[max(0, start - 1):start + 1] in _WORD_NOT_LEVEL:
            continue  # 社区养老服务指导中心: the 区 ends 社区
        if place_text in _LEVEL_WORDS:
            resolved = _coordinated_level(text, start, place_text, ends, ctx) or ctx.place_for_level(place_text)
            if resolved is None and earlier_place is not None:
                from loaders.places import find_place_spans

                if sentence_places is None:
                    sentence_places = [(s_, p) for s_, _, p, _ in find_place_spans(text, DocumentInfo("ctx", province=ctx.province))]
                in_scope = _in_document_city(ctx)
                resolved = last_place_of_level([p for s_, p in sentence_places if s_ < start and in_scope(p)], place_text)
                resolved = resolved or earlier_place(place_text)
            if body in ("委", "党委") and place_text == "区" and ctx.province and ctx.province.endswith("自治区") and not ctx.county:
                resolved = ctx.province
            place_name = resolved or place_text  # stays bare when the document never says where
        else:
            place_name = _canonical_place_prefix(place_text, ctx)
            if place_name is None:
                continue
        if body in _NEEDS_PLACE and place_text in _LEVEL_WORDS and body in ("公所", "办事处"):
            continue
        mainland = _is_mainland(place_name)
        if not mainland and body in _MAINLAND_MASS_BODIES:
            continue  # 澳门特别行政区红十字会: outside the mainland a Red Cross or a federation is a society, no state body
        if not mainland and body == "民政处":
            body = "民政事务处"
        if not mainland and place_text not in _LEVEL_WORDS and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", place_text):
            place_name = place_text  # 西贡民政事务处, 香港社会福利署: Hong Kong and Taiwan bodies keep the written place  # 西贡民政事务处: Hong Kong offices are named with the short district name
        # a level word the document never resolves keeps the body as written (县政府 stays 县政府)
        written_body = _canonical_body(body, mainland) if place_name not in _LEVEL_WORDS else body
        if not mainland and written_body in _TAIWAN_GOVERNMENT_UNITS and place_name[-1:] in ("市", "县"):
            written_body = "政府" + written_body  # 桃园市社会局 is a unit of 桃园市政府: 桃园市政府社会局
        if written_body[0] in "区县市" and place_name.endswith(written_body[0]) and not place_text.endswith(written_body[0]):
            written_body = written_body[1:]  # 白河区公所 is 白河 + 区公所, not 白河区 + 区公所
        name = place_name + written_body
        if body == "委" and text[max(0, start - 2):start] == "政协" and text[end:end + 2] == "员会" and mainland:
            name, start, end = _cppcc_name(place_name), start - 2, end + 2  # 政协双牌县委员会 written in full is no 双牌县委
        own = _region_own_body(place_name, body)
        if own is not None:
            name = own  # 香港民政事务总署: a territory-wide body of the region written after its name keeps its own name
        if body == "委" and place_text == "区" and resolved == ctx.province and ctx.province:
            name = ctx.province + "党委"
        unit = _UNIT.match(text, end)
        if unit is None and body in ("政协", "人大", "人大常委会"):
            unit = _SPECIAL_COMMITTEE.match(text, end)  # 区政协农业农村和人口资源环境委员会, 市人大社会委
        if unit is None and text[end:end + 1] == " ":
            unit = _UNIT.match(text, end + 1)  # a byline: （福建省民政厅 办公室）
            unit = unit if unit and text[unit.end():unit.end() + 1] in (")", "）") else None
        # 臺北市政府衛生局, 屏東縣政府長期照護處: a Taiwan government's department wins over any other unit reading
        taiwan_department = (not mainland and written_body == "政府" and place_name[-1:] in ("市", "县")
                             and _taiwan_department(text, end))
        if taiwan_department:
            unit = taiwan_department
        more_units: list[tuple[int, int, str]] = []
        unit_start = None
        if unit and (body not in ("委", "党委", "人民政府", "政府") or taiwan_department or body.endswith("政府") and unit.group() == "办公室") \
                and not _POST_AFTER.match(text[end:]) and not _CLAUSE_IN_UNIT.search(unit.group()):
            # (县民政局局长带领社会救助股: a head's title and a verb of leading are no unit's name)
            end = unit.end()
            parent = name
            unit_start = unit.start()
            name += unit.group()
            more_units = [(s_, e_, parent + unit_name) for s_, e_, unit_name in _unit_list_after(text, end)]
        prefix = match.group("prefix") or ""
        if prefix == "共青团":
            name = "共青团" + name
        elif prefix == "驻":
            name = "驻" + name
        if place_text not in _LEVEL_WORDS and not prefix and start > 1 and text[start - 1] in "、与和及":
            # 吉林省、浙江省政府 / 台中市东区与中区户政事务所: the places before share the body
            first = _coordinated_place(text, start - 1, place_text, ctx)
            if first is not None:
                first_start, first_name, shared_prefix = first
                if shared_prefix and not name.startswith(shared_prefix):
                    name = shared_prefix + name
                out.append((first_start, start - 1, first_name + written_body, text[first_start:start - 1]))
        out_start = match.start() if prefix else max(start, match.start("place"))
        out.append((out_start, end, name, text[out_start:end]))
        if place_text in _LEVEL_WORDS and not prefix and resolved:
            # 市、县民政局 / 市、区政府: the level words listed before share the body, each of its own level
            out.extend((s_, e_, level_place + written_body, text[s_:e_])
                       for s_, e_, level_place in _levels_sharing_body(text, out_start, ctx))
        if unit_start is not None and not prefix:
            # 市民政局救灾救济科 names the bureau too: the parent is kept beside its unit
            written_parents[(out_start, end, name)] = (out_start, unit_start, parent, text[out_start:unit_start])
        out.extend((s_, e_, unit_name, text[s_:e_]) for s_, e_, unit_name in more_units)
    for match in re.finditer(r"(?<![\u4e00-\u9fff])?团(省|市|县|区)委", text) if "团" in text else ():
        place = ctx.place_for_level(match.group(1))
        if not any(s_ <= match.start() < e_ for s_, e_, _, _ in out if s_ < match.start()):
            # a document that never says where keeps 团县委 as written: its 县委 is the league's, not the party's
            out.append((match.start(), match.end(), "共青团" + place + "委" if place else match.group(), match.group()))
    out.extend(_short_bureaus(text, ctx, info, out))
    out.extend(_civil_centres(text, ctx, out))
    out.extend(_named_homes(text, ctx, out))
    out.extend(_zone_bodies(text, out))
    out.extend(_publishers(text, out))
    out.extend(_abbreviations(text, ctx, out))
    regional = _regional_bodies(text, ctx, out)
    if regional:
        out = _without_government_prefix(out, regional)
    out.extend(regional)
    # after the regional bodies: 特区政府统计处 names the department 政府统计处, which 特区政府 would take
    out.extend(_region_governments(text, ctx, out))
    out.extend(_bare_taiwan_units(text, ctx, out) if _governed_from_taiwan(ctx) else ())
    out.extend(_enumerated(text, ctx, out))
    out.extend(_township_bodies(text, ctx, out))
    out.extend(_bare_bureau_units(text, ctx, info, out))
    out.extend(_own_bureau(text, ctx, info, out))
    out.extend(_bare_civil_bodies(text, ctx, out))
    out.extend(_parallel_bodies(text, out))
    out.extend(_own_unit_lists(text, ctx, info, out))
    out.extend(_listed_bodies(text, out))
    if "、" in text:
        from loaders.agencies_lists import catalogue_lists

        out.extend(catalogue_lists(text, ctx, _drop_overlapped(out), _canonical_body, _is_mainland, _place_prefix))
    if "领导" in text:
        from loaders.agencies_groups import set_up_groups

        out.extend(set_up_groups(text, _drop_overlapped(out), _place_prefix, _is_mainland, ctx.place_for_level))
    out.extend(_division_heads(text, out))
    out.extend(_stationed_groups(text, out))
    out.extend(_headed_names(text, ctx, out))
    out.extend(_shared_place_bodies(text, out))
    out = _drop_overlapped(out)
    parents = [written_parents[item[:3]] for item in out if item[:3] in written_parents]
    return sorted(out + parents) if parents else out


@lru_cache(maxsize=1)
def _centre_re() -> re.Pattern[str]:
    heads = trie_regex(row[0] for row in read_lexicon("civil_centre_heads.txt")).pattern
    return re.compile(rf"(?:{heads})[\u4e00-\u9fff]{{0,10}}?(?:服务中心|中心|管理站|救助站|服务站|福利院|敬老院|养老院)(?![\u4e00-\u9fff]{{0,1}}(?:建设|项目))")


_PUBLISHER = re.compile(r"《(?P<title>[^《》]{2,12})》(?P<kind>杂志社|报社|出版社|编辑部)")


def _publishers(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """《中国民政》杂志社: the publisher of a named journal is a body (中国民政杂志社).

    >>> [name for _, _, name, _ in _publishers("参加了《中国民政》杂志社举办的座谈会", [])]
    ['中国民政杂志社']
    >>> _publishers("订阅《中国民政》杂志", [])
    []
    """
    if "《" not in text or "社" not in text and "编辑部" not in text:
        return []
    covered = _covered(text, found)  # (asked per match in its own length, not by a scan of every body)
    return [
        (m.start(), m.end(), m.group("title") + m.group("kind"), m.group())
        for m in _PUBLISHER.finditer(text)
        if not any(covered[m.start():m.end()])
    ]


# a clause or a slogan inside a would-be centre's name: 民政系统围绕中心 (围绕中心、服务大局), 民政局为该宴会中心
_CLAUSE_IN_CENTRE = re.compile(r"系统|围绕|[的在为是将要了把向从与或并被让该其]")


def _civil_centres(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """闵行区民政事务中心, 市低收入家庭经济状况核对中心: a place (or a level word the document
    resolves) + a civil-affairs head word (loaders/data/civil_centre_heads.txt) + an institution ending.

    >>> from loaders.types import DocumentInfo
    >>> ctx = DocContext.from_info(DocumentInfo("t", place="天津市", province="天津市"))
    >>> [name for _, _, name, _ in _civil_centres("授予市低收入家庭经济状况核对中心等单位称号", ctx, [])]
    ['天津市低收入家庭经济状况核对中心']
    >>> _civil_centres("推进养老服务中心建设", ctx, [])
    []
    >>> _civil_centres("全市民政系统围绕中心、服务大局", ctx, [])
    []
    """
    if "中心" not in text and "站" not in text and "院" not in text:
        return []
    _, (places_backwards, suffixed_backwards), _ = _patterns()
    out = []
    ends = _BodiesByEnd(found, out)
    covered: bytearray | None = None
    for match in _centre_re().finditer(text):
        start = match.start()
        if covered is None:  # (built at the first match, then marked as bodies are found: no scan of them per match)
            covered = _covered(text, found)
        if any(covered[start:match.end()]):
            continue
        if _CLAUSE_IN_CENTRE.search(match.group()):
            continue  # 民政系统围绕中心、服务大局: a slogan's 中心, no institution
        window = text[max(0, start - 20):start][::-1]
        place = places_backwards.match(window)
        suffixed = suffixed_backwards.match(window)
        if place is None and suffixed is None:
            continue
        length = max(m.end() for m in (place, suffixed) if m is not None)
        place_text = text[start - length:start]
        if place_text in _LEVEL_WORDS and text[max(0, start - length - 1):start - length + 1] in _WORD_NOT_LEVEL:
            continue  # 社区养老服务中心: the 区 ends a word
        if _GENERIC_BEFORE.search(text[max(0, start - length - 4):start - length]):
            continue
        # in a document that never says where, a level word stays as written (省民政事业发展中心)
        unplaced = ctx.province is None and ctx.city is None and ctx.county is None
        if place_text in _LEVEL_WORDS:
            # 肇庆市儿童福利院、市流浪乞讨人员安置救治中心: the 市 of a list is the city its first item names
            coordinated = _coordinated_level(text, start - length, place_text, ends, ctx)
            place_name = coordinated or ctx.place_for_level(place_text) or (place_text if unplaced else None)
        else:
            place_name = _canonical_place_prefix(place_text, ctx)
        if not place_name:
            continue
        out.append((start - length, match.end(), place_name + match.group(), text[start - length:match.end()]))
        covered[start - length:match.end()] = b"\x01" * (match.end() - start + length)
    return out


@lru_cache(maxsize=1)
def _zone_body_re() -> re.Pattern[str]:
    suffixes = trie_regex(row[0] for row in read_lexicon("zone_suffixes.txt")).pattern
    # a zone's bureau holds no clause's word (的, 对, 将 …): 城乡融合发展局, 社会事务管理局
    bureau = rf"{_SECTION_CHAR}{{2,8}}?局(?![长面势限部])"
    # (the 管委会's own bureau written after it: 台商投资区管理委员会民生保障局)
    return re.compile(rf"(?:{suffixes})(?:(?:管委会|管理委员会)(?:{bureau})?|党工委|{bureau})")


# a name that makes the zone a kind of zone, not one zone (各开发区, 国家级高新区, 本新区)
# (or a coordinator or a clause's word: 城区和新区民政局 is two bodies' scope, not a zone 城区和)
_NATIONAL_ZONE_WORD = "国家"
_GENERIC_ZONE = re.compile(r"各|全|本|该|国家|省级|市级|县级|相关|有关|所在|辖|[和及与的在对为是]")
# what a zone's name follows: a break, a coordinator, or the last character of a body written before it in an
# addressee list with no separator (各县人民政府抚州高新区管委会东临新区管委会)
_ZONE_BOUNDARY = "、，,：:；;（(“\" \n\t和及与在由向经对府会局"


def _zone_bodies(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """葛店经开区城乡融合发展局, 临空经济区社会事务局, 东临新区管委会: a development zone's body, named as written.
    A zone is no gazetteer place, so the place + body rule misses it when no city is written before it; the
    zone's name opens after a break, a coordinator or another body (…高新区管委会东临新区管委会).

    >>> [n for _, _, n, _ in _zone_bodies("各区民政局、葛店经开区城乡融合发展局、临空经济区社会事务局：", [])]
    ['葛店经开区城乡融合发展局', '临空经济区社会事务局']
    >>> [n for _, _, n, _ in _zone_bodies("各县人民政府抚州高新区管委会东临新区管委会", [(6, 14, "抚州高新区管委会", "")])]
    ['东临新区管委会']
    >>> [n for _, _, n, _ in _zone_bodies("各县人民政府东临新区管委会", [])]
    ['东临新区管委会']
    >>> _zone_bodies("各开发区管委会、国家级高新区管委会要加强领导，城区和新区民政局要加强协作", [])
    []
    >>> [n for _, _, n, _ in _zone_bodies("在东湖高新区管委会指导下", [])]
    ['东湖高新区管委会']
    >>> [n for _, _, n, _ in _zone_bodies("各区民政局，宁波国家高新区社会事务管理局，泉州台商投资区管理委员会民生保障局", [])]
    ['宁波国家高新区社会事务管理局', '泉州台商投资区管理委员会民生保障局']
    >>> _zone_bodies("在国家高新区管委会指导下，各国家级开发区民政局", [])
    []
    """
    ends = {e_ for _, e_, _, _ in found}
    out: list[tuple[int, int, str, str]] = []
    covered: bytearray | None = None  # built at the first match, then marked per zone body: no scan of them per match
    for match in _zone_body_re().finditer(text):
        suffix_start = match.start()
        for length in range(2, 5):
            start = suffix_start - length
            if start < 0:
                break
            zone = text[start:suffix_start]
            if zone.startswith(_NATIONAL_ZONE_WORD):
                continue  # 国家高新区 alone is a kind of zone; 宁波国家高新区 is one
            if not all("\u4e00" <= ch <= "\u9fff" for ch in zone) or _GENERIC_ZONE.search(zone.removesuffix(_NATIONAL_ZONE_WORD)):
                break
            if start == 0 or text[start - 1] in _ZONE_BOUNDARY or start in ends:
                if covered is None:
                    covered = _covered(text, found)
                if not any(covered[start:match.end()]):
                    out.append((start, match.end(), text[start:match.end()], text[start:match.end()]))
                    covered[start:match.end()] = b"\x01" * (match.end() - start)
                break
    return out


@lru_cache(maxsize=1)
def _home_re() -> re.Pattern[str]:
    return trie_regex(row[0] for row in read_lexicon("home_endings.txt"))


# a word that makes what stands before a home's ending a kind of home, not its name (农村敬老院, 公办福利院,
# 各敬老院, 新建敬老院), or a clause (推进…建设, 的, 和)
_GENERIC_HOME = re.compile(
    r"农村|城乡|城市|城镇|乡镇|公办|民办|公建|区域性|各|全|所属|辖区|下属|部分|其他|等|新建|建设|改造|提升|加强|推进|"
    r"入住|前往|来到|走访|深入|看望|慰问|调研|的|了|和|及|与|或|在|到|对|为|是|有|中心|\s"
)
# what a named home follows: a break, a coordinator, or a visit's or a works' verb (深入雨湖区先锋敬老院)
_HOME_LEAD = re.compile(r"(?:[、，,：:；;（(“\"\s和及与]|深入|来到|走访|前往|走进|到|赴|在|了|看望|慰问|考察|视察|察看|调研|提升|改造)$")
# the longest of _HOME_LEAD's words: the lead is looked for in that many characters before the place, not from the
# text's start (a search from 0 tried every earlier position per home: quadratic in a long list)
_HOME_LEAD_REACH = 2
# the reach of a home's own name leftwards from its ending (失能特困人员集中 is eight characters)
_HOME_NAME_REACH = 10


def _named_homes(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """雨湖区先锋敬老院, 市第二儿童福利院, 湘潭县失能特困人员集中照护中心: a place (or a level word the document
    resolves) + a name of the home's own + a home's ending (loaders/data/home_endings.txt). The civil-centre
    rule needs a civil-affairs head word right after the place (市 + 儿童福利院); a named home has none.

    >>> from loaders.types import DocumentInfo
    >>> ctx = DocContext.from_info(DocumentInfo("t", place="宁波市", province="浙江省"))
    >>> [name for _, _, name, _ in _named_homes("实地调研了市恩美儿童福利院和市老年疗养院。", ctx, [])]
    ['宁波市恩美儿童福利院', '宁波市老年疗养院']
    >>> [name for _, _, name, _ in _named_homes("先后深入雨湖区先锋敬老院、湘潭县失能特困人员集中照护中心。", ctx, [])]
    ['雨湖区先锋敬老院', '湘潭县失能特困人员集中照护中心']
    >>> _named_homes("加强全县农村敬老院建设，推进公办福利院改革，提升社区敬老院服务。", ctx, [])
    []
    >>> _named_homes("昌都市长一行还仔细听取福利院工作汇报。", ctx, [])
    []
    """
    _, (places_backwards, suffixed_backwards), _ = _patterns()
    out: list[tuple[int, int, str, str]] = []
    ends = _BodiesByEnd(found, out)
    covered: bytearray | None = None
    for match in _home_re().finditer(text):
        start, end = match.span()
        if covered is None:  # (built at the first match, then marked as homes are found: no scan of them per match)
            covered = _covered(text, found)
        if any(covered[start:end]):
            continue
        for name_start in range(start - 1, max(-1, start - _HOME_NAME_REACH - 1), -1):
            name = text[name_start:start]
            if _GENERIC_HOME.search(name) or not "\u4e00" <= text[name_start] <= "\u9fff":
                break  # a kind of home, a clause or a break: no name of its own reaches further
            window = text[max(0, name_start - 20):name_start][::-1]
            place, suffixed = places_backwards.match(window), suffixed_backwards.match(window)
            if place is None and suffixed is None:
                continue
            length = max(m.end() for m in (place, suffixed) if m is not None)
            place_start = name_start - length
            place_text = text[place_start:name_start]
            if place_text in _LEVEL_WORDS and text[max(0, place_start - 1):name_start] in _WORD_NOT_LEVEL:
                break  # 社区敬老院: the 区 ends 社区
            if _GENERIC_BEFORE.search(text[max(0, place_start - 4):place_start]):
                break  # 全市敬老院
            if place_text[-1] in _LEVEL_WORDS and name[0] in "长委":
                break  # 昌都市长一行…福利院: a title (市长) or a committee (市委) after the place, no home's name
            if place_start > 0 and not _HOME_LEAD.search(text, max(0, place_start - _HOME_LEAD_REACH), place_start):
                break  # a home is named as an item: after a break, a coordinator or a visit's verb
            if place_text in _LEVEL_WORDS:
                place_name = _coordinated_level(text, place_start, place_text, ends, ctx) or ctx.place_for_level(place_text)
            else:
                place_name = _canonical_place_prefix(place_text, ctx)
            if place_name:
                out.append((place_start, end, place_name + name + match.group(), text[place_start:end]))
                covered[place_start:end] = b"\x01" * (end - place_start)
            break
    return out


_UNIT_SEPARATOR = re.compile(r"[、和及]")
# in a list that has already started, a unit may have a long name (社会福利和慈善事业促进处)
_LONG_UNIT = re.compile(r"(?!相关|有关|各)[\u4e00-\u9fff]{2,12}?处(?![理置长])")


def _unit_list_after(text: str, end: int) -> list[tuple[int, int, str]]:
    """The further units of a list that starts right after a body's first unit.

    >>> [name for _, _, name in _unit_list_after("市局办公室、计财处、救灾处等部门负责同志", 5)]
    ['计财处', '救灾处']
    """
    out = []
    while True:
        separator = _UNIT_SEPARATOR.match(text, end)
        unit = (_UNIT.match(text, separator.end()) or _LONG_UNIT.match(text, separator.end())) if separator else None
        if unit is None or re.search(r"各|相关|有关|处室", unit.group()):
            return out
        out.append((unit.start(), unit.end(), unit.group()))
        end = unit.end()


# 市局 / 省厅: a civil-affairs document's short name for the 民政局 / 民政厅 of that level
# words no unit's name holds: a quantifier (各科, 相关处室), a title or a verb of a clause that runs on to a unit
# (市局领导带队赴各科, 市局党组书记赴养老服务科)
_CLAUSE_IN_UNIT = re.compile(r"各|相关|有关|科室|处室|领导|书记|[局厅处科股]长|主任|赴|到|带队|带领|率领|陪同|调研|检查|督查|会同|要求")
# (or a division or section right after it: 省厅社会救助处调研员…, 市局养老服务科)
_SHORT_BUREAU = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<level>市|县|区|省)(?P<kind>局|厅)"
    r"(?=[、，。和及（(]|办公室|党组|机关|$|(?!成立|设立|增设|要求)[\u4e00-\u9fff]{2,8}?[处科](?![理置长室学技研普目]))"
)


def _short_bureaus(text: str, ctx: DocContext, info: DocumentInfo, found: list) -> list[tuple[int, int, str, str]]:
    """市局办公室、计财处 in a city 民政局's text: 上海市民政局 and its units. Only in civil-affairs
    documents (民政 in the issuing body or title), where 市局 can mean no other bureau."""
    if "局" not in text and "厅" not in text or "民政" not in (info.issuing_body or "") + info.title:
        return []
    out = []
    for match in _SHORT_BUREAU.finditer(text):
        level, kind = match.group("level"), match.group("kind")
        if (kind == "厅") != (level == "省") or any(s_ <= match.start() < e_ for s_, e_, _, _ in found):
            continue
        place = ctx.place_for_level(level)
        if not place:
            continue
        bureau = place + "民政" + kind
        out.append((match.start(), match.end(), bureau, match.group()))
        unit = _UNIT.match(text, match.end())
        if unit and not _CLAUSE_IN_UNIT.search(unit.group()):
            out.append((unit.start(), unit.end(), bureau + unit.group(), unit.group()))
            out.extend((s_, e_, bureau + name, name) for s_, e_, name in _unit_list_after(text, unit.end()))
    return out


@lru_cache(maxsize=1)
def _standalone_longest_first() -> tuple:
    """The standalone regional bodies, longest first: 市政署管理委员会 before 市政署."""
    return tuple(sorted((body for body in regional_bodies() if body.standalone), key=lambda body: -len(body.written)))


def _used_in_region(body, province: str | None) -> bool:
    """A body's own region uses it; so does another of Hong Kong, Macau and Taiwan when the name is
    distinctive (kept as written: a Hong Kong release on a visit to Macau names 社会福利署). A generic
    name the lexicon prefixes with its region (社会工作局 → 澳门社会工作局) stays in its region.

    >>> from loaders.lexicons import RegionalBody
    >>> _used_in_region(RegionalBody("社会福利署", "社会福利署", "香港特别行政区", True), "澳门特别行政区")
    True
    >>> _used_in_region(RegionalBody("卫生局", "澳门卫生局", "澳门特别行政区", True), "台湾省")
    False
    >>> _used_in_region(RegionalBody("卫生局", "澳门卫生局", "澳门特别行政区", True), None)
    False
    """
    if province is None:  # a document that never says where: generic three-character names (卫生局) are too common
        return body.canonical == body.written or len(body.written) >= 4
    return province == body.region or body.canonical == body.written


@lru_cache(maxsize=1)
def _written_in_region() -> dict[str, frozenset[str]]:
    """Region → every name regional_bodies.tsv lists for it, standalone or written after a place."""
    by_region: dict[str, set[str]] = {}
    for body in regional_bodies():
        by_region.setdefault(body.region, set()).add(body.written)
    return {region: frozenset(names) for region, names in by_region.items()}


@lru_cache(maxsize=1)
def _standalone_regions() -> frozenset[str]:
    return frozenset(body.region for body in regional_bodies() if body.standalone)


def _regional_bodies(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """民政总署 in a Macau document, 社会福利署 in a Hong Kong one: bodies named without a place,
    canonical names from loaders/data/regional_bodies.tsv. A document that never says where it is
    takes them too (the names are the region's own); a mainland document does not. There a generic
    name (卫生局) needs the region written in the same text: its short name (澳门) or a body that is
    the region's own (劳工事务局).

    >>> ctx = DocContext.from_info(DocumentInfo("t"))
    >>> [name for _, _, name, _ in _regional_bodies("出席的有劳工事务局黄局长、卫生局郑副局长", ctx, [])]
    ['澳门劳工事务局', '澳门卫生局']
    >>> [name for _, _, name, _ in _regional_bodies("县卫生局和财政局", ctx, [])]
    []
    >>> hong_kong = DocContext.from_info(DocumentInfo("t", place="香港特别行政区", province="香港特别行政区"))
    >>> [name for _, _, name, _ in _regional_bodies("代表团访问澳门，与社会工作局局长会面", hong_kong, [])]
    ['澳门社会工作局']
    >>> [name for _, _, name, _ in _regional_bodies("与社会工作局局长会面", hong_kong, [])]
    []
    >>> macau = DocContext.from_info(DocumentInfo("t", place="澳门特别行政区", province="澳门特别行政区"))
    >>> [name for _, _, name, _ in _regional_bodies("立法会今日细则性审议通过法案", macau, [])]
    ['澳门立法会']
    """
    if ctx.province is not None and ctx.province not in _standalone_regions():
        return []  # a mainland document: no scan (a document that never says where is scanned)
    out = []
    present = [body for body in _standalone_longest_first() if body.written in text]
    if not present:
        return out
    # (a Hong Kong release on a visit to Macau: the text that writes 澳门 names its 社会工作局 too)
    written_regions = {region for region in _standalone_regions() if region[:2] in text}
    regions = {ctx.province} | written_regions if ctx.province else {
        body.region for body in present if _used_in_region(body, None)
    } | written_regions
    own_written = _written_in_region().get(ctx.province, frozenset())
    covered = _covered(text, found)  # (marked once and as bodies are added: asking every body per match was quadratic)
    for body in present:
        if not (_used_in_region(body, ctx.province) or body.region in regions):
            continue
        if body.region != ctx.province and body.written in own_written:
            continue  # 立法会 in a Macau page, 劳工处 in a Taiwan county's: the page's own region's body
        for match in re.finditer(re.escape(body.written), text):
            if covered[match.start()] or covered[match.end() - 1]:
                continue  # (its first or last character inside a body found or added)
            if len(body.written) == 2 and not _short_form_stands_alone(text, match.start(), match.end()):
                continue
            end = _ministry_agency_end(text, match.end()) if body.canonical.endswith("部") else match.end()
            out.append((match.start(), end, body.name + text[match.end():end], text[match.start():end]))
            covered[match.start():end] = b"\x01" * (end - match.start())
    return out


# an administration of a Taiwan ministry written right after it (衛生福利部社會及家庭署, 內政部移民署): 2-8
# characters + 署 (及 joins the words of many such names), no clause's word; not 署名 / 署理 / 署长
_MINISTRY_AGENCY = re.compile(r"(?![与和及、])[\u4e00-\u9fff]{2,8}?署(?![名理长])")
_CLAUSE_IN_MINISTRY_AGENCY = re.compile(r"[的对在为是将要了把向从由于以就到给被让该本其和与]")


def _ministry_agency_end(text: str, end: int) -> int:
    """Where a ministry's name ends once the administration written right after it is taken in.

    >>> text = "卫生福利部社会及家庭署补助各县市，卫生福利部将于下月公布"
    >>> _ministry_agency_end(text, 5), _ministry_agency_end(text, 22)
    (11, 22)
    """
    match = _MINISTRY_AGENCY.match(text, end)
    if match is None or _CLAUSE_IN_MINISTRY_AGENCY.search(match.group()):
        return end
    return match.end()


def _short_form_stands_alone(text: str, start: int, end: int) -> bool:
    """A two-character short form (社署) is a word of its own, not the end of one (合作社 + 署名).

    >>> _short_form_stands_alone("香港社署今日宣布", 2, 4), _short_form_stands_alone("由合作社署名支持", 3, 5)
    (True, False)
    >>> _short_form_stands_alone("随行官员包括社署副署长冯某", 6, 8)
    True
    """
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if re.match(rf"(?:副|助理|署理)?{re.escape(text[end - 1])}长", text[end:end + 4]):
        return True  # 随行官员包括社署副署长: the short form before its own head's title
    return not ("\u4e00" <= before <= "\u9fff" and before not in "港由经与和及向据的请及、") and after != "名"


# a list of internal units with no body written before it, closed by the people or task it names:
# 办公室、优抚处、救灾处主要负责同志 / （组织人事处、机关党委牵头）
# (the closing brackets as two literals, not a class: with every alternative opening with a literal, re
# skips to where one can start)
_UNIT_LIST_GATE = re.compile(r"负责同志|负责人|牵头|配合|供稿|\)|）")
_UNIT_LIST_CLOSE = re.compile(r"(?:等)?(?:处室|部门|单位)?(?:主要)?(?:负责同志|负责人|牵头|配合|供稿)|[)）]")


def _own_unit_lists(text: str, ctx: DocContext, info: DocumentInfo, found: list) -> list[tuple[int, int, str, str]]:
    """Units listed bare, as the document's own body writes its units: each is a unit of that body
    (the first agency of the issuing body, resolved in the document's context)."""
    if not info.issuing_body or not _UNIT_LIST_GATE.search(text):
        return []  # no word that closes a unit list: nothing to scan
    out = []
    position = 0
    while position < len(text):
        # the next position where a unit starts (the regex engine walks the characters, not this loop)
        unit = _UNIT.search(text, position)
        if unit is None:
            break
        position = unit.start()
        if (
            unit.group() == "党组" or unit.group()[0] in "厅局"
            or (position > 0 and "\u4e00" <= text[position - 1] <= "\u9fff")
            or any(s_ <= position < e_ for s_, e_, _, _ in found)
        ):
            position += 1
            continue
        items = [(unit.start(), unit.end(), unit.group())] + _unit_list_after(text, unit.end())
        last_end = items[-1][1]
        closed = _UNIT_LIST_CLOSE.match(text, last_end)
        # a byline stands after a sentence: （组织人事处、机关党委牵头）, not 党委（党组）
        bracketed = (
            closed is not None and text[max(0, unit.start() - 1):unit.start()] in ("(", "（")
            and not ("\u4e00" <= text[max(0, unit.start() - 2):max(0, unit.start() - 1)] <= "\u9fff")
        )
        if closed and (len(items) >= 2 or bracketed) and not (closed.group() in ")）" and not bracketed):
            parent = _issuing_parent(ctx, info)
            if parent:
                out.extend((s_, e_, parent + name, name) for s_, e_, name in items)
        position = last_end
    return out


def _issuing_parent(ctx: DocContext, info: DocumentInfo) -> str | None:
    """The body whose units a document lists bare: the first agency its issuing body names."""
    spans = find_agency_spans(re.split(r"[（(]", info.issuing_body or "")[0], ctx, DocumentInfo("ctx"))
    return spans[0][2] if spans else None


_ENUM_BODIES = ("民政局", "民政厅", "财政局", "财政厅")
# Standard abbreviations of the general offices: 中办/国办, and a level's “两办”.
# 中央两办 is the pair of the centre: the Party Central Committee's and the State Council's general offices.
_TWO_OFFICES = re.compile(r"(?P<level>中央|省|市|县|区|自治区)?[“\"]?两办[”\"]?")
_NATIONAL_ABBREVIATIONS = {"中办": "中共中央办公厅", "国办": "国务院办公厅"}
# 中办 or 国办 standing alone, or after a list mark; or the pair written together, whatever comes before it
# (贯彻落实中办、国办…: a verb right before 中办 is the pair's usual opening, and 中办、国办 is never part of a word).
_NATIONAL_OFFICES = re.compile(
    r"(?<![\u4e00-\u9fff])(中办|国办)(?=[、，。和及印发联合]|$)|(?<=[、和])(中办|国办)|(中办|国办)(?=[、和及](?:中办|国办))"
)


def _abbreviations(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """中办、国办 → 中共中央办公厅, 国务院办公厅; 省“两办” → 省委办公厅 and 省人民政府办公厅; 中央两办 → the first pair.

    >>> ctx = DocContext(province="浙江省")
    >>> [n for _, _, n, _ in _abbreviations("贯彻落实中央两办、省两办《意见》", ctx, [])]
    ['中共中央办公厅', '国务院办公厅', '浙江省委办公厅', '浙江省人民政府办公厅']
    >>> [n for _, _, n, _ in _abbreviations("县两办督查室通报", DocContext(province="浙江省"), [])]
    []
    """
    out = []
    if "办" not in text:
        return out
    for match in _NATIONAL_OFFICES.finditer(text):
        abbreviation = match.group(1) or match.group(2) or match.group(3)
        out.append((match.start(), match.end(), _NATIONAL_ABBREVIATIONS[abbreviation], abbreviation))
    for match in _TWO_OFFICES.finditer(text):
        level = match.group("level")
        if level == "中央":
            out.append((match.start(), match.end(), _NATIONAL_ABBREVIATIONS["中办"], match.group()))
            out.append((match.start(), match.end(), _NATIONAL_ABBREVIATIONS["国办"], match.group()))
            continue
        place = ctx.place_for_level(level) if level else None
        if not place:
            continue
        committee = place + ("党委" if place.endswith("自治区") else "委") + "办公厅"
        government = place + "人民政府办公厅"
        out.append((match.start(), match.end(), committee, match.group()))
        out.append((match.start(), match.end(), government, match.group()))
    return out
_TOWNSHIP_BODY = re.compile(
    r"(?:街道办事处|街道党工委|镇人民政府|镇政府|镇党委|乡人民政府|乡政府|乡党委|镇民政办|乡民政办|街道民政办|镇民政所|乡民政所|镇福利院|乡福利院|"
    # a township's 敬老院 is the public home for the extremely poor it runs (特困人员供养机构), like its 福利院
    r"镇敬老院|乡敬老院|"
    # a township's own civil-affairs section or station and the care centre it runs (羊庄镇民政科, 某镇民政工作站,
    # 港口镇养老服务中心, 摩尼镇区域养老中心, 神山镇农村福利院): the gold lists them whenever a township names them
    r"镇民政科|乡民政科|街道民政科|镇民政工作站|乡民政工作站|镇养老服务中心|乡养老服务中心|街道养老服务中心|"
    r"镇区域养老中心|乡区域养老中心|镇农村福利院|乡农村福利院|"
    r"村党总支|村党支部|村党委|村民委员会|村委会|社区党委|社区党总支|社区党支部|社区居民委员会|社区居委会)"
)
_LOCAL_BODY_LEVELS = ("street", "township", "village", "community")


def _local_places_with_catalogue(text: str, known_ends: set[int], province: str | None) -> list[tuple[int, int, str, str]]:
    """Townships, streets, communities and villages of ``text`` (loaders.places.find_local_places), and the
    official table's townships of the document's province that the name-shape rule passes over (邓城镇: 城 reads
    as a word's; 顾村镇: 村 ends a village), so that their bodies (邓城镇敬老院, 东茅岭街道办事处) are named too.

    >>> [m[2] for m in _local_places_with_catalogue("现场会在邓城镇敬老院召开", set(), "河南省")]
    ['邓城镇']
    >>> _local_places_with_catalogue("现场会在邓城镇敬老院召开", set(), "浙江省")
    []
    >>> [m[2] for m in _local_places_with_catalogue("会后参观姜屯镇养老服务中心", set(), "山东省")]
    ['姜屯镇']
    """
    from loaders.places import find_local_places
    from loaders.townships import find_catalogue_townships

    local = find_local_places(text, known_ends)
    if province is None:
        return local  # a name in the table of some other province would be a guess
    catalogue = find_catalogue_townships(text, known_ends, province)
    # the table's name wins where both end together: the shape rule took a verb in (参观姜屯镇 for 姜屯镇)
    table_ends = {end for _, end, _, _ in catalogue}
    local = [item for item in local if item[1] not in table_ends]
    catalogue = [item for item in catalogue if not any(s_ < item[1] and item[0] < e_ for s_, e_, _, _ in local)]
    return sorted(local + catalogue)


def _township_bodies(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """黄甲街道办事处 / 三河镇人民政府: bodies of townships and streets, named as written
    (with the county or district written right before them, if any).

    >>> ctx = DocContext.from_info(DocumentInfo("t", place="滕州市", province="山东省"))
    >>> [name for _, _, name, _ in _township_bodies("羊庄镇民政科、木石镇民政科发言，参观姜屯镇养老服务中心。", ctx, [])]
    ['羊庄镇民政科', '木石镇民政科', '姜屯镇养老服务中心']
    >>> _township_bodies("推进乡镇养老服务中心建设，各镇民政科配合。", ctx, [])
    []
    """
    if not _TOWNSHIP_BODY.search(text):
        return []
    from loaders.places import find_local_places, find_place_spans

    info = DocumentInfo("ctx", place=ctx.city or ctx.county, province=ctx.province)
    places = find_place_spans(text, info)
    ends = {end: start for start, end, _, _ in places}
    out = []
    for start, end, name, level in _local_places_with_catalogue(text, set(ends), ctx.province):
        if level not in _LOCAL_BODY_LEVELS:
            continue
        suffix = "街道" if name.endswith("街道") else "社区" if name.endswith("社区") else name[-1]
        body = _TOWNSHIP_BODY.match(text, end - len(suffix))
        if body is None:
            continue
        written_start = start
        while written_start in ends:  # 西安市新城区长乐西路街道办事处: keep the written chain
            written_start = ends[written_start]
        body_text = body.group()[len(suffix):]
        canonical = text[written_start:end] + ("人民政府" if body_text == "政府" else body_text)
        if any(s_ <= written_start < e_ for s_, e_, _, _ in found):
            continue
        # the surface is the place part: the township stays a place mention too
        out.append((written_start, end, canonical, text[written_start:end]))
    return out
_MUNICIPALITY_NAMES = ("北京市", "天津市", "上海市", "重庆市")


@lru_cache(maxsize=1)
def _enum_pattern() -> re.Pattern[str]:
    names = list(get_gazetteer().names())
    places = trie_regex(names).pattern
    first_chars = "".join(sorted({re.escape(name[0]) for name in names if name}))
    # The lookahead only repeats what the list's first item needs (a place's first character,
    # or 2-4 characters + 新区), so it changes no match; it lets ``re`` skip in one test every
    # position where no place starts instead of trying each top-level trie branch there.
    return re.compile(
        rf"(?=[{first_chars}]|[\u4e00-\u9fff]{{2,4}}?新区)"
        rf"(?P<list>(?:(?:{places}|[\u4e00-\u9fff]{{2,4}}?新区)[、和及])+(?:{places}|[\u4e00-\u9fff]{{2,4}}?新区))"
        rf"(?P<glue>等?[\d一二三四五六七八九十]*个?(?:省|市|县|区|州)?(?:（[^）]{{0,12}}）)?(?:和各[县市区州旗](?:（[^）]{{0,8}}）)?)?)"
        rf"(?P<body>民政局|民政厅|财政局|财政厅)"
    )


_ITEM_BEFORE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[、和及]))(?P<name>[\u4e00-\u9fff]{2})[、和及]$")


def _unlisted_items_before(text: str, list_start: int, items: list) -> list:
    """嘉兴、金华、舟山、台州市民政局: a short name the gazetteer doesn't take on its own (金华) stops the
    enumeration; items written before its first place join it when, with the suffix of that place's
    level (金华 + 市), they name a place of the same province. Positions are relative to ``list_start``.

    >>> from loaders.gazetteer import get_gazetteer
    >>> zhoushan = get_gazetteer().lookup("舟山市")
    >>> [(s, p.name) for s, _, p, _ in _unlisted_items_before("嘉兴、金华、舟山市", 6, [(0, 2, zhoushan, "舟山")])]
    [(-6, '嘉兴市'), (-3, '金华市')]
    >>> _unlisted_items_before("会议、舟山市", 3, [(0, 2, zhoushan, "舟山")])
    []
    """
    if not items or items[0][0] != 0 or items[0][2].level not in ("city", "county") or not items[0][2].code:
        return []
    first = items[0][2]
    suffix = first.name[-1]
    gazetteer = get_gazetteer()
    out: list = []
    position = list_start
    while (item := _ITEM_BEFORE.search(text, max(0, position - 3), position)) is not None:
        name = item.group("name") + suffix
        same = [p for p in gazetteer.candidates(name) if p.level == first.level and p.province_code == first.province_code]
        if len(same) != 1:
            break
        out.insert(0, (item.start() - list_start, item.start() + 2 - list_start, same[0], item.group("name")))
        position = item.start()
    return out


def _enumerated(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """济南、青岛、东营等9个市民政局 → one agency per place; 民政厅(局) follows each place's level."""
    from loaders.places import find_place_spans

    out = []
    if not ("、" in text or "和" in text or "及" in text) or not ("民政" in text or "财政" in text) \
            or not any(body in text for body in _ENUM_BODIES):
        return out  # cheap tests first (no generator for most sentences): the enumeration pattern is costly to scan
    info = DocumentInfo("ctx", place=ctx.city, province=ctx.province)
    # every match ends with its body word, so nothing after the last one can be in a match
    last_body_end = max(text.rfind(body) + len(body) for body in _ENUM_BODIES)
    for match in _enum_pattern().finditer(text, 0, last_body_end):
        body = match.group("body")
        # one character past the list lets a short name take its written suffix (威宁 + 县)
        list_text = text[match.start("list"):match.end("list") + 1]
        items = [item for item in find_place_spans(list_text, info) if item[0] < len(match.group("list"))]
        covered = {i for s_, e_, _, _ in items for i in range(s_, e_)}
        for new_area in re.finditer(r"[\u4e00-\u9fff]{2,4}?新区", match.group("list")):
            if new_area.start() not in covered and re.match(r"^|[、和及]", match.group("list")[max(0, new_area.start() - 1):new_area.start()] or ""):
                from loaders.gazetteer import Place

                items.append((new_area.start(), new_area.end(), Place("", new_area.group(), "city", ""), new_area.group()))
        items = _unlisted_items_before(text, match.start("list"), items) + items
        for start, end, place, surface in items:
            level_body = body
            if body.startswith("民政") or body.startswith("财政"):
                stem = body[:2]
                is_province = place.level == "province" and place.name not in _MUNICIPALITY_NAMES
                level_body = stem + ("厅" if is_province else "局")
            name = place.name + level_body
            abs_start = match.start("list") + start
            out.append((abs_start, match.start("list") + end, name, surface))
    return out


_BARE_UNIT = re.compile(
    # after 驻/我, a break, or the verb of a leader who brings or meets the units (厅长带领厅办公室、…相关负责人)
    r"(?:(?<=[驻我])|(?<![\u4e00-\u9fff])|(?<=带领|率领|陪同|召集))(?:厅|民政厅)(?P<units>(?:(?:机关)?(?:办公室|信息中心|纪检监察组|党组(?!书记|副书记|成员|会)|"
    # a plain division first, so that two joined by 和 stay two (社会救助处和社会事务处); then a division whose own
    # name holds 和 (社会福利和慈善事业促进处), as _UNIT_PATTERNS reads them
    r"[\u4e00-\u9fff]{2,6}?处(?![理置长室])|"
    rf"{_SECTION_CHAR}{{2,6}}和{_SECTION_CHAR}{{2,6}}?处(?![理置长室])|[\u4e00-\u9fff]{{2,6}}?中心)[、和及]?)+)"
)
# (an item never starts at the joining word: 办公室和社会事务处 is two items, not 和社会事务处)
_UNIT_ITEM = re.compile(rf"(?![、和及])(?:办公室|信息中心|纪检监察组|党组|[\u4e00-\u9fff]{{2,6}}?处(?![理置长室])|"
                        rf"{_SECTION_CHAR}{{2,6}}和{_SECTION_CHAR}{{2,6}}?处(?![理置长室])|[\u4e00-\u9fff]{{2,6}}?中心)")


def _bare_bureau_units(text: str, ctx: DocContext, info: DocumentInfo, found: list) -> list[tuple[int, int, str, str]]:
    """厅办公室、社会救助处 / 厅福慈处 / 民政厅信息中心 in a provincial document, or in one the province's 民政厅
    issued about a city (厅养老服务处陪同调研 in its news on 湘潭): units of the province's 民政厅."""
    if not ctx.province:
        return []
    if (ctx.city or ctx.county) and ctx.province + "民政厅" not in (info.issuing_body or ""):
        return []
    bureau = ctx.province + "民政厅"
    out = []
    for match in _BARE_UNIT.finditer(text):
        if any(s <= match.start() < e for s, e, _, _ in found):
            continue
        base = match.start("units")
        for unit in _UNIT_ITEM.finditer(match.group("units")):
            name = unit.group()
            if re.search(r"各|相关|处室|有关", name):
                continue
            prefix = "驻" if text[max(0, match.start() - 1):match.start()] == "驻" else ""
            # 厅养老服务处、福彩中心: a body type of its own (the lottery centre) is the province's, not the 厅's unit
            parent = ctx.province if name in BODY_TYPES and not prefix else bureau
            out.append((base + unit.start(), base + unit.end(), prefix + parent + name, name))
    # 厅党组书记、厅长某某: the leader of the document's own 民政厅
    for match in re.finditer(r"(?<![\u4e00-\u9fff])厅(?=党组(?:书记|副书记|成员))", text):
        if not any(s <= match.start() < e for s, e, _, _ in found):
            out.append((match.start(), match.end(), bureau, match.group()))
    for match in re.finditer(r"(?:来|到|在)?我厅(?!党组)|驻厅(?![\u4e00-\u9fff]{2,6}组)", text):
        out.append((match.start(), match.end(), bureau if "驻" not in match.group() else "驻" + bureau, match.group()))
    return out


# 民政厅 / 民政局 written with no place or level, at a clause's start or after a source line's label
# (民政厅认真学习贯彻…, 来源:民政局): the civil-affairs body of the document's own province, county or city. Not
# before a head's title, written in full or short (民政局局长, 民政局长: in a list of posts it names every county's
# head; 民政局长期 is 民政局 + 长期) and not in a word (各民政局 has 各); a period may open it
# (2021年上半年民政局重点工作总结: the title of the bureau's own report)
_BARE_CIVIL_BODY = re.compile(r"(?:^|(?<=[\s，。、；：:（(“”|年]))民政(?P<kind>厅|局)(?!副?[厅局]?长(?!期|效)|[和及、])")


def _bare_civil_bodies(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """民政厅 / 民政局 with no place written: the document's own province's 民政厅, its county's (else its city's)
    民政局. Mainland documents only (a Taiwan 民政局 is a city government's department).

    >>> ctx = DocContext.from_info(DocumentInfo("t", place="泸州市", province="四川省"))
    >>> [name for _, _, name, _ in _bare_civil_bodies("民政厅党组成员赴泸州市调研。来源:民政局", ctx, [])]
    ['四川省民政厅', '泸州市民政局']
    >>> [name for _, _, name, _ in _bare_civil_bodies("民政厅办公室、社会救助处负责同志参加。", ctx, [])]
    ['四川省民政厅', '四川省民政厅办公室']
    >>> _bare_civil_bodies("各民政局、省民政厅和副县长、民政局局长参加会议。", ctx, [])
    []
    >>> [name for _, _, name, _ in _bare_civil_bodies("，民政局长要亲自抓。，民政局长期关注", ctx, [])]
    ['泸州市民政局']
    >>> [name for _, _, name, _ in _bare_civil_bodies("2021年上半年民政局重点工作总结", ctx, [])]
    ['泸州市民政局']
    >>> [name for _, _, name, _ in _bare_civil_bodies("民政局2018年救助工作总结", DocContext.from_info(DocumentInfo("t")), [])]
    ['民政局']
    """
    if "民政" not in text:
        return []
    if not ctx.province:
        # a document that never says where keeps the bureau as written (the guide: 民政局 stays 民政局)
        covered = _covered(text, found)
        return [(m.start(), m.end(), m.group(), m.group()) for m in _BARE_CIVIL_BODY.finditer(text)
                if m.group("kind") == "局" and not covered[m.start()]]
    if not _is_mainland(ctx.province):
        return []
    out = []
    covered = _covered(text, found)
    for match in _BARE_CIVIL_BODY.finditer(text):
        if covered[match.start()]:
            continue
        place = ctx.province if match.group("kind") == "厅" else ctx.qualified_county() or ctx.city
        if not place:
            continue
        body = place + match.group()
        out.append((match.start(), match.end(), body, match.group()))
        unit = _UNIT.match(text, match.end())
        if unit and not _CLAUSE_IN_UNIT.search(unit.group()):  # 民政厅办公室: the 厅's unit
            out.append((unit.start(), unit.end(), body + unit.group(), unit.group()))
    return out


def _own_bureau(text: str, ctx: DocContext, info: DocumentInfo, found: list) -> list[tuple[int, int, str, str]]:
    """我局 / 局党组 / 局办公室 in a document a city or county 民政局 issued: that bureau (and its unit)."""
    if "局" not in text or not info.issuing_body or "民政局" not in info.issuing_body:
        return []
    place = ctx.county or ctx.city
    if not place:
        return []
    out = []
    for match in re.finditer(r"我局|(?<![\u4e00-\u9fff])局(?=党组(?!书记|副书记|成员))", text):
        if any(s_ <= match.start() < e_ for s_, e_, _, _ in found):
            continue
        name = place + "民政局" + ("党组" if match.group() == "局" else "")
        end = match.end() + (2 if match.group() == "局" else 0)
        out.append((match.start(), end, name, text[match.start():end]))
    # 局办公室组织协调, 局社会救助科, 局党总支, 驻局纪检监察组: a unit of the bureau, written after its one-character
    # name (any unit the unit pattern or internal_units.txt knows; the group stationed at it takes 驻)
    for match in re.finditer(r"(?:(?<=驻)|(?<![\u4e00-\u9fff]))局(?=办公室|党总支|党支部|纪检监察组|机关党委|[\u4e00-\u9fff]{2,8}?[科股](?![学技研普目份东票权长]))", text):
        unit = _UNIT.match(text, match.end())
        if unit is None or _CLAUSE_IN_UNIT.search(unit.group()) or any(s_ <= match.start() < e_ for s_, e_, _, _ in found):
            continue  # (局机关各科: every section, no one unit)
        stationed = text[max(0, match.start() - 1):match.start()] == "驻"
        start = match.start() - stationed
        out.append((start, unit.end(), "驻" * stationed + place + "民政局" + unit.group(), text[start:unit.end()]))
    return out


_PARALLEL = re.compile(r"(?:书记|副书记|常委|委员)?[、和及](?P<body>政府|人民政府|人大常委会|政协|纪委|党委组织部|组织部|宣传部|统战部|政法委|管委会)")
_PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部", "政法委")


def _parallel_bodies(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """自治区党委、政府 / 市委和市政府: a second body sharing the first one's place."""
    out = []
    for start, end, name, surface in found:
        match = _PARALLEL.match(text, end)
        if not match:
            continue
        place = re.sub(r"(?:党工委|党委|委|人民政府|政府)$", "", name)
        if place == name or not place:
            continue
        body = match.group("body")
        body = "人民政府" if body == "政府" and governed_as_mainland(place) else body
        # 区党委常委、组织部部长: a party department belongs to the party committee itself
        full = name + body if body in _PARTY_DEPARTMENTS and name.endswith(("党委", "委")) else place + body
        out.append((match.start("body"), match.end("body"), full, match.group("body")))
    return out


# A list of bodies closed by 等N家…单位 / 等部门: each item is a body of the first item's place.
# closed by 等 (…卫健委等6家成员单位) or by the count alone (…人社局、文联三个成员单位)
_LIST_CLOSE = re.compile(r"(?:等(?:[\d一二三四五六七八九十]+[家个])?|[\d一二三四五六七八九十]+[家个])[\u4e00-\u9fff]{0,8}?(?:成员单位|单位|部门)")
_LIST_ITEM = re.compile(r"、(?P<item>(?!各|有关|相关)[\u4e00-\u9fff]{1,10}?(?:局|委|办|厅|部|院|所|站|中心|支队|大队|联))(?=[、等\d一二三四五六七八九十])")


def _in_document_city(ctx: DocContext) -> Callable[[object], bool]:
    """Which places a bare level word of the document may stand for: in a provincial document any place;
    in a city's document only a place inside that city (平江县 in a 岳阳市 document, not a county of
    another city it mentions in passing).

    >>> from loaders.types import DocumentInfo
    >>> g = get_gazetteer()
    >>> in_yueyang = _in_document_city(DocContext.from_info(DocumentInfo("x", place="岳阳市", province="湖南省")))
    >>> in_yueyang(g.lookup("平江县")), in_yueyang(g.lookup("南县"))
    (True, False)
    """
    if ctx.city is None:
        return lambda place: True
    gazetteer = get_gazetteer()
    return lambda place: any(item.name == ctx.city for item in gazetteer.chain(place))


def _place_prefix(name: str) -> str | None:
    """The longest gazetteer name an agency's canonical name starts with (牡丹江市民政局 → 牡丹江市)."""
    by_name = get_gazetteer().by_name
    return next((name[:k] for k in range(min(len(name) - 1, 12), 1, -1) if name[:k] in by_name), None)


def _listed_bodies(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """市民政局、宣传部文明办、城市执法局、卫健委等6家成员单位: the bare bodies after a placed one,
    in a list that 等…单位/部门 closes, belong to its place (a party department to its 委).

    >>> found = [(0, 4, "牡丹江市民政局", "市民政局")]
    >>> [n for _, _, n, _ in _listed_bodies("市民政局、宣传部文明办、城市执法局、卫健委等6家成员单位分别汇报", found)]
    ['牡丹江市委宣传部文明办', '牡丹江市城市执法局', '牡丹江市卫生健康委员会']
    >>> [n for _, _, n, _ in _listed_bodies("市民政局、公安局治安支队、交警支队等单位", found)]
    ['牡丹江市公安局治安支队', '牡丹江市公安局交警支队']
    >>> _listed_bodies("市民政局、宣传部文明办、城市执法局分别汇报", found)
    []
    >>> [n for _, _, n, _ in _listed_bodies("市民政局、人社局、文联三个成员单位作了述职", found)]
    ['牡丹江市人力资源和社会保障局', '牡丹江市文联']
    """
    if "、" not in text or not _LIST_CLOSE.search(text):
        return []
    from loaders.agencies_lists import without_own_level

    out = []
    for start, end, name, _ in found:
        items = []
        position = end
        while (item := _LIST_ITEM.match(text, position)) is not None:
            items.append(item)
            position = item.end()
        if not items or not _LIST_CLOSE.match(text, position):
            continue
        place = _place_prefix(name)
        if place is None:
            continue
        previous = ""
        for item in items:
            body = item.group("item")
            if any(s_ < item.end("item") and item.start("item") < e_ for s_, e_, _, _ in found):
                continue
            party = "委" if body.startswith(_PARTY_DEPARTMENTS) else ""
            # 公安局治安支队、交警支队: a unit right after a unit of the same kind is of the same body
            head = re.match(r"(.+?[局厅委])(?=.{2,}(?:支队|大队|科|处)$)", previous)
            if head and body.endswith(previous[-2:]) and not re.search(r"[局厅委办部]", body):
                body = head.group(1) + body
            previous = body
            body = _canonical_body(without_own_level(place, body), _is_mainland(place))  # 人社局 → 人力资源和社会保障局
            out.append((item.start("item"), item.end("item"), place + party + body, item.group("item")))
    return out


# 厅长带领养老服务处处长: a division named bare before its head's title, of the bureau named before it.
# The title may be written short (救灾处长 for 救灾处处长, 老人福利科长), as a rank (基政处主任科员), after the
# head's name (老人福利科张瑞瑜科长); a centre or the office is named before its 主任 (信息中心主任, 核对中心副主任,
# 办公室主任科员). The bureau's own 厅 or 局 may stand before the division (厅养老处长: 养老处). Words that count,
# rank or pick the heads (两位副处长, 分管处长, 各处长, 陪同调研的副处长) name no division: no division's name holds
# 副, 各 or 的, nor opens with a picking word, a count, a verb of leading or a level word (区划地名处 opens with no district).
_HEAD_PICKS = r"各|有关|相关|分管|主管|带领|率领|陪同|[一二两三四五六七八九十几多数][位名个]"
_DIVISION_HEAD = re.compile(
    r"(?:(?<=[，,、和及与])|(?<=带领|率领|陪同))[厅局]?(?![厅局]|" + _HEAD_PICKS + r"|[省市县州]|区(?!划))"
    r"(?P<unit>(?:(?![副各的])[\u4e00-\u9fff]){2,8}?"
    r"(?:(?<!办事)处(?=副?处?长|主任科员|副?主任|[\u4e00-\u9fff]{2,3}副?处长)|科(?=副?科?长|[\u4e00-\u9fff]{2,3}副?科长)"
    r"|中心(?=副?主任))|办公室(?=主任科员|副?主任))"
)


def _division_parent(item: tuple[int, int, str, str], unit: str) -> bool:
    """Whether the body ``item`` names can hold the division ``unit``: a placed mainland 厅 or 局, or a
    Taiwan county's 处 or 局 for a 科 (苗栗县政府社会处 holds 老人福利科); a Hong Kong 局's 处 (劳工处)
    is a department of its own."""
    name = item[2]
    if name.endswith(("厅", "局")) and _placed_on_mainland(name):
        return True
    return unit.endswith("科") and name.endswith(("处", "局")) and _place_prefix(name) is not None \
        and not _placed_on_mainland(name) and not _in_hong_kong_or_macau(name)


def _covered(text: str, found: list) -> bytearray:
    """1 at each position of ``text`` inside a body of ``found``: built in the length of the spans, asked in the
    length of a match (a rule that asked every body per match was quadratic in a long list)."""
    covered = bytearray(len(text) + 1)
    for s_, e_, _, _ in found:
        covered[s_:e_] = b"\x01" * (e_ - s_)
    return covered


class _Holders:
    """The bodies of ``found`` that can hold a division (:func:`_division_parent`), sorted by where they end, so the
    nearest before a title is a bisection, not a scan of every body per title.

    >>> holders = _Holders([(0, 4, "湖北省民政厅", "省民政厅"), (5, 11, "苗栗县政府社会处", "县政府社会处"), (12, 16, "十堰市民政局", "市民政局")])
    >>> holders.nearest_before(12, "养老处")[2], holders.nearest_before(12, "老人福利科")[2], holders.nearest_before(3, "养老处")
    ('湖北省民政厅', '苗栗县政府社会处', None)
    """

    def __init__(self, found: list) -> None:
        # (end, -order, body): among bodies ending at one place the first found wins, as max() over a list gives
        any_unit, section_only = [], []
        for order, item in enumerate(found):
            if _division_parent(item, "处"):  # a placed mainland 厅 or 局: any division
                any_unit.append((item[1], -order, item))
            elif _division_parent(item, "科"):  # a Taiwan county's 处 or 局: a 科 only
                section_only.append((item[1], -order, item))
        self._any = sorted(any_unit)
        self._sections = sorted(section_only)
        self._any_ends = [key[0] for key in self._any]
        self._section_ends = [key[0] for key in self._sections]

    def nearest_before(self, position: int, unit: str) -> tuple[int, int, str, str] | None:
        """The holder of ``unit`` that ends last at or before ``position``, else None."""
        candidates = []
        if (k := bisect_right(self._any_ends, position)) > 0:
            candidates.append(self._any[k - 1])
        if unit.endswith("科") and (k := bisect_right(self._section_ends, position)) > 0:
            candidates.append(self._sections[k - 1])
        return max(candidates)[2] if candidates else None


def _division_heads(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """省民政厅副厅长魏峰带领养老服务处处长侯青竹: the 处 is one of that 民政厅's divisions.

    >>> found = [(0, 5, "黑龙江省民政厅", "省民政厅")]
    >>> _division_heads("省民政厅副厅长魏峰带领养老服务处处长侯青竹调研", found)
    [(11, 16, '黑龙江省民政厅养老服务处', '养老服务处')]
    >>> [n for _, _, n, _ in _division_heads("省民政厅副厅长魏峰带领厅养老处长侯青竹、两位副处长、分管处长调研", found)]
    ['黑龙江省民政厅养老处']
    >>> [n for _, _, n, _ in _division_heads("省民政厅副厅长魏峰带领社会救助处长侯青竹、规划处主任科员王林、办公室主任张丽调研", found)]
    ['黑龙江省民政厅社会救助处', '黑龙江省民政厅规划处', '黑龙江省民政厅办公室']
    >>> found = [(0, 5, "铁岭市民政局", "市民政局")]
    >>> [n for _, _, n, _ in _division_heads("市民政局副局长刘伟带领信息中心主任张强,核对中心副主任陈红走访", found)]
    ['铁岭市民政局信息中心', '铁岭市民政局核对中心']
    >>> _division_heads("养老服务处处长侯青竹调研", [])
    []
    >>> _division_heads("市民政局副局长刘伟带领区社会福利中心主任张强走访", found)
    []
    >>> _division_heads("市民政局领导班子成员、各乡镇分管负责人、社会事务中心主任参加会议", found)
    []
    >>> _division_heads("市民政局副局长刘伟带领银州区社会救助科长张强走访", found)
    []
    """
    if "长" not in text and "主任" not in text:
        return []
    out: list[tuple[int, int, str, str]] = []
    covered: bytearray | None = None
    holders: _Holders | None = None
    breaks: list[int] = []
    for match in _DIVISION_HEAD.finditer(text):
        if covered is None:  # (built at the first match: most texts have none)
            covered, holders = _covered(text, found), _Holders(found)
            breaks = [position.start() for position in re.finditer(r"[。；]", text)]
        if any(covered[match.start():match.end()]):
            continue
        unit = match.group("unit")
        if _place_prefix(unit) is not None:
            continue  # 十堰市社会救助处长: a division of a place of its own, not of the bureau before
        # a centre heads a 带领 clause or follows a division just named (信息中心主任郗开江,核对中心副主任):
        # in a list of attendees (负责人、社会事务中心主任) it is each township's, not the bureau's
        if unit.endswith("中心") and text[max(0, match.start() - 2):match.start()] not in ("带领", "率领", "陪同") \
                and not (out and match.start() - out[-1][1] <= 8 and not re.search(r"[。；、]", text[out[-1][1]:match.start() - 1])):
            continue
        parent = holders.nearest_before(match.start(), unit)
        if parent is None:
            continue
        if (k := bisect_left(breaks, match.start())) > 0 and breaks[k - 1] >= parent[1]:
            continue  # 民政厅部署工作；养老处处长: the bureau is another sentence's (a break between, found by bisection)
        out.append((match.start(), match.end(), parent[2] + unit, unit))
    return out


# A modifier between a place and an organisation head: a few characters of a name, never a clause.
# No function word (的, 对, 和 …) and no verb a sentence would put between a place and a body
# (合江县成立领导小组 is the county setting up a group, not a body named 合江县成立领导小组).
_MODIFIER = re.compile(r"(?:(?![的对在为是将要了把向从与及或等并由于以就到给被让各该本其])[\u4e00-\u9fff]){0,8}?")
_CLAUSE_VERB = re.compile(
    r"成立|召开|印发|关于|组织|开展|推进|举办|建立|设立|下发|出台|发布|联合|会同|牵头|参加|出席|调研|视察|走访|慰问|指导|主持|听取|通过|审议|批准|同意|制定|落实|完成|加强|成员|组成|作为|全体|相关|有关"
    # a count in a statistics bulletin (全国共有基金会3029个), and enterprises and schools, which are no government body
    r"|共有|现有|拥有|共计|累计|新增|其中|集团|公司|有限|企业|银行|医院|学校|大学|学院"
)


# A bare level word that starts a name (市中级人民法院, 县老龄工作委员会): after a boundary, never inside a word (城市管理委员会)
# (州 and 旗 as well, which the document's context resolves only in a prefecture's or a banner's document:
# 州未成年人保护工作领导小组 in a 甘南 report; 暨 joins a second name as 和 does)
_LEVEL_AT_BOUNDARY = re.compile(r"(?:^|(?<=[，。、；：\s（(“”和及与由经暨]))(?:省|市|县|区|州|旗)(?![" + _WORD_AFTER_LEVEL + "])")


# words that end in 局 or 厅 and name no bureau (开好局, 民政工作新局, 大局, 格局, 餐厅)
_NOT_A_BUREAU = re.compile(r"(?:开|新|好|布|大|全|格|结|破|变|当|时|政|饭|胜|残|僵|骗|赌|棋|餐|客|大|展|门|舞)[局厅]$|工作")


# the nation written as a name's place: 中国残疾人联合会, 全国残疾人康复工作办公室 (after a boundary)
_NATIONAL_WORDS = ("中国", "全国", "中华", "国家")
_NATIONAL_PREFIX = re.compile(r"(?:^|(?<=[，。、；：\s（(“”《和及与由经]))(?:中国|全国|中华|国家)")


@lru_cache(maxsize=1)
def _heads_re() -> re.Pattern[str]:
    return trie_regex(organisation_heads())


def _headed_names(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """Place + modifier + a generic organisation head (loaders/data/organisation_heads.txt): the bodies
    no body-type list names, recognised by how a Chinese organisation name is built.

    The place is a gazetteer place (with the places written right before it: 西安市新城区), a
    township, street or community of the catalogue, or a level word the document resolves; the name
    is kept as written (a level word is replaced by its place).

    >>> ctx = DocContext(None, None, None)
    >>> [n for _, _, n, _ in _headed_names("商洛市中级人民法院审结一批案件", ctx, [])]
    ['商洛市中级人民法院']
    >>> [n for _, _, n, _ in _headed_names("中牟县老龄工作委员会办公室发出倡议", ctx, [])]
    ['中牟县老龄工作委员会办公室']
    >>> _headed_names("合江县成立养老服务工作领导小组", ctx, [])
    []
    >>> [n for _, _, n, _ in _headed_names("市中级人民法院、市规划和自然资源局", DocContext("陕西省", "商洛市"), [])]
    ['商洛市中级人民法院', '商洛市规划和自然资源局']
    """
    heads = _heads_re()
    covered = bytearray(len(text) + 1)  # positions inside a body found already: linear to build and to ask
    for s_, e_, _, _ in found:
        covered[s_:e_] = b"\x01" * (e_ - s_)
    if all(covered[head.start()] for head in heads.finditer(text)):
        return []  # every head is inside a body already found (民政局): no place lookup needed
    bodies = _patterns()[0]
    from loaders.places import find_local_places, find_place_spans
    from loaders.townships import find_catalogue_townships

    info = DocumentInfo("ctx", place=ctx.city or ctx.county, province=ctx.province)
    spans = find_place_spans(text, info)
    chain_start: dict[int, int] = {}
    for start, end, _, _ in spans:
        chain_start[end] = chain_start.get(start, start)
    local = [(start, end) for start, end, _, level in find_local_places(text, set(chain_start)) if level in _LOCAL_BODY_LEVELS]
    if "镇" in text or "乡" in text or "街道" in text:
        local += [(start, end) for start, end, _, _ in find_catalogue_townships(text, set(chain_start), ctx.province)]
    levels = [(m.start(), m.end()) for m in _LEVEL_AT_BOUNDARY.finditer(text) if ctx.place_for_level(m.group())]
    levels += [(m.start(), m.end()) for m in _NATIONAL_PREFIX.finditer(text)]
    out = []
    for place_start, place_end in sorted(set([(chain_start[end], end) for end in chain_start] + local + levels)):
        match = None
        for mod_end in range(place_end, place_end + 9):
            match = heads.match(text, mod_end)
            if match or mod_end >= len(text) or not _MODIFIER.fullmatch(text[place_end:mod_end + 1]):
                break
        modifier = text[place_end:match.start()] if match else ""
        if match is None or _CLAUSE_VERB.search(modifier):
            continue
        if len(match.group()) == 1 and (len(modifier) < 2 or modifier[0] == "和" or modifier[-1] == "和" or bodies.search(modifier) or _NOT_A_BUREAU.search(modifier + match.group())):
            continue  # a bare 局 / 厅 closes a name only after a field of its own, two characters or more (规划和自然资源局), never after a body (民政局和财政局)
        end = match.end()
        while (more := heads.match(text, end)) is not None:
            end = more.end()  # 委员会 + 办公室
        if any(covered[place_start:end]):
            continue
        if re.match(r"第?[一二三四五六七八九十\d]+(?:届|次)", text[end:end + 6]):
            continue  # 全国人民代表大会常务委员会第七次会议 names a meeting
        written_place = text[place_start:place_end]
        if written_place in _NATIONAL_WORDS and len(modifier) < 2:
            continue  # 中国 + 2 or more characters of a field + head: 中国残疾人联合会, never 全国委员会
        if written_place in _NATIONAL_WORDS:
            place = written_place
        elif written_place in _LEVEL_WORDS:
            place = ctx.place_for_level(written_place)  # 市中级人民法院 in a 商洛 document
        else:
            # kept as written: a short place may open a name that is no body of that place
            # (新疆生产建设兵团, 黑龙江农垦总局 are not the region's or province's own bodies)
            place = written_place
        if _in_hong_kong_or_macau(_canonical_place_prefix(written_place, ctx) or place):
            continue  # Hong Kong and Macau bodies have their own lexicon (regional_bodies.tsv); 西贡区乡事委员会 is none
        out.append((place_start, end, place + text[place_end:end], text[place_start:end]))
        covered[place_start:end] = b"\x01" * (end - place_start)
    return out


_SHORT_SHARED = ("妇联", "残联")


def _in_hong_kong_or_macau(name: str) -> bool:
    """Whether the place that opens ``name`` is in Hong Kong or Macau (division codes 81, 82).

    >>> _in_hong_kong_or_macau("西贡区"), _in_hong_kong_or_macau("花莲县"), _in_hong_kong_or_macau("商洛市")
    (True, False, False)
    """
    from loaders.places import find_place_spans

    spans = find_place_spans(name, DocumentInfo("ctx"))
    if not spans:
        return name.startswith(("香港", "澳门"))
    return spans[0][2].code[:2] in ("81", "82")


def _shares_a_place(body: str) -> bool:
    """A bureau-like body type a list item can write without its place (财政局, 卫健委, 扶贫办)."""
    return body in _SHORT_SHARED or len(body) >= 3 and body[-1] in "局厅委办" and not body.endswith("政府")


def _shared_place_bodies(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """宜宾市民政局、财政局、人社局: bare body types listed right after a placed body share its place.

    >>> found = [(0, 6, "宜宾市民政局", "宜宾市民政局")]
    >>> [n for _, _, n, _ in _shared_place_bodies("宜宾市民政局、财政局和人社局共同召开", found)]
    ['宜宾市财政局', '宜宾市人力资源和社会保障局']
    >>> _shared_place_bodies("宜宾市民政局、各县区民政部门", found)
    []
    """
    if "、" not in text and "和" not in text and "及" not in text:
        return []
    bodies = _patterns()[0]
    out: list[tuple[int, int, str, str]] = []
    taken = bytearray(len(text) + 1)
    for s_, e_, _, _ in found:
        taken[s_:e_] = b"\x01" * (e_ - s_)
    for start, end, name, surface in found:
        if end >= len(text) or text[end] not in "、和及":
            continue
        body_at = next((i for i in range(1, len(surface)) if bodies.fullmatch(surface, i)), None)
        if body_at is None:
            continue
        mainland = _is_mainland(name)
        written = _canonical_body(surface[body_at:], mainland)
        place = name[:-len(written)] if name.endswith(written) else ""
        if not place or place in _LEVEL_WORDS:
            continue
        position = end
        while position < len(text) - 1 and text[position] in "、和及":
            item = bodies.match(text, position + 1)
            if item is None or not _shares_a_place(item.group()) or any(taken[item.start():item.end()]):
                break
            taken[item.start():item.end()] = b"\x01" * (item.end() - item.start())
            out.append((item.start(), item.end(), place + _canonical_body(item.group(), mainland), item.group()))
            position = item.end()
    return out


def _placed_on_mainland(name: str) -> bool:
    """黑龙江省民政厅 yes; 劳工及福利局 (no place) and 澳门社会工作局 no."""
    place = _place_prefix(name)
    if place is None:
        return False
    gazetteer = get_gazetteer()
    province = gazetteer.province_of(gazetteer.by_name[place][0])
    return province is not None and province.name not in ("香港特别行政区", "澳门特别行政区", "台湾省")


# 县纪委监委派驻县人大机关纪检监察组: a discipline group stationed in a host body, named with the commission
_STATIONED = re.compile(r"纪委监委派驻(?P<host>[\u4e00-\u9fff]{2,16}?)纪检监察组")


def _stationed_groups(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """The stationed group is one body, named after the commission that stations it.

    >>> found = [(0, 3, "大悟县纪委", "县纪委")]
    >>> [n for _, _, n, _ in _stationed_groups("县纪委监委派驻县人大机关纪检监察组组长邓从利", found)]
    ['大悟县纪委监委派驻县人大机关纪检监察组']
    >>> found = [(0, 5, "大悟县纪委监委", "县纪委监委")]
    >>> [n for _, _, n, _ in _stationed_groups("县纪委监委派驻县人大机关纪检监察组组长邓从利", found)]
    ['大悟县纪委监委派驻县人大机关纪检监察组']
    """
    if "派驻" not in text:
        return []
    out = []
    for match in _STATIONED.finditer(text):
        # the commission found as 县纪委 or, named together, as 县纪委监委
        commission = next((item for item in found if item[1] == match.start() + 2 and item[2].endswith("纪委")
                           or item[1] == match.start() + 4 and item[2].endswith("纪委监委")), None)
        if commission is None:
            continue
        name = commission[2].removesuffix("监委") + text[match.start() + 2:match.end()]
        out.append((commission[0], match.end(), name, text[commission[0]:match.end()]))
    return out


# Taiwan city and county departments are units of the city or county government (桃园市政府社会局)
_TAIWAN_GOVERNMENT_UNITS = ("社会局", "社会处", "民政局", "民政处", "劳工局")
_BARE_UNIT_BEFORE = re.compile(r"(?:^|[，。、；：:（(「“\s]|据|由|向|与|和|及|经|请)$")
# 将送议会审议，待议会三读通过: a Taiwan county's or city's council written bare, after a boundary or a verb that
# sends or awaits a bill (a place before it is the place + body rule's: 台中市议会, 中西区区议会)
_BARE_COUNCIL = re.compile(r"(?:(?<=^)|(?<=[，。、；：:（(「“\s据由向与和及经请送待获]))议会(?!员)")


def _governed_from_taiwan(ctx: DocContext) -> bool:
    """A document of Taiwan, or of a county Taiwan governs though its code is Fujian's (金门县, 连江县:
    loaders/data/taiwan_governed.txt).

    >>> _governed_from_taiwan(DocContext.from_info(DocumentInfo("t", place="金门县"))), _governed_from_taiwan(DocContext.from_info(DocumentInfo("t", place="泉州市")))
    (True, False)
    """
    if ctx.province == "台湾省":
        return True
    place = ctx.county or ctx.city
    return place is not None and not governed_as_mainland(place)


def taiwan_council_place(ctx: DocContext) -> str | None:
    """The city or county whose government and council a bare 社会局 or 议会 of the page belongs to: a Taiwan
    district's city (北屯区 → 台中市), a county Taiwan governs though its code is Fujian's (金门县); None on a page
    Taiwan does not govern (persons._council reads the same place for a bare 议员).

    >>> [taiwan_council_place(DocContext.from_info(DocumentInfo("t", place=p, province=r)))
    ...  for p, r in (("北屯区", "台湾省"), ("金门县", None), ("苗栗县", "台湾省"), ("滕州市", "山东省"))]
    ['台中市', '金门县', '苗栗县', None]
    """
    place = ctx.city or ctx.county
    if ctx.province != "台湾省" and ctx.county and not governed_as_mainland(ctx.county):
        place = ctx.county  # 金门县 (coded under 泉州市) governs itself: its 社会处 is 金门县政府's
    if not _governed_from_taiwan(ctx) or not place or place[-1] not in "市县":
        return None
    return place


def _bare_taiwan_units(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """社會局表示… in a Taiwan city's or county's news: the department of that government.

    >>> ctx = DocContext.from_info(DocumentInfo("t", place="高雄市", province="台湾省"))
    >>> [name for _, _, name, _ in _bare_taiwan_units("社会局表示，将由社会局辅导设置据点", ctx, [])]
    ['高雄市政府社会局', '高雄市政府社会局']
    >>> _bare_taiwan_units("区公所社会课与社会局合作", DocContext.from_info(DocumentInfo("t", province="台湾省")), [])
    []
    >>> ctx = DocContext.from_info(DocumentInfo("t", place="苗栗县", province="台湾省"))
    >>> [name for _, _, name, _ in _bare_taiwan_units("县府成立长期照护处，并增设数位研考处。卫生局长杨文志答询", ctx, [])]
    ['苗栗县政府长期照护处', '苗栗县政府数位研考处', '苗栗县政府卫生局']
    >>> _bare_taiwan_units("各局处长出席，跨局处协调，县长表示", ctx, [])
    []
    >>> [name for _, _, name, _ in _bare_taiwan_units("草案将送议会审议，待议会三读通过；家庭议会另议", ctx, [])]
    ['苗栗县议会', '苗栗县议会']
    """
    if (place := taiwan_council_place(ctx)) is None:
        return []
    out = []
    # (the bodies found marked once: each match asks its own span, not every body)
    covered = _covered(text, found)
    for unit in _TAIWAN_GOVERNMENT_UNITS:
        for match in re.finditer(unit, text):
            start = match.start()
            if not _BARE_UNIT_BEFORE.search(text[max(0, start - 1):start]) or any(covered[start:match.end()]):
                continue
            out.append((start, match.end(), place + "政府" + unit, unit))
    for match in _BARE_COUNCIL.finditer(text):
        if not any(covered[match.start():match.end()]):
            out.append((match.start(), match.end(), place + "议会", "议会"))
    for s_, e_, _, _ in out:  # (a named unit also keeps clear of the units and councils just found)
        covered[s_:e_] = b"\x01" * (e_ - s_)
    for match in _TAIWAN_NAMED_UNIT.finditer(text):
        group = "headed" if match.group("headed") else "set_up"
        start, end = match.span(group)
        if group == "headed" and not _head_named_after(text, end):
            continue  # 周柏雅处长期勉…: a person's name before the title, not a department
        if _CLAUSE_CHARACTER.search(match.group(group)[:-1]):
            continue  # 会上民政局局长…: a clause runs into the name
        if any(covered[start:end]):
            continue
        out.append((start, end, place + "政府" + match.group(group), match.group(group)))
        covered[start:end] = b"\x01" * (end - start)
    return out


def _head_named_after(text: str, unit_end: int) -> bool:
    """社会处长张国栋: the head's title after a department (处长 sharing 处, or 处长 in full) is followed by a name.

    >>> _head_named_after("社会处长张国栋表示", 3), _head_named_after("周柏雅处长期勉各项", 4)
    (True, False)
    """
    from loaders.persons import SURNAMES_DOUBLE, SURNAMES_SINGLE

    title = re.match(r"副?(?:处|局)?长", text[unit_end:unit_end + 3])
    after = text[unit_end + (title.end() if title else 0):]
    return bool(after) and (after[0] in SURNAMES_SINGLE or after.startswith(SURNAMES_DOUBLE))


_CLAUSE_CHARACTER = re.compile(r"[的对在为是将要了把向从与及或等并由于以就到给被让该本其上会]")


# A Taiwan county's or city's own department written bare, as its head's title (社會處長張國棟: 處 and 處長
# share the character) or as what the government sets up or merges (成立長期照護處, 增設數位研考處, 併入衛生局).
_TAIWAN_NAMED_UNIT = re.compile(
    r"(?:(?:^|(?<=[，。、；：:（(「“\s]))(?P<headed>(?!各|该|本|跨|原|县|市)[\u4e00-\u9fff]{2,6}?[处局])(?=长|副?(?:处|局)长)"
    r"|(?:成立|设立|增设|新设|裁撤|并入|整合至)(?P<set_up>(?!各|该|本|跨)[\u4e00-\u9fff]{2,6}?(?:处|局|管理中心))(?![长理置]))"
)


# A Taiwan city's or county's department written right after its government: 2-6 characters + 局 or 处, never
# a verb's 处理 / 处置, a 局面, nor a clause (臺北市政府與新北市政府共同辦理 holds no department)
_TAIWAN_DEPARTMENT = re.compile(r"(?!各|该|本|所属|相关|有关)[\u4e00-\u9fff]{2,6}?[局处](?![理置于面势限])")


def _taiwan_department(text: str, end: int) -> re.Match[str] | None:
    """The department written at ``end``, right after a Taiwan city's or county's 政府 (a unit of it).

    >>> _taiwan_department("台北市政府卫生局表示", 5).group(), _taiwan_department("屏东县政府长期照护处办理", 5).group()
    ('卫生局', '长期照护处')
    >>> _taiwan_department("台北市政府与新北市政府共同办理", 5) is None, _taiwan_department("高雄市政府今年处理", 5) is None
    (True, True)
    """
    match = _TAIWAN_DEPARTMENT.match(text, end)
    if match is None or _CLAUSE_CHARACTER.search(match.group()):
        return None
    return match


_HONG_KONG = "香港特别行政区"


def _document_region(ctx: DocContext, sentences: list[Sentence]) -> str | None:
    """Hong Kong when the document is placed there, or, placed nowhere, names Hong Kong and not Macau."""
    if ctx.province is not None:
        return ctx.province if ctx.province == _HONG_KONG else None
    if any("香港" in s.text or "港府" in s.text for s in sentences) and not any("澳门" in s.text or "本澳" in s.text for s in sentences):
        return _HONG_KONG
    return None


# A Hong Kong bureau, department or office named by its head's title: 环境及生态局局长, 卫生署署长, 劳工处处长
_HEADED_BODY = re.compile(
    r"(?:^|(?<=[，。、；：:\s（(“「])|(?<=香港)|(?<=特区政府))"
    r"(?P<body>[\u4e00-\u9fff]{2,10}?(?P<kind>局|署|处))(?=(?:常任秘书长|(?:副|助理|署理)?(?P=kind)长))"
)
_NOT_HEADED = re.compile(r"^(?:各|有关|相关|该|本|副|署理|助理)|长")


def _headed_bodies(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) of Hong Kong bodies written before their head's title.

    >>> [name for _, _, name, _ in _headed_bodies("环境及生态局局长谢展寰在观塘区探访长者。", [])]
    ['环境及生态局']
    >>> [name for _, _, name, _ in _headed_bodies("公务员事务局局长到访葵青区", [])]
    ['公务员事务局']
    >>> _headed_bodies("各局局长出席，副局长列席。", [])
    []
    >>> _headed_bodies("随行官员包括社署副署长冯某。", [])
    []
    """
    out = []
    for match in _HEADED_BODY.finditer(text):
        body = match.group("body")
        if _NOT_HEADED.search(body) or any(s_ < match.end() and match.start() < e_ for s_, e_, _, _ in found):
            continue
        if _CLAUSE_IN_HEADED.search(body):
            continue  # 随行官员包括社署, 与社会工作局: words of the sentence before a body, not a name
        out.append((match.start(), match.end(), body, body))
    return out


# a joining word or a verb inside a would-be body name written before its head's title (及 and 和 join the words of
# many a Hong Kong name: 劳工及福利局)
_CLAUSE_IN_HEADED = re.compile(r"与|同|向|包括|拜访|会见|率领|联同|陪同|官员|代表团|访问|出席|参观")


_SHARED_LEVEL = re.compile("(?:" + "|".join(_LEVEL_WORDS) + ")、$")


def _levels_sharing_body(text: str, start: int, ctx: DocContext) -> list[tuple[int, int, str]]:
    """(start, end, place) of each bare level word listed with 、 right before the level word at ``start`` (市、县民政局:
    the 市 before 县民政局), resolved by the document; the list opens at a break or a period (2012年市、区政府),
    never inside a word (城市、县) nor after 各 or 全 (各省、市民政厅 are generic).

    >>> ctx = DocContext.from_info(DocumentInfo("t", place="崇阳县", province="湖北省"))
    >>> _levels_sharing_body("副县长陪同，市、县民政局负责人参加", 8, ctx)
    [(6, 7, '咸宁市')]
    >>> _levels_sharing_body("各市、县民政局负责人参加", 3, ctx), _levels_sharing_body("城市、县民政局", 3, ctx)
    ([], [])
    >>> _levels_sharing_body("向户籍所在市、县民政局提出申请", 7, ctx), _levels_sharing_body("在市、县民政局指导下", 3, ctx)
    ([], [(1, 2, '咸宁市')])
    """
    out: list[tuple[int, int, str]] = []
    position = start
    while (listed := _SHARED_LEVEL.search(text, max(0, position - 4), position)) is not None:
        level = listed.group()[:-1]
        out.append((listed.start(), listed.start() + len(level), ctx.place_for_level(level)))
        position = listed.start()
    if not out or position > 0 and "\u4e00" <= text[position - 1] <= "\u9fff" and text[position - 1] not in "年和及与由对经在" \
            or _GENERIC_BEFORE.search(text, max(0, position - 4), position):
        return []  # 城市、县民政局: the first 市 ends a word; 各市、县, 所在市、县: a generic list
    return [item for item in out if item[2] is not None]


class _BodiesByEnd:
    """The first body (in the order found) that ends at each position, over lists of bodies that only grow while it
    is asked (the bodies found so far, as a rule appends to them): each body is read once, so a list of n bodies
    costs n, not n per question.

    >>> out = [(0, 4, "梅州市委", "梅州市委")]
    >>> ends = _BodiesByEnd(out)
    >>> ends.at(4)[2], ends.at(9)
    ('梅州市委', None)
    >>> out.append((5, 9, "梅州市人民政府", "市政府"))
    >>> ends.at(9)[2]
    '梅州市人民政府'
    """

    def __init__(self, *lists: list) -> None:
        self._lists, self._read = lists, [0] * len(lists)
        self._first: dict[int, tuple[int, int, str, str]] = {}

    def _catch_up(self) -> None:
        # (the lists are read in order; only the last may grow after the first question, as where they are used)
        for index, items in enumerate(self._lists):
            for item in items[self._read[index]:]:
                self._first.setdefault(item[1], item)
            self._read[index] = len(items)

    def at(self, end: int) -> tuple[int, int, str, str] | None:
        self._catch_up()
        return self._first.get(end)


def _coordinated_level(text: str, start: int, level: str, found: list | _BodiesByEnd, ctx: DocContext) -> str | None:
    """梅州市委、市政府: a bare level word right after a coordinated body stands for that body's place
    of the same level, not for the document's own.

    >>> ctx = DocContext.from_info(DocumentInfo("t", place="兴宁市", province="广东省"))
    >>> _coordinated_level("梅州市委、市政府", 5, "市", [(0, 4, "梅州市委", "梅州市委")], ctx)
    '梅州市'
    >>> _coordinated_level("市委、市政府", 3, "市", [(0, 2, "兴宁市委", "市委")], ctx) is None
    True
    """
    if start == 0 or text[start - 1] not in "、和与及":
        return None
    ends = found if isinstance(found, _BodiesByEnd) else _BodiesByEnd(found)
    before = ends.at(start - 1)
    if before is None:
        # 肇庆市儿童福利院、市流浪乞讨人员安置救治中心、市救助站: an item between not found yet
        # (found by a later pass) still leaves the list's first place in force, within 30 characters
        before = next((item for end in range(start - 1, max(-1, start - 31), -1)
                       if (item := ends.at(end)) is not None and text[end:end + 1] in "、和与及"), None)
        if before is None or re.search(r"[，。；：,;:\s]", text[before[1]:start]):
            return None
    from loaders.places import find_place_spans

    places = [place for _, _, place, _ in find_place_spans(before[3], DocumentInfo("ctx", province=ctx.province))]
    return last_place_of_level(places, level)


# 特区政府: the Hong Kong or Macau government by its kind, 特区 short for 特别行政区; written with the region's
# name (香港特区政府) or bare in that region's own documents (行政长官表示，特区政府会…)
_REGION_GOVERNMENT = re.compile(r"(?P<region>香港|澳门)?特区政府(?!总部|大楼|合署)")
_SPECIAL_REGIONS = {"香港": _HONG_KONG, "澳门": "澳门特别行政区"}
# 政府 alone as a clause's subject in a Hong Kong or Macau page (政府一直以…, 今届政府会…, 政府早前按…): the region's
# government, as the study gold of every annotator names it; only before a word of what a government does or when
# (a modifier's 政府 is kept out: 政府资助, 政府部门, 政府长者公寓, 非政府机构, and the nouns 政府会议, 政府现金, 政府现行…; 政府现在, 政府现阶段 are the subject: fix10, stop 25)
_BARE_REGION_GOVERNMENT = re.compile(
    r"(?:(?<=^)|(?<=[，。、；：:「“”\s,])|(?<=今届|本届))政府"
    r"(?=会(?!议|所|计|堂)|将|已|亦|也|一直|早前|早已|正|在|于|为|向|对|自|再|继续|致力|透过|通过|分别|推出|宣布|决定|计划|积极|全力|提醒|近年|去年|今年|现(?!金|行))"
)


def _region_governments(text: str, ctx: DocContext, found: list) -> list[tuple[int, int, str, str]]:
    """香港特区政府, or a bare 特区政府 in a Hong Kong or Macau document: the region's government.

    >>> macau = DocContext.from_info(DocumentInfo("t", place="澳门特别行政区", province="澳门特别行政区"))
    >>> [name for _, _, name, _ in _region_governments("今年是第六届特区政府开局之年", macau, [])]
    ['澳门特别行政区政府']
    >>> [name for _, _, name, _ in _region_governments("香港特区政府公布施政报告", DocContext.from_info(DocumentInfo("t")), [])]
    ['香港特别行政区政府']
    >>> _region_governments("深圳经济特区政府", DocContext.from_info(DocumentInfo("t", place="深圳市", province="广东省")), [])
    []
    >>> _region_governments("香港特区政府西贡民政事务处", DocContext.from_info(DocumentInfo("t")), [(6, 13, "西贡民政事务处", "西贡民政事务处")])
    []
    >>> hong_kong = DocContext.from_info(DocumentInfo("t", place="香港特别行政区", province="香港特别行政区"))
    >>> [name for _, _, name, _ in _region_governments("今届政府会全力推动安老工作，政府资助的院舍", hong_kong, [])]
    ['香港特别行政区政府']
    >>> _region_governments("政府一直以社区照顾为重点", DocContext.from_info(DocumentInfo("t", place="深圳市", province="广东省")), [])
    []
    """
    if "政府" not in text:
        return []
    out = []
    covered, starts = _covered(text, found), {item[0] for item in found}
    if ctx.province in _SPECIAL_REGIONS.values():
        for match in _BARE_REGION_GOVERNMENT.finditer(text):
            if not covered[match.start()]:
                out.append((match.start(), match.end(), ctx.province + "政府", match.group()))
    if "特区政府" not in text:
        return out
    for match in _REGION_GOVERNMENT.finditer(text):
        region = _SPECIAL_REGIONS[match.group("region")] if match.group("region") else ctx.province
        if region not in _SPECIAL_REGIONS.values() or text[max(0, match.start() - 2):match.start()] == "经济":
            continue  # a mainland page's 特区 is a special economic zone (深圳经济特区)
        if any(covered[match.start():match.end()]) or match.end() in starts:
            continue  # 香港特区政府西贡民政事务处 names the office: the government before it is its address
        out.append((match.start(), match.end(), region + "政府", match.group()))
    return out


def _without_government_prefix(found: list, regional: list) -> list:
    """澳门特别行政区政府社会工作局 names the bureau, not the government beside it: a …政府 that ends
    where a regional body begins is dropped.

    >>> _without_government_prefix([(0, 9, "澳门特别行政区政府", "澳门特别行政区政府")], [(9, 14, "澳门社会工作局", "社会工作局")])
    []
    """
    starts = {start for start, _, _, _ in regional}
    return [item for item in found if not (item[2].endswith("政府") and item[1] in starts)]


def _drop_overlapped(found: list) -> list[tuple[int, int, str, str]]:
    """Sort by start; where spans overlap keep the longer one."""
    # The name breaks ties so two bodies of one span (省“两办”) come out in the same order every run.
    found = sorted(set(found), key=lambda f: (f[0], -(f[1] - f[0]), f[2], f[3]))
    kept: list[tuple[int, int, str, str]] = []
    for item in found:
        if kept and item[0] < kept[-1][1] and item[:2] != kept[-1][:2]:
            continue  # one written span may name two bodies (省“两办”), but not overlap another
        kept.append(item)
    return kept


def _coordinated_place(text: str, end: int, second: str, ctx: DocContext) -> tuple[int, str, str] | None:
    """The place written before a coordinator at ``end`` when it is of the same level as ``second``:
    (start, canonical name, the parent chain it was written with or "").

    >>> ctx = DocContext.from_info(DocumentInfo("t", place="台中市", province="台湾省"))
    >>> _coordinated_place("台中市东区与中区户政事务所", 5, "中区", ctx)
    (0, '台中市东区', '台中市')
    >>> _coordinated_place("民政局与中区户政事务所", 3, "中区", ctx) is None
    True
    """
    from loaders.places import find_place_spans

    _, (places_backwards, suffixed_backwards), _ = _patterns()
    window = text[max(0, end - 20):end][::-1]
    matches = [m for m in (places_backwards.match(window), suffixed_backwards.match(window)) if m is not None]
    if not matches:
        return None
    length = max(m.end() for m in matches)
    written = text[end - length:end]
    if written in _LEVEL_WORDS:
        return None
    info = DocumentInfo("ctx", place=ctx.city or ctx.county, province=ctx.province)
    first_spans = find_place_spans(written, info)
    second_spans = find_place_spans(second, info)
    if not first_spans or not second_spans or first_spans[-1][2].level != second_spans[-1][2].level:
        return None
    if first_spans[0][0] != 0 or first_spans[-1][1] != len(written):
        return None
    canonical = "".join(place.name for _, _, place, _ in first_spans)
    shared = "".join(place.name for _, _, place, _ in first_spans[:-1]) if len(second_spans) == 1 else ""
    return end - length, canonical, shared


def _written_in_passing(place_text: str, ctx: DocContext) -> bool:
    """Is a place + level word really a word + the document's bare level word?
    True when the place doesn't resolve, or is a lone county of another province while
    the bare level word resolves in the document's context."""
    if _canonical_place_prefix(place_text, ctx) is None:
        return True
    if not ctx.province or ctx.place_for_level(place_text[-1]) is None:
        return False
    from loaders.places import find_place_spans

    spans = find_place_spans(place_text, DocumentInfo("ctx", province=ctx.province))
    if len(spans) != 1 or spans[0][2].level != "county":
        return False
    province = get_gazetteer().province_of(spans[0][2])
    return province is not None and province.name != ctx.province


def _canonical_place_prefix(place_text: str, ctx: DocContext) -> str | None:
    """Full names for the place chain written before a body: 滨州 → 滨州市, 台中市东区 stays."""
    return _canonical_place_prefix_in(place_text, ctx.city or ctx.county, ctx.province)


@lru_cache(maxsize=4096)
def _canonical_place_prefix_in(place_text: str, place: str | None, province: str | None) -> str | None:
    from loaders.places import find_place_spans
    from loaders.types import DocumentInfo as _Info

    info = _Info("ctx", place=place, province=province)
    spans = find_place_spans(place_text, info)
    if not spans or spans[0][0] != 0 or spans[-1][1] != len(place_text):
        return None
    return lowest_place_chain([place for _, _, place, _ in spans])


_MUNICIPALITY_NAMES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


def lowest_place_chain(places: list) -> str:
    """The place prefix of a body written with a chain of places, as the gold names it: the lowest
    place, keeping its city only where several divisions share its name (the convention of
    DocContext.qualified_county), and a municipality always (重庆市涪陵区民政局, 天津市河东区).

    河南省孟州市民政局 is 孟州市民政局; 辽宁省锦州市福彩中心 is 锦州市's centre; 湖州市南浔区民政局 is
    南浔区民政局; 杭州市西湖区民政局 keeps 杭州市 (a 西湖区 is in 南昌 too). Hong Kong, Macau and Taiwan
    names, townships and chains that are not parent and child are joined as written.

    >>> from loaders.gazetteer import get_gazetteer
    >>> g = get_gazetteer()
    >>> def chain(*names):
    ...     return lowest_place_chain([g.lookup(n) for n in names])
    >>> chain("辽宁省", "锦州市"), chain("湖州市", "南浔区"), chain("杭州市", "西湖区")
    ('锦州市', '南浔区', '杭州市西湖区')
    >>> chain("重庆市", "涪陵区"), chain("滨州市"), chain("浙江省", "杭州市", "西湖区"), chain("吉林省", "延吉市")
    ('重庆市涪陵区', '滨州市', '杭州市西湖区', '延吉市')
    """
    names = [place.name for place in places]
    if len(places) < 2 or any(p is None for p in places):
        return "".join(names)
    gazetteer = get_gazetteer()
    lowest = places[-1]
    if lowest.level not in ("city", "county") or not _is_mainland(lowest.name) \
            or any(parent.code not in {p.code for p in gazetteer.chain(child)[1:]}
                   for parent, child in zip(places, places[1:])):
        return "".join(names)  # a township, a territory, or places side by side (not a chain): as written
    kept = [lowest]
    for parent in reversed(places[:-1]):
        if parent.name in _MUNICIPALITY_NAMES or parent.level == "city" and kept[0] is lowest \
                and lowest.level == "county" and gazetteer.is_shared(lowest.name):
            kept.insert(0, parent)
    return "".join(place.name for place in kept)


# 镇党委书记李志强、镇长吴敏: a bare township body, in a text that has named the township
# (and a township's offices of loaders/data/government_bodies.tsv: 镇民政所, 乡社会事务办)


@lru_cache(maxsize=1)
def _township_offices() -> tuple[str, ...]:
    return tuple(name for name, group in government_bodies().items() if group == "township")


@lru_cache(maxsize=1)
def _bare_township_body_re() -> re.Pattern[str]:
    bodies = trie_regex(["党委", "人民政府", "政府", *_township_offices()]).pattern
    # 镇民政所长 is the office's head (a post), 镇民政所所长 names the office
    return re.compile(r"(?:^|(?<=[，。、；：\s（(“由在向经据和及与]))(镇|乡)(" + bodies + r")(?!长)")


@lru_cache(maxsize=1)
def _township_office_item_re() -> re.Pattern[str]:
    """、民政所 after a township's office: the next office of the same township (镇扶贫办、民政所、财政所)."""
    return re.compile(r"[、和及](" + trie_regex(_township_offices()).pattern + r")(?!长)")
# 在镇党委政府的领导下 / 根据镇政府安排: in a township's own report (我镇, 全镇) the bare bodies are its own;
# a preposition may come before them (所在镇政府 is any township's), and 党委 may share its level with 政府.
# The township's offices of loaders/data/government_bodies.tsv (乡民政办, 镇司法所) are its own bodies alike.


@lru_cache(maxsize=1)
def _own_township_body_re() -> re.Pattern[str]:
    offices = [name for name, group in government_bodies().items() if group == "township"]
    bodies = trie_regex(["党委", "人民政府", "政府", *offices]).pattern
    return re.compile(
        r"(?:^|(?<=[，。、；：\s（(“在据由经向与和及受请])(?<!所在))(?P<kind>镇|乡)(?P<body>" + bodies + ")"
        r"(?:(?<=党委)(?P<joined>[、和及]?(?:人民政府|政府)))?"
    )
_SELF_REFERENCE = {kind: re.compile(rf"(?:我|全|本){kind}(?![长村])") for kind in ("镇", "乡")}


def _own_township_kinds(sentences: list[Sentence]) -> set[str]:
    """镇 when the document speaks as a township (我镇, 全镇, 本镇), 乡 likewise; 我镇长 is no self-reference.

    >>> from loaders.types import Sentence
    >>> sorted(_own_township_kinds([Sentence(0, "上半年，我镇民政工作稳步推进。", 0, 15)]))
    ['镇']
    >>> _own_township_kinds([Sentence(0, "县民政局指导各乡镇开展工作。", 0, 14)])
    set()
    """
    text = "".join(s.text for s in sentences)
    return {kind for kind, pattern in _SELF_REFERENCE.items() if kind in text and pattern.search(text)}


# 内设办公室、人事股…21个股室和直属单位 / 下辖环境卫生管理处…8个二级单位: an organisation text or a budget
# text lists a body's units after 内设/下设 (named with the body) or 下辖/下属/所属 (named with its place),
# closed by their count and kind, or by 等 + kind.
_UNIT_LIST_VERB = re.compile(r"(?P<verb>内设|下设|下辖|下属|所属)(?:事业单位|二级单位|直属单位|单位)?[:：]?")
_LISTED_UNIT = re.compile(r"[\u4e00-\u9fff]{2,14}")
_UNIT_LIST_END = re.compile(
    r"(?:等|[\d一二三四五六七八九十两]+个)(?:股室|科室|处室|内设机构|机构|二级单位|直属单位|事业单位|单位|股|科|室)"
    r"(?:和(?:直属|二级|事业)单位)?"
)
_NOT_A_UNIT = re.compile(r"(?:公司|工会|集团|厂|协会)$")


def _listed_units(text: str, parent: str, parent_place: str | None, found: list) -> list[tuple[int, int, str, str]]:
    """The units a body's organisation text lists after 内设/下设 (parent + unit) or 下辖/下属/所属
    (the parent's place + unit), when the list closes with its count and kind (21个股室, 8个二级单位,
    等机构); companies, unions and associations are left out.

    >>> [n for _, _, n, _ in _listed_units("内设办公室、人事股、城建档案馆3个股室和直属单位", "南县住建局", "南县", [])]
    ['南县住建局办公室', '南县住建局人事股', '南县住建局城建档案馆']
    >>> [n for _, _, n, _ in _listed_units("下辖自来水公司、路灯管理所2个二级单位", "南县住建局", "南县", [])]
    ['南县路灯管理所']
    >>> _listed_units("内设计阶段已完成、施工图审查等工作", "南县住建局", "南县", [])
    []
    """
    out: list[tuple[int, int, str, str]] = []
    for intro in _UNIT_LIST_VERB.finditer(text):
        items = []
        position = intro.end()
        while (item := _LISTED_UNIT.match(text, position)) is not None:
            name = item.group()
            closing = _UNIT_LIST_END.search(name) or _UNIT_LIST_END.match(text, item.end())
            if closing is not None:
                name = name[:closing.start()] if closing.string is name else name
                if len(name) >= 2:
                    items.append((item.start(), item.start() + len(name), name))
                position = None
                break
            items.append((item.start(), item.end(), name))
            position = item.end()
            if position >= len(text) or text[position] != "、":
                break
            position += 1
        if position is not None or len(items) < 2:
            continue  # no closing count and kind: not a list of units
        inside = intro.group("verb") in ("内设", "下设")
        if not inside and not parent_place:
            continue
        for start, end, name in items:
            if _NOT_A_UNIT.search(name) or any(s_ <= start < e_ for s_, e_, _, _ in found):
                continue
            out.append((start, end, (parent if inside else parent_place) + name, name))
    return out


def _units_of_subject(text: str, verb_at: int, spans: list, previous_subject: str | None, ctx: DocContext,
                      info: DocumentInfo) -> list[tuple[int, int, str, str]]:
    """The units listed in ``text`` (``_listed_units``), named with the body the text is about: the first
    body of the sentence before the list, else the first body of the sentence before (曹县编制委员会办公室
    为县委工作部门。下设综合科…), else the document's issuing body."""
    before = [item for item in spans if item[1] <= verb_at]
    parent = before[0][2] if before else previous_subject or _issuing_parent(ctx, info)
    if not parent:
        return []
    place = _agency_properties(parent, ctx).get("place")
    return _listed_units(text, parent, place if place and parent.startswith(place) else None, spans)


def _names_a_township(text: str) -> bool:
    """Whether ``text`` names a township (三河镇), so its bare bodies resolve to it instead.

    >>> _names_a_township("洪绪镇召开民政工作会议。"), _names_a_township("在镇党委政府领导下，我镇城镇低保应保尽保。")
    (True, False)
    """
    from loaders.places import find_local_places, find_place_spans

    if _WRITTEN_TOWNSHIP.search(text):
        return True  # 洪绪镇: a name the catalogue can't place without its county is still a name
    ends = {end for _, end, _, _ in find_place_spans(text)}
    return any(level == "township" for _, _, _, level in find_local_places(text, ends))


# 洪绪镇, 长川乡: a character before 镇/乡 that is no self-reference (我镇), generic word (乡镇, 城镇, 村镇)
# or preposition (在镇政府) means the text writes a township's name
_WRITTEN_TOWNSHIP = re.compile(r"[\u4e00-\u9fff](?<![我全本各每该乡城村市集小在据由经向与和及受请到对的为])[镇乡](?![长村])")


def _own_township_bodies(text: str, kinds: set[str], found: list) -> list[tuple[int, int, str, str]]:
    """Bare 镇党委 / 镇政府 in a township's own report, kept as written (the report never names its township).

    >>> [n for _, _, n, _ in _own_township_bodies("在镇党委政府的坚强领导下，根据镇政府安排开展工作。", {"镇"}, [])]
    ['镇党委', '镇政府', '镇政府']
    >>> _own_township_bodies("所在镇政府负责登记，各镇政府配合。", {"镇"}, [])
    []
    >>> _own_township_bodies("在镇政府领导下开展工作。", {"乡"}, [])
    []
    >>> [n for _, _, n, _ in _own_township_bodies("乡民政办作为职能部门，由乡司法所配合。", {"乡"}, [])]
    ['乡民政办', '乡司法所']
    """
    out = []
    for match in _own_township_body_re().finditer(text):
        if match.group("kind") not in kinds or any(s_ <= match.start() < e_ for s_, e_, _, _ in found):
            continue
        end = match.end("body")
        out.append((match.start(), end, match.group("kind") + match.group("body"), text[match.start():end]))
        if match.group("joined"):
            government = match.group("joined").lstrip("、和及")
            out.append((match.end() - len(government), match.end(), match.group("kind") + government, government))
    return out


def _townships(text: str) -> list[tuple[int, str]]:
    """(start, name) of each township ``text`` names (a bare 镇政府's own township)."""
    from loaders.places import find_local_places, find_place_spans

    ends = {end for _, end, _, _ in find_place_spans(text)}
    return [(start, name) for start, _, name, level in find_local_places(text, ends) if level == "township"]


def _last_of_kind(kind: str) -> Callable[[list[tuple[int, str]]], str | None]:
    """The last of a sentence's townships whose name ends in ``kind`` (镇, 乡)."""
    return lambda named: next((name for _, name in reversed(named) if name.endswith(kind)), None)


def _scoped_places(ctx: DocContext) -> Callable[[str], list]:
    """The places a sentence names that a bare level word of the document may stand for (:func:`_in_document_city`)."""
    from loaders.places import find_place_spans

    in_scope = _in_document_city(ctx)
    return lambda text: [p for _, _, p, _ in find_place_spans(text, DocumentInfo("ctx", province=ctx.province)) if in_scope(p)]


def _bare_township_bodies(sentence: Sentence, earlier_town: Callable[[str], str | None], found: list) -> list[tuple[int, int, str, str]]:
    """镇党委 / 乡政府 / 镇民政所 written bare: the body of the last township of that kind named before it
    (in the sentence, else ``earlier_town(kind)``: in the sentences before), and the offices listed right after an
    office (镇扶贫办、民政所、财政所). Nothing when none was named."""
    out: list[tuple[int, int, str, str]] = []
    named_here: list[tuple[int, str]] | None = None  # (the sentence's townships, read once for all its bare bodies)
    covered: bytearray | None = None
    # the last township of each kind (镇, 乡) before the match: the matches come in order, so a pointer passes each
    # township once (filtering all of them per match was quadratic in a sentence of many)
    passed = 0
    last: dict[str, str] = {}
    for match in _bare_township_body_re().finditer(sentence.text):
        if covered is None:
            covered = _covered(sentence.text, found)
        if covered[match.start()]:
            continue
        kind = match.group(1)
        if named_here is None:
            named_here = sorted(_townships(sentence.text))
        while passed < len(named_here) and named_here[passed][0] < match.start():
            last[named_here[passed][1][-1]] = named_here[passed][1]
            passed += 1
        town = last.get(kind) or earlier_town(kind)
        if town:
            body = "人民政府" if match.group(2) == "政府" else match.group(2)
            out.append((match.start(), match.end(), town + body, match.group()))
            position = match.end()
            while body in _township_offices() and (item := _township_office_item_re().match(sentence.text, position)):
                out.append((item.start(1), item.end(1), town + item.group(1), item.group(1)))
                position = item.end()
    return out


# the ends of a section's name: a sentence with none names no section (loaders/agencies_staff.py)
_STAFF_WORD = re.compile(r"[科股厅]|办公室")


def extract_agencies(sentences: list[Sentence], info: DocumentInfo, rules_only: bool = False) -> list[Mention]:
    """Agency mentions in ``sentences``, names resolved in the document's context; with the agency model's
    spans too when one is switched on (:func:`loaders.agency_crf.active_setting`) and not ``rules_only``."""
    ctx = _speaking_as(_own_county(_region_of_shared_place(DocContext.from_info(info), sentences), sentences), sentences)
    mentions: list[Mention] = []
    # only a provincial document leaves 市/县 to the places it names (the host city of its meeting)
    provincial = ctx.province is not None and ctx.city is None
    # a city's document about one of its counties (岳阳市's news on 平江县) leaves 县/区 to the county it names
    city_without_county = ctx.city is not None and ctx.county is None
    region = _document_region(ctx, sentences)
    # a township's own report names no township: its bare 镇政府 stays as written (none resolves it)
    own_kinds = _own_township_kinds(sentences)
    if own_kinds and any(_names_a_township(s.text) for s in sentences if "镇" in s.text or "乡" in s.text):
        own_kinds = set()
    previous_subject = None
    # the learned second opinion (loaders/agency_crf.py), when switched on: its spans join the rules' per sentence
    from loaders.agency_crf import active_setting, add_model_spans
    model = None if rules_only else active_setting()
    texts = [sentence.text for sentence in sentences]
    earlier_places = EarlierSentences(texts, _scoped_places(ctx)) if provincial or city_without_county else None
    earlier_townships = EarlierSentences(texts, _townships)
    for position, sentence in enumerate(sentences):
        earlier_place = None if earlier_places is None else (
            lambda level, upto=position: earlier_places.last_before(upto, level, lambda places: last_place_of_level(places, level)))
        spans = find_agency_spans(sentence.text, ctx, info, earlier_place, sentence_groups(sentence))
        if ("镇" in sentence.text or "乡" in sentence.text) and _bare_township_body_re().search(sentence.text):
            spans = _drop_overlapped(spans + _bare_township_bodies(
                sentence, lambda kind, upto=position: earlier_townships.last_before(upto, kind, _last_of_kind(kind)), spans))
        if own_kinds and _own_township_body_re().search(sentence.text):
            spans = _drop_overlapped(spans + _own_township_bodies(sentence.text, own_kinds, spans))
        if (intro := _UNIT_LIST_VERB.search(sentence.text)) is not None:
            spans = _drop_overlapped(spans + _units_of_subject(sentence.text, intro.start(), spans, previous_subject, ctx, info))
        previous_subject = spans[0][2] if spans else None
        if "民政事务专员" in sentence.text and (offices := district_offices(sentence.text, spans)):
            spans = _drop_overlapped(spans + offices)  # 屯门民政事务专员关某: the office the title names (agencies_heads.py)
        # 社会救助科干部王某: a section named by its staff (loaders/agencies_staff.py), after the offices above so that
        # a section listed after a district officer is that office's; the spans are left as they are when it names
        # none (dropping overlaps would change what the other rules keep)
        if _STAFF_WORD.search(sentence.text) and (staff := staff_units(sentence.text, spans, mentions[-1].name if mentions else None)):
            spans = _drop_overlapped(spans + staff)
        if _PUBLISHER_LINE.match(sentence.text):  # 信息来源:办公室 as a line of the text, not dropped as furniture
            spans = _drop_overlapped(spans + publisher_bodies(sentence.text, info))
        if region and _HEADED_BODY.search(sentence.text):
            spans = _drop_overlapped(spans + _headed_bodies(sentence.text, spans))
        if model is not None:
            spans = add_model_spans(sentence, spans, ctx, info, model)
        for start, end, name, surface in spans:
            if (mark := placeholder_before(sentence.text, start, name)) is not None:
                start, name, surface = start - len(mark), mark + name, mark + surface
            props = _agency_properties(name, ctx)
            mentions.append(Mention("Agency", name, surface, sentence.index, sentence.start + start, sentence.start + end, props))
    return _one_name_per_chain(_placeholder_bodies(mentions, info), ctx)


# A publisher field of the page's own furniture (来源:黄石港区民政局, 信息来源：办公室, 作者: 民政部, 发布机构 | 区民政局):
# the page names the body that published it, on a line the normaliser drops. The value, after the label, up to a
# space, a bar or a quote.
# The next field may follow with no space (信息来源: 市民政局发布时间:2021-04-21): the value stops at its label;
# an empty field (信息来源:) ends at its line.
_PUBLISHER_FIELD = re.compile(
    r"(?:^|(?<=[\s|:：]))(?:信息来源|来源|稿源|发布机构|作者)[ \t　]*[:：|][ \t　]*\|?[ \t　]*"
    r"((?:(?!发布|发文|时间|日期|浏览|点击|作者|来源)[^\s|　”]){2,30})", re.M)


_PUBLISHER_LINE = re.compile(r"(?:信息来源|来源|稿源|发布机构|作者)[ \t　]*[:：|]")


def publisher_bodies(furniture: str, info: DocumentInfo) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical name, as written) of each body a publisher field of the page's furniture names.

    The whole value must be the body (来源:黑龙江省人民政府网 names a website, not the government); a unit
    written bare (来源: 计划财务处, 信息来源:办公室) is a unit of the page's issuing body, and a department
    written bare (信息来源:法制办) is one of the page's own place, as a bare 来源:民政局 in the text is.

    >>> info = DocumentInfo("x", place="舟山市", province="浙江省", issuing_body="舟山市民政局（办公室）")
    >>> [b[2:] for b in publisher_bodies("发布时间:2016-03-11 来源:市民政局发布时间:2016\\n信息来源:\\n信息来源:办公室 | 作者: 民政部", info)]
    [('舟山市民政局', '市民政局'), ('舟山市民政局办公室', '办公室'), ('民政部', '民政部')]
    >>> publisher_bodies("浏览次数:信息来源:法制办", DocumentInfo("x", place="辰溪县", province="湖南省"))
    [(10, 13, '辰溪县法制办', '法制办')]
    >>> [b[2] for b in publisher_bodies("来源:局办公室", info)]
    ['舟山市民政局办公室']
    >>> publisher_bodies("来源：黑龙江省人民政府网  来源: 中国发展门户网 作者: 王虔", info)
    []
    """
    if not furniture or not _PUBLISHER_FIELD.search(furniture):
        return []
    ctx = DocContext.from_info(info)
    out: list[tuple[int, int, str, str]] = []
    for match in _PUBLISHER_FIELD.finditer(furniture):
        value = match.group(1)
        name = _whole_body(value, ctx, info)
        if name is None and (unit := _UNIT.match(value)) is not None and unit.end() == len(value):
            parent = _issuing_parent(ctx, info)
            # 厅福慈处, 局办公室: the body's own level word before its unit stands for the body
            unit_name = value[1:] if parent and value[0] in "厅局" and parent.endswith(value[0]) else value
            name = parent + unit_name if parent and not parent.endswith(unit_name) else parent
        if name is None and value in government_bodies() and (own := ctx.county or ctx.city or ctx.province):
            name = _whole_body(own + value, ctx, info)
        if name is not None and name not in (known for _, _, known, _ in out):
            out.append((match.start(1), match.end(1), name, value))
    return out


def _whole_body(text: str, ctx: DocContext, info: DocumentInfo) -> str | None:
    """The canonical name of the body ``text`` is as a whole, else None (a body that is only part of it)."""
    spans = find_agency_spans(text, ctx, info)
    return spans[0][2] if len(spans) == 1 and spans[0][:2] == (0, len(text)) else None


# A reprinted model text hides its place with a mark (XX区民政局, x市民政局, ××县民政局): the body is named as
# written, mark and all, since the page never says which place it is; a letter or cross before a level word.
_PLACEHOLDER_MARK = r"[Xx×Ｘｘ]{1,4}"
_PLACEHOLDER_BEFORE = re.compile(rf"(?<![A-Za-z]){_PLACEHOLDER_MARK}$")
_PLACEHOLDER_OPENING = re.compile(_PLACEHOLDER_MARK)
_LEVEL_FIRST = re.compile(r"^(?:省|市|县|区|州|旗|镇|乡)")


def placeholder_before(text: str, start: int, name: str) -> str | None:
    """The place mark written right before a bare body at ``start`` (XX区民政局), or None.

    >>> placeholder_before("2024年，XX区民政局在区委领导下", 8, "区民政局"), placeholder_before("市民政局", 0, "市民政局")
    ('XX', None)
    >>> placeholder_before("TAXX区民政局", 4, "区民政局"), placeholder_before("XX区民政局", 2, "广州市民政局")
    (None, None)
    """
    if start == 0 or not _LEVEL_FIRST.match(name):
        return None
    mark = _PLACEHOLDER_BEFORE.search(text, max(0, start - 4), start)
    return mark.group() if mark is not None else None


def placeholder_names(names: Iterable[str], issuing_body: str | None) -> dict[str, str]:
    """Bare body name → the marked name a document gives it with a place mark (XX区民政局), in the text
    (``names``) or as the page's issuer in its index: the bare 区民政局 is that body.

    >>> placeholder_names(["XX区民政局", "市财政局"], None), placeholder_names([], "xx区民政局（区名隐去）")
    ({'区民政局': 'XX区民政局'}, {'区民政局': 'xx区民政局'})
    >>> placeholder_names(["区民政局"], "合肥市民政局")
    {}
    """
    marked: dict[str, str] = {}
    issuer = re.split(r"[（(]", issuing_body or "")[0].strip()
    for name in [issuer, *names]:
        mark = _PLACEHOLDER_OPENING.match(name)
        if mark is not None and _LEVEL_FIRST.match(name[mark.end():]):
            marked.setdefault(name[mark.end():], name)
    return marked


def _placeholder_bodies(mentions: list[Mention], info: DocumentInfo) -> list[Mention]:
    """A body a document names with a place mark is the same body where the text writes it bare: one name,
    the marked one (:func:`placeholder_names`).

    >>> ms = [Mention("Agency", "XX区民政局", "XX区民政局", 0, 0, 7), Mention("Agency", "区民政局", "区民政局", 1, 20, 24)]
    >>> [m.name for m in _placeholder_bodies(ms, DocumentInfo("x"))]
    ['XX区民政局', 'XX区民政局']
    >>> [m.name for m in _placeholder_bodies(ms[1:], DocumentInfo("x", issuing_body="xx区民政局（区名隐去）"))]
    ['xx区民政局']
    >>> [m.name for m in _placeholder_bodies(ms[1:], DocumentInfo("x", issuing_body="合肥市民政局"))]
    ['区民政局']
    """
    marked = placeholder_names((m.name for m in mentions), info.issuing_body)
    if not marked:
        return mentions
    from dataclasses import replace

    return [replace(m, name=marked[m.name]) if m.name in marked else m for m in mentions]


def _one_name_per_chain(mentions: list[Mention], ctx: DocContext) -> list[Mention]:
    """One body written with and without its place chain (贵州省贵阳市花溪区民政局, 贵阳市花溪区民政局,
    花溪区民政局) is one agency, named by the fullest form the document writes: the form that says where the
    body is (an independent annotator of unseen pages wrote 重庆市长寿区民政局 where the text also has
    长寿区民政局). A body of a place whose name several places share keeps each form apart (台中市东区户政事务所
    beside 东区户政事务所).
    """
    names = {m.name for m in mentions}
    if len(names) < 2:
        return mentions
    renamed: dict[str, str] = {}
    for name in sorted(names, key=len, reverse=True):  # the fullest first: a shorter form keeps the first it got
        for short in _chainless_forms(name, names, ctx.city):
            renamed.setdefault(short, renamed.get(name, name))
    if not renamed:
        return mentions
    from dataclasses import replace

    return [replace(m, name=renamed[m.name], properties=_agency_properties(renamed[m.name], ctx)) if m.name in renamed else m
            for m in mentions]


def _chainless_forms(name: str, names: set[str], city: str | None = None) -> list[str]:
    """The forms of ``names`` that are ``name`` without some of the chain of places opening it. A place
    whose name several places share (东区, 河东区) drops its chain only when the chain is ``city``, the
    document's own city: 东区户政事务所 in a 台中 document is 台中市东区户政事务所, elsewhere it stays apart.

    >>> _chainless_forms("贵州省贵阳市花溪区民政局", {"贵阳市花溪区民政局", "花溪区民政局", "民政局"})
    ['贵阳市花溪区民政局', '花溪区民政局']
    >>> _chainless_forms("宁波市海曙区民政局", {"宁波市海曙区民政局", "海曙区人民政府"})
    []
    >>> _chainless_forms("滨州市民政局", {"民政局"})
    []
    >>> _chainless_forms("台中市东区户政事务所", {"东区户政事务所"})
    []
    >>> _chainless_forms("台中市东区户政事务所", {"东区户政事务所"}, "台中市")
    ['东区户政事务所']
    >>> _chainless_forms("台南市东区户政事务所", {"东区户政事务所"}, "台中市")
    []
    """
    gazetteer = get_gazetteer()
    found = []
    for cut in range(2, len(name) - 2):  # each cut a set lookup: linear
        short = name[cut:]
        if short not in names:
            continue
        own = _place_prefix(short)
        if own is not None and city and name[:cut] == city and any(
                p.parent == c.code for p in gazetteer.by_name.get(own, ()) for c in gazetteer.by_name.get(city, ())):
            found.append(short)  # the document's own city resolves the shared name
            continue
        if own is None or len(gazetteer.by_name.get(own, ())) != 1 or not governed_as_mainland(own):
            continue  # 东区户政事务所, 河东区人民政府: a name several places share needs its chain
        ancestors = {p.name for place in gazetteer.by_name.get(own, ()) for p in gazetteer.chain(place)[1:]}
        if _is_chain_of(name[:cut], ancestors):
            found.append(short)
    return found


def _is_chain_of(text: str, ancestors: set[str]) -> bool:
    """Whether ``text`` is a run of the given place names (贵州省贵阳市 of {贵州省, 贵阳市})."""
    if not text:
        return True
    return any(text.startswith(a) and _is_chain_of(text[len(a):], ancestors) for a in ancestors)


_OWN_LEVEL_REFERENCE = re.compile(r"(?:我|全|本)(?P<level>县|区|市)(?![长委])")


def _speaking_as(ctx: DocContext, sentences: list[Sentence]) -> DocContext:
    """The place a document speaks as: its own county (or district, or city) when the text calls it 我县 /
    全县 / 本县 (全区, 我市) and the document's context resolves that level word. A document that speaks of
    two levels (全市 and 全县) or that resolves neither speaks as none.

    >>> ctx = DocContext.from_info(DocumentInfo("x", place="平江县"))
    >>> _speaking_as(ctx, [Sentence(0, "全县民政工作会议召开。", 0, 11)]).own
    '平江县'
    >>> _speaking_as(ctx, [Sentence(0, "全市民政工作会议在平江召开。", 0, 14)]).own is None
    True
    """
    levels = {m.group("level") for s in sentences for m in _OWN_LEVEL_REFERENCE.finditer(s.text)}
    if len(levels) != 1:
        return ctx
    place = ctx.place_for_level(next(iter(levels)))
    if place is None or place != (ctx.county or ctx.city):
        return ctx  # only the document's own (deepest) place: a county's text saying 全市 speaks of its city
    from dataclasses import replace

    return replace(ctx, own=place)


_COUNTY_SELF_REFERENCE = re.compile(r"(?:我|全|本)县(?![长委])")


def _own_county(ctx: DocContext, sentences: list[Sentence]) -> DocContext:
    """A county's own news (我县, 全县) placed no lower than a province, that names one county only, is that
    county's: its bare 县委 / 县民政局 are the county's, wherever in the text the county is named.

    >>> ctx = DocContext.from_info(DocumentInfo("x", place="安徽省"))
    >>> _own_county(ctx, [Sentence(0, "全县双拥工作会议召开，县人武部出席。驻绩溪部队代表参加。", 0, 28)]).county
    '绩溪县'
    >>> _own_county(ctx, [Sentence(0, "全县工作会议召开，绩溪县、歙县代表参加。", 0, 20)]).county is None
    True
    """
    if ctx.county is not None or ctx.city is not None:
        return ctx
    text = "".join(s.text for s in sentences)
    if not _COUNTY_SELF_REFERENCE.search(text):
        return ctx
    from loaders.places import find_place_spans

    counties = {p.name for _, _, p, _ in find_place_spans(text, DocumentInfo("ctx", province=ctx.province))
                if p.level == "county" and p.name.endswith("县")}
    if len(counties) != 1:
        return ctx
    county = next(iter(counties))
    info = DocumentInfo(county, place=county, province=ctx.province)
    found = DocContext.from_info(info)
    return found if found.county == county else ctx


def _region_of_shared_place(ctx: DocContext, sentences: list[Sentence]) -> DocContext:
    """A document placed at a name several regions share (南区 is a district of 台中, 台南 and Hong Kong)
    is in the region whose own distinctive bodies it names (民政事务总署, 劳工及福利局: Hong Kong's).

    >>> ctx = DocContext.from_info(DocumentInfo("x", place="南区"))
    >>> _region_of_shared_place(ctx, [Sentence(0, "南区民政事务专员陪同劳工及福利局局长探访长者。", 0, 22)]).province
    '香港特别行政区'
    >>> _region_of_shared_place(ctx, [Sentence(0, "南区公所举办敬老活动。", 0, 10)]).province == ctx.province
    True
    """
    if ctx.place is None:
        return ctx
    gazetteer = get_gazetteer()
    entries = gazetteer.by_name.get(ctx.place.name, [])
    if len(entries) < 2:
        return ctx
    text = "".join(s.text for s in sentences)
    named = {body.region for body in _standalone_longest_first()
             if body.canonical == body.written and len(body.written) >= 4 and body.written in text}
    if len(named) != 1:
        return ctx  # none, or bodies of two regions (a Hong Kong release on a visit to Macau): leave it
    region = next(iter(named))
    if region == ctx.province:
        return ctx
    for entry in entries:
        province = gazetteer.province_of(entry)
        if province is not None and province.name == region:
            return DocContext.from_info(DocumentInfo(ctx.place.name, place=ctx.place.name, province=region))
    return ctx


def agency_properties(name: str, info: DocumentInfo) -> dict:
    """Place and level of an agency named in full (营口市民政局 → place 营口市, level city)."""
    return _agency_properties(name, DocContext.from_info(info))


def _agency_properties(name: str, ctx: DocContext) -> dict:
    # a document names the same agencies again and again: look each up once per context
    return dict(_agency_properties_in(name, ctx.city, ctx.province))


@lru_cache(maxsize=4096)
def _agency_properties_in(name: str, city: str | None, province: str | None) -> tuple[tuple[str, str], ...]:
    return tuple(_agency_properties_uncached(name, city, province).items())


def _agency_properties_uncached(name: str, city: str | None, province: str | None) -> dict:
    from loaders.places import find_place_spans

    bare = re.sub(r"^(?:驻|中共|共青团)", "", name)
    spans = find_place_spans(bare, DocumentInfo("ctx", place=city, province=province))
    if spans and spans[0][0] == 0:  # 驻/中共/共青团 prefixes aside, the name starts with its place
        place = spans[0][2]
        for previous, current in zip(spans, spans[1:]):
            if current[0] != previous[1]:
                break
            place = current[2]  # the innermost of a written chain (台中市东区)
        return {"place": place.name, "level": place.level}
    if name in NATIONAL_BODIES or name.startswith("民政部"):
        return {"level": "national"}
    return {}
