"""Where a ``kg ingest``'s seconds go: the writing process, the workers, the pickles between them, idle time.

Runs :func:`kg.commands.ingest.ingest` into a fresh embedded store over the first ``--docs`` files of a
folder (``bench/gen_corpus.py`` output: sub-folders of 1,000 files, each with its INDEX.tsv) and reports,
per 1,000 documents:

- the writing process's main thread, in CPU seconds: writing batches (``write_prepared``), extracting
  while it waits for a worker (help), and the rest (batch assembly, progress, metadata);
- its other threads (the pool's manager thread unpickles every result, the queue's feeder thread
  pickles every job), in CPU seconds;
- the workers' CPU seconds (read from ``/proc`` before the pool shuts down), and how many;
- idle: the main thread's wall time minus its CPU time (blocked on a worker's result, or on the CPU);
- the size of the results the workers send back (pickled rows per document, sampled);
- the checkpoints (and reopens) inside the writes: how many, how many the memory budget asked for early.

    python bench/probe_ingest_split.py /tmp/gen10k --docs 2000 --workers 2
    python bench/probe_ingest_split.py /tmp/gen10k --docs 10000 --workers 1

Wall seconds on a shared machine follow its load; the CPU seconds are what to compare.
"""
from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import kg.commands.ingest as ingest_module  # noqa: E402
from kg.stores.embedded import EmbeddedStore  # noqa: E402

_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_of(pid: int) -> float:
    """User + system CPU seconds of a process, from /proc (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICKS


class Meter:
    """Counters the patched functions add to (CPU seconds of the main thread, wall, counts)."""

    def __init__(self) -> None:
        self.write_cpu = self.write_wall = self.help_cpu = 0.0
        self.helped = self.batches = 0
        self.worker_cpu: list[float] = []
        self.pickled_bytes = 0
        self.pickled_docs = 0
        self.pickle_seconds = 0.0
        self.futures: list = []  # (future, completion time or None)
        self.done_at: dict[int, float] = {}
        self.starved = 0.0  # seconds of writes during which every job handed out was done (workers idle)
        self.checkpoints: list[tuple[float, float, bool]] = []  # (CPU s, wall s, asked by the memory budget)


def patch(meter: Meter) -> None:
    real_write = EmbeddedStore.write_prepared
    real_extract = ingest_module.extract_one
    real_shutdown = ProcessPoolExecutor.shutdown
    real_submit = ProcessPoolExecutor.submit
    real_checkpoint = EmbeddedStore._checkpoint_and_reopen

    def checkpoint_and_reopen(self):
        # the writer checkpoints every CHECKPOINT_EVERY documents, or earlier when over its memory budget
        from kg.stores.embedded import CHECKPOINT_EVERY

        by_budget = self._since_checkpoint < CHECKPOINT_EVERY
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            return real_checkpoint(self)
        finally:
            meter.checkpoints.append((time.thread_time() - cpu, time.perf_counter() - wall, by_budget))

    def write_prepared(self, documents, batch_size=None):
        documents = list(documents)
        if meter.pickled_docs < 400:  # what one result costs to send: pickle and unpickle a sample of rows
            sample = documents[:100]
            started = time.process_time()
            data = pickle.dumps(sample, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(data)
            meter.pickle_seconds += time.process_time() - started
            meter.pickled_bytes += len(data)
            meter.pickled_docs += len(sample)
        cpu, wall = time.thread_time(), time.perf_counter()
        waiting = [f for f in meter.futures if not f.done()]  # no job is handed out during a write
        meter.futures = waiting  # done ones are dropped (they hold results)
        try:
            return real_write(self, documents, batch_size)
        finally:
            end = time.perf_counter()
            meter.write_cpu += time.thread_time() - cpu
            meter.write_wall += end - wall
            meter.batches += 1
            # Workers starved during this write if every job handed out is done by its end: from the
            # last completion (or the write's start) to the end, no worker had anything to do.
            if all(f.done() for f in waiting):
                last = max((meter.done_at.get(id(f), wall) for f in waiting), default=wall)
                meter.starved += end - max(wall, last)

    def extract_one(job, prepare=None, time_limit=None):
        cpu = time.thread_time()
        try:
            return real_extract(job, prepare, time_limit)
        finally:
            meter.help_cpu += time.thread_time() - cpu
            meter.helped += 1

    def submit(self, fn, *args, **kwargs):
        future = real_submit(self, fn, *args, **kwargs)
        meter.futures.append(future)
        future.add_done_callback(lambda f: meter.done_at.__setitem__(id(f), time.perf_counter()))
        return future

    def shutdown(self, *args, **kwargs):
        meter.worker_cpu = [_cpu_of(pid) for pid in list((self._processes or {}).keys())]
        return real_shutdown(self, *args, **kwargs)

    EmbeddedStore.write_prepared = write_prepared
    ingest_module.extract_one = extract_one
    ProcessPoolExecutor.shutdown = shutdown
    ProcessPoolExecutor.submit = submit
    EmbeddedStore._checkpoint_and_reopen = checkpoint_and_reopen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="a bench/gen_corpus.py folder")
    parser.add_argument("--docs", type=int, required=True, help="ingest its first N files (whole sub-folders)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=2048)
    parser.add_argument("--store", help="store folder (default: a temporary one, removed)")
    args = parser.parse_args(argv)
    folders = sorted(p for p in Path(args.folder).iterdir() if p.is_dir())
    paths, total = [], 0
    for folder in folders:
        if total >= args.docs:
            break
        paths.append(str(folder))
        total += sum(1 for p in folder.iterdir() if p.suffix == ".txt" or p.suffix in (".html", ".htm"))
    work = Path(args.store) if args.store else Path(tempfile.mkdtemp(prefix="civkg-split-")) / "store"
    meter = Meter()
    patch(meter)
    try:
        with EmbeddedStore(work) as store:
            cpu0, thread0, wall0 = time.process_time(), time.thread_time(), time.perf_counter()
            report = ingest_module.ingest(store, paths, workers=args.workers, batch_size=args.batch_size)
            cpu, thread, wall = (time.process_time() - cpu0, time.thread_time() - thread0,
                                 time.perf_counter() - wall0)
    finally:
        if not args.store:
            shutil.rmtree(work.parent, ignore_errors=True)
    docs = report.files
    per = 1000 / max(1, docs)
    other = thread - meter.write_cpu - meter.help_cpu
    print(f"{docs} documents, --workers {args.workers}, {meter.batches} write batches, wall {wall:.1f} s "
          f"({docs / wall:.1f} docs/s), load {os.getloadavg()[0]:.2f}")
    print("per 1,000 documents (CPU s unless said):")
    print(f"  main thread: write {meter.write_cpu * per:.2f} (wall {meter.write_wall * per:.2f}), "
          f"extract while waiting {meter.help_cpu * per:.2f} ({meter.helped} docs), rest {other * per:.2f}")
    print(f"  other threads of the writing process (unpickling results, pickling jobs): {(cpu - thread) * per:.2f}")
    print(f"  workers ({len(meter.worker_cpu)}): {sum(meter.worker_cpu) * per:.2f} "
          f"[{', '.join(f'{c:.1f}' for c in meter.worker_cpu)} s]")
    print(f"  main thread idle or waiting for the CPU (wall - CPU): {(wall - thread) * per:.2f}")
    print(f"  wall seconds of writes with every handed-out job done (workers idle): {meter.starved * per:.2f} "
          f"of {meter.write_wall * per:.2f}")
    import resource

    if meter.checkpoints:
        print(f"  checkpoints and reopens inside the writes: {len(meter.checkpoints)} "
              f"({sum(b for _, _, b in meter.checkpoints)} asked by the memory budget), "
              f"main-thread CPU {sum(c for c, _, _ in meter.checkpoints):.1f} s, wall "
              f"{sum(w for _, w, _ in meter.checkpoints):.1f} s in all (included in write above)")

    print(f"  peak RSS of the writing process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    if meter.pickled_docs:
        print(f"  results: {meter.pickled_bytes / meter.pickled_docs / 1024:.1f} KiB pickled per document; "
              f"dumps + loads {meter.pickle_seconds / meter.pickled_docs * 1000:.2f} ms per document")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
