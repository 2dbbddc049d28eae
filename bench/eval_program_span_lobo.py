"""Programs: the rules alone vs the rules with a span classifier's veto, LEAVE-ONE-BATCH-OUT.

The span classifier (:func:`loaders.program_crf.span_features`, a maximum-entropy model) is
trained on the rules' own names in seeds + dev and every other fresh batch (a name is right
when it matches a gold program, ``kg score``'s fuzzy rule), and drops a name of the held-out
batch whose every mention has P(program) below a threshold. Batches as in
``bench/eval_program_crf_lobo.py`` (documents loaded by it, ``--cache`` shared).

    PYTHONPATH=. nice -n 10 .venv/bin/python bench/eval_program_span_lobo.py --cache CACHE.pkl \\
        --batches /work/fresh-programs ... [--test NEW_ROOT ...] [--errors OUT.tsv]
"""
from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_program_crf import fmt, load_folder  # noqa: E402
from eval_program_crf_lobo import load_batch  # noqa: E402
from kg.evaluate import Score, fuzzy_match, score_fuzzy  # noqa: E402
from loaders import program_crf  # noqa: E402

THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)


def doc_items(doc) -> list[tuple[str, list[str]]]:
    """(name, features) of every mention the rules found in a document."""
    counts = Counter(doc.rule_names.values())
    items = []
    for (index, start, end), name in doc.rule_names.items():
        text = doc.sentences[index].text
        items.append((name, program_crf.span_features(text, start, end, name, counts[name])))
    return items


def is_program(name: str, gold: list[str]) -> bool:
    return any(fuzzy_match(name, g) for g in gold)


def kept_names(doc, classifier, threshold: float) -> list[str]:
    best: dict[str, float] = {}
    for name, features in doc.items:
        best[name] = max(best.get(name, 0.0), classifier.probability(features))
    return [name for name, p in best.items() if p >= threshold]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--batches", nargs="+", required=True)
    parser.add_argument("--cache", required=True)
    parser.add_argument("--test", nargs="*", default=[])
    parser.add_argument("--errors", help="write the vetoed names of the held-out batches (threshold 0.2) here")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    cache = Path(args.cache)
    if cache.exists():
        shared, batches = pickle.loads(cache.read_bytes())
    else:
        shared = load_folder(corpus / "seeds", corpus / "gold" / "seeds") + load_folder(corpus / "dev", corpus / "gold" / "dev")
        batches = {}
    batches = {Path(r).name: batches.get(Path(r).name) or load_batch(Path(r)) for r in args.batches}
    for doc in shared + [d for docs in batches.values() for d in docs]:
        doc.items = doc_items(doc)
    totals: dict[str, Score] = {}
    vetoed = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, held in batches.items():
            train = shared + [d for other, docs in batches.items() if other != name for d in docs]
            model = program_crf.train_span_classifier(
                ((f, is_program(n, d.gold)) for d in train for n, f in d.items), Path(tmp) / f"{name}.model")
            classifier = program_crf.SpanClassifier(model)
            row = {}
            for doc in held:
                rules = list(dict.fromkeys(doc.rule_names.values()))
                row.setdefault("rules", Score()).add(score_fuzzy(rules, doc.gold))
                for t in THRESHOLDS:
                    kept = kept_names(doc, classifier, t)
                    row.setdefault(f"veto@{t}", Score()).add(score_fuzzy(kept, doc.gold))
                    if t == 0.2:
                        vetoed += [(name, doc.name, n, "right" if is_program(n, doc.gold) else "wrong")
                                   for n in rules if n not in kept]
            for key, score in row.items():
                totals.setdefault(key, Score()).add(score)
            print(f"{name:18s} " + "  ".join(f"{k} {s.f1:.3f}/{s.precision:.3f}" for k, s in row.items()), flush=True)
        print(f"\n== leave-one-batch-out, micro over {len(batches)} held-out batches (rules' names, span-classifier veto)")
        for key, score in totals.items():
            print(f"  {key:12s} {fmt(score)}")
        if args.test:
            train = shared + [d for docs in batches.values() for d in docs]
            model = program_crf.train_span_classifier(
                ((f, is_program(n, d.gold)) for d in train for n, f in d.items), Path(tmp) / "all.model")
            classifier = program_crf.SpanClassifier(model)
            for root in args.test:
                docs = load_batch(Path(root))
                for doc in docs:
                    doc.items = doc_items(doc)
                row = {}
                for doc in docs:
                    row.setdefault("rules", Score()).add(score_fuzzy(list(dict.fromkeys(doc.rule_names.values())), doc.gold))
                    for t in THRESHOLDS:
                        row.setdefault(f"veto@{t}", Score()).add(score_fuzzy(kept_names(doc, classifier, t), doc.gold))
                print(f"\n== {root}: " + "  ".join(f"{k} {fmt(s)}" for k, s in row.items()))
    if args.errors:
        Path(args.errors).write_text("".join("\t".join(v) + "\n" for v in vetoed), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
