"""PILOTED_IN and ORGANIZED_BY classes helper rels15 fixed (issue 11), on invented documents (fixtures written for
these tests in the style of 民政 news and work reports, not corpus text), each with a negative:

- a list of places counted as the sites of a pilot named before it (启动“…实验区”工作以来，我省已拥有甲区、乙区
  2个实验区), and a list given a designation's own noun (确认甲区、乙区等N个县(市、区)为…实验区);
- the body that opens a sentence as its subject convenes a meeting named in a later clause of no subject of its
  own (县民政局高度重视，精心筹备，于3月5日组织召开…推进会); not when another body or person stands between.
"""
from __future__ import annotations

import pytest

from tests.test_relations_rels12 import relations, sited  # the same one-text readers


# --- PILOTED_IN: the sites of a pilot counted after it, or named with its own noun ----------------------------

def test_districts_counted_as_experimental_areas_are_the_pilots_sites():
    text = ("自2015年民政部启动“全国社区治理和服务创新实验区”工作以来，目前我省已拥有长春市南关区、朝阳区，"
            "吉林市船营区和四平市铁西区4个实验区，数量居全国前列。")
    found = relations(text, "PILOTED_IN", province="吉林省")
    for district in ("南关区", "朝阳区", "船营区", "铁西区"):
        assert ("全国社区治理和服务创新实验区", district) in found


def test_negative_districts_counted_as_giving_experience_are_no_sites():
    text = ("民政部启动“全国社区治理和服务创新实验区”工作以来，长春市南关区、朝阳区等2个区为全省提供了经验。")
    found = relations(text, "PILOTED_IN", province="吉林省")
    assert ("全国社区治理和服务创新实验区", "南关区") not in found


def test_districts_confirmed_as_experimental_areas_far_from_the_name():
    text = ("近日，民政部印发批复，确认吉林省长春市南关区、辽宁省沈阳市和平区、黑龙江省哈尔滨市道里区等"
            "15个县(市、区)为第三批全国婚俗改革实验区。")
    found = relations(text, "PILOTED_IN")
    assert {place for program, place in found if program.endswith("婚俗改革实验区")} >= {"南关区", "和平区", "道里区"}


# --- ORGANIZED_BY: the body that opens the sentence convenes in a later clause of no subject of its own --------

@pytest.mark.parametrize("text, meeting, convenes", [
    ("为做好冬春救助工作，德清县民政局高度重视，精心筹备，于12月3日组织召开全县社会救助工作推进会。", "全县社会救助工作推进会", True),
    ("德清县民政局认真贯彻上级部署，3月5日下午，在局三楼会议室召开全县殡葬改革工作推进会。", "全县殡葬改革工作推进会", True),
    # negatives: a second body in between convenes; a bureau head speaks of a meeting convened elsewhere
    ("德清县民政局高度重视，县财政局于12月3日召开全县社会救助资金管理会议。", "全县社会救助资金管理会议", False),
    ("德清县民政局局长王立新强调，要贯彻好3月5日召开的全省社会救助工作会议精神。", "全省社会救助工作会议", False),
])
def test_the_body_that_opens_the_sentence_convenes_several_clauses_later(text, meeting, convenes):
    found = relations(text, "ORGANIZED_BY", province="浙江省", place="德清县")
    assert ((meeting, "德清县民政局") in found) is convenes
