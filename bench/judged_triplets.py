"""Agreement of `kg compare DOC_A DOC_X` with the judged triplets in tests/data/judged_triplets.tsv.

    .venv/bin/python bench/judged_triplets.py --store /tmp/store [--corpus ../shared/corpus] [-v]

The store must hold the corpus (``kg ingest ../shared/corpus --store /tmp/store``).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kg.analysis.agreement import agreement, score_triplet_file
from kg.analysis.similarity import compare
from kg.analysis.snapshot import GraphData
from kg.stores import open_store

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", required=True)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--triplets", default=str(ROOT / "tests" / "data" / "judged_triplets.tsv"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    with open_store(args.store) as store:
        data = GraphData.from_store(store)
    scored = score_triplet_file(args.triplets, args.corpus, lambda a, b: compare(data, a, b).score)
    if args.verbose:
        for row in scored:
            mark = "ok " if row["closer_score"] > row["farther_score"] else "BAD"
            print(f"{mark} {row['kind']:5} {row['anchor']:>12} X {row['closer_score']:.3f} {row['closer']:>12}"
                  f"  Y {row['farther_score']:.3f} {row['farther']}")
    for kind, (agree, total, share) in agreement(scored).items():
        print(f"{kind}: {agree:g} of {total} agree ({share:.2f})")


if __name__ == "__main__":
    main()
