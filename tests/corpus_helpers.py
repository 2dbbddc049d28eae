"""Reading real sentences out of the shared corpus, for extractor tests that quote real text."""
from __future__ import annotations

from pathlib import Path

from loaders.normalise import normalise
from loaders.sentences import split_sentences
from loaders.types import Sentence

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def corpus_sentence(relative: str, needle: str) -> Sentence:
    """The normalised sentence of a corpus file that contains ``needle`` (so the test quotes real text)."""
    norm = normalise((CORPUS / relative).read_text(encoding="utf-8"))
    for sentence in split_sentences(norm.text):
        if needle in sentence.text:
            return sentence
    raise AssertionError(f"{needle!r} not found in {relative}")
