#!/usr/bin/env python3
"""Choose the PROMOTES model's settings on a split of the TRAINING pages (issue 11).

    PYTHONPATH=. .venv/bin/python bench/eval_promotes_model.py --train DOCS:GOLD ... --tune DOCS:GOLD ...
        [--cache DIR] [--c2 1.0 ...] [--drop PREFIX ...]

Loads each folder's documents with the rules' PROMOTES edges (loaders.promotes_model.gold_candidates),
trains the logistic model on the --train folders and prints, for the --tune folders, PROMOTES P/R/F1
of the rules alone and of the model over a grid of keep/add thresholds, scored as ``kg score`` scores
relations (kg.evaluate.score_relations). --drop leaves out the features that start with a prefix (an
ablation). Never give it a test set: it chooses settings.
"""
import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import Score, gold_relations, score_relations  # noqa: E402
from loaders import promotes_model as pm  # noqa: E402


def folder_candidates(spec: str, cache: Path | None) -> list[tuple[dict, list[tuple[str, str, list[str], list[str]]]]]:
    docs, _, gold = spec.partition(":")
    cached = cache / ("promotes-" + gold.strip("/").replace("/", "_") + ".pkl") if cache else None  # its own kind: the other eval script's cache has another shape
    if cached and cached.is_file():
        return pickle.loads(cached.read_bytes())
    out = [(g, [(c.agency_name, c.program.name, c.features, c.rules) for c in cands])
           for g, cands in pm.gold_candidates(docs, gold)]
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(out))
    return out


def examples(documents, drop: tuple[str, ...]):
    for gold, cands in documents:
        pairs = pm.gold_pairs(gold)
        for agency, program, features, _ in cands:
            yield [f for f in features if not f.startswith(drop)] if drop else features, pm.is_gold_pair(agency, program, pairs)


def score(documents, chosen_of) -> Score:
    total = Score()
    for gold, cands in documents:
        predicted = {("PROMOTES", a, p) for a, p in chosen_of(cands)}
        total.add(score_relations(predicted, {t for t in gold_relations(gold) if t[0] == "PROMOTES"})["PROMOTES"])
    return total


def model_choice(model: pm.PromotesModel, drop: tuple[str, ...]):
    def chosen(cands):
        scored = []
        for agency, program, features, rules in cands:
            candidate = pm.Candidate(agency, agency, pm.Mention("Program", program, program, 0, 0, 0, {}), features, rules)
            kept = [f for f in features if not f.startswith(drop)] if drop else features
            scored.append((candidate, model.probability(kept)))
        return {(c.agency_key, c.program.name) for c in pm.choose(scored, model.keep, model.add, lambda c: c.program.name)}
    return chosen


def line(name: str, s: Score) -> str:
    return f"{name:<34} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  tp {s.tp} fp {s.fp} fn {s.fn}"


def cross_validate(folds, always, args, drop: tuple[str, ...], names: list[str] | None = None) -> int:
    """Each fold held out in turn: each setting's PROMOTES score summed over the held-out folds (and, with
    ``names``, per fold: whether a setting holds on a folder it was not trained on)."""
    documents = [d for fold in folds for d in fold]
    print(f"{len(documents)} documents in {len(folds)} folds, {len(always)} always trained on")
    print(line("held out: rules alone", score(documents, lambda cands: {(a, p) for a, p, _, r in cands if r})))
    totals: dict[tuple, Score] = {}
    per_fold: dict[tuple, list[Score]] = {}
    for k, held in enumerate(folds):
        rest = always + [d for j, fold in enumerate(folds) if j != k for d in fold] * args.repeat
        for c2 in args.c2:
            weights = pm.train_weights(examples(rest, drop), c2=c2)
            for keep in args.keep:
                for add in args.add:
                    held_score = score(held, model_choice(pm.PromotesModel(weights, keep, add), drop))
                    totals.setdefault((c2, keep, add), Score()).add(held_score)
                    per_fold.setdefault((c2, keep, add), []).append(held_score)
    if names:
        rules = [score(fold, lambda cands: {(a, p) for a, p, _, r in cands if r}) for fold in folds]
        print("per held-out folder, F1 (tp/fp/fn), rules alone: " + fold_line(names, rules))
        if args.unseen:
            print(line("rules alone, " + "+".join(args.unseen), sum_of(names, rules, args.unseen)))
    for (c2, keep, add), s in sorted(totals.items(), key=lambda kv: kv[1].f1):
        print(line(f"c2={c2} keep={keep} add={add}", s))
        if names:
            print("    " + fold_line(names, per_fold[(c2, keep, add)]))
            if args.unseen:
                print("    " + line("+".join(args.unseen), sum_of(names, per_fold[(c2, keep, add)], args.unseen)))
    return 0


def fold_line(names: list[str], scores: list[Score]) -> str:
    return "  ".join(f"{name} {s.f1:.3f} ({s.tp}/{s.fp}/{s.fn})" for name, s in zip(names, scores))


def sum_of(names: list[str], scores: list[Score], chosen: list[str]) -> Score:
    """The summed score of the held-out folders named ``chosen``."""
    total = Score()
    for name, s in zip(names, scores):
        if name in chosen:
            total.add(s)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="+", required=True, metavar="DOCS:GOLD")
    parser.add_argument("--tune", nargs="*", default=[], metavar="DOCS:GOLD")
    parser.add_argument("--always", nargs="*", default=[], metavar="DOCS:GOLD",
                        help="with --folds: folders always trained on, never held out")
    parser.add_argument("--repeat", type=int, default=1, help="with --folds: the held-in documents count this many times")
    parser.add_argument("--folds", type=int, default=0,
                        help="instead of --tune: k-fold over the --train documents (every k-th document held out)")
    parser.add_argument("--by-folder", action="store_true",
                        help="instead of --tune: leave each --train folder out in turn (a setting that holds on a "
                             "folder it was not trained on); folders joined by + form one fold")
    parser.add_argument("--unseen", nargs="*", default=[],
                        help="with --by-folder: also sum these held-out folders (by folder name): the pages the rules "
                             "were not written on, which are what a fresh page looks like")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--c2", nargs="+", type=float, default=[1.0])
    parser.add_argument("--drop", nargs="*", default=[], help="feature prefixes left out")
    parser.add_argument("--keep", nargs="+", type=float, default=[0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5])
    parser.add_argument("--add", nargs="+", type=float, default=[0.5, 0.6, 0.7, 0.8, 1.01])
    args = parser.parse_args()
    drop = tuple(args.drop)
    # DOCS:GOLD+DOCS:GOLD joins folders into one fold of --by-folder
    folders = [[d for part in spec.split("+") for d in folder_candidates(part, args.cache)] for spec in args.train]
    train = [d for folder in folders for d in folder]
    tune = [d for spec in args.tune for d in folder_candidates(spec, args.cache)]
    always = [d for spec in args.always for d in folder_candidates(spec, args.cache)]
    if args.by_folder:
        names = [Path(spec.split("+")[0].partition(":")[0]).name for spec in args.train]
        return cross_validate(folders, always, args, drop, names)
    if args.folds:
        return cross_validate([train[i::args.folds] for i in range(args.folds)], always, args, drop)
    positives = sum(label for _, label in examples(train, drop))
    print(f"train: {len(train)} documents, {sum(len(c) for _, c in train)} candidates ({positives} positive); "
          f"tune: {len(tune)} documents, {sum(len(c) for _, c in tune)} candidates")
    reachable = score(tune, lambda cands: {(a, p) for a, p, _, _ in cands if pm.is_gold_pair(a, p, [])} or
                      {(a, p) for a, p, _, _ in cands})
    print(line("tune: every candidate", reachable))
    print(line("tune: rules alone", score(tune, lambda cands: {(a, p) for a, p, _, r in cands if r})))
    for c2 in args.c2:
        weights = pm.train_weights(examples(train, drop), c2=c2)
        for keep in args.keep:
            for add in args.add:
                model = pm.PromotesModel(weights, keep, add)
                print(line(f"c2={c2} keep={keep} add={add}", score(tune, model_choice(model, drop))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
