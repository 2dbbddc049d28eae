"""A read-only embedded store keeps its slow neighbourhood answers (kg.stores._read_memo), and kg serve's
warm-up reads the busiest nodes' pages into it (webui.entities.prefetch_hubs): the answers must be the
ones a store without the memo gives, on the real corpus."""
from __future__ import annotations

from kg.stores.embedded import EmbeddedStore
from webui.entities import entity_view, graph_view, prefetch_hubs
from webui.name_index import NameIndex


def test_prefetched_hub_pages_are_the_pages_a_fresh_read_gives(embedded_loaded):
    reader = EmbeddedStore(embedded_loaded.folder, read_only=True)
    try:
        assert reader.keeps_slow_reads and not embedded_loaded.keeps_slow_reads
        reader._memo.min_seconds = 0.0  # keep every answer, not only slow ones, so the test sees the memo work
        index = NameIndex.from_rows(reader.iter_nodes(properties=["year"]), reader.iter_edges(properties=[]))
        hubs = prefetch_hubs(reader, index, 300, 25, min_degree=1, most=3)
        busiest = sorted(index.entries, key=lambda e: (-e.degree, e.key))[:3]
        assert hubs == [e.key for e in busiest]
        assert len(reader._memo) >= 6  # a summary and the shown edges per view, per hub
        for key in hubs:
            # twice from the memo (a caller's changes to an answer must not leak into the next one)
            for _ in range(2):
                page = entity_view(reader, key, 300)
                page["groups"].clear()
            assert entity_view(reader, key, 300) == entity_view(embedded_loaded, key, 300)
            view = graph_view(reader, key, None, None, 300, 25)
            assert view == graph_view(embedded_loaded, key, None, None, 300, 25)
            # the "×N" remainders the view links were read too, and answer as a fresh read does
            for more in view["more"]:
                remembered = len(reader._memo)
                args = (key, [more["type"]], [more["label"]] if more["label"] else None, 300, 25, more["offset"])
                assert graph_view(reader, *args) == graph_view(embedded_loaded, *args)
                assert len(reader._memo) == remembered  # answered from the memo: nothing new kept
        assert sum(len(graph_view(reader, k, None, None, 300, 25)["more"]) for k in hubs) >= 1
    finally:
        reader.close()


def test_nothing_is_prefetched_from_a_store_that_keeps_no_answers(embedded_loaded):
    index = NameIndex.from_rows(embedded_loaded.iter_nodes(properties=[]), [])
    assert prefetch_hubs(embedded_loaded, index, 300, 25, min_degree=0) == []


def test_a_kept_answer_is_copied_out_whole_each_time():
    """The memo keeps an answer pickled: each caller gets its own nested copy, equal to the answer read, with
    tuples still tuples; an answer faster than ``min_seconds`` is not kept (negative)."""
    from kg.stores._read_memo import ReadMemo

    answer = {"node": {"key": "Topic:养老服务", "aliases": ["养老"]}, "rows": [{"edges": 3, "pair": ("a", "b")}],
              "truncated": False}
    memo = ReadMemo(entries=4, min_seconds=0.0)
    assert memo.get("k", lambda: answer) is answer  # the first reader gets the very answer read
    first = memo.get("k", lambda: {"not": "read again"})
    assert first == answer and first is not answer
    first["rows"][0]["edges"] = 99
    first["node"]["aliases"].append("老龄")
    again = memo.get("k", lambda: {"not": "read again"})
    assert again == answer and again["rows"][0]["pair"] == ("a", "b")
    quick = ReadMemo(entries=4, min_seconds=60.0)
    quick.get("k", lambda: answer)
    assert len(quick) == 0 and quick.get("k", lambda: {"read": "again"}) == {"read": "again"}
