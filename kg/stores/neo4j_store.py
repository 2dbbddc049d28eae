"""civkg's production store: Neo4j through the official ``neo4j`` driver.

Every label, relationship type and property name used here comes from
:mod:`kg.schema`; none comes from user input. Writes are batched
``UNWIND $rows ... MERGE/CREATE`` statements, one per label and one per
(relationship type, source label, target label), inside managed write
transactions. Reads use READ access-mode transactions, so the server itself
refuses any write sent through :meth:`Neo4jStore.run_cypher`.

>>> store = Neo4jStore("bolt://127.0.0.1:7687", "neo4j", "secret")   # doctest: +SKIP
>>> store.ensure_schema()                                           # doctest: +SKIP
>>> store.search("民政局", labels=["Agency"])[0]["name"]               # doctest: +SKIP
'营口市民政局'
"""
from __future__ import annotations

import re
import threading
import time
from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

import neo4j
from neo4j import GraphDatabase, unit_of_work
from neo4j import exceptions as neo4j_errors

from kg import schema
from kg.errors import (ConsoleBusy, QueryError, QueryLimitExceeded, ReadOnlyViolation, StoreAuthError, StoreConnectionLost,
                       StoreUnavailable)
from kg.model import Fragment, Node
from kg.stores._readonly import find_write_keyword
from kg.stores.base import (Store, WriteSummary, edges_to_request, first_edges_per_neighbour, merged_value, merged_value_cypher,
                            without_document_text)

FULLTEXT_INDEX = "civkg_name_search"
# Lucene's CJK analyzer indexes overlapping character bigrams, so a phrase query
# of the search text's bigrams finds Chinese substrings such as 民政局 in
# 营口市民政局. One-character searches have no bigram and fall back to CONTAINS.
FULLTEXT_ANALYZER = "cjk"

# A document batch is one transaction; it stays small enough that a failure
# costs little to retry document by document.
BATCH_ROWS = 50_000
BATCH_DOCUMENTS = 500

DEFAULT_READ_LIMIT = 10_000
# Transaction metadata of every console query: SHOW TRANSACTIONS YIELD transactionId, metaData
# finds them, TERMINATE TRANSACTIONS stops them.
CONSOLE_METADATA = {"app": "civkg-console"}
CONSOLE_BUSY_WAIT = 2.0
CONSOLE_GRACE = 3.0
_CONSOLE_SLOT = threading.BoundedSemaphore(1)
# Plan operators of administration commands (SHOW TRANSACTIONS, TERMINATE TRANSACTIONS, ...).
_COMMAND_OPERATORS = ("Show", "Terminate", "Alter", "Create", "Drop", "Grant", "Deny", "Revoke",
                      "Start", "Stop", "Enable", "Rename", "Merge", "Set", "Delete", "Remove", "Foreach", "LoadCSV")
DEFAULT_READ_TIMEOUT = 30.0

_NODE_BASE = ("key", "name", "aliases")


def _index_name(*parts: str) -> str:
    return "civkg_" + "_".join(p.lower() for p in parts)


class Neo4jStore(Store):
    """A :class:`kg.stores.base.Store` on a Neo4j 5 server.

    Parameters
    ----------
    uri : str
        ``bolt://host:port`` or ``neo4j://host:port``.
    user, password : str
        Credentials; a refusal raises :class:`kg.errors.StoreAuthError`.
    database : str, optional
        The database to use; the server's default when None.
    retry_seconds : float
        How long the driver retries a transaction on transient failures
        (server restarting, connection dropped) before giving up.
    """

    dialect = "neo4j"

    def __init__(self, uri: str, user: str = "neo4j", password: str = "", database: str | None = None,
                 *, retry_seconds: float = 10.0) -> None:
        self.uri = uri
        self.database = database or None
        self._schema_ready = False
        try:
            self._driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=10, notifications_min_severity="OFF",
                                                max_transaction_retry_time=retry_seconds)
            self._driver.verify_connectivity()
        except neo4j_errors.AuthError:
            self._close_quietly()
            raise StoreAuthError(f"Neo4j at {uri} refused user {user!r}: wrong user name or password") from None
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError) as error:
            self._close_quietly()
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {_reason(error)} (is the server running?)") from None
        except neo4j_errors.ClientError as error:
            self._close_quietly()
            if error.code == "Neo.ClientError.Security.AuthenticationRateLimit":
                raise StoreAuthError(f"Neo4j at {uri} refused user {user!r}: too many wrong passwords in a row, "
                                     f"wait a few seconds") from None
            raise StoreUnavailable(f"Neo4j at {uri} refused the connection: {_message(error)}") from None
        except (ValueError, neo4j_errors.ConfigurationError) as error:
            self._close_quietly()
            raise StoreUnavailable(f"not a usable Neo4j URI {uri!r}: {_first_line(error)}") from None

    def _close_quietly(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            try:
                driver.close()
            except Exception:  # noqa: BLE001 - closing a broken driver must not hide the real error
                pass

    def close(self) -> None:
        self._close_quietly()

    def _session(self, access_mode: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=access_mode)

    def _guard(self, work: Callable[[], Any]) -> Any:
        """Run ``work`` and turn driver errors into civkg's one-line errors."""
        try:
            return work()
        except neo4j_errors.AuthError as error:
            raise StoreAuthError(f"Neo4j at {self.uri} refused the credentials: {_message(error)}") from None
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired,
                neo4j_errors.IncompleteCommit, ConnectionError) as error:
            raise StoreConnectionLost(f"lost the connection to Neo4j at {self.uri}: {_first_line(error)}") from None

    # -- schema ------------------------------------------------------------------
    def schema_statements(self) -> list[str]:
        """The constraint and index statements :meth:`ensure_schema` runs, derived from kg.schema."""
        statements = []
        for label in schema.LABELS:
            statements.append(f"CREATE CONSTRAINT {_index_name(label, 'key')} IF NOT EXISTS "
                              f"FOR (n:{label}) REQUIRE n.{schema.LABELS[label].key} IS UNIQUE")
            statements.append(f"CREATE INDEX {_index_name(label, 'name')} IF NOT EXISTS FOR (n:{label}) ON (n.name)")
        statements.append(f"CREATE INDEX {_index_name('Document', 'source')} IF NOT EXISTS "
                          f"FOR (n:Document) ON (n.source)")
        for rel_type in schema.REL_TYPES:
            # Removing a document finds its edges by doc_id.
            statements.append(f"CREATE INDEX {_index_name(rel_type, 'doc_id')} IF NOT EXISTS "
                              f"FOR ()-[r:{rel_type}]-() ON (r.doc_id)")
        labels = "|".join(schema.LABELS)
        fields = ", ".join(f"n.{prop}" for prop in schema.SEARCH_PROPERTIES)
        statements.append(f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{labels}) ON EACH [{fields}] "
                          f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{FULLTEXT_ANALYZER}'}}}}")
        return statements

    def ensure_schema(self) -> None:
        """Create the constraints and indexes (idempotent) and wait until they are online.

        A name-search index left by an older civkg with other labels,
        properties or analyzer is dropped and rebuilt.
        """
        def work() -> None:
            stale = self._driver.execute_query(
                "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name "
                "RETURN labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer",
                name=FULLTEXT_INDEX, database_=self.database).records
            wanted = (sorted(schema.LABELS), sorted(schema.SEARCH_PROPERTIES), FULLTEXT_ANALYZER)
            if stale and (sorted(stale[0]["labels"]), sorted(stale[0]["properties"]), stale[0]["analyzer"]) != wanted:
                self._driver.execute_query(f"DROP INDEX {FULLTEXT_INDEX}", database_=self.database)
            for statement in self.schema_statements():
                self._driver.execute_query(statement, database_=self.database)
            self._driver.execute_query("CALL db.awaitIndexes(300)", database_=self.database)
        self._guard(work)
        self._schema_ready = True

    # -- writing -----------------------------------------------------------------
    def write_fragments(self, fragments: Iterable[Fragment]) -> WriteSummary:
        """Write fragments in batched transactions; see :meth:`kg.stores.base.Store.write_fragments`.

        Documents are grouped into transactions of up to ``BATCH_DOCUMENTS``
        documents / ``BATCH_ROWS`` rows. If a batch fails for a reason other
        than the connection, its documents are retried one per transaction so
        one bad document fails alone and is reported in ``summary.failed``.

        Transactions run one at a time, in order, on a writer thread, so the
        next batch's rows are built (and ``fragments`` is consumed) while the
        server executes and commits the previous one.
        """
        started = time.perf_counter()
        if not self._schema_ready:
            # MERGE on key needs the uniqueness constraints to be fast (and safe).
            self.ensure_schema()
        summary = WriteSummary()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="civkg-neo4j-writer") as writer:
            pending: Future | None = None
            for batch in _batches(fragments):
                # Reloading unchanged documents should cost one lookup, not row building.
                prepared = _PreparedBatch.try_of(batch) if self._any_new(batch) else None
                if pending is not None:
                    pending.result()
                pending = writer.submit(self._write_batch, batch, summary, prepared)
            if pending is not None:
                pending.result()
        summary.seconds = time.perf_counter() - started
        return summary

    def document_stamps(self) -> dict[str, tuple[str | None, str | None]]:
        """See :meth:`kg.stores.base.Store.document_stamps`."""
        records = self._guard(lambda: self._driver.execute_query(
            "MATCH (d:Document) WHERE d.source IS NOT NULL "
            "RETURN d.source AS source, d.content_hash AS content, d.extractor_version AS version",
            database_=self.database, routing_=neo4j.RoutingControl.READ).records)
        return {r["source"]: (r["content"], r["version"]) for r in records}

    def _any_new(self, batch: list[Fragment]) -> bool:
        """Whether some document of the batch is not stored yet (a hint; the transaction checks again)."""
        keys = list(dict.fromkeys(fragment.document.key for fragment in batch))
        records = self._guard(lambda: self._driver.execute_query(
            "UNWIND $keys AS k MATCH (d:Document {key: k}) RETURN count(d) AS stored",
            keys=keys, database_=self.database, routing_=neo4j.RoutingControl.READ).records)
        return records[0]["stored"] < len(keys)

    def _write_batch(self, batch: list[Fragment], summary: WriteSummary,
                     prepared: _PreparedBatch | None = None) -> None:
        try:
            self._guard(lambda: self._write_in_one_transaction(batch, summary, prepared))
            return
        except StoreConnectionLost:
            raise
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, ValueError, TypeError) as error:
            if len(batch) == 1:
                fragment = batch[0]
                summary.failed.append((fragment.document.properties.get("source") or fragment.doc_id,
                                       _first_line(error)))
                return
        for fragment in batch:
            self._write_batch([fragment], summary)

    def _write_in_one_transaction(self, batch: list[Fragment], summary: WriteSummary,
                                  prepared: _PreparedBatch | None = None) -> None:
        outcome: dict[str, int] = {}

        def work(tx: neo4j.ManagedTransaction) -> None:
            outcome.clear()
            outcome.update(_write_fragments_tx(tx, batch, prepared))

        with self._session() as session:
            session.execute_write(work)
        summary.documents += outcome["documents"]
        summary.unchanged += outcome["unchanged"]
        summary.replaced += outcome["replaced"]
        summary.nodes += outcome["nodes"]
        summary.edges += outcome["edges"]

    def remove_document(self, doc_id: str) -> bool:
        """Remove a document, its edges, and entities left without any relationship."""
        def work(tx: neo4j.ManagedTransaction) -> bool:
            return _remove_documents_tx(tx, [doc_id]) > 0

        def run() -> bool:
            with self._session() as session:
                return session.execute_write(work)
        return self._guard(run)

    # -- reading -----------------------------------------------------------------
    def run_cypher(self, text: str, params: dict[str, Any] | None = None, *, read_only: bool = True,
                   limit: int | None = None, timeout: float | None = None) -> list[dict[str, Any]]:
        """Run Cypher and return rows as plain dicts (nodes, edges and paths in civkg's shapes).

        With ``read_only`` (the default) the statement runs in a READ
        access-mode transaction with a row limit (default 10,000) and a
        timeout (default 30 s); a write raises :class:`kg.errors.ReadOnlyViolation`.
        """
        if read_only:
            keyword = find_write_keyword(text)
            if keyword is not None:
                raise ReadOnlyViolation(f"read-only query refused: it contains {keyword}; "
                                        f"only reading Cypher is allowed here")
            limit = DEFAULT_READ_LIMIT if limit is None else limit
            timeout = DEFAULT_READ_TIMEOUT if timeout is None else timeout

        @unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(text, params or {})
            records = []
            for record in result:
                if limit is not None and len(records) >= limit:
                    break
                records.append(record)
            result.consume()
            keys = _endpoint_keys(tx, records)
            return [{k: _plain(v, keys) for k, v in record.items()} for record in records]

        def run() -> list[dict[str, Any]]:
            mode = neo4j.READ_ACCESS if read_only else neo4j.WRITE_ACCESS
            with self._session(mode) as session:
                return session.execute_read(work) if read_only else session.execute_write(work)

        try:
            return self._guard(run)
        except neo4j_errors.ClientError as error:
            if error.code == "Neo.ClientError.Statement.AccessMode":
                raise ReadOnlyViolation("read-only query refused: the server rejected a write "
                                        "in a read-only transaction") from None
            if "TimedOut" in (error.code or "") or "Timeout" in (error.code or ""):
                raise QueryError(f"query stopped after {timeout:g} s (timeout)") from None
            raise QueryError(f"Neo4j rejected the query: {_message(error)}") from None
        except neo4j_errors.Neo4jError as error:
            raise QueryError(f"Neo4j could not run the query: {_message(error)}") from None

    def run_console(self, text: str, params: dict[str, Any] | None = None, *, limit: int,
                    timeout: float) -> list[dict[str, Any]]:
        """Run a console query: classified by ``EXPLAIN`` first, then in a READ transaction tagged
        ``{"app": "civkg-console"}`` with a server-side time-out, never retried.

        The plan must be a read (query type ``r``), call only the console's
        procedures and hold no command operator (``SHOW ...``, ``TERMINATE ...``),
        else :class:`kg.errors.ReadOnlyViolation`. The tag lets an operator find
        console queries with ``SHOW TRANSACTIONS YIELD metaData`` and stop them.
        """
        from kg.stores.console_guard import ALLOWED_PROCEDURES

        # One console query at a time per server process, so a heavy one leaves the other core
        # to everyone else; the next waits briefly, then hears that the console is busy.
        if not _CONSOLE_SLOT.acquire(timeout=CONSOLE_BUSY_WAIT):
            raise ConsoleBusy("the console is busy with another query; try again in a few seconds")
        # The query runs on its own thread, which frees the slot when Neo4j is done with it. The
        # request waits at most the time-out plus a grace period: Community edition checks a
        # transaction's time-out only between steps, so it may finish well after it.
        outcome: Future = Future()

        def work() -> None:
            try:
                outcome.set_result(self._run_console(text, params, limit, timeout, ALLOWED_PROCEDURES["neo4j"]))
            except BaseException as error:  # noqa: BLE001 - handed to the waiting request
                outcome.set_exception(error)
            finally:
                _CONSOLE_SLOT.release()

        threading.Thread(target=work, name="civkg-console", daemon=True).start()
        try:
            return outcome.result(timeout=timeout + CONSOLE_GRACE)
        except TimeoutError:
            raise QueryLimitExceeded(f"query stopped: no answer within the {timeout:g} s limit; the server ends "
                                     f"it at its next check, and the console stays busy until then") from None

    def _run_console(self, text: str, params: dict[str, Any] | None, limit: int, timeout: float,
                     procedures: frozenset[str]) -> list[dict[str, Any]]:
        def run() -> list[dict[str, Any]]:
            with self._session(neo4j.READ_ACCESS) as session:
                plan = session.run("EXPLAIN " + text, params or {}).consume()
                _check_console_plan(plan.query_type, plan.plan, procedures)
                with session.begin_transaction(timeout=timeout, metadata=CONSOLE_METADATA) as tx:
                    result = tx.run(text, params or {})
                    records = []
                    for record in result:
                        if len(records) >= limit:
                            break
                        records.append(record)
                    keys = _endpoint_keys(tx, records)
                    rows = [{k: _plain(v, keys) for k, v in record.items()} for record in records]
                    tx.rollback()
                    return rows

        try:
            return self._guard(run)
        except neo4j_errors.ClientError as error:
            code = error.code or ""
            if code == "Neo.ClientError.Statement.AccessMode":
                raise ReadOnlyViolation("the console is read-only: the server rejected a write") from None
            if "Terminated" in code or "TimedOut" in code or "Timeout" in code:
                raise QueryLimitExceeded(f"query stopped: it ran longer than the {timeout:g} s limit") from None
            raise QueryError(f"Neo4j rejected the query: {_message(error)}") from None
        except neo4j_errors.TransientError as error:
            if "OutOfMemory" in (error.code or "") or "MemoryPool" in (error.code or ""):
                raise QueryLimitExceeded(f"query stopped: it needed more memory than the server allows a "
                                         f"transaction ({_message(error)})") from None
            raise QueryError(f"Neo4j could not run the query: {_message(error)}") from None
        except neo4j_errors.Neo4jError as error:
            raise QueryError(f"Neo4j could not run the query: {_message(error)}") from None

    def _read(self, text: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Internal reads: Cypher written here, no row limit."""
        return self.run_cypher(text, params, read_only=True, limit=None, timeout=None)

    def search(self, text: str, labels: Iterable[str] | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Nodes whose name or an alias contains ``text``, best first (the embedded store's order).

        Best means: exact name, exact alias, name starting with the text, name
        containing it, alias containing it; then shorter names, then by name.
        The text is searched as typed and, when it differs, converted from
        traditional to simplified script (conversion can alter an
        already-simplified word: 显著 -> 显着, so both forms are tried).
        """
        typed = (text or "").strip()
        if not typed:
            return []
        best: dict[str, tuple[tuple, dict[str, Any]]] = {}
        for needle in dict.fromkeys([typed, _to_simplified(typed)]):
            for rank, node in self._search_substring(needle, labels, limit):
                if node["key"] not in best or rank < best[node["key"]][0]:
                    best[node["key"]] = (rank, node)
        return [node for _, node in sorted(best.values(), key=lambda item: item[0])][:limit]

    def _search_substring(self, needle: str, labels: Iterable[str] | None,
                          limit: int) -> list[tuple[tuple, dict[str, Any]]]:
        """The ``limit`` best ``(rank, node)`` pairs for one form of the search text."""
        wanted = schema.known_labels(labels)
        if not wanted:
            return []
        label_filter = "any(l IN labels(n) WHERE l IN $labels)"
        match_filter = ("(n.name CONTAINS $needle OR "
                        "any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $needle))")
        ranked = ("WITH n, CASE WHEN n.name = $needle THEN 0 WHEN $needle IN coalesce(n.aliases, []) THEN 1 "
                  "WHEN n.name STARTS WITH $needle THEN 2 WHEN n.name CONTAINS $needle THEN 3 ELSE 4 END AS tier "
                  "RETURN n, tier ORDER BY tier, size(n.name), n.name, n.key LIMIT $limit")
        if len(needle) >= 2:
            # The full-text index narrows the candidates; CONTAINS keeps only true substrings.
            rows = self._read(
                f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $phrase, {{limit: 10000}}) YIELD node AS n "
                f"WITH n WHERE {label_filter} AND {match_filter} {ranked}",
                {"phrase": _lucene_phrase(needle), "needle": needle, "labels": wanted, "limit": limit})
        else:
            # One character has no bigram in the index: scan names label by label.
            branches = " UNION ".join(f"MATCH (n:{label}) WHERE {match_filter} RETURN n" for label in wanted)
            rows = self._read(f"CALL () {{ {branches} }} {ranked}", {"needle": needle, "limit": limit})
        # the key breaks ties between nodes of one name (a Program and the Concept it instantiates), as in the embedded index
        return [((row["tier"], len(row["n"]["name"] or ""), row["n"]["name"] or "", row["n"]["key"]), row["n"]) for row in rows]

    def get_node(self, key: str) -> dict[str, Any] | None:
        try:
            label = schema.label_of_key(key)
        except ValueError:
            return None
        rows = self._read(f"MATCH (n:{label} {{key: $key}}) RETURN n", {"key": key})
        return rows[0]["n"] if rows else None

    def get_nodes(self, keys: Iterable[str], document_text: bool = True) -> dict[str, dict[str, Any]]:
        """Nodes by key, one read per label (unknown keys left out)."""
        by_label: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            try:
                by_label.setdefault(schema.label_of_key(key), []).append(key)
            except ValueError:
                continue
        found = {}
        for label, label_keys in by_label.items():
            for row in self._read(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n", {"keys": label_keys}):
                found[row["n"]["key"]] = row["n"] if document_text else without_document_text(row["n"])
        return found

    def neighbours(self, key: str, rel_types: Iterable[str] | None = None,
                   labels: Iterable[str] | None = None, limit: int = 200,
                   document_text: bool = True) -> dict[str, Any]:
        """The node, up to ``limit`` neighbours and the edges joining them to it."""
        centre = self.get_node(key)
        if centre is None:
            return {"nodes": [], "edges": []}
        label = centre["label"]
        types = schema.known_rel_types(rel_types)
        other_labels = schema.known_labels(labels)
        if not types or not other_labels:
            return {"nodes": [centre], "edges": []}
        rel_pattern = "|".join(types)
        rows = self._read(
            f"MATCH (c:{label} {{key: $key}})-[r:{rel_pattern}]-(m) "
            f"WHERE any(l IN labels(m) WHERE l IN $labels) "
            f"WITH m, collect(r) AS rels ORDER BY m.key LIMIT $limit "
            f"UNWIND rels AS r RETURN m, r ORDER BY m.key, type(r), r.doc_id, r.sentence_index",
            {"key": key, "labels": other_labels, "limit": int(limit)})
        nodes = {centre["key"]: centre}
        edges = []
        for row in rows:
            nodes.setdefault(row["m"]["key"], row["m"] if document_text else without_document_text(row["m"]))
            edges.append(row["r"])
        return {"nodes": list(nodes.values()), "edges": edges}

    def neighbour_summary(self, key: str, rel_types: Iterable[str] | None = None,
                          labels: Iterable[str] | None = None, limit: int = 1000) -> dict[str, Any]:
        """One aggregating query per direction: neighbour keys, names and edge counts, no provenance."""
        centre = self.get_node(key)
        if centre is None:
            return {"node": None, "rows": [], "truncated": False}
        types = schema.known_rel_types(rel_types)
        other_labels = schema.known_labels(labels)
        rows: list[dict[str, Any]] = []
        truncated = False
        if not types or not other_labels:
            return {"node": centre, "rows": rows, "truncated": truncated}
        cap = max(int(limit), 0)
        for direction, pattern, loops in (("out", "-[r:{}]->", ""), ("in", "<-[r:{}]-", " AND m.key <> $key")):
            found = self._read(
                f"MATCH (c:{centre['label']} {{key: $key}}){pattern.format('|'.join(types))}(m) "
                f"WHERE any(l IN labels(m) WHERE l IN $labels){loops} "
                f"RETURN type(r) AS type, m.key AS key, head([l IN labels(m) WHERE l IN $all]) AS label, "
                f"m.name AS name, coalesce(m.aliases, []) AS aliases, count(r) AS edges "
                f"ORDER BY edges DESC, key LIMIT $limit",
                {"key": key, "labels": other_labels, "all": list(schema.LABELS), "limit": cap + 1})
            truncated = truncated or len(found) > cap
            rows += [{**row, "direction": direction} for row in found[:cap]]
        rows.sort(key=lambda r: (-r["edges"], r["key"], r["type"], r["direction"]))
        return {"node": centre, "rows": rows, "truncated": truncated}

    def edges_to(self, key: str, others: Iterable[str], rel_types: Iterable[str] | None = None,
                 per_neighbour: int | None = None) -> list[dict[str, Any]]:
        """The edges joining ``key`` to ``others`` only (a page's few neighbours), in one query."""
        request = edges_to_request(key, others, rel_types)
        if request is None:
            return []
        label, wanted, types = request
        rows = self._read(f"MATCH (c:{label} {{key: $key}})-[r:{'|'.join(types)}]-(m) WHERE m.key IN $others RETURN r",
                          {"key": key, "others": wanted})
        return first_edges_per_neighbour(key, [row["r"] for row in rows], per_neighbour)

    def shortest_paths(self, source_key: str, target_key: str, max_hops: int = 6,
                       limit: int = 5) -> list[dict[str, Any]]:
        """All shortest undirected paths (up to ``limit``) of at most ``max_hops`` hops."""
        try:
            source_label, target_label = schema.label_of_key(source_key), schema.label_of_key(target_key)
        except ValueError:
            return []
        if source_key == target_key:
            node = self.get_node(source_key)
            return [{"nodes": [node], "edges": []}] if node else []
        hops = max(1, int(max_hops))
        rows = self._read(
            f"MATCH (a:{source_label} {{key: $source}}), (b:{target_label} {{key: $target}}) "
            f"MATCH p = allShortestPaths((a)-[*..{hops}]-(b)) RETURN p LIMIT $cap",
            {"source": source_key, "target": target_key, "cap": max(int(limit), 1) * 50})
        paths, seen = [], set()
        for row in rows:
            # Parallel edges (one per sentence) give the same node sequence; it counts once.
            signature = tuple(node["key"] for node in row["p"]["nodes"])
            if signature not in seen:
                seen.add(signature)
                paths.append(row["p"])
        paths.sort(key=lambda p: [n["key"] for n in p["nodes"]])
        return paths[:limit]

    def stats(self) -> dict[str, dict[str, int]]:
        """Node counts per schema label and relationship counts per schema type (zeros included)."""
        nodes = {label: self._read(f"MATCH (n:{label}) RETURN count(n) AS c")[0]["c"] for label in schema.LABELS}
        rels = {rel: self._read(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS c")[0]["c"] for rel in schema.REL_TYPES}
        return {"nodes": nodes, "relationships": rels}

    def iter_nodes(self, labels: Iterable[str] | None = None,
                   properties: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        for label in schema.known_labels(labels):
            if properties is None:
                yield from self._stream(f"MATCH (n:{label}) RETURN n ORDER BY n.key", "n")
                continue
            # Projected in the query: only the asked properties leave the server (a Document's text stays).
            fields = "".join(f", `p{i}`: n.`{prop}`" for i, prop in enumerate(properties))
            for row in self._stream(f"MATCH (n:{label}) RETURN {{key: n.key, name: n.name, aliases: n.aliases"
                                    f"{fields}}} AS row ORDER BY n.key", "row"):
                yield {"key": row["key"], "label": label, "name": row.get("name"),
                       "aliases": list(row.get("aliases") or []),
                       "properties": {prop: row.get(f"p{i}") for i, prop in enumerate(properties)}}

    def iter_edges(self, rel_types: Iterable[str] | None = None,
                   properties: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        for rel in schema.known_rel_types(rel_types):
            # Returning the endpoints too lets the driver fill in their keys.
            edges = self._stream(
                f"MATCH (a)-[r:{rel}]->(b) RETURN r, a, b ORDER BY a.key, b.key, r.doc_id, r.sentence_index", "r")
            if properties is None:
                yield from edges
                continue
            for edge in edges:  # streamed: one edge's whole property map at a time
                yield {**edge, "properties": {prop: edge["properties"].get(prop) for prop in properties}}

    def _stream(self, text: str, column: str) -> Iterator[dict[str, Any]]:
        """Yield one column of a read query's rows without holding them all in memory."""
        session = self._session(neo4j.READ_ACCESS)
        try:
            result = self._guard(lambda: session.run(text))
            while True:
                record = self._guard(lambda: next(result, None))
                if record is None:
                    break
                yield _plain(record[column])
        finally:
            session.close()


# -- transaction bodies -----------------------------------------------------------

def _batches(fragments: Iterable[Fragment]) -> Iterator[list[Fragment]]:
    """Fragments in groups of up to ``BATCH_DOCUMENTS`` documents / ``BATCH_ROWS`` rows."""
    batch: list[Fragment] = []
    rows = 0
    for fragment in fragments:
        batch.append(fragment)
        rows += 1 + len(fragment.nodes) + len(fragment.edges)
        if len(batch) >= BATCH_DOCUMENTS or rows >= BATCH_ROWS:
            yield batch
            batch, rows = [], 0
    if batch:
        yield batch


@dataclass
class _PreparedBatch:
    """A batch's statement parameters, built before its transaction starts.

    They are valid when every document of the batch turns out to be new (the
    usual case); otherwise the transaction builds rows for the new ones only.
    """

    node_rows: dict[str, list[dict[str, Any]]]
    edge_rows: dict[tuple[str, str, str], list[dict[str, Any]]]

    @classmethod
    def of(cls, batch: list[Fragment]) -> _PreparedBatch:
        return cls(_node_rows_by_label(batch), _edge_rows_by_shape(batch))

    @classmethod
    def try_of(cls, batch: list[Fragment]) -> _PreparedBatch | None:
        """The prepared batch, or None when a fragment's values are bad.

        The transaction then builds the rows itself and fails, so the batch is
        retried document by document and only the bad one is reported.
        """
        try:
            return cls.of(batch)
        except (ValueError, TypeError):
            return None


def _write_fragments_tx(tx: neo4j.ManagedTransaction, batch: list[Fragment],
                        prepared: _PreparedBatch | None = None) -> dict[str, int]:
    """Write a batch of fragments inside one transaction; return counts."""
    outcome = {"documents": 0, "unchanged": 0, "replaced": 0, "nodes": 0, "edges": 0}
    # The same document twice in one batch is written once.
    by_key: dict[str, Fragment] = {}
    for fragment in batch:
        by_key.setdefault(fragment.document.key, fragment)
    outcome["unchanged"] += len(batch) - len(by_key)

    keys = list(by_key)
    stored = {row["key"]: row["version"] for row in tx.run(
        "UNWIND $keys AS k MATCH (d:Document {key: k}) RETURN d.key AS key, d.extractor_version AS version",
        keys=keys)}
    # Same text, another extractor (kg ingest stamps the version): the stored facts may be stale.
    outdated = [key for key, fragment in by_key.items() if key in stored
                and fragment.document.properties.get("extractor_version") not in (None, stored[key])]
    new = [fragment for key, fragment in by_key.items() if key not in stored or key in outdated]
    outcome["unchanged"] += len(by_key) - len(new)
    if not new:
        return outcome
    if outdated:
        outcome["replaced"] += _remove_documents_tx(tx, [key.partition(":")[2] for key in outdated])

    sources = {f.document.properties.get("source"): f.document.key for f in new if f.document.properties.get("source")}
    if sources:
        # A changed file: same source, new id. Its old facts go before the new ones arrive.
        stale = [row["id"] for row in tx.run(
            "UNWIND $pairs AS p MATCH (d:Document {source: p.source}) WHERE d.key <> p.key "
            "RETURN DISTINCT substring(d.key, size('Document:')) AS id",
            pairs=[{"source": s, "key": k} for s, k in sources.items()])]
        if stale:
            outcome["replaced"] += _remove_documents_tx(tx, stale)

    if prepared is None or len(new) != len(batch):
        prepared = _PreparedBatch.of(new)
    for label, rows in prepared.node_rows.items():
        # The batch's documents were just proven absent, so their nodes are new.
        outcome["nodes"] += _write_nodes(tx, label, rows, all_new=label == "Document")
    for (rel_type, source_label, target_label), rows in prepared.edge_rows.items():
        summary = tx.run(_create_edges_statement(rel_type, source_label, target_label), rows=rows).consume()
        outcome["edges"] += summary.counters.relationships_created
    outcome["documents"] += len(new)
    return outcome


def _write_nodes(tx: neo4j.ManagedTransaction, label: str, rows: list[dict[str, Any]], *, all_new: bool) -> int:
    """Write one label's node rows; return how many nodes were created.

    One key lookup finds which rows are new: those are written with a plain
    ``CREATE`` (no MERGE lock-and-check per row; the uniqueness constraint
    still guards the key at commit, and a clash fails the batch, which is then
    retried document by document). Rows for stored nodes go through
    :func:`_merge_nodes` only when they would change something, so shared
    nodes (topics, programs) are not rewritten by every batch.
    """
    if all_new:
        fresh, changed = rows, []
    else:
        stored = {record["key"]: record["props"] for record in tx.run(
            f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n.key AS key, properties(n) AS props",
            keys=[row["key"] for row in rows])}
        fresh = [row for row in rows if row["key"] not in stored]
        changed = [row for row in rows if row["key"] in stored and _would_change(row, stored[row["key"]])]
    created = 0
    if fresh:
        created += tx.run(_create_nodes_statement(label), rows=fresh).consume().counters.nodes_created
    if changed:
        created += _merge_nodes(tx, label, changed)
    return created


def _would_change(row: dict[str, Any], stored: dict[str, Any]) -> bool:
    """Whether :func:`_merge_nodes` would alter a stored node: a differing known value or a new alias.

    >>> _would_change({"props": {"name": "a"}, "aliases": ["b"]}, {"name": "a", "aliases": ["b", "c"]})
    False
    >>> _would_change({"props": {"name": "a", "year": 2020}, "aliases": []}, {"name": "a", "aliases": []})
    True
    >>> _would_change({"props": {"name": "a", "year": 2020}, "aliases": []}, {"name": "a", "year": 2021, "aliases": []})
    False
    """
    aliases = stored.get("aliases")
    if aliases is None:
        return True
    return (any(merged_value(stored.get(prop), value) != stored.get(prop) for prop, value in row["props"].items())
            or any(alias not in aliases for alias in row["aliases"]))


def _create_nodes_statement(label: str) -> str:
    """``UNWIND … CREATE`` with every declared property spelled out (a null one is simply not stored).

    A literal property map lets the CREATE set all properties at once, where
    ``SET n = map`` first creates the node bare and then sets them one by one.
    """
    declared = [prop for prop in schema.LABELS[label].all_properties if prop not in ("key", "aliases")]
    fields = ", ".join(["key: row.key", "aliases: row.aliases"] + [f"{prop}: row.props.{prop}" for prop in declared])
    return f"UNWIND $rows AS row CREATE (n:{label} {{{fields}}})"


def _create_edges_statement(rel_type: str, source_label: str, target_label: str) -> str:
    """``UNWIND … MATCH … MATCH … CREATE`` for one (type, source label, target label) shape.

    Both ends are found by label and key, i.e. through the uniqueness index.
    """
    fields = ", ".join(f"{prop}: row.props.{prop}" for prop in schema.REL_TYPES[rel_type].all_properties)
    return (f"UNWIND $rows AS row "
            f"MATCH (a:{source_label} {{key: row.source}}) MATCH (b:{target_label} {{key: row.target}}) "
            f"CREATE (a)-[:{rel_type} {{{fields}}}]->(b)")


def _merge_nodes(tx: neo4j.ManagedTransaction, label: str, rows: list[dict[str, Any]]) -> int:
    """MERGE nodes on key. Each property takes :func:`merged_value` of stored and new; aliases accumulate.

    These are the embedded store's rules too, so both stores hold the same
    properties after the same sequence of loads.
    """
    declared = [prop for prop in schema.LABELS[label].all_properties if prop not in ("key", "aliases")]
    merges = "".join(f"n.{prop} = {merged_value_cypher(f'n.{prop}', f'row.props.{prop}')}, " for prop in declared)
    summary = tx.run(
        f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}) "
        f"SET {merges}n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | "
        f"CASE WHEN a IN acc THEN acc ELSE acc + a END)", rows=rows).consume()
    return summary.counters.nodes_created


def _node_rows_by_label(fragments: list[Fragment]) -> dict[str, list[dict[str, Any]]]:
    """One row per node key per batch, in first-seen order, merged by the same rules as :func:`_merge_nodes`."""
    merged: dict[str, Node] = {}
    props: dict[str, dict[str, Any]] = {}
    aliases: dict[str, list[str]] = {}
    for fragment in fragments:
        for node in fragment.all_nodes():
            row = _typed(node.row(), schema.LABELS[node.label].properties)
            row.pop("key", None)
            row.pop("aliases", None)
            if node.key not in props:
                merged[node.key] = node
                props[node.key] = row
                aliases[node.key] = []
            else:
                kept = props[node.key]
                for prop, value in row.items():
                    kept[prop] = merged_value(kept.get(prop), value)
            seen = aliases[node.key]
            seen.extend(a for a in dict.fromkeys(node.aliases) if a not in seen)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for key, node in merged.items():
        grouped[node.label].append({"key": key, "props": props[key], "aliases": aliases[key]})
    return grouped


def _edge_rows_by_shape(fragments: list[Fragment]) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for fragment in fragments:
        for edge in fragment.unique_edges():
            row = edge.row()
            source, target = row.pop("source"), row.pop("target")
            shape = (edge.type, schema.label_of_key(source), schema.label_of_key(target))
            grouped[shape].append({"source": source, "target": target,
                                   "props": _typed(row, schema.REL_TYPES[edge.type].all_properties)})
    return grouped


def _typed(row: dict[str, Any], declared: dict[str, str]) -> dict[str, Any]:
    """Known values coerced to their declared schema types (740 -> 740.0 for a DOUBLE), unknown ones dropped.

    Neo4j keeps whatever Python type arrives; coercing here makes its answers
    identical to the typed LadybugDB tables.

    >>> _typed({"value": 740, "year": "2020", "unit": None}, {"value": "DOUBLE", "year": "INT64", "unit": "STRING"})
    {'value': 740.0, 'year': 2020}
    """
    casts: dict[str, Callable[[Any], Any]] = {
        schema.FLOAT: float, schema.INT: int, schema.STRING: str,
        schema.STRING_LIST: lambda items: [str(item) for item in items],
    }
    out = {}
    for prop, value in row.items():
        if value is None:
            continue
        cast = casts.get(declared.get(prop, ""))
        out[prop] = cast(value) if cast else value
    return out


def _remove_documents_tx(tx: neo4j.ManagedTransaction, doc_ids: list[str]) -> int:
    """Delete documents, every edge they support, and entities left with no relationship."""
    keys = [schema.node_key("Document", doc_id) for doc_id in doc_ids]
    found = [row["key"] for row in tx.run("UNWIND $keys AS k MATCH (d:Document {key: k}) RETURN d.key AS key",
                                          keys=keys)]
    if not found:
        return 0
    touched: set[str] = set()
    for rel_type in schema.REL_TYPES:
        for row in tx.run(f"UNWIND $ids AS id MATCH (a)-[r:{rel_type} {{doc_id: id}}]->(b) "
                          f"WITH a, b, r DELETE r RETURN a.key AS a, b.key AS b", ids=doc_ids):
            touched.update((row["a"], row["b"]))
    tx.run("UNWIND $keys AS k MATCH (d:Document {key: k}) DETACH DELETE d", keys=found).consume()
    touched.difference_update(found)
    by_label: dict[str, list[str]] = defaultdict(list)
    for key in touched:
        by_label[schema.label_of_key(key)].append(key)
    for label, label_keys in by_label.items():
        tx.run(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) WHERE NOT (n)--() DELETE n",
               keys=label_keys).consume()
    return len(found)


# -- value conversion -------------------------------------------------------------

def _node_dict(node: neo4j.graph.Node) -> dict[str, Any]:
    """A driver node in civkg's node shape: every property the label declares, None when unknown."""
    label = next((lab for lab in node.labels if lab in schema.LABELS), next(iter(node.labels), ""))
    declared = schema.LABELS[label].properties if label in schema.LABELS else {}
    return {
        "key": node.get("key"),
        "label": label,
        "name": node.get("name"),
        "aliases": list(node.get("aliases") or []),
        "properties": {prop: node.get(prop) for prop in declared},
    }


def _endpoint_keys(tx: neo4j.ManagedTransaction, records: list[neo4j.Record]) -> dict[str, str]:
    """Keys of relationship endpoints the result did not return as nodes (``RETURN r`` alone)."""
    missing: set[str] = set()

    def visit(value: Any) -> None:
        if isinstance(value, neo4j.graph.Relationship):
            for node in (value.start_node, value.end_node):
                if node is not None and node.get("key") is None:
                    missing.add(node.element_id)
        elif isinstance(value, (list, tuple)):
            for item in value:
                visit(item)
        elif isinstance(value, dict):
            for item in value.values():
                visit(item)

    for record in records:
        visit(list(record.values()))
    if not missing:
        return {}
    return {row["id"]: row["key"] for row in tx.run(
        "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS id, n.key AS key", ids=sorted(missing))}


def _edge_dict(rel: neo4j.graph.Relationship, keys: dict[str, str] | None = None) -> dict[str, Any]:
    """A driver relationship in civkg's edge shape (source/target are node keys)."""
    declared = schema.REL_TYPES[rel.type].all_properties if rel.type in schema.REL_TYPES else {}
    properties = {prop: rel.get(prop) for prop in declared}
    return {
        "type": rel.type,
        "source": _endpoint_key(rel.start_node, keys),
        "target": _endpoint_key(rel.end_node, keys),
        "properties": properties,
    }


def _endpoint_key(node: neo4j.graph.Node | None, keys: dict[str, str] | None) -> str | None:
    if node is None:
        return None
    key = node.get("key")
    if key is None and keys:
        key = keys.get(node.element_id)
    return key


def _plain(value: Any, keys: dict[str, str] | None = None) -> Any:
    """Driver values as plain Python: nodes, edges and paths in civkg's shapes."""
    if isinstance(value, neo4j.graph.Node):
        return _node_dict(value)
    if isinstance(value, neo4j.graph.Relationship):
        return _edge_dict(value, keys)
    if isinstance(value, neo4j.graph.Path):
        return {"nodes": [_node_dict(n) for n in value.nodes],
                "edges": [_edge_dict(r, keys) for r in value.relationships]}
    if isinstance(value, (list, tuple)):
        return [_plain(v, keys) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v, keys) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time Date/DateTime
        return value.iso_format()
    return value


# -- small helpers ----------------------------------------------------------------

_LUCENE_SPECIAL = set('+-&|!(){}[]^"~*?:\\/')


def _lucene_phrase(text: str) -> str:
    """A Lucene phrase query for ``text`` with its special characters escaped."""
    return '"' + "".join("\\" + ch if ch in _LUCENE_SPECIAL else ch for ch in text) + '"'


_converter = None


def _to_simplified(text: str) -> str:
    """Traditional Chinese to simplified, only when the text changes under conversion."""
    global _converter
    if not text or text.isascii():
        return text
    try:
        if _converter is None:
            from opencc_pyo3 import OpenCC

            _converter = OpenCC("t2s")
        return _converter.convert(text)
    except Exception:  # noqa: BLE001 - search still works on the text as typed
        return text


def _check_console_plan(query_type: str | None, plan: dict[str, Any] | None, procedures: frozenset[str]) -> None:
    """Refuse a plan that is not a plain read: Neo4j's own classification of the query.

    >>> plan = {"operatorType": "ProduceResults@neo4j", "args": {}, "children": [
    ...     {"operatorType": "ProcedureCall@neo4j", "args": {"Details": "db.labels() :: (label :: STRING)"}}]}
    >>> _check_console_plan("r", plan, frozenset({"db.labels"}))
    >>> _check_console_plan("r", {"operatorType": "ShowTransactions@neo4j", "args": {}}, frozenset())
    Traceback (most recent call last):
    ...
    kg.errors.ReadOnlyViolation: the console is read-only: the server plans this as a command (ShowTransactions)
    >>> _check_console_plan("s", None, frozenset())
    Traceback (most recent call last):
    ...
    kg.errors.ReadOnlyViolation: the console is read-only: the server classifies this query as 's', not a read
    """
    if query_type != "r":
        raise ReadOnlyViolation(f"the console is read-only: the server classifies this query as {query_type!r}, not a read")
    stack = [plan] if plan else []
    while stack:
        operator = stack.pop()
        name = str(operator.get("operatorType", "")).split("@")[0]
        if name.startswith(_COMMAND_OPERATORS):
            raise ReadOnlyViolation(f"the console is read-only: the server plans this as a command ({name})")
        if name == "ProcedureCall":
            called = str(operator.get("args", {}).get("Details", "")).split("(")[0].strip().lower()
            if called not in procedures:
                raise ReadOnlyViolation(f"the console is read-only: procedure {called} is not allowed")
        stack.extend(operator.get("children", []))


def _message(error: neo4j_errors.Neo4jError) -> str:
    return _first_line(getattr(error, "message", None) or error)


def _reason(error: object) -> str:
    """The driver's innermost reason (``[Errno 111] Connection refused``), else its first line."""
    text = str(error)
    match = re.search(r"\(reason ([^)]*)\)", text)
    return match.group(1) if match else _first_line(error)


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
