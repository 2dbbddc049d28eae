"""The plan features' narrow read (kg.analysis.plans.profile_only_data) gives the profiles the whole analyses' read
gives: it leaves out only labels and edge types the profiles never look at.

Real documents: the shared corpus's five seeds.
"""
from __future__ import annotations

import pytest

from kg.analysis.feature_cache import build_store_features
from kg.analysis.plans import (PROFILE_EDGE_PROPERTIES, PROFILE_LABELS, PROFILE_REL_TYPES, _read_profiles,
                               profile_data, profile_only_data)
from kg.analysis.snapshot import ANALYSIS_LABELS, ANALYSIS_REL_TYPES, GraphData
from kg.commands.ingest import ingest
from kg.stores.embedded import EmbeddedStore


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory, corpus_dir):
    store = EmbeddedStore(tmp_path_factory.mktemp("profile-read") / "store")
    store.ensure_schema()
    assert not ingest(store, [str(corpus_dir / "seeds")]).failed
    yield store
    store.close()


def test_the_narrow_read_is_a_part_of_the_whole_read():
    assert set(PROFILE_LABELS) < set(ANALYSIS_LABELS)
    assert set(PROFILE_REL_TYPES) < set(ANALYSIS_REL_TYPES)


def test_profiles_and_features_equal_those_of_the_whole_read(seeds_store):
    whole, narrow = profile_data(seeds_store), profile_only_data(seeds_store)
    assert sum(map(len, narrow.edges.values())) < sum(map(len, whole.edges.values()))
    assert len(narrow.nodes) < len(whole.nodes)
    expected, got = _read_profiles(whole), _read_profiles(narrow)
    assert list(got) == list(expected) and got == expected
    assert any(p.concepts for p in got.values()) and any(p.targets for p in got.values())
    a, b = build_store_features(whole), build_store_features(narrow)
    assert [p.__dict__ for p in a.features.plans] == [p.__dict__ for p in b.features.plans]
    assert (a.features.text != b.features.text).nnz == 0 and a.features.vocab == b.features.vocab


def test_a_read_without_a_type_the_profiles_use_gives_other_profiles(seeds_store):
    # negative: the equality above is not vacuous; without COVERS (topics) or the Concepts' nodes the profiles differ
    whole = _read_profiles(profile_data(seeds_store))
    no_covers = GraphData.from_store(seeds_store, labels=PROFILE_LABELS,
                                     rel_types=[t for t in PROFILE_REL_TYPES if t != "COVERS"],
                                     edge_properties=PROFILE_EDGE_PROPERTIES)
    assert _read_profiles(no_covers) != whole
    no_targets = GraphData.from_store(seeds_store, labels=[label for label in PROFILE_LABELS if label != "Target"],
                                      rel_types=PROFILE_REL_TYPES, edge_properties=PROFILE_EDGE_PROPERTIES)
    assert _read_profiles(no_targets) != whole
