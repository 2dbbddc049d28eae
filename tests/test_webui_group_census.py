"""A cut graph view links every group of its node: the groups none of whose members made the cut get a "×N"
entry from the node's census (webui.entities.group_census), read once per node of a read-only store.

The corpus's embedded store, opened read-only as kg serve opens it; a view cut to a few neighbours (``limit``)
stands for a hub's view cut at 300.
"""
from __future__ import annotations

from collections import defaultdict

import pytest

from kg.stores.embedded import EmbeddedStore
from webui import entities

KEYS = ["Topic:养老服务", "Agency:营口市民政局", "Place:营口市"]


@pytest.fixture(scope="module")
def reader(embedded_loaded):
    store = EmbeddedStore(embedded_loaded.folder, read_only=True)
    yield store
    store.close()


def _reference_census(store, key: str) -> dict[tuple[str, str, str], int]:
    """Distinct neighbours per (type, direction, label), counted from every edge of the node."""
    members: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for edge in store.neighbours(key, limit=100_000, document_text=False)["edges"]:
        if edge["source"] == key and edge["target"] != key:
            members[(edge["type"], "out", edge["target"].partition(":")[0])].add(edge["target"])
        elif edge["target"] == key and edge["source"] != key:
            members[(edge["type"], "in", edge["source"].partition(":")[0])].add(edge["source"])
    return {group: len(found) for group, found in members.items()}


@pytest.mark.parametrize("key", KEYS)
def test_census_counts_every_groups_distinct_neighbours(reader, key):
    census = entities.group_census(reader, key, key.partition(":")[0])
    assert census == _reference_census(reader, key)
    assert entities.group_census(reader, key, key.partition(":")[0]) is census  # kept for the store's generation


@pytest.mark.parametrize("key", KEYS)
def test_a_cut_view_links_every_group_and_each_link_opens_it(reader, key):
    view = entities.graph_view(reader, key, None, None, limit=3, cap=25)
    assert view["truncated"]
    shown = {n["key"] for n in view["nodes"]}
    linked = {(m["type"], m["direction"], m["label"]) for m in view["more"]}
    census = entities.group_census(reader, key, key.partition(":")[0])
    for group in census:
        rel, direction, label = group
        near, far = ("source", "target") if direction == "out" else ("target", "source")
        has_shown = any(e["type"] == rel and e[near] == key and e[far] in shown and e[far].startswith(label + ":")
                        for e in view["edges"])
        assert has_shown or group in linked, group
    for more in view["more"]:
        if more["offset"] == 0:  # a census link: the group has no member in the view
            opened = entities.graph_view(reader, key, [more["type"]], [more["label"]], limit=1000, cap=25, offset=0)
            members = [n for n in opened["nodes"] if n["key"] != key and n["label"] == more["label"]]
            assert members and len(members) <= 25


def test_negatives_no_census_for_a_writable_store_a_filtered_or_uncut_view(embedded_loaded, reader, monkeypatch):
    # a store that can change under the app keeps no census and links only what its cut shows
    assert entities.group_census(embedded_loaded, "Topic:养老服务", "Topic") == {}
    view = entities.graph_view(embedded_loaded, "Topic:养老服务", None, None, limit=3, cap=25)
    assert all(m["offset"] > 0 for m in view["more"])

    # a view that asked for some types, or one that was not cut, never reads a census
    def refuse(*_args):
        raise AssertionError("census read")

    monkeypatch.setattr(entities, "group_census", refuse)
    entities.graph_view(reader, "Topic:养老服务", ["IN_TOPIC"], None, limit=3, cap=25)
    uncut = entities.graph_view(reader, "Agency:营口市民政局", None, None, limit=100_000, cap=25)
    assert not uncut["truncated"]


def test_the_census_memory_is_bounded(reader, monkeypatch):
    from collections import OrderedDict

    monkeypatch.setattr(entities, "CENSUS_ENTRIES", 2)
    monkeypatch.setattr(entities, "_censuses", OrderedDict())
    for key in KEYS:
        entities.group_census(reader, key, key.partition(":")[0])
    assert len(entities._censuses) <= 2
