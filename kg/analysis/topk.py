"""The most similar plans of *every* plan, without the all-pairs matrix.

:func:`kg.analysis.similarity.similarity_matrix` fills an N×N dense matrix:
at 10^4–10^5 plans that is 0.8–80 GB and N² exact scores. Here each plan is
scored exactly only against its **candidates**: the plans that come first on
one of two cheap signals, computed from the same feature matrices as the score
itself (:class:`~kg.analysis.similarity.PlanFeatures`), neither of them N²:

- *structured overlap*: shared catalogue concepts (a family member counts
  ``FAMILY_CREDIT``), related local programs and matching indicators, each an
  inverted-index product over posting lists of at most ``MAX_POSTING`` plans
  (ties broken by the TF-IDF cosine); its best ``candidates``;
- *mixed*: the score's own weighted mix as one vector per plan, projected to a
  few dozen dimensions and searched in an HNSW graph (:mod:`kg.analysis.ann`);
  its best ``NEAREST_FACTOR × candidates``.

The candidates are then scored pair by pair with :class:`PairScorer` (the
five-part score of :meth:`PlanFeatures.part_matrices`, rewritten for explicit
pairs; the two agree to 1e-16), so every score listed is the exact score; only
a plan outside both signals' lists can be missed.

>>> table = top_similar_pairs(store, top=3)        # doctest: +SKIP
>>> list(table.columns)[:5]                        # doctest: +SKIP
['plan', 'rank', 'other', 'score', 'concepts']
"""
from __future__ import annotations

from typing import Iterator, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from kg.analysis.feature_cache import store_features
from kg.analysis.ann import combined_vectors, nearest
from kg.analysis.plans import build_plans, profile_data
from kg.analysis.similarity import PARTS, WEIGHTS, PlanFeatures
from kg.analysis.snapshot import GraphData

# Plans taken per plan from the structured signal; the mixed signal gives NEAREST_FACTOR times as many.
CANDIDATES = 50
NEAREST_FACTOR = 8
# Plans per block: their candidates are found and scored together.
BLOCK = 256
# Items and words on more plans than this find no candidates (see CandidateIndex).
MAX_POSTING = 1000
# TF-IDF terms per plan kept for breaking the structured signal's ties.
TEXT_TERMS = 100


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


class CandidateIndex:
    """Sparse inverted indexes over the plans' features and the mixed vectors' nearest neighbours, for
    :func:`candidate_lists`.

    Built once per run. A posting list longer than ``max_posting`` plans (a catalogue concept or a word
    half the plans share) is left out: it would make every block touch most plans (the N² of
    multiplying each block by every plan); a plan found only through such an item is found by the mixed
    signal. Each plan keeps its ``text_terms`` heaviest TF-IDF terms, to break the overlap's ties.
    """

    def __init__(self, features: PlanFeatures, candidates: int = CANDIDATES, max_posting: int = MAX_POSTING,
                 text_terms: int = TEXT_TERMS, nearest_factor: int = NEAREST_FACTOR,
                 exact_projected_below: int | None = None) -> None:
        self.features = features
        self.sizes = {name: np.asarray(matrix.getnnz(axis=1), dtype=float)
                      for name, matrix in (("concepts", features.concepts), ("programs", features.programs),
                                           ("indicators", features.targets))}
        self.postings = {"concepts": _pruned(features.concepts, max_posting),
                         "programs": _pruned(features.programs, max_posting),
                         "indicators": _pruned(features.targets, max_posting)}
        self.credit = {"concepts": sp.csr_matrix(features.concept_sim), "programs": features.program_sim,
                       "indicators": features.indicator_sim}
        self.incidence = {"concepts": features.concepts, "programs": features.programs,
                          "indicators": features.targets}
        self.text_postings = _pruned(_heaviest(features.text, text_terms), max_posting)
        # The score's own mix as one vector per plan, and each plan's best by it (kg.analysis.ann).
        vectors = combined_vectors([
            (WEIGHTS["concepts"], features.concepts @ sp.csr_matrix(features.concept_sim)),
            (WEIGHTS["programs"], (features.programs @ features.program_sim).minimum(1.0)),
            (WEIGHTS["indicators"], (features.targets @ features.indicator_sim).minimum(1.0)),
            (WEIGHTS["topics"], features.topics), (WEIGHTS["text"], features.text)])
        self.mixed = nearest(vectors, nearest_factor * candidates, exact_projected_below=exact_projected_below)

    def structured(self, rows: np.ndarray) -> sp.csr_matrix:
        """Credited shared items of the block's plans with every plan sharing an indexed item, over the two
        sizes (a cheap proxy of each part), weighted as in the score; sparse, block × plans."""
        total = None
        for part, postings in self.postings.items():
            shared = ((self.incidence[part][rows] @ self.credit[part]) @ postings.T).tocoo()
            sizes = self.sizes[part]
            # The concepts part is a soft cosine (over the geometric mean of the sizes); the others Jaccard-like.
            norm = (np.sqrt(sizes[rows][shared.row] * sizes[shared.col]) if part == "concepts"
                    else sizes[rows][shared.row] + sizes[shared.col])
            values = shared.data / np.maximum(norm, 1)
            signal = WEIGHTS[part] * sp.csr_matrix((values, (shared.row, shared.col)), shape=shared.shape)
            total = signal if total is None else total + signal
        return total

    def text(self, rows: np.ndarray) -> sp.csr_matrix:
        """TF-IDF cosine through the pruned postings (a lower bound of the cosine), block × plans."""
        return (self.features.text[rows] @ self.text_postings.T).tocsr()


def _pruned(matrix: sp.csr_matrix, max_posting: int) -> sp.csr_matrix:
    """``matrix`` without the columns (items, terms) that more than ``max_posting`` rows have."""
    keep = np.asarray(matrix.getnnz(axis=0) <= max_posting)
    return (matrix @ sp.diags(keep.astype(float))).tocsr()


def _heaviest(matrix: sp.csr_matrix, k: int) -> sp.csr_matrix:
    """Each row's ``k`` largest entries, the rest dropped.

    >>> _heaviest(sp.csr_matrix(np.array([[0.1, 0.7, 0.2], [0.5, 0.0, 0.0]])), 2).toarray().tolist()
    [[0.0, 0.7, 0.2], [0.5, 0.0, 0.0]]
    """
    matrix = matrix.tocsr()
    rows, cols, vals = [], [], []
    for r in range(matrix.shape[0]):
        start, end = matrix.indptr[r], matrix.indptr[r + 1]
        data, index = matrix.data[start:end], matrix.indices[start:end]
        if len(data) > k:
            picked = np.argpartition(-data, k - 1)[:k]
            data, index = data[picked], index[picked]
        rows.extend([r] * len(data))
        cols.extend(index.tolist())
        vals.extend(data.tolist())
    return sp.csr_matrix((vals, (rows, cols)), shape=matrix.shape)


def sparse_top(matrix: sp.csr_matrix, k: int) -> list[np.ndarray]:
    """Column indices of each row's ``k`` largest positive entries of a sparse matrix (any order).

    >>> [sorted(r.tolist()) for r in sparse_top(sp.csr_matrix(np.array([[0.1, 0.9, 0.0, 0.5], [0, 0, 0, 0.2]])), 2)]
    [[1, 3], [3]]
    """
    matrix = matrix.tocsr()
    out = []
    for r in range(matrix.shape[0]):
        start, end = matrix.indptr[r], matrix.indptr[r + 1]
        data, index = matrix.data[start:end], matrix.indices[start:end]
        positive = data > 0
        data, index = data[positive], index[positive]
        if len(data) > k:
            index = index[np.argpartition(-data, k - 1)[:k]]
        out.append(index)
    return out


def candidate_lists(features: PlanFeatures, rows: np.ndarray, candidates: int = CANDIDATES,
                    index: "CandidateIndex | None" = None) -> list[np.ndarray]:
    """Each of ``rows``' plans worth scoring exactly: the structured overlap's best ``candidates`` and the
    mixed vectors' nearest (never the row itself). With ``candidates`` at least the number of plans, every plan.
    """
    n = len(features.plans)
    rows = np.asarray(rows)
    if candidates >= n - 1:
        return [np.delete(np.arange(n), row) for row in rows]
    index = index or CandidateIndex(features, candidates)
    structured = index.structured(rows)
    # Overlap ratios tie often (1/7, 2/9 …): the text cosine breaks the ties, so which of the tied plans
    # are kept does not depend on their order in the index.
    tie_break = 1e-6 * index.text(rows).multiply(structured > 0)
    found_structured = sparse_top(structured + tie_break, candidates + 1)  # +1: the row itself is dropped
    found_mixed = index.mixed[rows]
    out = []
    for i, row in enumerate(rows):
        found = np.unique(np.concatenate([found_structured[i], found_mixed[i][found_mixed[i] >= 0]]))
        out.append(found[found != row])
    return out


def candidate_columns(features: PlanFeatures, rows: np.ndarray, candidates: int = CANDIDATES,
                      index: "CandidateIndex | None" = None) -> np.ndarray:
    """The union of :func:`candidate_lists` over the block ``rows``, with the rows themselves."""
    return np.unique(np.concatenate([np.asarray(rows), *candidate_lists(features, rows, candidates, index)]))


class PairScorer:
    """The exact five-part score of explicit plan pairs, in one vectorised pass per list of pairs.

    The same definitions as :meth:`PlanFeatures.part_matrices` (which fills rows × columns), rewritten
    pair by pair: each part is a row-wise dot product of per-plan vectors computed once, so scoring a
    plan against its own candidates costs what those pairs cost, not a block × union matrix.
    """

    def __init__(self, features: PlanFeatures) -> None:
        self.features = features
        concepts = (features.concepts > 0).astype(float).tocsr()
        self.concepts = concepts
        # best_credit_cosine: how well each plan covers each concept (its best counterpart's credit)
        credit = np.asarray(features.concept_sim, dtype=float)
        best = np.zeros(concepts.shape, dtype=float)
        dense = concepts.toarray() > 0
        for item in range(concepts.shape[1]):
            having = dense[:, item]
            if having.any():
                best[having] = np.maximum(best[having], credit[item][None, :])
        self.concept_cover = sp.csr_matrix(best)
        self.soft = {}
        for part, incidence, sim in (("programs", features.programs, features.program_sim),
                                     ("indicators", features.targets, features.indicator_sim)):
            self.soft[part] = (incidence.tocsr(), (incidence @ sim).minimum(1.0).tocsr(),
                               np.asarray(incidence.sum(axis=1)).ravel())
        self.topics = features.topics.toarray()
        self.concept_sizes = np.asarray(concepts.sum(axis=1)).ravel()
        # each plan's share of sentences with no topic (empty when the features carry none)
        self.topic_residual = (features.topic_residual if len(features.topic_residual)
                               else np.zeros(len(self.topics)))
        self.has = {"concepts": features.concepts.getnnz(axis=1) > 0, "programs": features.programs.getnnz(axis=1) > 0,
                    "indicators": features.targets.getnnz(axis=1) > 0, "topics": features.topics.getnnz(axis=1) > 0,
                    "text": features.text.getnnz(axis=1) > 0}

    def scores(self, first: np.ndarray, second: np.ndarray) -> dict[str, np.ndarray]:
        """Each part, ``present_PART`` and ``score`` for the pairs (first[i], second[i])."""
        f = self.features
        out: dict[str, np.ndarray] = {}
        out["text"] = _row_dot(f.text[first], f.text[second])
        # weighted_jaccard with the untopical share: it overlaps only as far as the texts match.
        residual = self.topic_residual
        r_shared = np.minimum(residual[first], residual[second]) * np.clip(out["text"], 0.0, 1.0)
        out["topics"] = _ratio(np.minimum(self.topics[first], self.topics[second]).sum(axis=1) + r_shared,
                               np.maximum(self.topics[first], self.topics[second]).sum(axis=1)
                               + residual[first] + residual[second] - r_shared)
        for part, (incidence, cover, sizes) in self.soft.items():
            inter = (_row_dot(cover[first], incidence[second]) + _row_dot(cover[second], incidence[first])) / 2
            out[part] = _ratio(inter, sizes[first] + sizes[second] - inter)
        sizes = self.concept_sizes
        inter = (_row_dot(self.concept_cover[first], self.concepts[second])
                 + _row_dot(self.concept_cover[second], self.concepts[first])) / 2
        out["concepts"] = _ratio(inter, np.sqrt(sizes[first] * sizes[second]))  # best_credit_cosine
        numerator = np.zeros(len(first))
        denominator = np.zeros(len(first))
        for part in PARTS:
            present = (self.has[part][first] | self.has[part][second]).astype(float)
            out[f"present_{part}"] = present
            numerator = numerator + WEIGHTS[part] * out[part] * present
            denominator = denominator + WEIGHTS[part] * present
        out["score"] = _ratio(numerator, denominator)
        return out


def _row_dot(a: sp.csr_matrix, b: sp.csr_matrix) -> np.ndarray:
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def _ratio(top: np.ndarray, bottom: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(bottom > 0, top / np.where(bottom > 0, bottom, 1), 0.0)


def _blocks(n: int, size: int) -> Iterator[np.ndarray]:
    for start in range(0, n, size):
        yield np.arange(start, min(n, start + size))


def top_similar_pairs(source, top: int = 10, by: str = "place_year", candidates: int = CANDIDATES,
                      block: int = BLOCK, features: PlanFeatures | None = None,
                      graph_search: bool = False) -> pd.DataFrame:
    """Each plan's ``top`` most similar other plans, best first, with the exact score and its five parts.

    Columns: plan, rank (1 = most similar), other, score, the five parts (NaN
    where neither plan has data for the part), plan_label, other_label. A plan
    whose documents are all in the other plan (or the reverse) is not listed
    as its neighbour, as in :func:`kg.analysis.similarity.similar`.
    ``candidates`` per plan and signal bound the exact scoring (see the module
    docstring); with ``candidates`` ≥ the number of plans the result is the
    dense matrix's top ``top``. The mixed signal's neighbours are searched exhaustively in the projection
    below ``ann.EXACT_PROJECTED_BELOW`` plans (faster there, and finds the few the HNSW graph misses; see
    :mod:`kg.analysis.ann`); ``graph_search`` takes the HNSW graph at any size (the lists before stop 20).
    """
    if features is None:
        cached = store_features(source) if by == "place_year" and not isinstance(source, GraphData) else None
        if cached is not None:
            features = cached.features  # built once per store generation (kg.analysis.feature_cache)
        else:
            data = profile_data(source)
            features = PlanFeatures.build(build_plans(data, by=by))
    plans = features.plans
    doc_sets = [frozenset(p.doc_ids) for p in plans]
    records: list[dict] = []
    exact_below = 0 if graph_search else None
    index = (CandidateIndex(features, candidates, exact_projected_below=exact_below)
             if candidates < len(plans) - 1 else None)
    scorer = PairScorer(features)
    labels = [plan.label() for plan in plans]  # once per plan, not once per row it appears in
    for rows in _blocks(len(plans), max(1, block)):
        lists = candidate_lists(features, rows, candidates, index)
        first = np.concatenate([np.full(len(found), row) for row, found in zip(rows, lists)]).astype(np.int64)
        second = np.concatenate(lists).astype(np.int64) if lists else np.zeros(0, dtype=np.int64)
        pairs = scorer.scores(first, second)
        start = 0
        for row, found in zip(rows, lists):
            span = slice(start, start + len(found))
            start += len(found)
            scores = pairs["score"][span]
            for rank, j in enumerate(_best(scores, found, row, top, doc_sets, plans), start=1):
                other = plans[found[j]]
                at = span.start + j
                record = {"plan": plans[row].id, "rank": rank, "other": other.id, "score": float(scores[j])}
                for part in PARTS:
                    record[part] = float(pairs[part][at]) if pairs[f"present_{part}"][at] > 0 else np.nan
                record["plan_label"] = labels[row]
                record["other_label"] = labels[found[j]]
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


def agreement_with_dense(features: PlanFeatures, table: pd.DataFrame, top: int, block: int = 256,
                         rows: Sequence[int] | None = None) -> dict[str, float]:
    """The table against the exact all-pairs scores (for tests and benchmarks, where N² scores are affordable).

    ``max_score_difference``: the largest difference between a listed score and
    the exact score of that pair. ``recall``: the share of rank positions
    whose listed score equals the exact best score at that rank (so a tie
    broken the other way still counts as found). The exact scores are computed
    ``block`` rows at a time, so memory stays block × N. ``rows``: only these
    plans (a sample, where all N² scores are not affordable); default all.
    """
    index = features.index
    doc_sets = [frozenset(p.doc_ids) for p in features.plans]
    listed = table.groupby("plan")["score"].apply(list).to_dict()
    pairs = {(index[r.plan], index[r.other]): r.score for r in table.itertuples()}
    columns = np.arange(len(features.plans))
    chosen = np.arange(len(features.plans)) if rows is None else np.sort(np.asarray(rows))
    hits = total = 0
    difference = 0.0
    for start in range(0, len(chosen), max(1, block)):
        part = chosen[start:start + max(1, block)]
        dense = features.part_matrices(part.tolist(), None)["score"]
        position = {row: i for i, row in enumerate(part.tolist())}
        for i, row in enumerate(part):
            best = [dense[i, j] for j in _best(dense[i], columns, row, top, doc_sets, features.plans)]
            mine = listed.get(features.plans[row].id, [])
            total += len(best)
            hits += sum(1 for rank, score in enumerate(best) if rank < len(mine) and mine[rank] >= score - 1e-12)
        for (a, b), score in pairs.items():
            if a in position:
                difference = max(difference, abs(dense[position[a], b] - score))
    return {"max_score_difference": float(difference), "recall": hits / total if total else 1.0}
