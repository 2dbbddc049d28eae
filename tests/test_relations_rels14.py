"""PROMOTES classes helper rels14 fixed (issue 11), on invented documents (fixtures written for these tests in the
style of 民政 news and work reports, not corpus text), each with a negative:

- the issuing body the metadata names before its note (甲县民政局（甲县人民政府网站）) is the page's issuer, not the
  host site its note names; and a civil-affairs body is told by 民政 as its trade, not the 民政 inside 人民政府, so a
  government named in the metadata no longer wins a joint issuer over its bureau by its longer name;
- a department written after its body's name (某县政府社会处, 某省民政厅社会事务处) acts for that body: the programs
  it runs or its head lists are the body's, when the page names the body.
"""
from __future__ import annotations

from loaders import load_text
from loaders.types import DocumentInfo
from tests.test_relations_rels12 import relations


def promoted(text: str, body: str, program_part: str, **info) -> bool:
    """Whether ``body`` PROMOTES some program whose name holds ``program_part``."""
    return any(agency == body and program_part in program for agency, program in relations(text, "PROMOTES", **info))


def issued_by(text: str, **info) -> list[str]:
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", **info))
    names = {node.key: node.name for node in fragment.nodes}
    return [names[e.target] for e in fragment.edges if e.type == "ISSUED_BY"]


# --- the issuer: the body the metadata names before its note ---------------------------------------------------

_HOSTED = ("禄丰县人民政府\n首页 >> 部门信息公开 >> 禄丰县民政局\n禄丰县民政局召开专题会议部署下半年工作\n"
           "9月5日，禄丰县民政局召开全体干部职工会议。会议要求，要重点打造“暖心帮办”救助服务模式。")


def test_the_body_before_the_note_issues_the_page_its_host_government_names():
    info = dict(place="禄丰市", province="云南省", issuing_body="禄丰县民政局（禄丰县人民政府网站，作者李明）")
    assert issued_by(_HOSTED, **info) == ["禄丰县民政局"]
    assert promoted(_HOSTED, "禄丰县民政局", "暖心帮办", **info)
    assert not promoted(_HOSTED, "禄丰县人民政府", "暖心帮办", **info)


def test_a_government_and_its_bureau_written_as_joint_issuers_give_the_bureau():
    text = "县长王立到县民政局调研\n4月2日，县人民政府县长王立到县民政局调研。县民政局将持续推进“银龄互助”养老服务。"
    assert issued_by(text, issuing_body="县人民政府/县民政局（县名未注明）") == ["县民政局"]


def test_negative_a_government_named_before_its_note_stays_the_issuer():
    text = ("禄丰县人民政府召开常务会议\n9月5日，禄丰县人民政府召开常务会议，县民政局汇报了工作。"
            "会议要求，要全面推进“暖心帮办”救助服务模式。")
    assert issued_by(text, place="禄丰市", province="云南省",
                     issuing_body="禄丰县人民政府（县政府办公室供稿，县民政局协办）") == ["禄丰县人民政府"]


# --- a department acts for its body ------------------------------------------------------------------------------

def test_a_departments_head_listing_programs_credits_the_county_government():
    text = ("嘉义县政府推行动社福\n嘉义县政府今年持续照顾老残妇幼。嘉义县政府社会处长林志明指出，对于照顾老残妇幼贫，"
            "县民触手可及的服务，有幸福巴士、实物银行、辅具银行、银发食堂等。")
    found = relations(text, "PROMOTES", place="嘉义县", province="台湾省", issuing_body="嘉义县政府社会处（新闻稿）")
    assert ("嘉义县政府", "辅具银行") in found
    assert not [body for body, _ in found if body.endswith("社会处")]


def test_negative_a_department_whose_body_the_page_never_names_keeps_the_credit():
    text = "社会处办理银发食堂说明会\n嘉义县政府社会处持续推动“银发食堂”，本月新增据点五处。"
    found = relations(text, "PROMOTES", place="嘉义县", province="台湾省", issuing_body="嘉义县政府社会处")
    assert ("嘉义县政府社会处", "银发食堂") in found
