"""bench/eval_models_lobo.py: its folds, its environment for training, and its scores equal kg score's.

Invented pages (fixtures, not evidence): two batches of a pool, named as the study pools name their pages.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import eval_models_lobo as lobo  # noqa: E402

from kg.evaluate import evaluate_folder  # noqa: E402

PAGES = {
    "pa_001.txt": ("2024年，营口市民政局开展“银龄关爱”行动，为全市困难老人提供上门服务。",
                   {"agencies": ["营口市民政局"], "programs": ["银龄关爱"],
                    "relations": [{"type": "PROMOTES", "agency": "营口市民政局", "program": "银龄关爱"}]}),
    "pa_002.txt": ("盖州市民政局召开全市养老服务工作会议，部署“暖心食堂”建设。", {"agencies": ["盖州市民政局"]}),
    "pb_001.txt": ("鞍山市民政局启动“邻里守望”志愿服务项目。", {"agencies": ["鞍山市民政局"], "programs": ["邻里守望"]}),
}


@pytest.fixture()
def clean_models():
    """No model choice in the environment, and whatever ``lobo.use`` sets is undone after the test (by hand:
    monkeypatch.delenv of an unset variable records nothing, so a value set later would outlive the test)."""
    saved = {variable: os.environ.pop(variable, None) for variable in lobo.MODEL_VARIABLES}
    yield
    for variable, value in saved.items():
        if value is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = value


@pytest.fixture()
def pool(tmp_path: Path) -> Path:
    folder = tmp_path / "pool"
    (folder / "gold").mkdir(parents=True)
    rows = ["file\tsource\ttitle"]
    for name, (text, gold) in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / "gold" / name.replace(".txt", ".json")).write_text(
            json.dumps({"doc": name, **gold}, ensure_ascii=False), encoding="utf-8")
        rows.append(f"{name}\thttp://example.invalid/{name}\t")
    (folder / "INDEX.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_batches_are_the_file_name_prefixes(pool: Path):
    assert lobo.batches(pool) == {"pa": ["pa_001.txt", "pa_002.txt"], "pb": ["pb_001.txt"]}


def test_a_fold_folder_holds_its_pages_their_index_rows_and_gold_and_nothing_of_the_other_batch(pool: Path, tmp_path: Path):
    folder = lobo.make_folder(pool, ["pa_001.txt", "pa_002.txt"], tmp_path / "held" / "pa")
    assert sorted(p.name for p in folder.glob("*.txt")) == ["pa_001.txt", "pa_002.txt"]
    assert sorted(p.name for p in (folder / "gold").glob("*.json")) == ["pa_001.json", "pa_002.json"]
    rows = (folder / "INDEX.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("file\t") and [r.split("\t")[0] for r in rows[1:]] == ["pa_001.txt", "pa_002.txt"]
    assert not (folder / "pb_001.txt").exists()  # negative: the held-out batch's folder has no page of another
    lobo.make_folder(pool, ["pa_001.txt", "pa_002.txt"], folder)  # a second run over the same folder is harmless


def test_training_gets_no_model_choice_left_by_the_previous_scoring(monkeypatch, clean_models):
    monkeypatch.setenv("CIVKG_UNRELATED_SETTING", "kept")
    lobo.use("agency-crf", "on")
    lobo.use("program-crf", "off")
    assert os.environ.get("CIVKG_PROGRAM_MODEL") == "off"
    environment = lobo.shipped_environment()
    assert not any(variable in environment for variable in lobo.MODEL_VARIABLES)
    assert environment["CIVKG_UNRELATED_SETTING"] == "kept"  # negative: other settings pass through


def test_train_commands_carry_the_shipped_settings(tmp_path: Path):
    corpus, rest, out = Path("/c"), tmp_path / "rest", tmp_path / "m"
    assert lobo.train_command("program-crf", corpus, rest, out)[:4] == ["scripts/train-program-crf", "--corpus", "/c", "--cue-only"]
    assert lobo.train_command("program-filter", corpus, rest, out)[-6:] == ["--c2", "3", "--keep", "0.4", "--out", str(out)]
    assert f"{rest}:{rest}/gold" in lobo.train_command("promotes", corpus, rest, out)
    assert lobo.train_command("agency-crf", corpus, rest, out)[-4:-2] == ["--folders", str(rest)]


def test_the_stacked_steps_stack_on_the_shipped_program_model_and_the_plain_one_does_not(tmp_path: Path, clean_models):
    from loaders.program_crf import DEFAULT_MODEL, active_setting

    corpus, rest, out = Path("/c"), tmp_path / "rest", tmp_path / "m"
    for step in ("program-crf-stacked", "program-crf-stacked-released", "program-crf-stacked-rules", "program-crf-stacked-l1"):
        command = lobo.train_command(step, corpus, rest, out)
        assert command[command.index("--stack-on") + 1] == str(DEFAULT_MODEL), step
    assert "--stack-on" not in lobo.train_command("program-crf", corpus, rest, out)  # negative
    released = lobo.train_command("program-crf-stacked-released", corpus, rest, out)
    assert released[released.index("--splits") + 1].startswith("--")  # no corpus split: the released pages alone
    lobo.use("program-crf-stacked", "off")  # a program step switched off: the rules alone
    assert active_setting() is None


def test_its_scores_are_kg_scores(pool: Path, clean_models):
    lobo.use(None, None)
    mine = lobo.score_folder(pool)
    report = evaluate_folder(pool, pool / "gold")
    for measure, expected in (("programs", report.per_type["programs"]), ("agencies", report.per_type["agencies"]),
                              ("PROMOTES", report.relations["PROMOTES"]), ("relations", report.relations_micro),
                              ("entities", report.micro)):
        assert (mine[measure].tp, mine[measure].fp, mine[measure].fn) == (expected.tp, expected.fp, expected.fn), measure
    assert mine["agencies"].tp >= 2  # the invented pages are read, not skipped
