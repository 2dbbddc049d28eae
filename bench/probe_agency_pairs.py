"""Doubling probe of the agency rules that paired every match with every body found before (loaders/agencies.py
``_division_heads``, ``_region_governments``, ``_bare_civil_bodies``, ``_civil_centres``, ``_named_homes``,
``_zone_bodies``, ``_publishers``, ``_bare_taiwan_units``, ``_bare_township_bodies``), and of the bare words resolved from the sentences before (``EarlierSentences``):
each size against the one before in the same run, so the load of a shared machine weighs little.

    PYTHONPATH=. .venv/bin/python bench/probe_agency_pairs.py [--sizes 200 400 800 1600]

Each case is one sentence of n bodies and n matches of one rule (invented text, no page's), read by
``find_agency_spans`` (fastest of 3 calls): n 市民政局 then n short division heads (救灾处长王刚) after one 带领;
n 市民政局 then n 特区政府 in a Hong Kong page; n 县民政局 then n bare 民政局 in a page that never says where; n 市民政局 then n 市救助管理站 (civil centres); n 市民政局
then n 市先锋敬老院 (named homes); n 市民政局 then n distinct zones' bureaus (zone bodies); n 市民政局 then n
《中国民政》杂志社 (publishers); n 苗栗县卫生所 then n bare 议会 and 社会局 in a Taiwan county's page (fix8). One
sentence of n distinct townships then n bare 镇政府 is given to ``_bare_township_bodies`` (fix8). The document cases are n sentences read by ``extract_agencies``: a bare 市民政局 in a
provincial page, a bare 镇政府 in a county's page (each asked the sentences before it).
Linear code doubles its time with its input; the ratio printed beside each size is that factor.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.agencies import _bare_township_bodies, extract_agencies, find_agency_spans  # noqa: E402
from probe_meeting_lists import fastest  # noqa: E402  (the fastest of a few calls, as that probe times them)
from loaders.resolve import DocContext  # noqa: E402
from loaders.sentences import split_sentences  # noqa: E402
from loaders.types import DocumentInfo, Sentence  # noqa: E402

# two-character zone names holding no generic word (各, 全, 的 …): 32 × 32 distinct zones
_ZONE_CHARS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东西南北江河"

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
    "zone bodies": (lambda n: "市民政局、" * n + "".join(f"、{a}{b}经开区社会事务局" for a in _ZONE_CHARS for b in _ZONE_CHARS)[:12 * n],
                    DocumentInfo("t", place="郧西县", province="湖北省")),
    "publishers": (lambda n: "市民政局、" * n + "《中国民政》杂志社、" * n, DocumentInfo("t", place="郧西县", province="湖北省")),
    # (fix8: a Taiwan page's bare 议会 and 社会局 each asked every body found whether it covers it)
    "Taiwan bare units": (lambda n: "苗栗县卫生所、" * n + "送议会，社会局、" * n, DocumentInfo("t", place="苗栗县", province="台湾省")),
}
# one sentence given to ``_bare_township_bodies`` itself (fix8): n distinct townships, then n bare 镇政府 (each
# filtered all of the sentence's townships for the last before it). Read by extract_agencies it would be cut into
# sentences of about 510 characters (loaders/sentences.py), which bounds the work per sentence there
SENTENCE_CASES: dict[str, Callable[[int], str]] = {
    "bare 镇政府 after many townships": lambda n: "、".join(
        a + b + c + "镇" for a in _ZONE_CHARS for b in _ZONE_CHARS for c in _ZONE_CHARS[:n // 1024 + 1])[:5 * n]
        + "，" + "镇政府、" * n,
}
# sentences of a document, each with a bare word its own sentence can't resolve
DOCUMENT_CASES: dict[str, tuple[str, DocumentInfo]] = {
    "bare 市民政局, provincial page": ("市民政局召开会议。", DocumentInfo("t", province="湖北省")),
    "bare 镇政府, county page": ("镇政府召开会议。", DocumentInfo("t", place="郧西县", province="湖北省")),
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


def sentence_probe(cases: dict[str, Callable[[int], str] | tuple[Callable[[int], str], DocumentInfo]],
                   extract: Callable[[list, DocumentInfo], list], info: DocumentInfo, counted: str) -> int:
    """The main of a probe that reads one invented sentence of size n per case through ``extract``: each case's
    doubling row between two load averages (``--sizes`` from the command line). A case is the text of size n, read
    as a page of ``info``, or (the text, its own page)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="*", type=int, default=[200, 400, 800, 1600])
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    for name, case in cases.items():
        text_of, page = case if isinstance(case, tuple) else (case, info)

        def call_of(n: int, text_of=text_of, page=page):
            sentences = [Sentence(0, text_of(n), 0, len(text_of(n)))]
            return lambda: len(extract(sentences, page))
        print(f"{name}: {doubling_row(call_of, args.sizes, counted)}", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


def _spans_call(text: str, info: DocumentInfo) -> Callable[[], int]:
    ctx = DocContext.from_info(info)
    return lambda: len(find_agency_spans(text, ctx, info))


def _document_call(text: str, info: DocumentInfo) -> Callable[[], int]:
    sentences = split_sentences(text)
    return lambda: len(extract_agencies(sentences, info))


def _township_call(text: str) -> Callable[[], int]:
    sentence = Sentence(0, text, 0, len(text))
    return lambda: len(_bare_township_bodies(sentence, lambda kind: None, []))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", type=int, default=[200, 400, 800, 1600])
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    for name, (text_of, info) in CASES.items():
        row = doubling_row(lambda n, text_of=text_of, info=info: _spans_call(text_of(n), info), args.sizes, "spans")
        print(f"{name}: {row}", flush=True)
    for name, text_of in SENTENCE_CASES.items():
        row = doubling_row(lambda n, text_of=text_of: _township_call(text_of(n)), args.sizes, "bodies")
        print(f"{name}: {row}", flush=True)
    for name, (unit, info) in DOCUMENT_CASES.items():
        row = doubling_row(lambda n, unit=unit, info=info: _document_call(unit * n, info), args.sizes, "bodies")
        print(f"{name}: {row}", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
