"""Score extracted fragments against the gold annotations (``corpus/gold``).

Per type: precision, recall and F1 over sets, and a micro average over all
types. Agencies, places: canonical names. Persons: names. Targets: (value,
unit). Programs, meetings and policies: a predicted name matches a gold one
when one contains the other and the shorter is at least 60% of the longer
(the corpus README's rule), each gold item matched at most once.

>>> s = score_sets({"a", "b"}, {"a", "c"})
>>> (s.tp, s.fp, s.fn)
(1, 1, 1)
>>> fuzzy_match("12349养老服务热线", "开通12349养老服务热线")
True
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from kg.model import Fragment

TYPES = ("agencies", "persons", "places", "meetings", "programs", "policies", "targets")
_LABEL_OF = {
    "agencies": "Agency",
    "persons": "Person",
    "places": "Place",
    "meetings": "Meeting",
    "programs": "Program",
    "policies": "Policy",
    "targets": "Target",
}
_FUZZY = {"programs", "meetings", "policies"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def fuzzy_match(a: str, b: str, share: float = 0.6) -> bool:
    """One name contains the other and the shorter is at least ``share`` of the longer."""
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= share * len(long_)


def score_sets(predicted: set, gold: set) -> Score:
    tp = len(predicted & gold)
    return Score(tp, len(predicted) - tp, len(gold) - tp)


def score_fuzzy(predicted: Iterable[str], gold: Iterable[str]) -> Score:
    """Greedy one-to-one matching: exact matches first, then the fuzzy rule."""
    unmatched_gold = list(dict.fromkeys(gold))
    predicted = list(dict.fromkeys(predicted))
    score = Score()
    remaining = []
    for name in predicted:
        if name in unmatched_gold:
            unmatched_gold.remove(name)
            score.tp += 1
        else:
            remaining.append(name)
    for name in remaining:
        hit = next((g for g in unmatched_gold if fuzzy_match(name, g)), None)
        if hit is None:
            score.fp += 1
        else:
            unmatched_gold.remove(hit)
            score.tp += 1
    score.fn = len(unmatched_gold)
    return score


def _target_key(value, unit) -> tuple:
    try:
        number = round(float(value), 4)
    except (TypeError, ValueError):
        number = value
    return (number, (unit or "").strip())


def predicted_items(fragment: Fragment) -> dict[str, set]:
    """What a fragment claims, per gold type: exactly the ``entities`` that ``kg extract`` prints."""
    out: dict[str, set] = {kind: set() for kind in TYPES}
    label_to_kind = {label: kind for kind, label in _LABEL_OF.items()}
    for entity in fragment.to_json()["entities"]:
        kind = label_to_kind.get(entity["label"])
        if kind is None:
            continue
        if kind == "targets":
            out[kind].add(_target_key(entity["properties"].get("value"), entity["properties"].get("unit")))
        else:
            out[kind].add(entity["name"])
    return out


def gold_items(gold: dict) -> dict[str, set]:
    out: dict[str, set] = {}
    for kind in TYPES:
        items = gold.get(kind, [])
        if kind == "persons":
            out[kind] = {item["name"] if isinstance(item, dict) else item for item in items}
        elif kind == "targets":
            out[kind] = {_target_key(item.get("value"), item.get("unit")) for item in items}
        else:
            out[kind] = set(items)
    return out


def score_document(fragment: Fragment, gold: dict) -> dict[str, Score]:
    predicted, expected = predicted_items(fragment), gold_items(gold)
    return {
        kind: (score_fuzzy(predicted[kind], expected[kind]) if kind in _FUZZY else score_sets(predicted[kind], expected[kind]))
        for kind in TYPES
    }


@dataclass
class Report:
    per_type: dict[str, Score]
    per_document: dict[str, dict[str, Score]]

    @property
    def micro(self) -> Score:
        total = Score()
        for score in self.per_type.values():
            total.add(score)
        return total

    def table(self) -> str:
        lines = [f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for kind in TYPES:
            s = self.per_type[kind]
            lines.append(f"{kind:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
        m = self.micro
        lines.append(f"{'micro':<10} {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f} {m.tp:5d} {m.fp:5d} {m.fn:5d}")
        return "\n".join(lines)


def evaluate_split(corpus: Path, split: str, loader=None) -> Report:
    """Load every document of ``corpus/<split>`` (with its INDEX.tsv when present) and score it against ``corpus/gold/<split>``."""
    return evaluate_folder(Path(corpus) / split, Path(corpus) / "gold" / split, loader)


def evaluate_folder(folder: Path, gold_folder: Path, loader=None) -> Report:
    """Score the documents in ``folder`` (with its INDEX.tsv when present) against the gold files in ``gold_folder``.

    Each gold file names its document in ``doc``; a held-out set such as
    ``tests/heldout`` keeps its gold files in ``tests/heldout/gold``.
    """
    from loaders import load_file, read_index

    loader = loader or load_file
    folder = Path(folder)
    index_path = folder / "INDEX.tsv"
    index = read_index(index_path) if index_path.exists() else {}
    per_type = {kind: Score() for kind in TYPES}
    per_document: dict[str, dict[str, Score]] = {}
    for gold_path in sorted(Path(gold_folder).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = folder / gold["doc"]
        fragment = loader(doc_path, index.get(doc_path.name))
        scores = score_document(fragment, gold)
        per_document[gold["doc"]] = scores
        for kind, score in scores.items():
            per_type[kind].add(score)
    return Report(per_type, per_document)


def diff_document(fragment: Fragment, gold: dict) -> dict[str, tuple[list, list]]:
    """Per type: (predicted but not gold, gold but not predicted) — for looking at errors."""
    predicted, expected = predicted_items(fragment), gold_items(gold)
    out = {}
    for kind in TYPES:
        if kind in _FUZZY:
            extra = [p for p in predicted[kind] if not any(fuzzy_match(p, g) for g in expected[kind])]
            missing = [g for g in expected[kind] if not any(fuzzy_match(p, g) for p in predicted[kind])]
        else:
            extra, missing = sorted(predicted[kind] - expected[kind], key=str), sorted(expected[kind] - predicted[kind], key=str)
        out[kind] = (sorted(extra, key=str), sorted(missing, key=str))
    return out
