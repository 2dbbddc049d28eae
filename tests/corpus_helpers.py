"""Reading real sentences out of the shared corpus, for extractor tests that quote real text; writing a tiny
invented corpus with gold files, for the tests that train a model on one."""
from __future__ import annotations

import json
from pathlib import Path

from loaders.normalise import normalise
from loaders.sentences import split_sentences
from loaders.types import DocumentInfo, Sentence

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def labelled(text: str, info: DocumentInfo, label: str) -> list[str]:
    """The sorted names of the nodes of one label that loading ``text`` (an invented page) gives."""
    from loaders import load_text

    return sorted({n.name for n in load_text(text, "t.txt", info).nodes if n.label == label})


def corpus_sentence(relative: str, needle: str) -> Sentence:
    """The normalised sentence of a corpus file that contains ``needle`` (so the test quotes real text)."""
    norm = normalise((CORPUS / relative).read_text(encoding="utf-8"))
    for sentence in split_sentences(norm.text):
        if needle in sentence.text:
            return sentence
    raise AssertionError(f"{needle!r} not found in {relative}")


def corpus_sentence_texts() -> list[str]:
    """Every normalised sentence of the shared corpus's seeds and dev, in file order (for tests that hold a rewrite
    to the code it replaced on real text); fails when the corpus is missing rather than checking nothing."""
    texts: list[str] = []
    for split in ("seeds", "dev"):
        for path in sorted((CORPUS / split).glob("*.txt")):
            texts += [s.text for s in split_sentences(normalise(path.read_text(encoding="utf-8")).text)]
    assert texts, f"no corpus sentences under {CORPUS}"
    return texts


def write_gold_corpus(root: Path, documents: dict[str, tuple[str, list[str]]], key: str) -> tuple[Path, Path]:
    """Write each document's text under ``root/docs`` and a gold file listing its names under ``key`` (as the
    annotation guide's format has them) under ``root/gold``; return the two folders."""
    docs, gold = root / "docs", root / "gold"
    docs.mkdir()
    gold.mkdir()
    for name, (text, names) in documents.items():
        (docs / name).write_text(text, encoding="utf-8")
        (gold / name.replace(".txt", ".json")).write_text(
            json.dumps({"doc": name, key: names}, ensure_ascii=False), encoding="utf-8")
    return docs, gold
