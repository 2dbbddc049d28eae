"""Extraction is a pure function of the text: the same output whatever Python's hash seed.

Set iteration order changes with PYTHONHASHSEED; an extractor that leaks it into its output makes
`kg extract` diffs noisy and node aliases differ between two loads of the same corpus.
"""
import os
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


FILES = sorted(str(p) for p in (CORPUS / "seeds").glob("*.txt")) + sorted(str(p) for p in (CORPUS / "dev").glob("*.txt"))


def _extract(seed: str) -> str:
    files = FILES
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "extract", *files, "--metadata", str(CORPUS / "dev" / "INDEX.tsv")],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    )
    return result.stdout


def test_extract_output_does_not_depend_on_the_hash_seed():
    first, second = _extract("1"), _extract("2")
    assert first.count("\n") == len(FILES) == 72
    assert first == second
