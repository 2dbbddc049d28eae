"""Agency classes built from the structure of Chinese organisation names (issue 10, 6 Dec, fourth
session): a place + a short modifier + a generic organisation head (loaders/data/organisation_heads.txt).

Every sentence here is invented for the test, phrased after real pages (city and district news, kept
outside the repository as evidence), none copied; each class has a positive and a negative case.
"""
from __future__ import annotations

from loaders import load_text
from loaders.agencies import _headed_names
from loaders.lexicons import organisation_heads
from loaders.resolve import DocContext


def _agencies(text: str) -> list[str]:
    return sorted(n.name for n in load_text(text, "t.txt").nodes if n.label == "Agency")


def test_the_heads_are_data():
    heads = organisation_heads()
    assert {"委员会", "领导小组", "中级人民法院", "工委"} <= set(heads)
    assert "服务中心" not in heads  # services and facilities end in it as often as bodies


def test_a_court_of_a_city_is_an_agency():
    assert "宜宾市中级人民法院" in _agencies("宜宾市中级人民法院与市民政局联合发布老年人权益保护典型案例。")


def test_a_committee_with_its_modifier_and_office_is_one_agency():
    found = _agencies("近日，巩义市老龄工作委员会办公室印发敬老月活动方案。")
    assert "巩义市老龄工作委员会办公室" in found


def test_a_street_body_after_a_catalogue_street():
    # 中华门街道 is in the official township table; 政协工委 is the CPPCC's working committee of the street
    assert "中华门街道政协工委" in _agencies("本周，中华门街道政协工委组织委员视察辖区养老机构。")


def test_a_verb_between_place_and_head_is_no_name():  # negative
    ctx = DocContext(None, None, None)
    assert _headed_names("宜宾市成立养老服务工作领导小组，统筹推进各项工作。", ctx, []) == []
    assert _headed_names("宜宾市召开老龄工作委员会全体会议。", ctx, []) == []


def test_a_head_without_a_place_is_no_name():  # negative: 各级 / bare words stay generic
    ctx = DocContext(None, None, None)
    assert _headed_names("各级老龄工作委员会要加强统筹，有关领导小组定期会商。", ctx, []) == []


def test_a_bare_level_word_starts_a_headed_name_in_its_document():
    from loaders.types import DocumentInfo

    info = DocumentInfo("t.txt", place="商洛市", province="陕西省")
    doc = load_text("会上，市中级人民法院通报了涉老案件审理情况。", "t.txt", info)
    assert "商洛市中级人民法院" in sorted(n.name for n in doc.nodes if n.label == "Agency")


def test_a_level_word_inside_a_word_starts_no_name():  # negative: 城市管理委员会 has no level word of its own
    ctx = DocContext("陕西省", "商洛市")
    assert _headed_names("推进城市管理委员会改革", ctx, []) == []


# --- coordination: list items share the place of the body before them -------------------
def test_bare_bureaus_listed_after_a_placed_bureau_share_its_place():
    found = _agencies("会议由绵阳市民政局、财政局、人社局共同召开。")
    assert {"绵阳市民政局", "绵阳市财政局", "绵阳市人力资源和社会保障局"} <= set(found)


def test_a_province_list_with_bare_departments():
    found = _agencies("四川省民政厅会同省教育厅、公安厅、司法厅开展未成年人保护宣传。")
    assert {"四川省教育厅", "四川省公安厅", "四川省司法厅"} <= set(found)


def test_a_generic_list_item_shares_no_place():  # negative: 各县区民政部门 is generic, 政府 is not a bureau
    found = _agencies("绵阳市民政局、各县区民政部门和政府有关部门参加。")
    assert found == ["绵阳市民政局"]


# --- a bureau named by its field: place + field + 局 / 厅 ---------------------------------
def test_a_bureau_named_by_its_field_with_and():
    assert "德阳市规划和自然资源局" in _agencies("德阳市规划和自然资源局牵头划定养老服务设施用地。")


def test_a_province_department_of_a_city_bureau_type():
    found = _agencies("浙江省文旅厅联合省民政厅开展老年文化活动。")
    assert "浙江省文旅厅" in found


def test_a_bare_bureau_head_needs_a_field_of_its_own():  # negative: 市局 is shorthand, 民政局和财政局 two bodies
    ctx = DocContext("四川省", "德阳市")
    assert _headed_names("德阳市局领导带队检查", ctx, []) == []
    names = [n for _, _, n, _ in _headed_names("德阳市民政局和财政局联合发文", ctx, [])]
    assert "德阳市民政局和财政局" not in names


def test_a_word_ending_in_ju_is_no_bureau():  # negative: 开好局 and 新局 are a good start and a new situation
    ctx = DocContext("江苏省", "连云港市")
    assert _headed_names("连云港民政开好局、起好步", ctx, []) == []
    assert _headed_names("奋力开创咸宁民政工作新局", ctx, []) == []


# --- national organisations: 中国 / 全国 + field + head -------------------------------------
def test_a_national_federation_and_office_by_their_structure():
    found = _agencies("中国残疾人联合会、全国残疾人康复工作办公室联合部署康复服务。")
    assert {"中国残疾人联合会", "全国残疾人康复工作办公室"} <= set(found)


def test_a_national_word_with_a_bare_head_or_a_session_is_no_new_body():  # negative
    ctx = DocContext(None, None, None)
    assert _headed_names("全国委员会委员参加讨论", ctx, []) == []
    assert _headed_names("出席全国老龄工作委员会第三次全体会议", ctx, []) == []


# --- regions: Taiwan counties take the same structure; Hong Kong and Macau keep their lexicon ---------
def test_a_taiwan_county_health_bureau():
    ctx = DocContext("台湾省", None)
    assert [n for _, _, n, _ in _headed_names("宜兰县卫生局提醒长者接种疫苗", ctx, [])] == ["宜兰县卫生局"]


def test_a_hong_kong_district_committee_is_left_to_the_regional_lexicon():  # negative
    ctx = DocContext("香港特别行政区", None)
    assert _headed_names("西贡区乡事委员会主席出席典礼", ctx, []) == []


def test_a_count_in_a_statistics_bulletin_or_an_enterprise_is_no_body():  # negative
    ctx = DocContext("广东省", "深圳市")
    assert _headed_names("全国共有基金会3029个，比上年增加415个", ctx, []) == []
    assert _headed_names("深圳报业集团党组书记出席", ctx, []) == []


# --- Hong Kong catalogue: bureaus and departments with distinctive names ------------------------
def test_hong_kong_bureaus_and_departments_from_the_catalogue():
    found = _agencies("在職家庭及學生資助事務處與康樂及文化事務署合辦講座，食物環境衞生署派員參與。")
    assert {"香港在职家庭及学生资助事务处", "香港康乐及文化事务署", "香港食物环境卫生署"} <= set(found)


def test_a_generic_bureau_name_is_not_taken_as_hong_kong():  # negative: 教育局 is not in the catalogue
    assert "教育局" not in _agencies("教育局与学校共同开展敬老教育。")
