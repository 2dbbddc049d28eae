"""Entity classes that recur across the study pool of 213 real pages (helper "ents10", 7 Dec 2026).

Each class here was seen on at least three different pages of the pool (kept outside the repository as
evidence). Every sentence is invented for the test, phrased after real 民政 texts, none copied; each class
has positive and negative cases.
"""
from __future__ import annotations

from kg.evaluate import predicted_items
from loaders import load_text
from loaders.types import DocumentInfo


def _named(text: str, kind: str, info: DocumentInfo | None = None) -> set:
    """What ``kg extract`` lists as the document's own entities of one gold type (places, agencies, persons)."""
    return predicted_items(load_text(text, "t.txt", info))[kind]


_HUANGGANG = DocumentInfo("t.txt", place="黄冈市", province="湖北省")


# --- a province written short and named by a body's resolved name (5 pages of the pool) ------------------
def test_a_province_is_named_by_its_bureau_written_short():
    text = "湖北黄冈：近日，省民政厅调研组来到黄冈市，督导农村福利院安全隐患排查整治工作。"
    places = _named(text, "places", _HUANGGANG)
    assert "湖北省" in places and "黄冈市" in places


def test_a_province_the_text_never_writes_is_not_named():
    # the team's gold (seeds 000: 省民政厅 in a 营口 page) lists no province the page does not write
    text = "近日，省民政厅调研组来到黄冈市，督导农村福利院安全隐患排查整治工作。"
    places = _named(text, "places", _HUANGGANG)
    assert "湖北省" not in places and "黄冈市" in places


def test_a_region_is_named_by_the_bureau_a_title_implies():
    info = DocumentInfo("t.txt", place="内蒙古自治区", province="内蒙古自治区", issuing_body="内蒙古自治区民政厅")
    text = "2月20日，内蒙古全区民政工作会议在呼和浩特召开，王建国厅长作工作报告。"
    assert "内蒙古自治区" in _named(text, "places", info)


def test_a_city_bureau_names_no_province():
    # 黄冈市民政局 is the city's: the province the gazetteer puts above it is context, not named
    text = "市民政局在黄州区召开全市农村福利院安全隐患排查整治工作推进会。"
    assert "湖北省" not in _named(text, "places", _HUANGGANG)


def test_a_page_naming_no_place_lists_none_through_its_bureau():
    # the team's gold of a page that names no place at all lists no places, not even the bureau's province
    text = "省民政厅召开党组会议，传达学习中央经济工作会议精神。"
    assert _named(text, "places", _HUANGGANG) == set()


# --- a civil-affairs home with a name of its own between its place and its type (4 pages of the pool) ----
_XIANGTAN = DocumentInfo("t.txt", place="湘潭市", province="湖南省")


def test_a_named_home_after_a_district_is_an_agency():
    text = "调研组先后深入岳塘区红星敬老院、湘潭县特困人员集中供养照护中心，实地查看老人生活情况。"
    agencies = _named(text, "agencies", _XIANGTAN)
    assert {"岳塘区红星敬老院", "湘潭县特困人员集中供养照护中心"} <= agencies


def test_a_named_home_after_a_level_word_takes_the_documents_city():
    text = "春节前夕，市政府副市长一行来到市第三社会福利院，看望慰问在院老人。"
    assert "湘潭市第三社会福利院" in _named(text, "agencies", _XIANGTAN)


def test_a_kind_of_home_is_no_named_home():
    text = "全市加强农村敬老院建设，推进公办福利院改革，提升社区敬老院服务水平，市长一行还听取福利院工作汇报。"
    assert not [name for name in _named(text, "agencies", _XIANGTAN) if name.endswith(("敬老院", "福利院"))]
