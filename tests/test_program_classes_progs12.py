"""Program classes of the progs12 round (issue 10, 7 Dec 2026), each seen on three or more pages of the
213-page study pool and fixed as a pattern, not as the pages' names.

Every sentence is written for the test, phrased after real 民政, Hong Kong and Taiwan welfare pages
(none copied); each class has positive and negative cases.
"""
from __future__ import annotations

import pytest

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str, province: str = "") -> list[str]:
    info = DocumentInfo("t", province=province) if province else DocumentInfo("t")
    return sorted({m.name for m in extract_programs([Sentence(0, text, 0, len(text))], info)})


# 1. A run of quoted brands closed by 等 + (一批 / a count) + what they are like + 服务/行动/模式/品牌/做法:
#    each quote names a brand the body runs (pool: progs9A_005, workfresh-blind1_001, workfresh-blind2_001).
@pytest.mark.parametrize("text, names", [
    ("全年开展“银龄共餐”“邻里守望”等线上线下结对关爱行动，服务老人3万人次。", ["邻里守望", "银龄共餐"]),
    ("街道推出“红色议事厅”、“暖心小院”等一批具有本区特色的党建引领基层治理新模式。", ["暖心小院", "红色议事厅"]),
    ("殡葬管理所提供“一键预约”等便民暖心服务。", ["一键预约"]),
])
def test_a_run_of_quoted_brands_before_their_kind(text, names):
    found = _programs(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize("text, absent", [
    # a slogan before the kind stays a slogan
    ("坚持“四个意识”等政治要求，改进作风服务。", "四个意识"),
    # a kind of thing that is no brand (课程, 节目) closes no list of brands
    ("老年大学开设“指尖上的非遗”等系列课程。", "指尖上的非遗"),
    # the clause ends before the kind: no list of brands
    ("落实“两个确保”等，推动基层服务。", "两个确保"),
])
def test_a_quote_not_closed_by_a_kind_of_brand(text, absent):
    assert absent not in _programs(text)


# 2. Hong Kong, Macau and Taiwan texts name a cash benefit (津贴, 补助, 补助金, 礼金) after the verb that hands it
#    out, restores or raises it, also as a later item of the list the verb opens (pool: workfresh-blind1_016,
#    progs10C_002; the class also shows on progs10B_004 and workfresh-blind1_013 with no verb).
@pytest.mark.parametrize("text, names", [
    ("市府今年起发放端午敬老礼金，每人一千元。", ["端午敬老礼金"]),
    ("县府恢复中低收入老人假牙补助，并加码育儿津贴。", ["中低收入老人假牙补助", "育儿津贴"]),
    ("市府提供免费流感疫苗、长者助听器补助外，也发放独居长者营养补助金。", ["长者助听器补助", "独居长者营养补助金"]),
])
def test_a_handed_out_cash_benefit_in_taiwan_or_hong_kong(text, names):
    found = _programs(text, "台湾省")
    for name in names:
        assert name in found


@pytest.mark.parametrize("text, absent, province", [
    # no head: the cash word alone names no benefit
    ("社会局向合资格家庭发放津贴。", "发放津贴", "台湾省"),
    # a count of kinds names none
    ("市府今年发放多项补助。", "多项补助", "台湾省"),
    # on the mainland the same shape is a kind of payment, not a named scheme (the rule is regional)
    ("县民政局按时发放困难群众生活补助。", "困难群众生活补助", ""),
])
def test_a_cash_word_that_names_no_benefit(text, absent, province):
    assert absent not in _programs(text, province)


def test_a_list_sibling_is_never_the_found_name_with_its_verb():
    # 恢复老人假牙补助、…: the found name's own item is no sibling of itself (the verb stays out)
    found = _programs("县府恢复老人假牙补助、敬老卡多元使用，据点持续增加。", "台湾省")
    assert "老人假牙补助" in found and "恢复老人假牙补助" not in found


# 3. An unquoted head that refers or counts instead of naming (这项民生工程, 相关计划, 下一阶段行动计划,
#    两项试验计划): the text points at programs named elsewhere or not yet named (pool: ents8A_003,
#    workfresh-blind2_012, workfresh-blind2_015).
@pytest.mark.parametrize("text, absent", [
    ("居民代表希望今后这项民生工程越办越好。", "这项民生工程"),
    ("署方年初推出两项试验计划，其中一项试验计划为照顾者提供喘息服务。", "两项试验计划"),
    ("会上简介了长者关怀和相关计划的进展。", "关怀和相关计划"),
    ("局方汇报了上一期的执行情况及下一阶段行动计划的筹备情况。", "执行情况及下一阶段行动计划"),
])
def test_a_head_that_refers_names_no_program(text, absent):
    found = _programs(text)
    assert absent not in found and not any(name.endswith(absent) or absent.endswith(name) for name in found)


@pytest.mark.parametrize("text, name", [
    # a count before the kind with a field before it is a package of promised works
    ("区民政局推出助残惠民六项实事，年内全部完成。", "助残惠民六项实事"),
    # a count inside a benefit's name is part of it
    ("全面落实残疾人两项补贴制度，做到应补尽补。", "残疾人两项补贴制度"),
])
def test_a_count_inside_a_name_stays(text, name):
    assert name in _programs(text)


# 4. 项目 as the items of a list of charges, exemptions or rates (减免项目, 殡葬服务免费项目, 综援标准项目,
#    不限项目种类): what is waived or paid, no project (pool: workfresh-blind1_010, workfresh-blind1_011,
#    tgt10C_001).
@pytest.mark.parametrize("text, absent", [
    ("二、困难群众基本殡葬服务减免对象及减免项目", "减免项目"),
    ("《办法》列明了全县基本殡葬服务免费项目及标准，免费项目共6项。", "免费项目"),
    ("署方将向立法会提交调整综援标准项目金额的建议。", "标准项目"),
    ("在规定服务范围内（不限项目种类）的费用由财政据实补贴。", "项目"),
])
def test_project_as_an_item_of_a_list_of_charges(text, absent):
    assert not any(name.endswith(absent) for name in _programs(text))


@pytest.mark.parametrize("text, name", [
    # a project named by what it builds or does is still one
    ("加快推进城乡低保标准提升项目和水库移民联合购置共富项目。", "水库移民联合购置共富项目"),
])
def test_a_named_project_stays(text, name):
    assert name in _programs(text)


# 5. 完成 + a kind of work + a count of households or people: an output reported, no programme named (pool:
#    progs8A_004, tgt11A_001; dev 026).
@pytest.mark.parametrize("text, absent", [
    ("全年完成特殊困难老年人家庭适老化改造2.3万户。", "特殊困难老年人家庭适老化改造"),
    ("去年累计完成居家适老化改造650户，惠及老人900余名。", "居家适老化改造"),
])
def test_a_completed_count_names_no_programme(text, absent):
    assert absent not in _programs(text)


@pytest.mark.parametrize("text, name", [
    # a count with no 完成 is the size of a named programme
    ("年初省里下达农村特困群众安居工程180户，当年全部开工。", "农村特困群众安居工程"),
    # 完成 with no count: the programme is still named
    ("高质量完成困难老年人家庭适老化改造任务。", "困难老年人家庭适老化改造"),
])
def test_a_programme_with_its_size_or_without_a_count_stays(text, name):
    assert name in _programs(text)


# 6. A quoted count with one or two characters is a numbered aim, standard or grade unless the kind of
#    initiative follows the quote (pool: progs8A_007 “三甲”, rels5B_004 “六新”, rels7B_002 “六精准”).
@pytest.mark.parametrize("text, absent", [
    ("对标“五好”提升建设，推动机构服务上台阶。", "五好"),
    ("持续开展以“四精准”为载体的低保专项治理。", "四精准"),
    ("支持县人民医院创建“三甲”综合医院。", "三甲"),
])
def test_a_quoted_numbered_aim_is_no_programme(text, absent):
    assert absent not in _programs(text)


@pytest.mark.parametrize("text, name", [
    ("全体党员干部认真开展“三服务”活动。", "三服务"),
    ("街道为独居老人推广“一键通”等线上关爱服务。", "一键通"),
])
def test_a_quoted_numbered_initiative_or_one_thing_stays(text, name):
    assert name in _programs(text)


# 7. A quoted name inside a cited title is the initiative the document is about; a quoted list of parallel
#    names counts item by item (pool: progs10A_002, workfresh-blind1_007; already right on progs10B_002 and
#    progs7A_002 by other routes).
@pytest.mark.parametrize("text, names", [
    ("县政府办公室印发《某县提升“助残一件事”服务能力的实施办法》。", ["助残一件事"]),
    ("会前下发《“作风建设深化年、基层治理攻坚年”活动实施方案》，部署全年工作。", ["作风建设深化年", "基层治理攻坚年"]),
])
def test_a_quoted_name_in_a_title(text, names):
    found = _programs(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize("text, absent", [
    # a planning period in a title is a slogan
    ("认真贯彻《某省“十四五”民政事业发展规划》。", "十四五"),
    # a quoted slogan of clauses in a title is no list of names
    ("印发《关于深入开展“守初心、担使命”学习的通知》。", "守初心"),
])
def test_a_quoted_slogan_in_a_title(text, absent):
    assert not any(absent in name for name in _programs(text))


@pytest.mark.parametrize("text, name", [
    # a plan's task for the year: the count sizes the programme (as 实施…改造200户 does)
    ("年内完成分散供养特困人员家庭适老化改造1200户。", "分散供养特困人员家庭适老化改造"),
    ("力争完成困难老年人家庭适老化改造800户。", "困难老年人家庭适老化改造"),
])
def test_a_planned_completion_with_a_count_names_the_programme(text, name):
    assert name in _programs(text)
