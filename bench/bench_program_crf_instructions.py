"""Instructions of the program model alone (cue windows, features, crfsuite tagging), counted by callgrind.

The model is about a quarter of a serial ingest (docs/benchmarks.md). This counts its part apart from the
rules: the child extracts the documents once while it records every window the model tags (its text and the
rules' spans in it), then, counted, runs ``tag_in_windows`` on each recorded window, as ``programs._with_model``
does (no veto: P(inside) not asked). Load-independent, like the other instruction benches; the same script
run in two checkouts compares two versions (it uses only what both have)::

    python bench/bench_program_crf_instructions.py                 # seeds + dev + tests/heldout
    python bench/bench_program_crf_instructions.py /tmp/gen500      # + bench/gen_corpus.py /tmp/gen500 --docs 500

Needs valgrind and the shipped model (loaders/data/program_crf.model). Nothing is written outside a
temporary folder.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
CORPUS = REPO.parent / "shared" / "corpus"


def _windows(extra: list[str]) -> list[tuple[str, list[tuple[int, int]]]]:
    """(window text, the rules' spans in it) of every window the model tags over the documents."""
    from _inputs import bench_inputs
    from kg.commands.ingest import extract_one, metadata_for
    from loaders import program_crf

    recorded: list[tuple[str, list[tuple[int, int]]]] = []
    original = program_crf.ProgramTagger.tag

    def recording(self, text, rule_spans=(), *args, **kwargs):
        recorded.append((text, list(rule_spans)))
        return original(self, text, rule_spans, *args, **kwargs)

    program_crf.ProgramTagger.tag = recording
    try:
        files = bench_inputs([str(CORPUS / "seeds"), str(CORPUS / "dev"), str(REPO / "tests" / "heldout"), *extra])
        infos = metadata_for(files)
        for path in files:
            extract_one((str(path), infos.get(path)))
    finally:
        program_crf.ProgramTagger.tag = original
    return recorded


def _child(folder: Path, extra: list[str]) -> None:
    from _callgrind import handshake
    from loaders import program_crf

    windows = _windows(extra)
    tagger = program_crf.load_tagger(str(program_crf.DEFAULT_MODEL))

    def run() -> None:
        for text, spans in windows:
            program_crf.tag_in_windows(tagger, text, spans, None, False)

    run()  # warm-up: counted in nothing
    handshake(folder, "count")
    run()
    handshake(folder, "end")
    print(f"{len(windows):,} windows, {sum(len(text) for text, _ in windows):,} characters")


def main(argv: list[str] | None = None) -> int:
    from _callgrind import one_phase_main

    return one_phase_main(__file__, argv, _child, "crf", "instructions of the program model over the windows",
                          __doc__.split("\n\n")[0])


if __name__ == "__main__":
    sys.exit(main())
