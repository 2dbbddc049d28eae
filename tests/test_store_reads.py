"""``Store.get_nodes`` and ``neighbours(document_text=False)`` give the same nodes on both stores, with and
without the Documents' text (the web app's graph view, document page and provenance read them that way)."""
from __future__ import annotations

import pytest


@pytest.fixture(params=["embedded", "neo4j"])
def loaded(request):
    return request.getfixturevalue("embedded_loaded" if request.param == "embedded" else "neo4j_loaded")


def test_get_nodes_reads_many_keys_and_leaves_out_unknown_ones(loaded):
    documents = [n["key"] for n in loaded.iter_nodes(["Document"])][:3]
    keys = [*documents, "Agency:营口市民政局", "Agency:没有这个机构", "NoLabel:x", "Document:nope"]
    found = loaded.get_nodes(keys)
    assert set(found) == {*documents, "Agency:营口市民政局"}
    for key in found:
        assert found[key] == loaded.get_node(key)
    assert all(found[d]["properties"]["text"] for d in documents)
    slim = loaded.get_nodes(keys, document_text=False)
    assert set(slim) == set(found)
    for key, node in slim.items():
        expected = dict(found[key]["properties"])
        expected.pop("text", None) if node["label"] == "Document" else None
        assert node["properties"] == expected and node["name"] == found[key]["name"]


def test_neighbours_without_document_text_differ_only_in_the_text(loaded):
    full = loaded.neighbours("Agency:营口市民政局", limit=300)
    slim = loaded.neighbours("Agency:营口市民政局", limit=300, document_text=False)
    assert slim["edges"] == full["edges"]
    by_key = {n["key"]: n for n in full["nodes"]}
    assert [n["key"] for n in slim["nodes"]] == [n["key"] for n in full["nodes"]]
    documents = [n for n in slim["nodes"] if n["label"] == "Document"]
    assert documents, "the agency issued documents"
    for node in slim["nodes"]:
        if node["key"] == "Agency:营口市民政局":
            continue
        expected = {k: v for k, v in by_key[node["key"]]["properties"].items()
                    if not (node["label"] == "Document" and k == "text")}
        assert node["properties"] == expected
        assert "text" not in node["properties"] or node["label"] != "Document"
