"""Persons: names next to a post title, with post and organisation.

A name is a known surname plus one or two characters, written right before or
right after a post (局长杜邦安, 杨宏国局长, 厅长方守义同志). The organisation is
the agency written just before the post (市民政局党组书记、局长赵永刚), or is
implied by the post in the document's place (副省长 → 省人民政府).
Reporters and editors in bylines are skipped.

>>> from loaders.types import Sentence, DocumentInfo
>>> info = DocumentInfo("x", place="营口市", province="辽宁省")
>>> [(m.name, m.properties) for m in extract_persons([Sentence(0, "市民政局局长杜邦安出席会议并讲话。", 0, 17)], info, [])]
[('杜邦安', {'post': '局长'})]
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicons import institution_bodies, read_lexicon
from loaders.resolve import DocContext, government_name
from loaders.sentence_words import register, sentence_groups
from loaders.types import DocumentInfo, Mention, Sentence


def _surnames() -> tuple[str, tuple[str, ...]]:
    """(single-character surnames as one string, double surnames) from loaders/data/surnames.txt."""
    names = [row[0] for row in read_lexicon("surnames.txt")]
    return "".join(name for name in names if len(name) == 1), tuple(name for name in names if len(name) == 2)


SURNAMES_SINGLE, SURNAMES_DOUBLE = _surnames()
# post titles (局长, 副署长, 值理 …): loaders/data/person_posts.txt
POSTS = tuple(row[0] for row in read_lexicon("person_posts.txt"))
# a surname, single or double, as a pattern (agencies_staff reads staff names with it)
SURNAME = "(?:" + "|".join(SURNAMES_DOUBLE) + "|[" + SURNAMES_SINGLE + "])"
_POST = "(?:" + "|".join(sorted(set(POSTS), key=len, reverse=True)) + ")"
_NAME = rf"{SURNAME}[\u4e00-\u9fff]{{1,2}}"
# post then name: 局长杜邦安 / 厅长方守义同志 / 副省长崔枫林
_AFTER_NAME = (
    # 以及 before 及: with the name's lazy end, 张锦以及… would otherwise end at 以 (张锦以)
    r"(?=以及|同志|先生|女士|出席|主持|讲话|指出|强调|表示|要求|介绍|代表|作|做|在|对|到|一行|等|率|带|和|与|及|参加|会见|陪同|应邀|"
    r"致辞|致词|批示|上任|到场|说|希望|宣读|通报|传达|提出|听取|看望|慰问|走访|调研|赴|来|也|分别|亲切|充分|针对|就|为|向|进行|"
    # a time or a career step right after a name: 市长张温鹰上午…, 主任林东届龄退休, 秘书林仲敏升任
    r"上午|下午|晚上|关于|用|届龄|调任|升任|接任|获|荣获|"
    # what a speaker does at a meeting: 局长朱勤皓从三个方面…通报, 局长蒋蕊汇报…工作思路, 局长张有利部署了…
    r"从|汇报|回顾|总结|发表|布置|点评|"
    # a news item's day and a trip right after the name: 市长张善政今(11)日…, 总统赖清德前往…; a second post: 秘书长兼…;
    # a reason or a role taken: 主任缪某因病…, 党委书记陈某任组长
    # (今 alone or a day of the month: 市长卢秀燕今主持…, 厅长李锋8日在…)
    r"今|[0-9０-９]{1,2}日|昨日|昨天|前往|因|兼|偕|联同|率领|会面|拜会|拜访|探访|访问|致|部署|宣布|颁发|任(?:组长|副组长|团长|主任|召集人|副召集人)|"
    # a Hong Kong title of address after the name: 局长陈某教授参与…, 署长陈某医生
    r"教授|医生|博士|"
    r"[，。、：；（(“”《\s]|$)"
)
# a qualifier in brackets between a post and the name: 副署长(行政)冯伯欣, 助理署长（家庭及儿童福利）麦某
_QUALIFIER = r"(?:[（(][^（）()，。]{1,10}[)）])?"
_POST_NAME = re.compile(rf"(?P<post>{_POST}){_QUALIFIER}(?P<name>{_NAME}?){_AFTER_NAME}")
# a married name of Hong Kong, Macau and Taiwan women, her husband's surname before her own (麦周淑霞):
# four characters, taken only after a post and before a list separator, an honorific, a closing bracket
# (萧主席（妇女福利会主席萧曾凤群）) or 陪同 (在…专员郭李梦仪陪同下)
_POST_NAME_MARRIED = re.compile(
    rf"(?P<post>{_POST}){_QUALIFIER}(?P<name>[{SURNAMES_SINGLE}]{{2}}[\u4e00-\u9fff]{{2}})(?=女士|[、及]|等(?:人|同志|[，。、])|陪同|[)）])"
)
# a name of three characters with an honorific and no post, after a clear boundary: 感谢陈志明先生, 、何婉仪女士
_HONORIFIC_NAME = re.compile(rf"(?<=[，。、；：\s（(“”的了有向与和及为给由请谢])(?P<name>{SURNAME}[\u4e00-\u9fff]{{2}})(?=女士|先生)")
# further names in a list after a post: 市议员李中、邱素贞、何敏诚等人 / 委员叶某女士、高某先生
_LIST_NAME = re.compile(rf"(?:女士|先生)?[、和](?P<name>{_NAME}?){_AFTER_NAME}")
# a name with 同志 and no post: 黄成章同志指出 / 联系人：胡华坤
_COMRADE = re.compile(rf"(?:(?<=[，。、：；\s（(“以])|(?<=干部)|(?<=^))(?P<name>{_NAME}?)同志(?=[，。、：；\s]|获|荣获|被|指出|强调|表示|作|在|出席|讲话|代表|带|介绍|说|为核心)")
# a name with 同志 right after a unit (民政科张强同志、…办公室岳涛同志现场汇报), after 由 (由徐智勇同志兼任) or after a
# military rank (大将粟裕同志): a two-character name must also be one to jieba (``segmented_as_name``)
_COMRADE_AFTER = re.compile(
    rf"(?<=[科股室处办心站所院局队由将])(?P<name>{_NAME}?)同志"
    r"(?=[，。、：；\s]|的|兼任|担任|现场|汇报|分别|发言|获|荣获|被|指出|强调|表示|作|在|出席|讲话|代表|带|介绍|说|等)"
)
# the last character of a body's name that is also a surname (社会文化司 | 柯岚司长)
_BODY_LAST = "司处署局厅"
# a post and a name whose surname is not on the list (冼, 庹, 仝): accepted when jieba tags it as a name
_POST_RARE = re.compile(rf"(?P<post>{_POST})(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=同志|出席|主持|讲话|指出|强调|表示|[，。、])")
# a post and a three-character name followed by any word (村长简铭昌有感于…, 局长麦美娟则在…): accepted when jieba,
# segmenting the words from the name on, cuts exactly that name and tags it as a person's name
_POST_NAME_SEGMENTED = re.compile(rf"(?P<post>{_POST}){_QUALIFIER}(?P<name>{SURNAME}[\u4e00-\u9fff]{{2}})(?=[\u4e00-\u9fff])")
# leaders listed without their posts: 市领导邵晓泉、张百璘、刘晓洁出席会议 (names only; the post is unknown)
_LEADERS = re.compile(rf"(?:(?:省|市|县|区|州|自治区|部|厅|局)(?:人大|政协|人大常委会)?领导|领导同志)(?P<name>{_NAME}?)(?=[、和]|出席|参加|到会)")
# people honoured in a list: 授予路瑜等20名同志…称号
_HONOURED = re.compile(rf"(?:授予|表彰)(?P<name>{_NAME}?)(?=[、和]|等[0-9一二三四五六七八九十百]+名)")
def _tibetan_name_re() -> re.Pattern[str]:
    """A post and a Tibetan name of two listed parts (区人大常委会主任白玛赤林出席): loaders/data/tibetan_name_parts.txt."""
    if not _TIBETAN_CACHE:
        parts = "|".join(sorted({row[0] for row in read_lexicon("tibetan_name_parts.txt")}, key=len, reverse=True)) or "(?!)"
        _TIBETAN_CACHE.append(re.compile(rf"(?P<post>{_POST})(?P<name>(?:{parts})(?:{parts})){_AFTER_NAME}"))
    return _TIBETAN_CACHE[0]


_TIBETAN_CACHE: list[re.Pattern[str]] = []
_CONTACT = re.compile(rf"联系人[:：]\s*(?P<name>{_NAME}?)(?=[，。、；,\s（(]|电话|$)")
# name then post: 杨宏国局长 / 崔枫林副省长; a speech's salutation list writes each guest's body in brackets right after
# the title (韩某局长(澳门特别行政区政府社会工作局局长)、周某主席(中西区区议会主席)), hence an opening bracket
# whose words end in a post (not 常任秘书长(食物), where 常任 is part of the title)
# an acting title (吴明泰代厅长, 黄艳梅代主席): 代 belongs to the title, not to the name (no 明泰代)
# (an acting title written 代理 too: 李金治代理局长; a list joined by 及: 杨海副局长及陈启桓副局长)
_NAME_POST = re.compile(rf"(?P<name>{_NAME}?)(?:代理|代)?(?P<post>{_POST})(?=以及|及|[，。、：；\s]|[（(](?=[^（）()，。]{{1,40}}?(?:{_POST})[)）])|兼|今日|出席|主持|讲话|总结|组织|指出|强调|表示|要求|对|在|就|代表|作|一行|等|率|和|与|参加|会见|同志|关于|的|指示|重要|致|带|到|来|向|为|说|也|亲自|座谈|视察|考察|调研|寄语|回信|提出|给|充分|肯定|回顾|通报|汇报|从)")
# an attendance list: 市领导邵晓泉、张百璘出席会议 / 出席会议的有… / 参加会议的领导有…
_ATTENDANCE = re.compile(
    r"(?:(?:省|市|区|县|州|自治区)领导|参会领导有"
    # 出席会议的有 / 出席会议的还有 / 参加活动的嘉宾包括 / 出席是次会议还包括
    r"|(?:出席|参加|参与)(?:是次|本次|此次)?(?:会议|活动|仪式|典礼)?的?(?:领导|同志|嘉宾|人员)?还?(?:有|包括))[：:]?"
)
_ATTENDEE = re.compile(rf"(?P<name>{_NAME}?)(?=以及|[、，,和及]|出席|参加|等|同志|$|。)")
# an attendance list's entry after its body: a name, a listed post and up to eight more characters of title
_LISTED_ENTRY = re.compile(rf"(?P<name>{_NAME}?)(?P<post>{_POST})[\u4e00-\u9fff]{{0,8}}?(?=[、，,；]|以及|。|$)")
_BYLINE = re.compile(r"(?:记者|通讯员|编辑|责任编辑|摄影|摄|供稿|作者|撰稿|审核|校对)[\s:：]*$")
# Two- and three-character words that look like surname+given name but are not names.
_NOT_NAMES = {
    "全体", "全市", "全省", "全区", "全县", "全国", "主任", "常委", "书记", "同志", "代表", "会议", "方面", "高度", "文件",
    "安排", "任务", "成员", "工作", "程序", "于是", "于会", "党组", "严格", "史上", "王牌", "向上", "石油", "金融", "黄金",
    "和谐", "时间", "明确", "毛泽东", "马克思", "尹某", "万人", "雷锋", "宁夏", "江苏", "何时", "谁", "周年", "周边",
    "国务院", "胡同", "章程", "关于", "包括", "应当", "申请", "龙头", "路线", "全面", "单位", "季度", "向社会", "华人",
    "柳州", "钟点", "简单", "商务", "商会", "白天", "高级", "高效", "曲折", "项目", "车辆", "甘肃", "吉林", "江西", "安徽",
    "常务", "副省", "副市", "市委", "省委", "县委", "区委", "党委", "民政", "厅长", "局长", "部长", "市长", "省长",
}


@lru_cache(maxsize=16384)  # the same candidate names recur in every document of a place
def _tagged_as_name(name: str) -> bool:
    import rjieba

    tokens = rjieba.tag(name, False)
    return bool(tokens) and tokens[0][1] in ("nr", "nrfg", "nrt")


def segmented_as_name(text: str, start: int, name: str) -> bool:
    """Whether jieba (with its model of unseen words) cuts ``name`` as the first word from ``start`` and tags it a name.

    >>> segmented_as_name("村长简铭昌有感于村内长辈", 2, "简铭昌")
    True
    >>> segmented_as_name("村长王家大院里", 2, "王家大")
    False
    """
    import rjieba

    tokens = rjieba.tag(text[start:start + len(name) + 6], True)
    return bool(tokens) and tokens[0][0] == name and tokens[0][1] in ("nr", "nrfg", "nrt")


# words that open with 长 and follow a surname-like character in running text (向长者提供, 李长期坚持)
_CHANG_WORDS = frozenset({"长者", "长期", "长效", "长远", "长足", "长久", "长度", "长大", "长年", "长时", "长辈", "长寿", "长官",
                          "长治", "长征", "长廊", "长假", "长途", "长势", "长处", "长短", "长幼", "长河"})


def _valid_name(name: str) -> bool:
    """Whether ``name`` can be a person's name (surname + one or two characters no word rule rejects).

    >>> _valid_name("范长林"), _valid_name("向长者"), _valid_name("王局长")
    (True, False, False)
    """
    if not name or name in _NOT_NAMES or len(name) < 2 or len(name) > 4:
        return False
    if len(name) == 4 and _is_tibetan(name):  # 洛桑江村: two listed parts, no Han surname
        return True
    if len(name) == 4 and name[0] in SURNAMES_SINGLE and name[1] in SURNAMES_SINGLE:
        return name[3] not in "及和与等同" and _valid_name(name[1:])  # 麦周淑霞: a married name, her own name after her husband's surname
    given = name[1:]
    if len(name) == 3 and given[0] == "一":
        given = given[1:]  # 王一宏: 一 opens many given names
    if len(name) == 3 and given[0] == "长" and given not in _CHANG_WORDS:
        given = given[1:]  # 范长林, 王长青: 长 opens many given names; 向长者, 李长期 are words
    if re.search(r"[省市县区局厅部委会议党府心办处组届次年的了和与在是为对等各第一二三四五六七八九十副长级]", given):
        return False
    if re.match(r"政|[民行财党家执参邮]政", given):
        return False  # 王政府, 李民政: a word, not a given name (张善政 is a name)
    return True


def _place_ends_at(text: str, end: int) -> bool:
    """Whether a gazetteer place's full name ends at ``end`` (吴兴区 in 吴兴区张明区长).

    >>> _place_ends_at("吴兴区张明区长", 3), _place_ends_at("社工局区志强副局长", 4)
    (True, False)
    """
    from loaders.gazetteer import get_gazetteer

    by_name = get_gazetteer().by_name
    return any(text[end - length:end] in by_name for length in range(2, min(8, end) + 1))


def _opens_after_body(text: str, start: int) -> bool:
    """Whether ``start`` follows a separator or a body's last character (社工局 | 区志强), not a word (全 | 区).

    >>> _opens_after_body("社工局区志强副局长", 3), _opens_after_body("全区李明书记", 1), _opens_after_body("区志强副局长", 0)
    (True, False, True)
    """
    return start == 0 or text[start - 1] in "、，,：:；;（(“ \n局署会院处司厅部办所"


def _is_tibetan(name: str) -> bool:
    if not _TIBETAN_PARTS:
        _TIBETAN_PARTS.update(row[0] for row in read_lexicon("tibetan_name_parts.txt"))
    return name[:2] in _TIBETAN_PARTS and name[2:] in _TIBETAN_PARTS


_TIBETAN_PARTS: set[str] = set()
_ANY_POST = re.compile(_POST)


def _patterns_that_can_match(text: str) -> tuple[re.Pattern[str], ...]:
    """The name patterns, in their order of precedence, less those whose required words
    (a post, 同志, 联系人) ``text`` lacks: one cheap test saves a scan per pattern."""
    has_post = _ANY_POST.search(text) is not None
    return tuple(
        pattern
        for pattern, needed in (
            (_POST_NAME_MARRIED, has_post), (_POST_NAME, has_post), (_NAME_POST, has_post), (_COMRADE, "同志" in text), (_COMRADE_AFTER, "同志" in text),
            (_CONTACT, "联系人" in text), (_POST_RARE, has_post), (_POST_NAME_SEGMENTED, has_post),
            (_LEADERS, "领导" in text), (_HONOURED, "授予" in text or "表彰" in text),
            (_HONORIFIC_NAME, "女士" in text or "先生" in text),
        )
        if needed
    ) + ((_tibetan_name_re(),) if has_post and _MAYBE_TIBETAN.search(text) else ())


# the first characters of the listed Tibetan name parts, to skip the scan in other texts
_MAYBE_TIBETAN = re.compile(r"[扎次多平顿旺旦丹格央卓拉德达尼巴普边米索洛白江赤强土阿罗群欧嘉加坚贡益曲桑朗仁琼占晋措]")


def _person_gate_words() -> list[str]:
    """The words without which no rule of :func:`extract_persons` finds a name in a sentence: a post (every
    post-led pattern), the words :func:`_patterns_that_can_match` tests, one of which every
    ``_ATTENDANCE`` lead holds (领导, 出席, 参加, 参与), and the residents' cues (``_RESIDENT_CUE``)."""
    words = list(POSTS)
    words += ("同志", "联系人", "领导", "授予", "表彰", "女士", "先生")
    words += ("出席", "参加", "参与")
    words += [row[0] for row in read_lexicon("resident_roles.txt")] + ["家中"]
    return words


_PERSON_WORDS = register("persons", _person_gate_words)


def extract_persons(sentences: list[Sentence], info: DocumentInfo, agencies: list[Mention]) -> list[Mention]:
    """Person mentions with ``post`` and ``org`` properties where the text states them."""
    ctx = DocContext.from_info(info)
    by_sentence: dict[int, list[Mention]] = {}
    for agency in agencies:
        by_sentence.setdefault(agency.sentence_index, []).append(agency)
    mentions: list[Mention] = []
    bureaus = document_bureaus(agencies)
    bare_governments = {a.name for a in agencies if a.name in _BARE_GOVERNMENTS}
    for sentence in sentences:
        if not sentence_groups(sentence) & _PERSON_WORDS:
            continue  # no post, no lead of a list of names, no resident: no rule below can find a name
        text = sentence.text
        found: list[tuple[int, int, str, str]] = []
        for pattern in _patterns_that_can_match(text):
            for match in pattern.finditer(text):
                name = match.group("name")
                if not _valid_name(name):
                    continue
                if pattern is _POST_RARE and (re.match(SURNAME, name) or not _tagged_as_name(name)):
                    continue
                if pattern is _POST_NAME_SEGMENTED and not segmented_as_name(text, match.start("name"), name):
                    continue
                if pattern is _COMRADE_AFTER and len(name) == 2 and not segmented_as_name(text, match.start("name"), name):
                    continue  # (科室党员同志: a role, not a name)
                if _BYLINE.search(text[max(0, match.start() - 6):match.start()]):
                    continue
                start = match.start("name")
                if name[0] == "区" and (_place_ends_at(text, start + 1) or not _opens_after_body(text, start)):
                    # 吴兴区张明区长, 全区李明书记: the 区 closes a place or a scope word; the Cantonese surname
                    # 区 opens a name only after a body or a separator (社工局区志强副局长)
                    name, start = name[1:], start + 1
                    if not _valid_name(name):
                        continue
                if pattern is _NAME_POST and len(name) == 3 and name[0] in _BODY_LAST and start > 0 and name[:2] not in SURNAMES_DOUBLE \
                        and "\u4e00" <= text[start - 1] <= "\u9fff" and _valid_name(name[1:]):
                    # 社会文化司柯岚司长, 长者服务处甘洁玲处长: the body's last character, not a surname (司, 处)
                    name, start = name[1:], start + 1
                if any(s < start + len(name) and start < e for s, _, e, _ in [(f[0], None, f[1], None) for f in found]):
                    continue
                post = match.group("post") if "post" in pattern.groupindex else None
                found.append((start, start + len(name), name, post))
                if pattern in (_POST_NAME, _LEADERS, _HONOURED):
                    position = start + len(name)
                    while (more := _LIST_NAME.match(text, position)) and _valid_name(more.group("name")):
                        found.append((more.start("name"), more.end("name"), more.group("name"), post))
                        position = more.end("name")
        for lead in _ATTENDANCE.finditer(text):
            position = lead.end()
            while (attendee := _ATTENDEE.match(text, position)) and _valid_name(attendee.group("name")):
                a_start, a_end = attendee.start("name"), attendee.end("name")
                if not any(s < a_end and a_start < e for s, e, _, _ in found):
                    found.append((a_start, a_end, attendee.group("name"), None))
                position = a_end
                if text[position:position + 1] not in "、，,和及":
                    break
                position += 1
            # 出席会议的还包括：…、社会保障基金陈某顾问高级技术员、…: an entry of body + name + a title that
            # opens with a listed post but goes on (顾问高级技术员): the name right after the body is a person
            list_end = text.find("。", lead.end())
            list_end = len(text) if list_end < 0 else list_end
            for agency in by_sentence.get(sentence.index, []):
                at = agency.end - sentence.start
                if not lead.end() <= at < list_end or text[agency.start - sentence.start - 1:agency.start - sentence.start] not in "、：:，,":
                    continue
                entry = _LISTED_ENTRY.match(text, at)
                if entry is None or not _valid_name(entry.group("name")):
                    continue
                e_start, e_end = entry.start("name"), entry.end("name")
                if not any(s < e_end and e_start < e for s, e, _, _ in found):
                    found.append((e_start, e_end, entry.group("name"), entry.group("post")))
        if _RESIDENT_CUE.search(text):
            for start, end, name in _residents(text):
                if not any(s < end and start < e for s, e, _, _ in found):
                    found.append((start, end, name, None))
        previous: dict | None = None
        for start, end, name, post in sorted(found):
            props: dict = {"post": _post_chain(text, start, post)} if post else {}
            org = _org_for(sentence, start, post or "", by_sentence.get(sentence.index, []), ctx) if post else None
            if not org and post and previous and previous.get("org") and _same_office(previous.get("post", ""), post) \
                    and not _body_written_before(text, start, post):
                org = previous["org"]  # 局长张建国…，副局长李红梅: the deputy of the same body
            if not org and post and previous and previous.get("org") and previous.get("_end") is not None \
                    and _LISTED_GRADE.fullmatch(text, previous["_end"], start - len(post)) and serves_with(previous["org"], post):
                org = previous["org"]  # 社会事务处调研员陈某、副处长郭某: a colleague listed right after
            listed = previous is not None and previous.get("_end") is not None and text[previous["_end"]:start] in ("、", "和")
            if post and listed and not previous.get("posts") and previous.get("org") and previous.get("post") == props["post"]:
                org = org or previous["org"]  # 市议员李中、邱素贞: the list shares the body of its title
            elif post and listed and previous.get("posts") and text[start - len(post):start] != post \
                    and not re.match(rf"代?{re.escape(post)}", text[end:end + len(post) + 1]):
                # (卫生局郑成业副局长 after 社工局区志强副局长、 writes its title after the name: its own)
                # (副市长董浩 after 市人大常委会副主任孙剑、 has a title of its own: it does not share the list's)
                posts = list(previous["posts"])  # 市议员李中、邱素贞: a list shares the titles written before it
                org = org or previous.get("org")
                props["posts"] = posts
            elif post:
                posts = _posts_by_body(sentence, start, props["post"], by_sentence.get(sentence.index, []), bureaus, info, ctx)
                if org and len(posts) == 1 and posts[0][1] != org and re.match(rf"代?{re.escape(post)}", text[end:end + len(post) + 1]):
                    # 卫生局郑成业副局长: a title after the name serves the body written before the name, not
                    # the document's most named bureau of its kind
                    posts = [(posts[0][0], org)]
                if not org and posts:
                    org = posts[-1][1]
                if posts:
                    props["posts"] = posts
                    if len(posts) > 1 or posts[0][0] != props["post"]:
                        props["post"] = written_post(posts)
                    if len({body for _, body in posts}) > 1:
                        org = main_body(posts)
            if not org and post and (bare := _unnamed_government(post, ctx, bare_governments)):
                org = bare  # 副县长盖燕风 in a page whose county is never named: the 县政府 it names
            body = None  # the body a unit head's unit belongs to, else the person's org: the next colleague's
            if post and (unit := written_unit(sentence, start, post, by_sentence.get(sentence.index, []))) is not None:
                # (a 科 head listed right after a 处 head: 社会处长张某、老人福利科长李某)
                between = text[previous["_end"]:unit[2]] if previous and previous.get("_end") is not None else None
                listed_org = previous.get("org") if between == "、" else None
                # (…带领信息中心主任郗某，核对中心副主任冯某, 县长某偕社会处长某: a unit listed right after a
                # colleague is of the colleague's body; after a clause break, 出席，急救中心主任, nothing says whose)
                colleague_body = previous.get("_body") if between is not None and _COLLEAGUE_JOIN.fullmatch(between) else None
                org = _unit_org(unit, org, props, sentence, by_sentence.get(sentence.index, []), listed_org, colleague_body)
                if org and org.endswith(unit[1]):
                    body = org[:-len(unit[1])]
            if not org and not post:
                # 市社会福利中心王新艳同志现场汇报: a name with no title, written right after a body, works there
                org = next((a.name for a in by_sentence.get(sentence.index, []) if a.end == sentence.start + start), None)
            if org:
                props["org"] = org
            previous = {**props, "_end": end, "_body": body or org}
            mentions.append(Mention("Person", name, name, sentence.index, sentence.start + start, sentence.start + end, props))
    return mentions


# People a visit names without a post: a resident's role before the name (低保户赖健, 老党员胡英明) or the
# households visited (来到刘佑民、蒋建民家中). Roles are the civil-affairs categories of the people served.
# (loaders/data/resident_roles.txt)
_ROLE = "(?:" + "|".join(sorted({row[0] for row in read_lexicon("resident_roles.txt")}, key=len, reverse=True)) + ")"
_RESIDENT_CUE = re.compile(rf"{_ROLE}|家中")
_ROLED = re.compile(rf"{_ROLE}(?P<name>{_NAME}?)(?=[、和及]|家|老同志|同志|等|[，。；])")
_HOUSEHOLD = re.compile(rf"(?:来到|走进|走访|慰问|看望|探望)(?:了)?(?P<name>{_NAME}?)(?=[、和]|家中)")
_NEXT_RESIDENT = re.compile(rf"[、和](?P<name>{_NAME}?)(?=[、和]|家|等|[，。；])")


def _residents(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the residents a visit names: after their role, or as the households visited.

    >>> [n for _, _, n in _residents("慰问老党员李清雅和贫困户赵继红等困难群众，在低保户赖健家了解情况")]
    ['李清雅', '赵继红', '赖健']
    >>> [n for _, _, n in _residents("慰问组先后来到刘佑民、蒋建民、刘进先家中")]
    ['刘佑民', '蒋建民', '刘进先']
    >>> _residents("走访慰问困难群众和老人家中")
    []
    >>> [n for _, _, n in _residents("看望了市级老劳模周振华，在抗战老兵何守义家里送上慰问金")]
    ['周振华', '何守义']
    >>> _residents("老兵志愿者服务队走进社区")
    []
    """
    out = []
    for pattern in (_ROLED, _HOUSEHOLD):
        for match in pattern.finditer(text):
            name = match.group("name")
            if not _resident_name(name, text, match.start("name")):
                continue
            out.append((match.start("name"), match.end("name"), name))
            position = match.end("name")
            while (more := _NEXT_RESIDENT.match(text, position)) and _resident_name(more.group("name"), text, more.start("name")):
                out.append((more.start("name"), more.end("name"), more.group("name")))
                position = more.end("name")
    return sorted(set(out))


def _resident_name(name: str, text: str = "", start: int = 0) -> bool:
    """A valid name that is no coordinator + word (和老人) and holds no role (老人, 群众). A two-character
    name must be a name to jieba alone or, in its words, to jieba's model of unseen words (志愿者张丽和…).

    >>> _resident_name("张丽", "志愿者张丽和王黎明。", 3)
    True
    >>> _resident_name("群众", "困难群众关切的问题", 2)
    False
    """
    if not _valid_name(name) or name[0] in "和及与同" or re.search(_ROLE + "|人|众|员|户", name[1:]):
        return False
    # 群众关切, 老人幸福: a two-character word is no name
    return len(name) > 2 or _tagged_as_name(name) or (bool(text) and segmented_as_name(text, start, name))


_POST_BEFORE = re.compile(rf"(?:{_POST})$")
# a body named by its place and level (滨州市委, 陕西省人大常委会): written in a title by its level alone
_PLACE_OF_BODY = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?=(?:省|市|区|县|自治区)(?:委|党委|人大|政府|人民政府))")


def written_post(posts: list[tuple[str, str]]) -> str:
    """A person's post as the annotation guide records it beside ``org``: with one body, the titles
    alone (厅党组书记、厅长 → 党组书记、厅长; 省政府副秘书长 → 副秘书长); with several, each title with
    its body by level (滨州市委书记、市人大常委会主任 → 市委书记、市人大常委会主任).

    >>> written_post([("滨州市委书记", "滨州市委"), ("市人大常委会主任", "滨州市人大常委会")])
    '市委书记、市人大常委会主任'
    >>> written_post([("省民政厅党组书记、厅长", "山东省民政厅")])
    '党组书记、厅长'
    >>> written_post([("省政府副秘书长", "四川省人民政府")])
    '副秘书长'
    >>> written_post([("渭源县委书记", "渭源县委")])
    '县委书记'
    >>> written_post([("鸡西市委常委、市委秘书长", "鸡西市委")])
    '市委常委、市委秘书长'
    >>> written_post([("县委副书记", "渭源县委"), ("县政府县长", "渭源县人民政府")])
    '县委副书记、县长'
    """
    if len({body for _, body in posts}) == 1:
        titles = []
        for title, body in posts:
            for piece in title.split("、"):
                post = _POST_BEFORE.search(piece)
                if post and _COMMITTEE_BODY.search(body) and _COMMITTEE_TITLE.match(_PLACE_OF_BODY.sub("", piece)):
                    titles.append(_PLACE_OF_BODY.sub("", piece))  # 渭源县委书记 → 县委书记: a committee's title keeps its level
                else:
                    titles.append(_longest_post(piece) if post else piece)
        return "、".join(titles)
    return "、".join(_GOVERNMENT_PREFIX.sub("", _PLACE_OF_BODY.sub("", title)) for title, _ in posts)


# a party committee (滨州市委, 西藏自治区党委), not one of its departments (市委政法委, 市委统战部)
_COMMITTEE_BODY = re.compile(r"(?:省|市|县|区|州|旗|自治区)(?:党)?委$")
# a committee's title written with its level: 县委书记, 市委常委, 区党委常务副书记
_COMMITTEE_TITLE = re.compile(r"^(?:省|市|县|区|州|旗|自治区)(?:党)?委(?:常务)?(?:副)?(?:书记|常委|秘书长|委员)$")
# a government's own title written with the government (县政府县长, 市人民政府副市长): the title alone
_GOVERNMENT_PREFIX = re.compile(r"^(?:省|市|县|区|州|旗|自治区)(?:人民)?政府(?=(?:副|代|常务副)?(?:省|市|县|区|州|旗)长|(?:副)?主席)")


def main_body(posts: list[tuple[str, str]]) -> str:
    """The org of a person with posts in several bodies: the government they serve in, else the first body
    (市委副书记、市长 → 市人民政府; 市委书记、市人大常委会主任 → 市委).

    >>> main_body([("市委副书记", "滨州市委"), ("市长", "滨州市人民政府")])
    '滨州市人民政府'
    >>> main_body([("市委书记", "滨州市委"), ("市人大常委会主任", "滨州市人大常委会")])
    '滨州市委'
    >>> main_body([("区党委常委", "西藏自治区党委"), ("纪委书记", "西藏自治区纪委")])
    '西藏自治区纪委'
    >>> main_body([("区党委副书记", "西藏自治区党委"), ("区人大常委会主任", "西藏自治区人大常委会")])
    '西藏自治区人大常委会'
    >>> main_body([("市政协副主席", "衡阳市政协"), ("市民政局副局长", "衡阳市民政局")])
    '衡阳市政协'
    """
    # a membership (区党委常委, 厅党组成员) is not the body a person works in when they head another
    working = [(title, body) for title, body in posts if not re.search(r"(?:常委|党组成员|委员|成员)$", title)] or posts
    governments = [body for _, body in working if body.endswith(("人民政府", "政府"))]
    if governments:
        return governments[0]
    # nor is a body they serve as a deputy in when they head another: 区党委副书记、区人大常委会主任 works in
    # the congress (the owner's dev 064), 市政协副主席、市民政局局长 in the bureau
    heads = [body for title, body in working if not re.match(r"(?:常务)?副", _longest_post(title.split("、")[-1]))]
    return heads[0] if heads else working[0][1]


def _longest_post(piece: str) -> str:
    """The longest run of post words ending the piece: 厅党组书记 → 党组书记, 市人民政府副市长 → 副市长."""
    best = ""
    for start in range(len(piece)):
        if _FULL_POST.fullmatch(piece[start:]):
            best = piece[start:]
            break
    return best or piece


_FULL_POST = re.compile(rf"(?:{_POST})+")


def _post_chain(text: str, name_start: int, post: str) -> str:
    """All the titles written before a name, not only the last: 党组书记、局长赵永刚 → 党组书记、局长.

    >>> _post_chain("省民政厅党组书记、厅长刘炳国出席", 11, "厅长")
    '党组书记、厅长'
    >>> _post_chain("局长杜邦安出席", 2, "局长")
    '局长'
    """
    post_start = name_start - len(post)
    if text[post_start:name_start] != post:
        return post  # the post follows the name (杨宏国局长)
    chain = [post]
    while post_start > 0 and text[post_start - 1] == "、":
        earlier = _POST_BEFORE.search(text, 0, post_start - 1)
        if earlier is None:
            break
        chain.insert(0, earlier.group())
        post_start = earlier.start()
    return "、".join(chain)


# a clause made only of titles: 省委常委、副省长 (each piece a body's title, no verb, no name)
_TITLES_CLAUSE = re.compile(rf"^(?:[\u4e00-\u9fff]{{0,8}}?{_POST}、)*[\u4e00-\u9fff]{{0,8}}?{_POST}$")
_NOT_A_TITLE = re.compile(r"出席|主持|讲话|参加|陪同|会见|看望|慰问|调研|了|和|及|与|同志")


def _titles_before_comma(text: str, start: int) -> int:
    """Where a person's titles start when a comma splits them into two groups, one per body level:
    省委常委、副省长，雄安新区党工委书记、管委会主任陈刚 (the clause before the comma is only titles, it
    opens the sentence or follows a full stop or semicolon). Else ``start`` itself.

    >>> t = "省委常委、副省长，雄安新区党工委书记、管委会主任陈刚出席。"
    >>> _titles_before_comma(t, 9)
    0
    >>> t = "副市长李明，局长王刚出席。"  # a name ends the clause before: another person's titles
    >>> _titles_before_comma(t, 6)
    6
    """
    if start < 2 or text[start - 1] != "，":
        return start
    clause_start = max((i + 1 for i, ch in enumerate(text[:start - 1]) if ch in "，。；：\n"), default=0)
    if clause_start and text[clause_start - 1] == "，":
        return start  # a comma before too: a list of people, not one person's title groups
    clause = text[clause_start:start - 1]
    if len(clause) > 24 or _NOT_A_TITLE.search(clause) or not _TITLES_CLAUSE.match(clause):
        return start
    return clause_start


_BODY_OF_POST = {"厅": "厅", "局": "局", "部": "部"}
# An abbreviated body opening a title: 厅党组成员 / 局党组书记 / 部党组成员 (the document's own bureau)
# or a bureau's own rank written with its one-character body: 局巡视员, 厅一级巡视员, 局副局长
_ABBREVIATED_BODY = re.compile(
    r"^(?:驻)?([厅局部])(?=党组|党委|机关|纪检|办公室|(?:一级|二级)?(?:副)?(?:巡视员|调研员)|副?[厅局部]长|总工程师|总经济师|总会计师)"
)


_STREET_BODY = re.compile(r"^(?:街道|镇|乡)?(办事处|党工委)(?=(?:副)?(?:书记|主任|委员))")


def _posts_by_body(
    sentence: Sentence,
    name_start: int,
    chain: str,
    local_agencies: list[Mention],
    bureaus: dict[str, list[str]],
    info: DocumentInfo,
    ctx: DocContext,
) -> list[tuple[str, str]]:
    """(title, body) for each body a person's titles name: 市委副书记、市长李春田 →
    [('市委副书记', '滨州市委'), ('市长', '滨州市人民政府')]. A title with no body of its own
    serves the body written before it in the chain (党组书记、厅长); a chain with no body at all
    serves the body the post implies (副市长 → 市人民政府) or, for a bureau post (局长, 副厅长,
    部长), the document's bureau of that kind (王国平局长 in a 南通市民政局 report).

    >>> from loaders.types import Mention, Sentence, DocumentInfo
    >>> text = "市委副书记、市长李春田出席。"
    >>> committee = Mention("Agency", "滨州市委", "市委", 0, 0, 2, {})
    >>> info = DocumentInfo("x", place="滨州市", province="山东省")
    >>> _posts_by_body(Sentence(0, text, 0, len(text)), 8, "市长", [committee], document_bureaus([committee]), info, DocContext.from_info(info))
    [('市委副书记', '滨州市委'), ('市长', '滨州市人民政府')]
    >>> _posts_by_body(Sentence(0, "会议由王国平局长主持。", 0, 11), 3, "局长", [], {}, DocumentInfo("x"), DocContext.from_info(DocumentInfo("x")))
    []
    >>> text = "区党委副书记、自治区主席严金海讲话。"
    >>> committee = Mention("Agency", "西藏自治区党委", "区党委", 0, 0, 3, {})
    >>> info = DocumentInfo("x", province="西藏自治区", place="西藏自治区")
    >>> _posts_by_body(Sentence(0, text, 0, len(text)), 12, "主席", [committee], document_bureaus([committee]), info, DocContext.from_info(info))
    [('区党委副书记', '西藏自治区党委'), ('自治区主席', '西藏自治区人民政府')]
    >>> text = "厅党组书记、厅长叶露中会见了亳州市民政局新任局长孙文亭。"
    >>> bodies = [Mention("Agency", "安徽省民政厅", "厅", 0, 0, 1, {}), Mention("Agency", "亳州市民政局", "亳州市民政局", 0, 14, 20, {})]
    >>> _posts_by_body(Sentence(0, text, 0, len(text)), 24, "局长", bodies, document_bureaus(bodies), DocumentInfo("x"), DocContext.from_info(DocumentInfo("x")))
    [('亳州市民政局新任局长', '亳州市民政局')]
    >>> text = "区委常委、组织部部长蔡旭、区政府副区长陆东明出席。"
    >>> bodies = [Mention("Agency", "天宁区委", "区委", 0, 0, 2, {}), Mention("Agency", "天宁区人民政府", "区政府", 0, 13, 16, {})]
    >>> info = DocumentInfo("x", place="天宁区", province="江苏省")
    >>> _posts_by_body(Sentence(0, text, 0, len(text)), 19, "副区长", bodies, document_bureaus(bodies), info, DocContext.from_info(info))
    [('区政府副区长', '天宁区人民政府')]
    """
    text = sentence.text
    post_end = name_start if text[name_start - len(chain.split("、")[-1]):name_start] == chain.split("、")[-1] else None
    segments: list[tuple[str, str | None]] = []
    if post_end is not None:
        span_start = max(0, post_end - 40)
        # a verb ends the titles' reach: 厅长叶露中会见了亳州市民政局新任局长孙文亭 (no title holds 了 or 会见)
        boundary = max((m.end() for m in re.finditer(r"[，。；：\s（）()]|同志|出席|主持|讲话|和|及|以及|与|同|陪同|会见|接见|看望|慰问|了", text[span_start:post_end])), default=0)
        span_start += boundary
        span_start = _titles_before_comma(text, span_start)
        position = span_start
        # (、 and the one comma _titles_before_comma may bridge both part titles: one character each)
        for piece in re.split(r"[、，]", text[span_start:post_end]):
            piece_start, position = position, position + len(piece) + 1
            title = _POST_BEFORE.search(piece)
            if title is None:
                # 区委常委、组织部部长蔡旭、区政府副区长陆东明: a piece that is not a title (it ends with the
                # previous person's name) ends the chain; the titles before it are that person's
                segments.clear()
                continue
            # a body written in the piece before its last title word (纪检监察组 in 驻厅纪检监察组组长, whose
            # post word 纪检监察组组长 itself holds the body's name)
            piece_end = sentence.start + piece_start + len(piece)
            inside = [a for a in local_agencies if sentence.start + piece_start <= a.start and a.end < piece_end]
            body = max(inside, key=lambda a: a.end).name if inside else None
            # the title as written from its body on (传达省委书记 → 省委书记), else the post alone
            written = (
                piece[min(a.start for a in inside) - sentence.start - piece_start:] if inside
                else re.sub(r"^(?:传达|学习|会见|陪同|听取|看望|慰问|邀请|由|经|请|在)+", "", piece)
            )
            if body is None and (abbreviated := _ABBREVIATED_BODY.match(piece)):
                body = _document_bureau(abbreviated.group(1), bureaus, info)
                written = piece
            if body is None and (street := _STREET_BODY.match(piece)):
                # 街道党工委副书记、办事处主任庄璐: the street's bodies the document names in full elsewhere
                body = _document_bureau(street.group(1), bureaus, info)
                written = piece
            segments.append((written, body))
    else:
        segments = [(chain, None)]
    out: list[tuple[str, str]] = []
    previous_body: str | None = None
    for title, body in segments:
        post = _POST_BEFORE.search(title).group() if _POST_BEFORE.search(title) else title
        if body is None and re.fullmatch(r"(?:副|代)?(省|市|县|区|州)长", post):
            body = _government_of(previous_body, post, ctx)
        if body is None and previous_body is None and len(segments) > 1 and re.fullmatch(r"(?:副|代)?(省|市|县|区)长", post):
            # 副市长、潘集区委书记蔡宜骅: a government title opening a chain, with no body written, is of the
            # document's place, as it would be alone
            body = _implied_government(post, ctx)
        if body is None and re.fullmatch(r"自治区(?:副|代)?主席", title):
            # 区党委副书记、自治区主席洛桑江村: the chairman of a region heads its government
            body = _government_of(previous_body, post, ctx) or (
                ctx.province + "人民政府" if (ctx.province or "").endswith("自治区") else None)
        if body is None:
            body = previous_body
        if body is None:
            continue
        previous_body = body
        if out and out[-1][1] == body:
            out[-1] = (out[-1][0] + "、" + title, body)
        else:
            out.append((title, body))
    last_title = chain.split("、")[-1]
    if not out and post_end is not None and (bare := _bare_bureau(text, post_end - len(last_title), ctx)):
        out.append((chain, bare))  # 民政局局长彭君 in a 衡山县 report: the document's own 衡山县民政局
    # (财经事务及库务局局长许正宇, a body the extractor does not know: not the document's most named bureau)
    if not out and not (post_end is not None and _body_written_before(text, name_start, last_title)):
        bureau = re.search(r"([厅局部])长$", chain)
        if bureau:
            body = _document_bureau(bureau.group(1), bureaus, info)
            if body:
                out.append((chain, body))
    return out


@lru_cache(maxsize=1)
def _bare_bureaus() -> tuple[re.Pattern[str], dict[str, str]]:
    """A bureau, department or government office type ending the text (民政局, 民政厅, 政府办), and each
    written type's canonical form: agencies.BODY_TYPES, loaders/data/body_types.txt and the
    abbreviations of loaders/data/agency_abbreviations.tsv (政府办 → 人民政府办公室)."""
    from loaders.agencies import BODY_TYPES
    from loaders.lexicons import agency_abbreviations, body_types

    offices = ("局", "厅", "办公室", "办公厅")
    canonical = {kind: kind for kind in BODY_TYPES + body_types() if kind.endswith(("局", "厅"))}
    canonical.update({written: full for written, full in agency_abbreviations().items()
                      if full.endswith(offices) and written[0] not in "省市县区州旗委"})
    canonical.update({kind: "人" + kind for kind in ("政府办公室", "政府办公厅")})
    return re.compile("(?:" + "|".join(sorted(canonical, key=len, reverse=True)) + ")$"), canonical


def _bare_bureau(text: str, post_start: int, ctx: DocContext) -> str | None:
    """The document's own bureau when a title follows its type alone, with no place or level
    (会上民政局局长彭君 in a 衡山县 report → 衡山县民政局; 民政厅 → the province's).

    >>> ctx = DocContext(province="湖南省", city="衡阳市", county="衡山县")
    >>> _bare_bureau("会上民政局局长彭君作报告", 5, ctx)
    '衡山县民政局'
    >>> _bare_bureau("会上市民政局局长彭君作报告", 6, ctx) is None
    True
    >>> _bare_bureau("民政厅副厅长李四", 3, ctx)
    '湖南省民政厅'
    >>> _bare_bureau("会议由政府办副主任杨春泉主持", 6, ctx)
    '衡山县人民政府办公室'
    """
    pattern, canonical = _bare_bureaus()
    found = pattern.search(text, 0, post_start)
    if found is None or (found.start() > 0 and text[found.start() - 1] in "省市县区州旗镇乡盟人"):
        return None
    if (ctx.province or "").startswith(("台湾", "香港", "澳门")):
        return None
    body = canonical[found.group()]
    place = ctx.province if body.endswith("厅") else (ctx.county or ctx.city)
    return place + body if place else None


def _government_of(previous_body: str | None, post: str, ctx: DocContext) -> str | None:
    """The government a 市长/省长 serves: of the place of the committee written before (滨州市委 → 滨州市人民政府)."""
    if previous_body:
        place = re.sub(r"^(?:中共)", "", previous_body)
        place = re.sub(r"(?:党委|委)$", "", place)
        if place != previous_body.lstrip("中共") and place:
            return government_name(place)
    return None


def document_bureaus(agencies: list[Mention]) -> dict[str, list[str]]:
    """The document's body names ending in 厅, 局 and 部, in text order (computed once per document)."""
    out: dict[str, list[str]] = {}
    # (and a street's or town's 办事处 and 党工委, written bare in its own news: 街道办事处副主任房宁娟)
    for kind in ("厅", "局", "部", "办事处", "党工委"):
        names = [a.name for a in agencies if a.name.endswith(kind)]
        counts = _counts(names)
        # distinct names, the most named first (ties: the first named)
        out[kind] = sorted(counts, key=lambda n: -counts[n])
    return out


def _counts(names: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return counts


def _document_bureau(kind: str, bureaus: dict[str, list[str]], info: DocumentInfo) -> str | None:
    """The document's bureau of a kind (厅, 局, 部): the issuing body's if it is one, else the one the text names most."""
    candidates = bureaus.get(kind, [])
    issuing = info.issuing_body or ""
    if not candidates and issuing:
        # the text never names its own bureau: the issuing body of the metadata, resolved in context
        from loaders.agencies import find_agency_spans

        named = [span[2] for span in find_agency_spans(issuing, DocContext.from_info(info), info) if span[2].endswith(kind)]
        return named[0] if named else None
    if not candidates:
        return None
    for name in candidates:
        if name in issuing or (len(issuing) >= 3 and issuing in name):
            return name
    return candidates[0]


def _body_written_before(text: str, name_start: int, post: str) -> bool:
    """Whether a word the extractor did not know as a body is written right before the post
    (民政及青年事务局局长麦美娟: not the office of the 局长 named before).

    >>> _body_written_before("局长张建国、副局长李红梅", 10, "副局长")
    False
    >>> _body_written_before("发展局局长宁汉豪……民政及青年事务局局长麦美娟", 20, "局长")
    True
    >>> _body_written_before("会议由局长张三主持", 5, "局长")
    False
    """
    post_start = name_start - len(post)
    if text[post_start:name_start] != post or post_start == 0:
        return False
    # a character of a name (局, 署, 户政 …), not a separator nor a word such as 由 or 有 (会议由局长张三主持)
    before = text[post_start - 1]
    return "\u4e00" <= before <= "\u9fff" and before not in "由有的了为请和及与同在是等对向从经将把被让给任兼即即新原前现代暨"


def _same_office(first: str, second: str) -> bool:
    """局长 and 副局长 (or 厅长 and 副厅长) are posts of one body."""
    stem = lambda post: post.replace("副", "").replace("党组", "").replace("一级", "").replace("二级", "")
    return bool(first) and stem(first)[-2:] == stem(second)[-2:] and stem(second)[-2:] in ("局长", "厅长", "部长", "主任", "处长", "镇长", "乡长", "署长")


# a rank's grade (二级调研员): person_posts.txt holds the bare rank, so the grade stays written before the title
_GRADE = r"[一二三四]级"
_GRADE_RE = re.compile(_GRADE)
# a colleague's name, then 、 and perhaps a grade before a title with no body (何某、一级主任科员孙某)
_LISTED_GRADE = re.compile(rf"、(?:{_GRADE})?")
# A unit's or a rank's title, written once for the rules that read it (serves_with, _led_by_body, written_unit):
# a grade, a standing deputy's 常务, a deputy's 副, then the title; each rule says which titles and parts it takes
_UNIT_TITLE = re.compile(
    rf"(?P<grade>{_GRADE})?(?P<standing>常务)?(?P<deputy>副)?(?P<title>处长|科长|部长|主任科员|主任|科员|调研员|巡视员)")


def unit_title(post: str, *titles: str, grade: bool = False, standing: bool = False,
               deputy: bool = True) -> re.Match | None:
    """The parts of ``post`` (``_UNIT_TITLE``) when its title is one of ``titles``, written with a grade or
    常务 only where ``grade`` or ``standing`` allows it, and with 副 unless ``deputy`` is False.

    >>> unit_title("二级调研员", "调研员", grade=True)["grade"], unit_title("二级调研员", "调研员") is None
    ('二级', True)
    >>> unit_title("常务副处长", "处长", standing=True)["title"], unit_title("副调研员", "调研员", deputy=False) is None
    ('处长', True)
    """
    found = _UNIT_TITLE.fullmatch(post)
    if found is None or found["title"] not in titles or (found["grade"] and not grade) \
            or (found["standing"] and not standing) or (found["deputy"] and not deputy):
        return None
    return found


def serves_with(colleague_org: str, post: str) -> bool:
    """Whether a title written with no body, listed right after a colleague's (、), is held in the colleague's
    body: a rank (副厅长陈某、副巡视员张某: the department's) or the head or deputy of the unit the
    colleague's body is (社会事务处二级调研员陈某、副处长郭某: the division's). A government's list is
    not one body's (副市长王某、副巡视员李某: the rank is written with its own body elsewhere).

    >>> serves_with("福建省民政厅", "副巡视员"), serves_with("河南省民政厅社会事务处", "副处长")
    (True, True)
    >>> serves_with("河南省民政厅", "副处长"), serves_with("福州市人民政府", "副巡视员")
    (False, False)
    """
    if colleague_org.endswith("政府"):
        return False
    # a rank with no body of its own (副巡视员, 二级调研员, 主任科员) and a unit's head or deputy (副处长, 科长)
    if unit_title(post, "巡视员", "调研员", grade=True) or unit_title(post, "主任科员"):
        return True
    head = unit_title(post, "处长", "科长", standing=True)
    return head is not None and colleague_org.endswith(head["title"][0])


_CLOSING_BRACKET = re.compile(r"[)）]")


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _name_post_bracket_end(text: str, name_start: int, post: str) -> int | None:
    """Where the bracket opens after a name of two to four characters and the title ``post`` (韩某局长( → after
    the bracket), the shortest name first; None when no such name, title and bracket start at ``name_start``.

    >>> _name_post_bracket_end("韩某局长(澳门社会工作局局长)", 0, "局长")
    5
    >>> _name_post_bracket_end("韩某局长出席", 0, "局长") is None
    True
    """
    if not _HAN_RE.match(text, name_start):
        return None
    for length in range(2, 5):
        title_at = name_start + length
        if not _HAN_RE.match(text, title_at - 1):
            return None
        if text.startswith(post, title_at) and text[title_at + len(post):title_at + len(post) + 1] in ("（", "("):
            return title_at + len(post) + 1
    return None


def _bracketed_body(sentence: Sentence, name_start: int, post: str, agencies: list[Mention]) -> str | None:
    """The body a speech's salutation list writes in brackets right after a guest's name and title, the guest's
    own title closing the bracket: 韩某局长(澳门特别行政区政府社会工作局局长) serves the bureau in the brackets,
    not a body written earlier in the sentence. None when no name and title open a bracket right there, or
    when no found body in it stands right before titles that close it.

    >>> from loaders.types import Mention, Sentence
    >>> text = "劳工及福利局局长孙某、韩某局长(澳门社会工作局局长)、各位嘉宾："
    >>> bodies = [Mention("Agency", "劳工及福利局", "x", 0, 0, 6, {}), Mention("Agency", "澳门社会工作局", "x", 0, 16, 23, {})]
    >>> _bracketed_body(Sentence(0, text, 0, len(text)), 11, "局长", bodies)
    '澳门社会工作局'
    >>> _bracketed_body(Sentence(0, text, 0, len(text)), 8, "局长", bodies) is None
    True
    >>> text = "韩某局长(澳门社会工作局推荐)出席。"
    >>> _bracketed_body(Sentence(0, text, 0, len(text)), 0, "局长", [Mention("Agency", "澳门社会工作局", "x", 0, 5, 12, {})]) is None
    True
    """
    text = sentence.text
    opened_end = _name_post_bracket_end(text, name_start, post)
    if opened_end is None:
        return None
    closing = _CLOSING_BRACKET.search(text, opened_end)
    if closing is None:
        return None
    inside = [a for a in agencies if sentence.start + opened_end <= a.start and a.end <= sentence.start + closing.start()]
    if not inside:
        return None
    body = max(inside, key=lambda a: a.end)
    if not _FULL_POST.fullmatch(text[body.end - sentence.start:closing.start()]):
        return None  # (澳门社会工作局推荐): the bracket says something else of the guest
    return body.name


def _org_for(sentence: Sentence, name_start: int, post: str, agencies: list[Mention], ctx: DocContext) -> str | None:
    """The agency written just before the post (allowing a chain of posts), else one the post implies.

    >>> from loaders.types import Mention, Sentence
    >>> text = "市人大常委会副主任孙剑、副市长董浩出席会议。"
    >>> congress = Mention("Agency", "滕州市人大常委会", "市人大常委会", 0, 0, 6, {})
    >>> ctx = DocContext(province="山东省", city="枣庄市", county="滕州市")
    >>> _org_for(Sentence(0, text, 0, len(text)), 15, "副市长", [congress], ctx)
    '滕州市人民政府'
    >>> _org_for(Sentence(0, text, 0, len(text)), 9, "副主任", [congress], ctx)
    '滕州市人大常委会'
    >>> text = "滕州市民政局深入贯彻习近平总书记重要指示。"
    >>> bureau = Mention("Agency", "滕州市民政局", "滕州市民政局", 0, 0, 6, {})
    >>> _org_for(Sentence(0, text, 0, len(text)), 10, "总书记", [bureau], ctx) is None
    True
    >>> text = "会议要求，及时向市委、市政府汇报习近平总书记重要指示精神。"
    >>> gov = Mention("Agency", "枣庄市人民政府", "市政府", 0, 11, 14, {})
    >>> _org_for(Sentence(0, text, 0, len(text)), 16, "总书记", [gov], ctx) is None
    True
    >>> text = "市人大常委会副主任、薛城区委书记周某，副市长杨某出席。"
    >>> district = Mention("Agency", "薛城区委", "薛城区委", 0, 10, 14, {})
    >>> _org_for(Sentence(0, text, 0, len(text)), 22, "副市长", [congress, district], ctx)
    '滕州市人民政府'
    >>> text = "区委常委、副区长李某出席。"
    >>> _org_for(Sentence(0, text, 0, len(text)), 8, "副区长", [Mention("Agency", "薛城区委", "区委", 0, 0, 2, {})], ctx)
    '薛城区人民政府'
    >>> text = "枣庄市副市长王五出席。"
    >>> _org_for(Sentence(0, text, 0, len(text)), 6, "副市长", [], ctx)
    '枣庄市人民政府'
    """
    if (bracketed := _bracketed_body(sentence, name_start, post, agencies)) is not None:
        return bracketed
    abs_name = sentence.start + name_start
    government_post = re.fullmatch(r"(?:副|代)?(省|市|县|区|州|镇|乡)长", post)
    before = [a for a in agencies if a.end <= abs_name and abs_name - a.end <= 14]
    if government_post and before:
        # 区委常委、副区长李明: a 区长 serves in the government of the place written before
        nearest = max(before, key=lambda a: a.end)
        place = re.sub(r"^(?:驻|中共|共青团)", "", nearest.name)
        place = re.sub(r"(?:党工委|党委|委|人民政府|政府)$", "", place)
        # (only a place of the title's own level: 区委书记周某，副市长杨某 is no 区 government's mayor, and neither is
        # a government's: 兴宾区人民政府区长周某，副市长杨某)
        if place and place != nearest.name.lstrip("中共") and place.endswith(government_post.group(1)):
            return government_name(place)
        # 市人大常委会副主任孙剑、副市长董浩: a mayor's body is the government the post implies, not the
        # congress of the person listed before
        before = []
    if before:
        nearest = max(before, key=lambda a: a.end)
        gap = sentence.text[nearest.end - sentence.start:name_start]
        # 向自治区党委、政府汇报习近平总书记重要指示: a national leader's title binds only a body written right
        # before it (中共中央总书记习近平), never a local body a verb stands between
        if post in _NATIONAL_TITLES and gap not in ("", post):
            before = []
    if before and post == "议员" and not nearest.name.endswith("议会") \
            and (council := _council(sentence.text[max(0, name_start - 5):name_start], ctx)):
        return council  # 社会处长陈某及议员徐某: a council member sits on no department listed before
    if before:
        # 滕州市民政局深入贯彻习近平总书记…: the body studies the leader's words, he holds no post in it
        if not re.search(r"[，。；：]|贯彻|学习|落实|传达|按照|根据|遵循|响应", gap) and not _someone_between(gap):
            return nearest.name
    if government_post and (place := place_before_name(sentence.text, name_start, post)):
        return government_name(place)
    post_start = name_start - len(post)
    if government_post and sentence.text[post_start:name_start] == post \
            and not (ctx.province or "").startswith(("台湾", "香港", "澳门")) \
            and (place := place_before_name(sentence.text, post_start, post)):
        # 宁德市副市长黄建龙 in a 福鼎 report: the title's place names the government, not the document's
        return government_name(place)
    if (led := _led_by_body(sentence, name_start, post, agencies)) is not None:
        return led
    if re.fullmatch(r"(?:自治区)?副?主席", post) and (ctx.province or "").endswith("自治区") and "自治区" in sentence.text[max(0, name_start - len(post) - 3):name_start]:
        return government_name(ctx.province)  # 自治区副主席: the region's government
    if post == "议员" and (council := _council(sentence.text[max(0, name_start - 5):name_start], ctx)):
        return council
    if (secretariat := government_secretariat(sentence, name_start, post, agencies, ctx)) is not None:
        return secretariat
    return _implied_government(post, ctx)


# a secretary-general's title (副秘书长, 常务副秘书长) and a government leader's (副市长, 县长)
_SECRETARY_GENERAL = re.compile(r"(?:常务)?(?:副)?秘书长")
# (not 社区长者 or 市长期: a word that only holds the characters)
_GOVERNMENT_LEADER = re.compile(r"(?<!社)(?:常务)?(?:副|代)?(?:省|市|县|区|州)长(?![者期])")


def government_secretariat(sentence: Sentence, name_start: int, post: str, agencies: list[Mention], ctx: DocContext) -> str | None:
    """The government a 秘书长 or 副秘书长 written with no body serves (the body elided): the government of the
    place written right before the title (湖北省黄石市副秘书长吴大洪), else, when the sentence also names a
    government leader (郑敏强副市长、王建敏副秘书长一行; 副市长…出席会议并讲话，王丽英副秘书长主持会议), the
    government that leader's title names. A body written earlier in the title's own clause is its body
    (区政协领导唐克志、杨贤才及秘书长黄崇旺: the committee's). A secretary-general beside no government leader
    may be a committee's, a congress's or an association's: no body.

    ``name_start`` is where the name starts in the sentence, ``post`` the title found for it.

    >>> from loaders.types import Sentence
    >>> ctx = DocContext(province="浙江省", city="台州市")
    >>> def secretariat(text, name, post, agencies=()):
    ...     return government_secretariat(Sentence(0, text, 0, len(text)), text.index(name), post, list(agencies), ctx)
    >>> secretariat("郑敏强副市长、王建敏副秘书长一行到我局调研。", "王建敏", "副秘书长")
    '台州市人民政府'
    >>> secretariat("湖北省黄石市副秘书长吴大洪带队的考察组一行来我市。", "吴大洪", "副秘书长")
    '黄石市人民政府'
    >>> secretariat("副区长王静出席，区政协领导唐克志及秘书长黄崇旺参加。", "黄崇旺", "秘书长",
    ...             [Mention("Agency", "政协宜秀区委员会", "区政协", 0, 8, 11, {})])
    '政协宜秀区委员会'
    >>> secretariat("区政协领导唐克志及秘书长黄崇旺参加会议。", "黄崇旺", "秘书长") is None
    True
    >>> secretariat("副市长王静出席，基金会陈某顾问、仁慈堂卢某秘书长参加。", "卢某", "秘书长",
    ...             [Mention("Agency", "某基金会", "基金会", 0, 8, 11, {})]) is None
    True
    >>> secretariat("郑敏强副市长、王建敏副主任一行到我局调研。", "王建敏", "副主任") is None
    True
    >>> secretariat("走访社区长者食堂，王建敏副秘书长参加。", "王建敏", "副秘书长") is None
    True
    """
    if not _SECRETARY_GENERAL.fullmatch(post):
        return None
    text = sentence.text
    title_start = name_start - len(post) if text[max(0, name_start - len(post)):name_start] == post else name_start
    # the place right before the title (黄石市副秘书长): read as a mayor's title would be (黄石市副市长)
    if title_start < name_start and (place := place_before_name(text, title_start, "市长")):
        return government_name(place)
    clause_start = max((m.end() for m in re.finditer(r"[，。；：]", text[:title_start])), default=0)
    in_clause = [a for a in agencies if sentence.start + clause_start <= a.start and a.end <= sentence.start + title_start]
    if in_clause:
        # (…社会保障基金陈某顾问、…、澳门仁慈堂卢某秘书长: a body with other titles between is another entry's)
        nearest = max(in_clause, key=lambda a: a.end)
        return None if _ANY_POST.search(text, nearest.end - sentence.start, title_start) else nearest.name
    for leader in _GOVERNMENT_LEADER.finditer(text):
        if leader.start() <= title_start < leader.end():
            continue
        place = place_before_name(text, leader.start(), leader.group().lstrip("常务"))
        return government_name(place) if place else _implied_government(leader.group().lstrip("常务"), ctx)
    return None


# the titles of the country's leaders: no local body is theirs
_NATIONAL_TITLES = frozenset({"总书记", "国家主席", "总理", "国务院总理", "副总理", "国务院副总理", "委员长"})


_BARE_GOVERNMENTS = {"县政府", "县人民政府", "区政府", "区人民政府"}


def _unnamed_government(post: str, ctx: DocContext, bare_governments: set[str]) -> str | None:
    """The government of a 县长 or 区长 in a page that never names its county or district (anonymised,
    or the place left out): the bare 县政府 or 区政府 the page itself names, when there is exactly one.

    >>> _unnamed_government("副县长", DocContext(), {"县政府"})
    '县政府'
    >>> _unnamed_government("副县长", DocContext(province="陕西省", county="米脂县"), {"县政府"}) is None
    True
    >>> _unnamed_government("局长", DocContext(), {"县政府"}) is None
    True
    """
    level = re.fullmatch(r"(?:副|代|常务副)?([县区])长", post)
    if level is None or ctx.county:
        return None
    named = [name for name in bare_governments if name.startswith(level.group(1))]
    return named[0] if len(named) == 1 else None


# How far before a listed unit head its leader's 带领, and before the 带领 the leader's body, is looked for.
LEAD_REACH = 200
# the unit heads and ranks of one body that its official leads on a visit (…带领救灾处长魏某、法规处长范某)
_LED_TITLES = ("处长", "科长", "主任科员", "科员", "调研员", "主任")


def _led_by_body(sentence: Sentence, name_start: int, post: str, agencies: list[Mention]) -> str | None:
    """The body of the official who leads a list of unit heads and ranks: 省民政厅副巡视员汪某带领救灾处长魏某、
    法规处长范某 → each listed head is of 湖北省民政厅 (the list runs on past the 14 characters a title reaches back);
    ``_unit_org`` then names the unit of that body the title is written after (湖北省民政厅救灾处).

    >>> from loaders.types import Mention, Sentence
    >>> text = "省民政厅副巡视员汪某带领救灾处长魏国祥、法规处长范长林深入我市。"
    >>> bureau = Mention("Agency", "湖北省民政厅", "省民政厅", 0, 0, 4, {})
    >>> _led_by_body(Sentence(0, text, 0, len(text)), 25, "处长", [bureau])
    '湖北省民政厅'
    >>> text = "省民政厅副巡视员汪某带领大家走访，办公室主任范长林介绍情况。"
    >>> _led_by_body(Sentence(0, text, 0, len(text)), 24, "主任", [bureau]) is None
    True
    """
    if not unit_title(post, *_LED_TITLES):
        return None
    # the 带领 is looked for in the LEAD_REACH characters before the title only: a sentence of many listed
    # heads is then read in time linear in its length
    offset = max(0, name_start - len(post) - LEAD_REACH)
    before = sentence.text[offset:name_start - len(post)]
    lead = None
    for lead in re.finditer(r"带领|率领|(?<![效频])率", before):
        pass
    if lead is None or re.search(r"[，。；：]", before[lead.end():]):
        return None  # no 带领 in the clause that lists this person
    lead_at = offset + lead.start()
    leaders = [a for a in agencies if a.end <= sentence.start + lead_at
               and sentence.start + lead_at - a.end <= LEAD_REACH
               and not re.search(r"[，。；：]", sentence.text[a.end - sentence.start:lead_at])]
    return max(leaders, key=lambda a: a.end).name if leaders else None


# A unit head's title written after a unit the agency rules do not name (救灾处长, 信息中心主任, 妇联权益部部长):
# the head serves the unit of the body, not the body itself, as the owner's gold names it (dev 056's
# 湖北省民政厅信息中心, dev 030's 民政部政策研究中心). Only a unit head's or rank's title counts: 书记 or 委员
# after a unit (党支部书记) is the party's, not the unit's.
def _unit_head(post: str) -> bool:
    """A unit head's or rank's title: 处长, 常务副主任, 部长, 一级主任科员, 二级调研员 (not 副调研员, nor 书记)."""
    return bool(unit_title(post, "处长", "科长", "部长", "主任", standing=True) or unit_title(post, "主任科员", grade=True)
                or unit_title(post, "调研员", grade=True, deputy=False))


# a unit's own name: characters no clause holds, not opening as a place's or a scope's name (县福利中心 is
# the county's own institution, 各处 and 有关科 are generic), then the unit's kind
_UNIT_OPEN = r"(?!各|有关|相关|部分|其他|其余|所属|下属|直属|[省市县区州乡镇和及与或并])"
# (nor a word of time or tenure: 民政部时任部长 is the ministry's minister, 时任部 no unit)
_UNIT_CHAR = r"(?![的对在为是将要了把向从负开展会任时])[\u4e00-\u9fff]"
# (a 办事处 is a street's, a town's or a government's liaison office, no bureau's internal unit: 城关办事处主任)
_DETACHED_UNIT = re.compile(rf"{_UNIT_OPEN}(?:{_UNIT_CHAR}{{2,6}}(?:(?<!办事)处|科)|{_UNIT_CHAR}{{2,4}}中心)")
# a 部 (妇联权益部) is a unit only written right after its body: alone, 东部, 全部 or 干部 are words
_ATTACHED_UNIT = re.compile(rf"{_DETACHED_UNIT.pattern}|{_UNIT_OPEN}{_UNIT_CHAR}{{2,4}}部")
# what joins a unit head to the colleague named right before: a list's separator or a lead's or coordinator's word
_COLLEAGUE_JOIN = re.compile(r"[、，,]|带领|率领|率|偕同|偕|陪同|以及|及|和|与|同")
# what a detached unit opens after: a separator, or a lead's or coordinator's word (…带领救灾处长魏某)
_UNIT_OPENER = re.compile(rf"(?:[：:；;\s（(]|{_COLLEAGUE_JOIN.pattern})$")


def written_unit(sentence: Sentence, name_start: int, post: str, agencies: list[Mention]) -> tuple[Mention | None, str, int] | None:
    """The internal unit written right before a unit head's title, with the body it is written after when
    there is one, and where the unit starts: 救灾处长魏某 → (None, '救灾处', 8), the title's first character
    closing the unit's name; 新郑市妇联权益部部长马某 → (the 妇联, '权益部', 5). None when no such unit is written there, when the
    agency rules found it already (省民政厅社会事务处副处长), or when it names an institution of its own
    (社会福利中心: loaders/data/institution_bodies.txt).

    >>> from loaders.types import Mention, Sentence
    >>> text = "副巡视员汪某带领救灾处长魏某、基政处主任科员王某出席。"
    >>> written_unit(Sentence(0, text, 0, len(text)), 12, "处长", [])
    (None, '救灾处', 8)
    >>> written_unit(Sentence(0, text, 0, len(text)), 22, "主任科员", [])
    (None, '基政处', 15)
    >>> text = "带领救助处二级调研员程某出席。"  # the grade stands between the unit and the bare rank
    >>> written_unit(Sentence(0, text, 0, len(text)), 10, "调研员", [])
    (None, '救助处', 2)
    >>> text = "新郑市妇联权益部部长马某出席。"
    >>> body = Mention("Agency", "新郑市妇联", "新郑市妇联", 0, 0, 5, {})
    >>> unit = written_unit(Sentence(0, text, 0, len(text)), 10, "部长", [body])
    >>> unit[0].name, unit[1]
    ('新郑市妇联', '权益部')
    >>> text = "市民政局副局长王某、社会福利中心主任李某、全部干部部长张某出席。"
    >>> written_unit(Sentence(0, text, 0, len(text)), 18, "主任", []) is None
    True
    >>> written_unit(Sentence(0, text, 0, len(text)), 27, "部长", []) is None
    True
    >>> text = "县民政局局长王某、城关办事处主任李某出席。"
    >>> written_unit(Sentence(0, text, 0, len(text)), 16, "主任", []) is None
    True
    >>> text = "民政部时任部长唐某调研。"
    >>> written_unit(Sentence(0, text, 0, len(text)), 7, "部长", [Mention("Agency", "民政部", "民政部", 0, 0, 3, {})]) is None
    True
    >>> text = "省民政厅社会事务处副处长郭某出席。"
    >>> office = Mention("Agency", "河南省民政厅社会事务处", "省民政厅社会事务处", 0, 0, 9, {})
    >>> written_unit(Sentence(0, text, 0, len(text)), 12, "副处长", [office]) is None
    True
    """
    text = sentence.text
    post_start = name_start - len(post)
    if post_start <= 0 or text[post_start:name_start] != post or not _unit_head(post):
        return None  # (a title after the name, 韩某局长, follows a body the rules read already)
    # 社会救助处二级调研员: the lexicon holds the bare rank, so its grade is still written before the title
    # (a fixed two-character window: a search back from the title would read the whole sentence per person)
    if post_start >= 2 and _GRADE_RE.fullmatch(text, post_start - 2, post_start):
        post_start -= 2
    if any(a.start < sentence.start + name_start and a.end > sentence.start + post_start for a in agencies):
        return None  # a found body holds the title's first characters
    before = [a for a in agencies if a.end <= sentence.start + post_start]
    floor = max((a.end - sentence.start for a in before), default=0)
    # 救灾处长: the 处 of 处长 closes the unit's name too
    contracted = post[0] if post[0] in "处科部" else "-"
    for unit_start in range(post_start - 2, max(floor, post_start - 8) - 1, -1):
        attached = unit_start == floor and floor > 0
        pattern = _ATTACHED_UNIT if attached else _DETACHED_UNIT
        # the unit as written before the title (信息中心 + 主任), else closed by the title (救灾 + 处长)
        unit = next((u for u in (text[unit_start:post_start], text[unit_start:post_start] + contracted)
                     if pattern.fullmatch(u)), None)
        if unit is None:
            continue
        if not attached and unit_start > 0 and not _UNIT_OPENER.search(text, max(0, unit_start - 2), unit_start):
            # (the opener is one or two characters: a window of two keeps a long list linear)
            continue
        if unit.endswith(institution_bodies()):
            return None
        parent = max(before, key=lambda a: a.end) if attached else None
        return parent, unit, unit_start
    return None


def _unit_org(unit: tuple[Mention | None, str, int], org: str | None, props: dict, sentence: Sentence,
              agencies: list[Mention], listed_org: str | None = None, colleague_body: str | None = None) -> str | None:
    """The org of a unit head (``written_unit``): the unit named with its body, the body the unit is written
    after, else a 处 whose head is listed right before a 科's (社会处长张某、老人福利科长李某: the 科 is of
    that 处, ``listed_org``), else the body the rules gave the title (the leader's body of 带领救灾处长), else
    the written body of the colleague the unit is listed right after (市民政局副局长王某带领信息中心主任郗某，核对中心
    副主任冯某: ``colleague_body``, the 市民政局 of 郗某's 信息中心); the title's HOLDS_POST moves from the body
    to the unit. ``org`` itself when no body fits: a body written before a clause break is not the unit's.

    >>> from loaders.types import Mention, Sentence
    >>> text = "市民政局副局长王某带领信息中心主任郗某，核对中心副主任冯某出席。"
    >>> bureau = Mention("Agency", "渭南市民政局", "市民政局", 0, 0, 4, {})
    >>> props = {"post": "副主任"}
    >>> _unit_org((None, "核对中心", 20), None, props, Sentence(0, text, 0, len(text)), [bureau], None, "渭南市民政局"), props
    ('渭南市民政局核对中心', {'post': '副主任'})
    >>> text = "市民政局召开座谈会，护理中心主任冯某发言。"  # no colleague: the bureau before the comma is not named
    >>> _unit_org((None, "护理中心", 10), None, {}, Sentence(0, text, 0, len(text)), [bureau]) is None
    True
    >>> props = {"post": "主任", "posts": [("主任", "渭南市民政局")]}
    >>> _unit_org((None, "信息中心", 11), "渭南市民政局", props, Sentence(0, text, 0, len(text)), [bureau]), props["posts"]
    ('渭南市民政局信息中心', [('主任', '渭南市民政局信息中心')])
    >>> _unit_org((None, "社会科", 11), "渭南市民政局社会科", {}, Sentence(0, text, 0, len(text)), [bureau])
    '渭南市民政局社会科'
    >>> text = "县长钟某偕社会处长张某、老人福利科长李某出席。"
    >>> _unit_org((None, "老人福利科", 12), "苗栗县政府", {}, Sentence(0, text, 0, len(text)), [], "苗栗县政府社会处")
    '苗栗县政府社会处老人福利科'
    """
    body, name, unit_start = unit
    if body is not None:
        parent = body.name
    elif listed_org and name.endswith("科") and listed_org.endswith("处"):
        parent = listed_org
    elif org:
        parent = org
    elif colleague_body and any(a.name == colleague_body and a.end <= sentence.start + unit_start for a in agencies):
        parent = colleague_body
    else:
        return org  # a body written before a clause break names no unit after it (召开座谈会，爱心护理中心主任)
    # a unit's body is not itself a unit of the same kind, and does not already name the unit
    if parent.endswith(name) or parent.endswith(("中心", "科")) or (parent.endswith("处") and not name.endswith("科")):
        return org
    unit_org = parent + name
    posts = props.get("posts")
    if posts and (len(posts) == 1 or posts[-1][1] == parent):
        props["posts"] = [*posts[:-1], (posts[-1][0], unit_org)]
    return unit_org


# a member of a national or regional legislature (国会议员, 立法会议员, 立法院议员), read in the five characters before a name
_NATIONAL_MEMBER = re.compile(r"(?:国会|立法会|立法院)议员$")


def _council(before: str, ctx: DocContext) -> str | None:
    """The council a 议员 written with no body sits on, from the characters ending at the name (the title and the
    three before it): 市议员李中 is a member of the document's city council; a bare 议员 (及议员徐某) or a 县议员
    on a page Taiwan governs is a member of the council a bare 议会 there names (agencies.taiwan_council_place: a
    district's city, 金门县 though coded under Fujian); a 区议员 (Hong Kong), a 乡镇 member, a 立法 member and any
    member on a page Taiwan does not govern are left alone.

    >>> _council("市议员", DocContext(province="台湾省", city="台中市")), _council("及议员", DocContext(province="台湾省", county="苗栗县"))
    ('台中市议会', '苗栗县议会')
    >>> _council("县议员", DocContext(province="台湾省", county="苗栗县")), _council("及议员", DocContext(province="台湾省", city="台中市", county="北屯区"))
    ('苗栗县议会', '台中市议会')
    >>> _council("及议员", DocContext(province="山东省", city="枣庄市", county="滕州市")), _council("县议员", DocContext(province="台湾省", city="台中市"))
    (None, None)
    >>> _council("，国会议员", DocContext(province="台湾省", county="苗栗县")), _council("立法会议员", DocContext(province="台湾省", county="苗栗县"))
    (None, None)
    """
    from loaders.agencies import taiwan_council_place

    if _NATIONAL_MEMBER.search(before):
        return None  # 国会议员, 立法会议员: a member of a national or regional legislature, not of the county's council
    before = before[-3:]
    if before.startswith("市") and ctx.city:
        return ctx.city + "议会"  # 市议员李中: a member of the city council
    # (a 市议员 on a page with no city, 新竹市议员 on a county's page, sits on another city's council: fix10, stop 25)
    if before[:1] in "市区乡镇委法" or (place := taiwan_council_place(ctx)) is None:
        return None
    # (a 县议员 sits on a county's council: a city's page has none to give)
    return None if before[:1] == "县" and not place.endswith("县") else place + "议会"


def _implied_government(post: str, ctx: DocContext) -> str | None:
    """The government a 省长, 市长, 县长 or 区长 of the document's place serves (副县长 → 渭源县人民政府).

    >>> _implied_government("副市长", DocContext(province="安徽省", city="淮南市"))
    '淮南市人民政府'
    >>> _implied_government("局长", DocContext(province="安徽省", city="淮南市")) is None
    True
    >>> _implied_government("副州长", DocContext(province="甘肃省", city="甘南藏族自治州"))
    '甘南藏族自治州人民政府'
    >>> _implied_government("副主席", DocContext(province="宁夏回族自治区"))
    '宁夏回族自治区人民政府'
    >>> _implied_government("副主席", DocContext(province="宁夏回族自治区", city="银川市")) is None
    True
    """
    if post in ("省长", "副省长", "代省长") and ctx.province:
        return government_name(ctx.province)
    if post in ("主席", "副主席") and (ctx.province or "").endswith("自治区") and not ctx.city:
        # 白向群副主席 in a region's own news: the 主席 of an autonomous region heads its government, as a
        # 省长 does a province's (a 政协 or 残联 主席 has that body written before the title)
        return government_name(ctx.province)
    if post in ("市长", "副市长", "代市长") and ctx.county and ctx.county.endswith("市"):
        return government_name(ctx.county)  # a county-level city's own mayor (如皋市)
    if post in ("市长", "副市长", "代市长") and ctx.city:
        return government_name(ctx.city)
    if post in ("区长", "副区长") and ctx.county and (ctx.province or "").startswith("台湾"):
        return (ctx.city or "") + ctx.county + "区公所"  # a Taiwan district is run by its 区公所
    if post in ("县长", "副县长", "区长", "副区长") and ctx.county:
        return government_name(ctx.qualified_county())  # 天津市河东区人民政府: a shared name takes its city
    if post in ("州长", "副州长") and (ctx.city or "").endswith("州") and not (ctx.city or "").endswith("市"):
        return government_name(ctx.city)  # 副州长王芳 in a 甘南藏族自治州 document
    return None


def _someone_between(gap: str) -> bool:
    """Whether the words between a body and a post hold another listed person's title and name:
    in 市政府副秘书长金秀兰、民政局局长孙玉华 the government is 金秀兰's body, not 孙玉华's.

    >>> _someone_between("副秘书长金秀兰、民政局局长")
    True
    >>> _someone_between("党组书记、局长")
    False
    >>> _someone_between("副主任孙剑、副市长")
    True
    """
    pieces = gap.split("、")[:-1]
    return any(_POST_BEFORE.search(piece) is None and _ANY_POST.search(piece) is not None for piece in pieces)


def place_before_name(text: str, name_start: int, post: str) -> str | None:
    """The place written right before a name whose government title follows it (闵行区朱芝松区长):
    a gazetteer place of the title's level (区 for 区长), at most 8 characters back.

    >>> place_before_name("闵行区朱芝松区长参加座谈会", 3, "区长")
    '闵行区'
    >>> place_before_name("全区朱芝松区长参加座谈会", 2, "区长") is None
    True
    >>> place_before_name("闵行区朱芝松县长参加", 3, "县长") is None
    True
    >>> place_before_name("郑陆镇镇长郁国兴出席", 3, "镇长"), place_before_name("桃园市长张善政出席", 2, "市长")
    ('郑陆镇', '桃园市')
    >>> place_before_name("代表镇镇长张三出席", 3, "镇长") is None
    True
    """
    from loaders.gazetteer import get_gazetteer

    from loaders.townships import townships

    level = re.fullmatch(r"(?:副|代)?(省|市|县|区|州|镇|乡)长", post)
    if level is None:
        return None
    by_name = get_gazetteer().by_name
    if not text[:name_start].endswith(level.group(1)):
        # 桃园市长张善政: the place's suffix is the title's first character, written once
        if post[0] == level.group(1) and text[name_start:name_start + len(post)] == post:
            for length in range(2, min(6, name_start) + 1):
                candidate = text[name_start - length:name_start] + post[0]
                if candidate in by_name and not _LEVEL_SCOPE.match(candidate):
                    return candidate
        return None
    # a township (郑陆镇镇长) is in the official township table, not the gazetteer
    known = townships() if level.group(1) in "镇乡" else by_name
    for length in range(2, min(8, name_start) + 1):
        candidate = text[name_start - length:name_start]
        if candidate in by_name or candidate in known:
            return candidate
    return None


_LEVEL_SCOPE = re.compile(r"^(?:全|本|我|该|各|外|副)")
