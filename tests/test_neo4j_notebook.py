"""cypher/civkg_neo4j.ipynb runs headless, top to bottom, against the real Neo4j test server."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.neo4j

NOTEBOOK = Path(__file__).resolve().parents[1] / "cypher" / "civkg_neo4j.ipynb"


def test_notebook_runs_every_cell_and_draws_figures(neo4j_loaded, neo4j_settings, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    uri, user, password = neo4j_settings
    # The kernel inherits this environment; the notebook reads its connection from it.
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CIVKG_TEST_NEO4J_URI", uri)
    monkeypatch.setenv("CIVKG_TEST_NEO4J_USER", user)
    monkeypatch.setenv("CIVKG_TEST_NEO4J_PASSWORD", password)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
        "commit the notebook without outputs"
    NotebookClient(notebook, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()  # raises on a failing cell

    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    figures = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(figures) >= 2
    tables = "".join(o["data"].get("text/html", "") for o in outputs if "data" in o)
    assert "12349养老服务热线" in tables  # programs_of_agency for 营口市民政局, as a DataFrame
