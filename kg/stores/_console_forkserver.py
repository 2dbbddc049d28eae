"""Imported once by the console's fork server, so every sandbox worker forked from it starts warm.

The engine and the store's code are imported here, not in each worker. The
store itself is not opened here: each worker opens its own after the fork
(LadybugDB runs threads, and a fork of a process with threads can inherit a
held lock). The fork server dies with the server, as its workers do.

The engine's Cypher parser (ANTLR) builds its prediction tables on the first
queries a process parses, and keeps them for the life of the process: a
worker's first query cost 17-26 ms of CPU on the 1,000-document bench store,
its second 1 ms. So the fork server parses a few typical console queries once,
on a throw-away in-memory database that it closes again before any fork (its
engine threads end with it: the server is back to one thread), and each worker
inherits the tables: its first query then costs 5-6 ms (bench/probe_console_worker.py).
"""
from __future__ import annotations

import ladybug  # noqa: F401 - the engine, imported once for every worker

import kg.stores.console_sandbox  # noqa: F401 - the workers' code
import kg.stores.embedded  # noqa: F401
from kg.processes import die_with_parent

# The shapes console queries take (and the workers' own warm-up query). Parsing is what is warmed:
# on the empty database they fail at binding, which is fine.
TYPICAL_QUERIES = (
    "MATCH (d:Document) RETURN d.key AS key LIMIT 1",
    "MATCH (a:Agency)-[:PROMOTES]->(p:Program) WHERE a.name = $name RETURN p.name AS program LIMIT 50",
    "MATCH (n:Agency {name: $name})-[r]-(m) RETURN label(r) AS type, m.name AS name, count(*) AS n "
    "ORDER BY n DESC SKIP 0 LIMIT 25",
    "MATCH (a)-[r:HOLDS_POST]->(b) WHERE a.name CONTAINS 'x' AND NOT b.name STARTS WITH 'y' "
    "WITH a, collect(DISTINCT b.name) AS posts RETURN a.name, size(posts) ORDER BY a.name LIMIT 10",
    "OPTIONAL MATCH (t:Topic)<-[:IN_TOPIC]-(p:Program) UNWIND [1, 2] AS i RETURN t.name, p, i, "
    "CASE WHEN i > 1 THEN 'a' ELSE 'b' END AS c LIMIT 5",
    "MATCH p = (a:Place)-[*1..2]-(b:Place) RETURN nodes(p), length(p) LIMIT 3",
)


def warm_parser() -> None:
    """Parse :data:`TYPICAL_QUERIES` on an in-memory database, then close it (no engine thread stays)."""
    database = ladybug.Database(":memory:")
    connection = ladybug.Connection(database)
    try:
        for query in TYPICAL_QUERIES:
            try:
                connection.execute(query, {"name": "x"})
            except RuntimeError:
                pass  # no such table: parsing is done by then
    finally:
        connection.close()
        database.close()


die_with_parent()
warm_parser()
