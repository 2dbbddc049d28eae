"""Export a store's graph for other tools: GraphML, node-link JSON, neo4j-admin CSV.

- ``graphml``: one ``civkg.graphml`` file that Gephi, Cytoscape and
  ``networkx.read_graphml`` open. GraphML has no list type, so ``aliases`` is
  written joined with ``|``; ``None`` values are left out.
- ``json``: ``civkg.json`` in networkx's node-link form (``networkx.node_link_graph`` reads it back).
- ``csv``: one file per label and per relationship type, with the typed
  headers ``neo4j-admin database import full`` reads (``key:ID``, ``:LABEL``,
  ``:START_ID``, ``:END_ID``, ``:TYPE``, ``value:double``,
  ``aliases:string[]`` with ``;`` between items) and an ``import.sh`` holding
  the exact command.

>>> import tempfile, networkx as nx
>>> from kg.stores.embedded import EmbeddedStore
>>> folder = tempfile.mkdtemp()
>>> with EmbeddedStore(folder + "/store") as store:
...     paths = export(store, "graphml", folder + "/out")
>>> nx.read_graphml(paths[0]).number_of_nodes()
0
"""
from __future__ import annotations

import csv
import json
import shlex
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from kg import schema
from kg.errors import InputError
from kg.stores.base import Store

FORMATS = ("graphml", "json", "csv")
ALIAS_JOINER = "|"
ARRAY_DELIMITER = ";"

# Neo4j import types for kg.schema's property types.
_NEO4J_TYPES = {schema.STRING: "string", schema.INT: "long", schema.FLOAT: "double", schema.STRING_LIST: "string[]"}


def to_networkx(store: Store, labels: Iterable[str] | None = None,
                rel_types: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The store's graph as a networkx MultiDiGraph keyed by node key.

    Node attributes: ``label``, ``name``, ``aliases`` (a list) and the label's
    properties; edge attributes: ``type`` and the provenance properties. Edges
    whose ends were filtered out by ``labels`` are dropped.
    """
    graph = nx.MultiDiGraph()
    for node in store.iter_nodes(labels):
        graph.add_node(node["key"], label=node["label"], name=node["name"], aliases=list(node["aliases"]),
                       **{k: v for k, v in node["properties"].items() if v is not None})
    for edge in store.iter_edges(rel_types):
        if edge["source"] in graph and edge["target"] in graph:
            graph.add_edge(edge["source"], edge["target"], type=edge["type"],
                           **{k: v for k, v in edge["properties"].items() if v is not None})
    return graph


def export(store: Store, fmt: str, out_dir: str | Path) -> list[Path]:
    """Write the whole graph in ``fmt`` into ``out_dir`` (created if needed); return the files written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        return write_neo4j_csv(store, out)
    graph = to_networkx(store)
    if fmt == "graphml":
        path = out / "civkg.graphml"
        nx.write_graphml(_graphml_ready(graph), path, encoding="utf-8")
        return [path]
    path = out / "civkg.json"
    data = nx.node_link_data(graph, edges="links")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return [path]


def _graphml_ready(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose list attributes are joined strings (GraphML has no list type)."""
    ready = nx.MultiDiGraph()
    for key, data in graph.nodes(data=True):
        ready.add_node(key, **{k: ALIAS_JOINER.join(v) if isinstance(v, list) else v for k, v in data.items()})
    for source, target, key, data in graph.edges(keys=True, data=True):
        ready.add_edge(source, target, key=key, **data)
    return ready


def csv_header(properties: dict[str, str]) -> list[str]:
    """neo4j-admin import header cells for properties, typed where not plain strings.

    >>> csv_header({"key": "STRING", "value": "DOUBLE", "aliases": "STRING[]"})
    ['key:ID', 'value:double', 'aliases:string[]']
    """
    cells = []
    for prop, typ in properties.items():
        if prop == "key":
            cells.append("key:ID")
        elif typ == schema.STRING:
            cells.append(prop)
        else:
            cells.append(f"{prop}:{_NEO4J_TYPES[typ]}")
    return cells


def _csv_value(value: Any, typ: str) -> str | None:
    """A cell's text, or None for no value (an empty list of aliases is no value too)."""
    if value is None:
        return None
    if typ == schema.STRING_LIST:
        # The array delimiter can't appear inside an item; such items are rare (names), so swap it.
        return ARRAY_DELIMITER.join(str(item).replace(ARRAY_DELIMITER, "；") for item in value) or None
    return str(value)


def _csv_line(cells: Iterable[str | None]) -> str:
    """One CSV line where every value is quoted and a missing one is an empty, unquoted field.

    neo4j-admin import reads an unquoted empty field as no property and a quoted ``""`` as the empty
    string, so an empty provenance sentence stays an empty string, as the batched load stores it.

    >>> print(_csv_line(["a", "", None, "2"]), end="")
    "a","",,"2"
    """
    return ",".join("" if cell is None else '"' + cell.replace('"', '""') + '"' for cell in cells) + "\n"


def write_neo4j_csv(store: Store, out: Path) -> list[Path]:
    """One CSV per label (``nodes_<Label>.csv``) and per type (``rels_<TYPE>.csv``), plus ``import.sh``."""
    written: list[Path] = []
    node_files, rel_files = [], []
    for label in schema.LABELS.values():
        props = label.all_properties
        path = out / f"nodes_{label.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerow([*csv_header(props), ":LABEL"])
            for node in store.iter_nodes([label.name]):
                values = {"key": node["key"], "name": node["name"], "aliases": node["aliases"], **node["properties"]}
                handle.write(_csv_line([*(_csv_value(values.get(p), t) for p, t in props.items()), label.name]))
        written.append(path)
        node_files.append(path.name)
    for rel in schema.REL_TYPES.values():
        props = rel.all_properties
        path = out / f"rels_{rel.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerow([":START_ID", ":END_ID", ":TYPE", *csv_header(props)])
            for edge in store.iter_edges([rel.name]):
                handle.write(_csv_line([edge["source"], edge["target"], rel.name,
                                        *(_csv_value(edge["properties"].get(p), t) for p, t in props.items())]))
        written.append(path)
        rel_files.append(path.name)
    # The database name goes before the options: --nodes/--relationships take several files each,
    # so a name after them would be read as one more file.
    command = ['"${NEO4J_ADMIN:-neo4j-admin}"', "database", "import", "full", '"${1:-neo4j}"', "--overwrite-destination",
               "--multiline-fields=true", f"--array-delimiter={ARRAY_DELIMITER}",
               *(f"--nodes={name}" for name in node_files),
               *(f"--relationships={name}" for name in rel_files)]
    script = out / "import.sh"
    script.write_text("#!/bin/sh\n# Import this export into a stopped Neo4j: sh import.sh [DATABASE]\n"
                      "# NEO4J_ADMIN names the neo4j-admin to run (default: the one on PATH).\n"
                      "cd \"$(dirname \"$0\")\"\n" + " ".join(shlex.quote(c) if not c.startswith('"') else c
                                                         for c in command) + "\n", encoding="utf-8")
    written.append(script)
    return written
