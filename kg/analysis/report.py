"""Plain-text rendering of analysis results for the terminal (``kg compare``)."""
from __future__ import annotations

import textwrap
from typing import Any, Iterable


def _evidence_lines(evidence: Iterable[dict[str, Any]], max_evidence: int, width: int, indent: str) -> list[str]:
    lines = []
    for ev in list(evidence)[:max_evidence]:
        sentence = (ev.get("sentence") or "").strip()
        if len(sentence) > width * 2:
            sentence = sentence[: width * 2 - 1] + "…"
        where = f"[{(ev.get('doc_id') or '')[:12]} s{ev.get('sentence_index')} @{ev.get('start')}-{ev.get('end')}]"
        lines.extend(textwrap.wrap(f"{where} {sentence}", width=width, initial_indent=indent,
                                   subsequent_indent=indent + "  "))
    return lines


def comparison_text(comparison, max_evidence: int = 1, width: int = 90) -> str:
    """Render a :class:`kg.analysis.similarity.Comparison` as readable text."""
    c = comparison
    out = [
        f"A: {c.a.label()}  ({len(c.a.doc_ids)} document(s): {'; '.join(c.a.titles)[:120]})",
        f"B: {c.b.label()}  ({len(c.b.doc_ids)} document(s): {'; '.join(c.b.titles)[:120]})",
        "",
        f"similarity {c.score:.3f} = weighted mean of "
        + ", ".join(f"{part} {value:.3f} (w {c.weights[part]})" for part, value in c.parts.items()),
        "",
    ]

    def section(title: str, items: list, render) -> None:
        out.append(f"{title} ({len(items)})")
        if not items:
            out.append("  —")
        for item in items:
            out.extend(render(item))
        out.append("")

    section("Programs in both", c.shared_programs, lambda p: [f"  * {p['name']}"]
            + _evidence_lines(p["evidence_a"], max_evidence, width, "      A ")
            + _evidence_lines(p["evidence_b"], max_evidence, width, "      B "))
    section("Related programs (partial credit)", c.related_programs,
            lambda p: [f"  ~ {p['a']}  ~  {p['b']}  (similarity {p['similarity']:.2f})"]
            + _evidence_lines(p["evidence_a"], max_evidence, width, "      A ")
            + _evidence_lines(p["evidence_b"], max_evidence, width, "      B "))
    section("Policies cited by both", c.shared_policies, lambda p: [f"  * {p['name']}"]
            + _evidence_lines(p["evidence_a"], max_evidence, width, "      A ")
            + _evidence_lines(p["evidence_b"], max_evidence, width, "      B "))
    out.append(f"Programs only in A ({len(c.only_a_programs)}): " + "；".join(p["name"] for p in c.only_a_programs))
    out.append(f"Programs only in B ({len(c.only_b_programs)}): " + "；".join(p["name"] for p in c.only_b_programs))
    out.append("")
    emphasised = c.topics[c.topics["emphasised_by"] != ""]
    out.append("Topics emphasised more by one side (share of sentences)")
    if emphasised.empty:
        out.append("  —")
    for row in emphasised.itertuples():
        out.append(f"  {row.topic}: A {row.share_a:.0%}  B {row.share_b:.0%}  → more in {row.emphasised_by.upper()}")
        side = row.emphasised_by.upper()
        out.extend(_evidence_lines(row.evidence_a if side == "A" else row.evidence_b, max_evidence, width,
                                   f"      {side} "))
    out.append("")

    def target_line(side: str, t: dict[str, Any]) -> str:
        comparable = ""
        if t.get("comparable_value") is not None and (t.get("comparable_unit") != t.get("unit")):
            comparable = f" (= {t['comparable_value']:g} {t['comparable_unit']})"
        value = t.get("value")
        value_text = f"{value:g}" if isinstance(value, (int, float)) else str(value)
        return f"      {side} {t['indicator']}: {value_text} {t.get('unit') or ''}{comparable} [{t.get('kind') or ''} {t.get('year') or ''}]"

    section("Targets on the same indicator", c.targets, lambda p: [
        f"  * {p['indicator']}" + ("  !! UNIT MISMATCH: not comparable" if p["unit_mismatch"] else ""),
        target_line("A", p["a"]), *_evidence_lines([p["a"]], max_evidence, width, "        "),
        target_line("B", p["b"]), *_evidence_lines([p["b"]], max_evidence, width, "        ")])
    if c.shared_terms:
        out.append("Shared keywords: " + "、".join(t for t, _ in c.shared_terms))
    return "\n".join(out).rstrip() + "\n"
