"""Which per-batch costs of the embedded writer grow with the store: timed at growing store sizes.

A write batch looks for stored Documents with the same source as one of its documents (an edited
file replaces its old facts). This bench fills a store with small invented Documents (one issuing
body and one ISSUED_BY edge each) up to each ``--sizes`` step, and at each step times, in CPU
seconds of this process (the engine's threads included):

- the old lookup, ``MATCH (d:Document) WHERE d.source IN $sources`` (a scan of every Document);
- the writer's lookup today, ``EmbeddedStore._stored_keys_of_sources`` (its map of sources);
- one ``remove_document``, whose edge deletion still scans every edge of every type
  (``r.doc_id IN $ids``): the cost a replacing batch pays.

    python bench/bench_write_slope.py                          # 2,048 / 10,240 / 40,960 documents
    python bench/bench_write_slope.py --sizes 2048 102400 --sources 512 2048

The store is written in a temporary folder, removed at the end.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.model import Edge, Fragment, Node, Provenance  # noqa: E402
from kg.stores.embedded import EmbeddedStore  # noqa: E402

SCAN = "MATCH (d:Document) WHERE d.source IN $sources RETURN d.key"


def _fragment(i: int) -> Fragment:
    doc = Node("Document", f"Document:slope{i}", f"关于做好第{i}批救助资金发放工作的通知",
               properties={"source": f"/corpus/p{i // 1000:04d}/{i:07d}.txt"})
    body = Node("Agency", f"Agency:第{i % 500}区民政局", f"第{i % 500}区民政局")
    edge = Edge("ISSUED_BY", doc.key, body.key, Provenance(f"slope{i}", 0, f"{body.name}印发通知。", 0, len(body.name)))
    return Fragment(doc, [body], [edge])


def _cpu(call) -> float:
    started = time.process_time()
    call()
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2048, 10240, 40960], help="stored documents at each step")
    parser.add_argument("--sources", type=int, nargs="+", default=[2048], help="sources looked up per batch")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="civkg-write-slope-"))
    try:
        with EmbeddedStore(folder / "store") as store:
            stored = 0
            print("stored documents | sources | scan CPU s | map CPU s | remove_document CPU s")
            for size in sorted(args.sizes):
                store.write_fragments(_fragment(i) for i in range(stored, size))
                stored = size
                victim = size - 1
                remove = _cpu(lambda: store.remove_document(f"slope{victim}"))
                store.write_fragments([_fragment(victim)])
                for count in args.sources:
                    sources = [f"/elsewhere/{i:07d}.txt" for i in range(count)]  # none stored: the usual case
                    store._stored_keys_of_sources(sources)  # the map is read once, at the first batch
                    scan = _cpu(lambda: store._rows(SCAN, {"sources": sources}))
                    held = _cpu(lambda: store._stored_keys_of_sources(sources))
                    print(f"{size:,} | {count:,} | {scan:.3f} | {held:.4f} | {remove:.3f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
