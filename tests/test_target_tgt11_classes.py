"""Classes of indicator-name failure found on a fresh batch of real pages with many figures (a
province's five-year review reported as news, a province's statistics bulletin, county and township
work summaries) before any fix, with the same classes in seeds/dev:

- numbers written before what they count, in a list (64.5万高龄老人、3677名百岁老人享受补贴;
  完成5437户灾后农房重建和101877户农房维修加固): the later item was named by the item before it;
- a deed, a count of households and the thing done (实施了350户安居工程): 户 was not a counted unit;
- a group of assistance named without its area after one named with it (农村低保户873户、低保对象1355人);
- the other side of a standard given by area (月供养标准城市为1200元，农村为980元): the period of the
  first name was lost, so the second figure was named by its area alone.

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect on the
fresh pages and the shared corpus is in docs/benchmarks.md (helper "tgt11").
"""
from __future__ import annotations

from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def targets(text: str, year: int | None = 2023) -> dict[str, dict]:
    """``{value+unit: properties}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=year))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties for t in found}


# --- numbers before what they count ---

def test_later_item_of_a_number_first_list_is_named_by_what_follows_it() -> None:
    found = targets("全市有12.3万高龄老人、1260名百岁老人享受补贴。")
    assert found["1260名"]["indicator"] == "享受补贴的百岁老人数"
    assert found["12.3万人"]["indicator"] != "享受补贴的百岁老人数"


def test_households_then_people_before_the_group() -> None:
    found = targets("全县有3210户5120人农村低保对象、186户240人城市低保对象、920人特困供养对象纳入兜底保障。")
    assert found["186户"]["indicator"] == "城市低保对象户数"
    assert found["920人"]["indicator"] == "纳入兜底保障的特困供养对象数"  # as 首次纳入临时救助的困难群众数


def test_deed_list_with_households() -> None:
    found = targets("全镇在完成820户危房改造和1530户农房维修加固的基础上，实施了65户易地搬迁安置工程。")
    assert found["1530户"]["indicator"] == "农房维修加固户数"
    assert found["65户"]["indicator"] == "易地搬迁安置工程户数"


def test_noun_before_its_number_keeps_its_own_name() -> None:
    # negative: the thing counted stands before each number, so nothing is moved
    found = targets("惠及困难老年人2.1万人、困境儿童6800人。")
    assert found["6800人"]["indicator"] == "困境儿童"


def test_money_after_a_list_is_not_a_number_first_item() -> None:
    # negative: 元 counts no people or bodies, and nothing is named after it
    found = targets("发放高龄津贴320万元和护理补贴150万元。")
    assert "高龄老人" not in found["150万元"]["indicator"]
    assert found["150万元"]["indicator"].startswith("护理补贴")


# --- the area of a group of assistance ---

def test_bare_assistance_group_takes_the_area_before_it() -> None:
    found = targets("截至6月底，全乡共有农村低保户412户、低保对象690人；城市低保户18户、低保对象25人。")
    assert found["690人"]["indicator"] == "农村低保对象"
    assert found["25人"]["indicator"] == "城市低保对象"


def test_other_group_is_not_given_the_area() -> None:
    # negative: 残疾人 is no group of assistance, so its name stays as written
    found = targets("全镇共有城市低保户36户、残疾人58人。")
    assert found["58人"]["indicator"] == "残疾人"


# --- the other side of a standard given by area ---

def test_other_side_of_an_area_standard_keeps_the_period() -> None:
    found = targets("特困人员人均月供养标准城市为1320元，农村为1060元。")
    assert found["1060元/月"]["indicator"] == "特困人员人均月供养标准农村"


def test_other_side_needs_the_area_in_the_first_name() -> None:
    # negative: the first name holds no area, so 农村为… is not renamed from it
    found = targets("特困人员人均月供养标准为1320元，农村为1060元。")
    assert "特困人员人均月供养标准农村" not in {t["indicator"] for t in found.values()}


# --- 完成 and 建成: a deed inside the name, a deed that names the object, a running total ---

def test_deed_inside_a_subject_phrase() -> None:
    found = targets("全市养老院改造完成主体建设42处、新增护理型床位完成主体建设1800张。")
    assert found["42处"]["indicator"] == "养老院改造主体建设完成数"
    assert found["1800张"]["indicator"] == "新增护理型床位主体建设完成数"


def test_completed_deed_is_named_by_the_deed_of_its_object() -> None:
    found = targets("全年完成困难残疾人家庭无障碍改造860户。")
    assert found["860户"]["indicator"] == "困难残疾人家庭无障碍改造户数"


def test_completed_object_without_a_deed_keeps_completed() -> None:
    # negative: 村务公开目录 names no deed, so 完成 stays in the name
    found = targets("全县完成村务公开目录56个。")
    assert found["56个"]["indicator"] == "村务公开目录完成数"


def test_building_deeds_in_a_row_share_the_object() -> None:
    found = targets("新建改扩建农村公益性公墓38处。")
    assert found["38处"]["indicator"] == "新建改扩建农村公益性公墓"


def test_running_total_of_a_building_deed() -> None:
    found = targets("累计建成城市社区养老服务站210个，覆盖率达到90%。")
    assert found["210个"]["indicator"] == "城市社区养老服务站累计建成数"


def test_built_without_running_total() -> None:
    # negative: no 累计, no 累计 in the name
    found = targets("今年建成城市社区养老服务站35个。")
    assert found["35个"]["indicator"] == "城市社区养老服务站建成数"


# --- the part of a group that did something; a deed's 完成 in a number-first list; opening noise ---

def test_part_of_a_group_named_by_its_deed() -> None:
    found = targets("全县2.4万农村低保对象中有6800人纳入了医疗救助、临时救助等专项救助范围。")
    assert found["6800人"]["indicator"] == "纳入专项救助范围的农村低保对象数"


def test_part_of_a_group_with_a_list_of_wholes() -> None:
    found = targets("全市将脱贫人口中3.6万人、防返贫监测对象中1.2万人纳入低保、特困等兜底保障范围。")
    assert found["3.6万人"]["indicator"] == "纳入兜底保障范围的脱贫人口数"
    assert found["1.2万人"]["indicator"] == "纳入兜底保障范围的防返贫监测对象数"


def test_part_of_a_group_needs_a_deed_of_belonging() -> None:
    # negative: 接受 is no deed of belonging, so the name is not built from it
    found = targets("全镇困难老年人中有2300人接受了免费体检。")
    assert "的困难老年人数" not in found["2300人"]["indicator"]


def test_completed_deed_in_a_number_first_list() -> None:
    found = targets("全县完成312户灾后农房重建和870户农房维修加固。")
    assert found["312户"]["indicator"] == "灾后农房重建户数"


def test_placeholder_year_and_since_do_not_open_a_name() -> None:
    found = targets("今年以来共调出特困对象6人、调入特困对象9人。")
    assert not found["6人"]["indicator"].startswith("来")
    assert found["9人"]["indicator"] == "特困对象调入人数"
    found = targets("20xx年全县临时救助共救助3120人次。")
    assert not found["3120人次"]["indicator"].startswith("xx")


# --- places or bodies counted before what they carry out ---

def test_bodies_carrying_out_a_program() -> None:
    found = targets("指导全县18个农村社区开展“五社联动”工作。")
    assert found["18个"]["indicator"] == "五社联动农村社区数"
    found = targets("在12个县（市、区）开展移风易俗改革试点。")
    assert found["12个"]["indicator"] == "移风易俗改革试点县(市、区)数"


def test_bodies_built_are_not_carrying_out() -> None:
    # negative: 开展 belongs to the next clause, the bodies were built
    found = targets("建成26个社区养老服务站，开展上门服务4200人次。")
    assert found["26个"]["indicator"] == "社区养老服务站建成数"


# --- two items joined by 和 share the verb that opens them ---

def test_two_items_joined_by_and_share_the_opening_verb() -> None:
    found = targets("全年通过网站主动公开政策解读信息42条和办事指南信息18条。")
    assert found["18条"]["indicator"] == "主动公开办事指南信息数"


def test_two_standards_joined_by_and_keep_their_names() -> None:
    # negative: no verb of a list opens them
    found = targets("城市低保标准每人每月760元和农村低保标准每人每月560元。")
    assert found["560元/月"]["indicator"] == "农村低保标准"


# --- programs named together that 分别 reached one group each ---

def test_programs_each_reach_their_group() -> None:
    found = targets("“暖心助老”“春蕾护苗”项目分别惠及低收入老年人1.6万人、困境儿童5200人。")
    assert found["1.6万人"]["indicator"] == "暖心助老项目惠及低收入老年人数"
    assert found["5200人"]["indicator"] == "春蕾护苗项目惠及困境儿童数"


def test_programs_each_need_as_many_counts_as_programs() -> None:
    # negative: one count for two programs is not split between them
    found = targets("“暖心助老”“春蕾护苗”项目分别惠及困难群众3.1万人次。")
    assert not found["3.1万人次"]["indicator"].startswith("暖心助老项目")


# --- people reached by an act of aid: act first, a running total object first ---

def test_people_reached_by_aid_are_named_act_first() -> None:
    found = targets("全年救助流浪乞讨人员2100人次，走访慰问困难老年人3.5万人次。")
    assert found["2100人次"]["indicator"] == "救助流浪乞讨人员人次"
    assert found["3.5万人次"]["indicator"] == "走访慰问困难老年人人次"


def test_running_total_of_aid_is_named_object_first() -> None:
    found = targets("累计救助流浪乞讨人员5.2万人次。")
    assert found["5.2万人次"]["indicator"] == "流浪乞讨人员累计救助人次"


def test_aid_money_is_not_act_first() -> None:
    # negative: money, not people, so the act is no part of the name's opening
    found = targets("全年共救助流浪乞讨人员15人次，0.7万元。")
    assert found["0.7万元"]["indicator"] == "流浪乞讨人员救助资金"
    found = targets("培训养老护理员1200人。")
    assert found["1200人"]["indicator"] == "养老护理员培训人数"


# --- people counted before the group; beds per thousand old people ---

def test_people_before_their_group_are_the_group_count() -> None:
    found = targets("妥善安置了4.2万因灾紧急转移群众基本生活。")
    assert found["4.2万人"]["indicator"] == "因灾紧急转移群众人数"


def test_people_before_their_own_deed_keep_the_deed() -> None:
    # negative: what the group itself did stays in the name
    found = targets("全区6万老人享受到助餐服务。")
    assert found["6万人"]["indicator"] == "享受到助餐服务的老人数"


def test_beds_per_thousand_old_people_are_elder_care_beds() -> None:
    found = targets("每千名老人拥有床位33张。")
    assert found["33张"]["indicator"] == "每千名老人养老床位数"
    found = targets("每千人口拥有床位4.5张。")  # negative: not per old people
    assert "养老" not in found["4.5张"]["indicator"]


def test_bodies_carrying_out_a_reform() -> None:
    found = targets("全市有9个公办养老机构实施公建民营。")
    assert found["9个"]["indicator"] == "公建民营公办养老机构数"


def test_rule_of_law_administration_keeps_its_law() -> None:
    found = targets("主动公开工作动态信息40条、统计数据12条、依法行政9条。")
    assert found["9条"]["indicator"] == "主动公开依法行政数"
    # negative: 依法 before a deed still says only how it was done
    assert targets("依法办理收养登记320件。")["320件"]["indicator"] == "收养登记数"
