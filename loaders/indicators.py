"""Indicator names a researcher would search for: the thing measured, no verbs, no number.

A target's phrase is cut out of the sentence around the number
(:mod:`loaders.targets`); these rules turn such a phrase into a
self-contained indicator name:

- an action phrase is turned round: 建成示范型农村社区 (30个) is
  示范型农村社区建成数, 销售福利彩票 (54.1亿元) is 福利彩票销售额; a causative
  opener (组织, 推动, 指导) is dropped. The verbs are data
  (``loaders/data/indicator_verbs.tsv``).
- a change stated as a percentage is a 增幅: 城乡低保平均标准较2020年增长
  (38%) is 城乡低保平均标准增幅.
- a run of years (连续11年在…评估中获得优秀等次) is 连续年数 of what was won.
- a coordinated phrase with one value per member (城乡低保平均标准分别达到
  672元和5558元; 集中养育和社会散居孤儿…) gives one indicator per value.

>>> action_first("建成示范型农村社区", "个")
'示范型农村社区建成数'
>>> change_name("城乡低保平均标准较2020年增长")
'城乡低保平均标准增幅'
>>> split_coordinated("城乡低保平均标准", 2)
[('城市低保平均标准', '城市'), ('农村低保平均标准', '农村')]
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Openers that say who was made to act, not what was counted (组织社工站开展服务).
# (依法行政, 依法治理: 依法 is part of the noun there, not how something was done)
_CAUSATIVE_RE = re.compile(r"^(?:组织|推动|指导|督促|引导|帮助|动员|带动|支持|鼓励|为|向|对|共有|拥有|有|依法(?!行政|治理)|全年|共|累计)+")
# Where, not what: 指导全市 (12个) says nothing about what is counted.
# 全港, 全澳, 全台: the whole of Hong Kong, Macau or Taiwan, as 全市 is the whole city (not 全台湾, 全澳门)
_PLACE_NOISE_RE = re.compile(r"^(?:全市|全省|全区|全县|全州|全镇|全乡|全街道|全旗|全国|全港|全澳(?!门)|全台(?!湾)|各地|各级)")
# Where or how many kinds, before the object of a verb (排查出各类违规殡葬设施, 整理归档全市婚姻档案): no part of its name.
_OBJECT_NOISE_RE = re.compile(r"^(?:全市|全省|全区|全县|全州|全镇|全乡|全国|全港|全澳(?!门)|全台(?!湾)|各地|各级|各类|各种)+")
# Who pays, before a funding verb: 中央财政, 省级, 市本级, 县财政.
_FUNDER_RE = re.compile(r"^(?:(?:中央|省|市|县|区|州)(?:级|本级)?(?:财政)?|本级财政|财政)(?:已|共|累计|全年)?")
# A verb's object that ends in 的 and a noun (提供住宿的社会服务机构, 提供暂托服务的地点): a relative clause naming
# what is counted, unless what follows 的 is a measure (办理婚姻登记的处数).
_RELATIVE_BODY_RE = re.compile(r"的(?P<noun>[^的，。；、0-9]{1,10})$")
_RELATIVE_OPENERS = frozenset({"提供", "推出"})  # the deeds added with the relative clauses they open
_INNER_VERB_RE = re.compile(r"^(?P<subject>.{2,12}?)(?:共|累计|全年)?(?P<verb>支出|拥有)(?P<object>[^共累]{2,})$")
_CHANGE_MEASURE_RE = re.compile(r"(?:增加|减少|新增)(?:额|数)|[增降]幅")
_NOUN_AFTER_VERB_RE = re.compile(r"站|中心|管理|标准|机构|对象|资金|金|费|工作|服务|体系|能力|项目|补贴|补助")
_STANDARD_END_RE = re.compile(r"(?:标准|比例|占比|比重|面积|水平)$")
_RATE_END_RE = re.compile(r"(?:率|比例|占比|比重)$")  # a share or rate already named by the object
_MEASURED_END_RE = re.compile(r"(?:数|数量|率|额|金额|人次|比例|比重|占比|标准|面积|总数|规模|次数|户数|人数)$")


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    verbs: dict[str, str] = {}
    for line in (DATA / "indicator_verbs.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("verb\t"):
            continue
        verb, tab, name = line.partition("\t")
        verbs[verb.strip()] = name.strip() if tab else verb.strip()
    return verbs


@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern[str]:
    """Any verb of the list, longest first (one match instead of a scan of the list)."""
    return re.compile("|".join(map(re.escape, sorted(_verbs(), key=len, reverse=True))))


def verb_name(verb: str) -> str:
    """The word a count keeps for a verb of ``indicator_verbs.tsv`` (发放 → 发放, 办理 → nothing)."""
    return _verbs().get(verb, verb)


def measure_word(unit: str, verb: str = "") -> str:
    """What a count in ``unit`` is called (人数, 户数, 人次, 额 …): see :func:`_measure_word`."""
    return _measure_word(unit, verb)


def noun_count(noun: str, unit: str) -> str:
    """What a count in ``unit`` of what ``noun`` names is called: the noun, then the measure word, with a
    household said once (低保户 counted in 户 is 低保户数, not 低保户户数; in 人 it stays 低保户人数).

    >>> noun_count("低保户", "户"), noun_count("低保户", "人"), noun_count("养老机构", "个")
    ('低保户数', '低保户人数', '养老机构数')
    """
    if unit.endswith("户") and noun.endswith("户") and len(noun) > 1:
        noun = noun[:-1]  # the household is the measure's
    return noun + _measure_word(unit, "")


def verb_re() -> re.Pattern[str]:
    """Any verb of ``indicator_verbs.tsv``, longest first."""
    return _verb_re()


def ends_with_verb(text: str) -> bool:
    """Whether ``text`` ends with a verb of ``indicator_verbs.tsv`` (接收, 完成, 发放 …), optionally with 了.

    >>> ends_with_verb("岳阳经开区共接收"), ends_with_verb("全区")
    (True, False)
    """
    tail = text[-6:].rstrip("了")
    return tail.endswith(_verb_endings())  # one C call over every verb, not a generator step per verb


@lru_cache(maxsize=1)
def _verb_endings() -> tuple[str, ...]:
    """The verbs of ``indicator_verbs.tsv`` as one tuple, for ``str.endswith`` (empty ones left out: every
    text ends with "").

    >>> "接收" in _verb_endings(), "" in _verb_endings()
    (True, False)
    """
    return tuple(verb for verb in _verbs() if verb)


def _measure_word(unit: str, verb: str) -> str:
    """What a count of the object is called, from the unit: 人次, 人数, 户数, 额, 率 or 数.

    >>> _measure_word("万人次", "救助"), _measure_word("亿元", "销售"), _measure_word("个", "建成")
    ('人次', '额', '数')
    """
    if unit.endswith("人次"):
        return "人次"
    if unit.endswith("元"):
        return "额"
    if unit in ("%", "‰"):
        return "率"
    if unit.endswith("对"):
        return "对数"
    if unit.endswith("户"):
        return "户数"
    if unit.endswith(("人", "名")):
        return "人数"
    return "数"


# A giving verb inside a phrase, after who gave or who received (岳阳经开区共发放了优抚补助资金, 困难群众发放
#价格临时补贴, 当月发放低保金): what is counted is the object. A period word before it stays (当月).
_GIVING_INSIDE_RE = re.compile(
    r"^(?P<before>[^，。；0-9]{1,16}?)(?:共|累计|全年|已)?(?P<verb>发放|下拨|拨付|派发|增发|发给)了?(?P<object>[^，。；0-9]{2,})$"
)
_KEPT_PERIOD_RE = re.compile(r"^(?:当月|本月|当年|本年|当季|本季度)")


# 发放补贴, 下拨资金: a giving verb before money is verb and object, never a noun (unlike 救助站, 建设资金).
_GIVES_MONEY_RE = re.compile(r"^(?:发放|下拨|拨付|派发|增发)(?:资金|补贴|补助|津贴|救助金|补助金|补贴资金)$")


def _giving_verb_inside(phrase: str, unit: str) -> str | None:
    """The object of a giving verb inside a phrase, named as given (X发放额 / X发放数), or None.

    >>> _giving_verb_inside("岳阳经开区共发放了优抚补助资金", "万元"), _giving_verb_inside("当月发放低保金", "元")
    ('优抚补助资金发放额', '当月低保金发放额')
    >>> _giving_verb_inside("县民政局发放了第二代残疾人证", "本")
    '第二代残疾人证发放数'
    >>> _giving_verb_inside("困难家庭发放春节“送温暖”慰问金", "元")
    '春节“送温暖”慰问金发放额'

    A phrase that opens with the verb is :func:`action_first`'s; an object that holds another verb
    or a noun built on the verb (发放标准) is left alone:

    >>> _giving_verb_inside("发放低保金", "万元") is None, _giving_verb_inside("补贴发放标准", "元/月") is None
    (True, True)
    """
    match = _GIVING_INSIDE_RE.match(phrase)
    if match is None:
        return None
    what = match.group("object")
    if _STANDARD_END_RE.search(what) or _MEASURED_END_RE.search(what) or any(
            not _NOUN_AFTER_VERB_RE.match(what, verb.end()) for verb in _verb_re().finditer(what)):
        return None  # 慰问金, 救助金: a verb before a noun part is a noun
    period = _KEPT_PERIOD_RE.match(match.group("before"))
    return (period.group() if period else "") + what + _verbs().get(match.group("verb"), match.group("verb")) \
        + _measure_word(unit, match.group("verb"))


# Acts of aid done to people (loaders/data/indicator_aid_verbs.txt) are read at the opening of a phrase (累计救助
# is a running total, named 流浪乞讨人员累计救助人次 by :func:`running_total`); the units and group nouns of the
# people they reached:
@lru_cache(maxsize=1)
def _aid_deeds() -> frozenset[str]:
    """The acts of aid of ``loaders/data/indicator_aid_verbs.txt`` (救助, 走访慰问 …)."""
    from loaders.lexicons import read_lexicon

    return frozenset(row[0] for row in read_lexicon("indicator_aid_verbs.txt"))


def is_aid_deed(word: str) -> bool:
    """Whether ``word`` is one of the acts of aid of ``indicator_aid_verbs.txt`` (救助, 慰问 …), acts that reach
    people, unlike a deed done to things (建立, 改造).

    >>> is_aid_deed("救助"), is_aid_deed("建立")
    (True, False)
    """
    return word in _aid_deeds()


# Words for people (a group named before a count of them, or whom a deed was done for).
_PEOPLE_WORDS = "人员|对象|群众|老人|老年人|儿童|孤儿|残疾人|家庭|居民|村民|协理员|未成年人|困难户"


def ends_with_people(phrase: str) -> bool:
    """Whether ``phrase`` ends with a word for people (人员, 对象, 老年人, 残疾人, 家庭 …): a group, not a kind of
    benefit (高龄 of 高龄津贴).

    >>> ends_with_people("集中供养老年人"), ends_with_people("高龄")
    (True, False)
    """
    return bool(_PEOPLE_END_RE.search(phrase))


# Where the people a deed was done for end, inside a phrase (特殊困难老年人|安装智能水表, …老年人家庭|开展…).
_PEOPLE_INSIDE_RE = re.compile(rf"(?:{_PEOPLE_WORDS})")
# Verbs that only say a deed was done (实施家庭适老化改造, 开展适老化改造, 提供家庭互助服务): no part of its name.
_DONE_VERB_RE = re.compile(r"^(?:实施|开展|提供|进行了?|办理)")


def served_and_deed(phrase: str) -> tuple[str, str] | None:
    """(whom, deed) of a phrase that names people and then what was done for them (特殊困难老年人家庭安装智能水表 →
    特殊困难老年人家庭, 安装智能水表), the first place where a verb (rjieba) follows a word for people; a verb that
    only says the deed was done (实施, 开展, 提供) is dropped. None when no such split leaves a short deed, or the
    deed holds a number, a 的 or a quote (发放抚恤补助金314万元 is money, not a deed's name).

    >>> served_and_deed("特殊困难老年人家庭安装智能水表"), served_and_deed("特殊困难老年人实施家庭适老化改造")
    (('特殊困难老年人家庭', '安装智能水表'), ('特殊困难老年人', '家庭适老化改造'))
    >>> served_and_deed("养老机构发放建设补贴") is None, served_and_deed("优抚对象发放抚恤补助金314万元") is None
    (True, True)
    >>> served_and_deed("分散供养特困人员和174名经济困难老人上门服务") is None
    True
    """
    import rjieba

    for people in _PEOPLE_INSIDE_RE.finditer(phrase):
        who, deed = phrase[:people.end()], phrase[people.end():]
        if not 2 <= len(who) <= 16 or not 2 <= len(deed) <= 14 or re.search(r"[0-9０-９的“”「」]", deed + who):
            continue  # (258名分散供养特困人员和174名…老人上门服务: two groups counted, no one whom)
        if rjieba.tag(deed, False)[0][1] != "v":
            continue
        done = _DONE_VERB_RE.sub("", deed)
        return who, done if len(done) >= 2 else deed
    return None


PEOPLE_COUNT_UNIT_RE = re.compile(r"^万?(?:人次|人|名|户次|户)$")
_PEOPLE_END_RE = re.compile(rf"(?:{_PEOPLE_WORDS})$")
# A subject, 完成/建成 and what was done to it (敬老院改造完成主体建设): the deed stands inside the phrase.
_DONE_INSIDE_RE = re.compile(r"^(?P<subject>[^，。；0-9完建]{2,14}?)(?P<verb>完成|建成)了?(?P<object>[^，。；0-9]{2,12})$")
# Building deeds that may stand in a row before one object (新建改扩建, 新建、改建).
_BUILDING_DEEDS = ("新建", "改建", "扩建", "改扩建")
_BUILDING_DEED_OPENING_RE = re.compile(r"^[、和及与]?(?:新建|改扩建|扩建|改建)")


def ends_with_deed(phrase: str) -> bool:
    """Whether a noun phrase ends with a deed of ``indicator_verbs.tsv`` used as a noun (适老化改造, 主体建设).

    >>> ends_with_deed("特殊困难老年人家庭适老化改造"), ends_with_deed("主体建设"), ends_with_deed("社工站")
    (True, True, False)
    """
    return any(phrase.endswith(verb) and len(phrase) > len(verb) for verb in _verbs() if verb)


# A level's name that kept the verb reaching it and what the level is per (城区保障标准达到每人每月 540元,
# 社区综合服务设施面积达到每百户 30平米): the period is the unit's, a denominator opens the name.
_REACHED_PER_RE = re.compile(r"^(?P<what>[^，。；,;0-9]{2,}?)(?:达到|提高到|提高至|增加到|增至|调整为|为)"
                             r"(?:(?P<period>每人每[月年日天]|人均每[月年]|每[月年])|(?P<per>每[百千万]?[名户人个家]?[\u4e00-\u9fff]{0,4}?(?:户|人|老年人|老人|人口|居民)))$")


def reached_level(name: str) -> str:
    """A level's name without the verb that reached it and without what it is per, which the unit or the name's
    opening says (城区保障标准达到每人每月 → 城区保障标准; …面积达到每百户 → 每百户…面积), and 低保保障标准 said
    once (低保标准). Other names are unchanged.

    >>> reached_level("城区保障标准达到每人每月"), reached_level("社区综合服务设施面积达到每百户")
    ('城区保障标准', '每百户社区综合服务设施面积')
    >>> reached_level("农村低保保障标准达到每人每月"), reached_level("补助占低保保障标准比例")  # 低保 says 保障
    ('农村低保标准', '补助占低保保障标准比例')
    >>> reached_level("城市低保标准"), reached_level("达到每人每月"), reached_level("覆盖率达到")
    ('城市低保标准', '达到每人每月', '覆盖率达到')
    """
    match = _REACHED_PER_RE.match(name)
    if match is not None:
        name = match.group("per") + match.group("what") if match.group("per") else match.group("what")
    return _DOUBLED_GUARANTEE_RE.sub("低保标准", name)


# 低保 is 最低生活保障 already: a standard written 低保保障标准 is the 低保标准 (农村低保保障标准 → 农村低保标准, as the
# gold writes it on train14, blind25 and blind26 pages); as a base after 占 it is left as written.
_DOUBLED_GUARANTEE_RE = re.compile(r"(?<!占)低保保障标准")


def action_first(phrase: str, unit: str) -> str:
    """An action phrase turned round so the thing counted comes first.

    >>> action_first("销售福利彩票", "亿元")
    '福利彩票销售额'
    >>> action_first("组织乡镇(街道)社工站开展专业服务", "万人次")
    '乡镇(街道)社工站开展专业服务人次'
    >>> action_first("救助站生活救助标准", "元/人/日")
    '救助站生活救助标准'
    >>> action_first("民政系统共支出彩票公益金", "亿元")
    '民政系统彩票公益金支出'
    >>> action_first("支出城市低保资金", "亿元")
    '城市低保资金支出'
    >>> action_first("每千名老年人拥有养老床位数", "张")
    '每千名老年人养老床位数'
    >>> action_first("市财政安排养老服务体系建设资金", "万元")
    '养老服务体系建设资金安排额'
    >>> action_first("发放补贴", "元")
    '补贴发放额'
    >>> action_first("依法办理结婚登记", "万对"), action_first("办理婚姻登记的处数", "处")
    ('结婚登记对数', '婚姻登记的处数')
    >>> action_first("养老机构床位", "万张")
    '养老机构床位'
    >>> action_first("排查出各类违规殡葬设施", "处"), action_first("整理归档全市婚姻档案", "份")
    ('违规殡葬设施排查数', '婚姻档案整理归档数')
    >>> action_first("保障人数", "人"), action_first("保障性住房", "套"), action_first("命名、更名道路", "条")
    ('保障人数', '保障性住房', '命名、更名道路')
    >>> action_first("完成农村危房改造", "户"), action_first("完成村务公开目录", "个")  # 完成 a deed: the deed names it
    ('农村危房改造户数', '村务公开目录完成数')
    >>> action_first("养老院改造完成主体建设", "处"), action_first("新建改扩建农村公益性公墓", "处")
    ('养老院改造主体建设完成数', '新建改扩建农村公益性公墓')
    >>> action_first("救助流浪乞讨人员", "万人次"), action_first("配备救助协理员", "万人")  # people reached by aid
    ('救助流浪乞讨人员人次', '配备救助协理员数')
    >>> action_first("累计救助流浪乞讨人员", "万人次"), action_first("救助资金", "万元")  # 累计: see running_total
    ('救助流浪乞讨人员人次', '救助资金')
    >>> action_first("新建社区养老服务设施配建达标率", "%"), action_first("建成养老服务设施", "%")  # a rate as the object
    ('新建社区养老服务设施配建达标率', '养老服务设施建成率')
    >>> action_first("全县完成主体建设", "处")  # a place word is no subject: 完成 opens the phrase
    '主体建设数'
    >>> action_first("提供住宿的社会服务机构", "个")  # a relative clause: the bodies are counted, not turned round
    '提供住宿的社会服务机构'
    >>> action_first("登记的基金会", "个"), action_first("依法登记的社会组织", "个")  # the verb's clause ends in 的
    ('登记的基金会', '依法登记的社会组织')
    """
    given = _giving_verb_inside(phrase, unit)
    if given:
        return given
    done = _DONE_INSIDE_RE.match(phrase)
    if done and not unit.endswith("元") and len(_PLACE_NOISE_RE.sub("", done.group("subject"))) >= 2 \
            and ends_with_deed(done.group("object")):
        # 敬老院改造完成主体建设 (136处): what was done to the subject, then that it was done (…主体建设完成数)
        return (_PLACE_NOISE_RE.sub("", done.group("subject")) + done.group("object") + done.group("verb")
                + _measure_word(unit, done.group("verb")))
    inner = _INNER_VERB_RE.match(phrase)
    if inner and _CHANGE_MEASURE_RE.fullmatch(inner.group("object")):
        inner = None  # 养老服务支出减少额: the change of the spending, not a spending on a change
    if inner and (unit.endswith("元") or inner.group("verb") == "拥有"):
        # 民政系统共支出彩票公益金 → 民政系统彩票公益金支出; 各类机构拥有床位 → 各类机构床位数.
        verb = inner.group("verb")
        tail = verb if verb != "拥有" else ""
        measure = "" if verb == "支出" or _MEASURED_END_RE.search(inner.group("object")) else _measure_word(unit, verb)
        return inner.group("subject") + inner.group("object") + tail + measure
    if unit.endswith("元"):
        # 市财政安排养老服务资金 (3000万元): the funder is who pays, not what is funded.
        funded = _FUNDER_RE.sub("", phrase)
        opening = _verb_re().match(funded) if funded != phrase else None
        if opening and len(funded) - opening.end() >= 2:
            phrase = funded
    dropped = _PLACE_NOISE_RE.sub("", _CAUSATIVE_RE.sub("", phrase))
    verbs = _verbs()
    opening = _verb_re().match(dropped)
    verb = opening.group() if opening else None
    if verb is not None and (_NOUN_AFTER_VERB_RE.match(dropped, len(verb)) and not _GIVES_MONEY_RE.match(dropped)
                             or _STANDARD_END_RE.search(dropped)):
        # 救助站, 救助标准, 建设资金: the verb is part of a noun; …标准 already names a measure.
        verb = None
    if verb is None:
        if dropped != phrase and len(dropped) >= 2:
            return dropped if _MEASURED_END_RE.search(dropped) else noun_count(dropped, unit)
        return phrase
    rest = dropped[len(verb):].lstrip("了")
    rest = _OBJECT_NOISE_RE.sub("", rest) if len(_OBJECT_NOISE_RE.sub("", rest)) >= 2 else rest  # 排查出各类违规殡葬设施
    relative = _RELATIVE_BODY_RE.search(rest)
    if relative and verb in _RELATIVE_OPENERS and not _MEASURED_END_RE.search(relative.group("noun")) \
            and not _verb_re().match(rest):
        # only verbs that open such clauses (提供, 推出): 资助考入高等院校的…儿童 is named as before
        return phrase  # 提供住宿的社会服务机构: the verb describes the bodies counted, it is no deed done to them
    if verb in _BUILDING_DEEDS and _BUILDING_DEED_OPENING_RE.match(rest):
        return dropped  # 新建改扩建公益性安葬设施: two deeds share the object, left as written like 命名、更名道路
    if len(rest) < 2 or _MEASURED_END_RE.fullmatch(rest) or rest[0] in "性型、和及与的":
        # 保障人数, 保障性住房: the verb is part of the name, with no object after it;
        # 命名、更名道路: verbs in a row share the object, and are left as written;
        # 登记的基金会: a relative clause naming what is counted, no deed done to it
        return phrase
    if verb in _aid_deeds() and PEOPLE_COUNT_UNIT_RE.match(unit) and _PEOPLE_END_RE.search(rest):
        # 救助流浪乞讨人员 (73.9万人次), 走访慰问特殊困难群众: people an act of aid reached are named
        # act first, as the annotation writes them (救助流浪乞讨人员人次, 配备救助协理员数)
        return verb + rest + ("人次" if unit.endswith("次") else "户数" if unit.endswith("户") else "数")
    name = verbs[verb]  # may be empty: 办理结婚登记 is counted as 结婚登记 (对数)
    if verb == "完成" and ends_with_deed(rest):
        name = ""  # 完成适老化改造 (3500户): the object names the deed, 完成 adds nothing (适老化改造户数)
    measure = "" if name == "支出" else _measure_word(unit, name)  # 支出 names an amount already
    if not name and measure and _MEASURED_END_RE.search(rest):
        measure = ""  # 办理婚姻登记的处数: the object names its measure already (no 处数数)
    if "元/" in unit:
        return rest if _STANDARD_END_RE.search(rest) else rest + "标准"  # 发放丧葬补助3000元/人: the rate, not the act
    if measure == "率":
        # 新建社区养老服务设施配建达标率 (100%): the object names a rate already, the deed says whose (the new
        # ones'), so the phrase stays as written; a second 率 (…达标率新建率) named nothing
        return dropped if _RATE_END_RE.search(rest) else rest + name + "率"
    return rest + name + measure


# 累计发放低保金 (1—11月份): a running total, named 低保金累计发放额 like act_of_group's 供养金累计发放额;
# 累计建成社工站 likewise (社工站累计建成数).
_RUNNING_ACT_RE = re.compile(r"累计(?:共)?(?P<verb>发放|下拨|拨付|救助|保障|资助|慰问|建成)")
_ACT_TAIL_RE = re.compile(r"^(?:额|金额|数|人数|户数|人次|户次)?$")


_AID_FIRST_RE = re.compile(r"^(?P<who>.{2,}?)(?P<tail>人次|户数|数)$")  # the act is one of _aid_deeds()


def object_first(indicator: str) -> str:
    """A name :func:`action_first` wrote act first for people reached by aid, turned object first
    (救助流浪乞讨人员人次 → 流浪乞讨人员救助人次), for names built on it (its money, its running total).

    >>> object_first("救助流浪乞讨人员人次"), object_first("配备救助协理员数"), object_first("救助站数")
    ('流浪乞讨人员救助人次', '救助协理员配备人数', '救助站数')
    """
    verb = next((v for v in sorted(_aid_deeds(), key=len, reverse=True) if indicator.startswith(v)), None)
    match = _AID_FIRST_RE.match(indicator[len(verb):]) if verb else None
    if match is None or not _PEOPLE_END_RE.search(match.group("who")):
        return indicator
    tail = "人数" if match.group("tail") == "数" else match.group("tail")
    return match.group("who") + verb + tail


def running_total(indicator: str, clause: str) -> str:
    """The indicator with 累计 before its act when the clause counted a running total (累计发放),
    the clause's opening words having been cleaned away; unchanged otherwise.

    >>> running_total("低保金发放额", "1—11月份累计发放低保金")
    '低保金累计发放额'
    >>> running_total("救助流浪乞讨人员人次", "累计救助流浪乞讨人员")
    '流浪乞讨人员累计救助人次'
    >>> running_total("流浪乞讨人员救助人次", "全年累计救助流浪乞讨人员")
    '流浪乞讨人员累计救助人次'

    A clause without 累计, an indicator that already says it, or one whose act is not at its end
    is left alone:

    >>> running_total("低保金发放额", "当月发放低保金"), running_total("救助站数", "累计救助")
    ('低保金发放额', '救助站数')
    """
    act = _RUNNING_ACT_RE.search(clause)
    if act is None or "累计" in indicator:
        return indicator
    indicator = object_first(indicator)  # 累计救助困难群众: a running total is named object first
    verb = verb_name(act.group("verb")) or act.group("verb")
    at = indicator.rfind(verb)
    if at < 2 or not _ACT_TAIL_RE.match(indicator[at + len(verb):]):
        return indicator
    return indicator[:at] + "累计" + indicator[at:]


# What a group's name ends with when it was counted (低保金发放额, 城市低保对象户数), and the period word
# before it (当月供养金…): neither is part of the group an act is told of.
_GROUP_NAME_RE = re.compile(r"^(?:当月|本月|当年|本年|当季|本季度)?(?P<group>.{2,}?)(?:发放额|支出|户数|人数|人次|总数|数|额)?$")
# A clause that is only an act (累计保障, 累计发放了, 共救助): 累计 says the count is a running total, and stays.
_LONE_ACT_RE = re.compile(r"^(?P<adverbs>(?:累计|共计|共|全年|当年|已|先后|又)*)(?P<verb>.+?)了?(?:共|达)?$")


def lone_act(clause: str) -> tuple[str, str] | None:
    """(``累计`` or ``""``, verb) when the words before a number are only an act of
    ``indicator_verbs.tsv`` (累计保障, 共救助, 累计发放了), else None.

    >>> lone_act("累计保障"), lone_act("共救助"), lone_act("累计发放了")
    (('累计', '保障'), ('', '救助'), ('累计', '发放'))
    >>> lone_act("救助流浪乞讨人员") is None, lone_act("") is None
    (True, True)
    """
    match = _LONE_ACT_RE.match(clause.strip())
    if match is None or match.group("verb") not in _verbs():
        return None
    return ("累计" if "累计" in match.group("adverbs") else ""), match.group("verb")


# Words that may open a phrase before a lone verb without being part of it (并抽调, 先后改建, 全年共计派出)
# (全县, 我市: the whole place the deed was done in, no subject of it)
_LONE_VERB_OPENERS_RE = re.compile(
    r"^(?:并|又|还|再|已经|已|共|共计|累计|合共|一共|总共|先后|陆续|全年|今年|年内|目前|另|全[省市区县州镇乡旗]|我[省市区县])+")


# Verbs that relate a figure to something rather than do a deed to what it counts (来自9家机构, 涉及6个乡镇,
# 实现1000所中心转型), and verbs of change, which the change rules name (增加160个日间护理名额 is 日间护理名额):
# no lone verb's count.
_RELATION_VERB_RE = re.compile(r"来自|包括|包含|涉及|达到|超过|占|有|实现|发挥|位列|位居|排名|相当于|等于"
                               r"|增加|减少|增长|提高|提升|降低|下降|上升|扩大|缩减|压减|减")


@lru_cache(maxsize=4096)
def lone_verb(phrase: str) -> str | None:
    """The verb when the words before a count are one verb and nothing else (并抽调, 改建, 新设), else None.

    Verbs of ``indicator_verbs.tsv`` have their own rules; this reads any other verb by its part of speech
    (rjieba), so a deed no list holds still names what it counts (改建3家日间照料中心) instead of standing
    alone as the indicator. A noun or a phrase with a subject is not a lone verb.

    >>> lone_verb("并抽调"), lone_verb("改建"), lone_verb("，先后新设")
    ('抽调', '改建', '新设')
    >>> lone_verb("床位"), lone_verb("全市养老机构改建"), lone_verb("来自"), lone_verb("") is None
    (None, None, None, True)
    """
    import rjieba

    word = _LONE_VERB_OPENERS_RE.sub("", phrase.strip().lstrip("，,；;。、：: ")).removesuffix("了")
    if not 2 <= len(word) <= 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
        return None
    if _RELATION_VERB_RE.fullmatch(word):
        return None
    tags = [tag for _, tag in rjieba.tag(word, False)]
    # 新设 is tagged 新/a 设/v: a modifier and a verb; 改建 is one v. A noun (床位/n) or a
    # gerund (救助/vn, named by the aid rules) is no lone verb.
    if tags[-1] != "v" or len(tags) > 2 or any(tag not in ("v", "a", "d") for tag in tags):
        return None
    return word


# A count of events (场, 场次) named by the deed that held them (培训竞赛活动开展数, 集体婚礼举办数) or by no measure
# at all (心理健康团辅活动): the gold counts such events in 场次 (心理健康团辅活动场次, 敬老月关爱活动场次).
_EVENT_UNIT_RE = re.compile(r"^万?场次?$")
_EVENT_DEED_TAIL_RE = re.compile(r"(?:开展|举办|举行|组织|召开)?(?:数|次数)$")
_EVENT_KEPT_END_RE = re.compile(r"(?:场次|场数|次数|数量|[率额比]|占比|比重|比例|增幅|降幅|[增减]加数|幅度)$")


def event_count_name(indicator: str, unit: str) -> str:
    """A count of events in 场 or 场次 named with 场次 as its measure, the deed that held them dropped.

    >>> event_count_name("培训竞赛活动开展数", "场"), event_count_name("心理健康团辅活动", "场")
    ('培训竞赛活动场次', '心理健康团辅活动场次')
    >>> event_count_name("新闻发布会数量", "场"), event_count_name("新闻发布会", "场"), event_count_name("", "场")
    ('新闻发布会数量', '新闻发布会', '')
    >>> event_count_name("宣讲活动增幅", "%"), event_count_name("宣讲活动", "人次")
    ('宣讲活动增幅', '宣讲活动')
    """
    if not _EVENT_UNIT_RE.match(unit) or len(indicator) < 2 or _EVENT_KEPT_END_RE.search(indicator):
        return indicator
    base = _EVENT_DEED_TAIL_RE.sub("", indicator)
    if base == indicator and base.endswith("会"):
        return indicator  # 新闻发布会 (5场): a meeting is a thing, counted by its name (新闻发布会数量 in the gold)
    return base + "场次" if len(base) >= 2 else indicator


def act_of_group(group_name: str, adverb: str, verb: str, unit: str) -> str | None:
    """The name of a count that only states an act (累计保障628007人次) of the group the clause
    before counted (农村低保17866户53491人): the group, then the act, then what the unit counts.
    A period word of the group's name (当月) and its own measure word (发放额, 人数) are dropped;
    None when no group of two characters is left.

    >>> act_of_group("农村低保", "累计", "保障", "人次")
    '农村低保累计保障人次'
    >>> act_of_group("当月供养金发放额", "累计", "发放", "万元")
    '供养金累计发放额'
    >>> act_of_group("临时救助对象户数", "", "救助", "人次")
    '临时救助对象救助人次'
    >>> act_of_group("额", "", "发放", "元") is None
    True
    """
    match = _GROUP_NAME_RE.match(group_name)
    if match is None or len(match.group("group")) < 2:
        return None
    measure = "" if verb == "支出" else _measure_word(unit, verb)
    return match.group("group") + adverb + verb_name(verb) + measure


# a base year may be a financial year (较2015/16年度的修订预算): the base named after it is no part of the name
_BASE_YEAR = r"(?:(?:19|20)[0-9]{2}|[一二三四五六七八九〇零]{4})\s*(?:/\s*(?:[0-9]{2,4}|[一二三四五六七八九〇零]{2,4})\s*)?年度?(?:底|末)?"
_BASE_NAMED = r"(?:的?(?:修订|原|实际)?(?:预算|水平))?"
_CHANGE_TAIL_RE = re.compile(
    rf"(?:(?:较|比|同比)\s*(?:上年|{_BASE_YEAR})?{_BASE_NAMED})?"
    r"(?:再次|再|分别|均)*(?:调高|提高|增长|上涨|增加|提升|上调)(?:了|幅度)?(?:增幅)?$"
)


_FALL_TAIL_RE = re.compile(
    rf"(?:(?:较|比|同比)\s*(?:上年|{_BASE_YEAR})?{_BASE_NAMED})?"
    r"(?:分别|均)?(?:减少|下降|降低|回落)+(?:了|幅度)?$"
)


# Bodies and divisions counted by what they did: 县(市、区)全部成立社会救助服务中心 (136个).
_ACTING_UNITS_RE = re.compile(
    r"^(?P<units>(?:[^，,。；;]{0,10}?)(?:县|乡镇|乡|镇|街道|村|社区|委会|单位|机构)(?:[(（][^()（）]{1,12}[)）])?)"
    r"(?:全部|均|都|已经|已|先后|全面)?(?P<verb>成立|设立|建立|建成|完成|实现|出台|配备|开通)(?P<object>[^，,。；;]{2,16})$"
)
_COUNT_OF_BODIES_RE = re.compile(r"^万?(?:个|家|所|处)$")
# People counted by what they receive: 老年人享受老年人补贴 (3994.7万人), 儿童首次纳入国家保障 (2450名).
_RECEIVING_PEOPLE_RE = re.compile(
    r"^(?P<units>[^，,。；;]{0,12}?(?:老年人|老人|儿童|孤儿|人员|对象|群众|残疾人|家庭))"
    r"(?P<adverb>首次|全部|均|已经|已|累计)?(?P<verb>享受|纳入|获得|领取|入住)(?P<object>[^，,。；;]{2,16})$"
)
_COUNT_OF_PEOPLE_RE = re.compile(r"^万?(?:人|名|户)$")


def acting_units(phrase: str, unit: str) -> str:
    """Divisions or bodies counted by what they did, and people counted by what they receive,
    are named by the deed, then the thing counted: 县(市、区)全部成立社会救助服务中心 (136个) is
    成立社会救助服务中心的县(市、区)数; 老年人享受老年人补贴 (万人) is 享受老年人补贴的老年人数.
    A count that is not of bodies (人, 万元) or a phrase without such a deed stays as it is.

    >>> acting_units("县(市、区)全部成立社会救助服务中心", "个")
    '成立社会救助服务中心的县(市、区)数'
    >>> acting_units("村(居)委会完成选举", "万个")
    '完成选举的村(居)委会数'
    >>> acting_units("社区工作者完成培训", "人")
    '社区工作者完成培训'
    >>> acting_units("老年人享受老年人补贴", "万人")
    '享受老年人补贴的老年人数'
    >>> acting_units("事实无人抚养儿童首次纳入国家保障", "名")
    '首次纳入国家保障的事实无人抚养儿童数'
    >>> acting_units("社会救助服务中心", "个")
    '社会救助服务中心'
    """
    if _COUNT_OF_PEOPLE_RE.match(unit):
        match = _RECEIVING_PEOPLE_RE.match(phrase)
        if match is None:
            return phrase
        return f"{match.group('adverb') or ''}{match.group('verb')}{match.group('object')}的{match.group('units')}数"
    if not _COUNT_OF_BODIES_RE.match(unit):
        return phrase
    match = _ACTING_UNITS_RE.match(phrase)
    if match is None:
        return phrase
    return f"{match.group('verb')}{match.group('object')}的{match.group('units')}数"


def change_name(phrase: str) -> str:
    """A percentage change named as the 增幅 of what changed (年均 kept).

    >>> change_name("城乡特困人员基本生活标准年均增长")
    '城乡特困人员基本生活标准年均增幅'
    >>> change_name("城市低保标准调高增幅")
    '城市低保标准增幅'
    >>> change_name("九类困难群众救助保障标准再次")
    '九类困难群众救助保障标准增幅'
    >>> change_name("彩票公益金筹集额比上年下降")
    '彩票公益金筹集额降幅'
    >>> change_name("社会福利开支预算较二〇一五/一六年度的修订预算增加")
    '社会福利开支预算增幅'
    >>> change_name("养老机构入住率")
    '养老机构入住率'
    """
    if phrase.endswith(("年均增长", "年均提高")):
        return phrase[:-2] + "增幅"
    stripped = re.sub(r"(?:再次|再)$", "", phrase)
    if stripped != phrase and len(stripped) >= 2:
        return stripped + "增幅"
    match = _CHANGE_TAIL_RE.search(phrase)
    if match and match.start() >= 2:
        return phrase[:match.start()] + "增幅"
    match = _FALL_TAIL_RE.search(phrase)
    if match and match.start() >= 2:
        return phrase[:match.start()] + "降幅"
    return phrase


# 农村低保标准达到城市低保标准的60%, 特困人员基本生活标准不低于当地低保标准的1.3倍: a ratio of a to b
# (a floor or cap word is how a regulation sets it; 当地 is where, not what).
_MULTIPLE_RE = re.compile(
    r"^(?P<a>.{2,}?)(?:按照?|一般|原则上|最高|最低)*(?:不低于|不少于|不高于|不超过|高于|低于|超过|达到|相当于|为|是|按照|按)(?:当地|本地)?(?P<b>.{2,}?)的?$"
)


def multiple_name(phrase: str) -> str:
    """A multiple (1.6倍) names the ratio of two things.

    >>> multiple_name("农村低保标准达到城市低保标准")
    '农村低保标准与城市低保标准之比'
    >>> multiple_name("特困人员基本生活标准不低于当地低保标准")
    '特困人员基本生活标准与低保标准之比'
    >>> multiple_name("特困人员基本生活标准按不低于当地低保标准")  # a regulation's 按…确定
    '特困人员基本生活标准与低保标准之比'
    >>> multiple_name("临时救助金额按月低保标准")
    '临时救助金额与月低保标准之比'
    >>> multiple_name("救助标准为每人每次不超过当地月低保标准")
    '救助标准与月低保标准之比'
    >>> multiple_name("床位数")
    '床位数'
    """
    match = _MULTIPLE_RE.match(phrase)
    if not match:
        return phrase
    base = _BASE_LEAD_RE.sub("", match.group("b")) or match.group("b")  # 为每人每次不超过当地月低保标准的3倍
    return f"{match.group('a')}与{base}之比"


# What may stand between a ratio's verb and its base: a per-person rate and a bound (为每人每次不超过当地…).
_BASE_LEAD_RE = re.compile(r"^(?:每人每[月年次日天]|每户每[月年次]|每人|每户|每次)?(?:不低于|不少于|不高于|不超过|低于|高于)?(?:当地|本地)?")


_WON_RE = re.compile(r"中?(?:获得|荣获|被评为|评为|保持|位列|列|获评|获)|[“”\"]")


def years_run_name(before: str, after: str) -> str:
    """连续N年: the run of years of what was won, named from the words after (or before) it.

    >>> years_run_name("", "在民政部重点工作综合评估中获得“优秀”等次")
    '民政部重点工作综合评估优秀等次连续年数'
    >>> years_run_name("", "大幅提高9类困难群众救助保障标准")
    '9类困难群众救助保障标准连续提高年数'
    >>> years_run_name("社会救助绩效评价工作", "被省厅评为优秀")
    '社会救助绩效评价连续优秀年数'
    >>> years_run_name("社会救助绩效评价", "")
    '社会救助绩效评价连续年数'
    """
    rise = re.match(r"^(?:大幅|持续)?(?P<verb>提高|上调|提升|增长)(?P<what>.{2,})$", after.strip())
    if rise:
        # 连续3年提高9类困难群众救助保障标准: the run of years the standard rose.
        return _WON_RE.sub("", rise.group("what")) + "连续" + rise.group("verb") + "年数"
    rated = re.match(r"^被.{0,8}?(?:评为|评定为|评选为|授予)(?P<won>.{1,12})$", after.strip())
    if rated and before.strip():
        # 社会救助绩效评价工作连续7年被省厅评为优秀: the subject ran the years, the rating was won.
        head = re.sub(r"工作$", "", before.strip())
        return f"{head}连续{_WON_RE.sub('', rated.group('won'))}年数"
    tail = re.sub(r"^(?:在|被|于)", "", after.strip())
    tail = _WON_RE.sub("", tail).strip()
    if len(tail) >= 3 and not re.match(r"^(?:大幅|提高|增长|实现|开展|组织)", tail):
        return tail + "连续年数"
    head = re.sub(r"(?:工作)?(?:连续)?$", "", before.strip())
    return (head + "连续年数") if head else "连续年数"


_SCOPE_WORDS = ("完全不能自理", "集中养育", "社会散居", "集中供养", "分散供养", "半自理", "自理", "全护理", "半护理",
                "全自理", "城市", "农村", "城镇", "集中", "分散")
_SCOPE_ALT = "|".join(_SCOPE_WORDS)
_COORDINATED_RE = re.compile(rf"(?P<items>(?:{_SCOPE_ALT})(?:[、和及与](?:{_SCOPE_ALT}))+)")
SCOPES = ("城乡", "城市", "农村", "集中养育", "社会散居", "集中供养", "分散供养")


def split_coordinated(indicator: str, count: int) -> list[tuple[str, str | None]] | None:
    """One (indicator, scope) per value when the indicator coordinates as many members as there are values.

    >>> split_coordinated("集中和分散供养孤儿基本生活保障标准增幅", 2)
    [('集中供养孤儿基本生活保障标准增幅', '集中供养'), ('分散供养孤儿基本生活保障标准增幅', '分散供养')]
    >>> split_coordinated("城乡低保平均标准", 3) is None
    True
    """
    if count == 2 and "城乡" in indicator and not _COORDINATED_RE.search(indicator):
        # every 城乡 of the phrase: 城乡低保标准占城乡居民人均消费支出比例 has two
        return [(indicator.replace("城乡", "城市"), "城市"), (indicator.replace("城乡", "农村"), "农村")]
    match = _COORDINATED_RE.search(indicator)
    if not match:
        return None
    items = re.split(r"[、和及与]", match.group("items"))
    if len(items) != count:
        return None
    last = items[-1]
    full = [item + last[2:] if len(item) == 2 and len(last) == 4 and item + last[2:] in _SCOPE_WORDS else item
            for item in items]
    head, tail = indicator[:match.start()], indicator[match.end():]
    return [(head + item + tail, item if item in SCOPES else None) for item in full]


# Words a statistics report states of the body just counted (…养老机构4.0万个，床位503.6万张).
_ATTRIBUTE_RE = re.compile(
    r"^(?:其中|机构内|拥有|实际)?(?P<attr>床位数?|职工总数|职工|固定资产原价|(?:年末)?(?:机构)?(?:收留)?抚养(?:各类)?人员数?|成员|(?:实际)?完成投资总额"
    # 收养3.7万人 and 年末收养各类人员 (read as 各类人员收养人数 once the verb is turned round)
    r"|(?:年末)?收养(?:各类人员)?(?:人数)?|(?:各类)?人员收养人数)$"
)
# A name in brackets after a body's name is an alias of it: 社会福利医院（精神病院）.
_ALIAS_RE = re.compile(r"[（(][^（()）]{1,12}[)）]$")
_COUNT_UNIT_RE = re.compile(r"^万?(?:个|家|所|处|座|间|张|名|人|户|对)$")
_SUBJECT_TAIL_RE = re.compile(r"(?:总数|个数|数量|数|共计|共|合计)$")


def carry_subject(attribute_phrase: str, previous: str, previous_unit: str) -> str | None:
    """An attribute (床位, 职工, 固定资产原价) of the body the previous figure counted, or ``None``.

    >>> carry_subject("床位", "注册登记的养老机构", "万个")
    '注册登记的养老机构床位数'
    >>> carry_subject("固定资产原价", "民政部门登记和管理的机构和设施", "万个")
    '民政部门登记和管理的机构和设施固定资产原价'
    >>> carry_subject("床位", "养老床位数", "万张") is None
    True
    >>> carry_subject("收留抚养各类人员", "儿童福利和保护服务机构", "个")
    '儿童福利和保护服务机构年末收留抚养人员数'
    >>> carry_subject("抚养人员", "提供住宿的民政服务机构", "万个")
    '提供住宿的民政服务机构年末抚养人员数'
    >>> carry_subject("服务人员", "养老机构", "个") is None
    True
    >>> carry_subject("床位数", "社会福利医院(精神病院)", "个")
    '社会福利医院床位数'
    >>> carry_subject("各类人员收养人数", "复退军人精神病院", "个"), carry_subject("收养", "社会服务机构", "万个")
    ('复退军人精神病院收养人数', '社会服务机构收养人数')
    >>> carry_subject("收养", "孤儿", "万人") is None  # people are not a body that houses anyone
    True
    """
    match = _ATTRIBUTE_RE.match(attribute_phrase)
    if not match or not previous or not _COUNT_UNIT_RE.match(previous_unit) or previous_unit.endswith("张"):
        return None
    base = _SUBJECT_TAIL_RE.sub("", _ALIAS_RE.sub("", previous))
    attribute = match.group("attr")
    if "收养" in attribute:
        return base + "收养人数" if len(base) >= 2 and not _COUNT_OF_PEOPLE_RE.match(previous_unit) else None
    if attribute == "床位数":
        attribute = "床位"
    if "抚养" in attribute:
        # the people a body houses are a year-end stock, as the 公报 names them (年末收留抚养人员)
        attribute = "年末" + ("收留" if "收留" in attribute else "") + "抚养人员数"
    if attribute in ("床位", "职工", "成员"):
        attribute += "数"
    return base + attribute if len(base) >= 2 else None


def count_change(indicator: str, previous: str, previous_unit: str) -> str:
    """The change of a count is the change of its 数: 社会组织增幅 after 90.2万个 is 社会组织数增幅.

    >>> count_change("社会组织增幅", "社会组织", "万个")
    '社会组织数增幅'
    >>> count_change("城市低保标准增幅", "城市低保标准", "元/月")
    '城市低保标准增幅'
    """
    for change in ("增幅", "降幅"):
        if indicator == previous + change and _COUNT_UNIT_RE.match(previous_unit) and not previous.endswith("数"):
            return previous + "数" + change
    return indicator


# (约占总经费0.5%: a hedge before 占 is no part of the whole)
_SHARE_RE = re.compile(r"^(?:约|仅|只|已|共)?占(?:当年|全年|同期)?(?P<whole>.{2,})$")


def share_name(phrase: str, previous: str) -> str | None:
    """占总人口 (18.9%) after 60周岁及以上老年人口 is that population's share of the whole.

    >>> share_name("占总人口", "60周岁及以上老年人口")
    '60周岁及以上老年人口占总人口比重'
    >>> share_name("养老机构入住率", "养老床位") is None
    True
    """
    match = _SHARE_RE.match(phrase)
    if not match or len(previous) < 2:
        return None
    whole = re.sub(r"的$", "", match.group("whole"))
    ending = "" if whole.endswith(("比重", "比例")) else "比重"
    return f"{previous}占{whole}{ending}"


@lru_cache(maxsize=1)
def _qualifier_re() -> re.Pattern[str]:
    words = [line.strip() for line in (DATA / "indicator_qualifiers.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#") and line.strip() != "qualifier"]
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _is_tier_only(phrase: str) -> bool:
    match = _qualifier_re().match(phrase)
    return bool(match) and len(phrase) - match.end() < 4


# A group a money rate is set for: an age band (80至89周岁的老年人, 100周岁及以上) or a kind of person.
_GROUP_TIER_RE = re.compile(
    r"(?:[0-9]{1,3}\s*(?:周?岁)?(?:[至到\-—~][0-9]{1,3})?周?岁(?:及)?(?:以[上下])?的?)?"
    r"(?:[^\s，。；,;：:0-9]{0,8}?(?:老年人|老人|孤儿|儿童|对象|人员|残疾人))?"
)
# The rate a list of groups is set for: 高龄津贴发放标准为：, 孤儿基本生活费：.
_RATE_LABEL_RE = re.compile(r"([^\s，。；,;：:、由为的（）()]{2,24}(?:标准|生活费|津贴|补贴|补助))(?=为|是|[：:])")
_RATE_LABEL_WINDOW = 120  # a label further back names something else, and a bounded look keeps this linear
_STANDARD_BEFORE_RE = re.compile(r"([^\s，。；,;：:、由为的（）()]{2,24}?标准)")


# A tier written between a group and its standard (城市低保对象 多人户 低保标准): the standard's own words (低保标准,
# 照料护理标准, at least two characters before 标准) follow the tier. A care mode there (集中供养, 分散供养) names a standard of its own, written
# unbracketed (农村五保集中供养标准), and is left to the other branches.
_BRACKETED_RE = re.compile(r"[()（）]")
# …and the group before the tier is people a standard is paid to (城市低保对象, 城乡特困人员), so a tier word
# across two words (我县城市居民: 县城) is none
_TIERED_GROUP_END_RE = re.compile(r"(?:对象|人员|老人|老年人|孤儿|儿童|残疾人|家庭|低保|五保|特困)$")
_CARE_MODE_TIER_RE = re.compile(r"集中供养|分散供养|集中养育|社会散居")


def _standard_of(group: str, rest: str) -> str:
    """The standard a group's tier belongs to: the group's words up to the standard's head, then the standard
    (城市低保对象 + 低保标准 → 城市低保标准; 城乡特困人员 + 照料护理标准 → 城乡特困人员照料护理标准).

    >>> _standard_of("城市低保对象", "低保标准"), _standard_of("城乡特困人员", "照料护理标准")
    ('城市低保标准', '城乡特困人员照料护理标准')

    A group that opens with the standard's head keeps none of its words before it (低保对象 + 低保标准):

    >>> _standard_of("低保对象", "低保标准"), _standard_of("低保对象", "标准")
    ('低保标准', '低保对象标准')
    """
    head = rest[:-2]
    at = group.rfind(head) if head else -1  # an empty head is found anywhere: no head, the group stays whole
    return group[:at] + rest if at >= 0 else group + rest


def qualified(indicator: str, previous: str, before: str) -> str | None:
    """A tier or area of a standard written as the standard with the tier in brackets.

    >>> qualified("各区城市低保标准", "", "")
    '城市低保标准(各区)'
    >>> qualified("农村五保标准集中供养", "", "")
    '农村五保集中供养标准'
    >>> qualified("城市低保对象多人户低保标准", "", ""), qualified("城乡特困人员全护理照料护理标准", "", "")
    ('城市低保标准(多人户)', '城乡特困人员照料护理标准(全护理)')
    >>> qualified("低保对象多人户低保标准", "", "")  # the group opens with the standard's head
    '低保标准(多人户)'
    >>> qualified("城乡特困人员集中供养标准", "", "") is None  # a care mode names a standard of its own
    True
    >>> qualified("决定将我县城市居民最低生活保障标准", "", "") is None  # 县城 across two words: no tier
    True
    >>> qualified("半护理", "城乡特困人员照料护理标准(全护理)", "")
    '城乡特困人员照料护理标准(半护理)'
    >>> qualified("两县其他乡镇", "", "我市各区城市低保标准由每人每月380元提高到420元;")
    '城市低保标准(两县其他乡镇)'
    >>> qualified("养老床位", "", "") is None
    True
    >>> qualified("80至89周岁的老年人", "", "高龄津贴发放标准为：")
    '高龄津贴发放标准(80至89周岁老年人)'
    >>> qualified("社会散居孤儿", "孤儿基本生活费(集中养育孤儿)", "")
    '孤儿基本生活费(社会散居孤儿)'
    >>> qualified("社会散居孤儿", "", "今年共有") is None
    True
    >>> qualified("自理标准", "", "城乡特困人员照料护理标准分三档,")
    '城乡特困人员照料护理自理标准'
    """
    qualifier = _qualifier_re()
    match = qualifier.match(indicator)
    if match and indicator.endswith("标准") and len(indicator) - match.end() >= 4:
        return f"{indicator[match.end():]}({match.group()})"
    middle = next((m for m in qualifier.finditer(indicator) if 2 <= m.start() and len(indicator) - m.end() >= 4), None) \
        if indicator.endswith("标准") else None  # only a standard has tiers
    if middle and not _CARE_MODE_TIER_RE.fullmatch(middle.group()) \
            and not _BRACKETED_RE.search(indicator) and _TIERED_GROUP_END_RE.search(indicator, 0, middle.start()):
        # 城市低保对象多人户低保标准 (430元), 城乡特困人员全护理照料护理标准: the tier between the group and its
        # standard, bracketed after the standard as when it opens the phrase (城市低保标准(多人户))
        return f"{_standard_of(indicator[:middle.start()], indicator[middle.end():])}({middle.group()})"
    match = qualifier.search(indicator)
    if match and match.end() == len(indicator) and indicator[:match.start()].endswith("标准") and match.start() >= 4:
        return f"{indicator[:match.start() - 2]}{match.group()}标准"
    match = qualifier.match(indicator)
    group = _GROUP_TIER_RE.fullmatch(indicator) if len(indicator) >= 2 else None
    if group and not match:
        # 80至89周岁的老年人 (每人每月50元), 集中养育孤儿 (1800元): a group's rate of the standard named before.
        tier = re.sub(r"的", "", indicator)
        parent = re.sub(r"\([^)]*\)$", "", previous) if previous.endswith(")") else ""
        if not parent:
            labels = [m.group(1) for m in _RATE_LABEL_RE.finditer(before[-_RATE_LABEL_WINDOW:])]
            parent = re.sub(r"^(?:我市|我省|全市|全省|本市)", "", labels[-1]) if labels else ""
        return f"{parent}({tier})" if len(parent) >= 4 else None
    if not match or len(indicator) > match.end() + 6:
        return None
    tier = re.sub(r"标准$", "", indicator)
    parent = re.sub(r"\([^)]*\)$", "", previous) if previous.endswith(")") else ""
    if not parent:
        standards = [m.group(1) for m in _STANDARD_BEFORE_RE.finditer(before)]
        standards = [s for s in standards if not _is_tier_only(s)]  # 自理标准 names a tier, not the standard
        standards = [re.sub(r"^(?:我市|我省|全市|全省|本市)", "", s) for s in standards]
        standards = [qualified(s, "", "") or s for s in standards]
        parent = re.sub(r"\([^)]*\)$", "", standards[-1]) if standards else ""
    if len(parent) >= 4 and indicator.endswith("标准") and parent.endswith("标准"):
        # 照料护理标准分三档，自理标准由191元提高到210元: the tier is written as a standard of its own
        return f"{parent[:-2]}{tier}标准"
    return f"{parent}({tier})" if len(parent) >= 4 else None


_REACHES_SHARE_RE = re.compile(
    # (按月跌幅, 按年升幅: 按 a period is how a change is counted, not a base)
    r"^(?P<part>.{2,}?)(?:达到|相当于|占到?|(?:分别)?(?:不低于|不高于|不超过|按照?(?![月年季日周])(?:每人每[月年次日天]|每户每[月年次])?(?:不低于|不高于|不超过)?)|分别为)(?:当地|本地)?(?P<whole>.{2,}?)的?$"
)


def reaches_share(phrase: str) -> str:
    """A percentage of something else: 城市低保标准达到上年度城市居民人均消费支出 (25.7%)
    is 城市低保标准占上年度城市居民人均消费支出比例.

    >>> reaches_share("城市低保标准达到上年度城市居民人均消费支出")
    '城市低保标准占上年度城市居民人均消费支出比例'
    >>> reaches_share("护理型床位占比")
    '护理型床位占比'
    >>> reaches_share("全护理照料护理标准分别不低于当地上年度最低月工资标准")
    '全护理照料护理标准占上年度最低月工资标准比例'
    >>> reaches_share("全自理特困人员照料护理标准按照不低于当地最低工资标准")  # a regulation's 按照不低于…的10%
    '全自理特困人员照料护理标准占最低工资标准比例'
    >>> reaches_share("重度残疾人按照每人每月不低于当地低保标准")
    '重度残疾人占低保标准比例'
    >>> reaches_share("养老机构入住率")
    '养老机构入住率'
    >>> reaches_share("低收入类别个案的按月跌幅")  # a monthly fall, no share
    '低收入类别个案的按月跌幅'
    """
    match = _REACHES_SHARE_RE.match(phrase)
    if not match or match.group("whole").endswith(("比", "率", "比例", "比重", "增幅", "降幅")):
        return phrase
    return f"{match.group('part')}占{match.group('whole')}比例"


_LIST_VERB_RE = re.compile(r"(?:主动)?(?:公开|公示|发放|救助|建成|新建|办理|登记|培训|慰问|资助|表彰|改造|销售)")


def list_verb(head_phrase: str) -> str | None:
    """The verb that opens a list of counted items (主动公开建议提案信息11条、人事信息10条 …).

    >>> list_verb("通过市民政局政务网站主动公开建议提案信息")
    '主动公开'
    >>> list_verb("人事信息") is None
    True
    """
    matches = list(_LIST_VERB_RE.finditer(head_phrase))
    return matches[-1].group() if matches and matches[-1].end() < len(head_phrase) else None


_RATE_OBJECT_RE = re.compile(r"^(?P<what>.{2,}?(?:津贴|补贴|补助|补助金|救助金|生活费|护理费|慰问金|供养金))(?:发放|给予)?(?:额|数)$")


def per_person_rate(indicator: str, unit: str) -> str:
    """A per-person, per-period amount paid (每人每月发放高龄津贴100元) is the allowance's standard,
    not an amount paid out.

    >>> per_person_rate("高龄津贴发放额", "元/月"), per_person_rate("高龄津贴发放额", "万元")
    ('高龄津贴标准', '高龄津贴发放额')
    >>> per_person_rate("80周岁以上老人每人每月发放高龄津贴额", "元/月")
    '高龄津贴标准'
    """
    match = _RATE_OBJECT_RE.match(indicator)
    if not match or not unit.startswith("元/"):
        return indicator
    what = match.group("what")
    paid = re.split(r"发放|给予|享受", what)[-1]  # 80周岁以上老人每人每月发放高龄津贴: the allowance
    return (paid if len(paid) >= 2 else what) + "标准"


_SCOPE_END_RE = re.compile(r"(?:城市|农村|城乡)$")


def scoped_change(indicator: str, before: str, after: str) -> str | None:
    """城市4.5%，农村7.5%的增幅 after 提高城乡低保标准: the 城市 and the 农村 rise of that standard.

    >>> scoped_change("达到省平均标准城市", "提高城乡低保标准,达到省平均标准城市", ",农村7.5%的增幅")
    '城市低保标准增幅'
    >>> scoped_change("城市", "", "的增幅") is None
    True
    """
    scope = _SCOPE_END_RE.search(indicator)
    change = re.match(r"^[^。；;]{0,12}?的?(增幅|增长率|涨幅|降幅)", after)
    if not scope or not change:
        return None
    standards = [m.group(1) for m in _STANDARD_BEFORE_RE.finditer(before[:len(before) - len(indicator)] + "，")]
    # 达到省平均标准 names the benchmark, not the standard that rose
    standards = [re.sub(r"^(?:提高|提升|调整|落实)", "", s) for s in standards
                 if not _is_tier_only(s) and not re.match(r"^(?:达到|高于|低于|超过|不低于|按)", s)]
    if not standards:
        return None
    base = re.sub(r"^(?:城乡|城市|农村)", "", standards[-1])
    return scope.group() + base + ("增幅" if change.group(1) in ("增幅", "增长率", "涨幅") else "降幅") if len(base) >= 2 else None


_SUBJECT_KINDS = ("group", "body", "matter")


@lru_cache(maxsize=1)
def _subjects() -> dict[str, tuple[str, str]]:
    """Written form → (canonical subject, kind) (``loaders/data/indicator_subjects.tsv``)."""
    from loaders.lexicons import read_lexicon

    subjects = {}
    for row in read_lexicon("indicator_subjects.tsv"):
        row += ["", ""]
        if row[2] not in _SUBJECT_KINDS:
            raise ValueError(f"indicator_subjects.tsv: {row[0]}: kind must be one of {', '.join(_SUBJECT_KINDS)}")
        subjects[row[0]] = (row[1] or row[0], row[2])
    return subjects


@lru_cache(maxsize=1)
def _subject_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_subjects(), key=len, reverse=True))))


def subjects_in(text: str) -> list[tuple[int, str, str]]:
    """``(end, canonical subject, kind)`` of each subject of the lexicon written in ``text``, in order.

    >>> subjects_in("全区农村特困供养人员4040人，已入住敬老院210人")
    [(10, '特困人员', 'group'), (22, '敬老院', 'body')]
    """
    return [(m.end(), *_subjects()[m.group()]) for m in _subject_re().finditer(text)]


# An indicator that is only a measure, with no subject in front: 答复率, 集中供养率, 行政处罚,
# 标准之比缩小. Longer phrases name something of their own.
_SUBJECTLESS_MAX = 6
# What may follow the opener: the measure itself (率, 数, 之比缩小), not a thing (行政处罚信息).
_MEASURE_REST = r"(?:及时)?(?:率|数|人数|户数|次数|度|之比.{0,2})?$"
# When, not what: 调整后标准之比, 提标后覆盖率 (the filler is dropped with the subject added).
_AFTER_CHANGE = r"^(?:(?:调整|提标|提高|改革|整合)后)?"


@lru_cache(maxsize=1)
def _bare_measures() -> tuple[re.Pattern[str], dict[str, str]]:
    """Openers of a measure named without its subject and the kind of subject each takes
    (``loaders/data/indicator_bare_measures.txt``)."""
    from loaders.lexicons import read_lexicon

    kinds = {row[0]: (row[1] if len(row) > 1 else "") for row in read_lexicon("indicator_bare_measures.txt")}
    words = sorted(kinds, key=len, reverse=True)
    return re.compile(_AFTER_CHANGE + "(?P<measure>(?P<opener>" + "|".join(map(re.escape, words)) + ")" + _MEASURE_REST + ")"), kinds


def with_subject(indicator: str, subjects: dict[str, str]) -> str | None:
    """The indicator named with the subject written before it, when it has none of its own.

    ``subjects`` holds the last subject written of each kind (group, body, matter) and, under
    ``""``, the last of any kind.

    >>> with_subject("集中供养率", {"": "敬老院", "body": "敬老院", "group": "特困人员"})
    '特困人员集中供养率'
    >>> with_subject("标准之比缩小", {"": "城乡低保", "group": "城乡低保"})
    '城乡低保标准之比缩小'
    >>> with_subject("调整后标准之比", {"": "城乡低保", "group": "城乡低保"})
    '城乡低保标准之比'
    >>> with_subject("农村低保标准", {"": "特困人员"}) is None
    True
    >>> with_subject("养老服务中心建成数", {"": "敬老院"}) is None
    True
    >>> with_subject("养老床位", {"": "敬老院"}) is None  # a thing of its own, not a bare measure
    True
    >>> with_subject("行政处罚信息", {"": "社会组织"}) is None
    True
    >>> with_subject("入住率", {"": "养老机构", "body": "养老机构"}) is None  # no group named
    True
    >>> with_subject("答复率", {}) is None
    True
    """
    if not subjects or _subject_re().search(indicator):
        return None
    pattern, kinds = _bare_measures()
    measure = pattern.match(indicator)
    if not measure or len(measure.group("measure")) > _SUBJECTLESS_MAX:
        return None
    subject = subjects.get(kinds[measure.group("opener")])
    return subject + measure.group("measure") if subject else None


# A grade written alone (三、四级为185元) after a rate of another grade (一、二级困难残疾人生活补贴).
# The tier word may be 级 (残疾等级), 类 (分类施保: 一类低保) or 档 (一档、二档补贴); the same word on both sides.
_GRADE_RE = re.compile(r"^(?:[一二三四五六七八九十]+|[0-9]+)(?:[、和至到](?:[一二三四五六七八九十]+|[0-9]+))*(?P<tier>[级类档])(?:标准)?")


_TRAILING_GRADE_RE = re.compile(r"(?:[一二三四五六七八九十]+|[0-9]+)(?:[、和至到](?:[一二三四五六七八九十]+|[0-9]+))*(?P<tier>[级类档])(?:标准)?$")


def parallel_grade(indicator: str, previous: str) -> str | None:
    """A bare grade takes the rest of the previous target's name, whose grade it replaces.

    >>> parallel_grade("三、四级", "一、二级困难残疾人生活补贴")
    '三、四级困难残疾人生活补贴'
    >>> parallel_grade("二级", "一级重度残疾人护理补贴标准")
    '二级重度残疾人护理补贴标准'
    >>> parallel_grade("三、四级", "城市低保标准") is None
    True
    >>> parallel_grade("三级医院数", "一级医院数") is None
    True
    >>> parallel_grade("二类", "一类低保对象补助标准"), parallel_grade("三档", "一档高龄津贴")
    ('二类低保对象补助标准', '三档高龄津贴')
    >>> parallel_grade("二类", "一级重度残疾人护理补贴") is None  # another tier word, another scale
    True
    >>> parallel_grade("二级", "重度残疾人护理补贴一级")
    '重度残疾人护理补贴二级'

    """
    grade = _GRADE_RE.match(indicator)
    if not grade or grade.end() != len(indicator):
        return None
    trailing = _TRAILING_GRADE_RE.search(previous)
    if trailing and trailing.group("tier") == grade.group("tier") and trailing.start() >= 2:
        # 重度残疾人护理补贴一级…、二级…: the grade written after the name
        return previous[:trailing.start()] + re.sub(r"标准$", "", indicator)
    other = _GRADE_RE.match(previous)
    if other and other.group("tier") != grade.group("tier"):
        return None
    rest = previous[other.end():] if other else ""
    if len(rest) < 2:
        return None
    return re.sub(r"标准$", "", indicator) + rest


# Words inside a name that say when or whether, not what (the guide: no verbs, no adverbs).
_FROM_DATE_RE = re.compile(
    r"(?:自|从|由)?(?:[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,2}日)?|下月[0-9一二三四五六七八九十]{1,2}日|同日|即日|当日|次月|下月)起"
)
# A modal after a measure noun, before the change the name ends with (津贴会上调 → 津贴增幅); 基金会 is a foundation.
_MODAL_RE = re.compile(r"(?<=[额准贴金费出数助限])(?<!基金)(?:(?:亦|也|还)(?:将会|会|将)?|将会|会|将)(?=增幅|降幅|$)")
# 的 after a noun that ends a group, body or benefit (社会福利的开支, 特困人员的护理标准), or after a
# kind in 型 (互助型的养老设施, 护理型的床位); a 的 after a verb phrase (提供住宿的机构) is part of the name.
_NOUN_DE_RE = re.compile(r"(?<=[员象利贴构金助户者童人券型])的(?=[\u4e00-\u9fff])")
# ... unless a verb stands before it: 享受高龄补贴的老年人, 首次纳入临时救助的困难群众 say who receives it.
_VERB_BEFORE_RE = re.compile(r"享受|领取|获得|提供|参加|符合|接受|入住|纳入|享有|给予|发放")


def tidy_name(name: str) -> str:
    """A name without the dates, modals and linking 的 a clause put into it.

    >>> tidy_name("多项社会援助津贴金额二月起增幅"), tidy_name("综援及津贴下月一日起增幅")
    ('多项社会援助津贴金额增幅', '综援及津贴增幅')
    >>> tidy_name("长者生活津贴会"), tidy_name("租金津贴的最高金额会增幅"), tidy_name("医疗券的累积上限亦会")
    ('长者生活津贴', '租金津贴最高金额增幅', '医疗券累积上限')
    >>> tidy_name("社会福利的开支预算"), tidy_name("提供住宿的社会服务机构床位数")
    ('社会福利开支预算', '提供住宿的社会服务机构床位数')
    >>> tidy_name("享受高龄补贴的老年人数"), tidy_name("首次纳入临时救助的困难群众数")
    ('享受高龄补贴的老年人数', '首次纳入临时救助的困难群众数')
    >>> tidy_name("注册登记提供住宿的各类民政服务机构"), tidy_name("各类养老机构")  # 各类 opening a name stays
    ('注册登记提供住宿的民政服务机构', '各类养老机构')
    >>> tidy_name("互助型的养老设施"), tidy_name("类型的")  # a kind in 型; a 的 ending the name stays
    ('互助型养老设施', '类型的')
    >>> tidy_name("慈善总会"), tidy_name("起付线"), tidy_name("村民委员会"), tidy_name("基金会")
    ('慈善总会', '起付线', '村民委员会', '基金会')
    """
    tidied = _MODAL_RE.sub("", _FROM_DATE_RE.sub("", name))
    tidied = tidied.replace("的各类", "的")  # 提供住宿的各类民政服务机构: the quantifier inside a name says nothing
    tidied = _NOUN_DE_RE.sub(lambda m: m.group() if _VERB_BEFORE_RE.search(tidied, 0, m.start()) else "", tidied)
    return tidied if len(tidied) >= 2 else name


# A count of what a benefit reached, named only by its verb (救助4512人次, 惠及1.46万人次).
_BARE_REACH_RE = re.compile(r"^(?:累计|共|共计|全年|合计)?(?P<verb>救助|保障|惠及|资助|帮扶|慰问|覆盖|受益|受惠)$")
# What names a benefit's money, not the benefit (临时救助金发放额 → 临时救助).
_MONEY_TAIL_RE = re.compile(r"(?:发放额|发放金额|支出额|支出|金额|资金|救助金|保障金|补贴金|金|额)$")


def reached_by(phrase: str, previous: str, previous_unit: str, unit: str) -> str | None:
    """A count named only by its verb, after the money of a benefit: the people the benefit reached.

    >>> reached_by("救助", "临时救助金发放额", "万元", "人次"), reached_by("惠及", "高龄津贴发放额", "万元", "万人次")
    ('临时救助人次', '高龄津贴惠及人次')
    >>> reached_by("累计保障", "困难残疾人生活补贴", "万元", "万人次")
    '困难残疾人生活补贴保障人次'
    >>> reached_by("救助", "养老机构", "个", "人次") is None  # bodies counted are no benefit paid
    True
    >>> reached_by("新建", "临时救助金发放额", "万元", "个") is None
    True
    """
    match = _BARE_REACH_RE.match(phrase)
    if not match or not previous_unit.endswith("元") or not _COUNT_OF_PEOPLE_RE.match(unit.replace("人次", "人")):
        return None
    core = _MONEY_TAIL_RE.sub("", _MONEY_TAIL_RE.sub("", previous))
    if len(core) < 2:
        return None
    verb = match.group("verb")
    measure = _measure_word(unit, verb)
    return core + measure if core.endswith(verb) else core + verb + measure


@lru_cache(maxsize=1)
def _example_heads() -> tuple[str, ...]:
    """The words of ``loaders/data/indicator_example_heads.txt``: heads after 等 that name nothing alone."""
    from loaders.lexicons import read_lexicon

    return tuple(row[0] for row in read_lexicon("indicator_example_heads.txt"))


# The 等 that closes a list of examples, with a 系列 or 各类 after it (…等系列关爱活动); not 等次, 等级, 一等, 同等,
# 对等 or 平等, where 等 is a grade or a likeness inside a word.
_EXAMPLES_END_RE = re.compile(r"(?<![一二三四五六七八九十高同平对均相])等(?![次级第同于额])(?:系列|各类|多项)?")
# What shows the words before 等 are a list: items joined inside the name (or quoted items in the text).
_LISTED_RE = re.compile(r"[、和及与]")


def without_examples(name: str, clause: str = "") -> str:
    """A name that lists examples before 等 named by the head after it, as both annotations write such counts
    (the examples say which ones, the head says what is counted): a list joined by 、, 和, 及 or 与 inside the
    name, or quoted items before 等 in the ``clause`` (the text around the number) the name was cut from.

    >>> without_examples("农村老饭桌、老年人日间照料中心等养老服务体系建设项目")
    '养老服务体系建设项目'
    >>> without_examples("暖心陪伴快乐成长等系列关爱活动场次", "开展“暖心陪伴”“快乐成长”等系列关爱活动120场次")
    '关爱活动场次'

    One example (no list, or a quoted example of another 等 nearby), a grade (优秀等次), a head that names nothing
    alone (对象, 方式, or a measure alone: 发放金额, 救助支出), or a head of fewer than four characters keeps the name
    whole:

    >>> without_examples("最低生活保障等社会救助标准增幅", "开展“敬老月”等活动，全年最低生活保障等社会救助标准增幅达到8%")
    '最低生活保障等社会救助标准增幅'
    >>> without_examples("高龄津贴、护理补贴等发放金额"), without_examples("城乡低保、特困人员救助供养等救助支出")
    ('高龄津贴、护理补贴等发放金额', '城乡低保、特困人员救助供养等救助支出')

    >>> without_examples("最低生活保障等社会救助标准增幅"), without_examples("综合评估优秀等次连续年数")
    ('最低生活保障等社会救助标准增幅', '综合评估优秀等次连续年数')
    >>> without_examples("低保、特困等对象人数"), without_examples("图书、衣物等物资")
    ('低保、特困等对象人数', '图书、衣物等物资')
    """
    last = None
    for last in _EXAMPLES_END_RE.finditer(name):
        pass
    if last is None or last.start() < 2:
        return name
    head = name[last.end():]
    if len(head) < 4 or head.startswith(_example_heads()):
        return name
    if not _LISTED_RE.search(name, 0, last.start()) and not _quoted_before(name[last.start():last.end() + 2], clause):
        return name
    return head


def _quoted_before(own: str, clause: str) -> bool:
    """Whether the name's own 等 (``own``: 等 and what follows it in the name) stands right after a closing quote
    in ``clause``; another quote's 等 nearby (开展“敬老月”等活动，…最低生活保障等社会救助…) is no list of this name's.

    >>> _quoted_before("等系列", "开展“暖心陪伴”“快乐成长”等系列关爱活动"), _quoted_before("等社会", "“敬老月”等活动，低保等社会救助")
    (True, False)
    """
    return any(clause[max(0, m.start() - 2):m.start()].rstrip().endswith(("”", "」", "』", '"'))
               for m in re.finditer(re.escape(own), clause))


@lru_cache(maxsize=1)
def _place_bodies() -> tuple[str, ...]:
    """The words of ``loaders/data/indicator_place_bodies.txt``: what after a place makes it a body's name."""
    from loaders.lexicons import read_lexicon

    return tuple(row[0] for row in read_lexicon("indicator_place_bodies.txt"))


def without_own_place(name: str, place: str | None) -> str:
    """A name without the page's own ``place`` (or 全 and it) opening it: like 全市, the page's place says where
    the count was made, not what was counted (西宁市幸福食堂累计供餐 on a 西宁市 page is 幸福食堂累计供餐).

    >>> without_own_place("西宁市幸福食堂累计供餐", "西宁市"), without_own_place("全梅州市殡葬服务费免除", "梅州市")
    ('幸福食堂累计供餐', '殡葬服务费免除')

    Another place (a breakdown's), the place of a body (西宁市民政局), a place that goes on into a word (西宁市区,
    西宁市级, 武义县域), or a name that would keep fewer than four characters stays as it is:

    >>> without_own_place("西宁市区公办养老机构床位", "西宁市"), without_own_place("武义县域内养老床位", "武义县")
    ('西宁市区公办养老机构床位', '武义县域内养老床位')

    >>> without_own_place("海东市幸福食堂累计供餐", "西宁市"), without_own_place("西宁市政协代表团人数", "西宁市")
    ('海东市幸福食堂累计供餐', '西宁市政协代表团人数')
    >>> without_own_place("西宁市低保", "西宁市"), without_own_place("幸福食堂", None)
    ('西宁市低保', '幸福食堂')
    """
    if not place or len(place) < 2:
        return name
    opening = next((f for f in ("全" + place, place) if name.startswith(f)), None)
    if opening is None:
        return name
    rest = name[len(opening):]
    if len(rest) < 4 or rest.startswith(_place_bodies()) or rest.startswith(_PLACE_WORD_GOES_ON):
        return name
    return rest


# What, right after a place's name, makes one word with its last character (西宁市区, 西宁市级, 西宁市本级, 武义县域,
# 市直, 市辖, 市属): cutting the place there would cut that word in two (区公办养老机构床位).
_PLACE_WORD_GOES_ON = ("区", "级", "本级", "域", "直", "辖", "属")
