"""Loading speed into a real Neo4j: batched UNWIND (civkg) against one statement per node and edge.

The real corpus (seeds + dev) is extracted once, then scaled up to N documents
by repeating its fragments with distinct document ids and with their local
entities (places, agencies, people, meetings, targets) renamed per copy, so
the graph grows the way a bigger corpus would while programs, policies and
topics stay shared. Nothing generated is written to disk.

Two ways of loading, in the same run, into the same (emptied) database:

- **batched**: :meth:`kg.stores.neo4j_store.Neo4jStore.write_fragments`,
  ``UNWIND $rows ... MERGE/CREATE`` per label and relationship type, many
  documents per transaction;
- **per statement**: the way py2neo-style loaders work (``graph.merge(node)``,
  ``graph.create(rel)``): one ``MERGE`` per node and one ``MATCH ... CREATE``
  per relationship, each committed on its own. For large N it is timed on the
  last ``--sample`` documents, written into a graph already holding the rest.

A "row" is one node or one relationship written. The database is wiped
before each measurement, so point it at a throw-away server::

    CIVKG_TEST_NEO4J_PORT=7688 scripts/neo4j-test-server start
    python bench/bench_neo4j_load.py --uri bolt://127.0.0.1:7688 --wipe --sizes 1000 10000
    CIVKG_TEST_NEO4J_PORT=7688 scripts/neo4j-test-server stop
"""
from __future__ import annotations

import argparse
import copy
import itertools
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import schema  # noqa: E402
from kg.model import Edge, Fragment, Node  # noqa: E402
from kg.stores.neo4j_store import Neo4jStore, _edge_rows_by_shape, _node_rows_by_label  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
# Entities that belong to one place and one document; a bigger corpus has new ones.
LOCAL_LABELS = {"Place", "Agency", "Person", "Meeting", "Target"}


def corpus_fragments() -> list[Fragment]:
    from kg.commands.ingest import metadata_for
    from loaders import load_file

    files = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "dev").glob("*.txt"))
    infos = metadata_for(files)
    return [load_file(str(path), infos[path]) for path in files]


def scaled(fragments: list[Fragment], count: int) -> list[Fragment]:
    """``count`` fragments: the corpus repeated, copy ``i`` with its own ids and local entities."""
    out = []
    for i, original in zip(range(count), itertools.cycle(fragments)):
        copy_no = i // len(fragments)
        if copy_no == 0:
            out.append(original)
            continue
        suffix = f"·{copy_no:05d}"

        def rekey(key: str) -> str:
            label = schema.label_of_key(key)
            return key + suffix if label in LOCAL_LABELS or label == "Document" else key

        doc_id = original.doc_id + suffix
        document = copy.copy(original.document)
        document.key = f"Document:{doc_id}"
        document.properties = {**original.document.properties, "source": f"scaled/{doc_id}.txt"}
        nodes = [Node(n.label, rekey(n.key), n.name + suffix if n.label in LOCAL_LABELS else n.name,
                      list(n.aliases), dict(n.properties)) for n in original.nodes]
        edges = [Edge(e.type, rekey(e.source), rekey(e.target), replace(e.provenance, doc_id=doc_id), dict(e.properties))
                 for e in original.unique_edges()]
        out.append(Fragment(document, nodes, edges))
    return out


def rows_of(fragments: list[Fragment]) -> int:
    """Node and relationship rows a load writes (nodes merged per key, as the store does)."""
    nodes = sum(len(rows) for rows in _node_rows_by_label(fragments).values())
    return nodes + sum(len(f.unique_edges()) for f in fragments)


def wipe(store: Neo4jStore) -> None:
    # In chunks, relationships first: a topic node with 100,000 edges would not
    # fit one DETACH DELETE into a 1 GB heap.
    with store._driver.session(database=store.database) as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def load_batched(store: Neo4jStore, fragments: list[Fragment]) -> float:
    started = time.perf_counter()
    summary = store.write_fragments(fragments)
    assert not summary.failed, summary.failed[:3]
    return time.perf_counter() - started


def load_per_statement(store: Neo4jStore, fragments: list[Fragment]) -> float:
    """One auto-committed MERGE per node and one CREATE per relationship, as py2neo's graph.merge/create do."""
    started = time.perf_counter()
    with store._driver.session(database=store.database) as session:
        for fragment in fragments:
            for label, rows in _node_rows_by_label([fragment]).items():
                for row in rows:
                    session.run(f"MERGE (n:{label} {{key: $key}}) SET n += $props, n.aliases = $aliases",
                                key=row["key"], props=row["props"], aliases=row["aliases"]).consume()
            for (rel_type, source_label, target_label), rows in _edge_rows_by_shape([fragment]).items():
                for row in rows:
                    session.run(f"MATCH (a:{source_label} {{key: $source}}) MATCH (b:{target_label} {{key: $target}}) "
                                f"CREATE (a)-[r:{rel_type}]->(b) SET r = $props",
                                source=row["source"], target=row["target"], props=row["props"]).consume()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--uri", default=os.environ.get("CIVKG_TEST_NEO4J_URI", "bolt://127.0.0.1:7687"))
    parser.add_argument("--user", default=os.environ.get("CIVKG_TEST_NEO4J_USER", "neo4j"))
    parser.add_argument("--password", default=os.environ.get("CIVKG_TEST_NEO4J_PASSWORD", "civkg-test-password"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--sample", type=int, default=100,
                        help="documents timed the per-statement way when a size is larger than this")
    parser.add_argument("--repeat", type=int, default=1,
                        help="measure every size this many times (the machine is shared: report the spread)")
    parser.add_argument("--wipe", action="store_true", help="confirm that the database may be emptied")
    args = parser.parse_args(argv)
    if not args.wipe:
        parser.error("this benchmark empties the database at --uri; pass --wipe to confirm")

    started = time.perf_counter()
    base = corpus_fragments()
    print(f"corpus: {len(base)} real documents, {rows_of(base):,} rows, extracted in "
          f"{time.perf_counter() - started:.1f} s")
    store = Neo4jStore(args.uri, args.user, args.password)
    store.ensure_schema()
    # Warm up the JVM and the query caches for both ways, so the first size isn't a JIT measurement.
    wipe(store)
    load_batched(store, scaled(base, 200))
    wipe(store)
    load_per_statement(store, base[:10])
    results = []
    try:
        for size in [size for _ in range(args.repeat) for size in args.sizes]:
            fragments = scaled(base, size)
            rows = rows_of(fragments)
            wipe(store)
            seconds = load_batched(store, fragments)
            counts = store.stats()
            again = load_batched(store, fragments)  # idempotence costs one lookup per batch
            assert store.stats() == counts
            batched_rate = rows / seconds

            # The per-statement way writes the last documents into a graph that
            # already holds the others, so both ways are timed at the same size.
            sample = fragments if size <= args.sample else fragments[-args.sample:]
            sample_rows = rows_of(sample)
            wipe(store)
            if len(sample) < size:
                load_batched(store, fragments[:-args.sample])
            slow_seconds = load_per_statement(store, sample)
            slow_rate = sample_rows / slow_seconds
            results.append((size, rows, seconds, batched_rate, len(sample), sample_rows, slow_seconds, slow_rate))
            print(f"{size:>6} docs  {rows:>9,} rows  batched {seconds:7.2f} s = {batched_rate:>9,.0f} rows/s "
                  f"(reload {again:.2f} s)  | per statement {len(sample)} docs {sample_rows:,} rows "
                  f"{slow_seconds:7.2f} s = {slow_rate:>7,.0f} rows/s  | ratio {batched_rate / slow_rate:5.1f}x",
                  flush=True)
    finally:
        wipe(store)
        store.close()

    print()
    print("| documents | rows | batched UNWIND | rows/s | per statement (docs timed) | rows/s | ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size, rows, seconds, rate, sample_docs, sample_rows, slow_seconds, slow_rate in results:
        print(f"| {size:,} | {rows:,} | {seconds:.1f} s | {rate:,.0f} | {slow_seconds:.1f} s ({sample_docs:,}) | "
              f"{slow_rate:,.0f} | {rate / slow_rate:.0f}x |")
    if args.repeat > 1:
        print()
        for size in args.sizes:
            rates = sorted(r[3] for r in results if r[0] == size)
            ratios = sorted(r[3] / r[7] for r in results if r[0] == size)
            print(f"{size:,} documents, {len(rates)} runs: batched {rates[0]:,.0f}-{rates[-1]:,.0f} rows/s "
                  f"(median {rates[len(rates) // 2]:,.0f}), ratio {ratios[0]:.0f}-{ratios[-1]:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
