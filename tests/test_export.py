"""``kg export``: GraphML, node-link JSON and neo4j-admin CSV of a store built from the real seeds."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from kg import schema
from kg.cli import main
from kg.export import export
from kg.stores.embedded import EmbeddedStore

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The seeds written once, then opened read-only (so the CLI can open the folder too)."""
    from loaders import load_file

    folder = tmp_path_factory.mktemp("export") / "store"
    with EmbeddedStore(folder) as writer:
        writer.write_fragments(load_file(str(path), None) for path in sorted((CORPUS / "seeds").glob("*.txt")))
    opened = EmbeddedStore(folder, read_only=True)
    yield opened
    opened.close()


def _totals(store) -> tuple[int, int]:
    counts = store.stats()
    return sum(counts["nodes"].values()), sum(counts["relationships"].values())


def test_graphml_round_trips_through_networkx(store, tmp_path):
    (path,) = export(store, "graphml", tmp_path)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == _totals(store)
    agency = next(n for n in store.iter_nodes(["Agency"]) if n["name"] == "营口市民政局")
    assert graph.nodes[agency["key"]]["label"] == "Agency"
    assert graph.nodes[agency["key"]]["name"] == "营口市民政局"
    edge = next(store.iter_edges(["ISSUED_BY"]))
    stored = graph.get_edge_data(edge["source"], edge["target"])
    assert any(d["type"] == "ISSUED_BY" and d["sentence"] == edge["properties"]["sentence"]
               and d["start"] == edge["properties"]["start"] for d in stored.values())
    target = next(store.iter_nodes(["Target"]), None)
    if target and target["properties"].get("value") is not None:
        assert graph.nodes[target["key"]]["value"] == pytest.approx(target["properties"]["value"])


def test_json_is_networkx_node_link(store, tmp_path):
    (path,) = export(store, "json", tmp_path)
    graph = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert (graph.number_of_nodes(), graph.number_of_edges()) == _totals(store)
    assert all(isinstance(data["aliases"], list) for _, data in graph.nodes(data=True))


def test_csv_has_neo4j_admin_headers_and_consistent_ids(store, tmp_path):
    written = export(store, "csv", tmp_path)
    ids, node_rows, rel_rows = set(), 0, 0
    for label in schema.LABELS.values():
        with (tmp_path / f"nodes_{label.name}.csv").open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            assert header[0] == "key:ID" and header[-1] == ":LABEL" and "aliases:string[]" in header
            for prop, typ in label.properties.items():
                assert {"INT64": f"{prop}:long", "DOUBLE": f"{prop}:double"}.get(typ, prop) in header
            for row in reader:
                assert row[-1] == label.name and row[0].startswith(label.name + ":")
                ids.add(row[0])
                node_rows += 1
    for rel in schema.REL_TYPES.values():
        with (tmp_path / f"rels_{rel.name}.csv").open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            assert header[:3] == [":START_ID", ":END_ID", ":TYPE"] and "sentence_index:long" in header
            for row in reader:
                assert row[0] in ids and row[1] in ids and row[2] == rel.name
                rel_rows += 1
    assert (node_rows, rel_rows) == _totals(store)
    script = (tmp_path / "import.sh").read_text(encoding="utf-8")
    assert "database import full" in script and "neo4j-admin" in script
    assert all(path.name in script for path in written if path.suffix == ".csv")


def test_cli_export_lists_its_files(store, tmp_path, capsys):
    code = main(["export", "--format", "graphml", "--out", str(tmp_path / "out"), "--store", str(store.folder)])
    out = capsys.readouterr().out
    assert code == 0 and out.strip() == str(tmp_path / "out" / "civkg.graphml")
    assert nx.read_graphml(tmp_path / "out" / "civkg.graphml").number_of_nodes() == _totals(store)[0]


def test_export_into_a_file_is_refused(store, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["export", "--format", "csv", "--out", str(blocker), "--store", str(store.folder)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "not a folder" in err
