"""Extraction CPU against jieba.cut CPU on the same text, in one process: a figure a busy machine disturbs little.

On a machine other jobs share, wall-clock rates move with their load. This script times, in
turn and ``--repeat`` times, ``jieba.cut`` over the concatenated text and the whole extraction
of every document (``kg.commands.ingest.extract_one``: read, hash, ``load_file``), each with
``time.process_time``, and prints the fastest pass of each and their ratio (characters per CPU
second of extraction / of jieba). Start-up (jieba's dictionary, the loaders' gazetteer and
patterns) is paid before the first pass and counted in neither.

Documents: the shared corpus's seeds/ and dev/, plus any folders given (``bench/gen_corpus.py
OUT --docs 500`` writes 500 short generated documents, where the per-document costs weigh more)::

    python bench/bench_extract_cpu.py                      # seeds + dev, 7 passes
    python bench/bench_extract_cpu.py /tmp/gen500 --repeat 5

To compare two versions of the code, run it in each checkout in turn (e.g. main unpacked with
``git archive`` beside this one, sharing the venv), alternating, and compare the fastest passes.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
CORPUS = REPO.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", help="more folders of documents (e.g. generated ones)")
    parser.add_argument("--repeat", type=int, default=7, help="passes of each; the fastest counts")
    args = parser.parse_args(argv)

    import jieba

    from _inputs import bench_inputs
    from kg.commands.ingest import extract_one, metadata_for

    files = bench_inputs([str(CORPUS / "seeds"), str(CORPUS / "dev"), *args.folders])
    infos = metadata_for(files)
    jobs = [(str(path), infos[path]) for path in files]
    text = "\n".join(Path(path).read_text(encoding="utf-8") for path, _ in jobs)
    jieba.setLogLevel(60)
    jieba.initialize()
    for job in jobs:  # start-up and a first pass, counted in neither figure
        extract_one(job)
    jieba_cpu, extract_cpu = [], []
    for _ in range(args.repeat):
        started = time.process_time()
        for _ in jieba.cut(text):
            pass
        jieba_cpu.append(time.process_time() - started)
        started = time.process_time()
        for job in jobs:
            extract_one(job)
        extract_cpu.append(time.process_time() - started)
    print(f"{len(jobs)} documents, {len(text):,} characters; fastest of {args.repeat} passes, CPU seconds: "
          f"jieba.cut {min(jieba_cpu):.3f}, extraction {min(extract_cpu):.3f}; "
          f"extraction / jieba.cut (chars per CPU s) {min(jieba_cpu) / min(extract_cpu):.3f}; "
          f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
