"""The embedded writer's C heap: glibc settings so that memory LadybugDB frees goes back to the system.

LadybugDB counts what it holds (``CALL bm_info()``) and keeps that under its buffer pool's limit, but
the writer's resident memory is what glibc holds, and glibc kept much of what the engine freed:

- the blocks a write transaction allocates once per opened database (~280 MB, held until the next
  checkpoint) came from ``mmap`` in the first window only: freeing them raised glibc's *dynamic* mmap
  threshold, so from the second window on they came from the heap, and what a checkpoint freed there
  stayed resident while the checkpoint read stored pages into the pool (10k generated documents: heap
  used 270 MB and free-but-resident 358 MB right after a checkpoint);
- each engine thread may get its own arena (up to 8 per core), each keeping its own free memory.

:func:`bound_native_heap` fixes the mmap threshold (blocks of at least ``MMAP_THRESHOLD`` bytes are
mapped on their own and unmapped when freed, in every window) and caps the arenas at ``ARENA_MAX``
(what ``MALLOC_ARENA_MAX=2`` does, set from inside the process: it applies to arenas created after the
call, so the writer calls it before opening the database). :class:`trimming` returns freed heap pages
while a long native call (a checkpoint) runs. Outside glibc (macOS, musl) all of this does nothing.

>>> bound_native_heap() in (True, False)
True
>>> one_arena_for_threads() in (True, False)
True
>>> with trimming(every=0.01):
...     pass
"""
from __future__ import annotations

import ctypes
import threading
from functools import lru_cache
from types import TracebackType

# mallopt parameters (glibc malloc.h)
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
# Blocks of 128 KiB and more (glibc's own starting threshold) are mapped on their own: the engine's
# per-window column buffers are of that kind, small objects stay in the heap.
MMAP_THRESHOLD = 128 * 1024
# Arenas for the writer's threads: the main one and one more for LadybugDB's worker threads.
ARENA_MAX = 2
# Seconds between trims while a checkpoint runs.
TRIM_EVERY = 0.5


@lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt  # noqa: B018 - glibc only (musl's libc.so.6, if any, has no mallopt)
        libc.malloc_trim  # noqa: B018
        return libc
    except (OSError, AttributeError):
        return None


def bound_native_heap() -> bool:
    """Set the writer's glibc malloc options (fixed mmap threshold, ARENA_MAX arenas); False where not glibc.

    Idempotent; affects the whole process. An arena created before the call stays.
    """
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) & bool(libc.mallopt(_M_ARENA_MAX, ARENA_MAX))


def one_arena_for_threads() -> bool:
    """Make every thread created after the call allocate from glibc's main arena (``MALLOC_ARENA_MAX=1``);
    False where not glibc.

    For a reading server: each waitress thread otherwise gets an arena of its own, whose heap is first grown
    (page by page, each a fault) by that thread's first path searches' graph-size arrays (5.9 MB each at
    10^5 documents) although the warm-up's searches already grew a heap that is free again. With one arena
    the threads reuse it. Python threads allocate under the interpreter's lock, so they seldom contend for it.
    """
    libc = _libc()
    return libc is not None and bool(libc.mallopt(_M_ARENA_MAX, 1))


def give_back_freed_memory() -> None:
    """Return the C heap's free pages to the system (glibc ``malloc_trim``; nothing elsewhere).

    What a closed LadybugDB database freed stays in the process's heap, fragmented, unless trimmed: the
    writer's resident memory right after a reopen then grew with the store (470, 670, 732 MB after
    reopens at 2k, 4k, 6k generated documents) and stayed flat with the trim (340, 357, 361 MB).
    """
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


class trimming:  # noqa: N801 - used as a context manager, like contextlib's
    """Within the block, a thread returns freed heap pages every ``every`` seconds, and once at the end.

    For one long call into the engine (a checkpoint): it frees the window's rows while it reads stored
    pages, and without a trim the freed rows stay resident beside the pages read.
    """

    def __init__(self, every: float = TRIM_EVERY) -> None:
        self.every = every
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "trimming":
        if _libc() is not None:
            self._thread = threading.Thread(target=self._run, name="civkg-malloc-trim", daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        while not self._done.wait(self.every):
            give_back_freed_memory()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()
        give_back_freed_memory()
