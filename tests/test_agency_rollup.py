"""An agency's roll-up (kg/analysis/rollup.py) on both stores loaded with the real corpus,
through ``kg show`` and on the web UI's entity page.

营口市民政局 (seed 000, its 2021 city work meeting) runs the 12349 hotline, convened the
meeting, has 杜邦安 as 局长, and its document states targets; each item carries its sentence.
"""
from __future__ import annotations

import pytest

from kg.analysis.rollup import SECTIONS, agency_rollup

YINGKOU = "Agency:营口市民政局"


def _names(rollup, section: str) -> set[str]:
    return {item.name for item in rollup.sections[section]}


def _check_yingkou(rollup) -> None:
    assert set(rollup.sections) == set(SECTIONS)
    assert any("12349" in name for name in _names(rollup, "programs"))
    assert "杜邦安" in _names(rollup, "people")
    assert any("全市民政工作会议" in name for name in _names(rollup, "meetings"))
    assert rollup.sections["targets"]
    for items in rollup.sections.values():
        for item in items:
            assert item.evidence and all(e["sentence"] and e["doc_id"] in rollup.documents for e in item.evidence)


def test_rollup_on_the_embedded_store(embedded_loaded):
    _check_yingkou(agency_rollup(embedded_loaded, YINGKOU))


@pytest.mark.neo4j
def test_rollup_is_the_same_on_neo4j(neo4j_loaded, embedded_loaded):
    on_neo4j, embedded = agency_rollup(neo4j_loaded, YINGKOU), agency_rollup(embedded_loaded, YINGKOU)
    _check_yingkou(on_neo4j)
    for section in SECTIONS:
        assert _names(on_neo4j, section) == _names(embedded, section), section


def test_rollup_rows_are_bounded(embedded_loaded):
    rollup = agency_rollup(embedded_loaded, YINGKOU, limit=2)
    assert rollup.truncated
    assert all(sum(len(i.evidence) for i in items) <= 2 for items in rollup.sections.values())


def test_rollup_of_something_that_is_not_an_agency(embedded_loaded):
    with pytest.raises(KeyError):
        agency_rollup(embedded_loaded, "Program:12349养老服务热线")


def test_kg_show_lists_the_rollup(corpus_dir, tmp_path, capsys):
    from kg.cli import main

    store = str(tmp_path / "store")
    assert main(["ingest", str(corpus_dir / "seeds"), "--store", store, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["show", "营口市民政局", "--label", "Agency", "--store", store]) == 0
    out = capsys.readouterr().out
    assert "汇总 roll-up" in out and "项目 Programs" in out and "12349" in out and "人员 People" in out


def test_agency_page_shows_the_rollup(embedded_loaded):
    from webui import create_app

    client = create_app(store_factory=lambda: embedded_loaded, config={"TESTING": True}).test_client()
    page = client.get(f"/entity/{YINGKOU}").get_data(as_text=True)
    assert 'class="rollup"' in page and "杜邦安" in page and "12349" in page
    other = client.get("/entity/Program:三社联动").get_data(as_text=True)
    assert 'class="rollup"' not in other
