"""Agency classes of issues 10 and 11 counted on the study pages at stop 24 (helper "ents16"):

- a bureau's division or centre named by its head's title in the sentence that names the bureau: the title
  written short (救灾处长 for 救灾处处长, 老人福利科长), as a rank (规划处主任科员), or a centre before its
  主任 (信息中心主任, 核对中心副主任, chained after a division just named or heading a 带领 clause);
- the Hong Kong or Macau government by its kind, 特区政府 (特区 short for 特别行政区): with the region's name,
  or bare in that region's own document;
- a leading group set up or reshuffled (成立, 调整) named with a bare level word (调整区…领导小组, 调整了地区…领导小组):
  of the place the document resolves that word to, as 区民政局 is;
- a bare 民政局 with no place written, opened by a period (2021年上半年民政局工作总结) in a placed document, or at
  a boundary in a document that never says where (kept as written, as the guide asks);
- bare level words listed with 、 before one body (市、县民政局, 2012年市、区政府): each level's body, resolved by the
  document; a body named only inside a plenary session's name (省、市、区纪委全会) is no agency.

Every sentence here is invented for the test, phrased after real pages (kept outside the repository as
evidence), none copied; each class has a positive and a negative case.
"""
from __future__ import annotations

from corpus_helpers import labelled as _labelled
from loaders.types import DocumentInfo

_HUBEI = DocumentInfo("t", place="湖北省", province="湖北省")
_TIELING = DocumentInfo("t", place="铁岭市", province="辽宁省")
_HONG_KONG = DocumentInfo("t", place="香港特别行政区", province="香港特别行政区")
_SHENZHEN = DocumentInfo("t", place="深圳市", province="广东省")
_JIANGXIA = DocumentInfo("t", place="江夏区", province="湖北省")
_ANSHUN = DocumentInfo("t", place="安顺市", province="贵州省")
_YUNXI = DocumentInfo("t", place="郧西县", province="湖北省")


# --- a division or centre named by its head's title --------------------------------------------------------
def test_divisions_named_by_a_short_head_title():
    found = _labelled("省民政厅副厅长李明带领养老处长王刚、规划处长陈静、社事处主任科员刘洋赴十堰调研。", _HUBEI, "Agency")
    assert {"湖北省民政厅养老处", "湖北省民政厅规划处", "湖北省民政厅社事处"} <= set(found)


def test_centres_named_by_their_directors():
    found = _labelled("市民政局副局长赵军带领信息中心主任孙涛,救助中心副主任钱琳一行走访困难群众。", _TIELING, "Agency")
    assert {"铁岭市民政局信息中心", "铁岭市民政局救助中心"} <= set(found)


def test_a_townships_centre_in_a_list_of_attendees_is_no_division():  # negative
    found = _labelled("市民政局领导班子成员、各乡镇分管负责人、社会事务中心主任参加会议。", _TIELING, "Agency")
    assert not [name for name in found if name.endswith("社会事务中心")]


def test_a_division_title_without_a_bureau_names_no_division():  # negative: no bureau in the sentence
    found = _labelled("会议由养老处长王刚主持。", _HUBEI, "Agency")
    assert not [name for name in found if name.endswith("养老处")]


# --- 特区政府 ------------------------------------------------------------------------------------------------
def test_a_bare_special_region_government_in_its_own_regions_page():
    found = _labelled("局长在探访长者后表示，特区政府会继续加强对护老者的支援。", _HONG_KONG, "Agency")
    assert "香港特别行政区政府" in found


def test_a_special_region_government_written_with_its_region():
    found = _labelled("澳门特区政府今日公布长者服务十年行动计划。", DocumentInfo("t"), "Agency")
    assert "澳门特别行政区政府" in found


def test_a_special_economic_zone_names_no_region_government():  # negative: a mainland page
    found = _labelled("四十年前，深圳经济特区政府启动住房改革。", _SHENZHEN, "Agency")
    assert not [name for name in found if "特别行政区" in name]


# --- a leading group named with a bare level word ------------------------------------------------------------
def test_a_reshuffled_group_with_a_bare_level_word_takes_the_documents_place():
    found = _labelled("年内及时调整区养老服务体系建设工作领导小组组成人员，召开联席会议两次。", _JIANGXIA, "Agency")
    assert "江夏区养老服务体系建设工作领导小组" in found


def test_a_group_whose_level_word_the_document_never_resolves_stays_as_written():  # negative
    found = _labelled("年内及时调整区养老服务体系建设工作领导小组组成人员。", DocumentInfo("t"), "Agency")
    assert not [name for name in found if name.endswith("领导小组") and not name.startswith("区")]


# --- a bare 民政局 ------------------------------------------------------------------------------------------
def test_a_bare_bureau_after_a_period_is_the_documents_own():
    found = _labelled("2023年上半年民政局重点工作总结\n一、兜底保障持续加强。", _ANSHUN, "Agency")
    assert "安顺市民政局" in found


def test_a_bare_bureau_in_a_page_that_never_says_where_stays_as_written():
    found = _labelled("民政局2022年社会救助工作总结\n一、低保提标工作落实到位。", DocumentInfo("t"), "Agency")
    assert "民政局" in found


def test_a_bureau_heads_title_in_a_page_that_never_says_where_names_no_bureau():  # negative
    found = _labelled("会议要求，民政局局长要亲自抓落实。", DocumentInfo("t"), "Agency")
    assert "民政局" not in found


# --- level words listed before one body ----------------------------------------------------------------------
def test_level_words_listed_before_a_bureau_each_name_their_bureau():
    found = _labelled("慰问期间，副县长张伟及市、县民政局有关负责人陪同。", _YUNXI, "Agency")
    assert {"十堰市民政局", "郧西县民政局"} <= set(found)


def test_level_words_listed_inside_a_word_or_after_each_name_no_bureau():  # negative
    found = _labelled("各市、县民政局要加强统筹。", _YUNXI, "Agency")
    assert "十堰市民政局" not in found


def test_a_discipline_commissions_plenary_names_no_commission():  # negative
    found = _labelled("认真贯彻落实省、市、县纪委全会精神。", _YUNXI, "Agency")
    assert not [name for name in found if name.endswith("纪委")]
