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


@pytest.mark.parametrize("key", ["Agency:营口市民政局", "Topic:养老服务", "Place:营口市"])
def test_neighbour_summary_and_edges_to_agree_with_neighbours(loaded, key):
    """The entity page and the graph view rank and cut on the summary (no provenance) and then read only the
    shown neighbours' edges; both must say what reading every edge says, on both stores."""
    from kg.stores.base import Store

    full = loaded.neighbours(key, limit=10_000)
    counts: dict[tuple[str, str, str], int] = {}
    for edge in full["edges"]:
        outward = edge["source"] == key
        ident = (edge["type"], "out" if outward else "in", edge["target"] if outward else edge["source"])
        counts[ident] = counts.get(ident, 0) + 1
    summary = loaded.neighbour_summary(key, limit=10_000)
    assert summary["node"]["key"] == key and not summary["truncated"]
    assert {(r["type"], r["direction"], r["key"]): r["edges"] for r in summary["rows"]} == counts
    assert [-r["edges"] for r in summary["rows"]] == sorted(-r["edges"] for r in summary["rows"])  # busiest first
    names = {n["key"]: n for n in full["nodes"]}
    for row in summary["rows"]:
        assert (row["label"], row["name"], row["aliases"]) == (
            names[row["key"]]["label"], names[row["key"]]["name"], names[row["key"]]["aliases"])
    # the same answer as the store-independent default built on neighbours()
    generic = Store.neighbour_summary(loaded, key, limit=10_000)
    assert sorted(generic["rows"], key=str) == sorted(summary["rows"], key=str)
    # filtered by relationship type and neighbour label: the same rows as filtering the whole summary
    some = loaded.neighbour_summary(key, ["LOCATED_IN", "IN_TOPIC", "ISSUED_BY"], ["Program", "Document", "Place"],
                                    limit=10_000)["rows"]
    assert some == [r for r in summary["rows"] if r["type"] in ("LOCATED_IN", "IN_TOPIC", "ISSUED_BY")
                    and r["label"] in ("Program", "Document", "Place")]
    # a cut: the busiest rows, and `truncated`
    assert loaded.neighbour_summary(key, limit=1)["truncated"] == (len(summary["rows"]) > 1)
    # only the chosen neighbours' edges, the first ones of each (type, direction, neighbour)
    chosen = [r["key"] for r in summary["rows"][:5]]
    edges = loaded.edges_to(key, chosen, per_neighbour=2)
    expected = Store.edges_to(loaded, key, chosen, per_neighbour=2)
    assert edges == expected
    assert {e["target"] if e["source"] == key else e["source"] for e in edges} == set(chosen)
    assert all(sum(1 for x in edges if (x["type"], x["source"], x["target"]) == (e["type"], e["source"], e["target"]))
               <= 2 for e in edges)
    assert loaded.neighbour_summary("Agency:没有这个机构") == {"node": None, "rows": [], "truncated": False}
    assert loaded.edges_to(key, []) == []


def test_iter_edges_with_chosen_properties_is_the_full_read_projected(loaded):
    """The analyses' whole-store read asks only for the edge properties it uses (kg.analysis.plans'
    PROFILE_EDGE_PROPERTIES); it must be the full read cut to those keys, on both stores, in the same order,
    with None for a property the type does not have (``end`` is a Cypher keyword: quoted in the query)."""
    chosen = ["doc_id", "sentence", "end", "share", "no_such_property"]
    types = ["COVERS", "PROMOTES", "INSTANCE_OF"]
    full = list(loaded.iter_edges(types))
    projected = list(loaded.iter_edges(types, properties=chosen))
    assert len(projected) == len(full) > 0
    for whole, cut in zip(full, projected):
        assert (cut["type"], cut["source"], cut["target"]) == (whole["type"], whole["source"], whole["target"])
        assert cut["properties"] == {prop: whole["properties"].get(prop) for prop in chosen}
    assert any(edge["properties"]["share"] is not None for edge in projected if edge["type"] == "COVERS")


def test_a_whole_store_read_in_chunks_lets_other_reads_in_between(embedded_loaded):
    """The embedded store converts a big read's rows a chunk at a time: another query can run while an
    iteration is half done, and both see everything."""
    edges = embedded_loaded.iter_edges(["MENTIONS"])
    first = next(edges)
    assert embedded_loaded.stats()["nodes"]["Document"] > 0   # another read, mid-iteration
    rest = list(edges)
    assert [first, *rest] == list(embedded_loaded.iter_edges(["MENTIONS"]))


def test_iter_nodes_with_properties_projects_what_was_asked(loaded):
    """The web UI's search layer reads every node's name and a target's year, never a document's text."""
    labels = ["Document", "Target", "Agency"]
    full = {n["key"]: n for n in loaded.iter_nodes(labels)}
    slim = list(loaded.iter_nodes(labels, properties=["year", "not_a_property"]))
    assert [n["key"] for n in slim] == list(full)
    for node in slim:
        whole = full[node["key"]]
        assert (node["label"], node["name"], node["aliases"]) == (whole["label"], whole["name"], whole["aliases"])
        assert node["properties"] == {"year": whole["properties"].get("year"), "not_a_property": None}
    assert any(n["properties"]["year"] for n in slim if n["label"] == "Target")


def test_an_empty_label_or_type_list_means_all_and_unknown_names_match_nothing_on_both_stores(loaded):
    """The web app passes the labels a user ticked; none ticked reads everything, a made-up name reads nothing,
    and both stores agree (the embedded store once read an empty list as 'nothing')."""
    every_node = sum(1 for _ in loaded.iter_nodes(None))
    assert sum(1 for _ in loaded.iter_nodes([])) == every_node > 0
    assert list(loaded.iter_nodes(["NoSuchLabel"])) == []
    assert loaded.search("民政", labels=[], limit=5) == loaded.search("民政", labels=None, limit=5) != []
    assert loaded.search("民政", labels=["NoSuchLabel"], limit=5) == []
    every_edge = sum(1 for _ in loaded.iter_edges(None))
    assert sum(1 for _ in loaded.iter_edges([])) == every_edge > 0
    assert list(loaded.iter_edges(["NO_SUCH_TYPE"])) == []
