"""Numeral conversion on spans as they occur in the corpus."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders.numbers import NUMBER_RE, parse_number

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("841.4", 841.4),
        ("1,730.4", 1730.4),
        ("30622", 30622.0),
        ("五十四点一", 54.1),
        ("十五", 15.0),
        ("三十五万", 350000.0),
        ("三亿五千万", 350_000_000.0),
        ("一千二百零五", 1205.0),
        ("二〇二一", 2021.0),
        ("两万", 20000.0),
    ],
)
def test_parse_number_values(span: str, expected: float) -> None:
    assert parse_number(span) == pytest.approx(expected)


@pytest.mark.parametrize("span", ["", "三社", "2020年", "第六", "abc", "万"])
def test_parse_number_rejects_non_numbers(span: str) -> None:
    assert parse_number(span) is None


def test_number_pattern_leaves_slogan_counts_alone() -> None:
    # From seed 000 and dev 054: counts inside names and formulas are words.
    text = "深化推进“三社联动”试点工作，增强“四个意识”、做到“两个维护”，每千人口民政服务床位数 6.0 张"
    assert [m.group() for m in NUMBER_RE.finditer(text)] == ["6.0"]


def test_numbers_in_the_statistics_bulletin_parse() -> None:
    text = (CORPUS / "dev" / "054.txt").read_text(encoding="utf-8")
    spans = [m.group() for m in NUMBER_RE.finditer(text)]
    assert "1730.4" in spans and "38558" in spans
    assert all(parse_number(span) is not None for span in spans)
    # No span is a bare magnitude word such as 千 in 每千人口.
    assert not any(re.fullmatch("[千万亿百]", span) for span in spans)
