"""Extraction quality on the held-out documents (``tests/heldout``), with floors.

The held-out files were written for these tests in places the shared corpus
never mentions, and annotated by hand before any extractor ran on them (see
``tests/heldout/README.md``). They measure how the rules do on text they were
not tuned on. Run with ``-s`` to see the per-type table; the floors sit a
little below today's figures, so a regression fails here.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kg.evaluate import TYPES, evaluate_folder

HELDOUT = Path(__file__).resolve().parent / "heldout"
GOLD = HELDOUT / "gold"

# (precision, recall) floors per type; figures at the time of writing are in
# docs/benchmarks.md ("Held-out extraction").
FLOORS = {
    "agencies": (0.95, 0.96),
    "persons": (0.97, 0.97),
    "places": (0.97, 0.96),
    "meetings": (0.97, 0.97),
    # 0.95: the programme catalogue's named mentions (v4) add three these fixtures' gold leaves out and the guide
    # leaves open (惠民殡葬政策, 县乡村三级养老服务网络, 时间银行互助养老试点 for 时间银行); real seeds + dev rose
    # 0.94 (stop 19): the program model at threshold 0.5 adds 孝善家庭 (P .949); on 139 unseen real pages the
    # threshold gained programs F1 (docs/benchmarks.md, "Stop 19 (lead…)")
    "programs": (0.94, 0.95),
    "policies": (0.97, 0.97),
    "targets": (0.98, 0.98),
    "micro": (0.985, 0.98),  # P 0.9896 after the programme catalogue (above)
}
MICRO_F1_FLOOR = 0.985


@pytest.fixture(scope="module")
def report():
    result = evaluate_folder(HELDOUT, GOLD)
    print(f"\n== held-out ({len(result.per_document)} documents)\n{result.table()}")
    return result


def test_heldout_scores_stay_above_floors(report):
    failures = []
    for kind, (p_floor, r_floor) in FLOORS.items():
        score = report.micro if kind == "micro" else report.per_type[kind]
        if score.precision < p_floor or score.recall < r_floor:
            failures.append(f"{kind}: P={score.precision:.3f} (floor {p_floor}) R={score.recall:.3f} (floor {r_floor})")
    assert not failures, "; ".join(failures)
    assert report.micro.f1 >= MICRO_F1_FLOOR


def test_every_heldout_document_has_gold_and_is_scored(report):
    gold_files = sorted(GOLD.glob("*.json"))
    assert len(gold_files) >= 8
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert (HELDOUT / gold["doc"]).is_file(), gold["doc"]
        assert set(TYPES) <= set(gold), f"{path.name} lacks a type"
    assert len(report.per_document) == len(gold_files)


def test_heldout_documents_are_marked_as_written_for_the_tests():
    # Nobody must mistake these for real government documents.
    assert "NOT real documents" in (HELDOUT / "README.md").read_text(encoding="utf-8")
    with (HELDOUT / "INDEX.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert rows and all("not a real document" in row["source"] for row in rows)


def test_page_furniture_gives_no_targets(report):
    # h07/h13/h17 carry visit counters, phone and ICP numbers in <script> and
    # the footer; their targets score perfect precision only if none leaks in.
    for doc in ("h07.html", "h13.html", "h17.html"):
        assert report.per_document[doc]["targets"].fp == 0, doc
