"""The shortcuts that made ingest faster keep what it finds: concept scan, program matching, GC setting.

Sentences are invented for the tests (fixtures, not evidence).
"""
from __future__ import annotations

import gc

from kg.commands.ingest import EXTRACTION_GC_THRESHOLD, fewer_young_collections
from loaders.concepts import COLUMNS, parse_catalogue


def _catalogue():
    rows = [
        "c-1\t婚姻登记跨省通办\tc-1\t婚姻登记\tnational\t\t\t跨省通办\t婚姻登记[^。]{0,10}跨省通办\t跨省通办",
        "c-2\t智慧养老\tc-2\t养老服务\tlocal\t\t\t\t智慧\\+?养老\t智慧养老",
        "c-3\t养老服务中心\tc-3\t养老服务\tlocal\t\t\t养老服务中心\t\t",
    ]
    return parse_catalogue(["\t".join(COLUMNS), *rows])


def test_a_match_inside_a_longer_match_of_its_concept_is_dropped():
    text = "推行婚姻登记“跨省通办”，建设智慧养老服务中心。"
    found = [(concept.id, text[start:end]) for concept, start, end, _, _ in _catalogue().scan(text)]
    # 跨省通办 alone lies inside 婚姻登记“跨省通办: one span for c-1; c-2 and c-3 overlap but are kept
    assert found == [("c-1", "婚姻登记“跨省通办"), ("c-2", "智慧养老"), ("c-3", "养老服务中心")]


def test_a_pattern_whose_words_are_absent_finds_nothing_and_an_alias_still_does():
    text = "全市建成养老服务中心12家。"  # no 智慧, no 婚姻登记: their patterns are skipped
    assert [c.id for c, *_ in _catalogue().scan(text)] == ["c-3"]


def test_program_matches_are_remembered_per_catalogue_and_stay_the_same():
    catalogue = _catalogue()
    first = catalogue.match_program("智慧+养老服务")
    assert first is not None and first[0].id == "c-2" and first[1] == "pattern"
    assert catalogue.match_program("智慧+养老服务") is first
    assert catalogue.match_program("社区食堂") is None  # negative: nothing in the catalogue
    assert catalogue == _catalogue()  # the remembered lookups are no part of a catalogue's identity


def test_fewer_young_collections_raises_the_threshold_and_restores_it():
    before = gc.get_threshold()
    with fewer_young_collections():
        inside = gc.get_threshold()
    assert inside[0] >= EXTRACTION_GC_THRESHOLD and inside[1:] == before[1:]
    assert gc.get_threshold() == before
    try:
        with fewer_young_collections():
            raise KeyError("a failing ingest")
    except KeyError:
        pass
    assert gc.get_threshold() == before
