"""The plan features brought up to date after a small ingest (kg.analysis.feature_cache._updated) equal the
features rebuilt from a whole read of the store.

Real documents: the shared corpus's five seeds, then dev documents added and a seed removed.
"""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from kg.analysis import feature_cache
from kg.analysis.plans import profile_only_data
from kg.commands.ingest import ingest

MATRICES = ("topics", "concepts", "programs", "program_sim", "targets", "indicator_sim", "text")


def _spy(monkeypatch) -> list:
    calls: list = []
    real = feature_cache._updated

    def spy(store, previous):
        result = real(store, previous)
        calls.append(result is not None)
        return result

    monkeypatch.setattr(feature_cache, "_updated", spy)
    return calls


def _assert_same(got: feature_cache.StoreFeatures, expected: feature_cache.StoreFeatures) -> None:
    assert list(got.profiles) == list(expected.profiles) and got.profiles == expected.profiles
    a, b = got.features, expected.features
    assert [p.__dict__ for p in a.plans] == [p.__dict__ for p in b.plans]
    for name in ("topic_names", "concept_names", "program_names", "indicator_names", "vocab", "index"):
        assert getattr(a, name) == getattr(b, name), name
    for name in MATRICES:
        x, y = getattr(a, name), getattr(b, name)
        x, y = (np.asarray(x.todense()), np.asarray(y.todense())) if hasattr(x, "todense") else (x, y)
        assert np.array_equal(x, y), name
    assert np.array_equal(a.topic_residual, b.topic_residual) and np.array_equal(a.text_idf, b.text_idf)
    assert got.stamps == expected.stamps and got.instances == expected.instances
    assert got.doc_programs == expected.doc_programs


def test_added_and_removed_documents_update_the_features_as_a_rebuild_would(seeds_store, corpus_dir, tmp_path,
                                                                          monkeypatch):
    feature_cache.store_features(seeds_store)  # the first build: a whole read, written beside the store
    monkeypatch.setattr(feature_cache, "UPDATE_AT_MOST", 1.0)
    calls = _spy(monkeypatch)
    extra = tmp_path / "extra"
    extra.mkdir()
    for path in sorted((corpus_dir / "dev").glob("*.txt"))[:3]:
        shutil.copy(path, extra / path.name)
    assert not ingest(seeds_store, [str(extra)]).failed
    updated = feature_cache.store_features(seeds_store)
    assert calls == [True]
    _assert_same(updated, feature_cache.build_store_features(profile_only_data(seeds_store)))

    removed = sorted(updated.stamps)[0].partition(":")[2]
    assert seeds_store.remove_document(removed)
    again = feature_cache.store_features(seeds_store)
    assert calls == [True, True]
    assert f"Document:{removed}" not in again.profiles
    _assert_same(again, feature_cache.build_store_features(profile_only_data(seeds_store)))


def test_too_many_changes_are_rebuilt_from_a_whole_read(seeds_store, corpus_dir, tmp_path, monkeypatch):
    # negative: above UPDATE_AT_MOST of the documents touched, no update is tried
    feature_cache.store_features(seeds_store)
    monkeypatch.setattr(feature_cache, "UPDATE_AT_MOST", 0.0)
    calls = _spy(monkeypatch)
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(sorted((corpus_dir / "dev").glob("*.txt"))[0], extra)
    assert not ingest(seeds_store, [str(extra)]).failed
    rebuilt = feature_cache.store_features(seeds_store)
    assert calls == [False]
    _assert_same(rebuilt, feature_cache.build_store_features(profile_only_data(seeds_store)))


def test_features_of_other_code_are_not_updated(seeds_store, monkeypatch):
    # negative: a file of another analysis version is neither read nor updated, whatever its generation
    feature_cache.store_features(seeds_store)
    path = feature_cache.cache_path(seeds_store.folder)
    key = feature_cache._key(feature_cache._generation(seeds_store))
    assert feature_cache._load(path, {**key, "generation": "another"}, other_generation=True) is not None
    assert feature_cache._load(path, {**key, "generation": "another"}) is None
    assert feature_cache._load(path, {**key, "analysis": "0" * 16}, other_generation=True) is None


def test_a_store_whose_documents_did_not_change_keeps_its_features(seeds_store, corpus_dir, tmp_path, monkeypatch):
    from kg.analysis.similarity import PlanFeatures

    previous = feature_cache.store_features(seeds_store)

    def no_build(*args, **kwargs):
        raise AssertionError("the features were built again although no document changed")

    monkeypatch.setattr(PlanFeatures, "build", no_build)
    assert feature_cache._updated(seeds_store, previous) is previous
    # negative: one document more, and the plans are built again
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(sorted((corpus_dir / "dev").glob("*.txt"))[0], extra)
    assert not ingest(seeds_store, [str(extra)]).failed
    with pytest.raises(AssertionError, match="built again"):
        feature_cache._updated(seeds_store, previous)
