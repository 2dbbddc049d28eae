"""ind19's classes of indicator naming on unseen pages (issue 11).

Invented sentences in the style of 民政 work reports and notices (fixtures, not evidence).
"""
from __future__ import annotations

import pytest

from loaders import load_text
from loaders.types import DocumentInfo


def _indicators(text: str) -> list[str]:
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", place="某市", province="河南省"))
    return [node.properties.get("indicator") for node in fragment.all_nodes() if node.label == "Target"]


# Class 1: a deed, its object, then the count (the deed outside the lexicon before): object first, as the
# lexicon's deeds are named (社区工作者招录人数, 优待金收缴额). The deeds are data (indicator_verbs.tsv).
@pytest.mark.parametrize("text, indicator", [
    ("去年全区招录专职社区工作者86人。", "专职社区工作者招录人数"),
    ("全县当年收缴义务兵优待金32.5万元。", "义务兵优待金收缴额"),
    ("全年在本市发售即开型福利彩票1200万元。", "即开型福利彩票发售额"),
    ("全市发起社区微心愿项目57个。", "社区微心愿项目发起数"),
    ("全年办结身后一件事2310件。", "身后一件事办结数"),
    ("全年开通长者助餐点26家。", "长者助餐点开通数"),
    ("全年赠送慰问电脑15台。", "慰问电脑赠送数"),
])
def test_a_deed_before_its_object_is_named_object_first(text, indicator):
    assert _indicators(text) == [indicator]


def test_a_noun_that_opens_like_a_deed_is_left_as_written():  # negative: no deed of the lexicon opens it
    assert _indicators("全市现有殡葬服务机构36个。") == ["殡葬服务机构"]
