"""``kg load --bulk`` against the real Neo4j test server: the importer's graph is the batched load's graph.

The bulk import stops the test server, imports into its data folder with the
Maven-built ``neo4j-admin database import full`` and starts it again
(``scripts/neo4j-test-server import``), so the server must be one that this
checkout's script started. Source: 1,000 generated documents
(bench/gen_corpus.py, invented text) ingested into an embedded store.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import unavailable, wipe_neo4j
from kg.bulk import bulk_load, require_empty
from kg.commands.ingest import ingest
from kg.commands.query import fragments_from_store
from kg.errors import InputError
from kg.stores.embedded import EmbeddedStore
from kg.stores.neo4j_store import Neo4jStore

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import gen_corpus  # noqa: E402

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bulk")
    gen_corpus.generate(folder / "corpus", 1000, seed=13)
    store = EmbeddedStore(folder / "store")
    report = ingest(store, [str(folder / "corpus")], workers=1)
    assert not report.failed
    yield store
    store.close()


@pytest.fixture
def import_command(neo4j_settings) -> str:
    port = urlparse(neo4j_settings[0]).port or 7687
    script = REPO / "scripts" / "neo4j-test-server"
    env = {**os.environ, "CIVKG_TEST_NEO4J_PORT": str(port)}
    if subprocess.run([str(script), "status"], env=env, capture_output=True).returncode != 0:
        unavailable(f"the Neo4j on port {port} was not started by {script}, which the bulk import must restart")
    return f"env CIVKG_TEST_NEO4J_PORT={port} {script} import"


def _graph(store) -> tuple[dict, set]:
    nodes = {node["key"]: node for node in store.iter_nodes()}
    edges = {(edge["type"], edge["source"], edge["target"], tuple(sorted(edge["properties"].items())))
             for edge in store.iter_edges()}
    return nodes, edges


def test_bulk_refuses_a_database_that_is_not_empty(neo4j_store, source, import_command, tmp_path):
    neo4j_store.write_fragments(list(fragments_from_store(source))[:1])
    with pytest.raises(InputError, match="not empty"):
        require_empty(neo4j_store)
    # Through the command line: one line, exit code 2, nothing imported.
    uri, user, password = neo4j_store.uri, "neo4j", os.environ.get("CIVKG_TEST_NEO4J_PASSWORD", "civkg-test-password")
    done = subprocess.run([sys.executable, "-m", "kg.cli", "load", "--bulk", "--from-store", str(source.folder),
                           "--neo4j", uri, "--user", user, "--password", password, "--import-command", import_command],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 2 and "not empty" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert neo4j_store.stats()["nodes"]["Document"] == 1


def test_bulk_load_gives_the_batched_load_graph(neo4j_settings, source, import_command, tmp_path):
    uri, user, password = neo4j_settings
    with Neo4jStore(uri, user, password) as store:
        wipe_neo4j(store)
    report = bulk_load(source, lambda: Neo4jStore(uri, user, password), import_command, tmp_path / "csv")
    expected = source.stats()
    assert report.nodes == sum(expected["nodes"].values()) > 9000
    with Neo4jStore(uri, user, password) as store:
        assert store.stats() == expected
        bulk_nodes, bulk_edges = _graph(store)
        # The schema the batched path relies on is there: key constraints and the full-text index.
        names = {row["name"] for row in store.run_cypher("SHOW INDEXES YIELD name RETURN name")}
        assert {"civkg_name_search", "civkg_document_key", "civkg_mentions_doc_id"} <= names
        assert store.search("民政局", ["Agency"], limit=5)
        wipe_neo4j(store)
        store.write_fragments(fragments_from_store(source))
        batched_nodes, batched_edges = _graph(store)
        wipe_neo4j(store)
    assert bulk_nodes == batched_nodes
    assert bulk_edges == batched_edges
    sample = [edge for edge in bulk_edges if edge[0] == "SETS"][:5]
    assert all(dict(edge[3])["sentence"] and dict(edge[3])["doc_id"] for edge in sample)
