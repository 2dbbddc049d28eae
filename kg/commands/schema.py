"""``kg schema``: print the graph schema as Markdown (the source of docs/schema.md)."""
from __future__ import annotations

import argparse

from kg.schema_doc import render_markdown


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("schema", help="print the graph schema (labels, relationship types, properties) as Markdown")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    print(render_markdown(), end="")
    return 0
