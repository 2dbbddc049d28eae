"""Agency classes from the structure of government (issue 10, 6 Dec, sixth session): the catalogue of a
government's and party committee's standing bodies (loaders/data/government_bodies.tsv) written after a
place or level word, and a city's document about one of its counties, whose bare 县 bodies are that county's.

Every sentence here is invented for the test, phrased after real pages (a provincial task table, county
meeting news, a township summary; kept outside the repository as evidence), none copied; each class has a
positive and a negative case.
"""
from __future__ import annotations

import pytest

from loaders import load_text
from loaders.lexicons import government_bodies
from loaders.types import DocumentInfo


def _agencies(text: str, info: DocumentInfo | None = None) -> list[str]:
    return sorted(n.name for n in load_text(text, "t.txt", info).nodes if n.label == "Agency")


@pytest.mark.parametrize("body, canonical", [("医保局", "医保局"), ("退役军人事务局", "退役军人事务局"),
    ("住房城乡建设局", "住房和城乡建设局"), ("应急管理局", "应急管理局"), ("市场监管局", "市场监督管理局"), ("数据局", "数据局"),
    ("卫健委", "卫生健康委员会")])
def test_a_catalogued_department_after_a_level_word(body, canonical):
    # a short form is named in full (loaders/data/agency_abbreviations.tsv, issue 10)
    found = _agencies(f"会议明确，由市{body}牵头，市民政局配合，年底前完成。", DocumentInfo("x", place="安顺市", province="贵州省"))
    assert f"安顺市{canonical}" in found


def test_a_provincial_department_written_with_ting():
    # a catalogued 局 also stands as the province's 厅: 住房城乡建设局 → 省住房城乡建设厅
    found = _agencies("省民政厅、省住房城乡建设厅牵头；各州（市）党委和政府落实。", DocumentInfo("x", place="云南省"))
    assert "云南省住房城乡建设厅" in found


@pytest.mark.parametrize("body", ["人武部", "消防救援大队", "文联", "编委办", "老龄办"])
def test_party_mass_and_armed_bodies_of_a_county(body):
    found = _agencies(f"座谈会上，县{body}负责同志作了发言。", DocumentInfo("x", place="石阡县", province="贵州省"))
    assert f"石阡县{body}" in found


def test_a_township_office_after_its_township():
    found = _agencies("年初，洪绪镇民政办对全镇低保对象逐户进行了核查。", DocumentInfo("x", place="汨罗市", province="湖南省"))
    assert "洪绪镇民政办" in found


def test_a_catalogue_word_inside_a_post_or_phrase_is_no_body():  # negative
    # 民政局长 is a post of the bureau (the bureau itself is named); 人社局面 and 消防大队伍 are other words
    found = _agencies("他曾任县民政局长。人社局面对新情况，要求各地加强消防大队伍建设。", DocumentInfo("x", place="石阡县", province="贵州省"))
    assert not any(name.endswith(("人社局面", "大队伍")) for name in found)
    assert not any("民政局长" in name for name in found)


def test_the_catalogue_is_data():
    bodies = government_bodies()
    assert bodies["委组织部"] == "party" and bodies["慈善总会"] == "mass" and bodies["儿童福利院"] == "institution"


def test_a_city_document_about_its_county_resolves_bare_county_bodies():
    text = ("平江县召开双拥工作部署会。县委政法委、县信访局、县民政局负责同志参加会议。")
    found = _agencies(text, DocumentInfo("x", place="岳阳市", province="湖南省"))
    assert {"平江县委政法委", "平江县信访局", "平江县民政局"} <= set(found)


def test_a_county_of_another_city_does_not_resolve_them():  # negative
    # 南县 is in 益阳市, not in 岳阳市: a 岳阳 document that names it in passing keeps its bare 县 bodies bare
    text = ("南县代表团来访交流。县民政局负责同志介绍了经验。")
    found = _agencies(text, DocumentInfo("x", place="岳阳市", province="湖南省"))
    assert "南县民政局" not in found


def test_a_hong_kong_department_and_short_forms_from_the_catalogue():
    found = _agencies("劳福局与入境事务处今日联合公布新安排，康文署亦会配合。", DocumentInfo("x", place="香港特别行政区"))
    assert {"香港劳工及福利局", "香港入境事务处", "香港康乐及文化事务署"} <= set(found)


def test_a_macau_bureau_by_its_short_name():
    found = _agencies("社工局表示，将联同治安警察局跟进个案。", DocumentInfo("x", place="澳门特别行政区"))
    assert {"澳门社会工作局", "澳门治安警察局"} <= set(found)


def test_a_macau_short_name_stays_out_of_a_mainland_text():  # negative
    found = _agencies("县劳工局和社工局负责同志参加会议。", DocumentInfo("x", place="石阡县", province="贵州省"))
    assert not any(name.startswith("澳门") for name in found)


def test_a_taiwan_county_office_after_its_place():
    found = _agencies("苗栗县长期照顾处表示，将扩大服务据点。", DocumentInfo("x", place="苗栗县"))
    assert any(name.endswith("长期照顾处") and "苗栗县" in name for name in found)


def test_a_shared_district_name_takes_the_region_of_the_bodies_named():
    text = ("劳工及福利局局长在南区民政事务专员陪同下探访长者。房屋局局长亦到屯门区探访。")
    found = _agencies(text, DocumentInfo("x", place="南区"))
    assert "房屋局" in found and not any(name.startswith("台中") for name in found)


def test_a_shared_district_name_with_no_regional_body_is_left_alone():  # negative
    found = _agencies("南区公所今日举办重阳敬老活动，区长到场致词。", DocumentInfo("x", place="南区"))
    assert not any(name in ("房屋局", "民政事务总署") for name in found)


def test_a_townships_own_report_keeps_its_bare_offices():
    found = _agencies("今年，我乡成立民政工作领导小组，乡民政办具体负责，乡司法所协助调处纠纷。")
    assert {"乡民政办", "乡司法所"} <= set(found)


def test_a_county_text_keeps_no_bare_township_office():  # negative: no 我乡/全乡, any township's office
    found = _agencies("县民政局要求各乡民政办做好登记，所在乡民政办负责初审。")
    assert not any(name.startswith("乡") for name in found)


def test_a_countys_own_news_resolves_its_bare_bodies_from_the_one_county_it_names():
    text = ("全县退役军人工作推进会召开。县委常委、县人武部政委出席。"
            "县消防救援大队、人社局、文联三个成员单位作了发言。驻石阡部队代表参加。")
    found = _agencies(text, DocumentInfo("x", place="贵州省"))
    assert {"石阡县人武部", "石阡县消防救援大队", "石阡县人力资源和社会保障局", "石阡县文联"} <= set(found)


def test_a_provincial_text_naming_two_counties_keeps_bare_county_bodies_bare():  # negative
    text = "全县工作会议上，县民政局作总结。会后，石阡县、印江县代表交流发言。"
    found = _agencies(text, DocumentInfo("x", place="贵州省"))
    assert "石阡县民政局" not in found and "印江县民政局" not in found


def test_a_list_after_a_national_body_shares_no_place():  # negative
    # (was: 市民政局、人社局、文联 without 等/count shares no place; since h/bodies2 a level word written on a
    # list's first item is shared by the catalogue bodies after it, tests/test_entity_classes_unseen7.py)
    found = _agencies("民政部、人社局、文联分别汇报了工作。", DocumentInfo("x", place="安顺市", province="贵州省"))
    assert "安顺市文联" not in found and "安顺市人力资源和社会保障局" not in found


_LUOSHAN = DocumentInfo("x", place="罗山县", province="河南省")


def test_a_bare_township_office_is_the_named_townships_and_so_are_the_offices_listed_after_it():
    text = "近日，周党镇部署救助工作，由镇扶贫办、民政所、财政所负责，各村上报镇民政所审核。"
    found = _agencies(text, _LUOSHAN)
    assert {"周党镇扶贫办", "周党镇民政所", "周党镇财政所"} <= set(found)


def test_a_township_offices_head_is_a_post_not_the_office():  # negative
    found = _agencies("近日，周党镇召开会议，镇民政所长、财政所长参加。", _LUOSHAN)
    assert not any(name.endswith(("民政所", "财政所")) for name in found)


def test_any_townships_office_in_a_county_text_stays_out():  # negative
    found = _agencies("县民政局要求各镇民政所做好登记。", _LUOSHAN)
    assert found == ["罗山县民政局"]
