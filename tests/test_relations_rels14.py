"""PROMOTES classes helper rels14 fixed (issue 11), on invented documents (fixtures written for these tests in the
style of 民政 news and work reports, not corpus text), each with a negative:

- the issuing body the metadata names before its note (甲县民政局（甲县人民政府网站）) is the page's issuer, not the
  host site its note names; and a civil-affairs body is told by 民政 as its trade, not the 民政 inside 人民政府, so a
  government named in the metadata no longer wins a joint issuer over its bureau by its longer name;
- a department written after its body's name (某县政府社会处, 某省民政厅社会事务处) acts for that body: the programs
  it runs or its head lists are the body's, when the page names the body;
- bodies written as one list (县委、县政府 / 国家卫生健康委员会、全国老龄办) act together: a subject list that invests in,
  builds or pushes a program, two bodies that issue the notice the page reports, a joint issuer in the metadata
  (渭源县委、县政府（…）) — each runs the program; a slash in the metadata (县人民政府/县民政局) gives readings, not
  co-issuers, and two bodies in separate clauses are no list;
- the agent 由 names (由市民政局牵头，…实施“…”; “…”工程由市民政局牵头实施) runs the program, and a body that opens
  a line (a paragraph after the page's title) is the subject of its sentence; a body 由 names for an award it
  gives (由市民政局授牌) runs nothing;
- a bureau's head who 介绍 (presents) what the bureau will do speaks for it, as one who 表示 or 指出 does.
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


# --- bodies written as one list act together -------------------------------------------------------------------

def test_a_party_committee_and_government_investing_both_build_the_project():
    text = ("推进社会福利中心项目建设\n本报讯 为改善县内养老状况，今年，安远县委、县政府在城关镇投资800万元，"
            "建设社会福利中心项目。")
    found = relations(text, "PROMOTES", place="安远县", province="江西省", issuing_body="赣南日报")
    assert {("安远县委", "社会福利中心项目"), ("安远县人民政府", "社会福利中心项目")} <= found


def test_two_bodies_issuing_a_naming_notice_both_run_the_designation():
    text = ("全国示范性老年友好型社区名单公布\n近日，国家卫生健康委员会、全国老龄工作委员会办公室印发《关于命名2023年"
            "全国示范性老年友好型社区的通知》，将1000个社区命名为2023年全国示范性老年友好型社区，我省21个社区榜上有名。")
    found = relations(text, "PROMOTES", province="青海省", issuing_body="青海新闻网（据西宁晚报报道）")
    assert {("国家卫生健康委员会", "全国示范性老年友好型社区"),
            ("全国老龄工作委员会办公室", "全国示范性老年友好型社区")} <= found


def test_a_joint_issuer_in_the_metadata_runs_what_the_page_says_the_county_will_do():
    text = ("会宁县2024年民生实事\n为增进民生福祉，县委、县政府研究确定了十件民生实事。"
            "今年，全县将推进“银龄互助”行动，新建老年食堂20个。")
    info = dict(place="会宁县", province="甘肃省", issuing_body="会宁县委、县政府（会宁县融媒体中心报道）")
    assert promoted(text, "会宁县委", "银龄互助", **info) and promoted(text, "会宁县人民政府", "银龄互助", **info)


def test_negative_a_slash_in_the_metadata_gives_no_co_issuer():
    text = ("县长到县民政局调研\n4月2日，县人民政府县长王立到县民政局调研，县委常委刘伟参加调研。"
            "王立要求，县民政局要持续推进“银龄互助”养老服务。")
    found = relations(text, "PROMOTES", issuing_body="县人民政府/县委（县名未注明）")
    assert not [a for a, _ in found if a.endswith("县委")]


def test_negative_a_body_in_a_clause_before_is_no_part_of_the_subject():
    text = "安远县养老服务新进展\n今年，安远县委召开常委会议，县政府在城关镇投资800万元，建设社会福利中心项目。"
    found = relations(text, "PROMOTES", place="安远县", province="江西省", issuing_body="赣南日报")
    assert ("安远县人民政府", "社会福利中心项目") in found
    assert ("安远县委", "社会福利中心项目") not in found


# --- the agent 由 names; a body opening a line -------------------------------------------------------------------

_CITY = dict(place="丽水市", province="浙江省")


def test_the_body_named_as_lead_runs_the_program_in_the_next_clause():
    text = "工作动态\n今年以来，由市民政局牵头，市财政局配合，全面实施“幸福食堂”工程。"
    found = relations(text, "PROMOTES", issuing_body="丽水市人民政府", **_CITY)
    assert promoted(text, "丽水市民政局", "幸福食堂", issuing_body="丽水市人民政府", **_CITY)
    assert not [a for a, _ in found if a == "丽水市财政局"]


def test_a_program_led_by_a_body_named_after_it():
    text = "工作动态\n“暖心助餐”工程由市民政局牵头实施，覆盖全市所有街道。"
    assert promoted(text, "丽水市民政局", "暖心助餐", issuing_body="丽水市人民政府", **_CITY)


def test_two_ministries_opening_a_line_issue_and_run_the_campaign():
    text = "工作动态\n民政部、财政部联合印发通知，部署开展“守护夕阳”专项行动。"
    found = relations(text, "PROMOTES", issuing_body="丽水市民政局", **_CITY)
    assert {("民政部", "守护夕阳专项行动"), ("财政部", "守护夕阳专项行动")} <= found


def test_negative_a_body_that_only_awards_runs_nothing():
    text = "工作动态\n“暖心助餐”示范点由市民政局授牌，共20家。"
    assert not promoted(text, "丽水市民政局", "暖心助餐", issuing_body="丽水市人民政府", **_CITY)


# --- a leader presenting the bureau's work ------------------------------------------------------------------------

def test_a_bureau_head_presenting_the_years_plan_speaks_for_the_bureau():
    text = "民政动态\n3月5日，全县养老服务推进会召开。县民政局局长王刚介绍，今年将推进“一老一小”幸福工程。"
    assert promoted(text, "缙云县民政局", "一老一小", place="缙云县", province="浙江省", issuing_body="丽水日报")


def test_negative_a_presentation_in_another_sentence_gives_the_bureau_no_later_program():
    text = ("民政动态\n3月5日，县民政局局长王刚介绍了全县养老服务情况。"
            "会后，县妇联启动“一老一小”幸福工程。")
    assert not promoted(text, "缙云县民政局", "一老一小", place="缙云县", province="浙江省", issuing_body="丽水日报")
