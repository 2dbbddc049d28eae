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
# (its tail is named apart: NUMBER_PATTERN reads the first digit itself, then this rest)
_ARABIC_REST = r"(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?"
ARABIC_NUMBER = r"[0-9０-９]+" + _ARABIC_REST
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
_SPACED_REST = r"[0-9]{0,2}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9])(?:[.．][0-9]+)?"
SPACED_NUMBER = r"[1-9]" + _SPACED_REST
# Each branch reads its first character, then looks behind it (``(?<![0-9].)`` after one character is
# ``(?<![0-9])`` before it): the same matches as the look-behinds written first, but ``re`` rejects a
# branch on its first character (an IN test) instead of running each look-behind as a sub-match at every
# character of a sentence. This pattern is scanned over every sentence that holds a figure.
_NOT_AFTER_DIGIT = "(?<![0-9０-９].)"
_NOT_AFTER_NUMERAL = rf"(?<![{CHINESE_NUMERAL_CHARS}].)"
NUMBER_PATTERN = (
    rf"(?:[1-9]{_NOT_AFTER_DIGIT}(?<![0-9][ \u00a0\u2009\u202f].){_SPACED_REST}"
    rf"|[0-9０-９]{_NOT_AFTER_DIGIT}[0-9０-９]*{_ARABIC_REST}"
    rf"|(?:[{CHINESE_DIGITS}]{_NOT_AFTER_NUMERAL}[十百千万亿]|十{_NOT_AFTER_NUMERAL})[{CHINESE_NUMERAL_CHARS}]*(?:点[{CHINESE_DIGITS}]+)?"
    rf"|[{CHINESE_DIGITS}]{_NOT_AFTER_NUMERAL}[{CHINESE_DIGITS}]*点[{CHINESE_DIGITS}]+)"
)
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


# Digits with magnitude characters between them, as Hong Kong, Macau and Taiwan texts and news write amounts:
# 8万3千 (83,000), 1亿3567万8000 (135,678,000), 7亿4千7百万, 9千, 4万5000. At least one 千/百, or digits after the
# last 万/亿: a plain 5万 or 3.2亿 is read by the unit rules, which keep 万/亿 in the unit.
# The last part may group its thousands with a comma, as Hong Kong and Taiwan write 13萬9,568人.
COMPOUND_NUMBER = (r"(?<![0-9.])[0-9]{1,4}(?:\.[0-9]+)?(?:\s?[亿万千百]\s?[0-9]{0,4}){0,3}\s?[亿万千百]\s?"
                   r"(?:[0-9]{1,3},[0-9]{3}(?![0-9])|[0-9]{0,4})")  # bounded: linear
_COMPOUND_PART_RE = re.compile(r"([0-9]+(?:\.[0-9]+)?)?\s*([亿万千百])?")
_SMALL_MARKS = {"千": 1000, "百": 100}


def parse_compound(span: str) -> tuple[float, str] | None:
    """(value, magnitude kept in the unit) of digits written with magnitude characters between them; the
    largest of 亿/万 stays in the unit (as the annotation guide writes 3.97亿元), 千/百 never do.

    >>> parse_compound("8万3千"), parse_compound("1亿3567万8000"), parse_compound("7亿4千7百万")
    ((8.3, '万'), (1.35678, '亿'), (7.47, '亿'))
    >>> parse_compound("9千"), parse_compound("4万5000"), parse_compound("1千万")
    ((9000.0, ''), (4.5, '万'), (1000.0, '万'))
    >>> parse_compound("13万9,568")  # thousands grouped with a comma after the magnitude (Taiwan, Hong Kong)
    (13.9568, '万')
    >>> parse_compound("5万") is None, parse_compound("3.5万2") is None  # plain magnitude; a decimal with more
    (True, True)
    """
    parts = [(number, mark) for number, mark in _COMPOUND_PART_RE.findall(span.replace(" ", "").replace(",", ""))
             if number or mark]
    marks = [mark for _, mark in parts if mark]
    if not marks or not (set(marks) & set(_SMALL_MARKS) or not parts[-1][1]):
        return None  # 5万: nothing compound about it
    if any("." in number for number, _ in parts[1:]) or ("." in parts[0][0] and len(parts) > 1 and parts[0][1] != "亿"
                                                         and not parts[-1][1]):
        return None
    total, section = 0.0, 0.0
    for number, mark in parts:
        count = float(number) if number else (1.0 if mark in _SMALL_MARKS else 0.0)
        if mark in _SMALL_MARKS:
            section += count * _SMALL_MARKS[mark]
        elif mark == "万":
            total += (section + count) * 10_000
            section = 0.0
        elif mark == "亿":
            total = (total + section + count) * 100_000_000
            section = 0.0
        else:
            section += count
    total += section
    size, magnitude = (100_000_000, "亿") if "亿" in marks else (10_000, "万") if "万" in marks else (1, "")
    return round(total / size, 8), magnitude
