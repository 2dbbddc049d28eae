"""Programs: rules alone vs the CRF second opinion vs combinations, measured honestly.

1. k-fold cross-validation BY DOCUMENT on seeds + dev of the shared corpus: the CRF is
   trained on the other folds' gold programs and tags the held-out fold (the rules were
   tuned on all these documents, which favours them).
2. Extra folders (fresh batches with a gold/ folder): the CRF trained on all of seeds + dev.

Scores are the programs line of ``kg score`` (fuzzy one-to-one matching, kg.evaluate.score_fuzzy)
computed on the programs a document's extraction names.

    PYTHONPATH=. .venv/bin/python bench/eval_program_crf.py --folds 5 \\
        --extra /work/fresh-programs /work/fresh-programs/batch2 /work/fresh-programs3 [--errors]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import Score, fuzzy_match, score_fuzzy  # noqa: E402
from loaders import program_crf  # noqa: E402
from loaders.policies import policy_spans  # noqa: E402
from loaders.programs import extract_rule_programs  # noqa: E402


@dataclass
class Doc:
    name: str
    sentences: list
    gold: list[str]
    rule_spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # sentence index -> spans
    rule_names: dict[tuple[int, int, int], str] = field(default_factory=dict)  # (sentence, start, end) -> name
    features: dict[int, list[list[str]]] = field(default_factory=dict)


def load_folder(folder: Path, gold_folder: Path) -> list[Doc]:
    docs = []
    for gold, sentences, info in program_crf.gold_documents(folder, gold_folder):
        doc = Doc(gold["doc"], sentences, list(gold.get("programs", [])))
        for mention in extract_rule_programs(sentences, info):
            sentence = sentences[mention.sentence_index]
            span = (mention.start - sentence.start, mention.end - sentence.start)
            doc.rule_spans.setdefault(sentence.index, []).append(span)
            doc.rule_names[(sentence.index, *span)] = mention.name
        for sentence in sentences:
            doc.features[sentence.index] = program_crf.sentence_features(sentence.text, doc.rule_spans.get(sentence.index, []))
        docs.append(doc)
    return docs


def training_sequences(docs: list[Doc], with_rules: bool = True):
    for doc in docs:
        for sentence in doc.sentences:
            spans = program_crf.gold_spans(sentence.text, doc.gold, policy_spans(sentence.text))
            features = doc.features[sentence.index]
            yield (features if with_rules else program_crf.without_rules(features)), program_crf.rule_tags(len(sentence.text), spans)


def predictions(doc: Doc, tagger, setting: program_crf.ModelSetting) -> list[str]:
    names: list[str] = []
    for sentence in doc.sentences:
        rules = doc.rule_spans.get(sentence.index, [])
        if setting.mode == "rules":
            names += [doc.rule_names[(sentence.index, *s)] for s in rules]
            continue
        features = doc.features[sentence.index]
        tagged, inside = tagger.tag_features(sentence.text, features if tagger.uses_rules else program_crf.without_rules(features))
        kept, added = program_crf.combine(rules, tagged, inside, setting)
        names += [doc.rule_names[(sentence.index, *rules[k])] for k in kept] + [t.name for t in added]
    return names


SETTINGS = [program_crf.ModelSetting("", "rules"), program_crf.ModelSetting("", "crf"),
            program_crf.ModelSetting("", "union")] + [
    program_crf.ModelSetting("", "add", add_threshold=t) for t in (0.6, 0.8, 0.9, 0.95)] + [
    program_crf.ModelSetting("", "veto", veto_threshold=t) for t in (0.1, 0.2, 0.3)] + [
    program_crf.ModelSetting("", "add+veto", add_threshold=0.9, veto_threshold=0.2)]


def label(setting: program_crf.ModelSetting) -> str:
    if setting.mode == "add":
        return f"add@{setting.add_threshold}"
    if setting.mode == "veto":
        return f"veto@{setting.veto_threshold}"
    if setting.mode == "add+veto":
        return f"add@{setting.add_threshold}+veto@{setting.veto_threshold}"
    return setting.mode


def fmt(score: Score) -> str:
    return f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} (tp {score.tp} fp {score.fp} fn {score.fn})"


def evaluate(docs: list[Doc], taggers: dict, totals: dict[str, Score], errors: dict[str, list] | None = None) -> None:
    """``taggers``: {prefix: tagger}; the rules alone are scored once."""
    for prefix, tagger in taggers.items():
      for setting in SETTINGS:
        if tagger is None and setting.mode != "rules":
            continue
        if setting.mode == "rules" and prefix != next(iter(taggers)):
            continue
        key = "rules" if setting.mode == "rules" else f"{prefix}:{label(setting)}"
        for doc in docs:
            predicted = predictions(doc, tagger, setting)
            totals.setdefault(key, Score()).add(score_fuzzy(predicted, doc.gold))
            if errors is not None and setting.mode == "rules":
                fp = [p for p in set(predicted) if not any(fuzzy_match(p, g) for g in doc.gold)]
                fn = [g for g in doc.gold if not any(fuzzy_match(p, g) for p in predicted)]
                errors.setdefault("fp", []).extend((doc.name, x) for x in sorted(fp))
                errors.setdefault("fn", []).extend((doc.name, x) for x in fn)


RULES_ONLY = False


def train_taggers(docs: list[Doc], folder: Path, name: str) -> dict:
    """Two models: with the rules' tags as a feature ("crf+rulefeat") and without ("crf", independent)."""
    if RULES_ONLY:
        return {"rules": None}
    return {
        "crf+rulefeat": program_crf.ProgramTagger(program_crf.train(training_sequences(docs), folder / f"{name}-r.model")),
        "crf": program_crf.ProgramTagger(program_crf.train(training_sequences(docs, False), folder / f"{name}.model")),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--extra", nargs="*", default=[], help="folders with gold/ (fresh batches)")
    parser.add_argument("--errors", action="store_true", help="print the rules' false positives and negatives")
    parser.add_argument("--rules-only", action="store_true", help="score the rules alone (no training): quick")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    global RULES_ONLY
    RULES_ONLY = args.rules_only
    started = time.perf_counter()
    docs = load_folder(corpus / "seeds", corpus / "gold" / "seeds") + load_folder(corpus / "dev", corpus / "gold" / "dev")
    print(f"{len(docs)} documents loaded in {time.perf_counter() - started:.1f} s")
    order = list(range(len(docs)))
    random.Random(args.seed).shuffle(order)
    folds = [order[i::args.folds] for i in range(args.folds)]
    cv_totals: dict[str, Score] = {}
    cv_errors: dict[str, list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, held in enumerate(folds):
            train_docs = [docs[i] for i in order if i not in held]
            taggers = train_taggers(train_docs, Path(tmp), f"fold{k}")
            fold_totals: dict[str, Score] = {}
            evaluate([docs[i] for i in held], taggers, fold_totals, cv_errors)
            print(f"fold {k} ({len(held)} docs): " + "  ".join(
                f"{key} {fold_totals[key].f1:.3f}" for key in ("rules", "crf+rulefeat:crf", "crf:crf", "crf:union", "crf:add@0.9")
                if key in fold_totals))
            for key, score in fold_totals.items():
                cv_totals.setdefault(key, Score()).add(score)
        print(f"\n== {args.folds}-fold CV by document, seeds + dev ({len(docs)} docs), micro over folds")
        for key, score in cv_totals.items():
            print(f"  {key:32s} {fmt(score)}")
        if args.errors:
            print_errors("CV held-out folds", cv_errors)
        if args.extra:
            taggers = train_taggers(docs, Path(tmp), "all")
            for extra in args.extra:
                folder = Path(extra)
                extra_docs = load_folder(folder, folder / "gold")
                totals: dict[str, Score] = {}
                errors: dict[str, list] = {}
                evaluate(extra_docs, taggers, totals, errors)
                print(f"\n== {folder} ({len(extra_docs)} docs), CRF trained on seeds + dev")
                for key, score in totals.items():
                    print(f"  {key:32s} {fmt(score)}")
                if args.errors:
                    print_errors(str(folder), errors)
    print(f"\ndone in {time.perf_counter() - started:.0f} s")
    return 0


def print_errors(title: str, errors: dict[str, list]) -> None:
    print(f"\n-- rules alone on {title}: false positives")
    for doc, name in errors.get("fp", []):
        print(f"  FP {doc} {name}")
    print(f"-- rules alone on {title}: false negatives")
    for doc, name in errors.get("fn", []):
        print(f"  FN {doc} {name}")


if __name__ == "__main__":
    raise SystemExit(main())
