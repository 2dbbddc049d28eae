"""A value built from the store once per app and refreshed in the background.

The first request builds it. It is rebuilt in a background thread while requests keep using the
old one, so no request waits for a rebuild (the name index, the path finder's search graphs): for a
read-only embedded store when the holder swapped in a newer store (its
:func:`webui.store_access.snapshot_token` changed), otherwise (Neo4j) after ``ttl`` seconds. An
unchanged read-only store is never read again: a rebuild costs seconds of CPU that requests would
wait for.
"""
from __future__ import annotations

import threading
import time
from typing import Any, Callable, Generic, TypeVar

T = TypeVar("T")


class Refreshing(Generic[T]):
    """``build(store)`` kept for ``ttl`` seconds, then rebuilt in a background thread.

    >>> calls = []
    >>> cache = Refreshing(lambda store: calls.append(store) or len(calls))
    >>> cache.get("store", ttl=300), cache.get("store", ttl=300), calls, cache.version
    (1, 1, ['store'], 1)
    >>> class Reader: read_only, opened_generation = True, "g1"
    >>> reader = Reader(); cache = Refreshing(lambda store: store.opened_generation)
    >>> cache.get(reader, ttl=0), cache.get(reader, ttl=0)   # unchanged: no rebuild, whatever the ttl
    ('g1', 'g1')
    """

    def __init__(self, build: Callable[[Any], T], name: str = "civkg-refresh") -> None:
        self._build = build
        self._name = name
        self._lock = threading.Lock()
        self._at = -1e18
        self._value: T | None = None
        self._rebuilding = False
        self.version = 0  # counts the values built: answers computed from an older one are out of date
        self._token: tuple[int, str] | None = None  # the snapshot token of the store the value was built from

    def get(self, store, ttl: float) -> T:
        from webui.store_access import snapshot_token

        token = snapshot_token(store)
        with self._lock:
            if self._value is None:
                self._value = self._build(store)
                self._at, self._token = time.monotonic(), token
                self.version += 1
            elif not self._rebuilding and (token != self._token if token is not None
                                           else time.monotonic() - self._at > ttl):
                self._rebuilding = True
                threading.Thread(target=self._rebuild, args=(store, token), name=self._name, daemon=True).start()
            return self._value

    def _rebuild(self, store, token: tuple[int, str] | None) -> None:
        try:
            value = self._build(store)
            with self._lock:
                self._value, self._at, self._token = value, time.monotonic(), token
                self.version += 1
        except Exception:  # noqa: BLE001 - keep serving the old value; the next expiry tries again
            with self._lock:
                self._at = time.monotonic()
        finally:
            self._rebuilding = False
