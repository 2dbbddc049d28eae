"""Agency classes by genre (issue 10, 6 Dec, fifth session): a township's own half-year report, whose
bare 镇党委 / 镇政府 are its own bodies, and a provincial meeting report that lists the cities whose
bureaus spoke, where a short city name the gazetteer does not take alone (金华) broke the list.

Every sentence here is invented for the test, phrased after real pages (a township summary, a
provincial meeting report; kept outside the repository as evidence), none copied; each class has a
positive and a negative case.
"""
from __future__ import annotations

from loaders import load_text


def _agencies(text: str) -> list[str]:
    return sorted(n.name for n in load_text(text, "t.txt").nodes if n.label == "Agency")


def test_a_townships_own_report_keeps_its_bare_bodies():
    text = ("上半年，我镇社会事务工作在镇党委政府的领导下稳步推进。"
            "三月，根据镇政府统一安排，全镇开展困难群众走访慰问。")
    found = _agencies(text)
    assert "镇党委" in found and "镇政府" in found


def test_coordinated_township_bodies_with_a_conjunction():
    found = _agencies("今年以来，在镇党委和政府的关心下，我镇新建村级养老服务站三个。")
    assert {"镇党委", "镇政府"} <= set(found)


def test_a_county_text_about_any_township_keeps_no_bare_body():  # negative
    # no 我镇/全镇: the county speaks of townships in general, and 所在镇政府 is any township's
    found = _agencies("县民政局要求所在镇政府做好登记，在镇政府审核后报县民政局审批。")
    assert not any(name.startswith("镇") for name in found)


def test_a_named_township_still_resolves_its_bare_bodies():  # negative for the as-written name
    found = _agencies("洪绪镇召开民政工作会议。会上，镇党委书记作动员讲话，全镇各村参加。")
    assert "镇党委" not in found


def test_a_short_city_name_in_a_list_joins_its_neighbours():
    found = _agencies("浙江省民政厅召开会议，湖州、金华、台州、丽水市民政局作交流发言。")
    assert {"湖州市民政局", "金华市民政局", "台州市民政局", "丽水市民政局"} <= set(found)


def test_a_word_before_a_list_is_not_a_city():  # negative
    found = _agencies("浙江省民政厅召开会议，会议、丽水市民政局作交流发言。")
    assert not any(name.startswith("会议") for name in found)


def test_a_zones_administrative_committee_is_one_agency():
    # notices list a county's development zone among their addressees, short (管委) or in full (管委会)
    found = _agencies("各乡镇人民政府，宁陵县经济开发区管委会，县直各有关单位：现将方案印发给你们。")
    assert "宁陵县经济开发区管委会" in found and "区管委会" not in found
    assert "烟台黄渤海新区管委" in _agencies("各区、县人民政府，烟台黄渤海新区管委，市政府各部门：")


def test_a_zone_word_without_its_committee_is_no_agency():  # negative
    found = _agencies("宁陵县经济开发区新建养老服务中心一处，开发区内企业积极参与。")
    assert not any("开发区" in name for name in found)


def test_hong_kong_departments_by_their_short_form():
    # the Social Welfare Department is 社署 in most Hong Kong news (loaders/data/regional_bodies.tsv)
    assert "香港社会福利署" in _agencies("香港社署今日宣布，明年起增加资助安老宿位。")
    assert "香港医院管理局" in _agencies("香港政府将整合医管局及房屋署的数据，识别独居长者住户。")


def test_a_cooperative_signing_is_no_department():  # negative: 社署 inside 合作社署名
    assert _agencies("香港一间合作社署名支持有关计划。") == []


def test_the_youth_league_committee_of_an_unplaced_task_table():
    # a 责任单位 cell lists 团县委 among the county's bureaus: the league's committee, not the party's 县委
    found = _agencies("三、关爱留守儿童。责任单位：县民政局、县教育局、团县委、县妇联。")
    assert "团县委" in found and "县委" not in found


def test_the_party_committee_written_bare_stays():  # negative: no 团 before it
    assert "县委" in _agencies("县委、县政府召开专题会议，研究部署养老服务工作。")


def test_the_units_a_budget_text_lists_after_its_body():
    # 部门概况 of a county bureau: internal units after 内设 take the bureau, second-level units after 下辖 its county
    text = ("一、部门概况。宁陵县民政局为正科级行政单位，内设办公室、社会救助股、养老服务股、宁陵县殡仪馆4个股室和直属单位。"
            "下辖救助管理站、物业公司、福利服务中心3个二级单位。")
    found = _agencies(text)
    assert {"宁陵县民政局办公室", "宁陵县民政局社会救助股", "宁陵县民政局养老服务股"} <= set(found)
    assert "宁陵县救助管理站" in found and "宁陵县福利服务中心" in found
    assert not any("物业公司" in name for name in found)


def test_a_list_without_its_count_and_kind_is_no_unit_list():  # negative
    found = _agencies("宁陵县民政局内设计划已经完成，下设施工、监理、验收环节由专人负责。")
    assert found == ["宁陵县民政局"]


def _agencies_in(text: str, place: str, province: str) -> list[str]:
    from loaders.types import DocumentInfo

    info = DocumentInfo("t.txt", place=place, province=province)
    return sorted(n.name for n in load_text(text, "t.txt", info).nodes if n.label == "Agency")


def test_a_taiwan_countys_departments_written_bare():
    # county news: what the county sets up or merges, and a department named by its head's title (處 + 處長 share 處)
    text = "宜兰县政府今年成立高龄福利处，并将原有业务并入卫生局。社会处长林明华表示，将整合照顾资源。"
    found = _agencies_in(text, "宜兰县", "台湾省")
    assert {"宜兰县政府高龄福利处", "宜兰县政府卫生局", "宜兰县政府社会处"} <= set(found)
    assert not any("成立" in name for name in found)


def test_generic_departments_of_a_taiwan_county_are_no_body():  # negative
    found = _agencies_in("县长表示，各局处长要跨局处协调，本处将配合。", "宜兰县", "台湾省")
    assert not any(name.endswith(("局", "处")) for name in found)
