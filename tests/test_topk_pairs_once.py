"""kg similar --all scores each unordered pair of a plan and its candidate once (kg.analysis.topk._score_once).

Real documents: the shared corpus (seeds + dev), loaded once per session.
"""
from __future__ import annotations

import numpy as np
import pytest

from kg.analysis import topk
from kg.analysis.plans import build_plans
from kg.analysis.similarity import PARTS, PlanFeatures
from kg.analysis.snapshot import GraphData


@pytest.fixture(scope="module")
def features(embedded_loaded) -> PlanFeatures:
    return PlanFeatures.build(build_plans(GraphData.from_store(embedded_loaded)))


def test_the_pair_score_is_symmetric(features):
    n = len(features.plans)
    first, second = np.divmod(np.arange(n * n), n)
    scorer = topk.PairScorer(features)
    there, back = scorer.scores(first, second), scorer.scores(second, first)
    for name in ("score", *PARTS):
        assert np.allclose(there[name], back[name], atol=1e-12, rtol=0)
    assert there["score"].max() > 0.5  # not vacuous: some pairs are alike


def test_the_table_is_the_one_of_each_plan_scored_against_its_own_candidates(features):
    table = topk.top_similar_pairs(None, top=5, candidates=8, block=5, features=features)
    index = topk.CandidateIndex(features, 8)
    scorer = topk.PairScorer(features)
    plans = features.plans
    doc_sets = [frozenset(p.doc_ids) for p in plans]
    expected = []
    for row in range(len(plans)):
        found = topk.candidate_lists(features, np.array([row]), 8, index)[0]
        scores = scorer.scores(np.full(len(found), row), found)["score"]
        expected += [(plans[row].id, plans[found[j]].id, round(float(scores[j]), 12))
                     for j in topk._best(scores, found, row, 5, doc_sets, plans)]
    got = [(r.plan, r.other, round(r.score, 12)) for r in table.itertuples()]
    assert got == expected


def test_pairs_that_differ_are_not_merged():
    # negative: (0, 1) and (1, 0) are one pair; (0, 1) and (0, 2) stay two
    class Echo:
        def scores(self, a, b):
            return {"score": (10 * np.minimum(a, b) + np.maximum(a, b)).astype(float),
                    **{p: np.zeros(len(a)) for p in PARTS}, **{f"present_{p}": np.zeros(len(a)) for p in PARTS}}

    where, pairs = topk._score_once(Echo(), [np.array([1, 2]), np.array([0, 2]), np.array([1])], 3, 1)
    assert pairs["score"][where].tolist() == [1.0, 2.0, 1.0, 12.0, 12.0]
    assert len(pairs["score"]) == 3
