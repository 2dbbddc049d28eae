"""A stacked program CRF (loaders/program_crf.py, scripts/train-program-crf --stack-on): a model that reads a base
model's opinion of each character as features. Trained on tiny invented corpora (fixtures written for this test,
not evidence): the base on one set of pages, the stacked model on other pages, as the shipped base was."""
from __future__ import annotations

import os
import subprocess
import sys
from itertools import chain
from pathlib import Path

import pytest

from corpus_helpers import write_gold_corpus
from loaders import program_crf

REPO = Path(__file__).resolve().parents[1]

# The base model's pages: names in quotes before 行动.
_BASE_PAGES = {
    "a.txt": ("东山县民政局开展“暖心助老”行动，走访困难老人。\n县里推进“爱心助学”行动，资助学生。\n会议要求压实责任。",
              ["暖心助老行动", "爱心助学行动"]),
    "b.txt": ("西河区民政局启动“银龄相伴”行动，组织志愿者上门。\n区里实施“情暖童心”行动，关爱留守儿童。\n全区要坚持问题导向。",
              ["银龄相伴行动", "情暖童心行动"]),
}
# The stacked model's pages, which the base never saw: the same shape, and a quote that names no program.
_NEW_PAGES = {
    "c.txt": ("南湖镇开展“邻里守望”行动，建立互助小组。\n镇长强调要做到“应保尽保”，不漏一户。\n各村要加强统筹协调。",
              ["邻里守望行动"]),
    "d.txt": ("北城街道启动“安心养老”行动，改造居家设施。\n街道要求“早发现、早报告”，及时救助。\n干部要转变工作作风。",
              ["安心养老行动"]),
}
_SENTENCE = "青石县民政局开展“温暖家园”行动，走访低保家庭。"


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("stack")
    (root / "base").mkdir()
    docs, gold = write_gold_corpus(root / "base", _BASE_PAGES, "programs")
    base_sequences = list(program_crf.gold_sequences(docs, gold))
    base = program_crf.train(chain(base_sequences, base_sequences), root / "base.model", max_iterations=80)
    (root / "new").mkdir()
    docs, gold = write_gold_corpus(root / "new", _NEW_PAGES, "programs")
    sequences = list(program_crf.gold_sequences(docs, gold, base=program_crf.ProgramTagger(base)))
    stacked = program_crf.train(chain(sequences, sequences), root / "stacked.model", max_iterations=80)
    program_crf.write_base_note(stacked, base)
    return base, stacked


def test_a_stacked_model_runs_its_base_and_tags_an_invented_sentence(models):
    base, stacked = models
    tagger = program_crf.ProgramTagger(stacked)
    assert tagger.base is not None and tagger.base.path == base
    assert program_crf.ProgramTagger(base).base is None  # a plain model reads no other model
    spans, inside = tagger.tag(_SENTENCE)
    assert [span.name for span in spans] == ["温暖家园行动"]
    assert len(inside) == len(_SENTENCE)
    features = tagger.features(_SENTENCE)
    assert "base=B".encode() in features[_SENTENCE.index("“")] or "base=B".encode() in features[_SENTENCE.index("温")]


def test_a_stacked_model_finds_nothing_where_there_is_no_program(models):
    _, stacked = models
    spans, _ = program_crf.ProgramTagger(stacked).tag("全县要坚持问题导向，加强统筹协调。")
    assert spans == []


def test_the_base_opinion_outside_the_cue_windows_is_o_and_no_name():
    class Base:  # tags every window whole as one sure name
        def opinion(self, text, rule_spans=(), matches=None):
            return ["B"] + ["I"] * (len(text) - 1), [0.97] * len(text), [program_crf.TaggedSpan(0, len(text), text, 0.97)]

    text = "会议听取了工作汇报，随后实施“乡村幸福院”工程。"
    features = program_crf.base_opinion(Base(), text)
    before = features[text.index("汇")]
    assert before == ["base-1=O", "base=O", "base+1=O", "basep=0"]  # negative: no cue, no opinion
    assert "basec=3" in features[text.index("幸")] and "basep=5" in features[text.index("幸")]


def test_a_base_that_tags_nothing_gives_only_o_features():
    features = program_crf.stack_features(["O"] * 4, [0.02, 0.15, 0.35, 0.0], [])
    assert [f[1] for f in features] == ["base=O"] * 4
    assert [f[-1] for f in features] == ["basep=0", "basep=1", "basep=2", "basep=0"]
    assert not any(f.startswith("basec") for feats in features for f in feats)


def test_a_stacked_model_without_its_note_is_a_one_line_error(models, tmp_path):
    _, stacked = models
    alone = tmp_path / "alone.model"
    alone.write_bytes(stacked.read_bytes())
    with pytest.raises(FileNotFoundError, match="names no base model"):
        program_crf.ProgramTagger(alone)


def test_the_note_names_a_base_in_the_same_folder_by_its_file_name(tmp_path):
    (tmp_path / "program_crf_base.model").write_bytes(b"")
    note = program_crf.write_base_note(tmp_path / "program_crf.model", tmp_path / "program_crf_base.model")
    empty_md5 = "d41d8cd98f00b204e9800998ecf8427e"  # the MD5 of the empty stand-in base
    assert note.name == "program_crf.base" and note.read_text(encoding="utf-8") == f"program_crf_base.model\nmd5 {empty_md5}\n"
    (tmp_path / "sub").mkdir()
    elsewhere = program_crf.write_base_note(tmp_path / "sub" / "s.model", tmp_path / "program_crf_base.model")
    assert Path(elsewhere.read_text(encoding="utf-8").splitlines()[0]).is_absolute()


def test_a_stacked_model_through_the_loader_names_a_crf_program(models, monkeypatch):
    from loaders import load_text

    _, stacked = models
    monkeypatch.setenv("CIVKG_PROGRAM_MODEL", str(stacked))
    monkeypatch.setenv("CIVKG_PROGRAM_MODE", "crf")
    fragment = load_text(_SENTENCE, "x.txt")
    mentions = {e.target: e.provenance.method for e in fragment.edges if e.type == "MENTIONS" and e.target.startswith("Program:")}
    assert mentions == {"Program:温暖家园行动": "crf"}


def test_the_training_script_writes_the_note_refuses_its_own_base_and_clears_a_stale_note(models, tmp_path):
    base, _ = models
    corpus, batch = tmp_path / "corpus", tmp_path / "batch"
    corpus.mkdir()
    docs, gold = write_gold_corpus(tmp_path, _NEW_PAGES, "programs")
    docs.rename(batch)
    gold.rename(batch / "gold")  # a batch as the study pools hold it: pages beside their gold/ folder
    out = tmp_path / "out.model"
    environment = {key: value for key, value in os.environ.items() if not key.startswith("CIVKG_")}

    def train(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "scripts/train-program-crf", "--corpus", str(corpus), "--splits",
                               "--extra", str(batch), "--out", str(out), *extra],
                              cwd=REPO, capture_output=True, text=True, env={**environment, "PYTHONPATH": str(REPO)})

    trained = train("--stack-on", str(base))
    assert trained.returncode == 0 and "pages the shipped base was trained on" not in trained.stderr  # no split given
    assert program_crf.base_model_path(out) == (base, program_crf.file_md5(base))
    refused = train("--stack-on", str(out))
    assert refused.returncode == 2 and "names the model being written" in refused.stderr
    assert train().returncode == 0  # a plain model on the same pages: the note would be stale
    assert not out.with_suffix(".base").exists() and program_crf.ProgramTagger(out).base is None


# A stacked model runs only on the base it was trained on, and only with that base's opinion in its features
# (review of stop 24): a base retrained in place, a note naming the model itself or another stacked model, and
# features computed without the base are refused with a one-line error, not run silently or loaded forever.
def _pair(models, folder: Path) -> tuple[Path, Path]:
    base, stacked = models
    (folder / "b.model").write_bytes(base.read_bytes())
    (folder / "s.model").write_bytes(stacked.read_bytes())
    program_crf.write_base_note(folder / "s.model", folder / "b.model")
    return folder / "b.model", folder / "s.model"


def test_a_base_retrained_in_place_is_refused(models, tmp_path):
    base, stacked = _pair(models, tmp_path)
    assert program_crf.ProgramTagger(stacked).base is not None  # negative: the base it was trained on loads
    (tmp_path / "other").mkdir()
    sequences = list(program_crf.gold_sequences(*write_gold_corpus(tmp_path / "other", _NEW_PAGES, "programs")))
    program_crf.train(sequences, base, max_iterations=20)  # the same name, another model
    with pytest.raises(ValueError, match="not the base it was trained on"):
        program_crf.ProgramTagger(stacked)


def test_a_note_naming_the_model_itself_or_another_stacked_model_is_refused(models, tmp_path):
    _, stacked = _pair(models, tmp_path)
    program_crf.write_base_note(stacked, stacked)
    with pytest.raises(ValueError, match="names itself"):
        program_crf.ProgramTagger(stacked)
    other = tmp_path / "t.model"
    other.write_bytes(stacked.read_bytes())
    program_crf.write_base_note(stacked, other)  # two stacked models naming each other
    program_crf.write_base_note(other, stacked)
    with pytest.raises(ValueError, match="stacked itself"):
        program_crf.ProgramTagger(stacked)


def test_features_without_the_base_opinion_are_refused(models):
    base, stacked = models
    tagger = program_crf.ProgramTagger(stacked)
    with pytest.raises(ValueError, match="no base opinion"):
        tagger.tag_features(_SENTENCE, program_crf.sentence_features(_SENTENCE))
    spans, _ = tagger.tag_features(_SENTENCE, tagger.features(_SENTENCE))  # negative: with its base's opinion
    assert [span.name for span in spans] == ["温暖家园行动"]
    plain = program_crf.ProgramTagger(base)  # negative: a plain model reads no base
    assert plain.tag_features(_SENTENCE, program_crf.without_rules(program_crf.sentence_features(_SENTENCE)))[0]


def test_stacking_on_the_default_splits_says_they_were_the_bases_training_pages(models, tmp_path):
    # seeds + dev trained the shipped base; the default --splits keeps them on purpose, and the script says so
    base, _ = models
    corpus = tmp_path / "corpus"
    (corpus / "gold").mkdir(parents=True)
    docs, gold = write_gold_corpus(tmp_path, _NEW_PAGES, "programs")
    docs.rename(corpus / "seeds")
    gold.rename(corpus / "gold" / "seeds")
    environment = {key: value for key, value in os.environ.items() if not key.startswith("CIVKG_")}
    done = subprocess.run([sys.executable, "scripts/train-program-crf", "--corpus", str(corpus), "--splits", "seeds",
                           "--stack-on", str(base), "--out", str(tmp_path / "s.model")],
                          cwd=REPO, capture_output=True, text=True, env={**environment, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0 and "--splits seeds are pages the shipped base was trained on" in done.stderr
