"""Numbers as civil-affairs documents write them: Arabic, Chinese, or mixed.

Only isolated numeral spans are converted: the caller finds the span with
:data:`NUMBER_PATTERN` (or its own regex) and passes that span here. Running
a converter over whole sentences would turn 三社联动 into 3社联动.

Magnitude characters that come *after* a number (3.97亿, 20.2万) are not
folded into the value: civkg keeps 万/亿 in the unit, as the annotation guide
says (value 3.97, unit 亿元). Inside a Chinese numeral they are folded:
三万五千 is 35000.

>>> parse_number("1,730.4")
1730.4
>>> parse_number("五十四点一")
54.1
>>> parse_number("一千二百零五")
1205.0
>>> parse_number("两万")
20000.0
>>> parse_number("三社") is None
True
"""
from __future__ import annotations

import math
import re

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

CHINESE_DIGITS = "零〇○一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千万亿"

# Arabic: thousands separators and decimals; full-width digits are expected to
# be folded by the normaliser, but tolerated here too.
ARABIC_NUMBER = r"[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?"
# A Chinese numeral worth reading as a quantity: a digit with a magnitude
# character, a leading 十, or a decimal point (三十, 五百, 十五, 五十四点一).
# Bare single digits (三个, 两个) are left alone: they are the stuff of
# slogans. A bare magnitude (千人, 万家) is a word, not a number.
CHINESE_NUMBER = (
    rf"(?:(?:[{CHINESE_DIGITS}][十百千万亿]|十)[{CHINESE_NUMERAL_CHARS}]*(?:点[{CHINESE_DIGITS}]+)?"
    rf"|[{CHINESE_DIGITS}]+点[{CHINESE_DIGITS}]+)"
)
# A number never starts inside a run of digits (or of Chinese numerals): without the look-behind a search retries
# from every digit of a long run and backtracks through the rest of it, quadratic in
# the run (16 KB of digits took 42 s in the target scan); with it, once per run.
# Hong Kong government texts group thousands with a space (216 688宗, 27 000戶): one number when the
# first group has at most three digits and no number stands just before it (a row of a table, 2843 977 394,
# is three cells, not one number).
SPACED_NUMBER = r"[1-9][0-9]{0,2}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9])(?:[.．][0-9]+)?"
NUMBER_PATTERN = (rf"(?:(?<![0-9０-９])(?<![0-9][ \u00a0\u2009\u202f]){SPACED_NUMBER}"
                  rf"|(?<![0-9０-９]){ARABIC_NUMBER}|(?<![{CHINESE_NUMERAL_CHARS}]){CHINESE_NUMBER})")
NUMBER_RE = re.compile(NUMBER_PATTERN)

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_ARABIC_RE = re.compile(rf"^{ARABIC_NUMBER}$")
_SPACED_RE = re.compile(rf"^{SPACED_NUMBER}$")
_SPACES = str.maketrans("", "", " \u00a0\u2009\u202f")


def parse_number(span: str) -> float | None:
    """The value of one isolated numeral span, or ``None`` if it is not a number.

    >>> parse_number("841.4")
    841.4
    >>> parse_number("十")
    10.0
    >>> parse_number("三十五万")
    350000.0
    >>> parse_number("2020年") is None
    True
    >>> parse_number("216 688")
    216688.0
    """
    span = span.strip()
    if not span:
        return None
    if _SPACED_RE.match(span):
        span = span.translate(_SPACES)
    if _ARABIC_RE.match(span):
        value = float(span.translate(_FULLWIDTH).replace(",", ""))
        return value if math.isfinite(value) else None  # 400 digits in a row are not a quantity
    if all(ch in CHINESE_NUMERAL_CHARS or ch == "点" for ch in span):
        return _parse_chinese(span)
    return None


def _parse_chinese(span: str) -> float | None:
    integer_part, _, decimal_part = span.partition("点")
    value = _parse_chinese_integer(integer_part) if integer_part else 0
    if value is None:
        return None
    if decimal_part:
        if not all(ch in _DIGITS for ch in decimal_part):
            return None
        digits = "".join(str(_DIGITS[ch]) for ch in decimal_part)
        return float(f"{value}.{digits}")
    return float(value)


def _parse_chinese_integer(span: str) -> int | None:
    # A digit-by-digit reading (二〇二一) has no magnitude characters at all.
    if all(ch in _DIGITS for ch in span):
        return int("".join(str(_DIGITS[ch]) for ch in span))
    total = 0  # completed 亿/万 sections
    section = 0  # the part below the current 万
    digit: int | None = None
    for ch in span:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            # 十 alone means 一十
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _BIG_UNITS:
            section += digit or 0
            big = _BIG_UNITS[ch]
            if section == 0 and total == 0:
                return None
            total = (total + section) * big if big > 10_000 or total < big else total + section * big
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)
