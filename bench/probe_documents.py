"""Doubling probe of whole documents: n sentences of one invented kind, read through the whole loader, for each kind
of sentence whose words may make a rule look back over the document (a bare 市民政局 in a provincial page, a bare
镇政府, 其中…, 该局, a quoted action, an attendance line …), and the real corpus's documents joined into one, cut at doubling lengths.

    PYTHONPATH=. .venv/bin/python bench/probe_documents.py [--sizes 300 600 1200 2400] [--corpus ../shared/corpus]

A sentence probe reads one long sentence; a rule that asks every earlier sentence once per bare word is quadratic in
the number of sentences instead, which only a document probe shows (stop 25: 2,000 sentences of a bare 市民政局 in a
provincial page took 5.8 s, ×51 from 200). Each size against the one before in the same run, so the load of a shared
machine weighs little; linear code doubles its time with its input. Invented sentences, no page's.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.pipeline import load_text  # noqa: E402
from loaders.types import DocumentInfo  # noqa: E402
from probe_agency_pairs import doubling_row  # noqa: E402  (each size against the one before, as that probe prints them)

PROVINCIAL = DocumentInfo("t.txt", province="湖北省")
COUNTY = DocumentInfo("t.txt", place="郧西县", province="湖北省")
UNITS: dict[str, tuple[str, DocumentInfo]] = {
    "bare 市民政局, provincial": ("市民政局召开会议。", PROVINCIAL),
    "bare 镇政府, county": ("镇政府召开会议。", COUNTY),
    "county leader": ("县委书记讲话。", COUNTY),
    "target and rise": ("全年城市低保标准提高到每人每月800元，同比增长5%。", COUNTY),
    "其中 + place": ("其中城关镇8个。", COUNTY),
    "该局 + program": ("该局推进居家养老服务。", PROVINCIAL),
    "responsible body": ("上述项目由区民政局负责。", COUNTY),
    "pilot": ("同时，开展社区治理创新试点。", PROVINCIAL),
    "quoted action": ("我局在本区开展“银龄安康”行动。", COUNTY),
    "post and name": ("民政局党组书记、局长李华出席。", COUNTY),
    "attendance": ("出席会议的有王强、李明、赵刚。", COUNTY),
    "article": ("第一条 为了规范管理，制定本办法。", COUNTY),
}


def _load_call(text: str, info: DocumentInfo | None) -> Callable[[], int]:
    return lambda: len(load_text(text, "probe.txt", info).edges)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", type=int, default=[300, 600, 1200, 2400])
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    for name, (unit, info) in UNITS.items():
        print(f"{name}: {doubling_row(lambda n, unit=unit, info=info: _load_call(unit * n, info), args.sizes, 'edges')}",
              flush=True)
    texts = [path.read_text(encoding="utf-8") for path in sorted(Path(args.corpus).glob("*/*.txt"))]
    joined = "\n".join(texts)
    if joined:  # the real documents joined into one and cut at 20,000 to 160,000 characters (what the corpus holds)
        sizes = [n for n in (20_000, 40_000, 80_000, 160_000) if n <= len(joined)]
        row = doubling_row(lambda n: _load_call(joined[:n], None), sizes, "edges")
        print(f"corpus documents joined, by characters: {row}", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
