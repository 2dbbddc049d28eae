"""Doubling probe of ind20's naming rules: examples before 等 and the page's own place opening a name (and, since
fix12, fees with notes, money for a group after 为 and a clause of which before the number).

One sentence holds k targets in a single long clause (joined by 、, no comma), each named by a list of quoted
examples before 等 or by the page's own place: a rule that looked at the whole clause for each target would grow
with k², a linear one doubles with k. The baseline, timed in the same run, is one pass of the number regex over
the same text. Prints the time for k = 200, 400, 800 and the ratio per doubling.

Usage::

    PYTHONPATH=. python bench/probe_indicator_examples.py [--runs 3]
"""
from __future__ import annotations

import argparse

from bench.probe_meeting_lists import fastest
from loaders.numbers import NUMBER_RE
from loaders.targets import extract_targets
from loaders.types import DocumentInfo, Sentence

SHAPES = {
    "quoted examples": "开展“暖心{i}”“同行{i}”等系列关爱活动{n}场次",
    "listed examples": "实施助餐点{i}、照料中心{i}等养老服务设施项目{n}个",
    "own place": "临川市爱心食堂{i}累计供餐{n}人次",
    # fix12: fees with notes and no relief in one long clause (the relief is read clause by clause), money for a
    # group after 为, and a clause of which before the number
    "fee notes": "遗体火化费{i}（普通炉）{n}元",
    "group money": "为困难群众{i}发放取暖补贴{n}元",
    "clause of which": "完成年初确定的{n}项民生实事{i}",
}


def sentence(shape: str, k: int) -> Sentence:
    text = "、".join(shape.format(i=i, n=10 + i) for i in range(k)) + "。"
    return Sentence(0, text, 0, len(text))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    info = DocumentInfo("probe.txt", place="临川市")
    for name, shape in SHAPES.items():
        times = []
        for k in (200, 400, 800):
            s = sentence(shape, k)
            took = fastest(lambda: extract_targets([s], info), runs)
            base = fastest(lambda: NUMBER_RE.findall(s.text), runs)
            times.append(took)
            print(f"{name:16} k={k:4}  {took:.3f} s  (number regex {base * 1000:.2f} ms)")
        print(f"{name:16} ×{times[1] / times[0]:.2f} / ×{times[2] / times[1]:.2f} a doubling")


if __name__ == "__main__":
    main()
