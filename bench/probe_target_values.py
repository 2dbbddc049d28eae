"""Doubling probe of tgt22's target value rules (loaders/targets.py, stop 25), read through ``extract_targets`` on
one sentence of n repeats: fees priced per item (每具250元, 人月230元), figures in 万 and units (1万2134人, kept as
1.2134 万人 since the lead reverted tgt22's full count), shares in tenths (接近四成, 九成五), work agendas (等8项工作) and
work completed (完成了…的8项重点工作), meeting attendance (等12个市直单位…出席会议) and lists of bodies counted at one
(…负责人、18个乡镇分管领导参加会议; fix11), a rise from a number to none (由580个…扩大为全覆盖). Invented text, no page's. Each size against the one before in the same run, so
the load of a shared machine weighs little; linear code doubles its time with its input.

    PYTHONPATH=. .venv/bin/python bench/probe_target_values.py [--sizes 200 400 800 1600]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.targets import extract_targets  # noqa: E402
from loaders.types import DocumentInfo  # noqa: E402
from probe_agency_pairs import sentence_probe  # noqa: E402  (each size against the one before, as that probe prints them)

CASES = {
    "fees per item": lambda n: "免除费用标准每具250元、每公里3元、人月230元、" * n + "。",
    "figures in 万 and units": lambda n: "共1万2134人、" * n + "受惠。",
    "shares in tenths": lambda n: "开支占总开支接近四成、近九成五、" * n + "。",
    "work agendas": lambda n: "等8项工作、" * n + "完成情况。",
    "work completed": lambda n: "完成了年初确定的8项重点工作、" * n + "。",
    "meeting attendance": lambda n: "等12个市直单位、各区分管领导、" * n + "出席会议。",
    "attendance lists": lambda n: "县民政局等12个成员单位负责人、18个乡镇分管领导、" * n + "参加会议。",
    "rise to no number": lambda n: "范围由580个社区、" * n + "扩大为全覆盖。",
}


def main() -> int:
    return sentence_probe(CASES, extract_targets, DocumentInfo("t", place="某县", province="河南省"), "targets")


if __name__ == "__main__":
    raise SystemExit(main())
