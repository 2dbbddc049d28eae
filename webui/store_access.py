"""The one store an app reads from: opened lazily, shared by all requests.

The store is opened on first use, not at start-up, so that ``kg serve``
starts (and shows a helpful 503 page) even while Neo4j is still down; a
failed open is retried on the next request. Both stores are safe to call
from several request threads (the embedded one serialises calls itself, the
Neo4j driver pools sessions).
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator

from flask import current_app

from kg.stores.base import Store


class StoreHolder:
    """Opens the store once and hands it out."""

    def __init__(self, factory: Callable[[], Store]) -> None:
        self._factory = factory
        self._store: Store | None = None
        self._open_lock = threading.Lock()

    def get(self) -> Store:
        if self._store is None:
            with self._open_lock:
                if self._store is None:
                    self._store = self._factory()
        return self._store

    def close(self) -> None:
        with self._open_lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def holder() -> StoreHolder:
    """The current app's store holder."""
    return current_app.extensions["civkg_store"]


@contextmanager
def store() -> Iterator[Store]:
    """``with store() as s: s.search(...)`` inside a request."""
    yield holder().get()
