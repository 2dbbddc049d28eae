"""Neo4j batched writes: new nodes created, stored ones merged, batches pipelined in order.

Runs against the real test server (see tests/conftest.py); the fragments are
the real corpus documents.
"""
from __future__ import annotations

import copy
from dataclasses import replace

from kg.model import Edge, Fragment
from kg.stores import neo4j_store as store_module


def _as_new_document(fragment: Fragment, doc_id: str) -> Fragment:
    """The same facts under another document id and source (a second document naming the same entities)."""
    document = copy.deepcopy(fragment.document)
    document.key = f"Document:{doc_id}"
    document.properties = {**document.properties, "source": f"{doc_id}.txt"}
    nodes = copy.deepcopy(fragment.nodes)
    edges = [Edge(e.type, document.key if e.source == fragment.document.key else e.source,
                  document.key if e.target == fragment.document.key else e.target,
                  replace(e.provenance, doc_id=doc_id), dict(e.properties)) for e in fragment.unique_edges()]
    return Fragment(document, nodes, edges)


def test_a_second_document_reuses_stored_nodes_and_adds_their_new_aliases(neo4j_store, corpus_fragments):
    first = corpus_fragments[0]
    neo4j_store.write_fragments([first])
    before = neo4j_store.stats()
    second = _as_new_document(first, "p2-second")
    agency = next(node for node in second.nodes if node.label == "Agency")
    stored_aliases = neo4j_store.get_node(agency.key)["aliases"]
    agency.aliases.append("某某测试别名")

    summary = neo4j_store.write_fragments([second])

    after = neo4j_store.stats()
    assert summary.documents == 1 and summary.nodes == 1  # only the new Document node is created
    assert after["nodes"]["Document"] == before["nodes"]["Document"] + 1
    assert {label: n for label, n in after["nodes"].items() if label != "Document"} == \
        {label: n for label, n in before["nodes"].items() if label != "Document"}
    assert sum(after["relationships"].values()) == 2 * sum(before["relationships"].values())
    assert neo4j_store.get_node(agency.key)["aliases"] == stored_aliases + ["某某测试别名"]


def test_many_small_batches_write_what_one_batch_writes(neo4j_store, corpus_fragments, monkeypatch):
    documents = corpus_fragments[:7]
    neo4j_store.write_fragments(documents)
    in_one_batch = neo4j_store.stats()
    for fragment in documents:
        neo4j_store.remove_document(fragment.doc_id)
    assert sum(neo4j_store.stats()["relationships"].values()) == 0

    monkeypatch.setattr(store_module, "BATCH_DOCUMENTS", 2)
    # A document repeated in a later batch is written once, whichever batch it lands in.
    summary = neo4j_store.write_fragments(documents + [documents[0]])
    assert summary.documents == 7 and summary.unchanged == 1 and not summary.failed
    assert neo4j_store.stats() == in_one_batch
