"""A running ``kg serve`` serves what a ``kg ingest`` into its store committed, within seconds, never a 500.

Both are real subprocesses on a real embedded store. Before the fix the
server kept its first snapshot (5 documents here, 38 and 3,041 in the review)
and search and paths could answer 500 ("Index contains an invalid node
offset") until it was restarted.

It runs with one server process and with ``--processes 2``: each process holds its own
read-only store and caches, and each must see the ingest.
"""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]
N_SEEDS = len(list((CORPUS / "seeds").glob("*.txt")))
N_ALL = N_SEEDS + len(list((CORPUS / "dev").glob("*.txt")))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, {}


def _edge_count(entity: dict) -> int:
    return sum(len(n["edges"]) for group in entity["groups"] for n in group["neighbours"])


@pytest.mark.parametrize("processes", [1, 2])
def test_serve_sees_a_committed_ingest_within_seconds_and_never_fails(tmp_path, processes):
    store = tmp_path / "store"
    first = subprocess.run([*KG, "ingest", str(CORPUS / "seeds"), "--store", str(store), "--quiet"],
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*KG, "serve", "--store", str(store), "--port", str(port), "--processes", str(processes)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    statuses: list[tuple[str, int]] = []
    stop = threading.Event()

    def hammer() -> None:  # search, entity, paths and stats all through the ingest
        queries = ["/api/search?q=" + urllib.parse.quote("民政局"), "/api/stats",
                   "/api/entity?key=" + urllib.parse.quote("Agency:营口市民政局"),
                   "/api/paths?source=" + urllib.parse.quote("Agency:营口市民政局")
                   + "&target=" + urllib.parse.quote("Place:营口市")]
        while not stop.is_set():
            for query in queries:
                statuses.append((query, _get(base + query)[0]))
            time.sleep(0.05)

    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if _get(base + "/api/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        assert _get(base + "/api/stats")[1]["nodes"]["Document"] == N_SEEDS
        entity_url = base + "/api/entity?key=" + urllib.parse.quote("Agency:国务院")  # 2 edges after the seeds, 20 after dev
        edges_before = _edge_count(_get(entity_url)[1])
        assert _edge_count(_get(entity_url)[1]) == edges_before  # the second answer is the kept one
        worker = threading.Thread(target=hammer, daemon=True)
        worker.start()
        second = subprocess.run([*KG, "ingest", str(CORPUS / "dev"), "--store", str(store), "--quiet",
                                 "--batch-size", "16"], capture_output=True, text=True, timeout=300)
        assert second.returncode == 0, second.stderr
        committed = time.monotonic()
        documents = None
        while time.monotonic() - committed < 10:
            # every server process (each connection may reach another) answers with the new store
            documents = min(_get(base + "/api/stats")[1]["nodes"]["Document"] for _ in range(4 * processes))
            if documents == N_ALL:
                break
            time.sleep(0.2)
        seen_after = time.monotonic() - committed
        time.sleep(1.5)  # and it keeps answering
        stop.set()
        worker.join(timeout=60)
        print(f"\nserver saw {documents} documents {seen_after:.1f} s after the ingest; "
              f"{len(statuses)} requests during and after it")
        assert documents == N_ALL
        # the entity answer kept for the old store is not served for the new one
        assert _edge_count(_get(entity_url)[1]) > edges_before
        status, hits = _get(base + "/api/search?q=" + urllib.parse.quote("民政"))
        assert status == 200
        # the document list (its catalogue is kept while the store is unchanged) lists the new documents too
        assert {_get(base + "/api/documents?limit=1")[1]["total"] for _ in range(4 * processes)} == {N_ALL}
        assert len(statuses) > 10
        failures = [(query, status) for query, status in statuses if status >= 500]
        assert not failures, failures[:5]
    finally:
        stop.set()
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
