"""`kg ingest --workers` hands the writer batches of at least half of `--batch-size` (issue 13).

The writer is faster per document than the workers, so it catches up after each batch and writes
whatever the least batch is; a transaction's fixed costs made batches of a quarter (512) cost ~1.7 times
as much per document as batches of half (docs/benchmarks.md, helper "speed9"). Fixtures are short
invented texts (not evidence of extraction quality).
"""
from __future__ import annotations

from pathlib import Path

from kg.commands.ingest import ingest, least_batch
from kg.stores.embedded import EmbeddedStore

TEXT = "某市民政局关于做好{n}年城乡低保提标工作的通知。全市城市低保标准提高到每人每月{m}元，农村低保标准同步提高。"


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{i:03d}.txt").write_text(TEXT.format(n=2000 + i % 25, m=500 + i), encoding="utf-8")
    return folder


def _batches_written(tmp_path: Path, name: str, count: int, **options) -> tuple[list[int], dict]:
    sizes: list[int] = []
    with EmbeddedStore(tmp_path / name) as store:
        real = store.write_prepared

        def write_prepared(documents, batch_size=None):
            documents = list(documents)
            sizes.append(len(documents))
            return real(documents, batch_size)

        store.write_prepared = write_prepared
        report = ingest(store, [str(_corpus(tmp_path / "corpus", count))], **options)
        assert not report.failed and report.new == count
        return sizes, store.stats()


def test_least_batch_is_half_and_never_zero():
    assert least_batch(2048) == 1024
    assert least_batch(7) == 3
    assert least_batch(1) == 1 and least_batch(0) == 1  # a batch of nothing would never be written


def test_worker_batches_are_at_least_half_but_the_last(tmp_path):
    sizes, stats = _batches_written(tmp_path, "workers", 24, workers=2, batch_size=8)
    assert sum(sizes) == 24
    # (a batch may pass batch_size by the rest of a worker's chunk or the files this process helped with)
    assert all(size >= least_batch(8) for size in sizes[:-1]), sizes
    # the same graph as the serial ingest, whatever the batch boundaries
    _, serial = _batches_written(tmp_path, "serial", 24, workers=1, batch_size=8)
    assert stats == serial


def test_serial_ingest_still_writes_full_batches(tmp_path):
    # negative: the least batch is for the workers' path only; one process writes batch_size at a time
    sizes, _ = _batches_written(tmp_path, "serial", 20, workers=1, batch_size=8)
    assert sizes == [8, 8, 4]
