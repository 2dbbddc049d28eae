"""Agreement of the similarity with a researcher's judged triplets.

A triplet says "A's plan is closer in policy content to X than to Y". The
similarity agrees when ``score(A, X) > score(A, Y)``; a tie counts half, as
chance would. Plans are one-document plans named by document id, scored the
way ``kg compare DOC_A DOC_X`` scores them.

>>> rows = read_triplets(["kind\\tanchor\\tcloser\\tfarther\\twhy", "hard\\ta.txt\\tb.txt\\tc.txt\\tbecause"])
>>> rows[0]["kind"], rows[0]["closer"]
('hard', 'b.txt')
>>> agreement([{"kind": "hard", "closer_score": 0.3, "farther_score": 0.2},
...            {"kind": "hard", "closer_score": 0.1, "farther_score": 0.1}])
{'hard': (1.5, 2, 0.75)}
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Callable, Iterable

from kg.errors import InputError


def read_triplets(lines: Iterable[str]) -> list[dict[str, str]]:
    """Rows of a judged-triplets TSV (``#`` lines are comments)."""
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(body, delimiter="\t"))
    for row in rows:
        missing = [c for c in ("kind", "anchor", "closer", "farther") if not row.get(c)]
        if missing:
            raise InputError(f"judged triplet {row} lacks {', '.join(missing)}")
    return rows


def corpus_doc_ids(corpus: str | Path, files: Iterable[str]) -> dict[str, str]:
    """The document id of each corpus file (the hash of its normalised text), as ingestion computes it."""
    from loaders.normalise import normalise
    from loaders.pipeline import document_id
    from loaders.read import read_file

    root = Path(corpus)
    return {f: document_id(normalise(read_file(root / f).text).text) for f in sorted(set(files))}


def score_triplets(triplets: list[dict[str, str]], doc_ids: dict[str, str],
                   score: Callable[[str, str], float]) -> list[dict[str, Any]]:
    """Each triplet with ``closer_score`` and ``farther_score`` from ``score(doc_a, doc_b)``."""
    out = []
    for t in triplets:
        a = doc_ids[t["anchor"]]
        out.append({**t, "closer_score": score(a, doc_ids[t["closer"]]),
                    "farther_score": score(a, doc_ids[t["farther"]])})
    return out


def score_triplet_file(path: str | Path, corpus: str | Path,
                       score: Callable[[str, str], float]) -> list[dict[str, Any]]:
    """The triplets of one judged TSV file over the ``corpus`` folder, each scored as :func:`score_triplets` does."""
    triplets = read_triplets(Path(path).read_text(encoding="utf-8").splitlines())
    ids = corpus_doc_ids(corpus, [f for t in triplets for f in (t["anchor"], t["closer"], t["farther"])])
    return score_triplets(triplets, ids, score)


def agreement(scored: list[dict[str, Any]]) -> dict[str, tuple[float, int, float]]:
    """Per kind: (agreeing, total, share); a tie counts one half."""
    result: dict[str, list[float]] = {}
    for row in scored:
        diff = row["closer_score"] - row["farther_score"]
        result.setdefault(row["kind"], []).append(1.0 if diff > 1e-12 else 0.5 if abs(diff) <= 1e-12 else 0.0)
    return {kind: (sum(v), len(v), round(sum(v) / len(v), 3)) for kind, v in sorted(result.items())}
