"""Shared test fixtures: the real corpus, a real Neo4j, and both stores loaded with the corpus.

Fixtures
--------
corpus_dir
    ``../shared/corpus`` beside the checkout (seeds/, dev/ with INDEX.tsv, gold/).
corpus_files
    The seed and dev ``.txt`` files, sorted.
corpus_fragments
    Their fragments (:func:`loaders.load_file` with INDEX.tsv metadata), extracted once.
neo4j_settings
    ``(uri, user, password)`` of the test server, from ``CIVKG_TEST_NEO4J_URI``
    (default ``bolt://127.0.0.1:7687``), ``CIVKG_TEST_NEO4J_USER`` (``neo4j``) and
    ``CIVKG_TEST_NEO4J_PASSWORD`` (``civkg-test-password``); these are what
    ``scripts/neo4j-test-server start`` runs with. If the server does not
    answer, the test is skipped, except under ``CI=true`` where it fails.
neo4j_store
    A :class:`~kg.stores.neo4j_store.Neo4jStore` on an **emptied** database,
    schema in place. Use it for tests that write.
neo4j_loaded
    A Neo4jStore holding exactly the corpus, ingested with
    :func:`kg.commands.ingest.ingest`. Read from it; don't write. The corpus is
    loaded once per session and reloaded only if a test changed the graph.
embedded_loaded
    An :class:`~kg.stores.embedded.EmbeddedStore` (in a temp folder) holding the
    corpus, loaded once per session the same way. Read from it; don't write.

Community Neo4j has a single user database, so tests that use ``neo4j_store``
and ``neo4j_loaded`` share it; that's why ``neo4j_loaded`` checks the graph
before handing it out.
"""
from __future__ import annotations

import os
import socket
from pathlib import Path
from urllib.parse import urlparse

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

DEFAULT_NEO4J_URI = "bolt://127.0.0.1:7687"
DEFAULT_NEO4J_USER = "neo4j"
DEFAULT_NEO4J_PASSWORD = "civkg-test-password"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def unavailable(reason: str) -> None:
    """Skip the test, or fail it under CI=true, where a missing service is a failure."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: a missing service fails the run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS_DIR / "seeds").is_dir():
        pytest.fail(f"the shared corpus is missing: expected {CORPUS_DIR} beside the checkout", pytrace=False)
    return CORPUS_DIR


@pytest.fixture(scope="session")
def corpus_files(corpus_dir) -> list[Path]:
    return sorted((corpus_dir / "seeds").glob("*.txt")) + sorted((corpus_dir / "dev").glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_fragments(corpus_files) -> list:
    """Every seed and dev document as a :class:`kg.model.Fragment`, extracted once with INDEX.tsv metadata."""
    from kg.commands.ingest import metadata_for
    from loaders import load_file

    infos = metadata_for(corpus_files)
    return [load_file(str(path), infos[path]) for path in corpus_files]


@pytest.fixture(scope="session")
def neo4j_settings() -> tuple[str, str, str]:
    uri = os.environ.get("CIVKG_TEST_NEO4J_URI", DEFAULT_NEO4J_URI)
    user = os.environ.get("CIVKG_TEST_NEO4J_USER", DEFAULT_NEO4J_USER)
    password = os.environ.get("CIVKG_TEST_NEO4J_PASSWORD", DEFAULT_NEO4J_PASSWORD)
    parsed = urlparse(uri)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 7687), timeout=3):
            pass
    except OSError as error:
        unavailable(f"no Neo4j test server at {uri} ({error}); start it with scripts/neo4j-test-server start")
    return uri, user, password


def _open_neo4j(settings):
    from kg.stores.neo4j_store import Neo4jStore

    uri, user, password = settings
    return Neo4jStore(uri, user, password)


def wipe_neo4j(store) -> None:
    """Delete every node and relationship (the schema stays)."""
    store.run_cypher("MATCH (n) DETACH DELETE n", read_only=False)


@pytest.fixture
def neo4j_store(neo4j_settings):
    store = _open_neo4j(neo4j_settings)
    wipe_neo4j(store)
    store.ensure_schema()
    yield store
    store.close()


def _ingest_corpus(store, corpus_dir: Path):
    from kg.commands.ingest import ingest

    return ingest(store, [str(corpus_dir / "seeds"), str(corpus_dir / "dev")])


_neo4j_corpus_stats: dict = {}


@pytest.fixture
def neo4j_loaded(neo4j_settings, corpus_dir):
    store = _open_neo4j(neo4j_settings)
    store.ensure_schema()
    if not _neo4j_corpus_stats or store.stats() != _neo4j_corpus_stats["stats"]:
        wipe_neo4j(store)
        report = _ingest_corpus(store, corpus_dir)
        assert not report.failed, f"corpus documents failed to load into Neo4j: {report.failed}"
        _neo4j_corpus_stats["stats"] = store.stats()
    yield store
    store.close()


@pytest.fixture(scope="session")
def embedded_loaded(tmp_path_factory, corpus_dir):
    from kg.stores.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp("embedded-corpus") / "store")
    store.ensure_schema()
    report = _ingest_corpus(store, corpus_dir)
    assert not report.failed, f"corpus documents failed to load into the embedded store: {report.failed}"
    yield store
    store.close()


@pytest.fixture()
def seeds_store(tmp_path, corpus_dir):
    """A fresh embedded store holding the five seed documents (a test module may define its own, e.g. per module)."""
    from kg.commands.ingest import ingest
    from kg.stores.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    store.ensure_schema()
    assert not ingest(store, [str(corpus_dir / "seeds")]).failed
    yield store
    store.close()


@pytest.fixture
def promotes_rules_alone():
    """The PROMOTES rules without the learned step (on by default since stop 20), for tests that pin a rule."""
    from loaders import promotes_model

    promotes_model.use_promotes_model("off")
    yield
    promotes_model.use_promotes_model(None)
