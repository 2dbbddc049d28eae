"""Program classes of helper progs12's second round (issue 10, stop 21, 7 Dec 2026): false programs seen on three or
more pages of two or more study folders (pool19, train77, blind62, fresh-train6…9), each fixed as a pattern.

Every sentence is invented for the test in the style of 民政 work reports and Hong Kong or Taiwan welfare news (none
copied from a page); each class has positive cases (a program still found) and negative ones (no program).
The rules alone are pinned with ``extract_rule_programs``; ``extract_programs`` adds the shipped program model.
"""
from __future__ import annotations

import pytest

from loaders.programs import _quote_context_declines, extract_programs, extract_rule_programs
from loaders.types import DocumentInfo, Sentence


def _sentence(text: str) -> list[Sentence]:
    return [Sentence(0, text, 0, len(text))]


def _rule_programs(text: str) -> list[str]:
    return sorted({m.name for m in extract_rule_programs(_sentence(text), DocumentInfo("t"))})


def _programs(text: str) -> list[str]:
    return sorted({m.name for m in extract_programs(_sentence(text), DocumentInfo("t"))})


# 1. 行动 as a person's mobility (行动不便, 行动自如, 行动可自理, 可自由行动) or as deeds (用实际行动, 付诸行动):
#    no campaign (fresh-train9 001/002/006/007, train77 workfresh-train1_011, blind62 workfresh-blind3_014).
@pytest.mark.parametrize("text", [
    "街道联合残联上门为辖区内行动不便的老人办理评残。",
    "照护中心收住行动自如的轻度失智长者，夜间另设值班人员。",
    "活动邀请设籍本市且行动可自理的长者一同出游。",
    "日间照顾中心帮助长者可自由行动的时间更长。",
    "爱心企业用实际行动传递温暖，支持本县慈善事业发展。",
    "把各项部署付诸行动、见诸成效。",
])
def test_action_as_mobility_or_deeds_is_no_campaign(text):
    assert _rule_programs(text) == []
    assert _programs(text) == []


@pytest.mark.parametrize("text, name", [
    # a real campaign keeps its 行动, also when the sentence goes on about people who move with difficulty
    ("开展“银龄护航”专项行动，为行动不便老人上门服务。", "银龄护航专项行动"),
    ("全面实施城乡低保扩围增效行动。", "城乡低保扩围增效行动"),
    ("深入开展居家养老服务提升行动能够惠及更多家庭。", "居家养老服务提升行动"),
])
def test_a_campaign_named_with_action_is_kept(text, name):
    assert name in _rule_programs(text)


def test_a_campaign_before_ability_words_is_cut_not_named():
    # 行动能力: the ability to move, even after a campaign-like head (no name at all, as the golds have none)
    assert _rule_programs("提升失能老人行动能力训练。") == []


# 2. A quote followed by what says it is a strategy, a call, a line of thought, a keynote or a problem (“…”战略定位,
#    “…”倡议, “…”总体思路, “…”治理困境, 群众“…”问题): a doctrine or a difficulty, no initiative (fresh-train6 006,
#    fresh-train7 006/013, fresh-train8 005, blind62 workfresh-blind4_004, train77 workfresh-train4_011).
@pytest.mark.parametrize("text", [
    "全面落实“两城三区”战略定位，推动民政事业发展。",
    "加快“东西双核”四轮驱动战略实施。",
    "积极响应“携手共富”倡议，动员社会力量参与。",
    "推动“三进三访”工作思路落地。",
    "社区扩容后，“小马拉大车”治理困境得到缓解。",
    "全年临时救助860户次，化解群众“救急难”问题。",
])
def test_a_quoted_doctrine_or_problem_is_no_program(text):
    assert _rule_programs(text) == []
    assert _programs(text) == []


@pytest.mark.parametrize("text, name", [
    # an initiative's kind between the quote and the doctrine word: the quote names the initiative
    ("落实“春风送暖”行动工作思路，分片包干。", "春风送暖行动"),
    # a letter of appeal is an event about the campaign, and 困境儿童 are people, not a predicament
    ("发出“慈善一日捐”活动倡议书。", "慈善一日捐"),
    ("实施“护苗成长”困境儿童关爱项目。", "护苗成长"),
])
def test_an_initiative_before_a_doctrine_word_is_kept(text, name):
    assert name in _rule_programs(text)


@pytest.mark.parametrize("text, quote", [
    # requirements, principles and deployments are not declined: the golds list “…”要求, “…”原则 and “…”决策部署
    ("坚持“一评二审三公开”原则审核低保。", "一评二审三公开"),
    ("落实“提标扩面”决策部署。", "提标扩面"),
    ("推行“就近安老”的政策。", "就近安老"),
])
def test_requirements_principles_and_policies_are_not_declined(text, quote):
    start = text.index("“")
    assert not _quote_context_declines(text, start, start + len(quote) + 2, quote)


# 3. Quoted national and provincial political formulas (loaders/data/program_slogans.txt): 重要窗口 (fresh-train8 014,
#    train77 workfresh-train1_001, blind62 workfresh-blind5_002), 三高四新, 四下基层, 第一议题, 一带一路, …
@pytest.mark.parametrize("text", [
    "奋力打造“重要窗口”，聚焦现代社区建设。",
    "全面落实“三高四新”，推动民政事业发展。",
    "推动“第一议题”“第二议题”学习常态化。",
    "积极参与“一带一路”，开展养老服务交流。",
    "统筹“六稳六保”，兜牢民生底线。",
])
def test_a_quoted_political_formula_is_no_program(text):
    assert _rule_programs(text) == []
    assert _programs(text) == []


def test_a_formula_named_as_an_action_is_still_a_program():
    # the context wins over the slogan list: a quote the text names as an action stays
    assert "重要窗口" in " ".join(_rule_programs("开展“重要窗口”建设先锋行动。"))


def test_a_rule_of_work_after_a_quote_is_no_field_of_work():
    # “…”工作制度 sets a rule (深入践行“四下基层”工作制度); “…”工作 alone still names the body's work there
    assert _rule_programs("深入践行“暖心敲门”工作制度。") == []
    assert "老有所养" in _rule_programs("扎实推进“老有所养”工作。")


# 4. A verb of preparing, seizing, listing, bringing about or responding glued to a name (data: cut words in
#    loaders/data/program_suffixes.txt; fresh-train6 003, fresh-train7 012, train77 workfresh-train5_002,
#    pool19 tgt14B_003): the name starts after it.
@pytest.mark.parametrize("text, name, glued", [
    ("社署正全力筹备长者社区照顾服务券计划的推行工作。", "长者社区照顾服务券计划", "筹备"),
    ("抓牢银龄安康行动，确保覆盖全部老人。", "银龄安康行动", "抓牢"),
    ("因应长者日间护理服务计划的检讨，社署将增加名额。", "长者日间护理服务计划", "因应"),
])
def test_a_glued_verb_is_cut_from_the_name(text, name, glued):
    found = _rule_programs(text)
    assert name in found
    assert not any(glued in found_name for found_name in found)


# 5. A plan of the year's promised 实事 (制定年度民生实事计划, 列出民生实事计划) is where they are listed, as
#    民生实事项目 is a kind of project (fresh-train6 001, train77 workfresh-train2_006).
@pytest.mark.parametrize("text", [
    "制定年度民生实事计划，并跟进抓好落实。",
    "深入调研，列出民生实事计划和为民服务清单。",
])
def test_a_plan_of_practical_things_is_no_program(text):
    assert _rule_programs(text) == []


def test_a_named_plan_is_kept():
    assert "护童成长计划" in _rule_programs("实施“护童成长”计划，为困境儿童提供陪伴。") or \
        "护童成长计划" in _programs("实施“护童成长”计划，为困境儿童提供陪伴。")
    assert "明天计划" in _rule_programs("继续实施“明天计划”。")


# 6. A …平台 whose head only says what kind of platform it is (``platform-word`` in program_suffixes.txt): no named
#    platform (fresh-train6 002/006/008, fresh-train7 004, fresh-train9 009, pool19 tgt15A_005, workfresh-blind1_003,
#    tgt14B_002, train77 workfresh-train2_008, blind62 workfresh-blind5_003).
@pytest.mark.parametrize("text", [
    "一是建设社区综合服务平台。",
    "社区通过搭建议事平台，开展志愿帮扶。",
    "民政项目是开展公共服务的重要平台和载体。",
    "依托电视、广播、网路及社群平台等多元管道宣传。",
    "对接省、市信息共享交换平台，梳理民生事项。",
])
def test_a_platform_of_a_kind_is_no_program(text):
    assert _rule_programs(text) == []


@pytest.mark.parametrize("text, name", [
    ("建成智慧养老信息平台，实现线上派单。", "智慧养老信息平台"),
    ("依托低收入人口动态监测平台开展预警。", "低收入人口动态监测平台"),
    ("建成城乡社区公共服务综合信息平台。", "城乡社区公共服务综合信息平台"),
])
def test_a_platform_with_its_field_is_kept(text, name):
    assert name in _rule_programs(text)


# 7. 这次 / 此次 / 本次 or a count of 多项 before a generic head refers to a program named elsewhere
#    (fresh-train8 003, train77 workfresh-train2_008, blind62 workfresh-blind5_013).
@pytest.mark.parametrize("text", [
    "这次先导计划以两个区作为试点。",
    "多项服务计划涉及跨部门合作，将加强协调。",
])
def test_a_program_referred_back_to_is_not_named_again(text):
    assert _rule_programs(text) == []



def test_a_counted_field_package_is_kept():
    # a count inside a field's package (养老服务十项行动) names it: only 多项/两项 + a generic head refers
    assert "养老服务十项行动" in _rule_programs("全面实施养老服务十项行动。")


# 8. A comma inside a name is written in ASCII, as brackets are: the study pages' golds write every such name so
#    (train77 workfresh-train1_007 and workfresh-train3_003, pool19 workfresh-blind2_001).
def test_a_comma_inside_a_name_is_ascii():
    found = _programs("扎实开展“守望相助，温暖同行”关爱保护专项行动。")
    assert "守望相助,温暖同行关爱保护专项行动" in found
    assert not any("，" in name for name in found)


# 9. 民心工程 alone or after a level is a kind of project, as 民生工程 is (fresh-train9 010, train77
#    workfresh-train1_009 and workfresh-train5_007, pool19 workfresh-blind1_001); a count or a verb of its own names one.
@pytest.mark.parametrize("text", [
    "高质量完成民心工程和为民办实事项目。",
    "扎实完成市级、区级民心工程。",
])
def test_a_bare_hearts_project_is_no_program(text):
    assert _rule_programs(text) == []


@pytest.mark.parametrize("text, name", [
    ("深入实施暖民心工程。", "暖民心工程"),
    ("推进二十项民心工程落地见效。", "二十项民心工程"),
])
def test_a_named_hearts_project_is_kept(text, name):
    assert name in _rule_programs(text)


# 10. A …模式 whose head only says how the service is given, by mutual help or on the body's own initiative
#     (fresh-train6 010, fresh-train8 010, fresh-train9 011), and an appositive 这一 before the kind: no named model.
@pytest.mark.parametrize("text", [
    "作为一种新型的互助养老模式，“银龄互助”正在多个街道推广。",
    "变“人找服务”为“服务找人”的主动服务模式。",
    "“爱心储蓄”这一互助养老服务模式能有效缓解护理人手不足。",
])
def test_a_model_of_a_kind_is_no_program(text):
    found = _rule_programs(text)
    assert not any(name.endswith("模式") for name in found)


def test_a_named_model_is_kept():
    assert "三四五居家养老模式" in _rule_programs("推广“三四五”居家养老模式。")


# 11. 一老一少 (the guide's 一老一小 as Macau writes it) and 应保尽保、应退尽退 (an aim) are slogans (fresh-train7 002,
#     fresh-train6 015).
@pytest.mark.parametrize("text", [
    "座谈会探讨关顾「一老一少」工作。",
    "真查实核低保对象，实现“应保尽保、应退尽退”。",
])
def test_an_aim_or_category_in_quotes_is_no_program(text):
    assert _rule_programs(text) == []
    assert _programs(text) == []
