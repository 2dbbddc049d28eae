"""An agency's roll-up: the programs it runs, the meetings it convened, its people, and the
targets of the documents it issued, each with the sentences behind it.

Reads through the Store interface with four small dialect-neutral Cypher reads, each bounded
by ``limit`` rows, so it works the same on the embedded store and on Neo4j.

>>> from kg.analysis.rollup import agency_rollup        # doctest: +SKIP
>>> print(agency_rollup(store, "Agency:营口市民政局").to_text())   # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.stores.base import Store

# Each read returns one row per (entity, edge): the entity's name and key, the edge's
# provenance, and what else the section shows.
_READS: dict[str, str] = {
    "programs": """
        MATCH (a:Agency)-[r:PROMOTES]->(x:Program)
        WHERE a.key = $key
        RETURN x.key AS key, x.name AS name, NULL AS detail, r.doc_id AS doc_id, r.sentence AS sentence,
               r.sentence_index AS sentence_index, r.method AS method
        ORDER BY name, doc_id, sentence_index
        LIMIT $limit""",
    "meetings": """
        MATCH (x:Meeting)-[r:ORGANIZED_BY]->(a:Agency)
        WHERE a.key = $key
        RETURN x.key AS key, x.name AS name, x.year AS detail, r.doc_id AS doc_id, r.sentence AS sentence,
               r.sentence_index AS sentence_index, r.method AS method
        ORDER BY name, doc_id, sentence_index
        LIMIT $limit""",
    "people": """
        MATCH (x:Person)-[r:HOLDS_POST]->(a:Agency)
        WHERE a.key = $key
        RETURN x.key AS key, x.name AS name, r.title AS detail, r.doc_id AS doc_id, r.sentence AS sentence,
               r.sentence_index AS sentence_index, r.method AS method
        ORDER BY name, doc_id, sentence_index
        LIMIT $limit""",
    "targets": """
        MATCH (d:Document)-[:ISSUED_BY]->(a:Agency)
        WHERE a.key = $key
        MATCH (d)-[r:SETS]->(x:Target)
        RETURN x.key AS key, x.name AS name, x.indicator AS detail, r.doc_id AS doc_id, r.sentence AS sentence,
               r.sentence_index AS sentence_index, r.method AS method
        ORDER BY doc_id, sentence_index, name
        LIMIT $limit""",
}
SECTIONS = tuple(_READS)
SECTION_TITLES = {"programs": "项目 Programs", "meetings": "会议 Meetings", "people": "人员 People", "targets": "指标 Targets"}


@dataclass
class RollupItem:
    """One entity of a section, with every sentence that says so (one per document and sentence)."""

    key: str
    name: str
    detail: Any = None  # a person's titles, a meeting's year, a target's indicator
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class AgencyRollup:
    key: str
    name: str
    sections: dict[str, list[RollupItem]]
    documents: dict[str, dict[str, Any]]  # doc_id -> title, date
    truncated: bool = False

    def to_text(self, sentences: int = 2) -> str:
        """The roll-up as ``kg show`` prints it: sections, items, and up to ``sentences`` sentences each."""
        lines = [f"== {self.name}: 汇总 roll-up"]
        for section in SECTIONS:
            items = self.sections[section]
            lines.append(f"{SECTION_TITLES[section]} ({len(items)})")
            for item in items:
                detail = f"  [{item.detail}]" if item.detail not in (None, "") else ""
                lines.append(f"  {item.name}{detail}")
                for evidence in item.evidence[:sentences]:
                    title = self.documents.get(evidence["doc_id"], {}).get("title") or evidence["doc_id"]
                    method = f", {evidence['method']}" if evidence.get("method") not in (None, "rule") else ""
                    lines.append(f"      “{evidence['sentence']}”  ({title}, sentence {evidence['sentence_index']}{method})")
        if self.truncated:
            lines.append("(some sections were cut at the row limit)")
        return "\n".join(lines)


def agency_rollup(store: Store, key: str, limit: int = 500) -> AgencyRollup:
    """The roll-up of the agency with node key ``key`` (``Agency:营口市民政局``).

    Each section reads at most ``limit`` edges; ``truncated`` says whether one was cut.
    Raises KeyError when there is no such agency.
    """
    node = store.get_node(key)
    if node is None or node.get("label") != "Agency":
        raise KeyError(f"no agency with key {key!r}")
    sections: dict[str, list[RollupItem]] = {}
    truncated = False
    doc_ids: set[str] = set()
    for section, cypher in _READS.items():
        rows = store.run_cypher(cypher, {"key": key, "limit": int(limit)}, read_only=True)
        truncated = truncated or len(rows) >= limit
        items: dict[str, RollupItem] = {}
        for row in rows:
            item = items.setdefault(row["key"], RollupItem(row["key"], row["name"]))
            _add_detail(item, row.get("detail"), section)
            evidence = {k: row.get(k) for k in ("doc_id", "sentence", "sentence_index", "method")}
            if evidence["sentence"] and not any(
                (e["doc_id"], e["sentence_index"]) == (evidence["doc_id"], evidence["sentence_index"]) for e in item.evidence
            ):
                item.evidence.append(evidence)
            if evidence["doc_id"]:
                doc_ids.add(evidence["doc_id"])
        sections[section] = list(items.values())
    return AgencyRollup(key, node["name"], sections, _documents(store, doc_ids), truncated)


def _add_detail(item: RollupItem, detail: Any, section: str) -> None:
    if detail in (None, ""):
        return
    if section == "people":  # a person may hold several titles in one body, over documents
        titles = [t for t in str(item.detail or "").split("；") if t]
        if detail not in titles:
            item.detail = "；".join([*titles, str(detail)])
    elif item.detail is None:
        item.detail = detail


def _documents(store: Store, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
    if not doc_ids:
        return {}
    rows = store.run_cypher(
        "MATCH (d:Document) WHERE d.key IN $keys RETURN d.key AS key, d.title AS title, d.date AS date",
        {"keys": sorted(f"Document:{doc_id}" for doc_id in doc_ids)},
        read_only=True,
    )
    return {row["key"].partition(":")[2]: {"title": row["title"], "date": row["date"]} for row in rows}
