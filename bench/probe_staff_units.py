"""Doubling probe of the staff-section rule (loaders/agencies_staff.py ``staff_units``, stop 25, helper ag20), read
through ``extract_agencies`` on one sentence: n bodies, then n sections each named by its member of staff
(办公室干部范某、), then n sections named by their head after the name (社会互助厅蔡某厅长、); and, for
``loaders/agencies_heads.py``, n bodies then n Hong Kong district officers (屯门民政事务专员关某、). Invented text, no
page's. Each size against the one before in the same run, so the load of a shared machine weighs little; linear
code doubles its time with its input.

    PYTHONPATH=. .venv/bin/python bench/probe_staff_units.py [--sizes 200 400 800 1600]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.agencies import extract_agencies  # noqa: E402
from loaders.types import DocumentInfo  # noqa: E402
from probe_agency_pairs import sentence_probe  # noqa: E402  (each size against the one before, as that probe prints them)

_ZAOZHUANG = DocumentInfo("t", place="枣庄市", province="山东省")
# (a Hong Kong page: only there is 劳工及福利局 a body found, so the officers' offices are checked against n bodies)
_HONG_KONG = DocumentInfo("t", place="香港特别行政区", province="香港特别行政区")
CASES = {
    "staff after a section": (lambda n: "市民政局调研员李明、" * n + "社会救助科干部王刚、" * n + "调研。", _ZAOZHUANG),
    "head after the name": (lambda n: "市民政局、" * n + "社会互助厅蔡明厅长、" * n + "陪同。", _ZAOZHUANG),
    "district officers": (lambda n: "劳工及福利局、" * n + "屯门民政事务专员关明、" * n + "陪同。", _HONG_KONG),
}


def main() -> int:
    # rules only: the learned agency step is not what this probe times
    return sentence_probe(CASES, lambda sentences, info: extract_agencies(sentences, info, rules_only=True),
                          _ZAOZHUANG, "mentions")


if __name__ == "__main__":
    raise SystemExit(main())
