"""The plan-feature cache beside an embedded store (kg.analysis.feature_cache): same answers, never stale.

Real documents: the shared corpus's five seeds, then one dev document ingested on top.
"""
from __future__ import annotations

import pandas as pd
import pytest

from kg.analysis import feature_cache
from kg.analysis.plans import build_plans
from kg.analysis.similarity import compare, similar
from kg.analysis.snapshot import GraphData
from kg.commands.ingest import ingest
from kg.stores.embedded import EmbeddedStore


def _first_place_year(store) -> tuple[str, int]:
    plan = next(p for p in build_plans(store) if p.place and p.year)
    return plan.place, plan.year


def test_cached_answers_equal_the_graph_read_and_need_no_graph(seeds_store, monkeypatch):
    place, year = _first_place_year(seeds_store)
    uncached = similar(GraphData.from_store(seeds_store), place, year, top=10)
    first = similar(seeds_store, place, year, top=10)  # builds and writes the cache
    assert feature_cache.cache_path(seeds_store.folder).is_file()
    pd.testing.assert_frame_equal(first, uncached)

    def no_graph_read(*args, **kwargs):
        raise AssertionError("the graph was read although the store did not change")

    monkeypatch.setattr(GraphData, "from_store", no_graph_read)
    again = similar(seeds_store, place, year, top=10)
    pd.testing.assert_frame_equal(again, uncached)
    other = again["plan"].iloc[0]
    cached = compare(seeds_store, f"{place}:{year}", other)
    monkeypatch.undo()
    direct = compare(GraphData.from_store(seeds_store), f"{place}:{year}", other)
    assert cached.score == pytest.approx(direct.score, abs=1e-12)
    assert cached.parts.keys() == direct.parts.keys()
    assert [c["name"] for c in cached.shared_concepts] == [c["name"] for c in direct.shared_concepts]
    # a place with all its years (not a stored place-year plan) is scored from the cache too
    whole = similar(seeds_store, place, top=10)
    pd.testing.assert_frame_equal(whole, similar(GraphData.from_store(seeds_store), place, top=10))


def test_an_ingest_makes_the_next_similar_see_the_new_document(seeds_store, corpus_dir):
    place, year = _first_place_year(seeds_store)
    before = similar(seeds_store, place, year, top=100)
    key_before = feature_cache._key(feature_cache._generation(seeds_store))
    assert not ingest(seeds_store, [str(corpus_dir / "dev" / "001.txt")]).failed  # 如皋 2019
    assert feature_cache._key(feature_cache._generation(seeds_store)) != key_before
    after = similar(seeds_store, place, year, top=100)
    new_plans = set(after["plan"]) - set(before["plan"])
    assert new_plans == {"如皋市:2019"}
    pd.testing.assert_frame_equal(after, similar(GraphData.from_store(seeds_store), place, year, top=100))
    # and a reader opened afterwards finds the rebuilt cache under the new generation
    reader = EmbeddedStore(seeds_store.folder, read_only=True)
    try:
        assert feature_cache._load(feature_cache.cache_path(seeds_store.folder),
                                   feature_cache._key(feature_cache._generation(reader))) is not None
    finally:
        reader.close()


def test_a_damaged_or_foreign_cache_is_rebuilt(seeds_store):
    place, year = _first_place_year(seeds_store)
    expected = similar(GraphData.from_store(seeds_store), place, year, top=5)
    path = feature_cache.cache_path(seeds_store.folder)
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"\x80\x05not a pickle at all")
    pd.testing.assert_frame_equal(similar(seeds_store, place, year, top=5), expected)
    assert feature_cache._load(path, feature_cache._key(feature_cache._generation(seeds_store))) is not None


def test_a_store_without_a_generation_is_not_cached(seeds_store):
    (seeds_store.folder / "generation").unlink()
    place, year = _first_place_year(seeds_store)
    similar(seeds_store, place, year, top=3)
    assert feature_cache.store_features(seeds_store) is None
    assert not feature_cache.cache_path(seeds_store.folder).exists()


def test_a_long_lived_snapshot_takes_its_features_from_the_cache(seeds_store):
    """The web app's snapshot (GraphData.long_lived) and kg similar share the one cache."""
    place, year = _first_place_year(seeds_store)
    similar(seeds_store, place, year)  # writes the cache
    data = GraphData.from_store(seeds_store)
    data.long_lived = True
    feature_cache.remember(data, seeds_store)
    assert data.is_memoised(feature_cache.FEATURES_MEMO) and data.is_memoised("document_profiles")
    plain = GraphData.from_store(seeds_store)
    plain.long_lived = True
    pd.testing.assert_frame_equal(similar(data, place, year, top=10), similar(plain, place, year, top=10))


def test_the_analysis_version_covers_every_module_the_features_are_built_by():
    """FEATURE_SOURCES is closed under the module-level kg.analysis imports of its Python files."""
    import ast

    for name in feature_cache.FEATURE_SOURCES:
        if not name.endswith(".py"):
            continue
        tree = ast.parse((feature_cache.ANALYSIS / name).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kg.analysis."):
                assert node.module.rpartition(".")[2] + ".py" in feature_cache.FEATURE_SOURCES, (name, node.module)
