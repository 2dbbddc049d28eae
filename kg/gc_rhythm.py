"""How often CPython's cyclic garbage collector runs, set for a block of work.

CPython examines its youngest objects every 700 net allocations. Steps that make millions of objects that
are either dead within moments (extraction) or all kept (reading a cache) pay for collections that find
nothing: these context managers raise the threshold, or pause collection, for the block and restore the
process's own setting after it, whatever happens inside.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


def raise_young_threshold(young: int) -> tuple[int, ...]:
    """Collect the youngest generation every ``young`` net allocations at least (older generations keep their
    rhythm, so cycles are still collected); return the thresholds before.

    >>> before = raise_young_threshold(50_000)
    >>> gc.get_threshold()[0] >= 50_000
    True
    >>> gc.set_threshold(*before)
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], young), *before[1:])
    return before


@contextmanager
def fewer_young_collections(young: int) -> Iterator[None]:
    """Within the block, :func:`raise_young_threshold` to ``young``; the thresholds before come back after it.

    >>> before = gc.get_threshold()
    >>> with fewer_young_collections(200_000):
    ...     gc.get_threshold()[0]
    200000
    >>> gc.get_threshold() == before
    True
    """
    before = raise_young_threshold(young)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside (as before outside): for steps that only create objects.

    Reading the plan features makes tens of millions of objects (10^5 documents' profiles, their evidence and
    tokens) and none of them is garbage, but each few hundred thousand allocations start a collection
    that walks the young objects, and every so often all of them: unpickling the 10^5-document cache took
    36.7 s with collections, 17.6 s without (same file, same load). Reference counting still frees
    everything as before; only cycles made inside wait for the next collection after it, so it is for
    steps that make none to speak of (unpickling), not for a build.

    >>> was = gc.isenabled()
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled() == was
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
