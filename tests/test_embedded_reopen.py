"""The embedded writer closes and reopens its database after each periodic checkpoint (bounded ingest memory).

Real documents: the five seeds of the shared corpus.
"""
from __future__ import annotations

from pathlib import Path

import kg.stores.embedded as embedded
from kg.commands.ingest import ingest
from kg.stores.embedded import EmbeddedStore

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


def test_reopening_after_checkpoints_writes_the_same_graph(tmp_path, monkeypatch):
    with EmbeddedStore(tmp_path / "plain") as store:
        ingest(store, [str(SEEDS)])
        expected = store.stats()
    monkeypatch.setattr(embedded, "CHECKPOINT_EVERY", 2)
    reopened = []
    original = EmbeddedStore._reopen
    monkeypatch.setattr(EmbeddedStore, "_reopen", lambda self: (reopened.append(1), original(self)))
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
    with EmbeddedStore(tmp_path / "plain") as store:
        ingest(store, [str(SEEDS)])
        expected = store.stats()
    monkeypatch.setattr(embedded, "MIN_DOCUMENTS_PER_CHECKPOINT", 1)
    monkeypatch.setenv("CIVKG_INGEST_MEMORY_MB", "1")  # any real process is over 1 MB
    reopened = []
    original = EmbeddedStore._reopen
    monkeypatch.setattr(EmbeddedStore, "_reopen", lambda self: (reopened.append(1), original(self)))
    with EmbeddedStore(tmp_path / "budget", batch_size=1) as store:
        report = ingest(store, [str(SEEDS)], batch_size=1)
        assert not report.failed and report.new == 5
        assert len(reopened) >= 4
        assert store.stats() == expected


def test_no_budget_no_early_reopen(tmp_path, monkeypatch):
    monkeypatch.setenv("CIVKG_INGEST_MEMORY_MB", "0")
    reopened = []
    original = EmbeddedStore._reopen
    monkeypatch.setattr(EmbeddedStore, "_reopen", lambda self: (reopened.append(1), original(self)))
    with EmbeddedStore(tmp_path / "store", batch_size=1) as store:
        assert not ingest(store, [str(SEEDS)], batch_size=1).failed
    assert reopened == []
    assert embedded.resident_bytes() > 0
