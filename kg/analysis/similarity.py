"""Explainable similarity between plans, and the all-pairs similarity matrix.

The score of two plans is a weighted mean of five parts, each in [0, 1]:

==============  ======  ============================================================
part            weight  what it measures
==============  ======  ============================================================
``concepts``    0.45    soft cosine (shared / √(|A|·|B|)) of the catalogue program
                        concepts they name (directly or through an INSTANCE_OF
                        Program): the same concept counts 1, another concept of
                        the same family (三社联动 ~ 五社联动) ``FAMILY_CREDIT``
``programs``    0.10    soft Jaccard of their *local* programs (those no concept
                        covers): exact names 1, related names their bigram similarity
``indicators``  0.10    soft Jaccard of their targets' indicators, matched loosely
``topics``      0.15    weighted Jaccard (Σ min / Σ max) of their topic profiles
                        (share of sentences per topic, weighted by the topic's
                        inverse document frequency); the share of sentences with
                        no topic is part of the profile and is shared only as far
                        as the texts match
``text``        0.20    cosine of TF-IDF keyword vectors, boilerplate and generic
                        words removed
==============  ======  ============================================================

Concepts weigh most because they are what a researcher compares ("who else
runs 时间银行?", "who raised the 低保 standard?"); topics and text catch plans
that work on the same lines without a shared concrete program. A part that
*neither* plan has data for is **missing**: its weight is not used, and the
weights actually used are the remaining weights divided by their sum (so a
plan is exactly 1.0 similar to itself). :func:`compare` lists the missing parts
and the weights used, so ``score = Σ weight_used × part`` can be checked by
hand. A part only one side has scores 0.

All-pairs scores are sparse matrix products (``scipy.sparse``), so 1,000
plans take about a second.
"""
from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from kg.analysis.indicators import indicators_match, normalise_indicator, to_comparable
from kg.analysis.keywords import l2_normalise, tfidf_matrix, tfidf_rows, top_terms
from kg.analysis.names import (RELATED_THRESHOLD, char_ngrams, clean_name, name_similarity, related_similarity,
                              soft_overlap)
from kg.analysis.plans import Plan, build_plans, document_profiles, profile_data, select_plan, short_place
from kg.analysis.snapshot import GraphData
from kg.errors import InputError

WEIGHTS: dict[str, float] = {"concepts": 0.45, "programs": 0.10, "indicators": 0.10, "topics": 0.15, "text": 0.20}
PARTS = tuple(WEIGHTS)

# Credit for two different concepts of one catalogue family (三社联动 ~ 五社联动).
FAMILY_CREDIT = 0.5


def concept_similarity(names: Sequence[str], families: dict[str, str]) -> np.ndarray:
    """The concept-by-concept credit matrix: 1 on the diagonal, FAMILY_CREDIT inside a family, else 0.

    >>> concept_similarity(["三社联动", "五社联动", "时间银行"], {"三社联动": "n", "五社联动": "n", "时间银行": "t"})
    array([[1. , 0.5, 0. ],
           [0.5, 1. , 0. ],
           [0. , 0. , 1. ]])
    """
    fam = np.array([families.get(n, n) for n in names], dtype=object)
    same = (fam[:, None] == fam[None, :]).astype(float) * FAMILY_CREDIT if len(names) else np.zeros((0, 0))
    np.fill_diagonal(same, 1.0)
    return same


def best_credit_cosine(incidence_a: sp.csr_matrix, credit: np.ndarray,
                       incidence_b: sp.csr_matrix | None = None) -> np.ndarray:
    """Soft cosine (Ochiai) of concept sets, each item covered by its *best* counterpart on the other side.

    ``shared`` = half of (Σ over A's concepts of their best credit in B + the same for B's concepts in A), and
    the score is ``shared / sqrt(|A| × |B|)``. Identical sets give 1, disjoint families 0. Unlike the Jaccard
    (``shared / (|A| + |B| - shared)``) it does not drown a short notice's one program in the fifteen others a
    long work plan names: a notice whose only concept a 15-concept plan also runs scores 1/√15 = 0.26, not 1/15.

    >>> inc = sp.csr_matrix(np.array([[1, 0, 0], [1, 1, 1], [0, 1, 0]]))
    >>> best_credit_cosine(inc, np.eye(3)).round(3).tolist()
    [[1.0, 0.577, 0.0], [0.577, 1.0, 0.577], [0.0, 0.577, 1.0]]
    >>> family = np.array([[1.0, 0.5, 0.0], [0.5, 1.0, 0.0], [0.0, 0.0, 1.0]])
    >>> best_credit_cosine(sp.csr_matrix(np.array([[1, 0, 0], [0, 1, 0]])), family).round(3).tolist()
    [[1.0, 0.5], [0.5, 1.0]]
    """
    incidence_b = incidence_a if incidence_b is None else incidence_b
    dense_a = np.asarray(incidence_a.todense()) > 0
    dense_b = np.asarray(incidence_b.todense()) > 0

    def best(dense: np.ndarray) -> np.ndarray:
        out = np.zeros(dense.shape, dtype=float)
        for item in range(dense.shape[1]):
            rows = dense[:, item]
            if rows.any():
                out[rows] = np.maximum(out[rows], credit[item][None, :])
        return out

    cover_ab = best(dense_a) @ dense_b.T.astype(float)     # how A covers B's items
    cover_ba = best(dense_b) @ dense_a.T.astype(float)     # how B covers A's items
    inter = (cover_ab + cover_ba.T) / 2
    norm = np.sqrt(dense_a.sum(axis=1)[:, None] * dense_b.sum(axis=1)[None, :].astype(float))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(norm > 0, inter / np.where(norm > 0, norm, 1), 0.0)


def weighted_jaccard(a: sp.csr_matrix, b: sp.csr_matrix, chunk: int = 256,
                     residual_a: np.ndarray | None = None, residual_b: np.ndarray | None = None,
                     residual_match: np.ndarray | None = None) -> np.ndarray:
    """Σ min / Σ max of every row of ``a`` with every row of ``b`` (Ruzicka similarity), 0 for empty rows.

    Unlike the cosine it sees emphasis: shares 0.1 and 0.8 on one topic give 0.125, not 1.

    ``residual_a`` / ``residual_b``: each row's share of sentences that carry *no* topic, one more component of
    the profile. Their overlap is ``min(r_a, r_b) × residual_match``: it adds to Σ min, and Σ max gets the union
    ``r_a + r_b - overlap``, where
    ``residual_match`` (a rows_a × rows_b matrix; the text cosine in :meth:`PlanFeatures.part_matrices`) says how
    far those sentences say the same thing. Two notices whose one topical sentence in ten is on 社会救助 are no
    longer "the same profile" unless their other nine sentences match too; a plan is still 1.0 like itself.

    >>> m = sp.csr_matrix(np.array([[0.1, 0.0], [0.8, 0.0], [0.4, 0.4]]))
    >>> weighted_jaccard(m, m).round(3).tolist()
    [[1.0, 0.125, 0.125], [0.125, 1.0, 0.333], [0.125, 0.333, 1.0]]
    >>> r = np.array([0.9, 0.2, 0.2])
    >>> weighted_jaccard(m, m, residual_a=r, residual_b=r, residual_match=np.eye(3)).round(3).tolist()
    [[1.0, 0.053, 0.053], [0.053, 1.0, 0.25], [0.053, 0.25, 1.0]]
    """
    dense_a, dense_b = np.asarray(a.todense()), np.asarray(b.todense())
    ra = np.zeros(dense_a.shape[0]) if residual_a is None else np.asarray(residual_a, dtype=float)
    rb = np.zeros(dense_b.shape[0]) if residual_b is None else np.asarray(residual_b, dtype=float)
    match = np.zeros((dense_a.shape[0], dense_b.shape[0])) if residual_match is None else residual_match
    out = np.zeros((dense_a.shape[0], dense_b.shape[0]))
    for start in range(0, dense_a.shape[0], chunk):
        stop = start + chunk
        block = dense_a[start:stop, None, :]
        # The residual sentences overlap by min(r_a, r_b) × match; their union is r_a + r_b − that overlap.
        r_shared = np.minimum(ra[start:stop, None], rb[None, :]) * match[start:stop]
        low = np.minimum(block, dense_b[None, :, :]).sum(axis=2) + r_shared
        high = np.maximum(block, dense_b[None, :, :]).sum(axis=2) + ra[start:stop, None] + rb[None, :] - r_shared
        with np.errstate(divide="ignore", invalid="ignore"):
            out[start:stop] = np.where(high > 0, low / np.where(high > 0, high, 1), 0.0)
    return out


def weights_used(present: dict[str, bool]) -> dict[str, float]:
    """The weights of the present parts divided by their sum; missing parts get none.

    >>> w = weights_used({"concepts": True, "programs": False, "indicators": False, "topics": True, "text": True})
    >>> {k: round(v, 4) for k, v in w.items()}
    {'concepts': 0.5625, 'topics': 0.1875, 'text': 0.25}
    """
    total = sum(WEIGHTS[p] for p, here in present.items() if here)
    return {p: WEIGHTS[p] / total for p, here in present.items() if here} if total else {}


def indicator_similarity(a: str, b: str) -> float:
    """Similarity of two normalised indicator names: bigram similarity when they match, else 0."""
    return name_similarity(a, b) if indicators_match(a, b) else 0.0


# A bigram shared by more names than this (服务, 养老) cannot by itself make two names related;
# their other shared bigrams will pair them.
COMMON_BIGRAM = 500


def _bigram_incidence(names: Sequence[str]) -> sp.csr_matrix:
    """Names × their distinct character bigrams (:func:`char_ngrams`), 1 where a name has the bigram."""
    columns: dict[str, int] = {}
    rows, cols = [], []
    for i, name in enumerate(names):
        for gram in char_ngrams(name):
            rows.append(i)
            cols.append(columns.setdefault(gram, len(columns)))
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(names), len(columns)))


def _indicator_candidates(names: Sequence[str], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Which pairs ``(names[first[k]], names[second[k]])`` :func:`indicators_match` may accept: a mask that
    keeps every pair it accepts (and a few more), so only those need the exact test.

    :func:`indicators_match` accepts two names when their keys (:func:`normalise_indicator`) are equal, or
    they measure the same kind (:func:`_measure`) and the keys' bigram Dice is at least ``MATCH_THRESHOLD``
    or the shorter key lies inside the longer and is at least ``CONTAINMENT_RATIO`` of it. Each of these is
    tested here for all pairs at once on the keys' bigram incidence: a key inside another has every one
    of its bigrams there too, so a pair whose shorter key lacks one is no containment. At 10^5 documents
    (3.3 M candidate pairs of indicator names sharing a bigram) testing each pair in Python was a large
    part of ``kg similar``'s first call.

    >>> names = ["城市低保标准", "城市最低生活保障标准", "城市低保标准增幅", "农村低保标准", "低保标准", "农村"]
    >>> pairs = [(i, j) for i in range(len(names)) for j in range(i + 1, len(names))]
    >>> first, second = (np.array(side) for side in zip(*pairs))
    >>> kept = _indicator_candidates(names, first, second)
    >>> [(names[i], names[j]) for i, j, k in zip(first, second, kept) if k]
    [('城市低保标准', '城市最低生活保障标准'), ('城市低保标准', '低保标准'), ('城市最低生活保障标准', '低保标准'), ('农村低保标准', '低保标准')]
    >>> all(k or not indicators_match(names[i], names[j]) for i, j, k in zip(first, second, kept))
    True
    """
    from kg.analysis.indicators import CONTAINMENT_RATIO, MATCH_THRESHOLD, _measure

    keys = [normalise_indicator(name) for name in names]
    key_ids = {key: i for i, key in enumerate(dict.fromkeys(keys))}
    key_of = np.array([key_ids[key] for key in keys], dtype=np.int64)
    measure_ids: dict[str, int] = {}
    measure_of = np.array([measure_ids.setdefault(_measure(key), len(measure_ids)) for key in keys], dtype=np.int64)
    length = np.array([len(key) for key in keys], dtype=np.int64)
    incidence = _bigram_incidence(keys)
    sizes = incidence.getnnz(axis=1)
    kept = np.zeros(len(first), dtype=bool)
    # in slices: two incidence rows per pair for 3.3 M pairs at once held ~2 GB more at the build's peak
    for start in range(0, len(first), PAIR_SLICE):
        a, b = first[start:start + PAIR_SLICE], second[start:start + PAIR_SLICE]
        shared = np.asarray(incidence[a].multiply(incidence[b]).sum(axis=1)).ravel()
        dice = 2 * shared / np.maximum(sizes[a] + sizes[b], 1)
        short = np.where(length[a] <= length[b], a, b)
        long = np.where(length[a] <= length[b], b, a)
        contained = (shared >= sizes[short]) & (length[short] >= CONTAINMENT_RATIO * length[long])
        # a hair below the threshold: the exact test decides, on these few pairs, as it always did
        similar = dice >= MATCH_THRESHOLD - 1e-9
        both = (length[a] > 0) & (length[b] > 0)
        kept[start:start + PAIR_SLICE] = both & ((key_of[a] == key_of[b])
                                                 | ((measure_of[a] == measure_of[b]) & (similar | contained)))
    return kept


# Candidate pairs tested at once by _indicator_candidates.
PAIR_SLICE = 200_000


def _pairwise_sparse(names: Sequence[str], similarity: Callable[[str, str], float],
                     min_dice: float = 0.0, only: Sequence[int] | None = None,
                     candidates: Callable[[Sequence[str], np.ndarray, np.ndarray], np.ndarray] | None = None
                     ) -> sp.csr_matrix:
    """The name-by-name similarity matrix, 1 on the diagonal, computed only for names sharing a bigram
    that at most ``COMMON_BIGRAM`` names have.

    The candidate pairs come from one sparse product of the name × bigram incidence (not a loop over
    each bigram's members, which grew as the square of its members). ``min_dice``: pairs whose bigram
    Dice is below it are not passed to ``similarity`` at all — for :func:`related_similarity` they would
    score 0 anyway. ``only``: name indices; just the pairs with one of them are computed (``kg similar``
    for one plan needs only its own names' rows and columns, not the whole matrix). ``candidates``: a
    vectorised test (names, first, second) → mask that keeps every pair ``similarity`` scores above 0;
    the others are not passed to it (:func:`_indicator_candidates`).

    >>> m = _pairwise_sparse(["三社联动", "五社联动", "时间银行"], name_similarity)
    >>> m.toarray().round(2).tolist()
    [[1.0, 0.67, 0.0], [0.67, 1.0, 0.0], [0.0, 0.0, 1.0]]
    >>> _pairwise_sparse(["三社联动", "五社联动", "时间银行"], name_similarity, only=[2]).nnz
    3
    """
    n = len(names)
    incidence = _bigram_incidence(names)
    sizes = incidence.getnnz(axis=1)
    rare = incidence[:, np.flatnonzero(incidence.getnnz(axis=0) <= COMMON_BIGRAM)].tocsr()
    if only is None:
        pairs = sp.triu(rare @ rare.T, k=1).tocoo()
        first, second = pairs.row, pairs.col
    else:
        chosen = np.unique(np.asarray(only, dtype=np.int64))
        pairs = (rare[chosen] @ rare.T).tocoo()
        first, second = chosen[pairs.row], pairs.col
        # each unordered pair once, the chosen name first unless both are chosen
        keep = (first != second) & ~(np.isin(second, chosen) & (second < first))
        first, second = first[keep], second[keep]
    if min_dice > 0 and len(first):
        shared = np.asarray(incidence[first].multiply(incidence[second]).sum(axis=1)).ravel()
        dice = 2 * shared / np.maximum(sizes[first] + sizes[second], 1)
        passed = dice >= min_dice
        first, second = first[passed], second[passed]
    if candidates is not None and len(first):
        passed = candidates(names, first, second)
        first, second = first[passed], second[passed]
    rows, cols, vals = list(range(n)), list(range(n)), [1.0] * n
    for i, j in zip(first.tolist(), second.tolist()):
        s = similarity(names[i], names[j])
        if s > 0:
            rows += [i, j]
            cols += [j, i]
            vals += [s, s]
    return sp.csr_matrix((vals, (rows, cols)), shape=(n, n))


def _incidence(sets: Sequence[set[str]], names: Sequence[str], index: dict[str, int] | None = None) -> sp.csr_matrix:
    """Rows of 0/1: which of ``names`` each set holds (``index``: name → column, when already made)."""
    index = {name: i for i, name in enumerate(names)} if index is None else index
    rows, cols = [], []
    for r, items in enumerate(sets):
        for item in items:
            rows.append(r)
            cols.append(index[item])
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), len(names)))


def soft_jaccard_matrix(incidence_a: sp.csr_matrix, name_sim: sp.csr_matrix,
                        incidence_b: sp.csr_matrix | None = None) -> np.ndarray:
    """Soft Jaccard of every row set of ``incidence_a`` with every row set of ``incidence_b``.

    Item ``j`` of set ``q`` is covered by set ``p`` to ``min(1, sum_a S[a, j])``
    over ``a`` in ``p`` — the same definition as :func:`kg.analysis.names.soft_overlap`,
    so the matrix and the pairwise explanation agree.
    """
    incidence_b = incidence_a if incidence_b is None else incidence_b
    cover_ab = (incidence_a @ name_sim).minimum(1.0) @ incidence_b.T   # how A covers B's items
    cover_ba = (incidence_b @ name_sim).minimum(1.0) @ incidence_a.T   # how B covers A's items
    inter = (np.asarray(cover_ab.todense()) + np.asarray(cover_ba.todense()).T) / 2
    size_a = np.asarray(incidence_a.sum(axis=1)).ravel()
    size_b = np.asarray(incidence_b.sum(axis=1)).ravel()
    union = size_a[:, None] + size_b[None, :] - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(union > 0, inter / np.where(union > 0, union, 1), 0.0)


@dataclass
class PlanFeatures:
    """The sparse feature matrices of a list of plans, one row per plan."""

    plans: list[Plan]
    topic_names: list[str]
    topics: sp.csr_matrix
    concept_names: list[str]
    concepts: sp.csr_matrix
    concept_sim: np.ndarray
    program_names: list[str]
    programs: sp.csr_matrix
    program_sim: sp.csr_matrix
    indicator_names: list[str]
    targets: sp.csr_matrix
    indicator_sim: sp.csr_matrix
    vocab: list[str]
    text: sp.csr_matrix
    index: dict[str, int] = field(default_factory=dict)
    topic_residual: np.ndarray = field(default_factory=lambda: np.zeros(0))
    token_counts: list[Counter] = field(default_factory=list, repr=False)
    # The IDFs (the first ``corpus`` plans'), kept so that a query plan's rows can be added without a rebuild.
    topic_idf: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)
    text_idf: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)
    corpus: int = 0

    @classmethod
    def build(cls, plans: Sequence[Plan], reuse: "PlanFeatures | None" = None,
              scored_rows: Sequence[int] | None = None, corpus: int | None = None) -> "PlanFeatures":
        """The features of ``plans``.

        ``corpus``: only the first ``corpus`` plans define the topic and word IDFs (the rest are query
        plans, such as a place's plans of all years together: made of the corpus's own documents, they
        must not count their words twice); all plans by default.

        ``reuse``: features of other plans; their token counts, and their program and indicator
        name-by-name similarities when the names are the same, are taken over (computing them is quadratic).
        ``scored_rows``: when only these plans' rows will be scored (``kg similar`` for one plan), the
        program and indicator name similarities are computed only for their names (exact for those rows;
        every other row's parts then undercount relatedness).
        """
        plans = list(plans)
        topic_names = sorted({t for p in plans for t in p.topics})
        t_index = {t: i for i, t in enumerate(topic_names)}
        # Nearly every document touches 社会救助; weighting shares by the
        # topic's inverse document frequency keeps that from making every
        # pair of plans look alike.
        corpus = len(plans) if corpus is None else corpus
        topic_df = Counter(t for p in plans[:corpus] for t in p.topics if p.topics[t] > 0)
        topic_idf = {t: math.log((1 + corpus) / (1 + topic_df[t])) + 1 for t in topic_names}
        rows, cols, vals = [], [], []
        for r, plan in enumerate(plans):
            for topic, share in plan.topics.items():
                rows.append(r)
                cols.append(t_index[topic])
                vals.append(share * topic_idf[topic])
        # Shares stay shares (not unit vectors): a plan that spends one sentence in ten on assistance is
        # not "identical" to one that spends all its sentences there (weighted Jaccard, below).
        topics = sp.csr_matrix((vals, (rows, cols)), shape=(len(plans), len(topic_names)))
        # The share of a plan's sentences that carry no topic (boilerplate, a party's programme, a meeting's
        # time and place). It counts in the weighted Jaccard's Σ max and never in its Σ min, so two notices
        # that each spend one sentence in ten on 社会救助 are not "the same profile" (issue 14's 台中 party).
        topic_residual = np.array([max(0.0, 1.0 - sum(p.topics.values())) for p in plans])

        concept_sets = [set(p.concepts) for p in plans]
        concept_names = sorted(set().union(*concept_sets)) if plans else []
        families: dict[str, str] = {}
        for p in plans:
            families.update(p.concept_families)
        program_sets = [{clean_name(n) for n in p.local_programs if clean_name(n)} for p in plans]
        program_names = sorted(set().union(*program_sets)) if plans else []
        indicator_sets = [{normalise_indicator(i) for i in p.indicators if normalise_indicator(i)} for p in plans]
        indicator_names = sorted(set().union(*indicator_sets)) if plans else []
        reused = reuse.token_counts if reuse is not None else []
        token_counts = [reused[i] if i < len(reused) and reuse.plans[i] is plan else Counter(plan.tokens)
                        for i, plan in enumerate(plans)]
        vocab, text = tfidf_matrix(token_counts, corpus=corpus)
        word_df = Counter(w for counts in token_counts[:corpus] for w in counts)

        def names_of(sets: list[set[str]], names: list[str]) -> list[int] | None:
            if scored_rows is None:
                return None
            index = {name: i for i, name in enumerate(names)}
            return sorted({index[name] for row in scored_rows for name in sets[row]})

        return cls(
            plans=plans,
            topic_names=topic_names,
            topics=topics,
            concept_names=concept_names,
            concepts=_incidence(concept_sets, concept_names),
            concept_sim=concept_similarity(concept_names, families),
            program_names=program_names,
            programs=_incidence(program_sets, program_names),
            program_sim=(reuse.program_sim if reuse is not None and reuse.program_names == program_names
                         else _pairwise_sparse(program_names, related_similarity, RELATED_THRESHOLD,
                                               only=names_of(program_sets, program_names))),
            indicator_names=indicator_names,
            targets=_incidence(indicator_sets, indicator_names),
            indicator_sim=(reuse.indicator_sim if reuse is not None and reuse.indicator_names == indicator_names
                           else _pairwise_sparse(indicator_names, indicator_similarity,
                                                 only=names_of(indicator_sets, indicator_names),
                                                 candidates=_indicator_candidates)),
            vocab=vocab,
            text=text,
            index={p.id: i for i, p in enumerate(plans)},
            topic_residual=topic_residual,
            token_counts=token_counts,
            topic_idf=np.array([topic_idf[t] for t in topic_names]),
            text_idf=np.array([math.log((1 + corpus) / (1 + word_df[w])) + 1 for w in vocab]),
            corpus=corpus,
        )

    def extended(self, extra: Sequence[Plan]) -> "PlanFeatures":
        """These features with rows for the query plans ``extra`` added, scored against the first
        :attr:`corpus` plans' IDFs, the same as ``build(plans + extra, reuse=self, corpus=self.corpus)``.

        A query plan made of the store's own documents (a place's plans of all years, one document)
        names nothing the store's plans do not: its rows are then computed alone, in time that
        grows with the plan, not the store. Anything new (a word, a program) falls back to the build.
        """
        extra = list(extra)
        topic_col = {t: i for i, t in enumerate(self.topic_names)}
        concept_col = {n: i for i, n in enumerate(self.concept_names)}
        program_col = {n: i for i, n in enumerate(self.program_names)}
        indicator_col = {n: i for i, n in enumerate(self.indicator_names)}
        word_col = self._word_columns()
        concept_sets = [set(p.concepts) for p in extra]
        program_sets = [{clean_name(n) for n in p.local_programs if clean_name(n)} for p in extra]
        indicator_sets = [{normalise_indicator(i) for i in p.indicators if normalise_indicator(i)} for p in extra]
        token_counts = [Counter(p.tokens) for p in extra]
        known = (len(self.topic_idf) == len(self.topic_names) and len(self.text_idf) == len(self.vocab)
                 and all(t in topic_col for p in extra for t in p.topics)
                 and all(n in concept_col for names in concept_sets for n in names)
                 and all(n in program_col for names in program_sets for n in names)
                 and all(n in indicator_col for names in indicator_sets for n in names)
                 and all(w in word_col for counts in token_counts for w in counts))
        if not known:
            return PlanFeatures.build(self.plans + extra, reuse=self, corpus=self.corpus)

        t_rows = [r for r, p in enumerate(extra) for _ in p.topics]
        t_cols = [topic_col[t] for p in extra for t in p.topics]
        t_vals = [share * self.topic_idf[topic_col[t]] for p in extra for t, share in p.topics.items()]
        topics = sp.csr_matrix((t_vals, (t_rows, t_cols)), shape=(len(extra), len(self.topic_names)))
        plans = self.plans + extra
        return dataclasses.replace(
            self,
            plans=plans,
            topics=sp.vstack([self.topics, topics], format="csr"),
            concepts=sp.vstack([self.concepts, _incidence(concept_sets, self.concept_names, concept_col)],
                               format="csr"),
            programs=sp.vstack([self.programs, _incidence(program_sets, self.program_names, program_col)],
                               format="csr"),
            targets=sp.vstack([self.targets, _incidence(indicator_sets, self.indicator_names, indicator_col)],
                              format="csr"),
            text=sp.vstack([self.text, tfidf_rows(token_counts, word_col, self.text_idf)], format="csr"),
            index={p.id: i for i, p in enumerate(plans)},
            topic_residual=np.concatenate([self.topic_residual,
                                           [max(0.0, 1.0 - sum(p.topics.values())) for p in extra]]),
            token_counts=self.token_counts + token_counts,
        )

    def _word_columns(self) -> dict[str, int]:
        """word → column of :attr:`text`, made once per features object (the web snapshot asks many times)."""
        columns = self.__dict__.get("_word_columns_memo")
        if columns is None:
            columns = {w: i for i, w in enumerate(self.vocab)}
            self.__dict__["_word_columns_memo"] = columns
        return columns

    def part_matrices(self, rows_a: Sequence[int] | None = None,
                      rows_b: Sequence[int] | None = None) -> dict[str, np.ndarray]:
        """Each part's scores for rows_a × rows_b (all plans by default), as dense arrays."""
        def pick(m: sp.csr_matrix, rows):
            return m if rows is None else m[list(rows)]

        out = {}
        ta, tb = pick(self.topics, rows_a), pick(self.topics, rows_b)
        xa, xb = pick(self.text, rows_a), pick(self.text, rows_b)
        out["text"] = np.asarray((xa @ xb.T).todense())
        residual = self.topic_residual
        out["topics"] = weighted_jaccard(ta, tb,
                                         residual_a=residual if rows_a is None else residual[list(rows_a)],
                                         residual_b=residual if rows_b is None else residual[list(rows_b)],
                                         residual_match=np.clip(out["text"], 0.0, 1.0))
        out["programs"] = soft_jaccard_matrix(pick(self.programs, rows_a), self.program_sim,
                                              pick(self.programs, rows_b))
        out["indicators"] = soft_jaccard_matrix(pick(self.targets, rows_a), self.indicator_sim,
                                                pick(self.targets, rows_b))
        out["concepts"] = best_credit_cosine(pick(self.concepts, rows_a), self.concept_sim,
                                             pick(self.concepts, rows_b))
        masks = {
            "concepts": (pick(self.concepts, rows_a), pick(self.concepts, rows_b)),
            "programs": (pick(self.programs, rows_a), pick(self.programs, rows_b)),
            "indicators": (pick(self.targets, rows_a), pick(self.targets, rows_b)),
            "topics": (ta, tb), "text": (xa, xb),
        }
        numerator = 0.0
        denominator = 0.0
        for part, (ma, mb) in masks.items():
            has_a = np.asarray(ma.getnnz(axis=1) > 0)
            has_b = np.asarray(mb.getnnz(axis=1) > 0)
            present = (has_a[:, None] | has_b[None, :]).astype(float)
            out[f"present_{part}"] = present
            numerator = numerator + WEIGHTS[part] * out[part] * present
            denominator = denominator + WEIGHTS[part] * present
        with np.errstate(divide="ignore", invalid="ignore"):
            out["score"] = np.where(denominator > 0, numerator / np.where(denominator > 0, denominator, 1), 0.0)
        return out


def _plan_rows(features: PlanFeatures) -> pd.DataFrame:
    return pd.DataFrame({
        "plan": [p.id for p in features.plans],
        "place": [p.place for p in features.plans],
        "year": [p.year for p in features.plans],
    })


def similarity_matrix(source, by: str = "place_year", part: str = "score") -> pd.DataFrame:
    """All-pairs similarity of the store's plans: a square DataFrame indexed by plan id.

    ``part`` picks the combined ``score`` (default) or one part (programs,
    topics, text, targets); a part is NaN for pairs where neither plan has
    data for it (it does not count in their score).

    >>> m = similarity_matrix(store)              # doctest: +SKIP
    >>> m.loc["营口市:2021", "营口市:2021"]        # doctest: +SKIP
    1.0
    """
    if by == "place_year" and isinstance(source, GraphData):
        features = _features_with(source, [])  # kept with the snapshot
    else:
        features = PlanFeatures.build(build_plans(source, by=by))
    matrices = features.part_matrices()
    ids = [p.id for p in features.plans]
    if part not in matrices or part.startswith("present_"):
        raise InputError(f"part must be score or one of {', '.join(PARTS)}, not {part!r}")
    values = matrices[part] if part == "score" else np.where(matrices[f"present_{part}"] > 0, matrices[part], np.nan)
    frame = pd.DataFrame(values, index=ids, columns=ids)
    frame.attrs["labels"] = {p.id: p.label() for p in features.plans}
    return frame


def _features_with(source, extra: Sequence[Plan], profiles: dict | None = None,
                   scored: bool = False) -> PlanFeatures:
    """Features of all the store's place-year plans plus ``extra`` plans (for the IDF and name space).

    ``scored``: only the ``extra`` plans' rows will be scored (see :meth:`PlanFeatures.build`).
    """
    from kg.analysis.feature_cache import FEATURES_MEMO as key

    data = profile_data(source)
    if scored and not data.long_lived and not data.is_memoised(key):
        # One question of a one-off read (``kg similar``, ``kg compare``): only the extra plans' rows are
        # scored, so the quadratic name similarities are computed for their names alone.
        plans = build_plans(data, profiles=profiles)
        corpus, known = len(plans), {p.id for p in plans}
        plans += [p for p in extra if p.id not in known]
        index = {p.id: i for i, p in enumerate(plans)}
        return PlanFeatures.build(plans, scored_rows=[index[p.id] for p in extra], corpus=corpus)
    # A snapshot that answers many questions (the web app's): the store's own plans' features are built
    # once per GraphData, and a query for one of them reuses them.
    return _with_extra(data.memo(key, lambda: PlanFeatures.build(build_plans(data, profiles=profiles))), extra)


def _with_extra(base: PlanFeatures, extra: Sequence[Plan]) -> PlanFeatures:
    """``base`` (the store's place-year plans) with the ``extra`` plans it lacks added (their name
    similarities and token counts reused): ``base`` itself when it has them all."""
    new = [p for p in extra if p.id not in base.index]
    return base.extended(new) if new else base


def _plans_and_features(source, specs: Sequence[str | Plan]) -> tuple[list[Plan], PlanFeatures]:
    """The plans ``specs`` name (or are) and the features to score them in.

    From an embedded store, the whole-store features come from its cache
    (:mod:`kg.analysis.feature_cache`: built once per store generation, so no graph read on a later
    call), or ``source`` is such features already loaded (:class:`~kg.analysis.feature_cache.StoreFeatures`);
    from a :class:`GraphData` or a Neo4j store, as before (:func:`_features_with`).
    """
    from kg.analysis.feature_cache import StoreFeatures, store_features

    if isinstance(source, StoreFeatures):  # already loaded (the web app keeps them per store generation)
        cached = source
    else:
        cached = None if isinstance(source, GraphData) else store_features(source)
    if cached is not None:
        plans = [spec if isinstance(spec, Plan) else select_plan(None, spec, profiles=cached.profiles)
                 for spec in specs]
        return plans, _with_extra(cached.features, _distinct(plans))
    data = profile_data(source)
    profiles = document_profiles(data)
    plans = [spec if isinstance(spec, Plan) else select_plan(data, spec, profiles=profiles) for spec in specs]
    return plans, _features_with(data, _distinct(plans), profiles=profiles, scored=True)


def _distinct(plans: list[Plan]) -> list[Plan]:
    """A second plan with the first's id (a plan compared with itself) gets its own id and row."""
    if len(plans) == 2 and plans[1].id == plans[0].id:
        plans[1] = Plan(**{**plans[1].__dict__, "id": plans[1].id + " (b)"})
    return plans


def similar(source, place: str, year: int | None = None, top: int = 10) -> pd.DataFrame:
    """The plans most similar to a place's plan (of ``year``, or all its years together).

    Returns one row per other plan, best first: plan (id), label (place, year,
    title), place, year, score, the five parts (NaN where missing), how many
    concepts the two share exactly, and the plan's doc_ids.
    """
    return similar_with_query(source, place, year, top)[1]


def similar_with_query(source, place: str, year: int | None = None, top: int = 10) -> tuple[Plan, pd.DataFrame]:
    """:func:`similar` and the plan it was asked about (chosen once: the web page shows both)."""
    (query,), features = _plans_and_features(source, [f"{place}:{year}" if year is not None else place])
    q = features.index[query.id]
    matrices = features.part_matrices([q], None)
    scores = matrices["score"][0]
    plans = features.plans
    query_docs = set(query.doc_ids)
    # Only the best rows are looked at: the query's own row and plans made only of its documents are left
    # out, and the store's place-year plans do not share documents, so at most 1 + len(query_docs) of the
    # best ``top + 1 + len(query_docs)`` rows go (ties at the edge all come in, for the order by plan id).
    wanted = min(len(plans), top + 1 + len(query_docs))
    if wanted < len(plans):
        edge = np.partition(scores, len(plans) - wanted)[len(plans) - wanted]
        candidates = np.flatnonzero(scores >= edge)
    else:
        candidates = np.arange(len(plans))
    chosen = [i for i in sorted(candidates.tolist(), key=lambda i: (-scores[i], plans[i].id))
              if i != q and not set(plans[i].doc_ids) <= query_docs][:top]
    query_concepts = set(query.concepts)
    table = pd.DataFrame({
        "plan": [plans[i].id for i in chosen],
        "place": [plans[i].place for i in chosen],
        "year": [plans[i].year for i in chosen],
        "score": scores[chosen],
        **{part: np.where(matrices[f"present_{part}"][0][chosen] > 0, matrices[part][0][chosen], np.nan)
           for part in PARTS},
        "label": [plans[i].label() for i in chosen],
        "title": [(plans[i].titles[0] if plans[i].titles else "")[:40] for i in chosen],
        "doc_ids": [list(plans[i].doc_ids) for i in chosen],
        "shared_concepts": [len(query_concepts & set(plans[i].concepts)) for i in chosen],
    })
    return query, table


@dataclass
class Comparison:
    """Why two plans are (dis)similar, every item with its supporting sentences.

    Evidence items are dicts with doc_id, sentence_index, sentence, start, end
    (offsets into the document's original text).
    """

    a: Plan
    b: Plan
    score: float
    parts: dict[str, float | None]
    weights: dict[str, float]
    shared_concepts: list[dict[str, Any]]
    related_concepts: list[dict[str, Any]]
    only_a_concepts: list[dict[str, Any]]
    only_b_concepts: list[dict[str, Any]]
    shared_programs: list[dict[str, Any]]
    related_programs: list[dict[str, Any]]
    only_a_programs: list[dict[str, Any]]
    only_b_programs: list[dict[str, Any]]
    shared_policies: list[dict[str, Any]]
    only_a_policies: list[dict[str, Any]]
    only_b_policies: list[dict[str, Any]]
    topics: pd.DataFrame
    targets: list[dict[str, Any]]
    shared_terms: list[tuple[str, float]]
    explanation: list[dict[str, Any]] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        """Parts neither plan has data for (their weight is not used)."""
        return [p for p, v in self.parts.items() if v is None]

    def summary(self) -> pd.DataFrame:
        """Each part with its value, its nominal weight, the weight used and the product; the last row is the sum."""
        rows = []
        for part, value in self.parts.items():
            used = self.weights.get(part)
            rows.append({"part": part, "value": value, "weight": WEIGHTS[part], "weight_used": used,
                         "contribution": None if value is None else used * value})
        rows.append({"part": "score", "value": self.score, "weight": None, "weight_used": sum(self.weights.values()),
                     "contribution": sum(r["contribution"] or 0.0 for r in rows)})
        return pd.DataFrame(rows)

    def to_text(self, max_evidence: int = 1, width: int = 90) -> str:
        """A readable side-by-side explanation, as ``kg compare`` prints it."""
        from kg.analysis.report import comparison_text

        return comparison_text(self, max_evidence=max_evidence, width=width)


def _with_evidence(name: str, plan: Plan, kind: str = "programs") -> dict[str, Any]:
    items = getattr(plan, kind)
    for key, evs in items.items():
        if clean_name(key) == name:
            return {"name": key, "evidence": evs}
    return {"name": name, "evidence": []}


def _topic_table(a: Plan, b: Plan) -> pd.DataFrame:
    topics = sorted(set(a.topics) | set(b.topics))
    table = pd.DataFrame({
        "topic": topics,
        "share_a": [a.topics.get(t, 0.0) for t in topics],
        "share_b": [b.topics.get(t, 0.0) for t in topics],
    })
    table["evidence_a"] = [a.topic_evidence.get(t, []) for t in topics]
    table["evidence_b"] = [b.topic_evidence.get(t, []) for t in topics]
    table["difference"] = table["share_a"] - table["share_b"]
    table["emphasised_by"] = np.where(table["difference"] > 0.05, "a",
                                      np.where(table["difference"] < -0.05, "b", ""))
    return table.sort_values("difference", key=abs, ascending=False).reset_index(drop=True)


def _target_pairs(a: Plan, b: Plan) -> list[dict[str, Any]]:
    """Targets of the two plans on the same indicator, side by side, units made comparable."""
    pairs = []
    for ta in a.targets:
        for tb in b.targets:
            if not indicators_match(ta["indicator"], tb["indicator"]):
                continue
            if ta.get("scope") and tb.get("scope") and ta["scope"] != tb["scope"]:
                continue  # 城市 and 农村 standards of one indicator are not a pair
            va, ua = to_comparable(ta.get("value"), ta.get("unit"))
            vb, ub = to_comparable(tb.get("value"), tb.get("unit"))
            pairs.append({
                "indicator": normalise_indicator(ta["indicator"]),
                "a": {**ta, "comparable_value": va, "comparable_unit": ua},
                "b": {**tb, "comparable_value": vb, "comparable_unit": ub},
                "unit_mismatch": ua != ub,
            })
    return pairs


def concept_overlap(a: Plan, b: Plan) -> tuple[list[str], list[tuple[str, str, float]], list[str], list[str]]:
    """Shared concepts, partial-credit pairs (a, b, credit), and concepts with no counterpart on the other side.

    As in the score, a concept not on the other side is credited through its best counterpart there: any
    concept of its family (shared ones included), so every credited item is listed with its partner.
    """
    shared = sorted(set(a.concepts) & set(b.concepts))
    families = {**a.concept_families, **b.concept_families}
    related: list[tuple[str, str, float]] = []
    for x in sorted(set(a.concepts) - set(shared)):
        partner = next((y for y in sorted(b.concepts) if families.get(x, x) == families.get(y, y)), None)
        if partner is not None:
            related.append((x, partner, FAMILY_CREDIT))
    for y in sorted(set(b.concepts) - set(shared)):
        partner = next((x for x in sorted(a.concepts) if families.get(x, x) == families.get(y, y)), None)
        if partner is not None and (partner, y, FAMILY_CREDIT) not in related:
            related.append((partner, y, FAMILY_CREDIT))
    only_a = [x for x in sorted(a.concepts) if x not in shared and all(x != r[0] for r in related)]
    only_b = [y for y in sorted(b.concepts) if y not in shared and all(y != r[1] for r in related)]
    return shared, related, only_a, only_b


def _side_names(a: Plan, b: Plan) -> tuple[str, str]:
    if a.place and b.place and a.place != b.place:
        return short_place(a.place), short_place(b.place)
    return "A", "B"


def _explain(a: Plan, b: Plan, shared: list[str], related: list[tuple[str, str, float]],
             topics: pd.DataFrame, target_pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Short Chinese claims, each with the sentences that support it."""
    name_a, name_b = _side_names(a, b)
    claims: list[dict[str, Any]] = []
    if shared:
        # Concrete first: concepts both sides run as named programs, then one side, then text mentions only.
        def concreteness(name: str) -> tuple[int, str]:
            sides = sum(any(ev.get("via") for ev in plan.concepts[name]) for plan in (a, b))
            return (-sides, name)

        ordered = sorted(shared, key=concreteness)
        listed = "、".join(ordered[:4]) + ("等" if len(ordered) > 4 else "")
        evidence = [ev for n in ordered[:4] for ev in (a.concepts[n][:1] + b.concepts[n][:1])]
        claims.append({"text": f"两地都推进{listed}", "evidence": evidence})
    for x, y, _ in related[:2]:
        claims.append({"text": f"{name_a}的{x}与{name_b}的{y}同属一类项目（部分相似）",
                       "evidence": a.concepts[x][:1] + b.concepts[y][:1]})
    more_a = topics[topics["emphasised_by"] == "a"]["topic"].tolist()[:2]
    more_b = topics[topics["emphasised_by"] == "b"]["topic"].tolist()[:2]
    by_topic = topics.set_index("topic")
    if more_a:
        claims.append({"text": f"{name_a}更侧重{'和'.join(more_a)}",
                       "evidence": [ev for t in more_a for ev in by_topic.loc[t, "evidence_a"][:1]]})
    if more_b:
        claims.append({"text": f"{name_b}更侧重{'和'.join(more_b)}",
                       "evidence": [ev for t in more_b for ev in by_topic.loc[t, "evidence_b"][:1]]})
    seen: set[str] = set()
    for pair in target_pairs:
        indicator = pair["indicator"]
        if indicator in seen or pair["unit_mismatch"]:
            continue
        seen.add(indicator)
        va, vb = pair["a"], pair["b"]
        claims.append({"text": f"两地都有{indicator}：{name_a} {va.get('value'):g}{va.get('unit') or ''}，"
                               f"{name_b} {vb.get('value'):g}{vb.get('unit') or ''}",
                       "evidence": [{k: va.get(k) for k in ("doc_id", "sentence_index", "sentence", "start", "end")},
                                    {k: vb.get(k) for k in ("doc_id", "sentence_index", "sentence", "start", "end")}]})
        if len(seen) >= 2:
            break
    if not claims:
        claims.append({"text": "两份文件没有共同的项目概念或指标，相似度只来自业务主题和用词", "evidence": []})
    return claims


def compare(source, a: str | Plan, b: str | Plan) -> Comparison:
    """Explain the similarity of two plans, named as ``PLACE[:YEAR]`` or a document id (or given as Plans).

    ``parts`` holds each part's value, None for a missing part; ``weights`` the
    weights actually used (missing parts left out, the rest divided by their
    sum), so ``score == sum(weights[p] * parts[p])``.

    >>> c = compare(store, "营口市:2021", "辽宁省:2020")    # doctest: +SKIP
    >>> c.score, [p["name"] for p in c.shared_concepts]   # doctest: +SKIP
    """
    (plan_a, plan_b), features = _plans_and_features(source, [a, b])
    ia, ib = features.index[plan_a.id], features.index[plan_b.id]
    matrices = features.part_matrices([ia], [ib])
    present = {part: bool(matrices[f"present_{part}"][0, 0] > 0) for part in PARTS}
    parts = {part: (float(matrices[part][0, 0]) if present[part] else None) for part in PARTS}
    used = weights_used(present)

    shared, related, only_a, only_b = concept_overlap(plan_a, plan_b)
    programs = soft_overlap(plan_a.local_programs, plan_b.local_programs)
    policies = soft_overlap(plan_a.policies, plan_b.policies, similarity=lambda x, y: 0.0)
    terms_a = dict(top_terms(features.text[ia], features.vocab, k=200))
    terms_b = dict(top_terms(features.text[ib], features.vocab, k=200))
    shared_terms = sorted(((t, terms_a[t] * terms_b[t]) for t in set(terms_a) & set(terms_b)),
                          key=lambda x: -x[1])[:15]
    topics = _topic_table(plan_a, plan_b)
    target_pairs = _target_pairs(plan_a, plan_b)
    return Comparison(
        a=plan_a,
        b=plan_b,
        score=float(matrices["score"][0, 0]),
        parts=parts,
        weights=used,
        shared_concepts=[{"name": n, "family": plan_a.concept_families.get(n), "evidence_a": plan_a.concepts[n],
                          "evidence_b": plan_b.concepts[n]} for n in shared],
        related_concepts=[{"a": x, "b": y, "credit": c, "evidence_a": plan_a.concepts[x],
                           "evidence_b": plan_b.concepts[y]} for x, y, c in related],
        only_a_concepts=[{"name": n, "evidence": plan_a.concepts[n]} for n in only_a],
        only_b_concepts=[{"name": n, "evidence": plan_b.concepts[n]} for n in only_b],
        shared_programs=[{"name": n, "evidence_a": _with_evidence(n, plan_a)["evidence"],
                          "evidence_b": _with_evidence(n, plan_b)["evidence"]} for n in programs.shared],
        related_programs=[{"a": x, "b": y, "similarity": s,
                           "evidence_a": _with_evidence(x, plan_a)["evidence"],
                           "evidence_b": _with_evidence(y, plan_b)["evidence"]} for x, y, s in programs.related],
        only_a_programs=[_with_evidence(n, plan_a) for n in programs.only_a],
        only_b_programs=[_with_evidence(n, plan_b) for n in programs.only_b],
        shared_policies=[{"name": n, "evidence_a": _with_evidence(n, plan_a, "policies")["evidence"],
                          "evidence_b": _with_evidence(n, plan_b, "policies")["evidence"]} for n in policies.shared],
        only_a_policies=[_with_evidence(n, plan_a, "policies") for n in policies.only_a],
        only_b_policies=[_with_evidence(n, plan_b, "policies") for n in policies.only_b],
        topics=topics,
        targets=target_pairs,
        shared_terms=shared_terms,
        explanation=_explain(plan_a, plan_b, shared, related, topics, target_pairs),
    )
