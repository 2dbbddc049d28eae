"""The CRF second opinion on Agency names (loaders/agency_crf.py): trained on a tiny invented corpus
(fixtures written for this test, not evidence), it adds a body the rules miss, named as the rules
would name it; a sentence with no body gets nothing, and it never adds a slogan or a program name.
Off by default: ``kg score``/``extract``/``ingest --agency-model`` switch it on."""
from __future__ import annotations

from itertools import chain

import pytest

from corpus_helpers import write_gold_corpus
from loaders import agency_crf, program_crf
from loaders.agencies import extract_agencies
from loaders.types import DocumentInfo, Sentence

# Invented sentences in the style of county civil-affairs news: associations the rules do not list
# (…总会, …协会) beside bureaus they do; gold agencies per document.
_DOCUMENTS = {
    "a.txt": ("东山县慈善救助总会开展走访活动，县民政局参加。\n东山县养老护理协会召开年会，交流经验。\n会议要求提高认识、压实责任。",
              ["东山县慈善救助总会", "东山县养老护理协会", "东山县民政局"]),
    "b.txt": ("西河区社会工作者协会组织培训，区民政局指导。\n西河区老龄事业促进总会发布倡议，关爱老人。\n全区要坚持问题导向。",
              ["西河区社会工作者协会", "西河区老龄事业促进总会", "西河区民政局"]),
    "c.txt": ("南湖县银龄互助总会启动结对帮扶，县财政局支持。\n南湖县社区志愿服务协会走访困难群众。\n各村要加强统筹协调。",
              ["南湖县银龄互助总会", "南湖县社区志愿服务协会", "南湖县财政局"]),
    "d.txt": ("北城县残疾人帮扶总会慰问残疾人家庭，县民政局陪同。\n北城县殡葬改革促进协会开展宣传。\n干部要转变工作作风。",
              ["北城县残疾人帮扶总会", "北城县殡葬改革促进协会", "北城县民政局"]),
}


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny-agencies")
    docs, gold = write_gold_corpus(root, _DOCUMENTS, "agencies")
    sequences = list(agency_crf.gold_sequences(docs, gold))
    # every gold agency is labelled in its text: the rules' 县民政局 by their name, the others as written
    assert sum(labels.count("B") for _, labels in sequences) == 12
    return program_crf.train(chain(sequences, sequences), root / "tiny.model", max_iterations=80)


@pytest.fixture
def model_on(model, monkeypatch):
    monkeypatch.setenv("CIVKG_AGENCY_MODEL", str(model))
    monkeypatch.setenv("CIVKG_AGENCY_THRESHOLD", "0.5")
    return model


def _agencies(text: str, info: DocumentInfo, rules_only: bool = False) -> list[str]:
    return [m.name for m in extract_agencies([Sentence(0, text, 0, len(text))], info, rules_only)]


def test_the_model_adds_a_body_the_rules_miss(model_on):
    info = DocumentInfo("x", place="东山县", province="福建省")
    text = "东山县老年人关爱总会召开理事会，县民政局到会指导。"
    assert _agencies(text, info, rules_only=True) == ["东山县民政局"]
    assert _agencies(text, info) == ["东山县老年人关爱总会", "东山县民政局"]


def test_a_bare_level_word_gets_the_documents_place(model_on):
    # 县 + a body only the model reads: named with the document's county, as the rules name 县民政局
    info = DocumentInfo("x", place="东山县", province="福建省")
    assert "东山县老年人关爱总会" in _agencies("县老年人关爱总会召开理事会，县民政局到会指导。", info)


def test_no_body_no_span(model_on):
    info = DocumentInfo("x", place="东山县", province="福建省")
    text = "全县要坚持问题导向，加强统筹协调，压实工作责任。"
    assert agency_crf.agency_cue_windows(text) == []  # no cue: the model is not even run
    assert _agencies(text, info) == []


def test_never_a_program_or_a_slogan(model_on):
    info = DocumentInfo("x", place="东山县", province="福建省")
    # a quoted program and a slogan beside a body word: nothing but the rules' bureau
    text = "县民政局开展“银龄互助”关爱行动，坚持互比互看、全域提升，打造“暖心”服务中心。"
    assert _agencies(text, info) == ["东山县民政局"]
    program = text.index("“暖心”")
    assert not agency_crf.model_span_ok(text, program, text.index("。"), {text.index("。")})
    slogan = "互比互看、全域提升"
    at = text.index(slogan)
    assert not agency_crf.model_span_ok(text, at, at + len(slogan), {at + len(slogan)})


def test_generic_bodies_are_not_added():
    text = "各县、区民政局要落实责任，乡镇敬老院要排查隐患。"
    start = text.index("区民政局")
    assert not agency_crf.model_span_ok(text, start, start + 4, {start + 4})
    start = text.index("乡镇敬老院")
    assert not agency_crf.model_span_ok(text, start, start + 5, {start + 5})


def test_gold_spans_take_the_rules_name_and_the_end_of_a_gold_name():
    text = "省厅召开会议，市民政局和各级民政局参加。"
    spans = agency_crf.gold_agency_spans(text, ["辽宁省民政厅", "营口市民政局"], [(0, 2, "辽宁省民政厅")])
    assert [text[s:e] for s, e in spans] == ["省厅", "市民政局"]  # not the generic 各级民政局


def test_off_by_default_the_rules_alone(monkeypatch):
    monkeypatch.delenv("CIVKG_AGENCY_MODEL", raising=False)
    assert agency_crf.active_setting() is None
    info = DocumentInfo("x", place="东山县", province="福建省")
    text = "东山县老年人关爱总会召开理事会，县民政局到会指导。"
    assert _agencies(text, info) == _agencies(text, info, rules_only=True)


def test_cli_agency_model_flag(model, tmp_path, monkeypatch, capsys):
    from kg.cli import main

    monkeypatch.delenv("CIVKG_AGENCY_MODEL", raising=False)
    doc = tmp_path / "a.txt"
    doc.write_text("东山县老年人关爱总会召开理事会，县民政局到会指导。", encoding="utf-8")
    try:
        assert main(["extract", str(doc), "--format", "table", "--agency-model", str(model)]) == 0
        assert "Agency   东山县老年人关爱总会" in capsys.readouterr().out
        assert main(["extract", str(doc), "--format", "table", "--no-agency-model"]) == 0
        assert "Agency   东山县老年人关爱总会" not in capsys.readouterr().out
        assert main(["extract", str(doc), "--agency-model", str(tmp_path / "missing.model")]) != 0
        assert "agency model not found" in capsys.readouterr().err
    finally:
        agency_crf.use_agency_model("off")


def test_a_veto_drops_a_rule_span_the_model_reads_as_no_name(model_on, monkeypatch):
    # opt-in (CIVKG_AGENCY_VETO): at a threshold no mean P(inside) reaches, the rules' bureau in a cue window goes
    info = DocumentInfo("x", place="东山县", province="福建省")
    text = "会议由县民政局主持，全县要压实工作责任。"
    assert _agencies(text, info) == ["东山县民政局"]
    monkeypatch.setenv("CIVKG_AGENCY_VETO", "1.01")
    assert agency_crf.active_setting().veto_threshold == 1.01
    assert _agencies(text, info) == []
    monkeypatch.setenv("CIVKG_AGENCY_VETO", "0")
    assert _agencies(text, info) == ["东山县民政局"]
