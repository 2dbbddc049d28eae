"""Explainable similarity between plans, and the all-pairs similarity matrix.

The score of two plans is a weighted mean of four parts, each in [0, 1]:

============  ======  ==============================================================
part          weight  what it measures
============  ======  ==============================================================
``programs``  0.35    soft Jaccard of their programs: exact names count 1, related
                      names (三社联动 ~ 五社联动) count their bigram similarity
``topics``    0.25    cosine of their topic profiles (share of sentences per topic,
                      weighted by the topic's inverse document frequency)
``text``      0.25    cosine of TF-IDF keyword vectors, boilerplate removed
``targets``   0.15    soft Jaccard of their targets' indicators, matched loosely
============  ======  ==============================================================

Programs weigh most because they are what a researcher compares ("who else
runs 时间银行?"); topics and text catch plans that work on the same lines with
differently named programs; targets are sparse (many documents state none),
so they weigh least. A part that neither plan has data for (no targets on
either side) is left out and the other weights are rescaled; a part that only
one side has scores 0. A plan is therefore exactly 1.0 similar to itself,
and the score is symmetric.

All-pairs scores are sparse matrix products (``scipy.sparse``), so 1,000
plans take about a second.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from kg.analysis.indicators import indicators_match, normalise_indicator, to_comparable
from kg.analysis.keywords import l2_normalise, tfidf_matrix, top_terms
from kg.analysis.names import char_ngrams, clean_name, name_similarity, related_similarity, soft_overlap
from kg.analysis.plans import Plan, build_plans, select_plan
from kg.analysis.snapshot import GraphData
from kg.errors import InputError

WEIGHTS: dict[str, float] = {"programs": 0.35, "topics": 0.25, "text": 0.25, "targets": 0.15}
PARTS = tuple(WEIGHTS)


def indicator_similarity(a: str, b: str) -> float:
    """Similarity of two normalised indicator names: bigram similarity when they match, else 0."""
    return name_similarity(a, b) if indicators_match(a, b) else 0.0


def _pairwise_sparse(names: Sequence[str], similarity: Callable[[str, str], float]) -> sp.csr_matrix:
    """The name-by-name similarity matrix, 1 on the diagonal, computed only for names sharing a bigram."""
    by_gram: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        for gram in char_ngrams(name):
            by_gram[gram].append(i)
    rows, cols, vals = list(range(len(names))), list(range(len(names))), [1.0] * len(names)
    seen: set[tuple[int, int]] = set()
    for members in by_gram.values():
        if len(members) > 500:
            # A bigram shared by hundreds of names (服务, 养老) cannot by itself
            # make two names related; their other shared bigrams will pair them.
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                s = similarity(names[i], names[j])
                if s > 0:
                    rows += [i, j]
                    cols += [j, i]
                    vals += [s, s]
    n = len(names)
    return sp.csr_matrix((vals, (rows, cols)), shape=(n, n))


def _incidence(sets: Sequence[set[str]], names: Sequence[str]) -> sp.csr_matrix:
    index = {name: i for i, name in enumerate(names)}
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
    program_names: list[str]
    programs: sp.csr_matrix
    program_sim: sp.csr_matrix
    indicator_names: list[str]
    targets: sp.csr_matrix
    indicator_sim: sp.csr_matrix
    vocab: list[str]
    text: sp.csr_matrix
    index: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, plans: Sequence[Plan]) -> "PlanFeatures":
        plans = list(plans)
        topic_names = sorted({t for p in plans for t in p.topics})
        t_index = {t: i for i, t in enumerate(topic_names)}
        # Nearly every document touches 社会救助; weighting shares by the
        # topic's inverse document frequency keeps that from making every
        # pair of plans look alike.
        topic_df = Counter(t for p in plans for t in p.topics if p.topics[t] > 0)
        topic_idf = {t: math.log((1 + len(plans)) / (1 + topic_df[t])) + 1 for t in topic_names}
        rows, cols, vals = [], [], []
        for r, plan in enumerate(plans):
            for topic, share in plan.topics.items():
                rows.append(r)
                cols.append(t_index[topic])
                vals.append(share * topic_idf[topic])
        topics = l2_normalise(sp.csr_matrix((vals, (rows, cols)), shape=(len(plans), len(topic_names))))

        program_sets = [{clean_name(n) for n in p.programs if clean_name(n)} for p in plans]
        program_names = sorted(set().union(*program_sets)) if plans else []
        indicator_sets = [{normalise_indicator(i) for i in p.indicators if normalise_indicator(i)} for p in plans]
        indicator_names = sorted(set().union(*indicator_sets)) if plans else []
        vocab, text = tfidf_matrix([p.tokens for p in plans])
        return cls(
            plans=plans,
            topic_names=topic_names,
            topics=topics,
            program_names=program_names,
            programs=_incidence(program_sets, program_names),
            program_sim=_pairwise_sparse(program_names, related_similarity),
            indicator_names=indicator_names,
            targets=_incidence(indicator_sets, indicator_names),
            indicator_sim=_pairwise_sparse(indicator_names, indicator_similarity),
            vocab=vocab,
            text=text,
            index={p.id: i for i, p in enumerate(plans)},
        )

    def part_matrices(self, rows_a: Sequence[int] | None = None,
                      rows_b: Sequence[int] | None = None) -> dict[str, np.ndarray]:
        """Each part's scores for rows_a × rows_b (all plans by default), as dense arrays."""
        def pick(m: sp.csr_matrix, rows):
            return m if rows is None else m[list(rows)]

        out = {}
        ta, tb = pick(self.topics, rows_a), pick(self.topics, rows_b)
        out["topics"] = np.asarray((ta @ tb.T).todense())
        xa, xb = pick(self.text, rows_a), pick(self.text, rows_b)
        out["text"] = np.asarray((xa @ xb.T).todense())
        out["programs"] = soft_jaccard_matrix(pick(self.programs, rows_a), self.program_sim,
                                              pick(self.programs, rows_b))
        out["targets"] = soft_jaccard_matrix(pick(self.targets, rows_a), self.indicator_sim,
                                             pick(self.targets, rows_b))
        masks = {
            "topics": (ta, tb), "text": (xa, xb),
            "programs": (pick(self.programs, rows_a), pick(self.programs, rows_b)),
            "targets": (pick(self.targets, rows_a), pick(self.targets, rows_b)),
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
    features = PlanFeatures.build(build_plans(source, by=by))
    matrices = features.part_matrices()
    ids = [p.id for p in features.plans]
    if part not in matrices or part.startswith("present_"):
        raise InputError(f"part must be score or one of {', '.join(PARTS)}, not {part!r}")
    values = matrices[part] if part == "score" else np.where(matrices[f"present_{part}"] > 0, matrices[part], np.nan)
    return pd.DataFrame(values, index=ids, columns=ids)


def _features_with(source, extra: Sequence[Plan]) -> PlanFeatures:
    """Features of all the store's place-year plans plus ``extra`` plans (for the IDF and name space)."""
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    plans = build_plans(data)
    known = {p.id for p in plans}
    plans += [p for p in extra if p.id not in known]
    return PlanFeatures.build(plans)


def similar(source, place: str, year: int | None = None, top: int = 10) -> pd.DataFrame:
    """The plans most similar to a place's plan (of ``year``, or all its years together).

    Returns one row per other plan, best first: plan, place, year, score, the
    four parts, and how many programs the two share exactly.
    """
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    query = select_plan(data, f"{place}:{year}" if year is not None else place)
    features = _features_with(data, [query])
    q = features.index[query.id]
    matrices = features.part_matrices([q], None)
    table = _plan_rows(features)
    for part in ("score", *PARTS):
        table[part] = matrices[part][0]
    query_docs = set(query.doc_ids)
    query_programs = {clean_name(n) for n in query.programs}
    table["title"] = [(p.titles[0] if p.titles else "")[:40] for p in features.plans]
    table["shared_programs"] = [len(query_programs & {clean_name(n) for n in p.programs}) for p in features.plans]
    keep = [i for i, p in enumerate(features.plans) if i != q and not set(p.doc_ids) <= query_docs]
    table = table.iloc[keep].sort_values(["score", "plan"], ascending=[False, True]).head(top)
    return table.reset_index(drop=True)


@dataclass
class Comparison:
    """Why two plans are (dis)similar, every item with its supporting sentences.

    Evidence items are dicts with doc_id, sentence_index, sentence, start, end
    (offsets into the document's original text).
    """

    a: Plan
    b: Plan
    score: float
    parts: dict[str, float]
    weights: dict[str, float]
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

    def summary(self) -> pd.DataFrame:
        """The score and its parts as a one-column table."""
        rows = {"score": self.score, **self.parts}
        return pd.DataFrame({"value": rows, "weight": {k: self.weights.get(k) for k in rows}})

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


def compare(source, a: str | Plan, b: str | Plan) -> Comparison:
    """Explain the similarity of two plans, named as ``PLACE[:YEAR]`` or a document id (or given as Plans).

    >>> c = compare(store, "营口市:2021", "辽宁省:2020")    # doctest: +SKIP
    >>> c.score, [p["name"] for p in c.shared_programs]   # doctest: +SKIP
    """
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    plan_a = a if isinstance(a, Plan) else select_plan(data, a)
    plan_b = b if isinstance(b, Plan) else select_plan(data, b)
    if plan_b.id == plan_a.id:
        plan_b = Plan(**{**plan_b.__dict__, "id": plan_b.id + " (b)"})
    features = _features_with(data, [plan_a, plan_b])
    ia, ib = features.index[plan_a.id], features.index[plan_b.id]
    matrices = features.part_matrices([ia], [ib])
    parts = {part: float(matrices[part][0, 0]) for part in PARTS}

    programs = soft_overlap(plan_a.programs, plan_b.programs)
    policies = soft_overlap(plan_a.policies, plan_b.policies, similarity=lambda x, y: 0.0)
    terms_a = dict(top_terms(features.text[ia], features.vocab, k=200))
    terms_b = dict(top_terms(features.text[ib], features.vocab, k=200))
    shared_terms = sorted(((t, terms_a[t] * terms_b[t]) for t in set(terms_a) & set(terms_b)),
                          key=lambda x: -x[1])[:15]
    return Comparison(
        a=plan_a,
        b=plan_b,
        score=float(matrices["score"][0, 0]),
        parts=parts,
        weights=dict(WEIGHTS),
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
        topics=_topic_table(plan_a, plan_b),
        targets=_target_pairs(plan_a, plan_b),
        shared_terms=shared_terms,
    )
