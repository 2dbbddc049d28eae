"""Top-k similar plans over all plans, and ``kg similar`` for one plan, with the plan-feature cache.

On a store already loaded (``kg ingest``), in one process:

1. features: with ``--fresh`` the cache beside the store is removed first, so this is the graph read,
   the plans and their feature matrices, written to the cache (what the first ``kg similar`` after an
   ingest pays); then the same features loaded from the cache (what every later call pays);
2. with ``--similar PLACE:YEAR``: ``similar()`` for that plan from the cache, and the old way in the same
   run (graph read, name similarities for that plan only) as the baseline, tables compared;
3. ``top_similar_pairs`` (``kg similar --all``): sparse and HNSW candidates, exact scores, with the
   candidate index's time on its own;
4. with ``--exact``: the baseline in the same run, every plan scored against every plan a block of rows
   at a time (N² exact scores), and the recall of its top-k by step 3.

    OPENBLAS_NUM_THREADS=1 python bench/bench_topk.py --store S --top 10 --fresh --similar 东洲区:2021 --exact

(``OPENBLAS_NUM_THREADS=1``: on a loaded machine OpenBLAS's spinning threads made a 2,000 × 80 QR take
3 s instead of 0.02 s; both sides of each comparison run with the same setting.)
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.analysis import topk  # noqa: E402
from kg.analysis.feature_cache import cache_path, store_features  # noqa: E402
from kg.analysis.similarity import similar  # noqa: E402
from kg.analysis.snapshot import GraphData  # noqa: E402
from kg.analysis.topk import CANDIDATES, CandidateIndex, agreement_with_dense, top_similar_pairs  # noqa: E402
from kg.stores.embedded import EmbeddedStore  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--candidates", type=int, nargs="+", default=[CANDIDATES])
    parser.add_argument("--exact", action="store_true", help="also the exact N² top-k and the recall against it")
    parser.add_argument("--exact-sample", type=int, metavar="N",
                        help="with --exact: the exact top-k of N random plans only (for stores where N² is too long)")
    parser.add_argument("--fresh", action="store_true", help="remove the feature cache first (time its build)")
    parser.add_argument("--similar", metavar="PLACE:YEAR", help="time similar() for this plan (auto: the middle one), cached and uncached")
    args = parser.parse_args(argv)

    load = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
    print(f"bench_topk: {args.store}, top {args.top}, {os.cpu_count()} cores, load {load}")
    store = EmbeddedStore(args.store, read_only=True)
    if args.fresh:
        cache_path(args.store).unlink(missing_ok=True)
    started = time.perf_counter()
    features = store_features(store).features
    print(f"features: {len(features.plans):,} plans, {time.perf_counter() - started:.1f} s "
          f"({'built and cached' if args.fresh else 'cache or build'}), peak {peak_mb():.0f} MB")
    started = time.perf_counter()
    features = store_features(store).features
    size = cache_path(args.store).stat().st_size / 1e6 if cache_path(args.store).exists() else 0
    print(f"features from the cache: {time.perf_counter() - started:.1f} s ({size:,.0f} MB file)")
    if args.similar:
        if args.similar == "auto":  # the middle place-year plan
            dated = [p for p in features.plans if p.place and p.year]
            args.similar = dated[len(dated) // 2].id
        place, _, year = args.similar.rpartition(":")
        started = time.perf_counter()
        cached = similar(store, place, int(year), top=10)
        print(f"similar({args.similar}) from the cache: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        uncached = similar(GraphData.from_store(store), place, int(year), top=10)
        same = (list(cached["plan"]) == list(uncached["plan"])
                and float((cached["score"] - uncached["score"]).abs().max()) < 1e-12)
        print(f"similar({args.similar}) without the cache (graph read, as before): "
              f"{time.perf_counter() - started:.1f} s; same table: {same}")
    for candidates in args.candidates:
        started, cpu = time.perf_counter(), time.process_time()
        index = CandidateIndex(features, candidates)
        indexed = time.perf_counter() - started
        original, topk.CandidateIndex = topk.CandidateIndex, lambda *a, **k: index
        try:
            table = top_similar_pairs(None, top=args.top, candidates=candidates, features=features)
        finally:
            topk.CandidateIndex = original
        seconds = time.perf_counter() - started
        print(f"top {args.top}, {candidates} candidates: {seconds:.1f} s, CPU {time.process_time() - cpu:.1f} s "
              f"(candidate index {indexed:.1f} s), "
              f"{len(table):,} rows, {1000 * seconds / max(1, len(features.plans)):.2f} ms per plan, "
              f"peak {peak_mb():.0f} MB")
        if args.exact:
            started, cpu = time.perf_counter(), time.process_time()
            sample = (None if not args.exact_sample else
                      np.random.default_rng(13).choice(len(features.plans), args.exact_sample, replace=False))
            agreement = agreement_with_dense(features, table, top=args.top, rows=sample)
            seconds = time.perf_counter() - started
            what = "N²" if sample is None else f"{len(sample)} plans × N"
            print(f"  exact {what} top {args.top} (baseline): {seconds:.1f} s, CPU {time.process_time() - cpu:.1f} s; "
                  f"recall {agreement['recall']:.4f}, "
                  f"largest score difference {agreement['max_score_difference']:.2g}, peak {peak_mb():.0f} MB")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
