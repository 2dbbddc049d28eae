"""Wrong target indicators, each with the gold name, the predicted one and the text around it.

A look at errors, not a score (``kg score`` gives the figures): each gold target paired with a
predicted one of the same value and unit (:func:`kg.evaluate_targets.match_targets`) whose
indicator does not match is printed with its sentence and the end of the sentence before it
(``¶`` marks a sentence that opens a new line, where a paragraph's carries stop).

Usage::

    python bench/diag_wrong_indicators.py seeds dev            # the shared corpus
    python bench/diag_wrong_indicators.py --gold DIR --docs DIR  # a held-out folder of gold files
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Iterator

from kg.evaluate_targets import indicator_match, match_targets
from loaders.metadata import extract_metadata, read_index
from loaders.normalise import normalise
from loaders.read import read_file
from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _documents(gold_dir: Path, docs: Path) -> Iterator[tuple[Path, DocumentInfo | None, dict]]:
    index = read_index(docs / "INDEX.tsv") if (docs / "INDEX.tsv").exists() else {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        yield docs / gold["doc"], index.get(gold["doc"]), gold


def wrong_indicators(path: Path, info: DocumentInfo | None, gold: dict) -> Iterator[str]:
    """Lines describing each wrong indicator of one document."""
    read = read_file(path)
    norm = normalise(read.text)
    sentences = split_sentences(norm.text)
    mentions = extract_targets(sentences, extract_metadata(norm, sentences, path.name, info, html_title=read.title))
    predicted = [dict(m.properties, _mention=m) for m in mentions]
    for p, g in match_targets(predicted, list(gold.get("targets", []))):
        if indicator_match(p.get("indicator"), g.get("indicator")):
            continue
        start = p["_mention"].start
        sentence = next(s for s in sentences if s.start <= start < s.end)
        before = sentences[sentence.index - 1] if sentence.index else None
        mark = "¶" if before is None or before.end != sentence.start else ""
        yield f"{path.name}\t{g['value']}{g['unit']}\tgold={g['indicator']}\tpredicted={p['indicator']}"
        yield f"    before: {before.text[-60:] if before else ''}"
        yield f"    {mark}sentence: {sentence.text[:160]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*", help="splits of the shared corpus (seeds, dev)")
    parser.add_argument("--gold", help="a folder of gold JSON files instead")
    parser.add_argument("--docs", help="the folder holding their documents (default: the gold folder's parent)")
    args = parser.parse_args()
    folders = [(CORPUS / "gold" / s, CORPUS / s) for s in args.splits]
    if args.gold:
        folders.append((Path(args.gold), Path(args.docs) if args.docs else Path(args.gold).parent))
    count = 0
    for gold_dir, docs in folders:
        for document in _documents(gold_dir, docs):
            for line in wrong_indicators(*document):
                count += line.startswith(document[0].name)
                print(line)
    print(f"{count} wrong indicators")


if __name__ == "__main__":
    main()
