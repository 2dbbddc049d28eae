"""Latency of the web API under bounded concurrent load, embedded store and Neo4j.

Builds a scaled corpus of ``--docs`` documents (default 1,000) by copying the
real shared corpus (seeds + dev, with INDEX.tsv) into a temporary folder, each
copy marked with a distinct last line so every file is a distinct document.
It ingests them into a fresh embedded store (and, with ``--neo4j``, into that
Neo4j database, which is WIPED first), serves the app with werkzeug on
127.0.0.1 and sends a fixed number of requests per endpoint from a bounded
pool of client threads. It prints p50/p95/max per endpoint and the ratio of
each p95 to the baseline measured in the same run: ``/api/health`` (HTTP +
Flask, no store) and the direct in-process store call behind the endpoint.

Run from the repository root::

    python bench/bench_api.py                          # embedded store, 1,000 docs
    scripts/neo4j-test-server start  # (or CIVKG_TEST_NEO4J_PORT=7694 for a private one)
    python bench/bench_api.py --neo4j bolt://127.0.0.1:7694 --password civkg-test-password

Goal: p95 < 100 ms and no errors for the browsing endpoints. The comparison
endpoints (whole-store analyses from kg.analysis) are reported separately.
"""
from __future__ import annotations

import argparse
import http.client
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from _scaled_corpus import write_scaled_corpus  # noqa: E402

GOAL_P95_MS = 100.0


def build_corpus(folder: Path, docs: int) -> list[Path]:
    """``docs`` files: copies of seeds/ and dev/ (with INDEX.tsv), each copy's files with a distinct last line."""
    return write_scaled_corpus(folder, docs=docs)[0]


def rss_mb() -> float:
    """This process's resident memory now (the benchmark serves the app in-process)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


class Server:
    def __init__(self, store, config: dict | None = None) -> None:
        from werkzeug.serving import make_server

        from webui import create_app

        self.app = create_app(store_factory=lambda: store, config=config)
        self.httpd = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.port = self.httpd.server_port
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.thread.join(5)


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


def load(port: int, method: str, path: str, body: dict | None, count: int, concurrency: int) -> dict:
    first = [request(port, method, path, body)[1] for _ in range(3)]  # warm caches (catalogue, analysis results)
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(lambda _: request(port, method, path, body), range(count)))
    times = [ms for _, ms in results]
    errors = sum(1 for status, _ in results if status != 200)
    return {"n": count, "errors": errors, "p50": statistics.median(times), "p95": percentile(times, 95),
            "max": max(times), "first": first[0]}


def direct(fn, count: int) -> dict:
    fn()
    times = []
    for _ in range(count):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return {"n": count, "errors": 0, "p50": statistics.median(times), "p95": percentile(times, 95), "max": max(times)}


def endpoints(store) -> tuple[list[tuple[str, str, str, dict | None, object]], list[tuple[str, str, str, dict | None]]]:
    """(name, method, path, body, direct store call) for the browsing endpoints, and the comparison ones."""
    doc = next(iter(store.search("营口市民政局组织召开", labels=["Document"], limit=1)), None)
    doc_id = doc["key"].partition(":")[2] if doc else "0"
    agency = "Agency:营口市民政局"
    from kg.analysis.graph import PathSearch, ranked_paths, to_networkx

    searched = PathSearch(to_networkx(store))
    browse = [
        ("search 民政局", "GET", "/api/search?q=" + quote("民政局"), None, lambda: store.search("民政局", limit=100)),
        ("search 养老", "GET", "/api/search?q=" + quote("养老"), None, lambda: store.search("养老", limit=100)),
        ("search yingkou (pinyin)", "GET", "/api/search?q=yingkou", None, lambda: store.search("yingkou", limit=100)),
        ("suggest 营口市民证局 (typo)", "GET", "/api/suggest?q=" + quote("营口市民证局"), None,
         lambda: store.search("营口市民证局", limit=10)),
        ("entity", "GET", "/api/entity?key=" + quote(agency), None, lambda: store.neighbours(agency, limit=300)),
        ("graph", "GET", "/api/graph?key=" + quote(agency), None, lambda: store.neighbours(agency, limit=300)),
        ("graph-expand topic", "GET", "/api/graph?key=" + quote("Topic:养老服务"), None,
         lambda: store.neighbours("Topic:养老服务", limit=300)),
        ("graph-expand group", "GET", "/api/graph?key=" + quote("Topic:养老服务") + "&rel=COVERS&label=Document&offset=25",
         None, lambda: store.neighbours("Topic:养老服务", ["COVERS"], ["Document"], limit=325)),
        # kg path's search (hubs avoided, ranked by specificity) over graphs the app keeps per snapshot
        ("paths", "GET", "/api/paths?source=" + quote("营口市民政局") + "&target=" + quote("衢州市民政局"), None,
         lambda: ranked_paths(searched.graph, agency, "Agency:衢州市民政局", search=searched)),
        ("paths through hubs", "GET", "/api/paths?source=" + quote("营口市民政局") + "&target=" + quote("上海市民政局"),
         None, lambda: ranked_paths(searched.graph, agency, "Agency:上海市民政局", search=searched)
         or ranked_paths(searched.graph, agency, "Agency:上海市民政局", True, search=searched)),
        ("documents year", "GET", "/api/documents?year=2021", None, None),
        ("document", "GET", f"/api/documents/{doc_id}", None, lambda: store.neighbours(f"Document:{doc_id}", limit=5000)),
        ("named query", "POST", "/api/queries/programs_of_agency", {"params": {"agency": "营口市民政局"}},
         lambda: store.run_query("programs_of_agency", {"agency": "营口市民政局"})),
        ("console", "POST", "/api/cypher", {"query": "MATCH (a:Agency) RETURN a.name AS name LIMIT 50"},
         lambda: store.run_cypher("MATCH (a:Agency) RETURN a.name AS name LIMIT 50", read_only=True, limit=500)),
    ]
    compare = [
        ("compare plans", "GET", "/api/compare/plans?place=" + quote("营口市"), None),
        ("compare pair", "GET", "/api/compare/pair?a=" + quote("营口市:2021") + "&b=" + quote("衢州市:2019"), None),
        ("heatmap", "GET", "/api/compare/heatmap?limit=40", None),
    ]
    return browse, compare


def bench_store(label: str, store, count: int, concurrency: int, compare_count: int,
                skip: tuple[str, ...] = (), config: dict | None = None, only: str | None = None) -> list[dict]:
    server = Server(store, config)
    rows = []
    try:
        health = load(server.port, "GET", "/api/health", None, count, concurrency)
        rows.append({"store": label, "endpoint": "health (baseline)", **health, "direct_p95": None})
        browse, compare = endpoints(store)
        browse = [e for e in browse if not e[0].startswith(skip)] if skip else browse
        compare = [e for e in compare if not e[0].startswith(skip)] if skip else compare
        if only:
            browse = [endpoint for endpoint in browse if only in endpoint[0]]
            compare = [endpoint for endpoint in compare if only in endpoint[0]]
        for name, method, path, body, call in browse:
            measured = load(server.port, method, path, body, count, concurrency)
            baseline = direct(call, max(20, count // 5)) if call else None
            rows.append({"store": label, "endpoint": name, **measured,
                         "direct_p95": baseline["p95"] if baseline else None, "health_p95": health["p95"]})
        for name, method, path, body in compare:
            measured = load(server.port, method, path, body, compare_count, min(concurrency, 2))
            rows.append({"store": label, "endpoint": name + " *", **measured, "direct_p95": None,
                         "health_p95": health["p95"]})
    finally:
        server.stop()
    return rows


def print_rows(rows: list[dict]) -> None:
    print(f"{'store':9} {'endpoint':26} {'n':>4} {'err':>3} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
          f"{'p95/health':>10} {'store p95':>9} {'first ms':>9}")
    for r in rows:
        ratio = f"{r['p95'] / r['health_p95']:.1f}x" if r.get("health_p95") else ""
        direct_p95 = f"{r['direct_p95']:.1f}" if r.get("direct_p95") is not None else ""
        print(f"{r['store']:9} {r['endpoint']:26} {r['n']:>4} {r['errors']:>3} {r['p50']:>8.1f} {r['p95']:>8.1f} "
              f"{r['max']:>8.1f} {ratio:>10} {direct_p95:>9} {r.get('first', 0):>9.1f}")


def main(argv: list[str] | None = None) -> int:
    import logging

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no per-request log lines
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents in the scaled corpus (default 1000)")
    parser.add_argument("--requests", type=int, default=200, help="requests per browsing endpoint (default 200)")
    parser.add_argument("--compare-requests", type=int, default=10, help="requests per comparison endpoint")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--neo4j", metavar="URI", help="also bench Neo4j at this URI (its database is WIPED)")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--password", default="civkg-test-password")
    parser.add_argument("--skip-embedded", action="store_true")
    parser.add_argument("--skip", metavar="ENDPOINT", action="append", default=[],
                        help="leave out the endpoints whose name starts with this (repeatable), e.g. --skip console")
    parser.add_argument("--no-response-cache", action="store_true",
                        help="serve without webui's per-generation response cache (every request reads the store)")
    parser.add_argument("--only", metavar="NAME", help="only the endpoints whose name contains NAME (and health)")
    parser.add_argument("--keep-store", metavar="DIR",
                        help="keep the embedded store in DIR and reuse it when it exists (for profiling)")
    args = parser.parse_args(argv)

    from kg.commands.ingest import ingest
    from kg.stores.embedded import EmbeddedStore

    config = {"RESPONSE_CACHE_BYTES": 0} if args.no_response_cache else None

    workdir = Path(tempfile.mkdtemp(prefix="civkg-bench-api-"))
    rows: list[dict] = []
    try:
        files = build_corpus(workdir / "corpus", args.docs)
        print(f"corpus: {len(files)} documents, {sum(p.stat().st_size for p in files) / 1e6:.1f} MB "
              f"(copies of the shared corpus); {args.requests} requests per endpoint, {args.concurrency} client threads")
        folders = sorted(str(p) for p in (workdir / "corpus").glob("copy*/*"))
        if not args.skip_embedded:
            kept = Path(args.keep_store) if args.keep_store else None
            store = EmbeddedStore(kept or workdir / "store")
            store.ensure_schema()
            if kept is None or store.stats()["nodes"]["Document"] == 0:
                started = time.perf_counter()
                report = ingest(store, folders, workers=1)
                print(f"embedded: ingested {report.new} documents in {time.perf_counter() - started:.1f} s")
            store.close()  # then served read-only, as kg serve opens it
            store = EmbeddedStore(kept or workdir / "store", read_only=True)
            stats = store.stats()
            print(f"embedded: {sum(stats['nodes'].values())} nodes, {sum(stats['relationships'].values())} edges")
            before = rss_mb()
            rows += bench_store("embedded", store, args.requests, args.concurrency, args.compare_requests,
                                tuple(args.skip), config, args.only)
            print(f"embedded: server process memory (RSS) {before:.0f} MB before the requests, {rss_mb():.0f} MB after "
                  f"(peak {peak_rss_mb():.0f} MB; console workers are separate processes)")
            store.close()
        if args.neo4j:
            from kg.stores.neo4j_store import Neo4jStore

            store = Neo4jStore(args.neo4j, args.user, args.password)
            store.run_cypher("MATCH (n) DETACH DELETE n", read_only=False)
            store.ensure_schema()
            started = time.perf_counter()
            report = ingest(store, folders, workers=1)
            print(f"neo4j: ingested {report.new} documents in {time.perf_counter() - started:.1f} s")
            rows += bench_store("neo4j", store, args.requests, args.concurrency, args.compare_requests, tuple(args.skip),
                                config, args.only)
            store.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print()
    print_rows(rows)
    browse = [r for r in rows if not r["endpoint"].endswith("*") and "baseline" not in r["endpoint"]]
    slow = [f"{r['store']} {r['endpoint']}" for r in browse if r["p95"] >= GOAL_P95_MS]
    errors = sum(r["errors"] for r in rows)
    print(f"\n* comparison endpoints: whole-store analyses, outside the {GOAL_P95_MS:.0f} ms goal; their results are "
          f"kept with the analysis snapshot, so after the first request ('first ms', cold) they are cache hits")
    print(f"goal p95 < {GOAL_P95_MS:.0f} ms: {'met' if not slow else 'NOT met for ' + ', '.join(slow)}; "
          f"errors: {errors}")
    return 0 if not slow and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
