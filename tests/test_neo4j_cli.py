"""``kg load`` and ``kg query`` end to end: real processes, the real Neo4j test server, the real corpus."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.neo4j


def kg(*args: str, env_extra: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture
def neo4j_env(neo4j_settings) -> dict[str, str]:
    uri, user, password = neo4j_settings
    return {"NEO4J_URI": uri, "NEO4J_USER": user, "NEO4J_PASSWORD": password}


def test_kg_load_twice_changes_nothing(neo4j_store, neo4j_env, corpus_dir):
    first = kg("load", str(corpus_dir / "dev"), env_extra=neo4j_env)
    assert first.returncode == 0, first.stderr
    documents = len(list((corpus_dir / "dev").glob("*.txt")))
    assert f"documents: {documents} new, 0 unchanged" in first.stdout
    counts = neo4j_store.stats()
    assert counts["nodes"]["Document"] == documents
    second = kg("load", str(corpus_dir / "dev"), env_extra=neo4j_env)
    assert second.returncode == 0, second.stderr
    assert f"documents: 0 new, {documents} unchanged" in second.stdout
    assert neo4j_store.stats() == counts


def test_kg_load_from_store_copies_the_embedded_graph(neo4j_store, neo4j_env, corpus_dir, tmp_path):
    from kg.stores.embedded import EmbeddedStore

    folder = tmp_path / "store"
    ingested = kg("ingest", "--store", str(folder), "--quiet", str(corpus_dir / "seeds"), str(corpus_dir / "dev"))
    assert ingested.returncode == 0, ingested.stderr
    copied = kg("load", "--from-store", str(folder), env_extra=neo4j_env)
    assert copied.returncode == 0, copied.stderr
    with EmbeddedStore(folder, read_only=True) as source:
        counts = source.stats()
        assert neo4j_store.stats() == counts
        assert {n["key"]: n for n in neo4j_store.iter_nodes()} == {n["key"]: n for n in source.iter_nodes()}
    again = kg("load", "--from-store", str(folder), env_extra=neo4j_env)
    assert "0 new" in again.stdout and neo4j_store.stats() == counts


def test_kg_load_reports_bad_files_and_loads_the_rest(neo4j_store, neo4j_env, corpus_dir, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text((corpus_dir / "dev" / "002.txt").read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    result = kg("load", str(good), str(bad), env_extra=neo4j_env)
    assert result.returncode == 2  # a bad input file, as the README says
    assert str(bad) in result.stderr and "Traceback" not in result.stderr
    assert neo4j_store.stats()["nodes"]["Document"] == 1


def test_kg_load_without_neo4j_is_one_clear_line(corpus_dir):
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    result = subprocess.run([sys.executable, "-m", "kg.cli", "load", str(corpus_dir / "dev")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "--neo4j" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_kg_query_formats(neo4j_loaded, neo4j_env):
    as_json = kg("query", "programs_of_agency", "--param", "agency=营口市民政局", "--format", "json", env_extra=neo4j_env)
    assert as_json.returncode == 0, as_json.stderr
    rows = json.loads(as_json.stdout)
    assert rows == neo4j_loaded.run_query("programs_of_agency", {"agency": "营口市民政局"}) and rows

    as_csv = kg("query", "programs_of_agency", "-p", "agency=营口市民政局", "--format", "csv", env_extra=neo4j_env)
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["program"] for r in table] == [r["program"] for r in rows]

    as_table = kg("query", "programs_of_agency", "-p", "agency=营口市民政局", "-p", "limit=2", env_extra=neo4j_env)
    lines = as_table.stdout.splitlines()
    assert lines[0].split() == ["program", "documents", "doc_ids"]
    assert lines[-1] == "(2 rows)" and rows[0]["program"] in lines[2]


def test_kg_query_errors_are_one_line(neo4j_loaded, neo4j_env):
    missing = kg("query", "programs_of_agency", env_extra=neo4j_env)
    assert missing.returncode == 6 and "missing parameter agency" in missing.stderr
    unknown = kg("query", "no_such_query", env_extra=neo4j_env)
    assert unknown.returncode == 6 and "programs_of_agency" in unknown.stderr
    malformed = kg("query", "programs_of_agency", "-p", "agency", env_extra=neo4j_env)
    assert malformed.returncode == 2 and "NAME=VALUE" in malformed.stderr
    for result in (missing, unknown, malformed):
        assert len(result.stderr.strip().splitlines()) == 1


def test_kg_query_list_shows_every_query_with_its_parameters():
    from cypher import list_queries

    result = kg("query", "--list")
    assert result.returncode == 0
    for query in list_queries():
        assert query.name in result.stdout and query.answers in result.stdout
        for param in query.params:
            assert f"--param {param.name}=" in result.stdout
