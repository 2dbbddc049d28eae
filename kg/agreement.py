"""How far two annotators agree: one gold folder scored against another, by ``kg score``'s own rules.

An extractor's figure on unseen pages only means something beside the
figure two careful people reach on the same pages. ``kg agree REFERENCE
OTHER`` reads two folders of gold JSON files written for the same documents
(matched by their ``doc`` field), treats OTHER as the "prediction" and
REFERENCE as the gold, and reports what ``kg score`` reports: per-type and
relation P/R/F1 with the same matching (programs, meetings and policies
fuzzily), person post and org, and target indicator, scope, kind, year and
place. When the annotators' agreement on a type is far above the
extractor's, the gap is the extractor's; when it is not, part of the gap is
the annotation itself.

>>> ref = {"doc": "a.txt", "programs": ["12349养老服务热线"], "agencies": ["营口市民政局"],
...        "relations": [{"type": "PROMOTES", "agency": "营口市民政局", "program": "12349养老服务热线"}]}
>>> other = {"doc": "a.txt", "programs": ["开通12349养老服务热线"], "agencies": [],
...          "relations": [{"type": "PROMOTES", "agency": "营口市民政局", "program": "开通12349养老服务热线"}]}
>>> report = agreement_report([(ref, other)])
>>> report.per_type["programs"].tp, report.per_type["agencies"].fn, report.relations["PROMOTES"].tp
(1, 1, 1)
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.errors import InputError
from kg.evaluate import (
    PERSON_ATTRIBUTES,
    RELATION_TYPES,
    TYPES,
    Report,
    Score,
    _add_counts,
    gold_items,
    gold_relations,
    score_items,
    score_relations,
)


def _persons(gold: dict) -> dict[str, dict]:
    return {item["name"]: item for item in gold.get("persons", []) if isinstance(item, dict) and item.get("name")}


def person_agreement(reference: dict, other: dict) -> dict[str, tuple[int, int]]:
    """(same, total) per person attribute over the reference's persons that both list and the reference gives it.

    >>> person_agreement({"persons": [{"name": "王五", "post": "局长", "org": "甲市民政局"}]},
    ...                  {"persons": [{"name": "王五", "post": "局长", "org": "甲市人民政府"}]})
    {'post': (1, 1), 'org': (0, 1)}
    """
    theirs = _persons(other)
    out = {attribute: [0, 0] for attribute in PERSON_ATTRIBUTES}
    for name, item in _persons(reference).items():
        if name not in theirs:
            continue
        for attribute in PERSON_ATTRIBUTES:
            if item.get(attribute):
                out[attribute][1] += 1
                out[attribute][0] += theirs[name].get(attribute) == item[attribute]
    return {attribute: (same, total) for attribute, (same, total) in out.items()}


def target_agreement(reference: dict, other: dict) -> dict[str, tuple[int, int]]:
    """(same, total) per target attribute over the targets both give with one value and unit (paired as ``kg score`` pairs them).

    >>> target_agreement({"targets": [{"value": 740, "unit": "元/月", "indicator": "城市低保标准", "year": 2020}]},
    ...                  {"targets": [{"value": 740, "unit": "元/月", "indicator": "城市最低生活保障标准", "year": 2021}]})["year"]
    (0, 1)
    """
    from kg.evaluate_targets import ATTRIBUTES, attribute_right, match_targets

    pairs = match_targets(list(other.get("targets", [])), list(reference.get("targets", [])))
    return {a: (sum(attribute_right(a, theirs, ours) for theirs, ours in pairs), len(pairs)) for a in ATTRIBUTES}


def agreement_report(pairs: list[tuple[dict, dict]]) -> Report:
    """A :class:`kg.evaluate.Report` of each (reference, other) gold pair, ``other`` in the prediction's place."""
    per_type = {kind: Score() for kind in TYPES}
    per_document: dict[str, dict[str, Score]] = {}
    relations = {rel_type: Score() for rel_type in RELATION_TYPES}
    persons: dict[str, list[int]] = {}
    targets: dict[str, list[int]] = {}
    for reference, other in pairs:
        scores = score_items(gold_items(other), gold_items(reference))
        per_document[reference["doc"]] = scores
        for kind, score in scores.items():
            per_type[kind].add(score)
        for rel_type, score in score_relations(gold_relations(other), gold_relations(reference)).items():
            relations[rel_type].add(score)
        _add_counts(persons, person_agreement(reference, other))
        _add_counts(targets, target_agreement(reference, other))
    return Report(per_type, per_document, relations, persons, targets)


def _by_document(folder: Path) -> dict[str, dict]:
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of gold JSON files")
    out = {}
    for path in sorted(folder.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise InputError(f"{path}: not a gold JSON file ({error})") from None
        if not isinstance(gold, dict) or not gold.get("doc"):
            raise InputError(f"{path}: a gold file names its document in \"doc\"")
        out[gold["doc"]] = gold
    return out


def agreement_folders(reference: Path, other: Path) -> tuple[Report, list[str], list[str]]:
    """Score ``other``'s gold against ``reference``'s on the documents both annotate.

    Returns the report and the documents only one side annotates (reference's, other's): those are left out of
    the figures rather than counted as total disagreement, since a second annotator often does a subset.
    """
    ours, theirs = _by_document(Path(reference)), _by_document(Path(other))
    both = [doc for doc in ours if doc in theirs]
    if not both:
        raise InputError(f"{reference} and {other}: no document annotated in both (gold files are matched by \"doc\")")
    report = agreement_report([(ours[doc], theirs[doc]) for doc in both])
    return report, [doc for doc in ours if doc not in theirs], [doc for doc in theirs if doc not in ours]
