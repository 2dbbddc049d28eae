"""PILOTED_IN classes helper rels16 fixed (issue 11), on invented documents (fixtures written for these tests in
the style of 民政 news and work reports, not corpus text), each with a negative:

- a designation held by a street, township, community or village (甲街道被评为全国…示范街道, 乙村荣获…示范村) or a
  模范县: the holder is its site; never the document's county or city when the holder is not found;
- a place first within a wider scope (甲县在全省率先开展…试点, 全市首个…): the scope word names where it was first,
  not another place that ends the place's reach;
- a clause that opens the sentence with a designation (作为全国…实验区，甲县…): the place right after it holds it;
- a pilot's sites listed: after its noun with the kinds in brackets (试点县（市、区）：…), named with 作为
  (确定甲县、乙县作为…试点县), reached by a widened range (试点范围扩大到…, 已覆盖…), or making a list just
  announced (…名单公布，甲县、乙县榜上有名);
- a copula between a place and its designation (甲县为全国“…”试点县，, 是全省唯一的…试点县), not a place that
  serves one (为…实验区提供经验);
- a visited place where the visitors see or join the program (在甲县救助管理站，…了解了“…”活动开展情况);
- places named as a pilot's ground (以甲县、乙县为试点，推行…; 在甲县试点的基础上，推广…), not an example;
- negatives: the place people attending come from (来自甲县的代表参加了…试点培训班), a pilot planned with no
  sites named, a place told to learn from a list.
"""
from __future__ import annotations

import pytest

from tests.test_relations_rels12 import relations, sited  # the same one-text readers


# --- designations held below a county ---------------------------------------------------------------------

@pytest.mark.parametrize("text, program, site", [
    ("其中，南城区清河街道被评为全国和谐社区建设示范街道，受到民政部通报表扬。", "全国和谐社区建设示范街道", "清河街道"),
    ("今年，北塘区柳林街道杏花社区入选全国示范性老年友好型社区。", "全国示范性老年友好型社区", "杏花社区"),
    ("湖滨镇荣获全省“乡村治理”示范镇称号，成为全县唯一获此殊荣的乡镇。", "乡村治理", "湖滨镇"),
])
def test_a_street_community_or_township_holds_the_demonstration_title_it_wins(text, program, site):
    found = relations(text, "PILOTED_IN", province="浙江省")
    assert (program, site) in found


def test_negative_a_village_title_is_never_the_documents_county_when_the_village_is_not_found():
    # (fix1: 该村, no village mention at all, so the below-county guard is what keeps the county out; the named
    # village of before was found and held the title itself)
    text = "去年，该村荣获全国民主法治建设示范村。"
    found = relations(text, "PILOTED_IN", province="安徽省", place="宿松县")
    assert not any(place == "宿松县" for _, place in found)


def test_negative_an_institution_winning_a_demonstration_title_gives_no_site():
    text = "该中心获评“全省养老服务标准化示范点”，成为全市养老机构的标杆。"
    assert not sited(text, "无锡市", province="江苏省", place="无锡市")


# --- first within a wider scope ---------------------------------------------------------------------------

def test_a_county_first_in_its_province_to_run_a_pilot_is_its_site():
    text = "德清县在全省率先开展“时间银行”互助养老试点，累计服务老年人3万余人次。"
    assert sited(text, "德清县", "时间银行", province="浙江省")


def test_a_county_first_in_its_city_to_run_a_program_is_its_site():
    text = "宁海县在全市率先推行“家庭养老床位”服务，为失能老人上门服务2万余次。"
    assert sited(text, "宁海县", "家庭养老床位", province="浙江省")


def test_negative_a_wider_scope_that_is_not_a_rank_still_ends_the_reach():
    text = "德清县民政局局长介绍，全省推广“时间银行”互助养老经验，各地要学习借鉴。"
    assert not sited(text, "德清县", "时间银行", province="浙江省")


# --- a designation opening the sentence, or given to a place by a copula (below) ----------------------------

@pytest.mark.parametrize("text, program_start", [
    ("作为全国婚俗改革实验区，德清县大力倡导简约适度的婚俗礼仪，婚事新办率达到90%以上。", "全国婚俗改革实验区"),
    ("近年来，作为全省“时间银行”互助养老试点县之一，德清县累计服务老年人3万余人次。", "时间银行"),
    ("德清县系全省“时间银行互助养老”试点县，已建成服务站点42个。", "时间银行互助养老"),
    ("德清县为全国“农村养老服务”试点县，今年新建助餐点20个。", "农村养老服务"),
    ("德清县是全省唯一的“时间银行互助养老”试点县。", "时间银行"),
])
def test_the_place_a_designation_opener_leads_to_or_a_copula_names_holds_it(text, program_start):
    assert sited(text, "德清县", program_start, province="浙江省")


def test_negative_a_designation_opener_that_names_something_else_gives_no_site():
    text = "作为全国婚俗改革实验区的发源地之一的经验交流会上，德清县代表作了发言。"
    assert not sited(text, "德清县", "全国婚俗改革实验区", province="浙江省")


# --- a pilot's sites listed: bracketed kinds, 作为, a range widened, a list announced ----------------------

@pytest.mark.parametrize("text", [
    "省民政厅印发通知，部署开展农村互助养老服务试点工作。试点县（市、区）：德清县、安吉县、长兴县。",
    "省民政厅部署开展农村互助养老服务试点，试点县（市、区）为德清县、安吉县、长兴县。",
    "经研究，确定德清县、安吉县、长兴县作为全省农村互助养老服务试点县。",
    "今年，农村互助养老服务试点范围扩大到德清县、安吉县、长兴县。",
    # (fix1) an opener of 14 characters, 试点地区（县、市、区）包括：: read 20 back from the first place
    "省民政厅近日部署开展农村互助养老服务试点。试点地区（县、市、区）包括：德清县、安吉县、长兴县。",
])
def test_the_sites_of_a_pilot_listed(text):
    found = relations(text, "PILOTED_IN", province="浙江省")
    for county in ("德清县", "安吉县", "长兴县"):
        assert ("农村互助养老服务试点", county) in found


@pytest.mark.parametrize("text", [
    "第二批全国婚俗改革实验区名单公布，德清县、安吉县榜上有名。",
    # (fix1: the list is the run of place mentions; counted before the verb)
    "民政部公布第二批全国婚俗改革实验区名单，我省德清县、安吉县等2个县入选。",
])
def test_places_that_made_an_announced_list_hold_its_designation(text):
    found = relations(text, "PILOTED_IN", province="浙江省")
    # (the program's name may take in who published the list, 民政部公布第二批…: a program-boundary matter)
    assert {place for program, place in found if program.endswith("全国婚俗改革实验区")} >= {"德清县", "安吉县"}


@pytest.mark.parametrize("text", [
    # a pilot planned, its sites not named yet; counties told to get ready are no sites
    "全省将在部分县（市、区）开展农村互助养老服务试点，德清县、安吉县要做好申报准备。",
    # a list announced, a county told to learn from it did not make it
    "第二批全国婚俗改革实验区名单公布，德清县民政局要认真学习先进经验。",
    # (fix1) words joined by 与/和/及 after the place, no verb of making the list: the run of places ends at it
    "第二批全国婚俗改革实验区名单公布，德清县与社会组织和志愿者及群众积极参与社区建设。",
    # the kinds in brackets after a word that is no pilot's noun
    "省民政厅部署开展农村互助养老服务试点，参会县（市、区）为德清县、安吉县。",
])
def test_negative_places_near_a_pilot_that_are_not_named_its_sites(text):
    found = relations(text, "PILOTED_IN", province="浙江省")
    assert not any(place in ("德清县", "安吉县") for _, place in found)


# --- a copula between a place and its designation (positives above); a pilot that covers places -------------

def test_negative_a_place_that_serves_a_designation_does_not_hold_it():
    text = "德清县为全国“婚俗改革”实验区提供了可复制的经验。"
    assert not sited(text, "德清县", province="浙江省")


def test_the_places_a_pilot_covers_are_its_sites():
    text = "目前，“时间银行”互助养老试点已覆盖德清县、安吉县、长兴县。"
    found = relations(text, "PILOTED_IN", province="浙江省")
    assert {place for program, place in found if program.startswith("时间银行")} >= {"德清县", "安吉县", "长兴县"}


# --- a visited place where the visitors see or join the program ---------------------------------------------

@pytest.mark.parametrize("text, program_start, site", [
    ("3月2日，调研组一行来到德清县，在德清县社会福利中心，重点了解了“银龄互助”活动开展情况。", "银龄互助", "德清县"),
    ("副厅长一行今日下午到访安吉县，参与“暖冬行动”计划的入户走访活动。", "暖冬行动", "安吉县"),
])
def test_a_visited_place_is_where_the_program_seen_or_joined_is_carried_out(text, program_start, site):
    assert sited(text, site, program_start, province="浙江省")


@pytest.mark.parametrize("text", [
    # a visit, then planning: the pilot is not seen there
    "调研组到德清县调研后，研究部署婚俗改革试点工作。",
    # a wider scope between: what is seen is the province's
    "副厅长一行到德清县考察，了解了全省“时间银行”互助养老试点推进情况。",
    # an event about the program held at the visited place is no carrying out of it
    "3月2日，调研组来到德清县，参加了“时间银行”互助养老培训活动。",
    # (fix1) a visit with no seeing or joining: only told to spread the program
    "调研组来到德清县，要求推广“时间银行”活动。",
])
def test_negative_a_visited_place_that_is_not_where_the_program_is_seen(text):
    assert not sited(text, "德清县", province="浙江省")


# --- a place that only says where people come from ----------------------------------------------------------

def test_negative_the_place_people_attending_come_from_is_no_site():
    text = "来自德清县、安吉县的代表参加了“时间银行”互助养老试点培训班。"
    found = relations(text, "PILOTED_IN", province="浙江省")
    assert not any(place in ("德清县", "安吉县") for _, place in found)


@pytest.mark.parametrize("text", [
    "德清县党员干部积极参与“时间银行”互助养老试点，累计存入服务时长2万小时。",
    # (fix1: 参加 is a verb of attending the rule reads, so only this one can fail; no 来自, no attendees' place)
    "安吉县民政干部积极参加“时间银行”互助养老试点，年内存入服务时长1.5万小时。",
])
def test_a_place_whose_cadres_take_part_in_its_own_pilot_is_still_its_site(text):
    assert sited(text, text[:3], "时间银行", province="浙江省")


# --- places named as a pilot's ground; a rank before a designation -----------------------------------------

@pytest.mark.parametrize("text, sites", [
    ("省民政厅以德清县、安吉县为试点，探索推行“时间银行”互助养老服务。", {"德清县", "安吉县"}),
    ("在德清县先行试点的基础上，今年全省推广“时间银行”互助养老服务。", {"德清县"}),
])
def test_places_named_as_a_pilots_ground_are_the_next_programs_sites(text, sites):
    found = relations(text, "PILOTED_IN", province="浙江省")
    assert {place for program, place in found if program.startswith("时间银行")} >= sites


@pytest.mark.parametrize("text", [
    # an example, not a ground
    "以德清县为例，省民政厅介绍了“时间银行”互助养老服务的做法。",
    # the ground is the first program's; a later one in another clause is not
    "以德清县为试点，探索推行“银龄互助”模式，同时推广“时间银行”互助养老服务。",
])
def test_negative_a_place_that_is_no_pilots_ground_for_the_program(text):
    assert not sited(text, "德清县", "时间银行", province="浙江省")


# --- fix1: what a review of the rules above found -----------------------------------------------------------

@pytest.mark.parametrize("text, site, program_start, province", [
    # 我省 / 本县 rank the place as 全省 does: no other scope
    ("桐乡市在我省率先开展“智慧养老”服务试点，已为1.2万名老人安装呼叫设备。", "桐乡市", "智慧养老", "浙江省"),
    # the 400-character subject rule: the rank opening a later clause is the place's own
    ("今年，湖南将持续深化殡葬改革，推进移风易俗，加强公益性公墓和殡仪馆建设管理，在全国率先开展节地生态安葬综合试点。",
     "湖南省", "节地生态安葬", "湖南省"),
])
def test_a_place_first_in_a_wider_scope_runs_the_pilot(text, site, program_start, province):
    assert sited(text, site, program_start, province=province)


@pytest.mark.parametrize("text, site, province", [
    # the rank stands after a verb, not where the words after the place (or a clause of them) open: someone else's
    ("海宁市组织干部学习全省首个“智慧养老”服务试点经验。", "海宁市", "浙江省"),
    ("今年，湖南将持续深化殡葬改革，推进移风易俗，加强公益性公墓和殡仪馆建设管理，学习借鉴全国首个“节地生态安葬试点”的经验。",
     "湖南省", "湖南省"),
])
def test_negative_a_place_learning_from_anothers_first_is_no_site(text, site, province):
    assert not sited(text, site, province=province)


@pytest.mark.parametrize("text", [
    # a meeting convened at the place, then what those attending saw: rels13's venue reading, no visit
    "市民政局在桐乡市召开现场会，与会人员了解了“邻里守望”活动开展情况。",
    "在海宁市召开的推进会上，与会代表观摩了“邻里守望”活动。",
    "在桐乡市举办的交流会上，参会人员体验了“邻里守望”活动。",
])
def test_negative_a_meeting_held_at_a_place_is_no_visit_to_the_program_there(text):
    assert not any(place in ("桐乡市", "海宁市") for _, place in relations(text, "PILOTED_IN", province="浙江省"))


def test_a_visited_place_with_no_meeting_there_is_still_the_site():
    text = "调研组一行来到桐乡市，实地了解了“邻里守望”活动开展情况。"
    assert sited(text, "桐乡市", "邻里守望", province="浙江省")
