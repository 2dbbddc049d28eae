"""The embedded LadybugDB store, on fragments extracted from the real shared corpus.

A few tests build small fragments by hand where they need a document that is
broken on purpose (to prove a failed document leaves nothing behind).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import QueryError, ReadOnlyViolation, StoreUnavailable
from kg.model import Edge, Fragment, Node, Provenance
from kg.stores.embedded import GRAPH_FILE, EmbeddedStore

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SEED_000 = next((CORPUS / "seeds").glob("000_*.txt"))


def corpus_files() -> list[Path]:
    return sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "dev").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus_fragments() -> list[Fragment]:
    """Every seed and dev document, extracted once with the project's loaders and INDEX.tsv."""
    from kg.commands.ingest import extract_one, metadata_for

    files = corpus_files()
    infos = metadata_for(files)
    extracted = [extract_one((str(path), infos[path])) for path in files]
    assert [e.error for e in extracted if e.error] == []
    return [e.fragment for e in extracted]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, corpus_fragments) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path_factory.mktemp("store"))
    summary = store.write_fragments(corpus_fragments)
    assert summary.failed == []
    yield store
    store.close()


def _doc_id_of(fragments: list[Fragment], path: Path) -> str:
    return next(f.doc_id for f in fragments if f.document.properties["source"] == str(path.resolve()))


# -- writing ---------------------------------------------------------------------------------
def test_every_document_is_written_once(loaded, corpus_fragments):
    counts = loaded.stats()
    assert counts["nodes"]["Document"] == len({f.doc_id for f in corpus_fragments}) == len(corpus_files())
    assert counts["nodes"]["Agency"] > 0 and counts["relationships"]["MENTIONS"] > 0
    assert sum(1 for _ in loaded.iter_edges()) == sum(counts["relationships"].values())
    assert sum(1 for _ in loaded.iter_nodes()) == sum(counts["nodes"].values())


def test_loading_twice_changes_nothing(loaded, corpus_fragments):
    before = loaded.stats()
    edges_before = sorted(map(repr, loaded.iter_edges(["ISSUED_BY", "PROMOTES"])))
    summary = loaded.write_fragments(corpus_fragments)
    assert summary.documents == 0 and summary.unchanged == len(corpus_fragments)
    assert loaded.stats() == before
    assert sorted(map(repr, loaded.iter_edges(["ISSUED_BY", "PROMOTES"]))) == edges_before


def test_batch_size_does_not_change_the_graph(tmp_path, loaded, corpus_fragments):
    with EmbeddedStore(tmp_path / "one-by-one", batch_size=1) as store:
        store.write_fragments(corpus_fragments)
        assert store.stats() == loaded.stats()


def test_a_changed_source_replaces_its_old_facts(tmp_path, corpus_fragments):
    from loaders import load_file

    original = tmp_path / "notice.txt"
    text = SEED_000.read_text(encoding="utf-8")
    original.write_text(text, encoding="utf-8")
    first = load_file(str(original), None)
    # The same file, edited: its second half is gone.
    lines = text.splitlines()
    original.write_text("\n".join(lines[: len(lines) // 2]), encoding="utf-8")
    second = load_file(str(original), None)
    assert first.doc_id != second.doc_id

    with EmbeddedStore(tmp_path / "replaced") as store:
        store.write_fragments([corpus_fragments[-1], first])
        summary = store.write_fragments([second])
        assert (summary.documents, summary.replaced) == (1, 1)
        assert store.get_node(first.document.key) is None
        assert not [e for e in store.iter_edges() if e["properties"]["doc_id"] == first.doc_id]
        replaced_counts = store.stats()
    with EmbeddedStore(tmp_path / "fresh") as store:
        store.write_fragments([corpus_fragments[-1], second])
        assert store.stats() == replaced_counts


def test_remove_document_keeps_entities_other_documents_support(tmp_path, corpus_fragments):
    with EmbeddedStore(tmp_path / "s") as store:
        store.write_fragments(corpus_fragments)
        victim = corpus_fragments[0]
        assert store.remove_document(victim.doc_id)
        assert not store.remove_document(victim.doc_id)
        assert store.get_node(victim.document.key) is None
        remaining_keys = {n["key"] for n in store.iter_nodes()}
        supported = {e["source"] for e in store.iter_edges()} | {e["target"] for e in store.iter_edges()}
        assert remaining_keys - {k for k in remaining_keys if k.startswith("Document:")} <= supported
        # Entities the removed document shared with others are still there.
        others = {n.key for f in corpus_fragments[1:] for n in f.nodes}
        assert {n.key for n in victim.nodes} & others <= remaining_keys


def _broken_fragment(doc_id: str) -> Fragment:
    doc = Node("Document", f"Document:{doc_id}", "坏文档", properties={"source": f"/nowhere/{doc_id}.txt"})
    agency = Node("Agency", "Agency:坏文档民政局", "坏文档民政局")
    broken = Node("Place", None, "无键之地")  # a node without a key can't be stored
    edge = Edge("ISSUED_BY", doc.key, agency.key, Provenance(doc_id, 0, "坏文档民政局发布。", 0, 6))
    return Fragment(doc, [agency, broken], [edge])


def test_a_failing_document_leaves_nothing_and_spares_its_batch(tmp_path, corpus_fragments):
    with EmbeddedStore(tmp_path / "s", batch_size=10) as store:
        batch = [corpus_fragments[0], _broken_fragment("broken1"), corpus_fragments[1]]
        summary = store.write_fragments(batch)
        assert [name for name, _ in summary.failed] == ["/nowhere/broken1.txt"]
        assert summary.documents == 2
        assert store.get_node("Document:broken1") is None
        assert store.get_node("Agency:坏文档民政局") is None
        assert store.search("坏文档") == []
        assert store.stats()["nodes"]["Document"] == 2



def test_a_document_failing_after_some_edges_are_written_leaves_none_of_them(tmp_path, corpus_fragments):
    # Edges are written one (type, source, target) kind at a time; the second kind fails (an
    # offset beyond INT64) after the first kind is already in: the rollback must take both back.
    doc = Node("Document", "Document:overflow", "溢出", properties={"source": "/nowhere/overflow.txt"})
    person = Node("Person", "Person:溢出甲", "溢出甲")
    agency = Node("Agency", "Agency:溢出民政局", "溢出民政局")
    sentence = "溢出甲任溢出民政局局长。"
    edges = [Edge("HOLDS_POST", person.key, agency.key, Provenance("overflow", 0, sentence, 0, 3)),
             Edge("ISSUED_BY", doc.key, agency.key, Provenance("overflow", 0, sentence, 4, 2 ** 70))]
    with EmbeddedStore(tmp_path / "s") as store:
        summary = store.write_fragments([Fragment(doc, [person, agency], edges), corpus_fragments[0]])
        assert [name for name, _ in summary.failed] == ["/nowhere/overflow.txt"]
        assert "INT64" in summary.failed[0][1]
        assert summary.documents == 1
        assert store.get_node("Person:溢出甲") is None
        assert store.stats()["relationships"]["HOLDS_POST"] == sum(
            1 for edge in corpus_fragments[0].unique_edges() if edge.type == "HOLDS_POST")
        assert store.search("溢出") == []


_CRASHING_WRITER = """
import os, sys
from kg.commands.ingest import ingest
from kg.stores.embedded import EmbeddedStore
store = EmbeddedStore(sys.argv[1])
report = ingest(store, [sys.argv[2]])
print(sum(store.stats()["relationships"].values()), flush=True)
os._exit(0)  # no close, no checkpoint: only what the commits made durable survives
"""


def test_committed_documents_survive_a_writer_that_dies_without_closing(tmp_path):
    # Every committed batch must be in the write-ahead log, edges included: a bulk path that
    # bypasses the log (LadybugDB's COPY with automatic checkpoints off) kept the nodes and lost
    # every edge here.
    written = subprocess.run([sys.executable, "-c", _CRASHING_WRITER, str(tmp_path / "s"), str(CORPUS / "seeds")],
                             capture_output=True, text=True, check=True)
    edges_before_crash = int(written.stdout.strip())
    assert edges_before_crash > 500
    with EmbeddedStore(tmp_path / "s") as store:
        assert sum(store.stats()["relationships"].values()) == edges_before_crash
        assert store.stats()["nodes"]["Document"] == len(list((CORPUS / "seeds").glob("*.txt")))


def test_a_reader_opened_beside_the_writer_sees_its_committed_edges(tmp_path, corpus_fragments):
    with EmbeddedStore(tmp_path / "s") as writer:
        writer.write_fragments(corpus_fragments[:3])
        expected = writer.stats()
        with EmbeddedStore(tmp_path / "s", read_only=True) as reader:
            assert reader.stats() == expected
            assert sum(expected["relationships"].values()) > 0

# -- reading ---------------------------------------------------------------------------------
def test_search_finds_substrings_in_both_scripts(loaded):
    agencies = [n["name"] for n in loaded.search("民政局", ["Agency"], limit=100)]
    assert "营口市民政局" in agencies and all("民政局" in name for name in agencies)
    assert loaded.search("营口市民政局")[0]["name"] == "营口市民政局"  # exact match ranks first
    assert [n["key"] for n in loaded.search("營口市民政局")] == [n["key"] for n in loaded.search("营口市民政局")]
    short = loaded.search("养老", limit=50)  # shorter than a trigram: LIKE fallback
    assert short and all("养老" in n["name"] or any("养老" in a for a in n["aliases"]) for n in short)
    assert loaded.search("养老", ["Nope"]) == []


def test_neighbours_carry_provenance_from_the_source_text(loaded, corpus_fragments):
    agency = loaded.search("营口市民政局", ["Agency"])[0]
    around = loaded.neighbours(agency["key"])
    assert around["nodes"][0]["key"] == agency["key"] and around["edges"]
    seed_doc = _doc_id_of(corpus_fragments, SEED_000)
    seed_text = SEED_000.read_text(encoding="utf-8")
    from_seed = [e for e in around["edges"] if e["properties"]["doc_id"] == seed_doc]
    assert from_seed
    for edge in from_seed:
        props = edge["properties"]
        assert agency["key"] in (edge["source"], edge["target"])
        assert props["sentence"] and 0 <= props["start"] < props["end"] <= len(seed_text)
    only_docs = loaded.neighbours(agency["key"], labels=["Document"], limit=1)
    assert len(only_docs["nodes"]) == 2 and {n["label"] for n in only_docs["nodes"][1:]} == {"Document"}
    mentions = loaded.neighbours(agency["key"], rel_types=["MENTIONS"])
    assert mentions["edges"] and {e["type"] for e in mentions["edges"]} == {"MENTIONS"}


def test_shortest_paths_between_two_documents_run_through_shared_entities(loaded):
    agency = loaded.search("民政局", ["Agency"])[0]
    docs = [n for n in loaded.neighbours(agency["key"], labels=["Document"])["nodes"] if n["label"] == "Document"]
    if len(docs) < 2:
        docs = [n for n in loaded.iter_nodes(["Document"])][:2]
    paths = loaded.shortest_paths(docs[0]["key"], docs[-1]["key"], max_hops=6, limit=3)
    assert paths
    for path in paths:
        assert path["nodes"][0]["key"] == docs[0]["key"] and path["nodes"][-1]["key"] == docs[-1]["key"]
        assert len(path["edges"]) == len(path["nodes"]) - 1 == len(paths[0]["edges"])
        for hop, edge in enumerate(path["edges"]):
            assert {edge["source"], edge["target"]} == {path["nodes"][hop]["key"], path["nodes"][hop + 1]["key"]}
    assert loaded.shortest_paths(docs[0]["key"], "Agency:不存在的机构") == []


def _undirected_graph(store: EmbeddedStore):
    import networkx as nx

    graph = nx.Graph()
    graph.add_edges_from((edge["source"], edge["target"]) for edge in store.iter_edges())
    return graph


def test_shortest_paths_are_the_first_shortest_paths_in_key_order(loaded):
    """Against networkx on the same graph: same length, and exactly the smallest key sequences."""
    import networkx as nx

    graph = _undirected_graph(loaded)
    keys = sorted(graph.nodes)
    # Pairs spread over the labels; every pair of the corpus graph is connected within a few hops.
    pairs = [(keys[i], keys[-1 - 3 * i]) for i in range(0, 60, 7)]
    for source, target in pairs:
        expected = sorted(nx.all_shortest_paths(graph, source, target))[:4]
        paths = loaded.shortest_paths(source, target, max_hops=8, limit=4)
        assert [[n["key"] for n in path["nodes"]] for path in paths] == expected, (source, target)
        for path in paths:
            for hop, edge in enumerate(path["edges"]):
                assert {edge["source"], edge["target"]} == {path["nodes"][hop]["key"], path["nodes"][hop + 1]["key"]}
                assert edge["properties"]["sentence"] is not None
        too_short = len(expected[0]) - 2
        if too_short >= 1:
            assert loaded.shortest_paths(source, target, max_hops=too_short) == []


def test_shortest_paths_see_documents_written_after_a_search(tmp_path, corpus_fragments):
    """The in-memory adjacency is dropped by a write or a removal: paths change at once."""
    store = EmbeddedStore(tmp_path / "store")
    try:
        first = corpus_fragments[0]
        store.write_fragments([first])
        named = next(n for n in first.nodes if n.label == "Agency")
        lonely = Node("Agency", "Agency:某某县测试局", "某某县测试局")
        assert store.shortest_paths(first.document.key, lonely.key) == []  # not in the store yet
        bridge = Node("Document", "Document:bridge", "桥", properties={"source": "bridge.txt"})
        prov = Provenance("bridge", 0, f"{named.name}与某某县测试局。", 0, 6)
        store.write_fragments([Fragment(bridge, [named, lonely], [Edge("MENTIONS", bridge.key, named.key, prov),
                                                                  Edge("MENTIONS", bridge.key, lonely.key, prov)])])
        paths = store.shortest_paths(first.document.key, lonely.key)
        assert [[n["key"] for n in p["nodes"]] for p in paths] == [
            [first.document.key, named.key, bridge.key, lonely.key]]
        assert store.remove_document("bridge")
        assert store.shortest_paths(first.document.key, named.key)
        assert store.shortest_paths(first.document.key, lonely.key) == []
    finally:
        store.close()


def test_run_cypher_returns_neutral_shapes(loaded):
    rows = loaded.run_cypher("MATCH (d:Document)-[r:ISSUED_BY]->(a:Agency) RETURN d, r, a.name AS agency LIMIT 3")
    assert rows and set(rows[0]) == {"d", "r", "agency"}
    assert rows[0]["d"]["label"] == "Document" and rows[0]["r"]["type"] == "ISSUED_BY"
    assert rows[0]["r"]["source"] == rows[0]["d"]["key"] and rows[0]["r"]["target"].startswith("Agency:")
    assert len(loaded.run_cypher("MATCH (n:Agency) RETURN n.name", limit=2)) == 2


@pytest.mark.parametrize("statement", [
    "MATCH (n:Agency) DETACH DELETE n",
    "MATCH (n:Agency) SET n.name = 'x'",
    "CREATE (n:Agency {key: 'Agency:x'})",
    "MATCH (n) RETURN n LIMIT 1; MATCH (n:Agency) DELETE n",
    "COPY Agency FROM '/tmp/x.csv'",
    "LOAD FROM '/etc/passwd' RETURN *",
])
def test_read_only_queries_refuse_writes(loaded, statement):
    before = loaded.stats()
    with pytest.raises(ReadOnlyViolation):
        loaded.run_cypher(statement)
    assert loaded.stats() == before


def test_read_only_allows_keywords_inside_strings(loaded):
    assert loaded.run_cypher("MATCH (n:Agency) WHERE n.name = 'CREATE SET DELETE' RETURN n.name") == []


def test_bad_query_and_timeout_are_query_errors(loaded):
    with pytest.raises(QueryError, match="NoSuchLabel"):
        loaded.run_cypher("MATCH (n:NoSuchLabel) RETURN n")
    with pytest.raises(QueryError, match="timeout"):
        loaded.run_cypher("MATCH (a)-[*1..10]-(b) RETURN count(*)", timeout=0.2)
    assert loaded.run_cypher("RETURN 1 AS one") == [{"one": 1}]  # the connection still works


# -- opening ---------------------------------------------------------------------------------
def test_a_locked_store_is_a_one_line_error(tmp_path):
    folder = tmp_path / "locked"
    with EmbeddedStore(folder):
        probe = ("import sys\nfrom kg.stores.embedded import EmbeddedStore\nfrom kg.errors import StoreUnavailable\n"
                 "try:\n    EmbeddedStore(sys.argv[1])\nexcept StoreUnavailable as e:\n    print(e); sys.exit(3)\n")
        result = subprocess.run([sys.executable, "-c", probe, str(folder)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    message = result.stdout.strip()
    assert "\n" not in message and str(folder) in message and "in use by another process" in message


def test_a_corrupt_store_is_a_one_line_error(tmp_path):
    folder = tmp_path / "corrupt"
    folder.mkdir()
    (folder / GRAPH_FILE).write_bytes(b"this is not a database\n" * 500)
    with pytest.raises(StoreUnavailable) as caught:
        EmbeddedStore(folder)
    assert str(folder) in str(caught.value) and "\n" not in str(caught.value)


def test_read_only_open_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreUnavailable, match="no civkg store"):
        EmbeddedStore(tmp_path / "missing", read_only=True)


def test_search_index_is_rebuilt_when_lost(tmp_path, corpus_fragments):
    folder = tmp_path / "s"
    with EmbeddedStore(folder) as store:
        store.write_fragments(corpus_fragments[:5])
        expected = [n["key"] for n in store.search("民政", limit=50)]
    (folder / "search.sqlite").unlink()
    with EmbeddedStore(folder, read_only=True) as store:
        assert [n["key"] for n in store.search("民政", limit=50)] == expected
    with EmbeddedStore(folder) as store:
        assert [n["key"] for n in store.search("民政", limit=50)] == expected
    assert (folder / "search.sqlite").exists()


# -- reading rows ------------------------------------------------------------------------------
def test_fetch_rows_reads_what_the_public_calls_read(loaded):
    from kg.stores.embedded import fetch_rows

    query = "MATCH (a)-[r:MENTIONS]->(b) RETURN a.key, b.key, r.sentence_index ORDER BY a.key, b.key, r.sentence_index"
    with loaded._lock:
        public = loaded._execute(query)
        expected = []
        while public.has_next():
            expected.append(public.get_next())
        assert fetch_rows(loaded._execute(query)) == expected
        result = loaded._execute(query)
        first, second = fetch_rows(result, 7), fetch_rows(result, 5)
    assert len(expected) > 12 and first + second == expected[:12]
    # the chunked whole-store reader gives every row, in order, whatever the chunk size
    assert list(loaded._iter_rows(query, chunk=11)) == expected


def test_fetch_rows_refuses_a_closed_result(loaded):
    from kg.stores.embedded import fetch_rows

    with loaded._lock:
        result = loaded._execute("MATCH (n:Document) RETURN n.key")
        result.close()
        with pytest.raises(RuntimeError, match="closed"):
            fetch_rows(result)
