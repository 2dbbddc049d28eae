"""Result-table cells as links: node names and document ids become ``{key, label, name}``.

Named queries return plain values: a program's name in a ``program`` column,
a list of document ids in ``doc_ids``. A researcher wants links with titles,
not ids or JSON. A column whose name says what it holds (``program``,
``place_a``, ``agencies``, ``doc_ids``) has each value looked up, in memory,
in the name index (nodes) or the document catalogue (titles); a value that
names no node stays as it is.

>>> column_label("place_a"), column_label("programs"), column_label("doc_ids"), column_label("shared")
('Place', 'Program', 'Document', None)
"""
from __future__ import annotations

import re
from typing import Any, Callable

from kg import schema

DOCUMENT_COLUMN = re.compile(r"^(doc|docs|doc_id|doc_ids|document_id|document_ids)$")


def column_label(column: str) -> str | None:
    """The label a column's values name, from the column's name (None if it says nothing)."""
    name = column.lower()
    if DOCUMENT_COLUMN.match(name):
        return "Document"
    name = re.sub(r"(_[a-z]|_?\d+)$", "", name) if re.search(r"(_[a-z]|_?\d+)$", name) else name
    for candidate in (name, name[:-3] + "y" if name.endswith("ies") else name, name[:-1] if name.endswith("s") else name,
                      name[:-6] + "person" if name.endswith("people") else name):
        label = candidate.capitalize()
        if label in schema.LABELS and label != "Document":
            return label
    return None


def link_table(result: dict[str, Any], node_name: Callable[[str], dict[str, Any] | None],
               document: Callable[[str], dict[str, Any] | None]) -> dict[str, Any]:
    """Replace linkable cells of a ``{"columns", "rows"}`` table in place (and return it).

    ``node_name(key)`` gives a node brief or None; ``document(doc_id)`` a document brief or None.

    >>> nodes = {"Program:三社联动": {"key": "Program:三社联动", "label": "Program", "name": "三社联动"}}
    >>> docs = {"86fa": {"key": "Document:86fa", "label": "Document", "name": "营口市民政工作会议"}}
    >>> link_table({"columns": ["program", "doc_ids", "n"], "rows": [["三社联动", ["86fa"], 1], ["别的", [], 2]]},
    ...            nodes.get, docs.get)["rows"]
    [[{'key': 'Program:三社联动', 'label': 'Program', 'name': '三社联动'}, [{'key': 'Document:86fa', 'label': 'Document', 'name': '营口市民政工作会议'}], 1], ['别的', [], 2]]
    """
    labels = [column_label(c) for c in result.get("columns", [])]
    if not any(labels):
        return result

    def link(value: Any, label: str) -> Any:
        if isinstance(value, list):
            return [link(v, label) for v in value]
        if not isinstance(value, str) or not value:
            return value
        found = document(value) if label == "Document" else node_name(schema.node_key(label, value))
        return found or value

    for row in result.get("rows", []):
        for i, label in enumerate(labels):
            if label and i < len(row):
                row[i] = link(row[i], label)
    return result


def link_with_store(store, result: dict[str, Any]) -> dict[str, Any]:
    """:func:`link_table` with the app's name index and document catalogue (both cached in memory)."""
    from webui.catalogue import catalogue
    from webui.name_index import name_index

    index = name_index(store)
    docs = {d.id: d for d in catalogue(store)}

    def node_name(key: str) -> dict[str, Any] | None:
        entry = index.by_key.get(key)
        return {"key": entry.key, "label": entry.label, "name": entry.name} if entry else None

    def document(doc_id: str) -> dict[str, Any] | None:
        d = docs.get(doc_id)
        return {"key": d.key, "label": "Document", "name": d.title, "year": d.year} if d else None

    return link_table(result, node_name, document)
