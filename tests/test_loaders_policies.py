"""Cited policy titles on real corpus sentences."""
from __future__ import annotations

import json

import pytest

from kg.evaluate import fuzzy_match
from loaders.normalise import normalise
from loaders.policies import extract_policies, policy_spans
from loaders.sentences import split_sentences
from loaders.types import DocumentInfo, Sentence

from corpus_helpers import CORPUS, corpus_sentence


def names(sentence: Sentence, title: str = "") -> list[str]:
    return [m.name for m in extract_policies([sentence], DocumentInfo("x", title=title))]


def test_bracketed_titles_without_brackets() -> None:
    sentence = corpus_sentence("seeds/000_66d4edfc353e1d9b.txt", "实施意见")
    assert names(sentence) == ["关于改革完善社会救助制度的实施意见"]


def test_nested_titles_give_both_documents() -> None:
    # dev 028: 《山东省贯彻〈关于改革完善社会救助制度的意见〉若干措施》
    found = names(corpus_sentence("dev/028.txt", "若干措施"))
    assert "山东省贯彻关于改革完善社会救助制度的意见若干措施" in found
    assert "关于改革完善社会救助制度的意见" in found
    assert "关于统筹完善社会救助体系的指导意见" in found


def test_unbracketed_titles_after_issuing_verbs() -> None:
    assert names(corpus_sentence("dev/026.txt", "养老服务条例")) == ["广西养老服务条例"]
    assert "中央八项规定" in names(corpus_sentence("seeds/004_fb6f63fe8eacedd8.txt", "八项规定"))


def test_media_films_and_article_titles_are_not_policies() -> None:
    # seed 003 source line, dev 014 (a warning-education film), dev 030 (a magazine).
    assert names(Sentence(0, "来源:《东营日报》《黄河口晚刊》《东营网》", 0, 20)) == []
    assert names(corpus_sentence("dev/014.txt", "祸起忽微")) == []
    assert names(corpus_sentence("dev/030.txt", "中国民政")) == []


def test_the_document_itself_is_not_cited() -> None:
    sentence = corpus_sentence("dev/044.txt", "印发")
    title = "关于调整城乡居民最低生活保障和城乡特困人员救助供养标准的通知"
    assert names(sentence) == [title]
    assert names(sentence, title=title) == []
    # seed 001: the covering notice and the plan it issues are the document.
    norm = normalise((CORPUS / "seeds" / "001_a6c3dbea50c2ae1d.txt").read_text(encoding="utf-8"))
    found = {m.name for m in extract_policies(split_sentences(norm.text), DocumentInfo("001", title="衢市民〔2019〕1号"))}
    assert "2019年全市民政工作要点" not in found
    assert "浙江省社会救助条例" in found


def test_policy_spans_cover_unbracketed_titles() -> None:
    text = "推动落实低收入农户9000元以上社会救助兜底保障实施方案。"
    (start, end), = policy_spans(text)
    assert text[start:end] == "低收入农户9000元以上社会救助兜底保障实施方案"


@pytest.mark.parametrize("split", ["dev", "seeds"])
def test_policies_precision_and_recall_on_the_corpus(split: str) -> None:
    index = {}
    index_path = CORPUS / split / "INDEX.tsv"
    if index_path.exists():
        for line in index_path.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            index[cells[0]] = cells[2]
    tp = fp = fn = 0
    for gold_path in sorted((CORPUS / "gold" / split).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        norm = normalise((CORPUS / split / gold["doc"]).read_text(encoding="utf-8"))
        title = normalise(index.get(gold["doc"], "")).text
        found = {m.name for m in extract_policies(split_sentences(norm.text), DocumentInfo(gold["doc"], title=title))}
        expected = set(gold["policies"])
        hits = {p for p in found if any(fuzzy_match(p, g) for g in expected)}
        tp, fp = tp + len(hits), fp + len(found - hits)
        fn += sum(1 for g in expected if not any(fuzzy_match(p, g) for p in found))
    assert tp / max(1, tp + fp) >= 0.9
    assert tp / max(1, tp + fn) >= 0.85
