"""Programs on real corpus sentences; slogans and planning periods stay out."""
from __future__ import annotations

import json

import pytest

from kg.evaluate import fuzzy_match
from loaders.normalise import normalise
from loaders.programs import extract_programs
from loaders.sentences import split_sentences
from loaders.types import DocumentInfo, Sentence

from corpus_helpers import CORPUS, corpus_sentence


def names(sentence: Sentence) -> list[str]:
    return [m.name for m in extract_programs([sentence], DocumentInfo("x"))]


def test_suffix_names_are_cut_after_the_clause_verb() -> None:
    norm = normalise((CORPUS / "seeds" / "000_66d4edfc353e1d9b.txt").read_text(encoding="utf-8"))
    found = [m.name for m in extract_programs(split_sentences(norm.text), DocumentInfo("000"))]
    assert "12349养老服务热线" in found
    assert "市域社会治理现代化试点" in found
    assert "儿童福利工作规范化建设年" in found
    assert "村级公益性公墓试点" in found
    assert all(len(name) <= 30 for name in found)


def test_quoted_mechanisms_and_slogans() -> None:
    sentence = corpus_sentence("seeds/000_66d4edfc353e1d9b.txt", "“三社联动”试点")
    assert names(sentence) == ["三社联动"]
    # Same document: quoted slogans are not programs.
    sentence = corpus_sentence("seeds/000_66d4edfc353e1d9b.txt", "两个标准")
    assert names(sentence) == []


def test_quote_runs_share_the_suffix_or_context() -> None:
    # seed 003: “城市15分钟”“农村半小时”生活圈
    found = names(corpus_sentence("seeds/003_e84e2c769a64ca27.txt", "农村半小时"))
    assert {"城市15分钟生活圈", "农村半小时生活圈"} <= set(found)
    # seed 001: “优服促稳”“提标增效”“强村富民”“美村惠民”“强基固本”等五大行动
    found = names(corpus_sentence("seeds/001_a6c3dbea50c2ae1d.txt", "优服促稳"))
    assert {"优服促稳", "提标增效", "强村富民", "美村惠民", "强基固本"} <= set(found)
    assert not any("等" in name for name in found)


def test_enumerated_actions_and_linkage_mechanisms() -> None:
    found = names(corpus_sentence("dev/032.txt", "助残行动"))
    assert {"社会保障助残", "托养供养助残", "康复辅具助残", "慈善爱心助残", "精康融合助残"} <= set(found)
    assert names(corpus_sentence("dev/012.txt", "政社互动")) == ["政社互动"]


def test_policy_titles_and_work_plans_are_not_programs() -> None:
    # dev 052: 《2017年全省法治政府建设工作计划》 is a cited document.
    assert names(corpus_sentence("dev/052.txt", "工作计划")) == []


@pytest.mark.parametrize(
    "text",
    [
        "增强“四个意识”、坚定“四个自信”、做到“两个维护”",  # dev 054
        "总结了“十三五”期间民政工作成果",  # seed 000
        "聚焦“一老一小”等重点群体",
        "坚持“民政为民、民政爱民”工作理念",  # seed 001
        "希望全省民政系统切实把思想和行动统一到省委省政府的部署上来",  # dev 062
        "指导县区创省级试点改革地区",  # seed 000
    ],
)
def test_slogans_and_generic_phrases_are_not_programs(text: str) -> None:
    assert names(Sentence(0, text, 0, len(text))) == []


def test_variants_in_one_document_merge_under_the_longer_name() -> None:
    norm = normalise((CORPUS / "dev" / "016.txt").read_text(encoding="utf-8"))
    found = {m.name for m in extract_programs(split_sentences(norm.text), DocumentInfo("016.txt"))}
    assert found == {"走进困难家庭倾情解忧暖心专项行动", "全国居家养老试点"}


def test_mention_offsets_cover_the_surface() -> None:
    norm = normalise((CORPUS / "seeds" / "002_487919efaec29cbe.txt").read_text(encoding="utf-8"))
    for mention in extract_programs(split_sentences(norm.text), DocumentInfo("002")):
        assert norm.text[mention.start:mention.end] == mention.surface
        assert "“" not in mention.name and "”" not in mention.name


@pytest.mark.parametrize("split", ["dev", "seeds"])
def test_programs_precision_and_recall_on_the_corpus(split: str) -> None:
    tp = fp = fn = 0
    for gold_path in sorted((CORPUS / "gold" / split).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        norm = normalise((CORPUS / split / gold["doc"]).read_text(encoding="utf-8"))
        found = {m.name for m in extract_programs(split_sentences(norm.text), DocumentInfo(gold["doc"]))}
        expected = set(gold["programs"])
        hits = {p for p in found if any(fuzzy_match(p, g) for g in expected)}
        tp, fp = tp + len(hits), fp + len(found - hits)
        fn += sum(1 for g in expected if not any(fuzzy_match(p, g) for p in found))
    assert tp / max(1, tp + fp) >= 0.85
    assert tp / max(1, tp + fn) >= 0.7
