"""Render ``docs/schema.md`` from :mod:`kg.schema`, so the document can't drift from the code.

>>> "| `Agency` |" in render_markdown()
True
"""
from __future__ import annotations

import json

from kg import schema


def render_markdown() -> str:
    """The whole of docs/schema.md."""
    lines = [
        "# The civkg graph schema",
        "",
        "Generated from `kg/schema.py` by `kg schema > docs/schema.md`; a test checks the two agree.",
        "",
        "Every node has `key` (unique across the graph: `Label:canonical name`), `name` (canonical,",
        "simplified Chinese) and `aliases` (other surface forms, e.g. the traditional-script or bare form).",
        "Every relationship carries its provenance: "
        + ", ".join(f"`{p}`" for p in schema.PROVENANCE_PROPERTIES)
        + ". `start`/`end` are character offsets into the document's original text.",
        "",
        "## Node labels",
        "",
        "| label | what it is | properties | example |",
        "|---|---|---|---|",
    ]
    for label in schema.LABELS.values():
        props = ", ".join(f"`{name}` {typ}" for name, typ in label.properties.items()) or "—"
        example = json.dumps(label.example, ensure_ascii=False)
        lines.append(f"| `{label.name}` | {label.description} | {props} | `{example}` |")
    lines += [
        "",
        "## Relationship types",
        "",
        "| type | joins | what it means | own properties | example |",
        "|---|---|---|---|---|",
    ]
    for rel in schema.REL_TYPES.values():
        joins = "<br>".join(f"{a} → {b}" for a, b in rel.endpoints)
        props = ", ".join(f"`{name}` {typ}" for name, typ in rel.properties.items()) or "—"
        example = rel.example or f"(:{rel.endpoints[0][0]})-[:{rel.name}]->(:{rel.endpoints[0][1]})"
        lines.append(f"| `{rel.name}` | {joins} | {rel.description} | {props} | `{example}` |")
    lines += [
        "",
        "## Value sets",
        "",
        "- Document `kind`: " + ", ".join(f"`{k}`" for k in schema.DOCUMENT_KINDS),
        "- Target `kind`: " + ", ".join(f"`{k}`" for k in schema.TARGET_KINDS),
        "- Place `level`: " + ", ".join(f"`{k}`" for k in schema.PLACE_LEVELS),
        "",
    ]
    return "\n".join(lines)
