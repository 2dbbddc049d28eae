"""Where a request's time goes inside the server, in a ``Server-Timing`` header (``SERVER_TIMING`` on).

With the app's ``SERVER_TIMING`` config on (or, the config unset, ``CIVKG_SERVER_TIMING=1`` when the app is made), every
response carries a `Server-Timing <https://www.w3.org/TR/server-timing/>`_ header that a browser's developer
tools show beside the request and a benchmark can read::

    Server-Timing: app;dur=41.2, cpu;dur=18.9, proc-cpu;dur=25.0, gc;dur=0.0, busy;dur=1, search;dur=30.1, ...

- ``app``: wall ms from the request's first hook to its response (the view, its reads, the JSON);
- ``cpu``: CPU ms of the request's own thread over that time, so ``app - cpu`` is time it waited (for the
  interpreter's lock while another request ran, for the store's lock, for the disk);
- ``proc-cpu``: CPU ms of the whole process over that time (every thread: the store engine's own threads, other
  requests, background work), so with one request at a time ``app - proc-cpu`` is time the process waited for a core;
- ``gc``: ms the garbage collector ran in this process meanwhile (a collection stops every thread);
- ``busy``: requests already in this process when it began (``busy;dur=1``: it shared the process with one);
- one ``NAME`` and ``NAME-cpu`` pair per :func:`phase` the view went through (several times: summed).

Nothing is recorded and no hook is installed when it is off; :func:`phase` then costs one attribute read. The
record lives in the request's thread and holds a few numbers per phase name (the names are the code's own,
never the user's), so it is bounded whatever the request asks.

>>> record = RequestRecord(wall=0.0, cpu=0.0, process_cpu=0.0, gc_ms=0.0, busy=1)
>>> record.add("search", 0.0305, 0.0124); record.add("search", 0.001, 0.001)
>>> record.header(wall=0.0412, cpu=0.0189, process_cpu=0.025, gc_ms=0.0)
'app;dur=41.2, cpu;dur=18.9, proc-cpu;dur=25.0, gc;dur=0.0, busy;dur=1, search;dur=31.5, search-cpu;dur=13.4'
"""
from __future__ import annotations

import gc
import os
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

from flask import Flask, Response

_local = threading.local()
_state_lock = threading.Lock()
_in_flight = 0
# ms the collector has run in this process since the hooks were installed (summed over every thread)
_gc_ms = 0.0
_gc_started: dict[int, float] = {}


class RequestRecord:
    """One request's start (wall, thread CPU, collector ms) and its phases' summed wall and CPU seconds."""

    __slots__ = ("wall", "cpu", "process_cpu", "gc_ms", "busy", "phases")

    def __init__(self, wall: float, cpu: float, process_cpu: float, gc_ms: float, busy: int) -> None:
        self.wall, self.cpu, self.process_cpu, self.gc_ms, self.busy = wall, cpu, process_cpu, gc_ms, busy
        self.phases: dict[str, list[float]] = {}

    def add(self, name: str, wall: float, cpu: float) -> None:
        """Add ``wall`` and ``cpu`` seconds spent in phase ``name``."""
        sums = self.phases.setdefault(name, [0.0, 0.0])
        sums[0] += wall
        sums[1] += cpu

    def header(self, wall: float, cpu: float, process_cpu: float, gc_ms: float) -> str:
        """The Server-Timing value for a request that ends now (``wall``, ``cpu``: clocks now; ms rounded to .1)."""
        parts = [f"app;dur={(wall - self.wall) * 1000:.1f}", f"cpu;dur={(cpu - self.cpu) * 1000:.1f}",
                 f"proc-cpu;dur={(process_cpu - self.process_cpu) * 1000:.1f}", f"gc;dur={gc_ms - self.gc_ms:.1f}",
                 f"busy;dur={self.busy}"]
        for name, (phase_wall, phase_cpu) in self.phases.items():
            parts.append(f"{name};dur={phase_wall * 1000:.1f}")
            parts.append(f"{name}-cpu;dur={phase_cpu * 1000:.1f}")
        return ", ".join(parts)


def parse_server_timing(value: str | None) -> dict[str, float]:
    """``{"app": 41.2, ...}`` from a Server-Timing value (metrics without a ``dur`` left out); {} for None.

    >>> parse_server_timing("app;dur=41.2, busy;dur=1, cache;desc=hit")
    {'app': 41.2, 'busy': 1.0}
    >>> parse_server_timing(None)
    {}
    """
    out: dict[str, float] = {}
    for part in (value or "").split(","):
        name, _, rest = part.strip().partition(";")
        if rest.startswith("dur="):
            out[name] = float(rest[len("dur="):])
    return out


@contextmanager
def phase(name: str) -> Iterator[None]:
    """Time the block as phase ``name`` of the current request when timing is on; otherwise do nothing.

    ``name`` must be a fixed word of the code (it becomes a header metric name), never user input.

    >>> with phase("search"):
    ...     pass
    """
    record: RequestRecord | None = getattr(_local, "record", None)
    if record is None:
        yield
        return
    wall, cpu = time.perf_counter(), time.thread_time()
    try:
        yield
    finally:
        record.add(name, time.perf_counter() - wall, time.thread_time() - cpu)


def _on_gc(stage: str, info: dict[str, Any]) -> None:
    # The collector calls back in the thread that set it off, before and after; it holds every thread meanwhile.
    global _gc_ms
    ident = threading.get_ident()
    if stage == "start":
        _gc_started[ident] = time.perf_counter()
    else:
        started = _gc_started.pop(ident, None)
        if started is not None:
            _gc_ms += (time.perf_counter() - started) * 1000


def register_request_timing(app: Flask) -> None:
    """Install the Server-Timing hooks when ``app.config["SERVER_TIMING"]`` is on; otherwise install nothing."""
    enabled = app.config.get("SERVER_TIMING")
    if enabled is None:  # read when the app is made, not when webui is imported
        enabled = os.environ.get("CIVKG_SERVER_TIMING", "") == "1"
    if not enabled:
        return
    if _on_gc not in gc.callbacks:
        gc.callbacks.append(_on_gc)

    @app.before_request
    def _start() -> None:
        global _in_flight
        with _state_lock:
            busy = _in_flight
            _in_flight += 1
        _local.record = RequestRecord(time.perf_counter(), time.thread_time(), time.process_time(), _gc_ms, busy)

    @app.after_request
    def _finish(response: Response) -> Response:
        record: RequestRecord | None = getattr(_local, "record", None)
        if record is not None:
            response.headers["Server-Timing"] = record.header(time.perf_counter(), time.thread_time(),
                                                              time.process_time(), _gc_ms)
        return response

    @app.teardown_request
    def _end(_exc: BaseException | None) -> None:
        global _in_flight
        if getattr(_local, "record", None) is not None:
            _local.record = None
            with _state_lock:
                _in_flight -= 1


__all__ = ["RequestRecord", "parse_server_timing", "phase", "register_request_timing"]
