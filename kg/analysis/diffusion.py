"""Policy diffusion: which places took up a program or a policy, and in what order.

A program or policy "reaches" a place when a document about that place
promotes, mentions or cites it. The first such document dates the uptake.
Dates are the documents' own dates; a document with only a year sorts after
the dated documents of that year (its day is unknown).

>>> _sort_key("2021-02-22", 2021) < _sort_key("", 2021) < _sort_key("2022-01-01", 2022)
True
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

import pandas as pd

from kg.analysis.names import clean_name, name_similarity
from kg.analysis.plans import document_profiles
from kg.analysis.snapshot import GraphData, evidence
from kg.errors import InputError

DIFFUSION_LABELS = ("Program", "Policy")
_UPTAKE_RELS = ("PROMOTES", "MENTIONS", "CITES")

COLUMNS = ["order", "place", "date", "year", "documents", "doc_id", "title", "sentence", "sentence_index", "start", "end"]


def _sort_key(date: str, year: int | None) -> tuple:
    return (year if year is not None else 9999, date if len(date) > 4 else "9999")


def _uptakes(data: GraphData, labels: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """For each entity key: one record per (document, earliest sentence) that names it."""
    wanted = set(labels)
    profiles = document_profiles_light(data)
    found: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for rel in _UPTAKE_RELS:
        for edge in data.edges.get(rel, []):
            if edge["target"].partition(":")[0] not in wanted or not edge["source"].startswith("Document:"):
                continue
            doc = profiles.get(edge["source"])
            if doc is None or not doc["place"]:
                continue
            ev = evidence(edge)
            seen = found[edge["target"]].get(edge["source"])
            if seen is None or (ev["sentence_index"] or 0) < (seen["sentence_index"] or 0):
                found[edge["target"]][edge["source"]] = {**doc, **ev}
    return {key: list(docs.values()) for key, docs in found.items()}


def document_profiles_light(data: GraphData) -> dict[str, dict[str, Any]]:
    """Place, year, date and title of each document (no text processing)."""
    out = {}
    for key, p in document_profiles(data.without_text()).items():
        out[key] = {"place": p.place, "year": p.year, "date": p.date, "title": p.title}
    return out


def _place_order(records: list[dict[str, Any]]) -> pd.DataFrame:
    by_place: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by_place[r["place"]].append(r)
    rows = []
    for place, recs in by_place.items():
        recs.sort(key=lambda r: _sort_key(r["date"] or "", r["year"]))
        first = recs[0]
        rows.append({
            "place": place,
            "date": first["date"] if first["date"] and len(first["date"]) > 4 else (str(first["year"]) if first["year"] else ""),
            "year": first["year"],
            "documents": len(recs),
            "doc_id": first["doc_id"],
            "title": first["title"],
            "sentence": first["sentence"],
            "sentence_index": first["sentence_index"],
            "start": first["start"],
            "end": first["end"],
            "_key": _sort_key(first["date"] or "", first["year"]),
        })
    rows.sort(key=lambda r: (r["_key"], r["place"]))
    for i, r in enumerate(rows, 1):
        r["order"] = i
        del r["_key"]
    return pd.DataFrame(rows, columns=COLUMNS)


def find_entity(data: GraphData, name: str, labels: Iterable[str] = DIFFUSION_LABELS) -> str:
    """The key of the program or policy called ``name`` (canonical name or alias, quotes ignored).

    Raises InputError naming the closest known names when there is no such entity.
    """
    wanted = clean_name(name)
    candidates = [n for n in data.nodes.values() if n["label"] in tuple(labels)]
    for node in candidates:
        if clean_name(node["name"]) == wanted or wanted in {clean_name(a) for a in node.get("aliases") or []}:
            return node["key"]
    containing = [n for n in candidates if wanted and wanted in clean_name(n["name"])]
    if len(containing) == 1:
        return containing[0]["key"]
    close = sorted(candidates, key=lambda n: -name_similarity(wanted, n["name"]))[:5]
    if containing:
        close = containing[:8]
    hint = "、".join(n["name"] for n in close) or "none"
    raise InputError(f"no program or policy is called {name!r}; closest: {hint}")


def diffusion(source, name: str) -> pd.DataFrame:
    """Places that took up the program or policy ``name``, in order of first mention.

    One row per place: order, place, date (or year) of its first document,
    how many of its documents name it, and the first supporting sentence
    (doc_id, sentence, offsets).

    >>> diffusion(store, "时间银行")[["order", "place", "date"]]   # doctest: +SKIP
    """
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    key = find_entity(data, name)
    table = _place_order(_uptakes(data, [key.partition(":")[0]]).get(key, []))
    table.attrs["entity"] = key
    return table


def diffusion_all(source, min_places: int = 2, labels: Iterable[str] = DIFFUSION_LABELS) -> pd.DataFrame:
    """Every program or policy seen in at least ``min_places`` places, with its order of uptake.

    Columns: label, name, places, first_place, first_date, last_date, order
    (the places joined by →). Most widespread first.
    """
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    rows = []
    for key, records in _uptakes(data, labels).items():
        table = _place_order(records)
        if len(table) < min_places:
            continue
        rows.append({
            "label": key.partition(":")[0],
            "name": data.name(key),
            "places": len(table),
            "first_place": table["place"].iloc[0],
            "first_date": table["date"].iloc[0],
            "last_date": table["date"].iloc[-1],
            "order": " → ".join(table["place"]),
        })
    columns = ["label", "name", "places", "first_place", "first_date", "last_date", "order"]
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["places", "first_date", "name"], ascending=[False, True, True]).reset_index(drop=True)
