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


def _via(evidence: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Concept evidence with the program it came through (or the matched text) in front of the sentence."""
    out = []
    for ev in evidence:
        how = f"(via {ev['via']}, {ev.get('reason')}) " if ev.get("via") else f"({ev.get('reason') or 'text'}) "
        out.append({**ev, "sentence": how + (ev.get("sentence") or "")})
    return out


def arithmetic_lines(c) -> list[str]:
    """The score as a sum anyone can check: each part, its weight used, the product; missing parts named.

    Weights used are the nominal weights of the present parts divided by their sum.
    """
    from kg.analysis.similarity import WEIGHTS

    present = [p for p, v in c.parts.items() if v is not None]
    missing = [p for p, v in c.parts.items() if v is None]
    total_nominal = sum(WEIGHTS[p] for p in present)
    lines = [f"similarity {c.score:.3f} = " + " + ".join(
        f"{c.weights[p]:.3f}×{c.parts[p]:.3f} ({p})" for p in present)]
    lines.append("  " + "  ".join(f"{p} {c.parts[p]:.3f} × {c.weights[p]:.3f} = {c.parts[p] * c.weights[p]:.3f}"
                                  for p in present)
                 + f"  | sum {sum(c.parts[p] * c.weights[p] for p in present):.3f}")
    if missing:
        lines.append(f"  missing (neither plan has any): {', '.join(missing)}; weights used = nominal "
                     f"({', '.join(f'{p} {WEIGHTS[p]}' for p in present)}) / {total_nominal:.2f}")
    else:
        lines.append("  no part missing; weights used = nominal weights")
    return lines


def comparison_text(comparison, max_evidence: int = 1, width: int = 90) -> str:
    """Render a :class:`kg.analysis.similarity.Comparison` as readable text."""
    c = comparison
    out = [
        f"A: {c.a.label()}  [{c.a.id}; {len(c.a.doc_ids)} document(s): {'; '.join(c.a.titles)[:120]}]",
        f"B: {c.b.label()}  [{c.b.id}; {len(c.b.doc_ids)} document(s): {'; '.join(c.b.titles)[:120]}]",
        "",
        *arithmetic_lines(c),
        "",
        "说明 (each claim with its sentences)",
    ]
    for claim in c.explanation:
        out.append(f"  - {claim['text']}")
        out.extend(_evidence_lines(claim["evidence"], max(1, max_evidence) * 2, width, "      "))
    out.append("")

    def section(title: str, items: list, render) -> None:
        out.append(f"{title} ({len(items)})")
        if not items:
            out.append("  —")
        for item in items:
            out.extend(render(item))
        out.append("")

    section("Program concepts in both", c.shared_concepts, lambda p: [f"  * {p['name']}"]
            + _evidence_lines(_via(p["evidence_a"]), max_evidence, width, "      A ")
            + _evidence_lines(_via(p["evidence_b"]), max_evidence, width, "      B "))
    section("Concepts of one family (partial credit)", c.related_concepts,
            lambda p: [f"  ~ {p['a']}  ~  {p['b']}  (credit {p['credit']:.2f})"]
            + _evidence_lines(_via(p["evidence_a"]), max_evidence, width, "      A ")
            + _evidence_lines(_via(p["evidence_b"]), max_evidence, width, "      B "))
    out.append(f"Concepts only in A ({len(c.only_a_concepts)}): " + "；".join(p["name"] for p in c.only_a_concepts))
    out.append(f"Concepts only in B ({len(c.only_b_concepts)}): " + "；".join(p["name"] for p in c.only_b_concepts))
    out.append("")
    section("Local programs in both", c.shared_programs, lambda p: [f"  * {p['name']}"]
            + _evidence_lines(p["evidence_a"], max_evidence, width, "      A ")
            + _evidence_lines(p["evidence_b"], max_evidence, width, "      B "))
    section("Related local programs (partial credit)", c.related_programs,
            lambda p: [f"  ~ {p['a']}  ~  {p['b']}  (similarity {p['similarity']:.2f})"]
            + _evidence_lines(p["evidence_a"], max_evidence, width, "      A ")
            + _evidence_lines(p["evidence_b"], max_evidence, width, "      B "))
    section("Policies cited by both", c.shared_policies, lambda p: [f"  * {p['name']}"]
            + _evidence_lines(p["evidence_a"], max_evidence, width, "      A ")
            + _evidence_lines(p["evidence_b"], max_evidence, width, "      B "))
    out.append(f"Local programs only in A ({len(c.only_a_programs)}): " + "；".join(p["name"] for p in c.only_a_programs))
    out.append(f"Local programs only in B ({len(c.only_b_programs)}): " + "；".join(p["name"] for p in c.only_b_programs))
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
