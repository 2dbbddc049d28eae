"""A national-size corpus on one machine: generate N documents and measure every step at that size.

Steps, each a real ``kg`` command in a child process (so its peak memory is its own), on a corpus
written by ``bench/gen_corpus.py`` (places from the gazetteer, invented people, catalogue programs;
~10 distinct nodes per document):

1. generate the corpus;
2. ``kg ingest --workers W`` into a fresh embedded store for each ``--workers`` value: time,
   documents/s, characters/s, store size on disk, peak resident memory;
3. ``kg stats``;
4. ``kg similar`` for one plan, and ``kg similar --all --top 10`` (every plan's ten nearest, no N×N matrix);
5. the web API's p95 for search, entity, graph-expand and paths, served as ``kg serve`` serves
   (waitress in its own process, the store read-only) over bench_api's workload sampled from the
   store (``/api/health`` is the floor);
6. ``kg ingest`` of the same folder again (every document unchanged);
7. remove and replace 1,000 documents: their text changes, so each one's old facts go and new ones come;
8. with ``--neo4j-port P`` (a server started by ``scripts/neo4j-test-server`` on port P, whose
   database is WIPED): ``kg load --from-store`` (batched UNWIND) against ``kg load --bulk`` (the
   import tool), same store, same server, one after the other.

    python bench/bench_scale.py --docs 100000                     # the issue-13 run
    python bench/bench_scale.py --docs 2000 --workers 2           # a quick look
    CIVKG_TEST_NEO4J_PORT=7718 scripts/neo4j-test-server start
    python bench/bench_scale.py --docs 10000 --workers 2 --neo4j-port 7718

Everything is written under a temporary folder (``--work DIR`` to choose and keep it).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import gen_corpus  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]
# The browsing endpoints issue 13 asks about (bench_api's names; "graph" is graph-expand and the group remainders).
API_ENDPOINTS = "search,entity,graph,paths"
PASSWORD = os.environ.get("CIVKG_TEST_NEO4J_PASSWORD", "civkg-test-password")


def run(command: list[str], check: bool = True) -> dict:
    """Run a command; its wall time, peak resident memory (it and its children, MB) and output."""
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    # The children's high-water mark: the largest of kg and the processes it waited for (its workers).
    import resource

    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if check and process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {err.strip()[-400:]}")
    return {"seconds": seconds, "peak_mb": peak_kb / 1024, "out": out, "err": err, "code": process.returncode}


def measured_child(command: list[str], check: bool = True) -> dict:
    """:func:`run` in a fresh interpreter, so RUSAGE_CHILDREN's high-water mark is this command's alone."""
    code = ("import json, resource, subprocess, sys, time\n"
            "started = time.perf_counter()\n"
            "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
            "print(json.dumps({'seconds': time.perf_counter() - started, 'code': done.returncode, 'out': done.stdout,"
            " 'err': done.stderr, 'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n")
    import json

    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, env=env)
    result = json.loads(done.stdout)
    if check and result["code"] != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result['code']}): {result['err'].strip()[-400:]}")
    return result


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def api_p95(store_dir: Path, requests: int, concurrency: int) -> list[dict]:
    """p95 per browsing endpoint, served as ``kg serve`` serves (waitress, its own process, the store
    read-only), over bench_api's workload sampled from this store; ``/api/health`` is the floor."""
    from bench_api import REPO as API_REPO, bench_store
    from kg.stores.embedded import EmbeddedStore

    store = EmbeddedStore(store_dir, read_only=True)
    try:
        return bench_store("embedded", store, ["--store", str(store_dir)], [("this x1", API_REPO, 1)], requests,
                           concurrency, requests, None, API_ENDPOINTS, (), seed=7, pool=150, direct_calls=False,
                           ready_timeout=3600.0)
    finally:
        store.close()


def change_documents(corpus: Path, count: int) -> list[Path]:
    """Append a revision line to the first ``count`` documents: same files, new text, so new document ids."""
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".html"))[:count]
    for path in files:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\n", "（修订）\n", 1), encoding="utf-8")
    return files


def neo4j_compare(store_dir: Path, port: int, work: Path) -> None:
    """Batched ``kg load --from-store`` against ``kg load --bulk`` into the same emptied test server."""
    script = REPO / "scripts" / "neo4j-test-server"
    env = {**os.environ, "CIVKG_TEST_NEO4J_PORT": str(port)}
    uri = f"bolt://127.0.0.1:{port}"
    target = ["--neo4j", uri, "--user", "neo4j", "--password", PASSWORD]
    if subprocess.run([str(script), "status"], env=env, capture_output=True).returncode != 0:
        raise SystemExit(f"--neo4j-port {port}: start it first: CIVKG_TEST_NEO4J_PORT={port} {script} start")
    # A restart empties the test server (its data folder is wiped on start).
    subprocess.run([str(script), "stop"], env=env, capture_output=True, check=True)
    subprocess.run([str(script), "start"], env=env, capture_output=True, check=True)
    batched = run([*KG, "load", "--from-store", str(store_dir), *target])
    rows_line = re.search(r"(\d+) nodes and (\d+) edges created", batched["out"])
    rows = int(rows_line.group(1)) + int(rows_line.group(2)) if rows_line else 0
    subprocess.run([str(script), "stop"], env=env, capture_output=True, check=True)
    subprocess.run([str(script), "start"], env=env, capture_output=True, check=True)
    bulk = run([*KG, "load", "--bulk", "--from-store", str(store_dir), *target, "--csv-dir", str(work / "csv"),
                "--import-command", f"env CIVKG_TEST_NEO4J_PORT={port} {script} import"])
    log = (REPO / ".neo4j-test" / f"import-{port}.log").read_text(encoding="utf-8", errors="replace")
    tool = re.search(r"IMPORT DONE in ([^.]+)\.", log)
    print(f"\nNeo4j (test server on port {port}, load {load_average()}): {rows:,} rows (nodes + relationships)")
    print(f"  batched UNWIND (kg load --from-store)   {batched['seconds']:8.1f} s  {rows / batched['seconds']:>9,.0f} rows/s")
    print(f"  bulk (kg load --bulk), whole command    {bulk['seconds']:8.1f} s  {rows / bulk['seconds']:>9,.0f} rows/s  "
          f"x{batched['seconds'] / bulk['seconds']:.2f}")
    print(f"    {bulk['out'].strip()}")
    if tool:
        print(f"    the import tool itself: {tool.group(1)} (its log: .neo4j-test/import-{port}.log)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="ingest runs (default: 1 and 2)")
    parser.add_argument("--requests", type=int, default=100, help="requests per API endpoint")
    parser.add_argument("--concurrency", type=int, default=2, help="API client threads")
    parser.add_argument("--replace", type=int, default=1000, help="documents to remove and replace")
    parser.add_argument("--neo4j-port", type=int, help="also compare batched and bulk loading on this test server")
    parser.add_argument("--work", help="folder for the corpus and stores (kept); default a temporary one, removed")
    args = parser.parse_args(argv)

    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="civkg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    try:
        print(f"bench_scale: {args.docs:,} generated documents, seed {args.seed}, {os.cpu_count()} cores, "
              f"load {load_average()}")
        started = time.perf_counter()
        if not corpus.exists():
            gen_corpus.generate(corpus, args.docs, seed=args.seed)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.rglob("*.*") if p.suffix in (".txt", ".html"))
        print(f"generate: {time.perf_counter() - started:.1f} s, {chars:,} characters")

        store = None
        print(f"\n{'step':<38} {'seconds':>8} {'docs/s':>8} {'chars/s':>10} {'peak MB':>8} {'store MB':>9}  load")
        for workers in args.workers:
            store = work / f"store-w{workers}"
            shutil.rmtree(store, ignore_errors=True)
            result = measured_child([*KG, "ingest", str(corpus), "--workers", str(workers), "--quiet",
                                     "--store", str(store)])
            print(f"{'kg ingest --workers ' + str(workers):<38} {result['seconds']:8.1f} "
                  f"{args.docs / result['seconds']:8.1f} {chars / result['seconds']:10,.0f} "
                  f"{result['peak_mb']:8.0f} {size_mb(store):9.1f}  {load_average()}")
        assert store is not None
        stats = measured_child([*KG, "stats", "--store", str(store)])
        print(f"{'kg stats':<38} {stats['seconds']:8.1f} {'':>8} {'':>10} {stats['peak_mb']:8.0f}")

        first = gen_corpus.build_document(args.seed, 0)
        place = first.planted["Place"][0]
        similar = measured_child([*KG, "similar", place, "--year", str(first.year), "--top", "10",
                                  "--store", str(store)], check=False)
        print(f"{'kg similar ' + place + ' --year ' + str(first.year):<38} {similar['seconds']:8.1f} {'':>8} {'':>10} "
              f"{similar['peak_mb']:8.0f}  (exit {similar['code']})")

        top_csv = work / "similar-all-top10.csv"
        top_all = measured_child([*KG, "similar", "--all", "--top", "10", "--out", str(top_csv), "--store", str(store)],
                                 check=False)
        print(f"{'kg similar --all --top 10':<38} {top_all['seconds']:8.1f} {'':>8} {'':>10} "
              f"{top_all['peak_mb']:8.0f}  (exit {top_all['code']}: {top_all['out'].strip() or top_all['err'][-200:]})")

        again = measured_child([*KG, "ingest", str(corpus), "--workers", str(max(args.workers)), "--store", str(store)])
        print(f"{'re-ingest, all unchanged (skipped)':<38} {again['seconds']:8.1f} {args.docs / again['seconds']:8.1f} {'':>10} "
              f"{again['peak_mb']:8.0f} {size_mb(store):9.1f}  ({again['out'].splitlines()[0]})")

        changed = change_documents(corpus, min(args.replace, args.docs))
        folders = sorted({str(p.parent) for p in changed})
        replaced = measured_child([*KG, "ingest", *folders, "--workers", str(max(args.workers)), "--store", str(store)])
        print(f"{'remove and replace ' + str(len(changed)) + ' documents':<38} {replaced['seconds']:8.1f} "
              f"{'':>8} {'':>10} {replaced['peak_mb']:8.0f} {size_mb(store):9.1f}  "
              f"({replaced['out'].splitlines()[0]})")

        print(f"\nkg stats:\n{stats['out']}")
        if similar["code"] == 0:
            print("kg similar (first lines):\n" + "\n".join(similar["out"].splitlines()[:6]))
        else:
            print(f"kg similar: {similar['err'].strip()[-300:]}")

        print(f"\nweb API, {args.requests} requests per endpoint, {args.concurrency} client threads "
              f"(load {load_average()}):")
        print(f"  {'endpoint':<28} {'urls':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>6} {'202':>4}")
        for row in api_p95(store, args.requests, args.concurrency):
            print(f"  {row['endpoint']:<28} {row['distinct']:>5} {row['p50']:8.1f} {row['p95']:8.1f} {row['max']:8.1f} "
                  f"{row['errors']:>6} {row.get('pending', 0):>4}")

        if args.neo4j_port:
            neo4j_compare(store, args.neo4j_port, work)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
