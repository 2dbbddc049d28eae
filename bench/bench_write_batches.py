"""The embedded writer's CPU per document by batch size, on rows extracted once.

``kg ingest --workers N`` hands the writer batches of whatever the workers finished meanwhile, between a quarter
of ``--batch-size`` and all of it; the serial ingest writes full batches. A transaction's fixed costs (key
lookups per label, one ``LOAD FROM`` per edge kind, the commit) are spread over its documents, so this bench
times the writer alone on the same rows cut into batches of each ``--sizes``, each into a fresh store, in CPU
seconds of this process (the engine's threads included) and wall seconds.

    python bench/bench_write_batches.py /tmp/gen10k --docs 4000 --sizes 256 512 1024 2048
    python bench/bench_write_batches.py /tmp/gen10k --docs 8000 --sizes 1024 --checkpoint-every 2048

With ``--checkpoint-every N`` the writer also checkpoints and reopens after every N documents (as it does
every ``CHECKPOINT_EVERY`` documents in an ingest), and each checkpoint's CPU and wall seconds are printed
with the number of documents stored: what a checkpoint costs as the store grows.

The rows are extracted once (``--workers`` processes) and kept in memory; the stores are temporary.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _inputs import bench_inputs  # noqa: E402
from kg.commands.ingest import MetadataLookup, extract_batches  # noqa: E402
from kg.stores._embedded_rows import prepare  # noqa: E402
from kg.stores.embedded import EmbeddedStore  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[512, 2048])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="run the sizes this many times, alternating")
    parser.add_argument("--checkpoint-every", type=int, default=0, metavar="N",
                        help="also checkpoint and reopen after every N documents, timed apart")
    args = parser.parse_args(argv)
    files = bench_inputs([args.folder])
    files = files[: args.docs]
    lookup = MetadataLookup(files)
    jobs = [(str(f), lookup(f)) for f in files]
    rows = [result.fragment for batch in extract_batches(jobs, args.workers, prepare, in_process=args.workers < 2)
            for result in batch if result.error is None]
    rows.sort(key=lambda document: document.source or document.key)  # the same order for every size
    print(f"{len(rows)} documents' rows; writer CPU and wall seconds per 1,000 documents")
    # the checkpoints the writer makes by itself (every CHECKPOINT_EVERY documents, or early by its memory
    # budget, which it checks after each batch) are timed apart: they, not the batches, may dominate
    own: list[tuple[float, float]] = []
    real_checkpoint = EmbeddedStore._checkpoint_and_reopen

    def counted_checkpoint(self) -> None:
        checkpoint_cpu, checkpoint_wall = time.process_time(), time.perf_counter()
        real_checkpoint(self)
        own.append((time.process_time() - checkpoint_cpu, time.perf_counter() - checkpoint_wall))

    EmbeddedStore._checkpoint_and_reopen = counted_checkpoint
    for size in args.repeat * args.sizes:
        own.clear()
        folder = Path(tempfile.mkdtemp(prefix="civkg-write-batches-"))
        try:
            checkpoints: list[tuple[int, float, float]] = []
            with EmbeddedStore(folder / "store") as store:
                cpu, wall = time.process_time(), time.perf_counter()
                written = 0
                for start in range(0, len(rows), size):
                    store.write_prepared(rows[start:start + size], batch_size=size)
                    before, written = written, min(len(rows), start + size)
                    if args.checkpoint_every and written // args.checkpoint_every > before // args.checkpoint_every:
                        checkpoint_cpu, checkpoint_wall = time.process_time(), time.perf_counter()
                        real_checkpoint(store)
                        checkpoints.append((written, time.process_time() - checkpoint_cpu,
                                            time.perf_counter() - checkpoint_wall))
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        per = 1000 / len(rows)
        own_cpu = sum(c for c, _ in own)
        print(f"  batches of {size:>5}: CPU {cpu * per:.2f} s, wall {wall * per:.2f} s"
              + (" (checkpoints included)" if checkpoints else "")
              + f"; the writer's own checkpoints: {len(own)}, CPU {own_cpu * per:.2f} s; "
                f"without them CPU {(cpu - own_cpu - sum(c for _, c, _ in checkpoints)) * per:.2f} s")
        for stored, checkpoint_cpu, checkpoint_wall in checkpoints:
            print(f"    checkpoint and reopen at {stored:>6} documents: CPU {checkpoint_cpu:.2f} s, wall {checkpoint_wall:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
