"""loaders.literals: a pattern skipped for lacking its required words could never have matched.

The sentences are invented for the test (fixtures, not evidence); the patterns are
the shipped program catalogue's and a few written to probe the parser's corners.
"""
from __future__ import annotations

import random
import re

import pytest

from loaders.concepts import load_catalogue
from loaders.literals import may_match, required_words

SENTENCES = [
    "全面推进智慧养老服务平台建设，新建街道综合养老服务中心12家、日间照料中心40个。",
    "提高城乡低保标准，农村低保标准由每人每月500元调整为560元。",
    "深化殡葬改革，整治散埋乱葬，推进公益性公墓建设。",
    "推行婚姻登记“跨省通办”，实现全市通办。",
    "开展农村留守儿童关爱保护和困境儿童保障工作。",
    "市民政局召开全市民政工作会议，部署2024年重点任务。",
    "养老院服务质量建设专项行动取得明显成效。",
    "AbC 智慧+养老 12349 热线",
    "",
]

PROBES = [
    r"智慧\+?养老",
    r"(?:区域性|街道)?综合养老服务中心|日间照料中心",
    r"[多四]社联动",
    r"(?:提高|上调)[^。；]{0,12}(?:低保|最低生活保障)[^。；]{0,6}标准",
    r"养老院服务质量建设专项行动|养老服务质量提升",
    r"(?i)abc",
    r"(?i:abc)d",
    r"a(?=b)bc",
    r"(?:婚姻)*登记",
    r"(?:婚姻)+登记",
    r"^市民政局",
    r"(民政)\1",
    r"[^。]{0,4}",
    r"x|",
]


def _patterns() -> list[re.Pattern[str]]:
    catalogue = [concept.pattern for concept in load_catalogue().concepts if concept.pattern is not None]
    return catalogue + [re.compile(p) for p in PROBES]


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda p: p.pattern[:30])
def test_a_skipped_pattern_has_no_match(pattern: re.Pattern[str]) -> None:
    words = required_words(pattern)
    rng = random.Random(7)
    texts = list(SENTENCES)
    # the sentences cut and spliced at random places, so words break and join in new ways
    for _ in range(200):
        a, b = rng.choice(SENTENCES), rng.choice(SENTENCES)
        texts.append(a[rng.randrange(len(a) + 1):] + b[:rng.randrange(len(b) + 1)])
    for text in texts:
        if pattern.search(text):
            assert may_match(words, text), (pattern.pattern, text, words)


def test_required_words_of_catalogue_patterns_are_found() -> None:
    """Most catalogue patterns get words (else the shortcut buys nothing); none gets an empty word."""
    patterns = [concept.pattern for concept in load_catalogue().concepts if concept.pattern is not None]
    words = [required_words(p) for p in patterns]
    assert sum(w is not None for w in words) >= len(patterns) * 0.9
    assert all(all(w) for w in words if w is not None)


def test_no_words_where_none_are_certain() -> None:
    """Negative: optional, repeated-from-zero, case-blind and class-only parts give no word."""
    assert required_words(re.compile(r"(?:婚姻)*登记")) == ("登记",)
    assert required_words(re.compile(r"(?:婚姻)?")) is None
    assert required_words(re.compile(r"(?i)abc")) is None
    assert required_words(re.compile(r"(?i:abc)d")) is None
    assert required_words(re.compile(r"x|")) is None
    assert required_words(re.compile(r"[甲乙]{2}")) is None
