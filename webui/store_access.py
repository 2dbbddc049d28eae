"""The one store an app reads from: opened lazily, shared by all requests, reopened when it changes.

The store is opened on first use, not at start-up, so that ``kg serve``
starts (and shows a helpful 503 page) even while Neo4j is still down; a
failed open is retried on the next request. Both stores are safe to call
from several request threads (the embedded one serialises calls itself, the
Neo4j driver pools sessions).

A read-only embedded store sees the data as it was when it was opened, and
after a ``kg ingest`` rewrites the database file its old view can fail
("invalid node offset"). So at most every ``recheck_seconds`` a request
compares the store's generation token, which every committed write renews,
with the one it opened at; when they differ the holder opens the store again
and later requests use the new one. Requests still running on the old store
finish on it; it is closed when the last of them is done. If the new open
fails (e.g. mid-checkpoint), the old store keeps serving and the next check
tries again.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator

from flask import current_app

from kg.stores.base import Store

RECHECK_SECONDS = 1.0


class StoreHolder:
    """Opens the store once, hands it out, and swaps in a fresh one when another process committed."""

    def __init__(self, factory: Callable[[], Store], recheck_seconds: float = RECHECK_SECONDS) -> None:
        self._factory = factory
        self._store: Store | None = None
        self._open_lock = threading.Lock()
        self._reopen_lock = threading.Lock()
        self._recheck_seconds = recheck_seconds
        self._checked_at = time.monotonic()
        self._in_use: dict[int, int] = {}  # id(store) -> requests using it
        self._retired: dict[int, Store] = {}  # replaced stores still in use

    def get(self) -> Store:
        """The current store (opened on first use, reopened when stale)."""
        if self._store is None:
            with self._open_lock:
                if self._store is None:
                    self._store = self._factory()
                    self._checked_at = time.monotonic()
        self._refresh_if_stale()
        return self._store

    @contextmanager
    def lease(self) -> Iterator[Store]:
        """The current store for one request; a store replaced meanwhile is closed once no request uses it."""
        store = self.get()
        with self._open_lock:  # the store current now: one swapped out meanwhile may already be closed
            store = self._store if self._store is not None else store
            self._in_use[id(store)] = self._in_use.get(id(store), 0) + 1
        try:
            yield store
        finally:
            with self._open_lock:
                left = self._in_use[id(store)] - 1
                self._in_use[id(store)] = left
                retired = self._retired.pop(id(store), None) if left == 0 else None
                if left == 0:
                    del self._in_use[id(store)]
            if retired is not None:
                retired.close()

    def _refresh_if_stale(self) -> None:
        if time.monotonic() - self._checked_at < self._recheck_seconds:
            return
        if not self._reopen_lock.acquire(blocking=False):
            return  # another request is reopening; use the current store meanwhile
        try:
            self._checked_at = time.monotonic()
            current = self._store
            if current is None or current.current_generation() in (None, current.opened_generation):
                return
            try:
                fresh = self._factory()
            except Exception:
                return  # e.g. the file is being rewritten: keep serving, retry at the next check
            if fresh is current:
                return  # a factory that hands out one shared store
            with self._open_lock:
                self._store = fresh
                in_use = self._in_use.get(id(current), 0)
                if in_use:
                    self._retired[id(current)] = current
            if not in_use:
                current.close()
        finally:
            self._reopen_lock.release()

    def close(self) -> None:
        with self._open_lock:
            stores = [s for s in (self._store, *self._retired.values()) if s is not None]
            self._store = None
            self._retired.clear()
        for store in stores:
            store.close()


def snapshot_token(store: Store) -> tuple[int, str] | None:
    """What identifies the data a store serves, when it can't change under the app: the store's identity and the
    generation it opened at (a read-only embedded store). None for a store that may change without a new generation
    (Neo4j, a store this process writes to): what is read from it is only good for a while (a TTL).

    Caches built from the store (name index, catalogue, path graphs, analysis snapshot, responses) are kept for as
    long as the token is the current one, and rebuilt when the holder swaps in a freshly opened store.

    >>> class Reader: read_only, opened_generation = True, "3f2a"
    >>> reader = Reader(); snapshot_token(reader) == (id(reader), "3f2a")
    True
    >>> class Neo4j: dialect = "neo4j"
    >>> snapshot_token(Neo4j()) is None
    True
    """
    generation = getattr(store, "opened_generation", None)
    if generation is None or not getattr(store, "read_only", False):
        return None
    return id(store), generation


def holder() -> StoreHolder:
    """The current app's store holder."""
    return current_app.extensions["civkg_store"]


@contextmanager
def store() -> Iterator[Store]:
    """``with store() as s: s.search(...)`` inside a request."""
    with holder().lease() as current:
        yield current
