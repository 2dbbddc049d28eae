"""Doubling probe of a program written again and again (loaders/relate.py ``repeated_programs`` and the PILOTED_IN
reading of each repeat, pilot20): each size against the one before in the same run, so the load of a shared
machine weighs little.

    PYTHONPATH=. .venv/bin/python bench/probe_program_repeats.py [--long 100 200 400 800] [--sentences 100 200 400 800]
        [--repeats 500 1000 2000 4000] [--villages 500 1000 2000 4000]

``--long``: ``load_text`` of a page whose one sentence names n invented villages, each followed by the same
program (甲村“邻里食堂”、乙村“邻里食堂”、…运营情况), fastest of 2 loads. ``--sentences``: a page of n sentences,
each naming one village and the program again (调研组实地调研了…村“邻里食堂”运营情况。). ``--repeats``: ``repeated_programs``
alone on n sentences that each name the program once as found and once bare (every mention takes the same
occurrences; fix9). ``--villages``: ``context_parents`` on n townships and n villages of other stems, one sentence
each (no village's parent near it, so each is looked up among the townships; fix9). Linear code doubles its time
with its input; the ratio printed beside each size is that factor (fastest of 3 calls, ``doubling_row``). Village
names are invented, no page's.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders import load_text  # noqa: E402
from loaders.relate import context_parents, repeated_programs  # noqa: E402
from loaders.types import DocumentInfo, Mention, Sentence  # noqa: E402
from probe_agency_pairs import doubling_row  # noqa: E402  (each size's fastest time and its ratio, as that probe prints)

SYLLABLES = "东西南北上下前后新旧高低大小长短青红白黄金银石竹松柏"


def villages(n: int) -> list[str]:
    k = len(SYLLABLES)
    return [SYLLABLES[i % k] + SYLLABLES[(i // k) % k] + SYLLABLES[(i // (k * k)) % k] + "村" for i in range(n)]


def long_page(n: int) -> str:
    return "调研组实地调研了城区“邻里食堂”运营情况，" + "、".join(f"{v}“邻里食堂”" for v in villages(n)) + "运营情况。"


def sentences_page(n: int) -> str:
    return "全县推进“邻里食堂”建设。" + "".join(f"调研组实地调研了{v}“邻里食堂”运营情况。" for v in villages(n))


INFO = DocumentInfo("probe.txt", place="安平县", province="河北省")


def load_call(make: Callable[[int], str]) -> Callable[[int], Callable[[], int]]:
    """The call that loads the page of size n, counting the edges it makes."""
    return lambda n: (lambda text: lambda: len(load_text(text, "probe.txt", INFO).edges))(make(n))


def repeats_call(n: int) -> Callable[[], int]:
    text = "爱心食堂，爱心食堂。" * n
    sentences = [Sentence(i, text[i * 10:(i + 1) * 10], i * 10, (i + 1) * 10) for i in range(n)]
    found = {"Program": [Mention("Program", "爱心食堂", "爱心食堂", i, i * 10, i * 10 + 4, {}) for i in range(n)]}
    return lambda: sum(map(len, repeated_programs(text, sentences, found).values()))


def villages_call(n: int) -> Callable[[], int]:
    places, at = [], 0
    for i in range(n):
        for index, (name, level) in enumerate(((f"甲{i}镇", "township"), (f"乙{i}村", "village"))):
            places.append(Mention("Place", name, name, 2 * i + index, at, at + len(name), {"level": level}))
            at += len(name) + 1
    text = "。".join(p.name for p in places) + "。"
    return lambda: len(context_parents(places, text, DocumentInfo("probe.txt")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", nargs="*", type=int, default=[100, 200, 400, 800])
    parser.add_argument("--sentences", nargs="*", type=int, default=[100, 200, 400, 800])
    parser.add_argument("--repeats", nargs="*", type=int, default=[500, 1000, 2000, 4000])
    parser.add_argument("--villages", nargs="*", type=int, default=[500, 1000, 2000, 4000])
    args = parser.parse_args()
    print(f"load {os.getloadavg()[0]:.2f}")
    print("long      ", doubling_row(load_call(long_page), args.long, "edges"), flush=True)
    print("sentences ", doubling_row(load_call(sentences_page), args.sentences, "edges"), flush=True)
    print("repeats   ", doubling_row(repeats_call, args.repeats, "repeats"), flush=True)
    print("villages  ", doubling_row(villages_call, args.villages, "parents"), flush=True)
    print(f"load {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
