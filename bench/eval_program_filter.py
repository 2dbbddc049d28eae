#!/usr/bin/env python3
"""Choose the program filter's settings with each study folder left out in turn (issue 10).

    PYTHONPATH=. .venv/bin/python bench/eval_program_filter.py DOCS:GOLD ... [--cache DIR]
        [--c2 0.3 1 3] [--keep 0.3 0.4 0.5] [--unseen train77 blind62 ...] [--drop PREFIX ...]

Loads each folder's documents as ``kg score`` does, with the filter collecting (no name dropped:
loaders.program_filter.gold_documents), and for each folder held out trains the logistic model on the
others and prints programs P/R/F1 of the held-out folder for rules+CRF alone and with the filter, per
(c2, keep), scored as ``kg score`` scores programs (kg.evaluate.score_fuzzy). Folders joined by + form
one fold. --drop leaves out the features that start with a prefix (an ablation). Never give it a fresh
blind set: it chooses settings.
"""
import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import Score, score_fuzzy  # noqa: E402
from loaders import program_filter as pf  # noqa: E402
from loaders.promotes_model import PromotesModel, train_weights  # noqa: E402


def folder_documents(spec: str, cache: Path | None) -> list:
    docs, _, gold = spec.partition(":")
    cached = cache / ("program-filter-" + gold.strip("/").replace("/", "_") + ".pkl") if cache else None  # its own kind: the other eval script's cache has another shape
    if cached and cached.is_file():
        return pickle.loads(cached.read_bytes())
    out = list(pf.gold_documents(docs, gold))
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(out))
    return out


def examples(documents, drop: tuple[str, ...]):
    for gold, _, mentions in documents:
        for name, features in mentions:
            yield ([f for f in features if not f.startswith(drop)] if drop else features), pf.is_gold_program(name, gold)


def score(documents, model: PromotesModel | None, drop: tuple[str, ...] = ()) -> Score:
    total = Score()
    for gold, printed, mentions in documents:
        if model is not None:
            mentions = [(n, [f for f in fs if not f.startswith(drop)] if drop else fs) for n, fs in mentions]
            printed = pf.kept_names(printed, mentions, model)
        total.add(score_fuzzy(printed, gold))
    return total


def line(name: str, s: Score) -> str:
    return f"{name:<26} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  tp {s.tp} fp {s.fp} fn {s.fn}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", metavar="DOCS:GOLD")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--c2", nargs="+", type=float, default=[1.0])
    parser.add_argument("--keep", nargs="+", type=float, default=[0.2, 0.3, 0.4, 0.5, 0.6])
    parser.add_argument("--unseen", nargs="*", default=[], help="also sum these held-out folders (by folder name)")
    parser.add_argument("--drop", nargs="*", default=[], help="feature prefixes left out")
    args = parser.parse_args()
    drop = tuple(args.drop)
    folds = [[d for part in spec.split("+") for d in folder_documents(part, args.cache)] for spec in args.folders]
    names = [Path(spec.split("+")[0].partition(":")[0]).name for spec in args.folders]
    alone = [score(fold, None) for fold in folds]
    print(f"{sum(map(len, folds))} documents in {len(folds)} folds; "
          f"{sum(len(m) for fold in folds for _, _, m in fold)} mentions")
    for name, s in zip(names, alone):
        print(line(f"{name}: rules+CRF", s))
    results: dict[tuple[float, float], list[Score]] = {}
    for k, held in enumerate(folds):
        rest = [d for j, fold in enumerate(folds) if j != k for d in fold]
        for c2 in args.c2:
            weights = train_weights(examples(rest, drop), c2=c2)
            for keep in args.keep:
                results.setdefault((c2, keep), []).append(score(held, PromotesModel(weights, keep, 1.01), drop))
    unseen = [i for i, n in enumerate(names) if n in args.unseen]
    for (c2, keep), scores in sorted(results.items()):
        total, rules_total = Score(), Score()
        for s, r in zip(scores, alone):
            total.add(s)
            rules_total.add(r)
        better = sum(s.f1 > r.f1 for s, r in zip(scores, alone))
        print(line(f"c2={c2} keep={keep}", total) + f"  (rules+CRF F1 {rules_total.f1:.3f}; raises {better}/{len(folds)} folds)")
        for n, s, r in zip(names, scores, alone):
            print(f"    {n:<10} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}   "
                  f"(rules+CRF P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f})")
        if unseen:
            u, ur = Score(), Score()
            for i in unseen:
                u.add(scores[i])
                ur.add(alone[i])
            print("    " + line("unseen " + "+".join(names[i] for i in unseen), u) + f"  (rules+CRF F1 {ur.f1:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
