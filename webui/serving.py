"""Serving the app with waitress, in one process or in several that share one listening socket.

One Python process runs one request at a time however many threads it has
(the GIL; the embedded store also serialises its calls), so on a machine with
two cores four concurrent clients queue behind each other. With ``processes``
above 1 the parent binds the socket, forks that many children and does nothing
else: each child builds its own app (its own read-only store, name index and
path graphs), serves the shared socket with waitress, and the kernel hands each
new connection to whichever child accepts it first. LadybugDB lets any number
of processes open a store read-only while no process writes; each child
notices a committed ``kg ingest`` by itself (webui.store_access), as one
process does.

The parent restarts a child that dies (at most :data:`MAX_RESTARTS` times in a
minute) and stops them all on SIGINT or SIGTERM; each child dies with the parent
even on ``kill -9`` (kg.processes.die_with_parent). Each child keeps its
own memory, so the server's memory grows about linearly with ``processes``.

>>> check_processes(2)
2
>>> check_processes(0)
Traceback (most recent call last):
...
ValueError: --processes must be between 1 and 16, got 0
"""
from __future__ import annotations

import os
import signal
import socket
import sys
import time
from typing import Callable

from flask import Flask

# Request threads of each process; console queries run in their own processes.
THREADS = 8
MAX_PROCESSES = 16
# Children restarted per minute before the parent gives up (a child that dies at once would loop).
MAX_RESTARTS = 5


def check_processes(processes: int) -> int:
    """``processes`` if it is a usable number of server processes, else ValueError with the option's name."""
    if not 1 <= processes <= MAX_PROCESSES:
        raise ValueError(f"--processes must be between 1 and {MAX_PROCESSES}, got {processes}")
    if processes > 1 and not hasattr(os, "fork"):
        raise ValueError("--processes above 1 needs os.fork (Linux or macOS)")
    return processes


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound, listening TCP socket for ``host`` (IPv4 or IPv6 address or name)."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(1024)
    except OSError:
        sock.close()
        raise
    return sock


def serve(make_app: Callable[[], Flask], host: str, port: int, processes: int = 1, threads: int = THREADS,
          on_listening: Callable[[], None] | None = None) -> None:
    """Serve ``make_app()`` on ``host:port`` until SIGINT/SIGTERM; OSError if the address can't be bound.

    ``make_app`` is called in each serving process, after the fork, so that no
    store, thread or connection is shared between processes.
    """
    check_processes(processes)
    sock = listening_socket(host, port)
    if on_listening is not None:
        on_listening()
    if processes == 1:
        try:
            _serve_socket(make_app, sock, threads)
        finally:
            sock.close()
        return
    _supervise(make_app, sock, processes, threads)


def _serve_socket(make_app: Callable[[], Flask], sock: socket.socket, threads: int) -> None:
    import waitress

    from webui import close_app, warm_up

    app = make_app()
    warm_up(app)  # the search layer, catalogue and path graphs are read while the server starts
    try:
        waitress.serve(app, sockets=[sock], threads=threads, ident="civkg",
                       max_request_body_size=app.config["MAX_CONTENT_LENGTH"], _quiet=True)
    finally:
        close_app(app)


def _child(make_app: Callable[[], Flask], sock: socket.socket, threads: int) -> None:
    """The body of one forked serving process; never returns."""
    from kg.processes import die_with_parent

    code = 0
    try:
        die_with_parent()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        _serve_socket(make_app, sock, threads)
    except KeyboardInterrupt:
        pass
    except BaseException as error:  # noqa: BLE001 - report and let the parent decide
        print(f"kg serve: server process {os.getpid()} stopped: {error}", file=sys.stderr)
        code = 1
    finally:
        sys.stderr.flush()
        os._exit(code)


def _supervise(make_app: Callable[[], Flask], sock: socket.socket, processes: int, threads: int) -> None:
    """Fork ``processes`` children on ``sock``, restart those that die, stop them all on SIGINT/SIGTERM."""
    children: set[int] = set()
    stopping = False

    def fork_one() -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(make_app, sock, threads)
        children.add(pid)

    def stop(signum: int, _frame) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    restarts: list[float] = []
    try:
        for _ in range(processes):
            fork_one()
        while children:
            try:
                pid, status = os.wait()
            except ChildProcessError:
                break
            except InterruptedError:
                continue
            if pid not in children:
                continue  # not one of ours
            children.discard(pid)
            if stopping:
                continue
            now = time.monotonic()
            restarts = [t for t in restarts if now - t < 60] + [now]
            if len(restarts) > MAX_RESTARTS:
                print(f"kg serve: server processes keep dying (last exit status {status}); stopping",
                      file=sys.stderr)
                stop(signal.SIGTERM, None)
                continue
            print(f"kg serve: server process {pid} ended (status {status}); starting another", file=sys.stderr)
            fork_one()
    finally:
        stop(signal.SIGTERM, None)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sock.close()
