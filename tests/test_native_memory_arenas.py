"""kg serve's threads share one malloc arena (kg.stores._native_memory.one_arena_for_threads): a thread created
after the call allocates from the main arena, and without the call it gets one of its own (glibc only)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.stores._native_memory import _libc

# A child process: optionally caps the arenas, lets a new thread allocate and hold memory, then has glibc
# list its arenas (malloc_stats writes one "Arena N:" block per arena to stderr).
CHILD = """
import ctypes, sys, threading
from kg.stores._native_memory import one_arena_for_threads
if sys.argv[1] == "one":
    one_arena_for_threads()
held, ready, done = [], threading.Event(), threading.Event()
def work():
    held.extend(bytearray(1000) for _ in range(200))  # malloc'd by the thread (above Python's small objects)
    ready.set(); done.wait()
thread = threading.Thread(target=work); thread.start(); ready.wait()
ctypes.CDLL("libc.so.6").malloc_stats()
done.set(); thread.join()
"""


def arenas(mode: str) -> int:
    result = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(Path(__file__).resolve().parents[1]), "PATH": "/usr/bin:/bin"})
    return sum(1 for line in result.stderr.splitlines() if line.startswith("Arena "))


@pytest.mark.skipif(_libc() is None, reason="glibc's malloc only")
def test_threads_share_the_main_arena_after_the_call() -> None:
    assert arenas("one") == 1


@pytest.mark.skipif(_libc() is None, reason="glibc's malloc only")
def test_without_the_call_a_thread_gets_an_arena_of_its_own() -> None:
    assert arenas("default") >= 2
