"""The browsing API's answers kept per store generation (webui.response_cache), on a real embedded store."""
from __future__ import annotations

import doctest
from pathlib import Path
from urllib.parse import quote

import pytest

from webui import close_app, create_app, response_cache

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
URLS = ["/api/entity?key=" + quote("Agency:营口市民政局"), "/api/graph?key=" + quote("Agency:营口市民政局"),
        "/api/paths?source=" + quote("营口市民政局") + "&target=" + quote("营口市"),
        "/api/search?q=" + quote("民政局"), "/api/suggest?q=yingkou"]


def test_doctests():
    result = doctest.testmod(response_cache)
    assert result.failed == 0 and result.attempted > 0


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    from kg.commands.ingest import ingest
    from kg.stores.embedded import EmbeddedStore

    folder = tmp_path_factory.mktemp("cache") / "store"
    with EmbeddedStore(folder) as store:
        store.ensure_schema()
        ingest(store, [str(CORPUS / "seeds")], workers=1)
    return folder


def _app(store, **config):
    return create_app(store_factory=lambda: store, config={"TESTING": True, **config})


def test_read_only_store_answers_are_kept_and_identical(store_dir):
    from kg.stores.embedded import EmbeddedStore

    store = EmbeddedStore(store_dir, read_only=True)
    cached, uncached = _app(store), _app(store, RESPONSE_CACHE_BYTES=0)
    try:
        for url in URLS:
            first = cached.test_client().get(url)
            assert first.status_code == 200
            again = cached.test_client().get(url)
            plain = uncached.test_client().get(url)
            assert again.get_data() == first.get_data() == plain.get_data()
            assert again.headers["Content-Type"] == plain.headers["Content-Type"]
            assert again.headers.get("Content-Security-Policy") == plain.headers.get("Content-Security-Policy")
        cache = cached.extensions["civkg_response_cache"]
        assert cache.size_bytes > 0 and len(cache._entries) == len(URLS)
        assert "civkg_response_cache" not in uncached.extensions or not uncached.extensions[
            "civkg_response_cache"]._entries
        # errors are not kept
        assert cached.test_client().get("/api/entity?key=Agency:没有这个").status_code == 404
        assert len(cache._entries) == len(URLS)
    finally:
        store.close()


def test_answers_that_use_the_name_index_are_not_served_from_an_older_index(store_dir):
    from kg.stores.embedded import EmbeddedStore

    store = EmbeddedStore(store_dir, read_only=True)
    app = _app(store)
    try:
        client = app.test_client()
        for url in (URLS[1], URLS[3]):  # graph (node degrees) and search (ranking by degree, pinyin)
            first = client.get(url).get_data()
            cache = app.extensions["civkg_response_cache"]
            kept = len(cache._entries)
            assert client.get(url).get_data() == first and len(cache._entries) == kept
            app.extensions["civkg_name_index"].version += 1  # as a rebuild after NAME_INDEX_TTL does
            assert client.get(url).get_data() == first and len(cache._entries) == kept + 1
    finally:
        store.close()


def test_a_store_this_process_writes_is_never_cached(store_dir, tmp_path):
    import shutil

    from kg.stores.embedded import EmbeddedStore

    shutil.copytree(store_dir, tmp_path / "store")
    store = EmbeddedStore(tmp_path / "store")
    app = _app(store)
    try:
        assert app.test_client().get(URLS[0]).status_code == 200
        assert not app.extensions["civkg_response_cache"]._entries
    finally:
        store.close()


def test_cache_stays_within_its_budget():
    cache = response_cache.ResponseCache(max_bytes=1000, max_entries=50)
    for i in range(500):
        cache.put(i, b"x" * (i % 120))
        assert cache.size_bytes <= 1000 and len(cache._entries) <= 50
    assert cache.size_bytes == sum(len(v) for v in cache._entries.values())
