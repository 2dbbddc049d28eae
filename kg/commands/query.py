"""``kg load`` (fill Neo4j) and ``kg query`` (run a named query from ``cypher/``).

``kg load`` writes into Neo4j only: from files, through the same
:func:`kg.commands.ingest.ingest` that ``kg ingest`` uses, or with
``--from-store DIR`` by copying an embedded store document by document (each
document one transaction, so a copy interrupted half-way is resumed by running
it again).

``kg query NAME --param k=v`` runs a named query on the configured store and
prints a table, CSV or JSON; ``kg query --list`` lists the queries with their
parameters.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import unicodedata
from collections import defaultdict
from typing import Any, Iterable, Iterator

from kg import schema
from kg.cli import add_store_arguments, store_from_args
from kg.errors import InputError, PartialFailure


# -- kg load ----------------------------------------------------------------------------
def fragments_from_store(source) -> Iterator[Any]:
    """Rebuild one :class:`kg.model.Fragment` per stored document, to copy a store into another.

    Every edge goes with the document named in its provenance; a document's
    fragment carries the entity nodes its edges touch.
    """
    from kg.model import Edge, Fragment, Node, Provenance

    nodes = {node["key"]: node for node in source.iter_nodes()}
    edges_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for edge in source.iter_edges():
        edges_by_doc[edge["properties"].get("doc_id")].append(edge)

    def as_node(node: dict[str, Any]) -> Node:
        return Node(node["label"], node["key"], node["name"], list(node["aliases"]), dict(node["properties"]))

    provenance_fields = tuple(schema.PROVENANCE_PROPERTIES)
    for key, node in nodes.items():
        if node["label"] != "Document":
            continue
        doc_id = key.partition(":")[2]
        entity_keys: dict[str, None] = {}
        edges = []
        for edge in edges_by_doc.get(doc_id, []):
            props = edge["properties"]
            provenance = Provenance(*(props.get(f) for f in provenance_fields))
            extra = {k: v for k, v in props.items() if k not in schema.PROVENANCE_PROPERTIES}
            edges.append(Edge(edge["type"], edge["source"], edge["target"], provenance, extra))
            for end in (edge["source"], edge["target"]):
                if end != key and end in nodes:
                    entity_keys[end] = None
        yield Fragment(as_node(node), [as_node(nodes[k]) for k in entity_keys], edges)


def _neo4j_target(args: argparse.Namespace):
    from kg.stores import open_store

    uri = args.neo4j or os.environ.get("NEO4J_URI")
    if not uri:
        raise InputError("kg load writes to Neo4j: give --neo4j bolt://HOST:7687 or set NEO4J_URI")
    return open_store(neo4j_uri=uri, user=args.user, password=args.password, database=args.database)


def _run_load(args: argparse.Namespace) -> int:
    if args.store:
        raise InputError("kg load writes to Neo4j; to copy an embedded store into it use --from-store DIR")
    if bool(args.paths) == bool(args.from_store):
        raise InputError("give files/folders to load, or --from-store DIR, not both and not neither")

    def on_error(path: str, reason: str) -> None:
        print(f"{path}: {reason}", file=sys.stderr)

    if args.bulk:
        return _run_bulk_load(args)
    failed: list[tuple[str, str]] = []
    with _neo4j_target(args) as target:
        target.ensure_schema()
        if args.from_store:
            from kg.stores.embedded import EmbeddedStore

            if not os.path.isdir(args.from_store):
                raise InputError(f"{args.from_store}: no embedded store folder there")
            with EmbeddedStore(args.from_store, read_only=True) as source:
                summary = target.write_fragments(fragments_from_store(source))
            for name, reason in summary.failed:
                on_error(name, f"not written: {reason}")
            failed = summary.failed
            line = (f"documents: {summary.documents - summary.replaced} new, {summary.unchanged} unchanged, "
                    f"{summary.replaced} replaced, {len(summary.failed)} failed; "
                    f"{summary.nodes} nodes and {summary.edges} edges created in {summary.seconds:.2f} s")
        else:
            from kg.commands.ingest import ingest

            report = ingest(target, args.paths, workers=args.workers, metadata=args.metadata or (),
                            batch_size=args.batch_size, on_error=on_error, time_limit=args.time_limit)
            failed = report.failed
            line = (f"documents: {report.new} new, {report.unchanged} unchanged, {report.replaced} replaced, "
                    f"{len(report.failed)} failed (of {report.files} files); {report.nodes_written} nodes and "
                    f"{report.edges_written} edges created in {report.seconds:.2f} s")
        totals = target.stats()
    if not args.quiet:
        print(line)
        print(f"neo4j: {sum(totals['nodes'].values())} nodes, {sum(totals['relationships'].values())} relationships")
    if failed:
        raise PartialFailure(f"{len(failed)} input(s) failed (listed above); the rest were loaded")
    return 0


def _run_bulk_load(args: argparse.Namespace) -> int:
    """``kg load --bulk``: files (extracted into a temporary embedded store first) or --from-store, via the importer."""
    import tempfile
    from pathlib import Path

    from kg.bulk import bulk_load, import_command_line, require_empty
    from kg.stores.embedded import EmbeddedStore

    import_command_line(args.import_command, "CSV_DIR")  # a missing command fails before any work
    with _neo4j_target(args) as target:
        require_empty(target)  # before extracting anything
    failed: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="civkg-bulk-") as work:
        if args.from_store:
            if not os.path.isdir(args.from_store):
                raise InputError(f"{args.from_store}: no embedded store folder there")
            source = EmbeddedStore(args.from_store, read_only=True)
        else:
            from kg.commands.ingest import ingest

            source = EmbeddedStore(Path(work) / "store")
            report = ingest(source, args.paths, workers=args.workers, metadata=args.metadata or (),
                            on_error=lambda path, reason: print(f"{path}: {reason}", file=sys.stderr))
            failed = report.failed
        with source:
            csv_dir = Path(args.csv_dir) if args.csv_dir else Path(work) / "csv"
            report = bulk_load(source, lambda: _neo4j_target(args), args.import_command, csv_dir)
    if not args.quiet:
        phases = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in report.seconds.items())
        print(f"bulk import: {report.nodes} nodes, {report.edges} relationships ({phases})")
    if failed:
        raise PartialFailure(f"{len(failed)} input(s) failed (listed above); the rest were loaded")
    return 0


# -- kg query ---------------------------------------------------------------------------
def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``["agency=营口市民政局", "limit=5"]`` to a dict; InputError names a malformed pair.

    >>> parse_params(["agency=营口市民政局", "limit=5"])
    {'agency': '营口市民政局', 'limit': '5'}
    """
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--param {pair!r}: expected NAME=VALUE")
        params[name.strip()] = value
    return params


def describe_queries() -> list[str]:
    """One block of lines per named query: name, what it answers, its parameters."""
    from cypher import list_queries

    lines = []
    for query in list_queries():
        lines.append(query.name)
        lines.append(f"    {query.answers}")
        for p in query.params:
            default = "required" if p.required else f"default {p.default}"
            lines.append(f"    --param {p.name}=<{p.type}>  ({default})  {p.help}")
    return lines


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        if "key" in value and "label" in value:
            return f"{value['name']} [{value['label']}]"
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(rows: list[dict[str, Any]]) -> str:
    """Rows as an aligned text table (CJK-aware), with a row count.

    >>> print(format_table([{"program": "三社联动", "documents": 2}]))
    program   documents
    --------  ---------
    三社联动  2
    (1 row)
    """
    if not rows:
        return "(no rows)"
    columns = list(rows[0])
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(_width(c), *(_width(r[i]) for r in cells)) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _run_query(args: argparse.Namespace) -> int:
    if args.list:
        print("\n".join(describe_queries()))
        return 0
    if not args.name:
        raise InputError("name a query (kg query --list shows them)")
    from cypher import load_query

    load_query(args.name)  # an unknown name fails here, before a store is opened
    params = parse_params(args.param or [])
    with store_from_args(args, read_only=True) as store:
        rows = store.run_query(args.name, params)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif args.format == "csv":
        columns = list(rows[0]) if rows else []
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        print(format_table(rows))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    load_parser = subparsers.add_parser(
        "load", help="load documents (or an embedded store) into Neo4j",
        description="Extract files and write them into Neo4j, exactly as kg ingest does for the embedded store, "
                    "or copy an existing embedded store with --from-store. Loading twice changes nothing. "
                    "Credentials come from --user/--password or NEO4J_USER/NEO4J_PASSWORD.")
    load_parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to load")
    load_parser.add_argument("--from-store", metavar="DIR", help="copy this embedded store into Neo4j instead")
    load_parser.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    load_parser.add_argument("--time-limit", type=float, default=60.0, metavar="SECONDS",
                             help="most seconds one file may take to extract (default 60; 0: no limit), as in kg ingest")
    load_parser.add_argument("--metadata", action="append", metavar="INDEX.tsv",
                             help="a metadata index for the files (repeatable); INDEX.tsv beside files is automatic")
    load_parser.add_argument("--batch-size", type=int, default=64, help="documents per write transaction")
    load_parser.add_argument("--bulk", action="store_true",
                             help="first load into an EMPTY database with Neo4j's bulk importer (refused otherwise): "
                                  "write the import CSVs, run --import-command, then create constraints and indexes")
    load_parser.add_argument("--import-command", metavar="CMD",
                             help="with --bulk: the command that stops Neo4j, imports the CSV folder given as its last "
                                  "argument and starts Neo4j (e.g. 'scripts/neo4j-test-server import', "
                                  "'scripts/neo4j-docker-import'; default $CIVKG_NEO4J_IMPORT_COMMAND)")
    load_parser.add_argument("--csv-dir", metavar="DIR", help="with --bulk: keep the import files here (default: a "
                                                             "temporary folder)")
    load_parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    add_store_arguments(load_parser)
    load_parser.set_defaults(func=_run_load)

    query_parser = subparsers.add_parser(
        "query", help="run a named query from cypher/ on the store",
        description="Run a named Cypher query on the configured store (embedded by default, Neo4j with --neo4j "
                    "or NEO4J_URI). kg query --list shows every query and its parameters.")
    query_parser.add_argument("name", nargs="?", help="query name, e.g. programs_of_agency")
    query_parser.add_argument("--param", "-p", action="append", metavar="NAME=VALUE", help="a query parameter (repeatable)")
    query_parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query_parser.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    add_store_arguments(query_parser)
    query_parser.set_defaults(func=_run_query)


__all__ = ["fragments_from_store", "parse_params", "describe_queries", "format_table", "register"]
