"""The search index writes many rows per statement (h/speed16): the same table, ids and search answers as one
statement per row (``executemany``, kept here as the reference), across statement boundaries (more than 500
rows), a key repeated within a batch, updates of stored keys, and deletes. Names are invented."""
from __future__ import annotations

import random

from kg.stores import _search_index
from kg.stores._search_index import _ALIAS_SEPARATOR, SearchIndex

_UPSERT = ("INSERT INTO entries(key, label, name, aliases) VALUES (?, ?, ?, ?) "
           "ON CONFLICT(key) DO UPDATE SET label = excluded.label, name = excluded.name, aliases = excluded.aliases "
           "WHERE entries.name IS NOT excluded.name OR entries.aliases IS NOT excluded.aliases")


class RowByRow(SearchIndex):
    """SearchIndex as it wrote before h/speed16: one statement per row."""

    def upsert(self, entries):
        self._db.executemany(_UPSERT, [(k, lab, n, _ALIAS_SEPARATOR.join(a or [])) for k, lab, n, a in entries])

    def delete(self, keys):
        self._db.executemany("DELETE FROM entries WHERE key = ?", [(key,) for key in keys])


CHARS = "民政局养老服务中心营口市衢州社会救助福利院街道办事处县区乡镇村慈善总会低保"
QUERIES = ["民政局", "养老服务", "福利院", "营口市", "街道办事处", "县区", "慈善", "低保", "不存在的名字"]


def _entries(rng: random.Random, count: int, keys: int) -> list[tuple[str, str, str, list[str]]]:
    def word(low: int, high: int) -> str:
        return "".join(rng.choice(CHARS) for _ in range(rng.randint(low, high)))
    return [(f"{label}:{rng.randrange(keys)}", label, word(3, 12), [word(2, 8) for _ in range(rng.randint(0, 3))])
            for label in rng.choices(["Agency", "Place", "Program"], k=count)]


def _state(index: SearchIndex):
    rows = index._db.execute("SELECT id, key, label, name, aliases FROM entries ORDER BY id").fetchall()
    return rows, {query: [(hit.key, hit.name) for hit in index.search(query)] for query in QUERIES}


def test_batched_writes_equal_row_by_row(tmp_path):
    rng = random.Random(16)
    batches = [_entries(rng, size, 900) for size in (1, 700, 1300, 40)]
    deletes = [[f"Agency:{rng.randrange(900)}" for _ in range(size)] for size in (0, 5, 600, 3)]
    new, old = SearchIndex(str(tmp_path / "new.sqlite")), RowByRow(str(tmp_path / "old.sqlite"))
    for batch, gone in zip(batches, deletes):
        for index in (new, old):
            index.upsert(batch)
            index.delete(gone)
            index.commit()
        assert _state(new) == _state(old)
    assert new.count() == old.count() > 500
    assert new.search("不存在的名字") == []  # negative: no entry holds it
    assert new._db.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')").fetchall() == []


def test_a_key_repeated_in_one_statement_takes_its_last_row(tmp_path):
    index = SearchIndex(str(tmp_path / "s.sqlite"))
    index.upsert([("Agency:a", "Agency", "营口市民政局", []), ("Agency:a", "Agency", "营口市民政局", ["营口民政局"])])
    index.commit()
    assert index._db.execute("SELECT id, name, aliases FROM entries").fetchall() == [(1, "营口市民政局", "营口民政局")]


def test_statements_stay_within_the_parameter_limit(tmp_path):
    index = SearchIndex(str(tmp_path / "s.sqlite"))
    index._db.setlimit(_search_index.sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 10)  # two rows of four a statement
    rows = [(f"Place:{i}", "Place", f"第{i}号社区服务站", []) for i in range(7)]
    index.upsert(rows)
    index.delete([f"Place:{i}" for i in range(3)])
    index.commit()
    assert index.count() == 4
    assert [hit.key for hit in index.search("社区服务站")] == [f"Place:{i}" for i in (3, 4, 5, 6)]
