"""``kg extract`` and ``kg score`` as a user runs them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd or REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)


def test_extract_json_lines_use_index_beside_files(corpus_dir):
    result = kg("extract", str(corpus_dir / "dev" / "046.txt"), str(corpus_dir / "dev" / "010.txt"))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["doc"] for line in lines] == ["046.txt", "010.txt"]
    agencies = {e["name"] for e in lines[1]["entities"] if e["label"] == "Agency"}
    assert "罗定市民政局" in agencies  # bare 市民政局 resolved via INDEX.tsv beside the file


def test_extract_table_and_metadata_option(corpus_dir, tmp_path):
    copy = tmp_path / "046.txt"
    copy.write_bytes((corpus_dir / "dev" / "046.txt").read_bytes())
    without = kg("extract", "--format", "table", str(copy))
    with_index = kg("extract", "--format", "table", "--metadata", str(corpus_dir / "dev" / "INDEX.tsv"), str(copy))
    assert without.returncode == 0 and with_index.returncode == 0
    assert "东营市民政局" in with_index.stdout
    assert with_index.stdout.startswith("# ")


def test_bad_files_get_one_line_each_and_the_rest_carries_on(corpus_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = kg("extract", str(empty), str(binary), str(corpus_dir / "dev" / "002.txt"))
    assert result.returncode == 2  # a bad input file, as the README says
    errors = result.stderr.strip().splitlines()
    assert any("empty.txt: the file is empty" in line for line in errors)
    assert any("blob.txt: binary file" in line for line in errors)
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["doc"] == "002.txt"


def test_score_prints_a_table(corpus_dir):
    result = kg("score", "--gold", str(corpus_dir), "--split", "seeds")
    assert result.returncode == 0, result.stderr
    assert "agencies" in result.stdout and "micro" in result.stdout
