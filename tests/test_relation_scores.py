"""Relation extraction against the gold ``relations`` (corpus/gold), with floors.

Tuples (type, source name, target name), endpoints matched as the entity scorer
matches them (kg/evaluate.py). The floors sit a little below what the rules reach
on seeds and dev (figures in docs/benchmarks.md, "Relations (issue 11)"); a
regression fails here. Run with ``-s`` to see the tables.
"""
from __future__ import annotations

import pytest

from kg.evaluate import RELATION_TYPES, evaluate_split

# (precision, recall) floors per relation type; "micro" over all types.
FLOORS = {
    "seeds": {
        "HOLDS_POST": (0.95, 0.95),
        "SPOKE_AT": (0.95, 0.95),
        "ORGANIZED_BY": (0.95, 0.95),
        "PROMOTES": (0.95, 0.85),
        "PILOTED_IN": (0.95, 0.95),
        "PART_OF": (0.95, 0.93),
        "micro": (0.97, 0.90),
    },
    "dev": {
        "HOLDS_POST": (0.95, 0.95),  # 6 Dec (stop 16): titles split by a comma, unnamed county, 0.929 -> 0.959
        "SPOKE_AT": (0.97, 0.91),
        "CHAIRED": (0.99, 0.90),
        "ORGANIZED_BY": (0.91, 0.80),
        "HELD_IN": (0.88, 0.75),  # 6 Dec (2nd): 在我市召开 and venues opening with a place, R 0.615 -> 0.769
        # stop 15: the program model finds programs the relation gold gives no PROMOTES or PILOTED_IN for (022, 040):
        # P 0.867 -> 0.839 and 1.000 -> 0.938 here, while both private sets' PROMOTES rose (0.342 -> 0.385, 0.211 -> 0.300)
        "PROMOTES": (0.86, 0.84),  # stop 17: R 0.826 -> 0.855 (rels7: leaders' reports); stop 16: proposing bodies, credit notes, R 0.797 -> 0.826; 6 Dec (2nd): lead bodies of 牵头/责任单位 notes, P 0.817 -> 0.860, F1 0.760 -> 0.778
        "PILOTED_IN": (0.93, 0.60),  # 6 Dec (2nd): place-headed lines, site lists, R 0.292 -> 0.625
        "PART_OF": (0.91, 0.90),
        "micro": (0.93, 0.89),
    },
}
MICRO_F1_FLOOR = {"seeds": 0.97, "dev": 0.91}
# (right, total) share floors for the persons' post and org
PERSON_FLOORS = {"seeds": {"post": 0.90, "org": 0.88}, "dev": {"post": 0.88, "org": 0.93}}


@pytest.fixture(scope="module", params=["seeds", "dev"])
def report(request, corpus_dir):
    result = evaluate_split(corpus_dir, request.param)
    print(f"\n== {request.param}\n{result.table()}")
    return request.param, result


def test_relations_stay_above_floors(report):
    split, result = report
    assert set(result.relations) == set(RELATION_TYPES)
    failures = []
    for kind, (p_floor, r_floor) in FLOORS[split].items():
        score = result.relations_micro if kind == "micro" else result.relations[kind]
        if score.precision < p_floor or score.recall < r_floor:
            failures.append(f"{kind}: P={score.precision:.3f} (floor {p_floor}) R={score.recall:.3f} (floor {r_floor})")
    assert not failures, f"{split}: " + "; ".join(failures)
    assert result.relations_micro.f1 >= MICRO_F1_FLOOR[split]


def test_person_post_and_org_accuracy(report):
    split, result = report
    for attribute, floor in PERSON_FLOORS[split].items():
        right, total = result.person_attributes[attribute]
        assert total and right / total >= floor, f"{split} person {attribute}: {right}/{total} (floor {floor})"
