"""``Store.edges_to_many``: each centre's :meth:`Store.edges_to`, on both stores, and on the embedded store in one
query (a path view's hop facts: one query instead of one per hop end, so a request waits for the interpreter's
lock once, not once a hop, while another request computes)."""
from __future__ import annotations

import pytest

from kg.analysis.path_search import PathSearch, choose_hop, store_path_hops


@pytest.fixture(params=["embedded", "neo4j"])
def loaded(request):
    return request.getfixturevalue("embedded_loaded" if request.param == "embedded" else "neo4j_loaded")


def _asked(store) -> dict[str, list[str]]:
    """Centres of several labels, each with some of its neighbours, one that is not its neighbour and itself."""
    asked: dict[str, list[str]] = {}
    for key in ("Agency:营口市民政局", "Topic:养老服务", "Place:营口市"):
        rows = store.neighbour_summary(key, limit=50)["rows"]
        assert rows, key
        asked[key] = [r["key"] for r in rows[:4]] + [key]
    document = next(iter(store.iter_nodes(["Document"], properties=[])))["key"]
    asked[document] = [r["key"] for r in store.neighbour_summary(document, limit=20)["rows"][:3]]
    asked["Agency:营口市民政局"].append(document if document not in asked["Agency:营口市民政局"] else "Place:营口市")
    return asked


def test_edges_to_many_is_edges_to_of_each_centre(loaded):
    asked = _asked(loaded)
    many = loaded.edges_to_many(asked)
    assert set(many) == set(asked)
    for key, others in asked.items():
        assert many[key] == loaded.edges_to(key, others), key
    assert all(many[key] for key in asked)


def test_edges_to_many_with_nothing_to_find(loaded):
    """Negative: an unknown centre, a key with no label, no others, only the centre itself, and a node that is
    not a neighbour give no edges (and no error)."""
    lone = loaded.edges_to_many({"Agency:没有这个机构": ["Place:营口市"], "nokey": ["Place:营口市"],
                                 "Topic:养老服务": [], "Place:营口市": ["Place:营口市"],
                                 "Agency:营口市民政局": ["Program:没有这个项目"]})
    assert lone == {"Agency:没有这个机构": [], "nokey": [], "Topic:养老服务": [], "Place:营口市": [],
                    "Agency:营口市民政局": []}
    assert loaded.edges_to_many({}) == {}


def test_embedded_edges_to_many_asks_once_per_chunk_of_centres(embedded_loaded, monkeypatch):
    """One query for every centre (not one each); more centres than a query takes: one per chunk, same rows."""
    import kg.stores.embedded as embedded

    asked = _asked(embedded_loaded)
    expected = {key: embedded_loaded.edges_to(key, others) for key, others in asked.items()}
    queries: list[str] = []
    execute = embedded_loaded._execute

    def counted(text, params=None):
        queries.append(text)
        return execute(text, params)

    monkeypatch.setattr(embedded_loaded, "_execute", counted)
    assert embedded_loaded.edges_to_many(asked) == expected
    assert len(queries) == 1 and queries[0].count("UNION ALL") == len(asked) - 1
    queries.clear()
    monkeypatch.setattr(embedded, "EDGES_TO_MANY_BRANCHES", 3)
    assert embedded_loaded.edges_to_many(asked) == expected
    assert len(queries) == -(-len(asked) // 3)


class _OneCentreAtATime:
    """The real store seen without ``edges_to_many``: what store_path_hops read before, one query per hop end."""

    def __init__(self, store) -> None:
        self.store = store

    def edges_to(self, key, others):
        return self.store.edges_to(key, others)


def test_path_hops_read_at_once_are_the_hops_read_one_end_at_a_time(loaded):
    """The path view's hop facts for real searches on the corpus store, default and through hubs: the same
    (source, target, data) as reading each hop end alone, and as choosing among each hop's own edges."""
    search = PathSearch.from_store(loaded)
    pairs = [("Agency:营口市民政局", "Topic:养老服务"), ("Place:营口市", "Topic:养老服务"),
             ("Agency:营口市民政局", "Place:营口市")]
    checked = 0
    for a, b in pairs:
        for through in (False, True):
            paths = search.ranked(a, b, through, 8, 4)
            if not paths:
                continue
            hops = store_path_hops(loaded, paths, through, search.degree_of)
            assert hops == store_path_hops(_OneCentreAtATime(loaded), paths, through, search.degree_of)
            for path, path_hops in zip(paths, hops):
                for (u, v), hop in zip(zip(path, path[1:]), path_hops):
                    options = [(e["source"], e["target"], {"type": e["type"], **e["properties"]})
                               for e in loaded.edges_to(u, [v])]
                    assert hop == choose_hop(options, through)
            checked += len(paths)
    assert checked >= 3


def test_a_read_only_store_answers_edges_to_many_again_the_same(tmp_path, corpus_dir):
    """A read-only store (kg serve's) keeps slow answers: asked twice, the same answer, each caller its own copy."""
    from kg.commands.ingest import ingest
    from kg.stores.embedded import EmbeddedStore

    writer = EmbeddedStore(tmp_path / "store")
    writer.ensure_schema()
    assert not ingest(writer, [str(corpus_dir / "seeds")]).failed
    writer.close()
    reader = EmbeddedStore(tmp_path / "store", read_only=True)
    reader._memo.min_seconds = 0.0   # keep every answer, so the second read is the kept one
    try:
        asked = _asked(reader)
        first = reader.edges_to_many(asked)
        first[next(iter(asked))].clear()
        again = reader.edges_to_many(asked)
        assert again == {key: reader.edges_to(key, others) for key, others in asked.items()}
        assert all(again.values())
    finally:
        reader.close()
