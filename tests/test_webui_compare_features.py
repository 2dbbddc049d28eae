"""The comparison pages of a read-only store (what ``kg serve`` opens) answer from the store's plan features
(kg.analysis.feature_cache), not from a whole-graph snapshot: the answers must be the snapshot's, on the corpus."""
from __future__ import annotations

import pandas as pd
import pytest

from kg.stores.embedded import EmbeddedStore
from webui import create_app


@pytest.fixture(scope="module")
def clients(embedded_loaded):
    """(a client over the read-only store, its app, a client over the writable store: the snapshot path)."""
    reader = EmbeddedStore(embedded_loaded.folder, read_only=True)
    served = create_app(store_factory=lambda: reader, config={"TESTING": True})
    snapshot = create_app(store_factory=lambda: embedded_loaded, config={"TESTING": True})
    yield served.test_client(), served, snapshot.test_client()
    reader.close()


def _same(a, b, path):
    got, want = a.get(path), b.get(path)
    assert got.status_code == want.status_code == 200, path
    assert got.get_json() == want.get_json(), path
    return got.get_json()


def test_plan_comparisons_from_features_equal_the_snapshot_ones(clients):
    features, app, snapshot = clients
    similar = _same(features, snapshot, "/api/compare/plans?place=营口市&limit=5")
    assert similar["results"]
    # the features were loaded, and no snapshot was read for these
    assert app.extensions.get("civkg_features") is not None and app.extensions.get("civkg_snapshot") is None
    other = similar["results"][0]["plan"]
    pair = _same(features, snapshot, f"/api/compare/pair?a={similar['query']['id']}&b={other}")
    assert pair["shared_concepts"] or pair["shared_programs"] or pair["topics"]
    # evidence carries its document's title and highlighted words, read from the store
    evidence = [ev for item in pair["shared_concepts"] + pair["shared_programs"] for ev in item.get("evidence_a", [])]
    assert evidence and all(ev["title"] for ev in evidence)
    _same(features, snapshot, "/api/compare/pair?a=营口市&b=衢州市")
    assert app.extensions.get("civkg_snapshot") is None


def test_heatmap_from_features_scores_only_the_shown_plans_and_equals_the_snapshot(clients):
    features, _, snapshot = clients
    for path in ("/api/compare/heatmap?limit=12", "/api/compare/heatmap?place=营口&limit=5",
                 "/api/compare/heatmap?year=2021&limit=6", "/api/compare/heatmap?place=没有这个地方"):
        _same(features, snapshot, path)


def test_unknown_plans_are_still_400_naming_the_parameter(clients):
    features, _, snapshot = clients
    for path in ("/api/compare/pair?a=营口市&b=没有这个地方", "/api/compare/plans?place=没有这个地方"):
        got, want = features.get(path), snapshot.get(path)
        assert got.status_code == want.status_code == 400
        assert got.get_json() == want.get_json()


def test_the_compare_page_lists_places_from_the_features(clients):
    features, _, snapshot = clients
    page = features.get("/compare?place=营口市").get_data(as_text=True)
    assert page == snapshot.get("/compare?place=营口市").get_data(as_text=True)


def test_diffusion_reads_only_the_entity_s_edges_and_equals_the_snapshot(clients, embedded_loaded):
    from kg.analysis.diffusion import diffusion, diffusion_from_store, entity_nodes
    from kg.analysis.feature_cache import store_features
    from kg.analysis.snapshot import GraphData

    features, app, snapshot = clients
    data = GraphData.from_store(embedded_loaded)
    profiles = store_features(embedded_loaded).profiles
    entities = entity_nodes(embedded_loaded)
    names = sorted({n["name"] for n in data.nodes.values() if n["label"] in ("Concept", "Program", "Policy")})
    compared = with_rows = 0
    for name in names[::7]:
        try:
            want = diffusion(data, name)
        except Exception as error:  # an ambiguous or unknown name: the same error either way
            with pytest.raises(type(error)):
                diffusion_from_store(embedded_loaded, name, profiles, entities)
            continue
        got = diffusion_from_store(embedded_loaded, name, profiles, entities)
        assert got.attrs["entity"] == want.attrs["entity"]
        pd.testing.assert_frame_equal(got, want, check_dtype=False, obj=name)
        compared += 1
        with_rows += len(want) > 1
    assert compared >= 30 and with_rows >= 5
    concept = next(n["name"] for n in data.nodes.values() if n["label"] == "Concept" and len(diffusion(data, n["name"])) > 2)
    _same(features, snapshot, f"/api/compare/diffusion?program={concept}")
    assert app.extensions.get("civkg_snapshot") is None
