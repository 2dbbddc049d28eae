"""Agency classes of issue 10 counted on the study pages of stop 22 (helper "ents14", /work/train96):

- a body a publisher field of the page names (来源:…民政局, 信息来源:办公室, 作者: 民政部), on a furniture line the
  normaliser drops or on a line of the text: the page names it, as the seeds' and dev gold list it; a unit
  written bare is the issuing body's, a department written bare the page's own place's;
- a community or village named right after a verb (运营韩山社区, 完成南浦社区的设立) by a word the tokenizer knows as a
  place name and no county or city is; the verb list of the boundary rule can't hold every verb;
- a government's press office written short (市政府新闻办) is named in full, as the abbreviation table names
  the government's general office (agency_abbreviations.tsv);
- a unit of the document's own bureau written after its one-character name: 厅 after the leader's verb that brings
  the units (厅长带领厅办公室、社会福利和慈善事业促进处…), 局党总支, 驻局纪检监察组 in a bureau's own page;
- an office named 室 after its body (县民政局财务室), from internal_units.txt;
- 特区政府: the government of the document's special administrative region, or of the region written before it;
- 中央两办, the centre's pair of general offices (中共中央办公厅, 国务院办公厅), as 省两办 is the province's pair.

Every sentence here is invented for the test, phrased after real pages (kept outside the repository as
evidence), none copied; each class has a positive and a negative case.
"""
from __future__ import annotations

from loaders import load_text
from loaders.types import DocumentInfo

_COUNTY = DocumentInfo("t", place="云梦县", province="湖北省")


def _named(text: str, info: DocumentInfo, label: str) -> list[str]:
    """What the page names (the scorer's entities), not the context nodes its edges need."""
    return sorted(e["name"] for e in load_text(text, "t.txt", info).to_json()["entities"] if e["label"] == label)


# --- a publisher field names a body -------------------------------------------------------------------
def test_a_furniture_source_line_names_its_body():
    text = "云梦县养老服务工作要点\n发布时间:2023-05-09 来源:云梦县民政局\n全县新建农村互助养老点12个。"
    assert "云梦县民政局" in _named(text, _COUNTY, "Agency")


def test_a_bare_source_body_takes_the_documents_place():
    # the next label follows with no space, as a page's header row writes it
    text = "浏览次数:信息来源: 市民政局发布时间:2022-03-01\n全市养老服务工作稳步推进。"
    info = DocumentInfo("t", place="孝感市", province="湖北省")
    assert "孝感市民政局" in _named(text, info, "Agency")


def test_a_bare_unit_in_the_source_is_the_issuing_bodys():
    text = "发布日期:2021-06-18 16:54 来源: 社会救助处\n今年以来，全市低保对象动态调整工作有序开展。"
    info = DocumentInfo("t", place="荆州市", province="湖北省", issuing_body="荆州市民政局")
    assert "荆州市民政局社会救助处" in _named(text, info, "Agency")


def test_a_source_line_kept_in_the_text_names_a_unit():
    text = "发布机构:市民政局\n信息来源:\n信息来源:办公室\n全市民政系统扎实推进年度重点工作。"
    info = DocumentInfo("t", place="荆州市", province="湖北省", issuing_body="荆州市民政局")
    assert {"荆州市民政局", "荆州市民政局办公室"} <= set(_named(text, info, "Agency"))


def test_an_author_field_names_a_ministry():
    text = "发布时间: 2015-07-02 | 来源: 中国社会报网 | 作者: 民政部 | 责任编辑: 李某\n各地加快推进养老服务体系建设。"
    assert "民政部" in _named(text, DocumentInfo("t"), "Agency")


def test_a_website_or_newspaper_in_the_source_is_no_body():  # negative: the value is not a body as a whole
    text = "发布时间:2021-01-11 来源:湖北省人民政府网 作者: 王某\n全县开展冬季送温暖活动。"
    found = _named(text, _COUNTY, "Agency")
    assert "湖北省人民政府" not in found and not any(name.endswith("网") for name in found)


# --- 中央两办 -------------------------------------------------------------------------------------------
def test_the_centres_two_offices_are_named():
    text = "会议要求，认真贯彻中央两办、省两办关于推进殡葬改革的《意见》，确保清明祭扫平稳有序。"
    found = _named(text, DocumentInfo("t", place="湖北省", province="湖北省"), "Agency")
    assert {"中共中央办公厅", "国务院办公厅", "湖北省委办公厅", "湖北省人民政府办公厅"} <= set(found)


def test_two_offices_of_no_level_stay_unnamed():  # negative: 两办 with no level word names no pair
    text = "两办督查组到社区检查养老服务工作。"
    found = _named(text, DocumentInfo("t", place="湖北省", province="湖北省"), "Agency")
    assert not any(name.endswith("办公厅") for name in found)


# --- a named community after a verb -------------------------------------------------------------------
def test_a_community_after_a_verb_is_a_place():
    text = "今年，街道指导完成南浦社区的设立，并正式运营韩山社区日间照料中心。"
    found = _named(text, DocumentInfo("t", place="奉化区", province="浙江省"), "Place")
    assert {"南浦社区", "韩山社区"} <= set(found)


def test_a_kind_of_community_after_a_verb_is_no_place():  # negative: a common word or a city's short name
    text = "持续建设智能社区，着力打造韧性社区，推进南京社区治理经验交流。"
    found = _named(text, DocumentInfo("t", place="奉化区", province="浙江省"), "Place")
    assert not any(name.endswith("社区") for name in found)


# --- a government's press office written short -----------------------------------------------------------
def test_a_press_office_written_short_is_named_in_full():
    text = "4月12日上午，市政府新闻办召开新闻发布会，介绍全市养老服务体系建设情况。"
    found = _named(text, DocumentInfo("t", place="淄博市", province="山东省"), "Agency")
    assert "淄博市人民政府新闻办公室" in found and "淄博市人民政府" not in found


def test_a_press_conference_room_names_no_other_body():  # negative: no level word, no body
    text = "新闻办工作人员在发布厅布置会场。"
    found = _named(text, DocumentInfo("t", place="淄博市", province="山东省"), "Agency")
    assert not any("新闻办" in name for name in found)


# --- the own bureau's units after its one-character name ------------------------------------------------
def test_units_the_head_brings_are_the_provincial_bureaus():
    text = "6月3日，省民政厅厅长王某带领厅办公室、社会福利和慈善事业促进处相关负责人到我市调研。"
    info = DocumentInfo("t", place="孝感市", province="湖北省", issuing_body="湖北省民政厅")
    assert {"湖北省民政厅办公室", "湖北省民政厅社会福利和慈善事业促进处"} <= set(_named(text, info, "Agency"))


def test_a_bureaus_party_branch_and_stationed_group():
    text = "局党总支荣获先进基层党组织称号，驻局纪检监察组负责同志列席会议。"
    info = DocumentInfo("t", place="云梦县", province="湖北省", issuing_body="云梦县民政局")
    assert {"云梦县民政局党总支", "驻云梦县民政局纪检监察组"} <= set(_named(text, info, "Agency"))


def test_a_word_ending_in_the_level_character_is_no_bureau():  # negative: 大局, 带领调研组
    text = "坚持服务大局办公室同志全力配合，厅长王某带领调研组走访社区服务中心。"
    info = DocumentInfo("t", place="孝感市", province="湖北省", issuing_body="湖北省民政厅")
    found = _named(text, info, "Agency")
    assert not any(name.endswith(("办公室", "调研组", "服务中心")) for name in found)


def test_a_bureaus_finance_office_is_its_unit():
    text = "各乡镇须于6月30日前到县民政局财务室办理资金核销手续。"
    assert "云梦县民政局财务室" in _named(text, _COUNTY, "Agency")


def test_a_meeting_room_is_no_unit():  # negative: 会议室 is a room
    text = "县民政局会议室召开专题会议，研究部署救助资金发放工作。"
    found = _named(text, _COUNTY, "Agency")
    assert "云梦县民政局" in found and not any(name.endswith("室") for name in found)


# --- 特区政府 -------------------------------------------------------------------------------------------
def test_the_sar_government_is_the_documents_regions():
    text = "行政长官表示，特区政府会加大力度支援长者服务，并参考香港特区政府的安老服务规划。"
    info = DocumentInfo("t", place="澳门特别行政区", province="澳门特别行政区")
    assert {"澳门特别行政区政府", "香港特别行政区政府"} <= set(_named(text, info, "Agency"))


def test_a_special_economic_zone_government_is_no_sar():  # negative: a mainland page's 经济特区
    text = "经济特区政府服务大厅设立老年人绿色通道。"
    found = _named(text, DocumentInfo("t", place="深圳市", province="广东省"), "Agency")
    assert not any("特别行政区" in name for name in found)
