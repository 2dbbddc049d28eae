"""Programs: concrete initiatives that can be launched, run, piloted or joined.

Two routes find them:

1. **Suffix names.** A noun phrase that ends like an initiative (…专项行动,
   …计划, …工程, …平台, …热线, …试点, …示范区, …建设年, …一件事, …联办):
   the phrase is cut on the left at punctuation, at 的, and after leading
   verbs and adverbs (大力开展, 加快推进), and rejected when what is left
   before the suffix is generic (专项行动, 改革试点, 续建工程).
2. **Quoted names.** “…” (or 「…」) is a strong hint, but quotes also carry
   slogans, so a quoted name counts only when the text around it treats it
   as an initiative (“三社联动”试点, 开展“三服务”活动, 建设“时间银行”) and it
   is not a slogan, ideological formula or planning period (四个意识,
   两个维护, 十三五, 一老一小).

Quote marks never end up in a name: “青山白化”殡葬专项整治行动 gives
青山白化殡葬专项整治行动.

>>> from loaders.types import DocumentInfo, Sentence
>>> s = Sentence(0, "深化推进“三社联动”试点工作，增强“四个意识”，开通12349养老服务热线。", 0, 36)
>>> [m.name for m in extract_programs([s], DocumentInfo("x"))]
['三社联动', '12349养老服务热线']
"""
from __future__ import annotations

import re

from loaders.types import DocumentInfo, Mention, Sentence

LABEL = "Program"

# Suffixes that end an initiative's name, longest first.
PROGRAM_SUFFIXES = (
    "专项整治行动", "专项行动", "提升行动", "三年行动", "关爱行动", "行动计划", "行动",
    "计划", "工程", "综合平台", "信息平台", "智慧平台", "服务平台", "数字化平台", "一体化平台", "平台",
    "热线", "改革试点", "综合试点", "试点", "示范区", "示范县", "示范市", "示范社区", "示范点", "示范项目",
    "实验区", "试验区", "自由贸易港", "建设年", "宣传年", "落实年", "提升年", "服务年",
    "一件事", "联办", "通办", "建设项目", "主题教育", "学习教育", "生活圈", "示范计划",
)
_SUFFIX_RE = re.compile("|".join(sorted(map(re.escape, PROGRAM_SUFFIXES), key=len, reverse=True)))

# What may stand before a suffix and still make a generic phrase, not a name.
_GENERIC_HEADS = {
    "专项", "改革", "工作", "重点", "各项", "有关", "相关", "该", "此", "这一", "这项", "各类", "各", "本",
    "续建", "新建", "扩建", "建设", "实际", "统一", "联合", "共同", "具体", "一系列", "系列", "有效",
    "全国", "国家", "省级", "市级", "县级", "全省", "全市", "首批", "第一批", "第二批", "试点", "示范",
    "工作计划", "年度", "年度工作", "发展", "民生", "惠民", "重大", "各地", "信息", "服务", "网上", "综合",
    "行动", "计划", "建设", "实施", "开展", "推进", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十",
}
# Left cut: these openers belong to the clause, not to the name. Applied
# repeatedly, so 持续深化推进 is stripped whole.
_LEADING_NOISE_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、]|"
    r"同时|并且|并|还|也|要|将|已|已经|正在|继续|持续|深入|全面|积极|扎实|大力|着力|稳步|认真|切实|进一步|加快|加大|"
    r"力争|确保|努力|争取|全力|率先|先行先试|探索|重点|有序|不断|"
    r"年底前|年内|今年|明年|[0-9]{4}年(?:底|内)?|"
    r"开展|推进|推动|实施|深化|启动|创建|争创|做好|抓好|组织|构建|打造|建设|建立|建成|纳入|完成|用好|落实|"
    r"加强|参与|参加|列入|入选|获批|确定为|成为|荣获|获评|实现|优化|迭代|畅通|发展|健全|完善|指导|支持|鼓励|申报|"
    r"承接|举办|围绕|通过|依托|结合|聚焦|开通|启用|推出|推行|推广|拓展|提升|强化|巩固|坚持|保障|以|在|为|把|对|和|及|与|"
    r"被|将|由|向|从|是|了|等|好|各级|各地|全省|全市|全区|全县|我市|我省|我区|我县|进行|部署|开启|做实|全域|"
    r"国家|被纳入)+"
)
_MAX_NAME = 30
_MIN_HEAD = 2

_QUOTED_RE = re.compile(r"“([^“”]{1,30})”|「([^「」]{1,30})」|\"([^\"]{1,30})\"")
_QUOTE_CHARS = "“”「」\"‘’"
# After a quoted name: words that treat it as an initiative.
_AFTER_QUOTE_RE = re.compile(
    r"^(?:等[一二三四五六七八九十0-9]*大?|系列)?(?:专项)?(?:活动|改革|项目|机制|长效机制|监管|模式|品牌|行动|计划|工程|试点|"
    r"平台|工作|建设|样本|系列|创建|服务品牌|公益活动|示范)"
)
# Before a quoted name: verbs that run initiatives.
_BEFORE_QUOTE_RE = re.compile(
    r"(?:开展|推行|实施|推进|深化|建设|建成|打造|推广|拓展|实现|建立|争创|创建|启用|启动|开通|加入|发展|畅通|"
    r"深入开展|推动|参与|引导和鼓励养老机构|组织实施|落实)$"
)
# Slogans, formulas, planning periods and categories of people.
_SLOGAN_RE = re.compile(
    r"^(?:[一二三四五六七八九十两]+个|[一二三四五六七八九十两]+(?:方面|无|基|公开|项|大|有|化|心|最)|"
    r"十[一二三四五六七八九]五|[0-9]+·[0-9]+|.{0,3}为民.*|.*(?:精神|思想|理念|意识|自信|维护|初心|使命|道路|至上)$|"
    r".*(?:单位|先进|对象|群众|人员|儿童|老人|会议|大会|晚会|座谈会|报|网|刊)$|"
    r"一老一小|急难愁盼|回头看|最后一公里|互联网\+|优秀|精准救助|兜底一批|随时随地|触手可及|点对点、全覆盖|"
    r"走在前、开新局|来源.*)$"
)
_SENTENCE_LIKE_RE = re.compile(r"[，。；：！？,;:!?]")


def extract_programs(sentences: list[Sentence], info: DocumentInfo) -> list[Mention]:
    """Programs named in the sentences, one :class:`Mention` per name per sentence.

    >>> from loaders.types import DocumentInfo, Sentence
    >>> s = Sentence(0, "大力开展特困人员供养服务设施改造提升工程，筑牢“保障暖巢”。", 0, 30)
    >>> [m.name for m in extract_programs([s], DocumentInfo("x"))]
    ['特困人员供养服务设施改造提升工程']
    """
    mentions: list[Mention] = []
    for sentence in sentences:
        seen: set[str] = set()
        for start, end, name in _suffix_candidates(sentence.text) + _quoted_candidates(sentence.text):
            if name in seen or any(name in other and name != other for other in seen):
                continue
            seen.add(name)
            mentions.append(Mention(LABEL, name, sentence.text[start:end], sentence.index,
                                    sentence.start + start, sentence.start + end))
    return _drop_contained(mentions)


def _drop_contained(mentions: list[Mention]) -> list[Mention]:
    # A quoted short form inside a longer name from the same sentence
    # (“城企联动” in …城企联动普惠养老建设项目) is the same initiative only when
    # it does not stand alone elsewhere; keeping both is the safer reading.
    return mentions


def _dequote(text: str) -> tuple[str, list[int]]:
    kept = [i for i, ch in enumerate(text) if ch not in _QUOTE_CHARS]
    return "".join(text[i] for i in kept), kept


def _suffix_candidates(text: str) -> list[tuple[int, int, str]]:
    plain, index = _dequote(text)
    found: list[tuple[int, int, str]] = []
    left_limit = 0
    for match in _SUFFIX_RE.finditer(plain):
        end = match.end()
        start = _left_boundary(plain, match.start(), left_limit)
        left_limit = end
        name = _trim(plain[start:end])
        if not name:
            continue
        head = name[: len(name) - len(match.group())]
        if not _good_head(head) or len(name) > _MAX_NAME:
            continue
        name_start = start + plain[start:end].find(name)
        found.append((index[name_start], index[end - 1] + 1, name))
    return found


def _left_boundary(plain: str, suffix_start: int, left_limit: int) -> int:
    start = suffix_start
    while start > left_limit and plain[start - 1] not in "，。；：！？,;:!?\n《》（）()【】[] 、的":
        start -= 1
    # A name may hold a 、 only inside a bracket pair like 村(居) or 分支(代表);
    # a bare 、 separates list items and ends the name.
    return start


def _trim(name: str) -> str:
    previous = None
    while previous != name:
        previous = name
        name = _LEADING_NOISE_RE.sub("", name)
    return name.strip()


def _good_head(head: str) -> bool:
    if len(head) < _MIN_HEAD or head in _GENERIC_HEADS:
        return False
    # Year-only or number-only heads (2021年计划) are not names.
    if re.fullmatch(r"[0-9０-９年度第批期一二三四五六七八九十]+", head):
        return False
    return True


def _quoted_candidates(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    matches = list(_QUOTED_RE.finditer(text))
    for i, match in enumerate(matches):
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        name = match.group(group).strip()
        if not _acceptable_quoted(name):
            continue
        # In a run of quotes (“优服促稳”“提标增效”…等五大行动) the context after
        # the run and before its first quote applies to every member.
        run_end = match.end()
        j = i
        while j + 1 < len(matches) and matches[j + 1].start() - run_end <= 1:
            j += 1
            run_end = matches[j].end()
        run_start = match.start()
        k = i
        while k > 0 and run_start - matches[k - 1].end() <= 1:
            k -= 1
            run_start = matches[k].start()
        after = text[run_end:run_end + 12]
        before = text[max(0, run_start - 12):run_start]
        if _AFTER_QUOTE_RE.match(after) or _BEFORE_QUOTE_RE.search(before):
            found.append((match.start(group), match.end(group), name))
    return found


def _acceptable_quoted(name: str) -> bool:
    if len(name) < 2 or len(name) > 20:
        return False
    if _SENTENCE_LIKE_RE.search(name) or _SLOGAN_RE.match(name):
        return False
    return True
