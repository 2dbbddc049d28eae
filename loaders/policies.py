"""Policies: titled documents that a document cites.

Most are in 《…》 (or 「…」 in Taiwan and Hong Kong texts). A bracketed title
counts when it ends like a policy document (条例, 办法, 意见, 通知, 方案,
要点, 清单…), which keeps out newspapers, magazines, films and article
titles (《东营日报》, 《中国民政》, 《政鉴——祸起忽微》). A title nested inside
another (《山东省贯彻〈关于…的意见〉若干措施》) gives two policies.

Unbracketed titles are taken only in shapes that are titles beyond doubt:
关于…的意见/通知/决定 and a policy-suffixed name right after a verb of
issuing or enforcing (出台广西养老服务条例, 落实…实施方案), plus 中央N号文件 and
中央八项规定.

The document itself is never one of its own policies.

>>> from loaders.types import DocumentInfo, Sentence
>>> s = Sentence(0, "印发《关于改革完善社会救助制度的实施意见》，订阅《中国社会报》。", 0, 30)
>>> [m.name for m in extract_policies([s], DocumentInfo("x", title="某某通知"))]
['关于改革完善社会救助制度的实施意见']
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicons import read_lexicon
from loaders.types import DocumentInfo, Mention, Sentence

LABEL = "Policy"

POLICY_SUFFIXES = (
    "条例", "法", "办法", "规定", "意见", "通知", "决定", "决议", "方案", "规划", "计划", "纲要", "细则",
    "措施", "要点", "制度", "目录", "指引", "指南", "清单", "报告", "标准", "规范", "规则", "守则", "准则",
    "公告", "通告", "通报", "批复", "章程", "公约", "文件", "办法(试行)", "规程", "导则", "名录", "大纲",
) + tuple(row[0] for row in read_lexicon("policy_title_words.txt"))  # genres a researcher adds (协议, 预算案, 白皮书)
_SUFFIX_ALT = "|".join(sorted({re.escape(s) for s in POLICY_SUFFIXES}, key=len, reverse=True))
# A trailing bracketed qualifier such as (试行), (2015-2020年), （修订）.
_QUALIFIER = r"(?:[（(][^）)]{1,16}[）)])?"
_POLICY_END_RE = re.compile(rf"(?:{_SUFFIX_ALT}){_QUALIFIER}$")
# Media and works, not policies, even when a suffix matches by accident.
_NOT_POLICY_RE = re.compile(r"(?:日报|晚报|晚刊|周报|杂志|网|频道|栏目|专刊)$|——")

_BRACKETED_RE = re.compile(r"《([^《》]{2,80})》|「([^「」]{2,80})」")
_NESTED_RE = re.compile(r"[〈<]([^〈〉<>]{2,60})[〉>]")
_NESTED_MARKS_RE = re.compile(r"[〈〉<>]")

_GUANYU_RE = re.compile(
    rf"关于[^，。；：,;:《》“”「」\s]{{2,50}}?的(?:实施意见|指导意见|若干意见|意见|通知|决定|办法|规定|实施方案|方案|批复)"
)
# Issuing or enforcing verbs make an unbracketed policy-suffixed name a title.
# The genres such a name may end in: a document issued or enforced (条例, 办法, 方案, 细则, 指南), not a word that
# also ends a request or an opinion voiced (意见 alone: 征求意见, 整改意见).
_VERB_POLICY_GENRES = r"(?:条例|办法|方案|细则|规定|指南|实施意见)"
# A second verb may join the first (制定和实施…, 编制完成…).
_VERB_POLICY_RE = re.compile(
    rf"(?:出台|制定|制订|修订|编制|印发|颁布|施行|推动落实|贯彻落实|贯彻实施|学习贯彻|贯彻|落实|执行|实施)(?:[和并及]实施|完成)?"
    rf"(?P<name>[^，。；：,;:、《》“”「」\s的]{{4,30}}?{_VERB_POLICY_GENRES})(?=[，。；,;、和及与等\s(（]|$)"
)
# The next items of a list the verb opens (出台甲认定办法、乙救助供养办法): each a name of the same genres.
_LISTED_POLICY_RE = re.compile(rf"、(?P<name>[^，。；：,;:、《》“”「」\s的]{{4,30}}?{_VERB_POLICY_GENRES})(?=[，。；,;、和及与等\s(（]|$)")
# An abbreviated title with its issuer written before it (中央两办《意见》, 中央两办、省两办《意见》): the issuer's
# short name and the genre make the name the text uses for the document (中央两办意见); a bare 《意见》 or 《条例》
# refers back to a title named before and stays out.
_ISSUER = r"(?:(?:中央|省委|市委|县委|区委|省|市|县|区)?两办|国务院办公厅|国务院|民政部|省政府|市政府|县政府|区政府)"
_ISSUED_SHORT_RE = re.compile(rf"(?P<issuers>{_ISSUER}(?:[、和及]{_ISSUER})*)《(?P<genre>意见|通知|决定|办法|条例|规定|方案|规划)》")
_CENTRAL_RE = re.compile(r"中央(?:[0-9]{1,2}号文件|[一二三四五六七八九十]项规定)|(?<=根据)宪法(?=[，,和及、])|(?<=依据)宪法(?=[，,和及、])")

# An unbracketed name must not start with a word that shows it is a clause,
# not a title (落实好…, 实施中的…).
_BAD_START_RE = re.compile(r"^(?:好|了|和|及|与|在|对|把|将|各项|相关|有关|这些|该)")
_MIN_LENGTH = 4


def extract_policies(sentences: list[Sentence], info: DocumentInfo) -> list[Mention]:
    """Policies cited in the sentences: one :class:`Mention` per citation.

    >>> from loaders.types import DocumentInfo, Sentence
    >>> s = Sentence(0, "出台广西养老服务条例，严格执行中央八项规定精神。", 0, 24)
    >>> [m.name for m in extract_policies([s], DocumentInfo("x"))]
    ['广西养老服务条例', '中央八项规定']
    """
    own_titles = [_clean(info.title or "")] + _heading_lines(sentences)
    mentions: list[Mention] = []
    for sentence in sentences:
        taken: list[tuple[int, int]] = []
        for start, end, name in _candidates(sentence.text):
            if any(s <= start < e for s, e in taken) and not _is_nested(name, sentence.text, start):
                continue
            if any(_is_own_title(name, title) for title in own_titles):
                continue
            taken.append((start, end))
            mentions.append(Mention(LABEL, name, sentence.text[start:end], sentence.index,
                                    sentence.start + start, sentence.start + end))
    return mentions


def policy_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of ``text`` that are policy titles (for other extractors to skip).

    >>> policy_spans("推动落实低收入农户9000元以上社会救助兜底保障实施方案。")
    [(4, 28)]
    """
    return [(start, end) for start, end, _ in _candidates(text)]


def _candidates(text: str) -> list[tuple[int, int, str]]:
    return list(_candidates_cached(text))


# Cheap gate: every route needs a bracket, 关于, 中央 or a policy suffix.
_MAYBE_POLICY_RE = re.compile(rf"[《「]|关于|中央|{_SUFFIX_ALT}")


@lru_cache(maxsize=4096)
def _candidates_cached(text: str) -> tuple[tuple[int, int, str], ...]:
    # Programs and targets ask for the same sentence's policy spans again, also when it has none.
    if not _MAYBE_POLICY_RE.search(text):
        return ()
    found: list[tuple[int, int, str]] = []
    for match in _BRACKETED_RE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        raw = match.group(group)
        name = _clean(_NESTED_MARKS_RE.sub("", raw))
        if group == 2 and _corner_scheme(name):
            continue  # 「长者社区照顾服务券试验计划」: a scheme (loaders.programs), not a document
        if _is_policy_title(name):
            found.append((match.start(group), match.end(group), name))
        for inner in _NESTED_RE.finditer(raw):
            inner_name = _clean(inner.group(1))
            if _is_policy_title(inner_name):
                offset = match.start(group)
                found.append((offset + inner.start(1), offset + inner.end(1), inner_name))
    if "》" in text:
        found += _issued_short(text)
    # the starts a later title may not take: a found title's span and the character either side of it, marked
    # once (a scan of every found span for each new one was quadratic in a long list of titles)
    blocked = bytearray(len(text) + 2)

    def block(start: int, end: int) -> None:
        blocked[max(0, start - 1):end + 1] = b"\x01" * (end + 1 - max(0, start - 1))

    for start, end, _ in found:
        block(start, end)
    for regex, group in ((_GUANYU_RE, 0), (_VERB_POLICY_RE, "name"), (_CENTRAL_RE, 0)):
        for match in (_with_listed(text, regex.finditer(text)) if regex is _VERB_POLICY_RE else regex.finditer(text)):
            start, end = match.span(group)
            if blocked[start]:
                continue
            name = _clean(match.group(group))
            if (len(name) >= _MIN_LENGTH or name == "宪法") and not _BAD_START_RE.match(name):  # 根据宪法，制定本法
                found.append((start, end, name))
                block(start, end)
    found.sort()
    return tuple(found)


def _issued_short(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the abbreviated titles written after their issuer, one per issuer listed; the span is
    the issuer's.

    >>> _issued_short("贯彻落实中央两办、省两办《意见》为主线")
    [(4, 8, '中央两办意见'), (9, 12, '省两办意见')]
    >>> _issued_short("要将《条例》纳入培训内容，学习两办印发的《关于加强养老服务的意见》")
    []
    """
    out = []
    for match in _ISSUED_SHORT_RE.finditer(text):
        position = match.start()
        for issuer in re.split(r"[、和及]", match.group("issuers")):
            out.append((position, position + len(issuer), issuer + match.group("genre")))
            position += len(issuer) + 1
    return out


def _with_listed(text: str, matches) -> list[re.Match[str]]:
    """The verb rule's matches, each followed by the names listed after it with 、 (the verb governs them all).

    >>> [m.group("name") for m in _with_listed("出台甲类人员认定办法、乙类人员救助办法，", _VERB_POLICY_RE.finditer("出台甲类人员认定办法、乙类人员救助办法，"))]
    ['甲类人员认定办法', '乙类人员救助办法']
    """
    out = []
    for match in matches:
        out.append(match)
        while (listed := _LISTED_POLICY_RE.match(text, out[-1].end("name"))) is not None:
            out.append(listed)
    return out


def _heading_lines(sentences: list[Sentence]) -> list[str]:
    """Title-like lines of the document itself (关于印发…的通知 on a line of its own).

    A policy title standing alone as a heading is the document (or the
    attachment it issues), not a citation.
    """
    headings = []
    for sentence in sentences[:40]:
        line = sentence.text.strip()
        if line and len(line) <= 60 and line[-1] not in "。；;，,：:！？" and _is_policy_title(_clean(line)):
            headings.append(_clean(line))
    return headings


def _is_nested(name: str, text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "〈<"


def _clean(name: str) -> str:
    # Canonical names use ASCII brackets, as the annotation guide writes them.
    # quotes inside a title go, single ones (‘两项补贴’) as the double: the gold writes names without them
    name = re.sub(r"[\s“”‘’\"]+", "", name).strip("《》「」'")
    return name.replace("（", "(").replace("）", ")")


# Hong Kong and Taiwan texts put the schemes they run in 「」: 「在校课后托管服务计划」,
# 「共创明『Teen』计划」. A work, operation or implementation plan, or one a body names
# (「台南市政府民政局…作业计划」), is still a document.
_CORNER_SCHEME_RE = re.compile(r"计[划画]$")
_CORNER_DOCUMENT_RE = re.compile(r"(?:作业|工作|实施|发展|年度|行动)计[划画]$|政府|局|署|部|厅|委员会|办公室")


def _corner_scheme(name: str) -> bool:
    """A scheme in corner brackets, not a plan document.

    >>> _corner_scheme("在校课后托管服务计划"), _corner_scheme("台南市政府民政局海域骨灰抛洒补助作业计划")
    (True, False)
    """
    return bool(_CORNER_SCHEME_RE.search(name)) and not _CORNER_DOCUMENT_RE.search(name)


def cited_document(name: str) -> bool:
    """Whether a bracketed name reads as a document's title rather than a scheme: a policy title that is not a
    scheme in corner brackets (「…服务计划」 is a scheme, 「…作业计划」 a document).

    >>> cited_document("某市政府社会局长者送餐补助作业计划"), cited_document("在校课后托管服务计划")
    (True, False)
    """
    return _is_policy_title(name) and not _corner_scheme(name)


def _is_policy_title(name: str) -> bool:
    return (
        len(name) >= _MIN_LENGTH
        and bool(_POLICY_END_RE.search(name))
        and not _NOT_POLICY_RE.search(name)
    )


def _is_own_title(name: str, own_title: str) -> bool:
    """Whether ``name`` is the citing document itself.

    >>> _is_own_title("2019年全市民政工作要点", "关于印发2019年全市民政工作要点的通知")
    True
    >>> _is_own_title("关于组织收看视频会议的通知", "关于组织收看视频会议的通知（全国实施座谈会）")
    True
    >>> _is_own_title("社会救助暂行办法", "关于组织收看视频会议的通知")
    False
    >>> _is_own_title("关于提高低保标准的通知", "某市民政局 某市财政局 某市卫生健康委员会关于提高低保标准的通知")
    True
    >>> _is_own_title("民政部关于同意设立实验区的批复", "据民政部消息，近日，《民政部关于同意设立实验区的批复》正式印发")
    False
    >>> _is_own_title("全市民政工作要点", "关于印发《全市民政工作要点》的通知")
    True
    >>> _is_own_title("关于提高低保标准的通知", "某县民政局联合发布《关于提高低保标准的通知")
    False
    """
    if not own_title:
        return False
    # (the cleaned title may have lost the closing 》 at its end)
    # both patterns need 《 + name: a substring test first spares compiling two patterns per cited name (a name
    # is new in each document, so re's cache holds few of them; compiling was most of this function's cost)
    if f"《{name}" in own_title and re.search(rf"《{re.escape(name)}(?:》|$)", own_title) \
            and not re.search(rf"关于(?:印发|转发|发布|颁布)[^《》]*《{re.escape(name)}", own_title):
        # a lead sentence standing in for a missing heading (…联合发布《关于…的通知》，…) cites the title it brackets;
        # only a notice that issues it (关于印发《…》的通知) is the document itself
        return False
    for title in _title_forms(own_title):
        if name == title:
            return True
        # The title line often carries the issuer or a date around the name.
        if name in title and len(name) >= 0.6 * len(title):
            return True
        # However long the issuers before it (绵阳市民政局 绵阳市财政局关于…的通知),
        # a 关于… name that ends the title is the title's own subject.
        if name.startswith("关于") and title.endswith(name):
            return True
    return False


def _title_forms(title: str) -> list[str]:
    # A title with a trailing note in brackets, and a covering notice
    # (关于印发X的通知) whose real subject X is the document itself.
    forms = [title, re.sub(r"[（(][^）)]*[）)]$", "", title)]
    issued = re.search(r"关于(?:印发|转发|下发)(.+?)的通知", title)
    if issued:
        forms.append(_clean(issued.group(1)))
    return forms
