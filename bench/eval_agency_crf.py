#!/usr/bin/env python3
"""Agency P/R/F1 of the rules alone and of the rules with the agency model at each threshold, on a held-out
folder (documents beside INDEX.tsv, gold/*.json): the sweep that chooses the threshold on training pages.

    PYTHONPATH=. .venv/bin/python bench/eval_agency_crf.py FOLDER --model M [--thresholds 0.5 0.7 0.9] [--errors]

Agencies only, scored as kg score scores them (kg.evaluate.score_fuzzy over each document's names); the
figures to report come from ``kg score`` itself.
"""
import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.evaluate import score_fuzzy  # noqa: E402
from loaders.agencies import extract_agencies  # noqa: E402
from loaders.program_crf import gold_documents  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--model", required=True)
    parser.add_argument("--thresholds", nargs="+", type=float, default=[0.5, 0.6, 0.7, 0.8, 0.9])
    parser.add_argument("--errors", action="store_true", help="list the names the model adds")
    args = parser.parse_args()
    docs = list(gold_documents(args.folder, Path(args.folder) / "gold"))
    settings = [("rules", None)] + [(f"add@{t:.2f}", t) for t in args.thresholds]
    for label, threshold in settings:
        os.environ["CIVKG_AGENCY_MODEL"] = "off" if threshold is None else str(Path(args.model).resolve())
        os.environ["CIVKG_AGENCY_THRESHOLD"] = str(threshold or 0)
        tp = fp = fn = 0
        for gold, sentences, info in docs:
            names = [m.name for m in extract_agencies(sentences, info)]
            score = score_fuzzy(names, gold.get("agencies", []))
            tp, fp, fn = tp + score.tp, fp + score.fp, fn + score.fn
            if args.errors and threshold is not None:
                rules = {m.name for m in extract_agencies(sentences, info, rules_only=True)}
                for name in dict.fromkeys(names):
                    if name not in rules:
                        hit = any(name == g or (name in g or g in name) for g in gold.get("agencies", []))
                        print(f"  {'+' if hit else '-'} {gold['doc']}: {name}")
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:<10} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {tp} fp {fp} fn {fn}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
