"""Doubling probe of the persons a meeting's 会上 places (loaders/relate.py ``placed_at_meeting`` and the loader
around it): each size against the one before in the same run, so the load of a shared machine weighs little.

    PYTHONPATH=. .venv/bin/python bench/probe_meeting_lists.py [--names 400 800 1600 3200] [--sentences 100 200 400 800]
        [--chairs 50 100 200 400] [--attendance 25 50 100]

``--names``: one list of n invented names after a name (、王某、李某…在会上表示感谢), walked by ``placed_at_meeting``
with all n names known (fastest of 3 calls). ``--sentences``: ``load_text`` of a page of n sentences, each 会上，副县长
and four names (4n persons; fastest of 2 loads). Linear code doubles its time with its input; the ratio printed
beside each size is that factor. ``--chairs``: ``load_text`` of a page that opens with a work summary (so that it
reports no meeting of its own and each person is placed by the meeting last held, as rels17's rules do) and then
n meetings, each a committee's session with its chair named again (会议由某主持), a chair and a speakers' list in
the sentence after (某主持，某、某参加会议并讲话) and a verdict opening a speaker's clause (某对…给予充分肯定).
``--attendance``: ``load_text`` of that summary, one meeting held and one attendance line of n names
(副市长某、某…参加会议并讲话), every one of which speaks there (up to 100: a longer line is not read as one list
of persons, 200 names give 127 posts and no speech).
Names are invented (a surname and two given-name characters), no page's.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders import load_text  # noqa: E402
from loaders.relate import placed_at_meeting  # noqa: E402
from loaders.types import DocumentInfo  # noqa: E402

SURNAMES, GIVEN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红"


def invented_names(n: int) -> list[str]:
    return [SURNAMES[i % 20] + GIVEN[(i // 20) % len(GIVEN)] + GIVEN[(i // (20 * len(GIVEN))) % len(GIVEN)]
            for i in range(n)]


def fastest(call: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def page(n: int) -> str:
    names = invented_names(4 * n)
    return "全县养老服务工作会议召开。" + "".join(
        f"会上，副县长{names[4 * i]}、{names[4 * i + 1]}、{names[4 * i + 2]}和{names[4 * i + 3]}在会上作了发言。" for i in range(n))


# a work summary before the meetings: a page whose first sentence is a meeting's reports that one, and every
# person then has it as a target, so rels17's rules for a meeting last held never ran (review3)
SUMMARY = ("今年以来，全市民政系统坚持以人民为中心。各地兜牢民生底线，稳步推进养老服务体系建设。社区治理水平持续提升。"
           "慈善事业和社会工作加快发展。")  # (four sentences: a meeting held in the first four is the one reported)


def chairs_page(n: int) -> str:
    names = invented_names(4 * n)
    return SUMMARY + "".join(
        f"市老龄工作委员会2025年度第{i + 1}次全体会议在市政府召开。副市长{names[4 * i]}出席会议。会议由{names[4 * i]}主持。"
        f"秘书长{names[4 * i + 1]}主持，局长{names[4 * i + 2]}、副局长{names[4 * i + 3]}参加会议并讲话。"
        f"{names[4 * i + 2]}对全市一年来的养老服务工作给予充分肯定。" for i in range(n))


def attendance_page(n: int) -> str:
    return SUMMARY + "全市养老服务工作会议在市政府召开。副市长" + "、".join(invented_names(n)) + "参加会议并讲话。"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", nargs="*", type=int, default=[400, 800, 1600, 3200])
    parser.add_argument("--sentences", nargs="*", type=int, default=[100, 200, 400, 800])
    parser.add_argument("--chairs", nargs="*", type=int, default=[50, 100, 200, 400])
    parser.add_argument("--attendance", nargs="*", type=int, default=[25, 50, 100])
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    previous = None
    for n in args.names:
        names = tuple(invented_names(n))
        after = "、" + "、".join(names[1:]) + "在会上表示感谢。"
        assert placed_at_meeting("", after, names) == "表示感谢。"  # the whole list is walked
        seconds = fastest(lambda: placed_at_meeting("", after, names), 3)
        print(f"placed_at_meeting {n} names: {seconds * 1000:.2f} ms" + (f" (×{seconds / previous:.1f})" if previous else ""))
        previous = seconds
    info = DocumentInfo("t.txt", place="万年县", province="江西省")
    load_text(page(2), "t.txt", info)  # (models and lexicons load once)
    for sizes, build, what in ((args.sentences, page, "sentences"), (args.chairs, chairs_page, "meetings with chairs"),
                              (args.attendance, attendance_page, "names attending")):
        previous = None
        for n in sizes:
            text = build(n)
            seconds = fastest(lambda: load_text(text, "t.txt", info), 2)
            print(f"load_text {n} {what} ({len(text):,} characters): {seconds:.3f} s"
                  + (f" (×{seconds / previous:.1f})" if previous else ""))
            previous = seconds
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
