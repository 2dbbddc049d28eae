"""Neo4jStore against the real Neo4j test server, on fragments extracted from the real corpus.

A few tests build a small fragment by hand where they need a document that is
broken on purpose. Connection loss is produced for real, by cutting a TCP
relay that sits between the driver and the server.
"""
from __future__ import annotations

import copy
import socket
import subprocess
import sys
import threading
from dataclasses import replace

import pytest

from kg.errors import (QueryError, ReadOnlyViolation, StoreAuthError, StoreConnectionLost,
                       StoreUnavailable)
from kg.model import Edge, Fragment, Node, Provenance
from kg.stores import neo4j_store as neo4j_module
from kg.stores.neo4j_store import Neo4jStore

pytestmark = pytest.mark.neo4j


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _doc_edges(store, doc_id: str) -> int:
    return store.run_cypher("MATCH ()-[r]->() WHERE r.doc_id = $id RETURN count(r) AS n", {"id": doc_id})[0]["n"]


def _fragment_with_most_programs(fragments: list[Fragment]) -> Fragment:
    return max(fragments, key=lambda f: sum(n.label == "Program" for n in f.nodes))


# -- connecting --------------------------------------------------------------------------
def test_wrong_password_is_an_auth_error(neo4j_settings):
    uri, user, _ = neo4j_settings
    with pytest.raises(StoreAuthError, match="wrong user name or password"):
        Neo4jStore(uri, user, "not-the-password")


def test_nothing_listening_is_store_unavailable():
    with pytest.raises(StoreUnavailable, match="Connection refused"):
        Neo4jStore(f"bolt://127.0.0.1:{_free_port()}", "neo4j", "whatever")


@pytest.mark.parametrize("password, code, words", [("not-the-password", 4, "wrong user name or password"),
                                                    (None, 3, "cannot reach Neo4j")])
def test_cli_reports_connection_problems_in_one_line(neo4j_settings, password, code, words):
    uri, user, real_password = neo4j_settings
    if password is None:
        uri, password = f"bolt://127.0.0.1:{_free_port()}", real_password
    result = subprocess.run([sys.executable, "-m", "kg.cli", "query", "programs_of_agency", "-p", "agency=营口市民政局",
                             "--neo4j", uri, "--user", user, "--password", password],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == code
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


class _Relay:
    """A TCP relay to the Neo4j server that can be cut, to lose the connection for real."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass

    def cut(self) -> None:
        # shutdown() wakes the thread blocked in accept(); close() alone would leave it accepting.
        try:
            self.listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.listener.close()
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()


def test_a_lost_connection_is_store_connection_lost(neo4j_settings):
    uri, user, password = neo4j_settings
    host, port = uri.split("//")[1].split(":")
    relay = _Relay(host, int(port))
    store = Neo4jStore(f"bolt://127.0.0.1:{relay.port}", user, password, retry_seconds=1)
    try:
        assert store.run_cypher("RETURN 1 AS one") == [{"one": 1}]
        relay.cut()
        with pytest.raises(StoreConnectionLost, match="lost the connection"):
            store.stats()
    finally:
        store.close()


# -- writing -----------------------------------------------------------------------------
def test_schema_has_key_constraints_and_a_cjk_fulltext_index(neo4j_store):
    constraints = {row["name"] for row in neo4j_store.run_cypher("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"civkg_agency_key", "civkg_document_key", "civkg_program_key"} <= constraints
    fulltext = neo4j_store.run_cypher(
        "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer")
    assert {"name": "civkg_name_search", "analyzer": "cjk"} in fulltext
    neo4j_store.ensure_schema()  # idempotent


def test_loading_twice_changes_nothing(neo4j_store, corpus_fragments):
    first = neo4j_store.write_fragments(corpus_fragments)
    assert first.failed == [] and first.documents == len(corpus_fragments)
    counts = neo4j_store.stats()
    assert counts["nodes"]["Document"] == len(corpus_fragments)
    assert sum(counts["relationships"].values()) == first.edges == sum(len(f.unique_edges()) for f in corpus_fragments)
    again = neo4j_store.write_fragments(corpus_fragments)
    assert (again.documents, again.unchanged, again.nodes, again.edges) == (0, len(corpus_fragments), 0, 0)
    assert neo4j_store.stats() == counts


def test_a_changed_source_replaces_its_old_facts(neo4j_store, corpus_fragments):
    original = _fragment_with_most_programs(corpus_fragments)
    bystander = next(f for f in corpus_fragments if f is not original)
    neo4j_store.write_fragments([bystander, original])
    # The same file edited: a new id, and its last program dropped from the text.
    new_id = original.doc_id + "-edited"
    dropped = [n for n in original.nodes if n.label == "Program"][-1]
    document = copy.deepcopy(original.document)
    document.key = f"Document:{new_id}"
    edges = [replace(e, source=document.key if e.source == original.document.key else e.source,
                     provenance=replace(e.provenance, doc_id=new_id))
             for e in original.unique_edges() if dropped.key not in (e.source, e.target)]
    edited = Fragment(document, [n for n in original.nodes if n.key != dropped.key], edges)

    summary = neo4j_store.write_fragments([edited])
    assert (summary.documents, summary.replaced) == (1, 1)
    assert neo4j_store.get_node(original.document.key) is None
    assert _doc_edges(neo4j_store, original.doc_id) == 0
    assert _doc_edges(neo4j_store, new_id) == len(edges)
    still_supported = any(dropped.key in (e.source, e.target) for e in bystander.edges)
    assert (neo4j_store.get_node(dropped.key) is not None) == still_supported


def test_remove_document_keeps_entities_other_documents_support(neo4j_store, corpus_fragments):
    neo4j_store.write_fragments(corpus_fragments)
    victim = corpus_fragments[0]
    assert neo4j_store.remove_document(victim.doc_id) is True
    assert neo4j_store.remove_document(victim.doc_id) is False
    assert _doc_edges(neo4j_store, victim.doc_id) == 0
    supported = {k for f in corpus_fragments[1:] for e in f.edges for k in (e.source, e.target)}
    for node in victim.nodes:
        assert (neo4j_store.get_node(node.key) is not None) == (node.key in supported), node.key


def _broken_fragment(doc_id: str) -> Fragment:
    document = Node("Document", f"Document:{doc_id}", "坏文档",
                    properties={"title": "坏文档", "source": f"{doc_id}.txt", "year": "二〇二一年"})
    agency = Node("Agency", "Agency:某市民政局", "某市民政局")
    edge = Edge("ISSUED_BY", document.key, agency.key, Provenance(doc_id, 0, "某市民政局印发。", 0, 5))
    return Fragment(document, [agency], [edge])


def test_a_failing_document_leaves_nothing_and_spares_its_batch(neo4j_store, corpus_fragments):
    batch = [corpus_fragments[0], _broken_fragment("broken1"), corpus_fragments[1]]
    summary = neo4j_store.write_fragments(batch)
    assert summary.documents == 2
    assert [name for name, _ in summary.failed] == ["broken1.txt"]
    assert "二〇二一年" in summary.failed[0][1] or "invalid literal" in summary.failed[0][1]
    assert neo4j_store.get_node("Document:broken1") is None
    assert neo4j_store.get_node("Agency:某市民政局") is None
    assert _doc_edges(neo4j_store, "broken1") == 0


# -- reading -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, label, expected", [("民政局", "Agency", "民政局"), ("养老", "Program", "养老"),
                                                   ("養老", "Program", "养老"), ("民", "Agency", "民")])
def test_search_finds_chinese_substrings(neo4j_loaded, text, label, expected):
    hits = neo4j_loaded.search(text, labels=[label], limit=10)
    assert hits, f"nothing found for {text}"
    assert all(h["label"] == label for h in hits)
    assert all(expected in h["name"] or any(expected in a for a in h["aliases"]) for h in hits)


def test_search_agrees_with_the_embedded_store(neo4j_loaded, embedded_loaded):
    for text in ("民政局", "养老", "社会救助", "養老服務", "市", "民政工作会议"):
        for limit in (500, 5):
            ours = [h["key"] for h in neo4j_loaded.search(text, limit=limit)]
            theirs = [h["key"] for h in embedded_loaded.search(text, limit=limit)]
            assert ours == theirs, (text, limit)
    exact = neo4j_loaded.search("营口市民政局")
    assert exact[0]["name"] == "营口市民政局"  # the exact name before longer names containing it


def test_shapes_match_the_embedded_store(neo4j_loaded, embedded_loaded):
    assert neo4j_loaded.stats() == embedded_loaded.stats()
    ours = {n["key"]: n for n in neo4j_loaded.iter_nodes()}
    theirs = {n["key"]: n for n in embedded_loaded.iter_nodes()}
    assert ours == theirs

    def edge_set(store):
        return sorted((e["type"], e["source"], e["target"], tuple(sorted(e["properties"].items())))
                      for e in store.iter_edges())
    assert edge_set(neo4j_loaded) == edge_set(embedded_loaded)

    agency = next(k for k in ours if k.startswith("Agency:"))
    for store in (neo4j_loaded, embedded_loaded):
        around = store.neighbours(agency)
        assert around["nodes"][0]["key"] == agency
        assert all(agency in (e["source"], e["target"]) for e in around["edges"])
        assert all(e["properties"]["sentence"] for e in around["edges"])
    assert ({n["key"] for n in neo4j_loaded.neighbours(agency)["nodes"]}
            == {n["key"] for n in embedded_loaded.neighbours(agency)["nodes"]})


def test_shortest_paths_run_through_shared_entities(neo4j_loaded, embedded_loaded, corpus_fragments):
    first, second = corpus_fragments[0].document.key, corpus_fragments[1].document.key
    paths = neo4j_loaded.shortest_paths(first, second, max_hops=4)
    assert paths, "two documents about civil affairs should be linked"
    for path in paths:
        assert path["nodes"][0]["key"] == first and path["nodes"][-1]["key"] == second
        assert len(path["edges"]) == len(path["nodes"]) - 1
        for hop, edge in enumerate(path["edges"]):
            assert {edge["source"], edge["target"]} == {path["nodes"][hop]["key"], path["nodes"][hop + 1]["key"]}
    theirs = embedded_loaded.shortest_paths(first, second, max_hops=4, limit=100)
    assert len(paths[0]["edges"]) == len(theirs[0]["edges"])


def test_run_cypher_returns_plain_shapes_with_endpoint_keys(neo4j_loaded):
    rows = neo4j_loaded.run_cypher("MATCH (d:Document)-[r:ISSUED_BY]->(a:Agency) RETURN r LIMIT 3")
    assert rows
    for row in rows:
        edge = row["r"]
        assert edge["type"] == "ISSUED_BY"
        assert edge["source"].startswith("Document:") and edge["target"].startswith("Agency:")
        assert {"doc_id", "sentence_index", "sentence", "start", "end", "method"} <= set(edge["properties"])


@pytest.mark.parametrize("statement", ["CREATE (n:Agency {key: 'Agency:x', name: 'x'})",
                                       "MATCH (n) DETACH DELETE n",
                                       "MATCH (n:Agency) SET n.name = 'x'",
                                       "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"])
def test_read_only_queries_refuse_writes(neo4j_loaded, statement):
    before = neo4j_loaded.stats()
    with pytest.raises(ReadOnlyViolation):
        neo4j_loaded.run_cypher(statement)
    assert neo4j_loaded.stats() == before


def test_the_server_itself_refuses_a_write_the_keyword_scan_misses(neo4j_loaded, monkeypatch):
    # Prove the second guard: the READ access-mode transaction, enforced by Neo4j.
    monkeypatch.setattr(neo4j_module, "find_write_keyword", lambda text: None)
    with pytest.raises(ReadOnlyViolation, match="server rejected a write"):
        neo4j_loaded.run_cypher("CREATE (n:Agency {key: 'Agency:sneaky', name: 'sneaky'})")
    assert neo4j_loaded.get_node("Agency:sneaky") is None


def test_row_limit_and_timeout(neo4j_loaded):
    assert len(neo4j_loaded.run_cypher("UNWIND range(1, 100000) AS x RETURN x", limit=7)) == 7
    with pytest.raises(QueryError, match="timeout|timed out|terminated"):
        neo4j_loaded.run_cypher("UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*) AS n",
                                timeout=0.5)


def test_a_bad_query_is_a_query_error(neo4j_loaded):
    with pytest.raises(QueryError, match="rejected"):
        neo4j_loaded.run_cypher("MATCH (n RETURN n")
