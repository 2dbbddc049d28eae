"""Small pure parts of the web UI: highlighting untrusted text, labels, parameter checks, doctests."""
from __future__ import annotations

import doctest

import pytest

import webui
from webui import console_hints, entities, highlight, labels, name_index, params, source_links, table_links
from webui.highlight import Span, find_mention, highlight_sentence, highlight_spans, non_overlapping


@pytest.mark.parametrize("module", [webui, highlight, labels, params, name_index, table_links, console_hints,
                                    source_links, entities])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0


def test_highlight_escapes_before_wrapping():
    html = str(highlight_sentence("<b>营口市民政局</b>召开会议&通知", ["营口市民政局"]))
    assert html == "&lt;b&gt;<mark>营口市民政局</mark>&lt;/b&gt;召开会议&amp;通知"


def test_candidate_order_wins_and_missing_candidates_are_skipped():
    assert find_mention("市民政局局长杜邦安强调", [None, "", "营口市民政局", "市民政局"]) == (0, 4)
    assert str(highlight_sentence("没有", [None])) == "没有"


def test_spans_overlap_out_of_range_and_attribute_escaping():
    text = "营口市民政局召开会议"
    spans = [
        Span(0, 6, "/entity/Agency:营口市民政局", "Agency", "营口市民政局"),
        Span(0, 3, "/entity/Place:营口市", "Place", "营口市"),  # inside the longer span: dropped
        Span(8, 99, "/x", "Meeting", "out of range"),  # beyond the text: dropped
        Span(6, 8, '/entity/"><script>', "Meeting", '"><script>'),
    ]
    kept = non_overlapping(spans, len(text))
    assert [(s.start, s.end) for s in kept] == [(0, 6), (6, 8)]
    html = str(highlight_spans(text, spans))
    assert html.count("<a ") == 2
    assert "<script>" not in html and "&#34;&gt;&lt;script&gt;" in html
    assert html.endswith("会议")


def test_every_schema_label_and_relationship_has_a_chinese_name():
    from kg import schema

    assert set(labels.LABEL_ZH) == set(schema.LABELS)
    assert set(labels.REL_ZH) == set(schema.REL_TYPES)
    assert set(labels.KIND_ZH) == set(schema.DOCUMENT_KINDS)
    assert set(labels.LABEL_COLOURS) == set(schema.LABELS)
