"""The embedded writer's glibc settings and trimmed checkpoints (kg.stores._native_memory) change memory, not output.

Real documents: the five seeds of the shared corpus.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import kg.stores._native_memory as native_memory
import kg.stores.embedded as embedded
from kg.commands.ingest import ingest
from kg.stores.embedded import EmbeddedStore

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"

# Run in a fresh process, so no earlier test has set the allocator: the seeds written with the glibc
# settings and the checkpoint trimming turned off, every node and edge printed as JSON.
PLAIN_WRITER = """
import contextlib, json, sys
import kg.stores.embedded as embedded
from kg.commands.ingest import ingest
from test_ingest_native_memory import facts
embedded.bound_native_heap = lambda: False
embedded.trimming = contextlib.nullcontext
with embedded.EmbeddedStore(sys.argv[1]) as store:
    ingest(store, [sys.argv[2]])
    print(json.dumps({"stats": store.stats(), "facts": facts(store)}, ensure_ascii=False, sort_keys=True))
"""


def facts(store: EmbeddedStore) -> list[list]:
    """Every node and edge with its properties and provenance, in a canonical order (aliases as a set)."""
    nodes = sorted([n["key"], n["name"], sorted(n["aliases"]), repr(sorted(n["properties"].items()))]
                   for n in store.iter_nodes())
    edges = sorted([e["type"], e["source"], e["target"], repr(sorted(e["properties"].items()))]
                   for e in store.iter_edges())
    return [nodes, edges]


def test_only_a_writer_sets_the_allocator(tmp_path, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(embedded, "bound_native_heap", lambda: calls.append(1) or True)
    EmbeddedStore(tmp_path / "store").close()
    assert calls == [1]
    EmbeddedStore(tmp_path / "store", read_only=True).close()
    assert calls == [1]


def test_the_allocator_settings_apply_on_glibc():
    if native_memory._libc() is None:  # not glibc: the settings are documented as doing nothing
        assert native_memory.bound_native_heap() is False
    else:
        assert native_memory.bound_native_heap() is True


def test_trimming_trims_while_the_block_runs_and_once_after(monkeypatch):
    trims: list[float] = []
    monkeypatch.setattr(native_memory, "give_back_freed_memory", lambda: trims.append(time.monotonic()))
    with native_memory.trimming(every=0.01):
        time.sleep(0.2)
    during = len(trims)
    assert during >= 3  # periodic, from the thread, while the block ran
    time.sleep(0.05)
    assert len(trims) == during  # the thread stopped with the block


def test_a_checkpoint_runs_with_trimming(tmp_path, monkeypatch):
    entered: list[int] = []

    class Recording(native_memory.trimming):
        def __enter__(self):
            entered.append(1)
            return super().__enter__()

    monkeypatch.setattr(embedded, "trimming", Recording)
    with EmbeddedStore(tmp_path / "store") as store:
        ingest(store, [str(SEEDS / sorted(os.listdir(SEEDS))[0])])
        store.checkpoint()
    assert entered  # the explicit checkpoint (and the one on close)


def test_bounded_heap_and_trimmed_checkpoints_write_the_same_stats_and_facts(tmp_path, monkeypatch):
    """The seeds, checkpointed and reopened after every batch with the settings, against a plain writer."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])}
    environment.pop("MALLOC_ARENA_MAX", None)
    plain = subprocess.run([sys.executable, "-c", PLAIN_WRITER, str(tmp_path / "plain"), str(SEEDS)], cwd=REPO,
                           env=environment, capture_output=True, text=True, timeout=600)
    assert plain.returncode == 0, plain.stderr[-2000:]
    expected = json.loads(plain.stdout.strip().splitlines()[-1])

    monkeypatch.setattr(embedded, "MIN_DOCUMENTS_PER_CHECKPOINT", 1)
    monkeypatch.setenv("CIVKG_INGEST_MEMORY_MB", "1")  # a checkpoint, trim and reopen after every batch
    with EmbeddedStore(tmp_path / "bounded", batch_size=2) as store:
        report = ingest(store, [str(SEEDS)], workers=2, overlap=True, batch_size=2)
        assert not report.failed and report.new == 5
        got = json.loads(json.dumps({"stats": store.stats(), "facts": facts(store)}, ensure_ascii=False,
                                    sort_keys=True))
    assert got["stats"] == expected["stats"]
    assert got["facts"] == expected["facts"]
