"""Throughput of the program, policy, target and topic extractors.

Runs on the real corpus (seeds + dev), normalised and split once up front so
that only the four extractors are timed. The baseline, timed in the same
run on the same sentences, is one compiled-regex pass that finds every
number (``loaders.numbers.NUMBER_RE``): the cheapest thing any extractor
could do. The ratio says how many such passes the four extractors cost.

Usage::

    python bench/bench_programs_targets.py [--repeat N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from loaders.normalise import normalise
from loaders.numbers import NUMBER_RE
from loaders.policies import _candidates_cached, extract_policies
from loaders.programs import extract_programs
from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.topics import assign_topics
from loaders.types import DocumentInfo, Sentence

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def corpus_documents() -> list[tuple[list[Sentence], DocumentInfo, int]]:
    documents = []
    for path in sorted(CORPUS.glob("seeds/*.txt")) + sorted(CORPUS.glob("dev/*.txt")):
        norm = normalise(path.read_text(encoding="utf-8"))
        documents.append((split_sentences(norm.text), DocumentInfo(path.name), len(norm.text)))
    return documents


def time_extractors(documents, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        # Each pass must see the texts as new: the policy-span cache would
        # otherwise turn repeated passes into lookups.
        _candidates_cached.cache_clear()
        for sentences, info, _ in documents:
            assign_topics(sentences)
            extract_policies(sentences, info)
            extract_programs(sentences, info)
            extract_targets(sentences, info)
    return time.perf_counter() - start


def time_baseline(documents, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for sentences, _, _ in documents:
            for sentence in sentences:
                for _ in NUMBER_RE.finditer(sentence.text):
                    pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes over the corpus (default 20)")
    args = parser.parse_args()
    documents = corpus_documents()
    chars = sum(n for _, _, n in documents) * args.repeat
    time_extractors(documents, 1)  # warm regex caches
    extract_seconds = time_extractors(documents, args.repeat)
    baseline_seconds = time_baseline(documents, args.repeat)
    print(f"corpus: {len(documents)} documents, {chars // args.repeat:,} chars, {args.repeat} passes")
    print(f"programs+policies+targets+topics: {chars / extract_seconds:,.0f} chars/s ({extract_seconds:.3f} s)")
    print(f"baseline (one number-regex pass): {chars / baseline_seconds:,.0f} chars/s ({baseline_seconds:.3f} s)")
    print(f"ratio extractors/baseline time: {extract_seconds / baseline_seconds:.1f}x")


if __name__ == "__main__":
    main()
