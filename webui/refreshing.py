"""A value built from the store once per app and refreshed in the background.

The first request builds it; after ``ttl`` seconds it is rebuilt in a background thread while
requests keep using the old one, so no request waits for a rebuild (the name index, the path
finder's search graphs).
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
    """

    def __init__(self, build: Callable[[Any], T], name: str = "civkg-refresh") -> None:
        self._build = build
        self._name = name
        self._lock = threading.Lock()
        self._at = -1e18
        self._value: T | None = None
        self._rebuilding = False
        self.version = 0  # counts the values built: answers computed from an older one are out of date

    def get(self, store, ttl: float) -> T:
        with self._lock:
            if self._value is None:
                self._value = self._build(store)
                self._at = time.monotonic()
                self.version += 1
            elif time.monotonic() - self._at > ttl and not self._rebuilding:
                self._rebuilding = True
                threading.Thread(target=self._rebuild, args=(store,), name=self._name, daemon=True).start()
            return self._value

    def _rebuild(self, store) -> None:
        try:
            value = self._build(store)
            with self._lock:
                self._value, self._at = value, time.monotonic()
                self.version += 1
        except Exception:  # noqa: BLE001 - keep serving the old value; the next expiry tries again
            with self._lock:
                self._at = time.monotonic()
        finally:
            self._rebuilding = False
