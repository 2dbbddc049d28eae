"""Clean text for extraction while keeping a map back to the original.

Steps, each keeping ``NormalisedText.offsets`` exact:

1. drop web-page furniture lines (breadcrumbs, font-size and share widgets,
   copyright blocks, editor and reporter bylines, attachment lines);
2. delete the pinyin a mirror site inserted after characters: 學(xué)習(xí) → 學習;
3. unify punctuation: full-width letters and digits become ASCII, ASCII
   punctuation next to a Chinese character becomes full-width;
4. convert traditional script to simplified when enough of the text changes.

>>> n = normalise("當前位置:首頁\\n遼(liáo)寧省民政廳召開會議,部署工作。")
>>> n.text
'辽宁省民政厅召开会议，部署工作。'
>>> n.original[n.offsets[0]:n.offsets[0] + 1]
'遼'
>>> n.script
'traditional'
"""
from __future__ import annotations

import os
import operator
import re
from functools import lru_cache

from loaders.types import NormalisedText

# Share of Chinese characters that t2s conversion must change before a text is
# treated as traditional: 0.000 on simplified seeds, ~0.35 on traditional ones.
TRADITIONAL_THRESHOLD = 0.04

_FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        当前位置|當前位置|您现在的位置|您的位置|首页\s*[>＞»]|
        【\s*字号|【\s*字體|字号[:：]|字体[:：]|[【\[]?\s*(?:大|中|小)\s*[】\]]?\s*(?:[【\[]?\s*(?:大|中|小)\s*[】\]]?\s*)+$|
        分享(?:到)?\s*[:：]?\s*$|分享到|扫一扫|掃一掃|打印(?:本页|本頁)?\s*$|【?\s*打印|关闭窗口|關閉窗口|【?\s*关闭\s*】?\s*$|
        收藏\s*$|责任编辑|責任編輯|编辑[:：]|編輯[:：]|审核[:：]|审校[:：]|校对[:：]|
        版权(?:与|和)?免责声明|版權|免责声明|免責聲明|Copyright|©|
        (?:•\s*)?附件\s*[:：]|(?:•\s*)?视频\s*[:：]|(?:•\s*)?視頻\s*[:：]|
        作者\s*[:：]\s*$|索引号|索引號|公开方式|公開方式|组配分类|主题分类|成文日期|發布日期|发布日期|发布时间|發布時間|发布机构|發布機構|
        时间\s*[:：]\s*\d|日期\s*[:：]\s*\d|浏览次数|瀏覽次數|阅读次数|点击数|
        上一篇|下一篇|相关(?:链接|新闻|阅读)|原标题[:：]|原標題[:：]|
        主办单位|承办单位|主辦單位|技术支持|技術支持|[\w\u4e00-\u9fff]{0,4}ICP备|网站标识码|網站標識碼|[\u4e00-\u9fff]{0,3}公网安备|
        网站地图\s*$|联系我们\s*$|设为首页|加入收藏|政府网站找错|浏览量|访问量|瀏覽量|阅读量|
        扫描二维码|微信扫一扫|用手机扫|【\s*打印\s*】|【\s*关闭\s*】|【\s*返回顶部\s*】|返回顶部\s*$|
        分享到[:：]?|字号[:：]?\s*(?:大|中|小)|字體[:：]?\s*(?:大|中|小)
    )""",
    re.X,
)
# Copyright/disclaimer blocks: the marker line and everything after it that
# reads like legal boilerplate (本网/凡本网/转载 ...).
_DISCLAIMER_BODY = re.compile(r"^\s*(?:[①-⑩]|凡本网|本网|凡注明|凡來源|凡来源|如因作品|转载|轉載|联系电话|聯繫電話|\d+[、.])")
# A byline on its own line: (记者 王敏) / （記者李嘉祥攝）/ (马黎)
_BYLINE_LINE = re.compile(r"^\s*[(（]\s*(?:记者|記者|通讯员|通訊員|文|图|圖|摄|攝)[^)）]{0,30}[)）]\s*$")
_PAGE_NUMBER_LINE = re.compile(r"^\s*[-—–]\s*\d+\s*[-—–]\s*$")

_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])\((?=[a-zü{_TONE_VOWELS}]*[{_TONE_VOWELS}])[a-zü{_TONE_VOWELS}]{{1,7}}\)")

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # digits
_FULLWIDTH.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})  # A-Z
_FULLWIDTH.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})  # a-z
_FULLWIDTH.update({0xFF05: ord("%"), 0xFF0E: ord("."), 0x3000: ord(" "), 0xA0: ord(" "), 0xFF0F: ord("/")})
_HAS_FULLWIDTH = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FULLWIDTH)) + "]")
_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
# The punctuation mark first (then whether a CJK character is before or after it): a pattern that opens
# with a character class lets ``re`` skip to the marks instead of trying the look-behind everywhere.
_ASCII_PUNCT_NEAR_CJK = re.compile(r"[,;:!?()](?:(?<=[\u3400-\u9fff”“》）].)|(?=[\u3400-\u9fff“《（]))")
_NON_CJK = re.compile(r"[^\u3400-\u9fff]+")


@lru_cache(maxsize=1)
def _t2s():
    # opencc-pyo3 converts on a rayon thread pool. A process forked after that pool
    # started (a fork-server warm-up, a multiprocessing pool) hangs on its next long
    # conversion, because the pool's threads don't survive the fork. One thread
    # makes rayon run inline, which is fork-safe; conversion stays far faster than
    # the rest of the pipeline. Set before the pool starts; a user's value wins.
    os.environ.setdefault("RAYON_NUM_THREADS", "1")
    import opencc_pyo3

    # hk2s, not t2s: Hong Kong texts write the HK standard variants (衞生署, 醫務衞生局), which t2s leaves
    # as they are; hk2s maps them first and converts standard traditional (衛生, 遼寧) as t2s does
    return opencc_pyo3.OpenCC("hk2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, same length (falls back char by char if a phrase rule changes length).

    >>> to_simplified("遼寧省民政廳")
    '辽宁省民政厅'
    >>> to_simplified("王東乾局長，天氣乾燥")
    '王东乾局长，天气干燥'
    >>> to_simplified("醫務衞生局、衛生署")
    '医务卫生局、卫生署'
    """
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        converted = "".join(ch2 if len(ch2 := _t2s().convert(ch)) == 1 else ch for ch in text)
    return _keep_name_characters(text, converted)


def _keep_name_characters(text: str, converted: str) -> str:
    """Put back the characters of ``loaders/data/t2s_kept.tsv`` (乾 in 王東乾) outside the words that convert them."""
    from loaders.lexicons import t2s_kept

    kept = t2s_kept()
    if not any(ch in text for ch in kept):
        return converted
    out = list(converted)
    for index, ch in enumerate(text):
        if ch in kept and converted[index] != ch:
            window = text[max(0, index - 3):index + 4]
            if not any(word in window and _covers(text, index, word) for word in kept[ch]):
                out[index] = ch
    return "".join(out)


def _covers(text: str, index: int, word: str) -> bool:
    """Whether an occurrence of ``word`` in ``text`` spans position ``index`` (words are a few characters long)."""
    start = text.find(word, max(0, index - len(word) + 1))
    return start != -1 and start <= index < start + len(word)


def traditional_share(text: str) -> float:
    """Share of Chinese characters that t2s conversion changes.

    >>> traditional_share("民政工作会议") == 0.0
    True
    """
    sample = _NON_CJK.sub("", text[:20000])  # the CJK characters, in order
    if not sample:
        return 0.0
    converted = _t2s().convert(sample)
    if converted == sample:
        return 0.0  # the usual case, a simplified text: one string comparison, no count
    if len(converted) != len(sample):
        converted = to_simplified(sample)
    # map(operator.ne) counts the changed characters without a Python-level loop
    return sum(map(operator.ne, sample, converted)) / len(sample)


def furniture_lines(original: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of every line the normaliser drops as page furniture."""
    return [(s, e, line) for s, e, line, keep in _line_classes(original) if not keep]


@lru_cache(maxsize=4)
def _line_classes(original: str) -> tuple[tuple[int, int, str, bool], ...]:
    # normalise() and then the metadata's furniture_lines() read the same document's lines: classify them once
    return tuple(_classified_lines(original))


def _classified_lines(original: str):
    in_disclaimer = False
    pos = 0
    for line in original.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        content = original[start:end]
        stripped = content.strip()
        if not stripped or stripped in ("•", "·", "|"):
            yield start, end, content, False
            continue
        if _DISCLAIMER_HEAD.match(content):
            in_disclaimer = True
            yield start, end, content, False
            continue
        if in_disclaimer and (_DISCLAIMER_BODY.match(content) or len(stripped) < 4):
            yield start, end, content, False
            continue
        in_disclaimer = False
        drop = bool(_FURNITURE_LINE.match(content) or _BYLINE_LINE.match(content) or _PAGE_NUMBER_LINE.match(content))
        yield start, end, content, not drop


_DISCLAIMER_HEAD = re.compile(r"\s*(版权(?:与|和)?免责声明|版權|免责声明|免責聲明)")


def normalise(original: str) -> NormalisedText:
    """Normalise ``original`` for extraction; see the module docstring."""
    kept_text: list[str] = []
    offsets: list[int] = []
    for start, end, content, keep in _line_classes(original):
        if not keep:
            continue
        # trim the line's edges; the kept span still maps exactly
        left = len(content) - len(content.lstrip(" \t\u3000\xa0\ufeff"))
        right = len(content.rstrip(" \t\u3000\xa0\r"))
        if right <= left:
            continue
        line_start, line_end = start + left, start + right
        line = original[line_start:line_end]
        kept = 0
        # a reading needs an ASCII "(": a line without one skips the pattern, whose look-behind is tried at every character
        for match in _PINYIN.finditer(line) if "(" in line else ():
            kept_text.append(line[kept:match.start()])
            offsets.extend(range(line_start + kept, line_start + match.start()))
            kept = match.end()
        kept_text.append(line[kept:])
        offsets.extend(range(line_start + kept, line_end))
        kept_text.append("\n")
        offsets.append(line_end)
    text = "".join(kept_text).rstrip("\n")
    del offsets[len(text):]
    offsets.append(offsets[-1] + 1 if offsets else len(original))
    if _HAS_FULLWIDTH.search(text):  # str.translate looks up every character in a dict: only when needed
        text = text.translate(_FULLWIDTH)
    text = _ASCII_PUNCT_NEAR_CJK.sub(lambda m: _TO_FULL[m.group()], text)
    script = "simplified"
    if traditional_share(text) > TRADITIONAL_THRESHOLD:
        text = to_simplified(text)
        script = "traditional"
    return NormalisedText(original=original, text=text, offsets=offsets, script=script)
