"""``kg load --bulk``: a first load into an EMPTY Neo4j database through Neo4j's own bulk importer.

Batched ``UNWIND`` transactions (:class:`kg.stores.neo4j_store.Neo4jStore`)
go through the server's transaction, index and commit path, about 20k rows/s
on this project's machines. ``neo4j-admin database import full`` writes the
store files directly from CSV, many times faster, but only into a database
that is **offline** and that it **replaces**. So a bulk load is:

1. check, through Bolt, that the database holds no node (else refuse: a bulk
   import would throw the existing graph away; incremental loads stay on the
   batched, idempotent path);
2. write the import files from an embedded store (:func:`kg.export.write_neo4j_csv`:
   one CSV per label and type, and ``import.sh``);
3. run the **import command** with the CSV folder as its last argument. It
   stops the server, runs the importer, and starts the server again; how is
   the deployment's business: ``scripts/neo4j-test-server import`` for the
   Maven-built test server, ``scripts/neo4j-docker-import`` for docker compose;
4. reconnect, create the constraints, indexes and full-text index
   (:meth:`Neo4jStore.ensure_schema`, the same statements as the batched
   path) and wait for them to come online;
5. check that Neo4j now holds the source store's counts by label and type.

>>> import_command_line("scripts/neo4j-test-server import", "/tmp/csv")
['scripts/neo4j-test-server', 'import', '/tmp/csv']
"""
from __future__ import annotations

import os
import shlex
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.errors import InputError, StoreUnavailable

IMPORT_COMMAND_ENV = "CIVKG_NEO4J_IMPORT_COMMAND"
# How long to wait for the server to answer again after the import command returns.
RECONNECT_SECONDS = 120.0


@dataclass
class BulkReport:
    nodes: int = 0
    edges: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


def import_command_line(command: str | None, csv_dir: str | Path) -> list[str]:
    """The import command (``--import-command`` or ``$CIVKG_NEO4J_IMPORT_COMMAND``) with the CSV folder appended."""
    command = command or os.environ.get(IMPORT_COMMAND_ENV)
    if not command:
        raise InputError("--bulk needs an import command that stops Neo4j, imports the CSV folder given as its "
                         "last argument and starts Neo4j again: --import-command 'scripts/neo4j-test-server import' "
                         f"(test server), 'scripts/neo4j-docker-import' (docker compose), or set {IMPORT_COMMAND_ENV}")
    return [*shlex.split(command), str(csv_dir)]


def node_count(store) -> int:
    """Nodes in the Neo4j database (any label)."""
    return int(store._read("MATCH (n) RETURN count(n) AS n")[0]["n"])


def require_empty(store) -> None:
    """Refuse a database that holds any node: the bulk importer replaces a database, it can't add to one."""
    count = node_count(store)
    if count:
        where = f"database {store.database!r}" if store.database else "the default database"
        raise InputError(f"Neo4j at {store.uri} ({where}) is not empty ({count:,} nodes): --bulk only does a first "
                         f"load into an empty database, since the import replaces it; load without --bulk to add "
                         f"to it (batched and idempotent), or empty it first")


def run_import(command: list[str]) -> None:
    """Run the import command; a failure is one line with the command's last output line."""
    try:
        done = subprocess.run(command, capture_output=True, text=True)
    except OSError as error:
        raise InputError(f"cannot run the import command {command[0]!r}: {error.strerror or error}") from None
    if done.returncode != 0:
        lines = (done.stderr or done.stdout or "").strip().splitlines()
        raise StoreUnavailable(f"the import command failed (exit {done.returncode}): "
                               f"{lines[-1] if lines else ' '.join(command)}")


def reconnect(open_target: Callable[[], object], seconds: float = RECONNECT_SECONDS):
    """Open the target store, retrying while the server starts again after the import."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return open_target()
        except StoreUnavailable:
            if time.monotonic() > deadline:
                raise
            time.sleep(1.0)


def bulk_load(source, open_target: Callable[[], object], import_command: str | None,
              csv_dir: str | Path) -> BulkReport:
    """Load the embedded store ``source`` into the empty Neo4j that ``open_target()`` connects to.

    ``csv_dir`` receives the import files (created; kept afterwards, they are
    the exact input of the import). Raises :class:`kg.errors.InputError` for a
    non-empty database, before anything is written.
    """
    from kg.export import write_neo4j_csv

    report = BulkReport()
    csv_dir = Path(csv_dir)
    command = import_command_line(import_command, csv_dir)
    with open_target() as target:
        require_empty(target)
    started = time.perf_counter()
    csv_dir.mkdir(parents=True, exist_ok=True)
    write_neo4j_csv(source, csv_dir)
    expected = source.stats()
    report.seconds["write import files"] = time.perf_counter() - started

    started = time.perf_counter()
    run_import(command)
    report.seconds["import (stop, import, start)"] = time.perf_counter() - started

    started = time.perf_counter()
    with reconnect(open_target) as target:
        target.ensure_schema()
        report.seconds["constraints and indexes"] = time.perf_counter() - started
        got = target.stats()
    if got != expected:
        differ = sorted(name for kind in ("nodes", "relationships") for name in expected[kind]
                        if expected[kind][name] != got[kind].get(name, 0))
        raise StoreUnavailable(f"the bulk import did not reproduce the store: counts differ for {', '.join(differ)}")
    report.nodes = sum(got["nodes"].values())
    report.edges = sum(got["relationships"].values())
    return report


__all__ = ["BulkReport", "bulk_load", "import_command_line", "require_empty", "node_count", "IMPORT_COMMAND_ENV"]
