"""Doubling probe of prom19's PROMOTES rules (loaders/relate.py ``visiting`` for the opening's bodies, ``inspected``
and ``name_owners``) and the loader around them: each size against the one before in the same run, so the load of
a shared machine weighs little.

    PYTHONPATH=. .venv/bin/python bench/probe_promotes_visits.py [--visit 100 200 400 800] [--owners 50 100 200 400]

``--visit``: ``load_text`` of a page whose opening sentence lists n bodies with no 。 before a visit (…一行来我县调研),
then n sentences of inspected work (查看了…“…”…等地); every body of the opening is asked whether it visits.
``--owners``: ``load_text`` of one sentence of n pilots, each opening with a body's name (民政部…试点、省民政厅…试点、…).
Linear code doubles its time with its input; the ratio printed beside each size is that factor (fastest of 3 loads, ``doubling_row``).
Names are invented, no page's.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders import load_text  # noqa: E402
from loaders.types import DocumentInfo  # noqa: E402
from probe_agency_pairs import doubling_row  # noqa: E402  (each size's fastest time and its ratio, as that probe prints)

BODIES = ("省民政厅", "市民政局", "县民政局", "县委", "县人民政府", "市老龄办")
WORDS = "康乐福寿安宁和顺吉祥丰泰"
INFO = DocumentInfo("probe.txt", place="郯城县", province="山东省", issuing_body="郯城县人民政府网站")


def invented(i: int) -> str:
    """A two-character name of its own for each i (康乐, 康福, …)."""
    return WORDS[i % len(WORDS)] + WORDS[(i // len(WORDS)) % len(WORDS)]


def visit_page(n: int) -> str:
    opening = "、".join(BODIES[i % len(BODIES)] for i in range(n))
    return (f"6月3日，{opening}等单位负责人一行来我县调研民政工作。"
            + "".join(f"调研组查看了城关街道“{invented(i)}助老”服务点等地，详细了解我县工作情况。" for i in range(n)))


def owners_page(n: int) -> str:
    return "全面启动" + "、".join(f"{BODIES[i % 2]}{invented(i)}救助服务试点" for i in range(n)) + "等改革试点工作。"


def load_call(build: Callable[[int], str]) -> Callable[[int], Callable[[], int]]:
    """The call that loads the page of size n, counting the edges it makes."""
    return lambda n: (lambda text: lambda: len(load_text(text, "probe.txt", INFO).edges))(build(n))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visit", nargs="*", type=int, default=[100, 200, 400, 800])
    parser.add_argument("--owners", nargs="*", type=int, default=[50, 100, 200, 400])
    args = parser.parse_args()
    print(f"load {os.getloadavg()[0]:.2f}")
    print("visit ", doubling_row(load_call(visit_page), args.visit, "edges"), flush=True)
    print("owners", doubling_row(load_call(owners_page), args.owners, "edges"), flush=True)
    print(f"load {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
