"""A query plan's rows added to the store's plan features (PlanFeatures.extended) are exactly the rows a
rebuild would give, and the web snapshot and a one-off read agree on a place's plans of all years.

Real documents: the shared corpus (seeds + dev), loaded once per session.
"""
from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from kg.analysis.plans import Plan, build_plans, document_profiles, select_plan
from kg.analysis.similarity import PARTS, PlanFeatures, similar
from kg.analysis.snapshot import GraphData

MATRICES = ("topics", "concepts", "programs", "targets", "text")


@pytest.fixture(scope="module")
def data(embedded_loaded) -> GraphData:
    return GraphData.from_store(embedded_loaded)


@pytest.fixture(scope="module")
def base(data) -> PlanFeatures:
    return PlanFeatures.build(build_plans(data))


def all_years_plans(data, base) -> list[Plan]:
    """Every place's plan of all its years that is not one of the store's place-year plans."""
    profiles = document_profiles(data)
    places = Counter(p.place for p in base.plans if p.place)
    plans = [select_plan(data, place, profiles=profiles) for place, years in places.items() if years > 1]
    return [p for p in plans if p.id not in base.index]


def assert_same_features(fast: PlanFeatures, rebuilt: PlanFeatures) -> None:
    assert [p.id for p in fast.plans] == [p.id for p in rebuilt.plans]
    assert fast.vocab == rebuilt.vocab and fast.concept_names == rebuilt.concept_names
    for name in MATRICES:
        assert abs(getattr(fast, name) - getattr(rebuilt, name)).max() < 1e-12, name
    assert np.allclose(fast.topic_residual, rebuilt.topic_residual)
    rows = list(range(len(fast.plans) - 3, len(fast.plans)))
    a, b = fast.part_matrices(rows), rebuilt.part_matrices(rows)
    for part in ("score",) + PARTS:
        assert np.allclose(a[part], b[part]), part


def test_a_place_of_all_years_gets_the_rebuilds_rows_without_a_rebuild(data, base):
    extra = all_years_plans(data, base)
    assert len(extra) >= 3, "the corpus has places with plans of several years"
    fast = base.extended(extra)
    # Nothing new to the store: the base's name spaces and IDFs are kept, and only rows are added.
    assert fast.vocab is base.vocab and fast.concept_sim is base.concept_sim and fast.corpus == base.corpus
    assert_same_features(fast, PlanFeatures.build(base.plans + extra, reuse=base, corpus=len(base.plans)))


def test_a_query_with_a_word_the_store_lacks_falls_back_to_the_rebuild(data, base):
    query = all_years_plans(data, base)[0]
    odd = Plan(**{**query.__dict__, "id": query.id + " (odd)", "tokens": list(query.tokens) + ["从未出现过的词"]})
    fast = base.extended([odd])
    assert "从未出现过的词" in fast.vocab and fast.vocab is not base.vocab
    assert_same_features(fast, PlanFeatures.build(base.plans + [odd], reuse=base, corpus=len(base.plans)))


def test_the_query_does_not_count_in_the_idf(data, base):
    """A place's plans of all years are made of the store's own documents: weighing them into the IDF
    would count their words twice. The store's own rows are the same with or without the query."""
    extra = all_years_plans(data, base)
    fast = base.extended(extra)
    assert abs(fast.text[: len(base.plans)] - base.text).max() == 0
    assert abs(fast.topics[: len(base.plans)] - base.topics).max() == 0


def test_web_snapshot_and_one_off_read_agree_on_all_years(embedded_loaded, data, base):
    place = all_years_plans(data, base)[0].place
    snapshot = GraphData.from_store(embedded_loaded)
    snapshot.long_lived = True  # the web app's: the store's features built once, the query's rows added
    web = similar(snapshot, place, None, top=8)
    one_off = similar(GraphData.from_store(embedded_loaded), place, None, top=8)
    assert list(web["plan"]) == list(one_off["plan"])
    assert np.allclose(web["score"], one_off["score"])
