"""Top-k similar plans over all plans: the candidate step's time and its recall of the exact top-k.

On a store already loaded (``kg ingest``), in one process:

1. features: the graph read, the plans and their feature matrices (what ``kg similar`` pays too);
2. ``top_similar_pairs`` (``kg similar --all``): sparse candidates, exact scores;
3. the baseline in the same run, with ``--exact``: every plan scored against every plan, a block of
   rows at a time (N² exact scores), and the recall of its top-k by step 2.

    python bench/bench_topk.py --store /tmp/civkg-scale-x/store --top 10 --exact
    python bench/bench_topk.py --store S --top 10 --candidates 20 50
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.analysis.plans import build_plans  # noqa: E402
from kg.analysis.similarity import PlanFeatures  # noqa: E402
from kg.analysis.snapshot import GraphData  # noqa: E402
from kg.analysis.topk import CANDIDATES, agreement_with_dense, top_similar_pairs  # noqa: E402
from kg.stores.embedded import EmbeddedStore  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--candidates", type=int, nargs="+", default=[CANDIDATES])
    parser.add_argument("--exact", action="store_true", help="also the exact N² top-k and the recall against it")
    args = parser.parse_args(argv)

    load = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
    print(f"bench_topk: {args.store}, top {args.top}, {os.cpu_count()} cores, load {load}")
    started = time.perf_counter()
    store = EmbeddedStore(args.store, read_only=True)
    data = GraphData.from_store(store)
    read = time.perf_counter() - started
    features = PlanFeatures.build(build_plans(data))
    built = time.perf_counter() - started
    print(f"features: {len(features.plans):,} plans, graph read {read:.1f} s, plans + matrices {built - read:.1f} s, "
          f"peak {peak_mb():.0f} MB")
    for candidates in args.candidates:
        started = time.perf_counter()
        table = top_similar_pairs(None, top=args.top, candidates=candidates, features=features)
        seconds = time.perf_counter() - started
        print(f"top {args.top}, {candidates} candidates per signal: {seconds:.1f} s, {len(table):,} rows, "
              f"{1000 * seconds / max(1, len(features.plans)):.2f} ms per plan, peak {peak_mb():.0f} MB")
        if args.exact:
            started = time.perf_counter()
            agreement = agreement_with_dense(features, table, top=args.top)
            seconds = time.perf_counter() - started
            print(f"  exact N² top {args.top} (baseline): {seconds:.1f} s; recall {agreement['recall']:.4f}, "
                  f"largest score difference {agreement['max_score_difference']:.2g}, peak {peak_mb():.0f} MB")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
