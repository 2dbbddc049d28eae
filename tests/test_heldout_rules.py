"""The general rules added after the held-out audit, on sentences of their own.

Each sentence here is new (neither from the shared corpus nor from
``tests/heldout``), so these tests check that a rule states a pattern of
government prose rather than a memorised string.
"""
from __future__ import annotations

import pytest

from loaders.places import extract_places, find_local_places
from loaders.policies import extract_policies
from loaders.programs import extract_programs
from loaders.targets import extract_targets
from loaders.types import DocumentInfo, Sentence

from corpus_helpers import corpus_sentence


def _sentence(text: str) -> list[Sentence]:
    return [Sentence(0, text, 0, len(text))]


def programs(text: str) -> list[str]:
    return [m.name for m in extract_programs(_sentence(text), DocumentInfo("t"))]


def targets(text: str) -> list[tuple[float, str]]:
    return [(m.properties["value"], m.properties["unit"]) for m in extract_targets(_sentence(text), DocumentInfo("t"))]


# -- programs ---------------------------------------------------------------

def test_pilot_followed_by_a_verb_is_not_a_name():
    assert programs("在城关镇东风村试点推行积分制管理。") == []
    assert programs("在两个街道试点开展助浴服务。") == []


def test_pilot_plan_document_is_not_a_name():
    assert programs("民政局副局长张某介绍了试点方案。") == []


def test_each_pilot_area_is_generic():
    assert programs("每个试点地区至少配备1名社工。") == []


def test_abbreviation_gloss_is_read_past():
    names = programs("在三个县开展困难老年人探访关爱服务(以下简称“探访关爱”)试点工作。")
    assert names == ["困难老年人探访关爱服务试点"]


def test_brand_named_with_a_long_descriptor():
    assert programs("持续擦亮“康养之家”居家养老服务品牌。") == ["康养之家"]
    assert "夕阳红" in programs("持续推进“夕阳红”互助养老品牌创建。")


def test_place_between_verb_and_quoted_name():
    assert programs("在全县推广高桥镇“积分超市”经验。") == ["积分超市"]


def test_level_words_are_not_a_place_before_a_quote():
    # The rules never read 省市县 as the place of “三级联动” (县三级联动 is no place's initiative). The whole
    # phrase is a name in the team's gold (seeds 002: 模范机关建设省市县三级联动), which the program model may find.
    from loaders.programs import extract_rule_programs

    sentences = _sentence("推进机关建设省市县“三级联动”。")
    assert [m.name for m in extract_rule_programs(sentences, DocumentInfo("t.txt"))] == []
    assert all(name.startswith("机关建设") for name in programs("推进机关建设省市县“三级联动”。"))


def test_designation_after_lie_wei():
    names = programs("两地被列为全国智慧健康养老应用试点。")
    assert names == ["全国智慧健康养老应用试点"]


def test_quoted_mechanism_after_shixing_and_jianshe():
    assert programs("对急难对象实行“先救助、后审批”。") == ["先救助、后审批"]
    assert programs("加快“邻里食堂”建设。") == ["邻里食堂"]


def test_designations_need_a_demonstration_word():
    assert programs("和平里社区入选全国示范性老年友好型社区。") == ["全国示范性老年友好型社区"]
    assert programs("该村被命名为省级乡村治理示范村。") == ["省级乡村治理示范村"]
    # An honour is not an initiative.
    assert programs("两县被评为全省民政工作先进单位。") == []



# -- programs: rules added after batch C (h15-h19) ---------------------------

def test_funding_verbs_end_the_clause_before_a_pilot():
    # Money allocated to a pilot names no pilot.
    assert programs("县级财政安排试点资金200万元,用于社区养老。") == []
    assert programs("市财政下达试点补助资金300万元。") == []


def test_quoted_plus_formula_is_a_mechanism():
    assert programs("会上听取了“党建引领+网格治理”情况汇报。") == ["党建引领+网格治理"]
    # A bare 互联网+ is a slogan.
    assert programs("顺应“互联网+”发展趋势。") == []


def test_pilot_of_a_quoted_formula_names_the_formula():
    assert programs("在两个乡镇开展“物质+服务”救助试点。") == ["物质+服务"]
    # A quoted facility built as a pilot keeps the full pilot name.
    assert programs("在五个街道开展“爱心驿站”建设试点。") == ["爱心驿站建设试点"]


def test_home_adaptation_with_households_is_a_program():
    assert programs("年内完成分散供养特困人员家庭适老化改造1200户。") == ["分散供养特困人员家庭适老化改造"]
    assert programs("推进适老化改造。") == []
    # A count of platforms is still a category, not a named initiative.
    assert programs("全市共建成社区养老服务平台3个。") == []



def test_quoted_qualifier_is_named_with_its_system_or_help():
    assert programs("着力构建“大慈善”体系。") == ["大慈善体系"]
    # seed 001: “大养老”服务体系 (gold: 大养老服务体系)
    assert "大养老服务体系" in programs(corpus_sentence("seeds/001_a6c3dbea50c2ae1d.txt", "“大养老”服务体系").text)
    assert programs("组织党员干部与困难家庭开展“一对一”结对帮扶。") == ["一对一结对帮扶"]
    # A longer descriptor before 体系 is the strategy's description, not its name.
    assert programs("围绕“1433”战略发展体系。") == []


def test_numeric_formula_is_named_with_the_service_it_shapes():
    assert programs("推广“1+X”志愿服务模式。") == ["1+X志愿服务"]
    assert "1+N志愿服务" in programs(corpus_sentence("seeds/001_a6c3dbea50c2ae1d.txt", "“1+N”志愿服务").text)

# -- programs: H8, names written without quotes or a usual program ending ----

def test_campaign_named_by_the_problems_it_targets():
    assert programs("全面完成养老服务领域突出问题专项整治。") == ["养老服务领域突出问题专项整治"]
    # …行动 after it: the longer name wins, not a truncated one.
    assert programs("深入开展婚姻登记领域突出问题专项整治行动。") == ["婚姻登记领域突出问题专项整治行动"]
    # dev 014: a field + 专项整治 in a list of work items is not a named campaign (gold has none).
    sentence = corpus_sentence("dev/014.txt", "殡葬领域专项整治")
    assert programs(sentence.text) == []


def test_monitoring_of_a_population_group_is_a_mechanism():
    assert programs("健全防止返贫对象动态监测，做到早发现、早干预。") == ["防止返贫对象动态监测"]
    assert programs("要把低收入人口动态监测落到实处。") == ["低收入人口动态监测"]
    # The platform that runs it keeps its full name.
    assert programs("依托低收入人口动态监测平台开展预警。") == ["低收入人口动态监测平台"]
    # Monitoring figures or prices is no initiative.
    assert programs("加强养老服务价格动态监测。") == []


def test_home_for_a_category_of_people_is_a_service_brand():
    assert programs("在每个村(社区)建设妇女之家，2025年底前实现全覆盖。") == ["妇女之家"]
    # A qualifier before it (示范性, 试点地区) is not part of the name.
    assert programs("对评估合格的示范性儿童之家每个给予5万元奖补。") == ["儿童之家"]
    # Any other 之家 is no brand.
    assert programs("把敬老院打造成老人温馨之家。") == []


def test_quoted_brand_before_the_facility_that_carries_it():
    assert programs("“银发驿家”老年助餐点增至30个。") == ["银发驿家"]
    assert programs("走访了“红马甲”志愿服务站。") == ["红马甲"]
    # A quote before a facility that is not a service point stays out.
    assert programs("走访了“最美家庭”所在社区。") == []


def test_quoted_clean_up_and_charity_shop_take_their_quoted_name():
    assert programs("全面开展“多头证明”清理。") == ["多头证明清理"]
    # seed 001 (gold: 七多清理, not the bare quote)
    found = programs(corpus_sentence("seeds/001_a6c3dbea50c2ae1d.txt", "“七多”清理").text)
    assert "七多清理" in found and "七多" not in found
    assert programs("确保“爱心汇”网上慈善超市正常运行。") == ["爱心汇网上慈善超市"]


def test_quoted_model_with_the_unit_being_created():
    assert programs("深入推进“浦江式”社区创建，年内完成20个。") == ["浦江式社区"]
    # A model word with no unit being created stays a descriptor.
    assert programs("探索“候鸟式”养老。") == []
    assert programs("全市将建成“枫桥式”社区100个。") == []


def test_pilot_named_by_the_unit_it_is_run_on():
    assert programs("开展以县为单位的社会救助综合改革试点。") == ["以县为单位的社会救助综合改革试点"]
    # dev 024 (gold: the full 以…为…的 name)
    sentence = corpus_sentence("dev/024.txt", "村民自治试点")
    assert "以村民小组或自然村为基本单元的村民自治试点" in programs(sentence.text)
    # Any other 的 still ends the name.
    assert programs("推进全省的社会救助综合改革试点。") == ["社会救助综合改革试点"]


# -- places: rules added after batch C (h15-h19) -----------------------------

def places(sentence: Sentence) -> list[str]:
    return [m.name for m in extract_places([sentence], DocumentInfo("t"))]


def test_state_level_new_areas_are_places():
    # dev 034 lists 贵安新区 beside the cities of 贵州.
    assert "贵安新区" in places(corpus_sentence("dev/034.txt", "贵安新区"))
    found = places(_sentence("在大连金普新区和哈尔滨新区开展试点。")[0])
    assert "金普新区" in found and "哈尔滨新区" in found
    assert "哈尔滨市" not in found


def test_new_areas_have_no_short_names():
    # 江北 and 湘江 are a district and a river far more often than a new area.
    assert "江北新区" not in places(_sentence("宁波市江北区和湘江沿岸社区。")[0])


def test_family_name_villages():
    found = [name for _, _, name, _ in find_local_places("在王家村、李家湾村调研，深入马家沟村。", set())]
    assert found == ["王家村", "李家湾村", "马家沟村"]
    # 家 inside a common word still stops a name.
    assert find_local_places("推进居家社区养老服务。", set()) == []

# -- targets ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("低保审批时限压缩至15个工作日。", (15.0, "个工作日")),
    ("特困供养标准不低于当地低保标准的1.5倍。", (1.5, "倍")),
    ("全年举办养老护理员培训班32场。", (32.0, "场")),
    ("接到报告后须在12小时内上门核查。", (12.0, "小时")),
    ("养老机构护理型床位占比达到百分之六十五。", (65.0, "%")),
    ("空置率下降百分之五。", (5.0, "%")),
])
def test_new_units(text, expected):
    assert expected in targets(text)


def test_durations_and_opening_hours_are_not_targets():
    assert targets("按照2至4个月的低保标准确定救助金额。") == []
    assert targets("救助热线实行24小时服务。") == []


# -- policies ---------------------------------------------------------------

def test_own_title_with_several_issuers_is_not_cited():
    title = "某市民政局 某市财政局 某市残联关于调整困难残疾人生活补贴标准的通知"
    sentence = _sentence("为贯彻落实《关于调整困难残疾人生活补贴标准的通知》，现将有关事项通知如下。")
    assert extract_policies(sentence, DocumentInfo("t", title=title)) == []
    other = _sentence("根据《某省残疾人保障条例》，现将有关事项通知如下。")
    assert [m.name for m in extract_policies(other, DocumentInfo("t", title=title))] == ["某省残疾人保障条例"]
