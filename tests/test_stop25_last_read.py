"""The last read of stop 25's whole change (review-g): rules of two branches that fought, each mended with a test
on invented sentences (fixtures, not evidence), with a negative beside each."""
from __future__ import annotations

from loaders import load_text
from loaders.types import DocumentInfo

_COUNTY = DocumentInfo("t.txt", place="武义县", province="浙江省")


def _targets(text: str, info: DocumentInfo = _COUNTY) -> list[str]:
    return [n.properties.get("indicator") for n in load_text(text, "t.txt", info).all_nodes() if n.label == "Target"]


def _edges(text: str, info: DocumentInfo, kind: str) -> list[tuple[str, str]]:
    return [(e.source, e.target) for e in load_text(text, "t.txt", info).edges if e.type == kind]


def test_a_measure_after_a_share_of_places_takes_the_whole_not_the_town():
    # 其中城关镇8个 is named by its whole first, so the 补助资金 after it is the canteens' money
    assert _targets("全县新建幸福食堂20个，其中城关镇8个，补助资金300万元。")[-1] == "幸福食堂补助资金"
    assert _targets("全县新建幸福食堂20个，补助资金300万元。")[-1] == "幸福食堂补助资金"  # negative: no share between


def test_money_given_to_a_group_drops_examples_and_the_pages_own_place():
    assert _targets("全年为低保、特困、残疾人等困难群众发放价格临时补贴300万元。") == ["困难群众价格临时补贴"]
    assert _targets("全年为武义县困难群众发放价格临时补贴300万元。") == ["困难群众价格临时补贴"]
    # negative: another county's group keeps its place
    assert _targets("全年为永康市困难群众发放价格临时补贴300万元。") == ["永康市困难群众价格临时补贴"]


def test_a_section_listed_after_a_district_officer_is_that_offices():
    hong_kong = DocumentInfo("t.txt", place="香港特别行政区", province="香港特别行政区")
    names = [n.name for n in load_text("屯门民政事务专员关某、办公室干部范某出席。", "t.txt", hong_kong).all_nodes()
             if n.label == "Agency"]
    assert "屯门民政事务处办公室" in names


def test_a_places_civil_affairs_brand_is_no_pilot_of_the_pages_own_place():
    ningbo = DocumentInfo("t.txt", place="宁波市", province="浙江省")
    assert _edges("我市持续擦亮“宁波民政”品牌。", ningbo, "PILOTED_IN") == []
    # negative: a program of its own, written after 我市, is sited in the page's place
    assert _edges("我市持续推进“数字民政”建设。", ningbo, "PILOTED_IN")


def test_a_member_of_a_national_legislature_sits_on_no_county_council():
    miaoli = DocumentInfo("t.txt", place="苗栗县", province="台湾省")
    assert _edges("国会议员陈某出席座谈。", miaoli, "HOLDS_POST") == []
    assert _edges("县议员陈某出席座谈。", miaoli, "HOLDS_POST")  # negative: the county's own councillor
