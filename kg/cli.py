"""The ``kg`` command line. Each command lives in a module of ``kg.commands``.

A command module defines ``register(subparsers)``, which adds its sub-parsers
and sets ``func`` on them; ``func(args)`` returns an exit code. Errors that a
user can fix (kg.errors.CivkgError) are printed as one line, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from kg.errors import CivkgError

COMMAND_MODULES = (
    "kg.commands.extract",
    "kg.commands.schema",
    "kg.commands.ingest",
    "kg.commands.query",
    "kg.commands.analysis",
    "kg.commands.serve",
)


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every command that opens a store shares."""
    group = parser.add_argument_group("store")
    group.add_argument("--store", help="embedded store folder (default: $CIVKG_STORE or ./civkg-data)")
    group.add_argument("--neo4j", metavar="URI", help="use Neo4j at this bolt:// or neo4j:// URI (default: $NEO4J_URI)")
    group.add_argument("--user", help="Neo4j user (default: $NEO4J_USER or neo4j)")
    group.add_argument("--password", help="Neo4j password (default: $NEO4J_PASSWORD)")
    group.add_argument("--database", help="Neo4j database (default: the server's default)")


def store_from_args(args: argparse.Namespace, *, read_only: bool = False):
    """Open the store the shared options describe (``read_only``: the embedded store without its writer lock)."""
    from kg.stores import open_store

    return open_store(path=args.store, neo4j_uri=args.neo4j, user=args.user, password=args.password,
                      database=args.database, read_only=read_only)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="civkg: a knowledge graph of Chinese civil-affairs policy")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CivkgError as error:
        print(f"kg {args.command}: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
