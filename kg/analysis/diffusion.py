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

DIFFUSION_LABELS = ("Concept", "Program", "Policy")
_UPTAKE_RELS = ("PROMOTES", "MENTIONS", "CITES")

COLUMNS = ["order", "place", "date", "year", "documents", "doc_id", "title", "sentence", "sentence_index", "start", "end"]


def _sort_key(date: str, year: int | None) -> tuple:
    return (year if year is not None else 9999, date if len(date) > 4 else "9999")


def _uptakes(data: GraphData, labels: Iterable[str],
             profiles: dict[str, dict[str, Any]] | None = None) -> dict[str, list[dict[str, Any]]]:
    """For each entity key: one record per (document, earliest sentence) that names it. ``profiles``: each
    document's place, year, date and title (:func:`document_profiles_light` of ``data`` when not given)."""
    wanted = set(labels)
    profiles = profiles if profiles is not None else document_profiles_light(data)
    concepts_of: dict[str, list[str]] = defaultdict(list)
    for edge in data.edges.get("INSTANCE_OF", []):
        concepts_of[edge["source"]].append(edge["target"])
    found: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for rel in _UPTAKE_RELS:
        for edge in data.edges.get(rel, []):
            label = edge["target"].partition(":")[0]
            if not edge["source"].startswith("Document:") or (
                    label not in wanted and not (label == "Program" and "Concept" in wanted)):
                continue
            doc = profiles.get(edge["source"])
            if doc is None or not doc["place"]:
                continue
            ev = evidence(edge)
            targets = [edge["target"]]
            if "Concept" in wanted and edge["target"].startswith("Program:"):
                # A program's uptake is also an uptake of the concept it instantiates.
                targets += concepts_of.get(edge["target"], [])
            for target in targets:
                if target.partition(":")[0] not in wanted:
                    continue
                seen = found[target].get(edge["source"])
                if seen is None or (ev["sentence_index"] or 0) < (seen["sentence_index"] or 0):
                    found[target][edge["source"]] = {**doc, **ev}
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
    order = {label: i for i, label in enumerate(labels)}
    # Concepts first: 居家和社区养老服务改革试点 is both a catalogue concept and a Program name.
    candidates = sorted((n for n in data.nodes.values() if n["label"] in order), key=lambda n: order[n["label"]])
    for node in candidates:
        if clean_name(node["name"]) == wanted or wanted in {clean_name(a) for a in node.get("aliases") or []}:
            return node["key"]
    for node in candidates:
        if (node.get("properties") or {}).get("concept_id") == name:
            return node["key"]
    containing = [n for n in candidates if wanted and wanted in clean_name(n["name"])]
    if len(containing) == 1:
        return containing[0]["key"]
    close = sorted(candidates, key=lambda n: -name_similarity(wanted, n["name"]))[:5]
    if containing:
        close = containing[:8]
    hint = "、".join(n["name"] for n in close) or "none"
    raise InputError(f"no program or policy is called {name!r}; closest: {hint}")


def launch_row(node: dict[str, Any]) -> dict[str, Any] | None:
    """The catalogue's launch of a concept as the first diffusion event (order 0), when its start year is known.

    >>> launch_row({"name": "明天计划", "properties": {"start_year": 2004, "level": "national", "launched_by": "民政部"}})["place"]
    '(national launch: 民政部)'
    """
    props = node.get("properties") or {}
    year = props.get("start_year")
    if year is None or (isinstance(year, float) and pd.isna(year)):
        return None
    who = props.get("launched_by") or ""
    return {"order": 0, "place": f"({props.get('level') or 'catalogue'} launch{': ' + who if who else ''})",
            "date": str(int(year)), "year": int(year), "documents": 0, "doc_id": None,
            "title": "program concept catalogue (loaders/data/program_concepts.tsv)",
            "sentence": f"{node['name']}: launched {int(year)}{' by ' + who if who else ''} (catalogue)",
            "sentence_index": None, "start": None, "end": None}


def diffusion(source, name: str) -> pd.DataFrame:
    """Places that took up the concept, program or policy ``name``, in order of first mention.

    One row per place: order, place, date (or year) of its first document,
    how many of its documents name it, and the first supporting sentence
    (doc_id, sentence, offsets). A catalogue concept is taken up by a document
    that names it or one of its INSTANCE_OF programs; when the catalogue knows
    its start year, its national or provincial launch is the first row (order 0).

    >>> diffusion(store, "时间银行")[["order", "place", "date"]]   # doctest: +SKIP
    """
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    return _timeline(data, find_entity(data, name))


def _timeline(data: GraphData, key: str, profiles: dict[str, dict[str, Any]] | None = None) -> pd.DataFrame:
    table = _place_order(_uptakes(data, [key.partition(":")[0]], profiles).get(key, []))
    if key.startswith("Concept:"):
        launch = launch_row(data.nodes.get(key) or {"name": key.partition(":")[2]})
        if launch is not None:
            table = pd.concat([pd.DataFrame([launch], columns=COLUMNS), table], ignore_index=True)
    table.attrs["entity"] = key
    return table


# What launch_row and find_entity read of a concept, program or policy besides its name and aliases.
ENTITY_PROPERTIES = ("concept_id", "start_year", "launched_by", "level")


def entity_nodes(store) -> GraphData:
    """The store's Concept, Program and Policy nodes (name, aliases, :data:`ENTITY_PROPERTIES`), no edges:
    what :func:`find_entity` looks a name up in, for :func:`diffusion_from_store`."""
    data = GraphData()
    for node in store.iter_nodes(list(DIFFUSION_LABELS), properties=list(ENTITY_PROPERTIES)):
        data.nodes[node["key"]] = node
    return data


def diffusion_from_store(store, name: str, profiles: dict[str, Any], entities: GraphData | None = None) -> pd.DataFrame:
    """:func:`diffusion`, reading from ``store`` only the edges that name the one entity (and, for a catalogue
    concept, its INSTANCE_OF programs'), not the whole graph. ``profiles``: every document's profile
    (:class:`kg.analysis.plans._DocProfile`, e.g. :func:`kg.analysis.feature_cache.store_features`'); ``entities``:
    :func:`entity_nodes` of the store, when kept between calls.
    """
    entities = entities if entities is not None else entity_nodes(store)
    key = find_entity(entities, name)
    edges: dict[str, list[dict[str, Any]]] = defaultdict(list)
    named = [key]
    unbounded = 10 ** 9  # every neighbour: the answer is one row per place, whatever the count of documents
    if key.startswith("Concept:"):
        for edge in store.neighbours(key, ["INSTANCE_OF"], ["Program"], unbounded, document_text=False)["edges"]:
            if edge["target"] == key:
                edges["INSTANCE_OF"].append(edge)
                named.append(edge["source"])
    for target in named:
        for edge in store.neighbours(target, _UPTAKE_RELS, ["Document"], unbounded, document_text=False)["edges"]:
            if edge["target"] == target and edge["type"] in _UPTAKE_RELS:
                edges[edge["type"]].append(edge)
    for found in edges.values():  # the snapshot's order (iter_edges'): the same first sentence wins a tie
        found.sort(key=lambda e: ((e["properties"].get("doc_id") or ""), e["properties"].get("sentence_index") or 0,
                                  e["source"], e["target"], e["properties"].get("start") or 0))
    documents = {e["source"] for found in edges.values() for e in found}
    light = {k: {"place": p.place, "year": p.year, "date": p.date, "title": p.title}
             for k, p in profiles.items() if k in documents}
    return _timeline(GraphData(nodes=entities.nodes, edges=edges), key, light)


def diffusion_all(source, min_places: int = 2, labels: Iterable[str] = DIFFUSION_LABELS) -> pd.DataFrame:
    """Every program or policy seen in at least ``min_places`` places, with its order of uptake.

    Columns: label, name, places, launch (a concept's catalogue start year), first_place, first_date,
    last_date, order (the places joined by →). Most widespread first; concepts list first on ties.
    """
    data = source if isinstance(source, GraphData) else GraphData.from_store(source)
    rows = []
    for key, records in _uptakes(data, labels).items():
        table = _place_order(records)
        if len(table) < min_places:
            continue
        props = (data.nodes.get(key) or {}).get("properties") or {}
        rows.append({
            "label": key.partition(":")[0],
            "name": data.name(key),
            "places": len(table),
            "launch": props.get("start_year") if key.startswith("Concept:") else None,
            "first_place": table["place"].iloc[0],
            "first_date": table["date"].iloc[0],
            "last_date": table["date"].iloc[-1],
            "order": " → ".join(table["place"]),
        })
    columns = ["label", "name", "places", "launch", "first_place", "first_date", "last_date", "order"]
    out = pd.DataFrame(rows, columns=columns)
    out["_concept"] = out["label"] != "Concept"
    out = out.sort_values(["places", "_concept", "first_date", "name"], ascending=[False, True, True, True])
    return out.drop(columns="_concept").reset_index(drop=True)
