"""The four learned steps retrained with one annotator batch left out, against the shipped models (issues 10, 11).

    PYTHONPATH=. nice .venv/bin/python bench/eval_models_lobo.py /work/train96 --work /tmp/lobo \\
        [--corpus /work/shared/corpus] [--steps program-crf program-crf-stacked program-filter promotes agency-crf]

POOL holds the pages of several annotators' batches, named BATCH_NNN.txt (train10_001.txt …), with its INDEX.tsv
and gold/. Each batch is held out in turn: a step is retrained by its own script (scripts/train-*, with the
settings the shipped model was trained with) on seeds + dev + the other batches, and the held-out batch is scored
as ``kg score`` scores it (kg.evaluate's per-document functions), once with the retrained model and once with the
shipped one, every other step as shipped. A step that is off by default (the program filter, the agency CRF) is
scored off as well. The shipped models were trained on pages no longer here, so a held-out batch is unseen by both.
``--off STEP`` also scores a step switched off (the program CRF off: the rules alone).
``program-crf-stacked`` is the program CRF trained with the shipped program model's opinion as features
(train-program-crf --stack-on, on the shipped model file): the base never saw a released page, so the held-out
batch stays fair; seeds + dev, in the training of every step, were the base's own training pages, kept on purpose
(``program-crf-stacked-released`` leaves them out).
Prints per batch and summed over the batches: programs, agencies, PROMOTES, relations micro and entities micro
(F1 with tp/fp/fn), and each training's wall time.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import Score, gold_relations, predicted_relations, score_document, score_relations  # noqa: E402
from loaders import load_file, read_index  # noqa: E402
from loaders.agency_crf import use_agency_model  # noqa: E402
from loaders.program_crf import DEFAULT_MODEL, use_program_model  # noqa: E402
from loaders.program_filter import use_program_filter  # noqa: E402
from loaders.promotes_model import use_promotes_model  # noqa: E402

MEASURES = ("programs", "agencies", "PROMOTES", "relations", "entities")
STEPS = ("program-crf", "program-crf-stacked", "program-crf-stacked-released", "program-crf-stacked-rules",
         "program-crf-stacked-l1", "program-filter", "promotes", "agency-crf")
PROGRAM_STEPS = ("program-crf", "program-crf-stacked", "program-crf-stacked-released", "program-crf-stacked-rules",
                 "program-crf-stacked-l1")
OFF_BY_DEFAULT = ("program-filter", "agency-crf")
# the environment variables through which loaders.* read the learned steps (their use_* functions set them)
MODEL_VARIABLES = ("CIVKG_PROGRAM_MODEL", "CIVKG_PROGRAM_MODE", "CIVKG_PROMOTES_MODEL", "CIVKG_PROGRAM_FILTER",
                   "CIVKG_AGENCY_MODEL", "CIVKG_AGENCY_THRESHOLD", "CIVKG_AGENCY_VETO")


def batches(pool: Path) -> dict[str, list[str]]:
    """The pool's document names by batch, the part of the file name before its first ``_``.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); _ = (d / "INDEX.tsv").write_text("file\\tsource\\na_001.txt\\nb_001.txt\\na_002.txt\\n")
    >>> batches(d)
    {'a': ['a_001.txt', 'a_002.txt'], 'b': ['b_001.txt']}
    """
    rows = (pool / "INDEX.tsv").read_text(encoding="utf-8").splitlines()[1:]
    out: dict[str, list[str]] = {}
    for name in sorted(row.split("\t")[0] for row in rows if row.strip()):
        out.setdefault(name.split("_")[0], []).append(name)
    return out


def make_folder(pool: Path, names: list[str], dest: Path) -> Path:
    """A folder of links to ``names`` of the pool, with their INDEX.tsv rows and gold files, as the scripts read."""
    (dest / "gold").mkdir(parents=True, exist_ok=True)
    lines = (pool / "INDEX.tsv").read_text(encoding="utf-8").splitlines()
    wanted = set(names)
    rows = [line for line in lines[1:] if line.split("\t")[0] in wanted]
    (dest / "INDEX.tsv").write_text("\n".join([lines[0]] + rows) + "\n", encoding="utf-8")
    for name in names:
        gold = Path(name).with_suffix(".json").name
        for source, link in ((pool / name, dest / name), (pool / "gold" / gold, dest / "gold" / gold)):
            if not link.is_symlink():
                link.symlink_to(source.resolve())
    return dest


def train_command(step: str, corpus: Path, rest: Path, out: Path) -> list[str]:
    """The training script's command for ``step`` on seeds + dev + ``rest``, with the shipped model's settings."""
    splits = [f"{corpus}/seeds:{corpus}/gold/seeds", f"{corpus}/dev:{corpus}/gold/dev", f"{rest}:{rest}/gold"]
    return {
        "program-crf": ["scripts/train-program-crf", "--corpus", str(corpus), "--cue-only", "--extra", str(rest)],
        "program-crf-stacked": ["scripts/train-program-crf", "--corpus", str(corpus), "--cue-only", "--extra", str(rest),
                                "--stack-on", str(DEFAULT_MODEL)],
        # stacked on the released pages alone: seeds + dev were the base's own training pages, where its opinion
        # is better than on any page it never saw
        "program-crf-stacked-released": ["scripts/train-program-crf", "--corpus", str(corpus), "--splits", "--cue-only",
                                         "--extra", str(rest), "--stack-on", str(DEFAULT_MODEL)],
        # stacked, with the rules' tags as features too: the shipped mode adds only names the rules did not find
        "program-crf-stacked-rules": ["scripts/train-program-crf", "--corpus", str(corpus), "--cue-only", "--extra",
                                      str(rest), "--stack-on", str(DEFAULT_MODEL), "--with-rule-feature"],
        # stacked with a ten times stronger L1 weight: fewer character features, so more weight on the base's opinion
        "program-crf-stacked-l1": ["scripts/train-program-crf", "--corpus", str(corpus), "--cue-only", "--extra",
                                   str(rest), "--stack-on", str(DEFAULT_MODEL), "--c1", "0.5"],
        "program-filter": ["scripts/train-program-filter", *splits, "--c2", "3", "--keep", "0.4"],
        "promotes": ["scripts/train-promotes-model", *splits],  # its defaults are the shipped c2 1, keep .25, add 1.01
        "agency-crf": ["scripts/train-agency-crf", "--corpus", str(corpus), "--folders", str(rest)],
    }[step] + ["--out", str(out)]


def shipped_environment() -> dict[str, str]:
    """This process's environment without the model choices ``use`` leaves in it: a training script loads its
    pages with every other step as shipped, not with the model the previous fold was scored with."""
    return {key: value for key, value in os.environ.items() if key not in MODEL_VARIABLES}


def use(step: str | None, model: str | None) -> None:
    """Every step as shipped (its default), then ``step`` with ``model``: a path, "on" (the shipped model) or "off"."""
    use_program_model(None)
    use_promotes_model(None)
    use_program_filter(None)
    use_agency_model(None)
    if step in PROGRAM_STEPS:
        use_program_model(None if model == "on" else model)
    elif step == "promotes":
        use_promotes_model(model)
    elif step == "program-filter":
        use_program_filter(model)
    elif step == "agency-crf":
        use_agency_model("default" if model == "on" else model)


def score_folder(folder: Path) -> dict[str, Score]:
    """The five measures over a folder's documents, counted as ``kg score`` counts them."""
    index = read_index(folder / "INDEX.tsv")
    totals = {measure: Score() for measure in MEASURES}
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        fragment = load_file(folder / gold["doc"], index.get(gold["doc"]))
        for kind, score in score_document(fragment, gold).items():
            totals["entities"].add(score)
            if kind in totals:
                totals[kind].add(score)
        if "relations" not in gold:
            continue  # as kg score: a gold file without relations was not annotated for them
        for relation, score in score_relations(predicted_relations(fragment), gold_relations(gold)).items():
            totals["relations"].add(score)
            if relation == "PROMOTES":
                totals["PROMOTES"].add(score)
    return totals


def row(scores: dict[str, Score]) -> str:
    return "  ".join(f"{m} {s.f1:.3f} ({s.tp}/{s.fp}/{s.fn})" for m, s in scores.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pool", type=Path)
    parser.add_argument("--work", type=Path, required=True, help="folds, models and the results JSON go here")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--steps", nargs="+", choices=STEPS, default=list(STEPS))
    parser.add_argument("--off", nargs="*", choices=STEPS, default=[], help="also score these steps switched off")
    args = parser.parse_args(argv)
    by_batch = batches(args.pool)
    every = [name for names in by_batch.values() for name in names]
    sums: dict[str, dict[str, Score]] = {}
    for held_out, names in by_batch.items():
        held = make_folder(args.pool, names, args.work / "held" / held_out)
        rest = make_folder(args.pool, [n for n in every if n not in set(names)], args.work / "rest" / held_out)
        settings: list[tuple[str, str | None, str | None]] = [("shipped", None, None)]
        settings += [(f"{step} off", step, "off") for step in args.steps if step in OFF_BY_DEFAULT]
        settings += [(f"{step} off", step, "off") for step in args.off if step not in OFF_BY_DEFAULT]
        settings += [(f"{step} shipped on", step, "on") for step in args.steps if step in OFF_BY_DEFAULT]
        for step in args.steps:
            model = args.work / "models" / f"{step}-{held_out}{'.tsv' if step in ('program-filter', 'promotes') else '.model'}"
            model.parent.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            subprocess.run([sys.executable, *train_command(step, args.corpus, rest, model)], cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL, env=shipped_environment())
            print(f"{held_out}: trained {step} in {time.perf_counter() - started:.0f} s", flush=True)
            settings.append((f"{step} retrained", step, str(model)))
        for label, step, model in settings:
            use(step, model)
            scores = score_folder(held)
            print(f"  {held_out} {label:28s} {row(scores)}", flush=True)
            for measure, score in scores.items():
                sums.setdefault(label, {m: Score() for m in MEASURES})[measure].add(score)
    use(None, None)
    print(f"\n== summed over the {len(by_batch)} held-out batches")
    for label, scores in sums.items():
        print(f"  {label:28s} {row(scores)}")
    (args.work / "results.json").write_text(json.dumps(
        {label: {m: [s.tp, s.fp, s.fn] for m, s in scores.items()} for label, scores in sums.items()}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
