"""``kg serve --processes N``: N real server processes share one port, and none outlives ``kg serve``.

Real subprocesses on a real embedded store (the five seed documents). Ingest-while-serving with two
processes is tested in test_store_freshness.py.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def _get(url: str) -> tuple[int, dict]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, json.loads(response.read())


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("serving") / "store"
    done = subprocess.run([*KG, "ingest", str(CORPUS / "seeds"), "--store", str(store), "--quiet"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return store


def _serve(store: Path, port: int, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([*KG, "serve", "--store", str(store), "--port", str(port), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


@contextmanager
def _two_processes(store: Path) -> Iterator[tuple[subprocess.Popen, str, int]]:
    """``kg serve --processes 2`` on a free port: (the process, its base URL, the port); killed if still running."""
    port = _free_port()
    server = _serve(store, port, "--processes", "2")
    try:
        yield server, f"http://127.0.0.1:{port}", port
    finally:
        if server.poll() is None:
            server.kill()


def _wait_healthy(base: str, server: subprocess.Popen) -> None:
    def healthy() -> bool:
        assert server.poll() is None, server.stderr.read() if server.stderr else ""
        try:
            return _get(base + "/api/health")[0] == 200
        except OSError:
            return False

    assert _wait_until(healthy, 60)


def test_processes_out_of_range_is_one_line_and_exit_2(seeds_store):
    done = subprocess.run([*KG, "serve", "--store", str(seeds_store), "--port", str(_free_port()),
                           "--processes", "0"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["kg serve: --processes must be between 1 and 16, got 0"]


def test_two_processes_share_the_port_answer_and_stop_together(seeds_store):
    with _two_processes(seeds_store) as (server, base, port):
        _wait_healthy(base, server)
        workers = _children(server.pid)
        assert len(workers) == 2, workers  # two serving processes under kg serve
        url = base + "/api/search?q=" + urllib.parse.quote("民政局")
        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(lambda _: _get(url), range(24)))
        assert {status for status, _ in answers} == {200}
        assert len({json.dumps(body, sort_keys=True) for _, body in answers}) == 1  # the same data everywhere
        # a second kg serve on the same port is refused with one line
        taken = subprocess.run([*KG, "serve", "--store", str(seeds_store), "--port", str(port), "--processes", "2"],
                               capture_output=True, text=True, timeout=60)
        assert taken.returncode == 1 and "cannot listen" in taken.stderr
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
        assert _wait_until(lambda: not any(_alive(pid) for pid in workers), 10), "server processes outlived kg serve"


def test_a_dead_server_process_is_replaced_and_kill_9_of_kg_serve_leaves_none(seeds_store):
    with _two_processes(seeds_store) as (server, base, _):
        _wait_healthy(base, server)
        first = _children(server.pid)
        victim = min(first)
        os.kill(victim, signal.SIGKILL)
        assert _wait_until(lambda: len(_children(server.pid) - {victim}) == 2, 30), "no replacement was started"
        _wait_healthy(base, server)
        workers = _children(server.pid)
        descendants = set(workers)
        for pid in workers:
            descendants |= _children(pid)  # console sandbox workers, if started
        os.kill(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
        assert _wait_until(lambda: not any(_alive(pid) for pid in descendants), 10), "processes outlived kill -9"
