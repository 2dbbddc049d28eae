"""A deed's count where the thing counted follows the number, for more deeds and with an adverb before the deed.

Invented sentences in the style of 民政 work reports (fixtures, not evidence). The deeds are data
(loaders/data/indicator_verbs.tsv); the adverbs are the rule's (_DEED_ADVERBS_RE in loaders/targets.py).
"""
from __future__ import annotations

import pytest

from loaders import load_text
from loaders.types import DocumentInfo


def _indicators(text: str) -> list[str]:
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", place="某市", province="河南省"))
    return [node.properties.get("indicator") for node in fragment.all_nodes() if node.label == "Target"]


@pytest.mark.parametrize("text, indicator", [
    ("目前全市共开办92家公办民营托婴机构。", "公办民营托婴机构开办数"),
    ("年内确定102个民政调研课题。", "民政调研课题确定数"),
    ("全面布建210处长照服务据点。", "长照服务据点布建数"),
    ("先后建立12个乡镇社会工作站。", "乡镇社会工作站建立数"),
    ("累计核发高龄津贴领取证3万张。", "高龄津贴领取证核发数"),
])
def test_the_thing_a_deed_counts_names_the_target(text, indicator):
    assert _indicators(text) == [indicator]


def test_a_subject_before_the_deed_is_kept_by_the_other_rules():  # negative: no adverb, a real subject
    assert _indicators("全市养老机构建成120个。") == ["养老机构"]
    assert _indicators("各县区建立1个社会工作指导中心。") == ["各县区社会工作指导中心建立数"]
