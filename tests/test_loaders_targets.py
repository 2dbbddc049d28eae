"""Targets on real corpus sentences, and what must not become a target."""
from __future__ import annotations

import json

import pytest

from loaders.normalise import normalise
from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo, Sentence

from corpus_helpers import CORPUS, corpus_sentence


def keys(mentions) -> list[tuple[float, str]]:
    return [(m.properties["value"], m.properties["unit"]) for m in mentions]


def test_rise_gives_one_goal_with_its_from_value() -> None:
    # dev 044 (machine-converted traditional text).
    sentence = corpus_sentence("dev/044.txt", "685元")
    targets = extract_targets([sentence], DocumentInfo("044.txt", year=2020))
    first = targets[0].properties
    assert (first["value"], first["unit"], first["from_value"]) == (740.0, "元/月", 685.0)
    assert first["kind"] == "goal" and first["scope"] == "城市" and first["year"] == 2020
    assert "城市最低生活保障标准" in first["indicator"]
    assert targets[0].name == f"{first['indicator']} 740元/月"
    # No from-value is reported as a target of its own.
    assert 685.0 not in [v for v, _ in keys(targets)]
    assert (494.0, "元/月") in keys(targets)


def test_per_person_per_period_becomes_the_unit() -> None:
    # dev 046: 由每人每年4800元提高到5400元.
    sentence = corpus_sentence("dev/046.txt", "4800元")
    assert keys(extract_targets([sentence], DocumentInfo("046.txt"))) == [(5400.0, "元/年")]
    # dev 028: a list under one per-month phrase.
    sentence = corpus_sentence("dev/028.txt", "1010元")
    assert keys(extract_targets([sentence], DocumentInfo("028.txt")))[:2] == [(1010.0, "元/月"), (838.0, "元/月")]


def test_magnitudes_stay_in_the_unit() -> None:
    # seed 004 (traditional with pinyin artefacts, normalised first).
    sentence = corpus_sentence("seeds/004_fb6f63fe8eacedd8.txt", "841.4")
    assert keys(extract_targets([sentence], DocumentInfo("004")))[-2:] == [(3.97, "亿元"), (841.4, "万人次")]


def test_ratio_and_years_in_a_row() -> None:
    sentence = corpus_sentence("dev/046.txt", "1.38:1")
    assert (1.38, ":1") in keys(extract_targets([sentence], DocumentInfo("046.txt")))
    sentence = corpus_sentence("seeds/000_66d4edfc353e1d9b.txt", "连续7年")
    assert (7.0, "年") in keys(extract_targets([sentence], DocumentInfo("000")))


def test_dates_ordinals_names_and_attendance_are_not_targets() -> None:
    text = [
        "2月22日,2021年全市民政工作会议召开。",  # seed 000: dates
        "陕西省第十九次民政会议召开",  # dev 008: ordinal
        "营口市第一条连接养老服务需求的12349养老服务热线正式启用",  # seed 000: number in a name
        "衢市民〔2019〕1号",  # seed 001: document number
        "以优异成绩庆祝建党100周年。",
        "以及省直有关单位负责人等约700人参加会议",  # dev 008: attendance
        "推动落实低收入农户9000元以上社会救助兜底保障实施方案。",  # seed 001: inside a policy title
        "深化推进“三社联动”试点工作,增强“四个意识”",
    ]
    sentences = [Sentence(i, t, 0, len(t)) for i, t in enumerate(text)]
    assert extract_targets(sentences, DocumentInfo("x")) == []


def test_statistics_bulletin_against_gold() -> None:
    # Every (value, unit) the gold lists for the national bulletin, and almost nothing else.
    norm = normalise((CORPUS / "dev" / "054.txt").read_text(encoding="utf-8"))
    sentences = split_sentences(norm.text)
    found = {(round(m.properties["value"], 4), m.properties["unit"])
             for m in extract_targets(sentences, DocumentInfo("054.txt", kind="statistics_bulletin", year=2021))}
    gold = json.loads((CORPUS / "gold" / "dev" / "054.json").read_text(encoding="utf-8"))
    expected = {(round(float(t["value"]), 4), t["unit"]) for t in gold["targets"]}
    assert len(found & expected) / len(expected) >= 0.95
    assert len(found & expected) / len(found) >= 0.95


def test_offsets_point_into_the_normalised_text() -> None:
    norm = normalise((CORPUS / "dev" / "048.txt").read_text(encoding="utf-8"))
    sentences = split_sentences(norm.text)
    for mention in extract_targets(sentences, DocumentInfo("048.txt")):
        assert norm.text[mention.start:mention.end] == mention.surface
        assert mention.surface.startswith(str(mention.properties["value"]).rstrip("0").rstrip(".")[:1])


@pytest.mark.parametrize("split", ["dev", "seeds"])
def test_targets_precision_and_recall_on_the_corpus(split: str) -> None:
    tp = fp = fn = 0
    for gold_path in sorted((CORPUS / "gold" / split).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        norm = normalise((CORPUS / split / gold["doc"]).read_text(encoding="utf-8"))
        found = {(round(m.properties["value"], 4), m.properties["unit"])
                 for m in extract_targets(split_sentences(norm.text), DocumentInfo(gold["doc"]))}
        expected = {(round(float(t["value"]), 4), t["unit"]) for t in gold["targets"]}
        tp, fp, fn = tp + len(found & expected), fp + len(found - expected), fn + len(expected - found)
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.9


def test_indicators_are_readable_phrases() -> None:
    # dev 046: the label before the colon names the goal.
    sentence = corpus_sentence("dev/046.txt", "600元")
    (target,) = extract_targets([sentence], DocumentInfo("046.txt"))
    assert target.properties["indicator"] == "城市低保标准"
    assert target.properties["scope"] == "城市"
    # seed 002: a list item takes its own stretch of the clause.
    sentence = corpus_sentence("seeds/002_487919efaec29cbe.txt", "僵尸型")
    indicators = {t.properties["value"]: t.properties["indicator"] for t in extract_targets([sentence], DocumentInfo("002"))}
    assert indicators[563.0] == "僵尸型社会组织"
    # seed 004: 年均增长 is the change of the indicator before it, named as its 年均增幅.
    norm = normalise((CORPUS / "seeds" / "004_fb6f63fe8eacedd8.txt").read_text(encoding="utf-8"))
    targets = extract_targets(split_sentences(norm.text), DocumentInfo("004"))
    growth = [t.properties["indicator"] for t in targets if t.properties["unit"] == "%"]
    assert growth and all(indicator.endswith("年均增幅") for indicator in growth)
    assert all(1 <= len(t.properties["indicator"]) <= 32 for t in targets)
