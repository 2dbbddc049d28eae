"""Answers of the browsing API kept per store generation, in a bounded least-recently-used cache.

A read-only embedded store (what ``kg serve`` opens) never changes under the
app: a committed ingest renews the store's generation token and the store
holder swaps in a freshly opened store (:mod:`webui.store_access`). So the
JSON an entity, graph, path or document request produced stays right for as
long as that store is the current one, and the cache key holds the store's
identity and generation: a swapped store makes every older entry unreachable,
and they age out. Stores that can change under the app without a new
generation (Neo4j, a store the same process writes to) are never cached.

Bounded by ``RESPONSE_CACHE_BYTES`` (bytes of JSON; 0 turns the cache off)
and ``RESPONSE_CACHE_ENTRIES``; one answer bigger than an eighth of the
budget is not kept.

>>> cache = ResponseCache(max_bytes=80, max_entries=2)
>>> cache.put("a", b"1234"); cache.put("b", b"5678"); cache.get("a")
b'1234'
>>> cache.put("c", b"90")         # over two entries: "b", the least recently used, goes
>>> cache.get("b") is None, cache.get("c"), cache.size_bytes
(True, b'90', 6)
>>> cache.put("d", b"1234567890!")   # bigger than an eighth of the budget: not kept
>>> cache.get("d") is None
True
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from functools import wraps
from typing import Any, Callable, Hashable

from flask import current_app, request

from webui.store_access import holder, snapshot_token


MAX_KEY_CHARS = 2000  # a longer URL is answered, not kept


class ResponseCache:
    """Least-recently-used bytes by key, at most ``max_entries`` and ``max_bytes`` in all; thread-safe."""

    def __init__(self, max_bytes: int, max_entries: int) -> None:
        self.max_bytes = max(0, int(max_bytes))
        self.max_entries = max(0, int(max_entries))
        self.size_bytes = 0
        self._entries: "OrderedDict[Hashable, bytes]" = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> bytes | None:
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: Hashable, value: bytes) -> None:
        if len(value) * 8 > self.max_bytes or not self.max_entries:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.size_bytes -= len(old)
            self._entries[key] = value
            self.size_bytes += len(value)
            while self.size_bytes > self.max_bytes or len(self._entries) > self.max_entries:
                _, dropped = self._entries.popitem(last=False)
                self.size_bytes -= len(dropped)


def _app_cache() -> ResponseCache:
    cache = current_app.extensions.get("civkg_response_cache")
    if cache is None:
        cache = current_app.extensions.setdefault("civkg_response_cache", ResponseCache(
            current_app.config["RESPONSE_CACHE_BYTES"], current_app.config["RESPONSE_CACHE_ENTRIES"]))
    return cache


def _store_token() -> tuple[int, str] | None:
    """The current store's identity and generation, or None when its answers must not be kept."""
    try:
        store = holder().get()
    except Exception:  # noqa: BLE001 - the view itself reports an unavailable store
        return None
    return snapshot_token(store)


def _name_index_version() -> int:
    """Which name index (pinyin, degrees) the view will use: built now if this is the first request."""
    from webui.name_index import name_index
    from webui.store_access import store

    with store() as current:
        name_index(current)
    return current_app.extensions["civkg_name_index"].version


def cached_json(view: Callable[..., Any] | None = None, *, uses_name_index: bool = False) -> Any:
    """Serve a GET view's 200 JSON answer from the cache while the store it was read from is current.

    ``uses_name_index``: the answer also depends on webui.name_index (rebuilt every ``NAME_INDEX_TTL``),
    so an answer computed with an older index is not served either.
    """
    if view is None:
        return lambda fn: cached_json(fn, uses_name_index=uses_name_index)

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        cache = _app_cache()
        token = _store_token() if cache.max_bytes and len(request.full_path) <= MAX_KEY_CHARS else None
        if token is None:
            return view(*args, **kwargs)
        key = (token, _name_index_version() if uses_name_index else None, request.full_path)
        body = cache.get(key)
        if body is not None:
            return current_app.response_class(body, mimetype="application/json")
        response = current_app.make_response(view(*args, **kwargs))
        if response.status_code == 200 and response.mimetype == "application/json":
            cache.put(key, response.get_data())
        return response

    return wrapper
