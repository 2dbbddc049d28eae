"""The analysis commands (kg similar, compare, similarity-matrix, diffusion, targets, central, communities, path)
and the compare_plans notebook, on the real corpus in the embedded store."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from kg.cli import main

NOTEBOOK = Path(__file__).resolve().parents[1] / "cypher" / "compare_plans.ipynb"


@pytest.fixture(scope="module")
def store_args(embedded_loaded) -> list[str]:
    return ["--store", str(embedded_loaded.folder)]


def test_compare_prints_side_by_side_explanation(store_args, capsys):
    assert main(["compare", "营口市:2021", "东营", *store_args]) == 0
    out = capsys.readouterr().out
    assert out.startswith("A: 营口市 2021")
    for heading in ("similarity", "Program concepts in both", "Local programs in both", "Related local programs", "Local programs only in A", "Topics emphasised"):
        assert heading in out
    assert "三社联动" in out and "五社联动" in out


def test_unknown_plan_is_one_clear_line_and_exit_code_2(store_args, capsys):
    assert main(["compare", "火星市:2099", "营口市", *store_args]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "火星市:2099" in err and "known plans" in err


def test_similar_lists_best_plans(store_args, capsys):
    assert main(["similar", "衢州", "--top", "3", *store_args]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].split()[:2] == ["label", "score"] and len(lines) == 5 and "NaN = missing part" in lines[-1]


def test_similarity_matrix_writes_csv_and_heatmap(store_args, tmp_path, capsys):
    assert main(["similarity-matrix", "--out", str(tmp_path / "out"), *store_args]) == 0
    matrix = pd.read_csv(tmp_path / "out" / "similarity.csv", index_col=0)
    assert matrix.shape[0] == matrix.shape[1] >= 30
    assert (matrix.to_numpy().diagonal() == 1).all()
    png = (tmp_path / "out" / "similarity.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000


def test_diffusion_targets_central_communities_path(store_args, tmp_path, capsys):
    assert main(["diffusion", *store_args]) == 0
    listing = capsys.readouterr().out
    first = listing.splitlines()[1].split()
    name = first[1]
    assert main(["diffusion", name, "--out", str(tmp_path / "t.png"), *store_args]) == 0
    assert "place(s)" in capsys.readouterr().out and (tmp_path / "t.png").stat().st_size > 5_000
    assert main(["diffusion", "没有这个项目", *store_args]) == 2
    assert "no program or policy" in capsys.readouterr().err

    assert main(["targets", "城乡低保标准", *store_args]) == 0
    assert "元/月" in capsys.readouterr().out
    assert main(["central", "--top", "5", *store_args]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 6
    assert main(["communities", *store_args]) == 0
    assert "community" in capsys.readouterr().out
    assert main(["path", "营口市", "东营市", *store_args]) == 0
    assert "hop" in capsys.readouterr().out


def test_compare_plans_notebook_runs_headless(embedded_loaded, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    monkeypatch.setenv("CIVKG_STORE", str(embedded_loaded.folder))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "similarity" in printed and "Program concepts in both" in printed
    assert any("image/png" in o.get("data", {}) for o in outputs)


@pytest.mark.parametrize("command", [["similar", "营口市"], ["compare", "营口市", "东营"], ["central"]])
def test_analyses_only_read_a_store_and_name_a_missing_one(command, tmp_path, capsys):
    """The analyses open the store read-only: beside a running `kg ingest` they read, and a mistyped
    --store is one clear line, not a new empty store created there."""
    missing = tmp_path / "no-such-store"
    assert main([*command, "--store", str(missing)]) == 3  # the README's exit code for a store that is not there
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no civkg store" in err and "kg ingest" in err
    assert not missing.exists()
