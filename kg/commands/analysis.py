"""``kg similar``, ``kg compare``, ``kg similarity-matrix``, ``kg diffusion``, ``kg targets``,
``kg central``, ``kg communities``, ``kg path``: comparing plans across places.

Each command reads the configured store once, calls :mod:`kg.analysis`, and prints.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from kg.cli import add_store_arguments, store_from_args
from kg.errors import InputError


def _print_table(table: pd.DataFrame, columns: list[str] | None = None, max_colwidth: int = 60) -> None:
    if table.empty:
        print("(no rows)")
        return
    shown = table[columns] if columns else table
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                           "display.max_colwidth", max_colwidth, "display.unicode.east_asian_width", True):
        print(shown.to_string(index=False, float_format=lambda v: f"{v:.3f}"))


def _add(sub, name: str, help_: str, func):
    parser = sub.add_parser(name, help=help_, description=help_)
    add_store_arguments(parser)
    parser.set_defaults(func=func)
    return parser


def register(subparsers: argparse._SubParsersAction) -> None:
    p = _add(subparsers, "similar", "plans most similar to a place's plan (topics, programs, targets, keywords)", run_similar)
    p.add_argument("place", nargs="?", help="place name, e.g. 营口市 or 营口 (omit with --all)")
    p.add_argument("--year", type=int, help="the place's plan of this year (default: all its documents)")
    p.add_argument("--top", type=int, default=10, help="how many plans to list (default 10; with --all: per plan)")
    p.add_argument("--all", action="store_true",
                   help="every place-year plan's --top most similar plans, without the all-pairs matrix; "
                        "needs --out")
    p.add_argument("--out", metavar="FILE.csv", help="with --all: write the table here (plan, rank, other, score, parts)")
    p.add_argument("--candidates", type=int, default=None,
                   help="with --all: plans scored exactly per plan and signal (default 50; more is slower and surer)")
    p.add_argument("--graph-search", action="store_true",
                   help="with --all: search the mixed signal's neighbours in the HNSW graph at any size (the default "
                        "searches exhaustively below 150,000 plans: faster there, and ~1%% of lists find a better "
                        "neighbour); reproduces lists made before stop 20")

    p = _add(subparsers, "compare", "explain the similarity of two plans, with supporting sentences", run_compare)
    p.add_argument("a", help="PLACE[:YEAR] or a document id")
    p.add_argument("b", help="PLACE[:YEAR] or a document id")
    p.add_argument("--evidence", type=int, default=1, help="sentences shown per item and side (default 1)")

    p = _add(subparsers, "similarity-matrix", "all-pairs plan similarity as CSV and a clustered heatmap PNG",
             run_matrix)
    p.add_argument("--out", required=True, help="output folder (created if missing)")
    p.add_argument("--by", choices=("place_year", "place", "document"), default="place_year",
                   help="what a plan is (default place_year)")

    p = _add(subparsers, "diffusion", "places that took up a program or policy, in order (all of them without NAME)",
             run_diffusion)
    p.add_argument("name", nargs="?", help="program or policy name; omit to list all seen in 2+ places")
    p.add_argument("--out", help="write a timeline PNG here (with NAME)")
    p.add_argument("--min-places", type=int, default=2, help="without NAME: least places (default 2)")

    p = _add(subparsers, "targets", "values of an indicator across places and years, in comparable units",
             run_targets)
    p.add_argument("indicator", nargs="?", help="indicator, e.g. 城市低保标准; omit to list the catalogue's indicators")
    p.add_argument("--uncatalogued", action="store_true",
                   help="without INDICATOR: list the indicator names of targets the catalogue does not cover")

    p = _add(subparsers, "central", "most central programs (or agencies, policies) in the graph", run_central)
    p.add_argument("--label", default="Program", help="Program (default), Agency, Policy, Place …")
    p.add_argument("--top", type=int, default=20)

    p.add_argument("--graph", choices=("concepts", "all"), default="concepts",
                   help="concepts (default): the agency–program–concept graph; all: every relationship")

    p = _add(subparsers, "communities", "communities of agencies running the same programs and concepts "
                                        "(or of places sharing programs)", run_communities)
    p.add_argument("--method", choices=("louvain", "greedy"), default="louvain")
    p.add_argument("--places", action="store_true", help="communities of places that share programs (the old view)")

    p = _add(subparsers, "path", "shortest chain of facts linking two entities, with each hop's sentence", run_path)
    p.add_argument("a", help="name or key, e.g. 三社联动 or Program:三社联动")
    p.add_argument("b", help="name or key")
    p.add_argument("--allow-hubs", action="store_true",
                   help="let the path go through topics, bare mentions and the 1%% best-connected nodes")


def run_similar(args: argparse.Namespace) -> int:
    from kg.analysis.similarity import similar

    if args.top < 1:
        raise InputError("--top must be at least 1")
    if args.all:
        return _run_similar_all(args)
    if args.graph_search:
        raise InputError("--graph-search is for --all (the neighbours of every plan)")
    if not args.place:
        raise InputError("name a place (kg similar 营口市), or use --all --out FILE.csv for every plan")
    with store_from_args(args, read_only=True) as store:
        table = similar(store, args.place, args.year, args.top)
    _print_table(table, ["label", "score", "concepts", "programs", "indicators", "topics", "text", "shared_concepts",
                         "plan"], max_colwidth=44)
    print("NaN = missing part (neither plan has any; its weight is not used). Open a plan: kg show PLAN (label or id)")
    return 0


def _run_similar_all(args: argparse.Namespace) -> int:
    from kg.analysis.topk import CANDIDATES, top_similar_pairs

    if args.place or args.year is not None:
        raise InputError("--all lists every plan: give no place or --year")
    if not args.out:
        raise InputError("--all needs --out FILE.csv (a row per plan and neighbour)")
    candidates = CANDIDATES if args.candidates is None else args.candidates
    if candidates < 1:
        raise InputError("--candidates must be at least 1")
    out = Path(args.out)
    if out.parent and not out.parent.is_dir():
        raise InputError(f"folder {out.parent} does not exist")
    with store_from_args(args, read_only=True) as store:
        table = top_similar_pairs(store, top=args.top, candidates=candidates, graph_search=args.graph_search)
    table.round(4).to_csv(out, index=False, encoding="utf-8")
    print(f"{table['plan'].nunique()} plans, {len(table)} rows (top {args.top} each) → {out}")
    return 0


def run_compare(args: argparse.Namespace) -> int:
    from kg.analysis.similarity import compare

    with store_from_args(args, read_only=True) as store:
        comparison = compare(store, args.a, args.b)
    print(comparison.to_text(max_evidence=max(0, args.evidence)), end="")
    return 0


def run_matrix(args: argparse.Namespace) -> int:
    from kg.analysis.figures import similarity_heatmap
    from kg.analysis.similarity import similarity_matrix

    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create output folder {out}: {error.strerror}") from None
    with store_from_args(args, read_only=True) as store:
        matrix = similarity_matrix(store, by=args.by)
    if matrix.empty:
        raise InputError("the store has no plans to compare (ingest documents first)")
    csv_path, png_path = out / "similarity.csv", out / "similarity.png"
    matrix.round(4).to_csv(csv_path, encoding="utf-8")
    codes = similarity_heatmap(matrix, png_path)
    print(f"{len(matrix)} plans → {csv_path}, {png_path}")
    if codes:
        codes_path = out / "similarity-labels.csv"
        pd.Series(codes, name="plan").rename_axis("code").to_csv(codes_path, encoding="utf-8")
        print(f"no CJK font installed: the heatmap uses codes, listed in {codes_path}")
    return 0


def run_diffusion(args: argparse.Namespace) -> int:
    from kg.analysis.diffusion import diffusion, diffusion_all

    with store_from_args(args, read_only=True) as store:
        if not args.name:
            if args.out:
                raise InputError("--out draws one program's timeline: give a NAME too")
            _print_table(diffusion_all(store, min_places=args.min_places))
            return 0
        table = diffusion(store, args.name)
    print(f"{table.attrs.get('entity')}: {len(table)} place(s)")
    _print_table(table, ["order", "place", "date", "documents", "doc_id", "sentence"], max_colwidth=50)
    if args.out and not table.empty:
        from kg.analysis.figures import diffusion_timeline

        codes = diffusion_timeline(table, args.out)
        print(f"timeline → {args.out}" + (" (places as codes: no CJK font installed)" if codes else ""))
    return 0


def run_targets(args: argparse.Namespace) -> int:
    from kg.analysis.targets import indicators, targets

    with store_from_args(args, read_only=True) as store:
        if not args.indicator:
            table = indicators(store, catalogued=not args.uncatalogued)
            _print_table(table)
            if not args.uncatalogued:
                print(f"uncatalogued: {table.attrs['uncatalogued']} targets (kg targets --uncatalogued lists their names)")
            return 0
        table = targets(store, args.indicator)
    if table.empty:
        print(f"no targets on {args.indicator} (kg targets without an indicator lists them)")
        return 0
    _print_table(table, ["place", "year", "indicator", "value", "unit", "comparable_value", "comparable_unit",
                         "unit_mismatch", "kind", "scope", "doc_id", "sentence"])
    units = table.attrs.get("units", [])
    if len(units) > 1:
        print(f"UNIT MISMATCH: values are in {', '.join(units)}; rows marked unit_mismatch=True are not "
              f"comparable with the {table.attrs.get('main_unit')} values")
    return 0


def run_central(args: argparse.Namespace) -> int:
    from kg.analysis.graph import central

    from kg.analysis.graph import concept_central

    with store_from_args(args, read_only=True) as store:
        if args.graph == "concepts" and args.label in ("Concept", "Program", "Agency"):
            _print_table(concept_central(store, label=args.label, top=args.top))
        else:
            _print_table(central(store, label=args.label, top=args.top))
    return 0


def run_communities(args: argparse.Namespace) -> int:
    from kg.analysis.graph import communities

    from kg.analysis.graph import concept_communities

    with store_from_args(args, read_only=True) as store:
        if args.places:
            _print_table(communities(store, method=args.method))
        else:
            _print_table(concept_communities(store), max_colwidth=80)
    return 0


def run_path(args: argparse.Namespace) -> int:
    from kg.analysis.graph import explain_path

    with store_from_args(args, read_only=True) as store:
        table = explain_path(store, args.a, args.b, allow_hubs=args.allow_hubs)
    _print_table(table, ["hop", "source", "type", "target", "doc_id", "sentence"])
    print(f"specificity {table.attrs['specificity']:.3f} (1 = every inner hop is a rare node)"
          + ("" if args.allow_hubs else "; hubs avoided (--allow-hubs to allow them)"))
    return 0
