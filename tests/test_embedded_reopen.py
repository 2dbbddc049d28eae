"""The embedded writer closes and reopens its database after each periodic checkpoint (bounded ingest memory).

Real documents: the five seeds of the shared corpus.
"""
from __future__ import annotations

from pathlib import Path

import kg.stores.embedded as embedded
from kg.commands.ingest import ingest
from kg.stores.embedded import EmbeddedStore

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


def seeds_stats(folder: Path) -> dict:
    """The stats of the seeds ingested the plain way (no reopen): what every reopening writer must match."""
    with EmbeddedStore(folder) as store:
        ingest(store, [str(SEEDS)])
        return store.stats()


def facts(store: EmbeddedStore) -> tuple[list, list]:
    """Every node and edge with its properties and provenance, in a canonical order (aliases as a set)."""
    nodes = sorted((n["key"], n["name"], tuple(sorted(n["aliases"])), repr(sorted(n["properties"].items())))
                   for n in store.iter_nodes())
    edges = sorted((e["type"], e["source"], e["target"], repr(sorted(e["properties"].items())))
                   for e in store.iter_edges())
    return nodes, edges


def counted_reopens(monkeypatch) -> list:
    """A list that gains an item each time a writer closes and reopens its database."""
    reopened: list = []
    original = EmbeddedStore._reopen
    monkeypatch.setattr(EmbeddedStore, "_reopen", lambda self: (reopened.append(1), original(self)))
    return reopened


def test_reopening_after_checkpoints_writes_the_same_graph(tmp_path, monkeypatch):
    expected = seeds_stats(tmp_path / "plain")
    monkeypatch.setattr(embedded, "CHECKPOINT_EVERY", 2)
    reopened = counted_reopens(monkeypatch)
    with EmbeddedStore(tmp_path / "reopened", batch_size=1) as store:
        report = ingest(store, [str(SEEDS)], batch_size=1)
        assert not report.failed and report.new == 5
        assert len(reopened) >= 2
        assert store.stats() == expected
        assert len(store.search("民政", limit=5)) > 0  # the search sidecar survives the reopen
        again = ingest(store, [str(SEEDS)])
        assert again.skipped == 5
    with EmbeddedStore(tmp_path / "reopened", read_only=True) as store:
        assert store.stats() == expected


def test_a_writer_over_its_memory_budget_reopens_early(tmp_path, monkeypatch):
    """The budget, not only the document count, closes the window: a tiny budget reopens after every batch."""
    expected = seeds_stats(tmp_path / "plain")
    monkeypatch.setattr(embedded, "MIN_DOCUMENTS_PER_CHECKPOINT", 1)
    monkeypatch.setenv("CIVKG_INGEST_MEMORY_MB", "1")  # any real process is over 1 MB
    reopened = counted_reopens(monkeypatch)
    with EmbeddedStore(tmp_path / "budget", batch_size=1) as store:
        report = ingest(store, [str(SEEDS)], batch_size=1)
        assert not report.failed and report.new == 5
        assert len(reopened) >= 4
        assert store.stats() == expected


def test_no_budget_no_early_reopen(tmp_path, monkeypatch):
    monkeypatch.setenv("CIVKG_INGEST_MEMORY_MB", "0")
    reopened = counted_reopens(monkeypatch)
    with EmbeddedStore(tmp_path / "store", batch_size=1) as store:
        assert not ingest(store, [str(SEEDS)], batch_size=1).failed
    assert reopened == []
    assert embedded.resident_bytes() > 0


def test_a_capped_pool_and_a_reopen_after_every_batch_write_the_same_facts(tmp_path, monkeypatch):
    """Output unchanged by the writer's memory bounds: the same nodes, edges and provenance as one plain write."""
    with EmbeddedStore(tmp_path / "plain", buffer_pool_bytes=0) as store:  # LadybugDB's default pool
        ingest(store, [str(SEEDS)])
        expected = facts(store)
    monkeypatch.setattr(embedded, "MIN_DOCUMENTS_PER_CHECKPOINT", 1)
    monkeypatch.setenv("CIVKG_INGEST_MEMORY_MB", "1")
    reopened = counted_reopens(monkeypatch)
    with EmbeddedStore(tmp_path / "bounded", batch_size=2) as store:
        assert store._buffer_pool_bytes == embedded.WRITER_BUFFER_POOL_MB << 20
        report = ingest(store, [str(SEEDS)], workers=2, overlap=True, batch_size=2)
        assert not report.failed and report.new == 5 and len(reopened) >= 2
        assert facts(store) == expected
