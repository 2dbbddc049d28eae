"""Classes of indicator-name failure found on a fresh batch of real county and city plans and work
reports (a city's first-quarter report, a district's year summary, a city's plan for elder-care sites
reported as news, a city's summary, a county's plan for the next year, a city's five-year goals) before
any fix, with the same classes in seeds/dev and earlier fresh batches:

- hedges around the number (建成不少于…张, 至少建成1处, 配备3名左右…, 80%以上的…) stayed in the name or hid
  the deed right before the number, so the count was named by the words before the deed (上海, 各县区、街道至少);
- a deed's count whose thing counted follows the number was refused when the unit was 家, 处 or 座, or when
  the places each holding it (各县区、街道, 每个城市社区) stood before the deed;
- people or households counted after 对/为 and before the deed done to them (对全市…名特困群众开展春节慰问
  活动; 为5名滞留人员进行了落户) were named by the words before the number or the deed after it;
- money invested in a works project (拟投资1500万元建设X项目) was named by the verb alone (拟投资);
- areas and livestock (3667平米, 9.51万公顷, 13.72万头) were no units, so those figures were missed;
- where a deed was done, opening the phrase (在城镇社区和农村新增…; 主要在五个新城和部分郊区落实…; tgt11 A 003),
  stayed in the name, or was all of it;
- the share of bodies that do or have something, with a verb outside the closed deeds (80%以上的社会组织具备
  …特征; dev: 40%的敬老院要改造成农村养老服务中心), was named by the words after the percentage.

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect on the
fresh pages and the shared corpus is in docs/benchmarks.md (helper "tgt13").
"""
from __future__ import annotations

from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def targets(text: str, year: int | None = 2023) -> dict[str, dict]:
    """``{value+unit: properties}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=year))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties for t in found}


# --- hedges around the number ---

def test_floor_between_deed_and_number_leaves_the_deed_count() -> None:
    found = targets("到2025年，全县建成不少于30个农村互助幸福院。")
    assert found["30个"]["indicator"] == "农村互助幸福院建成数"
    assert found["30个"]["kind"] == "goal"
    assert found["30个"]["year"] == 2025


def test_floor_before_the_deed_is_no_part_of_the_name() -> None:
    found = targets("明年各乡镇、街道至少建成1处区域性养老服务中心。")
    assert found["1处"]["indicator"] == "各乡镇、街道区域性养老服务中心建成数"


def test_approximation_after_the_number_is_no_part_of_the_thing_counted() -> None:
    found = targets("到2025年，每个城市社区至少配备2名左右专职社会工作者。")
    name = found["2名"]["indicator"]
    assert "左右" not in name and "至少" not in name
    assert name.startswith("每个城市社区专职社会工作者")


def test_floor_in_a_share_is_no_part_of_its_name() -> None:
    found = targets("到2025年，养老机构护理型床位占比不低于65%。")
    assert found["65%"]["indicator"] == "养老机构护理型床位占比"


def test_a_cap_is_not_a_hedge() -> None:
    # 不超过 bounds a standard (read by _caps), it is not an approximation to drop
    found = targets("临时救助金额每人每次最高不超过5000元。")
    assert found["5000元/次"]["indicator"] == "临时救助金标准"


def test_a_hedge_that_ends_another_word_is_kept() -> None:
    # 签约 is a deed, not 签 + the hedge 约: the name is as before (the hedge lexicon's third column)
    from loaders.targets import _without_hedges
    assert _without_hedges("全区签约20家养老机构", 4, 7) == ("全区签约20家养老机构", 4, 7)
    assert _without_hedges("全区约20家养老机构", 3, 6) == ("全区20家养老机构", 2, 5)


# --- a deed's count: units of sites and the places that each hold one ---

def test_deed_count_in_sites_after_a_clause_of_another_figure() -> None:
    found = targets("全市老年助餐服务能力达到每天约3万人次，新建80家社区长者食堂。")
    assert found["80家"]["indicator"] == "社区长者食堂新建数"


def test_a_subject_that_is_no_place_still_names_the_count_its_own_way() -> None:
    # 养老机构 before the deed is what is counted, not where each count holds: the rule stays out
    found = targets("全区养老机构建成120家。")
    assert "建成数" not in found["120家"]["indicator"]


# --- people a deed is done to, after 对/为 ---

def test_people_visited_after_dui_are_named_act_first() -> None:
    found = targets("春节前对全县2150名困难群众开展走访慰问活动，发放慰问金86万元。")
    assert found["2150名"]["indicator"] == "走访慰问困难群众数"


def test_people_settled_after_wei_are_named_by_the_deed_and_the_group() -> None:
    found = targets("全年救助流浪乞讨人员35人次，为3名长期滞留人员进行了落户。")
    assert found["3名"]["indicator"] == "落户长期滞留人员数"


def test_a_group_acting_itself_is_not_a_group_a_deed_is_done_to() -> None:
    found = targets("全镇1200名志愿者开展了助老服务。")
    assert found["1200名"]["indicator"] != "助老服务志愿者数"


# --- money invested in a works project ---

def test_money_invested_is_named_by_the_project() -> None:
    found = targets("2024年拟投资860万元建设城北公益性公墓项目，建筑面积2400平米。")
    assert found["860万元"]["indicator"] == "城北公益性公墓项目投资"
    # the area after it is the project's too (helper tgt17's class: a project's measures take the project)
    assert found["2400平米"]["indicator"] == "城北公益性公墓项目建筑面积"


def test_money_with_its_own_name_keeps_it() -> None:
    found = targets("全年共投入养老服务资金520万元。")
    assert found["520万元"]["indicator"] != "投资"
    assert "养老服务资金" in found["520万元"]["indicator"]


# --- areas and livestock ---

def test_drought_losses_in_hectares_and_head_are_figures() -> None:
    found = targets("旱灾造成农作物受灾2.3万公顷，饮水困难大牲畜1.8万头。")
    assert found["2.3万公顷"]["kind"] == "figure"
    assert found["1.8万头"]["indicator"] == "饮水困难大牲畜"


def test_tou_as_a_word_opening_is_no_unit() -> None:
    found = targets("全市3头等舱项目已完成。")
    assert "3头" not in found


# --- the share of bodies that do or have something ---

def test_share_of_bodies_to_be_converted_is_named_by_the_deed_and_the_bodies() -> None:
    found = targets("今年还将完善乡镇敬老院功能，全县30%的敬老院要改造成区域性养老服务中心。")
    assert found["30%"]["indicator"] == "改造成区域性养老服务中心的敬老院比例"


def test_share_with_a_floor_after_it() -> None:
    found = targets("到2025年，90%以上的城乡社区建有综合服务设施。")
    assert found["90%"]["indicator"] == "建有综合服务设施的城乡社区比例"


def test_share_of_money_is_no_share_of_bodies() -> None:
    found = targets("全区70%的福彩公益金用于社会福利事业。")
    assert not found["70%"]["indicator"].endswith("的福彩公益金比例")


def test_closed_deed_share_keeps_its_own_name() -> None:
    found = targets("全市85%的养老机构建成“明厨亮灶”。")
    assert found["85%"]["indicator"] == "养老机构明厨亮灶建成率"


# --- where a deed was done ---

def test_place_phrase_before_the_deed_is_no_part_of_the_name() -> None:
    found = targets("全区在城市社区和农村新增老年助餐点45家。")
    assert found["45家"]["indicator"] == "新增老年助餐点"
    assert "scope" not in found["45家"]  # both areas are named: the count is of neither alone


def test_place_phrase_then_the_deed_then_the_count() -> None:
    found = targets("到2025年，主要在新城和郊区落实约2万张统筹建设床位。")
    assert found["2万张"]["indicator"] == "统筹建设床位落实数"


def test_range_of_the_whole_city_is_no_part_of_the_name() -> None:
    found = targets("在全市范围内建成15个区域养老服务中心。")
    assert found["15个"]["indicator"] == "区域养老服务中心建成数"


def test_a_place_phrase_without_a_deed_after_it_stays() -> None:
    from loaders.targets import _where_deed_re
    assert _where_deed_re().sub("", "在城区养老机构入住老人") == "在城区养老机构入住老人"
