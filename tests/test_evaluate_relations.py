"""The relation scorer and the attribute accuracies of kg/evaluate.py, on small invented fragments."""
from __future__ import annotations

import sys
import types

from kg.evaluate import (
    evaluate_split,
    gold_relations,
    person_attribute_accuracy,
    predicted_relations,
    score_relations,
)
from kg.model import Edge, Fragment, Node, Provenance

PROV = Provenance("d", 0, "营口市民政局开通12349养老服务热线。", 0, 10, "rule")


def _fragment() -> Fragment:
    doc = Node("Document", "Document:d", "d", [], {})
    agency = Node("Agency", "Agency:营口市民政局", "营口市民政局", [], {})
    program = Node("Program", "Program:开通12349养老服务热线", "开通12349养老服务热线", [], {})
    street = Node("Place", "Place:站前街道", "站前街道", [], {})
    county = Node("Place", "Place:站前区", "站前区", [], {})
    city = Node("Place", "Place:营口市", "营口市", [], {})
    edges = [
        Edge("MENTIONS", doc.key, agency.key, PROV), Edge("MENTIONS", doc.key, program.key, PROV),
        Edge("MENTIONS", doc.key, street.key, PROV),
        Edge("PROMOTES", agency.key, program.key, PROV),
        Edge("PROMOTES", doc.key, program.key, PROV),  # the Document edge is not a relation of the gold
        Edge("PART_OF", street.key, county.key, PROV),
        Edge("PART_OF", county.key, city.key, PROV),  # from a place the document does not name: context
    ]
    return Fragment(doc, [agency, program, street, county, city], edges)


def test_predicted_relations_are_the_agency_edges_and_named_places_parents():
    assert predicted_relations(_fragment()) == {
        ("PROMOTES", "营口市民政局", "开通12349养老服务热线"),
        ("PART_OF", "站前街道", "站前区"),
    }


def test_programs_match_fuzzily_and_agencies_exactly():
    gold = gold_relations({"relations": [
        {"type": "PROMOTES", "agency": "营口市民政局", "program": "12349养老服务热线"},
        {"type": "PART_OF", "place": "站前街道", "parent": "营口市"},
    ]})
    scores = score_relations(predicted_relations(_fragment()), gold)
    assert (scores["PROMOTES"].tp, scores["PROMOTES"].fp, scores["PROMOTES"].fn) == (1, 0, 0)
    assert (scores["PART_OF"].tp, scores["PART_OF"].fp, scores["PART_OF"].fn) == (0, 1, 1)
    wrong_body = score_relations({("PROMOTES", "营口市人民政府", "12349养老服务热线")}, gold)
    assert wrong_body["PROMOTES"].tp == 0


def test_person_attributes_count_only_found_persons():
    doc = Node("Document", "Document:d", "d", [], {})
    person = Node("Person", "Person:杜邦安", "杜邦安", [], {"post": "局长", "org": "营口市民政局"})
    gold = {"persons": [{"name": "杜邦安", "post": "局长", "org": "营口市民政局"}, {"name": "未找到", "post": "副局长"}]}
    assert person_attribute_accuracy(Fragment(doc, [person], []), gold) == {"post": (1, 1), "org": (1, 1)}


def test_target_attribute_accuracy_comes_from_evaluate_targets_when_present(corpus_dir, monkeypatch):
    module = types.ModuleType("kg.evaluate_targets")
    module.target_attribute_accuracy = lambda fragment, gold: {"year": (1, 2)}
    monkeypatch.setitem(sys.modules, "kg.evaluate_targets", module)
    report = evaluate_split(corpus_dir, "seeds")
    assert report.target_attributes == {"year": [5, 10]}
    assert "target accuracy: year 0.500 (5/10)" in report.table()


def test_missed_relations_are_split_into_rule_misses_and_entity_misses():
    from kg.evaluate import relation_misses

    gold = {"relations": [
        {"type": "PROMOTES", "agency": "营口市民政局", "program": "开通12349养老服务热线"},  # found
        {"type": "HELD_IN", "meeting": "全市民政工作会议", "place": "营口市"},  # the meeting was not extracted
        {"type": "PART_OF", "place": "营口市", "parent": "辽宁省"},  # 辽宁省 was not extracted
        {"type": "PROMOTES", "agency": "营口市民政局", "program": "12349养老服务热线"},  # both ends there (fuzzy), edge found
        {"type": "PILOTED_IN", "program": "开通12349养老服务热线", "place": "站前区"},  # both ends there, no edge
    ]}
    misses = relation_misses(_fragment(), gold)
    assert misses["PILOTED_IN"] == (1, 0)
    assert misses["HELD_IN"] == (0, 1) and misses["PART_OF"] == (0, 1)
    assert misses["PROMOTES"] == (0, 0)


def test_fuzzy_names_score_the_same_in_any_order():
    """Predicted names come from sets, whose order follows the interpreter's hash seed; a greedy pass scored
    智慧养老 against 智慧养老平台 first in one order (one pair) and two pairs in another. The score is the maximum."""
    from itertools import permutations

    from kg.evaluate import score_fuzzy

    predicted, gold = ["智慧养老", "智慧养老平台建设"], ["智慧养老平台", "智慧养老服务"]
    scores = {(s.tp, s.fp, s.fn) for p in permutations(predicted) for g in permutations(gold) for s in [score_fuzzy(p, g)]}
    assert scores == {(2, 0, 0)}
    # a name near no gold one stays a false positive, and an exact match is still taken first
    s = score_fuzzy(["智慧养老平台", "长者饭堂"], ["智慧养老平台", "智慧养老服务"])
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
