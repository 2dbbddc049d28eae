"""Instructions of a serial ``kg ingest`` against ``jieba.cut`` on the same text, counted by callgrind.

On a shared machine even CPU seconds move with other jobs (cache and core sharing): jieba.cut's
CPU time over the same 1.56 M characters was 3.4 s on a quiet machine and 4.6-6.6 s at load 3-8.
Instructions executed are the same for the same work whatever the load, so their ratio is a figure
two runs (or two versions of the code) can be compared by. Both are mostly Python bytecode, so the
instruction ratio tracks the time ratio; it is no substitute for the quiet ``bench_ingest.py`` run.

The script runs itself under ``valgrind --tool=callgrind`` with instrumentation off. The child warms
up (jieba's dictionary, a first ingest of the corpus), then each phase is counted alone: the parent
switches instrumentation on, dumps after ``jieba.cut`` and again after the ingest
(``callgrind_control``). Needs valgrind; about 50 times slower than a plain run::

    python bench/bench_ingest_instructions.py                  # 200,000 characters, ~10 min
    python bench/bench_ingest_instructions.py --chars 50000
    python bench/bench_ingest_instructions.py --chars 60000 --corpus DIR

With ``--corpus DIR`` the warm-up still ingests the generated copies of seeds and dev, but the counted
phases read the documents of DIR instead, each once: documents the process has not seen, as in a real
collection. The default corpus is the warm-up's own documents again (copies of the same 72 texts), so
every memo keyed by a document's phrases (an indicator's catalogue entry, a pattern compiled from its
names) is already filled when counting starts, and what such a memo saves can't show there.

Nothing is written outside a temporary folder, which is removed at the end.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def _child(folder: Path, chars: int, corpus: str | None = None) -> None:
    """Runs under callgrind: warm up, then each phase between two handshakes with the parent."""
    import jieba

    from _callgrind import handshake
    from _scaled_corpus import write_scaled_corpus
    from _inputs import bench_inputs
    from kg.commands.ingest import ingest
    from kg.stores.embedded import EmbeddedStore

    jieba.setLogLevel(60)
    jieba.initialize()
    files, _ = write_scaled_corpus(folder / "corpus", chars=chars)
    # valgrind can't map the engine's default address space: a smaller one, the same for every phase
    with EmbeddedStore(folder / "warm", max_db_size=1 << 32) as store:
        ingest(store, [str(folder / "corpus")], workers=1, overlap=False)  # set-up, counted in neither
    counted = str(folder / "corpus")
    if corpus:
        counted = corpus
        files = bench_inputs([corpus])
    text = "\n".join(path.read_text(encoding="utf-8") for path in files)
    for _ in jieba.cut(text[:20000]):
        pass
    handshake(folder, "jieba")
    for _ in jieba.cut(text):
        pass
    handshake(folder, "ingest")
    with EmbeddedStore(folder / "store", max_db_size=1 << 32) as store:
        report = ingest(store, [counted], workers=1, overlap=False)
        handshake(folder, "end")
    print(f"corpus: {len(files)} documents, {len(text):,} characters; ingest read {report.chars:,}"
          f"{f', {len(report.failed)} failed' if report.failed else ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=200_000, help="size of the generated corpus in characters")
    parser.add_argument("--corpus", help="count the ingest of this folder's documents (unseen by the warm-up)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(Path(args.child), args.chars, args.corpus)
        return 0
    from _callgrind import callgrind_available, count_phases
    from _inputs import bench_inputs

    if args.corpus:
        bench_inputs([args.corpus])  # a mistyped DIR stops here, not after the warm-up, with an empty count
    if not callgrind_available():
        return 2
    folder = Path(tempfile.mkdtemp(prefix="civkg-instructions-"))
    try:
        counts = count_phases(__file__, ["--chars", str(args.chars), *(["--corpus", args.corpus] if args.corpus else [])],
                              folder,
                              (("jieba", ["--instr=on", "--zero"]), ("ingest", ["--dump=jieba", "--zero"]),
                               ("end", ["--dump=ingest", "--instr=off"])))
        if set(counts) != {"jieba", "ingest"}:
            print(f"could not read both dumps: {counts}", file=sys.stderr)
            return 1
        print(f"instructions: jieba.cut {counts['jieba']:,}; serial kg ingest {counts['ingest']:,}; "
              f"kg ingest / jieba.cut by instructions on the same text (goal ≥ 0.5): {counts['jieba'] / counts['ingest']:.3f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
