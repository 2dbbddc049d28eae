"""Doubling probe of the agency rules that paired every match with every body found before (loaders/agencies.py
``_division_heads``, ``_region_governments``, ``_bare_civil_bodies``, ``_civil_centres``, ``_named_homes``): each size against the one before in the same
run, so the load of a shared machine weighs little.

    PYTHONPATH=. .venv/bin/python bench/probe_agency_pairs.py [--sizes 200 400 800 1600]

Each case is one sentence of n bodies and n matches of one rule (invented text, no page's), read by
``find_agency_spans`` (fastest of 3 calls): n 市民政局 then n short division heads (救灾处长王刚) after one 带领;
n 市民政局 then n 特区政府 in a Hong Kong page; n 县民政局 then n bare 民政局 in a page that never says where; n 市民政局 then n 市救助管理站 (civil centres); n 市民政局
then n 市先锋敬老院 (named homes).
Linear code doubles its time with its input; the ratio printed beside each size is that factor.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.agencies import find_agency_spans  # noqa: E402
from probe_meeting_lists import fastest  # noqa: E402  (the fastest of a few calls, as that probe times them)
from loaders.resolve import DocContext  # noqa: E402
from loaders.types import DocumentInfo, Sentence  # noqa: E402

CASES: dict[str, tuple[Callable[[int], str], DocumentInfo]] = {
    "division heads": (lambda n: "市民政局、" * n + "副局长带领" + "救灾处长王刚、" * n + "调研。",
                       DocumentInfo("t", place="郧西县", province="湖北省")),
    "特区政府": (lambda n: "市民政局、" * n + "特区政府、" * n,
                 DocumentInfo("t", place="香港特别行政区", province="香港特别行政区")),
    "bare 民政局": (lambda n: "县民政局、" * n + "，民政局" * n, DocumentInfo("t")),
    "civil centres": (lambda n: "市民政局、" * n + "市救助管理站、" * n,
                      DocumentInfo("t", place="郧西县", province="湖北省")),
    "named homes": (lambda n: "市民政局、" * n + "市先锋敬老院、" * n,
                    DocumentInfo("t", place="郧西县", province="湖北省")),
}


def doubling_row(call_of: Callable[[int], Callable[[], int]], sizes: list[int], counted: str) -> str:
    """Each size's fastest time, its ratio to the size before and what the call found: ``call_of(n)`` builds the
    input of size n and returns the call to time, which returns how many ``counted`` it found."""
    row, previous = [], None
    for n in sizes:
        call = call_of(n)
        found = call()
        seconds = fastest(call, 3)
        ratio = f" ×{seconds / previous:.1f}" if previous else ""
        row.append(f"{n}: {seconds:.3f} s{ratio} ({found} {counted})")
        previous = seconds
    return "; ".join(row)


def sentence_probe(cases: dict[str, Callable[[int], str]], extract: Callable[[list, DocumentInfo], list],
                   info: DocumentInfo, counted: str) -> int:
    """The main of a probe that reads one invented sentence of size n per case through ``extract``: each case's
    doubling row between two load averages (``--sizes`` from the command line)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="*", type=int, default=[200, 400, 800, 1600])
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    for name, text_of in cases.items():
        def call_of(n: int, text_of=text_of):
            sentences = [Sentence(0, text_of(n), 0, len(text_of(n)))]
            return lambda: len(extract(sentences, info))
        print(f"{name}: {doubling_row(call_of, args.sizes, counted)}", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


def _spans_call(text: str, info: DocumentInfo) -> Callable[[], int]:
    ctx = DocContext.from_info(info)
    return lambda: len(find_agency_spans(text, ctx, info))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", type=int, default=[200, 400, 800, 1600])
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    for name, (text_of, info) in CASES.items():
        row = doubling_row(lambda n, text_of=text_of, info=info: _spans_call(text_of(n), info), args.sizes, "spans")
        print(f"{name}: {row}", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
