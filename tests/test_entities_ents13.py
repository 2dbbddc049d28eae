"""Agency and person classes of issue 10 counted on the study pages at stop 21, round 2 (helper "ents13"):

- a township's body (敬老院, 街道办事处, 镇人民政府) whose township the name-shape rule passes over but the official
  division table holds in the document's province (邓城镇: 城 reads as a word's character; 顾村镇: 村 ends a village),
  and a township's civil-affairs section, station or care centre (羊庄镇民政科, 港口镇养老服务中心);
- 民政厅 / 民政局 written with no place at a clause's start or after a source label: the document's own;
- a Macau secretariat written inside its secretary's title (社会文化司司长), named with the 澳门 prefix, its
  secretary's office too;
- a guest in a speech's salutation list, the title right after the name and the guest's body in brackets
  (韩某局长(澳门特别行政区政府社会工作局局长)、周某主席(…)).

Every sentence here is invented for the test, phrased after real pages (kept outside the repository as
evidence), none copied; each class has a positive and a negative case.
"""
from __future__ import annotations

from corpus_helpers import labelled as _labelled
from loaders import load_text
from loaders.types import DocumentInfo

_HENAN_COUNTY = DocumentInfo("t", place="商水县", province="河南省")
_ZHEJIANG_CITY = DocumentInfo("t", place="宁波市", province="浙江省")
_MACAU = DocumentInfo("t", place="澳门特别行政区", province="澳门特别行政区")
_HONG_KONG = DocumentInfo("t", place="香港特别行政区", province="香港特别行政区")
_GUANGZHOU = DocumentInfo("t", place="广州市", province="广东省")


# --- a township's body, the township known from the official table --------------------------------------
def test_a_table_townships_home_is_named():
    found = _labelled("全县敬老院管理工作推进会在邓城镇敬老院召开，各乡镇民政所长参加。", _HENAN_COUNTY, "Agency")
    assert "邓城镇敬老院" in found


def test_a_table_streets_office_is_named():
    info = DocumentInfo("t", place="岳阳楼区", province="湖南省")
    found = _labelled("会议由东茅岭街道办事处承办，枫桥湖街道办事处负责同志作交流发言。", info, "Agency")
    assert {"东茅岭街道办事处", "枫桥湖街道办事处"} <= set(found)


def test_a_townships_section_and_care_centre_are_named():
    info = DocumentInfo("t", place="滕州市", province="山东省")
    found = _labelled("会上，羊庄镇民政科、木石镇民政科作交流发言，随后参观了姜屯镇养老服务中心。", info, "Agency")
    assert {"羊庄镇民政科", "木石镇民政科", "姜屯镇养老服务中心"} <= set(found)


def test_a_generic_township_care_centre_is_no_body():  # negative: 乡镇 / 街道 alone name no township
    info = DocumentInfo("t", place="仙居县", province="浙江省")
    found = _labelled("推进乡镇养老服务中心建设，新建街道养老服务中心3家，各镇民政科配合。", info, "Agency")
    assert not any(name.endswith(("养老服务中心", "民政科")) for name in found)


def test_a_township_of_another_province_is_no_body():  # negative: 邓城镇 lies in Henan, not Zhejiang
    found = _labelled("慰问组一行来到邓城镇敬老院看望老人。", _ZHEJIANG_CITY, "Agency")
    assert not any("邓城镇" in name for name in found)


def test_a_generic_home_stays_unnamed():  # negative: no township written before the home
    found = _labelled("加强乡镇敬老院建设，推进农村敬老院转型。", _HENAN_COUNTY, "Agency")
    assert not any(name.endswith("敬老院") for name in found)


# --- a Macau secretariat ------------------------------------------------------------------------------
def test_a_macau_secretariat_in_its_secretarys_title():
    found = _labelled("社會文化司司長出席全體會議並致辭，社會文化司司長辦公室主任陪同。", _MACAU, "Agency")
    assert {"澳门社会文化司", "澳门社会文化司司长办公室"} <= set(found)


def test_a_mainland_pages_social_culture_unit_is_not_macaus():  # negative: the regional names are Macau's only
    found = _labelled("省文化和旅游厅社会文化处处长出席，市老龄工作委员会部署敬老月活动。", _GUANGZHOU, "Agency")
    assert not any(name.startswith("澳门") for name in found)


# --- a speech's salutation list --------------------------------------------------------------------------
def test_a_guest_with_a_bracketed_body_is_a_person():
    found = _labelled("尊敬的韩伟明局长(澳门特别行政区政府社会工作局局长)、李德才主席(湾仔区区议会主席)、各位嘉宾：",
                      _HONG_KONG, "Person")
    assert {"韩伟明", "李德才"} <= set(found)


def test_a_title_with_a_bracketed_note_after_no_name_is_no_person():  # negative: 副局长(兼) names no one
    found = _labelled("会议由副局长(兼)主持，办公室(综合科)负责会务。", _HONG_KONG, "Person")
    assert found == []


def test_a_guests_bracketed_body_is_the_org():
    result = load_text("劳工及福利局局长孙某明、韩伟明局长(澳门特别行政区政府社会工作局局长)、各位嘉宾：", "t.txt", _HONG_KONG)
    orgs = {n.name: n.properties.get("org") for n in result.nodes if n.label == "Person"}
    assert orgs.get("韩伟明") == "澳门社会工作局"
    assert orgs.get("孙某明") == "香港劳工及福利局"


def test_a_bracket_that_names_no_title_gives_no_org_from_it():  # negative: (澳门社会工作局推荐) is not his post
    result = load_text("韩伟明局长(澳门社会工作局推荐)出席，各位嘉宾：", "t.txt", _HONG_KONG)
    orgs = {n.name: n.properties.get("org") for n in result.nodes if n.label == "Person"}
    assert orgs.get("韩伟明") != "澳门社会工作局"


# --- a civil-affairs body written with no place: the document's own -------------------------------------
def test_a_bare_civil_affairs_department_is_the_provinces():
    info = DocumentInfo("t", place="泸州市", province="四川省")
    found = _labelled("民政厅党组成员赴泸州市调研养老服务工作。民政厅认真学习贯彻全会精神。", info, "Agency")
    assert "四川省民政厅" in found


def test_a_bare_civil_affairs_bureau_in_a_source_line_is_the_countys():
    info = DocumentInfo("t", place="平江县", province="湖南省")
    found = _labelled("来源:民政局 2014-03-19", info, "Agency")
    assert found == ["平江县民政局"]


def test_a_bare_bureau_heads_title_in_a_list_of_posts_names_no_body():  # negative: every county's head
    info = DocumentInfo("t", place="宜宾市", province="四川省")
    found = _labelled("各县（区）分管副县（区）长、民政局局长参加会议。", info, "Agency")
    assert not any(name.endswith("民政局") for name in found)


def test_a_taiwan_citys_bare_bureau_is_not_resolved_this_way():  # negative: the rule is the mainland's
    found = _labelled("民政局表示，今年將持續辦理長者關懷活動。", DocumentInfo("t", place="台中市", province="台湾省"), "Agency")
    assert "台中市民政局" not in found
