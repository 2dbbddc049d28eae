"""The shared corpus repeated on disk until it is big enough, each copy a distinct set of documents.

``bench_ingest``, ``bench_paths`` and ``bench_api`` all need a corpus bigger than
the 38 real documents, and one that ``kg ingest`` reads like any other folder.
Copy ``n`` of every file gets a distinct last line, so its document id differs
while its text stays real; each copy keeps the ``INDEX.tsv`` of its folder.
The caller owns ``folder`` and removes it.
"""
from __future__ import annotations

import shutil
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SPLITS = ("seeds", "dev")


def write_scaled_corpus(folder: Path, *, chars: int | None = None, docs: int | None = None) -> tuple[list[Path], int]:
    """Write copies of seeds/ and dev/ under ``folder`` until ``chars`` characters or exactly ``docs`` files.

    Returns the files written, in order, and their total characters.
    """
    if (chars is None) == (docs is None):
        raise ValueError("give exactly one of chars= and docs=")
    sources = [path for split in SPLITS for path in sorted((CORPUS / split).glob("*.txt"))]
    if not sources:
        # Without this, the loop below would make empty copy folders until the disk is full.
        raise SystemExit(f"no corpus documents under {CORPUS} (seeds/*.txt, dev/*.txt): is shared/ beside the checkout?")
    texts = {path: path.read_text(encoding="utf-8") for path in sources}
    files: list[Path] = []
    total, copy = 0, 0

    def enough() -> bool:
        return len(files) >= docs if docs is not None else total >= chars

    while not enough():
        for split in SPLITS:
            (folder / f"copy{copy:03d}" / split).mkdir(parents=True)
            if (CORPUS / split / "INDEX.tsv").exists():
                shutil.copy(CORPUS / split / "INDEX.tsv", folder / f"copy{copy:03d}" / split / "INDEX.tsv")
        for path in sources:
            if docs is not None and len(files) == docs:
                break
            # A distinct trailer makes a distinct document id while keeping the text realistic.
            text = texts[path] + f"\n（第{copy + 1}份）\n"
            target = folder / f"copy{copy:03d}" / path.parent.name / path.name
            target.write_text(text, encoding="utf-8")
            files.append(target)
            total += len(text)
        copy += 1
    return files, total
