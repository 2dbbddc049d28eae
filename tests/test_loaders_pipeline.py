"""The whole loader pipeline on the corpus: metadata, provenance offsets, sane entities."""
from __future__ import annotations

import json

import pytest

from kg.model import Fragment, dumps
from loaders import load_file, load_text, read_index
from loaders.normalise import normalise


@pytest.fixture(scope="module")
def index(corpus_dir):
    return read_index(corpus_dir / "dev" / "INDEX.tsv")


@pytest.fixture(scope="module")
def fragments(corpus_files, corpus_dir, index):
    return {path.name: load_file(path, index.get(path.name)) for path in corpus_files}


def seed_path(corpus_dir, prefix: str):
    return next((corpus_dir / "seeds").glob(f"{prefix}_*.txt"))


def test_metadata_of_a_web_page(corpus_dir):
    doc = load_file(seed_path(corpus_dir, "000")).document.properties
    assert doc["title"] == "营口市民政局组织召开2021年全市民政工作会议"
    assert doc["date"] == "2021-02-22" and doc["year"] == 2021
    assert doc["issuing_body"] == "营口市民政局"
    assert doc["kind"] == "meeting_report" and doc["place"] == "营口市"


def test_metadata_of_an_official_document(corpus_dir):
    doc = load_file(seed_path(corpus_dir, "001")).document.properties
    assert doc["doc_number"] == "衢市民〔2019〕1号"
    assert doc["place"] == "衢州市"
    assert doc["kind"] == "notice" or doc["kind"] == "work_plan"


def test_index_metadata_wins_and_resolves_bare_names(corpus_dir, index):
    fragment = load_file(corpus_dir / "dev" / "046.txt", index["046.txt"])
    agencies = {n.name for n in fragment.nodes if n.label == "Agency"}
    assert "东营市民政局" in agencies and "市民政局" not in agencies
    assert fragment.document.properties["place"] == "东营市"


def test_without_metadata_a_bare_name_stays_as_written(corpus_dir):
    fragment = load_file(corpus_dir / "dev" / "016.txt")
    agencies = {n.name for n in fragment.nodes if n.label == "Agency"}
    assert "市民政局" in agencies


def test_document_id_is_a_hash_of_the_normalised_text(corpus_dir):
    path = seed_path(corpus_dir, "000")
    first, second = load_file(path), load_file(path)
    assert first.doc_id == second.doc_id and len(first.doc_id) == 16
    assert dumps(first) == dumps(second)
    with_crlf = load_text(path.read_text(encoding="utf-8").replace("\n", "\r\n"), path.name)
    assert with_crlf.doc_id == first.doc_id


def test_mention_offsets_point_into_the_original_text(fragments, corpus_dir, corpus_files):
    checked = 0
    for path in corpus_files:
        fragment = fragments[path.name]
        original = path.read_text(encoding="utf-8")
        norm = normalise(original)
        for edge in fragment.edges:
            if edge.type != "MENTIONS":
                continue
            prov = edge.provenance
            written = original[prov.start:prov.end]
            node = next(n for n in fragment.nodes if n.key == edge.target)
            assert 0 <= prov.start < prov.end <= len(original)
            if norm.script == "simplified" and "(" not in written:
                assert written in prov.sentence or written.replace(",", "，") in prov.sentence
                assert written == node.name or written in node.aliases or node.label in ("Program", "Policy", "Meeting", "Place", "Agency", "Concept")
            checked += 1
    assert checked > 500


def test_json_contract_round_trips(fragments):
    for fragment in fragments.values():
        data = json.loads(dumps(fragment))
        assert set(data) == {"doc", "document", "entities", "context", "relationships"}
        again = Fragment.from_json(data)
        assert again.doc_id == fragment.doc_id
        assert len(again.unique_edges()) == len(fragment.unique_edges())
        assert {n.key for n in again.all_nodes()} == {n.key for n in fragment.all_nodes()}
        # What the document names is in entities; parent places from the gazetteer are context.
        named = {e["key"] for e in data["entities"]}
        assert named == fragment.named_keys() - {fragment.document.key}
        listed = {e["key"] for e in data["context"]}
        assert not named & listed
        part_of_parents = {e.target for e in fragment.edges if e.type == "PART_OF"}
        assert part_of_parents - named <= listed


def test_nothing_absurd(fragments):
    for fragment in fragments.values():
        for node in fragment.nodes:
            assert node.name and len(node.name) <= 60, node
            assert "。" not in node.name
            if node.label == "Place":
                assert node.name not in {"全市", "全省", "我市", "城乡", "中国", "各县(市、区)"}
            if node.label == "Target":
                assert node.properties.get("unit") not in ("年", "月", "日") or node.properties.get("value", 0) < 100


def test_relationships_of_a_meeting_report(fragments):
    fragment = fragments["000_66d4edfc353e1d9b.txt"]
    edges = {(e.type, e.source, e.target) for e in fragment.edges}
    doc = fragment.document.key
    assert ("ISSUED_BY", doc, "Agency:营口市民政局") in edges
    assert ("REPORTS", doc, "Meeting:2021年全市民政工作会议") in edges
    assert ("ABOUT_PLACE", doc, "Place:营口市") in edges
    assert ("LOCATED_IN", "Agency:营口市民政局", "Place:营口市") in edges
    assert ("PART_OF", "Place:营口市", "Place:辽宁省") in edges
    assert ("HOLDS_POST", "Person:杜邦安", "Agency:营口市民政局") in edges


def test_spoke_and_chaired(fragments):
    fragment = fragments["002_487919efaec29cbe.txt"]
    edges = {(e.type, e.source, e.target) for e in fragment.edges}
    meeting = "Meeting:全省民政局长座谈会暨民政事业改革创新培训班"
    assert ("SPOKE_AT", "Person:刘炳国", meeting) in edges
    assert ("CHAIRED", "Person:庄严", meeting) in edges
    assert ("HELD_IN", meeting, "Place:滨州市") in edges


def test_every_edge_has_provenance(fragments):
    for fragment in fragments.values():
        for edge in fragment.edges:
            assert edge.provenance.doc_id == fragment.doc_id
            if edge.provenance.method not in ("gazetteer", "metadata"):
                assert edge.provenance.sentence and edge.provenance.sentence_index >= 0
