"""Targets: quantitative statements about a civil-affairs indicator.

A target is a number with a unit (740元/月, 20.2万张, 64%, 连续7年), the
indicator it measures (城市最低生活保障标准), whether it is a goal or a
reported figure, and, when the text says so, its scope (城市/农村/城乡…), its
year and the value it rose from (由685元提高到740元 → value 740, from 685).

What is *not* a target: dates and years (2021年, 4月1日), ordinals (第六届,
第1位), document numbers (〔2020〕12号), counts inside names (三社联动, 12349热线,
15分钟生活圈), numbers inside cited titles 《…》 or quoted names “…”, and ages
(60周岁).

The unit is kept as written with 万/亿 in it (3.97亿元 → value 3.97, unit
亿元). A per-person-per-period phrase before a bare 元 becomes part of the unit:
每人每月1010元 → 元/月. A percentage in words (百分之六十) is 60 %.

>>> from loaders.types import DocumentInfo, Sentence
>>> s = Sentence(0, "城市最低生活保障标准由每人685元/月提高到740元/月。", 0, 28)
>>> [t.properties for t in extract_targets([s], DocumentInfo("x", year=2020))][0]["from_value"]
685.0
"""
from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from loaders.indicators import (PEOPLE_COUNT_UNIT_RE, reached_level, acting_units, ends_with_people, is_aid_deed, served_and_deed, lone_verb, event_count_name, act_of_group, action_first, ends_with_deed, lone_act, object_first, running_total, ends_with_verb, measure_word, noun_count, verb_name, verb_re, per_person_rate, list_verb, scoped_change, carry_subject, change_name, count_change, multiple_name, qualified,
                                reaches_share, subjects_in, with_subject, parallel_grade, tidy_name, reached_by,
                                share_name, split_coordinated, years_run_name)
from loaders.indicators import without_examples, without_own_place
from loaders.lexicons import read_lexicon
from loaders.numbers import ARABIC_NUMBER, COMPOUND_NUMBER, NUMBER_PATTERN, parse_compound, parse_number
from loaders.policies import policy_spans
from loaders.table_columns import (TableColumns, cell_stream_rows, column_of, scoped_by_section, spaced_year_rows,
                                   sub_row_label, year_stream_rows)
from loaders.types import DocumentInfo, Mention, Sentence

LABEL = "Target"
_DATA = Path(__file__).resolve().parent / "data"

_MAGNITUDE = r"(?:万亿|亿|万|千)"
# Longest first inside each alternation: 人次 before 人, 个百分点 before 个.
# Time limits (压缩到15个工作日) and multiples (低保标准的1.3倍) are indicators too;
# 宗 (cases) and 港元/澳门元 are how Hong Kong and Macao texts count and pay.
# A standard per person and period is kept as written, whichever comes first: 元/人·月,
# 元/年/人, 元/月·人, 元/月、人 (regulations and county notices write all of them; 元/月、人均… is a
# list going on, not a unit).
# A fee priced per item (遗体火化费240元/具, 每公里3元): the items of loaders/data/money_rate_items.txt.
_RATE_ITEMS = "|".join(re.escape(row[0]) + ("(?!月)" if row[0] == "个" else "")
                       for row in sorted(read_lexicon("money_rate_items.txt"), key=lambda row: -len(row[0])))
_MONEY_UNIT = (r"元(?:/(?:人[·・./]?月|人[·・./]?年|人、月|人[·・./]?[日天]|人次|[月年日天]\s?[·・/]\s?人(?![0-9０-９次数员])"
               r"|[月年]、人(?![0-9０-９次数员均口])"
               rf"|人|月|年|户|次|[日天]|{_RATE_ITEMS}))?")


def _measure_word_pattern(rows: list[list[str]]) -> str:
    """The alternation of the measure words of loaders/data/measure_words.txt, longest first (人次
    before 人), each with the characters that may not follow it; 人(次) as HK texts write it too.

    >>> _measure_word_pattern([["人"], ["人次"], ["本", "地年"]])
    '人[（(]次[)）]|人次|人|本(?![地年])'
    """
    words = sorted(rows, key=lambda row: -len(row[0]))
    parts = [re.escape(row[0]) + (f"(?![{re.escape(row[1])}])" if len(row) > 1 and row[1] else "") for row in words]
    return "|".join([r"人[（(]次[)）]"] + parts)


_COUNT_UNIT = _measure_word_pattern(read_lexicon("measure_words.txt"))
_PEOPLE_NOUNS = r"(?:困难群众|群众|老年人|老人|人口(?!老)|儿童|孤儿|人员|对象|居民|残疾人|志愿者|村民)"

# One candidate: number, optional 多/余, optional magnitude, then a unit.
# Units that make no sense bare after a magnitude (万个 is fine, 万% is not)
# are filtered in code.
_TARGET_RE = re.compile(
    rf"(?P<num>{NUMBER_PATTERN})\s*(?P<approx>[多余])?\s*"
    rf"(?:(?P<ratio>[:：]\s*1)(?![0-9])"
    rf"|(?P<pct>[%％‰])"
    rf"|(?P<mag>{_MAGNITUDE})?\s*(?P<approx2>[多余])?\s*(?P<unit>{_MONEY_UNIT}|{_COUNT_UNIT})"
    rf"|(?P<mag_people>万|亿)(?P<approx3>多|余)?(?=[^，。；,;、]{{0,10}}?{_PEOPLE_NOUNS})"
    rf"|(?P<mag_place>万)(?=村|社区|乡镇|街道|家庭)"
    rf"|(?P<mag_bare>万)(?=\s*(?:[。，；,;、]|$)))"
)
# 28亿7,300万元 and 38亿4千万元: one amount in 亿 (the 万 part may be written with 千/百); 1亿7,000多万元 too.
_MIXED_RE = re.compile(rf"(?P<big>{ARABIC_NUMBER})\s*亿\s*(?P<small>{ARABIC_NUMBER}(?:\s*千(?:\s*[0-9]\s*百)?)?)\s*(?:[多余]\s*)?万\s*"
                       r"(?P<unit>元|人次|人|户|张|个)?")
# 8万3千人, 1亿3567万8000元, 9千元: digits with magnitude characters between them (numbers.parse_compound).
_COMPOUND_RE = re.compile(rf"(?P<num>{COMPOUND_NUMBER})\s*(?P<approx>[多余])?\s*(?P<unit>{_MONEY_UNIT}|{_COUNT_UNIT})")
_COMPOUND_MARK_RE = re.compile(r"[0-9]\s?[千百]|[万亿]\s?[0-9]")
_RANGE_MARK_RE = re.compile(r"[0-9０-９]\s*(?:万元|亿元|元)?\s*(?:-|—|–|~|～|至|到)\s*[0-9０-９]")
_RANGE_RE = re.compile(
    rf"(?P<low>{ARABIC_NUMBER})\s*(?:(?P<low_unit>万元|亿元|元)\s*)?(?:-|—|–|~|～|至|到)\s*(?P<high>{ARABIC_NUMBER})\s*(?P<mag>万|亿)?\s*"
    rf"(?P<unit>{_MONEY_UNIT}|[%％]|张|人次|人|户|个(?!月)|家|所|处|倍)"
)
_MONTHS_OF_STANDARD_RE = re.compile(
    rf"(?:[月年](?=低保|最低))?(?P<base>(?:城市|农村|城乡)?(?:低保|最低生活保障|特困人员基本生活|特困人员供养)标准)的?\s*"
    rf"(?:(?P<low>{ARABIC_NUMBER}|[一二两三四五六七八九十]{{1,2}})\s*(?:至|到|-|—|–|~|～)\s*)?"  # 2至6个月: a range of months
    rf"(?P<num>{ARABIC_NUMBER}|[一二两三四五六七八九十]{{1,2}})\s*个月"
    # or the months first after a cap: 最高不超过当地6个月城市低保标准 (按照3至6个月的低保标准确定 is how an
    # amount is worked out, not a standard set)
    # (or a floor: 不低于本市2个月(含2个月)最低生活保障标准, a regulation's lower bound)
    rf"|(?P<bound>不超过|不高于|最高|最多|不低于|不少于)(?:为|可达)?(?:当地|本市|本地|本县|本区|全市)?\s*(?:(?P<low2>{ARABIC_NUMBER}|[一二两三四五六七八九十]{{1,2}})\s*(?:至|到|-|—|–|~|～)\s*)?"
    rf"(?P<num2>{ARABIC_NUMBER}|[一二两三四五六七八九十]{{1,2}})\s*个月(?:\s*[（(]含[^）)]{{1,6}}[)）])?(?:的)?(?:当地)?"
    rf"(?P<base2>(?:城市|农村|城乡)?(?:低保|最低生活保障|特困人员基本生活|特困人员供养)标准)"
)
# 相当于N个月的X: an amount counted in months of a standard, allowance or wage (the X names it).
_MONTHS_EQUIVALENT_RE = re.compile(
    rf"相当于(?:当地)?\s*(?P<num>{ARABIC_NUMBER}|[一二两三四五六七八九十]{{1,2}})\s*(?P<months>个月)的?(?:当地)?"
    r"(?P<base>[^，。；,;、\s]{0,16}?(?:标准金额|标准|津贴|补贴|低保金|救助金|工资|养老金))"
)
# 一次性临时救助金额一般不超过当地低保标准的6个月: the cap and the place are not the subject's name
_MONTHS_CAP_RE = re.compile(r"(?:一般|原则上|最高)?(?:不超过|不低于|不高于|不少于|最高为|按照|按|为|以)?(?:当地|本地|本市|本县|本区|全市)?(?:上年度)?$")
_COUNT_UNIT_CELL = r"(?:万|亿)?(?:个|家|所|处|张|人次|户次|人|户|名|对|元|座|条|件|宗|具|本)"
# A row's unit may be a rate or a standard per person and period (张/千人, 元/人·月), and a
# breakdown row may open with 其中： (其中：救灾支出 亿元 121.3), a row of a monthly report with its
# period (1-12月社会服务费实际支出 亿元 3655.9).
_PER_CELL = r"(?:/[\u4e00-\u9fff·・.、]{1,4})?"
_TABLE_ROW_RE = re.compile(
    rf"^(?:其中\s*[:：]\s*)?(?:[0-9]{{1,2}}\s*[-—~～至]\s*[0-9]{{1,2}}\s*月(?:份)?)?(?P<label>[^\d\s，。；,;:：]{{1,20}}?)\s*(?:[（(](?P<unit1>{_COUNT_UNIT_CELL}{_PER_CELL})[)）])?\s+"
    rf"(?:(?P<unit2>{_COUNT_UNIT_CELL}{_PER_CELL})\s+)?(?P<num>{ARABIC_NUMBER})$"
)
_COUNTED_PLACES = ("镇", "乡", "街道", "村", "社区", "村委会", "居委会", "县", "区", "市")
# 连续7年 / 连续 3 年: the only way a bare 年 is a quantity rather than a date.
_YEARS_RUN_RE = re.compile(rf"连续\s*(?P<num>{NUMBER_PATTERN}|[一二两三四五六七八九])\s*年(?![底末初度])")
_ANY_NUMBER_RE = re.compile(NUMBER_PATTERN)
# 百分之六十 / 百分之九十五点五: a percentage written out in words.
_PERCENT_WORDS_RE = re.compile(rf"百分之(?P<num>{NUMBER_PATTERN}|[一二两三四五六七八九])")
_SINGLE_DIGITS = "一二三四五六七八九"
# 占总开支接近四成, 增加近两成, 开支增幅更超过八成, 超过一成的雇员: a share in tenths (Hong Kong, Macau and Taiwan
# texts write it so), after a word that gives a share, a change or a bound, as both blind38 annotators record it (40 %).
# 增长了两成, 超三成, 降低三成 too; 九成五 is 95 %; 超过九成为独居老人 and 近四成年轻人 are shares (成为, 成年 are not).
_TENTHS_RE = re.compile(r"(?:占[^，。；,;0-9]{0,8}?|达|达到|近|接近|超过|超|逾|约|增加|增长|增幅|下降|减少|降低|提高|上升)"
                        r"\s*了?\s*(?P<num>[一二两三四五六七八九]|[1-9])成"
                        r"(?P<half>[一二三四五六七八九](?![保年个项人户成万千百十]))?(?![立员本果就效功绩熟长型品]|年(?!轻))")


def _tenths(match: re.Match) -> float:
    """The percentage a share in tenths stands for (九成五 is 95).

    >>> [_tenths(_TENTHS_RE.search(t)) for t in ("接近四成", "增加近两成", "达8成", "近九成五")]
    [40.0, 20.0, 80.0, 95.0]
    """
    half = match.group("half")
    return (_count_value(match.group("num")) or 0.0) * 10 + (_count_value(half) or 0.0 if half else 0.0)


def _ten_thousands(part: str) -> float | None:
    """The 万 part of a mixed amount, as a number of 万 (4千 is 4000, 4千3百 is 4300).

    >>> _ten_thousands("7,300"), _ten_thousands("4千"), _ten_thousands("4千3百")
    (7300.0, 4000.0, 4300.0)
    """
    if "千" not in part:
        return parse_number(part)
    thousands, _, hundreds = part.partition("千")
    high = parse_number(thousands.strip())
    low = parse_number(hundreds.replace("百", "").strip()) if hundreds.strip() else 0.0
    return None if high is None or low is None else high * 1000 + low * 100


def _magnitude_in_words(numeral: str, value: float) -> tuple[float, str]:
    """A Chinese numeral that holds 亿 or 万 keeps that magnitude in the unit, as the guide
    writes amounts (六亿四千万元 is 6.4 亿元, 一百二十一万人 is 121 万人); others stay as they are.

    >>> _magnitude_in_words("六亿四千万", 640000000.0)
    (6.4, '亿')
    >>> _magnitude_in_words("一百二十一万", 1210000.0)
    (121.0, '万')
    >>> _magnitude_in_words("二千一百三十五", 2135.0)
    (2135.0, '')
    """
    if re.search(r"[0-9０-９]", numeral):
        return value, ""
    for mark, size in (("亿", 100_000_000), ("万", 10_000)):
        if mark in numeral:
            return round(value / size, 8), mark
    return value, ""


def _count_value(num: str) -> float | None:
    """A count written in digits or as one Chinese numeral (连续三年, 6个月, 百分之五).

    >>> _count_value("3"), _count_value("三"), _count_value("两")
    (3.0, 3.0, 2.0)
    """
    value = parse_number(num)
    if value is None and num in _SINGLE_DIGITS:
        value = float(_SINGLE_DIGITS.index(num) + 1)
    return value
_HAS_NUMBER_RE = re.compile(r"[0-9０-９十百千万亿]")

# Spans whose numbers belong to a name or a title, not to a quantity.
_PROTECTED_RE = re.compile(r"《[^》]{0,80}》|“[^”]{0,40}”|\"[^\"]{0,40}\"|〔[^〕]{0,12}〕|\[[^\]]{0,12}\]")

_RISE_RE = re.compile(
    r"^[^，。；,;]{0,10}?(?:提高|增加|上调|提升|调整|调高|增长|扩大|缩小|下降|减少|降低|增|升|降|统一调)(?:到|至|为)"
)
_FROM_MARK_RE = re.compile(r"[由从]")
_CLAUSE_BREAK = "，,；;。：:！!？?\n"
_RUN_BREAK_RE = re.compile(r"[；;。]")


def _run_breaks(text: str, start: int, end: int) -> bool:
    """Whether a ；, ; or 。 stands in ``text[start:end]``: two figures either side of one are no longer one run.

    >>> _run_breaks("低保对象120人，发放资金30万元", 7, 10), _run_breaks("低保对象120人；发放资金30万元", 7, 10)
    (False, True)
    """
    return _RUN_BREAK_RE.search(text[start:end]) is not None
_PER_MONTH = ("每人每月", "人均每月", "月人均", "每月", "按月")
_PER_YEAR = ("每人每年", "人均每年", "年人均", "每年", "按年")
_SCOPES = ("城乡", "城市", "农村", "集中养育", "社会散居", "集中供养", "分散供养")
_SCOPE_RE = re.compile("|".join(_SCOPES))
_YEAR_RE = re.compile(r"((?:19|20)[0-9]{2})\s*年")

# Goal markers in the number's own clause. Single characters are guarded
# against the words they hide in (将军澳, 要闻, 主要, 重要); 共争取上级资金 is
# funding won, not a goal.
_GOAL_RE = re.compile(
    r"提高到|提高至|提升到|提升至|上调至|上调到|调整为|调高|力争|确保|(?<![共已])争取(?!上级|中央|省级|市级|各级|资金|项目|到位|[^，。；]{0,8}(?:资金|款))|目标|"
    # 计划 names a plan to act, not a programme's name nor a plan as a thing (公共福利金计划下, 行动计划的执行率,
    # 试验计划第一阶段, 完成年度投资计划的85%, 「广东计划」)
    r"(?<![」』”])计划(?![下的第中之」』”)）—，,。；;、和及与书表])|"
    r"(?<![大名武猛])将(?!军)|拟|预计|"
    r"不低于|不少于|至少|不超过|不高于|年底前|年内|到\s*20[0-9]{2}\s*年"
)
# Goal markers that only say a value changed: in a work report (总结) they report a change made.
_CHANGE_TO_RE = re.compile(r"提高到|提高至|提升到|提升至|上调至|上调到|调整为|调高")
# Markers that make the whole rest of a sentence a goal (为确保… is a purpose, not a goal).
_HEAD_GOAL_RE = re.compile(
    r"到\s*20[0-9]{2}\s*年|力争|目标|预计|计划到|(?<!为)(?<!为了)确保|(?<![需主重纪只])要(?![闻求素点害])"
)
_FIGURE_RE = re.compile(r"已|累计|全年|共有|共计|惠及|截至|截止|同比|比上年|较上年|先后|完成了|取得|获得|目前|现有(?![^，。；,;]{0,4}基础)")

# Words that open a clause but say nothing about the indicator.
_LEADING_NOISE_RE = re.compile(
    r"^(?:其中|目前|要求|一般|原则上|每户每次|每人每次|在(?![院册校岗职押读线编年月今去上下])|本年度|年度|年底前|年末前|年末|年底|提高到|提高至|(?:统一)?调整(?:为|到|至)|同时|此外|另外|截至|截止|按照|根据|确保|力争|努力实现|努力|争取(?!上级|中央|省级|市级|各级|资金|项目|到位|[^，。；]{0,8}(?:资金|款))|使|的|全年|年内|(?:今年|去年|年初)以来|今年|去年|当年|(?:20)?[xX×]{2}年|共计|共有|共|累计|全国|全省|全市|全区|全县|全州|全镇|全乡|全街道|全旗|全港|全澳(?!门)|全台(?!湾)|自\s*(?:启用|开办|开业|开园|运营|成立|实施|投用|建成)?\s*至(?=[\u4e00-\u9fff]{2})|"
    r"我市|我省|我区|我县|本市|该市|该县|该区|该省|各级|已经|已|将(?!军)|即(?!时)|纳入(?=[^，。；0-9]{2})|[0-9]{1,2}\s*月(?:底|末|初|份|中旬|上旬|下旬)?|月(?:底|末|初|份)|(?:19|20)[0-9]{2}\s*年(?:[0-9]{1,2}月)?(?:底|末|初|以来|度)?|(?:(?:19|20)[0-9]{2}|[一二][〇○零][〇○零一二三四五六七八九]{2})\s*(?:/|-|—|–|至)\s*(?:(?:19|20)?[0-9]{2}|[〇○零一二三四五六七八九]{2})\s*(?:财政)?年度?|[一二三四五六七八九十]+是|"
    r"[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|第[一二三四五六七八九十百零〇0-9]{1,5}条\s*|"
    # a procedure that qualified the people counted: 经第三方评估认定, 经审核 (not a name)
    r"经[^，,。；;0-9]{0,12}?(?:评估认定|认定|评估|审核|核实|核查|审批)(?:的|为)?)+"
)
# 统一调整为450元, 调整为每人每月420元: the act of setting a standard, not its name.
_TRAILING_NOISE_RE = re.compile(
    r"(?:统一调整|统一调|统一|调整|分别|新台币|人民币|港币|仅有|仅为|仅|只有|高达|多达|达到|达|已经|已|(?<![原细规准法守])则|亦|也|提高到|提高至|提高|提升到|提升|增长到|增长|增加到|增加|增至|增到|升至|降至|上调至|上调|下降|减少|超过|突破|为|是|有|约|近|逾|共|计|合计|累计|"
    r"共计|最初的?|原来的?|现行的?|现时的?|现在的?|发展(?=到|至)|目前|预计在|预计于|预计|预期|编列|最高可达|最高可|可达|将会|将(?<!军将)|(?<![需主重纲摘纪只])要|每人每次|每人每天|每人每日|每次|每天|每日|一般|按照|按|全市|全省|全区|全县|全港|各地|实现|完成|拥有|新增|新建|建成|惠及|发放|发给|可领取|领取|投入|安排|筹集|资助|走访慰问|开展|办理|了|的|每人每月|每人每年|每户每月|每户每年|每户|每人|人均|每月|每年|月人均|年人均|不低于|不少于|以上|由|从|至|到|和|及|、|\s)+$"
)
_MAX_INDICATOR = 32


_ENDS = "。！？；!?;：:."  # what ends a sentence or a clause that hands on, for a line wrapped before it


def extract_targets(sentences: list[Sentence], info: DocumentInfo) -> list[Mention]:
    """Every target stated in the sentences, one :class:`Mention` each.

    ``Mention.properties`` holds ``indicator``, ``value``, ``unit``, ``kind``
    (goal|figure) and, when known, ``scope``, ``year`` and ``from_value``.

    >>> from loaders.types import DocumentInfo, Sentence
    >>> s = Sentence(0, "全省养老机构床位20.2万张，惠及841.4万人次。", 0, 25)
    >>> [(t.properties["value"], t.properties["unit"]) for t in extract_targets([s], DocumentInfo("x"))]
    [(20.2, '万张'), (841.4, '万人次')]
    >>> s = Sentence(0, "2021年2月22日，第六届三社联动推进会召开，增强四个意识。", 0, 30)
    >>> extract_targets([s], DocumentInfo("x"))
    []
    """
    mentions: list[Mention] = []
    planned = _planned_year(info.title, info.year)
    if planned:
        # 成安县民政局2022年工作谋划, issued on 2021.12.30: its aims (and what it says it will keep doing) are
        # the planned year's, not the year the plan came out
        info = replace(info, year=planned)
    undated = info.year is None
    reported = _reported_year(sentences)
    if reported is None and info.title:
        # 县民政局2022年工作总结(节选): an excerpt whose title, not its text, says which year it reviews
        # (a bulletin published in 2024 whose index gives 2024 still reports on 2023)
        titled = _REVIEWED_YEAR_RE.search(info.title)
        reported = int(next(g for g in titled.groups() if g)) if titled else None
    if reported is None and info.year:
        # 2022年，… opening a text published later: a monthly return or a review reports on that earlier
        # year (its metadata year is only when it came out)
        reported = _earlier_dating_year(sentences, info.year)
    bare = DocumentInfo(info.source, province=info.province)  # no metadata year: _year then says only what the text says
    standard = [""]  # the last money standard named, for a tier in the next sentence (；两县由…)
    previous: Sentence | None = None
    chain_year: int | None = None  # the year a sentence opened, for the ；-clauses that follow it
    paragraph_year: int | None = None  # the date a paragraph's figures are for (截至2015年底，…)
    breakdown: dict[str, str] = {}  # the measures a paragraph named in full (临时救助户数), for its places' shares
    paragraph_subject: dict[str, str] = {}  # the last group, body, matter a paragraph named (特困人员, 养老机构)
    paragraph_measure = ""  # the standard an enumerated label named (二是照料护理标准。), for the groups that follow
    section_year: int | None = None  # the year a numbered heading gave its section (一、2021年财政预算执行情况)
    horizon: int | None = None  # the term a plan's goals are set for (到2025年), for goals after it naming no year
    goal_mood = False  # an earlier sentence of the paragraph said its subject will or must act (二是要…。)
    counted: Mention | None = None  # the bodies a ；-clause counted, whose beds the next clause gives
    counted_now = False  # whether the sentence before counted them itself, or was the same sentence going on
    table = _YearColumns()  # a statistics table whose value columns are years (指标 单位 2021年 2020年)
    columns = TableColumns()  # a table in cells whose header names its columns (| 指标名称 | 单位 | 数量 | 上期 | 环比 |)
    cell_section = ""  # the last section row of a table in cells (| (一)提供住宿的社会服务 | ||)
    spending = False  # a table in cells is inside an expenditure row's parts (| (二)民政事业费累计支出 | 万元 | … |)
    care_group = ""  # the last group of people counted, whose care modes a ；-clause may go on to count
    whole: Mention | None = None  # the last count of the sentence before, whose parts a 其中 list may count
    relief = ""  # the last word of relief written (免除, 减免, 补助), for the fees a list prices after it
    # a table written one cell a line (指 标 | 单 位 | 数 量 | …), read in one pass before the sentences
    stream = cell_stream_rows([s.text for s in sentences])
    # …and a table whose columns are years, one cell a line (指标 / 2006 / … / 床位数 / 204.5 / …)
    stream.update(year_stream_rows([s.text for s in sentences]))
    # …and a yearbook table copied as text, its years as columns (项目 Item 2010 2015 2020 2021)
    yearbook = spaced_year_rows([s.text for s in sentences])
    for position, sentence in enumerate(sentences):
        if position in yearbook:
            for row in yearbook[position]:
                mention = _mention(sentence, info, row.start, row.end, row.value, row.unit, None)
                mention.properties["kind"] = "figure"
                _rename(mention, _counted(row.label, row.unit), None)
                _set_year(mention, row.year)
                mention.sentence_index = sentence.index
                mentions.append(mention)
            previous = sentence
            continue
        if position in stream:
            row = stream[position]
            mention = _mention(sentence, info, row.start, row.end, row.value, row.unit, None)
            if row.from_value is not None:
                mention.properties["from_value"] = row.from_value
            _rename(mention, _counted(row.label, row.unit), None)
            if row.year:
                _set_year(mention, row.year)
            mentions.append(mention)
            previous = sentence
            continue
        rows = table.read(sentence, info)
        if rows is not None:
            mentions.extend(rows)
            previous = sentence
            continue
        found = _column_rows(columns, sentence, info)
        if not found:
            found = _targets_in_sentence(_with_broken_line(previous, sentence), info, standard)
            found = [m for m in found if m.end > sentence.start]  # a number wrapped before its unit ends here
        cell_section = _cell_section(sentence.text, found, cell_section)
        spending = _spending_part(sentence.text, found, spending)
        continues = previous is not None and previous.text[-1:] in "；;"
        chain_year = chain_year if continues else None
        # the bodies counted hand their attributes down a ；-chain, across a line wrapped inside a word (注册登⏎
        # 记为…), and to the one sentence of the same line after the sentence that counted them (…机构共计4.3万个，
        # 其中…。机构内床位530.5万张), never further: a sentence that only used them (全年救助…300人次。) or a
        # heading line (二、儿童福利) between them is about something else
        wrapped = previous is not None and sentence.start - previous.end == 1 and previous.text[-1:] not in _ENDS
        goes_on = counted_now and (sentence.start == previous.end and previous.text[-1:] in "。." or wrapped)
        heading = _SECTION_HEADING_RE.match(sentence.text)
        carried = counted if (continues or goes_on) and not heading else None
        counted = _carry_counted_body(found, carried, sentence.text, sentence.start)
        # a wrapped line with figures of its own goes on with the sentence before it; one without (a heading) ends it
        counted_now = counted is not None and (counted is not carried or continues or wrapped and bool(found))
        care_group = _care_mode_parts(found, care_group if continues else "")
        _named_by_quoted_programme(found, sentence.text, sentence.start)
        relief = _fee_items(found, sentence.text, sentence.start, relief)
        for mention in found:  # 开展培训竞赛活动10场: events are counted in 场次
            events = event_count_name(mention.properties["indicator"], mention.properties["unit"])
            if events != mention.properties["indicator"]:
                _rename(mention, events, mention.properties.get("scope"))
        if "其中" in sentence.text:
            _category_parts(found, sentence.text, sentence.start,
                            whole if previous is not None and sentence.start == previous.end else None)
        whole = next((m for m in reversed(found) if m.properties["unit"] not in ("%", "‰")), None)
        if previous is None or sentence.start != previous.end:
            paragraph_year = None  # a line break ends a paragraph
            goal_mood = False
            paragraph_subject = {}
            paragraph_measure = ""
        paragraph_measure = _named_measure(sentence.text, found, paragraph_measure)
        if heading:
            # 一、2021年财政预算执行情况 … 二、2022年财政预算草案: a numbered heading dates its section's figures
            section_year = int(heading.group("year")) if heading.group("year") else None
        sentence_horizon = _horizon_year(sentence.text, info.year)  # read once, for the test here and the term below
        if heading or (_YEAR_RE.search(sentence.text) and not sentence_horizon):
            horizon = None  # a new section, or a sentence dated otherwise (2024年，全市将…), ends the term
        paragraph_year = _dating_year(sentence.text, info.year) or paragraph_year
        paragraph_subject = _carry_paragraph_subject(found, sentence, paragraph_subject)
        if previous is None or sentence.start != previous.end:
            breakdown = {}
        breakdown = _place_breakdown(found, breakdown)
        for mention in found:
            mention.sentence_index = sentence.index
            at = max(0, mention.start - sentence.start)
            head = sentence.text[:at]
            if goal_mood and mention.properties["kind"] == "figure" and not _FIGURE_RE.search(head) \
                    and not _FIGURE_RE.search(sentence.text, at):
                mention.properties["kind"] = "goal"  # 二是要深化…。…实现1000所乡镇区域养老服务中心转型: the aims it lists
            # 去年/今年 count from the document's year, else (an undated text) from the year its clause or paragraph names
            relative = _relative_year(head, info.year or chain_year or paragraph_year or reported or None)
            if _year(sentence.text, at, bare) is not None or relative:
                if relative and not info.year and mention.properties["kind"] == "figure":
                    _set_year(mention, relative)
                continue  # the sentence dates it
            if chain_year:
                _set_year(mention, chain_year)
            elif horizon and mention.properties["kind"] == "goal":
                _set_year(mention, horizon)  # to be met by the term a sentence before set (到2025年，…。…达到55%)
            elif paragraph_year and mention.properties["kind"] == "figure":
                _set_year(mention, paragraph_year)
            elif section_year and mention.properties["kind"] == "figure":
                _set_year(mention, section_year)
            elif reported is not None and mention.properties["kind"] == "figure":
                _set_year(mention, reported or None)
        if sentence.text[-1:] in "；;":  # only a clause that goes on can hand its year down
            chain_year = _year(sentence.text, len(sentence.text), bare) or chain_year
        horizon = sentence_horizon or horizon
        if _FIGURE_RE.search(sentence.text):
            goal_mood = False  # 今年以来已…: the paragraph reports again
        elif info.kind != "statistics_bulletin" and _opens_goal_mood(sentence.text[:found[0].start - sentence.start] if found else sentence.text):
            goal_mood = True
        previous = sentence
        mentions.extend(found)
    _name_by_titled_aid(mentions, info.title)
    if undated and reported != 0:  # 近年来…: a review of several years dates none of its figures
        _date_by_opening(mentions, sentences)
    return mentions


# The one kind of aid a regulation or standards notice is about, from its title (某县临时救助实施细则,
# 2023年青阳县临时救助标准, 某市特困人员救助供养办法): its text then says 救助金额, 救助标准 for that aid.
_TITLED_AID_RE = re.compile(
    r"(?P<aid>临时救助|医疗救助|教育救助|住房救助|就业救助|受灾人员救助|最低生活保障|特困人员救助供养|特困人员供养)"
    r"(?:[^，。；]{0,6}?)(?:实施办法|实施细则|管理办法|暂行办法|办法|细则|规定|标准|规程)\s*(?:[（(]试行[)）])?\s*$")
_BARE_AID_MEASURE_RE = re.compile(r"^(?P<word>救助|保障|供养)(?=金额|标准|金|水平|资金)")
_SUBJECTLESS_MULTIPLE_RE = re.compile(r"^(?:不超过|不低于|不高于|不少于|达到|为|按照?)(?:当地|本地)?(?P<base>.{2,}?)的?$")


def _name_by_titled_aid(mentions: list[Mention], title: str | None) -> None:
    """A measure named only by its generic aid word (救助金额, 救助标准与低保月保障标准之比) in a document whose
    title names one aid is that aid's (临时救助金额).

    >>> m = Mention("Target", "救助金额", "5000元", 0, 0, 4, {"indicator": "救助金额", "value": 5000.0, "unit": "元"})
    >>> _name_by_titled_aid([m], "某县临时救助实施细则"); m.properties["indicator"]
    '临时救助金额'
    >>> _name_by_titled_aid([m], "关于2023年民政工作的总结"); m.properties["indicator"]
    '临时救助金额'
    >>> m = Mention("Target", "x", "10倍", 0, 0, 3, {"indicator": "不超过当地低保月保障标准", "value": 10.0, "unit": "倍"})
    >>> _name_by_titled_aid([m], "2023年某县临时救助标准"); m.properties["indicator"]
    '临时救助标准与低保月保障标准之比'
    """
    aid = _TITLED_AID_RE.search(title or "")
    if aid is None:
        return
    name = aid.group("aid")
    for mention in mentions:
        indicator = mention.properties["indicator"]
        bare = _BARE_AID_MEASURE_RE.match(indicator)
        if bare and name.endswith(bare.group("word")):
            _rename(mention, name + indicator[len(bare.group("word")):], None)
        base = _SUBJECTLESS_MULTIPLE_RE.match(indicator) if mention.properties["unit"] == "倍" else None
        if base:
            _rename(mention, f"{name}标准与{base.group('base')}之比", None)  # 原则上不超过当地低保月保障标准10倍


# An enumerated label that only names a standard (…：一是基本生活标准。 二是照料护理标准。): the groups after it are paid it.
_MEASURE_LABEL_RE = re.compile(
    r"(?:^|[:：])\s*[一二三四五六七八九十]是(?P<label>[^，。；,;:：0-9]{2,12}?(?:标准|补贴|补助|津贴))\s*[。.]?\s*$")


def _named_measure(text: str, found: list[Mention], measure: str) -> str:
    """The measure an enumerated label names, given to the per-period amounts of its paragraph that name only a group.

    >>> t = "城市特困人员由每人每月900元提高到930元"
    >>> found = _targets_in_sentence(Sentence(1, t, 0, len(t)), DocumentInfo("x"))
    >>> _named_measure("（三）特困人员救助供养标准：一是基本生活标准。", [], "")
    '基本生活标准'
    >>> _named_measure(t, found, "基本生活标准"); [m.properties["indicator"] for m in found]
    '基本生活标准'
    ['城市特困人员基本生活标准']
    """
    label = _MEASURE_LABEL_RE.search(text) if "是" in text else None  # the label needs 是: most sentences skip the scan
    if label and not found:
        return label.group("label")
    for mention in found if measure else ():
        name = mention.properties["indicator"]
        if _PER_PERIOD_MONEY_RE.match(mention.properties["unit"]) and len(name) >= 2 and not _MEASURE_WORD_RE.search(name):
            _rename(mention, name + measure, None)
    return measure


def _column_rows(columns: TableColumns, sentence: Sentence, info: DocumentInfo) -> list[Mention]:
    """The figures of a table row that the row alone cannot give: more than a label, a unit and a number
    (| 乡 | 个 | 251 | 270 | -7.04 | under | 指标名称 | 单位 | 数量 | 上期 | 环比 |), or a unit only the header
    names (| 年老 | 123 470 | 57.0% | under | 个案类别 | 个案数目 | 百分比 |). A row the cell reader
    ``_pipe_row`` reads (label, unit, number) is left to it.

    >>> columns = TableColumns()
    >>> header = Sentence(0, "| 指标名称 | 单位 | 数量 | 上期 | 环比 |", 0, 30)
    >>> _column_rows(columns, header, DocumentInfo("x"))
    []
    >>> row = Sentence(1, "| 2.农村低保人数 | 人 | 412,768 | 406,503 | 1.54 |", 31, 75)
    >>> [(m.properties["indicator"], m.properties["value"], m.properties["from_value"]) for m in _column_rows(columns, row, DocumentInfo("x"))]
    [('农村低保人数', 412768.0, 406503.0)]
    """
    text = sentence.text
    if not columns.see(text) or _pipe_row(text):
        return []
    found: list[Mention] = []
    for row in columns.rows(text):
        mention = _mention(sentence, info, row.start, row.end, row.value, row.unit, None)
        if row.from_value is not None:
            mention.properties["from_value"] = row.from_value
        if row.share:
            name = row.label + row.measure + "占比"  # 年老 under 个案数目 | 个案百分比 → 年老个案占比
        else:
            name = row.label + row.measure if row.measure else _counted(row.label, row.unit)
        _rename(mention, name, None)
        if row.year:
            _set_year(mention, row.year)
        found.append(mention)
    return found


_UNIT_IN_LABEL_RE = re.compile(r"[（(](?P<unit>(?:万|亿)?(?:个|家|所|处|张|床|人次|户次|人天|人|户|名|对|元|座|条|件|宗|具|本|次|%))[)）]$")
_CLAUSE_PUNCT_RE = re.compile(r"[，。；：,;:]")  # a header or row is cells, never a clause
_YEAR_HEADER_RE = re.compile(r"((?:19|20)[0-9]{2})\s*年(?!\s*[0-9]{1,2}\s*月)")
_TABLE_TOKEN_RE = re.compile(r"[^\s|]+")
_TABLE_NUMBER_RE = re.compile(r"^-?[0-9][0-9,]*(?:\.[0-9]+)?$")
_TABLE_UNIT_RE = re.compile(r"^(?:万|亿)?(?:个|家|所|处|张|床|人次|户次|人天|人|户|名|对|元|座|条|件|宗|具|本|次|%)$")
_SECTION_RE = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．](?P<name>.+)$")
_LABEL_TOKENS = 8
# A row label that does not say whose it is (个数, 床位, 职工人数 under 三、社会福利院): the section's.
_SECTION_OWNED_RE = re.compile(r"^(?:个数|机构数|职工|床位|年末|本年|在院|穴位|安葬|收养|入住|在册)")


_SECTION_ROW_RE = re.compile(r"^\s*\|?\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*(?P<label>[^|0-9０-９]{2,24}?)\s*(?:\|\s*)+$")
# An unnumbered section row that names a scope's programme (农村最低生活保障 |), for the rows under it.
_SCOPE_SECTION_ROW_RE = re.compile(r"^\s*\|?\s*(?P<label>(?:城市|农村|城乡)[^|0-9０-９]{2,14}?)\s*(?:\|\s*)+$")
_BODY_ROW_RE = re.compile(r"^(?:[0-9]{1,2}\s*[.、．])?\s*(?P<label>机构数|床位数|个数)$")


# A row of money whose name already says what the money is (a spending, a fund, a benefit, a standard).
_MONEY_NAME_END_RE = re.compile(
    r"(?:支出|资金|金|费|补助|补贴|额|收入|收益|津贴|经费|投入|拨款|销售|标准|水平|预算|决算|救助)$")


def _spending_part(text: str, found: list[Mention], spending: bool) -> bool:
    """Whether the next row of a table in cells is still among an expenditure's parts, after this row; a
    part of money that names no money (| 5.其他 | 万元 | 3,035.4 | under | (二)民政事业费累计支出 | 万元 | … |)
    is named as that spending's (其他支出, 民政管理事务支出). A row without money, a section row or the end
    of the table ends the parts.

    >>> row = lambda label, value: _mention(Sentence(0, f"| {label} | 万元 | {value} |", 0, 30), DocumentInfo("x"), 0, 4, value, "万元", None)
    >>> total, other = row("民政事业费累计支出", 123.4), row("其他", 3.5)
    >>> _rename(total, "民政事业费累计支出", None); _rename(other, "其他", None)
    >>> _spending_part("| (二)民政事业费累计支出 | 万元 | 123.4 |", [total], False)
    True
    >>> _spending_part("| 5.其他 | 万元 | 3.5 |", [other], True), other.properties["indicator"]
    (True, '其他支出')
    >>> standard = row("城市低保标准", 700.0); _rename(standard, "城市低保标准", None)
    >>> _spending_part("| 城市低保标准 | 元 | 700 |", [standard], True), standard.properties["indicator"]  # names money
    (True, '城市低保标准')
    >>> again = row("其他", 3.5); _rename(again, "其他", None)
    >>> _spending_part("| 二、社会工作 | ||", [], True), _spending_part("| 其他 | 万元 | 3.5 |", [again], False)
    (False, False)
    >>> again.properties["indicator"]  # no expenditure row above it: as written
    '其他'
    """
    if "|" not in text or len(found) != 1 or not found[0].properties.get("unit", "").endswith("元"):
        return False
    name = found[0].properties.get("indicator", "")
    if name.endswith("支出"):
        return True
    if spending and name and not _MONEY_NAME_END_RE.search(name):
        _rename(found[0], name + "支出", None)
    return spending


# A row that totals a level (| 乡镇级合计 | 个 | 1,107 |): the level names no thing of its own.
_LEVEL_TOTAL_ROW_RE = re.compile(r"^\s*\|?\s*(?P<level>[\u4e00-\u9fff]{1,4}级)(?:合计|总计|小计)\s*\|")


def _cell_section(text: str, found: list[Mention], section: str) -> str:
    """The section a table in cells is in, after this row; a row that counts bodies or beds without
    saying whose (| 1.机构数 | 个 | 942 |) is named after its section (提供住宿的社会服务机构数).

    >>> m = _mention(Sentence(0, "| 1.机构数 | 个 | 942 |", 0, 20), DocumentInfo("x"), 12, 15, 942.0, "个", None)
    >>> _cell_section("| (一)提供住宿的社会服务 | ||", [], "")
    '提供住宿的社会服务'
    >>> _cell_section("| 1.机构数 | 个 | 942 |", [m], "提供住宿的社会服务"), m.properties["indicator"]
    ('提供住宿的社会服务', '提供住宿的社会服务机构数')
    >>> r = _mention(Sentence(0, "最低生活保障人数 | 人 | 240,887 |", 0, 27), DocumentInfo("x"), 16, 23, 240887.0, "人", None)
    >>> _rename(r, "最低生活保障人数", None)
    >>> section = _cell_section("农村最低生活保障 |", [], "")
    >>> _cell_section("最低生活保障人数 | 人 | 240,887 |", [r], section), r.properties["indicator"], r.properties["scope"]
    ('农村最低生活保障', '农村最低生活保障人数', '农村')
    >>> t = _mention(Sentence(0, "| 乡镇级合计 | 个 | 1,107 |", 0, 22), DocumentInfo("x"), 12, 17, 1107.0, "个", None)
    >>> _cell_section("| 乡镇级合计 | 个 | 1,107 |", [t], "行政区划"), t.properties["indicator"]
    ('行政区划', '乡镇级行政区划单位数')
    """
    if "|" not in text or len(text) > 80:
        return section if "|" in text else ""
    heading = _SECTION_ROW_RE.match(text) or _SCOPE_SECTION_ROW_RE.match(text)
    if heading and not found:
        return heading.group("label").strip()
    cells = _pipe_row(text)
    level = _LEVEL_TOTAL_ROW_RE.match(text) if section and len(found) == 1 else None
    if level:
        # | 乡镇级合计 | 个 | 1,107 | under | (一)行政区划 |: the level's total counts the section's units
        units = "单位数" if section.endswith("区划") else "数"
        _rename(found[0], level.group("level") + section + units, None)
        return section
    if section and cells and len(found) == 1:
        scoped = scoped_by_section(found[0].properties["indicator"], section)
        if scoped != found[0].properties["indicator"]:
            # 农村最低生活保障 | then 最低生活保障人数 | 人 | 240,887: the section's scope is the row's
            _rename(found[0], scoped, None)
            return section
    if section and cells and len(found) == 1:
        row = _BODY_ROW_RE.match(cells[0])
        if row:
            bodies = "机构" if section.endswith("服务") else ""  # a service's rows count its bodies
            name = section + bodies + ("床位数" if row.group("label") == "床位数" else "数")
            _rename(found[0], name, found[0].properties.get("scope"))
    return section


_HEADER_WORDS_RE = re.compile(r"^[\u4e00-\u9fff ]{0,12}$")


_CAPTION_UNIT_RE = re.compile(r"^\s*\|?\s*单\s*位\s*[:：]\s*(?P<unit>(?:万|亿)?(?:个|家|所|处|张|床|人次|户次|人|户|名|对|元|座|条|件|宗|具|本|次))"
                              r"\s*(?:\|\s*)*$")
_BARE_YEAR_CELL_RE = re.compile(r"^(?:19|20)[0-9]{2}$")


def _bare_year_header(text: str) -> list[int]:
    """The years of a header row in cells whose year cells carry no 年 (| 项目 | 2011 | 2012 | 2013 |): the
    first cell is the label column's header word (项目, 指标) and every other cell is a year. A row of data
    is never one: its first cell names what it counts.

    >>> _bare_year_header("| 项目 | 2011 | 2012 | 2013 |")
    [2011, 2012, 2013]
    >>> _bare_year_header("| 合计 | 1173 | 1362 | 1235 |"), _bare_year_header("| 城市养老机构 | 2011 | 2020 |")
    ([], [])
    """
    if "|" not in text or len(text) > 200:
        return []
    cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
    cells = [cell for cell in cells if cell]
    if len(cells) < 3 or not all(_BARE_YEAR_CELL_RE.match(cell) for cell in cells[1:]):
        return []
    label = column_of(cells[0])  # 项目, 指标 (loaders/data/table_columns.tsv): the header of the label column
    return [int(cell) for cell in cells[1:]] if label is not None and label.role == "label" else []


def _in_cells(text: str) -> bool:
    """A header line written in cells: wide gaps or bars (a PDF or a text table), or, as an HTML
    table reads (one space between cells), nothing but a few header words beside the years.

    >>> _in_cells("指标名称  单位  2023 年  2022 年"), _in_cells("项目 2022年 2023年")
    (True, True)
    >>> _in_cells("2022年和2023年全市民政工作要点回顾与展望")
    False
    """
    if "  " in text or "|" in text:
        return True
    rest = _YEAR_HEADER_RE.sub(" ", text)
    return " " in text.strip() and bool(_HEADER_WORDS_RE.match(rest)) and len(rest.replace(" ", "")) <= 8


class _YearColumns:
    """A statistics table (a yearbook page) whose value columns are years, read row by row: a
    header line names the years (指标名称 单位 2021 年 2020 年, twice when two tables stand side
    by side), and each row gives a label, a unit and one value per year: one target per value,
    dated by its column. A label that does not say whose it is (个数, 床位) takes its section's
    name (二、敬老院). Any line that is neither a row nor a section ends the table.

    >>> t = _YearColumns()
    >>> lines = ["指标名称  单位  2023 年  2022 年     指标名称  单位  2023 年  2022 年",
    ...          "二、敬老院                  五、社会组织   个   310   298",
    ...          "城市低保人数   人   1520   1688     个      数    个   12   14"]
    >>> [t.read(Sentence(i, line, 0, len(line)), DocumentInfo("x")) is not None for i, line in enumerate(lines)]
    [True, True, True]
    >>> rows = t.read(Sentence(3, "床     位   张   860   900", 0, 22), DocumentInfo("x"))
    >>> [(m.properties["indicator"], m.properties["value"], m.properties["year"]) for m in rows]
    [('敬老院床位数', 860.0, 2023), ('敬老院床位数', 900.0, 2022)]
    >>> t.read(Sentence(4, "全市共有敬老院12个。", 0, 11), DocumentInfo("x")) is None
    True

    Years as cells, and the unit inside the label:

    >>> t.read(Sentence(5, "项 目 | 2021年 | 2022年 |", 0, 19), DocumentInfo("x"))
    []
    >>> [(m.properties["indicator"], m.properties["value"], m.properties["unit"], m.properties["year"])
    ...  for m in t.read(Sentence(6, "农村低保人数(人) | 4120 | 3980 |", 0, 24), DocumentInfo("x"))]
    [('农村低保人数', 4120.0, '人', 2021), ('农村低保人数', 3980.0, '人', 2022)]
    """

    def __init__(self) -> None:
        self.years: list[int] = []
        self.sections: dict[int, str] = {}
        self.caption_unit = ""  # the unit a caption line gives the whole table (| 单位:个 |)
        self.last_unit = ""  # the unit of the row above, for an 其中 row (#“三无”人员) that gives none
        self.last_label = ""  # the last row that is no 其中 row, whose part an 其中 row counts

    def read(self, sentence: Sentence, info: DocumentInfo) -> list[Mention] | None:
        text = sentence.text
        if len(text) > 400:
            return None
        caption = _CAPTION_UNIT_RE.match(text)
        if caption:
            self.caption_unit = caption.group("unit")
            return None
        header = [int(y) for y in _YEAR_HEADER_RE.findall(text)]
        bare = [] if header else _bare_year_header(text)
        if bare or len(header) >= 2 and _in_cells(text) and not _HAS_DIGIT_RE.search(_YEAR_HEADER_RE.sub("", text)) \
                and not _CLAUSE_PUNCT_RE.search(text):
            header = bare or header
            width = next((i for i in range(1, len(header)) if header[i] == header[0]), len(header))
            self.years, self.sections, self.last_label = header[:width], {}, ""
            return []
        if not self.years:
            if "|" not in text:
                self.caption_unit = ""  # prose between a caption and a header: the caption was not this table's
            return None
        cells = [cell.strip() for cell in text.strip().strip("|").split("|")] if "|" in text else []
        filled = [cell for cell in cells if cell]
        if len(filled) == 1 and not _HAS_DIGIT_RE.search(filled[0]) and len(filled[0]) <= 16:
            self.sections[0] = _SECTION_RE.sub(r"\g<name>", filled[0])  # | 社会救济 | | |: a section, unnumbered
            return []
        parsed = self._groups(text) or self._short_row(text)
        if parsed is None:
            self.years, self.caption_unit = [], ""
            return None
        if parsed and parsed[-1][1]:
            self.last_unit = parsed[-1][1]
        mentions = []
        for side, (label, unit, numbers) in enumerate(parsed):
            section = _SECTION_RE.match(label)
            if section:
                label = section.group("name")
                if not numbers:
                    self.sections[side] = label
                    continue
            if label[:1] in "#＃" and self.last_label:
                # #“三无”人员 under 城镇居民最低生活保障人数: a part of the row above, named under it
                label = sub_row_label(self.last_label, re.sub(r"[“”\"'‘’\s]", "", label[1:]))
            elif numbers:
                self.last_label = label
            name = _counted(label, unit)
            owner = self.sections.get(side, "")
            if owner and _SECTION_OWNED_RE.match(label):
                name = owner + ("数" if label == "个数" else _counted(label, unit))
            for year, (start, end) in zip(self.years, numbers):
                value = parse_number(text[start:end].replace(",", ""))
                if value is None:
                    continue
                mention = _mention(sentence, info, start, end, value, unit, None)
                mention.properties.pop("scope", None)  # the line's other table is not this row's scope
                _rename(mention, name, None)
                mention.properties["kind"] = "figure"
                _set_year(mention, year)
                mention.sentence_index = sentence.index
                mentions.append(mention)
        return mentions

    def _short_row(self, text: str) -> list[tuple[str, str, list[tuple[int, int]]]] | None:
        """A row in bars with fewer values than years (a series that stopped), read from the first year on;
        an 其中 row (#“三无”人员) with no unit of its own counts in the unit of the row above it.

        >>> t = _YearColumns(); t.years, t.last_unit = [2006, 2007, 2008], "人"
        >>> t._short_row("#“三无”人员 | 1082 | 972 | ||||")
        [('#“三无”人员', '人', [(10, 14), (17, 20)])]
        >>> t._short_row("#“三无”人员 | 1082 | 972 | 755 | 700 |"), t._short_row("城市低保对象 | 1082 | 972 |")
        (None, None)
        """
        if "|" not in text or len(text) > 400:
            return None
        tokens = [(match.group(), match.start()) for match in _TABLE_TOKEN_RE.finditer(text)]
        first = next((k for k, (token, _) in enumerate(tokens) if _TABLE_NUMBER_RE.match(token)), 0)
        numbers = tokens[first:]
        if not 0 < first <= _LABEL_TOKENS or not 0 < len(numbers) < len(self.years) \
                or not all(_TABLE_NUMBER_RE.match(token) for token, _ in numbers):
            return None
        label_tokens = [token for token, _ in tokens[:first]]
        unit = ""
        if len(label_tokens) > 1 and _TABLE_UNIT_RE.match(label_tokens[-1]):
            unit = label_tokens.pop()
        label = "".join(label_tokens)
        in_label = _UNIT_IN_LABEL_RE.search(label)
        if in_label and in_label.start() > 0:
            label, unit = label[:in_label.start()], in_label.group("unit")
        if not unit and label[:1] in "#＃":
            unit = self.last_unit  # 其中: a part of the row above, counted alike
        if not unit or _HAS_DIGIT_RE.search(label):
            return None
        return [(label, unit, [(p, p + len(token)) for token, p in numbers])]

    def _groups(self, text: str) -> list[tuple[str, str, list[tuple[int, int]]]] | None:
        """(label, unit, number spans) of each table group of a line; a section alone has no numbers."""
        tokens = []
        for match in _TABLE_TOKEN_RE.finditer(text):
            unit = _UNIT_IN_LABEL_RE.search(match.group())
            if unit and unit.start() > 0:  # 城镇居民最低生活保障人数(人) | 24243 | 21282: the unit in the label
                tokens += [(match.group()[:unit.start()], match.start()), (unit.group("unit"), match.start() + unit.start())]
            else:
                tokens.append((match.group(), match.start()))
        if self.caption_unit:  # | #光荣院 | 57 | 57 | under | 单位:个 |: the caption's unit stands after the label
            first = next((k for k, (t, _) in enumerate(tokens) if _TABLE_NUMBER_RE.match(t)), 0)
            if first > 0 and not _TABLE_UNIT_RE.match(tokens[first - 1][0]):
                tokens.insert(first, (self.caption_unit, tokens[first][1]))
        width, groups, i = len(self.years), [], 0
        while i < len(tokens):
            j = i + 1
            while j < len(tokens) and not (_TABLE_UNIT_RE.match(tokens[j][0])
                                           and all(_TABLE_NUMBER_RE.match(t) for t, _ in tokens[j + 1:j + 1 + width])
                                           and len(tokens[j + 1:j + 1 + width]) == width):
                if _SECTION_RE.match(tokens[j][0]) or _TABLE_NUMBER_RE.match(tokens[j][0]) or j - i >= _LABEL_TOKENS:
                    break  # a label is a few tokens: a bounded look keeps a long line linear
                j += 1
            label = "".join(t for t, _ in tokens[i:j])
            if _TABLE_NUMBER_RE.match(label) or _HAS_DIGIT_RE.search(label):
                return None
            if j < len(tokens) and _TABLE_UNIT_RE.match(tokens[j][0]) and len(tokens[j + 1:j + 1 + width]) == width \
                    and all(_TABLE_NUMBER_RE.match(t) for t, _ in tokens[j + 1:j + 1 + width]):
                groups.append((label, tokens[j][0], [(p, p + len(t)) for t, p in tokens[j + 1:j + 1 + width]]))
                i = j + 1 + width
                continue
            if not _SECTION_RE.match(label):
                return None
            unit_only = j < len(tokens) and _TABLE_UNIT_RE.match(tokens[j][0])
            groups.append((label, "", []))  # a section (一、社会救济对象总人数 人): its rows follow
            i = j + (1 if unit_only else 0)
        return groups or None


def _date_by_opening(mentions: list[Mention], sentences: list[Sentence]) -> None:
    """A document with no date of its own (no metadata, no date line): its targets that nothing
    dates take the year its opening names (新年度预算案…2016/17年度的…), unless their sentence
    counts from another year (去年, 明年). 今年 is the year the text is about, which is the one its
    opening names (2020年，全镇…；…今年共发放抚恤金…: 2020).

    >>> s = [Sentence(0, "2016/17年度的社会福利开支预算为724亿元。", 0, 26), Sentence(1, "另拨款1.8亿元支援残疾人士。", 26, 41)]
    >>> [t.properties.get("year") for t in extract_targets(s, DocumentInfo("x"))]
    [2016, 2016]
    >>> s = [Sentence(0, "截至2015年底，全国养老床位672.7万张。", 0, 24), Sentence(1, "截至去年底，全国孤儿50万人。", 25, 40)]
    >>> [t.properties.get("year") for t in extract_targets(s, DocumentInfo("x"))]
    [2015, None]
    >>> s = [Sentence(0, "2020年，全镇低保对象811户。", 0, 17), Sentence(1, "今年共发放抚恤金670962元。", 17, 33)]
    >>> [t.properties.get("year") for t in extract_targets(s, DocumentInfo("x"))]
    [2020, 2020]
    """
    year = _opening_year(sentences)
    if year is None:
        return
    by_index = {sentence.index: sentence for sentence in sentences}
    for mention in mentions:
        sentence = by_index.get(mention.sentence_index)
        if "year" in mention.properties or sentence is None or \
                any(word.group("word") != "今" for word in _RELATIVE_YEAR_RE.finditer(sentence.text)):
            continue
        _set_year(mention, year)


def _carry_paragraph_subject(found: list[Mention], sentence: Sentence, subjects: dict[str, str]) -> dict[str, str]:
    """Name each target that has no subject of its own (答复率, 集中供养率) with the last subject
    (``loaders/data/indicator_subjects.tsv``) written before it in its paragraph, of the kind its
    measure takes; return the subjects the sentence hands on. One pass over the sentence's subjects
    and targets, both in text order.

    >>> s = Sentence(0, "全区特困供养人员4040人，已入住敬老院210人，集中供养率50.6%。", 0, 35)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][-1]
    '特困人员集中供养率'

    A grade written alone takes the name of the grade before it (also across a ；):

    >>> s = [Sentence(0, "一、二级困难残疾人生活补贴为每人每月120元；", 0, 23), Sentence(1, "三、四级为每人每月80元。", 23, 36)]
    >>> [t.properties["indicator"] for t in extract_targets(s, DocumentInfo("x"))][-1]
    '三、四级困难残疾人生活补贴'
    """
    subjects = dict(subjects)
    named = subjects_in(sentence.text)
    i = 0
    for mention in found:
        while i < len(named) and named[i][0] <= mention.start - sentence.start:
            _, subject, kind = named[i]
            subjects[kind] = subjects[""] = subject
            i += 1
        indicator = mention.properties["indicator"]
        better = with_subject(indicator, subjects) or parallel_grade(indicator, subjects.get(_LAST_TARGET, ""))
        if better:
            _rename(mention, better, None)
        subjects[_LAST_TARGET] = mention.properties["indicator"]
    for _, subject, kind in named[i:]:
        subjects[kind] = subjects[""] = subject
    return subjects


_LAST_TARGET = "target"  # the carry's key for the name of the paragraph's last target (一、二级… before 三、四级)


# A wrapped line of a PDF that opens with the tail of a word and its number (口 20056 万人,
# 资金 1349.0 亿元): the line before it is a full line (a heading is short) with no end mark.
_WRAPPED_WORD_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}\s*[0-9]")
_WRAPPED_LINE = 30
_COMPARISON_END_RE = re.compile(r"[，,](?:比|较)(?:上年|去年|上年同期|去年同期)\s*$")
_CJK_GAP_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# …or a line that ends in a number whose unit opens the next line (供养金 313.5725⏎万元；, 提高 20⏎元、10 元).
_ENDS_IN_NUMBER_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s*[0-9][0-9,.]*\s*$")  # a name's number, not 13:33
# The unit stands alone before a mark (万元；, 元、): 项目 or 人享受 opening a line is a word, not a unit.
_WRAPPED_UNIT_RE = re.compile(rf"^\s*(?:{_MAGNITUDE})?(?:{_MONEY_UNIT}|{_COUNT_UNIT}|[%％])(?![\u4e00-\u9fff])")


def _full_table_row(text: str) -> bool:
    """A line that is a whole table row, unit included (城市低保人数 万人 7.1): nothing wraps from it.

    >>> _full_table_row("城市低保人数 万人 7.1"), _full_table_row("发放农村特困供养金 313.5725")
    (True, False)
    """
    row = _TABLE_ROW_RE.match(text) if len(text) <= 40 else None
    return bool(row and (row.group("unit1") or row.group("unit2")))


def _with_broken_line(previous: Sentence | None, sentence: Sentence) -> Sentence:
    """A line that opens with a number continues the line before when that one did not end a
    sentence (text taken from a PDF: 其中殡仪馆职工⏎4.7万人): read them as one, so the number
    keeps its label. Only the targets of the second line are kept by the caller.

    >>> joined = _with_broken_line(Sentence(0, "其中殡仪馆职工", 0, 7), Sentence(1, "4.7万人。", 8, 14))
    >>> joined.text, joined.start
    ('其中殡仪馆职工 4.7万人。', 0)
    >>> _with_broken_line(Sentence(0, "全年救助5万人。", 0, 8), Sentence(1, "2023年工作", 9, 15)).start
    9
    >>> line = "全国农村低保平均保障标准6362.2元/人·年，比上年增长6.7%，全年支出农村低保"
    >>> _with_broken_line(Sentence(0, line, 0, len(line)), Sentence(1, "资金 1349.0 亿元。", len(line) + 1, len(line) + 15)).start
    0
    >>> _with_broken_line(Sentence(0, "（二）养老服务", 0, 7), Sentence(1, "床位 5万张。", 8, 15)).start
    8
    >>> _with_broken_line(Sentence(0, "发放农村特困供养金 313.5725", 0, 19), Sentence(1, "万元；", 20, 23)).text
    '发放农村特困供养金 313.5725 万元；'
    >>> _with_broken_line(Sentence(0, "城市低保人数 万人 7.1", 0, 13), Sentence(1, "项目 2022年 2023年", 14, 28)).start
    14
    >>> _with_broken_line(Sentence(0, "二、临时救助工作开展情况", 0, 12), Sentence(1, "2023年6月救助30户。", 13, 26)).start
    13
    >>> _with_broken_line(Sentence(0, "吸纳就业12万人，比上年", 0, 12), Sentence(1, "增长 2.1％。", 13, 21)).start
    0
    >>> _with_broken_line(Sentence(0, "全年救助12万人，比上年", 0, 12), Sentence(1, "全市新建养老院3所。", 13, 23)).start  # a new sentence
    13
    """
    if previous is None or previous.text[-1:] in "。！？；!?;：:" \
            or sentence.start - previous.end > 2 or len(previous.text) > _MAX_LOOKBACK * 4:
        return sentence
    if _full_table_row(sentence.text):
        return sentence  # a table row of its own (1-12月社会服务费实际支出 亿元 3655.9)
    if _SECTION_HEADING_RE.match(previous.text):
        return sentence  # 一、城乡低保工作开展情况⏎2022年12月纳入…: a heading names its section, not the next number
    if _WRAPPED_UNIT_RE.match(sentence.text) and _ENDS_IN_NUMBER_RE.search(previous.text) \
            and not _full_table_row(previous.text):
        pass  # 发放供养金 313.5725⏎万元: the number's unit opens the next line
    elif _COMPARISON_END_RE.search(previous.text) and _WRAPPED_WORD_RE.match(sentence.text):
        pass  # 吸纳就业1100万人，比上年⏎增长3.6%: a comparison cut at the line's end, however short its clause
    elif not sentence.text[:1].isdigit() and not _WRAPPED_WORD_RE.match(sentence.text) \
            or not sentence.text[:1].isdigit() and len(previous.text) < _WRAPPED_LINE:
        return sentence
    gap = " " * (sentence.start - previous.end)
    return Sentence(sentence.index, previous.text + gap + sentence.text, previous.start, sentence.end)


# A work report's figures are for the year it reviews: 总结2014年工作, 2014年工作回顾; a report
# whose title names the year it covers too (2013年社会服务发展统计公报, 2020年度专项资金使用情况说明).
_REVIEWED_YEAR_RE = re.compile(
    r"(?:总结|回顾)(?:了)?\s*((?:19|20)[0-9]{2})\s*年|((?:19|20)[0-9]{2})\s*年(?:全[省市区县])?(?:民政)?工作(?:回顾|总结)|过去的\s*((?:19|20)[0-9]{2})\s*年"
    # 民政部今日发布2014年社会服务发展统计公报: a news item on a bulletin reports the bulletin's year
    r"|(?:发布|公布|公开)了?\s*((?:19|20)[0-9]{2})\s*年度?[^，。；,;0-9]{0,16}?(?:统计公报|发展公报)"
    r"|^[^，。；,;]{0,16}?(?<![较比与同])((?:19|20)[0-9]{2})\s*年度?(?:第?[一二三四1-4]\s*季度)?[^，。；,;0-9]{0,24}?"
    r"(?:统计公报|统计数据|统计季报|统计月报|统计报表|发展公报|工作总结|完成情况|使用情况|决算|度报告)"
)
# A plan's title naming the year it plans: 2022年工作谋划, 2023年重点工作计划, 2024年民政工作要点. Not a span's
# end (2021—2025年规划: a term, whose goals say their own years) nor a year after a comparison word.
_PLANNED_YEAR_RE = re.compile(
    r"(?<![0-9—–\-~至到])((?:19|20)[0-9]{2})\s*年(?:度)?[^，。；,;、和0-9]{0,10}?(?:工作)?(?:计划|要点|谋划|思路|打算|安排)")


def _planned_year(title: str | None, year: int | None) -> int | None:
    """The year a plan's title names when it is the year after the document's own (a plan issued late
    in the year before it runs), else None.

    >>> _planned_year("成安县民政局2022年工作谋划", 2021), _planned_year("2023年重点工作计划（节选）", 2022)
    (2022, 2023)
    >>> _planned_year("2022年全市民政工作要点", 2022) is None  # issued in its own year: nothing to move
    True
    >>> _planned_year("2021—2025年养老服务发展计划", 2021) is None  # a term's end, not the planned year
    True
    >>> _planned_year("县民政局2021年工作总结", 2022) is None, _planned_year(None, 2021) is None
    (True, True)
    >>> _planned_year("区民政局2023年工作总结2024年工作计划", 2023) is None  # a summary with next year's plan
    True
    """
    if not title or not year or re.search(r"总结|回顾", title):
        return None  # 2023年工作总结及2024年工作计划: the summary's year dates its figures (_REVIEWED_YEAR_RE)
    match = _PLANNED_YEAR_RE.search(title)
    return int(match.group(1)) if match and int(match.group(1)) == year + 1 else None


# A line that is only the period a table or report covers: 2020年3月, 2021年第一季度, 2019年1-6月.
_PERIOD_LINE_RE = re.compile(
    r"^\s*((?:19|20)[0-9]{2})\s*年\s*(?:[0-9]{1,2}\s*(?:[-—~至]\s*[0-9]{1,2}\s*)?月份?|第?[一二三四1-4]\s*季度|[上下]半年|度)?\s*$"
)
# A review of several years (近年来, 五年来) dates none of its figures.
_YEARS_REVIEW_RE = re.compile(r"^\s*(?:近年来|近几年来?|多年来|[三五十]年来|近[三五十]年来?)")
_OPENING_SENTENCES = 4


def _reported_year(sentences: list[Sentence]) -> int | None:
    """The year the figures of a document are for when its opening says so (0: no single year).

    >>> _reported_year([Sentence(0, "会议总结2014年工作，部署2015年任务。", 0, 19)])
    2014
    >>> _reported_year([Sentence(0, "民政事业统计季报表", 0, 9), Sentence(1, "2020年3月", 10, 17)])
    2020
    >>> _reported_year([Sentence(0, "近年来，全省民政系统坚持以党建引领。", 0, 18)])
    0
    >>> _reported_year([Sentence(0, "2021年全市民政工作会议召开。", 0, 15)]) is None
    True
    >>> _reported_year([Sentence(0, "2013年社会服务发展统计公报", 0, 15), Sentence(1, "发布时间: 2014-06-18", 16, 32)])
    2013
    >>> _reported_year([Sentence(0, "关于印发2021年社会救助工作要点的通知", 0, 19)]) is None
    True
    >>> _reported_year([Sentence(0, "较2020年度决算数减少17.40万元。", 0, 20)]) is None  # a comparison base
    True
    """
    opening = sentences[:_OPENING_SENTENCES]
    for sentence in opening:
        match = _REVIEWED_YEAR_RE.search(sentence.text) or _PERIOD_LINE_RE.match(sentence.text)
        if match:
            return int(next(g for g in match.groups() if g))
    if any(_YEARS_REVIEW_RE.match(sentence.text) for sentence in opening):
        return 0
    return None


# A year its opening names (2016/17年度的…, 2019年，全市…, 截至2012年底), not a comparison base nor a start (较2015年, 自2012年),
# nor either end of a span of dates (2003年10月1日至2016年12月31日的婚姻档案: what the span holds, not the year).
_OPENING_YEAR_RE = re.compile(
    r"(?<![较比自从与同])(?<![^截]至)((?:19|20)[0-9]{2})\s*(?:(?:/|-|—|–)\s*(?:19|20)?[0-9]{2}\s*)?年"
    r"(?!以来|来|前)(?![^，,。；;]{0,10}?起?(?:至|到|-|—|–|~)\s*(?:(?:19|20)[0-9]{2}|今))"
)


def _opening_year(sentences: list[Sentence]) -> int | None:
    """The year of an undated document: the first year its opening sentences name, else None.

    >>> _opening_year([Sentence(0, "新年度预算案公布，2016/17年度的社会福利开支预算为724亿元。", 0, 31)])
    2016
    >>> _opening_year([Sentence(0, "较2015年增加11.4%，惠及1万人。", 0, 19)]) is None
    True
    >>> _opening_year([Sentence(0, "本届政府自2012年至今开支增加。", 0, 17)]) is None
    True
    >>> _opening_year([Sentence(0, "1.社会组织。截至2012年底，全国共有社会组织49.9万个。", 0, 29)])  # 截至: as of, a date
    2012
    >>> _opening_year([Sentence(0, "归档2003年10月1日至2016年12月31日的婚姻档案1万份。", 0, 31)]) is None
    True
    >>> _opening_year([Sentence(0, "2019年1-6月，全市发放低保金300万元。", 0, 24)])
    2019
    """
    for sentence in sentences[:_OPENING_SENTENCES]:
        match = _OPENING_YEAR_RE.search(sentence.text)
        if match:
            return int(match.group(1))
    return None


# A numbered heading line, and the year it names if it names one (一、2021年财政预算执行情况; 二、主要做法).
_SECTION_HEADING_RE = re.compile(
    r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?:(?P<year>(?:19|20)[0-9]{2})\s*年(?![0-9一二三四五六七八九十]{1,2}月)"
    r"[^，。；,;0-9]{0,24}|[^，。；,;0-9]{1,24})$")
# A clause that says which date a paragraph's figures are for: 截至2015年底, 截至去年底,
# or a sentence opening with its year (2015年，全国共有…).
_DATING_RE = re.compile(
    r"(?:截至|截止到?)\s*(?:(?P<year>(?:19|20)[0-9]{2})\s*年|(?P<relative>去|今)年)(?:年)?(?:底|末)"
    r"|^\s*(?:在|于)?\s*(?P<opening>(?:19|20)[0-9]{2})\s*(?:[-—–/至]\s*[0-9]{2,4}\s*)?(?:财政)?年(?:全年|度|末|底)?\s*[,，]"
)
# 去年 / 今年 / 明年 as the date of a figure, not as a comparison base (比去年, 较去年同期).
_RELATIVE_YEAR_RE = re.compile(r"(?<![较比与同])(?P<word>去|今|明|过去一|过去的一)年(?!同期|以前)")
_RELATIVE_OFFSET = {"去": -1, "今": 0, "明": 1, "过去一": -1, "过去的一": -1}  # 过去一年: a speech's year just ended


def _dating_year(text: str, document_year: int | None) -> int | None:
    """The year a sentence dates the figures of its paragraph with, if it says one.

    >>> _dating_year("公报指出,截至去年底,全国各类养老床位672.7万张", 2016)
    2015
    >>> _dating_year("截至2015年年底,全国有养老机构2.8万个", 2016)
    2015
    >>> _dating_year("2015年,全国共有老龄事业单位2280个", 2016)
    2015
    >>> _dating_year("全国共有孤儿50.2万人，比上年减少", 2016) is None
    True
    >>> _dating_year("在2009-10年度,社署的实际开支总额为395亿元", 2011)  # a fiscal year opens the paragraph
    2009
    """
    # both of the pattern's branches need 年; a substring test spares most sentences its scan
    match = _DATING_RE.search(text) if "年" in text else None
    if match is None:
        return None
    if match.group("relative"):
        return document_year + _RELATIVE_OFFSET[match.group("relative")] if document_year else None
    return int(match.group("year") or match.group("opening"))


def _earlier_dating_year(sentences: list[Sentence], document_year: int) -> int | None:
    """The year an opening sentence starts with (2022年，我区…), when it is earlier than the year the
    document came out: the year its undated figures are for, else None. A date inside a sentence
    (截至2014年底，…) dates only its own paragraph (``paragraph_year``), not the whole text.

    >>> _earlier_dating_year([Sentence(0, "2022年，我区社会救助工作较好地保障了困难群众。", 0, 24)], 2023)
    2022
    >>> s = [Sentence(0, "截至2022年底，全省共有养老机构1200家。", 0, 22)]
    >>> _earlier_dating_year(s, 2023) is None
    True
    >>> _earlier_dating_year([Sentence(0, "2024年，全市将新建养老床位500张。", 0, 18)], 2024) is None  # the year itself
    True
    >>> _earlier_dating_year([Sentence(0, "截至去年底，全市共有低保对象1万人。", 0, 18)], 2016) is None  # relative: left to 去年
    True
    """
    for sentence in sentences[:_OPENING_SENTENCES]:
        match = _DATING_RE.search(sentence.text)
        if match and match.group("opening"):
            year = int(match.group("opening"))
            return year if year < document_year else None
    return None


# The year a plan's goals are to be met by (到2025年, 到2020年底前, 2025年前): a horizon. It dates the goals
# of the sentences after it that name no year of their own, as a plan's list of targets under one
# 到2025年 line does; 截至2025年 is a date (a figure's), not a horizon.
_HORIZON_RE = re.compile(
    r"(?<![截])(?:到|至)\s*((?:19|20)[0-9]{2})\s*年(?:底|末)?(?![0-9一二三四五六七八九十]{1,2}月)(?!以来|来)"
    r"|((?:19|20)[0-9]{2})\s*年(?:底|末)?\s*(?:以)?前(?![，,]?[^，,。；;]{0,6}(?:相比|比较))"
)


def _horizon_year(text: str, document_year: int | None) -> int | None:
    """The last horizon a sentence sets for the goals after it, else None. A horizon is later than the
    document's year: 到2023年底 in a 2024 report is the date of a figure, not a goal's term.

    >>> _horizon_year("——到2020年底前要实现的数字型目标", 2016)
    2020
    >>> _horizon_year("《规划》明确，到2025年，公共服务制度体系更加完善。", 2022)
    2025
    >>> _horizon_year("到2023年底，全县共有养老机构21家。", 2024) is None  # a date of figures
    True
    >>> _horizon_year("截至2025年6月，全市共有社区食堂80个。", 2024) is None
    True
    >>> _horizon_year("从2021年到2023年，全市累计新增床位800张。", None) is None  # a span's end is no term either
    True
    """
    found = None
    if "年" not in text:
        return found  # both of the pattern's branches need 年; its look-behind makes the scan try every character
    for match in _HORIZON_RE.finditer(text):
        if "从" in text[max(0, match.start() - 12):match.start()] or "自" in text[max(0, match.start() - 12):match.start()]:
            continue
        year = int(match.group(1) or match.group(2))
        if document_year is None or year > document_year:
            found = year
    return found


# A clause that puts the rest of its paragraph in the future: a subject that will or must act (市民政局将持续加强…；
# 二是要深化养老服务改革发展。). 将 before a number or an object it moves (将1200人纳入, 将困难群众纳入低保) is no "will".
_GOAL_MOOD_RE = re.compile(
    r"(?:^|[，,]|[一二三四五六七八九十]是)[^，,。；;:：0-9]{0,14}?"
    r"(?:(?<![需主重纪只])要(?![闻求素点害])|(?<![大名武猛])将(?![军近其之于以0-9一二三四五六七八九十百千万])(?![^，,。；;]{0,12}(?:纳入|列入|作为|视为|转为)))"
)


def _opens_goal_mood(text: str) -> bool:
    """Whether a sentence says its subject will or must act, so the numbers after it in its paragraph,
    with no figure word of their own, are aims.

    >>> _opens_goal_mood("二是要深化养老服务改革发展。")
    True
    >>> _opens_goal_mood("在十方面实事中，市民政局将持续加强城乡居民最低生活保障；")
    True
    >>> _opens_goal_mood("全年将1200名困难群众纳入低保。"), _opens_goal_mood("主要做法是整合资源。")
    (False, False)
    >>> _opens_goal_mood("民政局将困难群众纳入低保范围。")
    False
    >>> _opens_goal_mood("会同县是共和国第一大将粟裕同志的故乡。")  # 大将, a general: no "will"
    False
    """
    # the pattern needs 要 or 将: two substring tests spare most sentences its scan from every comma
    return ("要" in text or "将" in text) and _GOAL_MOOD_RE.search(text) is not None


def _relative_year(head: str, document_year: int | None) -> int | None:
    """The year 去年/今年/明年 before a figure names, from the document's year.

    >>> _relative_year("截至去年底，全市共有", 2016)
    2015
    >>> _relative_year("全市低保标准比去年", 2016) is None
    True
    """
    if not document_year or "年" not in head:
        return None
    found = None
    for found in _RELATIVE_YEAR_RE.finditer(head):
        pass
    return document_year + _RELATIVE_OFFSET[found.group("word")] if found else None


def _set_year(mention: Mention, year: int | None) -> None:
    if year:
        mention.properties["year"] = year
    else:
        mention.properties.pop("year", None)


class _Spans(list):
    """The spans a sentence's earlier passes took, with the positions they cover, so that asking whether a number
    stands inside one is a set lookup (asking each span was quadratic in a sentence of many numbers: 6,400 counts
    of 1万2134人 took 2.6 s, a quarter of that for 3,200).

    >>> taken = _Spans(); taken.append((3, 6)); taken.covers(5), taken.covers(6), len(taken)
    (True, False, 1)
    """

    def __init__(self) -> None:
        super().__init__()
        self._covered: set[int] = set()

    def append(self, span: tuple[int, int]) -> None:
        super().append(span)
        self._covered.update(range(span[0], span[1]))

    def covers(self, position: int) -> bool:
        return position in self._covered


def _targets_in_sentence(sentence: Sentence, info: DocumentInfo, standard: list[str] | None = None) -> list[Mention]:
    text = sentence.text
    if not _HAS_NUMBER_RE.search(text) and not ("成" in text and _TENTHS_RE.search(text)):
        return []  # a share in tenths (接近四成) is the one figure written without a digit or 十百千万亿
    protected = [m.span() for m in _PROTECTED_RE.finditer(text)] + policy_spans(text)
    from_values = _from_values(text)
    from_starts = set(from_values.values())
    found: list[Mention] = []
    taken = _Spans()

    # substring tests first: most sentences have no 连续 / 百分之, and a scan costs more
    for match in _YEARS_RUN_RE.finditer(text) if "连续" in text else ():
        value = _count_value(match.group("num"))
        if value is None or _inside(match.start(), protected):
            continue
        start, end = match.span("num")[0], match.end()
        found.append(_mention(sentence, info, start, end, value, "年", None))
        taken.append((start, end))

    # the mark needs a magnitude character (千, 百, 万 or 亿): substring tests spare most sentences the scan
    if ("千" in text or "百" in text or "万" in text or "亿" in text) and _COMPOUND_MARK_RE.search(text):
        # 较去年增加1千元, 约有8万3千人, 新台币1亿3567万8000元: one amount each (the guide keeps only 万/亿 in the unit).
        for match in _COMPOUND_RE.finditer(text):
            parsed = parse_compound(match.group("num"))
            if parsed is None or _inside(match.start(), protected) or taken.covers(match.start()):
                continue
            value, magnitude = parsed
            unit = match.group("unit")
            if unit == "元" and not magnitude:
                unit += _period_suffix(text, match.start())
            found.append(_mention(sentence, info, match.start(), match.end(), value, magnitude + unit, None))
            taken.append(match.span())

    if "亿" in text:
        # 28亿7,300万元: one amount, 28.73 亿元.
        for match in _MIXED_RE.finditer(text):
            big, small = parse_number(match.group("big")), _ten_thousands(match.group("small"))
            if big is None or small is None or small >= 10_000 or _inside(match.start(), protected) \
                    or taken.covers(match.start()):
                continue
            unit = "亿" + (match.group("unit") or "")
            found.append(_mention(sentence, info, match.start(), match.end(), round(big + small / 10_000, 8), unit, None))
            taken.append(match.span())

    if _RANGE_MARK_RE.search(text):
        # 每人每次500-2000元: the two ends of a range, each a target of the same unit.
        for match in _RANGE_RE.finditer(text):
            low, high = parse_number(match.group("low")), parse_number(match.group("high"))
            if low is None or high is None or low >= high or _inside(match.start(), protected) \
                    or _is_not_a_quantity(text, match.start(), match.end("low")) or text.startswith("月", match.end()):
                continue
            unit = (match.group("mag") or "") + match.group("unit")
            if match.group("low_unit") and match.group("low_unit") != unit:
                continue  # 500元至3000万元 is no range of one unit
            if unit == "元":
                unit += _period_suffix(text, match.start())
            first = len(found)
            low_end = match.end("low_unit") if match.group("low_unit") else match.end("low")
            found.append(_mention(sentence, info, match.start("low"), low_end, low, unit, None))
            found.append(_mention(sentence, info, match.start("high"), match.end(), high, unit, None))
            base = found[first].properties["indicator"] or _previous_clause_name(text, match.start())
            for mention, end_name in zip(found[first:], ("下限", "上限")):
                _rename(mention, base + end_name, None)
            taken.append(match.span())

    if "相当于" in text:
        # 发放相当于一个月的综合社会保障援助标准金额 / 一次性发放相当于3个月低保金的补助: an amount
        # set as months of a standard, allowance or wage (regulations, budget speeches).
        for match in _MONTHS_EQUIVALENT_RE.finditer(text):
            value = _count_value(match.group("num"))
            if value is None or _inside(match.start(), protected) or taken.covers(match.start("num")):
                continue
            mention = _mention(sentence, info, match.start("num"), match.end("months"), value, "个月", None)
            _rename(mention, match.group("base") + "(月数)", None)
            found.append(mention)
            taken.append((match.start("num"), match.end("months")))

    if "个月" in text:
        # 按当地低保标准的6个月计发: a subsidy set as months of the 低保 standard.
        floor_subject = ""  # the amount a floor just bounded, whose cap the next clause may give
        for match in _MONTHS_OF_STANDARD_RE.finditer(text):
            num, low_group, base = ("num", "low", "base") if match.group("num") else ("num2", "low2", "base2")
            value = _count_value(match.group(num))
            if value is None or _inside(match.start(), protected):
                continue
            start, end = match.span(num)[0], (match.end() if num == "num" else text.index("个月", match.end(num)) + 2)
            subject = _clean_indicator(_MONTHS_CAP_RE.sub("", text[_clause_start(text, match.start()):match.start()]))
            if not subject and floor_subject and match.group("bound") in ("不超过", "不高于", "最高", "最多"):
                subject, cap = floor_subject, True  # 不低于2个月…，不超过12个月…: the same amount's cap
            else:
                cap = False
            name = (subject or "补助") + ("" if (subject or "").endswith("标准") else "标准") + "(" + match.group(base) + "月数)"
            if cap:
                name += "上限"
            floor_subject = subject if match.group("bound") in ("不低于", "不少于") else ""
            low = _count_value(match.group(low_group)) if match.group(low_group) else None
            if match.group("bound") in ("不低于", "不少于") and low is None:
                name += "下限"  # 不低于本市2个月…标准: the floor a regulation sets
            if low is not None and low < value:
                # 按当地月低保标准的2至6个月计算: the range's two ends
                low_mention = _mention(sentence, info, match.start(low_group), match.end(low_group), low, "个月", None)
                _rename(low_mention, name + "下限", None)
                found.append(low_mention)
                name += "上限"
            mention = _mention(sentence, info, start, end, value, "个月", None)
            _rename(mention, name, None)
            found.append(mention)
            taken.append((match.start(low_group) if low is not None else start, max(end, match.end())))

    cells = _pipe_row(text) if "|" in text and len(text) <= 80 else None
    if cells:
        # A table row in cells: | (1)养老机构床位数 | 张 | 81,895 |.
        label, unit, num_start, num_end = cells
        value = parse_number(text[num_start:num_end])
        if value is not None:
            mention = _mention(sentence, info, num_start, num_end, value, unit, None)
            _rename(mention, _counted(label, unit), None)
            found.append(mention)
            taken.append((num_start, num_end))
    row = _TABLE_ROW_RE.match(text) if len(text) <= 40 and not cells else None
    if row:
        # A statistics table row: 养老床位 万张 11.3 / 街道（个） 56 / 镇 143.
        unit = row.group("unit1") or row.group("unit2") or ("个" if row.group("label").endswith(_COUNTED_PLACES) else None)
        value = parse_number(row.group("num"))
        if unit and value is not None:
            label = row.group("label").strip()
            mention = _mention(sentence, info, row.start("num"), row.end("num"), value, unit, None)
            # 镇 个 20113: a place level or body named alone is counted (镇数), as in a row in cells
            _rename(mention, _counted(label, unit) if len(label) <= 2 else label, None)
            found.append(mention)
            taken.append(row.span("num"))

    for match in _TENTHS_RE.finditer(text) if "成" in text else ():
        # 已占总开支接近四成, 比去年增加近两成: a share in tenths, recorded as a percentage
        if _inside(match.start(), protected):
            continue  # 《关于…超过三成的调研报告》: part of a title or a quotation
        found.append(_mention(sentence, info, match.start("num"), match.end(), _tenths(match), "%", None))
        taken.append(match.span("num"))

    for match in _PERCENT_WORDS_RE.finditer(text) if "百分之" in text else ():
        value = _count_value(match.group("num"))  # parse_number reads 两 as 2
        if value is None or _inside(match.start(), protected):
            continue
        found.append(_mention(sentence, info, match.start(), match.end(), value, "%", None))
        taken.append(match.span())

    for match in _target_candidates(text):
        previous_indicator = found[-1].properties["indicator"] if found else ""
        num_start, num_end = match.span("num")
        if _inside(num_start, protected) or taken.covers(num_start):
            continue
        if _is_not_a_quantity(text, num_start, num_end):
            continue
        value = parse_number(match.group("num"))
        if value is None or num_start in from_starts:
            continue
        value, words_mag = _magnitude_in_words(match.group("num"), value)
        if words_mag and match.group("unit") and not match.group("mag"):
            unit = words_mag + match.group("unit")  # no per-period suffix on an amount in 万/亿
        else:
            unit = _unit_of(match, text, num_start)
        if unit is None:
            continue
        unit = unit.replace(" ", "")
        if _is_delegation(text, num_start, unit) or _is_agenda(text, num_start, match.end(), unit) \
                or _attends_meeting(text, num_end, match.end(), unit):
            continue
        from_value = from_values.get(num_start)
        found.append(_mention(sentence, info, num_start, match.end(), value, unit, from_value,
                              previous_indicator))
    found.sort(key=lambda m: m.start)
    found = _qualify_tiers(_carry_subjects(_split_pairs(found, text, sentence.start), text, sentence.start), text, sentence.start,
                           standard if standard is not None else [""])
    found = _split_pairs(found, text, sentence.start, listed_too=True)  # a 、 list of values, once tiers are named
    found = _household_pairs(_list_items(_bracket_parts(found, text, sentence.start), text, sentence.start), text, sentence.start)
    found = _benefit_money(_shared_rates(_caps(_per_capita_subjects(found, text, sentence.start))), text, sentence.start)
    found = _carry_scope(_goal_runs(found, text, sentence.start), text, sentence.start)
    found = _programs_each(found, text, sentence.start)
    found = _standard_clauses(_group_money(_bare_amounts(found, text, sentence.start), text, sentence.start), text, sentence.start)
    found = _spent_on_previous(found, text, sentence.start)
    # (a place's share after 其中 is named by its whole first, so that a measure carried after it, 其中城关镇8个，补助资金…,
    # takes the whole's thing and not the town)
    if "其中" in text:
        found = _places_share_whole(found, text, sentence.start)
    found = _measures_of_previous(found, text, sentence.start)
    if "为" in text:
        found = _money_for_group(found, text, sentence.start, info.place)
    # each naming pass below reads a word its pattern needs: a sentence without it skips the pass
    if "资金" in text:
        found = _paid_after_count(found, text, sentence.start)
    found = _modifier_parts(_parallel_measures(_compared_bases(found, text, sentence.start), text, sentence.start), text,
                            sentence.start)
    if "称号" in text:
        found = _honour_titles(found, text, sentence.start)
    if "其中" in text or "包括" in text:
        found = _group_money_parts(found, text, sentence.start)
    found = _paired_changes(found)
    if _roll_res()[2].search(text):
        found = _roll_changes(found, text, sentence.start)
    if "补" in text or "津贴" in text or "生活费" in text:
        found = _listed_benefits(found, text, sentence.start)
    if "长度" in text or "面积" in text or "里程" in text:
        found = _measured_things(found, text, sentence.start)
    found = _lone_act_counts(found)
    if "为" in text:
        found = _deeds_done_for(found, text, sentence.start)
    if "惠及" in text:
        found = _reached_by_named(found, text, sentence.start)
    if "次" in text:
        found = _event_attendance(found, text, sentence.start)
    return _table_cells(found, text, sentence.start) if "|" in text else found


@lru_cache(maxsize=1)
def _roll_res() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """A roll-change item (新增城乡低保, 低保停发, 调出), each change's order, and a gate for any change, from
    ``roll_changes.tsv``."""
    rows = read_lexicon("roll_changes.tsv")
    verbs = {row[1]: row[2] for row in rows if row[0] == "verb"}
    rolls = [row[1] for row in rows if row[0] == "roll"]

    def either(words: list[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    item = re.compile(rf"(?P<v1>{either(list(verbs))})?(?P<roll>{either(rolls)})?(?P<v2>{either(list(verbs))})?")
    return item, verbs, re.compile(either(list(verbs)))


_ROLL_UNIT_RE = re.compile(r"^万?(?:户|人|名)$")


def _roll_changes(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """Changes to an assistance roll counted in households and people (新增城乡低保318户447人，调出406户583人，提标41户
    52人; 低保新增872户1390人、停发964户1507人) are named by the change and the roll, in the order written, with
    户数 or 人数 (新增城乡低保户数, 低保新增人数); a change that leaves the roll out takes the roll of the change before
    it in the sentence (调出城乡低保户数; 城乡低保提标户数: 提标 only follows a roll), and a roll listed after a change
    with 、 takes that change (新纳入低保3560户、特困供养1566人 → 新纳入特困供养人数).

    >>> t = "1-9月，全县新增城乡低保318户447人，调出406户583人，提标41户52人。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['新增城乡低保户数', '新增城乡低保人数', '调出城乡低保户数', '调出城乡低保人数', '城乡低保提标户数', '城乡低保提标人数']
    >>> t = "全年低保新增872户、停发964户。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['低保新增户数', '低保停发户数']
    >>> t = "全年新增养老床位1200张，惠及老年人300人。"  # no roll changed: left to the other rules
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '老年人受益人数'
    """
    item_re, verbs, _ = _roll_res()
    roll = verb = order = ""  # the roll the sentence last changed, the change, and where the change stood
    base = ""  # the last change's name without its measure, for the people after its households (318户447人)
    last_end: int | None = None
    for mention in found:
        start = mention.start - offset
        if not _ROLL_UNIT_RE.match(mention.properties["unit"]):
            base, last_end = "", None
            continue
        clause_at = _clause_start(text, start)
        piece_at = max(clause_at, last_end) if last_end is not None else clause_at
        joined = last_end is not None and "、" in text[last_end:start]
        piece = _LEADING_NOISE_RE.sub("", re.sub(r"[\s、和及]", "", text[piece_at:start]))
        last_end = mention.end - offset
        measure = "户数" if mention.properties["unit"].endswith("户") else "人数"
        if not piece:
            if base and measure == "人数":
                _rename(mention, base + measure, mention.properties.get("scope"))  # 318户447人: the same change's people
            continue
        item = item_re.fullmatch(piece)
        if item is None or (item.group("v1") and item.group("v2")):
            roll = verb = order = base = ""
            continue
        change, named = item.group("v1") or item.group("v2"), item.group("roll")
        if change and named:
            roll, verb, order = named, change, "before" if item.group("v1") else "after"
            base = change + named if order == "before" else named + change
        elif change and roll:
            verb = change
            base = change + roll if order == "before" and verbs[change] == "before" else roll + change
        elif named and verb and joined:
            roll = named
            base = verb + named if order == "before" else named + verb
        else:
            base = ""
            continue
        _rename(mention, base + measure, mention.properties.get("scope"))
    return found


_BARE_CHANGES = ("增幅", "降幅", "涨幅")
_AMOUNT_CHANGE_END_RE = re.compile(r"(?:增加额|提高额|增加数|增长额|减少额|降低额)$")


def _paired_changes(found: list[Mention]) -> list[Mention]:
    """Bare changes in % (增幅达15.6%和18.8%) after as many amounts of different names (城乡低保标准分别增加50元
    和30元 → 城市低保标准, 农村低保标准) are those amounts' changes, one for one: 城市低保标准增幅 (城市),
    农村低保标准增幅 (农村). Fewer amounts than changes, or amounts of one name, leave them as they are.

    >>> from loaders.types import DocumentInfo, Sentence
    >>> t = "城乡低保标准分别提高60元和45元，增幅分别为8.2%和9.1%。"
    >>> [(m.properties["indicator"], m.properties.get("scope")) for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))][2:]
    [('城市低保标准增幅', '城市'), ('农村低保标准增幅', '农村')]
    >>> t = "全年救助120人，增幅为8.2%和9.1%。"  # one amount for two changes: left alone
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))][1:]
    ['增幅', '增幅']
    """
    bare = [i for i, m in enumerate(found) if m.properties["unit"] == "%" and m.properties["indicator"] in _BARE_CHANGES]
    if len(bare) < 2 or bare != list(range(bare[0], bare[0] + len(bare))):
        return found
    amounts = [m for m in found[:bare[0]] if m.properties["unit"] != "%"][-len(bare):]
    names = [_AMOUNT_CHANGE_END_RE.sub("", m.properties["indicator"]) for m in amounts]
    if len(amounts) < len(bare) or len(set(names)) < len(names) or any(len(name) < 2 for name in names):
        return found
    for index, amount, name in zip(bare, amounts, names):
        found[index].properties.pop("scope", None)  # the scope the clause guessed gives way to the amount's
        _rename(found[index], name + found[index].properties["indicator"], amount.properties.get("scope"))
    return found


# 授予…等21个单位“天津民政系统先进集体”称号: the count is of the bodies or people the honour went to.
_HONOUR_AFTER_RE = re.compile(r"\s*(?:单位|集体|同志|个人|人|家)?\s*[“\"「]?(?P<title>[^“”\"「」，。；,;0-9]{2,24}?)[”\"」]?\s*(?:荣誉)?称号")


def _honour_titles(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A count followed by the honour its bodies or people received (授予…等21个单位“先进集体”称号) is named
    after the honour: 先进集体数. A count with no title after it is left as it is.

    >>> from loaders.types import DocumentInfo, Sentence
    >>> t = "决定授予市救助管理站等15个单位“全市民政系统先进集体”称号，授予王某等30名同志“全市民政系统先进个人”称号。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['全市民政系统先进集体数', '全市民政系统先进个人数']
    >>> t = "全市共表彰15个单位，发放奖金30万元。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))][0] != "全市民政系统先进集体数"
    True
    """
    for mention in found:
        if mention.properties["unit"] not in ("个", "名", "人", "家"):
            continue
        honour = _HONOUR_AFTER_RE.match(text, mention.end - offset)
        if honour:
            _rename(mention, honour.group("title") + "数", None)
    return found


_QUANTIFIER_RE = re.compile(r"各类|各种|各级|各")


# A kind of a whole named only by its category (工商服务业类, 国际及其他涉外组织类) or as the rest (其他): never a name
# on its own. 其他 is read only in a list that a category opened. A category may be a capital letter (A类, Ｂ类: the
# tiers of a roll such as 低保).
_CATEGORY_RE = re.compile(r"[\u4e00-\u9fffA-ZＡ-Ｚ、]{1,14}类")
_REST_RE = re.compile(r"其他|其它")
_BREAKDOWN_RE = re.compile(r"其中\s*[:：，,]?")


def _measure_unit(unit: str) -> str:
    """A count's measure word without its magnitude (万个 → 个), to tell a whole's parts counted alike."""
    return unit.lstrip("万亿千百")


_GROUP_MEASURE_RE = re.compile(r"(?:人数|户数|人次|数)$")


def _group_count(group: str, unit: str) -> str:
    """What a count in ``unit`` of the group a whole names is called, for the whole's parts: the group without
    a leading 各类/各种 (it says every kind, and a part is one), without a measure it already ends in, and
    without a trailing 户 when the count is of households, then the measure word (低保户 in 户 → 低保户数, not
    低保户户数; 社会团体数 in 个 → 社会团体数; 各类养老机构 in 个 → 养老机构数).

    >>> _group_count("低保户", "户"), _group_count("各类养老机构", "个"), _group_count("社会团体数", "万个")
    ('低保户数', '养老机构数', '社会团体数')
    >>> _group_count("脱贫人数", "人"), _group_count("救助人次", "人次"), _group_count("住户", "人")
    ('脱贫人数', '救助人次', '住户人数')
    """
    if group.startswith(("各类", "各种")):
        group = _QUANTIFIER_RE.sub("", group, count=1)
    return noun_count(_GROUP_MEASURE_RE.sub("", group), unit)


def _category_parts(found: list[Mention], text: str, offset: int, whole: Mention | None) -> None:
    """Parts of a whole counted by category after 其中 (全国共有社会团体27.1万个。其中：工商服务业类27056个，
    科技研究类18486个，…，其他35825个) are the whole's count with the category in brackets, the form the
    annotation gives a whole's parts (城市低保标准（各区）): 社会团体数(科技研究类). ``whole`` is the last count of
    the sentence before, for a list that opens its own sentence; a count before 其中 in this sentence wins.

    >>> def names(*texts):
    ...     at, sentences = 0, []
    ...     for i, t in enumerate(texts):
    ...         sentences.append(Sentence(i, t, at, at + len(t)))
    ...         at += len(t)
    ...     return [m.properties["indicator"] for m in extract_targets(sentences, DocumentInfo("x"))]
    >>> names("全国共有社会团体27.1万个，比上年增长6.3%。", "其中：工商服务业类27056个，其他358个。")[2:]
    ['社会团体数(工商服务业类)', '社会团体数(其他)']
    >>> names("全省登记基金会900家，其中公募类300家。")
    ['基金会登记数', '基金会登记数(公募类)']
    >>> names("全市有养老机构56个，其中公办养老机构20个，其他36个。")[1:]  # no category: a part named in full stays
    ['公办养老机构', '其他']
    >>> names("全市有社会团体56个。", "另有文化类12个。")[1:]  # no 其中: no part of the count before
    ['文化类']
    >>> names("全县低保户900户，其中一类200户，二类300户。")[1:]  # a household group counted in 户 says 户 once
    ['低保户数(一类)', '低保户数(二类)']
    >>> names("全市低保对象1200人，其中A类300人。")[1:]  # a category by letter
    ['低保对象人数(A类)']
    """
    opened = _BREAKDOWN_RE.search(text)
    if opened is None:
        return
    categorised = False
    for mention in found:
        start = mention.start - offset
        if start < opened.end():
            if mention.properties["unit"] not in ("%", "‰"):
                whole = mention  # 全国共有社会团体27.1万个，其中…: the whole in the same sentence
            continue
        name = mention.properties["indicator"]
        category = _CATEGORY_RE.fullmatch(name) or (categorised and _REST_RE.fullmatch(name))
        if not category or whole is None \
                or _measure_unit(mention.properties["unit"]) != _measure_unit(whole.properties["unit"]):
            continue
        unit = mention.properties["unit"]
        counted = _group_count(whole.properties["indicator"], unit)
        group = counted[:len(counted) - len(measure_word(unit))]
        if len(group) < 2 or _CATEGORY_RE.fullmatch(group):
            continue
        categorised = True
        _rename(mention, f"{counted}({name})", None)
_PART_ACT_RE = re.compile(r"^(?P<verb>救助|保障|资助)(?P<who>[^，。；,;0-9]{2,12})$")


def _modifier_parts(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A part of a group counted, named only by what sets it apart and a 的 (其中注册登记为事业单位的1.8万个, 其中公办的45个),
    is that kind of the group: the part's words, then the group's name past what they share.

    >>> t = "全国注册登记提供住宿的各类民政服务机构共计4.3万个，其中注册登记为事业单位的1.8万个。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '注册登记为事业单位的提供住宿民政服务机构'
    >>> t = "全年共实施临时救助3.2万人次，其中救助非本地户籍对象0.1万人次。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '临时救助非本地户籍对象人次'
    >>> t = "全市共有养老机构120个，其中公办养老机构45个。"  # a part named in full: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '公办养老机构'
    """
    whole: Mention | None = None
    whole_clause = -1  # where the clause of the latest whole starts
    # the last whole of each measure word, with where its clause starts: 户 and 人 of 脱贫户684户1835人
    wholes: dict[str, tuple[Mention, int]] = {}
    # read once (a long list after one whole stays linear), and only where there is one
    opened = [m.start() for m in re.finditer("其中", text)] if "其中" in text else []
    for mention in found:
        start = mention.start - offset
        begins = _clause_start(text, start)
        clause = text[begins:start].strip()
        part = re.sub(r"^(?:其中\s*[:：，,]?\s*)", "", clause)
        if whole is not None and part.endswith("的") and len(part) >= 3 and _opened_between(opened, whole.end - offset, start) \
                and mention.properties["unit"] == whole.properties["unit"] and mention.properties["unit"] != "%" \
                and not part.startswith(("占", "比", "较")):  # 占总人口的14.2%: a share, no part
            group = whole.properties["indicator"]
            shared = len(os.path.commonprefix([part, group]))
            rest = _QUANTIFIER_RE.sub("", group[shared:] if shared >= 2 else group).replace("的", "")
            if len(rest) >= 2:
                _rename(mention, part + rest, None)
            continue
        acted = _PART_ACT_RE.match(part) if whole is not None and mention.properties["unit"] == whole.properties["unit"] \
            and mention.properties["unit"].endswith("人次") and "其中" in clause else None
        if acted and len(acted.group("who")) >= 2:
            # 实施临时救助3.2万人次，其中救助非本地户籍对象0.1万人次: those of the aid counted, 临时救助非本地户籍对象人次
            aid = re.sub(r"(?:累计)?人次$", "", whole.properties["indicator"])
            if len(aid) >= 2 and aid.endswith(acted.group("verb")):
                _rename(mention, aid + acted.group("who") + "人次", None)
            continue
        if whole is not None and _opened_between(opened, whole.end - offset, start):
            own = clause[clause.rfind("其中") + 2:] if "其中" in clause else clause  # (其中登记注册为…: after 其中
            counted, counted_clause = wholes.get(_measure_unit(mention.properties["unit"]), (None, -1))
            # 低保对象1200人，敬老院20所，其中参加培训300人: a whole of the part's unit is its group only when
            # no nearer whole of another unit stands between them (the latest whole, or one in its clause:
            # 脱贫户684户1835人，其中享受低保601户)
            held = _part_held(own.lstrip("：:，, "), mention, counted) \
                if counted is whole or counted_clause == whole_clause else None
            if held:
                _rename(mention, held, None)
                continue
        if "其中" not in clause:
            whole, whole_clause = mention, begins
            wholes[_measure_unit(mention.properties["unit"])] = (mention, begins)
    return found



def _opened_between(opened: list[int], begin: int, end: int) -> bool:
    """Whether one of the sorted positions ``opened`` (of 其中) lies in ``[begin, end)``.

    >>> _opened_between([3, 40], 10, 50), _opened_between([3, 40], 10, 40)
    (True, False)
    """
    at = bisect.bisect_left(opened, begin)
    return at < len(opened) and opened[at] < end

@lru_cache(maxsize=1)
def _part_verb_re() -> re.Pattern[str]:
    verbs = sorted((row[0] for row in read_lexicon("indicator_part_verbs.txt")), key=len, reverse=True)
    return re.compile(rf"^(?P<deed>(?:{'|'.join(map(re.escape, verbs))})[^，。；,;：:0-9的]{{1,12}}?)(?:[0-9.]+万?户)?$")


def _part_held(part: str, mention: Mention, whole: Mention | None) -> str | None:
    """The name of a part of a group that a verb of ``indicator_part_verbs.txt`` sets apart (其中享受低保601户
    of 脱贫户684户): what the part holds, 的, then the group (享受低保的脱贫户数). A head noun the part shares with
    the group is said once (登记注册为事业单位机构 of 提供住宿的社会服务机构). None for any other part.

    >>> t = "全区脱贫户684户1835人，其中享受低保601户1126人，享受五保39户41人。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][2:]
    ['享受低保的脱贫户数', '享受低保的脱贫人数', '享受五保的脱贫户数', '享受五保的脱贫人数']
    >>> t = "全国各类提供住宿的社会服务机构3.7万个(其中登记注册为事业单位机构1.6万个)。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '登记注册为事业单位的提供住宿社会服务机构数'
    >>> t = "全县有低保户900户，其中享受临时救助50户。"  # a household group counted in 户 says 户 once
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '享受临时救助的低保户数'
    >>> t = "全市低保对象1200人，敬老院20所，其中参加培训300人。"  # a nearer whole of another unit: no group
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][2]
    '参加培训'
    >>> t = "全市低保对象1200人，其中享受分类施保的300人。"  # a 的-part: named by _modifier_parts as before
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '享受分类施保的低保对象'
    """
    if whole is None or mention.properties["unit"] in ("%", "‰"):
        return None
    held = _part_verb_re().match(part)
    if held is None:
        return None
    deed = held.group("deed")
    measure = measure_word(mention.properties["unit"])
    counted = _group_count(whole.properties["indicator"].replace("的", ""), mention.properties["unit"])
    group = counted[:len(counted) - len(measure)]
    shared = len(os.path.commonprefix([deed[::-1], group[::-1]]))
    if shared >= 2:
        deed = deed[:-shared]  # 登记注册为事业单位机构 of …机构: the head is the group's
    if len(group) < 2 or len(deed) < 3:
        return None
    return deed + "的" + counted


# A group's money named by the group and a money word (农村低保金, 集中供养五保对象供养资金, 城市特困人员基本生活标准):
# the group, for the parts of the money listed after it.
_GROUP_MONEY_WHOLE_RE = re.compile(
    r"^(?P<group>[^，。；,;0-9]{2,14}?(?:低保|五保|特困|特困供养|对象|人员|老人|老年人|儿童|孤儿|残疾人|家庭|户))"
    r"(?:供养资金|救助资金|保障资金|补助资金|资金|保障金|救助金|供养金|金|基本生活标准|生活标准|供养标准|标准|经费)"
    r"(?:发放额|支出)?$")
# A part of it named by a money word alone (春节补贴, 电费补贴, 基础养老金, 每月财政补助资金, 承包土地收益).
_MONEY_PART_RE = re.compile(r"^(?:其中)?(?:每月|每年|按月)?(?P<part>[^，。；,;0-9]{1,8}?(?:补贴|补助|资金|养老金|收益|金|费))$")
_PART_OPENING_RE = re.compile(r"其中|包括")


def _group_money_parts(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """The parts of a group's money listed after it (农村低保金1342.6万元，其中，春节补贴576.6万元，电费补贴13.1万元;
    …基本生活标准1155元/月·人（包括每月财政补助资金1035元、基础养老金120元）), each named by a money word alone,
    are that group's: the group, then the part (农村低保春节补贴, 城市特困人员基础养老金). A part naming a group
    of its own (其中城市低保金…) is left alone, and so is money whose whole names no group of people (救助资金…).

    >>> t = "农村低保金1342.6万元，其中，春节补贴576.6万元，电费补贴13.1万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['农村低保金', '农村低保春节补贴', '农村低保电费补贴']
    >>> t = "发放救助资金8569万元，其中护理补贴524万元。"  # the whole names no group
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '护理补贴'
    """
    whole: str | None = None
    whole_end = 0
    for mention in found:
        start = mention.start - offset
        if "元" not in mention.properties["unit"]:
            whole = None
            continue
        named = _GROUP_MONEY_WHOLE_RE.match(mention.properties["indicator"])
        part = _MONEY_PART_RE.match(mention.properties["indicator"])
        if whole and part and _PART_OPENING_RE.search(text, whole_end, start) \
                and not any(whole[i:i + 2] in part.group("part") for i in range(len(whole) - 1)):
            _rename(mention, whole + part.group("part"), mention.properties.get("scope"))
            continue
        if named and not _PART_OPENING_RE.search(text, _clause_start(text, start), start):
            whole, whole_end = named.group("group"), mention.end - offset
    return found


_SIDES = (("集中供养", "分散供养"), ("城市", "农村"), ("集中养育", "社会散居"), ("城镇", "农村"))
# A clause that only names the other side of a pair before its number (集中供养的按, 农村为, 城镇居民为).
_OTHER_SIDE_RE = re.compile(r"^\s*(?:对)?(?P<side>集中供养|分散供养|集中养育|社会散居|城市|城镇|农村)(?:居民|的|人员)?(?:按照?|为|是)?(?:每人每[月年])?\s*$")
_MEASURE_WORD_RE = re.compile(r"(?:标准|补贴|补助|津贴|费|金|水平)(?:\([^()]{1,8}\))?$")


def _parallel_measures(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """Parallel clauses of one sentence give one measure to several groups (散居孤儿基本生活费标准每人每月不低于600元，
    集中供养孤儿每人每月不低于1000元): a group named without a measure takes the one the clause before named
    after the same head noun.

    >>> t = "社会散居孤儿基本生活费标准每人每月不低于600元，福利机构集中供养孤儿每人每月不低于1000元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['社会散居孤儿基本生活费标准', '福利机构集中供养孤儿基本生活费标准']
    >>> t = "分散供养特困人员基本生活标准按照当地城市低保标准的1.3倍确定，集中供养的按1.5倍确定。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '集中供养特困人员基本生活标准与城市低保标准之比'
    >>> t = "特困人员月供养标准城市为1200元，农村为980元。"  # the period holds for the other side too
    >>> [(m.properties["indicator"], m.properties["unit"]) for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    ('特困人员月供养标准农村', '元/月')
    >>> t = "城市低保标准每人每月800元，农村特困人员每人每月1040元。"  # no shared head noun: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '农村特困人员'
    """
    for previous, mention in zip(found, found[1:]):
        unit, name, before = mention.properties["unit"], mention.properties["indicator"], previous.properties["indicator"]
        other = _OTHER_SIDE_RE.match(text[_clause_start(text, mention.start - offset):mention.start - offset])
        # (标准城市为1475元，农村为1450元: the period read from the first name holds for the other side)
        same_period = unit == "元" and previous.properties["unit"] in ("元/月", "元/年")
        if other and (unit == previous.properties["unit"] or same_period):
            # …分散供养特困人员基本生活标准按…1.3倍确定，集中供养的按1.5倍确定: the same rule for the other side
            side = other.group("side")
            pair = next((p for p in _SIDES if side in p), ())
            given = next((p for p in pair if p != side and p in before), None)
            if given:
                mention.properties["unit"] = previous.properties["unit"]
                _rename(mention, before.replace(given, side, 1), None)
                continue
        if unit != previous.properties["unit"] or not _PER_PERIOD_MONEY_RE.match(unit) or _MEASURE_WORD_RE.search(name) \
                or not _MEASURE_WORD_RE.search(before) or len(name) < 2 or re.search(r"[。；;]", text[previous.end - offset:mention.start - offset]):
            continue
        head = before.rfind(name[-2:])
        measure = re.sub(r"\([^()]*\)$", "", before[head + 2:]) if head >= 0 else ""  # not the first group's own qualifier
        if len(measure) >= 2 and _MEASURE_WORD_RE.search(measure):
            _rename(mention, name + measure, None)
    return found


_BASE_WORD_RE = re.compile(r"^(?:与|较|同|和)?\s*(?P<word>(?:修订|原|上年度?)?(?:预算|决算|开支))(?:的)?$")
_ESTIMATE_TAIL_RE = re.compile(r"(?:修订)?(?:预算|决算)$")


def _compared_bases(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """The base a value is compared with (与二○二三至二四年度修订预算的1,124亿元比较) is the same measure as the
    value before it, in the base's version: 社会福利经常开支修订预算.

    >>> t = "2024-25年度社会福利经常开支预算为1,274亿元，与2023-24年度修订预算的1,124亿元比较。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['社会福利经常开支预算', '社会福利经常开支修订预算']
    """
    for previous, mention in zip(found, found[1:]):
        if not _COMPARED_WITH_RE.match(text, mention.end - offset):
            continue
        base = _BASE_WORD_RE.match(_LEADING_NOISE_RE.sub("", re.sub(r"^(?:与|较|同|和)", "", mention.properties["indicator"])))
        measure = _ESTIMATE_TAIL_RE.sub("", previous.properties["indicator"])
        if base and len(measure) >= 2:
            _rename(mention, measure + base.group("word"), None)
    return found


# Money named only by its kind (发放保障资金, 补贴, 慰问金合计), paid to the group a ；-clause just counted.
_BARE_GROUP_MONEY_RE = re.compile(
    r"^(?P<word>(?:保障|救助|生活|临时救助)?(?:资金|补贴|补助|津贴)|(?:救助|救助慰问|慰问)金)(?P<tail>发放额|合计|总额)?$")
_HEAD_COUNT_UNIT_RE = re.compile(r"^万?(?:户|人|人次|名|位)$")
_GROUP_COUNT_UNIT_RE = re.compile(r"^万?(?:户|人|名|位)$")  # 人次 counts acts of aid, not a group that owns money
_COUNT_TAIL_RE = re.compile(r"(?:户数|人数|人次数|人次|名数|数)$")


def _joined(head: str, word: str) -> str:
    """``head`` then ``word``, the characters they share said once (困难老党员救助 + 救助金 → 困难老党员救助金).

    >>> _joined("困难老党员救助", "救助金"), _joined("临时救助", "支出资金")
    ('困难老党员救助金', '临时救助支出资金')
    """
    overlap = next((k for k in range(min(len(head), len(word)), 1, -1) if head.endswith(word[:k])), 0)
    return head + word[overlap:]


def _group_money(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A bare money figure after a head count in the same ；-clause is that group's money: 城市低保对象1062户、
    1321人，发放保障资金117.58万元 → 城市低保对象保障资金发放额 (a breakdown's item: the group, then its money).

    >>> text = "其中，为城市低保对象109314人发放补贴7519万元；五保对象4452人发放补贴538.18万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))][1::2]
    ['城市低保对象补贴发放额', '五保对象补贴发放额']
    >>> text = "慰问离休老干部5人，慰问金合计4000元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))][1]
    '离休老干部慰问金'
    >>> text = "救助困难老党员9353人，发放救助金220.8万元。"  # the words the group and the money share are said once
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))][1]
    '困难老党员救助金发放额'
    >>> text = "全年发放补贴4000元。"  # no group counted before it
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))]
    ['补贴发放额']
    """
    for previous, mention in zip(found, found[1:]):
        if not mention.properties["unit"].endswith("元") or not _GROUP_COUNT_UNIT_RE.match(previous.properties["unit"]):
            continue
        bare = _BARE_GROUP_MONEY_RE.match(mention.properties["indicator"])
        if not bare or _run_breaks(text, previous.end - offset, mention.start - offset):
            continue
        group = _GROUP_VERB_RE.sub("", _COUNT_TAIL_RE.sub("", previous.properties["indicator"]))
        word = bare.group("word")
        if not 3 <= len(group) <= _MAX_GROUP or _MONEY_NOUN_END_RE.search(group) or word in group:
            continue  # a long clause or a kind of money already is no group's name
        _rename(mention, _joined(group, word) + (bare.group("tail") or ""), mention.properties.get("scope"))
    return found


_MAX_GROUP = 12
_MONEY_NOUN_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,3}?)(?:资金|补贴|补助|津贴|救助金|抚恤金|慰问金|保障金|礼金|金|款)(?=发放额|支出|额)?")
_BARE_AMOUNT_RE = re.compile(r"^(?:其中|共|计|合计|共计|发放|约)*$")


def _bare_amounts(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """An amount with no words of its own right after a group's head count is that group's money, of the kind
    the sentence paid before (发放各种抚恤金670962元，其中复员军人27人，32.4万元 → 复员军人抚恤金), else its aid's
    (救助流浪乞讨人员15人次，0.7万元 → 流浪乞讨人员救助资金).

    >>> text = "今年共发放各种抚恤金67万元，其中复员军人27人，32.4万元，带病回乡退伍军人14人，7.3万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))][2::2]
    ['复员军人抚恤金', '带病回乡退伍军人抚恤金']
    >>> text = "全年共救助流浪乞讨人员15人次，0.7万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))][1]
    '流浪乞讨人员救助资金'
    """
    paid = ""  # the kind of money the sentence paid before
    for previous, mention in zip([None, *found], found):
        unit = mention.properties["unit"]
        if not unit.endswith("元"):
            continue
        indicator = mention.properties["indicator"]
        if not _BARE_AMOUNT_RE.match(_connective_re().sub("", indicator)) and not (
                previous is not None and indicator == _COUNT_TAIL_RE.sub("", previous.properties["indicator"])):
            nouns = list(_MONEY_NOUN_RE.finditer(indicator))
            paid = _MONEY_LEAD_RE.sub("", nouns[-1].group()) if nouns else paid
            continue
        if previous is None or not _HEAD_COUNT_UNIT_RE.match(previous.properties["unit"]) \
                or _run_breaks(text, previous.end - offset, mention.start - offset):
            continue
        counted = object_first(previous.properties["indicator"])  # 救助流浪乞讨人员人次 → 流浪乞讨人员救助资金
        group = _COUNT_TAIL_RE.sub("", counted)
        word = paid or ("资金" if counted.endswith(("救助人次", "救助人数")) or group.endswith("救助") else "")
        if len(group) < 2 or not word:
            continue
        _rename(mention, _joined(group, word), mention.properties.get("scope"))
    return found


# 为 + a count of a group + the giving + the money, up to the money's number (为902名孤儿和事实无人抚养儿童发放基本生活费
# 199万元; 累计为城乡困难群众发放价格临时补贴3.97亿元: the group's count may be left out). The group holds no 为, so
# an earlier 为 (成为首批为老年人发放…) opens none.
_GROUP_GIVEN_RE = re.compile(
    r"为(?:全[省市区县州])?(?:[0-9０-９.,]+\s*万?\s*[余多]?\s*(?:名|户|人次|个|人|位))?\s*"
    r"(?P<group>(?:(?!为)[\u4e00-\u9fff、]){2,16}?)(?:按时足额|按时|足额|及时)?(?:发放|兑现)了?"
    r"(?P<what>[^，。；,;：:0-9０-９为]{2,12}?)(?:共计|共|约|合计)*\s*$")
# A rate per one (人均, 每户, 每餐) at the end of what was given: the figure is no sum given to the group.
_PER_UNIT_END_RE = re.compile(r"(?:人均|户均|每[\u4e00-\u9fff])$")
# A group that is a verb phrase or a place's all (困难群众解决, 全市) names no one.
_GROUP_WORD_END_RE = re.compile(r"(?:人员|对象|群众|老人|老年人|儿童|孤儿|残疾人|家庭|户|学生|大学生|职工|居民|村民|人口|军人|士兵|家属)$")


def _without_examples_or_place(name: str, text: str, start: int, end: int, place: str | None) -> str:
    """``name`` without a list of examples before 等 and without the page's own ``place`` opening it: they say which
    and where, not what (the number stands at ``start``–``end`` of ``text``). The quoted items are looked for near
    the number only: a name is cut from at most _MAX_INDICATOR + 16 characters around it, and a bounded window keeps
    a long clause of many targets linear."""
    return without_own_place(without_examples(name, text[max(0, start - 80):end + 80]), place)


def _money_for_group(found: list[Mention], text: str, offset: int, place: str | None = None) -> list[Mention]:
    """Money given to a group the clause names after 为 (为6414名困境儿童发放补贴3672.9万元) is that group's money,
    named group first and without the act, as the gold writes such amounts (困境儿童补贴; the owner's seed:
    城乡困难群众价格临时补贴累计发放金额; blind16, blind18, blind25 pages): a name that the gold's 发放额 and
    发放金额 both hold.

    >>> t = "为1200名高龄老人发放高龄津贴86万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['高龄津贴发放人数', '高龄老人高龄津贴']
    >>> t = "全年发放临时救助金300万元。"  # no group named: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['临时救助金发放额']
    >>> t = "累计为4万名困难群众发放各类救助资金约2亿元。"  # a sum of every kind: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '各类救助资金发放额'
    """
    for mention in found:
        if not mention.properties["unit"].endswith("元"):
            continue
        start = mention.start - offset
        given = _GROUP_GIVEN_RE.search(text, max(0, start - 48), start)
        if given is None:
            continue
        group, what = _MONEY_LEAD_RE.sub("", given.group("group")), given.group("what")
        if not _GROUP_WORD_END_RE.search(group) or len(what) < 2 or what.startswith(("各类", "各项", "各种")) \
                or _PER_UNIT_END_RE.search(what):
            continue  # 发放各类救助资金: a sum of every kind of aid keeps its own name (各类救助资金发放额); 补贴人均200元
            # is a rate per head, not the group's money
        # (named after the examples and the page's own place were dropped from the first name: drop them again)
        _rename(mention, _without_examples_or_place(group + what, text, start, mention.end - offset, place),
                mention.properties.get("scope"))
    return found


# A fee of a list (遗体接运费, 骨灰寄存费) with a note in brackets right before its price, or the price inside the note:
# 遗体接运费(普通殡葬专用车，市区25公里内接运)200元, 遗体存放费(屉式普通冷藏柜，110元/天…).
_FEE_NOTE_RE = re.compile(r"(?P<item>[\u4e00-\u9fff]{2,12}费)\s*[（(](?P<note>[^()（）]{0,40}?)(?:[)）]\s*(?:每[具次个天人份])?)?$")
_FEE_LEAD_RE = re.compile(r"^(?:其中|具体|包括|主要|即|含|对|的)+")
# The words of relief a fee's price is given under (免除殡葬基本服务费用 → 遗体接运费免除标准): in the text, only in a
# clause that names a fee too (发放高龄补助1200万元 relieves no fee); 补贴 is paid to people, not taken off a fee.
_RELIEF_WORD_RE = re.compile(r"免除|减免|补助")
_CLAUSE_RE = re.compile(r"[^，。；,;]+")


def _fee_items(found: list[Mention], text: str, offset: int, relief: str) -> str:
    """A price written after a fee and a note in brackets (or inside the note) is that fee's standard under the
    relief last named (免除, 减免, 补助: in the note, or in a clause that names a fee too, in the sentence or a
    sentence before: a page's title 减免基本殡葬服务费用实施办法 still names the relief of its list of fees), named
    as the gold names such lists: 遗体接运费免除标准; with no relief named, the fee alone. The note is no part of
    the name (without this rule the name was a cut of the note: 内接运)). Returns the relief the sentence hands on.

    >>> s = [Sentence(0, "免除殡葬四项基本服务费用。", 0, 13),
    ...      Sentence(1, "其中包括遗体接运费（普通殡葬专用车，市区25公里内接运）200元；", 13, 46)]
    >>> [t.properties["indicator"] for t in extract_targets(s, DocumentInfo("x"))][-1]
    '遗体接运费免除标准'
    >>> s = [Sentence(0, "遗体火化费（普通火化设备）190元。", 0, 18)]  # no relief named: the fee alone
    >>> [t.properties["indicator"] for t in extract_targets(s, DocumentInfo("x"))]
    ['遗体火化费']
    """
    # each clause read once (a lazy search for the word from every start would be quadratic in a long clause)
    words = [(c.start(), said[-1]) for c in _CLAUSE_RE.finditer(text)
             if "费" in c.group() and (said := _RELIEF_WORD_RE.findall(c.group()))]
    for mention in found:
        start = mention.start - offset
        fee = _FEE_NOTE_RE.search(text, max(0, start - 60), start)
        if fee is None or not mention.properties["unit"].startswith("元"):
            continue
        item = _FEE_LEAD_RE.sub("", re.split(r"[、，,；;：:。.0-9]", fee.group("item"))[-1])
        said = _RELIEF_WORD_RE.findall(fee.group("note"))  # the note is at most 40 characters
        before = bisect.bisect_left(words, (fee.start(), "")) if not said else 0
        word = said[-1] if said else words[before - 1][1] if before else relief
        _rename(mention, item + word + "标准" if word else item, mention.properties.get("scope"))
    return words[-1][1] if words else relief


# A place's name (龙归镇, 东湖区, 城关街道), and a list of them sharing one count (东湖区、湾里区各; 重阳镇和西联镇): a
# kind of place (乡镇, 城镇, 城乡, 农村, 各县) is no place, nor a kind of community or village (城市社区, 行政村,
# 脱贫村, 涉农社区, 省级示范村, 新型社区) nor a 超市: those are counted things of their own.
_ONE_PLACE = (r"(?!乡镇|城镇|村镇|集镇|城乡|农村|城区|市区|县区|各|全|本|每|城市|行政|自然|脱贫|贫困|涉农|老旧)"
              r"(?:(?![级型]|示范)[\u4e00-\u9fff]){1,5}?(?:街道|镇|乡|区|县|(?<!超)市|旗|社区|村)")
_PLACES_ONLY_RE = re.compile(rf"^(?:其中[:：]?)?{_ONE_PLACE}(?:[、和及与]{_ONE_PLACE})*[各个]?$")
# a kind of community or village alone (城市社区, 行政村): counted, it is a thing of its own (其中城市社区56个); as a
# share or rate after 其中 (覆盖率达到100%，其中城市社区达到95%) it is the whole's rate for that kind, as a place's is
_KIND_ONLY_RE = re.compile(r"^(?:其中[:：]?)?(?:城市|城镇|农村|涉农|行政|自然|脱贫|贫困)(?:社区|村)$")


def _places_share_whole(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A count named only by places after 其中 (新建4个…中心，其中龙归镇2个、重阳镇和西联镇各1个) is those places'
    share of the whole counted before 其中 in the same sentence, in the same unit, and takes the whole's name, as
    the gold names such shares (the place step links the place).

    >>> t = "新建4个乡镇综合养老服务中心，其中龙归镇2个、重阳镇和西联镇各1个。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['乡镇综合养老服务中心新建数', '乡镇综合养老服务中心新建数', '乡镇综合养老服务中心新建数']
    >>> t = "全市共有养老机构40家，床位3200张，城关镇8家。"  # no 其中: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][-1]
    '城关镇'
    """
    openings = [m.start() for m in re.finditer("其中", text)]  # each found once, not searched for per count
    wholes: dict[str, tuple[list[int], list[Mention]]] = {}  # unit → the ends and counts not named by places, in order
    for mention in found:
        unit = mention.properties["unit"].lstrip("万亿")  # 1.2万人, then 3000人: the same unit
        indicator = mention.properties["indicator"]
        if not _PLACES_ONLY_RE.match(indicator) and not (unit == "%" and _KIND_ONLY_RE.match(indicator)):
            ends, counts = wholes.setdefault(unit, ([], []))
            ends.append(mention.end - offset)
            counts.append(mention)
            continue
        opened = bisect.bisect_left(openings, mention.start - offset)
        ends, counts = wholes.get(unit, ([], []))
        before = bisect.bisect_right(ends, openings[opened - 1]) if opened else 0
        whole = counts[before - 1] if before else None
        if whole is not None and len(whole.properties["indicator"]) >= 2:
            _rename(mention, whole.properties["indicator"], whole.properties.get("scope"))
    return found


@lru_cache(maxsize=1)
def _carried_measures() -> frozenset[str]:
    """The words of ``loaders/data/indicator_carried_measures.txt``."""
    return frozenset(row[0] for row in read_lexicon("indicator_carried_measures.txt"))


# The end of a count's or a standard's name that is its measure, with the deed before it (建设项目数 → 建设项目,
# 备案数 → nothing, 农村低保标准 → 农村低保): what is left is the thing a carried measure is a measure of.
# A rate (完成率) is a rate of the deed, so the deed stays (老旧小区适老化改造户数，完成率 → 老旧小区适老化改造完成率).
@lru_cache(maxsize=2)
def _thing_tail_re(keep_deed: bool = False) -> re.Pattern[str]:
    deed = "" if keep_deed else rf"(?:(?:{verb_re().pattern})(?=(?:户数|人数|人次|户次|数|额)$))?"
    return re.compile(rf"(?:累计)?{deed}(?:户数|人数|人次|户次|数|额|标准)$")


def _measures_of_previous(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A target named by a measure alone (``indicator_carried_measures.txt``: 补助资金, 财产总规模, 服务时长) right
    after another target in the same clause run measures what that target counted or set, and is named with it
    as the gold names it: 养老服务体系建设项目47个，补助资金6476万元 → 养老服务体系建设项目补助资金.

    >>> t = "其中：养老服务体系建设项目47个，补助资金6476万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['养老服务体系建设项目', '养老服务体系建设项目补助资金']
    >>> t = "全年开展免费上门服务12.2万人次，服务时长17.8万小时。"  # the shared word said once
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '免费上门服务时长'
    >>> t = "该项目占地面积4000平方米，建筑面积2500平方米。"  # a measure before it, no thing: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '建筑面积'
    >>> t = "补助资金6476万元。"  # nothing before it: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['补助资金']
    """
    carried = _carried_measures()
    things: dict[int, tuple[str, str]] = {}  # id of a renamed mention → (its thing, its bracket): the run's next one's too
    for previous, mention in zip([None, *found], found):
        indicator = mention.properties["indicator"]
        if previous is None or indicator not in carried or _run_breaks(text, previous.end - offset, mention.start - offset):
            continue
        rate = indicator.endswith("率")  # a rate of the deed: the deed may end the thing
        if id(previous) in things:
            thing, bracket = things[id(previous)]  # 财产总规模…，到账金额…: the same thing's second measure
        else:
            # a place or scope in brackets at the end (农村低保标准(市区)) stays at the end
            parts = _TRAILING_BRACKET_RE.match(previous.properties["indicator"])
            name, bracket = parts.group("name"), parts.group("bracket") or ""
            thing = _thing_tail_re(rate).sub("", name)
        if len(thing) < 2 or thing in carried or _ANY_NUMBER_RE.search(thing) or ends_with_verb(thing) and (not rate or len(thing) <= 2) \
                or _MEASURE_NAME_END_RE.search(thing) or _CLAUSE_IN_NAME_RE.search(thing):
            continue  # nothing left, or a deed named verb first (备案慈善信托): no thing to name it by
        things[id(mention)] = (thing, bracket)
        _rename(mention, _joined(thing, indicator) + bracket, mention.properties.get("scope"))
    return found


# A name that is a clause cut from the text (符合资格且完成审查, 并长期阶段措施), no thing to name a measure by.
_CLAUSE_IN_NAME_RE = re.compile(r"[且或并]|^(?:和|及|与|而)")
# A name that is itself a measure (占地面积, 合同规模, 覆盖率): what follows measures the same thing, not it.
_MEASURE_NAME_END_RE = re.compile(r"(?:面积|规模|金额|资金|率|比例|占比|比重|水平|时长|长度)$")
_TRAILING_BRACKET_RE = re.compile(r"^(?P<name>.*?)(?P<bracket>\([^()]{1,12}\))?$")


# Money named only as spent or put in (支出资金141万元, 投入资金, 救助支出): the name says what was spent, not on what.
_BARE_SPENDING_RE = re.compile(r"^(?:共|累计|共计|合计)?(?P<word>(?:救助)?(?:支出|投入)(?:资金|经费)?|(?:资金|经费)(?:支出|投入))$")
# What a count's name keeps of the programme it counts: after a giving verb (…困难群众发放价格临时补贴人数 →
# 价格临时补贴), without the measure and a running total's 累计.
_GIVEN_IN_NAME_RE = re.compile(r"^.*?(?:发放|给予|落实)(?P<what>[^发放]{2,})$")


def _spent_on_previous(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """Money only said to be spent right after a count of the aid it paid for, in the same clause run (累计临时救助
    6.28万人次，支出资金6989.57万元; 发放价格临时补贴6.5万人，支出资金141万元) is that aid's spending, named as the
    gold names it: 临时救助支出资金, 价格临时补贴支出资金. A count the sentence left unnamed (共救助536人次 → 救助)
    or a ；between the two names nothing.

    >>> t = "累计临时救助6.28万人次，支出资金6989.57万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['临时救助', '临时救助支出资金']
    >>> t = "向困难群众发放价格临时补贴6.5万人，支出资金141万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '价格临时补贴支出资金'
    >>> t = "全年共救助536人次，支出102.24万元。"  # the count names no aid: left as it was
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '救助支出'
    """
    for previous, mention in zip(found, found[1:]):
        if not mention.properties["unit"].endswith("元") or not _HEAD_COUNT_UNIT_RE.match(previous.properties["unit"]):
            continue
        bare = _BARE_SPENDING_RE.match(mention.properties["indicator"])
        if bare is None or _run_breaks(text, previous.end - offset, mention.start - offset):
            continue
        counted = _COUNT_TAIL_RE.sub("", object_first(previous.properties["indicator"]))
        given = _GIVEN_IN_NAME_RE.match(counted)
        # (价格临时补贴发放人数: the giving verb after the aid is the count's, not the aid's)
        aid = re.sub(r"(?:发放|给予|落实)$", "", (given.group("what") if given else counted).replace("累计", ""))
        if not 3 <= len(aid) <= _MAX_GROUP or lone_act(aid):
            continue  # 救助, 共救助: no aid named; a long clause is no aid's name
        word = bare.group("word")
        _rename(mention, _joined(aid, word), mention.properties.get("scope"))
    return found


# Money only said to be given out (发放资金2121万元, 当月共发放资金, 1-9月累计发放资金; or 资金 alone after a count
# that was given out), as written before the number: its period, its running total and whether 发放 is said.
_BARE_PAID_RE = re.compile(
    r"^(?P<when>当月|本月|当年|本年|全年|[0-9０-９]{1,2}\s*[-—－~至]\s*[0-9０-９]{1,2}月(?:份)?)?(?:共|共计|合计|及时|足额|已)*"
    r"(?P<run>累计)?(?P<paid>发放)?了?资金(?:约|近|逾|达|共)?$")
# The deed a count of aid's name ends with that is no part of the aid's own name (城乡低保累计保障 → 城乡低保).
_COUNTED_DEED_TAIL_RE = re.compile(r"(?:保障|发放|在册|享受)$")


def _paid_after_count(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """Money only said to be given out (发放资金, 资金) after a count of the aid it paid, in the same clause run, is
    that aid's money, named as the study pages' gold names it: the aid, then the words as written (全年城乡低保累计保障
    51768人次，发放资金2121万元 → 城乡低保发放资金; 累计发放高龄津贴8600人次，发放资金95万元 → 高龄津贴发放资金;
    当月共发放资金 → 城乡低保当月发放资金). Without it the money was 资金发放额, no aid's name. A bare act counted
    (累计救助194人次，发放资金59万元) names the act's money (救助发放资金). Nothing after a count of things (个, 家),
    across a ；, or when neither the money nor the count says 发放 (…人次，资金…万元 after a count of what was not
    given out).

    >>> t = "全年城乡低保累计保障5100人次，发放资金560万元；"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '城乡低保发放资金'
    >>> t = "城乡低保在册8100户10200人，当月共发放资金420万元，1-9月累计发放资金3900万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][2:]
    ['城乡低保当月发放资金', '城乡低保1-9月累计发放资金']
    >>> t = "建成老年食堂12个，发放资金30万元。"  # a count of things: no aid paid
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '资金发放额'
    """
    count: Mention | None = None  # the last count of people or households in this clause run
    for mention in found:
        unit = mention.properties["unit"]
        if _HEAD_COUNT_UNIT_RE.match(unit):
            count = mention
            continue
        if count is None or not unit.endswith("元") or _run_breaks(text, count.end - offset, mention.start - offset):
            continue
        start = mention.start - offset
        paid = _BARE_PAID_RE.match(text[_clause_start(text, start):start].strip())
        counted = _COUNT_TAIL_RE.sub("", object_first(count.properties["indicator"]))
        if paid is None or not (paid.group("paid") or "发放" in counted):
            continue
        aid = counted.replace("累计", "")
        trimmed = _COUNTED_DEED_TAIL_RE.sub("", aid)
        aid = trimmed if len(trimmed) >= 2 else aid
        if not 2 <= len(aid) <= _MAX_GROUP:
            continue
        _rename(mention, aid + re.sub(r"\s", "", paid.group("when") or "") + (paid.group("run") or "") + "发放资金",
                mention.properties.get("scope"))
    return found


# A kind of benefit paid to people (护理补贴, 生活费, 高龄津贴 …), alone or after whom it is paid to, with the giving
# measure or not: 护理补贴 | 集中供养老年人 + 生活费 + 发放额.
_BENEFIT_WORD = r"(?:护理|生活|高龄|养老服务|基本生活|医疗)?(?:补贴|补助|津贴|生活费|补助金)"
_BARE_BENEFIT_RE = re.compile(rf"^(?P<benefit>{_BENEFIT_WORD})(?P<tail>发放额)?$")
_GROUP_BENEFIT_RE = re.compile(rf"^(?P<group>[^，、。；0-9]{{2,12}}?)(?P<benefit>{_BENEFIT_WORD})(?P<tail>发放额)?$")


def _listed_benefits(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A benefit listed right after another benefit of the people named before it, in the same clause run, is paid
    to those people too: 发放集中供养老年人生活费916万元，护理补贴370万元 → 集中供养老年人护理补贴发放额;
    残疾人生活补贴3758.8万元，护理补贴524.9万元 → 残疾人护理补贴. Without it the second was a bare 护理补贴, no
    one's. A benefit after money of no group of people (低保金…，护理补贴…; 高龄津贴…和护理补贴…) or across a ； is
    left alone.

    >>> t = "全年发放集中供养老年人生活费916万元，护理补贴370万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['集中供养老年人生活费发放额', '集中供养老年人护理补贴发放额']
    >>> t = "全年发放低保金3200万元；护理补贴370万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '护理补贴'
    """
    for previous, mention in zip(found, found[1:]):
        if not (previous.properties["unit"].endswith("元") and mention.properties["unit"].endswith("元")):
            continue
        bare = _BARE_BENEFIT_RE.match(mention.properties["indicator"])
        named = _GROUP_BENEFIT_RE.match(previous.properties["indicator"]) if bare else None
        if named is None or named.group("benefit") == bare.group("benefit") or not ends_with_people(named.group("group")) \
                or _run_breaks(text, previous.end - offset, mention.start - offset):
            continue  # (高龄津贴…和护理补贴: 高龄 is the benefit's own word, no people)
        tail = bare.group("tail") or named.group("tail") or ""
        _rename(mention, named.group("group") + bare.group("benefit") + tail, mention.properties.get("scope"))
    return found


# A count opened by 为 (为7000户特殊困难老年人实施家庭适老化改造; 四、为7600名高龄老人提供…): the people a deed was
# done for follow the number, the deed follows them.
_DONE_FOR_RE = re.compile(r"^(?:[一二三四五六七八九十]+、)?(?:共|累计|先后|已|还|同时|并|全年|今年)*为(?:全[省市县区])?(?:约|近|超过)?\s*$")
_DONE_FOR_UNITS = frozenset("户人名位个家所")


def _deeds_done_for(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A count of the people a deed was done for, written 为 + number + whom + deed (为2600户特殊困难老年人家庭安装
    智能水表), is named by whom and the deed (特殊困难老年人家庭安装智能水表户数), as most study pages' gold names it;
    without it the name was the words before 为 (…服务老年人数为) or the deed without whom (家庭适老化改造户数).
    A name that already says whom (落户滞留人员数), money in the deed (为17家养老机构发放建设补贴151万元) or no 为
    before the number leave the count alone.

    >>> t = "全年新建老年食堂12个，为2600户特殊困难老年人家庭安装智能水表。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '特殊困难老年人家庭安装智能水表户数'
    >>> t = "为17家养老机构发放建设补贴151万元。"  # money in the deed: left to the money rules
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][0] != "养老机构发放建设补贴数"
    True
    """
    for mention in found:
        unit = mention.properties["unit"].removeprefix("万")
        start, end = mention.start - offset, mention.end - offset
        if unit not in _DONE_FOR_UNITS or not _DONE_FOR_RE.match(text[_clause_start(text, start):start]):
            continue
        following = re.sub(r"^(?:余|多)?(?:以上)?", "", text[end:_clause_end(text, end)])
        split = served_and_deed(following)
        if split is None or split[0] in mention.properties["indicator"]:
            continue
        _rename(mention, split[0] + split[1] + measure_word(unit), mention.properties.get("scope"))
    return found


# What reached people, told right before 惠及 (就餐功能惠及8100余名老人; …护理补贴政策惠及66万人), without the
# adverbs of a forecast or a running total and without 政策 (the gold names the benefit, not its policy).
_REACHED_BY_SUBJECT_RE = re.compile(
    r"^(?P<subject>[^，。；,;：:0-9０-９]{2,30}?)(?:政策)?(?:共|累计|将|预计|已)*惠及(?:约|近|超过|逾)?\s*$")
# Whom it reached, told after the number (8100余名老人): a word for people up to the clause's end.
_REACHED_WHO_AFTER_RE = re.compile(r"(?:余|多)?(?P<who>[^，。；,;：:0-9０-９]{1,10}?)(?=[，。；,;：:]|$)")
# Whom it reached, told before the number after the money that paid it (…资金1.71亿元，惠及困难群众2.75万人).
_REACHED_WHO_BEFORE_RE = re.compile(r"^(?:共|累计|将|预计|已)*惠及(?P<who>[^，。；,;：:0-9０-９]{2,12}?)(?:约|近|超过|逾)?\s*$")
# The aid a money figure's name pays, without its giving measure (城乡最低生活保障资金发放额 → 城乡最低生活保障) and
# without whom a list before it named (城乡低保、…等对象价格临时补贴 → 价格临时补贴).
_PAID_AID_RE = re.compile(
    r"^(?:.*等对象)?(?P<aid>[^、，。；0-9]{2,14}?)(?:(?:资金|金)?(?:累计)?发放额$|(?<=补贴|津贴|补助|救助|保障|供养)$)")


def _reached_by_named(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A count of the people something reached (惠及), named by what reached them, then 惠及 and whom, as the study
    pages' gold names such counts (就餐功能惠及老人数, 价格临时补贴惠及困难群众人次): what reached them is the
    clause's subject before 惠及 (就餐功能惠及8100余名老人), else the aid whose money was given out just before in
    the same clause run (发放临时救助资金2367万元，惠及困难群众1.04万人次). Without it the count was named by the
    subject alone (就餐功能) or by whom (困难群众受益人次). A 惠及 with nothing named before it (将惠及全市21万名低保
    对象) or after a rate (提高10%，惠及…) is left to :func:`_benefited`.

    >>> t = "今年老年助餐服务惠及6200余名老人。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['老年助餐服务惠及老人数']
    >>> t = "全年发放临时救助资金860万元，惠及困难群众5200人次。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '临时救助惠及困难群众人次'
    >>> t = "低保标准提高10%，将惠及全市2.1万名低保对象。"  # after a rate: left to _benefited
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '低保对象受益人数'
    """
    previous: Mention | None = None
    for mention in found:
        unit = mention.properties["unit"]
        if not _PEOPLE_UNIT_RE.match(unit):
            previous = mention
            continue
        start, end = mention.start - offset, mention.end - offset
        clause = text[_clause_start(text, start):start].strip()
        measure = measure_word(unit.replace("名", "人"), "")
        named = _REACHED_BY_SUBJECT_RE.match(clause)
        subject = _DEED_ADVERBS_RE.sub("", named.group("subject")) if named else ""
        if len(subject) >= 2:
            after = _REACHED_WHO_AFTER_RE.match(text, end, _clause_end(text, end))
            who = after.group("who") if after and ends_with_people(after.group("who")) else ""
            if who:  # (老人 + 数, not 老人人数)
                measure = "数" if who.endswith("人") and measure == "人数" else measure
            _rename(mention, subject + "惠及" + who + measure, mention.properties.get("scope"))
        else:
            before = _REACHED_WHO_BEFORE_RE.match(clause)
            paid = _PAID_AID_RE.match(previous.properties["indicator"]) if previous is not None and before \
                and previous.properties["unit"].endswith("元") \
                and not _run_breaks(text, previous.end - offset, start) else None
            if paid and not paid.group("aid").endswith(before.group("who")):
                _rename(mention, paid.group("aid") + "惠及" + before.group("who") + measure,
                        mention.properties.get("scope"))
        previous = mention
    return found


# Events counted (开展婚前宣传服务1414次, 累计开展文明实践主题活动10场次), then a bare act before the people they
# drew (、参与3402人次; ，服务村民737人次): the event's name, the act and whom, up to the number.
_EVENTS_THEN_ACT_RE = re.compile(
    r"(?P<event>[^，。；,;：:0-9０-９]{2,40}?)(?:共|累计)?\s*[0-9０-９][0-9０-９.,]*\s*(?:余|多)?(?:场次|场|次)\s*[，,、]\s*"
    r"(?P<act>参与|服务|惠及|覆盖)(?P<who>[^，。；,;、：:0-9０-９]{0,6}?)(?:约|近|超过|逾)?\s*$")
# ... or the events, the number of people, then the act (活动5场，140余人次参与).
_EVENTS_BEFORE_RE = re.compile(
    r"(?P<event>[^，。；,;：:0-9０-９]{2,40}?)(?:共|累计)?\s*[0-9０-９][0-9０-９.,]*\s*(?:余|多)?(?:场次|场|次)\s*[，,、]\s*$")
_ACT_AFTER_RE = re.compile(r"\s*(?P<act>参与|受益|受惠)(?=[，。；,;]|$)")
# The deed that held the events and what stood before it (社区累计开展…, 组织开展…): no part of the events' name.
_EVENT_DEED_RE = re.compile(r"^.*?(?:开展|组织|举办|举行)(?!.*(?:开展|组织|举办|举行))")
_EVENT_WINDOW = 60  # characters at most: the two clauses read are never longer in a list of events


def _event_attendance(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """People counted in 人次 right after a count of events, told by a bare act (开展婚前宣传服务1414次、参与3402
    人次; 开展文明实践主题活动10场次，服务村民737人次; 活动5场，140余人次参与), are the events' attendance, named
    by the events, the act and whom: 婚前宣传服务参与人次, 文明实践主题活动服务村民人次. Without it the name was the
    words between the numbers (次、参与) or the act alone (参与, 服务村民). Counts after anything but events (建成
    养老机构12个，服务3000人次) are left to the other rules.

    >>> t = "全年开展婚前辅导讲座210次、参与4300人次，婚姻家庭课堂共18次、参与620人次。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['婚前辅导讲座参与人次', '婚姻家庭课堂参与人次']
    >>> t = "今年以来社区累计开展邻里节活动12场次，服务居民850人次。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][1]
    '邻里节活动服务居民人次'
    """
    for mention in found:
        if not re.fullmatch(r"万?人次", mention.properties["unit"]):
            continue
        start, end = mention.start - offset, mention.end - offset
        # this clause and the one before it (the events may end the clause before: …10场次，服务村民737人次)
        clause = _clause_start(text, start)
        before = _clause_start(text, clause - 1) if clause > 0 and text[clause - 1] in "，," else clause
        window = text[max(before, start - _EVENT_WINDOW):start]
        told = _EVENTS_THEN_ACT_RE.search(window)
        listed = None if told else _EVENTS_BEFORE_RE.search(window)
        after = _ACT_AFTER_RE.match(text, end, _clause_end(text, end)) if listed else None
        if told is None and after is None:
            continue
        event = _EVENT_DEED_RE.sub("", (told or listed).group("event")).strip()
        event = _DEED_ADVERBS_RE.sub("", event) if _DEED_ADVERBS_RE.match(event) else event
        if len(event) < 2:
            continue
        act, who = (told.group("act"), told.group("who")) if told else (after.group("act"), "")
        _rename(mention, event + act + who + "人次", mention.properties.get("scope"))
    return found


# A size named before its number, the thing it measures after it (完成了总长度约14468公里的省界联检任务, 建成建筑
# 面积3667平方米的骨灰堂): the measure noun, then hedges, up to the number.
_MEASURE_BEFORE_RE = re.compile(r"(?P<measure>(?:总|建筑|占地|使用)?(?:长度|面积|里程))(?:约|达|为|近|超过|共|计)*\s*$")
# ... and the thing: 的 + a noun phrase up to the clause's end, without a closing 任务 or 工作.
_THING_AFTER_RE = re.compile(r"的(?P<thing>[^，。；,;、：:0-9０-９“”（）()]{2,16}?)(?:任务|工作)?(?=[，。；,;、]|$)")


def _measured_things(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A size whose measure is named before the number and whose thing follows it after 的 is that thing's size:
    完成了总长度约14468公里的省界联检任务 → 省界联检总长度 (without it: 总长度完成数, the measure as the thing
    done), 建成建筑面积3667平方米的骨灰堂 → 骨灰堂建筑面积. A size with no 的-phrase after it keeps its name.

    >>> t = "全年完成了总长度约13600公里的省界联检任务。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['省界联检总长度']
    >>> t = "机构占地面积1200平方米。"  # no 的-phrase after the number: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['机构占地面积']
    """
    for mention in found:
        start, end = mention.start - offset, mention.end - offset
        measure = _MEASURE_BEFORE_RE.search(text, max(0, start - 12), start)
        thing = _THING_AFTER_RE.match(text, end) if measure else None
        if thing:
            _rename(mention, thing.group("thing") + measure.group("measure"), mention.properties.get("scope"))
    return found


# Units of a count of people or households reached by an act (救助194人次, 安置175人, 慰问320户).


def _lone_act_counts(found: list[Mention]) -> list[Mention]:
    """A count named by an act of aid alone (全年共计救助58人次 → 救助; the acts of ``indicator_aid_verbs.txt``),
    when no rule found whom the act reached, is named with its measure: 救助人次, 慰问户数 — the gold's name for
    such a count (救助人次) or the end of it (社会救助人次, 临时救助人次), where a bare verb names no indicator at
    all. A deed done to things (建立不少于20人的…队伍: 建立), other units (救助站3个) and names with more than the
    act are left alone.

    >>> t = "全年共计救助58人次。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['救助人次']
    >>> t = "建立不少于20人的网评员队伍。"  # no act of aid: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['建立']
    >>> t = "累计救助流浪乞讨人员58人次。"  # whom it reached is named: left to the other rules
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))]
    ['流浪乞讨人员累计救助人次']
    """
    for mention in found:
        indicator, unit = mention.properties["indicator"], mention.properties["unit"]
        act = lone_act(indicator) if PEOPLE_COUNT_UNIT_RE.match(unit) else None
        if act and act[1] == indicator and is_aid_deed(indicator):
            _rename(mention, indicator + measure_word(unit), mention.properties.get("scope"))
    return found


_MONEY_LEAD_RE = re.compile(r"^(?:各种|各类|各项|发放|共|全部)+")
_GROUP_VERB_RE = re.compile(r"^(?:实施|开展|为)|慰问$|发放$")  # 实施临时救助24户: the act is no part of whose money it is


# A regulation's standards clause: 对 + recipients + 按(照) + [每人每月] amount + [的标准] + 发放 + benefit
# (对重度残疾人按照每人每月120元的标准发放护理补贴; 失能老人护理补贴按60元/人/月的标准发放).
_STANDARD_BEFORE_RE = re.compile(
    r"^(?:对于?|为|给予)?(?P<who>[^，。；,;按以0-9]{2,18}?)?(?:均|统一)?(?:按照?|以)(?:每人每[月年日天次]|每人|每户|每月|每年|每次|每日|每具|每例)?\s*$")
_STANDARD_AFTER_RE = re.compile(
    r"^(?:/[^\s，。；,;0-9]{1,6})?\s*的?(?:补助|补贴|救助|保障)?标准(?:按月|按季度?|按年)?(?:发放|给予|计发|予以补助|补助)(?P<what>[^，。；,;0-9]{0,12})"
    r"|^(?:/[^\s，。；,;0-9]{1,6})?\s*(?:按月|按季度?|按年)?(?:发放|给予|计发)(?P<what2>[^，。；,;0-9]{0,12})")


def _standard_clauses(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """An amount a standards clause sets, named by whom it is for and what is paid: 重度残疾人护理补贴标准; a next
    clause with no benefit word (集中供养孤儿按每人每月1800元发放) pays the one the clause before named.

    >>> text = "对散居孤儿按每人每月1200元标准发放基本生活费，集中供养孤儿按每人每月1800元发放。"
    >>> [(m.properties["indicator"], m.properties["kind"]) for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))]
    [('散居孤儿基本生活费标准', 'goal'), ('集中供养孤儿基本生活费标准', 'goal')]
    >>> text = "失能老人护理补贴按60元/人/月的标准发放。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))]
    ['失能老人护理补贴标准']
    >>> text = "全年按时发放低保金3200万元。"  # no 按…标准 clause: left alone
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))]
    ['低保金发放额']
    """
    paid = ""  # the benefit the last standards clause named
    for mention in found:
        unit = mention.properties["unit"]
        if not unit.startswith("元") and not unit.endswith("元"):
            continue
        start, end = mention.start - offset, mention.end - offset
        before = _STANDARD_BEFORE_RE.match(text[_clause_start(text, start):start])
        after = _STANDARD_AFTER_RE.match(text[end:_clause_end(text, end)]) if before else None
        if not before or not after:
            continue
        who = _clean_indicator(before.group("who") or "")
        what = _clean_indicator((after.group("what") or after.group("what2") or "").strip()) or paid
        if len(who) < 2 and len(what) < 2:
            continue
        # 按每具800元给予基本殡葬服务补助: no group named, the benefit names the standard
        name = who + (what if what and what not in who else "") if len(who) >= 2 else what
        _rename(mention, name if name.endswith("标准") else name + "标准", None)
        mention.properties["kind"] = "goal"
        paid = what or paid
    return found


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def _table_cells(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A table row in cells (| 改扩建乡镇敬老院 | 所 | 改扩建乡镇敬老院18所 | 18所 | 100% |): a number
    alone in its cell either repeats a figure of the row (the 已完成数 column) or is a share whose
    name is only the column header's; neither gives a target of its own.

    >>> from loaders.types import Sentence, DocumentInfo
    >>> text = "| 敬老院改扩建 | 所 | 改扩建乡镇敬老院18所 | 18所 | 100% |"
    >>> [(m.properties["value"], m.properties["indicator"]) for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))]
    [(18.0, '改扩建乡镇敬老院')]
    """
    kept: list[Mention] = []
    for mention in found:
        # bounded looks (a cell is short), so a long row stays linear
        at, after = mention.start - offset, mention.end - offset
        cell_start = text.rfind("|", max(0, at - _MAX_LOOKBACK), at)
        cell_end = text.find("|", after, after + _MAX_LOOKBACK)
        alone = cell_start >= 0 and cell_end >= 0 and not _CJK_RE.search(text[cell_start + 1:at]) \
            and not _CJK_RE.search(text[after:cell_end])
        if alone and not _CJK_RE.search(mention.properties["indicator"]):
            continue
        if alone and any(k.properties["value"] == mention.properties["value"] and k.properties["unit"] == mention.properties["unit"]
                         for k in kept):
            continue
        kept.append(mention)
    return kept


_CAP_RE = re.compile(r"^(?P<end>最高|最多|最低|最少)(?:不得|不)?$")


def _caps(found: list[Mention]) -> list[Mention]:
    """最高不超过3000元 after 每人每次500元: the cap of the amount before it (the unit stays as
    written: no per-person phrase stands before 3000元).

    >>> s = Sentence(0, "临时救助标准一般为每人每次500元，最高不超过3000元。", 0, 29)
    >>> [(t.properties["indicator"], t.properties["unit"]) for t in extract_targets([s], DocumentInfo("x"))][-1]
    ('临时救助标准上限', '元')
    >>> s = Sentence(0, "救助标准为每人每次不超过当地月低保标准的3倍，最高不超过1万元。", 0, 32)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))]
    ['救助标准与月低保标准之比', '救助标准上限']
    """
    for previous, mention in zip(found, found[1:]):
        cap = _CAP_RE.match(mention.properties["indicator"])
        if not cap:
            continue
        base = re.sub(r"(?:上限|下限)$", "", previous.properties["indicator"])
        if previous.properties["unit"] != mention.properties["unit"]:
            base = re.sub(r"与.{2,}之比$", "", base)  # 不超过…低保标准的3倍，最高不超过1万元: the amount's own cap
        _rename(mention, base + ("上限" if cap.group("end") in ("最高", "最多") else "下限"), None)
    return found


# A per-person amount named without whose it is: 月人均补差, 年人均救助水平, 人均补助.
_PER_CAPITA_RE = re.compile(r"^(?:月|年)?人均[^0-9]{1,6}$|^(?:月|年)?(?:平均)?(?:补助|救助|保障|补差)水平$"
                            # 平均保障标准为730元, 集中和分散救助供养平均标准分别为965元: an average over the group
                            r"|^(?:月|年)?(?:[^0-9，。；]{0,6}?)平均(?:保障|救助|供养|补助)?标准$")
# A group counted by head (城市低保对象36.54万人) is the one the per-person amounts after it are of;
# 对象 names the people, the measure is the programme's (城市低保平均保障标准).
_GROUP_OBJECT_RE = re.compile(r"(?<=.{2})对象$")
_MONEY_TOPIC_RE = re.compile(r"(?<=.{2})(?:资金|经费|金)$")
_TOPIC_MEASURE_RE = re.compile(r"(?:户数|人数|人次|对象数|家庭数|支出|发放额|额|数)$")


def _per_capita_subjects(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A per-person amount belongs to the group the run of comma clauses opened with.

    >>> s = Sentence(0, "农村医疗救助2576人次，支出医疗救助金107万元，年人均救助水平达到190元。", 0, 40)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][-1]
    '农村医疗救助年人均救助水平'
    >>> s = Sentence(0, "全省共有低保对象262万人，其中，城市低保对象36.54万人，平均保障标准为730元/人.月，补助水平为469元/人.月；", 0, 60)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][-2:]
    ['城市低保平均保障标准', '城市低保补助水平']
    >>> s = Sentence(0, "城市居民最低生活保障标准提高到520元，月人均补助水平提高到不低于274元。", 0, 37)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][-1]
    '城市居民最低生活保障月人均补助水平'
    >>> s = Sentence(0, "全市有农村低保对象6513户8743人，比去年同期增加847人，月人均补差50.9元。", 0, 40)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][-1]
    '农村低保月人均补差'
    >>> s = Sentence(0, "城市低保标准为730元/人.月。", 0, 16)  # a standard named in full carries nothing
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))]
    ['城市低保标准']
    """
    opener = found[0] if found else None
    group = opener if opener is not None and _HEAD_COUNT_UNIT_RE.match(opener.properties["unit"]) else None
    for previous, mention in zip(found, found[1:]):
        if _CLAUSE_CHAIN_BREAK_RE.search(text[previous.end - offset:mention.start - offset]):
            opener = mention
            group = mention if _HEAD_COUNT_UNIT_RE.match(mention.properties["unit"]) else None
            continue
        indicator = mention.properties["indicator"]
        if not _PER_CAPITA_RE.match(indicator):
            if _HEAD_COUNT_UNIT_RE.match(mention.properties["unit"]) \
                    and not _CHANGE_CLAUSE_RE.match(text, _clause_start(text, mention.start - offset)):
                group = mention  # 其中，城市低保对象36.54万人: the last group counted (not 比去年同期增加847人, its change)
            continue
        topic = _TOPIC_MEASURE_RE.sub("", (group or opener).properties["indicator"])
        if group is not None:
            topic = _GROUP_OBJECT_RE.sub("", topic)
        else:
            if opener.properties["unit"].endswith("元"):
                topic = _MONEY_TOPIC_RE.sub("", topic)  # 支出临时救助资金…，平均救助水平: the aid's level, not the fund's
            if "元" in opener.properties["unit"] and not indicator.endswith("标准") and not _PER_CAPITA_RE.match(topic):
                topic = _STANDARD_TAIL_RE.sub("", topic)  # 低保标准提高到520元/月，月人均补助水平…: the programme's level
        topic = _AID_DEED_TAIL_RE.sub("", topic)  # 城市低保救助4282人…，月人均补助234元: 城市低保's, 救助 is the deed
        if len(topic) >= 2 and topic not in indicator and not _PER_CAPITA_RE.match(topic):
            _rename(mention, topic + indicator, None)
    return found


# A clause that tells a change of the figure before (比去年同期增加847人), not a group of its own.
_CHANGE_CLAUSE_RE = re.compile(r"\s*(?:比|较|同比|与)")
# The standard a programme's money was named by (城市居民最低生活保障标准), and the aid its count was named by
# (城市低保救助): the programme's per-person level is named by the programme alone.
_STANDARD_TAIL_RE = re.compile(r"(?<=.{2})标准$")
_AID_DEED_TAIL_RE = re.compile(r"(?<=低保|五保|特困)救助$")
_HOUSEHOLD_BASE_RE = re.compile(r"(?:户数|人数|户)$")  # not a bare 人: 低保家庭老年人 keeps it
# 其中农村701户832人 / 其中城镇低保63户: a breakdown by area of the group counted before it
_AREA_PART_RE = re.compile(r"^(?:其中)*(?P<area>城市|城镇|农村)$")


_CARE_MODE_PART_RE = re.compile(r"^(?:其中)?(?P<group>[^，。；0-9]{0,8}?)(?P<mode>集中供养|分散供养|集中养育|社会散居)(?:人数|数)?$")
# a count of people or households (its later redefinition, which shadowed a 人|名-only one, is what every reader had)
_PEOPLE_UNIT_RE = re.compile(r"^万?(?:人次|人|名|户)$")


def _care_mode_parts(found: list[Mention], group: str = "") -> str:
    """A count of people by care mode after the count of their group (孤儿120人，其中集中养育35人，社会散居85人;
    特困人员398人，集中供养157人) is that part of the group, named mode first as the statistics name it.

    Returns the group for a ；-clause that goes on.

    >>> s = Sentence(0, "全县共有孤儿120人，其中集中养育35人，社会散居85人。", 0, 28)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))]
    ['孤儿', '集中养育孤儿数', '社会散居孤儿数']
    >>> from loaders.sentences import split_sentences
    >>> s = split_sentences("全区共有特困人员398人，集中供养157人；分散供养241人。")
    >>> [t.properties["indicator"] for t in extract_targets(s, DocumentInfo("x"))]
    ['特困人员', '集中供养特困人员数', '分散供养特困人员数']
    >>> s = Sentence(0, "全县集中养育孤儿35人。", 0, 12)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))]
    ['集中养育孤儿']
    """
    for mention in found:
        if not _PEOPLE_UNIT_RE.match(mention.properties["unit"]):
            continue
        indicator = mention.properties["indicator"]
        part = _CARE_MODE_PART_RE.match(indicator)
        if part is None:
            group = re.sub(r"(?:人数|总数|数)$", "", indicator)
            continue
        own = part.group("group")
        if len(group) >= 2 and (not own or own in group or group in own):
            _rename(mention, part.group("mode") + group + "数", part.group("mode"))
    return group


def _household_pairs(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """城市低保对象25600户37621人: one group counted twice, as 户数 and as 人数.

    >>> s = Sentence(0, "全市共有城市低保对象2560户3762人。", 0, 21)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))]
    ['城市低保对象户数', '城市低保对象人数']

    A breakdown that names only an area is that part of the group; one that names a group keeps it:

    >>> s = Sentence(0, "全区低保对象2522户，6708人，月发放低保金73.9万元。", 0, 29)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][:2]
    ['低保对象户数', '低保对象人数']
    >>> s = Sentence(0, "全区共有低保边缘家庭392户1255人，其中农村329户1101人，城镇低保63户154人。", 0, 47)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][2:]
    ['农村低保边缘家庭户数', '农村低保边缘家庭人数', '城镇低保户数', '城镇低保人数']
    """
    group = ""  # the last group counted as a pair, whose area breakdowns follow
    for households, people in zip(found, found[1:]):
        if not households.properties["unit"].endswith("户") or not people.properties["unit"].endswith("人"):
            continue
        if text[households.end - offset:people.start - offset].strip("、， ,"):
            continue
        base = _HOUSEHOLD_BASE_RE.sub("", households.properties["indicator"])
        if len(base) < 2 or people.properties["indicator"] not in (households.properties["indicator"], base, ""):
            continue  # an unnamed count of people (低保对象2522户，6708人) is the same group's
        part = _AREA_PART_RE.match(base)
        if part and group:
            base = part.group("area") + group  # 其中农村 (701户) of 低保家庭老年人 → 农村低保家庭老年人
        elif not part:
            group = base
        _rename(households, base + "户数", None)
        _rename(people, base + "人数", None)
    return found


# Where a scope word opens a group's figures (农村低保1.7万户，累计保障6.2万人次，月人均补差56元),
# the figures that follow in the same sentence, up to a ；, are that group's.
_CLAUSE_CHAIN_BREAK_RE = re.compile(r"[；;。！？!?]")


_ASSISTANCE_GROUP_RE = re.compile(r"(?:城市|农村|城乡|城镇|集中|分散).{0,4}?(?:低保|最低生活保障|特困|五保|救助|供养|孤儿)")
_OWN_SCOPE_WORD_RE = re.compile("|".join(_SCOPES) + "|城镇")


def _carry_scope(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A target without a scope of its own takes the scope of the target before it in the same
    run of comma clauses.

    >>> s = Sentence(0, "农村低保1766户，累计保障6280人次，共支出低保金355万元；发放救灾款10万元。", 0, 42)
    >>> [t.properties.get("scope") for t in extract_targets([s], DocumentInfo("x"))]
    ['农村', '农村', '农村', None]

    A group of assistance named without its area takes the area into its name too:

    >>> s = Sentence(0, "全镇共有城市低保户36户、低保对象58人。", 0, 20)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))]
    ['城市低保户', '城市低保对象']
    >>> s = Sentence(0, "全镇共有城市低保户36户、残疾人58人。", 0, 19)  # not a group of assistance: left alone
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][1]
    '残疾人'
    """
    carrying: str | None = None
    carrying_name = ""  # the name the scope was carried from: a bare group takes its area only if it shares its kind
    carried: set[int] = set()
    for previous, mention in zip(found, found[1:]):
        scope = previous.properties.get("scope")
        if scope and _ASSISTANCE_GROUP_RE.search(previous.properties["indicator"]):
            carrying = scope
            carrying_name = previous.properties["indicator"]
        elif scope and id(previous) not in carried:
            carrying = None  # 农村敬老院4所，新增床位430张: the scope of a facility's name is not a group's
        if _CLAUSE_CHAIN_BREAK_RE.search(text[previous.end - offset:mention.start - offset]):
            carrying = None
            continue
        if carrying and not mention.properties.get("scope") \
                and not _OWN_SCOPE_WORD_RE.search(mention.properties["indicator"]):
            mention.properties["scope"] = carrying
            carried.add(id(mention))
        bare = _BARE_ASSISTANCE_RE.match(mention.properties["indicator"])
        if carrying in _AREA_SCOPES and mention.properties.get("scope") == carrying and bare \
                and bare.group() in carrying_name:
            # (城市低保对象1311户，特困人员205人: another kind of group keeps its name)
            # 农村低保户873户、低保对象1355人: the second group is the first's area's too (农村低保对象)
            _rename(mention, carrying + mention.properties["indicator"], carrying)
    return found


_AREA_SCOPES = ("城市", "农村", "城镇", "城乡")
# A group or fund of assistance named without its area (低保对象, 特困人员, 五保户, 低保金).
_BARE_ASSISTANCE_RE = re.compile(r"^(?:低保|最低生活保障|特困|五保)")


_ROW_ORDINAL_RE = re.compile(r"^(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}\s*[.、．]|[A-Za-z]\s*[、.．]?|[一二三四五六七八九十]{1,3}\s*、|\s)+")
_UNIT_CELL_RE = re.compile(rf"^{_COUNT_UNIT_CELL}$|^(?:万|亿)?元$")
_BREAKDOWN_OPENING_RE = re.compile(r"^其中\s*[:：]\s*")
_NUMBER_CELL_RE = re.compile(rf"^{ARABIC_NUMBER}$")


def _pipe_row(text: str) -> tuple[str, str, int, int] | None:
    """(label, unit, start, end of the number) of a table row written in cells: label, unit, number
    (or label, number, unit). Ordinals before the label (1. (2) A、 三、) are dropped.

    >>> _pipe_row("| (1)养老机构床位数 | 张 | 81,895 |")
    ('养老机构床位数', '张', 19, 25)
    >>> _pipe_row("| 指标名称 | 单位 | 数量 |") is None
    True
    >>> _pipe_row("| 其中:(1)儿童福利 | 万元 | 11,886.3 |")[:2]
    ('儿童福利', '万元')
    >>> _pipe_row("结婚登记* | 对 | 19,215 | |||")[:2]
    ('结婚登记', '对')
    """
    cells, position = [], 0
    for part in text.split("|"):
        stripped = part.strip()
        if stripped:
            cells.append((stripped, position + part.index(stripped)))
        position += len(part) + 1
    if len(cells) != 3:
        return None
    (label, _), (second, second_at), (third, third_at) = cells
    label = _ROW_ORDINAL_RE.sub("", _BREAKDOWN_OPENING_RE.sub("", _ROW_ORDINAL_RE.sub("", label)))  # 其中:(1)儿童福利
    label = label.rstrip("*＊※ ")  # 结婚登记*: a footnote's mark (a running total), no part of the name
    if _UNIT_CELL_RE.match(second) and _NUMBER_CELL_RE.match(third):
        unit, num_start, num_end = second, third_at, third_at + len(third)
    elif _NUMBER_CELL_RE.match(second) and _UNIT_CELL_RE.match(third):
        unit, num_start, num_end = third, second_at, second_at + len(second)
    else:
        return None
    if len(label) < 1 or _HAS_DIGIT_RE.search(label):
        return None
    return label, unit, num_start, num_end


_HAS_DIGIT_RE = re.compile(r"[0-9０-９]")
_COUNT_MEASURE_RE = re.compile(r"(?:数|数量|率|额|金额|人次|比例|比重|占比|标准|面积|规模|人口|支出|资金|经费)$")


def _counted(label: str, unit: str) -> str:
    """A statistics row's label named as a count when it names the things counted (镇, 个 → 镇数).

    >>> _counted("镇", "个"), _counted("养老机构床位数", "张"), _counted("社会救助", "万元")
    ('镇数', '养老机构床位数', '社会救助')
    >>> _counted("乡镇级合计", "个")
    '乡镇级数'
    """
    label = re.sub(r"(?:合计|总计|小计)$", "", label)
    if unit.endswith("元") or _COUNT_MEASURE_RE.search(label):
        return label
    return label + "数"


def _list_items(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """Items of a list that a verb opens share it: 主动公开建议提案信息11条、人事信息10条、公示公告213条
    gives 主动公开建议提案信息数, 主动公开人事信息数, 主动公开公示公告数 (three items at least, or two
    joined by 和/及).

    >>> t = "网站公示行政许可信息320条和行政处罚信息15条。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['公示行政许可信息数', '公示行政处罚信息数']
    >>> t = "城市低保标准每人每月760元和农村低保标准每人每月560元。"  # no verb opens it: names kept
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['城市低保标准', '农村低保标准']
    """
    index = 0
    while index < len(found):
        run = [found[index]]
        while index + len(run) < len(found):
            following = found[index + len(run)]
            between = text[run[-1].end - offset:following.start - offset]
            if not between.startswith(("、", "和", "及")) or re.search(r"[，。；,;]", between):
                break
            run.append(following)
        # 公示行政许可信息507条和行政处罚信息36条: two items joined by 和 are a list too
        paired = len(run) == 2 and text[run[0].end - offset:run[1].start - offset].startswith(("和", "及"))
        verb = list_verb(text[_clause_start(text, run[0].start - offset):run[0].start - offset]) \
            if len(run) >= 3 or paired else None
        if verb:
            head = text[_clause_start(text, run[0].start - offset):run[0].start - offset]
            first_item = _clean_indicator(head[head.rfind(verb) + len(verb):])
            for position, mention in enumerate(run):
                item = first_item if position == 0 else mention.properties["indicator"]
                if verb in item or not item or _LIST_ITEM_VERB_RE.search(item):
                    continue
                named = action_first(verb + item, mention.properties["unit"])  # 新建X → X新建数
                if named == verb + item:
                    named += "" if item.endswith(("数", "额")) else "数"
                _rename(mention, named, None)
        index += len(run)
    return found


# An item that has its own verb (、临时救助3万人次) keeps its own name.
_LIST_ITEM_VERB_RE = re.compile(r"救助|发放|建成|新建|办理|开展|完成|实现|改造|培训|资助|慰问")


def _qualify_tiers(found: list[Mention], text: str, offset: int, standard: list[str]) -> list[Mention]:
    """Tiers of a money standard: 两县其他乡镇由310元提高到345元 is 城市低保标准(两县其他乡镇).

    ``standard`` holds the last standard named, carried from sentence to sentence.
    """
    previous = standard[0]
    previous_unit = None  # the unit of a standard named in this sentence: a lump sum is no base of a per-period rate
    for mention in found:
        indicator = mention.properties["indicator"]
        if mention.properties["unit"] == "%":
            start, end = mention.start - offset, mention.end - offset
            better = scoped_change(indicator, text[max(0, start - _HEAD_WINDOW):start], text[end:end + 20])
            if better:
                _rename(mention, better, None)
        if "元" in mention.properties["unit"]:
            # 按照最低工资标准为22920元计算，自理…特困人员每人每年2292元: a base in another unit has no tiers here
            lump_base = previous_unit is not None and "/" not in previous_unit and "/" in mention.properties["unit"]
            better = qualified(indicator, previous, text[:mention.start - offset]) if not lump_base else None
            if better:
                _rename(mention, better, None)
            previous, previous_unit = mention.properties["indicator"], mention.properties["unit"]
    standard[0] = previous
    return found


def _goal_runs(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A value stated right after a goal, with no figure word of its own (调高至380元，增幅13%), is
    part of that goal; the base it is compared with (与…的1,124亿元比较) is not, and does not end the run.

    >>> t = "2024-25年度开支预算为1,274亿元，与2023-24年度修订预算的1,124亿元比较，增加约150亿元。"
    >>> [m.properties["kind"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x", year=2024))]
    ['goal', 'figure', 'goal']
    """
    carrier: Mention | None = None  # the goal a run goes on from
    for previous, mention in zip(found, found[1:]):
        if previous.properties["kind"] == "goal":
            carrier = previous
        elif carrier is not previous and not _COMPARED_WITH_RE.match(text, previous.end - offset):
            carrier = None
        if carrier is None or mention.properties["kind"] == "goal":
            continue
        start = mention.start - offset
        if _COMPARED_WITH_RE.match(text, mention.end - offset):
            continue  # the base a goal is compared with was, not will be
        between = text[carrier.end - offset:start]
        if not _FIGURE_RE.search(between) and not re.search(r"[。！？]", between):
            mention.properties["kind"] = "goal"
            carrier = mention
    return found


def _carry_subjects(found: list[Mention], text: str = "", offset: int = 0) -> list[Mention]:
    """Statistics-report rows: 养老机构4.0万个，比上年增长4.7%，床位503.6万张 — the 4.7% and the
    beds belong to the 养老机构 counted just before (not to a part of it in brackets:
    养老机构22家(公办7家)，床位…)."""
    renamed: dict[str, str] = {}
    counted: Mention | None = None  # the last body counted (个, 家 …), skipping its changes (比上年增长2.4%)
    level: Mention | None = None  # the last figure that is no rate, for a share told after that figure's change
    for previous, mention in zip(found, found[1:]):
        if _counts_bodies(previous, text, offset):
            counted = previous
        if previous.properties["unit"] not in _RATE_UNITS:
            level = previous
        indicator = mention.properties["indicator"]
        old_previous = next((old for old, new in renamed.items() if new == previous.properties["indicator"]), None)
        if old_previous and indicator.startswith(old_previous) and indicator[len(old_previous):] in ("增幅", "降幅"):
            indicator = previous.properties["indicator"] + indicator[len(old_previous):]
        carried = counted and _carried_name(indicator, counted, text, mention.start - offset)
        if not carried and mention.properties["unit"] in ("%", "‰") and previous.properties["unit"] not in ("%", "‰"):
            carried = share_name(indicator, previous.properties["indicator"])
        if not carried and mention.properties["unit"] in ("%", "‰") and _change_of(previous, level, text, offset):
            carried = share_name(indicator, level.properties["indicator"])
        if not carried:
            reach = indicator[len(previous.properties["indicator"]):] if indicator.startswith(previous.properties["indicator"]) else indicator
            carried = reached_by(reach, previous.properties["indicator"], previous.properties["unit"], mention.properties["unit"])
        new = carried or count_change(indicator, previous.properties["indicator"], previous.properties["unit"])
        if new != mention.properties["indicator"]:
            renamed[mention.properties["indicator"]] = new
            _rename(mention, new, None)
    return found


_RATE_UNITS = ("%", "‰", "个百分点", "个千分点")


def _change_of(change: Mention, level: Mention | None, text: str, offset: int) -> bool:
    """Whether ``change`` is the rise or fall of the figure ``level`` told just before it in the same clause run
    (社会组织增加值525.6亿元，比上年减少20.4%: 社会组织增加值降幅), so that a share told next (占第三产业增加值比重为
    0.23%) is that figure's share, not the change's.

    >>> t = "社会组织增加值525.6亿元，比上年减少20.4%，占第三产业增加值比重为0.23%。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][2]
    '社会组织增加值占第三产业增加值比重'
    >>> t = "社会组织增加值525.6亿元；比上年减少20.4%，占第三产业增加值比重为0.23%。"  # a ； ends the run
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, t, 0, len(t)), DocumentInfo("x"))][2]
    '占第三产业增加值比重'
    """
    if level is None or change.properties["unit"] not in _RATE_UNITS:
        return False
    name, base = change.properties["indicator"], level.properties["indicator"]
    return (len(base) >= 2 and name in (base + "增幅", base + "降幅")
            and not _run_breaks(text, level.end - offset, change.start - offset))


def _carried_name(indicator: str, counted: Mention, text: str, start: int) -> str | None:
    """``indicator`` named with the subject of the bodies ``counted`` counts (:func:`carry_subject`), as a
    year-end stock where the text says so (:func:`_year_end_stock`); None when nothing is carried."""
    carried = carry_subject(indicator, counted.properties["indicator"], counted.properties["unit"])
    return _year_end_stock(carried, text, start)


# 年末 written in the clause before a body's residents (年末收养各类人员1480人): a year-end stock.
_YEAR_END_BEFORE_RE = re.compile(r"年末[^，。；,;0-9]{0,8}$")


def _year_end_stock(carried: str | None, text: str, start: int) -> str | None:
    """The people a body houses, named with 年末 when the text counts them at the year's end: the team's gold
    names the residents a year-end stock (提供住宿的民政服务机构年末抚养人员数, which :func:`carry_subject`
    writes for 抚养 always), and so do the 公报's 年末收养各类人员. A count without 年末 (收养1480人) is kept.

    >>> t = "其中光荣院36个，年末收养各类人员1480人"
    >>> _year_end_stock("光荣院收养人数", t, t.index("1480"))
    '光荣院年末收养人数'
    >>> t = "光荣院36个；收养1480人"
    >>> _year_end_stock("光荣院收养人数", t, t.index("1480"))
    '光荣院收养人数'
    >>> _year_end_stock(None, "年末收养", 4) is None
    True
    """
    if not carried or not carried.endswith("收养人数") or "年末" in carried \
            or not _YEAR_END_BEFORE_RE.search(text, max(0, start - 12), start):
        return carried
    return carried[:-len("收养人数")] + "年末收养人数"


# A count that says by how much the bodies grew (比上年增加66个) counts no body of its own.
_CHANGE_BEFORE_RE = re.compile(r"(?:比上年|较上年|比去年|较去年|同比)(?:增加|减少|新增|净增)\s*$")
_RISE_AFTER_RE = re.compile(r"^[，,]\s*(?:比上年|较上年|比去年|较去年|同比)(?P<way>增长|增加|提高|上升|下降|减少|降低)\s*$")


# a count named by a 的-phrase with no noun (…为事业单位的 1.8 万个): a part of the bodies counted before it
_PART_BY_DE_RE = re.compile(r"的\s*$")


def _counts_bodies(mention: Mention, text: str, offset: int) -> bool:
    """Whether a figure counts bodies (养老机构4.0万个) whose beds and residents may follow, not a
    part of them in brackets (其中公办7家) nor their growth (比上年增加66个).

    >>> from loaders.types import Sentence, DocumentInfo
    >>> text = "儿童福利机构529个，比上年增加66个，床位8.7万张。"
    >>> found = _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))
    >>> [_counts_bodies(m, text, 0) for m in found]
    [True, False, False]
    >>> text = "机构4.3万个，其中注册为事业单位的1.8万个。"  # a part named by a 的-phrase alone
    >>> [_counts_bodies(m, text, 0) for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))]
    [True, False]
    """
    return bool(_BODY_COUNT_RE.match(mention.properties["unit"])) and not _in_open_bracket(text, mention.start - offset) \
        and not _CHANGE_BEFORE_RE.search(text[max(0, mention.start - offset - 8):mention.start - offset]) \
        and not _PART_BY_DE_RE.search(text, max(0, mention.start - offset - 3), mention.start - offset)


def _carry_counted_body(found: list[Mention], counted: Mention | None, text: str, offset: int) -> Mention | None:
    """A ；-clause of a statistics report that opens with an attribute (床位526.7万张，比上年增长17.2%；
    收养322.5万人) states it of the bodies the clause before counted (社会服务机构4.6万个); its change
    is the change of that attribute. Returns the last body counted, for the clause after.

    >>> from loaders.types import Sentence, DocumentInfo
    >>> s = [Sentence(0, "全国提供住宿的社会服务机构4.6万个（其中事业单位1.3万个）；", 0, 31),
    ...      Sentence(1, "床位526.7万张，比上年增长17.2%；", 31, 52), Sentence(2, "收养322.5万人。", 52, 63)]
    >>> [t.properties["indicator"] for t in extract_targets(s, DocumentInfo("x"))][2:]
    ['提供住宿的社会服务机构床位数', '提供住宿的社会服务机构床位数增幅', '提供住宿的社会服务机构收养人数']

    A clause that names its own subject keeps it:

    >>> s = [Sentence(0, "全市养老机构40个；", 0, 10), Sentence(1, "孤儿床位200张。", 10, 19)]
    >>> [t.properties["indicator"] for t in extract_targets(s, DocumentInfo("x"))][1]
    '孤儿床位'

    ``extract_targets`` hands them on past a full stop to one sentence only, and across a wrapped line only
    from a line that counted them or went on with figures; a heading line ends them:

    >>> def lines(*texts, gap=1):
    ...     at, out = 0, []
    ...     for i, t in enumerate(texts):
    ...         out.append(Sentence(i, t, at, at + len(t)))
    ...         at += len(t) + gap
    ...     return [t.properties["indicator"] for t in extract_targets(out, DocumentInfo("x"))]
    >>> lines("全市养老机构40个。", "床位2000张。", gap=0)[1], lines("全市养老机构40个", "二、儿童福利", "床位2000张。")[1]
    ('养老机构床位数', '床位')
    >>> lines("全市养老机构40个。", "全年救助流浪人员300人次。", "床位2000张。", gap=0)[2]
    '床位'
    """
    renamed: Mention | None = None
    for mention in found:
        if _counts_bodies(mention, text, offset):
            return found[-1] if _counts_bodies(found[-1], text, offset) else mention
        indicator = mention.properties["indicator"]
        carried = counted and _carried_name(indicator, counted, text, mention.start - offset)
        if carried:
            _rename(mention, carried, None)
            renamed = mention
            continue
        rise = renamed and _RISE_AFTER_RE.match(text[renamed.end - offset:mention.start - offset])
        if rise and mention.properties["unit"] in ("%", "‰"):
            way = "降幅" if rise.group("way") in ("下降", "减少", "降低") else "增幅"
            _rename(mention, renamed.properties["indicator"] + way, None)
        renamed = None
    return counted


_BREAKDOWN_LABEL_RE = re.compile(r"^[^0-9（()）]{1,6}$")
# A label that qualifies the total (公办, 社会办, 公建民营, 护理型, 省级); a noun (敬老院, 村委会)
# names a thing of its own and keeps its name.
_QUALIFIER_END_RE = re.compile(r"(?:办|营|型|级|性|属|立|有|资)$")
_MEASURE_NOUN_RE = re.compile(r"(?:数|率|额|金|费|比例|比重|占比|标准|人口|床位|人员|人次|资金)$")


def _bracket_parts(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """A total followed by its breakdown in brackets: 养老机构22家(公办7家,社会办6家) counts
    公办养老机构 and 社会办养老机构, each named by its label before the total's name.

    A label that names its own measure (其中床位…, 资金…) keeps its name, and a number whose
    bracket does not open right after the total is no part of a breakdown.

    >>> from loaders.types import Sentence, DocumentInfo
    >>> text = "全区共有养老机构22家(公办7家,敬老院6家),拥有床位4610张。"
    >>> found = _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))
    >>> [m.properties["indicator"] for m in found]
    ['养老机构', '公办养老机构', '敬老院', '养老机构床位数']
    """
    total: Mention | None = None
    for mention in found:
        if total is not None:
            between = text[total.end - offset:mention.start - offset]
            opened = between[:1] in "(（" and not re.search(r"[)）]", between)
            label = _clean_indicator(mention.properties["indicator"].lstrip("(（"))
            base = total.properties["indicator"]
            core = base[:-1] if base.endswith("数") else base
            if opened and mention.properties["unit"] == total.properties["unit"] and core \
                    and _BREAKDOWN_LABEL_RE.match(label) and not _MEASURE_NOUN_RE.search(label):
                # (其中城市社区20个) names the part in full: keep it, with the total's measure word
                if label.endswith(core):
                    name = label + base[len(core):]
                elif _QUALIFIER_END_RE.search(label):
                    name = label + base
                else:
                    name = label + base[len(core):]  # (敬老院5家): 敬老院数
                _rename(mention, name, mention.properties.get("scope"))
                continue
        total = mention
    return found


# Rates that share one value: 项目竣工验收率和资金结报率(均)达到100%, 规划、建设、移交、使用率均达到100%.
_TWO_RATES_RE = re.compile(r"^(?P<first>[^和及与、]{2,20}?率)(?:和|及|与|、)(?P<second>[^和、]{1,20}?率)均?$")
_RATE_LIST_RE = re.compile(r"^(?P<head>[^、]{2,20}?)(?P<items>[^、]{1,4}(?:、[^、]{1,4})+)率均?$")


def shared_rate_members(indicator: str) -> list[str] | None:
    """The rates a coordinated name holds when they share one value, one name each (the
    annotation guide's one target per value and measure); ``None`` when it names one rate.

    >>> shared_rate_members("项目竣工验收率和资金结报率")
    ['项目竣工验收率', '资金结报率']
    >>> shared_rate_members("社区养老服务设施规划、建设、移交、使用率均")
    ['社区养老服务设施规划率', '社区养老服务设施建设率', '社区养老服务设施移交率', '社区养老服务设施使用率']
    >>> shared_rate_members("城乡低保和特困人员救助覆盖率") is None
    True
    """
    two = _TWO_RATES_RE.match(indicator)
    if two:
        return [two.group("first"), two.group("second")]
    listed = _RATE_LIST_RE.match(indicator)
    if listed:
        items = listed.group("items").split("、")
        width = len(items[1])
        head = listed.group("head") + items[0]
        if len(head) <= width:
            return None
        first, head = head[-width:], head[:-width]
        return [head + item + "率" for item in [first, *items[1:]]]
    return None


def _shared_rates(found: list[Mention]) -> list[Mention]:
    """One target per rate of a coordinated name that shares a value (see shared_rate_members)."""
    out: list[Mention] = []
    for mention in found:
        members = shared_rate_members(mention.properties["indicator"]) if mention.properties["unit"] == "%" else None
        if not members:
            out.append(mention)
            continue
        _rename(mention, members[0], mention.properties.get("scope"))
        out.append(mention)
        for member in members[1:]:
            twin = Mention(mention.label, mention.name, mention.surface, mention.sentence_index, mention.start,
                           mention.end, dict(mention.properties))
            _rename(twin, member, mention.properties.get("scope"))
            out.append(twin)
    return out


# A bare amount of a benefit just counted: 发放…老年人补贴19205人，补贴资金332.72万元.
_SPENT_ON_RE = re.compile(r"(?:^|(?<=[，,、；;]))(?:其中)?用于(?P<purpose>[^，,。；;0-9用]{2,12})$")
_SPENDING_TAIL_RE = re.compile(r"(?:支出额|支出|发放额|额)$")
_BARE_BENEFIT_MONEY_RE = re.compile(r"^(?P<word>补贴|补助|津贴)(?:(?P<rest>资金|金|经费)(?P<tail>(?:累计)?发放额|支出)?|(?P<given>(?:累计)?发放额))$")


def _benefit_money(found: list[Mention], text: str = "", offset: int = 0) -> list[Mention]:
    """The money of a benefit named bare (补贴资金) after a count of its recipients in the same
    sentence takes the benefit's full name: 高龄及低收入失能失智老年人补贴资金; a share of an
    amount spent 用于 a purpose is that amount's spending on it.

    >>> from loaders.types import Sentence, DocumentInfo
    >>> text = "发放高龄老年人补贴19205人，补贴资金332.72万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))][1]
    '高龄老年人补贴资金'
    >>> text = "全区共有困难残疾人生活补贴对象4482人，发放补贴176.5万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))][1]
    '困难残疾人生活补贴发放额'
    >>> text = "有残疾人护理补贴对象7682人，发放补贴164万元，1—11月份累计发放补贴1754万元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))][2]
    '残疾人护理补贴累计发放额'
    >>> text = "全年支出彩票公益金196.8亿元，其中用于社会福利146.6亿元。"
    >>> [m.properties["indicator"] for m in _targets_in_sentence(Sentence(0, text, 0, len(text)), DocumentInfo("x"))][1]
    '彩票公益金社会福利支出'
    """
    spent: Mention | None = None  # the last amount that is not itself a share (用于…)
    shares: set[int] = set()
    for previous, mention in zip(found, found[1:]):
        if previous.properties["unit"].endswith("元") and id(previous) not in shares \
                and not _SPENT_ON_RE.match(previous.properties["indicator"]):
            spent = previous
        use = _SPENT_ON_RE.match(mention.properties["indicator"])
        if use and mention.properties["unit"].endswith("元") and spent is not None:
            # 支出彩票公益金196.8亿元，其中用于社会福利146.6亿元: the fund's spending on 社会福利
            base = _SPENDING_TAIL_RE.sub("", spent.properties["indicator"])
            written = _SPENT_ON_RE.search(text[max(0, mention.start - offset - 16):mention.start - offset].strip())
            purpose = written.group("purpose") if written else use.group("purpose")
            if len(base) >= 2:
                _rename(mention, base + purpose + "支出", mention.properties.get("scope"))
                shares.add(id(mention))
            continue
        bare = _BARE_BENEFIT_MONEY_RE.match(mention.properties["indicator"])
        if not bare or not mention.properties["unit"].endswith("元"):
            continue
        named = previous.properties["indicator"]
        cut = named.rfind(bare.group("word"))
        if cut >= 2:
            _rename(mention, named[:cut] + bare.group("word") + (bare.group("rest") or "")
                    + (bare.group("tail") or bare.group("given") or ""), mention.properties.get("scope"))
    return found


# Named programs in quotes, then 分别 and what each did (“情暖夕阳”“护佑健康”项目分别惠及…).
_PROGRAMS_EACH_RE = re.compile(
    r"(?P<names>(?:[“\"][^”\"，。；]{2,14}[”\"][、和及与]?){2,4})(?P<kind>项目|行动|工程|计划|活动)?分别(?P<verb>惠及|覆盖|救助|帮扶|服务|资助)")
_QUOTED_RE = re.compile(r"[“\"]([^”\"]{2,14})[”\"]")


def _programs_each(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """Programs named together that 分别 reached one group each (“情暖夕阳”“护佑健康”项目分别惠及经济困难失能
    老年人4.8万人、孤困儿童3.7万人): each count is named by its own program, the verb and its group
    (情暖夕阳项目惠及经济困难失能老年人数, 护佑健康项目惠及孤困儿童数).

    >>> t = "“银龄安康”“童心守护”项目分别惠及高龄老人2.1万人、留守儿童8600人。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['银龄安康项目惠及高龄老人数', '童心守护项目惠及留守儿童数']
    >>> t = "“银龄安康”“童心守护”项目分别惠及2.1万人。"  # counts fewer than programs: left alone
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))][0] != "银龄安康项目惠及数"
    True
    """
    for match in _PROGRAMS_EACH_RE.finditer(text):
        names = _QUOTED_RE.findall(match.group("names"))
        stop = _clause_end(text, match.end())
        counts = [m for m in found if match.end() <= m.start - offset < stop]
        if len(counts) != len(names):
            continue
        position = match.end()
        for name, mention in zip(names, counts):
            group = _clean_indicator(_PROTECT_STRIP_RE.sub("", text[position:mention.start - offset]))
            position = mention.end - offset
            if len(group) < 2 or not re.search(_PEOPLE_NOUNS + "$", group):
                break
            _rename(mention, f"{name}{match.group('kind') or ''}{match.group('verb')}{group}数", mention.properties.get("scope"))
    return found


def _split_pairs(found: list[Mention], text: str, offset: int, listed_too: bool = False) -> list[Mention]:
    """A list of values sharing one coordinated indicator gets one member each.

    城乡低保平均标准分别达到每人每月1010元和838元: 1010 is the 城市 standard,
    838 the 农村 one (the 分别 pair of the annotation guide).
    """
    index = 0
    while index < len(found):
        run_end = index + 1
        indicator = found[index].properties["indicator"]
        while run_end < len(found) and found[run_end].properties["indicator"] == indicator:
            run_end += 1
        run = found[index:run_end]
        window = text[max(0, run[0].start - offset - _MAX_LOOKBACK):run[0].start - offset]
        between = text[run[0].end - offset:run[-1].start - offset]
        # 自理、半自理和完全不能自理特困人员每人每年2292元、3820元、7640元: as many values as members, in order
        listed = listed_too and "、" in between and bool(re.search(r"[、和及与]", indicator))
        split = split_coordinated(indicator, len(run)) if len(run) > 1 and ("分别" in window or "和" in between or listed) else None
        if split:
            for mention, (name, scope) in zip(run, split):
                _rename(mention, name, scope)
        index = run_end
    return found


_BODY_COUNT_RE = re.compile(r"^万?(?:个|家|所|处|座|间)$")


def _in_open_bracket(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a bracket the text opened before it (linear in the text).

    >>> _in_open_bracket("养老机构22家(公办7家", 10), _in_open_bracket("养老机构22家(公办7家),床位", 14)
    (True, False)
    """
    head = text[max(0, position - _MAX_LOOKBACK):position]
    return head.count("(") + head.count("（") > head.count(")") + head.count("）")


# A township, street or village opening a name (保华镇户数, 凤凰街道救助资金): a breakdown by place. Words
# that only look like one (乡镇, 城镇, 城乡, 农村) are a kind of place, not a place.
_BREAKDOWN_PLACE_RE = re.compile(
    r"^(?!乡镇|城镇|村镇|集镇|城乡|农村|各乡|各镇|各村|全镇|全乡|本镇|本乡|本村)"
    r"(?P<place>[\u4e00-\u9fff]{1,4}?(?:街道|镇|乡|社区|村))(?P<measure>(?:[\u4e00-\u9fff]{0,3}[数次金额])?)$")


def _place_breakdown(found: list[Mention], named: dict[str, str]) -> dict[str, str]:
    """Name a place's share of a total by the total's measure: after 实施临时救助24户77人，发放救助资金15万元，
    其中保华镇2户10人，救助资金25380元 the shares are 临时救助户数, 临时救助人数 and 临时救助资金 (of
    保华镇, which the place step links), not 保华镇户数. ``named`` maps each measure word and each kind of
    unit (money or count) to the last full name the paragraph gave; the updated map is returned.

    >>> from loaders.types import DocumentInfo, Sentence
    >>> s = [Sentence(0, "12月份实施临时救助24户77人，发放救助资金15.2万元。", 0, 29),
    ...      Sentence(1, "其中大河镇8户17人，救助资金33866元；", 29, 50), Sentence(2, "南开乡2户8人10050元。", 50, 64)]
    >>> [t.properties["indicator"] for t in extract_targets(s, DocumentInfo("x"))][3:]
    ['临时救助户数', '临时救助人数', '临时救助资金发放额', '临时救助户数', '临时救助人数', '临时救助资金发放额']
    >>> s = [Sentence(0, "增加900个长者社区照顾服务名额，拨款2亿元。", 0, 23)]  # a service's name, not a share
    >>> [t.properties["indicator"] for t in extract_targets(s, DocumentInfo("x"))][0]
    '长者社区照顾服务名额'
    >>> s = [Sentence(0, "全县共有乡镇敬老院12所，床位800张。", 0, 20)]  # 乡镇 is a kind of place
    >>> [t.properties["indicator"] for t in extract_targets(s, DocumentInfo("x"))]
    ['乡镇敬老院', '乡镇敬老院床位数']
    """
    for mention in found:
        indicator = mention.properties["indicator"]
        family = "money" if "元" in mention.properties["unit"] else "count:" + mention.properties["unit"][-1:]
        share = _BREAKDOWN_PLACE_RE.match(indicator)
        if share and _division_res()[0].match(share.group("place")):
            share = None  # 民族乡数: a count of a level of division (_counted_divisions), no place's share
        elif share and lone_verb(re.sub(r"(?:街道|镇|乡|社区|村)$", "", share.group("place"))):
            share = None  # 新设社区数: a deed done to communities (_lone_verb_things), no place's share
        if share:
            measure = share.group("measure")
            if measure:
                full = next((name for word, name in reversed(named.items()) if measure in word and name != indicator
                             and not _BREAKDOWN_PLACE_RE.match(name)), None)
            else:  # 南开乡2户8人10050元: a bare amount in a run of shares takes the run's measure
                full = named.get(family) if named.get("run") else None
            if full:
                _rename(mention, full, mention.properties.get("scope"))
                named.pop(family, None)
                named[family] = full
                named["run"] = "1"
                continue
        for key in (indicator, family):  # the latest last, for reversed() above
            named.pop(key, None)
            named[key] = indicator
    return named


# A bare act of aid as the whole name (共救助536人次 → 救助), after adverbs and with the count's measure or not.
_BARE_AID_NAME_RE = re.compile(r"^(?:累计|共计|共|全年|先后)*(?P<act>救助|帮扶|资助|慰问|走访慰问)(?:人次|人数|户数|户次)?$")
# A programme in quotes and what follows it up to the act (“2365”特殊救助, “救急难”): one name, no list in it.
_QUOTED_PROGRAMME_RE = re.compile(r"“(?P<name>[^“”、，。；,;：:0-9０-９]{2,12}|[0-9]{2,6})”(?P<tail>[\u4e00-\u9fff]{0,4})")
# What ends a programme's name (“暖冬行动”, “阳光工程”); a quote with none of these, no act after it and no word of
# the act in it (“应保尽保”) is a slogan.
_PROGRAMME_END_RE = re.compile(r"(?:行动|工程|计划|项目|专项|活动)$")
# How far before the count its programme may be named: a clause or two, no more.
_PROGRAMME_WINDOW = 60


def _named_by_quoted_programme(found: list[Mention], text: str, offset: int) -> None:
    """Name a bare act of aid (共救助536人次: the name 救助 says nothing) by the programme the sentence names in
    quotes shortly before it, as the gold names such counts (救急难救助人次, 2365特殊救助人次). The last quoted
    name before the count wins; a quoted list (“托底线、救急难”) or a far quote names nothing.

    >>> t = "持续开展“2365”特殊救助，对因重大疾病家庭实施救助，共救助289人次。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['2365特殊救助人次']
    >>> t = "拓展“救急难”覆盖面，落实“托底线、救急难”要求，共救助536人次。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['救急难救助人次']
    >>> t = "落实“应保尽保”要求，共救助536人次。"  # a slogan in quotes names no programme
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['救助人次']
    >>> t = "推广“邻里互助”模式，共救助100人次。"  # a shared 助 is no word of the act 救助
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['救助人次']
    >>> t = "全年共救助536人次。"  # no programme named: the act and its measure only (_lone_act_counts)
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['救助人次']
    """
    for mention in found:
        bare = _BARE_AID_NAME_RE.match(mention.properties["indicator"])
        if bare is None:
            continue
        at = mention.start - offset
        window_start = max(0, at - _PROGRAMME_WINDOW)
        quoted = list(_QUOTED_PROGRAMME_RE.finditer(text, window_start, at))
        if not quoted:
            continue
        act = bare.group("act")
        name, tail = quoted[-1].group("name"), quoted[-1].group("tail")
        # the act's head character (救 of 救助, as in “救急难”), not any shared one (助 of “邻里互助”, a mode of help)
        if not tail.endswith(act) and act[0] not in name and not _PROGRAMME_END_RE.search(name + tail):
            continue  # 落实“应保尽保”要求: a slogan, no programme of aid
        # “2365”特殊救助: what follows the quote up to the act is part of the name; anything else is not
        name += tail if tail.endswith(act) else ("" if name.endswith(act) else act)
        unit = mention.properties["unit"]
        _rename(mention, name + measure_word(unit, act), mention.properties.get("scope"))


def _rename(mention: Mention, indicator: str, scope: str | None) -> None:
    indicator = _expanded(indicator)  # a table row's label in the form the statistics write it in full
    mention.properties["indicator"] = indicator
    scope = scope or _scope("", 0, indicator)
    if scope:
        mention.properties["scope"] = scope
    value = mention.properties["value"]
    mention.name = f"{indicator} {_format_value(value)}{mention.properties['unit']}"


def _target_candidates(text: str):
    """``_TARGET_RE`` matches, tried only where a number begins.

    ``_TARGET_RE.finditer`` alone restarts inside a run of digits that has no
    unit and backtracks through it from every position: quadratic (16 KB of
    digits took 42 s). Each maximal number is tried once here, and the match
    backtracks at most through that number, so the scan is linear.

    >>> [m.group() for m in _target_candidates("床位1,000张，" + "9" * 50 + "，三十五万人")]
    ['1,000张', '三十五万人']
    """
    resume = 0
    for number in _ANY_NUMBER_RE.finditer(text):
        if number.start() < resume:
            continue
        match = _TARGET_RE.match(text, number.start())
        if match:
            resume = match.end()
            yield match


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _is_not_a_quantity(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start]
    # Ordinals (第六届, 第1位) and numbers glued to letters or other digits
    # (G20, 图 12021) are labels, not quantities.
    if before.endswith("第") or (before and (before[-1].isascii() and before[-1].isalnum())):
        return True
    after = text[end:end + 2]
    # 60周岁, 100周年, 24小时 service windows are not indicators.
    if after.startswith(("周岁", "岁", "周年")):
        return True
    # 在这395亿元当中: the amount just given, named again to break it down, is no new figure
    if before.endswith(("这", "该")) and _RESTATED_WHOLE_RE.match(text, end):
        return True
    # 各项百分比数字相加结果或不等于100%: a table's rounding note, not a figure; 包括以下2个部分: how a text
    # is laid out (以下N个部分/方面), not what it counts
    if _ROUNDING_NOTE_RE.search(text, max(0, start - 16), start) and text[end:end + 1] in "%％":
        return True
    return before.endswith("以下") and _LAYOUT_PARTS_RE.match(text, end) is not None


# 一行8人, 等一行10余人, 代表团一行14人: the size of a visiting party, never an indicator (the owner's dev 018
# and the annotators of train10 and blind17 leave it out).
_DELEGATION_RE = re.compile(r"一行\s*$")


def _is_delegation(text: str, num_start: int, unit: str) -> bool:
    """Whether the number just after 一行 counts the people of a visiting party.

    >>> _is_delegation("省民政厅副厅长一行6人到我县调研", 9, "人"), _is_delegation("调研组一行", 5, "个")
    (True, False)
    >>> _is_delegation("全县一年来救助流浪人员6人", 11, "人")  # negative: no party
    False
    """
    return unit in ("人", "名", "位") and _DELEGATION_RE.search(text, max(0, num_start - 4), num_start) is not None


# …”等10项重点工作展开, 明确了…的25项工作重点: the count that closes a list or names an agenda of work items is
# how the text is laid out, not an indicator (the owner's dev 052; train10, blind26's two annotators); work items
# counted by what became of them (4项工作得到省领导批示, 参与完成其他8项重点工作) are left to the other rules.
_AGENDA_BEFORE_RE = re.compile(r"(?:等|[”\"」』]|的)\s*$")
_AGENDA_AFTER_RE = re.compile(r"\s*(?:重点)?工作(?:重点)?(?!得到|获得|受到|在|被|居|位居|全部|均|全面|提前|已|顺利)")
# 完成了年初确定的10项重点工作, 承担的5项…: work someone completed or took on, counted as an achievement.
_DONE_BEFORE_RE = re.compile(r"完成|落实|承担")


def _is_agenda(text: str, num_start: int, num_end: int, unit: str) -> bool:
    """Whether a count of 项 work items closes a list or names an agenda.

    >>> t = "会上汇报了社会救助、养老服务等8项工作完成情况。"
    >>> _is_agenda(t, t.index("8"), t.index("8") + 2, "项")
    True
    >>> t = "其中社会救助等6项工作得到省领导批示。"  # negative: what became of the work
    >>> _is_agenda(t, t.index("6"), t.index("6") + 2, "项")
    False
    >>> t = "圆满完成了年初确定的9项重点工作。"  # negative: completed work
    >>> _is_agenda(t, t.index("9"), t.index("9") + 2, "项")
    False
    """
    return (unit == "项" and _AGENDA_BEFORE_RE.search(text, max(0, num_start - 2), num_start) is not None
            and _AGENDA_AFTER_RE.match(text, num_end) is not None
            and _DONE_BEFORE_RE.search(text, _clause_start(text, num_start), num_start) is None)


# 等21个市直单位、…分管领导出席会议; 12个乡镇乡(镇)长、…共同参加会议; 4个乡镇民政所分别作经验交流; 居民代表15人到场:
# the bodies or people at a meeting, counted in the clause that says they attended or spoke, are who came, not an
# indicator (train10, train15, blind17, both blind38 annotators on blind26_004 and blind26_013). The clause may list
# others before the verb, and after a 、 other bodies or people counted (…负责人、18个乡镇分管领导参加会议), but no
# other number. 到场 is attendance only at a meeting (志愿者到场服务 is work), and 工作经验交流 no speech.
# 参会, 与会, 列席 say a meeting by themselves; 出席 and 参加 need one after them, unless just after the count.
_MEETING_VERBS = "参会|与会|列席"
_ATTENDS_RE = re.compile(
    r"[^、，。；,;0-9０-９]{0,60}?(?:、(?:[^，。；,;0-9０-９]|[0-9０-９]+\s*[个家名人位]){0,60}?)?"
    rf"(?:(?:出席|参加|列席)(?:了)?(?:会议|座谈会?)|{_MEETING_VERBS}"
    r"|到场(?=[，。；,;]|$|[^，。；,;]{0,6}?(?:参加|出席|座谈|会议))"
    r"|(?<!工)[作做][^，。；,;]{0,4}?(?:经验交流|经验介绍|交流发言|典型发言|表态发言))")


# 约700人参加会议, 一行4人组成, 4个单位作交流发言: a verb of attending, forming or speaking just after the count.
_ATTENDS_NEXT_RE = re.compile(rf"\s*[余多]?\s*(?:人|名)?[^，。；0-9]{{0,4}}?(?:参加|出席|{_MEETING_VERBS}|组成|作[^，。；]{{0,4}}发言|发言)")


def _attends_meeting(text: str, num_end: int, end: int, unit: str) -> bool:
    """Whether the bodies or people just counted (the number ends at ``num_end``, its unit at ``end``) attended or
    spoke at a meeting, as the words just after them or their clause say.

    >>> t = "市财政局等12个市直单位、各区分管领导出席会议。"
    >>> _attends_meeting(t, t.index("12") + 2, t.index("12") + 3, "个")
    True
    >>> t = "全市建成12个社区养老服务中心，参加评估的机构达30家。"  # negative: built, not attending
    >>> _attends_meeting(t, t.index("12") + 2, t.index("12") + 3, "个")
    False
    >>> t = "县民政局等9个成员单位负责人、14个乡镇分管领导参加会议。"
    >>> _attends_meeting(t, t.index("9") + 1, t.index("9") + 2, "个")
    True
    >>> t = "社区组织25名志愿者到场服务。"  # negative: 到场 to work, not at a meeting
    >>> _attends_meeting(t, t.index("25") + 2, t.index("25") + 3, "名")
    False
    >>> t = "约800余人参加开幕式。"  # a verb just after the count
    >>> _attends_meeting(t, t.index("800") + 3, t.index("800") + 5, "人")
    True
    """
    if unit[-1] in "人名个" and _ATTENDS_NEXT_RE.match(text, end if unit[-1] != "人" else num_end):
        return True
    return unit in ("个", "家", "名", "人", "位") and _ATTENDS_RE.match(text, end) is not None


_RESTATED_WHOLE_RE = re.compile(r"[^，。；,;0-9]{0,4}?(?:当中|之中)")
_ROUNDING_NOTE_RE = re.compile(r"(?:相加|加总|之和|总和)[^，。；,;0-9]{0,8}?(?:不等于|等于|不为)\s*$")
_LAYOUT_PARTS_RE = re.compile(r"\s*(?:个|项)?\s*(?:部分|方面|内容|章节|环节)")


# 临时救助金约6200万。 已申报中央彩票公益金1000万、: money named just before a bare 万 is counted in 万元.
# The words that name an amount of money, read here and by indicator names (收入减少额, 降幅 → 收入降幅); 基金会 ends
# in 会, so it is none.
_MONEY_NOUNS = "收入|支出|资金|经费|拨款|结余|结转|开支|金|债券|款项?|投资|投入"
_MONEY_BEFORE_RE = re.compile(rf"(?:{_MONEY_NOUNS})\s*(?:约|共|计|达|为|合计|总计|累计)?\s*$")


def _money_before(clause: str) -> bool:
    """Whether the clause ends with the money a bare 万 after it counts.

    >>> _money_before("发放临时救助金约"), _money_before("已申报专项债券"), _money_before("全省登记的基金会")
    (True, True, False)
    """
    return _MONEY_BEFORE_RE.search(clause) is not None

_BRACKETED_TIMES_RE = re.compile(r"[（(]次[)）]")


def _unit_of(match: re.Match, text: str, num_start: int) -> str | None:
    if match.group("ratio"):
        return ":1"
    if match.group("pct"):
        return "‰" if match.group("pct") == "‰" else "%"
    mag = match.group("mag") or ""
    if match.group("mag_people"):
        return match.group("mag_people") + "人"
    if match.group("mag_place"):
        return "万个"
    if match.group("mag_bare"):
        # 年末机构抚养人员数 4.4万。: the clause says what is counted.
        clause = text[_clause_start(text, num_start):num_start]
        if re.search(r"人(?:数|员|口|次)?\s*(?:数|为|达|共)?\s*$", clause):
            return "万人"
        return "万元" if _money_before(clause) else None
    unit = match.group("unit")
    if unit is None:
        return None
    unit = _BRACKETED_TIMES_RE.sub("次", unit)  # 19372人(次) counts person-times
    if mag == "千" and unit != "元":
        # 每千人口 is a rate base, not 1000 people.
        return None
    if unit == "元" and not mag:
        unit = "元" + _period_suffix(text, num_start)
    if unit == "小时" and not mag and not re.match(r"\s*(?:以)?内", text[match.end():]):
        # Bare hours are opening times (24小时服务); 24小时内 is a time limit
        # and 万小时 of volunteering is a figure.
        return None
    if unit.endswith("个") and text.startswith("月", match.end()):
        return None  # 3至6个月: a duration, not a count
    return mag + unit


def _period_suffix(text: str, num_start: int) -> str:
    clause_start = _clause_start(text, num_start)
    window = text[clause_start:num_start]
    best, best_pos = "", -1
    for markers, suffix in ((_PER_MONTH, "/月"), (_PER_YEAR, "/年"), (("每人次",), "/人次"),
                            (("每人每次", "每次"), "/次"), (("每人每日", "每日"), "/日"), (("每人每天", "每天"), "/天")):
        for marker in markers:
            pos = window.rfind(marker)
            if pos > best_pos:
                best, best_pos = suffix, pos
    for match in _PERIOD_STANDARD_RE.finditer(window):
        if match.start() > best_pos:
            best, best_pos = "/" + match.group("period"), match.start()
    return _rate_before(window, best, best_pos)


# 免除费用标准每具250元, 每节收费21元: an item priced just before the amount (nothing but a fee word between; 每个
# 补助3000元 is a subsidy per body, as 每个社区补助资金3000元 is, so 个 takes no 补助/补贴);
# 标准由人月230元提高至240元, 供养标准为人年6240元, 护理补贴每人月200元: a person-period written before the amount.
_ITEM_BEFORE_RE = re.compile(rf"每\s*(?P<item>{_RATE_ITEMS})\s*(?P<fee>收费|标准|补助|补贴|为)?\s*$")
_PERSON_PERIOD_BEFORE_RE = re.compile(r"人(?P<period>[月年])(?=\s*(?:[0-9０-９]|$))")


def _rate_before(window: str, best: str, best_pos: int) -> str:
    """The rate a bare 元 takes from what its clause writes before it, where no person or period marker
    (``best``, found at ``best_pos``) stands later.

    >>> _rate_before("免除费用标准每具", "", -1), _rate_before("提供暂托服务，每节收费", "", -1)
    ('/具', '/节')
    >>> _rate_before("城镇低保标准由人月230元提高至", "", -1), _rate_before("供养标准为人年", "", -1)
    ('/月', '/年')
    >>> _rate_before("每个社区补助资金", "", -1), _rate_before("每人每月", "/月", 0)  # the item is no rate here
    ('', '/月')
    >>> _rate_before("对新建幸福院，每个补助", "", -1), _rate_before("骨灰存放费每年每个", "/年", 5)  # negatives
    ('', '/年')
    """
    item = _ITEM_BEFORE_RE.search(window)
    # a period before the item (每年每个100元) stays the rate, as it was before items were read
    if item and not best and not (item.group("item") == "个" and item.group("fee") in ("补助", "补贴")):
        return "/" + item.group("item")
    period = None
    for period in _PERSON_PERIOD_BEFORE_RE.finditer(window):
        pass
    if period is not None and period.start() > best_pos:
        return "/" + period.group("period")
    return best


# 月保障标准从100元…, 年标准1680元, 月最低生活保障标准提高至1005元: a standard named with its period (not 2020年标准,
# 上年标准, 全年低保标准).
_PERIOD_STANDARD_RE = re.compile(r"(?<![0-9０-９上去今明本当同全一])(?P<period>月|年)(?:人均)?(?:最低生活保障|低保|保障|供养|补助|救助|生活|补贴|发放)?标准")


def _clause_end(text: str, position: int) -> int:
    limit = min(len(text), position + _MAX_LOOKBACK)
    end = position
    while end < limit and text[end] not in _CLAUSE_BREAK:
        end += 1
    return end


# A count or an amount (not a rate, a standard or a share) that an act alone can be told of.
_ACT_COUNT_UNIT_RE = re.compile(r"^(?:万|亿)?(?:人次|户次|人|名|户|元|万元|亿元)$")


def _act_of_previous_group(text: str, start: int, end: int, unit: str, previous: str) -> str | None:
    """A number whose clause holds only an act (农村低保17866户53491人，累计保障628007人次;
    特困供养对象当月发放供养金27万元，累计发放312万元) counts that act of the group the clause
    before named: 农村低保累计保障人次, 供养金累计发放额 (:func:`loaders.indicators.act_of_group`).
    Nothing when the thing acted on follows the number (保障48名孤儿) or nothing was counted before.

    >>> s = Sentence(0, "农村低保17866户53491人，累计保障628007人次，共支出低保金3555.18万元。", 0, 45)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))]
    ['农村低保户数', '农村低保人数', '农村低保累计保障人次', '农村低保金支出']
    >>> s = Sentence(0, "全区特困供养对象82人，当月发放供养金27万元，累计发放312万元。", 0, 34)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][2]
    '供养金累计发放额'
    >>> s = Sentence(0, "全年保障48名孤儿基本生活，累计救助困难群众320人次。", 0, 28)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))]
    ['孤儿基本生活保障人数', '困难群众累计救助人次']
    """
    if not previous or not _ACT_COUNT_UNIT_RE.match(unit) or (text[end:end + 1] and text[end] not in _CLAUSE_BREAK + "）)"):
        return None
    if re.search(r"(?:额|支出|资金)$", previous) and not unit.endswith("元"):
        return None  # 发放医疗救助金860万元，救助3200人次: the people the benefit reached (named elsewhere)
    clause_start = _clause_start(text, start)
    if text[:clause_start].rstrip("，,；; ")[-1:] not in ("人", "户", "名", "次", "元"):
        return None  # the clause before counted no people and no money (建成养老机构12个，救助300人次)
    clause = _without_dates(text[clause_start:start], "")
    act = lone_act(_LEADING_NOISE_RE.sub("", clause) if not lone_act(clause) else clause)
    return act_of_group(previous, *act, unit) if act else None


# A clause that only says a place served people (年服务, 已累计服务, 每年服务约, 日均接待): the period word stays in
# the name (年, 累计), the adverbs and hedges (已, 共, 约) do not.
_LONE_SERVICE_RE = re.compile(
    r"^(?:已经|已|共计|合共|共|今年|全年共|并)*(?P<when>累计|年均|日均|全年|每年|每日|年|日)?(?P<act>服务|接待)了?"
    r"(?:约|近|逾|超过|达)?$")
# What a served count's place is named without: the deed or the service that named the count before
# (老年食堂建成数 → 老年食堂; 助餐场所日接待老年人就餐 → 助餐场所).
# A bare 服务 is often part of the place's own name (养老服务站), so only a dated 服务 (日服务, 年服务) is cut.
_SERVED_BY_TAIL_RE = re.compile(r"(?:(?:日均|日|每日|年|每年|累计)?接待.*|(?:日均|日|每日|年|每年|累计)服务.*"
                                r"|(?:建成|新建|建设|开办|设立|布建)?(?:数|个数|家数|处数))$")
# Units of the clause before that count places or people served (建成老年食堂16家, 日接待老年人200余人).
_SERVING_UNITS = frozenset("家处个所间座站人名")


def _service_of_previous_places(text: str, start: int, end: int, unit: str, previous: str) -> str | None:
    """A count of people served whose clause holds only the service (建成老年食堂16家，年服务9000余人次;
    全区助餐场所日接待老年人200余人，已累计服务2万余人次): the places the clause before counted, then the
    service (老年食堂年服务人次, 助餐场所累计服务人次). None unless the unit counts visits (人次), the clause
    before ended in a count of places or people, and a name of two characters is left.

    >>> s = Sentence(0, "全县建成老年食堂16家，年服务9000余人次。", 0, 23)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))]
    ['老年食堂建成数', '老年食堂年服务人次']
    >>> s = Sentence(0, "全区养老服务站日接待老年人150余人，已累计服务3万余人次。", 0, 30)
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][1]
    '养老服务站累计服务人次'
    >>> s = Sentence(0, "发放救助金86万元，服务3200人次。", 0, 18)  # money before: no places served, left as it was
    >>> [t.properties["indicator"] for t in extract_targets([s], DocumentInfo("x"))][1]
    '服务'
    """
    if not previous or not re.fullmatch(r"万?人次", unit) or (text[end:end + 1] and text[end] not in _CLAUSE_BREAK):
        return None
    clause_start = _clause_start(text, start)
    service = _LONE_SERVICE_RE.match(text[clause_start:start].strip())
    before = text[:clause_start].rstrip("，,；; ")
    if service is None or before[-1:] not in _SERVING_UNITS:
        return None
    places = _clean_indicator(_SERVED_BY_TAIL_RE.sub("", previous))
    if len(places) < 2:
        return None
    return places + (service.group("when") or "") + service.group("act") + "人次"


# What ends a clause for _clause_start: a clause break (unless a comma grouping thousands) or a table cell's bar.
_CLAUSE_STOP_RE = re.compile("[" + re.escape(_CLAUSE_BREAK) + "|]")


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` starts: just after the last clause break before it, looking
    back at most ``_MAX_LOOKBACK`` characters (a table dump can be one "clause" of 100k characters, and an
    indicator is never that long). The stops are found by one compiled character class, not a Python loop
    over each character (this runs for most numbers of a text).

    >>> t = "全市共有低保对象1,200人，其中城市低保对象800人"
    >>> _clause_start(t, t.index("800")), _clause_start(t, t.index("1,200")), _clause_start(t, t.index("200人"))
    (15, 0, 0)
    >>> _clause_start("| 床位数 | 张 | 81,895 |", 15), _clause_start("养老床位", 0)
    (11, 0)
    """
    limit = max(0, position - _MAX_LOOKBACK)
    if position <= limit:
        return position
    start = limit
    for stop in _CLAUSE_STOP_RE.finditer(text, limit, position):
        at = stop.start()
        if text[at] != "," or not _thousands_comma(text, at):
            start = at + 1
    return start


def _thousands_comma(text: str, index: int) -> bool:
    """Whether the comma at ``index`` groups the thousands of a number (由8,000人增至12,000人; 2万7,279人), which
    Hong Kong and Taiwan texts write with an ASCII comma, not a comma ending a clause.

    >>> _thousands_comma("由8,000人增至12,000人", 2), _thousands_comma("共3人,其中2人", 3)
    (True, False)
    """
    return (text[index] == "," and index > 0 and text[index - 1].isdigit()
            and text[index + 1:index + 4].isdigit() and len(text[index + 1:index + 4]) == 3
            and not text[index + 4:index + 5].isdigit())


_MAX_LOOKBACK = 80
# How far back a sentence-wide marker (到2025年, 2021年) still dates a number.
_HEAD_WINDOW = 200


def _from_values(text: str) -> dict[int, int]:
    """Map the start of each 'to' number to the start of its 'from' number.

    由685元提高到740元: the 685 is not a target of its own, it is the
    ``from_value`` of 740.
    """
    pairs: dict[int, int] = {}
    if "由" not in text and "从" not in text:
        return pairs  # a pair needs a 由/从 before its first number
    numbers = list(_ANY_NUMBER_RE.finditer(text))
    for at, (current, following) in enumerate(zip(numbers, numbers[1:])):
        between = text[current.end():following.start()]
        if not _RISE_RE.match(between):
            continue
        clause_start = _clause_start(text, current.start())
        if _FROM_MARK_RE.search(text[clause_start:current.start()]):
            pairs[following.start()] = current.start()
            _listed_pairs(text, numbers, at, pairs)
    _from_without_to(text, numbers, pairs)
    return pairs


def _from_without_to(text: str, numbers: list, pairs: dict[int, int]) -> None:
    """The last number of a sentence, after 由/从 and before a rise to no number (保障范围由580个社区扩大为城市社区
    全覆盖), is what was before, not a target of its own: keyed by its own start, negated, as a 'from' without a 'to'.

    >>> text = "保障范围由580个社区扩大为城市社区全覆盖。"
    >>> [text[abs(v):abs(v) + 3] for v in _from_values(text).values()]
    ['580']
    >>> _from_values("全市共有社区580个，由民政局统一扩大为全覆盖。")  # negative: the 由 names who, not what was
    {}
    """
    if not numbers:
        return
    last = numbers[-1]
    clause_start = _clause_start(text, last.start())
    if _RISE_RE.match(text[last.end():]) and _FROM_MARK_RE.search(text, clause_start, last.start()):
        pairs.setdefault(-last.start(), last.start())


# A list of amounts: 12215元、5757元 (the unit, a 不低于, then 、 between two numbers); a list of standards is
# short, and the bound keeps a long run of numbers linear.
_MAX_LISTED = 8
_LIST_GAP_RE = re.compile(r"^(?:元|万元|人|户|个|%)?\s*[、和]\s*(?:不低于|不高于|每人每月|每人每年|[月年]人均)?$")


def _listed_pairs(text: str, numbers: list, last_from: int, pairs: dict[int, int]) -> None:
    """A rise written as two lists (分别从12215元、5757元提高至13198元、6224元) pairs the i-th 'from' with the
    i-th 'to'; lists that one 'to' ends (由每人每月780元、700元统一调整为860元: two standards made one) leave
    the 'to' without a from, and each 'from' is still no target of its own. ``pairs`` is updated: a 'from'
    with no 'to' is keyed by its own start, negated, so that it is skipped and attached to nothing.

    >>> text = "标准分别从不低于12215元、5757元提高至不低于13198元、6224元。"
    >>> pairs = _from_values(text); sorted(text[abs(k):abs(k) + 5] for k in pairs)
    ['13198', '6224元']
    >>> text = "标准由每人每月780元、700元统一调整为860元。"
    >>> [(k < 0, text[abs(v):abs(v) + 3]) for k, v in _from_values(text).items()]
    [(True, '780'), (True, '700')]
    >>> text = "城市低保标准由600元提高到620元，农村由400元、特困由800元提高到900元。"  # one pair each: as before
    >>> sorted(text[v:v + 3] for v in _from_values(text).values())
    ['600', '800']
    """
    froms = [last_from]
    while froms[0] > 0 and len(froms) < _MAX_LISTED and _LIST_GAP_RE.match(text[numbers[froms[0] - 1].end():numbers[froms[0]].start()]):
        froms.insert(0, froms[0] - 1)
    if len(froms) < 2 or not _FROM_MARK_RE.search(text[_clause_start(text, numbers[froms[0]].start()):numbers[froms[0]].start()]):
        return
    tos = [last_from + 1]
    while tos[-1] + 1 < len(numbers) and len(tos) < len(froms) \
            and _LIST_GAP_RE.match(text[numbers[tos[-1]].end():numbers[tos[-1] + 1].start()]):
        tos.append(tos[-1] + 1)
    if len(tos) == len(froms):
        for f, t in zip(froms, tos):
            pairs[numbers[t].start()] = numbers[f].start()
    elif len(tos) == 1:
        pairs.pop(numbers[tos[0]].start(), None)
        for f in froms:
            pairs[-numbers[f].start() - 1] = numbers[f].start()


_CHANGE_OF_CHANGE_RE = re.compile(r"(?:减少|增加)(?P<measure>额|数)(?P<change>降幅|增幅)$")
_CHANGED_BY_RE = re.compile(r"(减少|下降|降低|增加|增长|提高)(?:了|约|近|逾)?\s*$")
_AMOUNT_WORD_END_RE = re.compile(rf"(?:{_MONEY_NOUNS})$")
_PROCEDURE_COUNT_RE = re.compile(r"(?<=.{2})手续(?=对数|件数)")
_AMOUNT_CHANGE_RE = re.compile(
    r"(?:较|比|同比)\s*(?:上年|去年|上月|(?:19|20)[0-9]{2}\s*年度?(?:底|末)?|[一二三四五六七八九十]{1,3}月份?|[0-9]{1,2}月份?)?(?:同期)?"
    r"(?:的?(?:修订|原|实际)?(?:预算|决算)数?)?"
    r"(?P<way>减少|下降|降低|增加|增长|提高)了?$"  # 较2020年度决算数减少: a final account's change
)


def _amount_change(indicator: str, unit: str) -> str:
    """A change by an amount or a count against a base (销售额比上年减少22.3亿元) is the
    change of what stands before the base: 销售额减少额, 床位数增加数.

    >>> _amount_change("福利彩票销售比上年减少", "亿元")
    '福利彩票销售额减少额'
    >>> _amount_change("养老床位较2021年增加", "张")
    '养老床位增加数'
    >>> _amount_change("比上年减少", "亿元")
    '比上年减少'
    >>> _amount_change("上级补助收入较2020年度决算数减少", "万元")
    '上级补助收入减少额'
    """
    match = _AMOUNT_CHANGE_RE.search(indicator)
    if match is None or match.start() < 2:
        return indicator
    way = "减少" if match.group("way") in ("减少", "下降", "降低") else "增加"
    base = indicator[:match.start()]
    if unit.endswith("元") and base.endswith("销售"):
        base += "额"  # 福利彩票销售 (an amount of money) is 福利彩票销售额
    return base + way + ("额" if unit.endswith("元") else "数")


# Beds per thousand old people are beds of elderly care (每千名老人拥有床位31张 → 每千名老人养老床位数).
_ELDER_BEDS_RE = re.compile(r"^(?P<per>每[千百]名?老(?:年)?人口?)(?:拥有)?床位")


# The contest a clause before names (在…对所有省直机关…绩效考核中，): who ran it (…组织的) and whom it covered
# (对所有) are no part of its name.
_CONTEST_BEFORE_RE = re.compile(r"(?:^|[，。；,;])\s*在(?P<contest>[^，。；,;]{2,40}?(?:考核|评估|评价|评比|考评|测评|检查))中\s*[，,]\s*$")
_CONTEST_HOLDER_RE = re.compile(r"^.*的|^(?:对|在)?(?:所有|全体|全部|各)")


def _contest_before(text: str, clause_start: int) -> str:
    """The contest a run of years was won in, when the clause before names it and the run's own clause does
    not (在全省民政工作绩效考核中，市民政局连续3年获得优秀等次 → 全省民政工作绩效考核), else "".

    >>> _contest_before("在省委考核办组织的对所有省直机关服务发展绩效考核中，厅连续3年获评优秀。", 26)
    '省直机关服务发展绩效考核'
    >>> _contest_before("经过多年努力，厅连续3年获评优秀。", 7)  # no contest before: nothing
    ''
    """
    # only the stretch a contest can fill is searched: a sentence may be a whole table (linear, not per mention)
    contest = _CONTEST_BEFORE_RE.search(text, max(0, clause_start - 60), clause_start)
    if contest is None:
        return ""
    return _CONTEST_HOLDER_RE.sub("", _CONTEST_HOLDER_RE.sub("", contest.group("contest")))


def _mention(sentence: Sentence, info: DocumentInfo, start: int, end: int, value: float,
             unit: str, from_start: int | None, previous_indicator: str = "") -> Mention:
    text = sentence.text
    indicator = _indicator(text, start, end, previous_indicator).replace("（", "(").replace("）", ")")
    indicator = _CJK_GAP_RE.sub("", indicator)  # a wrapped line's break inside a word (城市低保 资金)
    indicator = reached_level(indicator)
    said = indicator  # the phrase as found, before it is tidied into a name
    told = _act_of_previous_group(text, start, end, unit, previous_indicator) \
        or _service_of_previous_places(text, start, end, unit, previous_indicator)
    if told:
        indicator = told
    elif unit == "年" and "连续" in text[max(0, start - 4):start]:
        run_start = _clause_start(text, start)
        after = text[end:_clause_end(text, end)]
        contest = _contest_before(text, run_start) if "在" not in after else ""
        # the contest a clause before names is where the run was won: the winner before 连续 names nothing then
        indicator = years_run_name("", f"在{contest}中{after}") if contest else \
            years_run_name(_DATE_EXPR_RE.sub("", text[run_start:text.rfind("连续", 0, start)]), after)
    else:
        if unit in ("%", "个百分点", "个千分点"):
            base = _COMPARED_RE.search(indicator)
            if base and base.start() >= 2:
                # 城市低保标准较2022年增长6.1%: the words after the base were cleaned away.
                fall = re.search(r"下降|减少|降低|回落", text[max(0, start - 6):start])
                indicator = indicator[:base.start()] + ("降幅" if fall else "增幅")
            indicator = change_name(indicator)
            rise = _RISE_BY_RE.search(text[max(0, start - 8):start])
            if rise and not _MEASURE_END_RE.search(indicator) and len(indicator) >= 2:
                # 标准分别提高5%和7%: a rise by, not a level (提高到65% is a level).
                indicator += "降幅" if rise.group(1) in ("下降", "减少", "降低") else "增幅"
            # 销售额减少22.3亿元，降幅1.5%: the fall of the amount, not of its fall
            # (收入减少额, 降幅 → 收入降幅: a word that is an amount already takes no 额)
            indicator = _CHANGE_OF_CHANGE_RE.sub(
                lambda m: ("" if indicator[:m.start()].endswith(m.group("measure")) or _AMOUNT_WORD_END_RE.search(indicator[:m.start()])
                           else m.group("measure")) + m.group("change"),
                indicator)
            if unit == "%":
                indicator = reaches_share(indicator)
                if indicator.endswith("占") and len(indicator) >= 3:
                    indicator += "比"  # 长者个案占58%: the share of what stands before 占
                elif indicator == "占" and len(previous_indicator) >= 2:
                    indicator = previous_indicator + "占比"  # 卫生健康支出31.36万元，占0.13%: the amount before's share
        elif unit == "倍":
            indicator = multiple_name(indicator)
        else:
            indicator = _amount_change(indicator, unit)
            base = _COMPARED_RE.search(indicator)
            way = _CHANGED_BY_RE.search(text, max(0, start - 8), start) if base and base.start() >= 2 else None
            if way:
                # 养老床位较2021年增加800张 (the verb was cleaned away): the change of what stands before the base
                fall = way.group(1) in ("减少", "下降", "降低")
                indicator = indicator[:base.start()] + ("减少" if fall else "增加") + ("额" if unit.endswith("元") else "数")
        indicator = per_person_rate(acting_units(action_first(indicator, unit), unit), unit)
        indicator = running_total(indicator, text[_clause_start(text, start):start])
        # 办理离婚手续283.9万对: what is counted is the divorces, not the procedures
        indicator = _PROCEDURE_COUNT_RE.sub("", indicator)
        indicator = _benefited(indicator, text[_clause_start(text, start):start], unit)
    if _PER_PERIOD_MONEY_RE.match(unit):
        # 农村低保对象每人每月标准 (260元): the period is in the unit, the standard is 农村低保标准
        indicator = _PERIOD_IN_NAME_RE.sub("", indicator) or indicator
    share_of = _SHARE_CLOSE_RE.match(text, end) if unit == "%" and text[max(0, start - 2):start].endswith(("元(", "元（")) else None
    if share_of:
        # 280亿元(71%)为经济援助金: the share of what the amount is for
        indicator = _money_name(share_of.group("what")) + "占比"
    if unit.endswith("元") and (len(_CJK_RE.findall(_connective_re().sub("", indicator))) < 2 or _names_no_money(said)
                               or _SHARE_THEN_PURPOSE_RE.match(text, end)
                               or (_allocated_to_re().match(text, end) and _allocated_to_re().match(said))):
        # 1,700万元以增加…名额, 我已在奖券基金预留5,500万元推行…: named by what it is for
        # 8,101万元拨给青少年服务、4,180万元予…: in a list of allocations the phrase before an amount is the
        # allocation before it; the amount's own is after it
        allocated = _allocated_to_re().match(text, end) if _allocated_to_re().match(said) or not said.strip() else None
        fund = _FUND_INJECTION_RE.search(said)
        if allocated:
            indicator = _money_name(allocated.group("what")) + "拨款"  # 4,180万元予社会福利支援服务
        elif fund and _names_no_money(said):
            indicator = fund.group("fund") + "注资额"  # 我会向关爱基金注资10亿元
        else:
            indicator = _money_for(text, start, end, after_comma=_names_no_money(said)) or indicator
    if unit.endswith("元") and _COST_OF_MEASURE_RE.fullmatch(indicator):
        measure = _measure_before(text, _clause_start(text, start))
        if measure:
            indicator = measure + "开支"  # 发放额外半个月的综援标准金额，涉及开支约15亿元: the measure's cost
    beneficiaries = _BENEFICIARIES_RE.match(text, end) if _HEAD_COUNT_UNIT_RE.match(unit) else None
    served = _SERVED_RE.match(text, end) if _HEAD_COUNT_UNIT_RE.match(unit) and _FOR_BEFORE_RE.search(text, 0, start) else None
    if beneficiaries:
        indicator = beneficiaries.group("who") + "受惠人数"  # 预计约有6000名长者受惠
    elif served:
        # 为2.7万名老年人提供居家上门服务: the people a service reached, named by the service
        what = re.sub(r"等$", "", served.group("what"))
        indicator = what + served.group("who") + ("" if unit.endswith("人次") else "数")
    indicator = _ELDER_BEDS_RE.sub(r"\g<per>养老床位", _expanded(tidy_name(indicator)))
    listed = indicator
    indicator = _without_examples_or_place(indicator, text, start, end, info.place)
    indicator = _counted_divisions(indicator, text, end, unit)
    indicator = _project_measure(text, start) or indicator
    indicator = _relief_amount(indicator, unit)
    properties: dict = {
        "indicator": indicator,
        "value": value,
        "unit": unit,
        "kind": _kind(text, start, info, end),
    }
    if properties["kind"] == "figure" and (_sets_a_standard(text, start, indicator, unit, info)
                                           or _adjusted_standard(text, start, indicator, unit, info)):
        properties["kind"] = "goal"
    scope = _scope(text, start, indicator)
    if scope and listed.endswith(indicator) and _SCOPE_RE.search(listed[:-len(indicator)]) \
            and not _SCOPE_RE.match(_SCOPE_LEAD_RE.sub("", indicator)):
        scope = None  # 农村老饭桌、…等养老服务体系建设项目: a scope word among the examples dropped is no scope of the head
    if scope:
        properties["scope"] = scope
    year = _year(text, start, info)
    if year:
        properties["year"] = year
        if properties["kind"] == "figure" and info.year and year > info.year and info.kind != "statistics_bulletin" \
                and not _done_since(text, start, year):
            properties["kind"] = "goal"  # 可于2015/16年度起…推出3,000张: a value for a year after its document is planned
    if _COMPARED_WITH_RE.match(text, end):
        # 与2023-24年度修订预算的1,124亿元比较: the value compared with is the base's, of the base's year
        based = [_year_number(m.group(1)) for m in _BASE_YEAR_RE.finditer(text, _clause_start(text, start), start)]
        if based:
            properties["year"] = based[-1]
        properties["kind"] = "figure"
    elif properties["kind"] == "figure" and info.kind not in ("report", "statistics_bulletin") \
            and _ESTIMATE_RE.search(text, _clause_start(text, start), start) and (not year or not info.year or year >= info.year) \
            and (_FISCAL_YEAR_RE.search(text, max(0, start - _HEAD_WINDOW), start) or _COMING_YEAR_RE.search(text, max(0, start - _HEAD_WINDOW), start)):
        properties["kind"] = "goal"  # 2024-25年度社会福利经常开支预算为1,274亿元: a budget's estimate for a named fiscal year
    if from_start is not None:
        from_match = _ANY_NUMBER_RE.match(text, from_start)
        from_value = parse_number(from_match.group()) if from_match else None
        if from_value is not None:
            properties["from_value"] = from_value
    surface = text[start:end]
    return Mention(
        label=LABEL,
        name=f"{indicator} {_format_value(value)}{unit}" if indicator else f"{_format_value(value)}{unit}",
        surface=surface,
        sentence_index=sentence.index,
        start=sentence.start + start,
        end=sentence.start + end,
        properties=properties,
    )


# Money a deed of relief spared someone (为企业减轻负担3800万元): a sum saved, which the annotation names 金额
# (动员社会组织为企业减轻负担金额, 行业协会商会减轻企业负担金额), never 额 or the bare deed.
_RELIEF_RE = re.compile(r"(?P<deed>减轻[^，。；、0-9]{0,10}?负担)(?:额|金额)?$")


def _relief_amount(indicator: str, unit: str) -> str:
    """A sum of money named by a deed of relief (…减轻…负担), ending in 金额.

    >>> _relief_amount("社会组织为企业减轻负担额", "万元"), _relief_amount("减轻企业负担", "万元")
    ('社会组织为企业减轻负担金额', '减轻企业负担金额')
    >>> _relief_amount("减轻企业负担", "家"), _relief_amount("减轻负担比例", "%")  # no money: as it was
    ('减轻企业负担', '减轻负担比例')
    """
    if not unit.endswith("元") or "负担" not in indicator:
        return indicator
    relief = _RELIEF_RE.search(indicator)
    return indicator[:relief.start()] + relief.group("deed") + "金额" if relief else indicator


_RISE_BY_RE = re.compile(r"(提高|增长|增加|上涨|提升|上调|下降|减少|降低)(?![到至为])[^0-9０-９，。；、]{0,4}$")
_MEASURE_END_RE = re.compile(r"(?:率|比|比例|比重|占比|增幅|降幅|幅度|百分点)$")
_COMPARED_YEAR = r"(?:19|20|一九|二〇)[0-9〇一二三四五六七八九]{2}\s*(?:/\s*[0-9〇一二三四五六七八九]{2,4}\s*)?年度?(?:底|末)?"
_COMPARED_MONTH = r"(?:上月|上季度|[一二三四五六七八九十]{1,3}月份?|[0-9]{1,2}月份?)"
_COMPARED_RE = re.compile(
    rf"(?:(?:较|同比)\s*(?:上年|去年|{_COMPARED_YEAR}|{_COMPARED_MONTH})?|(?<![占之])比\s*(?:上年|去年|{_COMPARED_YEAR}|{_COMPARED_MONTH}))(?:同期)?"
    r"(?:的?(?:修订|原|实际)?(?:预算|决算|水平|数)数?)?$"  # 较2015/16年度的修订预算: the base, not what changed
)


@lru_cache(maxsize=1)
def _division_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The levels of ``administrative_levels.txt`` as a whole name (辖?省) and as the word after a number (个乡镇，)."""
    levels = "|".join(sorted((re.escape(row[0]) for row in read_lexicon("administrative_levels.txt")), key=len, reverse=True))
    return (re.compile(rf"^(?:下辖|管辖|共辖|辖)?(?P<level>{levels})$"),
            re.compile(rf"(?P<level>{levels})(?=[，,、；;。）)]|$|来说|而言)"))


_DIVISION_UNIT_RE = re.compile(r"^万?个$")
# What may stand before a count of divisions and name none: the whole area and the verb 辖 (全县辖, 以全台, 我市共有).
_WHOLE_AREA_RE = re.compile(r"(?:以|在)?(?:全[\u4e00-\u9fff]|[我本该][省市县区州旗])?(?:下辖|管辖|共辖|辖|共有|有)?")


def _counted_divisions(indicator: str, text: str, end: int, unit: str) -> str:
    """A count of administrative divisions is named by the level + 数: the number's name is only the level
    (省23个, 辖25个 before 乡镇), or the level follows the number and ends its list item (346个村，16个居委会).
    Any other name is kept.

    >>> _counted_divisions("省", "其中直辖市4个、省23个、自治区5个", 10, "个")
    '省数'
    >>> t = "全县辖25个乡镇，346个村，16个居委会。"
    >>> _counted_divisions("辖乡镇", t, 6, "个"), _counted_divisions("", t, 13, "个")
    ('乡镇数', '村数')
    >>> t = "在全区4个街道全部建立服务站。"  # the level is the deed's object: left to the other rules
    >>> _counted_divisions("建立服务站街道数", t, 5, "个")
    '建立服务站街道数'
    >>> _counted_divisions("养老机构", "全市共有养老机构120家，", 13, "家")  # no level
    '养老机构'
    >>> _counted_divisions("全台", "以全台7749个村里来说，布建率58%", 8, "个"), _counted_divisions("辖", "全市辖6个县、3个区", 5, "个")
    ('村里数', '县数')
    """
    if not _DIVISION_UNIT_RE.match(unit):
        return indicator
    whole, after = _division_res()
    named = whole.match(indicator)
    following = after.match(text, end)
    if following and (named or _WHOLE_AREA_RE.fullmatch(indicator.replace(following.group("level"), ""))):
        return following.group("level") + "数"
    return named.group("level") + "数" if named else indicator


@lru_cache(maxsize=1)
def _project_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The bare project measure of a clause (项目总投资, 完成固定资产投资约) and a project's name opening a clause
    (推进康乐养老中心项目建设, 福利中心二期完成结顶), from ``project_words.tsv``."""
    rows = read_lexicon("project_words.tsv")
    heads = "|".join(re.escape(r[1]) for r in rows if r[0] == "head")
    measures = "|".join(sorted((re.escape(r[1]) for r in rows if r[0] == "measure"), key=len, reverse=True))
    measure = re.compile(rf"\s*(?:其中)?(?:已?完成)?(?:项目)?(?P<measure>{measures})(?:约|达到|达|为|共|近|超过)*\s*")
    name = re.compile(
        r"\s*(?:在|于)?(?:今年|去年|明年|全年|年内)?(?:(?:19|20)[0-9]{2}\s*年度?)?(?:我局|我委|我厅|本局)?(?:共|已|拟|将)?"
        r"(?:全面|加快|持续|积极|重点|大力|继续|着力)?(?:推进|谋划|开工建设|建设|实施|新建|改扩建|扩建|改造|启动|开工|打造)*"
        r"(?:拟?投资[0-9.]+[余多]?[万亿]?元)?(?:推进|谋划|开工建设|建设|实施|新建|改扩建|扩建|改造|启动|打造)*"
        rf"(?P<name>[\u4e00-\u9fff]{{2,24}}?(?:{heads})(?:{heads})?(?:[一二三四五]期|[（(][一二三四五]期[)）])?)")
    return measure, name


_PROJECT_LOOKBACK = 6  # clauses back to the project a measure's clause refers to, within its sentence
_PROJECT_PIECE_RE = re.compile(r"[，,、；;]")


def _project_measure(text: str, start: int) -> str | None:
    """A project's measure whose clause names no project (项目总投资14204万元, 完成固定资产投资约4116万元) is
    named by the project an earlier clause of the sentence opens with + the measure, else None.

    >>> t = "全面推进康乐养老中心项目建设，项目总投资14204万元，总建筑面积10384平方米。"
    >>> _project_measure(t, t.index("14204")), _project_measure(t, t.index("10384"))
    ('康乐养老中心项目总投资', '康乐养老中心项目总建筑面积')
    >>> t = "福利中心二期完成部分单体结顶，完成固定资产投资约4116万元。"
    >>> _project_measure(t, t.index("4116"))
    '福利中心二期固定资产投资'
    >>> t = "全年共谋划重大专项债项目10项，总投资11.95亿元，年度投资2.05亿元。"
    >>> _project_measure(t, t.index("11.95")), _project_measure(t, t.index("2.05"))
    ('重大专项债项目总投资', '重大专项债项目年度投资')
    >>> t = "全市养老服务设施总投资5亿元。"  # the clause names its own subject
    >>> _project_measure(t, t.index("5亿")) is None
    True
    >>> t = "今年全县低保资金累计发放1200万元，总投资3000万元。"  # no project named before
    >>> _project_measure(t, t.index("3000")) is None
    True
    """
    clause_at = _clause_start(text, start)
    measure_re, name_re = _project_res()
    measure = measure_re.fullmatch(text, clause_at, start)
    if measure is None:
        return None
    pieces = _PROJECT_PIECE_RE.split(text[max(0, clause_at - _HEAD_WINDOW):clause_at])
    for piece in reversed(pieces[-_PROJECT_LOOKBACK - 1:]):
        named = name_re.match(piece)
        if named and not _ANY_NUMBER_RE.search(named.group("name")):
            return named.group("name").replace("（", "(").replace("）", ")") + measure.group("measure")
    return None


def _format_value(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


_BENEFITED_RE = re.compile(r"^[^，。；,;0-9]{0,8}?惠及(?:全市|全省|全县|全区|全国)?(?P<group>[^，。；,;0-9]{2,16}?)$")
_REACH_BEFORE_RE = re.compile(r"惠及(?:全市|全省|全县|全区|全国)?\s*$")
_PEOPLE_GROUP_END_RE = re.compile(r"(?:对象|人员|群众|老人|老年人|儿童|孤儿|残疾人|家庭|居民|村民|人口)$")


def _benefited(indicator: str, clause_before: str, unit: str) -> str:
    """A count of people a measure reached, named by the group (惠及城乡低保和特困人员11万人, 惠及全市21万名
    低保对象): the group's 受益 count (城乡低保和特困人员受益人数, 低保对象受益人数), as the gold names it.
    Any other name is kept.

    >>> _benefited("惠及城乡低保和特困人员", "标准再提高10%，惠及城乡低保和特困人员", "万人")
    '城乡低保和特困人员受益人数'
    >>> _benefited("低保对象", "将惠及全市", "万名"), _benefited("此次提标惠及困难群众", "此次提标惠及困难群众", "万人")
    ('低保对象受益人数', '困难群众受益人数')
    >>> _benefited("养老床位", "惠及", "张"), _benefited("低保对象", "全市共有", "万人")  # no people; no reach
    ('养老床位', '低保对象')
    """
    if not _PEOPLE_UNIT_RE.match(unit):
        return indicator
    named = _BENEFITED_RE.match(indicator)
    group = named.group("group") if named else (indicator if _REACH_BEFORE_RE.search(clause_before) else "")
    if not group or not _PEOPLE_GROUP_END_RE.search(group):
        return indicator
    return group + "受益" + measure_word(unit.replace("名", "人"), "")


_MONEY_AFTER_NUMBER_RE = re.compile(r"[0-9０-９.,，\s]+(?:万|亿)?元")  # the quantity before was money
_MONEY_CLAUSE_END_RE = re.compile(r"[0-9０-９]\s*(?:万|亿)?元\s*[，,]?\s*$")  # …or ended the clause before
def _built_things(text: str, start: int, end: int, clause_prefix: str, raw_local: str, numbers: list) -> str | None:
    """Things counted after the deed and the number (建成100个树葬点、12个追思堂): each is named by the thing
    that follows its number and the deed (树葬点建成数, 追思堂建成数), the list's later items by the deed that
    opens the list, not by the item before them. None when no deed of ``indicator_verbs.tsv`` stands right
    before the number (or before the list) or no noun follows it.

    >>> t = "2019年建成100个树葬点、12个追思堂，巩固成果。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['树葬点建成数', '追思堂建成数']
    >>> t = "全市共有养老机构120个、床位8000张。"  # no deed: left to the other rules
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))][0]
    '养老机构'
    """
    if text[end - 1:end] not in _BUILT_UNITS:
        return None  # 户 too: 实施了350户安居工程 counts the households the deed was done for
    following = _FOLLOWING_RE.match(text, end)
    if following is None:
        return None
    listed = bool(numbers) and raw_local.rstrip().endswith("、")
    before = clause_prefix[:numbers[0].start()] if listed else raw_local
    later_deed = _LATER_ITEM_DEED_RE.match(before) if numbers and not listed else None
    if later_deed:
        # 改造120处敬老院、新增3万张护理型床位: the words before 、 are the item before's; the deed is this one's
        before = later_deed.group("deed")
    act = _deed_end_re().search(before.rstrip())
    if act is None:
        return _lone_verb_things(text, start, end, before, following.group())
    # 合共提供, 全区一共推出了: the adverbs say how the deed was done (cleaning alone would leave 合 of 合共)
    subject = _clean_indicator(_trailing_deed_adverbs_re().sub("", before[:act.start()])) if not listed else ""
    if _DEED_ADVERBS_RE.fullmatch(subject):
        subject = ""  # 全面布建210处…据点: how the deed was done is no subject
    places = _PLACES_EACH_RE.fullmatch(subject) if subject else None
    if subject and not places:
        return None  # 全市养老机构建成…: a subject before the deed names the count its own way
    subject = places.group("places") if places else ""
    noun = _TRAILING_NOISE_RE.sub("", _PROTECT_STRIP_RE.sub("", following.group())).strip()
    if len(noun) < 2 or _ANY_NUMBER_RE.search(noun):
        return None
    unit = re.sub(r"^[0-9０-９.,，\s多余]+", "", text[start:end])
    if act.group("verb") == "完成" and ends_with_deed(noun):
        return subject + noun_count(noun, unit)  # 完成5437户灾后农房重建: the deed is named, 完成 adds nothing
    # 各县区、街道建成1处…中心, 每个城市社区配备3名…: where each count holds is part of its name
    return subject + noun + verb_name(act.group("verb")) + measure_word(unit, act.group("verb"))


# The rest of a list item whose number came first (…敬老院、), then the next item's own deed (新增, 建成了):
# the deed alone stands before the next number.
_LATER_ITEM_DEED_RE = re.compile(r"^[^，。；,;、0-9０-９]{1,16}、\s*(?P<deed>[\u4e00-\u9fff]{2,4}?了?)$")


# What a deed raises or brings about rather than the things counted (提升100家县级养老机构服务水平 counts
# institutions, not levels; 支持15个优秀项目的杠杆作用): such a phrase names no count.
_ABSTRACT_TAIL_RE = re.compile(r"(?:水平|能力|作用|质量|效益|效果|效率|机制|转型|功能|环境|面貌)$")


def _lone_verb_things(text: str, start: int, end: int, before: str, following: str) -> str | None:
    """What a lone verb outside ``indicator_verbs.tsv`` counts, named verb first (改建3家示范性日间照料中心 →
    改建示范性日间照料中心数), as the gold writes such counts; without it the verb alone was the indicator.
    Only a noun phrase after the number is taken (one ending in a noun, not opening with a verb): a clause of
    deeds after it (派出20名干部职工下沉一线参与疫情防控等工作) gives None, so do a noun before the number
    (床位8000张) and a subject before the verb (全市养老机构改建…).

    >>> t = "今年改建3家示范性老年人日间照料中心，新设13个社区。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['改建示范性老年人日间照料中心数', '新设社区数']
    >>> t = "提升100家县级养老机构服务水平。"  # a level raised, no thing counted: left to the other rules
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['县级养老机构服务水平']
    >>> t = "全年派出20名干部职工下沉一线参与疫情防控等工作。"  # deeds follow the number, no noun: not named so
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))] != ["派出干部职工下沉一线参与疫情防控等工作人数"]
    True
    """
    import rjieba

    verb = lone_verb(before)
    if verb is None:
        return None
    noun = _TRAILING_NOISE_RE.sub("", _PROTECT_STRIP_RE.sub("", following)).strip()
    if len(noun) < 2 or _ANY_NUMBER_RE.search(noun):
        return None
    # a noun phrase: no verb in it (驻守枫桥湖, 聚集点 read as 聚集/v) and a noun at its end, as written
    # (等工作 would be cut to 等工 by the noise rules)
    tags = [tag for _, tag in rjieba.tag(following.strip(), False)]
    if "v" in tags or not tags[-1].startswith("n") or "的" in noun or _ABSTRACT_TAIL_RE.search(noun):
        return None
    unit = re.sub(r"^[0-9０-９.,，\s多余]+", "", text[start:end])
    return verb + noun_count(noun, unit)


# Adverbs of manner and time before a deed (全面布建, 先后建立, 年内新开办): no subject of the count.
_DEED_ADVERBS_RE = re.compile(r"(?:全面|圆满|顺利|超额|高质量|累计|合共|一共|总共|共|已经|已|亦|再|先后|陆续|全年|今年|目前|年内|进一步|持续|积极|大力|统筹|新)+")


@lru_cache(maxsize=1)
def _trailing_deed_adverbs_re() -> re.Pattern[str]:
    """A run of the adverbs of ``_DEED_ADVERBS_RE`` ending a phrase (…合共, …一共), as a pattern."""
    return re.compile(rf"(?:{_DEED_ADVERBS_RE.pattern})\s*$")


# Units a deed's count may take when the thing counted follows the number (建成100家…之家, 建成1处…中心).
_BUILT_UNITS = frozenset("个名张所间项户家处座栋幢")
# The places each of which holds a count (各县区、街道; 每个城市社区; 每个乡镇): a subject a deed's count keeps.
_PLACES_EACH_RE = re.compile(
    r"(?:明年|今年|年内|届时)?(?P<places>(?:各|每个|每)[\u4e00-\u9fff]{0,6}?(?:省|市|县|区|乡|镇|街道|村|社区|乡镇|县区|市县)"
    # (an item holds no 、和及 of its own: CJK items ended by the CJK 和及 split a long subject in exponentially many
    # ways under fullmatch, 66 s for 各市 and 30 和市)
    r"(?:[、和及](?:(?![、和及])[\u4e00-\u9fff]){0,6}?(?:省|市|县|区|乡|镇|街道|村|社区|乡镇))*)")


# The words between two numbers, ended by the mark that joins list items (高龄老人、 or 灾后农房重建和).
_JOINED_ITEM_RE = re.compile(r"^[^，。；,;、0-9０-９]{2,16}?(?:、|和|及|与)$")
# Units of people, households and bodies: counts a writer may put before what they count.
_NUMBER_FIRST_UNIT_RE = re.compile(r"^万?(?:人|名|户|位|个|家|所|处|座|栋|幢|间)$")
# What closes a counted phrase but is no part of it: 的基础上, 的任务, 等工作; and the deed after a group
# (百岁老人享受补贴: the group is counted, what it receives qualifies it).
_NUMBER_FIRST_TAIL_RE = re.compile(r"(?:的?基础上|的?任务|等?工作)$")
# When and how a deed after the thing counted was done (办公厅舍于今年陆续完工启用): no part of the name.
_WHEN_INSIDE_RE = re.compile(r"(?:于|在)(?:今年|本年|当年|去年|年内|年底前?|近期|同期)内?(?:陆续|先后|相继|均|已|全部)*"
                             r"|(?<=[\u4e00-\u9fff])(?:陆续|先后|相继)(?=[\u4e00-\u9fff]{2})")
_PEOPLE_AFTER_HOUSEHOLDS_RE = re.compile(r"\s*[0-9０-９][0-9０-９.,]*\s*[多余]?\s*万?(?:人|名)")
_GROUP_THEN_DEED_RE = re.compile(
    rf"^(?P<group>[^，。；,;、0-9]{{0,8}}?{_PEOPLE_NOUNS})(?P<deed>(?:享受|领取|获得|纳入|受到|参加)[^，。；,;、0-9]{{1,10}})$")


def _number_first_item(text: str, start: int, end: int, raw_local: str, numbers: list) -> str | None:
    """A later item of a list whose numbers stand before what they count (64.5万高龄老人、3677名百岁老人
    享受补贴; 完成5437户灾后农房重建和101877户农房维修加固): the words between two numbers are the first
    number's, so the second is named by what follows it, never by the item before it. None when the
    words before the number are not one item ended by 、/和/及/与, the unit counts no people, households
    or bodies, or no noun follows the number.

    >>> t = "全省64.5万高龄老人、3677名百岁老人享受补贴。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))][1]
    '享受补贴的百岁老人数'
    >>> t = "全县完成386户危房改造和52户农房维修加固的基础上，又启动新项目。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))][1]
    '农房维修加固户数'

    The thing named before its number keeps its own name (失能老年人4.8万人、孤困儿童3.7万人):

    >>> t = "惠及失能老年人4.8万人、孤困儿童3.7万人。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))][1]
    '孤困儿童'
    """
    if not numbers or not _JOINED_ITEM_RE.match(raw_local):
        return None
    unit = re.sub(r"^[0-9０-９.,，\s多余]+", "", text[start:end])
    if not _NUMBER_FIRST_UNIT_RE.match(unit):
        return None
    after = end
    if unit.endswith("户"):
        # 202户269人城市低保对象: the households and their people count the same group
        people = _PEOPLE_AFTER_HOUSEHOLDS_RE.match(text, end)
        after = people.end() if people else end
    following = _FOLLOWING_RE.match(text, after)
    if following is None:
        return None
    noun = _TRAILING_NOISE_RE.sub("", _PROTECT_STRIP_RE.sub("", following.group())).strip()
    noun = _TRAILING_NOISE_RE.sub("", _NUMBER_FIRST_TAIL_RE.sub("", noun)).strip()
    noun = _WHEN_INSIDE_RE.sub("", noun) if len(_WHEN_INSIDE_RE.sub("", noun)) >= 2 else noun
    if len(noun) < 2 or noun[0] in "的以余多":
        return None
    people = _GROUP_THEN_DEED_RE.match(noun)
    if people:
        # 百岁老人享受补贴 → 享受补贴的百岁老人数, as 享受高龄补贴的老年人数 is written
        return f"{people.group('deed')}的{people.group('group')}数"
    return noun_count(noun, unit)


# People counted before the group they are, then what was done for them (135万因灾紧急转移群众基本生活):
# the group alone is counted; a deed of theirs after it (享受, 纳入 …) is left to tidy_name's 享受…的 names.
_PEOPLE_THEN_REST_RE = re.compile(rf"(?P<group>[^，。；,;、0-9]{{0,10}}?{_PEOPLE_NOUNS})(?P<rest>[^，。；,;、0-9]*)")
_GROUP_DEED_OPENING_RE = re.compile(r"^(?:享受|领取|获得|纳入|受到|参加|中|之中|的|等|和|及|与|口)")


# People counted, then where they did a deed (在民政领域提供了), its object after a count of its own or not
# (6507.4万小时志愿服务), to the clause's end.
_DEED_WHERE_RE = re.compile(
    r"\s*(?P<where>在[^，。；,;、0-9０-９在]{1,12}?)(?P<verb>提供|参加|参与|开展|从事|接受|享受|担任)了?"
    rf"(?:\s*{NUMBER_PATTERN}\s*[多余]?\s*(?:万|亿)?\s*(?:小时|场次|场|次|天|项|个|件))?"
    r"\s*(?P<what>[^，。；,;、0-9０-９（(]{2,12}?)\s*(?=[，。；,;]|$)")


def _deed_where_after_people(text: str, start: int, end: int) -> str | None:
    """People counted before where they did a deed (2227.4万人次在民政领域提供了6507.4万小时志愿服务): the deed
    and its object, the count between them left out, then the people's measure (在民政领域提供志愿服务人次).
    None for any other unit or when no 在… and deed follow the number.

    >>> t = "全年共有300人次在社区提供了志愿服务。"
    >>> _deed_where_after_people(t, 4, 9)
    '在社区提供志愿服务人次'
    >>> _deed_where_after_people("全年共有300家在社区提供了志愿服务。", 4, 8) is None  # bodies, not people
    True
    """
    unit = re.sub(r"^[0-9０-９.,，\s多余]+", "", text[start:end])
    if not PEOPLE_COUNT_UNIT_RE.match(unit):
        return None
    deed = _DEED_WHERE_RE.match(text, end, _clause_end(text, end))
    if deed is None:
        return None
    return deed.group("where") + deed.group("verb") + deed.group("what").strip() + measure_word(unit)


def _people_after_number(text: str, start: int, end: int) -> str | None:
    """A count of people written before the group, with what was done for it after (妥善保障了135万因灾
    紧急转移群众基本生活): the group's count (因灾紧急转移群众人数), not the deed and all that follows.

    >>> t = "妥善安置了2.6万受灾群众基本生活。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['受灾群众人数']
    >>> _people_after_number("惠及3.2万老人享受补贴", 2, 6) is None  # the group's own deed: left to other rules
    True
    """
    if not re.fullmatch(r"[0-9０-９.,，\s多余]+万?(?:人|名)?", text[start:end]) or text[end - 1:end] in ("人", "名"):
        return None  # only a count whose people are named after it (135万因灾…群众)
    match = _PEOPLE_THEN_REST_RE.match(text, end)
    if match is None or not match.group("rest") or _GROUP_DEED_OPENING_RE.match(match.group("rest")):
        return None
    group = _PROTECT_STRIP_RE.sub("", match.group("group"))
    return group + "人数" if len(group) >= 2 else None


# Places or bodies, 开展 (实施, 推行) and what they carry out (城乡社区开展“三社联动”工作, 养老机构实施公建民营).
_CARRYING_OUT_RE = re.compile(
    r"(?P<bodies>[^，。；,;、0-9开]{0,8}?(?:社区|村|乡镇|街道|市县|县|区|市|镇|乡|单位|机构|站|中心)(?:[（(][^）)]{1,10}[)）])?)"
    r"(?:全面|全部|均|都|已|先行)?(?:开展|实施|推行|试行)(?:了)?(?P<what>[^，。；,;0-9]{2,16})")
_WORK_TAIL_RE = re.compile(r"(?:等)?(?:工作|活动)$")


# Pieces of work, items or bodies counted before what they won or where they stand (4项工作得到省领导批示, 8项指标
# 居全省首位, 5个集体获得…表彰): a work report's tally of its results. The thing is one of these nouns (a closed
# class of what a report tallies), a 、 may join two of its qualifiers (国家、省级试点), then the standing or award.
_STANDING_ITEMS_RE = re.compile(
    r"(?P<thing>[^，。；,;0-9]{0,10}?(?:工作|指标|试点|集体|个人|经验|做法|案例|成果|项目|单位))"
    r"(?:均|都|先后|分别|全部|已经|已)?"
    r"(?P<standing>(?:得到|获得|荣获|获评|获|入选|被评为|被列为|被确定为|被命名为|位居|位列|居|顺利推进|在)"
    r"[^，。；,;]{0,24}?)(?=[，。；,;]|$)")
# A tally inside the standing (得到省领导5次批示): how often, no part of what was won.
_TALLY_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:余|多)?(?:次|项|个|位)")
# Units that tally items or bodies (项 of 工作, 个 of 集体).
_TALLY_UNITS = ("项", "个", "家", "件", "条")


def _standing_items(text: str, start: int, end: int) -> str | None:
    """Items or bodies counted before an award or a standing they reached (4项工作得到省领导5次批示; 8项指标居全省
    首位; 12项国家、省级试点顺利推进): named by the standing, 的, then the thing (得到省领导批示的工作数), as the
    annotation names bodies counted by what they did (完成选举的村(居)委会数). The tally inside the standing
    (5次) is dropped; a count in another unit, another noun, or no standing after the thing is left alone.

    >>> t = "全年有6项工作获得国务院领导3次批示。"
    >>> _standing_items(t, 3, 5)
    '获得国务院领导批示的工作数'
    >>> t = "9项指标位居全市前列，15项国家、省级试点顺利推进。"
    >>> _standing_items(t, 0, 2), _standing_items(t, 11, 14)
    ('位居全市前列的指标数', '顺利推进的国家、省级试点数')
    >>> _standing_items("建成6个社区养老服务站。", 2, 4) is None  # no standing: left to the other rules
    True
    >>> _standing_items("6项工作全面完成。", 0, 2) is None  # a deed done, not a standing reached
    True
    """
    if text[end - 1:end] not in _TALLY_UNITS:
        return None
    match = _STANDING_ITEMS_RE.match(text, end)
    if match is None:
        return None
    thing = _PROTECT_STRIP_RE.sub("", match.group("thing")).strip()
    standing = _TALLY_RE.sub("", _PROTECT_STRIP_RE.sub("", match.group("standing"))).strip()
    if len(thing) < 2 or len(standing) < 2:
        return None
    return f"{standing}的{thing}数".replace("（", "(").replace("）", ")")


def _bodies_carrying_out(text: str, start: int, end: int) -> str | None:
    """Places or bodies counted before they carry something out (指导12个城乡社区开展“三社联动”工作; 在20个
    市县开展婚俗改革试点): named by what is carried out and who (三社联动城乡社区数, 婚俗改革试点市县数).

    >>> t = "在15个县（市、区）开展殡葬改革试点。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['殡葬改革试点县(市、区)数']
    >>> t = "全省有12个公办养老机构实施公建民营。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['公建民营公办养老机构数']
    >>> t = "建成15个社区养老服务站。"  # nothing carried out: left to the other rules
    >>> _bodies_carrying_out(t, 2, 5) is None
    True
    """
    if text[end - 1:end] not in ("个", "家", "所"):
        return None
    match = _CARRYING_OUT_RE.match(text, end)
    if match is None:
        return None
    what = _WORK_TAIL_RE.sub("", _TRAILING_NOISE_RE.sub("", _PROTECT_STRIP_RE.sub("", match.group("what"))).strip())
    if len(what) < 2:
        return None
    return f"{what}{match.group('bodies')}数".replace("（", "(").replace("）", ")")


# 对/为/向 opening the words before a count of people or households: the count is of those the deed is done to.
_DONE_TO_RE = re.compile(r"(?:对|为|向)[^，。；,;0-9对为向]{0,12}$")
# The group after the number, then 进行/开展/实施 and the deed (重点困难优抚对象进行了走访慰问; 特困群众开展春节
# 慰问活动); 活动, 工作 and 等 close the deed but are no part of it.
_GROUP_THEN_CARRIED_RE = re.compile(
    r"(?P<group>[^，。；,;、0-9进开实]{2,10}?)(?:进行|开展|实施)了?(?P<deed>[^，。；,;、0-9]{2,16}?)(?:等)?(?:活动|工作)?(?=[，。；,;、]|$)")


def _deed_done_to_group(text: str, start: int, end: int, raw_local: str) -> str | None:
    """People or households counted after 对/为 and before the deed done to them (对全市7600名特困群众开展春节
    慰问活动; 为5名滞留人员进行了落户): named by the deed and the group, act first as the annotation writes the
    people an act of aid reached (春节慰问特困群众数, 落户滞留人员数). None without 对/为/向 before the number
    in its clause, a count in 人, 名, 户 or 位, or 进行/开展/实施 and a deed after the group.

    >>> t = "春节期间对全县3200名困难群众开展走访慰问活动。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['走访慰问困难群众数']
    >>> t = "年内为7名长期滞留人员进行了落户。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))]
    ['落户长期滞留人员数']
    >>> _deed_done_to_group("全县3200名困难群众开展互助活动", 2, 7, "全县") is None  # no 对/为: the group acts
    True
    """
    unit = re.sub(r"^[0-9０-９.,，\s多余]+", "", text[start:end])
    if not re.fullmatch(r"万?(?:人|名|户|位)", unit) or not _DONE_TO_RE.search(raw_local):
        return None
    carried = _GROUP_THEN_CARRIED_RE.match(text, end)
    if carried is None:
        return None
    group = _PROTECT_STRIP_RE.sub("", carried.group("group")).strip()
    deed = _PROTECT_STRIP_RE.sub("", carried.group("deed")).strip()
    if len(group) < 2 or len(deed) < 2:
        return None
    if verb_re().match(deed):
        return deed + group  # 走访慰问困难群众: action_first gives an act of the lexicon its measure (…困难群众数)
    return deed + group + ("户数" if unit.endswith("户") else "数")


# 脱贫享受政策人口中(有): the whole a count of people is taken from; a modal or 把 before it opens the clause.
_WHOLE_GROUP_RE = re.compile(rf"(?P<whole>[^，。；,;、0-9]{{0,10}}?{_PEOPLE_NOUNS})(?:之)?中有?$")
_WHOLE_OPENING_RE = re.compile(r"^.*(?:将|把|对(?!象)|在(?![院册]))")  # not the 对 of 对象
# The deed the part of the whole did, later in the clause (纳入救助保障范围, 享受补贴).
_PART_DEED_RE = re.compile(r"(?P<verb>纳入|享受|获得|得到|实现)了?(?P<what>[^，。；,;]{2,30})")
# A list of examples ended by 等 inside the deed (纳入低保、特困、临时救助等基本生活救助范围): the kind stays.
_EXAMPLES_RE = re.compile(r"[^、，。；]{1,8}(?:、[^、，。；]{1,8})+等")


def _share_of_group(text: str, start: int, end: int, raw_local: str) -> str | None:
    """People counted as the part of a group that did something (99.8万脱贫享受政策人口中有58.7万人纳入
    救助保障范围): named by the deed and the group (纳入救助保障范围的脱贫享受政策人口数), never by the
    group with its 中. None without a group ending in 中 before the number, a count of people, or a deed
    after it in the clause.

    >>> t = "全市3.2万低保对象中有1.1万人纳入了临时救助、医疗救助等专项救助范围。"
    >>> [m.properties["indicator"] for m in extract_targets([Sentence(0, t, 0, len(t))], DocumentInfo("x"))][1]
    '纳入专项救助范围的低保对象数'
    >>> t = "其中困难老年人中有2300人接受了体检。"  # 接受 is no deed of belonging: left to the other rules
    >>> _share_of_group(t, 10, 15, "其中困难老年人中有") is None
    True
    """
    whole = _WHOLE_GROUP_RE.search(raw_local)
    unit = re.sub(r"^[0-9０-９.,，\s多余]+", "", text[start:end])
    if whole is None or not re.fullmatch(r"万?(?:人|名)", unit):
        return None
    group = _WHOLE_OPENING_RE.sub("", whole.group("whole"))
    group = _clean_indicator(group)
    stop = _clause_end(text, end)
    deed = _PART_DEED_RE.search(text, end, stop)
    if len(group) < 2 or deed is None:
        return None
    what = _TRAILING_NOISE_RE.sub("", _EXAMPLES_RE.sub("", _PROTECT_STRIP_RE.sub("", deed.group("what")))).strip()
    if len(what) < 2:
        return None
    return f"{deed.group('verb')}{what}的{group}数"


@lru_cache(maxsize=1)
def _deed_end_re() -> re.Pattern[str]:
    """A deed of ``loaders/data/indicator_verbs.tsv`` (建成, 新建, 创建 …) ending a phrase, 了 or not."""
    return re.compile(rf"(?P<verb>{verb_re().pattern})了?$")
# 的养老机构建成阳光厨房 after a percentage: which bodies, the deed, what they did it to.
_SHARE_DEED_RE = re.compile(r"^的(?P<who>[^，。；,;0-9的]{2,10}?)(?:均|都|已)?(?P<verb>建成|建立|设立|配备|开通|完成|实现|达到)了?"
                            r"(?P<what>[^，。；,;0-9]{2,12})$")
# 的敬老院要改造成农村养老服务中心, 的社会组织具备…特征 after a percentage, to the clause's end: bodies or people,
# a modal, and what they do or have (any verb: the closed deeds of _SHARE_DEED_RE are named their own way first).
_SHARE_OF_DOERS_RE = re.compile(
    r"的(?P<who>[^，。；,;0-9的]{0,8}?(?:机构|组织|敬老院|福利院|养老院|社区|村|乡镇|街道|单位|中心|家庭|老人|老年人|儿童"
    r"|人员|对象))(?:均|都|已|要|将|应|须|必须|能够|可以)*(?P<deed>(?![的和及与、])[^，。；,;0-9]{3,20})$")
_PAID_TAIL_RE = re.compile(r"(?:累计)?(?:发放额|发放金额|支出额|支出|金额)$")  # 价格临时补贴累计发放额 → 价格临时补贴


# What a web page or a paper prints around its text, opening the clause of a number: a trail of links (首页 >>
# 信息公开 >> 媒体关注, up to the space after its last link), a byline (本报讯(记者…)), a column's head in
# brackets ([优抚安置], 【港闻报讯】). None of it names what the number counts.
_PAGE_FURNITURE_RE = re.compile(
    r"(?:(?:[^，。；,;>»\n]{0,16}(?:>>|»)\s*)+[^\s，。；,;>»]{1,12}\s+"
    r"|(?:本报讯|本台讯|本刊讯)\s*(?:[（(][^）)\n]{1,12}[)）])?"
    r"|\[[^\]\n]{1,12}\]|【[^】\n]{1,12}】|\s)+")


def _indicator(text: str, start: int, end: int, previous: str = "") -> str:
    """A short readable phrase for what the number measures.

    The phrase is the stretch of the clause between the previous quantity
    and this one (整治非法社会组织160家、僵尸型社会组织563家 gives 僵尸型社会组织
    for 563); for a bare list item (每人每月1010元和838元) it is the clause's
    opening; a change (年均增长8%, 较2020年增长38%) is the change of the
    previous indicator; when only a verb stands before the number, the thing
    counted follows it (建成25个示范型居家养老服务中心); when the clause is
    empty, the label before a colon names it (城市低保标准:由…提高到620元).
    """
    text, start, end = _without_hedges(text, start, end)
    clause_start = _clause_start(text, start)
    furniture = _PAGE_FURNITURE_RE.match(text, clause_start, start)
    if furniture:
        clause_start = furniture.end()  # 首页 >> 信息公开 >> 媒体关注  2022年…: the page's, not the clause's
    # Dates and years are not quantities; blank them so they neither split
    # the phrase nor end up in it (2020—2022年连续3年 → 连续).
    clause_prefix = _without_dates(text[clause_start:start], _blank_date)
    numbers = list(_QUANTITY_RE.finditer(clause_prefix))
    raw_local = clause_prefix[numbers[-1].end():] if numbers else clause_prefix
    raw_local = raw_local.strip()
    if numbers and not raw_local and previous:
        # 12.6%、11.2% and 1010元和838元: a list shares its indicator.
        return previous
    given = _recipient_count_name(clause_prefix.strip(), text, start, end)
    if given:
        return _show_digits(given)[-_MAX_INDICATOR:]
    raw_local = _without_relative_clause(_without_named_actor(_without_stage(raw_local, text, end)), text, end)
    local = _clean_indicator(raw_local)
    built = _built_things(text, start, end, clause_prefix, raw_local, numbers)
    if built:
        return built[-_MAX_INDICATOR:]
    number_first = _number_first_item(text, start, end, raw_local, numbers) or _share_of_group(text, start, end, raw_local) \
        or _deed_done_to_group(text, start, end, raw_local)
    if number_first:
        return number_first[-_MAX_INDICATOR:]
    if not local and text[start:end].rstrip().endswith(("%", "％")):
        following = _FOLLOWING_RE.match(text[end:])
        share = _SHARE_DEED_RE.match(_PROTECT_STRIP_RE.sub("", following.group()).strip()) if following else None
        if share:
            # 80%的养老机构建成“阳光厨房”: the share of the bodies that did it (养老机构阳光厨房建成率)
            return f"{share.group('who')}{share.group('what')}{share.group('verb')}率"[-_MAX_INDICATOR:]
        doers = _SHARE_OF_DOERS_RE.match(text, end, _clause_end(text, end))
        if doers:
            # 40%的敬老院要改造成农村养老服务中心: the share of the bodies that do it, named as the gold
            # writes such shares (改造成农村养老服务中心的敬老院比例)
            deed = _PROTECT_STRIP_RE.sub("", doers.group("deed")).strip()
            return f"{deed}的{doers.group('who')}比例"[-_MAX_INDICATOR:]
    if not local and numbers:
        local = _clean_indicator(clause_prefix[:numbers[0].start()])
    if previous and _RESTATED_RE.fullmatch(raw_local) and previous.endswith(("增幅", "降幅")):
        # 较上年增加11.4%，即74亿元: the same change as an amount
        return previous[:-2] + ("增加额" if previous.endswith("增幅") else "减少额")
    counted_after = text[end - 1:end] in _COUNTED_UNITS and _FOLLOWING_RE.match(text, end)
    if previous and (_CHANGE_ONLY_RE.fullmatch(raw_local) and not counted_after or re.match(r"^(?:较|比)", local)):
        # 年均增长8%, 较2020年分别增长38%: a change needs the thing that changed (拨款…，增加200个日间护理名额
        # counts the places it names after the number, no change of the money before).
        change = _clean_change(raw_local)
        return _show_digits(previous if change in previous else previous + change)[-_MAX_INDICATOR:]
    if (not local or _PERIOD_ONLY_RE.fullmatch(local)) and numbers and _RAISED_TO_RE.fullmatch(raw_local):
        # …也会增加机构住民补助，一年12万元将提高到18万元: a level raised in a clause that names nothing is the level
        # of what the clause before raises (not a change of the figure before it)
        raised = _raised_in_previous_clause(text, clause_start)
        if raised:
            return raised[-_MAX_INDICATOR:]
    if not local and previous and _CHANGE_RE.search(clause_prefix) and not counted_after:
        # (增加1500个长者日间护理服务名额 counts the places it names, no change of the figure before)
        # …由6500元提高到7200元，提高10.8%: the rise of the previous indicator.
        return f"{previous}{_CHANGE_RE.search(clause_prefix).group()}幅度"
    if not local and previous and raw_local.strip() and not counted_after:
        # 发放价格临时补贴3.97亿元,惠及841.4万人次: the people the money reached (价格临时补贴惠及人次)
        verb = _LEADING_NOISE_RE.sub('', raw_local).strip()
        paid = _MONEY_AFTER_NUMBER_RE.match(clause_prefix, numbers[-1].start()) if numbers else \
            _MONEY_CLAUSE_END_RE.search(text, 0, clause_start)
        unit = re.sub(r"^[0-9０-９.,，\s多余]+", "", text[start:end])
        reach = reached_by(verb, previous, "元", unit) if paid else None
        if reach:
            # the benefit named once, without the money's tail (临时救助金 stays whole: 临时救助金惠及人次)
            core = _PAID_TAIL_RE.sub("", previous)
            reach = core + verb + measure_word(unit, verb) if len(core) >= 2 and not core.endswith(verb) else reach
        return (reach or f"{previous}{verb}")[-_MAX_INDICATOR:]
    if local.endswith("等") and _FOLLOWING_RE.match(text[end:]):
        # 西安市碑林区等21个县(区): the names are examples, what is counted follows the number.
        local = ""
    if len(local) < 2 or _ENDS_WITH_VERB_RE.search(local):
        carrying_out = _standing_items(text, start, end) or _bodies_carrying_out(text, start, end)
        if carrying_out:
            return carrying_out[-_MAX_INDICATOR:]
        people = _people_after_number(text, start, end) or _deed_where_after_people(text, start, end)
        if people:
            return people[-_MAX_INDICATOR:]
        following = _FOLLOWING_RE.match(text[end:])
        tail = _TRAILING_NOISE_RE.sub("", _PROTECT_STRIP_RE.sub("", following.group())).strip() if following else ""
        if tail:
            local = local + tail
    if not local:
        local = _label_before_colon(text, clause_start)
    if local in _SCOPES:
        # 孤儿基本生活费：集中养育每人每月1600元，社会散居…: the scope of the label the colon closes
        colon = max(text.rfind("：", 0, clause_start), text.rfind(":", 0, clause_start))
        label = _clean_indicator(text[_clause_start(text, colon):colon]) if colon > 0 and clause_start - colon < 60 else ""
        if len(label) >= 2 and not _ANY_NUMBER_RE.search(label):
            local = f"{label}({local})"
    if not local and re.fullmatch(r"(?:每人|每户)?每(?:次|人|户|月|年|天|日)", raw_local):
        # 给予一次性救助，每次500元: a rate alone in its clause is the rate of the clause before
        local = _previous_clause_name(text, clause_start)
    local = _without_connective(local)
    # a 分别 phrase holds one name per value, split later (全护理、半护理、全自理照料护理标准分别…)
    longest = _MAX_INDICATOR + 16 if "分别" in local else _MAX_INDICATOR
    return _show_digits(local)[:longest] if _ENDS_WITH_VERB_RE.search(local) else _show_digits(local)[-longest:]


# A stage of a programme before the deed (分两个阶段, 分阶段, 第一和第二阶段, 首阶段), after who acts and where
# (社署, 我们在…计划): when the deed is done, not what it counts.
_STAGE_BEFORE_DEED = (r"(?:在[^，。；,;0-9]{0,24}?)?(?:分(?:[一二两三四五六七八九十0-9]+个)?阶段|首阶段"
                      r"|第[一二三四五六七八九十0-9]+(?:[和、至及]第?[一二三四五六七八九十0-9]+)*(?:个)?阶段)")
_BODY_SPEAKER = r"[\u4e00-\u9fff]{0,8}(?:署|局|厅|部|委员会|政府|当局)"


# (增至2025至26年度的12,000人: the year blanked leaves 的)
_RISE_TO_RE = re.compile(r"(?:将|会)?(?:增至|增到|升至|增加到|增加至|提高到|提高至|提升到|提升至|增长到|增长至|扩展至|扩大至)\s*的?")


@lru_cache(maxsize=1)
def _stage_re() -> re.Pattern[str]:
    """Who acts (a speaker of ``budget_acts.tsv``, a body, or 全区 …), then a stage, then the rest (the deed)."""
    speakers = "|".join(sorted(map(re.escape, _budget_words("speaker")), key=len, reverse=True))
    return re.compile(rf"^(?:{speakers}|{_BODY_SPEAKER}|全[省市县区港镇乡])?{_STAGE_BEFORE_DEED}(?P<rest>[^，。；,;0-9]{{0,8}})$")


def _without_stage(raw_local: str, text: str, end: int) -> str:
    """The phrase before a number without who acts and the stage of the deed, when what is counted follows the
    number (社署分两个阶段增加3 000个…名额; 我们在…计划第一和第二阶段一共推出了3 000张服务券): only the deed is left
    (增加, 一共推出了), so the count is named by the thing after the number. Any other phrase is returned as it is.

    >>> t = "社署分两个阶段增加3 000个综合家居照顾服务名额"
    >>> _without_stage("社署分两个阶段增加", t, 15)
    '增加'
    >>> _without_stage("我们在试验计划第一和第二阶段一共推出了", "我们在试验计划第一和第二阶段一共推出了3 000张服务券", 25)
    '一共推出了'
    >>> _without_stage("分阶段增至", "人数由8,000人分阶段增至12,000人。", 19)  # a rise to a level: the rise is left
    '增至'
    >>> _without_stage("分三个阶段完成", "分三个阶段完成45户。", 10)  # nothing counted after the number: kept
    '分三个阶段完成'
    """
    if "阶段" not in raw_local:
        return raw_local
    staged = _stage_re().match(raw_local)
    if staged and _RISE_TO_RE.fullmatch(staged.group("rest")):
        return staged.group("rest")  # 由8,000人分阶段增至12,000人: the level the rise reaches, named before 由
    if text[end - 1:end] not in _COUNTED_UNITS or not _FOLLOWING_RE.match(text, end):
        return raw_local
    return staged.group("rest") if staged else raw_local


def _without_relative_clause(raw_local: str, text: str, end: int) -> str:
    """The phrase before a number without a clause that says which of the things counted (完成年初确定的12项民生
    实事, 完成上级下达的20项任务) when they are named after the number: the deed before that clause is left, so the
    count is named by the thing and the deed (民生实事完成数), not by the clause (全面年初确定完成数).

    >>> t = "全面完成年初确定的12项民生实事"
    >>> _without_relative_clause("全面完成年初确定的", t, 12)
    '全面完成'
    >>> _without_relative_clause("新建的", "新建的12个养老院", 5)  # no deed before the clause: kept
    '新建的'
    >>> _without_relative_clause("完成年初确定的", "完成年初确定的12项", 10)  # nothing named after the number: kept
    '完成年初确定的'
    """
    if not raw_local.endswith("的") or text[end - 1:end] not in _COUNTED_UNITS or not _FOLLOWING_RE.match(text, end):
        return raw_local
    deeds = [m for m in verb_re().finditer(raw_local) if m.end() < len(raw_local) - 1]
    if not deeds or verb_re().match(raw_local, deeds[-1].end()) or len(raw_local) - 1 - deeds[-1].end() < 2:
        return raw_local  # 建成投用的: deeds only, no clause of which
    return raw_local[:deeds[-1].end()]


@lru_cache(maxsize=1)
def _actor_res() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Who acts at a clause's opening (``loaders/data/indicator_actors.tsv``), what may follow it (adverbs,
    then a deed of ``indicator_verbs.tsv`` or 共有/拥有/有), and the gazetteer's place names."""
    from loaders.gazetteer import get_gazetteer

    rows = [row for row in read_lexicon("indicator_actors.tsv") if len(row) >= 2 and row[0] != "word"]

    def words(kind: str) -> str:
        return "|".join(map(re.escape, sorted((row[0] for row in rows if row[1] == kind), key=len, reverse=True)))

    # after a place or none: an optional level word, a body, who acts for it; or the writer's own body
    actor = re.compile(rf"(?:[省市县区州旗]?(?:{words('body')})(?:{words('staff')})?|(?:{words('self')}))")
    # 共 of 共有 is an adverb of _DEED_ADVERBS_RE too: 有 alone must then follow it
    deed = re.compile(rf"(?:今年以来|年初以来|以来|{_DEED_ADVERBS_RE.pattern})*(?:共有|拥有|有(?![效关序力])|{verb_re().pattern})")
    gazetteer = get_gazetteer()
    # 城区, 郊区, 东区 name districts of several cities but, written alone, are a part of the place (a tier: 城区城市
    # 低保标准), no actor
    return actor, deed, frozenset(name for name in (*gazetteer.by_name, *gazetteer.by_short)
                                  if len(name) >= 2 and not (len(name) == 2 and name.endswith("区")))


def _without_named_actor(raw_local: str) -> str:
    """The phrase before a number without who acts, when a named place or a body opens it and a deed (or 共有,
    拥有) follows: the figure is named as if the clause opened with 全市, which names none (洛阳共有社区老年食堂86家
    → 共有社区老年食堂, as 全市共有…; 区民政局救助工作人员今年以来共救助生活无着人员132人 → 今年以来共救助…). The place
    is the figure's place (FOR_PLACE), the team's gold names almost none (2 of 366). A place or body followed by a
    noun (滨江区养老床位数占…比例, 天津民政系统先进集体) is kept: it may be a tier or a name's part.

    >>> _without_named_actor("洛阳共有社区老年食堂"), _without_named_actor("西湖区建成儿童之家")
    ('共有社区老年食堂', '建成儿童之家')
    >>> _without_named_actor("区民政局救助工作人员今年以来共救助生活无着人员")
    '今年以来共救助生活无着人员'
    >>> _without_named_actor("今年我局共发放临时救助金")
    '今年共发放临时救助金'
    >>> _without_named_actor("滨江区养老床位数占户籍老年人口比例")  # a noun follows: kept
    '滨江区养老床位数占户籍老年人口比例'
    >>> _without_named_actor("民政局长")  # no deed after it
    '民政局长'
    >>> _without_named_actor("城区新建养老床位")  # 城区 alone is a part of the place, not who acts
    '城区新建养老床位'
    """
    lead = _LEADING_NOISE_RE.match(raw_local)
    at = lead.end() if lead else 0
    actor_re, deed_re, places = _actor_res()
    end = at
    for size in range(min(8, len(raw_local) - at), 1, -1):
        if raw_local[at:at + size] in places:
            end = at + size
            break
    actor = actor_re.match(raw_local, end)
    if actor:
        end = actor.end()
    if end == at or not deed_re.match(raw_local, end):
        return raw_local
    return raw_local[:at] + raw_local[end:]


@lru_cache(maxsize=1)
def _hedge_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The hedges of ``loaders/data/indicator_hedges.tsv`` written right before a number, and right after it."""
    rows = [row for row in read_lexicon("indicator_hedges.tsv") if len(row) >= 2 and row[0] != "hedge"]

    def alternation(side: str) -> str:
        # a hedge that ends another word (签约, 就近) is no hedge there: the third cell lists what may not precede it
        return "|".join(f"(?<![{re.escape(row[2])}]){re.escape(row[0])}" if len(row) > 2 and row[2] else re.escape(row[0])
                        for row in sorted((row for row in rows if row[1] == side), key=lambda row: len(row[0]), reverse=True))

    # 至少配备3名: a floor written before the deed that stands right before the number is the number's too
    return (re.compile(rf"(?:{alternation('before')})(?=(?:{verb_re().pattern})?了?\s*$)"),
            re.compile(rf"\s*(?:{alternation('after')})"))


def _without_hedges(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The text as if the hedges around the number at ``start:end`` were not written, with the number's new span.

    A floor or an approximation (不少于, 至少, 约 before the number; 以上, 左右 after it) says how exact the number
    is, not what it measures, so the name is read without it: 配备3名左右社会工作专业人才 is read as 配备3名社会
    工作专业人才, and 建成不少于17.8万张养老床位 as 建成17.8万张养老床位 (the deed stays right before the number).
    Only the name is read from this text; the value, unit and kind are read from the text as written.

    >>> t = "每个城市社区至少配备3名左右社会工作专业人才"
    >>> _without_hedges(t, 10, 12)
    ('每个城市社区配备3名社会工作专业人才', 8, 10)
    >>> _without_hedges("建成25个中心", 2, 5)  # no hedge: unchanged
    ('建成25个中心', 2, 5)
    """
    before_re, after_re = _hedge_res()
    after = after_re.match(text, end)
    if after and after.end() > end:
        text = text[:end] + text[after.end():]
    before = before_re.search(text, max(0, start - 12), start)
    if before:
        cut = before.end() - before.start()
        text = text[:before.start()] + text[before.end():]
        start, end = start - cut, end - cut
    return text, start, end


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[tuple[str, str], ...]:
    from loaders.lexicons import read_lexicon

    return tuple((row[0], row[1]) for row in read_lexicon("indicator_abbreviations.tsv") if row[0] != "written")


def _expanded(name: str) -> str:
    """A name with the short forms of ``loaders/data/indicator_abbreviations.tsv`` written in full.

    >>> _expanded("农村低边户数"), _expanded("低保边缘家庭户数"), _expanded("低边家庭")
    ('农村低保边缘家庭户数', '低保边缘家庭户数', '低保边缘家庭')
    """
    for written, full in _abbreviations():
        if written in name and full not in name:
            # 低边家庭: the short form may already be followed by the end of the full name
            name = name.replace(written + full[-2:], full).replace(written, full)
    return name


@lru_cache(maxsize=1)
def _recipient_re() -> re.Pattern[str]:
    from loaders.lexicons import read_lexicon

    words = sorted((row[0] for row in read_lexicon("indicator_recipients.txt")), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")\s*$")


_COUNTS_BEFORE_RE = re.compile(r"(?:[0-9０-９.]+\s*[多余]?\s*万?(?:户|人|名)\s*)+$")
_RECIPIENT_UNIT_RE = re.compile(r"^[0-9０-９.,，]+\s*[多余]?\s*万?(?:户次|人次|户|人|名)$")
# after the recipients (困难家庭, or a second count 25249人): the verb and, up to the next number or
# clause break, what it gives; a rate written before the thing (50元/月的) is skipped
_GIVEN_AFTER_RE = re.compile(
    r"(?:[0-9０-９.]+\s*(?:户|人|名)|[^，。；,;、0-9０-９]){0,14}?(?P<verb>VERB)了?"
    r"(?:[0-9０-９.]+\s*元(?:/[人月年日次·・]+)*的?)?(?P<what>[^，。；,;、0-9０-９（(]{2,20})"
)


def _recipient_count_name(raw_local: str, text: str, start: int, end: int) -> str | None:
    """A count of people or households written after 为/向/给 (``indicator_recipients.txt``) and
    before the verb that gives them something is named after what is given:

    >>> s = "全县为1360户2815人发放一次性生活补贴386万元"
    >>> _recipient_count_name("全县为", s, 3, 8), _recipient_count_name("全县为1360户", s, 8, 13)
    ('一次性生活补贴发放户数', '一次性生活补贴发放人数')
    >>> s = "街道向126户困难家庭发放“送温暖”慰问金25万元"
    >>> _recipient_count_name("街道向", s, 3, 7)
    '送温暖慰问金发放户数'
    >>> s = "为85名重度残疾人发放60元/月的护理补贴"
    >>> _recipient_count_name("为", s, 1, 4)
    '护理补贴发放人数'

    Not a count given to (为5个社区配备…: bodies; 向社会公布: no count), nor a phrase without the marker:

    >>> _recipient_count_name("为", "为5个社区配备电脑", 1, 3) is None, _recipient_count_name("共有", "共有85名重度残疾人发放", 2, 5) is None
    (True, True)
    """
    if not _RECIPIENT_UNIT_RE.match(text[start:end].strip()):
        return None
    if not _recipient_re().search(_COUNTS_BEFORE_RE.sub("", raw_local)):
        return None
    after = _given_after_re().match(text, end)
    if after is None:
        return None
    what = _PROTECT_STRIP_RE.sub("", after.group("what")).strip()
    what = _TRAILING_NOISE_RE.sub("", what)
    if len(what) < 2:
        return None
    unit = re.sub(r"^[0-9０-９.,，\s多余]+", "", text[start:end])
    return what + verb_name(after.group("verb")) + measure_word(unit)


@lru_cache(maxsize=1)
def _given_after_re() -> re.Pattern[str]:
    return re.compile(_GIVEN_AFTER_RE.pattern.replace("VERB", verb_re().pattern))


@lru_cache(maxsize=1)
def _connective_re() -> re.Pattern[str]:
    from loaders.lexicons import read_lexicon

    words = sorted((row[0] for row in read_lexicon("indicator_connectives.txt")), key=len, reverse=True)
    return re.compile("^(?:" + "|".join(map(re.escape, words)) + ")+")


def _without_connective(phrase: str) -> str:
    """A finished phrase without the connectives that open it (``loaders/data/indicator_connectives.txt``),
    unless nothing would be left of it.

    >>> _without_connective("以资助安老宿位"), _without_connective("新的伤残津贴"), _without_connective("以")
    ('资助安老宿位', '伤残津贴', '以')
    >>> _without_connective("以上年度标准")  # 以上 is no connective
    '以上年度标准'
    """
    stripped = _connective_re().sub("", phrase)
    return stripped if len(stripped) >= 2 and not phrase.startswith("以上") else phrase


# What money is for, written after it: 1,700万元以增加168个长者日间护理服务名额, 29亿元为新推出的「…」计划,
# (budget lines, tgt8) 500万元推行…试验计划, 1.8亿元，加强…, 1.6亿元的经常拨款，以额外提供超过1 000个宿位.
@lru_cache(maxsize=1)
def _purpose_after_re() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, sorted(_budget_words("purpose"), key=len, reverse=True)))
    return re.compile(
        r"\s*(?:的(?:经常|非经常|额外)?(?:拨款|开支|资源)\s*)?(?P<comma>[，,]\s*)?"
        r"(?:为[^，。；;,、0-9]{2,16}(?:提供|增加|增设)"  # 为轮候宿位的长者提供800个服务名额: what is provided
        rf"|(?:以|用于|用作|用来|为|于)\s*(?:额外)?\s*(?:新推出的|新设的|增加|新增|增设|加强|支援|资助|建设|提供|推出)?"
        rf"|(?:{verbs})|在[^，。；;,、0-9]{{1,6}}?(?:{verbs}))\s*"
        r"(?:(?:超过|约|逾|近)?\s*[0-9][0-9, ]*\s*(?:个|名|张|所|间|项)\s*)?(?:这项|该项|此项|这个|各项|多项)?(?:对)?"
        r"(?P<what>[^，。；;,、0-9]{2,24})"
    )


_MONEY_WORD_RE = re.compile(r"拨款|开支|预算(?!案)|资金|经费|支出")  # 财政预算案 is the speech, not its money
# An amount, its share in brackets, then what it is for: 280亿元(71%)为经济援助金
_SHARE_THEN_PURPOSE_RE = re.compile(r"\s*[（(]\s*[0-9.]+\s*[%％]\s*[)）]\s*为\s*(?P<what>[^，。；;,、0-9（(]{2,24})")


_SHARE_CLOSE_RE = re.compile(r"\s*[%％]?\s*[)）]\s*为\s*(?P<what>[^，。；;,、0-9（(]{2,24})")  # …(71%)为经济援助金


def _money_name(what: str) -> str:
    """What money is for, as a name: quotes, a footnote mark (经济援助金注2) and a linking 的 dropped.

    >>> _money_name("经济援助金注"), _money_name("雇用服务的开支"), _money_name("「长者」计划"), _money_name("予非政府机构的资助")
    ('经济援助金', '雇用服务开支', '长者计划', '非政府机构资助')
    """
    what = re.sub(r"[「」『』“”\"《》]", "", what).strip()
    what = re.sub(r"注$", "", what)
    what = re.sub(r"^(?:提供)?(?:给予|予|向|给)(?=.{3})", "", what)  # 为提供予非政府机构的经常资助
    return re.sub(r"(?<=.{2})的(?=.{2})", "", what) if len(what) <= 10 else what


_FUND_INJECTION_RE = re.compile(r"向(?P<fund>[^，。；;,、0-9]{2,10}?(?:基金|基金会))注资$")
_MONEY_NOUN_END_RE = re.compile(r"(?:金|费|款|津贴|补贴|资助|补助)$")
_MONEY_AFTER_RE = re.compile(r"的(?P<word>(?:经常|非经常|额外)?(?:拨款|开支))")


@lru_cache(maxsize=4)
def _budget_words(*kinds: str) -> tuple[str, ...]:
    """The words of ``loaders/data/budget_acts.tsv`` of the given kinds (speaker, when, modal, act, purpose)."""
    return tuple(row[0] for row in read_lexicon("budget_acts.tsv") if len(row) > 1 and row[1] in kinds)


@lru_cache(maxsize=1)
def _allocated_to_re() -> re.Pattern[str]:
    """An amount followed by whom it is allocated to: 8,101万元拨给青少年服务 (budget_acts.tsv, kind to).

    >>> _allocated_to_re().match("拨给青少年服务、").group("what"), _allocated_to_re().match("予以救助") is None
    ('青少年服务', True)
    """
    verbs = "|".join(map(re.escape, sorted(_budget_words("to"), key=len, reverse=True)))
    return re.compile(rf"\s*(?:{verbs})(?![以])(?P<what>[^，。；;,、0-9]{{2,16}})")


def _by_length(words: tuple[str, ...]) -> dict[int, list[str]]:
    """Words grouped by their length.

    >>> _by_length(("社区", "小区", "开发区"))
    {2: ['社区', '小区'], 3: ['开发区']}
    """
    groups: dict[int, list[str]] = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return groups


@lru_cache(maxsize=1)
def _nameless_money_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    """The pieces of a phrase that names no money: one giver (a piece), a body (after 、 or 和), the act that may
    end it, and the longest piece."""
    givers = sorted(_budget_words("speaker", "when", "modal"), key=len, reverse=True)
    giver = "|".join(map(re.escape, givers))
    acts = "|".join(map(re.escape, sorted(_budget_words("act"), key=len, reverse=True)))
    # any body may give (社会福利署会额外增拨…): a name ending in a body word is a giver too
    # …and so may a party committee (县委、县政府投资) or a place standing for its government (溪湖区投资70余万元)
    body = r"(?:[\u4e00-\u9fff]{1,8}?(?:署|局|厅|部|委员会|政府|当局)|[\u4e00-\u9fff]{0,8}?(?:[省市县区州]委|党委))"
    # …but not an area no government runs (社区, 小区, 园区: budget_acts.tsv, kind not_giver): one look-behind
    # for the words of each length, as a look-behind must have one width (one per word made 市区×n 1.5× slower)
    areas = "".join(f"(?<!{'|'.join(sorted(map(re.escape, group)))})"
                    for group in _by_length(_budget_words("not_giver")).values())
    place = rf"[\u4e00-\u9fff]{{1,6}}?(?:省|市|县|区|州|旗){areas}"
    piece = re.compile(rf"(?:{giver}|{body}|{place}|(?:在|向)[^，。；;,、0-9]{{1,8}}?|在)")
    longest = max([len(g) for g in givers] + [8 + 3, 1 + 8])
    return piece, re.compile(body), re.compile(rf"(?:{acts})?"), longest


def _nameless(phrase: str) -> bool:
    """Whether ``phrase`` is givers, when and how only, then at most an act (see :func:`_names_no_money`).

    Read piece by piece over the positions a piece may end at, so a phrase whose words two givers could share
    (市市…, 局局…) takes time linear in its length; one regex repeating the pieces tried every split.

    >>> _nameless("前郭县委、县政府在海勃日戈镇投资"), _nameless("市" * 400 + "的")
    (True, False)
    >>> _nameless("溪湖区投资"), _nameless("社区投资"), _nameless("城市社区投资")  # a community is no government
    (True, False, False)
    """
    piece, body, act, longest = _nameless_money_res()
    reached = [False] * (len(phrase) + 1)
    reached[0] = True
    for at in range(len(phrase) + 1):
        if not reached[at]:
            continue
        if act.fullmatch(phrase, at):
            return True
        if phrase[at:at + 1] in ("、", "和") and body.match(phrase, at + 1):
            reached[at + 1] = True  # two givers joined: 县委、县政府
        if piece.match(phrase, at) is None:
            continue  # no piece starts here (most phrases, at their first character): no end to try
        for end in range(at + 1, min(len(phrase), at + longest) + 1):
            if not reached[end] and piece.fullmatch(phrase, at, end):
                reached[end] = True
    return False


def _names_no_money(phrase: str) -> bool:
    """Whether a money figure's phrase only says who gives it, when and how (budget_acts.tsv), not what for.

    >>> _names_no_money("我已在奖券基金预留"), _names_no_money("政府下个财政年度起将每年拨款"), _names_no_money("我会")
    (True, True, True)
    >>> _names_no_money("社会福利署会在额外增拨")  # a body as the giver, its fiscal year blanked
    True
    >>> _names_no_money("前郭县委、县政府在海勃日戈镇投资"), _names_no_money("溪湖区投资")  # committee, place
    (True, True)
    >>> _names_no_money("长者日间护理服务拨款"), _names_no_money(""), _names_no_money("养老服务体系建设投资")
    (False, False, False)
    """
    return bool(phrase) and _nameless(phrase)


def _money_for(text: str, start: int, end: int, after_comma: bool = False) -> str | None:
    """The name of money that has none before it: what it is for, and the money word of its sentence.

    >>> t = "预算案公布拨款1.63亿元加强长者照顾，其中包括1700万元以增加168个长者日间护理服务名额。"
    >>> _money_for(t, t.index("1700"), t.index("1700") + 6)
    '长者日间护理服务名额拨款'
    >>> t = "当中29亿元为新推出的「低收入在职家庭津贴」计划。"
    >>> _money_for(t, 2, 6)
    '低收入在职家庭津贴计划资金'
    >>> _money_for("共计3000万元，全部到位。", 2, 8) is None
    True
    >>> t = "县里拟投资800万元建设城区殡仪馆。"
    >>> _money_for(t, 5, 10)
    '城区殡仪馆投资'
    """
    share = re.compile(r"\s*[（(]\s*[0-9.]+\s*[%％]\s*[)）]").match(text, end)  # 280亿元(71%)为…
    purpose = _purpose_after_re().match(text, share.end() if share else end)
    if purpose is None or (purpose.group("comma") and not after_comma):
        return None
    what = _money_name(purpose.group("what"))
    if len(_CJK_RE.findall(what)) < 2:
        return None
    if _MONEY_WORD_RE.search(what[-2:]):
        return what  # 为部门开支: already named as money
    named_after = _MONEY_AFTER_RE.match(text, end)  # 1.6亿元的经常拨款，以…
    if named_after:
        return what + named_after.group("word")
    words = list(_MONEY_WORD_RE.finditer(text, max(0, start - _HEAD_WINDOW), start))
    if words:
        return what + words[-1].group()
    if _MONEY_NOUN_END_RE.search(what):
        return what  # 为经济援助金, 为经常资助: a kind of money already
    if "投资" in text[max(0, start - 4):start]:
        return what + "投资"  # 拟投资1500万元建设X项目: money invested in a works project is its investment
    given = any(word in text[max(0, start - 12):start] for word in _budget_words("act"))
    return what + ("拨款" if given else "资金")  # 预留5,500万元推行…: money set aside is an allocation


_GIVING_RE = re.compile(r"给予|发放|实行|实施|予以")
_COUNTED_UNITS = frozenset("个名张所间项")
_SERVED_RE = re.compile(r"\s*(?:名|个|位)?(?P<who>[^，。；;,、0-9为]{1,8}?)提供(?:了)?(?P<what>[^，。；;,、0-9]{2,14}?服务)")
_FOR_BEFORE_RE = re.compile(r"为\s*(?:约|近|超过)?\s*$")
_COST_OF_MEASURE_RE = re.compile(r"(?:涉及|所需|需要|所涉)?(?:的)?(?:开支|款项|金额|经费)")
_BENEFICIARIES_RE = re.compile(r"\s*(?:名|个|位)?(?P<who>[^，。；;,、0-9受]{1,8}?)(?:将|会|可)?受惠")
_MEASURE_NUMBER_RE = re.compile(r"^(?:额外|一笔过|一次性)?(?:[0-9.半一二两三四五六七八九十]+(?:个月|个|倍))?(?:的)?")


def _measure_before(text: str, clause_start: int) -> str:
    """What the clause before a bare cost gives (发放额外半个月的综援标准金额 → 综援标准金额额外发放).

    >>> t = "预算案建议发放额外半个月的综援标准金额，涉及开支约15亿元。"
    >>> _measure_before(t, t.index("涉"))
    '综援标准金额额外发放'
    >>> _measure_before("涉及开支约15亿元。", 0)
    ''
    """
    given = _previous_clause_name(text, clause_start)
    if not given:
        return ""
    before = text[max(0, clause_start - 1 - len(given) - 4):clause_start - 1 - len(given)]
    extra = "额外" if given.startswith("额外") else ""
    thing = _money_name(_MEASURE_NUMBER_RE.sub("", given))
    act = "发放" if "发放" in before else ""
    return thing + extra + act if len(thing) >= 2 else ""


# A period alone before a from-value (一年12万元, 每月6000元): it names how often, not what.
_PERIOD_ONLY_RE = re.compile(r"(?:一年|每年|全年|每月|一个月|按月|按年)")
# The words between a from-value and the value it is raised to: 12万元将提高到, 6000元提升至.
_RAISED_TO_RE = re.compile(r"(?:万|亿)?元?\s*(?:将|会|再)?(?:提高|提升|调高|上调|增加|调整)(?:到|至|为)")
# What the clause before names as raised: after its last number, else after its verb of raising (也会增加机构住民补助;
# 1,000亿元及住宿式服务使用者补助方案); a money word's 方案 is the scheme of that money, the money is what is raised.
_RAISING_VERB_RE = re.compile(r"(?:增加|提高|提升|调高|上调|扩大)")
_SCHEME_AFTER_MONEY_RE = re.compile(r"(?<=补助|补贴|津贴|经费)(?:方案|计划|政策)$")


def _raised_in_previous_clause(text: str, clause_start: int) -> str:
    """The thing the clause before a nameless raise names (…增加机构住民补助，一年12万元将提高到18万元 → 机构住民补助),
    '' when it names none.

    >>> t = "也会增加机构住民补助，一年12万元将提高到18万元"
    >>> _raised_in_previous_clause(t, t.index("一年"))
    '机构住民补助'
    >>> t = "经费将突破1,000亿元及住宿式服务使用者补助方案，将由12万元提升至18万元"
    >>> _raised_in_previous_clause(t, t.index("将由"))
    '住宿式服务使用者补助'
    >>> _raised_in_previous_clause("一年12万元将提高到18万元", 0)  # no clause before
    ''
    """
    if clause_start < 2:
        return ""
    previous = text[_clause_start(text, clause_start - 1):clause_start - 1]
    numbers = list(_QUANTITY_RE.finditer(previous))
    verbs = list(_RAISING_VERB_RE.finditer(previous))
    cut = max([m.end() for m in numbers[-1:]] + [m.end() for m in verbs[-1:]], default=0)  # 0: the clause is the name
    phrase = _clean_indicator(re.sub(r"^[\s及和与、的]+", "", previous[cut:]))
    phrase = _SCHEME_AFTER_MONEY_RE.sub("", phrase)
    return phrase if len(_CJK_RE.findall(phrase)) >= 3 and not _ANY_NUMBER_RE.search(phrase) else ""


def _previous_clause_name(text: str, position: int) -> str:
    """The name the clause before a nameless figure gives (给予一次性救助，每次500元至3000元).

    >>> _previous_clause_name("对遭遇突发事件的家庭，给予一次性救助，每次500元至3000元。", 20)
    '一次性救助'
    >>> _previous_clause_name("每次500元", 2)
    ''
    """
    clause_start = _clause_start(text, position)
    if clause_start < 2:
        return ""
    previous_start = _clause_start(text, clause_start - 1)
    phrase = _clean_indicator(text[previous_start:clause_start - 1])
    given = list(_GIVING_RE.finditer(phrase))
    return phrase[given[-1].end():] if given else phrase


def _clean_change(raw: str) -> str:
    return re.sub(r"分别|均(?!增)", "", raw.strip()) if not raw.startswith("年均") else raw.replace("分别", "").strip()


def _label_before_colon(text: str, clause_start: int) -> str:
    if clause_start == 0 or text[clause_start - 1] not in "：:":
        return ""
    label_start = _clause_start(text, clause_start - 1)
    return _clean_indicator(text[label_start:clause_start - 1])


# 即 / 亦即 / 也就是 before an amount that restates the change just given in %.
_RESTATED_RE = re.compile(r"\s*(?:即|亦即|也就是|也即|约合|合)(?:为|是)?\s*(?:约)?\s*")
# A stretch that only says how something changed.
_CHANGE_ONLY_RE = re.compile(r"(?:年均|平均|同比|较上年|比上年|分别|均|增长|增幅|降幅|减幅|提高|下降|降低|上升|上涨|减少|增加|幅度|\s)+")
# Verbs that leave the counted thing after the number.
_ENDS_WITH_VERB_RE = re.compile(
    r"(?:推动|创建|指导|建成|新建|完成|开展|培育|设立|设置|设有|成立|配备|改造|资助|整治|更新|建设|打造|扶持|认定|新增|实现|安置|接收|慰问|培训|保障|派发|分发|赠送)了?的?$"
)
# A quantity already passed in the clause, with its unit, so that what
# follows it is the next indicator (160家、僵尸型社会组织563家).
_QUANTITY_RE = re.compile(
    rf"{NUMBER_PATTERN}\s*[多余]?\s*(?:万亿|亿|万|千)?\s*(?:/[人·・、月年次户]+)?"
    rf"(?:批次|{_MONEY_UNIT}|{_COUNT_UNIT}|[%％‰]|[:：]\s*1|年(?![底均内度前末初]))?(?:/[人·・、月年次户]+)?\s*[和、与及或]?"
)
_CHANGE_RE = re.compile(r"提高|增长|增加|下降|减少|上涨|降低|提升")
# (a name in quotes is one piece of it: 全部设立“一门受理、协同办理”救助服务平台, its 、 no list)
_FOLLOWING_RE = re.compile(r"(?:[^，。；,;、0-9０-９（(“”|]|[（(][^）)|]{0,12}[）)]|“[^”，。；,;0-9]{1,14}”){2,16}")
# One dated point: 2021年, 2021年3月, 2017年三季度末, 2021年底前 (the 前 of a deadline is no part of a name).
_DATE_POINT = (r"(?:19|20)[0-9]{2}\s*(?:[—–\-~至到/]\s*(?:19|20)?[0-9]{2,4}\s*)?年"
               r"(?:[0-9]{1,2}\s*(?:[—–\-~至到]\s*[0-9]{1,2}\s*)?月份?|[一二三四1-4]\s*季度)?(?:[0-9]{1,2}日)?"
               r"(?:底|末|初|以来|度|内)?(?:以前|之前|前)?")
_DATE_EXPR_RE = re.compile(
    r"(?P<age>[0-9]{1,3}\s*(?:周?岁\s*)?(?:[至到\-—~]\s*[0-9]{1,3}\s*)?周?岁(?:(?:及)?以[上下])?)"
    rf"|(?P<cmp>[较比]\s*)?{_DATE_POINT}(?:\s*[至到—–\-~]\s*{_DATE_POINT})?"
    # a span of months with no year (1-11月共救助…) dates the figure too; 3至6个月 is a duration
    r"|(?<![0-9])[0-9]{1,2}\s*[—–\-~至到]\s*[0-9]{1,2}\s*月份?(?:底|末)?"
    # a Taiwanese fiscal year (113年度, 较112年度): three digits before 年度 are a 民国 year, never a quantity
    r"|(?<![0-9])(?:[较比]\s*)?1[0-2][0-9]\s*年度"
    # a 民国 year with its month (114年12月, 截至今(113)年6月): a date, so no 月 is left in the name
    r"|(?<![0-9])(?:[今明去]\s*)?[（(]?1[0-2][0-9][）)]?\s*年\s*(?:1[0-2]|0?[1-9])\s*月份?(?:底|末|初)?"
)


def _without_dates(text: str, replacement: str | Callable[[re.Match], str]) -> str:
    """``_DATE_EXPR_RE.sub(replacement, text)``; a text with no digit is given back unscanned, since every form
    the pattern reads holds an ASCII digit (and most clauses before a number hold none).

    >>> _without_dates("2021年全市新增", ""), _without_dates("全市新增", "")
    ('全市新增', '全市新增')
    """
    return _DATE_EXPR_RE.sub(replacement, text) if _HAS_DIGIT_RE.search(text) else text


def _blank_date(match: re.Match) -> str:
    # A comparison base (较2020年) is part of what a change measures; other
    # dates are dropped.
    # Its digits are hidden from the quantity finder and restored at the end.
    return match.group().translate(_HIDE_DIGITS) if match.group("cmp") or match.group("age") else ""


_HIDE_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
_SHOW_DIGITS_RE = re.compile(r"[〇一二三四五六七八九]{4}(?=年)|[〇一二三四五六七八九]{1,3}(?=\s*(?:周?岁\s*)?(?:[至到\-—~]\s*[〇一二三四五六七八九]{1,3}\s*)?周?岁)")


def _show_digits(phrase: str) -> str:
    return _SHOW_DIGITS_RE.sub(lambda m: m.group().translate({ord(c): str(i) for i, c in enumerate("〇一二三四五六七八九")}), phrase)


def _clean_indicator(phrase: str) -> str:
    """The phrase without the marks, dates, verbs and places around the name.

    >>> _clean_indicator("宣州区、郎溪县、泾县城市居民最低生活保障标准统一调整")
    '城市居民最低生活保障标准'
    >>> _clean_indicator("城市、农村低保标准")  # 城市 is a scope, not a place in a list
    '城市、农村低保标准'
    """
    phrase = _PROTECT_STRIP_RE.sub("", phrase)
    phrase = _LEADING_MARKS_RE.sub("", phrase)  # 1. 2023年度…: the list number's point is no part of a name
    phrase = _PLACE_LIST_RE.sub("", phrase)  # 宣州区、郎溪县、泾县城市低保标准: where the standard holds, not its name
    phrase = _PER_THOUSAND_AVERAGE_RE.sub(r"\1", phrase)
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _where_deed_re().sub("", phrase)  # before 在 goes as a word of _LEADING_NOISE_RE
        phrase = _LEADING_NOISE_RE.sub("", phrase)
        phrase = _opener_re().sub("", phrase)
        phrase = _TRAILING_NOISE_RE.sub("", phrase)
        phrase = _NAMED_CAP_RE.sub("", phrase)  # 临时救助标准为每人每次不超过 (a bare 最高不超过 stays: _caps reads it)
        phrase = _FROM_PERIOD_RE.sub("", phrase)
    return phrase.strip()


@lru_cache(maxsize=1)
def _where_deed_re() -> re.Pattern[str]:
    """Where a deed was done, opening the phrase before the deed or ending it (在城镇社区和农村新增…, 主要在五个新城
    和部分郊区落实…, 在全市范围内建成…): a place phrase, no part of what is counted. Only a phrase that ends in a
    place word and is followed by a deed of ``indicator_verbs.tsv`` (or 新增) or by nothing is taken.

    >>> _where_deed_re().sub("", "在城镇社区和农村新增慈善爱心超市"), _where_deed_re().sub("", "主要在五个新城和部分郊区")
    ('新增慈善爱心超市', '')
    >>> _where_deed_re().sub("", "在园儿童")  # no place word: kept
    '在园儿童'
    """
    return re.compile(
        r"^(?:全[省市区县州镇乡]|我[省市区县])?(?:主要|重点|分别|先后)?在[^，。；,;0-9在]{1,14}?(?:社区|农村|郊区|城区|新城|乡镇|村|街道|县|市|区|镇|乡)"
        rf"(?:范围内|内)?(?=$|新增|(?:{verb_re().pattern}))")


# A list of two or more places opening the phrase (宣州区、郎溪县、泾县…): each item a short name with its
# suffix; 城市, 城区, 社区 are scopes and bodies, not list items; a name must follow.
_PLACE_ITEM = r"(?!城市|城区|社区|市区|县区)[\u4e00-\u9fff]{1,5}?(?:省|市|县|区|旗|镇|乡|街道)"
_PLACE_LIST_RE = re.compile(rf"^(?:{_PLACE_ITEM}、)+{_PLACE_ITEM}(?=[\u4e00-\u9fff]{{2}})")
_NAMED_CAP_RE = re.compile(r"(?<=[^，。；0-9]{3})(?:最高)?不(?:超过|高于)?$")
# 农村低保标准从年标准 (1680元提高到2760元): the from-marker and the period are not the name.
_FROM_PERIOD_RE = re.compile(r"(?<=.{2})[由从](?:每人)?(?:年|月|每月|每年)?(?:人均)?(?:保障|供养|补助)?标准$")
# (a bracket the phrase opens and never closes — （其中事业单位 — is the breakdown's, not the name's)
# (第十六条 in a regulation numbers the article: no part of a name either)
_LEADING_MARKS_RE = re.compile(r"^(?:[\s.．、,，:：;；]|[（(](?![^（(]*[)）])|第[一二三四五六七八九十百零〇0-9]{1,5}条)+")
# 每千人口平均拥有床位: a rate per thousand is already an average.
_PER_THOUSAND_AVERAGE_RE = re.compile(r"^(每[千百万](?:人口|名?老年人口?|名?老人|名儿童)?)平均")
_PROTECT_STRIP_RE = re.compile(r"[“”\"《》〈〉]")


@lru_cache(maxsize=1)
def _opener_re() -> re.Pattern[str]:
    """A run of the words of ``loaders/data/indicator_openers.tsv`` at the start of a phrase.

    >>> _opener_re().sub("", "上半年共发放城乡低保金")
    '共发放城乡低保金'
    >>> _opener_re().sub("", "为老服务设施")
    '为老服务设施'
    """
    words = [line.strip() for line in (_DATA / "indicator_openers.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#") and line.strip() != "opener"]
    return re.compile("^(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")+")


_PER_PERIOD_MONEY_RE = re.compile(r"^元/(?:[月年日天]|人[·・、./]?[月年日天]|[月年日天]\s?[·・/]\s?人)$")
_STANDARD_WORD_RE = re.compile(r"标准|补贴|补助|津贴")
_PERIOD_IN_NAME_RE = re.compile(
    r"(?<=.{2})(?:对象)?(?:每人每[月年日天]|每人|每月|每年)(?=(?:的)?(?:保障|供养|补助|救助)?标准$)"
    # 最低生活月保障标准, 救助年供养基本生活标准: the period word inside the name (not 老年, 青少年)
    r"|(?<=.{2})(?<![老少成当上去今明])[月年](?=(?:保障|供养|补助)[^，。；0-9]{0,6}标准$)"
)
_STATED_AS_RE = re.compile(r"(?:分别|统一|均)?为\s*(?:每人每[月年日天])?\s*$")


def _sets_a_standard(text: str, start: int, indicator: str, unit: str, info: DocumentInfo) -> bool:
    """A money standard per person and period that a notice or regulation states (标准为
    12360元/年/人, 补贴为277元/月/人) sets it: a goal, unless the clause reports it
    (目前, 已, 累计, 全年 …) or the document is a statistics bulletin.

    >>> _sets_a_standard("孤儿基本生活保障标准统一为2420元/月/人", 13, "孤儿基本生活保障标准", "元/月/人", DocumentInfo("x"))
    True
    >>> _sets_a_standard("目前，农村低保标准每人每月260元", 14, "农村低保标准", "元/月", DocumentInfo("x"))
    False
    >>> _sets_a_standard("全年发放孤儿基本生活费831.1万元", 13, "孤儿基本生活费发放额", "万元", DocumentInfo("x"))
    False
    >>> _sets_a_standard("城乡特困人员基本生活标准分别达到每月1072元", 22, "特困人员基本生活标准", "元/月", DocumentInfo("x"))
    False
    >>> _sets_a_standard("补助水平为3723.24元/人.年", 6, "农村低保补助水平", "元/人.年", DocumentInfo("x"))
    False
    """
    if info.kind == "statistics_bulletin" or not _PER_PERIOD_MONEY_RE.match(unit) or indicator.endswith("水平"):
        return False  # 补助水平为3723元/人.年: an average paid, not a standard set
    head = text[max(0, start - _HEAD_WINDOW):start]
    if _FIGURE_RE.search(head) or "平均" in head[-20:]:
        return False
    clause = text[_clause_start(text, start):start]
    if not _STATED_AS_RE.search(clause):
        return False  # 达到 / 提高 report a level reached
    return bool(_STANDARD_WORD_RE.search(indicator) or _STANDARD_WORD_RE.search(clause))


# A page that announces new standards (提高城乡低保和特困人员救助供养标准, 关于调整城乡最低生活保障标准的通知, or a
# title that is only the standards it gives): its title, bracketed source notes (（转载）) aside.
_ADJUSTS_STANDARDS_TITLE_RE = re.compile(r"(?:提高|调整|提标|上调|调增)[^，。；]{0,30}标准|^[^，。；0-9]{2,40}标准$")
_TITLE_NOTE_RE = re.compile(r"[（(][^（()）]*[)）]\s*$")
# What such a page sets: a standard, an allowance or top-up, or a change or ratio of one (标准增幅, 标准之比).
_SET_AMOUNT_RE = re.compile(r"标准|补贴|补助|增发|补差|津贴|养老金")


def _adjusted_standard(text: str, start: int, indicator: str, unit: str, info: DocumentInfo) -> bool:
    """Whether a value is one of the new standards a page announcing them sets, though stated without 为
    (提标后一类低保每人每月260元; 城市特困人员基本生活标准1200元/月·人; 调整后…标准分别增加40元…，增幅达9.5%; 标准之比
    缩小到1.42:1): the team's gold makes every standard of such a page a goal (dev 046), and so does the pool's
    (tgt10 A 005, tgt12 A 003, A 005, B 003). Counts of people, and values the clause reports (目前, 已, 累计 …),
    stay figures, as does any value on a page of another title.

    >>> info = DocumentInfo("x", title="某市提高城乡低保和特困人员救助供养标准（转载）")
    >>> _adjusted_standard("提标后一类低保每人每月260元", 11, "一类低保", "元/月", info)
    True
    >>> _adjusted_standard("调整后，城乡低保标准分别增加40元和25元，增幅达9.5%", 27, "城市低保标准增幅", "%", info)
    True
    >>> _adjusted_standard("目前全市城市低保对象1.8万人", 10, "城市低保对象人数", "万人", info)  # people: a figure
    False
    >>> _adjusted_standard("目前城市低保标准每人每月500元", 12, "城市低保标准", "元/月", info)  # reported: a figure
    False
    >>> _adjusted_standard("按照上年度最低工资标准为21600元计算", 13, "上年度最低工资标准", "元", info)  # the base
    False
    >>> _adjusted_standard("提标后一类低保每人每月260元", 11, "一类低保", "元/月", DocumentInfo("x", title="2019年民政工作总结"))
    False
    """
    title = _TITLE_NOTE_RE.sub("", info.title or "").strip()
    if not title or not _ADJUSTS_STANDARDS_TITLE_RE.search(title):
        return False
    money = "元" in unit and (_PER_PERIOD_MONEY_RE.match(unit) or _SET_AMOUNT_RE.search(indicator))
    change = unit in ("%", "倍", ":1", "：1") and "标准" in indicator
    if not (money or change) or indicator.startswith(("上年", "上一年")):
        return False  # 按照上年度最低工资标准为21600元计算: the base the new standards are worked out from
    return not _FIGURE_RE.search(text, max(0, start - _HEAD_WINDOW), start)


# A completed act between a date and the value (已于2006年4月开始调升了…): done, whatever the document's date says.
_DONE_RE = re.compile(r"了|已|以往|曾")


def _done_since(text: str, start: int, year: int) -> bool:
    """Whether the words from the last mention of ``year`` to the value tell a completed act.

    >>> t = "政府已于2006年4月开始调升了最低维生指数，援助金额调升至1,600元"
    >>> _done_since(t, t.index("1,600"), 2006)
    True
    >>> t = "可于2015/16年度起的三年内，分期推出共3,000张服务券"
    >>> _done_since(t, t.index("3,000"), 2015)
    False
    """
    at = text.rfind(str(year), 0, start)
    return at >= 0 and bool(_DONE_RE.search(text, at, start))


_DEADLINE_YEAR_RE = re.compile(r"到\s*((?:19|20)[0-9]{2})\s*年")


# 将 as the marker of a moved object (将脱贫人口中78.71万人纳入了低保, 将审批时限由两个月压缩到20个工作日): the
# disposal verb after the object tells a deed, done when 了 follows it or when a work report tells it.
_DISPOSAL_RE = re.compile(
    r"[^，。；,;]{0,40}?(?:纳入|列入|压缩|缩短|缩减|下放|委托|转为|提高|提升|调整|落实)(?P<done>了)?")


def _disposal_done(text: str, after: int, info: DocumentInfo) -> bool:
    """Whether the 将 ending at ``after`` moves an object in a deed already done, not "will".

    >>> _disposal_done("湖南民政将脱贫人口中78.71万人纳入了低保", 5, DocumentInfo("x", kind="news"))
    True
    >>> _disposal_done("将审核审批时限由原来的两个月压缩到20个工作日", 1, DocumentInfo("x", kind="report"))
    True
    >>> _disposal_done("明年将审批时限压缩到15个工作日", 3, DocumentInfo("x", kind="work_plan"))  # a plan's "will"
    False
    >>> _disposal_done("全市将新建养老床位500张", 3, DocumentInfo("x", kind="report"))  # no object moved
    False
    """
    moved = _DISPOSAL_RE.match(text, after)
    return bool(moved and (moved.group("done") or info.kind == "report"))


def _past_deadline(marker: str, info: DocumentInfo) -> bool:
    """Whether a 到YYYY年 goal marker names a year before the document's: then it dates a count (到2009年底，全市
    高龄老人达12万人, in a 2011 report), it sets no goal.

    >>> _past_deadline("到2009年", DocumentInfo("x", year=2011)), _past_deadline("到2015年", DocumentInfo("x", year=2011))
    (True, False)
    >>> _past_deadline("到2009年", DocumentInfo("x")), _past_deadline("力争", DocumentInfo("x", year=2011))
    (False, False)
    """
    deadline = _DEADLINE_YEAR_RE.match(marker)
    return bool(deadline and info.year and int(deadline.group(1)) < info.year)


def _kind(text: str, start: int, info: DocumentInfo, end: int | None = None) -> str:
    """goal or figure: the goal and figure words of the number's clause, then of the sentence before it,
    then the document's kind; ``end`` (the unit's end) lets the clause after the number speak too.

    >>> info = DocumentInfo("x", year=2014)
    >>> _kind("政府已为此预留约八亿元", 8, info)  # money set aside is planned, 已 or not
    'goal'
    >>> text = "51间活动中心将提升为长者邻舍中心"
    >>> _kind(text, 0, info, 3), _kind("51间活动中心已提升为长者邻舍中心", 0, info, 3)
    ('goal', 'figure')
    >>> _kind("救助标准原则上不超过当地低保标准10倍", 17, info)  # a cap a rule sets
    'goal'
    >>> _kind("并加强新增名额和现有约5,600个服务名额", 11, info)
    'figure'
    >>> _kind("根据综援计划发放的款项达229亿元", 13, info), _kind("全年计划新建养老床位500张", 10, info)
    ('figure', 'goal')
    """
    clause = text[_clause_start(text, start):start]
    head = text[max(0, start - _HEAD_WINDOW):start]
    if info.kind == "statistics_bulletin":
        return "figure"
    # A goal word in the clause wins over a weak figure word (预计全年将扩大).
    clause_at = _clause_start(text, start)
    goal = next((g for g in _GOAL_RE.finditer(clause) if not _past_deadline(g.group(), info)
                 and not (g.group() == "计划" and _BY_PROGRAMME_RE.search(clause, 0, g.end()))
                 and not (g.group() == "将" and _disposal_done(text, clause_at + g.end(), info))), None)
    if goal and info.kind == "report" and _CHANGE_TO_RE.fullmatch(goal.group()) \
            and not any(_GOAL_RE.finditer(clause, goal.end())) and not _HEAD_GOAL_RE.search(head):
        # A report's 从1680元提高到2760元 tells what was done: a figure.
        return "figure"
    if goal or _SPEAKER_WILL_RE.search(clause):
        return "goal"
    if _REGULATION_TITLE_RE.search(info.title or "") and not _REPORTED_RE.search(head):
        return "goal"  # a regulation's 年度累计救助金额最高可达8万元 is a rule, 累计 or not
    if info.kind != "report" and _SET_ASIDE_RE.search(clause) and not _SPENT_RE.search(clause):
        return "goal"  # 政府已为此预留约八亿元, 当局增拨二亿多元: a budget's allocation is planned spending
    if end is not None and not clause.strip() and _WILL_AFTER_RE.match(text, end):
        return "goal"  # 51间活动中心将提升为…: the number's subject will act
    if _FIGURE_RE.search(clause):
        return "figure"
    if any(not _past_deadline(g.group(), info) for g in _HEAD_GOAL_RE.finditer(head)) \
            or (_BUDGET_RE.search(clause) and info.kind != "report"):  # a report's 今年预算 was spent
        return "goal"
    if (info.kind in ("work_plan", "law") or _announces(info.title) or _REGULATION_TITLE_RE.search(info.title or "")) \
            and not _FIGURE_RE.search(head):
        return "goal"  # a plan's figures are aims; a regulation's (办法, 细则) the rules it sets
    return "figure"


# 根据综援计划发放的款项: money paid under a programme whose name ends in 计划, no plan of the text's
_BY_PROGRAMME_RE = re.compile(r"(?:根据|按照|依据|通过|透过|经由)[^，。；,;0-9]{1,12}计划$")
# Money set aside or added by a budget (增拨, 另拨, 预留, 拨出): planned spending even when already set aside,
# unless the clause tells it was spent (累计, 全年, 共计).
_SET_ASIDE_RE = re.compile(r"增拨|另拨|额外拨|预留|拨出|编列")  # 编列: a Taiwanese budget's appropriation
_SPENT_RE = re.compile(r"累计|全年|共计|决算|实际")
# A number that opens its clause and whose subject then will act: 51间活动中心将提升为…, 3个项目拟于…
_WILL_AFTER_RE = re.compile(r"[^，。；,;：:]{0,10}?(?:将(?!军)|拟|计划|预计)")
# A speech's speaker saying what they will do (我会增加约1.6亿元…, 政府亦会拨款500万元…): 会 after a speaker is "will".
_SPEAKER_WILL_RE = re.compile(r"(?:我|我们|政府|当局|特区政府)(?:亦|也|将|还)?会(?![议同见谈上员所计长])")
# Money a budget sets aside is planned, not spent (拨款1.8亿元, 下个财政年度起, 额外开支约38.4亿元). A
# 预算 alone may be reported (每年老人共餐预算1.7亿元); a budget speech is told by its title (预算案).
_BUDGET_RE = re.compile(r"拨款|财政年度|额外开支|额外支出")
# A budget's estimate (开支预算为, 预算约), not a revised estimate for the year ending (修订预算) nor a budget speech (预算案).
# The coming fiscal year a budget's estimate is for, when no year is written (每年…预算 is a running budget, reported).
_COMING_YEAR_RE = re.compile(r"下(?:个)?财政年度|新(?:财政)?年度|来年|下年度")
# A value that is the base of a comparison (与…的1,124亿元比较, 较去年同期的300人相比), and the year that base names.
_COMPARED_WITH_RE = re.compile(r"\s*(?:[^，。；,;0-9]{0,2}?)(?:比较|相比|相较)")
_BASE_YEAR_RE = re.compile(r"((?:19|20)[0-9]{2}|[一二][〇○零][〇○零一二三四五六七八九]{2})\s*(?:(?:/|-|—|–|至)\s*(?:(?:19|20)?[0-9]{2}|[〇○零一二三四五六七八九]{2})\s*)?(?:财政)?年")
_ESTIMATE_RE = re.compile(r"(?<!修订)预算(?!案|执行|调整)(?:为|是|约|达|共|合共)?\s*$")
# A title that announces a budget or a new standard (预算案…, 津贴下月一日起调高2.8%, 标准调整):
# its figures are what will be paid.
# (the verb may come first, as a notice's title writes it: 调整最低生活保障和特困人员基本生活标准的通知)
_ANNOUNCING_TITLE_RE = re.compile(r"预算案|财政预算|(?:标准|津贴|补贴|金额|救助|保障)[^，。]{0,12}(?:调高|上调|调整|提高)|(?:调高|上调)[^，。]{0,6}(?:百分之|[0-9])"
                                  r"|(?:调整|提高|上调|调高)[^，。]{0,20}标准的(?:通知|决定|批复)")


# What only a report of past figures says (截至, 已, 比上年), even inside a regulation's text.
_REPORTED_RE = re.compile(r"截至|截止|已|同比|比上年|较上年|全年共|现有|目前|共有")
# A regulation or its implementing rules, by the title's last word (…最低生活保障实施细则, …暂行办法（试行）).
_REGULATION_TITLE_RE = re.compile(r"(?:条例|办法|细则|规定|规则|实施意见)\s*(?:[（(]试行[)）])?\s*$")


def _announces(title: str | None) -> bool:
    """Whether a document's title announces a budget or a new standard, not a report of one.

    >>> _announces("综援及津贴下月一日起调高百分之二点八"), _announces("城乡低保和特困人员救助供养标准调整")
    (True, True)
    >>> _announces("2021年民政局工作总结"), _announces("关于城乡低保标准提高情况的报告"), _announces(None)
    (False, False, False)
    >>> _announces("关于调整城乡低保和特困人员基本生活标准的通知"), _announces("关于印发低保标准测算办法的通知")
    (True, False)
    """
    return bool(title) and bool(_ANNOUNCING_TITLE_RE.search(title)) and not re.search(r"总结|报告|情况|回顾|统计", title)


def _scope(text: str, start: int, indicator: str) -> str | None:
    """城市/农村/城乡… when it qualifies the whole indicator: at its start (城市低保标准), or, for an
    indicator without one, standing alone in the clause before the number (农村每人每年5400元).
    A scope word inside the indicator (星级农村幸福院占比, 失能特困老年人集中供养率) or inside a
    name (白城市) is no scope.

    >>> _scope("", 0, "农村低保标准"), _scope("", 0, "星级农村幸福院占比")
    ('农村', None)
    >>> _scope("积极应对白城市洮北区洪涝灾害46个", 16, "受灾县数") is None
    True
    >>> _scope("", 0, "城镇低保户数"), _scope("", 0, "城镇便民服务设施达标率")
    ('城市', None)
    >>> _scope("", 0, "第一季度城市低保金发放额"), _scope("", 0, "当月新增农村低保人数"), _scope("", 0, "**县城市低保月标准")
    ('城市', '农村', '城市')
    >>> _scope("", 0, "新增星级农村幸福院数") is None  # a scope word inside the thing counted is still none
    True
    """
    match = _SCOPE_RE.match(_SCOPE_LEAD_RE.sub("", indicator))
    if match:
        return match.group()
    bracketed = re.search(r"\((" + "|".join(_SCOPES) + r")\)$", indicator)
    if bracketed:
        return bracketed.group(1)  # 孤儿基本生活费(集中养育)
    if _URBAN_ASSISTANCE_RE.match(_SCOPE_LEAD_RE.sub("", indicator)):
        return "城市"
    if _SCOPE_RE.search(indicator):
        return None
    clause = text[_clause_start(text, start):start]
    if _BOTH_AREAS_RE.search(clause):
        return None  # 在城镇社区和农村新增…: where the deed was done names both areas, the count is of neither alone
    found = [m.group() for m in _SCOPE_RE.finditer(clause)
             if m.start() == 0 or clause[m.start() - 1] in _SCOPE_BEFORE]
    return found[-1] if found else None


_BOTH_AREAS_RE = re.compile(r"(?:城镇|城市|城区)[^，。；,;0-9]{0,4}[和及与、]农村|农村[^，。；,;0-9]{0,4}[和及与、](?:城镇|城市|城区)")


# 城镇 is the urban side of an assistance programme (城镇低保 = 城市低保), but 城镇便民服务设施 are towns'.
_URBAN_ASSISTANCE_RE = re.compile(r"城镇(?:居民)?(?:低保|最低生活保障|医疗救助|特困|三无|五保)")
# What may stand before a scope word for it to qualify the rest: a break, a "which" word or a level.
_SCOPE_BEFORE = "，,、；;：:（( 和及与全各市县区省的将把对为使"
# Words before the scope that do not change what it qualifies (全省城市低保标准, 我市农村…), and (helper tgt16, the
# study pool: 5 pages) the period, the change or the "each" a name opens with (第一季度城市低保金发放额, 当月新增城市
# 低保人数, 每个城市社区…人才数) and a place starred out (**县、**县城市低保月标准).
_SCOPE_LEAD_RE = re.compile(
    r"^(?:全国|全省|全市|全区|全县|我省|我市|我区|我县|本市|各区|各县|两县"
    r"|(?:第|前)?[一二三四1-4]季度|[上下]半年|当月|本月|[0-9]{1,2}(?:\s*[-—~至]\s*[0-9]{1,2})?月份?|每个"
    r"|\*+[省市县区](?:、\*+[省市县区])*)*(?:新增|退出|新纳入|停发)?")


def _year(text: str, start: int, info: DocumentInfo) -> int | None:
    """The year a target is for: the last year the sentence names before it (not a comparison
    base), a plan period (“十三五”期间 → 2020), a 民国 year in a Taiwanese document (111年 → 2022),
    else the document's year.

    >>> _year("“十三五”期间，全市新增养老床位5000张", 18, DocumentInfo("x", year=2021))
    2020
    >>> _year("2023年，全市新增养老床位500张", 14, DocumentInfo("x", year=2021))
    2023
    >>> _year("2019年以来，全市累计新增养老床位5000张", 19, DocumentInfo("x", year=2021))  # a span to the text's date
    2021
    >>> _year("111年共餐据点达到116处", 11, DocumentInfo("x", province="台湾省"))
    2022
    >>> _year("投入110年一遇防洪工程资金5万元", 14, DocumentInfo("x")) is None
    True
    >>> _year("新北市从101年至今有856个据点", 15, DocumentInfo("x", province="台湾省")) is None
    True
    >>> _year("本局将于明(105)年新设关怀站，补助135万元", 19, DocumentInfo("x", province="台湾省"))
    2016
    >>> _year("113年度预算编列185亿元，较112年度增加12亿元", 25, DocumentInfo("x", province="台湾省"))  # a base
    2024

    A financial year (2016/17年度, 2017-2018年度) is dated by the year it opens in:

    >>> _year("2016/17年度的社会福利开支预算为724亿元", 22, DocumentInfo("x", year=2015))
    2016
    >>> _year("较2015/16年度的修订预算增加74亿元", 17, DocumentInfo("x", year=2016))
    2016
    """
    head_start = max(0, start - _HEAD_WINDOW)
    head = text[head_start:start]
    if "年" not in head and "五" not in head:
        # every reading below needs 年 (a year, a 民国 or financial year, 去年) or 五 (a plan period): without
        # them the answer is the document's year, and most numbers of a text have no date before them
        return info.year if info.year else None
    object_years: set[int] = set()  # years that name an object of an earlier clause, never the target's
    candidates: list[tuple[int, int]] = []  # (position, year)
    # A year in the sentence before the number dates it (2021年全年…); a
    # comparison base (较2020年) does not.
    for match in reversed(list(_YEAR_RE.finditer(head))):
        position = head_start + match.start()
        if _qualifies_an_object(text, position, head_start + match.end(), start):
            object_years.add(position)  # 接收2014年度城镇退伍士兵…，发放救灾资金66万元: 2014 names the soldiers, not the year of the money
            continue
        if _SPAN_OPENING_RE.match(text, head_start + match.end(), start):
            break  # 2011年以来，共救助600人次: the span runs to when the text was written, which dates the figure
        if not re.search(r"(?:较|比|与|同)\s*$", text[max(0, position - 2):position]):
            candidates.append((position, int(match.group(1))))
            break
    if "五" in head:
        for match in _plan_period_re().finditer(head):
            if match.group("lead") or match.group("tail"):
                candidates.append((head_start + match.start(), _plan_periods()[match.group("period")]))
    if (info.province == "台湾省" or "民国" in head) and "年" in head:
        for match in _ROC_YEAR_RE.finditer(head):
            if re.search(r"(?:较|比|与|同)\s*$", head[max(0, match.start() - 2):match.start()]):
                continue  # 较112年度增加12亿元: a comparison base dates nothing
            candidates.append((head_start + match.start(), int(match.group(1)) + 1911))
    if "年" in head:
        for match in reversed(list(_FISCAL_YEAR_RE.finditer(head))):
            position = head_start + match.start()
            if not re.search(r"(?:较|比|与|同)\s*$", text[max(0, position - 2):position]):
                candidates.append((position, _year_number(match.group(1))))
                break
    relative = _relative_year(head, info.year)
    if relative:
        last = list(_RELATIVE_YEAR_RE.finditer(head))[-1]
        candidates.append((head_start + last.start(), relative))
    if candidates:
        return max(candidates)[1]
    if info.year:
        return info.year
    # an undated text: the last year the head names (read only now, when it is needed)
    if object_years:
        years = [int(m.group(1)) for m in _YEAR_RE.finditer(head) if head_start + m.start() not in object_years]
    else:
        # a comparison base (较2020年度决算数) dates nothing, not even as the last year an undated text names
        years = [int(m.group(1)) for m in _YEAR_RE.finditer(head)
                 if not re.search(r"(?:较|比|与|同)\s*$", head[max(0, m.start() - 2):m.start()])]
    return years[-1] if years else None


# A year that opens a span running to the time of writing (2011年以来, 自2012年民政部启动…工作以来, 2016年来): the
# words after the year, up to the first break of its clause, end in 以来.
_SPAN_OPENING_RE = re.compile(r"(?:[0-9]{1,2}月(?:份|底|初)?)?(?:以来|来(?=[，,、\s]))|[^，,。；;0-9]{0,30}?以来")
_YEAR_OF_OBJECT_RE = re.compile(r"\s*度?[\u4e00-\u9fff]")
_OWN_CLAUSE_BREAK_RE = re.compile(r"[，,；;]")


def _qualifies_an_object(text: str, year_start: int, year_end: int, target_start: int) -> bool:
    """Whether a year written after a verb names its object (接收2014年度城镇退伍士兵, 完成2022年度低保年审)
    and the target stands in a later clause, which the year then does not date.

    >>> s = "共接收2014年度城镇退伍士兵49人，发放救灾资金66万元"
    >>> _qualifies_an_object(s, 3, 8, s.index("66")), _qualifies_an_object(s, 3, 8, s.index("49"))
    (True, False)
    >>> s = "2014年度全区发放救灾资金66万元，救助3000人"
    >>> _qualifies_an_object(s, 0, 5, s.index("3000"))
    False
    """
    clause_start = _clause_start(text, year_start)
    return (ends_with_verb(text[clause_start:year_start])
            and _YEAR_OF_OBJECT_RE.match(text, year_end) is not None
            and _OWN_CLAUSE_BREAK_RE.search(text, year_end, target_start) is not None)


# A financial year written as its two calendar years (2016/17年度, 2017-2018年度, 2017至18财政年度).
# A financial year, in digits or (Hong Kong government texts) in Chinese numerals: 2024-25年度, 二○二四至二五年度.
_CN_YEAR = r"[一二][〇○零][〇○零一二三四五六七八九]{2}"
_FISCAL_YEAR_RE = re.compile(rf"((?:19|20)[0-9]{{2}}|{_CN_YEAR})\s*(?:/|-|—|–|至)\s*(?:(?:19|20)?[0-9]{{2}}|[〇○零一二三四五六七八九]{{2}})\s*(?:财政)?年度?")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}


def _year_number(written: str) -> int:
    """A year written in digits or Chinese numerals.

    >>> _year_number("2024"), _year_number("二○二四"), _year_number("二〇一九")
    (2024, 2024, 2019)
    """
    return int("".join(_CN_DIGIT.get(c, c) for c in written))


# 民国 years of Taiwanese texts (111年 = 2022): three digits, not part of a longer number.
# 从101年至今 / 101年以来 opens a span of years and dates nothing.
_ROC_YEAR_RE = re.compile(r"(?<![0-9０-９.从自])(?:民国)?[（(]?(1[0-2][0-9])[)）]?\s*年(?!一遇|来|以来|代|\s*(?:至今|起|开始))")


@lru_cache(maxsize=1)
def _plan_periods() -> dict[str, int]:
    periods = {}
    for line in (_DATA / "plan_periods.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and not line.startswith("period\t"):
            period, _, last = line.split("\t")
            periods[period] = int(last)
    return periods


@lru_cache(maxsize=1)
def _plan_period_re() -> re.Pattern[str]:
    """A plan period: it dates what follows when 到 leads it or 期间/时期/末 follows it
    (“十三五”期间, 到“十四五”末), not in “十四五”规划编制 nor “十三五”以来 (the years so far)."""
    names = "|".join(map(re.escape, _plan_periods()))
    return re.compile(rf"(?P<lead>到|至)?[“\"]?(?P<period>{names})[”\"]?(?:规划)?(?P<tail>时期|期间|末|期末|收官)?")
