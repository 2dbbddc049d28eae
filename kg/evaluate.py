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

Relations are scored on tuples (type, source name, target name); an endpoint
matches as the entity scorer matches its type (programs and meetings fuzzily,
the rest exactly). Persons' ``post`` and ``org`` and, when
``kg/evaluate_targets.py`` is present, targets' attributes are scored as
accuracies: (right, total) over the gold items the extraction found.

>>> s = score_relations({("PROMOTES", "营口市民政局", "开通12349养老服务热线")},
...                     {("PROMOTES", "营口市民政局", "12349养老服务热线"), ("HELD_IN", "全省会议", "滨州市")})
>>> (s["PROMOTES"].tp, s["HELD_IN"].fn)
(1, 1)
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from kg.model import Fragment
from kg.name_matching import fuzzy_match  # noqa: F401 - the scorer's rule, also kg.evaluate.fuzzy_match

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

# The gold relation types: their gold fields (source, target) and the schema labels of their endpoints.
RELATION_TYPES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "HOLDS_POST": (("person", "agency"), ("Person", "Agency")),
    "SPOKE_AT": (("person", "meeting"), ("Person", "Meeting")),
    "CHAIRED": (("person", "meeting"), ("Person", "Meeting")),
    "ORGANIZED_BY": (("meeting", "agency"), ("Meeting", "Agency")),
    "HELD_IN": (("meeting", "place"), ("Meeting", "Place")),
    "PROMOTES": (("agency", "program"), ("Agency", "Program")),
    "PILOTED_IN": (("program", "place"), ("Program", "Place")),
    "PART_OF": (("place", "parent"), ("Place", "Place")),
}
_FUZZY_LABELS = {"Program", "Meeting", "Policy"}
PERSON_ATTRIBUTES = ("post", "org")


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


def score_sets(predicted: set, gold: set) -> Score:
    tp = len(predicted & gold)
    return Score(tp, len(predicted) - tp, len(gold) - tp)


def score_fuzzy(predicted: Iterable[str], gold: Iterable[str]) -> Score:
    """One-to-one matching: exact matches first, then as many fuzzy pairs as the rule allows."""
    return _match_one_to_one(list(dict.fromkeys(predicted)), list(dict.fromkeys(gold)), fuzzy_match)


def _match_one_to_one(predicted: list, gold: list, near: Callable[[Any, Any], bool]) -> Score:
    """Each predicted item takes at most one gold item: exact matches first, then a maximum matching of the rest
    under ``near``. A greedy pass would score the same items differently in another order (predicted names come
    from sets, so the order followed the interpreter's hash seed); the maximum does not depend on order.

    >>> s = _match_one_to_one(["ab", "x"], ["ab", "abc"], lambda p, g: p in g)
    >>> (s.tp, s.fp, s.fn)
    (1, 1, 1)
    >>> near = lambda p, g: p in g or g in p
    >>> [_match_one_to_one(p, g, near).tp for p, g in ((["a", "ab"], ["ab_", "a_"]), (["ab", "a"], ["a_", "ab_"]))]
    [2, 2]
    """
    unmatched = list(gold)
    score = Score()
    remaining = []
    for item in predicted:
        if item in unmatched:
            unmatched.remove(item)
            score.tp += 1
        else:
            remaining.append(item)
    matched = _maximum_matching(remaining, unmatched, near)
    score.tp += matched
    score.fp = len(remaining) - matched
    score.fn = len(unmatched) - matched
    return score


def _maximum_matching(left: list, right: list, near: Callable[[Any, Any], bool]) -> int:
    """The size of a maximum one-to-one matching between ``left`` and ``right`` items that are ``near``."""
    import networkx as nx

    graph = nx.Graph()
    left_nodes = [("p", i) for i in range(len(left))]
    graph.add_nodes_from(left_nodes)
    graph.add_nodes_from(("g", j) for j in range(len(right)))
    graph.add_edges_from((("p", i), ("g", j)) for i, p in enumerate(left) for j, g in enumerate(right) if near(p, g))
    if graph.number_of_edges() == 0:
        return 0
    matching = nx.bipartite.hopcroft_karp_matching(graph, top_nodes=left_nodes)
    return sum(1 for node in matching if node[0] == "p")


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


def score_items(predicted: dict[str, set], expected: dict[str, set]) -> dict[str, Score]:
    """Per type, the predicted items against the expected ones (fuzzy names for programs, meetings, policies)."""
    return {
        kind: (score_fuzzy(predicted[kind], expected[kind]) if kind in _FUZZY else score_sets(predicted[kind], expected[kind]))
        for kind in TYPES
    }


def score_document(fragment: Fragment, gold: dict) -> dict[str, Score]:
    return score_items(predicted_items(fragment), gold_items(gold))


def predicted_relations(fragment: Fragment) -> set[tuple[str, str, str]]:
    """(type, source name, target name) of the fragment's edges of the gold relation types.

    PART_OF counts only from a place the document names (the gazetteer chain above it
    is context), as the gold lists a parent for each place in its list.
    """
    names = {node.key: (node.label, node.name) for node in fragment.all_nodes()}
    named = fragment.named_keys()
    out = set()
    for edge in fragment.unique_edges():
        spec = RELATION_TYPES.get(edge.type)
        if spec is None or edge.source not in names or edge.target not in names:
            continue
        (source_label, source_name), (target_label, target_name) = names[edge.source], names[edge.target]
        if (source_label, target_label) != spec[1]:
            continue
        if edge.type == "PART_OF" and edge.source not in named:
            continue
        out.add((edge.type, source_name, target_name))
    return out


def gold_relations(gold: dict) -> set[tuple[str, str, str]]:
    out = set()
    for relation in gold.get("relations", []):
        spec = RELATION_TYPES.get(relation.get("type"))
        if spec is None:
            continue
        (source_field, target_field), _ = spec
        if relation.get(source_field) and relation.get(target_field):
            out.add((relation["type"], relation[source_field], relation[target_field]))
    return out


def _endpoint_match(label: str, predicted: str, gold: str) -> bool:
    return predicted == gold or (label in _FUZZY_LABELS and fuzzy_match(predicted, gold))


def score_relations(predicted: set[tuple[str, str, str]], gold: set[tuple[str, str, str]]) -> dict[str, Score]:
    """Per relation type, one-to-one matching of tuples: exact first, then endpoints matched as their entity types are."""
    out = {}
    for rel_type, (_, (source_label, target_label)) in RELATION_TYPES.items():
        def endpoints_match(item, g, source_label=source_label, target_label=target_label) -> bool:
            return _endpoint_match(source_label, item[1], g[1]) and _endpoint_match(target_label, item[2], g[2])

        out[rel_type] = _match_one_to_one(sorted(t for t in predicted if t[0] == rel_type),
                                          sorted(t for t in gold if t[0] == rel_type), endpoints_match)
    return out


def relation_misses(fragment: Fragment, gold: dict) -> dict[str, tuple[int, int]]:
    """Per relation type, the gold relations the extraction missed, as (both ends extracted, an end missing):
    the first is the relation rules' to fix, the second the entity extractors'.

    >>> from kg.model import Fragment, Node
    >>> doc = Node("Document", "Document:x", "x", [], {})
    >>> person = Node("Person", "Person:杜邦安", "杜邦安", [], {})
    >>> agency = Node("Agency", "Agency:营口市民政局", "营口市民政局", [], {})
    >>> gold = {"relations": [{"type": "HOLDS_POST", "person": "杜邦安", "agency": "营口市民政局"},
    ...                       {"type": "HOLDS_POST", "person": "王五", "agency": "营口市民政局"}]}
    >>> relation_misses(Fragment(doc, [person, agency], []), gold)["HOLDS_POST"]
    (1, 1)
    """
    names: dict[str, list[str]] = {}
    for node in fragment.all_nodes():
        names.setdefault(node.label, []).append(node.name)
    predicted = predicted_relations(fragment)
    out = {}
    for rel_type, (_, (source_label, target_label)) in RELATION_TYPES.items():
        edge_missing = end_missing = 0
        found = [t for t in predicted if t[0] == rel_type]
        for g in (t for t in gold_relations(gold) if t[0] == rel_type):
            if any(_endpoint_match(source_label, p[1], g[1]) and _endpoint_match(target_label, p[2], g[2]) for p in found):
                continue
            has_source = any(_endpoint_match(source_label, name, g[1]) for name in names.get(source_label, ()))
            has_target = any(_endpoint_match(target_label, name, g[2]) for name in names.get(target_label, ()))
            if has_source and has_target:
                edge_missing += 1
            else:
                end_missing += 1
        out[rel_type] = (edge_missing, end_missing)
    return out


def person_attribute_accuracy(fragment: Fragment, gold: dict) -> dict[str, tuple[int, int]]:
    """(right, total) per attribute (post, org) over the gold persons the extraction found that have it.

    >>> from kg.model import Fragment, Node
    >>> doc = Node("Document", "Document:x", "x", [], {})
    >>> person = Node("Person", "Person:杜邦安", "杜邦安", [], {"post": "局长", "org": "营口市民政局"})
    >>> person_attribute_accuracy(Fragment(doc, [person], []), {"persons": [{"name": "杜邦安", "post": "局长", "org": "营口市人民政府"}]})
    {'post': (1, 1), 'org': (0, 1)}
    """
    found = {node.name: node for node in fragment.all_nodes() if node.label == "Person"}
    out = {attribute: [0, 0] for attribute in PERSON_ATTRIBUTES}
    for item in gold.get("persons", []):
        if not isinstance(item, dict) or item.get("name") not in found:
            continue
        node = found[item["name"]]
        # a person with posts in two bodies: any HOLDS_POST body is right for org
        for attribute in PERSON_ATTRIBUTES:
            if item.get(attribute):
                out[attribute][1] += 1
                out[attribute][0] += node.properties.get(attribute) == item[attribute]
    return {attribute: (right, total) for attribute, (right, total) in out.items()}


def _target_attribute_accuracy():
    """``kg/evaluate_targets.target_attribute_accuracy`` when that module is in this tree, else None."""
    try:
        from kg.evaluate_targets import target_attribute_accuracy
    except ModuleNotFoundError as error:
        if error.name != "kg.evaluate_targets":
            raise
        return None
    return target_attribute_accuracy


def _add_counts(total: dict[str, list[int]], counts: dict[str, tuple[int, int]]) -> None:
    for attribute, (right, count) in counts.items():
        slot = total.setdefault(attribute, [0, 0])
        slot[0] += right
        slot[1] += count


@dataclass
class Report:
    per_type: dict[str, Score]
    per_document: dict[str, dict[str, Score]]
    relations: dict[str, Score] = field(default_factory=dict)
    person_attributes: dict[str, list[int]] = field(default_factory=dict)
    target_attributes: dict[str, list[int]] = field(default_factory=dict)
    # per relation type: [missed with both ends extracted, missed with an end entity missing]
    relation_misses: dict[str, list[int]] = field(default_factory=dict)

    @property
    def relations_micro(self) -> Score:
        total = Score()
        for score in self.relations.values():
            total.add(score)
        return total

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
        if self.relations:
            lines.append(f"{'relation':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
            for rel_type, s in self.relations.items():
                lines.append(f"{rel_type:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
            r = self.relations_micro
            lines.append(f"{'rel. micro':<12} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} {r.tp:5d} {r.fp:5d} {r.fn:5d}")
        if self.relations and self.relation_misses:
            parts = [f"{t} {e}/{m}" for t, (e, m) in self.relation_misses.items() if e or m]
            lines.append("relations missed, both ends found / an end entity missing: " + (", ".join(parts) or "none"))
        for title, counts in (("person", self.person_attributes), ("target", self.target_attributes)):
            if counts:
                parts = [f"{a} {right / total if total else 1.0:.3f} ({right}/{total})" for a, (right, total) in counts.items()]
                lines.append(f"{title} accuracy: " + ", ".join(parts))
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
    relations = {rel_type: Score() for rel_type in RELATION_TYPES}
    person_attributes: dict[str, list[int]] = {}
    target_attributes: dict[str, list[int]] = {}
    misses: dict[str, list[int]] = {}
    target_accuracy = _target_attribute_accuracy()
    annotated_relations = False  # gold without "relations" (a held-out set annotated before) is not scored on them
    for gold_path in sorted(Path(gold_folder).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = folder / gold["doc"]
        fragment = loader(doc_path, index.get(doc_path.name))
        scores = score_document(fragment, gold)
        per_document[gold["doc"]] = scores
        for kind, score in scores.items():
            per_type[kind].add(score)
        if "relations" in gold:
            annotated_relations = True
            for rel_type, score in score_relations(predicted_relations(fragment), gold_relations(gold)).items():
                relations[rel_type].add(score)
            _add_counts(misses, relation_misses(fragment, gold))
        _add_counts(person_attributes, person_attribute_accuracy(fragment, gold))
        if target_accuracy is not None:
            _add_counts(target_attributes, target_accuracy(fragment, gold))
    return Report(per_type, per_document, relations if annotated_relations else {}, person_attributes, target_attributes,
                  misses if annotated_relations else {})


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
    predicted_rel, gold_rel = predicted_relations(fragment), gold_relations(gold)
    for rel_type, (_, (source_label, target_label)) in RELATION_TYPES.items():
        pred = {t for t in predicted_rel if t[0] == rel_type}
        exp = {t for t in gold_rel if t[0] == rel_type}
        match = lambda p, g: _endpoint_match(source_label, p[1], g[1]) and _endpoint_match(target_label, p[2], g[2])
        extra = [p[1:] for p in pred if not any(match(p, g) for g in exp)]
        missing = [g[1:] for g in exp if not any(match(p, g) for p in pred)]
        out[rel_type] = (sorted(extra), sorted(missing))
    return out
