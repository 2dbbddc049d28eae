"""How fast is ``EmbeddedStore.shortest_paths``, against LadybugDB's own ``ALL SHORTEST``?

Builds a scaled corpus (the shared corpus repeated, each copy a distinct
document, as in ``bench_ingest.py``), ingests it into a fresh embedded store,
then times, in the same process and on the same pairs of agencies:

- the baseline: the ``MATCH p = (a)-[e* ALL SHORTEST 1..6]-(b) … LIMIT 250``
  query the store used before (its rows only, without turning them into paths);
- ``shortest_paths`` (breadth-first search over the cached adjacency, then the
  nodes and one edge per hop read from the store), cache warm;
- the first call after a write (the adjacency is rebuilt).

Run from the repository root::

    python bench/bench_paths.py                 # ~1,000 documents
    python bench/bench_paths.py --chars 300000  # quicker
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=920_000, help="size of the scaled corpus (~1,000 documents)")
    parser.add_argument("--pairs", type=int, default=12, help="agency pairs to time")
    parser.add_argument("--repeat", type=int, default=10, help="calls per pair and method")
    args = parser.parse_args(argv)

    from bench_ingest import build_corpus
    from kg.commands.ingest import ingest
    from kg.stores.embedded import EmbeddedStore

    work = Path(tempfile.mkdtemp(prefix="civkg-bench-paths-"))
    try:
        files, chars = build_corpus(work / "corpus", args.chars)
        with EmbeddedStore(work / "store") as store:
            ingest(store, [str(work / "corpus")])
            counts = store.stats()
            print(f"corpus: {len(files)} documents, {chars:,} characters; graph: "
                  f"{sum(counts['nodes'].values()):,} nodes, {sum(counts['relationships'].values()):,} edges")
            agencies = sorted(node["key"] for node in store.iter_nodes(["Agency"]))
            step = max(1, len(agencies) // (2 * args.pairs))
            pairs = list(zip(agencies[::step], reversed(agencies[::step])))[: args.pairs]
            pairs = [(a, b) for a, b in pairs if a != b]

            baseline, ours, lengths = [], [], []
            for source, target in pairs:
                query = (f"MATCH p = (a:Agency {{key: $source}})-[e* ALL SHORTEST 1..6]-(b:Agency {{key: $target}}) "
                         f"RETURN nodes(p), rels(p) LIMIT $cap")
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    store._rows(query, {"source": source, "target": target, "cap": 250})
                    baseline.append(time.perf_counter() - started)
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    paths = store.shortest_paths(source, target, max_hops=6, limit=5)
                    ours.append(time.perf_counter() - started)
                lengths.append(len(paths[0]["edges"]) if paths else None)
            cold = []
            for source, target in pairs[:3]:
                store._adjacency = None  # what any write does
                started = time.perf_counter()
                store.shortest_paths(source, target, max_hops=6, limit=5)
                cold.append(time.perf_counter() - started)

        print(f"{len(pairs)} agency pairs × {args.repeat} calls; path lengths {sorted(set(lengths), key=str)}")
        print(f"{'method':<44} {'p50 ms':>8} {'p95 ms':>8}")
        for name, values in (("ALL SHORTEST query (baseline, rows only)", baseline),
                             ("shortest_paths, adjacency cached", ours),
                             ("shortest_paths, first call after a write", cold)):
            print(f"{name:<44} {statistics.median(values) * 1000:>8.1f} {percentile(values, 0.95) * 1000:>8.1f}")
        print(f"p95 ratio baseline / shortest_paths: {percentile(baseline, 0.95) / percentile(ours, 0.95):.1f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
