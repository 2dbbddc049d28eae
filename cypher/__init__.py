"""The named Cypher queries researchers use, one ``.cypher`` file each.

A file starts with a header of ``//`` comment lines::

    // answers: The programs an agency promotes, with the documents that say so.
    // param: agency string  Canonical agency name, e.g. 营口市民政局
    // param: limit int = 100  Most rows to return

A query is dialect-neutral unless ``cypher/ladybug/NAME.cypher`` exists, which
then replaces it on the embedded (LadybugDB) store.

>>> q = load_query("programs_of_agency", "neo4j")   # doctest: +SKIP
>>> q.bind({"agency": "营口市民政局"})                  # doctest: +SKIP
{'agency': '营口市民政局', 'limit': 100}
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import QueryError

QUERY_DIR = Path(__file__).resolve().parent
_PARAM_RE = re.compile(r"^//\s*param:\s*(\w+)\s+(string|int|float|bool)(?:\s*=\s*(\S+))?\s*(.*)$")
_CASTS = {"string": str, "int": int, "float": float, "bool": lambda v: str(v).lower() in ("1", "true", "yes")}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any = None
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    answers: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    text: str = ""
    dialect: str = "neutral"

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Check and cast parameters; raise QueryError naming what is wrong."""
        unknown = set(given) - {p.name for p in self.params}
        if unknown:
            raise QueryError(f"query {self.name}: unknown parameter(s) {', '.join(sorted(unknown))}; "
                             f"it takes {', '.join(p.name for p in self.params) or 'none'}")
        bound: dict[str, Any] = {}
        for p in self.params:
            raw = given.get(p.name, p.default)
            if raw is None:
                raise QueryError(f"query {self.name}: missing parameter {p.name} ({p.type}): {p.help}")
            try:
                bound[p.name] = _CASTS[p.type](raw)
            except (TypeError, ValueError):
                raise QueryError(f"query {self.name}: parameter {p.name} must be {p.type}, got {raw!r}") from None
        return bound


def _parse(path: Path, dialect: str) -> NamedQuery:
    answers, params, body = "", [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("//") and not body:
            m = _PARAM_RE.match(stripped)
            if m:
                name, typ, default, help_ = m.groups()
                params.append(Param(name, typ, _CASTS[typ](default) if default is not None else None, help_.strip()))
            elif stripped.startswith("// answers:"):
                answers = stripped.split(":", 1)[1].strip()
            continue
        body.append(line)
    return NamedQuery(path.stem, answers, tuple(params), "\n".join(body).strip(), dialect)


def list_queries() -> list[NamedQuery]:
    """Every named query (the dialect-neutral form), sorted by name."""
    return [_parse(p, "neutral") for p in sorted(QUERY_DIR.glob("*.cypher"))]


def load_query(name: str, dialect: str = "neo4j") -> NamedQuery:
    """The named query for a store dialect; QueryError if there is none."""
    if not re.fullmatch(r"[a-z0-9_]+", name or ""):
        raise QueryError(f"not a query name: {name!r}")
    variant = QUERY_DIR / dialect / f"{name}.cypher"
    if variant.exists():
        return _parse(variant, dialect)
    neutral = QUERY_DIR / f"{name}.cypher"
    if not neutral.exists():
        known = ", ".join(q.name for q in list_queries())
        raise QueryError(f"no named query {name!r}; known: {known}")
    return _parse(neutral, "neutral")
