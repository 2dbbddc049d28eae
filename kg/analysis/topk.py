"""The most similar plans of *every* plan, without the all-pairs matrix.

:func:`kg.analysis.similarity.similarity_matrix` fills an N×N dense matrix:
at 10^4–10^5 plans that is 0.8–80 GB and N² exact scores. Here plans are
taken a block of rows at a time, and each row is scored exactly only against
its **candidates**: the plans that come first on one of three cheap sparse
signals, computed from the same feature matrices as the score itself
(:class:`~kg.analysis.similarity.PlanFeatures`):

- *structured overlap*: shared catalogue concepts (a family member counts
  ``FAMILY_CREDIT``), related local programs and matching indicators, each an
  inverted-index product (plans × items × plans, sparse);
- *text*: the TF-IDF cosine (the score's own text part);
- *topics*: the cosine of the topic profiles;
- their sum with the score's weights (a plan good on several parts at once).

The candidates of a block are then scored with
:meth:`PlanFeatures.part_matrices` (the one implementation of the five-part
score, as ``kg similar`` and ``kg compare`` use), so every score listed is the
exact score; only a plan outside every signal's first ``candidates`` can be
missed. Memory is a few blocks × N floats, whatever N.

>>> from kg.analysis.snapshot import GraphData
>>> table = top_similar_pairs(store, top=3)        # doctest: +SKIP
>>> list(table.columns)[:5]                        # doctest: +SKIP
['plan', 'rank', 'other', 'score', 'concepts']
"""
from __future__ import annotations

from typing import Iterator, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from kg.analysis.plans import build_plans
from kg.analysis.similarity import PARTS, WEIGHTS, PlanFeatures
from kg.analysis.snapshot import GraphData

# Plans scored exactly per plan and signal; four signals, so up to 4× this many per plan.
CANDIDATES = 50
# Plans per block: the block's candidate columns are scored together (block × its candidates).
BLOCK = 32


def top_indices(values: np.ndarray, k: int) -> np.ndarray:
    """Column indices of each row's ``k`` largest positive values (any order), as one flat array per row.

    >>> [sorted(r.tolist()) for r in top_indices(np.array([[0.1, 0.9, 0.0, 0.5], [0.0, 0.0, 0.0, 0.2]]), 2)]
    [[1, 3], [3]]
    """
    k = min(k, values.shape[1])
    if k <= 0:
        return [np.zeros(0, dtype=int) for _ in range(values.shape[0])]
    picked = np.argpartition(-values, k - 1, axis=1)[:, :k]
    return [row[values[i, row] > 0] for i, row in enumerate(picked)]


def _overlap(incidence: sp.csr_matrix, credit: sp.csr_matrix, rows: np.ndarray, cosine: bool = False) -> np.ndarray:
    """Items of the block's plans credited against every plan, over the two sizes: a cheap proxy of the part.

    Over the sum of the sizes for the Jaccard-measured parts (programs, indicators); over the geometric mean of
    the sizes (``cosine``) for the concepts part, which is a soft cosine.
    """
    shared = np.asarray((incidence[rows] @ credit @ incidence.T).todense())
    sizes = np.asarray(incidence.getnnz(axis=1), dtype=float)
    total = (np.sqrt(sizes[rows][:, None] * sizes[None, :]) if cosine
             else sizes[rows][:, None] + sizes[None, :])
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, shared / np.where(total > 0, total, 1), 0.0)


def candidate_columns(features: PlanFeatures, rows: np.ndarray, candidates: int = CANDIDATES) -> np.ndarray:
    """The plans worth scoring exactly against the block ``rows``: the union of each signal's best per row."""
    structured = (WEIGHTS["concepts"] * _overlap(features.concepts, sp.csr_matrix(features.concept_sim), rows,
                                                 cosine=True)
                  + WEIGHTS["programs"] * _overlap(features.programs, features.program_sim, rows)
                  + WEIGHTS["indicators"] * _overlap(features.targets, features.indicator_sim, rows))
    text = np.asarray((features.text[rows] @ features.text.T).todense())
    topic_rows = _unit_rows(features.topics)
    topics = np.asarray((topic_rows[rows] @ topic_rows.T).todense())
    # The score's own mix, with the cheap stand-ins: it ranks plans strong on several parts at once.
    combined = structured + WEIGHTS["text"] * text + WEIGHTS["topics"] * topics
    picked = [np.asarray(rows)]
    for signal in (combined, structured, text, topics):
        signal[np.arange(len(rows)), rows] = 0.0  # a plan is not its own candidate
        picked.extend(top_indices(signal, candidates))
    return np.unique(np.concatenate(picked))


def _unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sp.diags(np.where(norms > 0, 1 / np.where(norms > 0, norms, 1), 0.0)) @ matrix


def _blocks(n: int, size: int) -> Iterator[np.ndarray]:
    for start in range(0, n, size):
        yield np.arange(start, min(n, start + size))


def top_similar_pairs(source, top: int = 10, by: str = "place_year", candidates: int = CANDIDATES,
                      block: int = BLOCK, features: PlanFeatures | None = None) -> pd.DataFrame:
    """Each plan's ``top`` most similar other plans, best first, with the exact score and its five parts.

    Columns: plan, rank (1 = most similar), other, score, the five parts (NaN
    where neither plan has data for the part), plan_label, other_label. A plan
    whose documents are all in the other plan (or the reverse) is not listed
    as its neighbour, as in :func:`kg.analysis.similarity.similar`.
    ``candidates`` per plan and signal bound the exact scoring (see the module
    docstring); with ``candidates`` ≥ the number of plans the result is the
    dense matrix's top ``top``.
    """
    if features is None:
        data = source if isinstance(source, GraphData) else GraphData.from_store(source)
        features = PlanFeatures.build(build_plans(data, by=by))
    plans = features.plans
    doc_sets = [frozenset(p.doc_ids) for p in plans]
    records: list[dict] = []
    for rows in _blocks(len(plans), max(1, block)):
        columns = candidate_columns(features, rows, candidates)
        matrices = features.part_matrices(rows.tolist(), columns.tolist())
        for i, row in enumerate(rows):
            scores = matrices["score"][i]
            order = _best(scores, columns, row, top, doc_sets, plans)
            for rank, j in enumerate(order, start=1):
                other = plans[columns[j]]
                record = {"plan": plans[row].id, "rank": rank, "other": other.id, "score": float(scores[j])}
                for part in PARTS:
                    record[part] = float(matrices[part][i, j]) if matrices[f"present_{part}"][i, j] > 0 else np.nan
                record["plan_label"] = plans[row].label()
                record["other_label"] = other.label()
                records.append(record)
    columns_out = ["plan", "rank", "other", "score", *PARTS, "plan_label", "other_label"]
    return pd.DataFrame.from_records(records, columns=columns_out)


def _best(scores: np.ndarray, columns: np.ndarray, row: int, top: int, doc_sets: Sequence[frozenset],
          plans: Sequence) -> list[int]:
    """Positions (in ``columns``) of the row's ``top`` best other plans, best first, ties by plan id."""
    order = []
    for j in np.argsort(-scores, kind="stable"):
        column = columns[j]
        if column == row or doc_sets[column] <= doc_sets[row] or doc_sets[row] <= doc_sets[column]:
            continue
        order.append(j)
        if len(order) == top:
            break
    order.sort(key=lambda j: (-scores[j], plans[columns[j]].id))
    return order


def agreement_with_dense(features: PlanFeatures, table: pd.DataFrame, top: int) -> dict[str, float]:
    """The table against the dense all-pairs matrix (for tests and benchmarks, where the matrix fits).

    ``max_score_difference``: the largest difference between a listed score and
    the matrix's score of that pair. ``recall``: the share of rank positions
    whose listed score equals the matrix's best score at that rank (so a tie
    broken the other way still counts as found).
    """
    dense = features.part_matrices()["score"]
    index = features.index
    difference = max((abs(dense[index[r.plan], index[r.other]] - r.score) for r in table.itertuples()), default=0.0)
    doc_sets = [frozenset(p.doc_ids) for p in features.plans]
    listed = table.groupby("plan")["score"].apply(list).to_dict()
    columns = np.arange(len(features.plans))
    hits = total = 0
    for i, plan in enumerate(features.plans):
        best = [dense[i, j] for j in _best(dense[i], columns, i, top, doc_sets, features.plans)]
        mine = listed.get(plan.id, [])
        total += len(best)
        hits += sum(1 for rank, score in enumerate(best) if rank < len(mine) and mine[rank] >= score - 1e-12)
    return {"max_score_difference": float(difference), "recall": hits / total if total else 1.0}
