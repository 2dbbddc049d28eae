"""Doubling probe of a program written again and again (loaders/relate.py ``repeated_programs`` and the PILOTED_IN
reading of each repeat, pilot20): each size against the one before in the same run, so the load of a shared
machine weighs little.

    PYTHONPATH=. .venv/bin/python bench/probe_program_repeats.py [--long 100 200 400 800] [--sentences 100 200 400 800]

``--long``: ``load_text`` of a page whose one sentence names n invented villages, each followed by the same
program (甲村“邻里食堂”、乙村“邻里食堂”、…运营情况), fastest of 2 loads. ``--sentences``: a page of n sentences,
each naming one village and the program again (调研组实地调研了…村“邻里食堂”运营情况。). Linear code doubles its time with its
input; the ratio printed beside each size is that factor. Village names are invented, no page's.
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
from probe_meeting_lists import fastest  # noqa: E402  (fastest of n calls, the same timer as the meeting probe)

SYLLABLES = "东西南北上下前后新旧高低大小长短青红白黄金银石竹松柏"


def villages(n: int) -> list[str]:
    k = len(SYLLABLES)
    return [SYLLABLES[i % k] + SYLLABLES[(i // k) % k] + SYLLABLES[(i // (k * k)) % k] + "村" for i in range(n)]


def long_page(n: int) -> str:
    return "调研组实地调研了城区“邻里食堂”运营情况，" + "、".join(f"{v}“邻里食堂”" for v in villages(n)) + "运营情况。"


def sentences_page(n: int) -> str:
    return "全县推进“邻里食堂”建设。" + "".join(f"调研组实地调研了{v}“邻里食堂”运营情况。" for v in villages(n))


def probe(label: str, sizes: list[int], make: Callable[[int], str]) -> None:
    info = DocumentInfo("probe.txt", place="安平县", province="河北省")
    before = None
    for n in sizes:
        text = make(n)
        took = fastest(lambda: load_text(text, "probe.txt", info), 2)
        ratio = f"×{took / before:.1f}" if before else ""
        print(f"{label:10} n={n:5}  {took:.3f} s  {ratio}")
        before = took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", nargs="*", type=int, default=[100, 200, 400, 800])
    parser.add_argument("--sentences", nargs="*", type=int, default=[100, 200, 400, 800])
    args = parser.parse_args()
    print(f"load {os.getloadavg()[0]:.2f}")
    probe("long", args.long, long_page)
    probe("sentences", args.sentences, sentences_page)
    print(f"load {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
