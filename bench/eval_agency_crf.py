#!/usr/bin/env python3
"""Agency P/R/F1 of the rules alone and of the rules with the agency model at each threshold: the sweep
that chooses the model's settings on training pages only.

    # a model trained elsewhere, on a held-out folder (documents beside INDEX.tsv, gold/*.json)
    PYTHONPATH=. .venv/bin/python bench/eval_agency_crf.py --model M --folders FOLDER [--thresholds 0.5 0.9]
    # k-fold over the training folders: each fold of documents is tagged by a model trained on the others
    PYTHONPATH=. .venv/bin/python bench/eval_agency_crf.py --folds 4 --folders ../shared/corpus/seeds=../shared/corpus/gold/seeds \\
        ../shared/corpus/dev=../shared/corpus/gold/dev /work/pool19 /work/train77 [--c1 0.05 --c2 0.01]

A folder is FOLDER (its gold in FOLDER/gold) or FOLDER=GOLD. Agencies only, scored as kg score scores them
(kg.evaluate.score_fuzzy over each document's names); the figures to report come from ``kg score`` itself.
"""
import argparse
import os
import sys
import tempfile
from itertools import chain
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.evaluate import Score, score_fuzzy  # noqa: E402
from loaders import agency_crf, program_crf  # noqa: E402
from loaders.agencies import extract_agencies  # noqa: E402


def _folders(specs: list[str]) -> list[tuple[Path, Path]]:
    return [(Path(spec.split("=")[0]), Path(spec.split("=")[1]) if "=" in spec else Path(spec) / "gold") for spec in specs]


def _score(docs: list, model: str | None, threshold: float, errors: bool = False, veto: float | None = None) -> Score:
    os.environ["CIVKG_AGENCY_MODEL"] = model or "off"
    os.environ["CIVKG_AGENCY_THRESHOLD"] = str(threshold)
    os.environ["CIVKG_AGENCY_VETO"] = "" if veto is None else str(veto)
    total = Score()
    for gold, sentences, info in docs:
        names = [m.name for m in extract_agencies(sentences, info)]
        score = score_fuzzy(names, gold.get("agencies", []))
        total.add(score)
        if errors and model:
            rules = [m.name for m in extract_agencies(sentences, info, rules_only=True)]
            before = score_fuzzy(rules, gold.get("agencies", []))
            for name in sorted(set(names) ^ set(rules)):
                sign = "+" if name in names else "-"
                print(f"  {sign} {gold['doc']}: {name}  (document tp {before.tp}->{score.tp}, fp {before.fp}->{score.fp})")
    return total


def _line(label: str, s: Score) -> str:
    p = s.tp / (s.tp + s.fp) if s.tp + s.fp else 0.0
    r = s.tp / (s.tp + s.fn) if s.tp + s.fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{label:<10} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {s.tp} fp {s.fp} fn {s.fn}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", nargs="+", required=True)
    parser.add_argument("--model", help="a trained model (without --folds)")
    parser.add_argument("--folds", type=int, default=0, help="k-fold over the folders' documents instead")
    parser.add_argument("--thresholds", nargs="+", type=float, default=[0.5, 0.6, 0.7, 0.8, 0.9])
    parser.add_argument("--errors", action="store_true", help="list the names the model adds or drops (lowest threshold)")
    parser.add_argument("--vetoes", nargs="*", type=float, default=[],
                        help="also each veto threshold (a rule span of lower mean P(inside) dropped), at the first threshold")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    args = parser.parse_args()
    docs = [doc for folder, gold in _folders(args.folders) for doc in program_crf.gold_documents(folder, gold)]
    if not args.folds:
        parts = [(docs, args.model)]
    else:
        # fold k holds every k-th document (sorted by folder and name): each folder is spread over the folds
        windows = [list(agency_crf.document_windows(g.get("agencies", []), s, i)) for g, s, i in docs]
        scratch = Path(tempfile.mkdtemp(prefix="agency-folds-"))
        parts = []
        for k in range(args.folds):
            rest = chain.from_iterable(w for n, w in enumerate(windows) if n % args.folds != k)
            model = program_crf.train(rest, scratch / f"fold{k}.model", c1=args.c1, c2=args.c2)
            parts.append(([d for n, d in enumerate(docs) if n % args.folds == k], str(model)))
    rules = Score()
    by_threshold = {t: Score() for t in args.thresholds}
    by_veto = {v: Score() for v in args.vetoes}
    for part, model in parts:
        rules.add(_score(part, None, 0))
        for t in args.thresholds:
            by_threshold[t].add(_score(part, model, t, args.errors and t == min(args.thresholds)))
        for v in args.vetoes:
            by_veto[v].add(_score(part, model, args.thresholds[0], args.errors, v))
    print(_line("rules", rules))
    for t, s in by_threshold.items():
        print(_line(f"add@{t:.2f}", s), flush=True)
    for v, s in by_veto.items():
        print(_line(f"add@{args.thresholds[0]:.2f}+veto@{v:.2f}", s), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
