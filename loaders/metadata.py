"""Document metadata: title, date, issuing body, document number, kind and place.

From the text (furniture lines such as 来源: and 发布时间: are read here even
though the normaliser drops them from the body) and, when given, from an
index file such as ``INDEX.tsv`` (a crawler's metadata beside the pages),
whose values win.

>>> parse_place("江苏省连云港市")
('连云港市', '江苏省')
>>> parse_date("发布时间:2021-02-22")
'2021-02-22'
>>> parse_date("2019年4月9日")
'2019-04-09'
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from kg.errors import InputError
from loaders.gazetteer import get_gazetteer
from loaders.resolve import fits_level
from loaders.normalise import furniture_lines, to_simplified, traditional_share
from loaders.types import DocumentInfo, NormalisedText, Sentence

_DATE_ISO = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")
_DATE_CN = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"((?:19|20)\d{2})")
# 二〇二三年十二月二十九日: the signature date of an official document (〇, ○, 零 and O all written for zero)
_CN_DIGITS = "〇一二三四五六七八九"
_CN_ZEROS = str.maketrans("零○ＯO", "〇〇〇〇")
_DATE_CN_NUMERALS = re.compile(
    r"([一二][〇零○ＯO一二三四五六七八九]{3})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)


def _small_cn_number(text: str) -> int:
    """十二 → 12, 二十九 → 29, 三 → 3 (a month or a day)."""
    if "十" not in text:
        return _CN_DIGITS.index(text) if len(text) == 1 else 0
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS.index(tens) if tens else 1) * 10 + (_CN_DIGITS.index(ones) if ones else 0)
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号")
# a label that starts a line or a table cell; a disclaimer's 注明“来源:东营网” is not a source line
_SOURCE = re.compile(r"(?:^|(?<=[\s|]))(?:信息来源|來源|来源|稿源|发布机构|發布機構)\s*[:：]\s*\|?\s*([^\s|　”]{2,40})", re.M)
_DATE_LINE = re.compile(r"(?:发布时间|發布時間|发布日期|發布日期|成文日期|时间|日期)\s*[:：]?\s*\|?\s*([0-9年月日\-/. ]{6,20})")

_KIND_RULES = [
    ("statistics_bulletin", re.compile(r"统计公报|统计数据|统计快报|统计[季月年]报|统计报表|[季月]报表")),
    # a summary with next year's plan attached reports figures first (工作总结和下年工作计划)
    ("report", re.compile(r"总结.{0,8}(?:计划|安排|思路|打算)")),
    ("law", re.compile(r"^(?:[\u4e00-\u9fff]{0,12})(?:条例|法|规定|办法)$")),
    ("work_plan", re.compile(r"要点|工作计划|实施方案|规划|行动方案|工作方案|安排部署|部署.*工作")),
    ("notice", re.compile(r"通知|通告|公告|意见$|决定$")),
    ("report", re.compile(r"报告|总结|年报|回顾")),
    ("meeting_report", re.compile(r"会议|大会|座谈会|推进会|工作会|全会|培训班|发布会|会召开|讲话|批示|发言")),
]


# A date that opens or closes a span (2003年10月1日至2016年12月31日, 2019-01-01—2019-12-31).
_SPAN_AFTER_RE = re.compile(r"\s*起?\s*(?:至|到|-|—|–|~|～)\s*(?:(?:19|20)\d{2}|[一二][〇零○ＯO])")
_SPAN_BEFORE_RE = re.compile(r"(?:至|到|-|—|–|~|～)\s*$")


def _in_span(text: str, match: re.Match[str]) -> bool:
    """Whether the date ``match`` found is one end of a span of dates."""
    return bool(_SPAN_AFTER_RE.match(text, match.end()) or _SPAN_BEFORE_RE.search(text[max(0, match.start() - 3):match.start()]))


def parse_date(text: str) -> str | None:
    """The first full date in ``text`` as YYYY-MM-DD, in Arabic digits or in the Chinese numerals of an
    official document's signature date.

    >>> parse_date("民政局\\n二〇二三年十二月二十九日"), parse_date("二○一九年三月五日印发")
    ('2023-12-29', '2019-03-05')
    >>> parse_date("十二月二十九日") is None
    True

    Either end of a span of dates is no date of the document (what the span holds was filed over it):

    >>> parse_date("整理归档2003年10月1日至2016年12月31日婚姻档案") is None
    True
    >>> parse_date("2019-01-01至2019-12-31的数据，2020年1月5日发布")
    '2020-01-05'
    """
    best = None
    for pattern in (_DATE_ISO, _DATE_CN, _DATE_CN_NUMERALS):
        match = next((m for m in pattern.finditer(text) if not _in_span(text, m)), None)
        if match and (best is None or match.start() < best.start()):
            best = match
    if not best:
        return None
    if best.re is _DATE_CN_NUMERALS:
        year_text, month_text, day_text = (group.translate(_CN_ZEROS) for group in best.groups())
        year = int("".join(str(_CN_DIGITS.index(c)) for c in year_text))
        month, day = _small_cn_number(month_text), _small_cn_number(day_text)
    else:
        year, month, day = (int(x) for x in best.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_place(text: str) -> tuple[str | None, str | None]:
    """The most specific place named in a metadata value, and its province.

    >>> parse_place("广东省云浮市罗定市")
    ('罗定市', '广东省')
    >>> parse_place("台湾 臺中市東區")
    ('东区', '台湾省')
    >>> parse_place("全国")
    (None, None)
    >>> parse_place("江西省/新疆克孜勒苏柯尔克孜自治州")
    ('江西省', '江西省')
    """
    from loaders.places import find_place_spans

    if not text:
        return None, None
    text = re.sub(r"[（(].*?[)）]", "", text)
    text = re.split(r"\s*[/／]\s*", text)[0]  # 江西省/新疆…: the first place is the writer's own
    if traditional_share(text) > 0:
        text = to_simplified(text)
    gazetteer = get_gazetteer()
    place = province = None
    info = DocumentInfo("index")
    for _, _, found, _ in find_place_spans(text, info):
        place = found
        prov = gazetteer.province_of(found)
        if prov is not None:
            info.province = province = prov.name
        info.place = found.name
    return (place.name if place else None), province


def guess_kind(title: str) -> str:
    """Document kind from its title.

    >>> guess_kind("2019年全市民政工作要点"), guess_kind("2021年民政事业发展统计公报")
    ('work_plan', 'statistics_bulletin')
    """
    for kind, pattern in _KIND_RULES:
        if pattern.search(title or ""):
            return kind
    return "news"


def _title_from_text(norm: NormalisedText, sentences: list[Sentence]) -> str:
    for sentence in sentences[:6]:
        line = sentence.text
        # a heading: a line of its own, short, not ending like a sentence
        own_line = (sentence.start == 0 or norm.text[sentence.start - 1] == "\n") and (
            sentence.end >= len(norm.text) or norm.text[sentence.end] == "\n"
        )
        if own_line and 6 <= len(line) <= 60 and not line.endswith(("。", "；", "：")) and "|" not in line:
            if re.fullmatch(r"[\d年月日\-/. :]+", line) or re.fullmatch(r"[\u4e00-\u9fff]{2,16}(局|厅|部|政府|委员会|办公室)(文件)?", line):
                continue
            if _DOC_NUMBER.fullmatch(line) or line.endswith("文件"):
                continue
            return line
    if not sentences:
        return ""
    return _clause_title(sentences[0].text) or sentences[0].text[:60]


_HEADLINE_CLAUSE = re.compile(r"(?:召开|举行|举办|印发|发布|启动)[^，。；]{0,40}?(?:会议|大会|座谈会|推进会|培训班|工作会|通知|方案|要点|计划)")


def _clause_title(lead: str) -> str | None:
    """A text with no heading line: the clause of its lead sentence that says what happened.

    >>> _clause_title("8月12日至13日，省民政厅在滨州市召开全省民政局长座谈会暨培训班，深入学习贯彻……。")
    '省民政厅在滨州市召开全省民政局长座谈会暨培训班'
    >>> _clause_title("今天上午，全市民政工作会议召开。") is None
    True
    """
    for clause in re.split(r"[，。；]", lead):
        if _HEADLINE_CLAUSE.search(clause) and 6 <= len(clause) <= 60:
            # drop a leading date or time: 2020年12月30日下午
            clause = re.sub(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚上|晚)?", "", clause)
            return clause or None
    return None


def extract_metadata(
    norm: NormalisedText, sentences: list[Sentence], source: str, given: DocumentInfo | None = None,
    html_title: str | None = None,
) -> DocumentInfo:
    """Metadata from the text, with ``given`` values (from an index file) taking precedence."""
    info = DocumentInfo(source=source)
    furniture = furniture_text(norm)
    head = norm.text[:600]
    info.title = html_title or _title_from_text(norm, sentences)
    if norm.script == "traditional" and html_title:
        info.title = to_simplified(html_title)
    date_match = _DATE_LINE.search(furniture)
    info.date = parse_date(date_match.group(1)) if date_match else None
    if info.date is None:
        info.date = parse_date(head) or parse_date(norm.text[-300:])
    source_match = _SOURCE.search(furniture) or _SOURCE.search(head)
    if source_match:
        info.issuing_body = source_match.group(1).strip("|")
    # the document's own number heads it (衢市民〔2019〕1号); one cited later in brackets is another's
    head_text = "\n".join(s.text for s in sentences[:6])
    # every document number ends in 号: the scan (a run of up to ten characters tried at each one) only where one is
    number = next((m for m in _DOC_NUMBER.finditer(head_text) if head_text[max(0, m.start() - 1):m.start()] not in ("（", "(", "《")), None) \
        if "号" in head_text else None
    info.doc_number = number.group().replace(" ", "") if number else None
    if info.date:
        info.year, info.year_from = int(info.date[:4]), "date"
    else:
        info.year, info.year_from = _year_from_text(info.title, sentences, norm.text)
    info.kind = guess_kind(info.title)
    if given is not None:
        for field in ("title", "date", "year", "issuing_body", "doc_number", "place", "province"):
            value = getattr(given, field)
            if value:
                setattr(info, field, value)
                if field == "year":
                    info.year_from = "metadata"
                elif field == "date" and not given.year:
                    info.year, info.year_from = int(value[:4]), "metadata"
        if given.title:
            info.kind = guess_kind(given.title)  # the document's own title, over a lead sentence standing in for it
        elif given.kind and given.kind != "news":
            info.kind = given.kind
    if not info.date and info.year:
        info.date = _month_day_with_year(sentences, info.year)
    if not info.place:
        info.place, info.province = _own_place(sentences) or _place_from_context(info, norm, sentences)
    elif not info.province:
        place = get_gazetteer().lookup(info.place)
        province = get_gazetteer().province_of(place) if place else None
        info.province = province.name if province else None
    return info


# The year of the event or plan a document is about: 2023年全市民政工作座谈会, 2024年工作计划.
# 总结2002年…以来 and 2025年，全市… look back, so they don't date the document.
_EVENT_YEAR = re.compile(
    r"(?<!总结)(?<!回顾)(?<![自从至])((?:19|20)\d{2})\s*年(?:度)?"
    r"(?=全[省市县区州旗盟]|[^，。；“”]{0,14}?(?:会议|工作会|座谈会|推进会|大会|培训班|要点|计划|方案|报告|公报))"
)


def _year_from_text(title: str, sentences: list[Sentence], text: str = "") -> tuple[int | None, str | None]:
    """The document's year when no full date says it, and why: a year in a heading title
    (``title``), else the year of the event or plan the title or lead sentence names (``event``),
    else a section heading of the opening naming a year's work (一、2024年工作总结: ``heading``),
    else a date line whose year comes last (01.04.2015 13:33: ``date line``). (None, None)
    rather than a guess.

    >>> _year_from_text("包头市2022年民政事业发展统计公报", []), _year_from_text("赤坎区2023年工作总结和2024年工作计划", [])
    ((2022, 'title'), (2024, 'title'))
    >>> _year_from_text("全市民政工作座谈会召开", [Sentence(1, "昨日上午，2023年全市民政工作座谈会召开。", 0, 20)])
    (2023, 'event')
    >>> _year_from_text("今天上午，陕西省第十九次民政会议召开，总结2002年全省第十八次民政会议以来的工作。", [])
    (None, None)
    >>> _year_from_text("区民政局工作总结及下一年工作打算", [Sentence(2, "一、2024 年工作总结 （一）基本民生保障持续改善。", 0, 26)])
    (2024, 'heading')
    >>> _year_from_text("成绩单", [], "成绩单\\n01.04.2015 13:33\\n本文来源：新闻网")
    (2015, 'date line')

    A year a heading looks back from (总结2002年…以来) or a date inside a sentence is not the document's:

    >>> _year_from_text("工作总结", [Sentence(1, "回顾2019年工作总结经验，全区低保对象1200人。", 0, 24)])
    (None, None)
    >>> _year_from_text("报道", [], "据统计，截至01.04.2015全区低保对象1200人。")
    (None, None)
    """
    heading = bool(title) and not title.endswith(("。", "！", "？")) and len(title) < 60
    if heading and (year := _YEAR.search(title)):
        # 2023年工作总结和2024年工作计划: a plan is filed under the year it plans
        plan = re.search(r"((?:19|20)\d{2})\s*年(?:度)?[^，。、和]{0,10}?(?:计划|要点|方案|规划)", title)
        return int((plan or year).group(1)), "title"
    for text_part in [title] + [s.text for s in sentences[:2]]:
        for match in _EVENT_YEAR.finditer(text_part or ""):
            if "以来" in text_part[match.end():match.end() + 20]:
                continue
            return int(match.group(1)), "event"
    worked = [match for s in sentences[:_HEADING_SENTENCES] for match in _WORK_HEADING.finditer(s.text)]
    if worked:
        plan = next((m for m in worked if m.group("what") in _PLAN_WORDS), None)
        return int((plan or worked[0]).group("year")), "heading"
    if text:
        for part in (text[:_DATE_LINE_WINDOW], text[-_DATE_LINE_WINDOW:]):
            match = _YEAR_LAST_DATE_LINE.search(part)
            if match:
                return int(match.group(1)), "date line"
    return None, None


# A section heading of a summary or plan naming the year of its work: 一、2024年工作总结,
# 二、2025年工作计划, 2023年上半年工作总结 (not 回顾2019年工作总结经验: a heading opens a line or follows its ordinal).
_WORK_HEADING = re.compile(
    r"(?:^|[一二三四五六七八九十]{1,2}\s*[、.．]|[（(][一二三四五六七八九十]{1,2}[)）]|\s)\s*"
    r"(?P<year>(?:19|20)\d{2})\s*年\s*(?:度)?(?:上半年|下半年|全年)?\s*(?:[\u4e00-\u9fff]{0,6}?)工作\s*(?P<what>总结|回顾|要点|计划|安排|打算|思路)"
)
_PLAN_WORDS = ("要点", "计划", "安排", "打算", "思路")
_HEADING_SENTENCES = 8
# A line that is only a date with its year last (01.04.2015, 5/3/2024 09:30): the day and
# month order varies with the site, the year does not.
_YEAR_LAST_DATE_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:发布时间|发布日期|日期|时间)?[:：]?[ \t]*[0-3]?\d[./][01]?\d[./]((?:19|20)\d{2})(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*(?=\n|$)"
)
_DATE_LINE_WINDOW = 400


_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")


def _month_day_with_year(sentences: list[Sentence], year: int) -> str | None:
    """A 2月22日 in the opening sentences, dated with the document's year (from its metadata or title).

    >>> _month_day_with_year([Sentence(0, "3月9日，全市民政工作会议召开。", 0, 16)], 2026)
    '2026-03-09'
    """
    for sentence in sentences[:3]:
        match = _MONTH_DAY.search(sentence.text)
        if match:
            month, day = int(match.group(1)), int(match.group(2))
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# Scope words (全省民政工作会议) and bare level-word bodies (省民政厅召开…) give the level of
# the body that speaks, which is the level of the place the document is about.
_SCOPE = re.compile(r"全(自治区|省|市|州|盟|县|旗|区)(?!级|直)")
_BARE_BODY = re.compile(r"(自治区|省|市|州|盟|县|旗|区)(?:民政厅|民政局|委(?!员)|人民政府|政府|党委|第[一二三四五六七八九十\d]{1,3}次)")
# two-character words ending in a level character that are not a bare level word
_NOT_BARE = ("各市", "各县", "各区", "设区", "城市", "都市", "城区", "社区", "地区", "县市", "街区", "辖区", "园区", "景区", "校区", "湾区", "新区", "林区", "矿区", "城县")


# 传达全省…会议精神 / 落实省民政厅部署: a higher body's words passed on, not the speaker's level
_RECEIVED = re.compile(r"(?:贯彻|落实|传达|学习|参加|出席|按照|根据|收看|响应)[^，。；]{0,6}$")


def document_level(text: str) -> str | None:
    """The level word of the body a text speaks for: 全省/省民政厅 → 省, 全市/市民政局 → 市.

    The first scope word or bare level-word body wins; a level word that ends a
    written place name (滨州市民政局) is not bare.

    >>> document_level("省民政厅在滨州市召开全省民政局长座谈会")
    '省'
    >>> document_level("2024年全省民政工作会议在长春召开"), document_level("营口市民政局召开会议")
    ('省', None)
    >>> document_level("营口市传达学习全省民政工作会议精神")
    """
    from loaders.places import find_place_spans

    spans = None
    found: list[tuple[int, str]] = []
    for match in _SCOPE.finditer(text):
        if not _RECEIVED.search(text[max(0, match.start() - 8):match.start()]):
            found.append((match.start(), match.group(1)))
    for match in _BARE_BODY.finditer(text):
        start = match.start()
        if _RECEIVED.search(text[max(0, start - 8):start]) or re.search(r"各[^，。；：\n]{0,8}$", text[:start]):
            continue  # 各市、州民政局: addressees, not the speaker
        if text[max(0, start - 1):start + 1] in _NOT_BARE or text[max(0, start - 2):start] == "设区":
            continue
        if spans is None:
            spans = find_place_spans(text)
        if any(s < match.end(1) and start < e for s, e, _, _ in spans):
            continue  # 滨州市民政局: the 市 ends a place name
        found.append((start, match.group(1)))
    return min(found)[1] if found else None


# A notice's addressees sit one level below its issuer: 各市、州民政局 → a province writes.
_ADDRESSEES = re.compile(r"^各(?:(?P<province>市|州|地|盟|设区市|地级市)|(?P<city>县|区|市辖区)|(?P<county>乡|镇|街道))")


def _addressee_level(sentences: list[Sentence]) -> tuple[str, str] | None:
    """The issuer's level read from an addressee line (各县（市、区）民政局：→ 市), and the line.

    >>> _addressee_level([Sentence(0, "各市、州、省直管市及神农架林区民政局：", 0, 19)])[0]
    '省'
    """
    for sentence in sentences:
        text = sentence.text.strip()
        match = _ADDRESSEES.match(text)
        if match and text.endswith(("：", ":")):
            return {"province": "省", "city": "市", "county": "县"}[match.lastgroup], text
    return None


def _place_from_context(info: DocumentInfo, norm: NormalisedText, sentences: list[Sentence]) -> tuple[str | None, str | None]:
    """The place a document is about.

    Not simply the first place named: a 省民政厅 that convenes a 全省 meeting in
    滨州市 writes about the province. The level of the speaking body (scope
    words 全省/全市/全县, bare bodies 省民政厅/市民政局 in the title and opening
    sentences) picks, among the places named in the title, the source line and
    the text, the first of that level, else the enclosing place of that level
    of the first one named; with no level word, the first place named.
    """
    from loaders.places import find_place_spans

    gazetteer = get_gazetteer()
    opening = " ".join(s.text for s in sentences[:3])
    # the speaking body is in the title or the lead sentence; later sentences name guests (省委常委、副省长…)
    heading = bool(info.title) and not info.title.endswith(("。", "！", "？"))
    lead = next((s.text for s in sentences[:2] if s.text != info.title), "") if heading else ""
    level = document_level((info.title or "") + "\n" + lead)
    addressees = ""
    if level is None and (found := _addressee_level(sentences[:5])):
        level, addressees = found
    sources = [info.title or "", addressees, info.issuing_body or "", _source_line(norm) or "", opening]
    if level:
        sources.append(" ".join(s.text for s in sentences[3:]))
    candidates = []
    chosen = None
    for text in sources:
        if not text:
            continue
        text = re.sub(r"[（(][^）)]*[)）]", "", text)
        ctx = DocumentInfo("ctx")
        previous_end = None
        for start, end, place, _ in find_place_spans(text, ctx):
            if start == previous_end:
                candidates[-1] = place  # 台中市东区: a written chain names its innermost place
            else:
                candidates.append(place)
            previous_end = end
            province = gazetteer.province_of(place)
            if province is not None and ctx.province is None:
                ctx.province = province.name  # county short names resolve inside the first province named
        if level and candidates:
            # the first place of the level named so far, else the one enclosing the first place named
            # (全省…会议在长春召开 → 吉林省); later text only names other places
            chosen = next((p for p in candidates if fits_level(p, level)), None)
            chosen = chosen or next((a for a in gazetteer.chain(candidates[0]) if fits_level(a, level)), None)
            if chosen:
                break
        if candidates and not level:
            if text is not sources[0]:
                # no title place and no level word: the widest place of the opening (雄安新区 before 安新县)
                rank = {"province": 0, "city": 1, "county": 2}
                candidates.sort(key=lambda p: rank.get(p.level, 3))
            break
    if not candidates:
        candidates = _media_places([info.issuing_body or "", _source_line(norm) or "", furniture_source(norm), opening[:12]])
    if not candidates:
        return None, None
    if chosen is None and level:
        chosen = next((p for p in candidates if fits_level(p, level)), None)
        chosen = chosen or next((a for a in gazetteer.chain(candidates[0]) if fits_level(a, level)), None)
    chosen = chosen or candidates[0]
    province = gazetteer.province_of(chosen)
    return chosen.name, (province.name if province else None)


# 我市/我县/我区: the writer names its own level. It outranks a bare body in the lead, which in
# 省民政厅副厅长…来我市调研 is the visitor, not the speaker.
_SELF_REFERENCE = re.compile(r"我(省|市|县|区|州|旗|盟)(?![长委级])")


def _own_place(sentences: list[Sentence]) -> tuple[str, str | None] | None:
    """The place a text calls its own (来我市调研, 我县召开…), from the places it names.

    The first self-reference gives the level; the place is the named place of that level with
    the most mentions, where a place also counts the mentions of its parts once the text names
    two or more of them (a 牡丹江 report naming 爱民区, 宁安市 and 海林市 is about 牡丹江市; a
    瑞昌市 report that names 九江市 once stays about 瑞昌市). A place never named itself counts
    only when two or more of its parts are named.

    >>> s = [Sentence(0, "省民政厅副厅长一行来我市调研，先后到爱民区、宁安市、海林市。", 0, 30), Sentence(1, "对牡丹江市工作给予肯定。", 31, 43)]
    >>> _own_place(s)
    ('牡丹江市', '黑龙江省')
    >>> _own_place([Sentence(0, "民政部部长一行来我县调研，来到平江县烈士陵园。", 0, 23)])
    ('平江县', '湖南省')
    >>> _own_place([Sentence(0, "瑞昌市召开推介会，九江市领导出席，我市五个乡镇参加，瑞昌市民政局主持。", 0, 35)])
    ('瑞昌市', '江西省')
    >>> _own_place([Sentence(0, "省民政厅在滨州市召开全省会议。", 0, 15)]) is None
    True
    """
    from loaders.places import find_place_spans

    text = "\n".join(s.text for s in sentences)
    match = _SELF_REFERENCE.search(text)
    if match is None:
        return None
    level = match.group(1)
    gazetteer = get_gazetteer()
    own: dict[str, int] = {}
    parts: dict[str, dict[str, int]] = {}
    places: dict[str, object] = {}
    ctx = DocumentInfo("ctx")
    for sentence in sentences:
        previous_end = None
        for start, end, place, _ in find_place_spans(sentence.text, ctx):
            if start == previous_end:
                continue  # 台中市东区: the chain's outer place is the inner one's context
            previous_end = end
            if place.code and ctx.province is None and (province := gazetteer.province_of(place)) is not None:
                ctx.province = province.name
            places[place.name] = place
            own[place.name] = own.get(place.name, 0) + 1
            for enclosing in gazetteer.chain(place)[1:]:
                places[enclosing.name] = enclosing
                counts = parts.setdefault(enclosing.name, {})
                counts[place.name] = counts.get(place.name, 0) + 1
    scores = {}
    for name, place in places.items():
        if not fits_level(place, level):
            continue
        below = parts.get(name, {})
        score = own.get(name, 0) + (sum(below.values()) if len(below) >= 2 else 0)
        if score:
            scores[name] = score
    if not scores:
        return None
    best = max(scores, key=lambda name: scores[name])
    province = gazetteer.province_of(places[best])
    return best, (province.name if province else None)


# A local paper or news site is named after the place it serves: 济南日报, 咸宁网讯.
_MEDIA = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(?:日报|晚报|晚刊|都市报|新闻网|网讯|日报讯|晚报讯|网|广播电视台|电视台)")


def _media_places(texts: list[str]) -> list:
    """Places a text names only through its local media (信息来源:济南日报; 咸宁网讯 …):
    the last resort of a document that writes only 我市 or 市民政局.

    >>> [p.name for p in _media_places(["济南日报"])], [p.name for p in _media_places(["星报讯 昨天下午"])]
    (['济南市'], [])
    """
    gazetteer = get_gazetteer()
    out = []
    for text in texts:
        match = _MEDIA.match((text or "").strip())
        if match:
            place = gazetteer.lookup(match.group(1))
            if place is not None and place.level in ("province", "city", "county"):
                out.append(place)
    return out


def furniture_text(norm: NormalisedText) -> str:
    """The lines the normaliser dropped as page furniture, in the script the text was converted to."""
    furniture = "\n".join(line for _, _, line in furniture_lines(norm.original))
    return to_simplified(furniture) if norm.script == "traditional" else furniture


def furniture_source(norm: NormalisedText) -> str:
    """The value of a 来源:/信息来源: line the normaliser dropped as furniture, if any."""
    match = _SOURCE.search(furniture_text(norm))
    return match.group(1).strip("|") if match else ""


_SOURCE_IN_BODY = re.compile(r"^(?:信息来源|来源|稿源)[:：]\s*([^\s|]{2,30})$")


def _source_line(norm: NormalisedText) -> str | None:
    """A 来源:山东民政 line of its own in the last lines of the body."""
    for line in norm.text.rstrip().splitlines()[-3:]:
        match = _SOURCE_IN_BODY.match(line.strip())
        if match:
            return match.group(1)
    return None


def _unquote(field: str) -> str:
    """A TSV field as written, less the quotes of a spreadsheet that quoted all of it.

    >>> _unquote('"see ""(qū)"" removed"'), _unquote('"幸福民政"建设推进会'), _unquote('市民政局')
    ('see "(qū)" removed', '"幸福民政"建设推进会', '市民政局')
    """
    if len(field) >= 2 and field[0] == field[-1] == '"' and '"' not in field[1:-1].replace('""', ""):
        return field[1:-1].replace('""', '"')
    return field


def read_index(path: str | Path) -> dict[str, DocumentInfo]:
    """Read an INDEX.tsv-style metadata file: {file name: DocumentInfo}.

    Columns used (by header name): file, title, issuing_body, place, year,
    date; others are ignored. A place like 江苏省连云港市 becomes place
    连云港市 with province 江苏省.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputError(f"{path}: cannot read metadata file ({error.strerror or error})") from None
    out: dict[str, DocumentInfo] = {}
    with handle:
        # Rows end at line ends: a " that opens a field ("幸福民政"建设…) is text, never a quote
        # that swallows the rows after it; a field quoted whole is unquoted by _unquote.
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise InputError(f"{path}: metadata file needs a tab-separated header with a 'file' column")
        for line_number, row in enumerate(reader, start=2):
            row = {key: _unquote(value) for key, value in row.items() if isinstance(value, str)}
            name = (row.get("file") or "").strip()
            if not name:
                continue
            title = (row.get("title") or "").strip()
            if title and traditional_share(title) > 0.04:
                title = to_simplified(title)
            year_match = _YEAR.search(row.get("year") or "")
            place, province = parse_place((row.get("place") or "").strip())
            body = (row.get("issuing_body") or "").strip() or None
            if body and traditional_share(body) > 0.04:
                body = to_simplified(body)
            date = parse_date(row.get("date") or "") if row.get("date") else None
            out[name] = DocumentInfo(
                source=name,
                title=title,
                date=date,
                year=int(year_match.group(1)) if year_match else None,
                issuing_body=body,
                place=place,
                province=province,
            )
    return out
