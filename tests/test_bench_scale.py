"""bench/bench_scale.py end to end on a tiny generated corpus: every step runs and prints its figure.

The 100k run is a benchmark, not a test; this keeps the script itself working (a session's 100k run
once lost its web-API step because bench_api's helpers had changed under it and nothing ran the script).
The corpus is invented text (bench/gen_corpus.py); no figure here is a measurement.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import bench_scale  # noqa: E402


def test_every_step_of_the_scale_benchmark_runs_on_a_small_corpus(tmp_path, capsys):
    code = bench_scale.main(["--docs", "40", "--workers", "1", "2", "--requests", "10", "--concurrency", "2",
                             "--replace", "5", "--work", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    for step in ("kg ingest --workers 1", "kg ingest --workers 2", "kg stats", "kg similar --all --top 10",
                 "re-ingest, all unchanged", "remove and replace 5 documents"):
        assert step in out, step
    api = out[out.index("web API"):]
    for endpoint in ("health (floor)", "search", "entity", "graph-expand", "paths"):
        line = next(line for line in api.splitlines() if line.strip().startswith(endpoint))
        assert line.split()[-1] == "0", line   # no errors
    # the one-plan similarity found neighbours, and the top-k over all plans wrote its rows
    assert "kg similar (first lines)" in out
    assert (tmp_path / "similar-all-top10.csv").stat().st_size > 0
