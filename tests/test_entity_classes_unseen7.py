"""Agency classes from the structure of lists (issue 10, 6 Dec, seventh session): a 、-list of catalogue bodies
written without a place (loaders/agencies_lists.py), the place it takes from a placed body before it in the
list or from the place the document speaks as (我县 / 全县 in a county's document), and none otherwise.

Every sentence here is invented for the test, phrased after real pages (a county civil-affairs report, a
leading group's member list, a deputy head's duties page; kept outside the repository as evidence), none
copied; each class has a positive and a negative case.
"""
from __future__ import annotations

from loaders import load_text
from loaders.types import DocumentInfo


def _agencies(text: str, info: DocumentInfo | None = None) -> list[str]:
    return sorted(n.name for n in load_text(text, "t.txt", info).nodes if n.label == "Agency")


def test_a_bare_list_of_catalogue_bodies_stays_as_written_when_the_place_is_unknown():
    found = _agencies("今年我局会同公安局、税务局、人社局、市场监管局等部门开展了家庭经济状况核对。")
    assert {"公安局", "税务局", "人社局", "市场监管局"} <= set(found)


def test_two_bare_names_in_passing_are_no_list():
    found = _agencies("他早年在公安局、税务局工作过，后来调到外地。")
    assert "公安局" not in found and "税务局" not in found


def test_a_bare_list_takes_the_place_the_document_speaks_as():
    text = "全县困难群众救助工作会议召开。会上，民政局、财政局、卫健委、医保局负责人作了发言。"
    found = _agencies(text, DocumentInfo("x", place="石阡县", province="贵州省"))
    assert {"石阡县民政局", "石阡县财政局", "石阡县卫生健康委员会", "石阡县医保局"} <= set(found)


def test_a_bare_list_in_a_county_text_speaking_of_its_city_keeps_no_place():
    # the text speaks as the city (全市): its bare bodies are not the county's of the metadata
    text = "全市困难群众救助工作会议召开。会上，民政局、财政局、卫健委、医保局负责人作了发言。"
    found = _agencies(text, DocumentInfo("x", place="石阡县", province="贵州省"))
    assert "石阡县民政局" not in found and "石阡县财政局" not in found


def test_the_level_word_of_the_first_item_is_shared_by_the_bare_items_after_it():
    found = _agencies("会上，县发改局、财政局、统计局分别汇报了重点项目进展情况。")
    assert {"县发改局", "县财政局", "县统计局"} <= set(found)


def test_the_place_of_the_first_item_is_shared_and_a_party_department_joins_its_committee():
    found = _agencies("成员单位：凤冈县委办公室、组织部、宣传部、民政局、人社局。", DocumentInfo("x", place="凤冈县", province="贵州省"))
    assert {"凤冈县委组织部", "凤冈县委宣传部", "凤冈县民政局", "凤冈县人力资源和社会保障局"} <= set(found)


def test_a_list_after_a_body_of_taiwan_takes_no_place_from_it():
    found = _agencies("台中市政府社会局、劳工局、卫生局联合举办关怀活动。")
    assert "台中市劳工局" not in found and "台中市人力资源和社会保障局" not in found


def test_an_unlisted_body_like_item_joins_a_list_of_catalogue_bodies():
    found = _agencies("分管教育局、农机推广站、档案局、统计局，联系文联。")
    assert {"教育局", "农机推广站", "档案局", "统计局"} <= set(found)


def test_a_verb_phrase_between_separators_is_no_item():
    found = _agencies("分管教育局、认真研究部署、档案局。")
    assert "认真研究部署" not in found


def test_a_bare_department_of_a_county_taiwan_governs_though_coded_in_fujian():
    found = _agencies("县府社会处表示，将于春节前发放慰问金。", DocumentInfo("x", place="金门县"))
    assert "金门县政府社会处" in found and "泉州市政府社会处" not in found


def test_a_bare_department_in_a_mainland_city_is_not_read_as_taiwans():
    found = _agencies("社会处表示，将于春节前发放慰问金。", DocumentInfo("x", place="泉州市"))
    assert "泉州市政府社会处" not in found


def test_a_place_chain_before_a_body_names_one_body():
    text = "贵州省贵阳市花溪区民政局发布通知。贵阳市花溪区民政局将开展排查，花溪区民政局负责汇总。"
    found = _agencies(text)
    # one body, named with its lowest place (issue 10, helper "ents8": the gold of later unseen pages keeps
    # 孟州市民政局 / 安康市民政局 for 河南省孟州市民政局 / 陕西省安康市民政局; a shared district name keeps its city)
    assert found.count("花溪区民政局") == 1
    assert "贵州省贵阳市花溪区民政局" not in found and "贵阳市花溪区民政局" not in found


def test_a_body_written_only_with_its_chain_keeps_its_lowest_place():  # negative: 海曙区各街道 is no body
    found = _agencies("浙江省宁波市海曙区民政局发布通知，海曙区各街道落实。")
    assert found == ["海曙区民政局"]


def test_a_leading_group_a_body_sets_up_is_an_agency():
    found = _agencies("为加强领导，县政府成立城乡居民医疗救助协调领导小组，统筹全县救助工作。")
    assert "城乡居民医疗救助协调领导小组" in found


def test_a_leading_group_takes_the_place_of_the_placed_body_that_sets_it_up():
    found = _agencies("宁阳县人民政府成立困难群众基本生活保障工作领导小组。")
    assert "宁阳县困难群众基本生活保障工作领导小组" in found


def test_a_group_to_be_set_up_with_no_field_of_its_own_is_none():  # negative
    found = _agencies("各乡镇要成立相应的领导小组，成立由分管领导任组长的工作专班。")
    assert not any("领导小组" in name for name in found)


def test_a_taiwan_citys_bare_department_stays_the_citys_in_a_district_item():
    found = _agencies("台南市政府今日至七股区慰访独居长者，由社会局长郭乃文、七股区长陪同。")
    assert "台南市政府社会局" in found
