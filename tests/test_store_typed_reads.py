"""A read-only store's neighbourhood read that asks for some relationship types only (an entity page's group, a
graph view's "×N" remainder) names them in a WHERE filter when the node has few edges for the size of those
types' tables, and in the pattern otherwise (kg.stores.embedded.WALK_COST_RATIO): both statements must give the
same rows, neither a row of a type or label not asked, and a writable store keeps the typed pattern."""
from __future__ import annotations

import pytest

from kg.stores import embedded
from kg.stores.embedded import EmbeddedStore

KEYS = ["Agency:营口市民政局", "Topic:养老服务", "Place:营口市"]


@pytest.fixture(scope="module")
def reader(embedded_loaded):
    """A read-only store on the corpus, as kg serve opens it, without its memo (every read goes to the engine)."""
    store = EmbeddedStore(embedded_loaded.folder, read_only=True)
    store._memo = None
    yield store
    store.close()


@pytest.fixture
def statements(reader, monkeypatch):
    """The Cypher the reader runs, recorded."""
    seen: list[str] = []
    run = reader._rows

    def recording(text, params=None):
        seen.append(text)
        return run(text, params)

    monkeypatch.setattr(reader, "_rows", recording)
    return seen


def _both_ways(monkeypatch, read):
    """``read()`` with the types always filtered (walking the node counted free), then always typed."""
    monkeypatch.setattr(embedded, "WALK_COST_RATIO", 0)
    filtered = read()
    monkeypatch.setattr(embedded, "WALK_COST_RATIO", 10**12)
    typed = read()
    return filtered, typed


@pytest.mark.parametrize("key", KEYS)
def test_summary_filtered_or_typed_gives_the_same_rows(reader, monkeypatch, key):
    types, labels = ["LOCATED_IN", "IN_TOPIC", "ISSUED_BY", "MENTIONS"], ["Program", "Document", "Place"]
    filtered, typed = _both_ways(monkeypatch,
                                 lambda: reader.neighbour_summary(key, types, labels, limit=10_000))
    assert filtered == typed
    whole = reader.neighbour_summary(key, limit=10_000)["rows"]
    assert filtered["rows"] == [r for r in whole if r["type"] in types and r["label"] in labels]
    # only types, only labels, and a cut
    for rel_types, label_list, limit in ((["MENTIONS"], None, 10_000), (None, ["Document"], 10_000), (types, None, 3)):
        filtered, typed = _both_ways(monkeypatch,
                                     lambda: reader.neighbour_summary(key, rel_types, label_list, limit))
        assert filtered == typed


@pytest.mark.parametrize("key", KEYS)
def test_edges_to_filtered_or_typed_gives_the_same_edges(reader, monkeypatch, key):
    summary = reader.neighbour_summary(key, limit=10_000)["rows"]
    chosen = sorted({r["key"] for r in summary[:12]})
    types = sorted({r["type"] for r in summary[:12]})[:2]
    for per_neighbour in (None, 1, 5):
        filtered, typed = _both_ways(monkeypatch,
                                     lambda: reader.edges_to(key, chosen, types, per_neighbour))
        assert filtered == typed
        assert filtered and {e["type"] for e in filtered} <= set(types)


def test_a_small_node_filters_and_a_busy_one_names_the_types(reader, monkeypatch, statements):
    key = "Agency:营口市民政局"
    monkeypatch.setattr(embedded, "WALK_COST_RATIO", 0)
    reader.neighbour_summary(key, ["ISSUED_BY"], ["Document"], limit=50)
    asked = [s for s in statements if "ORDER BY n DESC" in s]
    assert asked and all("label(r) IN $types" in s and "label(m) IN $labels" in s and "[r]" in s and "(m)" in s
                         for s in asked)
    statements.clear()
    monkeypatch.setattr(embedded, "WALK_COST_RATIO", 10**12)
    reader.neighbour_summary(key, ["ISSUED_BY"], ["Document"], limit=50)
    asked = [s for s in statements if "ORDER BY n DESC" in s]
    assert asked and all("[r:ISSUED_BY]" in s and "(m:Document)" in s and "$types" not in s for s in asked)


def test_every_type_asked_counts_no_degree_and_filters_nothing(reader, statements, monkeypatch):
    """Negative: a read of every type stays one plain pattern (no count of the node's edges first)."""
    monkeypatch.setattr(embedded, "WALK_COST_RATIO", 0)
    reader.neighbour_summary("Topic:养老服务", limit=50)
    reader.neighbour_summary("Topic:养老服务", None, ["Program"], limit=50)
    reader.edges_to("Topic:养老服务", ["Program:居家养老服务"], per_neighbour=1)
    assert statements
    assert not any("$types" in s or "$labels" in s or s.endswith("-[r]-() RETURN count(*)") for s in statements)


def test_a_writable_store_keeps_the_typed_pattern(embedded_loaded, monkeypatch):
    """Negative: a writable store's counts change with every write: it never filters."""
    seen: list[str] = []
    run = embedded_loaded._rows
    monkeypatch.setattr(embedded_loaded, "_rows", lambda text, params=None: seen.append(text) or run(text, params))
    monkeypatch.setattr(embedded, "WALK_COST_RATIO", 0)
    embedded_loaded.neighbour_summary("Agency:营口市民政局", ["ISSUED_BY"], limit=50)
    assert seen and not any("$types" in s for s in seen) and any("[r:ISSUED_BY]" in s for s in seen)


def test_a_type_not_asked_never_comes_back(reader, monkeypatch):
    """Negative: with the types filtered, an edge of another type between the same two nodes is left out."""
    key = "Agency:营口市民政局"
    whole = reader.neighbour_summary(key, limit=10_000)["rows"]
    kinds = {r["type"] for r in whole}
    assert len(kinds) > 1
    asked = sorted(kinds)[0]
    monkeypatch.setattr(embedded, "WALK_COST_RATIO", 0)
    rows = reader.neighbour_summary(key, [asked], limit=10_000)["rows"]
    assert rows and {r["type"] for r in rows} == {asked}
    others = sorted({r["key"] for r in whole})
    assert {e["type"] for e in reader.edges_to(key, others, [asked])} == {asked}


@pytest.mark.parametrize("key", KEYS)
def test_a_busy_nodes_summary_grouped_by_key_first_is_the_same(reader, monkeypatch, key):
    """A busy node's neighbours are grouped by key, then the kept rows' names read (KEYS_FIRST_ABOVE): the same
    summary as one read grouping by key, name and aliases, whole, cut, and filtered."""
    for rel_types, labels, limit in ((None, None, 10_000), (None, None, 2), (["MENTIONS", "IN_TOPIC"], None, 10_000),
                                     (None, ["Document"], 5)):
        monkeypatch.setattr(embedded, "KEYS_FIRST_ABOVE", -1)
        grouped = reader.neighbour_summary(key, rel_types, labels, limit)
        monkeypatch.setattr(embedded, "KEYS_FIRST_ABOVE", 10**9)
        assert grouped == reader.neighbour_summary(key, rel_types, labels, limit)
    assert grouped["rows"] and all(r["name"] for r in grouped["rows"])


def test_a_quiet_node_or_a_writable_store_reads_names_in_the_one_query(reader, embedded_loaded, monkeypatch, statements):
    """Negative: below the bound, and on a writable store whatever the degree, no second read of names."""
    reader.neighbour_summary("Agency:营口市民政局", limit=50)
    assert not any("RETURN n.key, n.name, n.aliases" in s for s in statements)
    monkeypatch.setattr(embedded, "KEYS_FIRST_ABOVE", -1)
    seen: list[str] = []
    run = embedded_loaded._rows
    monkeypatch.setattr(embedded_loaded, "_rows", lambda text, params=None: seen.append(text) or run(text, params))
    embedded_loaded.neighbour_summary("Topic:养老服务", limit=50)
    assert seen and not any("RETURN n.key, n.name, n.aliases" in s for s in seen)
