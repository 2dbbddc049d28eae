"""Agency classes of issue 10 counted on the study pages at stop 21 (lead, "ents12"): a Taiwan city's or county's
department written after its government (臺北市政府衛生局, 屏東縣政府長期照護處), a Taiwan ministry's
administration written after it (衛生福利部社會及家庭署), a discipline and supervisory commission named together
(区纪委监委), a development zone's body whose zone opens with a city and 国家 (宁波国家高新区社会事务管理局) or is a
度假区 / 投资区 with its 管理委员会's own bureau, and a slogan's 中心 that is no centre (民政系统围绕中心).

Every sentence here is invented for the test, phrased after real pages (kept outside the repository as
evidence), none copied; each class has a positive and a negative case.
"""
from __future__ import annotations

from loaders import load_text
from loaders.types import DocumentInfo

_TAIPEI = DocumentInfo("t", place="台北市", province="台湾省")
_COUNTY = DocumentInfo("t", place="金安区", province="安徽省")
_CITY = DocumentInfo("t", place="宁波市", province="浙江省")


def _agencies(text: str, info: DocumentInfo | None = None) -> list[str]:
    return sorted({n.name for n in load_text(text, "t.txt", info).nodes if n.label == "Agency"})


# --- a Taiwan government's department --------------------------------------------------------------------
def test_a_taiwan_governments_department_is_named_with_it():
    found = _agencies("臺北市政府衛生局表示，屏東縣政府長期照護處與新竹縣政府高齡長照處將共同辦理培訓。", _TAIPEI)
    assert {"台北市政府卫生局", "屏东县政府长期照护处", "新竹县政府高龄长照处"} <= set(found)


def test_a_taiwan_government_before_a_verb_keeps_its_name():  # negative: 與 opens a clause, 處理 is a verb
    found = _agencies("臺北市政府與新北市政府共同辦理，高雄市政府今年處理申請案三千件。", _TAIPEI)
    assert {"台北市政府", "新北市政府", "高雄市政府"} <= set(found)
    assert not any(name.endswith(("处", "局")) for name in found)


def test_a_mainland_government_takes_no_department_this_way():  # negative: the rule is Taiwan's
    found = _agencies("县人民政府养老服务工作领导小组办公室设在县民政局。", _COUNTY)
    assert "金安区人民政府养老服务工作领导小组办公室" not in found


# --- a Taiwan ministry's administration --------------------------------------------------------------
def test_a_ministrys_administration_is_named_with_it():
    assert "卫生福利部社会及家庭署" in _agencies("衛生福利部社會及家庭署補助各縣市辦理托育服務。", _TAIPEI)


def test_a_ministry_before_a_clause_stays_alone():  # negative: 將 opens a clause
    found = _agencies("衛生福利部將於下月公布新制，內政部署名支持。", _TAIPEI)
    assert "卫生福利部" in found and not any(name.startswith("卫生福利部") and name != "卫生福利部" for name in found)


# --- 纪委监委 ----------------------------------------------------------------------------------------------
def test_a_discipline_and_supervisory_commission_is_named_together():
    assert "金安区纪委监委" in _agencies("区纪委监委派员列席会议，督导整改落实。", _COUNTY)


def test_a_discipline_commission_alone_stays_alone():  # negative
    found = _agencies("区纪委书记王强出席会议。", _COUNTY)
    assert "金安区纪委" in found and "金安区纪委监委" not in found


# --- development zones ------------------------------------------------------------------------------------
def test_a_zone_opened_by_a_city_and_national_is_one_zone():
    text = "各区（县、市）民政局，宁波国家高新区社会事务管理局，象山旅游度假区社会事务管理局：现将要点印发给你们。"
    found = _agencies(text, _CITY)
    assert {"宁波国家高新区社会事务管理局", "象山旅游度假区社会事务管理局"} <= set(found)


def test_a_zone_committees_own_bureau_is_named_with_it():
    found = _agencies("泉州台商投资区管理委员会民生保障局关于印发2024年民政工作要点的通知", _CITY)
    assert "泉州台商投资区管理委员会民生保障局" in found


def test_national_zones_as_a_kind_are_no_zone():  # negative
    found = _agencies("在国家高新区管委会指导下，各国家级开发区民政局加强协作。", _CITY)
    assert not any("高新区" in name or "开发区" in name for name in found)


# --- a slogan's 中心 -------------------------------------------------------------------------------------
def test_a_slogans_centre_is_no_agency():  # negative
    found = _agencies("全市民政系统围绕中心、服务大局，扎实推进各项工作。", _CITY)
    assert not any(name.endswith("中心") for name in found)


def test_a_civil_centre_is_still_found():
    assert "宁波市低收入家庭经济状况核对中心" in _agencies("市低收入家庭经济状况核对中心完成核对1.2万户。", _CITY)


def test_a_group_stationed_by_the_joint_commission_is_one_body():
    found = _agencies("县纪委监委派驻县人大机关纪检监察组组长王强出席会议。", DocumentInfo("t", place="大悟县", province="湖北省"))
    assert "大悟县纪委监委派驻县人大机关纪检监察组" in found and "大悟县纪委监委" not in found
