"""The named queries menu and the read-only Cypher console."""
from __future__ import annotations

import datetime as _dt
import math
from typing import Any

from flask import current_app

import cypher
from kg.errors import QueryError, ReadOnlyViolation
from kg.stores.base import Store
from webui.errors import BadParameter, NotFound

MAX_QUERY_CHARS = 5000


def query_menu() -> list[dict[str, Any]]:
    """Every named query with what it answers and its parameters."""
    return [
        {"name": q.name, "answers": q.answers,
         "params": [{"name": p.name, "type": p.type, "default": p.default, "required": p.required, "help": p.help}
                    for p in q.params]}
        for q in cypher.list_queries()
    ]


def run_named(store: Store, name: str, given: dict[str, Any]) -> dict[str, Any]:
    """Run a named query; empty fields fall back to the declared default."""
    if name not in {q.name for q in cypher.list_queries()}:
        raise NotFound(f"no named query {name!r}")
    if not isinstance(given, dict):
        raise BadParameter("query parameters must be a JSON object")
    params = {k: v for k, v in given.items() if v not in (None, "")}
    rows = store.run_query(name, params)
    return table(rows)


def console_available(store: Store) -> bool:
    """The free console runs on Neo4j, and on the embedded store when it guards read-only calls."""
    from webui.limits import console_enabled

    if not console_enabled():
        return False
    return store.dialect == "neo4j" or bool(current_app.config.get("CONSOLE_ON_EMBEDDED", True))


def run_console(store: Store, text: str, params: dict[str, Any] | None) -> dict[str, Any]:
    """Run free Cypher read-only, bounded in rows, time and memory; anything but reading is refused.

    The query must pass the console's allow-list (:mod:`kg.stores.console_guard`).
    On the embedded store it then runs in a fresh, resource-limited worker process
    (:mod:`kg.stores.console_sandbox`); on Neo4j it is classified with ``EXPLAIN``
    and runs in a READ transaction tagged as the console's, with the server's
    own time-out and memory limits behind the driver's.
    """
    text = (text or "").strip()
    if not text:
        raise BadParameter("the console needs a Cypher query")
    if len(text) > MAX_QUERY_CHARS:
        raise BadParameter(f"the query is longer than {MAX_QUERY_CHARS} characters")
    if params is not None and not isinstance(params, dict):
        raise BadParameter("'params' must be a JSON object")
    if not console_available(store):
        raise QueryError("the free Cypher console needs the Neo4j backend (kg serve --neo4j URI); "
                         "the named queries work on every store")
    from kg.stores.console_guard import check_console_query

    check_console_query(text, store.dialect)
    limit = int(current_app.config["CONSOLE_ROW_LIMIT"])
    timeout = float(current_app.config["CONSOLE_TIMEOUT"])
    if store.dialect == "neo4j":
        rows = store.run_console(text, params or {}, limit=limit + 1, timeout=timeout)
    else:
        from kg.stores.console_sandbox import run_sandboxed

        rows = run_sandboxed(store.folder, text, params or {}, limit=limit, timeout=timeout)
    result = table(rows[:limit])
    result["limit"] = limit
    result["truncated"] = len(rows) > limit
    return result


def table(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows as ``{"columns": [...], "rows": [[...], ...]}`` with JSON-safe values."""
    columns: list[str] = []
    for row in rows:
        for column in row:
            if column not in columns:
                columns.append(column)
    return {"columns": columns, "rows": [[jsonable(row.get(c)) for c in columns] for row in rows],
            "count": len(rows)}


def jsonable(value: Any) -> Any:
    """A value JSON can carry: containers recursively, anything else as its string form."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):  # NaN and infinities are not JSON
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    items = getattr(value, "items", None)
    if callable(items):  # driver records, nodes and relationships
        try:
            return {str(k): jsonable(v) for k, v in items()}
        except Exception:  # noqa: BLE001 - fall back to the string form
            pass
    return str(value)
