"""Doubling probe of the program rules on long lists (prog19, stop 25): benefits listed up to an amount or after the
scheme that holds them (``_part_or_amount``), facility projects at work (``_built_project_at_work``) and quoted
formulas closed by 等方式, each size against the one before in the same run, so the load of a shared machine weighs
little. Beside each size, the baseline: one compiled-regex pass over the same sentence (``NUMBER_RE``).

    PYTHONPATH=. .venv/bin/python bench/probe_program_lists.py [--sizes 200 400 800 1600] [--probes designated …]

Each probe is one sentence of n items: ``benefits`` 长者生活津贴、伤残津贴、…金额调高 (and 公共福利金计划下的 before
every eighth), ``projects`` …区康乐养老中心项目建设、…, ``kinds`` 推进水库移民后扶项目建设和…: n kinds of project at
work, each skipped (fix9), and ``means`` “甲+乙”“丙+丁”…等多种方式. prog21 (stop 25) added ``built`` 甲县敬老院迁建、…、
乙县殡仪馆改扩建项目 (the 、-list walked back from its last project) and a 和-joined project every tenth item, ``listed``
…颐养园、…殡仪馆二级馆、…等项目建设 every eighth item, ``numbered`` “三个甲乙”救助、… and ``bases`` 入选浙江省…园区、….
fix10 (stop 25) added ``designated`` 入选全国…养老服务示范基地，… (each designation found by two rules, the second
looked up among the first's: a list per match was quadratic).
Linear code doubles its time with its input; the ratio printed beside each size is that factor (fastest of 3 calls,
``doubling_row``); the baseline row is its own.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.probe_agency_pairs import doubling_row  # noqa: E402
from loaders.numbers import NUMBER_RE  # noqa: E402
from loaders.programs import extract_rule_programs  # noqa: E402
from loaders.types import DocumentInfo, Sentence  # noqa: E402

ITEMS = "甲乙丙丁戊己庚辛壬癸"


def benefits(n: int) -> str:
    parts = [("公共福利金计划下的" if i % 8 == 0 else "") + f"{ITEMS[i % 10]}{ITEMS[(i // 10) % 10]}长者生活津贴"
             for i in range(n)]
    return "、".join(parts) + "及伤残津贴金额调高2.8%。"


def projects(n: int) -> str:
    return "、".join(f"推进武江区{ITEMS[i % 10]}{ITEMS[(i // 10) % 10]}养老中心项目建设" for i in range(n)) + "。"


def kinds(n: int) -> str:
    return "推进" + "水库移民后扶项目建设和" * n + "。"


def means(n: int) -> str:
    return "通过" + "".join(f"“{ITEMS[i % 10]}{ITEMS[(i // 10) % 10]}+社区食堂”" for i in range(n)) + "等多种方式布局。"


def built(n: int) -> str:
    parts = [f"{ITEMS[i % 10]}{ITEMS[(i // 10) % 10]}县敬老院迁建" + ("和丙县公墓新建项目" if i % 10 == 9 else "")
             for i in range(n)]
    return "推进" + "、".join(parts) + "、乙县殡仪馆改扩建项目。"


def listed(n: int) -> str:
    return "、".join(f"{ITEMS[i % 10]}{ITEMS[(i // 10) % 10]}颐养园" + ("等项目建设" if i % 8 == 7 else "")
                    for i in range(n)) + "等项目建设。"


def numbered(n: int) -> str:
    return "、".join(f"“三个{ITEMS[i % 10]}{ITEMS[(i // 10) % 10]}”救助" for i in range(n)) + "。"


def bases(n: int) -> str:
    return "、".join(f"入选浙江省{ITEMS[i % 10]}{ITEMS[(i // 10) % 10]}康养园区" for i in range(n)) + "。"


def designated(n: int) -> str:
    return "".join(f"入选全国{ITEMS[i % 10]}{ITEMS[(i // 10) % 10]}养老服务示范基地，" for i in range(n)) + "。"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 400, 800, 1600])
    parser.add_argument("--probes", nargs="+", help="run only these probes (by name: designated, bases …)")
    args = parser.parse_args()
    print(f"load {os.getloadavg()[0]:.2f}")
    for probe in (benefits, projects, kinds, means, built, listed, numbered, bases, designated):
        if args.probes and probe.__name__ not in args.probes:
            continue
        def call_of(n: int, probe=probe) -> Callable[[], int]:
            text = probe(n)
            sentence = [Sentence(0, text, 0, len(text))]
            return lambda: len(extract_rule_programs(sentence, DocumentInfo("probe")))

        def baseline_of(n: int, probe=probe) -> Callable[[], int]:
            text = probe(n)
            return lambda: len(NUMBER_RE.findall(text))

        print(f"{probe.__name__:9}", doubling_row(call_of, args.sizes, "programs"), flush=True)
        print(f"{'baseline':9}", doubling_row(baseline_of, args.sizes, "numbers"), flush=True)


if __name__ == "__main__":
    main()
