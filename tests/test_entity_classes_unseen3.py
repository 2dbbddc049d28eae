"""Rule classes found on a third batch of real pages nobody had tuned for (issue 10, 6 Dec, third
session: township and county visit reports from several provinces, read together with the older
fresh batches), and checked against the catalogue of the official division table.

Every sentence here is invented for the test, phrased after those pages, none copied; each class has
a positive and a negative case. The pages stay outside the repository (evidence, not fixtures).
"""
from __future__ import annotations

from loaders import load_text
from loaders.normalise import to_simplified
from loaders.townships import find_catalogue_townships, townships
from loaders.types import DocumentInfo
from tests.test_entity_classes_unseen import _places


def _labelled(text: str, label: str) -> list[str]:
    return sorted(n.name for n in load_text(text, "t.txt").nodes if n.label == label)


# --- townships from the official division table --------------------------------------
def test_the_township_catalogue_holds_the_official_table():
    table = townships()
    assert len(table) > 25000
    assert {"万顷沙镇", "宣化店镇", "徐家汇街道"} <= set(table)
    assert "杨镇" not in table  # a one-character name alone is too often part of another word


def test_townships_named_with_ordinary_words_are_places():
    # 万顷 reads as a numeral, 玫瑰 as a flower, 宣化 as a verb: the suffix rules refuse them, the table knows them
    text = "区民政局局长带队前往万顷沙镇走访困难群众，随后到玫瑰镇民政服务大厅和宣化店镇敬老院检查工作。"
    assert {"万顷沙镇", "玫瑰镇", "宣化店镇"} <= set(_places(text))


def test_a_catalogue_name_inside_a_common_word_is_no_place():  # negative
    assert find_catalogue_townships("推动乡镇街道全覆盖，提升镇级服务中心和街道办事处能力。", set(), None) == []
    assert _places("加快城乡社区服务体系建设，推进乡镇敬老院转型。") == []


def test_a_township_of_another_province_is_not_taken():  # negative: the document says where it is
    info = DocumentInfo("t", place="杭州市", province="浙江省")
    assert "万顷沙镇" not in _places("会上，万顷沙镇作交流发言。", info)
    assert "万顷沙镇" in _places("会上，万顷沙镇作交流发言。", DocumentInfo("t", province="广东省"))


# --- a suffix character inside a gazetteer name ------------------------------------
def test_a_suffix_inside_a_county_name_makes_no_township():
    text = "民政部同意将河北省邯郸市肥乡区、山西省运城市盐湖区确认为婚俗改革实验区。"
    places = _places(text)
    assert "肥乡区" in places and "盐湖区" in places
    assert not [name for name in places if name.endswith("肥乡")]


def test_a_township_written_after_its_county_is_still_found():  # negative: a real chained township stays
    assert "宣化店镇" in _places("大悟县宣化店镇民政办召开会议。")
    assert "兰家镇" in _places("深入宽城区兰家镇邱家村走访。")


# --- Hong Kong variant characters ---------------------------------------------------
def test_hong_kong_variant_characters_are_simplified():
    assert to_simplified("醫務衞生局聯同衞生署") == "医务卫生局联同卫生署"
    assert _labelled("社會福利署與衞生署合辦長者健康講座。", "Agency") == ["香港卫生署", "香港社会福利署"]


def test_standard_traditional_and_kept_name_characters_are_unchanged():  # negative
    assert to_simplified("衛生福利部") == "卫生福利部"
    assert to_simplified("王東乾局長") == "王东乾局长"


# --- a national department and its internal unit -------------------------------------
def test_a_national_departments_bureau_or_office_is_named_with_it():
    from tests.test_entity_classes_unseen import _agencies

    assert _agencies("培训班由中宣部宣教局会同民政部基层政权建设和社区治理司共同主办。") == [
        "中宣部宣教局", "民政部基层政权建设和社区治理司"]
    assert _agencies("民政部办公厅印发通知，部署冬春救助工作。") == ["民政部办公厅"]


def test_a_quantifier_or_a_verb_after_a_department_is_no_unit():  # negative
    from tests.test_entity_classes_unseen import _agencies

    assert _agencies("培训邀请民政部部分司(局)负责同志授课。") == ["民政部"]
    assert _agencies("民政部会同公安局开展专项行动，民政部召开全国民政局长会议。") == ["民政部", "民政部"]


# --- governments named by the place's code, not its first character --------------------
def test_a_taiwan_governed_county_has_a_government_not_a_peoples_government():
    from loaders.resolve import government_name

    assert government_name("金门县") == "金门县政府"
    assert government_name("苗栗县") == "苗栗县政府"  # in Taiwan though it starts with neither 台 nor 臺
    agencies = _labelled("金門縣政府社會處舉辦表揚大會，金門縣副縣長李文良致詞。", "Agency")
    assert "金门县政府" in agencies and "金门县人民政府" not in agencies


def test_a_mainland_county_keeps_its_peoples_government():  # negative
    from loaders.resolve import government_name

    assert government_name("泉州市") == "泉州市人民政府"
    assert government_name("台州市") == "台州市人民政府"  # starts with 台, lies in 浙江
    assert "泉州市人民政府" in _labelled("泉州市政府召开民政工作会议。", "Agency")


# --- a region's own body written after the region's name -----------------------------
def test_a_territory_wide_body_written_after_hong_kong_keeps_its_own_name():
    assert _labelled("由香港民政事務總署統籌的十八區探訪活動今日舉行。", "Agency") == ["香港民政事务总署"]


def test_a_district_office_keeps_its_district():  # negative
    assert _labelled("香港特區政府西貢民政事務處舉辦敬老活動。", "Agency") == ["西贡民政事务处"]
    assert _labelled("澳門民政總署舉辦活動。", "Agency") == ["澳门民政总署"]


# --- words after a place that end in a suffix but name nothing ----------------------
def test_a_verb_phrase_or_an_ordinal_after_a_place_is_no_community():
    assert _labelled("推动道里区首届社区“两委”成员培训班开班。", "Place") == ["哈尔滨市", "道里区", "黑龙江省"]
    assert "据点深耕社区" not in _labelled("展现台中据点深耕社区、活跃老化成果。", "Place")


def test_a_one_word_name_after_a_place_stays_a_community():  # negative
    assert "为民社区" in _places("到彭李街道为民社区调研。")
    assert "兰家镇" in _places("深入宽城区兰家镇邱家村走访。")
