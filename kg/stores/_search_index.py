"""Substring search over node names and aliases: a SQLite FTS5 trigram sidecar.

LadybugDB's full-text extension is downloaded at run time, which civkg can't
do (it must work offline), so the embedded store keeps its name index in a
small SQLite file beside the graph. SQLite's FTS5 ``trigram`` tokenizer
indexes every 3-character window, which is exactly substring search and needs
no Chinese word segmentation: 民政局 finds 营口市民政局 and 衢州市民政局.
Queries of one or two characters (养老, 民政) are shorter than a trigram, so
they fall back to ``LIKE '%…%'`` over the plain table.

Traditional-script input (養老服務) is converted to simplified with OpenCC
(``t2s``). Conversion can also change a simplified word (显著 → 显着), so the
index is searched for the text as typed *and* its converted form.

>>> import tempfile, os
>>> index = SearchIndex(os.path.join(tempfile.mkdtemp(), "search.sqlite"))
>>> index.upsert([("Agency:营口市民政局", "Agency", "营口市民政局", ["营口民政局"])])
>>> index.commit()
>>> [hit.key for hit in index.search("民政局")]
['Agency:营口市民政局']
>>> [hit.key for hit in index.search("營口")]
['Agency:营口市民政局']
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE IF NOT EXISTS entries_fts USING fts5(
    name, aliases, content='entries', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS entries_ai AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts(rowid, name, aliases) VALUES (new.id, new.name, new.aliases);
END;
CREATE TRIGGER IF NOT EXISTS entries_ad AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
END;
CREATE TRIGGER IF NOT EXISTS entries_au AFTER UPDATE ON entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
    INSERT INTO entries_fts(rowid, name, aliases) VALUES (new.id, new.name, new.aliases);
END;
"""

_ALIAS_SEPARATOR = "\n"
# rows written per statement (see SearchIndex.upsert): enough that the index's per-statement flush is rare
_ROWS_PER_STATEMENT = 500


@dataclass(frozen=True)
class Hit:
    """One search result: the node key and label, and how well it matched (lower is better)."""

    key: str
    label: str
    name: str
    rank: tuple


@lru_cache(maxsize=1)
def _t2s():
    from opencc_pyo3 import OpenCC

    return OpenCC("t2s")


def query_forms(text: str) -> list[str]:
    """The forms of a query to look for: as typed, and converted to simplified when that differs.

    >>> query_forms("養老服務")
    ['養老服務', '养老服务']
    >>> query_forms("养老")
    ['养老']
    """
    text = text.strip()
    converted = _t2s().convert(text) if text else text
    return [text] if converted == text else [text, converted]


class SearchIndex:
    """The SQLite trigram index of node names, kept in step with the graph by its store.

    Writes go into an open SQLite transaction; the store calls :meth:`commit`
    right after the graph commits, and :meth:`rollback` when the graph rolls back.
    """

    def __init__(self, path: str, read_only: bool = False) -> None:
        self.path = path
        if read_only:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            self._db = sqlite3.connect(path, check_same_thread=False)
            self._db.executescript(_SCHEMA)
            self._db.commit()

    # -- writing -----------------------------------------------------------------
    def upsert(self, entries: Iterable[tuple[str, str, str, list[str]]]) -> None:
        """Add or update (key, label, name, aliases) entries.

        Many rows per statement, not one statement per row (``executemany``): each statement that writes
        through the triggers into the FTS5 table closes with a savepoint, where FTS5 syncs the terms it
        holds in memory into its index; one row per statement cost 0.18 M instructions a row, most of them
        under that savepoint (callgrind, docs/benchmarks.md, speed16), 2.5 times what 500 rows a statement
        cost. The rows go in the same order, and SQLite applies the upsert to each row in turn, a key
        repeated within a statement included: the same table, the same ids, the same search answers.
        """
        rows = [(key, label, name, _ALIAS_SEPARATOR.join(aliases or [])) for key, label, name, aliases in entries]
        for part in self._parts(rows, 4):
            self._db.execute(
                "INSERT INTO entries(key, label, name, aliases) VALUES " + ", ".join(["(?, ?, ?, ?)"] * len(part)) +
                " ON CONFLICT(key) DO UPDATE SET label = excluded.label, name = excluded.name, aliases = excluded.aliases "
                "WHERE entries.name IS NOT excluded.name OR entries.aliases IS NOT excluded.aliases",
                [value for row in part for value in row],
            )

    def delete(self, keys: Iterable[str]) -> None:
        """Remove the entries of these keys (many per statement, as :meth:`upsert` writes)."""
        for part in self._parts([key for key in keys], 1):
            self._db.execute(f"DELETE FROM entries WHERE key IN ({', '.join('?' * len(part))})", part)

    def _parts(self, rows: list, width: int) -> Iterable[list]:
        """``rows`` in runs that fit one statement: at most 500 rows, and no more parameters than SQLite takes."""
        size = max(1, min(_ROWS_PER_STATEMENT, self._db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
        for start in range(0, len(rows), size):
            yield rows[start:start + size]

    def clear(self) -> None:
        self._db.execute("DELETE FROM entries")

    def commit(self) -> None:
        self._db.commit()

    def rollback(self) -> None:
        self._db.rollback()

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM entries").fetchone()[0]

    # -- reading -----------------------------------------------------------------
    def search(self, text: str, labels: Iterable[str] | None = None, limit: int = 20) -> list[Hit]:
        """Entries whose name or an alias contains ``text``, best first.

        Best means: exact name, exact alias, name starting with the text, name
        containing it, alias containing it; then shorter names first.
        """
        forms = [form for form in query_forms(text) if form]
        if not forms:
            return []
        label_list = list(labels) if labels else None
        found: dict[str, Hit] = {}
        for form in forms:
            for key, label, name, aliases in self._candidates(form, label_list):
                hit = Hit(key, label, name, _rank(form, name, aliases) + (key,))
                if key not in found or hit.rank < found[key].rank:
                    found[key] = hit
        return sorted(found.values(), key=lambda hit: hit.rank)[:limit]

    def _candidates(self, form: str, labels: list[str] | None) -> list[tuple[str, str, str, str]]:
        label_clause, label_args = "", []
        if labels:
            label_clause = f" AND e.label IN ({', '.join('?' * len(labels))})"
            label_args = labels
        if len(form) >= 3:
            phrase = '"' + form.replace('"', '""') + '"'
            sql = ("SELECT e.key, e.label, e.name, e.aliases FROM entries_fts f JOIN entries e ON e.id = f.rowid "
                   "WHERE entries_fts MATCH ?" + label_clause)
            return self._db.execute(sql, [phrase, *label_args]).fetchall()
        pattern = "%" + form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = ("SELECT e.key, e.label, e.name, e.aliases FROM entries e "
               "WHERE (e.name LIKE ? ESCAPE '\\' OR e.aliases LIKE ? ESCAPE '\\')" + label_clause)
        return self._db.execute(sql, [pattern, pattern, *label_args]).fetchall()

    def close(self) -> None:
        self._db.close()


def _rank(form: str, name: str, aliases: str) -> tuple:
    alias_list = aliases.split(_ALIAS_SEPARATOR) if aliases else []
    if name == form:
        tier = 0
    elif form in alias_list:
        tier = 1
    elif name.startswith(form):
        tier = 2
    elif form in name:
        tier = 3
    else:
        tier = 4
    return (tier, len(name), name)
