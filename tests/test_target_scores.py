"""Target attributes against the gold (indicator, scope, kind, year, place), with floors.

The floors sit just under what the extractor reaches on the shared corpus
(figures in docs/benchmarks.md, "Target attributes"); ``-s`` prints the table.
Also: the target scan stays linear on long runs of digits.
"""
from __future__ import annotations

import time

import pytest

from kg.evaluate_targets import add, evaluate_split, indicator_match, table, target_attribute_accuracy
from kg.model import Fragment
from loaders import load_text
from loaders.targets import extract_targets
from loaders.types import DocumentInfo, Sentence

# Measured (right / pairs) after the 6 Dec merge: seeds 55/74 0.743, 68/74 0.919, 66/74 0.892, 72/74 0.973,
# 72/74 0.973; dev 223/289 0.772, 277/289 0.958, 277/289 0.958, 269/289 0.931, 282/289 0.976.
FLOORS = {
    # seeds scope 0.92 -> 0.91 (h/targets): rates sharing one value now give one target each, so 5 more
    # gold targets are paired (69 -> 74) and right rose 65 -> 68, but 4 of the new pairs have a gold
    # scope that is a time phrase (2017年三季度以前项目), not one of the guide's 城市/农村/城乡.
    # stop 17: seeds indicator 0.905 -> 0.919 (tgt13), kind 0.892 -> 0.946 and place 0.973 -> 1.000 (tgt14)
    # stop 23: seeds indicator 0.946 (70/74), dev 0.896 (259/289) after tgt22
    "seeds": {"indicator": 0.94, "scope": 0.91, "kind": 0.93, "year": 0.96, "place": 0.99},
    # stop 18: dev kind 0.962 -> 0.983 (tgt16: a standard stated without 为 on a page announcing standards)
    "dev": {"indicator": 0.89, "scope": 0.95, "kind": 0.97, "year": 0.94, "place": 0.97},
}


@pytest.fixture(scope="module")
def split_counts(corpus_dir):
    """Each split's attribute counts, extracted once for every test of the module."""
    return {split: evaluate_split(corpus_dir, split) for split in ("seeds", "dev")}


@pytest.fixture(scope="module", params=["seeds", "dev"])
def accuracy(request, split_counts):
    counts = split_counts[request.param]
    print(f"\n== {request.param}\n{table(counts)}")
    return request.param, counts


def test_target_attribute_floors(accuracy):
    split, counts = accuracy
    for attribute, floor in FLOORS[split].items():
        right, total = counts[attribute]
        assert total > 0
        assert right / total >= floor, f"{split} {attribute} {right}/{total} below {floor}"


def test_seeds_and_dev_indicator_meets_issue_11s_bar(split_counts):
    """Issue 11's done-when reads seeds + dev together: indicator accuracy >= .90 (329/363 at stop 23)."""
    both: dict[str, tuple[int, int]] = {}
    for counts in split_counts.values():
        add(both, counts)
    right, total = both["indicator"]
    assert total > 0 and right / total >= 0.90, f"seeds + dev indicator {right}/{total} below 0.90"


def test_pairs_are_matched_on_value_and_unit_then_attributes_compared():
    fragment: Fragment = load_text("全市城市低保标准由每人每月685元提高到740元。", "toy.txt", DocumentInfo("toy.txt", year=2020))
    gold = {"targets": [
        {"indicator": "城市最低生活保障标准", "value": 740, "unit": "元/月", "kind": "goal", "scope": "城市", "year": 2020},
        {"indicator": "农村低保标准", "value": 500, "unit": "元/月", "kind": "goal"},  # not found: no pair
    ]}
    counts = target_attribute_accuracy(fragment, gold)
    assert counts["indicator"] == (1, 1) and counts["scope"] == (1, 1) and counts["year"] == (1, 1)
    assert counts["place"] == (1, 1)  # neither gives a place


def test_indicator_rule_is_exact_or_sixty_percent_containment():
    assert indicator_match("城市低保标准", "城市最低生活保障标准")
    assert indicator_match("养老机构床位", "养老机构床位数")
    assert not indicator_match("连续", "民政部重点工作综合评估优秀等次连续年数")
    assert not indicator_match("城市低保标准", "农村低保标准")


@pytest.mark.parametrize("run", ["1" * 16_000, "一十" * 8_000, "１" * 16_000, "1元" * 8_000, "百分之" + "1" * 16_000,
                                 "连续" + "9" * 16_000, "由1提高到" * 3_000, "1-" * 8_000, "2亿" * 8_000])
def test_scan_is_linear(run):
    # 16 KB of digits took 42 s before the scan was anchored on number starts; a generous budget.
    sentence = Sentence(0, run, 0, len(run))
    started = time.perf_counter()
    extract_targets([sentence], DocumentInfo("x"))
    assert time.perf_counter() - started < 10
