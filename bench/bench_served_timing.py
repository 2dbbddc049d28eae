"""Where served requests' time goes: HTTP wall beside the server's own Server-Timing record, per request.

Serves one checkout (``--repo``) over a store as bench_api does (bench/_serve_app.py: waitress, 8 threads, the
warm-up in the background, the store read-only) with ``SERVER_TIMING`` on (webui.request_timing), sends
bench_api's sampled sequences (paths, a group's "×N" remainder as the view links it) from 1 or more client
threads, and writes one JSON line per request: the HTTP wall ms the client saw, and the server's ``app`` (wall in
the app), ``cpu`` (the request thread's CPU), ``gc``, ``busy`` (requests already in the process) and phases.
So ``wall - app`` is time outside the app (waitress's queue, the socket), ``app - cpu`` time the request waited
inside it (for the interpreter's lock while another request ran, for the store's lock).

The workload is sampled from the store once (seed 7, pool 150, ~40 s at 10^5 documents) and saved to
``--workload``; later runs read it, so runs of different checkouts ask the same URLs.

    PYTHONPATH=. python bench/bench_served_timing.py --store /tmp/s21-speed14-store --workload /tmp/w.json \\
        --rounds 2:paths,1:paths,2:group --out /tmp/served.jsonl --no-response-cache --ready-timeout 1500
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_api import Server, get_json, percentile  # noqa: E402

from webui.request_timing import parse_server_timing  # noqa: E402

ENDPOINTS = {"paths": "paths", "group": "graph-expand group"}


def timed_get(port: int, path: str) -> dict:
    """One GET: status, the client's wall ms and the server's timings."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        timing = parse_server_timing(response.getheader("Server-Timing"))
        status = response.status
    finally:
        conn.close()
    return {"path": path, "status": status, "wall": (time.perf_counter() - started) * 1000, "bytes": len(body),
            **timing}


def sample_sequences(store_dir: str, requests: int, seed: int, pool: int) -> dict[str, list[str]]:
    """bench_api's sequences (unresolved URLs) for the endpoints of :data:`ENDPOINTS`, sampled from the store."""
    from _api_workload import sample_workload

    from kg.stores.embedded import EmbeddedStore

    store = EmbeddedStore(store_dir, read_only=True)
    try:
        workload = sample_workload(store, seed=seed, pool=pool, comparisons=False)
    finally:
        store.close()
    wanted = set(ENDPOINTS.values())
    return {e.name: [item[1] for item in e.sequence(requests, seed)] for e in workload if e.name in wanted}


def summary(rows: list[dict]) -> str:
    """p50 / p95 / max of the client's wall and of each server figure, one line each."""
    lines = []
    first = ["wall", "app", "cpu", "proc-cpu", "gc", "busy"]
    not_timings = {"path", "status", "bytes", "round", "concurrency", "endpoint", "order"}
    names = first + sorted({k for r in rows for k in r} - set(first) - not_timings)
    for name in names:
        values = [r.get(name, 0.0) for r in rows]
        lines.append(f"  {name:>18}: p50 {statistics.median(values):8.1f}  p95 {percentile(values, 95):8.1f}  "
                     f"max {max(values):8.1f}  sum {sum(values):9.1f}")
    outside = [r["wall"] - r.get("app", 0.0) for r in rows]
    waited = [r.get("app", 0.0) - r.get("cpu", 0.0) for r in rows]
    lines.append(f"  {'wall - app':>18}: p50 {statistics.median(outside):8.1f}  p95 {percentile(outside, 95):8.1f}  "
                 f"max {max(outside):8.1f}")
    lines.append(f"  {'app - cpu':>18}: p50 {statistics.median(waited):8.1f}  p95 {percentile(waited, 95):8.1f}  "
                 f"max {max(waited):8.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", required=True, help="a store folder (opened read-only)")
    parser.add_argument("--repo", default=str(REPO), help="the checkout that serves (default: this one)")
    parser.add_argument("--workload", required=True, help="JSON of the sampled sequences (written if missing)")
    parser.add_argument("--rounds", default="2:paths,2:group",
                        help="comma-separated CONCURRENCY:ENDPOINT (paths, group), run in order")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--out", required=True, help="JSON lines, one per request")
    parser.add_argument("--no-response-cache", action="store_true",
                        help="serve with the response cache off, so that rounds can repeat the same URLs")
    parser.add_argument("--ready-timeout", type=float, default=1500.0)
    args = parser.parse_args(argv)

    workload_path = Path(args.workload)
    if not workload_path.exists():
        started = time.perf_counter()
        workload_path.write_text(json.dumps(sample_sequences(args.store, args.requests, 7, 150), ensure_ascii=False))
        print(f"sampled in {time.perf_counter() - started:.1f} s -> {workload_path}", flush=True)
    sequences = json.loads(workload_path.read_text())
    config = {"SERVER_TIMING": True, **({"RESPONSE_CACHE_BYTES": 0} if args.no_response_cache else {})}
    server = Server("served", Path(args.repo), 1, ["--store", args.store], config)
    rows: list[dict] = []
    try:
        started = time.perf_counter()
        server.wait_ready(args.ready_timeout)
        print(f"ready in {time.perf_counter() - started:.1f} s; load {os.getloadavg()}", flush=True)
        resolved: dict[str, str] = {}
        for number, spec in enumerate(args.rounds.split(",")):
            concurrency, _, short = spec.partition(":")
            name = ENDPOINTS[short]
            sequence = sequences[name]
            if name == "graph-expand group":  # the remainder as the view links it (its default view asked first)
                from _api_workload import linked_remainder

                for path in sequence:
                    if path not in resolved:
                        resolved[path] = linked_remainder(("GET", path, None),
                                                          lambda p: get_json(server.port, p))[1]
                sequence = [resolved[p] for p in sequence]
            load_before = os.getloadavg()
            with ThreadPoolExecutor(int(concurrency)) as pool:
                measured = list(pool.map(lambda p: timed_get(server.port, p), sequence))
            for order, row in enumerate(measured):
                row.update(round=number, concurrency=int(concurrency), endpoint=name, order=order)
            rows.extend(measured)
            bad = sum(1 for r in measured if r["status"] not in (200, 202))
            print(f"round {number}: {name}, {concurrency} client threads, {len(measured)} requests, {bad} failed; "
                  f"load {load_before[0]:.2f} -> {os.getloadavg()[0]:.2f}", flush=True)
            print(summary(measured), flush=True)
    finally:
        server.stop()
        with open(args.out, "w") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
