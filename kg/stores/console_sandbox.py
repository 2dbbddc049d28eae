"""Console queries on the embedded store, each in its own single-use, resource-limited process.

LadybugDB runs in the server's process, so a console query that crashes the
engine (``CALL read_csv_serial(...)`` segfaults it), grows without bound
(``RETURN size(range(1, 1000000000))``), or changes a connection setting
(``CALL threads=1``) would take the server, or every later request, with it.
So each console query runs in a worker process of its own, which answers that
one query and exits: nothing a query does reaches the next one.

Starting a Python process, importing the engine and opening the store takes
seconds on a busy machine, so that work is done ahead of the queries. A
:class:`WorkerPool` per store folder keeps :data:`READY_WORKERS` workers that
have already opened the store read-only and wait for their query. They are
forked from a fork server that imported the engine once
(:mod:`kg.stores._console_forkserver`), so a new one costs a fork and a store
open, and a replacement is started in the background as soon as one is taken.
A waiting worker whose store has changed since it opened (the store's
``generation`` token differs: ``kg ingest`` committed) is discarded unused,
so no query reads a stale snapshot.

When its query arrives the worker, before it reads it:

- caps its address space at what it has mapped plus :data:`MEMORY_LIMIT_MB`
  (``RLIMIT_AS``); its engine's buffer pool is :data:`BUFFER_POOL_MB` and it has one thread;
- caps its CPU time (``RLIMIT_CPU``: what it has used so far plus the time-out)
  and arms an alarm for the wall time, so it dies on its own even if the server is gone;
- may not write a file (``RLIMIT_FSIZE`` 0) and runs at a lower priority (nice).

The server waits at most the wall time (plus :data:`ANSWER_MARGIN_SECONDS`),
kills the worker if needed, and turns every outcome into rows or one clear
error. At most :data:`MAX_WORKERS` queries run at once and :data:`MAX_QUEUED`
more wait (up to :data:`BUSY_WAIT_SECONDS`); any further one is told at once
that the console is busy. Workers, and the fork server, die with the server
(``PR_SET_PDEATHSIG``).

A worker speaks JSON over a pipe: ``{"ready": generation}`` (or ``{"error": ...}``
when the store can't be opened) once it is ready, then one request object in
and one ``{"rows": [...]}`` or ``{"error": "...", "kind": "..."}`` out.
"""
from __future__ import annotations

import json
import logging
import math
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from kg.errors import (ConsoleBusy, EngineCrashed, QueryError, QueryLimitExceeded, ReadOnlyViolation,
                       StoreUnavailable)

MEMORY_LIMIT_MB = 512
BUFFER_POOL_MB = 256
MAX_WORKERS = 2
# Console requests that may wait for a worker, and for how long. Waiting requests hold server
# threads (waitress has 8), so only a few may queue; the rest hear at once that the console is busy.
MAX_QUEUED = 2
BUSY_WAIT_SECONDS = 10.0
# Largest JSON answer a worker may send back (rows are also capped by the row limit).
MAX_OUTPUT_BYTES = 16 << 20
# Workers that have opened the store and wait for a query, per store folder. Two serve the two
# queries that may run at once; one more covers the next query while a replacement opens the store.
READY_WORKERS = 3
# Seconds a request waits for a worker to start and open the store when none is ready.
START_SECONDS = 15.0
# Seconds the server waits for an answer beyond the query's time-out before it kills the worker
# (the worker's own alarm fires one second after the time-out).
ANSWER_MARGIN_SECONDS = 3.0

_slots = threading.BoundedSemaphore(MAX_WORKERS)
_queue_lock = threading.Lock()
_queued = 0  # requests running or waiting for a worker
_pools: dict[str, "WorkerPool"] = {}
_pools_lock = threading.Lock()


def run_sandboxed(folder: str | Path, text: str, params: dict[str, Any] | None, *, limit: int,
                  timeout: float) -> list[dict[str, Any]]:
    """Run a read-only console query on the embedded store in ``folder`` in a sandboxed worker.

    Returns at most ``limit + 1`` rows as JSON-ready dicts (so the caller can
    tell the result was cut). Raises :class:`ReadOnlyViolation` for a write,
    :class:`QueryError` for a query the engine rejects, :class:`QueryLimitExceeded`
    when a limit is hit, :class:`EngineCrashed` when the worker dies, and
    :class:`ConsoleBusy` when the workers and the short queue are full.
    """
    global _queued
    with _queue_lock:
        if _queued >= MAX_WORKERS + MAX_QUEUED:
            raise ConsoleBusy(f"the console is busy ({MAX_WORKERS} queries running, {MAX_QUEUED} waiting); "
                              f"try again in a few seconds")
        _queued += 1
    try:
        if not _slots.acquire(timeout=BUSY_WAIT_SECONDS):
            raise ConsoleBusy(f"the console is busy ({MAX_WORKERS} queries running); try again in a few seconds")
        try:
            request = json.dumps({"query": text, "params": params or {}, "limit": limit + 1, "timeout": timeout},
                                 ensure_ascii=False).encode("utf-8")
            return pool_for(folder).take().answer(request, timeout)
        finally:
            _slots.release()
    finally:
        with _queue_lock:
            _queued -= 1


def pool_for(folder: str | Path) -> "WorkerPool":
    """The worker pool of the store in ``folder`` (started on first use, then kept full in the background)."""
    key = str(Path(folder).resolve())
    with _pools_lock:
        pool = _pools.get(key)
        if pool is None:
            pool = _pools[key] = WorkerPool(key)
        return pool


def close_pools() -> None:
    """Stop every pool's workers (the server is shutting down; tests)."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close()


def _context() -> multiprocessing.context.BaseContext:
    """A fork server that imported the engine once, never a plain fork of the server.

    The server runs request threads and LadybugDB's own threads: a child forked
    from it can inherit a held lock and hang. The fork server is a clean process.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.stores._console_forkserver"])
    return context


class _Worker:
    """One pre-started worker process: ready (or failed to open the store), used once, then gone."""

    def __init__(self, folder: str) -> None:
        context = _context()
        self.connection, child_end = context.Pipe(duplex=True)
        self.process = context.Process(target=_worker_main, args=(child_end, folder), daemon=True,
                                          name="civkg-console-worker")
        self.process.start()
        child_end.close()
        self.started = time.monotonic()
        self.generation: str | None = None  # known once ready
        self.failure: str | None = None  # why it could not open the store
        self.pool: WorkerPool | None = None  # the pool that handed it out, told when it is spent

    def read_ready(self) -> bool:
        """Take in the worker's ready (or failed) message; False when it died before sending one."""
        try:
            message = json.loads(self.connection.recv_bytes().decode("utf-8"))
        except (EOFError, OSError, ValueError):
            self.failure = "the console worker died while opening the store"
            return False
        if "ready" in message:
            self.generation = message["ready"]
        else:
            self.failure = message.get("error") or "the console worker could not open the store"
        return True

    def answer(self, request: bytes, timeout: float) -> list[dict[str, Any]]:
        """Send the query, wait for its rows; the worker is gone afterwards whatever happened."""
        if self.failure is not None:
            self.discard()
            raise StoreUnavailable(self.failure)
        try:
            self.connection.send_bytes(request)
            if not self.connection.poll(timeout + ANSWER_MARGIN_SECONDS):
                self.discard()
                raise QueryLimitExceeded(f"query stopped: it ran longer than the {timeout:g} s limit")
            out = self.connection.recv_bytes(MAX_OUTPUT_BYTES + 4096)
        except (EOFError, OSError):
            out = None
        if out is None:
            self.process.join(2)
            self.discard()
            raise _death_error(self.process.exitcode, timeout)
        _spent(self)
        answer = json.loads(out.decode("utf-8"))
        if "error" in answer:
            raise _ERRORS.get(answer.get("kind"), QueryError)(answer["error"])
        return answer["rows"]

    def discard(self) -> None:
        """Kill the worker (if it still runs) and let it be reaped."""
        if self.process.is_alive():
            self.process.kill()
        _spent(self)


def _death_error(code: int | None, timeout: float) -> QueryError:
    """The error for a worker that died without an answer, from its exit code."""
    if code is not None and code < 0:
        if -code in (signal.SIGXCPU, signal.SIGKILL, signal.SIGALRM):
            return QueryLimitExceeded(f"query stopped: it used more than the {timeout:g} s time limit")
        if -code == signal.SIGXFSZ:
            return ReadOnlyViolation("the console is read-only: the query tried to write a file")
        name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
        return EngineCrashed(f"the query crashed the database engine ({name}); only its sandbox "
                             f"process died, the server is unaffected")
    return EngineCrashed(f"the console worker failed (exit code {code})")


_spent_workers: deque[_Worker] = deque()  # answered or killed, waiting to be reaped
_spent_lock = threading.Lock()


def _spent(worker: _Worker) -> None:
    worker.connection.close()
    with _spent_lock:
        _spent_workers.append(worker)
    if worker.pool is not None:
        worker.pool.wake()


def _reap_spent() -> None:
    """Collect the exit status of workers that are done (they exit right after answering)."""
    with _spent_lock:
        workers = list(_spent_workers)
        _spent_workers.clear()
    for worker in workers:
        worker.process.join(0)  # never blocks: one still exiting is collected next time
        if worker.process.exitcode is None and time.monotonic() - worker.started > START_SECONDS + 60:
            worker.process.kill()  # answered long ago and still there: it won't exit on its own
        if worker.process.exitcode is None:
            with _spent_lock:
                _spent_workers.append(worker)  # try again next time
        else:
            worker.process.close()


class WorkerPool:
    """Workers for one store folder that have opened it and wait for one query each.

    A background thread keeps :data:`READY_WORKERS` of them; :meth:`take`
    hands out one whose store is still current, and discards stale ones.
    """

    def __init__(self, folder: str, size: int = READY_WORKERS) -> None:
        self.folder = folder
        self.size = size
        self._ready: deque[_Worker] = deque()
        self._changed = threading.Condition()
        self._closed = False
        self._filler = threading.Thread(target=self._keep_full, daemon=True, name="civkg-console-pool")
        self._filler.start()

    def take(self) -> _Worker:
        """A ready worker whose store is current; waits for one (up to :data:`START_SECONDS`) if none is."""
        from kg.stores.embedded import store_generation

        deadline = time.monotonic() + START_SECONDS
        with self._changed:
            while True:
                current = None
                while self._ready:
                    worker = self._ready.popleft()
                    if len(self._ready) < MAX_WORKERS:
                        # Too few left for the next queries: start a replacement now. Otherwise it
                        # starts once this query is answered, so its start-up doesn't compete with it.
                        self._changed.notify_all()
                    if worker.failure is None:
                        if not worker.process.is_alive():
                            worker.discard()
                            continue
                        current = store_generation(self.folder) if current is None else current
                        if worker.generation != current:
                            worker.discard()  # opened before the last ingest: it would read stale data
                            continue
                    worker.pool = self
                    return worker
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise ConsoleBusy(f"the console is busy: no sandbox worker was ready within "
                                      f"{START_SECONDS:g} s; try again in a few seconds")
                self._changed.wait(left)

    def wake(self) -> None:
        """Have the filler reap spent workers and start replacements."""
        with self._changed:
            self._changed.notify_all()

    def _keep_full(self) -> None:
        starting: list[_Worker] = []
        while not self._closed:
            try:
                self._fill_round(starting)
            except Exception:  # noqa: BLE001 - the filler must outlive any one failed start
                logging.getLogger(__name__).exception("console worker pool: a round of starting workers failed")
                time.sleep(1.0)
        for worker in starting:
            worker.discard()

    def _fill_round(self, starting: list["_Worker"]) -> None:
        """Start the workers the pool lacks and wait (a while) for those starting to be ready."""
        with self._changed:
            while not self._closed and not starting and len(self._ready) >= self.size:
                self._changed.wait(1.0 if _spent_workers else 5.0)
                _reap_spent()
            if self._closed:
                return
            need = self.size - len(self._ready) - len(starting)
        _reap_spent()
        for _ in range(max(0, need)):
            starting.append(_Worker(self.folder))  # e.g. out of processes: raises, retried next round
        if not starting:
            return
        done = multiprocessing.connection.wait([w.connection for w in starting], timeout=START_SECONDS)
        for worker in [w for w in starting if w.connection in done]:
            starting.remove(worker)
            worker.read_ready()
            with self._changed:
                self._ready.append(worker)
                self._changed.notify_all()
            if worker.failure is not None:
                time.sleep(0.2)  # a store that can't be opened: don't spin
        for worker in [w for w in starting if time.monotonic() - w.started > START_SECONDS]:
            starting.remove(worker)
            worker.discard()

    def close(self) -> None:
        with self._changed:
            self._closed = True
            ready = list(self._ready)
            self._ready.clear()
            self._changed.notify_all()
        for worker in ready:
            worker.discard()
        self._filler.join(START_SECONDS)
        _reap_spent()


_ERRORS: dict[str, type[QueryError]] = {"read_only": ReadOnlyViolation, "limit": QueryLimitExceeded,
                                        "query": QueryError}


# -- the worker side ---------------------------------------------------------------------------
def _json_ready(value: Any) -> Any:
    """Values JSON can carry: NaN and infinities become null, unknown types their string form.

    >>> _json_ready({"a": [1.5, float("nan")], "b": (float("inf"),)})
    {'a': [1.5, None], 'b': [None]}
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_json_ready(v) for v in value]
    isoformat = getattr(value, "isoformat", None)
    return isoformat() if callable(isoformat) else str(value)


def _mapped_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _open_store(folder: str):
    """The store read-only, without its search index (the console never searches), one engine thread."""
    from kg.stores.embedded import GRAPH_FILE, EmbeddedStore

    graph = Path(folder) / GRAPH_FILE
    # The engine reserves address space for the whole database up front; keep that reservation
    # near the file's size so the address-space limit leaves room only for the query.
    size = graph.stat().st_size if graph.is_file() else sum(p.stat().st_size for p in graph.rglob("*") if p.is_file())
    reserve = 1 << max(32, (2 * size + 1).bit_length())
    return EmbeddedStore(folder, read_only=True, buffer_pool_bytes=BUFFER_POOL_MB << 20, max_threads=1,
                         max_db_size=reserve, search_index=False)


def _limit_self(timeout: float) -> None:
    import resource

    memory = _mapped_bytes() + (MEMORY_LIMIT_MB << 20)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu = math.ceil(used.ru_utime + used.ru_stime + max(1.0, timeout))  # opening the store counts too
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    signal.alarm(max(1, math.ceil(timeout)) + 1)  # wall time, even if the server is gone
    # Only the query runs at a lower priority: a worker niced while it opens the store starves
    # on a busy machine (workers took over 15 s to start at load 14), and requests wait for it.
    os.nice(10)


def _worker_main(connection, folder: str) -> None:
    """One worker's life: open the store, say ready, answer one query, exit."""
    from kg.processes import die_with_parent

    die_with_parent()
    try:
        store = _open_store(folder)
    except Exception as error:  # noqa: BLE001 - one line back to the server
        text = str(error).strip()
        connection.send_bytes(json.dumps({"error": text.splitlines()[0][:300] if text else type(error).__name__},
                                         ensure_ascii=False).encode("utf-8"))
        os._exit(0)
    try:  # the engine's first query in a process costs tens of ms more (a 1 ms query took 68); pay it here
        store.run_cypher("MATCH (d:Document) RETURN d.key AS key", {}, read_only=True, limit=1, timeout=5)
    except Exception:  # noqa: BLE001 - only a warm-up; the real query reports its own errors
        pass
    connection.send_bytes(json.dumps({"ready": store.opened_generation}).encode("utf-8"))
    try:
        request = json.loads(connection.recv_bytes().decode("utf-8"))
    except (EOFError, OSError):
        os._exit(0)  # discarded unused (stale, or the server is stopping)
    connection.send_bytes(_answer(store, request).encode("utf-8"))
    os._exit(0)  # skip the engine's teardown: nothing to save in a read-only worker


def _answer(store, request: dict[str, Any]) -> str:
    """The JSON answer to one request: rows, or an error with its kind."""
    timeout = float(request["timeout"])
    try:
        _limit_self(timeout)
        rows = store.run_cypher(request["query"], request["params"], read_only=True, limit=int(request["limit"]),
                                timeout=timeout)
        answer = json.dumps({"rows": _json_ready(rows)}, ensure_ascii=False, allow_nan=False)
        if len(answer) > MAX_OUTPUT_BYTES:
            answer = json.dumps({"error": f"the answer is larger than {MAX_OUTPUT_BYTES >> 20} MB; "
                                          f"return fewer or smaller values", "kind": "limit"})
    except ReadOnlyViolation as error:
        answer = json.dumps({"error": str(error), "kind": "read_only"}, ensure_ascii=False)
    except MemoryError:
        answer = json.dumps({"error": f"query stopped: it needed more than {MEMORY_LIMIT_MB} MB", "kind": "limit"})
    except QueryError as error:
        message = str(error)
        if "bad_alloc" in message or "buffer pool is full" in message or "Mmap" in message:
            answer = json.dumps({"error": f"query stopped: it needed more than the console's memory "
                                          f"({MEMORY_LIMIT_MB} MB)", "kind": "limit"})
        elif "timeout" in message:
            answer = json.dumps({"error": message, "kind": "limit"}, ensure_ascii=False)
        else:
            answer = json.dumps({"error": message, "kind": "query"}, ensure_ascii=False)
    except Exception as error:  # noqa: BLE001 - one line back to the server, never a traceback
        text = str(error).strip()
        answer = json.dumps({"error": f"query failed: {text.splitlines()[0][:300] if text else type(error).__name__}",
                             "kind": "query"}, ensure_ascii=False)
    return answer
