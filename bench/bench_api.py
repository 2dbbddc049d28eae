"""Latency of the web API under bounded concurrent load, embedded store and Neo4j.

Builds a scaled corpus of ``--docs`` documents (default 1,000) by copying the
real shared corpus (seeds + dev, with INDEX.tsv) into a temporary folder, each
copy marked with a distinct last line so every file is a distinct document.
It ingests them into a fresh embedded store (and, with ``--neo4j``, into that
Neo4j database, which is WIPED first) and serves the app as ``kg serve`` does
(waitress, in its own process: the clients never share its GIL) on 127.0.0.1.

Each endpoint's requests are drawn from a spread of distinct URLs sampled from
the store with a fixed seed (bench/_api_workload.py: 150 entities, path pairs,
documents, search words ... weighted towards busy nodes), so a run mixes first
visits with repeats as real use does; ``distinct`` says how many URLs were asked.
``--no-response-cache`` serves without webui's response cache: every request
then reads the store. A bounded pool of client threads sends them; it prints
p50/p95/max per endpoint, ``/api/health`` (HTTP + Flask, no store) as a floor,
the direct in-process call behind the endpoint over the same sample (this checkout's code: the store
call, or for entity and graph-expand the view function that reads the store), and
the memory of the server's processes before and after.

Variants served side by side, each endpoint measured on each in turn so that
all see the same machine load: this checkout with ``--processes`` (a comma list:
``1,2`` serves it twice, one and two processes) and, with ``--baseline-repo DIR``
(e.g. ``git archive main | tar -x -C DIR``), that checkout's code with one process.

Run from the repository root::

    python bench/bench_api.py --no-response-cache --processes 1,2 --baseline-repo /tmp/civkg-main
    scripts/neo4j-test-server start  # (or CIVKG_TEST_NEO4J_PORT=7694 for a private one)
    python bench/bench_api.py --neo4j bolt://127.0.0.1:7694 --password civkg-test-password
    python bench/bench_api.py --keep-store /tmp/s100k/store-w2 --only search,entity,graph,paths \
        --requests 100 --concurrency 2 --no-direct-calls --ready-timeout 3600   # an existing big store

Goal: p95 < 100 ms and no errors for every endpoint (issues 9 and 12).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from _scaled_corpus import write_scaled_corpus  # noqa: E402

GOAL_P95_MS = 100.0


def build_corpus(folder: Path, docs: int) -> list[Path]:
    """``docs`` files: copies of seeds/ and dev/ (with INDEX.tsv), each copy's files with a distinct last line."""
    return write_scaled_corpus(folder, docs=docs)[0]


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (Linux /proc)."""
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(_children(current))
    return tree


def tree_rss_mb(pid: int) -> tuple[float, int]:
    """Resident memory of a process and its descendants (server processes, console workers), and their number."""
    total, count = 0.0, 0
    for member in process_tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
                    count += 1
        except OSError:
            pass
    return total, count


# seconds in a row a warming server must use no CPU to count as ready (Server.wait_ready)
QUIET_SECONDS = 5


def tree_cpu_seconds(pid: int) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError, ValueError):
            pass
    return total


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One variant of the app served in its own process tree by bench/_serve_app.py."""

    def __init__(self, label: str, repo: Path, processes: int, store_args: list[str], config: dict | None) -> None:
        self.label = label
        self.port = free_port()
        env = {**os.environ, "PYTHONPATH": str(repo)}
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "bench" / "_serve_app.py"), "--repo", str(repo), "--port", str(self.port),
             "--processes", str(processes), "--config", json.dumps(config or {}), *store_args],
            env=env, cwd=str(repo), stdout=subprocess.DEVNULL)

    def wait_ready(self, timeout: float = 300.0) -> None:
        """Until /api/health answers and the warm-up (name index, catalogue, path graphs) is done: CPU idle."""
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise SystemExit(f"{self.label}: the server exited with {self.process.returncode}")
            try:
                if request(self.port, "GET", "/api/health", None)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"{self.label}: the server did not answer in {timeout:.0f} s")
            time.sleep(0.2)
        # idle for QUIET_SECONDS in a row: on a loaded machine one idle second came while the warm-up still had
        # the path graphs to build (a 10^5 run's paths then timed out or answered 202)
        spent, idle = tree_cpu_seconds(self.process.pid), 0
        while time.monotonic() < deadline:
            time.sleep(1.0)
            now = tree_cpu_seconds(self.process.pid)
            idle = idle + 1 if now - spent < 0.05 else 0
            if idle >= QUIET_SECONDS:
                return
            spent = now

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def request(port: int, method: str, path: str, body: dict | None = None) -> tuple[int, float]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        headers = {"Content-Type": "application/json"} if body is not None else {}
        conn.request(method, path, body=payload, headers=headers)
        response = conn.getresponse()
        response.read()
        status = response.status
    finally:
        conn.close()
    return status, (time.perf_counter() - started) * 1000


def get_json(port: int, path: str):
    """A GET's parsed JSON answer (None when it failed), for requests made before the timed ones."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        return json.loads(body) if response.status == 200 else None
    except (OSError, ValueError):
        return None
    finally:
        conn.close()


def load(port: int, sequence: list[tuple[str, str, dict | None]], concurrency: int) -> dict:
    """Send ``sequence`` from ``concurrency`` client threads; latency figures and the URLs that failed."""
    def one(item: tuple[str, str, dict | None]) -> tuple[int, float]:
        try:
            return request(port, *item)
        except OSError:
            return 0, 0.0

    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, sequence))
    times = [ms for _, ms in results]
    # 202: an accepted answer that is not final yet (paths whose search through hubs is still being built)
    failed = [item[1] for item, (status, _) in zip(sequence, results) if status not in (200, 202)]
    pending = sum(1 for status, _ in results if status == 202)
    distinct = len({(method, path, json.dumps(body, sort_keys=True)) for method, path, body in sequence})
    return {"n": len(sequence), "errors": len(failed), "failed": failed[:3], "pending": pending, "distinct": distinct,
            "p50": statistics.median(times), "p95": percentile(times, 95), "max": max(times)}


def direct(fn, args: list, count: int) -> float | None:
    """p95 of the in-process store call over (up to ``count`` of) the sampled items, after one warm call."""
    if fn is None or not args:
        return None
    fn(args[0])
    times = []
    for arg in (args * (count // len(args) + 1))[:count]:
        started = time.perf_counter()
        fn(arg)
        times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 95)


def bench_store(label: str, store, store_args: list[str], variants: list[tuple[str, Path, int]], count: int,
                concurrency: int, compare_count: int, config: dict | None, only: str | None, skip: tuple[str, ...],
                seed: int, pool: int, direct_calls: bool = True, ready_timeout: float = 300.0) -> list[dict]:
    """Serve ``variants`` over ``store`` and load each endpoint of the sampled workload; one row per
    (variant, endpoint). ``direct_calls``: also time the in-process store call behind each endpoint (the paths
    one builds the whole store's search graph in this process: leave it out for big stores). ``ready_timeout``:
    seconds a server may take to warm up (its name index, analysis snapshot and path graphs grow with the store)."""
    from _api_workload import COMPARISON_ENDPOINTS, sample_workload

    started = time.perf_counter()
    # the comparisons' sampling reads the whole analysis snapshot: only when they are asked for
    comparisons = not only or any(part in name for part in only.split(",") for name in COMPARISON_ENDPOINTS)
    workload = sample_workload(store, seed=seed, pool=pool, comparisons=comparisons)
    if only:
        workload = [e for e in workload if any(part in e.name for part in only.split(","))]
    workload = [e for e in workload if not e.name.startswith(skip)] if skip else workload
    print(f"{label}: sampled {sum(len(e.items) for e in workload)} distinct requests over {len(workload)} endpoints "
          f"in {time.perf_counter() - started:.1f} s")
    direct_p95 = {}
    for endpoint in workload if direct_calls else []:
        call, args = endpoint.direct, endpoint.direct_args
        if endpoint.name == "paths":
            from kg.analysis.path_search import PathSearch

            searched = PathSearch.from_store(store)

            def call(pair, searched=searched):
                return (searched.ranked(*pair, budget=0.3) or searched.ranked(*pair, True, budget=0.3))
        direct_p95[endpoint.name] = direct(call, args, max(20, min(count // 4, 100)))
    servers = [Server(name, repo, processes, store_args, config) for name, repo, processes in variants]
    rows = []
    try:
        for server in servers:
            started = time.perf_counter()
            server.wait_ready(ready_timeout)
            print(f"{label} {server.label}: ready (warm-up done) in {time.perf_counter() - started:.1f} s, "
                  f"{tree_rss_mb(server.process.pid)[0]:.0f} MB")
        memory_before = {s.label: tree_rss_mb(s.process.pid) for s in servers}
        health = [(s, load(s.port, [("GET", "/api/health", None)] * count, concurrency)) for s in servers]
        for server, measured in health:
            rows.append({"store": label, "variant": server.label, "endpoint": "health (floor)", **measured})
        for turn, endpoint in enumerate(workload):
            n = compare_count if endpoint.compare else count
            sequence = endpoint.sequence(n, seed)
            # each variant goes first in turn, so that none always meets the load the one before left
            for server in servers[turn % len(servers):] + servers[:turn % len(servers)]:
                # e.g. a "×N" remainder as the app links it, after its node's default view (not timed)
                resolved = endpoint.resolved(sequence, lambda path, port=server.port: get_json(port, path))
                measured = load(server.port, resolved, concurrency)
                rows.append({"store": label, "variant": server.label, "endpoint": endpoint.name, **measured,
                             "direct_p95": direct_p95.get(endpoint.name)})
                if measured["errors"]:
                    print(f"  {server.label} {endpoint.name}: {measured['errors']} errors, e.g. {measured['failed']}")
        for server in servers:
            before, _ = memory_before[server.label]
            after, processes = tree_rss_mb(server.process.pid)
            print(f"{label} {server.label}: server memory (RSS of its {processes} processes, with console workers) "
                  f"{before:.0f} MB before the requests, {after:.0f} MB after")
    finally:
        for server in servers:
            server.stop()
    return rows


def print_rows(rows: list[dict]) -> None:
    print(f"{'store':9} {'variant':10} {'endpoint':20} {'n':>4} {'urls':>4} {'err':>3} {'202':>3} {'p50 ms':>8} "
          f"{'p95 ms':>8} {'max ms':>8} {'store p95':>9}")
    for r in rows:
        direct_p95 = f"{r['direct_p95']:.1f}" if r.get("direct_p95") is not None else ""
        print(f"{r['store']:9} {r['variant']:10} {r['endpoint']:20} {r['n']:>4} {r['distinct']:>4} {r['errors']:>3} "
              f"{r.get('pending', 0):>3} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['max']:>8.1f} {direct_p95:>9}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents in the scaled corpus (default 1000)")
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint (default 200)")
    parser.add_argument("--compare-requests", type=int, default=100, help="requests per comparison endpoint")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--pool", type=int, default=150, help="distinct URLs sampled per endpoint (default 150)")
    parser.add_argument("--seed", type=int, default=7, help="sampling seed (default 7)")
    parser.add_argument("--processes", default="1",
                        help="server processes of this checkout (kg serve --processes); a comma list serves "
                             "one variant per value, e.g. 1,2")
    parser.add_argument("--baseline-repo", metavar="DIR",
                        help="also serve the code of this checkout (e.g. main), one process, in the same run")
    parser.add_argument("--neo4j", metavar="URI", help="also bench Neo4j at this URI (its database is WIPED)")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--password", default="civkg-test-password")
    parser.add_argument("--skip-embedded", action="store_true")
    parser.add_argument("--skip", metavar="ENDPOINT", action="append", default=[],
                        help="leave out the endpoints whose name starts with this (repeatable), e.g. --skip console")
    parser.add_argument("--no-response-cache", action="store_true",
                        help="serve without webui's per-generation response cache (every request reads the store)")
    parser.add_argument("--only", metavar="NAME[,NAME]",
                        help="only the endpoints whose name contains one of these (and health)")
    parser.add_argument("--keep-store", metavar="DIR",
                        help="keep the embedded store in DIR and reuse it when it exists (for profiling)")
    parser.add_argument("--no-direct-calls", action="store_true",
                        help="skip the in-process store calls (paths builds a whole search graph: big stores)")
    parser.add_argument("--ready-timeout", type=float, default=300.0,
                        help="seconds a server may take to warm up (default 300; an hour for 10^5 documents)")
    args = parser.parse_args(argv)

    from kg.commands.ingest import ingest
    from kg.stores.embedded import EmbeddedStore

    config = {"RESPONSE_CACHE_BYTES": 0} if args.no_response_cache else None
    variants = [(f"this x{n}", REPO, int(n)) for n in args.processes.split(",")]
    if args.baseline_repo:
        variants.insert(0, ("baseline", Path(args.baseline_repo).resolve(), 1))

    workdir = Path(tempfile.mkdtemp(prefix="civkg-bench-api-"))
    rows: list[dict] = []
    try:
        load_avg = os.getloadavg()
        print(f"load average at the start: {load_avg[0]:.2f} {load_avg[1]:.2f} {load_avg[2]:.2f}; "
              f"{args.requests} requests per endpoint ({args.compare_requests} per comparison), "
              f"{args.concurrency} client threads; response cache {'off' if args.no_response_cache else 'on'}")
        kept = Path(args.keep_store) if args.keep_store else None
        folders: list[str] = []

        def corpus() -> list[str]:
            if not folders:
                files = build_corpus(workdir / "corpus", args.docs)
                print(f"corpus: {len(files)} documents, {sum(p.stat().st_size for p in files) / 1e6:.1f} MB "
                      f"(copies of the shared corpus)")
                folders.extend(sorted(str(p) for p in (workdir / "corpus").glob("copy*/*")))
            return folders

        if not args.skip_embedded:
            folder = kept or workdir / "store"
            if not (folder / "graph.lbdb").exists():
                store = EmbeddedStore(folder)
                store.ensure_schema()
                started = time.perf_counter()
                report = ingest(store, corpus(), workers=1)
                print(f"embedded: ingested {report.new} documents in {time.perf_counter() - started:.1f} s")
                store.close()  # then served read-only, as kg serve opens it
            store = EmbeddedStore(folder, read_only=True)
            stats = store.stats()
            print(f"embedded: {stats['nodes']['Document']} documents, {sum(stats['nodes'].values())} nodes, "
                  f"{sum(stats['relationships'].values())} edges")
            try:
                rows += bench_store("embedded", store, ["--store", str(folder)], variants, args.requests,
                                    args.concurrency, args.compare_requests, config, args.only, tuple(args.skip),
                                    args.seed, args.pool, not args.no_direct_calls, args.ready_timeout)
            finally:
                store.close()
        if args.neo4j:
            from kg.stores.neo4j_store import Neo4jStore

            store = Neo4jStore(args.neo4j, args.user, args.password)
            store.run_cypher("MATCH (n) DETACH DELETE n", read_only=False)
            store.ensure_schema()
            started = time.perf_counter()
            report = ingest(store, corpus(), workers=1)
            print(f"neo4j: ingested {report.new} documents in {time.perf_counter() - started:.1f} s")
            try:
                rows += bench_store("neo4j", store, ["--neo4j", args.neo4j, "--user", args.user, "--password",
                                                     args.password], variants, args.requests, args.concurrency,
                                    args.compare_requests, config, args.only, tuple(args.skip), args.seed, args.pool,
                                    not args.no_direct_calls, args.ready_timeout)
            finally:
                store.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    load_avg = os.getloadavg()
    print(f"load average at the end: {load_avg[0]:.2f} {load_avg[1]:.2f} {load_avg[2]:.2f}")
    print()
    print_rows(rows)
    ours = [r for r in rows if r["variant"] != "baseline" and "floor" not in r["endpoint"]]
    failed = []
    for variant in dict.fromkeys(r["variant"] for r in ours):
        slow = [f"{r['store']} {r['endpoint']}" for r in ours if r["variant"] == variant and r["p95"] >= GOAL_P95_MS]
        errors = sum(r["errors"] for r in ours if r["variant"] == variant)
        print(f"{variant}: goal p95 < {GOAL_P95_MS:.0f} ms {'met' if not slow else 'NOT met for ' + ', '.join(slow)}; "
              f"errors: {errors}")
        failed.append(bool(slow or errors))
    return 0 if failed and not all(failed) else 1


if __name__ == "__main__":
    sys.exit(main())
