"""Answers of a read-only store's slow neighbourhood reads, kept while the store is open.

A read-only embedded store serves one generation of the graph for as long as it is open (the web UI
opens a new one after an ingest, webui.store_access), so what it answered once stays true. A hub's
neighbourhood (a topic with 2×10^5 edges at 10^5 documents) takes a second or more to aggregate, and
its answer is a few hundred rows. Only answers that took at least ``min_seconds`` are kept, at most
``entries`` of them (least recently used out first), and each caller gets its own copy.

An answer is kept pickled and each caller unpickles its copy: ``copy.deepcopy`` of a hub's entity page
answers (a summary of 600 rows, the shown edges with their sentences) took 15-30 ms a request at 10^5
documents, most of a page answered from the memo; unpickling the same is several times cheaper, and a
kept answer is one bytes object for the garbage collector instead of thousands of dicts.

>>> memo = ReadMemo(entries=2, min_seconds=0.0)
>>> calls = []
>>> def read(): calls.append(1); return {"rows": [1, 2]}
>>> first = memo.get(("summary", "Topic:养老服务"), read)
>>> first["rows"].append(3)                      # a caller's changes stay its own
>>> memo.get(("summary", "Topic:养老服务"), read), len(calls)
({'rows': [1, 2]}, 1)
>>> _ = memo.get(("a",), read); _ = memo.get(("b",), read); len(memo)   # the oldest goes
2
"""
from __future__ import annotations

import pickle
import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Hashable, TypeVar

T = TypeVar("T")


class ReadMemo:
    """A bounded least-recently-used map from a read's arguments to its answer."""

    def __init__(self, entries: int = 4096, min_seconds: float = 0.05) -> None:
        self.entries = entries
        self.min_seconds = min_seconds
        self._answers: "OrderedDict[Hashable, bytes]" = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: Hashable, read: Callable[[], T]) -> T:
        """``read()``'s answer for ``key``: a copy of the kept one, or read now (and kept if it was slow)."""
        with self._lock:
            kept = self._answers.get(key)
            if kept is not None:
                self._answers.move_to_end(key)
        if kept is not None:
            return pickle.loads(kept)
        started = time.perf_counter()
        answer = read()
        if time.perf_counter() - started >= self.min_seconds:
            kept = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
            with self._lock:
                self._answers[key] = kept
                while len(self._answers) > self.entries:
                    self._answers.popitem(last=False)
        return answer
