"""Target attributes scored against the gold: indicator, scope, kind, year, place.

``kg.evaluate`` matches targets on (value, unit) only, so a target with the
right number and a meaningless indicator (连续, 大幅) still counts as found.
This module pairs each gold target with a predicted one of the same value and
unit (one-to-one, preferring the predicted target whose indicator matches)
and then compares the attributes of each pair:

- ``indicator``: right when the names are equal, or one contains the other
  and the shorter is at least 60% of the longer (the corpus README's rule for
  long names, :func:`kg.evaluate.fuzzy_match`), on the names as written or
  after the usual spelling normalisation (最低生活保障 → 低保,
  :func:`kg.analysis.indicators.normalise_indicator`), with full-width
  brackets read as half-width.
- ``scope``, ``kind``, ``year``, ``place``: right when equal; an attribute the
  gold leaves out is right only when the prediction leaves it out too. The
  predicted place is the FOR_PLACE node's name, else the target's own
  ``place`` property (全国 for a nationwide figure).

Every pair counts in every attribute's total, so the five totals are equal:
the number of gold targets found by value and unit.

>>> from kg.evaluate_targets import indicator_match
>>> indicator_match("城市低保标准", "城市最低生活保障标准")
True
>>> indicator_match("连续", "民政部重点工作综合评估优秀等次连续年数")
False

Run over a split of the shared corpus::

    python -m kg.evaluate_targets --split all [--corpus ../shared/corpus] [--errors]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kg.evaluate import fuzzy_match
from kg.model import Fragment

ATTRIBUTES = ("indicator", "scope", "kind", "year", "place")


def _plain(name: str | None) -> str:
    return (name or "").replace("（", "(").replace("）", ")").replace(" ", "")


def indicator_match(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted indicator names the gold one (exact or 60% containment, raw or normalised)."""
    from kg.analysis.indicators import normalise_indicator

    a, b = _plain(predicted), _plain(gold)
    if not a or not b:
        return a == b
    if a == b or fuzzy_match(a, b):
        return True
    na, nb = normalise_indicator(a), normalise_indicator(b)
    return bool(na and nb) and (na == nb or fuzzy_match(na, nb))


def _number(value: Any) -> Any:
    try:
        return round(float(value), 4)
    except (TypeError, ValueError):
        return value


def _key(value: Any, unit: Any) -> tuple:
    return (_number(value), (unit or "").strip())


def predicted_targets(fragment: Fragment) -> list[dict[str, Any]]:
    """The fragment's targets as gold-shaped dicts, with ``place`` from FOR_PLACE."""
    data = fragment.to_json()
    names = {e["key"]: e["name"] for e in [*data["entities"], *data["context"]]}
    place_of: dict[str, str] = {}
    for rel in data["relationships"]:
        if rel["type"] == "FOR_PLACE":
            place_of.setdefault(rel["source"], names.get(rel["target"], rel["target"].partition(":")[2]))
    out = []
    for entity in data["entities"]:
        if entity["label"] != "Target":
            continue
        item = dict(entity["properties"])
        item["place"] = place_of.get(entity["key"]) or item.get("place")
        out.append(item)
    return out


def match_targets(predicted: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one (predicted, gold) pairs of equal value and unit, matching indicators first."""
    pairs: list[tuple[dict, dict]] = []
    free = list(predicted)
    pending = []
    for g in gold:
        same = [p for p in free if _key(p.get("value"), p.get("unit")) == _key(g.get("value"), g.get("unit"))]
        best = next((p for p in same if indicator_match(p.get("indicator"), g.get("indicator"))), None)
        if best is None:
            pending.append((g, same))
            continue
        free.remove(best)
        pairs.append((best, g))
    for g, same in pending:
        left = [p for p in same if any(p is f for f in free)]
        if left:
            best = next((p for p in left if p.get("scope") == g.get("scope")), left[0])
            free = [f for f in free if f is not best]
            pairs.append((best, g))
    return pairs


def attribute_right(attribute: str, p: dict, g: dict) -> bool:
    """Whether a paired prediction has the gold target's ``attribute`` (the rules in this module's docstring)."""
    if attribute == "indicator":
        return indicator_match(p.get("indicator"), g.get("indicator"))
    if attribute == "year":
        return _number(p.get("year")) == _number(g.get("year"))
    return (p.get(attribute) or None) == (g.get(attribute) or None)


def target_attribute_accuracy(fragment: Fragment, gold: dict) -> dict[str, tuple[int, int]]:
    """``{attribute: (right, total)}`` for indicator, scope, kind, year and place of one document.

    >>> from kg.model import Fragment
    >>> target_attribute_accuracy(_toy_fragment(), {"targets": [
    ...     {"indicator": "城市最低生活保障标准", "value": 740, "unit": "元/月", "kind": "goal",
    ...      "scope": "城市", "year": 2020}]})["indicator"]
    (1, 1)
    """
    pairs = match_targets(predicted_targets(fragment), list(gold.get("targets", [])))
    return {a: (sum(attribute_right(a, p, g) for p, g in pairs), len(pairs)) for a in ATTRIBUTES}


def attribute_errors(fragment: Fragment, gold: dict) -> list[tuple[str, Any, Any]]:
    """``(attribute, predicted, gold)`` for every wrong attribute of a matched pair (for looking at errors)."""
    out = []
    for p, g in match_targets(predicted_targets(fragment), list(gold.get("targets", []))):
        for a in ATTRIBUTES:
            if not attribute_right(a, p, g):
                out.append((a, p.get(a), g.get(a), g.get("indicator"), f"{g.get('value')}{g.get('unit')}"))
    return out


def _toy_fragment() -> Fragment:
    from loaders import load_text
    from loaders.types import DocumentInfo

    return load_text("城市低保标准由每人每月685元提高到740元。", "toy.txt", DocumentInfo("toy.txt", year=2020))


def add(total: dict[str, tuple[int, int]], more: dict[str, tuple[int, int]]) -> None:
    """Add one document's counts to a running total, in place."""
    for a, (right, n) in more.items():
        r0, n0 = total.get(a, (0, 0))
        total[a] = (r0 + right, n0 + n)


def evaluate_split(corpus: Path, split: str, show_errors: bool = False) -> dict[str, tuple[int, int]]:
    """Attribute counts over ``corpus/<split>`` (``all``: seeds and dev)."""
    from loaders import load_file, read_index

    total: dict[str, tuple[int, int]] = {}
    for name in (("seeds", "dev") if split == "all" else (split,)):
        folder = Path(corpus) / name
        index_path = folder / "INDEX.tsv"
        index = read_index(index_path) if index_path.exists() else {}
        for gold_path in sorted((Path(corpus) / "gold" / name).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            doc_path = folder / gold["doc"]
            fragment = load_file(doc_path, index.get(doc_path.name))
            add(total, target_attribute_accuracy(fragment, gold))
            if show_errors:
                for error in attribute_errors(fragment, gold):
                    print(gold["doc"][:3], *error, sep="\t")
    return total


def table(counts: dict[str, tuple[int, int]]) -> str:
    """One line per attribute: right / total and the share."""
    return "\n".join(f"{a:<10} {r:5d} / {n:<5d} {r / n if n else 1.0:.3f}" for a, (r, n) in counts.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.evaluate_targets", description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", help="seeds, dev or all (default)")
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "corpus"))
    parser.add_argument("--errors", action="store_true", help="print each wrong attribute")
    args = parser.parse_args(argv)
    print(table(evaluate_split(Path(args.corpus), args.split, args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
