"""``kg extract``: print what the loaders find in files; ``kg score``: score extraction against gold;
``kg agree``: score one annotator's gold against another's.

``kg extract FILE...`` prints one JSON line per document (the contract of
:meth:`kg.model.Fragment.to_json`) or, with ``--format table``, one line per
entity. An ``INDEX.tsv`` beside the files is used as metadata, as are files
given with ``--metadata``. A file that can't be read gets one line on stderr
and the others carry on (exit code 1 at the end).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kg.errors import CivkgError, InputError, PartialFailure

INDEX_NAME = "INDEX.tsv"
# what a folder contributes; a README.md beside the documents is not one (a file named explicitly still is read)
_SUFFIXES = (".txt", ".html", ".htm", ".shtml")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="extract entities and relationships from files (no store needed)")
    parser.add_argument("paths", nargs="+", metavar="FILE", help="text or HTML files, or folders of them")
    parser.add_argument("--format", choices=("json", "table"), default="json", help="one JSON line per document (default) or a table of entities")
    parser.add_argument("--metadata", action="append", metavar="INDEX.tsv", help="metadata index for the files (repeatable); an INDEX.tsv beside the files is used automatically")
    parser.add_argument("--max-bytes", type=int, default=None, help="refuse files larger than this (default 5 MB)")
    add_model_arguments(parser)
    parser.set_defaults(func=run_extract)

    score = subparsers.add_parser("score", help="score extraction against the gold annotations (per-type P/R/F1)")
    score.add_argument("--gold", metavar="DIR", help="corpus folder holding gold/ and the split folders (default: ../shared/corpus beside the checkout)")
    score.add_argument("--split", choices=("seeds", "dev", "all"), default="all")
    score.add_argument("--errors", action="store_true", help="also list, per document, what was extra or missing")
    score.add_argument("--docs", metavar="DIR", help="when --gold is a folder of gold JSON files (a held-out set): the folder holding their documents (default: its parent)")
    add_model_arguments(score)
    score.set_defaults(func=run_score)

    agree = subparsers.add_parser("agree", help="score a second annotator's gold against a reference gold (inter-annotator agreement)")
    agree.add_argument("reference", metavar="REFERENCE_GOLD_DIR", help="folder of gold JSON files taken as the reference")
    agree.add_argument("other", metavar="OTHER_GOLD_DIR", help="folder of gold JSON files for the same documents, scored as a prediction")
    agree.set_defaults(func=run_agree)


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """The learned steps beside the rules, each switched on or off alone:
    ``--program-model [PATH]``/``--no-program-model``/``--program-mode`` (the CRF second opinion on Program
    names, on by default), ``--agency-model [PATH]``/``--no-agency-model`` (a CRF second opinion on Agency
    names, off by default), ``--promotes-model [PATH]``/``--no-promotes-model`` (the PROMOTES filter and
    chooser, on by default: see loaders.promotes_model.DEFAULT_ON) and ``--program-filter [PATH]``/
    ``--no-program-filter`` (a learned keep/drop filter over Program names, off by default: see
    loaders.program_filter.DEFAULT_ON). docs/benchmarks.md has their figures."""
    parser.add_argument("--program-model", nargs="?", const="default", metavar="PATH",
                        help="the trained CRF run beside the rules on Program names (default: on, with "
                             "loaders/data/program_crf.model); names only it finds get method crf (docs/benchmarks.md)")
    parser.add_argument("--no-program-model", action="store_true", help="the rules alone on Program names")
    parser.add_argument("--program-mode", default="add", choices=("add", "union", "veto", "add+veto", "crf"),
                        help="how the model's spans join the rules' (default add: its confident spans that overlap no rule span)")
    parser.add_argument("--agency-model", nargs="?", const="default", metavar="PATH",
                        help="run a trained CRF beside the rules on Agency names (default file: "
                             "loaders/data/agency_crf.model; off unless given, see docs/benchmarks.md)")
    parser.add_argument("--no-agency-model", action="store_true", help="the rules alone on Agency names (the default)")
    parser.add_argument("--promotes-model", nargs="?", const="default", metavar="PATH",
                        help="the learned model that keeps, drops and adds Agency PROMOTES Program edges (on by default, "
                             "loaders/data/promotes_model.tsv; PATH: another model); its edges get method promotes-model")
    parser.add_argument("--no-promotes-model", action="store_true",
                        help="the rules alone on Agency PROMOTES Program (also CIVKG_PROMOTES_MODEL=off)")
    parser.add_argument("--program-filter", nargs="?", const="default", metavar="PATH",
                        help="the learned keep/drop filter over Program names (off by default; "
                             "loaders/data/program_filter.tsv, PATH: another model; also CIVKG_PROGRAM_FILTER=on)")
    parser.add_argument("--no-program-filter", action="store_true",
                        help="no learned filter over Program names (the default; also CIVKG_PROGRAM_FILTER=off)")


def apply_model_arguments(args: argparse.Namespace) -> None:
    """Choose the learned models as the arguments say; a bad path is one InputError line."""
    from loaders.agency_crf import DEFAULT_MODEL as AGENCY_MODEL, use_agency_model
    from loaders.program_crf import DEFAULT_MODEL, use_program_model
    from loaders.program_filter import DEFAULT_MODEL as FILTER_MODEL, use_program_filter
    from loaders.promotes_model import DEFAULT_MODEL as PROMOTES_MODEL, use_promotes_model

    try:
        for use, default, name in ((lambda path: use_program_model(path, getattr(args, "program_mode", "add")),
                                    DEFAULT_MODEL, "program_model"),
                                   (use_agency_model, AGENCY_MODEL, "agency_model"),
                                   (use_promotes_model, PROMOTES_MODEL, "promotes_model"),
                                   (use_program_filter, FILTER_MODEL, "program_filter")):
            path = getattr(args, name, None)
            if getattr(args, f"no_{name}", False):
                path = "off"
            if path is None and name == "program_model" and getattr(args, "program_mode", "add") != "add":
                # a mode alone applies to whatever model the environment (else the default) chose
                path = os.environ.get("CIVKG_PROGRAM_MODEL") or "default"
            if path is None:
                continue  # no flag: CIVKG_PROGRAM_MODEL / _AGENCY_MODEL / _PROMOTES_MODEL / _PROGRAM_FILTER, else the default
            use(default if path == "default" else path)
    except ValueError as error:
        raise InputError(str(error)) from None


def expand_paths(paths: list[str]) -> list[Path]:
    """Files named, and the text/HTML files inside named folders, in order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES))
        else:
            files.append(path)
    return files


def metadata_for(files: list[Path], extra: list[str] | None) -> dict[Path, object]:
    """DocumentInfo per file from INDEX.tsv files beside them and from ``--metadata`` files (beside wins)."""
    from loaders import read_index

    infos: dict[Path, object] = {}
    for index in extra or []:
        index_path = Path(index)
        if not index_path.is_file():
            raise InputError(f"{index}: metadata file not found")
        for name, info in read_index(index_path).items():
            infos[(index_path.parent / name).resolve()] = info
            infos.setdefault(Path(name), info)
    for folder in sorted({f.parent for f in files}):
        index_path = folder / INDEX_NAME
        if index_path.is_file():
            for name, info in read_index(index_path).items():
                infos[(folder / name).resolve()] = info
    return infos


def run_extract(args: argparse.Namespace) -> int:
    from kg.model import dumps
    from loaders import load_file
    from loaders.read import DEFAULT_MAX_BYTES

    apply_model_arguments(args)

    files = expand_paths(args.paths)
    infos = metadata_for(files, args.metadata)
    failures = 0
    for path in files:
        info = infos.get(path.resolve()) or infos.get(Path(path.name))
        try:
            fragment = load_file(path, info, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES)
        except CivkgError as error:
            failures += 1
            print(f"kg extract: {error}", file=sys.stderr)
            continue
        if args.format == "json":
            print(dumps(fragment))
        else:
            print(_table(fragment, path))
        sys.stdout.flush()
    if failures:
        raise PartialFailure(f"{failures} of {len(files)} files could not be read (see above)")
    return 0


def _table(fragment, path: Path) -> str:
    doc = fragment.document.properties
    lines = [f"# {path}  id={fragment.doc_id}  kind={doc.get('kind')}  date={doc.get('date')}  place={doc.get('place')}  title={doc.get('title')}"]
    named = fragment.named_keys()
    for node in fragment.all_nodes():
        if node.label in ("Document", "Topic") or node.key not in named:
            continue
        props = "  ".join(f"{k}={v}" for k, v in node.properties.items() if v is not None)
        lines.append(f"{node.label:<8} {node.name}  {props}".rstrip())
    return "\n".join(lines)


def default_corpus() -> Path:
    return Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def run_score(args: argparse.Namespace) -> int:
    import json

    from kg.evaluate import diff_document, evaluate_split

    apply_model_arguments(args)
    from loaders import load_file, read_index

    corpus = Path(args.gold) if args.gold else default_corpus()
    if not (corpus / "gold").is_dir() and any(corpus.glob("*.json")):
        docs = Path(args.docs) if args.docs else corpus.parent
        return _score_folder(docs, corpus, args.errors)
    if not (corpus / "gold").is_dir():
        raise InputError(f"{corpus}: no gold/ folder here (give the corpus folder with --gold)")
    splits = ("seeds", "dev") if args.split == "all" else (args.split,)
    for split in splits:
        report = evaluate_split(corpus, split)
        print(f"== {split} ({len(report.per_document)} documents)")
        print(report.table())
        if args.errors:
            index_path = corpus / split / INDEX_NAME
            index = read_index(index_path) if index_path.exists() else {}
            for gold_path in sorted((corpus / "gold" / split).glob("*.json")):
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                fragment = load_file(corpus / split / gold["doc"], index.get(gold["doc"]))
                for kind, (extra, missing) in diff_document(fragment, gold).items():
                    if extra or missing:
                        print(f"  {gold['doc']:<28} {kind:<9} extra={extra} missing={missing}")
    return 0


def _score_folder(docs: Path, gold_folder: Path, errors: bool) -> int:
    """``kg score --gold DIR`` where DIR holds gold JSON files directly (e.g. ``tests/heldout/gold``)."""
    import json

    from kg.evaluate import diff_document, evaluate_folder
    from loaders import load_file, read_index

    report = evaluate_folder(docs, gold_folder)
    print(f"== {gold_folder} ({len(report.per_document)} documents)")
    print(report.table())
    if errors:
        index_path = docs / INDEX_NAME
        index = read_index(index_path) if index_path.exists() else {}
        for gold_path in sorted(gold_folder.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            fragment = load_file(docs / gold["doc"], index.get(gold["doc"]))
            for kind, (extra, missing) in diff_document(fragment, gold).items():
                if extra or missing:
                    print(f"  {gold['doc']:<28} {kind:<9} extra={extra} missing={missing}")
    return 0


def run_agree(args: argparse.Namespace) -> int:
    """``kg agree REFERENCE OTHER``: the table ``kg score`` prints, with OTHER's gold in the extraction's place."""
    from kg.agreement import agreement_folders

    report, only_reference, only_other = agreement_folders(Path(args.reference), Path(args.other))
    print(f"== {args.other} against {args.reference} ({len(report.per_document)} documents annotated in both)")
    print(report.table())
    for side, docs in ((args.reference, only_reference), (args.other, only_other)):
        if docs:
            print(f"only in {side} (not scored): {', '.join(docs)}")
    return 0
