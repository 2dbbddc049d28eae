"""``kg agree``: one annotator's gold scored against another's, by ``kg score``'s rules (invented gold files)."""
import json
import subprocess
import sys

import pytest

from kg.agreement import agreement_folders, agreement_report
from kg.errors import InputError

REFERENCE = {
    "doc": "001.txt",
    "agencies": ["甲市民政局", "甲市财政局"],
    "persons": [{"name": "王晓明", "post": "局长", "org": "甲市民政局"}],
    "programs": ["社区养老服务驿站建设"],
    "targets": [{"value": 820, "unit": "元/月", "indicator": "城市低保标准", "scope": "城市", "kind": "goal", "year": 2024}],
    "relations": [{"type": "HOLDS_POST", "person": "王晓明", "agency": "甲市民政局"},
                  {"type": "PROMOTES", "agency": "甲市民政局", "program": "社区养老服务驿站建设"}],
}


def _write(folder, *golds):
    folder.mkdir()
    for gold in golds:
        (folder / gold["doc"].replace(".txt", ".json")).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def test_a_gold_agrees_with_itself_everywhere():
    report = agreement_report([(REFERENCE, REFERENCE)])
    assert report.micro.f1 == 1.0 and report.relations_micro.f1 == 1.0
    assert report.target_attributes["indicator"] == [1, 1] and report.person_attributes["org"] == [1, 1]


def test_differences_are_scored_as_kg_score_scores_them():
    other = dict(REFERENCE, agencies=["甲市民政局"],  # one body missed
                 programs=["推进社区养老服务驿站建设"],  # a longer boundary still matches (60% rule)
                 targets=[dict(REFERENCE["targets"][0], indicator="城市最低生活保障标准", year=2023)])
    report = agreement_report([(REFERENCE, other)])
    assert (report.per_type["agencies"].tp, report.per_type["agencies"].fn) == (1, 1)
    assert report.per_type["programs"].tp == 1
    assert report.target_attributes["indicator"] == [1, 1]  # spelled out and short forms are one indicator
    assert report.target_attributes["year"] == [0, 1]


def test_only_documents_both_annotate_are_scored(tmp_path):
    second = dict(REFERENCE, doc="002.txt")
    reference = _write(tmp_path / "a", REFERENCE, second)
    other = _write(tmp_path / "b", REFERENCE)
    report, only_reference, only_other = agreement_folders(reference, other)
    assert list(report.per_document) == ["001.txt"]
    assert only_reference == ["002.txt"] and only_other == []


def test_no_shared_document_is_one_clear_error(tmp_path):  # negative
    reference = _write(tmp_path / "a", REFERENCE)
    other = _write(tmp_path / "b", dict(REFERENCE, doc="009.txt"))
    with pytest.raises(InputError, match="no document annotated in both"):
        agreement_folders(reference, other)


def test_a_file_that_is_not_gold_is_named(tmp_path):  # negative
    reference = _write(tmp_path / "a", REFERENCE)
    other = tmp_path / "b"
    other.mkdir()
    (other / "001.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="001.json"):
        agreement_folders(reference, other)


def test_cli_prints_the_score_table(tmp_path):
    reference = _write(tmp_path / "a", REFERENCE)
    other = _write(tmp_path / "b", dict(REFERENCE, programs=[]))
    run = subprocess.run([sys.executable, "-m", "kg.cli", "agree", str(reference), str(other)],
                         capture_output=True, text=True, check=True)
    assert "1 documents annotated in both" in run.stdout
    assert "programs" in run.stdout and "rel. micro" in run.stdout


@pytest.mark.parametrize("name", ["kg.agreement", "kg.evaluate_targets"])
def test_docstring_examples(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
