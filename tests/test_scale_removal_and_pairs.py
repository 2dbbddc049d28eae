"""Issue 13 at 10^5 documents: a replaced document's edges found by a join (not a list test per edge), and
indicator name pairs filtered in bulk before the exact test. Invented names and sentences only."""
from __future__ import annotations

import numpy as np
import pytest

from kg.analysis.indicators import indicators_match
from kg.analysis.similarity import _indicator_candidates, _pairwise_sparse, indicator_similarity
from kg.model import Edge, Fragment, Node, Provenance
from kg.stores._embedded_rows import prepare
from kg.stores.embedded import EmbeddedStore


def _fragment(doc_id: str, source: str, program: str, person: str) -> Fragment:
    sentence = f"{person}同志在推进{program}工作会议上讲话，要求民政局抓好{program}。"
    doc = Node("Document", f"Document:{doc_id}", f"关于{program}的通知", properties={"source": source})
    agency = Node("Agency", "Agency:示例市民政局", "示例市民政局")
    prog = Node("Program", f"Program:{program}", program)
    who = Node("Person", f"Person:{person}", person)
    prov = Provenance(doc_id, 0, sentence, 0, len(sentence))
    return Fragment(doc, [agency, prog, who], [
        Edge("ISSUED_BY", doc.key, agency.key, prov),
        Edge("MENTIONS", doc.key, prog.key, prov),
        Edge("PROMOTES", agency.key, prog.key, prov),   # starts at an Agency: found by the hash join
        Edge("HOLDS_POST", who.key, agency.key, prov, {"title": "局长"}),
    ])


def _edges(store: EmbeddedStore) -> list[tuple]:
    return sorted(tuple(row) for row in store._rows(
        "MATCH (a)-[r]->(b) RETURN label(r), a.key, b.key, r.doc_id"))


def test_replacing_a_document_removes_its_edges_of_every_kind_and_keeps_the_others(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        store.write_fragments([_fragment("a1", "a.txt", "时间银行", "王某"), _fragment("b1", "b.txt", "时间银行", "李某")])
        # a.txt's text changed: new id, same source
        summary = store.write_fragments([_fragment("a2", "a.txt", "三社联动", "王某")])
        assert (summary.documents, summary.replaced) == (1, 1)
        edges = _edges(store)
    assert not [e for e in edges if e[3] == "a1"]
    # negative: the other document's edges on the shared agency and program stay, every kind of them
    assert sorted(e[0] for e in edges if e[3] == "b1") == ["HOLDS_POST", "ISSUED_BY", "MENTIONS", "PROMOTES"]
    assert sorted(e[0] for e in edges if e[3] == "a2") == ["HOLDS_POST", "ISSUED_BY", "MENTIONS", "PROMOTES"]


def test_remove_document_leaves_the_store_as_if_it_was_never_written(tmp_path):
    with EmbeddedStore(tmp_path / "one") as alone:
        alone.write_fragments([_fragment("b1", "b.txt", "时间银行", "李某")])
        expected = _edges(alone), alone.stats()
    with EmbeddedStore(tmp_path / "two") as store:
        store.write_fragments([_fragment("a1", "a.txt", "三社联动", "王某"), _fragment("b1", "b.txt", "时间银行", "李某")])
        assert store.remove_document("a1")
        assert (_edges(store), store.stats()) == expected


def test_a_document_edge_from_another_document_is_refused():
    fragment = _fragment("a1", "a.txt", "时间银行", "王某")
    foreign = Provenance("zz", 0, "另一份文件的句子。", 0, 3)
    fragment.edges.append(Edge("MENTIONS", "Document:a1", "Program:时间银行", foreign))
    with pytest.raises(ValueError, match="own node"):
        prepare(fragment)
    assert prepare(_fragment("a1", "a.txt", "时间银行", "王某")).key == "Document:a1"  # negative: a normal one


INDICATORS = ["城市低保标准", "城市最低生活保障标准", "城市低保标准增幅", "农村低保标准", "农村最低生活保障标准",
              "低保标准", "农村", "星级农村幸福院", "养老机构床位数", "养老床位", "护理型养老床位", "护理型床位占比",
              "社区养老服务设施覆盖率", "城市社区养老服务设施覆盖率", "特困人员救助供养标准", "特困供养标准",
              "残疾人两项补贴标准", "困难残疾人生活补贴标准", "（城市）低保标准", "养老床位数数"]


def test_indicator_candidates_keep_every_matching_pair_and_drop_most_others():
    pairs = [(i, j) for i in range(len(INDICATORS)) for j in range(i + 1, len(INDICATORS))]
    first, second = (np.array(side) for side in zip(*pairs))
    kept = _indicator_candidates(INDICATORS, first, second)
    matching = np.array([indicators_match(INDICATORS[i], INDICATORS[j]) for i, j in pairs])
    assert matching.any() and not (matching & ~kept).any()
    # negative: a rate never passes for a level, nor a short word for a long name it sits in
    index = {name: i for i, name in enumerate(INDICATORS)}
    for a, b in [("城市低保标准", "城市低保标准增幅"), ("农村", "星级农村幸福院")]:
        assert not kept[pairs.index((index[a], index[b]))]
    assert kept.sum() < len(pairs) / 4


def test_indicator_similarity_matrix_is_the_same_with_the_filter():
    names = sorted(set(INDICATORS))
    plain = _pairwise_sparse(names, indicator_similarity)
    filtered = _pairwise_sparse(names, indicator_similarity, candidates=_indicator_candidates)
    assert (plain != filtered).nnz == 0
    some = _pairwise_sparse(names, indicator_similarity, only=[0, 3], candidates=_indicator_candidates)
    assert (some != _pairwise_sparse(names, indicator_similarity, only=[0, 3])).nnz == 0


def test_indicator_candidates_are_the_same_in_small_slices(monkeypatch):
    import kg.analysis.similarity as similarity

    pairs = [(i, j) for i in range(len(INDICATORS)) for j in range(i + 1, len(INDICATORS))]
    first, second = (np.array(side) for side in zip(*pairs))
    whole = _indicator_candidates(INDICATORS, first, second)
    monkeypatch.setattr(similarity, "PAIR_SLICE", 7)
    assert np.array_equal(similarity._indicator_candidates(INDICATORS, first, second), whole)
