"""Where `kg ingest`'s memory goes: the writer's RSS around each write, checkpoint and reopen.

    python bench/probe_ingest_memory.py CORPUS --docs 20000 [--workers 2] [--store DIR] [--python]

Ingests the first ``--docs`` files of a generated corpus (``bench/gen_corpus.py``; its folders in order)
in this process, as ``kg ingest --workers N`` does, with a thread sampling every 0.2 s:

- RSS of this process (the writer) and of its extraction workers (the largest one);
- the C heap (glibc ``mallinfo2``: bytes in use, free bytes kept in the arenas, mmapped blocks);
- with ``--python``, the Python heap (``tracemalloc``; slows the writer).

Each write transaction, checkpoint and reopen is wrapped to log the documents written so far, the RSS
before and after, and the highest sample during it. The last lines are a table per checkpoint window:
RSS right after the reopen, RSS when the checkpoint starts, the peak during the checkpoint, and seconds.
Invented text: figures of memory, not of extraction quality.
"""
from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.commands.ingest import ingest  # noqa: E402
from kg.stores import embedded  # noqa: E402
from kg.stores.embedded import EmbeddedStore  # noqa: E402

MB = 1024 * 1024


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


_libc = ctypes.CDLL("libc.so.6")
_libc.mallinfo2.restype = MallInfo2


def c_heap() -> tuple[int, int, int]:
    """(in use, free but kept, mmapped) bytes of glibc's heap, over all arenas."""
    info = _libc.mallinfo2()
    return info.uordblks, info.fordblks, info.hblkhd


def rss(pid: int | str = "self") -> int:
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def worker_rss() -> int:
    """The largest resident set among this process's descendants (the fork server and its workers)."""
    me, children, largest = os.getpid(), {}, 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    children.setdefault(int(stat.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry))
            except OSError:
                pass
    todo = list(children.get(me, []))
    while todo:
        pid = todo.pop()
        largest = max(largest, rss(pid))
        todo.extend(children.get(pid, []))
    return largest


def pool_region_bytes() -> int:
    """Resident bytes of LadybugDB's reserved address range (its buffer-pool frames): the mappings over 64 GB."""
    total, size = 0, 0
    with open("/proc/self/smaps") as smaps:
        for text in smaps:
            if text[0] in "0123456789abcdef" and "-" in text.split(" ", 1)[0]:
                start, end = (int(x, 16) for x in text.split(" ", 1)[0].split("-"))
                size = end - start
            elif text.startswith("Rss:") and size > 64 << 30:
                total += int(text.split()[1]) * 1024
    return total


class Sampler(threading.Thread):
    def __init__(self, python: bool) -> None:
        super().__init__(daemon=True)
        self.python = python
        self.peak = 0
        self.worker_peak = 0
        self.stop = False
        self.ticks = 0
        self.in_checkpoint = False
        self.pool_peak = 0

    def reset(self) -> int:
        peak, self.peak = self.peak, rss()
        return peak

    def run(self) -> None:
        while not self.stop:
            self.peak = max(self.peak, rss())
            self.ticks += 1
            if self.ticks % 10 == 0:
                self.worker_peak = max(self.worker_peak, worker_rss())
            if self.in_checkpoint and self.ticks % 5 == 0:
                self.pool_peak = max(self.pool_peak, pool_region_bytes())
            time.sleep(0.2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--store", default="/tmp/civkg-scale-scale/probe-store")
    parser.add_argument("--python", action="store_true", help="trace the Python heap too (tracemalloc)")
    args = parser.parse_args()

    folders = sorted(p for p in Path(args.corpus).iterdir() if p.is_dir())
    per_folder = len(list(folders[0].glob("*.txt"))) + len(list(folders[0].glob("*.htm*")))
    chosen = [str(f) for f in folders[: max(1, -(-args.docs // per_folder))]]
    shutil.rmtree(args.store, ignore_errors=True)
    if args.python:
        import tracemalloc

        tracemalloc.start()
    sampler = Sampler(args.python)
    sampler.start()
    written = [0]
    started = time.time()

    def python_mb() -> str:
        if not args.python:
            return ""
        import tracemalloc

        return f" py {tracemalloc.get_traced_memory()[0] / MB:.0f}"

    def line(event: str, before: int, seconds: float, store=None) -> None:
        used, free, mapped = c_heap()
        pool = ""
        if store is not None and getattr(store, "_conn", None) is not None:
            pool = f" lbdb {store._rows('CALL bm_info() RETURN *')[0][1] / MB:5.0f}"
        print(f"{time.time() - started:7.1f}s {event:<10} docs {written[0]:>6} rss {before / MB:6.0f} -> "
              f"{rss() / MB:6.0f} peak {sampler.peak / MB:6.0f} | heap used {used / MB:5.0f} free {free / MB:5.0f} "
              f"mmap {mapped / MB:5.0f}{pool}{python_mb()} | {seconds:5.1f}s | workers {sampler.worker_peak / MB:.0f}",
              flush=True)

    windows = []
    window = {"reopen_rss": rss()}
    original_transaction = EmbeddedStore._write_transaction
    original_checkpoint = EmbeddedStore.checkpoint
    original_reopen = EmbeddedStore._reopen

    def transaction(self, documents, summary, outdated=frozenset()):
        before, t0 = rss(), time.time()
        sampler.reset()
        original_transaction(self, documents, summary, outdated)
        written[0] += len(documents)
        line(f"write{len(documents)}", before, time.time() - t0, self)

    def checkpoint(self):
        before, t0 = rss(), time.time()
        sampler.reset()
        sampler.pool_peak, sampler.in_checkpoint = pool_region_bytes(), True
        pool_before = sampler.pool_peak
        original_checkpoint(self)
        sampler.in_checkpoint = False
        window.update(docs=written[0], start_rss=before, peak=sampler.peak, seconds=time.time() - t0,
                      pool_before=pool_before, pool_peak=sampler.pool_peak)
        line("checkpoint", before, time.time() - t0, self)

    def reopen(self):
        before, t0 = rss(), time.time()
        original_reopen(self)
        line("reopen", before, time.time() - t0, self)
        windows.append(dict(window))
        window.clear()
        window["reopen_rss"] = rss()

    EmbeddedStore._write_transaction = transaction
    EmbeddedStore.checkpoint = checkpoint
    EmbeddedStore._reopen = reopen
    store = EmbeddedStore(args.store)
    report = ingest(store, chosen, workers=args.workers)
    store.close()
    sampler.stop = True
    print(f"documents {report.new}, {time.time() - started:.0f} s, writer VmHWM "
          f"{[l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1] } kB, "
          f"largest worker {sampler.worker_peak / MB:.0f} MB, budget {embedded.memory_budget_bytes() / MB:.0f} MB")
    print("window: docs_at_checkpoint rss_after_previous_reopen rss_at_checkpoint_start peak_in_checkpoint seconds "
          "pool_frames_at_start pool_frames_peak")
    for w in windows:
        print(f"  {w.get('docs', 0):>6} {w['reopen_rss'] / MB:6.0f} {w.get('start_rss', 0) / MB:6.0f} "
              f"{w.get('peak', 0) / MB:6.0f} {w.get('seconds', 0):5.1f} {w.get('pool_before', 0) / MB:6.0f} "
              f"{w.get('pool_peak', 0) / MB:6.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
