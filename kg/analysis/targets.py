"""Targets across places and years, for one indicator, in comparable units.

Indicator names are matched loosely (:func:`kg.analysis.indicators.indicators_match`:
城市最低生活保障标准 ~ 城市低保标准, never 城市低保标准 ~ 城市低保标准增幅) and
values converted to a base unit only where that is exact (万元→元, 亿元→元,
元/年→元/月). When the matched values still have different units the rows
are flagged — ``unit_mismatch`` is True for every row outside the most common
unit — and nothing is compared silently across units.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pandas as pd

from kg.analysis.indicators import indicators_match, normalise_indicator, to_comparable
from kg.analysis.plans import document_profiles
from kg.analysis.snapshot import GraphData, evidence
from kg.errors import InputError

COLUMNS = ["place", "year", "indicator", "catalogue", "value", "unit", "comparable_value", "comparable_unit", "unit_mismatch",
           "kind", "scope", "from_value", "doc_id", "date", "sentence", "sentence_index", "start", "end"]


def _all_targets(data: GraphData) -> list[dict[str, Any]]:
    docs = {key: p for key, p in document_profiles(data.without_text()).items()}
    for_place: dict[str, str] = {}
    for edge in data.edges.get("FOR_PLACE", []):
        for_place.setdefault(edge["source"], data.name(edge["target"]))
    catalogue: dict[str, str] = {}
    for edge in data.edges.get("MEASURES_INDICATOR", []):
        catalogue.setdefault(edge["source"], data.name(edge["target"]))
    rows = []
    for edge in data.edges.get("SETS", []):
        node = data.nodes.get(edge["target"])
        doc = docs.get(edge["source"])
        if node is None or doc is None:
            continue
        props = node["properties"]
        value, unit = to_comparable(props.get("value"), props.get("unit"))
        rows.append({
            "place": for_place.get(node["key"]) or props.get("place") or doc.place,
            "year": props.get("year") if props.get("year") is not None else doc.year,
            "indicator": props.get("indicator") or node["name"],
            "catalogue": catalogue.get(node["key"]),
            "value": props.get("value"),
            "unit": props.get("unit"),
            "comparable_value": value,
            "comparable_unit": unit,
            "kind": props.get("kind"),
            "scope": props.get("scope"),
            "from_value": props.get("from_value"),
            "date": doc.date,
            **evidence(edge),
        })
    return rows


def flag_unit_mismatch(table: pd.DataFrame) -> pd.DataFrame:
    """Mark rows whose comparable unit differs from the most common one.

    >>> t = pd.DataFrame({"comparable_unit": ["元/月", "元/月", "%"]})
    >>> flag_unit_mismatch(t)["unit_mismatch"].tolist()
    [False, False, True]
    """
    table = table.copy()
    units = Counter(u for u in table["comparable_unit"] if u)
    main = units.most_common(1)[0][0] if units else None
    table["unit_mismatch"] = [u != main for u in table["comparable_unit"]]
    table.attrs["units"] = sorted(units)
    table.attrs["main_unit"] = main
    return table


def targets(source, indicator: str) -> pd.DataFrame:
    """Every target on ``indicator`` (matched loosely), by place and year, with comparable values.

    Columns: place, year, indicator (as written), value, unit, comparable_value,
    comparable_unit, unit_mismatch, kind, scope, from_value, doc_id, date and
    the supporting sentence with its offsets. ``table.attrs["units"]`` lists
    the distinct comparable units; more than one means a mismatch to look at.

    >>> targets(store, "城市低保标准")[["place", "year", "comparable_value", "comparable_unit"]]  # doctest: +SKIP
    """
    if not normalise_indicator(indicator):
        raise InputError("give an indicator name, e.g. 城市低保标准")
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    all_rows = _all_targets(data)
    query = normalise_indicator(indicator)
    # A catalogue indicator selects the targets linked to it (MEASURES_INDICATOR); any other
    # name falls back to loose matching on the targets' own indicator names.
    # 城乡低保标准 covers the 城市 and the 农村 standard (a 分别 pair is stored as one of each).
    wanted = {query} | ({query.replace("城乡", "城市"), query.replace("城乡", "农村")} if "城乡" in query else set())
    catalogued = [r for r in all_rows if r["catalogue"] and normalise_indicator(r["catalogue"]) in wanted]
    rows = catalogued or [r for r in all_rows if indicators_match(indicator, r["indicator"])]
    table = pd.DataFrame(rows, columns=COLUMNS)
    table = table.sort_values(["year", "place", "doc_id"], na_position="last").reset_index(drop=True)
    table["year"] = table["year"].astype("Int64")
    table = flag_unit_mismatch(table)
    table.attrs["indicator"] = normalise_indicator(indicator)
    return table


def indicators(source, catalogued: bool = True) -> pd.DataFrame:
    """The indicators in the store: how many targets and places state each.

    ``catalogued`` (the default): only the catalogue's Indicator nodes, with
    their code, topic and comparable unit; ``table.attrs["uncatalogued"]`` counts
    the targets no catalogue indicator covers. ``catalogued=False``: the
    targets' own indicator names, normalised (what the catalogue misses).
    """
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    count: Counter[str] = Counter()
    places: dict[str, set] = defaultdict(set)
    uncatalogued = 0
    for r in _all_targets(data):
        if catalogued and not r["catalogue"]:
            uncatalogued += 1
            continue
        key = r["catalogue"] if catalogued else normalise_indicator(r["indicator"])
        count[key] += 1
        places[key].add(r["place"])
    info = {}
    if catalogued:
        for node in data.nodes.values():
            if node.get("label") == "Indicator":
                info[node["name"]] = node.get("properties", {})
    rows = [{"indicator": k, "code": info.get(k, {}).get("code"), "topic": info.get(k, {}).get("topic"),
             "unit": info.get(k, {}).get("unit"), "targets": n, "places": len(places[k] - {None})}
            for k, n in count.items()]
    out = pd.DataFrame(rows, columns=["indicator", "code", "topic", "unit", "targets", "places"])
    if not catalogued:
        out = out.drop(columns=["code", "topic", "unit"])
    out = out.sort_values(["places", "targets", "indicator"], ascending=[False, False, True]).reset_index(drop=True)
    out.attrs["uncatalogued"] = uncatalogued
    return out
