"""Bytes to text: encoding detection, size and sanity limits, HTML to text.

A file either becomes text, or an :class:`kg.errors.InputError` saying in one
line why it can't (empty, binary, undecodable, too large).

>>> read_bytes("民政工作会议召开。".encode("gb18030"), "a.txt").text
'民政工作会议召开。'
>>> read_bytes(b"", "empty.txt")
Traceback (most recent call last):
...
kg.errors.InputError: empty.txt: the file is empty
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# A few hundred of the most frequent characters of Chinese administrative
# prose, simplified and traditional. A wrong decoding (GBK bytes read as Big5
# or the reverse) still "succeeds" but yields rare characters, so the share of
# common ones tells the right decoding apart.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所"
    "民政府务管理服社救助养老儿童福利区市省县镇村街道局厅部委会议员作工建设推进全面深化改革发展提高保障标准城乡低困难群众"
    "实施开展加强落实完善体系制度机制政策项目资金组织志愿慈善殡葬婚姻登记区划地名残疾人家庭补贴元月年万亿个名座张人次"
    "與為會議員們這來時對發經過說關於國際華業務機構實現進設標準區縣鄉鎮農貧困難眾補貼萬億個張點樣還學習貫徹黨領導幹部"
    "工作会召开习近平新时代特色社会主义思想指导贯彻精神重要讲话部署总结强调要求坚持聚焦服务保障兜底高质量"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_TEXT_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


@dataclass
class ReadResult:
    """A decoded file: its text, the encoding that decoded it, and its title when HTML gave one."""

    text: str
    encoding: str
    title: str | None = None
    is_html: bool = False


def read_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read a file into text, raising InputError with one clear reason when it can't."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if size > max_bytes:
        raise InputError(f"{path}: too large ({size:,} bytes; the limit is {max_bytes:,})")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    html = path.suffix.lower() in (".html", ".htm", ".shtml", ".xhtml")
    return read_bytes(data, str(path), max_bytes=max_bytes, html=html)


def read_bytes(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES, html: bool | None = None) -> ReadResult:
    """Decode ``data``; ``html=None`` sniffs for markup."""
    if len(data) > max_bytes:
        raise InputError(f"{source}: too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    text, encoding = decode(data, source)
    if not text.strip():
        raise InputError(f"{source}: the file is empty")
    _check_text_like(text, source)
    if html is None:
        html = bool(re.match(r"\s*(<!doctype html|<html|<head|<body)", text[:500], re.I))
    if html:
        body, title = html_to_text(text)
        if not body.strip():
            raise InputError(f"{source}: the HTML page has no text")
        return ReadResult(body, encoding, title, True)
    return ReadResult(text, encoding)


def decode(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes, returning (text, encoding name).

    BOMs decide first. Otherwise strict UTF-8, then the Chinese legacy
    encodings, of which the one giving the most common characters wins.

    >>> decode("臺中市政府民政局".encode("big5"))[1]
    'big5'
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16", source), "utf-16"
    if b"\x00" in data:
        sniffed = _utf16_without_bom(data)
        if sniffed is None:
            raise InputError(f"{source}: binary file (contains NUL bytes), not text")
        return sniffed
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    sniffed = _utf16_without_bom(data)  # all-CJK UTF-16 has no NUL byte at all
    if sniffed is not None:
        candidates.append((_common_share(sniffed[0]), sniffed[1], sniffed[0]))
    for encoding in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_common_share(text), encoding, text))
    if not candidates:
        raise InputError(f"{source}: undecodable (not UTF-8, UTF-16, GB18030 or Big5)")
    score, encoding, text = max(candidates)
    if score < 0.05 and _CJK.search(text) and _cjk_share(text) > 0.3:
        raise InputError(f"{source}: undecodable (decodes only to rare characters; unknown encoding)")
    return text, "big5" if encoding == "big5hkscs" else encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``data`` as UTF-16 (little- or big-endian) when it reads as text that way, else None.

    Windows tools write UTF-16 without a byte-order mark; its ASCII characters
    hold a NUL byte each, so a NUL alone does not make a file binary. The
    byte order that decodes strictly to text (few control characters, and
    common Chinese or printable ASCII) wins.

    >>> _utf16_without_bom("民政局召开会议。\\n2024年".encode("utf-16-le"))
    ('民政局召开会议。\\n2024年', 'utf-16-le')
    >>> _utf16_without_bom(bytes(range(256)) * 4) is None
    True
    """
    if len(data) % 2:
        return None
    best: tuple[float, str, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:20000]
        if len(_BAD_CONTROL.findall(sample)) > 0.01 * len(sample):
            continue
        readable = _common_share(sample) if _CJK.search(sample) else 0.0
        ascii_text = sum(ch.isascii() and (ch.isprintable() or ch in _TEXT_CONTROL_OK) for ch in sample) / max(1, len(sample))
        cjk = len(_CJK.findall(sample)) / max(1, len(sample))
        # Chinese prose: common characters among the CJK ones; else mostly printable ASCII
        score = readable if cjk + ascii_text > 0.8 and readable >= 0.1 else (ascii_text if ascii_text > 0.95 else 0.0)
        if score > 0 and (best is None or score > best[0]):
            best = (score, encoding, text)
    return (best[2], best[1]) if best else None


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{source}: undecodable as {encoding} at byte {error.start}") from None


def _common_share(text: str) -> float:
    cjk = _CJK.findall(text)
    if not cjk:
        return 0.0
    return sum(ch in _COMMON for ch in cjk) / len(cjk)


def _cjk_share(text: str) -> float:
    stripped = [c for c in text if not c.isspace()]
    return len(_CJK.findall(text)) / max(1, len(stripped))


# The control characters a text file should not hold, as one class: counted in C, not char by char
_BAD_CONTROL = re.compile("[" + "".join(re.escape(chr(code)) for code in range(32) if chr(code) not in _TEXT_CONTROL_OK) + "]")


def _check_text_like(text: str, source: str) -> None:
    sample = text[:20000]
    controls = len(_BAD_CONTROL.findall(sample))
    if controls / max(1, len(sample)) > 0.01 or "\ufffd" * 4 in sample:
        raise InputError(f"{source}: binary file (too many control characters), not text")


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "title", "dd", "dt", "hr",
}
_SKIP_TAGS = {"script", "style", "nav", "noscript", "template", "iframe", "svg", "head"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: str | None = None
        self.h1: str | None = None
        self._in: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS and tag != "head":
            self.skip_depth += 1
        if tag in ("title", "h1"):
            self._in, self._buffer = tag, []
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and tag != "head" and self.skip_depth:
            self.skip_depth -= 1
        if tag == self._in:
            value = "".join(self._buffer).strip()
            if tag == "title" and value and self.title is None:
                self.title = value
            if tag == "h1" and value and self.h1 is None:
                self.h1 = value
            self._in = None
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")  # table cells stay apart: 床位 11.3, not 床位11.3 glued to the next cell

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buffer.append(data)
        if self.skip_depth or self._in == "title":
            return
        self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text of an HTML page (block elements become line breaks) and its title.

    >>> html_to_text("<html><title>通知</title><script>x=1</script><p>全市民政工作会议召开</p></html>")
    ('全市民政工作会议召开', '通知')
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in raw.splitlines()]
    text = "\n".join(line for line in lines if line)
    return text, parser.h1 or parser.title
