"""The one place where civkg's graph schema is defined.

Every label, relationship type and property lives here. The Neo4j
constraints, the LadybugDB DDL, ``docs/schema.md`` and the JSON contract of
``kg extract`` are all derived from these definitions, so nothing else in the
project spells a label or a property by hand.

>>> LABELS["Agency"].key
'key'
>>> [e for e in REL_TYPES["PROMOTES"].endpoints]
[('Document', 'Program'), ('Agency', 'Program')]
>>> node_key("Agency", "营口市民政局")
'Agency:营口市民政局'
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

# Property types, named the way LadybugDB declares them; Neo4j is schema-free
# for types, so it only needs the names.
STRING = "STRING"
INT = "INT64"
FLOAT = "DOUBLE"
STRING_LIST = "STRING[]"


@dataclass(frozen=True)
class Label:
    """A node label with its declared properties.

    Every node has ``key`` (unique across the whole graph), ``name`` (the
    canonical simplified-Chinese name) and ``aliases`` (other surface forms).
    """

    name: str
    description: str
    properties: dict[str, str] = field(default_factory=dict)
    example: dict = field(default_factory=dict)
    key: str = "key"

    @property
    def all_properties(self) -> dict[str, str]:
        return {**COMMON_NODE_PROPERTIES, **self.properties}


@dataclass(frozen=True)
class RelType:
    """A relationship type, the (source label, target label) pairs it joins, and its properties."""

    name: str
    description: str
    endpoints: tuple[tuple[str, str], ...]
    properties: dict[str, str] = field(default_factory=dict)
    example: str = ""

    @property
    def all_properties(self) -> dict[str, str]:
        return {**PROVENANCE_PROPERTIES, **self.properties}


COMMON_NODE_PROPERTIES: dict[str, str] = {
    "key": STRING,
    "name": STRING,
    "aliases": STRING_LIST,
}

# Every relationship carries where it came from. ``start``/``end`` are character
# offsets into the document's *original* text (before normalisation), so a
# researcher can find the exact span in the file they ingested.
PROVENANCE_PROPERTIES: dict[str, str] = {
    "doc_id": STRING,
    "sentence_index": INT,
    "sentence": STRING,
    "start": INT,
    "end": INT,
    "method": STRING,
}

DOCUMENT_KINDS = (
    "meeting_report",
    "work_plan",
    "notice",
    "news",
    "statistics_bulletin",
    "law",
    "report",
)

TARGET_KINDS = ("goal", "figure")

CONCEPT_LEVELS = ("national", "provincial", "local")

# Why a Program is linked to a Concept (INSTANCE_OF.reason).
INSTANCE_REASONS = ("alias", "pattern", "shared core")

PLACE_LEVELS = ("province", "city", "county", "township", "street", "village", "community", "special")

_label_list = [
    Label(
        "Document",
        "One ingested file. Its id is a hash of its normalised text, so the same text ingested twice is one node.",
        {
            "title": STRING,
            "date": STRING,
            "year": INT,
            "issuing_body": STRING,
            "doc_number": STRING,
            "kind": STRING,
            "place": STRING,
            "source": STRING,
            "script": STRING,
            "text": STRING,
            "char_count": INT,
            # what `kg ingest` read and with which extractor (loaders/version.py): an unchanged pair skips the file
            "content_hash": STRING,
            "extractor_version": STRING,
        },
        {"name": "营口市民政局组织召开2021年全市民政工作会议", "kind": "meeting_report", "date": "2021-02-22", "place": "营口市"},
    ),
    Label(
        "Agency",
        "A government or party body named as an institution, with its place resolved.",
        {"place": STRING, "level": STRING},
        {"name": "营口市民政局", "place": "营口市", "level": "city"},
    ),
    Label(
        "Person",
        "A named person; post and org as the text states them.",
        {"post": STRING, "org": STRING},
        {"name": "杜邦安", "post": "局长", "org": "营口市民政局"},
    ),
    Label(
        "Place",
        "An administrative place at any level, with its division code where the gazetteer knows it.",
        {"code": STRING, "level": STRING},
        {"name": "衢州市", "code": "330800", "level": "city"},
    ),
    Label(
        "Meeting",
        "A named meeting, conference, training or video conference.",
        {"year": INT, "date": STRING},
        {"name": "2021年全市民政工作会议", "year": 2021},
    ),
    Label(
        "Program",
        "A concrete initiative: a project, action, campaign, plan, work, platform, hotline, brand, pilot or named reform mechanism.",
        {},
        {"name": "12349养老服务热线"},
    ),
    Label(
        "Policy",
        "A titled document that is cited: law, regulation, measures, opinion, notice or plan.",
        {},
        {"name": "关于改革完善社会救助制度的实施意见"},
    ),
    Label(
        "Target",
        "A quantitative statement about a civil-affairs indicator, a goal or a reported figure, from one document. "
        "place is set only for a nationwide target (全国), which has no Place node to be FOR_PLACE.",
        {
            "indicator": STRING,
            "value": FLOAT,
            "unit": STRING,
            "kind": STRING,
            "scope": STRING,
            "year": INT,
            "from_value": FLOAT,
            "place": STRING,
        },
        {"name": "城市最低生活保障标准 740元/月", "indicator": "城市最低生活保障标准", "value": 740, "unit": "元/月", "kind": "goal", "year": 2020},
    ),
    Label(
        "Concept",
        "A program concept from civkg's versioned catalogue (loaders/data/program_concepts.tsv): a national, "
        "provincial or common local civil-affairs program that extracted Programs instantiate.",
        {
            "concept_id": STRING,
            "family": STRING,
            "topic": STRING,
            "level": STRING,
            "start_year": INT,
            "launched_by": STRING,
            "catalogue_version": STRING,
        },
        {"name": "居家和社区养老服务改革试点", "concept_id": "elder-home-community-reform", "family": "elder-care-system",
         "topic": "养老服务", "level": "national", "start_year": 2016, "launched_by": "民政部、财政部"},
    ),
    Label(
        "Indicator",
        "A civil-affairs indicator of civkg's catalogue (loaders/data/indicators.tsv), which targets measure; "
        "unit is the comparable unit its values are shown in (元/年 as 元/月, 万人 as 人).",
        {"code": STRING, "topic": STRING, "unit_family": STRING, "unit": STRING},
        {"name": "城市低保标准", "code": "dibao_standard_urban", "topic": "social_assistance", "unit_family": "money_period", "unit": "元/月"},
    ),
    Label(
        "Topic",
        "A civil-affairs business line from civkg's fixed taxonomy (loaders/topics.py).",
        {"code": STRING},
        {"name": "养老服务", "code": "elderly_care"},
    ),
]
LABELS: dict[str, Label] = {label.name: label for label in _label_list}

ENTITY_LABELS = ("Agency", "Person", "Place", "Meeting", "Program", "Policy", "Target")

_rel_list = [
    RelType("ISSUED_BY", "The body that issued or published the document.", (("Document", "Agency"),), {}, "(:Document)-[:ISSUED_BY]->(:Agency {name:'衢州市民政局'})"),
    RelType("REPORTS", "The document reports on this meeting.", (("Document", "Meeting"),)),
    RelType("ORGANIZED_BY", "The body that convened the meeting.", (("Meeting", "Agency"),)),
    RelType("HELD_IN", "Where the meeting took place.", (("Meeting", "Place"),)),
    RelType("HOLDS_POST", "A person's post in a body.", (("Person", "Agency"),), {"title": STRING}),
    RelType("SPOKE_AT", "The person spoke at (讲话/作报告) the meeting.", (("Person", "Meeting"),)),
    RelType("CHAIRED", "The person chaired (主持) the meeting.", (("Person", "Meeting"),)),
    RelType("LOCATED_IN", "The place an agency belongs to.", (("Agency", "Place"),)),
    RelType("PART_OF", "Administrative hierarchy, from the gazetteer.", (("Place", "Place"),)),
    RelType("PROMOTES", "The document or body pushes the program forward.", (("Document", "Program"), ("Agency", "Program"))),
    RelType("IN_TOPIC", "The program belongs to a civil-affairs business line.", (("Program", "Topic"),)),
    RelType("PILOTED_IN", "The program is piloted or run in this place.", (("Program", "Place"),)),
    RelType(
        "INSTANCE_OF",
        "The program instantiates a catalogue concept. reason says why: alias (its name is a catalogue name), "
        "pattern (its name matches the concept's pattern) or shared core (its name contains the concept's core); "
        "matched is the catalogue text that matched.",
        (("Program", "Concept"),),
        {"reason": STRING, "matched": STRING},
        "(:Program {name:'居家和社区养老服务试点'})-[:INSTANCE_OF {reason:'alias'}]->(:Concept)",
    ),
    RelType("SETS", "The document states this target.", (("Document", "Target"),)),
    RelType("MEASURES", "What the target measures.", (("Target", "Program"), ("Target", "Topic"))),
    RelType("MEASURES_INDICATOR", "The catalogue indicator the target measures (absent: the target is uncatalogued).",
            (("Target", "Indicator"),), {}, "(:Target)-[:MEASURES_INDICATOR]->(:Indicator {code:'dibao_standard_urban'})"),
    RelType("FOR_PLACE", "The place the target is for.", (("Target", "Place"),)),
    RelType("CITES", "The document cites this policy document.", (("Document", "Policy"),)),
    RelType("ABOUT_PLACE", "The place the document is about.", (("Document", "Place"),)),
    RelType(
        "MENTIONS",
        "Every mention of an entity in a document, one per sentence.",
        tuple(("Document", label) for label in ("Agency", "Person", "Place", "Meeting", "Program", "Policy", "Concept")),
    ),
    RelType(
        "COVERS",
        "The document's sentences that fall in a topic: how many and what share.",
        (("Document", "Topic"),),
        {"sentences": INT, "share": FLOAT},
    ),
]
REL_TYPES: dict[str, RelType] = {rel.name: rel for rel in _rel_list}

def known_rel_types(rel_types: Iterable[str] | None) -> list[str]:
    """The schema's relationship types among ``rel_types`` (all of them for None or empty), in the given order.
    Stores write these names into queries, so a name from a request that is not in the schema never reaches one.

    >>> known_rel_types(["PROMOTES", "DROP DATABASE", "PART_OF"])
    ['PROMOTES', 'PART_OF']
    >>> len(known_rel_types(None)) == len(REL_TYPES)
    True
    """
    return [t for t in (rel_types or REL_TYPES) if t in REL_TYPES]


def known_labels(labels: Iterable[str] | None) -> list[str]:
    """The schema's labels among ``labels`` (all of them for None or empty), in the given order.

    >>> known_labels(["Agency", "Nope"])
    ['Agency']
    """
    return [label for label in (labels or LABELS) if label in LABELS]


# Name search covers these properties, in Neo4j's full-text index and in the
# embedded store's trigram index.
SEARCH_PROPERTIES = ("name", "aliases")


def node_key(label: str, name: str) -> str:
    """The graph-wide unique key of a node: its label and canonical name.

    >>> node_key("Place", "衢州市")
    'Place:衢州市'
    """
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    return f"{label}:{name}"


def place_key(name: str, code: str | None = None) -> str:
    """The key of a Place. A name several divisions share (东区 of 攀枝花 and of 台中) is keyed
    by its division code too, so two places with one name are two nodes; a unique name, or a
    shared one whose code is unknown, is keyed by name alone.

    >>> place_key("衢州市")
    'Place:衢州市'
    >>> place_key("东区", "710401")
    'Place:东区@710401'
    """
    return node_key("Place", f"{name}@{code}" if code else name)


def label_of_key(key: str) -> str:
    """The label encoded in a node key.

    >>> label_of_key("Program:三社联动")
    'Program'
    """
    label, sep, _ = key.partition(":")
    if not sep or label not in LABELS:
        raise ValueError(f"not a civkg node key: {key!r}")
    return label


def check_edge(rel_type: str, source_label: str, target_label: str) -> None:
    """Raise ValueError unless the schema allows this relationship."""
    rel = REL_TYPES.get(rel_type)
    if rel is None:
        raise ValueError(f"unknown relationship type {rel_type!r}")
    if (source_label, target_label) not in rel.endpoints:
        raise ValueError(f"{rel_type} does not join {source_label} to {target_label}")
