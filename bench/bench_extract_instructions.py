"""Instructions of one extraction pass (``extract_one`` over every document), counted by callgrind.

``bench_extract_cpu.py`` times extraction in CPU seconds, which other jobs on a shared machine still
move by ±10-20 %. The number of instructions executed is the same for the same work whatever the
load, so two versions of the code compare by it to within a fraction of a percent (string hashing
varies a little from run to run). The script runs itself under ``valgrind --tool=callgrind`` with
instrumentation off; the child reads the documents and extracts them all once (start-up, counted in
nothing), then the parent switches instrumentation on for one more pass and reads the count
(``callgrind_control``). Needs valgrind; about 50 times slower than a plain run (a few minutes for
seeds + dev + 500 generated documents)::

    python bench/bench_extract_instructions.py                 # seeds + dev
    python bench/bench_extract_instructions.py /tmp/gen500      # + bench/gen_corpus.py /tmp/gen500 --docs 500

To compare two versions, run it in each checkout (e.g. the base unpacked with ``git archive``
beside this one, sharing the venv). Nothing is written outside a temporary folder.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
CORPUS = REPO.parent / "shared" / "corpus"


def _child(folder: Path, extra: list[str]) -> None:
    from _callgrind import handshake
    from _inputs import bench_inputs
    from kg.commands.ingest import extract_one, metadata_for

    files = bench_inputs([str(CORPUS / "seeds"), str(CORPUS / "dev"), *extra])
    infos = metadata_for(files)
    jobs = [(str(path), infos[path]) for path in files]
    for job in jobs:  # start-up and a first pass: counted in nothing
        extract_one(job)
    handshake(folder, "count")
    for job in jobs:
        extract_one(job)
    handshake(folder, "end")
    print(f"{len(jobs)} documents")


def main(argv: list[str] | None = None) -> int:
    from _callgrind import one_phase_main

    return one_phase_main(__file__, argv, _child, "extract", "instructions of one extraction pass",
                          __doc__.split("\n\n")[0])


if __name__ == "__main__":
    sys.exit(main())
