"""The CRF second opinion on Program names (loaders/program_crf.py): trained on a tiny invented
corpus (fixtures written for this test, not evidence), it tags an invented sentence; a sentence
with no program gets nothing; a name only the model finds carries method "crf"."""
from __future__ import annotations

import json
from itertools import chain

import pytest

from corpus_helpers import write_gold_corpus
from loaders import program_crf

# Invented sentences in the style of county civil-affairs reports; gold programs per document.
_DOCUMENTS = {
    "a.txt": ("东山县民政局开展“暖心助老”行动，走访困难老人。\n县里推进“爱心助学”行动，资助学生。\n会议要求提高认识、压实责任。",
              ["暖心助老行动", "爱心助学行动"]),
    "b.txt": ("西河区民政局启动“银龄相伴”行动，组织志愿者上门。\n区里实施“情暖童心”行动，关爱留守儿童。\n全区要坚持问题导向。",
              ["银龄相伴行动", "情暖童心行动"]),
    "c.txt": ("南湖镇开展“邻里守望”行动，建立互助小组。\n镇里推出“幸福餐桌”行动，为老人送餐。\n各村要加强统筹协调。",
              ["邻里守望行动", "幸福餐桌行动"]),
    "d.txt": ("北城街道启动“安心养老”行动，改造居家设施。\n街道实施“助残圆梦”行动，帮扶残疾人。\n干部要转变工作作风。",
              ["安心养老行动", "助残圆梦行动"]),
}


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    docs, gold = write_gold_corpus(root, _DOCUMENTS, "programs")
    sequences = list(program_crf.gold_sequences(docs, gold))
    assert sum(labels.count("B") for _, labels in sequences) == 8  # every gold name found in its text
    return program_crf.train(chain(sequences, sequences), root / "tiny.model", max_iterations=80)


def test_tags_an_invented_sentence(model):
    tagger = program_crf.ProgramTagger(model)
    spans, inside = tagger.tag("青石县民政局开展“温暖家园”行动，走访低保家庭。")
    assert [span.name for span in spans] == ["温暖家园行动"]
    assert len(inside) == len("青石县民政局开展“温暖家园”行动，走访低保家庭。")
    assert all(0.0 <= span.confidence <= 1.0 for span in spans)


def test_no_program_no_span(model):
    tagger = program_crf.ProgramTagger(model)
    spans, _ = tagger.tag("全县要坚持问题导向，加强统筹协调。")
    assert spans == []


def test_a_name_the_model_finds_has_method_crf(model, monkeypatch):
    from loaders import load_text

    text = "青石县民政局开展“温暖家园”行动，走访低保家庭。"
    rules_alone = load_text(text, "x.txt")
    assert {e.provenance.method for e in rules_alone.edges if e.type == "MENTIONS" and e.target.startswith("Program:")} == {"rule"}
    monkeypatch.setenv("CIVKG_PROGRAM_MODEL", str(model))
    monkeypatch.setenv("CIVKG_PROGRAM_MODE", "crf")  # the model alone: every Program is its own
    fragment = load_text(text, "x.txt")
    mentions = {e.target: e.provenance.method for e in fragment.edges if e.type == "MENTIONS" and e.target.startswith("Program:")}
    assert mentions == {"Program:温暖家园行动": "crf"}


def test_bad_model_path_is_one_line_error(tmp_path):
    with pytest.raises(ValueError, match="program model not found"):
        program_crf.use_program_model(tmp_path / "missing.model")
    with pytest.raises(ValueError, match="mode must be one of"):
        program_crf.use_program_model(tmp_path / "missing.model", "both")


def test_shipped_model_loads_and_is_independent_of_rules():
    tagger = program_crf.ProgramTagger(program_crf.DEFAULT_MODEL)
    assert not tagger.uses_rules


def test_cli_program_model_names_crf_and_a_bad_path_is_one_line(tmp_path, model, monkeypatch, capsys):
    from kg.cli import main

    monkeypatch.delenv("CIVKG_PROGRAM_MODEL", raising=False)
    try:
        doc = tmp_path / "a.txt"
        doc.write_text("青石县民政局开展“温暖家园”行动，走访低保家庭。", encoding="utf-8")
        assert main(["extract", str(doc), "--program-model", str(model), "--program-mode", "crf"]) == 0
        record = json.loads(capsys.readouterr().out.splitlines()[0])
        methods = {r["target"]: r["provenance"]["method"] for r in record["relationships"]
                   if r["type"] == "MENTIONS" and r["target"].startswith("Program:")}
        assert methods == {"Program:温暖家园行动": "crf"}
        assert main(["extract", str(doc), "--program-model", str(tmp_path / "none.model")]) != 0
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "program model not found" in err[0]
    finally:
        program_crf.use_program_model(None)  # main() set it for this process


def test_the_model_runs_only_on_sentences_with_a_program_cue(model, monkeypatch):
    """Gate: a sentence without a quote mark or a program word is left to the rules (the model is
    not called on it); a sentence with one is tagged."""
    from loaders import load_text

    calls: list[str] = []
    original = program_crf.ProgramTagger.tag

    def counting(self, text, *args, **kwargs):
        calls.append(text)
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(program_crf.ProgramTagger, "tag", counting)
    monkeypatch.setenv("CIVKG_PROGRAM_MODEL", str(model))
    monkeypatch.setenv("CIVKG_PROGRAM_MODE", "add")
    load_text("全县要坚持问题导向，加强统筹协调。\n青石县民政局开展“温暖家园”行动，走访低保家庭。", "x.txt")
    assert [c for c in calls if "问题导向" in c] == []
    assert any("温暖家园" in c for c in calls)


def test_gold_folders_that_annotate_no_program_are_skipped(tmp_path):
    """A batch that annotated only other entities (every programs list empty) is no training data;
    one whose documents sit above its gold/A folder is found with its documents folder."""
    with_programs, without = tmp_path / "batch1", tmp_path / "batch2"
    for root, programs in ((with_programs, ["暖心助老行动"]), (without, [])):
        (root / "gold" / "A").mkdir(parents=True)
        (root / "a.txt").write_text("东山县开展“暖心助老”行动。", encoding="utf-8")
        (root / "gold" / "A" / "a.json").write_text(json.dumps({"doc": "a.txt", "programs": programs}), encoding="utf-8")
    assert program_crf.program_gold_folders(with_programs) == [(with_programs, with_programs / "gold" / "A")]
    assert program_crf.program_gold_folders(without) == []
    sequences = list(program_crf.gold_sequences(with_programs, with_programs / "gold" / "A", cue_only=True))
    assert [labels.count("B") for _, labels in sequences] == [1]


def test_the_shipped_model_is_on_by_default_and_off_on_request(monkeypatch):
    """Default: the shipped model in add mode beside the rules; CIVKG_PROGRAM_MODEL=off (the CLI's
    --no-program-model) leaves the rules alone."""
    monkeypatch.delenv("CIVKG_PROGRAM_MODEL", raising=False)
    monkeypatch.delenv("CIVKG_PROGRAM_MODE", raising=False)
    setting = program_crf.active_setting()
    assert setting is not None and setting.mode == "add" and setting.path == str(program_crf.DEFAULT_MODEL)
    monkeypatch.setenv("CIVKG_PROGRAM_MODEL", "off")
    assert program_crf.active_setting() is None


def test_no_program_model_flag_runs_the_rules_alone(tmp_path, model, monkeypatch, capsys):
    from kg.cli import main

    monkeypatch.delenv("CIVKG_PROGRAM_MODEL", raising=False)
    try:
        doc = tmp_path / "a.txt"
        doc.write_text("青石县民政局开展“温暖家园”行动，走访低保家庭。", encoding="utf-8")
        assert main(["extract", str(doc), "--no-program-model"]) == 0
        record = json.loads(capsys.readouterr().out.splitlines()[0])
        methods = {r["provenance"]["method"] for r in record["relationships"]
                   if r["type"] == "MENTIONS" and r["target"].startswith("Program:")}
        assert methods == {"rule"}
    finally:
        program_crf.use_program_model(None)
