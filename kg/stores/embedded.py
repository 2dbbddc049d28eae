"""The embedded default store: LadybugDB (a Kuzu fork) in a folder, no server needed.

The store folder holds two files:

- ``graph.lbdb``: the LadybugDB database, one node table per label and one
  relationship table per type, derived from :mod:`kg.schema`
  (:mod:`kg.stores._ladybug_ddl`);
- ``search.sqlite``: the trigram name index (:mod:`kg.stores._search_index`),
  written in the same step as the graph and rebuilt from the graph whenever
  the two disagree (e.g. after a crash between the two commits);
- ``generation``: a token the writer rewrites after every commit and
  checkpoint. A read-only store sees the data as it was when it opened; a
  long-lived reader (``kg serve``) compares :meth:`EmbeddedStore.current_generation`
  with :attr:`opened_generation` and opens the store again when they differ.

LadybugDB allows one writing process per database; a second process gets
:class:`~kg.errors.StoreUnavailable` naming the folder. Any number of
processes may open the store with ``read_only=True`` alongside.

>>> import tempfile
>>> from kg.model import Edge, Fragment, Node, Provenance
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> doc = Node("Document", "Document:d1", "示例", properties={"source": "a.txt"})
>>> agency = Node("Agency", "Agency:营口市民政局", "营口市民政局")
>>> edge = Edge("ISSUED_BY", doc.key, agency.key, Provenance("d1", 0, "营口市民政局召开会议。", 0, 6))
>>> store.write_fragments([Fragment(doc, [agency], [edge])]).documents
1
>>> store.stats()["relationships"]["ISSUED_BY"]
1
>>> [n["name"] for n in store.search("民政局")]
['营口市民政局']
>>> store.close()
"""
from __future__ import annotations

import os
import re
import threading
import time
from contextlib import contextmanager
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import ladybug

from kg import schema
from kg.errors import QueryError, ReadOnlyViolation, StoreUnavailable
from kg.model import Fragment
from kg.stores._embedded_rows import EdgeKind, PreparedDocument, edge_columns, merge_node_rows, prepare
from kg.stores._path_index import Adjacency, shortest_key_paths
from kg.stores._read_memo import ReadMemo
from kg.stores._ladybug_ddl import (load_edges_statement, load_nodes_statement, node_table_ddl, nodes_by_key_statement,
                                    rel_table_ddl, starts_at_document, update_nodes_statement)
from kg.stores._native_memory import bound_native_heap, give_back_freed_memory, trimming
from kg.stores._readonly import find_write_keyword
from kg.stores._search_index import SearchIndex
from kg.stores.base import Store, WriteSummary, edges_to_request, first_edges_per_neighbour

GRAPH_FILE = "graph.lbdb"
SEARCH_FILE = "search.sqlite"
GENERATION_FILE = "generation"
# Fewer, bigger transactions: each edge statement and commit costs more the more the store holds
# since its last checkpoint (1,634 corpus documents: 4.8 s in batches of 256, 2.6 s in batches of 1,024).
DEFAULT_BATCH_SIZE = 1024
# Writes run on one engine thread: on 2 cores shared with extraction workers (and anything else),
# more threads only contend (1,634 documents in batches of 1,024: 3.7 s with 1 thread, 5.6 s with 2).
WRITE_THREADS = 1
# Documents written between checkpoints. A checkpoint into tables that already hold data costs
# seconds, and with key lookups (not scans) commits no longer slow down as the write-ahead log
# grows: 10,830 documents in batches of 2,048 took 22.9 s checkpointing every 2,048, 15.7 s every
# 8,192 and 14.1 s never (the log then reached 434 MB). 8,192 keeps the log to ~330 MB.
CHECKPOINT_EVERY = 8192
# LadybugDB's buffer pool defaults to 80% of the machine's memory, so nothing is ever evicted: the pages a
# checkpoint reads stayed resident until the writer reopened, and a checkpoint reads more of them the bigger
# the store (it rewrites stored data the new rows join; which tables' pages was not traced). That was the one
# part of the writer's memory that grew with the corpus: on the 100k run its resident memory when a
# checkpoint started stayed at ~1.2 GB and after each reopen at ~0.54 GB, while the checkpoint's own rise, all
# of it in the pool's mapped frames (/proc/PID/smaps), grew from +0.2 GB at 0.4 GB of store to +0.9 GB at
# 2.0 GB (docs/benchmarks.md, issue 13). The writer caps its pool at WRITER_BUFFER_POOL_MB, so a checkpoint
# evicts instead. What was written since the last checkpoint can't be evicted: ENGINE_SHARE_BEFORE_CHECKPOINT
# below keeps it to half the pool, and a batch that still finds the pool full is retried once after a
# checkpoint. Readers keep the default (their pages serve queries). CIVKG_BUFFER_POOL_MB sets the pool of
# both (0: LadybugDB's default).
# The writer's peak is then bounded by design: the Python process and the opened database (~0.36 GB, flat
# after each reopen), the blocks a window's first write allocates (~0.28 GB, once per window, outside the
# pool's count), and the pool, which holds both the window's rows and the pages a checkpoint reads. Only
# the checkpoint's pages grow with the store, up to the cap (at 100k generated documents they are still
# rising: peak 1,490 MiB against 977 at 10k, docs/benchmarks.md). For RSS to follow the pool's count, what
# the engine frees must leave the process: kg.stores._native_memory.
WRITER_BUFFER_POOL_MB = 768
READER_BUFFER_POOL_MB = 0
# Close and reopen the database after each of those checkpoints during a write: see EmbeddedStore._reopen.
REOPEN_AFTER_CHECKPOINT = True
# A writer whose resident memory passes this checkpoints and reopens early (CIVKG_INGEST_MEMORY_MB overrides;
# 0 = never). Reopening every CHECKPOINT_EVERY documents alone still let the peak grow with the store: what
# LadybugDB holds after a reopen, and what a window of 8,192 documents adds to it, both grow with what is
# stored (10k documents 1,436 MB, 50k 1,874 MB, 100k 2,319 MB; docs/benchmarks.md, issue 13).
MEMORY_BUDGET_MB = 1200
# ... but not before this many documents since the last checkpoint (a store whose base is near the budget
# would otherwise checkpoint after every batch).
MIN_DOCUMENTS_PER_CHECKPOINT = 1024
# ... and once LadybugDB's own count of what it holds (``CALL bm_info()``: cached pages plus the written
# window, which can't be evicted before a checkpoint) passes this share of a capped pool. A pool that fills
# inside a write or a checkpoint may not fail cleanly (a 96 MB pool ended a probe with a segmentation
# fault), so half of it stays free for the next batch (up to ~180 MB for 2,048 generated documents) and
# for the pages the checkpoint reads.
ENGINE_SHARE_BEFORE_CHECKPOINT = 0.5
POOL_FULL = "buffer pool is full"
# A read-only store's neighbourhood read asked for some relationship types only names them in a WHERE filter
# (``label(r) IN $types``), not in the pattern, when walking the node's own edges is cheaper than what the
# engine does for a typed pattern, which costs with the size of the types' tables: at 10^5 documents,
# ``-[r:MENTIONS]-`` (1.56 M edges) took 77 ms for a concept of 969 edges whose own edges are walked in 2 ms,
# while a topic's 24 IN_TOPIC programs (225 k edges) took 8 ms typed and 154 ms walking its 20,000 edges.
# Measured there: ~50 ns per edge of the types' tables, ~3-4 µs per edge of the node: a ratio of about 64.
WALK_COST_RATIO = 64
# A read-only store's neighbour summary of a node of more edges than this groups the neighbours by key alone and
# reads the kept rows' names after (two reads); below, one read groups by key, name and aliases.
KEYS_FIRST_ABOVE = 2_000


def _megabytes_from_env(variable: str, default_mb: int) -> int:
    """Bytes from an environment variable given in whole megabytes; ``default_mb`` when unset or not a number."""
    value = os.environ.get(variable, "").strip()
    return (int(value) if value.isdigit() else default_mb) * 1024 * 1024


def memory_budget_bytes() -> int:
    """The writer's resident-memory budget (0: none).

    >>> memory_budget_bytes() >= 0
    True
    """
    return _megabytes_from_env("CIVKG_INGEST_MEMORY_MB", MEMORY_BUDGET_MB)


def resident_bytes() -> int:
    """This process's resident memory now (0 where /proc is not there to ask)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def buffer_pool_bytes(writer: bool = False) -> int:
    """The buffer pool size to open the database with (0: LadybugDB's default).

    >>> buffer_pool_bytes() >= 0 and buffer_pool_bytes(writer=True) >= 0
    True
    """
    return _megabytes_from_env("CIVKG_BUFFER_POOL_MB", WRITER_BUFFER_POOL_MB if writer else READER_BUFFER_POOL_MB)


_default_buffer_pool_bytes = buffer_pool_bytes  # the constructor's parameter of that name shadows it


def store_generation(folder: str | Path) -> str:
    """The generation token in a store folder ("" when there is none yet, or it can't be read).

    A reader that opened at one token and now reads another holds stale data.

    >>> import tempfile
    >>> store_generation(tempfile.mkdtemp())
    ''
    """
    try:
        return (Path(folder) / GENERATION_FILE).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return ""


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def fetch_rows(result: Any, limit: int | None = None) -> list[list[Any]]:
    """The next rows of a LadybugDB query result (at most ``limit``), as lists.

    ladybug's Python ``QueryResult`` re-checks at every ``has_next``/``get_next`` call that the result,
    its connection and its database are open, in Python: two thirds of the time of a whole-store read
    (455,406 PROMOTES rows at 10^5 documents: 11.6 s through them, 3.5 s through the C++ result). The
    checks are made once a call here, and the rows are then read from the C++ result: the store reads
    under its lock, which ``close()`` takes too, so nothing closes in between. A result without that
    object, or one set to give dicts, is read through the public calls.
    """
    result.check_for_query_result_close()
    native = getattr(result, "_query_result", None)
    has_next, get_next = ((native.hasNext, native.getNext) if native is not None and not getattr(result, "as_dict", True)
                          else (result.has_next, result.get_next))
    rows: list[list[Any]] = []
    while (limit is None or len(rows) < limit) and has_next():
        rows.append(get_next())
    return rows


class EmbeddedStore(Store):
    """A civkg graph in a local folder, on LadybugDB.

    Parameters
    ----------
    path : folder of the store; created (with its tables) when missing, unless read-only.
    read_only : open without taking the writer lock; writes are refused.
    batch_size : documents written per transaction by :meth:`write_fragments`.
    buffer_pool_bytes : the engine's buffer pool (default: :func:`buffer_pool_bytes`, capped for a writer).
    max_threads : engine threads per query (0: the engine's default).
    max_db_size : address space the engine reserves for the database (None: its default);
        a reader under an address-space limit keeps it near the file's size.
    search_index : open the name index too; a reader that only runs Cypher (the
        console's sandbox worker) skips it, and :meth:`search` then finds nothing.
    """

    dialect = "ladybug"

    def __init__(self, path: str | Path, *, read_only: bool = False, batch_size: int = DEFAULT_BATCH_SIZE,
                 buffer_pool_bytes: int | None = None, max_threads: int = 0, max_db_size: int | None = None,
                 search_index: bool = True) -> None:
        self.folder = Path(path)
        self.read_only = read_only
        self.batch_size = max(1, int(batch_size))
        self._lock = threading.RLock()
        self._table_labels: dict[int, str] | None = None
        self._rel_counts: dict[str, int] | None = None  # a read-only store's edges per type (_relationship_counts)
        self._degrees: dict[str, int] = {}  # and its nodes' degrees, as _typed_pattern read them
        self._since_checkpoint = 0
        self._adjacency: Adjacency | None = None  # for shortest_paths; None after any write
        # The writer's map of stored Document sources to their keys (None: not read yet, or dropped
        # after a write it can't follow). A batch's older versions are found in it, not by scanning
        # every Document: that scan grew with the store, once per batch (quadratic over an ingest).
        self._keys_by_source: dict[str, list[str]] | None = None
        self._source_of_document: dict[str, str] = {}  # the same map read the other way: key → source
        # A read-only store's data can't change while it is open: its slow neighbourhood answers are kept.
        self._memo: ReadMemo | None = ReadMemo() if read_only else None
        graph_path = self.folder / GRAPH_FILE
        if self.folder.exists() and not self.folder.is_dir():
            raise StoreUnavailable(f"store {self.folder} is a file, not a store folder")
        if read_only and not graph_path.exists():
            raise StoreUnavailable(f"no civkg store in {self.folder} (run `kg ingest` first)")
        self.folder.mkdir(parents=True, exist_ok=True)
        # read before opening: a commit in between costs a reader one more reopen, never a missed one
        self.opened_generation = self.current_generation()
        try:
            # Automatic checkpoints after a commit cost more the bigger the store (10.2 s against
            # 4.5 s to write 1,634 documents); this store checkpoints every CHECKPOINT_EVERY
            # documents and on close instead. Commits stay durable in the write-ahead log.
            if buffer_pool_bytes is None:
                buffer_pool_bytes = _default_buffer_pool_bytes(writer=not read_only)
            if not read_only:
                bound_native_heap()  # before the engine's threads exist: see kg.stores._native_memory
            self._buffer_pool_bytes = buffer_pool_bytes  # a reopen keeps it
            engine = {"buffer_pool_size": buffer_pool_bytes,
                      "max_num_threads": max_threads, "auto_checkpoint": False}
            if max_db_size is not None:
                engine["max_db_size"] = max_db_size
            try:
                self._db = ladybug.Database(str(graph_path), read_only=read_only, **engine)
            except RuntimeError as error:
                if not (read_only and _CHECKPOINT_PENDING in str(error)):
                    raise
                _finish_interrupted_checkpoint(self.folder, graph_path)
                self._db = ladybug.Database(str(graph_path), read_only=True, **engine)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as error:
            raise _open_error(self.folder, error) from None
        if not read_only:
            self.ensure_schema()
        self._search = self._open_search_index() if search_index or not read_only else SearchIndex(":memory:")

    # -- opening -----------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Create missing tables, add columns and endpoint pairs the schema gained since. Idempotent."""
        with self._lock:
            tables = {row[0]: row[1] for row in self._rows("CALL show_tables() RETURN name, type")}
            for label in schema.LABELS.values():
                if label.name not in tables:
                    self._rows(node_table_ddl(label))
                else:
                    self._add_missing_columns(label.name, label.all_properties)
            for rel in schema.REL_TYPES.values():
                if rel.name not in tables:
                    self._rows(rel_table_ddl(rel))
                else:
                    self._add_missing_columns(rel.name, rel.all_properties)
                    have = {(s, t) for s, t, *_ in self._rows(f"CALL show_connection('{rel.name}') RETURN *")}
                    for source, target in rel.endpoints:
                        if (source, target) not in have:
                            self._rows(f"ALTER TABLE {rel.name} ADD FROM {source} TO {target}")
            self._table_labels = None

    def _add_missing_columns(self, table: str, properties: dict[str, str]) -> None:
        have = {row[0] for row in self._rows(f"CALL table_info('{table}') RETURN name")}
        for prop, typ in properties.items():
            if prop not in have:
                self._rows(f"ALTER TABLE {table} ADD {prop} {typ}")

    def _open_search_index(self) -> SearchIndex:
        path = self.folder / SEARCH_FILE
        if self.read_only:
            try:
                index = SearchIndex(str(path), read_only=True)
                if index.count() == self._node_total():
                    return index
                index.close()
            except Exception:  # missing or damaged: search from a private in-memory copy
                pass
            index = SearchIndex(":memory:")
            self._fill_search_index(index)
            return index
        try:
            index = SearchIndex(str(path))
            consistent = index.count() == self._node_total()
        except Exception:
            path.unlink(missing_ok=True)  # a damaged sidecar is only a cache of the graph
            index, consistent = SearchIndex(str(path)), False
        if not consistent:
            index.clear()
            self._fill_search_index(index)
        return index

    def _fill_search_index(self, index: SearchIndex) -> None:
        for label in schema.LABELS:
            rows = self._rows(f"MATCH (n:{label}) RETURN n.key, n.name, n.aliases")
            index.upsert((key, label, name or "", aliases or []) for key, name, aliases in rows)
        index.commit()

    def _node_total(self) -> int:
        return sum(self.stats()["nodes"].values())

    # -- low-level execution -----------------------------------------------------
    def _execute(self, text: str, params: dict[str, Any] | None = None):
        if params:
            return self._conn.execute(text, params)
        return self._conn.execute(text)

    def _rows(self, text: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
        return fetch_rows(self._execute(text, params))

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyViolation(f"store {self.folder} is open read-only")

    # -- writing -----------------------------------------------------------------
    def write_fragments(self, fragments: Iterable[Fragment]) -> WriteSummary:
        """Write fragments in batches; each batch commits all-or-nothing.

        When a batch fails, its documents are retried one per transaction, so
        one bad document can't take its neighbours down; it is listed in
        ``summary.failed`` as ``(source or doc id, reason)``.
        """
        return self.write_prepared(prepare(fragment) for fragment in fragments)

    #: Turns a fragment into what :meth:`write_prepared` takes; ``kg ingest`` runs it in its workers.
    fragment_preparer = staticmethod(prepare)

    def write_prepared(self, documents: Iterable[PreparedDocument], batch_size: int | None = None) -> WriteSummary:
        """:meth:`write_fragments` for documents already turned into rows by :func:`prepare`.

        ``batch_size`` overrides the store's documents-per-transaction for this call.
        """
        self._check_writable()
        summary = WriteSummary()
        started = time.perf_counter()
        with self._lock:
            self._conn.set_max_threads_for_exec(WRITE_THREADS)
            try:
                for batch in _chunks(documents, max(1, int(batch_size or self.batch_size))):
                    self._write_batch(batch, summary)
                    self._since_checkpoint += len(batch)
                    if self._since_checkpoint >= CHECKPOINT_EVERY or self._over_memory_budget():
                        self._checkpoint_and_reopen()
            finally:
                self._conn.set_max_threads_for_exec(0)  # reads use the database's limit again
        summary.seconds = time.perf_counter() - started
        return summary

    def _checkpoint_and_reopen(self) -> None:
        self.checkpoint()
        if REOPEN_AFTER_CHECKPOINT:
            self._reopen()

    def _over_memory_budget(self) -> bool:
        """Whether to checkpoint and reopen early: past the memory budget or half the pool, after enough documents."""
        if self._since_checkpoint < MIN_DOCUMENTS_PER_CHECKPOINT:
            return False
        budget = memory_budget_bytes()
        if budget and resident_bytes() > budget:
            return True
        return bool(self._buffer_pool_bytes) and self.engine_memory_bytes() > \
            self._buffer_pool_bytes * ENGINE_SHARE_BEFORE_CHECKPOINT

    def engine_memory_bytes(self) -> int:
        """What LadybugDB's buffer manager holds now (pages and unflushed writes), by its own count; 0 if unknown."""
        with self._lock:
            try:
                return int(self._rows("CALL bm_info() RETURN *")[0][1])
            except (RuntimeError, IndexError, TypeError, ValueError):
                return 0

    def document_stamps(self) -> dict[str, tuple[str | None, str | None]]:
        """See :meth:`kg.stores.base.Store.document_stamps` (one scan of the Document table)."""
        with self._lock:
            return {source: (content, version) for source, content, version in self._rows(
                "MATCH (d:Document) WHERE d.source IS NOT NULL "
                "RETURN d.source, d.content_hash, d.extractor_version")}

    def _write_batch(self, batch: list[PreparedDocument], summary: WriteSummary) -> None:
        unique: dict[str, PreparedDocument] = {}
        for document in batch:
            if document.key in unique:
                summary.unchanged += 1
            else:
                unique[document.key] = document
        stored = {key: (version, source, content) for key, version, source, content in self._rows(
            nodes_by_key_statement("Document", "RETURN n.key, n.extractor_version, n.source, n.content_hash"),
            {"keys": list(unique)})}
        # Same text, another extractor: the facts may differ, so the stored document is replaced.
        outdated = {key for key, d in unique.items() if key in stored
                    and _stamp(d)[1] is not None and stored[key][0] != _stamp(d)[1]}
        todo = [d for key, d in unique.items() if key not in stored or key in outdated]
        summary.unchanged += len(unique) - len(todo)
        for key, document in unique.items():
            # Same text and extractor from other bytes of the same file (spacing, line ends, encoding):
            # the facts stand; the new hash lets the next ingest skip the file.
            content = _stamp(document)[0]
            if key not in stored or key in outdated or not content:
                continue
            _, stored_source, stored_content = stored[key]
            if stored_source == document.source and stored_content != content:
                self._rows("MATCH (d:Document {key: $key}) SET d.content_hash = $content",
                           {"key": key, "content": content})
        if not todo:
            return
        try:
            try:
                self._write_transaction(todo, summary, outdated)
            except RuntimeError as error:
                if POOL_FULL not in str(error) or not self._since_checkpoint:
                    raise
                self._checkpoint_and_reopen()  # frees what earlier batches wrote; then the batch fits again
                self._write_transaction(todo, summary, outdated)
        except Exception as error:
            if len(todo) == 1:
                summary.failed.append((todo[0].name, _first_line(error)))
                return
            for document in todo:
                try:
                    self._write_transaction([document], summary, outdated)
                except Exception as single_error:
                    summary.failed.append((document.name, _first_line(single_error)))

    def _write_transaction(self, documents: list[PreparedDocument], summary: WriteSummary,
                           outdated: set[str] = frozenset()) -> None:
        """Write these documents in one transaction, replacing older versions of the same source.

        Keys in ``outdated`` are stored already (extracted by another extractor
        version) and are replaced too.
        """
        new_keys = {d.key for d in documents}
        sources = [d.source for d in documents if d.source]
        stale = [key for key in new_keys if key in outdated]
        if sources:
            stale += [key for key in self._stored_keys_of_sources(sources) if key not in new_keys]
        node_rows = merge_node_rows(documents)
        edge_rows = self._edges_with_known_ends(_edge_rows_by_kind(documents), node_rows)
        edges_written = 0
        with self._sources_followed(), self._graph_and_search_transaction():
            removed = self._remove_in_transaction([key.partition(":")[2] for key in stale])
            search_entries = []
            for label, rows in node_rows.items():
                stored = {key for key, in self._rows(nodes_by_key_statement(label, "RETURN n.key"), {"keys": list(rows)})}
                if new_rows := [row for key, row in rows.items() if key not in stored]:
                    self._write_nodes(label, new_rows, load_nodes_statement)
                    search_entries += [(row["key"], label, row.get("name") or "", row.get("aliases") or [])
                                       for row in new_rows]
                if stored_rows := [row for key, row in rows.items() if key in stored]:
                    self._write_nodes(label, stored_rows, update_nodes_statement)
                    search_entries += self._merged_search_entries(label, list(stored))
            for (rel_type, source, target), rows in edge_rows.items():
                edges_written += self._create_edges(rel_type, source, target, rows)
            self._search.delete(removed)
            self._search.upsert(search_entries)
        self._note_documents_written(documents, stale)
        summary.documents += len(documents)
        summary.replaced += len(stale)
        summary.nodes += sum(len(rows) for rows in node_rows.values())
        summary.edges += edges_written

    def _stored_keys_of_sources(self, sources: list[str]) -> list[str]:
        """Keys of the stored Documents whose source is one of ``sources``, each once.

        The same set as ``MATCH (d:Document) WHERE d.source IN $sources``, read from the writer's
        map (filled by one scan the first time, then kept in step by each commit).
        """
        if self._keys_by_source is None:
            by_source: dict[str, list[str]] = {}
            source_of: dict[str, str] = {}
            for source, key in self._rows("MATCH (d:Document) WHERE d.source IS NOT NULL RETURN d.source, d.key"):
                by_source.setdefault(source, []).append(key)
                source_of[key] = source
            self._keys_by_source, self._source_of_document = by_source, source_of
        found = dict.fromkeys(key for source in dict.fromkeys(sources) for key in self._keys_by_source.get(source, ()))
        return list(found)

    def _note_documents_written(self, documents: list[PreparedDocument], removed: list[str]) -> None:
        """After a commit: the map of sources loses the removed Documents and gains the written ones."""
        if self._keys_by_source is None:
            return  # not read yet: the first lookup reads the committed graph
        # A written key that was stored before is among the removed (stale) ones: the map held no other.
        self._forget_documents(removed)
        by_source, source_of = self._keys_by_source, self._source_of_document
        for document in documents:
            source = document.nodes.get("Document", {}).get(document.key, {}).get("source")
            if source is not None:
                by_source.setdefault(source, []).append(document.key)
                source_of[document.key] = source

    def _forget_documents(self, keys: Iterable[str]) -> None:
        """Drop these Document keys from the map of sources (each found by its own source)."""
        if self._keys_by_source is None:
            return
        for key in keys:
            source = self._source_of_document.pop(key, None)
            if source is None:
                continue
            held = self._keys_by_source[source]
            held.remove(key)
            if not held:
                del self._keys_by_source[source]

    @contextmanager
    def _sources_followed(self) -> Iterator[None]:
        """Around a write: if it fails anywhere (even after the graph's commit), the map of sources is
        dropped and read again when next needed, so it never disagrees with the graph."""
        try:
            yield
        except BaseException:
            self._keys_by_source = None
            raise

    @contextmanager
    def _graph_and_search_transaction(self) -> Iterator[None]:
        """One graph transaction with the search index's pending changes: both commit, or neither does.

        The graph commits first: the search index is only a cache of the graph's
        names, and an index whose node count differs from the graph's is rebuilt
        when the store is next opened.
        """
        self._adjacency = None  # the cached path index is stale the moment the graph changes
        self._rows("BEGIN TRANSACTION")
        try:
            yield
            self._rows("COMMIT")
        except BaseException:
            self._search.rollback()
            try:
                self._rows("ROLLBACK")
            except RuntimeError:
                pass  # the engine already rolled back the failed transaction
            raise
        self._search.commit()
        self._mark_generation()  # after both commits: a reader that reopens now sees graph and index agree

    def _edges_with_known_ends(self, edge_rows: dict[EdgeKind, list[tuple]],
                               node_rows: dict[str, dict[str, dict]]) -> dict[EdgeKind, list[tuple]]:
        """Drop edges whose ends are neither in these documents nor in the store: they have nothing to join."""
        written = {key for rows in node_rows.values() for key in rows}
        elsewhere: set[str] = set()
        for rows in edge_rows.values():  # the two end columns, read by C-level maps (10^5 rows)
            elsewhere.update(map(_SOURCE_OF_ROW, rows), map(_TARGET_OF_ROW, rows))
        elsewhere -= written
        if not elsewhere:
            return edge_rows
        known = set(written) | set(self._nodes_by_keys(sorted(elsewhere)))
        return {kind: kept for kind, rows in edge_rows.items()
                if (kept := [row for row in rows if row[0] in known and row[1] in known])}

    def _write_nodes(self, label: str, rows: list[dict[str, Any]],
                     statement: Callable[[schema.Label, str], str]) -> None:
        """Run a node statement (create or update) over rows given as a DataFrame, one object column per property.

        A frame rather than an ``UNWIND $rows`` parameter: the driver type-checks
        every value of a list-of-maps parameter (2,466 new nodes: 1.12-1.14 s
        to write 1,634 documents with frames, 1.30-1.36 s with UNWIND).
        """
        import pandas as pd

        declared = schema.LABELS[label].all_properties
        # LOAD FROM finds the frame by its variable name in this function's frame.
        node_frame = pd.DataFrame({prop: pd.array([row.get(prop) for row in rows], dtype=object) for prop in declared})
        self._rows(statement(schema.LABELS[label], "node_frame"))

    def _create_edges(self, rel_type: str, source: str, target: str, rows: list[tuple]) -> int:
        """CREATE edges from a DataFrame scan (object columns: LadybugDB can't scan pandas' nullable dtypes).

        Not ``COPY``, although it is faster: what it writes bypasses the
        write-ahead log, so with automatic checkpoints off a crash after the
        commit loses the edges and keeps the nodes, and a second process
        opening the store sees none of them until the next checkpoint (with
        automatic checkpoints on, each batch's checkpoint makes it slower than
        this; docs/benchmarks.md, S2).
        """
        import numpy as np
        import pandas as pd

        declared = schema.REL_TYPES[rel_type].all_properties
        frame: dict[str, Any] = {}
        # Columns straight from the row tuples (transposed by zip), no per-row dicts. An integer
        # column with no gaps goes in as int64, which the scan reads without a per-value cast.
        for name, values in zip(edge_columns(rel_type), zip(*rows)):
            if declared.get(name) == schema.INT and None not in values:
                try:
                    frame[name] = np.fromiter(values, dtype=np.int64, count=len(values))
                    continue
                except OverflowError:
                    pass  # the engine's own cast then names the value and INT64
            frame[name] = pd.array(values, dtype=object)
        # LOAD FROM finds the frame by its variable name in this function's frame.
        edge_frame = pd.DataFrame(frame)
        return self._rows(load_edges_statement(schema.REL_TYPES[rel_type], source, target, "edge_frame"))[0][0]

    def _reopen(self) -> None:
        """Close the database and open it again (just after a checkpoint, so there is no log to replay).

        LadybugDB's native memory grows with what the open database has written
        (~75 MB per 1,000 generated documents) and is given back only when it is
        closed; a writer that reopens after each checkpoint keeps ingest's memory
        bounded by CHECKPOINT_EVERY, not by the corpus (docs/benchmarks.md, issue 13).
        """
        self._conn.close()
        self._db.close()
        give_back_freed_memory()
        self._db = ladybug.Database(str(self.folder / GRAPH_FILE), read_only=False, auto_checkpoint=False,
                                    buffer_pool_size=self._buffer_pool_bytes)
        self._conn = ladybug.Connection(self._db)
        self._conn.set_max_threads_for_exec(WRITE_THREADS)
        self._table_labels = None
        self._adjacency = None

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (done every CHECKPOINT_EVERY documents and on close)."""
        with self._lock:
            if not self.read_only:
                with trimming():  # what the checkpoint frees goes back while it reads stored pages
                    self._rows("CHECKPOINT")
                self._mark_generation()  # the database file was rewritten: readers must reopen
            self._since_checkpoint = 0

    def current_generation(self) -> str | None:
        """The store's generation token as the writer last wrote it ("" before any write).

        None for the writing store itself: it always sees its own commits.
        """
        if not self.read_only:
            return None
        return store_generation(self.folder)

    def _mark_generation(self) -> None:
        """Write a new generation token, atomically (a reader sees the old one or the new one)."""
        path = self.folder / GENERATION_FILE
        temporary = path.with_name(f".{GENERATION_FILE}.{os.getpid()}")
        try:
            temporary.write_text(f"{time.time_ns()} {os.getpid()}\n", encoding="ascii")
            os.replace(temporary, path)
        except OSError:
            pass  # readers then only see the change when they are restarted

    def _merged_search_entries(self, label: str, keys: list[str]) -> list[tuple[str, str, str, list[str]]]:
        """Search-index entries for stored nodes, read back: the graph accumulates their aliases across documents."""
        return [(key, label, name or "", aliases or []) for key, name, aliases in self._rows(
            nodes_by_key_statement(label, "RETURN n.key, n.name, n.aliases"), {"keys": keys})]

    def remove_document(self, doc_id: str) -> bool:
        """Remove a document, every edge it supports, and entities no edge supports any more."""
        self._check_writable()
        with self._lock:
            key = schema.node_key("Document", doc_id)
            if not self._rows("MATCH (d:Document {key: $key}) RETURN d.key", {"key": key}):
                return False
            with self._sources_followed(), self._graph_and_search_transaction():
                self._search.delete(self._remove_in_transaction([doc_id]))
            self._forget_documents([key])
            self._since_checkpoint += 1
            return True

    def _remove_in_transaction(self, doc_ids: list[str]) -> list[str]:
        """Delete the documents' edges and nodes and the orphans left behind; return removed node keys."""
        if not doc_ids:
            return []
        for rel in schema.REL_TYPES.values():
            if starts_at_document(rel):
                # A document's edges of this type start at its own node (prepare refuses any other), so the
                # DETACH DELETE below removes them, found from the node by its key. The scan here tests each
                # edge against the whole list (the engine's IN is a loop): at 10^5 documents it was half of
                # replacing 1,000 documents (MENTIONS alone: 19 s).
                continue
            self._rows(f"MATCH ()-[r:{rel.name}]->() WHERE r.doc_id IN $ids DELETE r", {"ids": doc_ids})
        doc_keys = [schema.node_key("Document", doc_id) for doc_id in doc_ids]
        self._rows(nodes_by_key_statement("Document", "DETACH DELETE n"), {"keys": doc_keys})
        removed = list(doc_keys)
        # Every fact has provenance, so a node with no edge left is supported by no document.
        for label in schema.LABELS:
            if label == "Document":
                continue
            orphans = [key for key, in self._rows(
                f"MATCH (n:{label}) WHERE NOT EXISTS {{ MATCH (n)-[]-() }} RETURN n.key")]
            if orphans:
                self._rows(nodes_by_key_statement(label, "DELETE n"), {"keys": orphans})
                removed.extend(orphans)
        return removed

    # -- reading -----------------------------------------------------------------
    def run_cypher(self, text: str, params: dict[str, Any] | None = None, *, read_only: bool = True,
                   limit: int | None = None, timeout: float | None = None) -> list[dict[str, Any]]:
        """Run LadybugDB Cypher; rows come back as dicts, nodes/edges/paths in the store-neutral shapes.

        With ``read_only`` (the default) a statement is refused twice over: by a
        keyword scan outside literals (:func:`kg.stores._readonly.find_write_keyword`,
        giving a clear message) and by running it in a ``READ ONLY`` transaction,
        so the engine rejects any write the scan misses.
        """
        if read_only:
            keyword = find_write_keyword(text)
            if keyword:
                what = "several statements" if keyword == ";" else keyword
                raise ReadOnlyViolation(f"read-only query refused: it uses {what}")
        elif self.read_only:
            self._check_writable()
        with self._lock:
            if not read_only:
                self._adjacency = None  # the statement may change the graph
                self._keys_by_source = None  # and its Documents' sources
            if timeout:
                self._conn.set_query_timeout(max(1, int(timeout * 1000)))
            in_transaction = False
            try:
                if read_only:
                    self._rows("BEGIN TRANSACTION READ ONLY")
                    in_transaction = True
                result = self._execute(text, params)
                if isinstance(result, list):
                    result = result[-1]
                columns = result.get_column_names()
                raw = fetch_rows(result, limit)
                if in_transaction:
                    in_transaction = False
                    self._rows("COMMIT")
            except RuntimeError as error:
                if in_transaction:
                    try:
                        self._rows("ROLLBACK")
                    except RuntimeError:
                        pass
                message = _first_line(error)
                if message.startswith("Interrupted"):
                    raise QueryError(f"query stopped after the {timeout:g} s timeout") from None
                if "read-only" in message:
                    raise ReadOnlyViolation(f"read-only query refused: {message}") from None
                raise QueryError(f"query failed: {message}") from None
            finally:
                if timeout:
                    self._conn.set_query_timeout(0)
            converter = _ValueConverter(self)
            rows = [dict(zip(columns, row)) for row in raw]
            return converter.convert_rows(rows)

    def search(self, text: str, labels: Iterable[str] | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Nodes whose name or alias contains ``text``: exact matches first, then shorter names."""
        label_list = _checked_labels(labels)
        if label_list == []:
            return []
        with self._lock:
            hits = self._search.search(text, label_list, limit)
            found = self._nodes_by_keys([hit.key for hit in hits])
        return [found[hit.key] for hit in hits if hit.key in found]

    def _nodes_by_keys(self, keys: list[str], document_text: bool = True) -> dict[str, dict[str, Any]]:
        by_label: dict[str, list[str]] = {}
        for key in keys:
            try:
                by_label.setdefault(schema.label_of_key(key), []).append(key)
            except ValueError:
                continue  # not a key of any label: no such node
        found = {}
        for label, label_keys in by_label.items():
            if label == "Document" and not document_text:
                # Without the text column: a Document's text is most of what reading it costs (300 documents
                # of the bench store: 20 ms with it, 6 ms without).
                columns = ["key", "name", "aliases", *(p for p in schema.LABELS[label].properties if p != "text")]
                statement = nodes_by_key_statement(label, "RETURN " + ", ".join(f"n.`{c}`" for c in columns))
                for row in self._rows(statement, {"keys": label_keys}):
                    node = _node_shape({"_LABEL": label, **dict(zip(columns, row))})
                    node["properties"].pop("text", None)
                    found[node["key"]] = node
                continue
            for value, in self._rows(nodes_by_key_statement(label, "RETURN n"), {"keys": label_keys}):
                node = _node_shape(value)
                found[node["key"]] = node
        return found

    def get_nodes(self, keys: Iterable[str], document_text: bool = True) -> dict[str, dict[str, Any]]:
        """Nodes by key, one read per label (unknown keys left out)."""
        with self._lock:
            return self._nodes_by_keys(list(dict.fromkeys(keys)), document_text)

    def get_node(self, key: str) -> dict[str, Any] | None:
        try:
            label = schema.label_of_key(key)
        except ValueError:
            return None
        with self._lock:
            rows = self._rows(f"MATCH (n:{label} {{key: $key}}) RETURN n", {"key": key})
        return _node_shape(rows[0][0]) if rows else None

    def neighbours(self, key: str, rel_types: Iterable[str] | None = None,
                   labels: Iterable[str] | None = None, limit: int = 200,
                   document_text: bool = True) -> dict[str, Any]:
        """The node, up to ``limit`` neighbours (by key) and every edge joining them to it, either direction."""
        centre = self.get_node(key)
        if centre is None:
            return {"nodes": [], "edges": []}
        type_list = schema.known_rel_types(rel_types)
        label_list = schema.known_labels(labels)
        if not type_list or not label_list:
            return {"nodes": [centre], "edges": []}
        # Three small queries, not one: grouping the edges by whole neighbour nodes (a Document carries its
        # text) and returning the neighbour again on every edge row cost 4x more (37 ms against 9 ms for an
        # agency with 336 edges on the 1,000-document bench store). First the keys of the first ``limit``
        # neighbours, then the edges to them (every neighbour key up to the last one), then each node once.
        match = f"MATCH (c:{centre['label']} {{key: $key}})-[r:{'|'.join(type_list)}]-(m) WHERE label(m) IN $labels"
        with self._lock:
            keys = [k for k, in self._rows(f"{match} RETURN DISTINCT m.key AS k ORDER BY k LIMIT $limit",
                                           {"key": key, "labels": label_list, "limit": max(int(limit), 0)})]
            if not keys:
                return {"nodes": [centre], "edges": []}
            rows = self._rows(f"{match} AND m.key <= $last RETURN m.key, id(m), r "
                              f"ORDER BY m.key, label(r), r.doc_id, r.sentence_index",
                              {"key": key, "labels": label_list, "last": keys[-1]})
            found = self._nodes_by_keys([k for k in keys if k != key], document_text)
        found[key] = centre
        nodes: dict[str, dict[str, Any]] = {key: centre}
        edges = []
        for other_key, other_id, rel in rows:
            nodes.setdefault(other_key, found[other_key])
            src = _internal_id(rel["_SRC"])
            outward = src != _internal_id(other_id) or src == _internal_id(rel["_DST"])  # a loop counts as out
            source, target = (key, other_key) if outward else (other_key, key)
            edges.append(_edge_shape(rel, source, target))
        return {"nodes": list(nodes.values()), "edges": edges}

    @property
    def keeps_slow_reads(self) -> bool:
        return self._memo is not None

    def neighbour_summary(self, key: str, rel_types: Iterable[str] | None = None,
                          labels: Iterable[str] | None = None, limit: int = 1000) -> dict[str, Any]:
        """One aggregating query per direction: neighbour keys, names and edge counts, no provenance.

        A read-only store keeps the slow answers (a hub's) while it is open (:class:`ReadMemo`).
        """
        if self._memo is None:
            return self._neighbour_summary(key, rel_types, labels, limit)
        ident = ("summary", key, _tuple_or_none(rel_types), _tuple_or_none(labels), int(limit))
        return self._memo.get(ident, lambda: self._neighbour_summary(key, rel_types, labels, limit))

    def _neighbour_summary(self, key: str, rel_types: Iterable[str] | None,
                           labels: Iterable[str] | None, limit: int) -> dict[str, Any]:
        """:meth:`neighbour_summary` read from the graph.

        Reading the provenance of every edge is what made a busy entity slow (养老服务 on the
        1,000-document bench store: 63 ms for its 1,774 edges). The query names the neighbours' labels
        in its pattern only when some are asked for, and filters on ``label(m)`` only together with the types
        on a read-only store's node of few edges (:meth:`_typed_pattern`): on the 40 busiest graph-view nodes of
        that store a ``label(m) IN [every label]`` filter made it 2-4x slower.
        """
        centre = self.get_node(key)
        if centre is None:
            return {"node": None, "rows": [], "truncated": False}
        type_list = schema.known_rel_types(rel_types)
        label_list = schema.known_labels(labels)
        rows: list[dict[str, Any]] = []
        truncated = False
        if not type_list or not label_list:
            return {"node": centre, "rows": rows, "truncated": truncated}
        cap = max(int(limit), 0)
        params: dict[str, Any] = {"key": key, "limit": cap + 2}
        with self._lock:
            rel, where = self._typed_pattern(centre["label"], key, type_list, label_list, params)
        if where:  # the types (and labels) asked are filtered, not named in the pattern
            other, where = "m", "WHERE" + where[len(" AND"):]
        else:
            other = "m" if len(label_list) == len(schema.LABELS) else f"m:{':'.join(label_list)}"
        with self._lock:
            keys_first = self._busy(centre["label"], key)
        for direction, pattern in (("out", f"-[{rel}]->"), ("in", f"<-[{rel}]-")):
            match = f"MATCH (c:{centre['label']} {{key: $key}}){pattern}({other}) {where} "
            with self._lock:
                # one more than the cap says whether there were more; one more again for a loop, left out below
                if keys_first:
                    # A busy node's neighbours grouped by key alone, and only the kept ones' names read after:
                    # grouping 10^5 neighbours by key, name and aliases took ~30 % longer (a topic at 10^5
                    # documents: 690 -> 490 ms). The same rows, in the same order.
                    found = self._rows(match + "RETURN label(r), m.key AS k, count(*) AS n "
                                       "ORDER BY n DESC, k LIMIT $limit", params)
                    names = self._names_by_keys([k for _, k, _ in found])
                    found = [(t, k, *names.get(k, (None, None)), n) for t, k, n in found]
                else:
                    found = self._rows(match + "RETURN label(r), m.key AS k, m.name, m.aliases, count(*) AS n "
                                       "ORDER BY n DESC, k LIMIT $limit", params)
                found = [row for row in found if direction == "out" or row[1] != key]
            truncated = truncated or len(found) > cap
            rows += [{"type": rel_type, "direction": direction, "key": other_key,
                      "label": schema.label_of_key(other_key), "name": name, "aliases": aliases or [], "edges": n}
                     for rel_type, other_key, name, aliases, n in found[:cap]]
        rows.sort(key=lambda r: (-r["edges"], r["key"], r["type"], r["direction"]))
        return {"node": centre, "rows": rows, "truncated": truncated}

    def edges_to(self, key: str, others: Iterable[str], rel_types: Iterable[str] | None = None,
                 per_neighbour: int | None = None) -> list[dict[str, Any]]:
        """The edges joining ``key`` to ``others`` only (a page's few neighbours), in one query; a read-only
        store keeps the slow answers while it is open."""
        others = list(others)
        if self._memo is None:
            return self._edges_to(key, others, rel_types, per_neighbour)
        ident = ("edges_to", key, tuple(sorted(set(others))), _tuple_or_none(rel_types), per_neighbour)
        return self._memo.get(ident, lambda: self._edges_to(key, others, rel_types, per_neighbour))

    def _edges_to(self, key: str, others: list[str], rel_types: Iterable[str] | None,
                  per_neighbour: int | None) -> list[dict[str, Any]]:
        request = edges_to_request(key, others, rel_types)
        if request is None:
            return []
        label, wanted, type_list = request
        params = {"key": key, "others": wanted}
        with self._lock:
            rel, where = self._typed_pattern(label, key, type_list, None, params)
            rows = self._rows(f"MATCH (c:{label} {{key: $key}})-[{rel}]-(m) WHERE m.key IN $others{where} "
                              f"RETURN m.key, id(m), r", params)
        edges = []
        for other_key, other_id, rel in rows:
            src = _internal_id(rel["_SRC"])
            outward = src != _internal_id(other_id) or src == _internal_id(rel["_DST"])
            source, target = (key, other_key) if outward else (other_key, key)
            edges.append(_edge_shape(rel, source, target))
        return first_edges_per_neighbour(key, edges, per_neighbour)

    def _typed_pattern(self, label: str, key: str, type_list: list[str], label_list: list[str] | None,
                       params: dict[str, Any]) -> tuple[str, str]:
        """The relationship in a neighbourhood pattern of node ``key`` and a filter clause (`` AND …``, or "")
        that keep the types ``type_list`` (and, when filtering, the neighbours ``m`` of ``label_list``).

        Every type asked: ``r`` bare, no filter. Some: ``r:A|B`` in the pattern, as the engine plans it well
        for a busy node, unless the store is read-only and ``degree × WALK_COST_RATIO`` is below the number of
        edges of those types in the whole store: then ``r`` bare and ``label(r) IN $types`` (and
        ``label(m) IN $labels``), the same rows (:data:`WALK_COST_RATIO`). Adds ``types``/``labels`` to
        ``params`` when the filter uses them. Called under the lock.
        """
        if len(type_list) == len(schema.REL_TYPES):
            return "r", ""
        typed = f"r:{'|'.join(type_list)}", ""
        sizes = self._relationship_counts()
        if sizes is None:
            return typed
        degree = self._degree(label, key)
        if degree * WALK_COST_RATIO >= sum(sizes.get(t, 0) for t in type_list):
            return typed
        params["types"] = list(type_list)
        where = " AND label(r) IN $types"
        if label_list is not None and len(label_list) != len(schema.LABELS):
            params["labels"] = list(label_list)
            where += " AND label(m) IN $labels"
        return "r", where

    def _degree(self, label: str, key: str) -> int:
        """The node's number of edges (a count the engine answers without walking them), remembered by a
        read-only store. Called under the lock."""
        degree = self._degrees.get(key)
        if degree is None:
            degree = self._rows(f"MATCH (c:{label} {{key: $key}})-[r]-() RETURN count(*)", {"key": key})[0][0]
            if self.read_only:
                if len(self._degrees) >= 65_536:  # bounded: a page asks its node's degree twice, not the graph's
                    self._degrees.clear()
                self._degrees[key] = degree
        return degree

    def _busy(self, label: str, key: str) -> bool:
        """Whether a read-only store's neighbour summary of the node groups by key first (:data:`KEYS_FIRST_ABOVE`)."""
        return self.read_only and self._degree(label, key) > KEYS_FIRST_ABOVE

    def _names_by_keys(self, keys: list[str]) -> dict[str, tuple[Any, Any]]:
        """``{key: (name, aliases)}`` of the nodes of ``keys``, by primary-key lookups, one read per label."""
        by_label: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            by_label.setdefault(schema.label_of_key(key), []).append(key)
        found: dict[str, tuple[Any, Any]] = {}
        for label, label_keys in by_label.items():
            for key, name, aliases in self._rows(nodes_by_key_statement(label, "RETURN n.key, n.name, n.aliases"),
                                                 {"keys": label_keys}):
                found[key] = (name, aliases)
        return found

    def _relationship_counts(self) -> dict[str, int] | None:
        """Edges of each relationship type, read once by a read-only store (whose counts can't change);
        None for a writable one."""
        if not self.read_only:
            return None
        if self._rel_counts is None:
            self._rel_counts = {rel: self._rows(f"MATCH ()-[r:{rel}]->() RETURN count(r)")[0][0]
                                for rel in schema.REL_TYPES}
        return self._rel_counts

    def shortest_paths(self, source_key: str, target_key: str, max_hops: int = 6,
                       limit: int = 5) -> list[dict[str, Any]]:
        """Up to ``limit`` shortest paths, ignoring direction; paths through parallel edges count once."""
        source, target = self.get_node(source_key), self.get_node(target_key)
        if source is None or target is None:
            return []
        if source_key == target_key:
            return [{"nodes": [source], "edges": []}]
        hops = max(1, min(int(max_hops), 30))
        with self._lock:
            key_paths = shortest_key_paths(self._path_adjacency(), source_key, target_key, hops, max(int(limit), 0))
            if not key_paths:
                return []
            nodes = self._nodes_by_keys(sorted({key for path in key_paths for key in path}))
            hop_edges: dict[tuple[str, str], dict[str, Any]] = {}
            for path in key_paths:
                for pair in zip(path, path[1:]):
                    if pair not in hop_edges:
                        hop_edges[pair] = self._edge_between(*pair)
        return [{"nodes": [nodes[key] for key in path], "edges": [hop_edges[pair] for pair in zip(path, path[1:])]}
                for path in key_paths]

    def _path_adjacency(self) -> Adjacency:
        """Neighbour sets of the whole graph, built on first use and dropped by any write."""
        if self._adjacency is None:
            pairs = []
            for rel in schema.REL_TYPES:
                pairs.extend(self._rows(f"MATCH (a)-[r:{rel}]->(b) RETURN DISTINCT a.key, b.key"))
            self._adjacency = Adjacency.from_pairs(pairs)
        return self._adjacency

    def _edge_between(self, one: str, other: str) -> dict[str, Any]:
        """One edge joining two nodes, either direction; the first by type, document and sentence."""
        rows = self._rows(
            f"MATCH (a:{schema.label_of_key(one)} {{key: $one}})-[r]-(b:{schema.label_of_key(other)} {{key: $other}}) "
            f"RETURN r, id(a) ORDER BY label(r), r.doc_id, r.sentence_index LIMIT 1", {"one": one, "other": other})
        rel, a_id = rows[0]
        outward = _internal_id(rel["_SRC"]) == _internal_id(a_id)
        return _edge_shape(rel, *((one, other) if outward else (other, one)))

    def stats(self) -> dict[str, dict[str, int]]:
        with self._lock:
            nodes = {label: self._rows(f"MATCH (n:{label}) RETURN count(n)")[0][0] for label in schema.LABELS}
            rels = {rel: self._rows(f"MATCH ()-[r:{rel}]->() RETURN count(r)")[0][0] for rel in schema.REL_TYPES}
        return {"nodes": nodes, "relationships": rels}

    def iter_nodes(self, labels: Iterable[str] | None = None,
                   properties: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        chosen = _checked_labels(labels)
        for label in list(schema.LABELS) if chosen is None else chosen:
            if properties is None:
                for value, in self._iter_rows(f"MATCH (n:{label}) RETURN n ORDER BY n.key"):
                    yield _node_shape(value)
                continue
            # As iter_edges: only the asked properties leave the database (a Document's text stays there).
            kept = [prop for prop in properties if prop in schema.LABELS[label].properties]
            columns = "".join(f", n.`{prop}`" for prop in kept)
            for key, name, aliases, *values in self._iter_rows(
                    f"MATCH (n:{label}) RETURN n.key, n.name, n.aliases{columns} ORDER BY n.key"):
                props = dict.fromkeys(properties)
                props.update(zip(kept, values))
                yield {"key": key, "label": label, "name": name, "aliases": list(aliases or []), "properties": props}

    def iter_edges(self, rel_types: Iterable[str] | None = None,
                   properties: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        chosen = _checked_rel_types(rel_types)
        order = "ORDER BY r.doc_id, r.sentence_index, a.key, b.key"
        for rel in list(schema.REL_TYPES) if chosen is None else chosen:
            if properties is None:
                for source, target, value in self._iter_rows(f"MATCH (a)-[r:{rel}]->(b) RETURN a.key, b.key, r {order}"):
                    yield _edge_shape(value, source, target)
                continue
            # Only the asked properties leave the database: far less to convert than whole relationships.
            declared = schema.REL_TYPES[rel].all_properties
            kept = [prop for prop in properties if prop in declared]
            columns = "".join(f", r.`{prop}`" for prop in kept)
            for source, target, *values in self._iter_rows(f"MATCH (a)-[r:{rel}]->(b) RETURN a.key, b.key{columns} {order}"):
                props = dict.fromkeys(properties)
                props.update(zip(kept, values))
                yield {"type": rel, "source": source, "target": target, "properties": props}

    def edge_ends(self, rel_types: Iterable[str] | None = None) -> Iterator[tuple[str, str, str]]:
        # unordered: sorting 5 million edges by document (iter_edges' order) is most of a whole-graph read
        chosen = _checked_rel_types(rel_types)
        for rel in list(schema.REL_TYPES) if chosen is None else chosen:
            for source, target in self._iter_rows(f"MATCH (a)-[r:{rel}]->(b) RETURN a.key, b.key"):
                yield rel, source, target

    def _iter_rows(self, text: str, chunk: int = 20_000) -> Iterator[list[Any]]:
        """A read query's rows, converted to Python ``chunk`` at a time: a whole-store read (export, the
        analyses' snapshot) never holds every row of a type as Python objects at once, and the lock is held
        only while a chunk is converted, so other readers get in between."""
        with self._lock:
            result = self._execute(text)
        try:
            while True:
                with self._lock:
                    rows = fetch_rows(result, chunk)
                if not rows:
                    return
                yield from rows
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                with self._lock:
                    close()

    def table_labels(self) -> dict[int, str]:
        """LadybugDB's internal table ids and their names (to resolve raw relationship endpoints)."""
        if self._table_labels is None:
            self._table_labels = {row[0]: row[1] for row in self._rows("CALL show_tables() RETURN id, name")}
        return self._table_labels

    def keys_of_internal_ids(self, ids: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """Node keys for LadybugDB internal ids ``(table, offset)``."""
        by_table: dict[int, list[int]] = {}
        for table, offset in ids:
            by_table.setdefault(table, []).append(offset)
        found = {}
        with self._lock:
            for table, offsets in by_table.items():
                label = self.table_labels().get(table)
                if label not in schema.LABELS:
                    continue
                for offset, key in self._rows(f"MATCH (n:{label}) WHERE offset(id(n)) IN $offsets "
                                              f"RETURN offset(id(n)), n.key", {"offsets": offsets}):
                    found[(table, offset)] = key
        return found

    def close(self) -> None:
        with self._lock:
            if getattr(self, "_conn", None) is not None and not self.read_only and self._since_checkpoint:
                try:
                    self.checkpoint()
                except RuntimeError:
                    pass  # the log is replayed on the next open
            for closer in (getattr(self, "_search", None), getattr(self, "_conn", None), getattr(self, "_db", None)):
                if closer is not None:
                    try:
                        closer.close()
                    except Exception:
                        pass
            self._search = self._conn = self._db = None  # type: ignore[assignment]


# -- shapes ---------------------------------------------------------------------------
def _tuple_or_none(values: Iterable[str] | None) -> tuple[str, ...] | None:
    """A memo key's form of an optional list of labels or types (order kept: it is the caller's)."""
    return None if values is None else tuple(values)


def _node_shape(value: dict[str, Any]) -> dict[str, Any]:
    """A LadybugDB node value as the store-neutral node dict (only the label's own properties)."""
    label = value["_LABEL"]
    declared = schema.LABELS[label].properties
    return {
        "key": value["key"],
        "label": label,
        "name": value.get("name"),
        "aliases": list(value.get("aliases") or []),
        "properties": {prop: value.get(prop) for prop in declared},
    }


def _edge_shape(value: dict[str, Any], source: str | None, target: str | None) -> dict[str, Any]:
    rel_type = value["_LABEL"]
    declared = schema.REL_TYPES[rel_type].all_properties
    return {
        "type": rel_type,
        "source": source,
        "target": target,
        "properties": {prop: value.get(prop) for prop in declared},
    }


def _internal_id(value: dict[str, Any]) -> tuple[int, int]:
    return value["table"], value["offset"]


def _path_shape(path_nodes: list[dict], path_rels: list[dict]) -> dict[str, Any]:
    keys = {_internal_id(node["_ID"]): node["key"] for node in path_nodes}
    return {
        "nodes": [_node_shape(node) for node in path_nodes],
        "edges": [_edge_shape(rel, keys.get(_internal_id(rel["_SRC"])), keys.get(_internal_id(rel["_DST"])))
                  for rel in path_rels],
    }


class _ValueConverter:
    """Turns raw result values (nodes, relationships, recursive rels, paths) into the neutral shapes."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store
        self.keys: dict[tuple[int, int], str] = {}
        self.unresolved: set[tuple[int, int]] = set()

    def convert_rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            for value in row.values():
                self._collect(value)
        missing = self.unresolved - set(self.keys)
        if missing:
            self.keys.update(self.store.keys_of_internal_ids(missing))
        return [{column: self._convert(value) for column, value in row.items()} for row in rows]

    def _collect(self, value: Any) -> None:
        if isinstance(value, dict):
            if "_SRC" in value and "_DST" in value:
                self.unresolved.add(_internal_id(value["_SRC"]))
                self.unresolved.add(_internal_id(value["_DST"]))
            elif "_LABEL" in value and "_ID" in value and value.get("_LABEL") in schema.LABELS:
                self.keys[_internal_id(value["_ID"])] = value.get("key")
            for item in value.values():
                self._collect(item)
        elif isinstance(value, list):
            for item in value:
                self._collect(item)

    def _convert(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self._convert(item) for item in value]
        if not isinstance(value, dict):
            return value
        if "_SRC" in value and "_DST" in value and value.get("_LABEL") in schema.REL_TYPES:
            return _edge_shape(value, self.keys.get(_internal_id(value["_SRC"])),
                               self.keys.get(_internal_id(value["_DST"])))
        if "_LABEL" in value and "_ID" in value and value.get("_LABEL") in schema.LABELS:
            return _node_shape(value)
        if "_NODES" in value and "_RELS" in value:
            return {"nodes": [self._convert(n) for n in value["_NODES"]],
                    "edges": [self._convert(r) for r in value["_RELS"]]}
        return {k: self._convert(v) for k, v in value.items()}


# -- helpers --------------------------------------------------------------------------
def _stamp(document: PreparedDocument) -> tuple[str | None, str | None]:
    """``(content_hash, extractor_version)`` of a prepared document (Nones: not stamped, e.g. written by a test)."""
    row = document.nodes.get("Document", {}).get(document.key, {})
    return row.get("content_hash"), row.get("extractor_version")


_SOURCE_OF_ROW, _TARGET_OF_ROW = itemgetter(0), itemgetter(1)


def _edge_rows_by_kind(documents: list[PreparedDocument]) -> dict[EdgeKind, list[tuple]]:
    by_kind: dict[EdgeKind, list[tuple]] = {}
    for document in documents:
        for kind, rows in document.edges.items():
            by_kind.setdefault(kind, []).extend(rows)
    return by_kind


def _checked_labels(labels: Iterable[str] | None) -> list[str] | None:
    """The known labels among ``labels``, as :func:`kg.schema.known_labels` reads them (unknown ones match
    nothing, as in the Neo4j store; none given means all), but None for all so the caller can skip the filter."""
    return schema.known_labels(labels) if labels else None


def _checked_rel_types(rel_types: Iterable[str] | None) -> list[str] | None:
    """The known relationship types among ``rel_types`` (see :func:`_checked_labels`); None for all."""
    return schema.known_rel_types(rel_types) if rel_types else None


# What LadybugDB says when a read-only open finds a checkpoint that was interrupted (kill -9 of a writer)
_CHECKPOINT_PENDING = "checkpoint recovery is pending"


def _finish_interrupted_checkpoint(folder: Path, graph_path: Path) -> None:
    """Complete a checkpoint a killed writer left half done, so read-only opens work again.

    Only a writable open replays it. That needs the writer lock: when another
    process holds it (a live writer, maybe checkpointing right now) this
    raises StoreUnavailable and nothing is touched. The replay keeps every
    committed transaction; it is what the next ``kg ingest`` would do anyway.
    """
    try:
        ladybug.Database(str(graph_path), read_only=False, auto_checkpoint=False).close()
    except RuntimeError as error:
        if "lock" in str(error).lower():
            raise StoreUnavailable(f"store folder {folder} is being checkpointed by another process; "
                                   f"retry when it has finished") from None
        raise


def _open_error(folder: Path, error: RuntimeError) -> StoreUnavailable:
    message = str(error)
    if "lock" in message.lower():
        pid = re.search(r"held by PID (\d+)", message)
        holder = f" (process {pid.group(1)})" if pid else ""
        return StoreUnavailable(f"store folder {folder} is in use by another process{holder}; "
                                f"close it (e.g. a running `kg serve` or `kg ingest`) and retry")
    return StoreUnavailable(f"store folder {folder}: cannot open {GRAPH_FILE} "
                            f"(damaged, or not a civkg store): {_first_line(error)}")


__all__ = ["EmbeddedStore", "GRAPH_FILE", "SEARCH_FILE"]
