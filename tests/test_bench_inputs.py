"""Bench scripts stop with one line when a folder they are given can't be read (bench/_inputs.py): a mistyped
``--corpus`` timed an empty run before h/fix2, and its figure looked real. Folders and files are made here."""
from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import _inputs  # noqa: E402
import bench_ingest_instructions  # noqa: E402


def test_a_folder_of_documents_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("民政局召开会议。", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")
    assert _inputs.bench_inputs([str(tmp_path)]) == [(tmp_path / "a.txt").resolve()]


@pytest.mark.parametrize("make, says", [
    (lambda root: root / "mistyped", "no such file or folder"),
    (lambda root: root, "no .txt/.html/.htm files in this folder"),  # an empty folder
])
def test_an_unusable_folder_stops_with_one_line(tmp_path, make, says):
    with pytest.raises(SystemExit) as stopped:
        _inputs.bench_inputs([str(make(tmp_path))])
    message = str(stopped.value.code)
    assert says in message and "\n" not in message


def test_one_unusable_folder_among_good_ones_stops(tmp_path):
    (tmp_path / "a.txt").write_text("民政局召开会议。", encoding="utf-8")
    with pytest.raises(SystemExit, match="missing: no such file or folder"):
        _inputs.bench_inputs([str(tmp_path), str(tmp_path / "missing")])


def test_no_paths_at_all_stops():
    with pytest.raises(SystemExit, match="no documents"):
        _inputs.bench_inputs([])


def test_instructions_bench_stops_before_counting_on_a_mistyped_corpus(tmp_path):
    with pytest.raises(SystemExit, match="no such file or folder"):
        bench_ingest_instructions.main(["--chars", "1000", "--corpus", str(tmp_path / "trian96")])


def test_docstring_examples():
    assert doctest.testmod(_inputs, optionflags=doctest.ELLIPSIS).failed == 0
