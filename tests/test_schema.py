"""The schema is the single source: docs/schema.md and the model's checks follow it."""
from pathlib import Path

import pytest

from kg import schema
from kg.model import Edge, Node, Provenance
from kg.schema_doc import render_markdown

ROOT = Path(__file__).resolve().parents[1]


def test_docs_schema_md_is_generated_from_kg_schema():
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == render_markdown(), (
        "docs/schema.md is stale: run `kg schema > docs/schema.md`"
    )


def test_every_relationship_endpoint_is_a_declared_label():
    for rel in schema.REL_TYPES.values():
        for source, target in rel.endpoints:
            assert source in schema.LABELS and target in schema.LABELS, rel.name


def test_issue_relationships_are_all_declared():
    required = {
        ("ISSUED_BY", "Document", "Agency"), ("REPORTS", "Document", "Meeting"),
        ("ORGANIZED_BY", "Meeting", "Agency"), ("HELD_IN", "Meeting", "Place"),
        ("HOLDS_POST", "Person", "Agency"), ("SPOKE_AT", "Person", "Meeting"), ("CHAIRED", "Person", "Meeting"),
        ("LOCATED_IN", "Agency", "Place"), ("PART_OF", "Place", "Place"),
        ("PROMOTES", "Document", "Program"), ("PROMOTES", "Agency", "Program"),
        ("IN_TOPIC", "Program", "Topic"), ("PILOTED_IN", "Program", "Place"),
        ("SETS", "Document", "Target"), ("MEASURES", "Target", "Program"), ("MEASURES", "Target", "Topic"),
        ("FOR_PLACE", "Target", "Place"), ("CITES", "Document", "Policy"),
    }
    declared = {(r.name, a, b) for r in schema.REL_TYPES.values() for a, b in r.endpoints}
    assert required <= declared


def test_model_rejects_what_the_schema_does_not_allow():
    prov = Provenance("d1", 0, "句子。", 0, 3)
    with pytest.raises(ValueError):
        Edge("PROMOTES", "Place:衢州市", "Program:三社联动", prov)
    with pytest.raises(ValueError):
        Edge("NO_SUCH_TYPE", "Document:d1", "Program:三社联动", prov)
    with pytest.raises(ValueError):
        Node("Agency", "Agency:x", "x", properties={"colour": "red"})
    with pytest.raises(ValueError):
        schema.label_of_key("NotALabel:x")


def test_edge_identity_is_one_fact_per_sentence_per_document():
    a = Edge("CITES", "Document:d1", "Policy:浙江省社会救助条例", Provenance("d1", 3, "…", 10, 20))
    b = Edge("CITES", "Document:d1", "Policy:浙江省社会救助条例", Provenance("d1", 3, "…", 12, 22))
    c = Edge("CITES", "Document:d1", "Policy:浙江省社会救助条例", Provenance("d1", 4, "…", 40, 50))
    assert a.identity() == b.identity() != c.identity()
