"""Program rule classes found on held-out folds and fresh batch 3 (issue 10), on invented sentences.

Every sentence is written for the test, phrased after real 民政 pages (none copied); each class
has a positive and a negative case.
"""
from __future__ import annotations

import pytest

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str) -> list[str]:
    return [m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t"))]


def test_a_demonstration_unit_with_its_level_or_place_is_a_designation():
    assert _programs("全县已有两个省级示范性居家养老服务中心投入运营。") == ["省级示范性居家养老服务中心"]
    assert _programs("今年新打造三个东台市示范性睦邻点。") == ["东台市示范性睦邻点"]


@pytest.mark.parametrize("text", ["这些做法对全省具有示范性意义。", "建成一批示范性睦邻点，发挥示范性作用。"])
def test_a_demonstration_word_without_level_or_place_is_none(text):  # negative
    assert _programs(text) == []


def test_a_campaign_in_action_is_named_whole():
    assert _programs("组织开展“助老护老、志愿者在行动”主题活动。") == ["助老护老、志愿者在行动"]


def test_a_person_in_a_place_is_still_a_clause():  # negative
    assert _programs("帮助老人在社区生活圈就近就餐。") == []


def test_a_pilot_site_is_not_a_pilot_name():  # negative: 试点镇, 试点村; and a unit alone before 试点
    assert _programs("确定柳溪镇为老年友好试点镇，另选8个试点村。") == []
    assert _programs("确定3个镇街、12个村社试点培育对象。") == []


def test_a_pilot_name_still_ends_in_its_pilot():
    assert _programs("推进困难老人家庭适老化改造试点。") == ["困难老人家庭适老化改造试点"]


def test_parts_of_a_building_job_and_budget_lines_are_none():  # negative
    assert _programs("福利中心主体工程完成结顶，完成年度投资计划的85%。") == []


def test_a_programme_of_works_is_kept():
    assert _programs("扎实推进农村敬老院改造提升工程。") == ["农村敬老院改造提升工程"]


def test_witnessing_a_launch_is_no_part_of_its_name():
    assert _programs("数百名志愿者共同见证2024年春风关爱行动启动。") == ["春风关爱行动"]


def test_a_quoted_kind_takes_its_subject():
    assert _programs("为困难群众开通临时救助“绿色通道”。") == ["临时救助绿色通道"]


def test_a_quoted_kind_with_no_subject_is_none():  # negative
    assert _programs("为困难群众开通“绿色通道”。") == []


def test_a_category_of_people_shaped_like_a_mechanism_is_no_program():  # negative (data: program_slogans.txt)
    assert _programs("关心关爱“一老一幼”群体。") == []
    assert _programs("严格落实“三审三校”制度。") == ["三审三校"]


def test_a_quoted_scope_takes_its_subject():
    assert _programs("推动各地开展收养登记“跨省通办”改革。") == ["收养登记跨省通办"]


def test_a_quoted_name_that_is_no_scope_keeps_its_own_name():  # negative
    assert _programs("推动开展婚姻登记“暖心驿站”建设。") == ["暖心驿站"]


def test_a_kind_of_model_is_no_named_model():  # negative
    assert _programs("积极探索互助式养老模式，发展嵌入式服务模式。") == []


def test_a_named_service_mode_is_kept():
    assert _programs("推广“时间银行”互助养老服务模式。") == ["时间银行"]  # the quote names it (progs14)


def test_a_facility_brand_named_is_a_program():
    assert _programs("镇里新建的长者幸福食堂开始供餐。") == ["长者幸福食堂"]


def test_a_quoted_strategy_is_a_formula():  # negative
    assert _programs("坚定不移深入实施“八八战略”，推动高质量发展。") == []


def test_sectors_merged_are_no_mechanism():  # negative
    assert _programs("推进“婚登+文旅”融合发展，推动“康养+旅居”双发展。") == []


def test_a_formula_with_its_mechanism_is_kept():
    assert _programs("推行“物质+服务”救助方式。") == ["物质+服务"]


def test_quotes_before_a_count_and_kind_are_one_programme_each():
    assert _programs("牵头做好“老有颐养”“弱有众扶”两项重点工程。") == ["老有颐养", "弱有众扶"]


def test_a_count_of_priority_works_names_none():  # negative
    assert _programs("靠前服务三个“一号工程”，助力经济创新。") == []


def test_a_site_taken_as_pilot_is_no_pilot_name():  # negative
    assert _programs("以岱山县为试点，探索扩大监测范围。") == []


def test_a_named_reform_of_the_lexicon_is_found():  # suffixes 集成改革, 一体化改革 (data)
    assert _programs("扎实推进困难群众综合帮扶集成改革。") == ["困难群众综合帮扶集成改革"]


def test_a_bare_reform_is_none():  # negative
    assert _programs("深化各项集成改革。") == []


def test_an_award_in_a_list_of_honours_is_found():
    assert _programs("3个典型分获浙江慈善奖、省级荣誉。") == ["浙江慈善奖"]


def test_a_prize_in_a_list_is_no_award_of_the_lexicon():  # negative
    assert _programs("比赛设一等奖、二等奖。") == []
