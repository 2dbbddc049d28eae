"""The embedded writer's map of stored Document sources (issue 13: a batch's older versions without a scan).

Each batch of ``kg ingest`` looks for stored Documents with the same source as one of its documents (an
edited file replaces its old facts). That used to be ``MATCH (d:Document) WHERE d.source IN $sources``, a
scan of every stored Document once per batch; the writer now keeps a map of source → keys, read once and
kept in step by its own commits. These tests hold the map to the scan after every kind of write, and the
graph written with the map to the graph written with the scan.
"""
from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.model import Edge, Fragment, Node, Provenance
from kg.stores.embedded import EmbeddedStore

SCAN = "MATCH (d:Document) WHERE d.source IS NOT NULL RETURN d.source, d.key"


def _document(doc_id: str, source: str | None, agency: str = "东洲区民政局", version: str | None = None) -> Fragment:
    """A small invented notice: one issuing body, one sentence of provenance."""
    properties = {"source": source} if source else {}
    if version:
        properties["extractor_version"] = version
    doc = Node("Document", f"Document:{doc_id}", f"关于做好{doc_id}工作的通知", properties=properties)
    body = Node("Agency", f"Agency:{agency}", agency)
    sentence = f"{agency}印发关于做好困难群众基本生活保障工作的通知。"
    edge = Edge("ISSUED_BY", doc.key, body.key, Provenance(doc_id, 0, sentence, 0, len(agency)))
    return Fragment(doc, [body], [edge])


def _scanned(store: EmbeddedStore) -> dict[str, list[str]]:
    by_source: dict[str, list[str]] = {}
    for source, key in store._rows(SCAN):
        by_source.setdefault(source, []).append(key)
    return {source: sorted(keys) for source, keys in by_source.items()}


def _held(store: EmbeddedStore) -> dict[str, list[str]]:
    assert store._keys_by_source is not None
    assert store._source_of_document == {key: source for source, keys in store._keys_by_source.items() for key in keys}
    return {source: sorted(keys) for source, keys in store._keys_by_source.items()}


def _in_query(store: EmbeddedStore, sources: list[str]) -> set[str]:
    return {key for key, in store._rows("MATCH (d:Document) WHERE d.source IN $sources RETURN d.key",
                                        {"sources": sources})}


def test_the_map_follows_new_replaced_and_removed_documents(tmp_path):
    with EmbeddedStore(tmp_path / "s", batch_size=2) as store:
        store.write_fragments([_document("a1", "/docs/a.txt"), _document("b1", "/docs/b.txt")])
        assert store._stored_keys_of_sources(["/docs/a.txt"]) == ["Document:a1"]  # the first lookup reads the graph
        assert _held(store) == _scanned(store)
        # /docs/a.txt edited: its new text replaces the old document; a new file joins in the same batch
        summary = store.write_fragments([_document("a2", "/docs/a.txt"), _document("c1", "/docs/c.txt", "西湖区民政局")])
        assert (summary.documents, summary.replaced) == (2, 1)
        assert _held(store) == _scanned(store) == {"/docs/a.txt": ["Document:a2"], "/docs/b.txt": ["Document:b1"],
                                                   "/docs/c.txt": ["Document:c1"]}
        assert store.remove_document("b1")
        assert _held(store) == _scanned(store)
        # the same text under a new extractor: replaced in place, its key and source kept
        store.write_fragments([_document("c1", "/docs/c.txt", "西湖区民政局", version="v-next")])
        assert _held(store) == _scanned(store)
        for sources in (["/docs/a.txt", "/docs/c.txt"], ["/docs/a.txt", "/docs/a.txt"], ["/docs/b.txt"]):
            assert set(store._stored_keys_of_sources(sources)) == _in_query(store, sources)


def test_a_source_never_stored_finds_nothing(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        store.write_fragments([_document("a1", "/docs/a.txt"), _document("n1", None)])
        assert store._stored_keys_of_sources(["/docs/elsewhere.txt"]) == []
        assert "Document:n1" not in store._source_of_document  # a document without a source is not in the map


def test_a_write_the_map_cannot_follow_drops_it(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        store.write_fragments([_document("a1", "/docs/a.txt")])
        store._stored_keys_of_sources(["/docs/a.txt"])
        store.run_cypher("MATCH (d:Document {key: 'Document:a1'}) SET d.source = '/docs/moved.txt'", read_only=False)
        assert store._keys_by_source is None
        assert store._stored_keys_of_sources(["/docs/moved.txt"]) == ["Document:a1"]
        assert store._stored_keys_of_sources(["/docs/a.txt"]) == []


def test_a_failed_transaction_drops_the_map(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        store.write_fragments([_document("a1", "/docs/a.txt")])
        store._stored_keys_of_sources(["/docs/a.txt"])
        with pytest.raises(QueryError):
            with store._sources_followed():
                raise QueryError("the engine gave up")
        assert store._keys_by_source is None
        # negative: a write that succeeds keeps the map it has
        store._stored_keys_of_sources(["/docs/a.txt"])
        store.write_fragments([_document("b1", "/docs/b.txt")])
        assert store._keys_by_source is not None and _held(store) == _scanned(store)


def test_the_graph_is_the_same_as_with_the_scan(tmp_path, monkeypatch):
    """Many small batches of edits, moves and repeats: every node and edge as the scan's writer left them."""
    fragments = [_document(f"v{round_}{name}", f"/docs/{name}.txt", f"{name}区民政局")
                 for round_ in range(3) for name in "甲乙丙丁"]
    fragments += [_document("v0甲", "/docs/甲.txt", "甲区民政局"), _document("v9甲", "/docs/甲-copy.txt")]

    def contents(store: EmbeddedStore) -> tuple:
        nodes = sorted((n["key"], sorted(n["properties"].items(), key=str)) for n in store.iter_nodes())
        edges = sorted((e["source"], e["target"], sorted(e["properties"].items(), key=str)) for e in store.iter_edges())
        return nodes, edges

    with EmbeddedStore(tmp_path / "map", batch_size=3) as store:
        store.write_fragments(fragments)
        with_map = contents(store)
    monkeypatch.setattr(EmbeddedStore, "_stored_keys_of_sources",
                        lambda self, sources: [key for key, in self._rows(
                            "MATCH (d:Document) WHERE d.source IN $sources RETURN d.key", {"sources": sources})])
    with EmbeddedStore(tmp_path / "scan", batch_size=3) as store:
        store.write_fragments(fragments)
        assert contents(store) == with_map
