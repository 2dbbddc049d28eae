"""Programs: rules vs the CRF second opinion, LEAVE-ONE-BATCH-OUT over the fresh batches.

Each fresh batch (a /work/fresh-* folder: one helper, its own sites and genres) is held out in
turn; two CRFs (with and without the rules' tag as a feature) are trained on seeds + dev and
every OTHER batch, and tag the held-out one. This estimates the model on unseen text more
honestly than k-fold by document (documents of one batch share sites and phrasing). The rules
were tuned on most of these batches, which favours them.

A batch counts only where its gold annotates programs (some batches annotated only targets,
relations or other entities: every ``programs`` list of theirs is empty, so they are left out).

Each setting is scored twice: the model on every sentence, and gated (``/g``): the model only
on sentences with a program cue (:func:`loaders.program_crf.has_program_cue`).

    PYTHONPATH=. nice -n 10 .venv/bin/python bench/eval_program_crf_lobo.py \\
        --batches /work/fresh-programs /work/fresh-programs3 /work/fresh-progs ... [--errors] [--test NEW_FOLDER]
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_program_crf import Doc, fmt, label, load_folder  # noqa: E402
from kg.evaluate import Score, fuzzy_match, score_fuzzy  # noqa: E402
from loaders import program_crf  # noqa: E402
from loaders.policies import policy_spans  # noqa: E402

SETTINGS = [program_crf.ModelSetting("", "rules"), program_crf.ModelSetting("", "crf"),
            program_crf.ModelSetting("", "union")] + [
    program_crf.ModelSetting("", "add", add_threshold=t) for t in (0.6, 0.7, 0.8, 0.9, 0.95)] + [
    program_crf.ModelSetting("", "veto", veto_threshold=t) for t in (0.1, 0.2, 0.3)] + [
    program_crf.ModelSetting("", "add+veto", add_threshold=0.8, veto_threshold=0.1),
    program_crf.ModelSetting("", "add+veto", add_threshold=0.9, veto_threshold=0.2)]


def load_batch(root: Path) -> list[Doc]:
    docs = []
    for folder, gold_dir in program_crf.program_gold_folders(root):
        for doc in load_folder(folder, gold_dir):
            doc.name = f"{gold_dir.relative_to(root.parent)}/{doc.name}"
            docs.append(doc)
    return docs


def training_sequences(docs: list[Doc], with_rules: bool):
    for doc in docs:
        for sentence in doc.sentences:
            spans = program_crf.gold_spans(sentence.text, doc.gold, policy_spans(sentence.text))
            if TRAIN_CUE_ONLY and not spans and not program_crf.has_program_cue(sentence.text):
                continue
            features = doc.features[sentence.index]
            yield (features if with_rules else program_crf.without_rules(features)), program_crf.rule_tags(len(sentence.text), spans)


def tag_all(doc: Doc, tagger) -> dict[int, tuple]:
    """The model's (spans, P(inside)) of every sentence of a document, computed once per model."""
    out = {}
    for sentence in doc.sentences:
        features = doc.features[sentence.index]
        out[sentence.index] = tagger.tag_features(sentence.text, features if tagger.uses_rules else program_crf.without_rules(features))
    return out


def predictions(doc: Doc, tagged_doc: dict | None, setting: program_crf.ModelSetting, gated: bool,
                span_cue: bool = False) -> list[str]:
    names: list[str] = []
    for sentence in doc.sentences:
        rules = doc.rule_spans.get(sentence.index, [])
        rule_names = [doc.rule_names[(sentence.index, *s)] for s in rules]
        if setting.mode == "rules" or (gated and not doc.cue[sentence.index]):
            names += rule_names
            continue
        tagged, inside = tagged_doc[sentence.index]
        kept, added = program_crf.combine(rules, tagged, inside, setting)
        if span_cue:
            added = [t for t in added if program_crf.has_program_cue(sentence.text[max(0, t.start - 1):t.end + 1])]
        names += [rule_names[k] for k in kept] + [t.name for t in added]
    return names


VARIANTS = [(False, False), (True, False), (True, True)]  # (gated, added spans must hold a cue)
TRAIN_CUE_ONLY = False


def evaluate(docs: list[Doc], taggers: dict, totals: dict[str, Score], errors: list | None = None) -> None:
    for doc in docs:
        doc.cue = {sentence.index: program_crf.has_program_cue(sentence.text) for sentence in doc.sentences}
    for prefix, tagger in taggers.items():
        tagged = {id(doc): tag_all(doc, tagger) for doc in docs}
        for setting in SETTINGS:
            for gated, span_cue in VARIANTS:
                if setting.mode == "rules" and ((gated, span_cue) != VARIANTS[0] or prefix != next(iter(taggers))):
                    continue
                if span_cue and setting.mode not in ("union", "add", "add+veto"):
                    continue
                key = "rules" if setting.mode == "rules" else f"{prefix}:{label(setting)}{'/g' if gated else ''}{'/c' if span_cue else ''}"
                for doc in docs:
                    predicted = predictions(doc, tagged[id(doc)], setting, gated, span_cue)
                    totals.setdefault(key, Score()).add(score_fuzzy(predicted, doc.gold))
                    if errors is not None and setting.mode == "rules":
                        for p in sorted(set(predicted)):
                            if not any(fuzzy_match(p, g) for g in doc.gold):
                                errors.append(("FP", doc.name, p, ""))
                        for g in doc.gold:
                            if not any(fuzzy_match(p, g) for p in predicted):
                                errors.append(("FN", doc.name, g, ""))


def train_taggers(docs: list[Doc], folder: Path, name: str) -> dict:
    return {
        "crf+rulefeat": program_crf.ProgramTagger(program_crf.train(training_sequences(docs, True), folder / f"{name}-r.model")),
        "crf": program_crf.ProgramTagger(program_crf.train(training_sequences(docs, False), folder / f"{name}.model")),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--batches", nargs="+", required=True, help="fresh batch roots (each held out in turn)")
    parser.add_argument("--test", nargs="*", default=[], help="extra roots only ever tested on (model trained on all)")
    parser.add_argument("--errors", help="write the rules' held-out FP/FN to this TSV")
    parser.add_argument("--cache", help="pickle of the loaded documents (features included), reused when present")
    parser.add_argument("--train-cue-only", action="store_true", help="train on sentences with a cue or a gold name only")
    parser.add_argument("--gated-only", action="store_true", help="score the model on cue sentences only")
    parser.add_argument("--only", nargs="*", help="hold out only these batch names")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    global TRAIN_CUE_ONLY, VARIANTS
    TRAIN_CUE_ONLY = args.train_cue_only
    if args.gated_only:
        VARIANTS = [(True, False), (True, True)]
    started = time.perf_counter()
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        shared, batches = pickle.loads(cache.read_bytes())
        batches = {Path(root).name: batches[Path(root).name] if Path(root).name in batches else load_batch(Path(root))
                   for root in args.batches}
    else:
        shared = load_folder(corpus / "seeds", corpus / "gold" / "seeds") + load_folder(corpus / "dev", corpus / "gold" / "dev")
        batches = {Path(root).name: load_batch(Path(root)) for root in args.batches}
    if cache and not cache.exists():
        cache.write_bytes(pickle.dumps((shared, batches)))
    cue_sentences = gold_in_cue = gold_total = sentences = 0
    for doc in shared + [d for docs in batches.values() for d in docs]:
        for sentence in doc.sentences:
            cue = program_crf.has_program_cue(sentence.text)
            spans = program_crf.gold_spans(sentence.text, doc.gold, policy_spans(sentence.text))
            sentences += 1
            cue_sentences += cue
            gold_total += len(spans)
            gold_in_cue += len(spans) if cue else 0
    print(f"gate: {cue_sentences}/{sentences} sentences have a program cue; they hold {gold_in_cue}/{gold_total} gold occurrences")
    batches = {name: docs for name, docs in batches.items() if docs}
    print(f"seeds+dev {len(shared)} docs, {sum(len(d.gold) for d in shared)} gold; " + ", ".join(
        f"{name} {len(docs)}/{sum(len(d.gold) for d in docs)}" for name, docs in batches.items())
        + f"; loaded in {time.perf_counter() - started:.0f} s", flush=True)
    all_totals: dict[str, Score] = {}
    errors: list = []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, held in batches.items():
            if args.only and name not in args.only:
                continue
            t0 = time.perf_counter()
            train_docs = shared + [d for other, docs in batches.items() if other != name for d in docs]
            taggers = train_taggers(train_docs, Path(tmp), name)
            totals: dict[str, Score] = {}
            evaluate(held, taggers, totals, errors)
            rows.append((name, totals))
            for key, score in totals.items():
                all_totals.setdefault(key, Score()).add(score)
            best = max((k for k in totals if k != "rules"), key=lambda k: (totals[k].f1, totals[k].precision))
            print(f"{name} ({len(held)} docs, {sum(len(d.gold) for d in held)} gold, {time.perf_counter() - t0:.0f} s): "
                  f"rules {fmt(totals['rules'])} | best {best} {fmt(totals[best])}", flush=True)
        print(f"\n== leave-one-batch-out, micro over {len(rows)} held-out batches")
        for key, score in sorted(all_totals.items(), key=lambda kv: -kv[1].f1):
            print(f"  {key:34s} {fmt(score)}")
        print("\n== per batch F1 (rules / crf:add@0.8/g / crf:add@0.9/g / crf:union/g / crf+rulefeat:add@0.8/g)")
        for name, totals in rows:
            print(f"  {name:22s} " + " / ".join(f"{totals[k].f1:.3f}" for k in (
                "rules", "crf:add@0.8/g", "crf:add@0.9/g", "crf:union/g", "crf+rulefeat:add@0.8/g") if k in totals))
        if args.test:
            taggers = train_taggers(shared + [d for docs in batches.values() for d in docs], Path(tmp), "all")
            for root in args.test:
                docs = load_batch(Path(root))
                totals = {}
                evaluate(docs, taggers, totals)
                print(f"\n== {root} ({len(docs)} docs), model trained on seeds+dev + every batch")
                for key, score in sorted(totals.items(), key=lambda kv: -kv[1].f1):
                    print(f"  {key:34s} {fmt(score)}")
    if args.errors:
        Path(args.errors).write_text("".join("\t".join(e) + "\n" for e in errors), encoding="utf-8")
    print(f"\ndone in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
