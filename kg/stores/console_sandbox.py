"""Console queries on the embedded store, each in its own short-lived, resource-limited process.

LadybugDB runs in the server's process, so a console query that crashes the
engine (``CALL read_csv_serial(...)`` segfaults it), grows without bound
(``RETURN size(range(1, 1000000000))``), or changes a connection setting
(``CALL threads=1``) would take the server, or every later request, with it.
So each console query runs in a fresh worker process (``python -m
kg.stores.console_sandbox``) that opens the store read-only, then before it
reads the query:

- caps its address space at what it has mapped plus :data:`MEMORY_LIMIT_MB`
  (``RLIMIT_AS``), its engine's buffer pool at :data:`BUFFER_POOL_MB` and its
  threads at one;
- caps its CPU time (``RLIMIT_CPU``) and arms an alarm for the wall time, so it
  dies on its own even if the server is gone;
- may not write a file (``RLIMIT_FSIZE`` 0) and runs at a lower priority (nice).

The server waits at most the wall time, kills the worker's process group if
needed, and turns every outcome into rows or one clear error. At most
:data:`MAX_WORKERS` run at once and :data:`MAX_QUEUED` more wait (up to
:data:`BUSY_WAIT_SECONDS`); any further one is told at once that the console is busy. Nothing a query does outlives its worker.

The worker speaks JSON over stdin/stdout: one request object in, one
``{"rows": [...]}`` or ``{"error": "...", "kind": "..."}`` out.
"""
from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from kg.errors import ConsoleBusy, EngineCrashed, QueryError, QueryLimitExceeded, ReadOnlyViolation

MEMORY_LIMIT_MB = 512
BUFFER_POOL_MB = 256
MAX_WORKERS = 2
# Console requests that may wait for a worker, and for how long. Waiting requests hold server
# threads (waitress has 8), so only a few may queue; the rest hear at once that the console is busy.
MAX_QUEUED = 2
BUSY_WAIT_SECONDS = 10.0
# Largest JSON answer a worker may send back (rows are also capped by the row limit).
MAX_OUTPUT_BYTES = 16 << 20
# Seconds a worker may take to start and open the store, on top of the query's own time.
START_SECONDS = 5.0

_slots = threading.BoundedSemaphore(MAX_WORKERS)
_queue_lock = threading.Lock()
_queued = 0  # requests running or waiting for a worker


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
            return _run_worker(str(folder), text, params or {}, limit, timeout)
        finally:
            _slots.release()
    finally:
        with _queue_lock:
            _queued -= 1


def _run_worker(folder: str, text: str, params: dict[str, Any], limit: int, timeout: float) -> list[dict[str, Any]]:
    request = json.dumps({"folder": folder, "query": text, "params": params, "limit": limit + 1,
                          "timeout": timeout}, ensure_ascii=False)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[2]),
                                                      env.get("PYTHONPATH", "")]))
    worker = subprocess.Popen([sys.executable, "-m", "kg.stores.console_sandbox"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = worker.communicate(request.encode("utf-8"), timeout=timeout + START_SECONDS)
    except subprocess.TimeoutExpired:
        _kill(worker)
        raise QueryLimitExceeded(f"query stopped: it ran longer than the {timeout:g} s limit") from None
    finally:
        _kill(worker)
    code = worker.returncode
    if code < 0:
        if -code in (signal.SIGXCPU, signal.SIGKILL, signal.SIGALRM):
            raise QueryLimitExceeded(f"query stopped: it used more than the {timeout:g} s time limit")
        if -code == signal.SIGXFSZ:
            raise ReadOnlyViolation("the console is read-only: the query tried to write a file")
        name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
        raise EngineCrashed(f"the query crashed the database engine ({name}); only its sandbox "
                                   f"process died, the server is unaffected")
    try:
        answer = json.loads(out.decode("utf-8"))
    except ValueError:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise EngineCrashed(f"the console worker failed: {tail[0][:300]}") from None
    if "error" in answer:
        raise _ERRORS.get(answer.get("kind"), QueryError)(answer["error"])
    return answer["rows"]


def _kill(worker: subprocess.Popen) -> None:
    if worker.poll() is None:
        try:
            os.killpg(worker.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        worker.wait()


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
    """The store read-only, without its search index (the console never searches)."""
    import ladybug

    from kg.stores.embedded import GRAPH_FILE, EmbeddedStore

    graph = Path(folder) / GRAPH_FILE
    # The engine reserves address space for the whole database up front; keep that reservation
    # near the file's size so the address-space limit below leaves room only for the query.
    size = graph.stat().st_size if graph.is_file() else sum(p.stat().st_size for p in graph.rglob("*") if p.is_file())
    reserve = 1 << max(32, (2 * size + 1).bit_length())
    store = EmbeddedStore.__new__(EmbeddedStore)
    store.folder, store.read_only, store.batch_size = Path(folder), True, 1
    store._lock, store._table_labels, store._adjacency = threading.RLock(), None, None
    store._db = ladybug.Database(str(graph), read_only=True, auto_checkpoint=False,
                                 buffer_pool_size=BUFFER_POOL_MB << 20, max_num_threads=1, max_db_size=reserve)
    store._conn = ladybug.Connection(store._db)
    return store


def _limit_self(timeout: float) -> None:
    import resource

    memory = _mapped_bytes() + (MEMORY_LIMIT_MB << 20)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = max(1, math.ceil(timeout))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    signal.alarm(max(1, math.ceil(timeout)) + 1)  # wall time, even if the server is gone
    os.nice(10)


def _worker_main() -> int:
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    timeout = float(request["timeout"])
    try:
        store = _open_store(request["folder"])
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
        answer = json.dumps({"error": f"query failed: {str(error).strip().splitlines()[0][:300] if str(error).strip() else type(error).__name__}",
                             "kind": "query"}, ensure_ascii=False)
    sys.stdout.write(answer)
    sys.stdout.flush()
    os._exit(0)  # skip the engine's teardown: nothing to save in a read-only worker


if __name__ == "__main__":
    sys.exit(_worker_main())
