"""The path finder's search, this checkout against a baseline checkout, alternating in one process on one store.

On a shared machine wall times follow the load, so this compares CPU time per request: the API workload's
path pairs (bench/_api_workload.py, seed 7, pool 150: the 100-request sequence's distinct pairs, then with
``--all`` the rest of the pool), each searched as the path view searches (hub-free, then through hubs if
nothing was found; max_hops 6, 8 candidates, no time budget) by the baseline's ``PathSearch`` and this
checkout's, twice each, alternating, keeping each one's least CPU. Both searches are built over the same node
and edge arrays (read from the store once). It prints each pair's two times and whether the two answers are
equal, then p50 / p95 / max and the sum; exit status 1 if any answer differs.

    python bench/bench_path_search_alternating.py --store STORE --baseline-repo /tmp/base --workload pairs.json [--all]

``--workload``: the sampled pairs are kept in this file (sampled from the store on the first run; reading
every node of a 10^5 store takes about a minute). Memory: two searches of the store (about 3 GB at 10^5).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from bench_api import percentile  # noqa: E402  (bench_api's percentile, as bench_served_timing uses it)


def sample_pairs(store, path: str) -> dict:
    """The workload's path pairs: the request sequence (100) and the whole pool, saved to ``path``."""
    sys.path.insert(0, str(REPO / "bench"))
    from _api_workload import sample_workload

    endpoint = [e for e in sample_workload(store, seed=7, pool=150, comparisons=False) if e.name == "paths"][0]
    sequence = []
    for _, url, _ in endpoint.sequence(100, 7):
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        sequence.append([query["source"], query["target"]])
    pairs = {"sequence": sequence, "pool": [list(p) for p in endpoint.direct_args]}
    Path(path).write_text(json.dumps(pairs, ensure_ascii=False), encoding="utf-8")
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", required=True, help="an embedded store (opened read-only)")
    parser.add_argument("--baseline-repo", required=True, help="a checkout of the code to compare with")
    parser.add_argument("--workload", required=True, help="the sampled pairs (JSON; written if missing)")
    parser.add_argument("--all", action="store_true", help="every pair of the pool, not only the sequence's")
    parser.add_argument("--out", help="each pair's times and equality, as JSON")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    import kg.analysis.path_search as new
    from kg.stores.embedded import EmbeddedStore
    from webui.entities import resolve_entity

    spec = importlib.util.spec_from_file_location("baseline_path_search",
                                                  os.path.join(args.baseline_repo, "kg/analysis/path_search.py"))
    old = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(old)
    store = EmbeddedStore(args.store, read_only=True)
    pool = (json.loads(Path(args.workload).read_text(encoding="utf-8")) if os.path.exists(args.workload)
            else sample_pairs(store, args.workload))
    started = time.monotonic()
    searches = {"new": new.PathSearch.from_store(store).warm()}
    built = searches["new"]
    searches["old"] = old.PathSearch(built.keys, built.labels, built.names, *built._edges).warm()
    for search in searches.values():
        search._matrix(True).prepare()
    print(f"built both searches in {time.monotonic() - started:.1f} s", flush=True)
    sequence = [tuple(p) for p in pool["sequence"]]
    pairs = list(dict.fromkeys(sequence))
    if args.all:
        pairs += [tuple(p) for p in pool["pool"] if tuple(p) not in set(sequence)]
    rows = []
    for a, b in pairs:
        ka, kb = resolve_entity(store, a)["key"], resolve_entity(store, b)["key"]
        answers, cpu = {}, {}
        for _ in range(2):
            for name in ("old", "new"):
                spent = time.process_time()
                found: list = []
                through = False
                for through in (False, True):
                    found = searches[name].ranked(ka, kb, through, 8, 6, None, {})
                    if found:
                        break
                spent = time.process_time() - spent
                cpu[name] = min(cpu.get(name, spent), spent)
                answers[name] = (through, found)
        same = answers["old"] == answers["new"]
        rows.append({"pair": [a, b], "old": cpu["old"], "new": cpu["new"], "same": same,
                     "in_sequence": (a, b) in set(sequence)})
        print(f"{cpu['old'] * 1000:7.1f} {cpu['new'] * 1000:7.1f} {'same' if same else 'DIFFER'} {a} | {b}", flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    for label, chosen in (("sequence's pairs", [r for r in rows if r["in_sequence"]]), ("all pairs", rows)):
        for name in ("old", "new"):
            ms = [r[name] * 1000 for r in chosen]
            print(f"{label} {name}: {len(ms)} pairs, CPU ms p50 {percentile(ms, 50):.1f} p95 {percentile(ms, 95):.1f}"
                  f" max {max(ms):.1f}, sum {sum(ms) / 1000:.2f} s")
    differ = sum(not r["same"] for r in rows)
    print(f"answers: {len(rows) - differ} equal, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
