"""Programs: the rules alone vs the rules with a span classifier's veto, LEAVE-ONE-BATCH-OUT.

The span classifier (:func:`span_features` below, a maximum-entropy model) is
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

import re  # noqa: E402
from typing import Iterable  # noqa: E402


# ---------------------------------------------------------------------------------------------
# A second opinion on the rules' own names: a maximum-entropy classifier over one span at a time
# (python-crfsuite on one-item sequences), which says whether a name the rules found is a program. It never
# beat the rules (docs/benchmarks.md), so it lives with its benchmark, not in loaders/.

def span_features(text: str, start: int, end: int, name: str, mentions_in_doc: int = 1) -> list[str]:
    """Features of one candidate name at ``text[start:end]``: how it ends and begins, what stands
    around it (the clause verb before, the words after), whether it is quoted or in a cited
    title, its length, and how often the document names it.

    >>> feats = span_features("大力开展“暖心”行动，走访老人。", 4, 10, "暖心行动")
    >>> "end2=行动" in feats and "quoted" in feats and "before2=开展" in feats
    True
    """
    before = text[max(0, start - 4):start].lstrip("“「『‘\"")
    after = text[end:end + 3]
    feats = ["bias", f"end1={name[-1:]}", f"end2={name[-2:]}", f"end3={name[-3:]}", f"begin2={name[:2]}",
             f"len={min(len(name), 16) // 3}", f"before1={before[-1:] or '^'}", f"before2={before[-2:] or '^'}",
             f"after1={after[:1] or '$'}", f"after2={after[:2] or '$'}", f"count={min(mentions_in_doc, 3)}"]
    surface = text[start:end]
    if any(ch in program_crf._QUOTES for ch in surface) or (start and text[start - 1] in program_crf._QUOTES):
        feats.append("quoted")
        if end < len(text) and text[end - 1] in program_crf._QUOTES:
            feats.append("quote_only")
    if "《" in text[max(0, start - 20):start] and "》" in text[end:end + 30]:
        feats.append("near_title")
    if any(ch.isdigit() for ch in name):
        feats.append("digit")
    clause = re.split(r"[，。；：！？,;:!?]", text[:start])[-1]
    cut = None
    for match in program_crf._cut_re().finditer(clause):
        cut = match
    if cut is not None:
        feats.append(f"verb={cut.group()}")
        feats.append(f"verb_gap={min(len(clause) - cut.end(), 6)}")
    else:
        feats.append("no_verb")
    for lexicon, pattern in program_crf._lexicon_patterns():
        match = pattern.search(name)
        if match:
            feats.append(f"has_{lexicon}")
            if match.end() == len(name):
                feats.append(f"ends_{lexicon}")
            if match.span() == (0, len(name)):
                feats.append(f"is_{lexicon}")
    return feats


def train_span_classifier(items: Iterable[tuple[list[str], bool]], model_path: str | Path,
                          c2: float = 0.1, max_iterations: int = 200) -> Path:
    """Train the span classifier on (features, is a program) items and write it."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for features, label in items:
        trainer.append([features], ["Y" if label else "N"])
        count += 1
    if not count:
        raise ValueError("no training spans")
    trainer.set_params({"c1": 0.0, "c2": c2, "max_iterations": max_iterations})
    model_path = Path(model_path)
    trainer.train(str(model_path))
    return model_path


class SpanClassifier:
    """A trained span classifier: :meth:`probability` that a candidate name is a program."""

    def __init__(self, model_path: str | Path) -> None:
        import pycrfsuite

        self.path = Path(model_path)
        if not self.path.is_file():
            raise FileNotFoundError(f"program span model not found: {self.path}")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))

    def probability(self, features: list[str]) -> float:
        self._tagger.set([features])
        return self._tagger.marginal("Y", 0) if "Y" in self._tagger.labels() else 0.0


THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)


def doc_items(doc) -> list[tuple[str, list[str]]]:
    """(name, features) of every mention the rules found in a document."""
    counts = Counter(doc.rule_names.values())
    items = []
    for (index, start, end), name in doc.rule_names.items():
        text = doc.sentences[index].text
        items.append((name, span_features(text, start, end, name, counts[name])))
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
            model = train_span_classifier(
                ((f, is_program(n, d.gold)) for d in train for n, f in d.items), Path(tmp) / f"{name}.model")
            classifier = SpanClassifier(model)
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
            model = train_span_classifier(
                ((f, is_program(n, d.gold)) for d in train for n, f in d.items), Path(tmp) / "all.model")
            classifier = SpanClassifier(model)
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
