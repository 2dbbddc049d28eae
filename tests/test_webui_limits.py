"""Web hardening (issue 9): body size, bad and deep JSON, NULs, NaN, the console token, waitress."""
from __future__ import annotations

import json

import pytest

from test_console_sandbox import call, console, kg_serve


@pytest.fixture
def app():
    from webui import create_app

    def no_store():
        raise AssertionError("these requests must be refused before the store is used")

    return create_app(store_factory=no_store, config={"TESTING": True})


def test_a_body_over_the_limit_is_413_with_a_clear_message(app):
    response = app.test_client().post("/api/cypher", data=b"x" * (2 << 20), content_type="application/json")
    assert response.status_code == 413
    assert "larger than" in response.get_json()["error"]["message"]


@pytest.mark.parametrize("body", ["{", '{"query": "RETURN 1",}', "[" * 100_000 + "]" * 100_000,
                                  '{"query": ' + "[" * 100_000 + "]" * 100_000 + "}", "[1, 2]"])
def test_bad_or_deeply_nested_json_is_400(app, body):
    response = app.test_client().post("/api/cypher", data=body, content_type="application/json")
    assert response.status_code == 400, response.get_data(as_text=True)[:200]
    assert response.get_json()["error"]["message"]


@pytest.mark.parametrize("url", ["/api/search?q=%00", "/api/search?q=%00%00%00", "/api/paths?source=a%00&target=b",
                                 "/api/documents?q=%00"])
def test_a_nul_in_a_parameter_is_400(app, url):
    response = app.test_client().get(url)
    assert response.status_code == 400
    assert "NUL" in response.get_json()["error"]["message"]


def test_a_nul_in_a_console_query_is_400(app):
    response = app.test_client().post("/api/cypher", json={"query": "RETURN 1\x00"})
    assert response.status_code == 400


def test_nan_and_infinity_go_out_as_null(app):
    with app.app_context():
        text = app.json.dumps({"rows": [[float("nan"), float("inf"), 1.5]]})
    assert json.loads(text) == {"rows": [[None, None, 1.5]]}
    assert "NaN" not in text and "Infinity" not in text


def test_console_needs_the_token_when_one_is_set(app):
    app.config["CONSOLE_TOKEN"] = "s3cret-token"
    client = app.test_client()
    refused = client.post("/api/cypher", json={"query": "RETURN 1 AS one"})
    assert refused.status_code == 403 and "token" in refused.get_json()["error"]["message"]
    wrong = client.post("/api/cypher", json={"query": "RETURN 1 AS one"}, headers={"X-Civkg-Console-Token": "nope"})
    assert wrong.status_code == 403


def test_console_is_off_beyond_loopback_without_a_token(app):
    app.config["CONSOLE_REQUIRES_TOKEN"] = True
    refused = app.test_client().post("/api/cypher", json={"query": "RETURN 1 AS one"})
    assert refused.status_code == 403 and "CIVKG_CONSOLE_TOKEN" in refused.get_json()["error"]["message"]


def test_embedded_console_nan_is_null_through_a_real_server(tmp_path, corpus_dir):
    from kg.stores.embedded import EmbeddedStore
    from loaders import load_file

    folder = tmp_path / "store"
    store = EmbeddedStore(folder)
    store.write_fragments([load_file(str(sorted((corpus_dir / "seeds").glob("*.txt"))[0]))])
    store.close()
    with kg_serve("--store", str(folder)) as (base, server):
        status, answer = console(base, "RETURN 0.0 / 0.0 AS x")
        assert status == 200 and answer["rows"] == [[None]], answer
        status, answer = call(base, "/api/search?q=%00")
        assert status == 400


def test_kg_serve_runs_on_waitress_not_the_development_server(tmp_path, corpus_dir):
    """The Dockerfile runs ``kg serve``, which must not be Flask's development server (werkzeug)."""
    import urllib.request

    from kg.stores.embedded import EmbeddedStore
    from loaders import load_file

    folder = tmp_path / "store"
    store = EmbeddedStore(folder)
    store.write_fragments([load_file(str(sorted((corpus_dir / "seeds").glob("*.txt"))[0]))])
    store.close()
    with kg_serve("--store", str(folder)) as (base, server):
        with urllib.request.urlopen(base + "/api/health", timeout=10) as response:
            assert "Werkzeug" not in (response.headers.get("Server") or "")
            assert response.headers.get("Server") == "civkg"


def test_kg_serve_beyond_loopback_needs_the_console_token(tmp_path, corpus_dir):
    from kg.stores.embedded import EmbeddedStore
    from loaders import load_file

    folder = tmp_path / "store"
    store = EmbeddedStore(folder)
    store.write_fragments([load_file(str(sorted((corpus_dir / "seeds").glob("*.txt"))[0]))])
    store.close()
    with kg_serve("--store", str(folder), "--host", "0.0.0.0", env={"CIVKG_CONSOLE_TOKEN": ""}) as (base, _):
        status, answer = console(base, "RETURN 1 AS one")
        assert status == 403 and "CIVKG_CONSOLE_TOKEN" in answer["error"]["message"]
        assert call(base, "/api/queries")[1]["console"] is False
    with kg_serve("--store", str(folder), "--host", "0.0.0.0", env={"CIVKG_CONSOLE_TOKEN": "t0ken"}) as (base, _):
        assert console(base, "RETURN 1 AS one")[0] == 403
        status, answer = call_with_token(base, "t0ken")
        assert status == 200 and answer["rows"] == [[1]]


def call_with_token(base: str, token: str) -> tuple[int, dict]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(base + "/api/cypher", data=json.dumps({"query": "RETURN 1 AS one"}).encode(),
                                     headers={"Content-Type": "application/json", "X-Civkg-Console-Token": token})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())
