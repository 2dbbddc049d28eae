"""Where the loader pipeline spends its time, against raw jieba segmentation of the same text.

Runs every corpus document (seeds + dev) through each loader step separately,
``--repeat`` times, and prints chars/s per step and for the whole
``loaders.load_file``, next to ``jieba.cut`` and ``rjieba.cut`` over the same
text in the same process (the baseline; the issue's goal is an ingest rate of
at least half of jieba's).

    python bench/bench_loaders.py            # --repeat 5
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus"


def timed(function, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        function()
    return (time.perf_counter() - start) / repeat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import jieba
    import rjieba

    from loaders import load_file, read_index
    from loaders.agencies import extract_agencies
    from loaders.meetings import extract_meetings
    from loaders.metadata import extract_metadata
    from loaders.normalise import normalise
    from loaders.persons import extract_persons
    from loaders.pipeline import extract_mentions
    from loaders.places import extract_places
    from loaders.read import read_file
    from loaders.sentences import split_sentences

    files = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "dev").glob("*.txt"))
    index = read_index(CORPUS / "dev" / "INDEX.tsv")
    texts = [read_file(path).text for path in files]
    chars = sum(len(text) for text in texts)
    norms = [normalise(text) for text in texts]
    sentences = [split_sentences(norm.text) for norm in norms]
    infos = [extract_metadata(norm, sents, path.name, index.get(path.name)) for norm, sents, path in zip(norms, sentences, files)]
    agencies = [extract_agencies(sents, info) for sents, info in zip(sentences, infos)]
    jieba.initialize()
    load_file(files[0])  # warm caches (gazetteer, compiled patterns) outside the timings

    steps = {
        "jieba.cut (baseline)": lambda: [list(jieba.cut(text)) for text in texts],
        "rjieba.cut": lambda: [rjieba.cut(text, False) for text in texts],
        "read": lambda: [read_file(path) for path in files],
        "normalise": lambda: [normalise(text) for text in texts],
        "sentences": lambda: [split_sentences(norm.text) for norm in norms],
        "metadata": lambda: [extract_metadata(n, s, p.name, index.get(p.name)) for n, s, p in zip(norms, sentences, files)],
        "agencies": lambda: [extract_agencies(s, i) for s, i in zip(sentences, infos)],
        "places": lambda: [extract_places(s, i) for s, i in zip(sentences, infos)],
        "persons": lambda: [extract_persons(s, i, a) for s, i, a in zip(sentences, infos, agencies)],
        "meetings": lambda: [extract_meetings(s, i) for s, i in zip(sentences, infos)],
        "all extractors (incl. H1b's)": lambda: [extract_mentions(s, i) for s, i in zip(sentences, infos)],
        "load_file (whole pipeline)": lambda: [load_file(p, index.get(p.name)) for p in files],
    }
    print(f"{len(files)} documents, {chars:,} characters, repeat {args.repeat}")
    results = {name: timed(step, args.repeat) for name, step in steps.items()}
    baseline = chars / results["jieba.cut (baseline)"]
    print(f"{'step':<32} {'seconds':>8} {'chars/s':>12} {'vs jieba':>9}")
    for name, seconds in results.items():
        rate = chars / seconds
        print(f"{name:<32} {seconds:8.4f} {rate:12,.0f} {rate / baseline:8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
