"""Service time of each web API endpoint in-process: one request at a time, no HTTP, this checkout vs a baseline.

bench_api.py measures latency through HTTP under concurrent load, which on a shared machine mostly
measures the machine. This measures what one request costs the app: the same sampled requests
(bench/_api_workload.py, seed 7) sent one after another through Flask's test client, in one fresh
process per variant (the checkout's code on ``PYTHONPATH``), after the app's warm-up (name index,
catalogue, analysis snapshot, console workers). For each endpoint it prints p50/p95 of wall time and
of the process's CPU time (all its threads; the console's sandbox workers are other processes, so
their CPU is not in it), and the median answer size.

    python bench/bench_api.py --keep-store /tmp/store --requests 10   # once, to build a 1,000-document store
    python bench/bench_api_inprocess.py --store /tmp/store --baseline-repo /tmp/civkg-main
    python bench/bench_api_inprocess.py --store /tmp/store --baseline-repo /tmp/civkg-main --response-cache

The response cache is off unless ``--response-cache`` (then repeats of a URL are answered from it).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def sample(store_dir: str, requests: int, compare_requests: int, seed: int, pool: int, only: str | None) -> dict:
    """``{endpoint: [[method, path, body], ...]}``: the request sequences bench_api sends."""
    sys.path[:0] = [str(REPO), str(REPO / "bench")]
    from _api_workload import sample_workload

    from kg.stores.embedded import EmbeddedStore

    store = EmbeddedStore(store_dir, read_only=True)
    try:
        workload = sample_workload(store, seed=seed, pool=pool)
    finally:
        store.close()
    if only:
        workload = [e for e in workload if any(part in e.name for part in only.split(","))]
    return {e.name: [list(item) for item in e.sequence(compare_requests if e.compare else requests, seed)]
            for e in workload}


def serve_in_process(store_dir: str, sequences: dict, cache: bool) -> dict:
    """Run in the variant's own process: every sequence through the test client, timed."""
    from webui import create_app, warm_up

    from kg.stores.embedded import EmbeddedStore

    config = {"TESTING": False} if cache else {"RESPONSE_CACHE_BYTES": 0}
    app = create_app(store_factory=lambda: EmbeddedStore(store_dir, read_only=True), config=config)
    warm_up(app)
    client = app.test_client()
    deadline = time.monotonic() + 300
    while client.get("/api/health").status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    # until the warm-up thread (name index, catalogue, snapshot, console workers) is done: the process idle
    spent = time.process_time()
    while time.monotonic() < deadline:
        time.sleep(1.0)
        if time.process_time() - spent < 0.05:
            break
        spent = time.process_time()
    results = {}
    for name, sequence in sequences.items():
        method, path, body = sequence[0]
        client.open(path, method=method, json=body)  # one warm call
        wall, cpu, sizes, errors = [], [], [], 0
        for method, path, body in sequence:
            started, spent = time.perf_counter(), time.process_time()
            response = client.open(path, method=method, json=body)
            cpu.append((time.process_time() - spent) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
            sizes.append(len(response.data))
            errors += response.status_code != 200
        results[name] = {"n": len(sequence), "errors": errors, "wall_p50": statistics.median(wall),
                         "wall_p95": percentile(wall, 95), "cpu_p50": statistics.median(cpu),
                         "cpu_p95": percentile(cpu, 95), "kb_p50": statistics.median(sizes) / 1000}
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="an embedded store (e.g. from bench_api.py --keep-store)")
    parser.add_argument("--baseline-repo", metavar="DIR", help="also run this checkout's code (e.g. main)")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--compare-requests", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pool", type=int, default=150)
    parser.add_argument("--only", metavar="NAME[,NAME]")
    parser.add_argument("--response-cache", action="store_true")
    parser.add_argument("--variant-worker", nargs=2, metavar=("SEQUENCES", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.variant_worker:
        sequences = json.loads(Path(args.variant_worker[0]).read_text())
        Path(args.variant_worker[1]).write_text(json.dumps(serve_in_process(args.store, sequences,
                                                                            args.response_cache)))
        return 0

    load = os.getloadavg()
    print(f"load average at the start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; response cache "
          f"{'on' if args.response_cache else 'off'}; one request at a time")
    sequences = sample(args.store, args.requests, args.compare_requests, args.seed, args.pool, args.only)
    variants = ([("baseline", Path(args.baseline_repo).resolve())] if args.baseline_repo else []) + [("this", REPO)]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "sequences.json").write_text(json.dumps(sequences, ensure_ascii=False))
        for label, repo in variants:
            out = Path(tmp) / f"{label}.json"
            subprocess.run([sys.executable, str(Path(__file__).resolve()), "--store", args.store,
                            *(["--response-cache"] if args.response_cache else []),
                            "--variant-worker", str(Path(tmp) / "sequences.json"), str(out)],
                           env={**os.environ, "PYTHONPATH": str(repo)}, cwd=str(repo), check=True)
            results[label] = json.loads(out.read_text())
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"{'endpoint':20} {'variant':9} {'n':>4} {'err':>3} {'wall p50':>9} {'wall p95':>9} {'cpu p50':>8} "
          f"{'cpu p95':>8} {'KB p50':>7}")
    for name in sequences:
        for label, _ in variants:
            r = results[label][name]
            print(f"{name:20} {label:9} {r['n']:>4} {r['errors']:>3} {r['wall_p50']:>9.1f} {r['wall_p95']:>9.1f} "
                  f"{r['cpu_p50']:>8.1f} {r['cpu_p95']:>8.1f} {r['kb_p50']:>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
