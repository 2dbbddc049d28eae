"""Program rules mended after a reviewer's findings on prog19 (fix9, stop 25, 7 Dec 2026).

Every sentence is invented for the test in the style of 民政 work reports and Hong Kong welfare news (none copied
from a page); each class has a negative (a program still found, or none).
"""
from __future__ import annotations

import pytest

from loaders.programs import _part_or_amount
from tests.test_programs_progs12 import _programs, _rule_programs  # the same one-sentence readers


# 1. A quoted list of channels or means closed by 等方式/等形式 (“线上、线下”, “电话、短信、微信”) names no
#    mechanism: only parallel steps of four characters (“先行发放、事后备案”) are a formula on that route.
@pytest.mark.parametrize("text", [
    "街道采取“线上、线下”等方式开展助老志愿者培训。",
    "社区通过“电话、短信、微信”等方式通知辖区老人参加体检。",
    "村委会通过“入户、座谈”等形式听取困难群众意见。",
])
def test_quoted_channels_closed_by_a_means_word_are_no_programs(text):
    assert _rule_programs(text) == []
    assert _programs(text) == []


def test_negative_a_quoted_formula_of_four_character_steps_is_still_a_program():
    assert _rule_programs("对突发困难家庭采取“先行救助、事后补证”等方式及时给予帮扶。") == ["先行救助、事后补证"]


# 2. A list a named scheme holds is read back from …计划下的 only: 按计划下调/下拨/下发 is a verb after the
#    plan, and the benefits it lowers or hands out are programs of their own.
def test_a_benefit_after_a_plans_verb_is_no_part_of_a_scheme():
    text = "社署按计划下调高龄津贴、长者生活津贴的申请年龄，惠及更多长者。"
    at = text.index("长者生活津贴")
    assert not _part_or_amount(text, at, at + 6)
    text = "区残联按计划下发困难残疾人生活补贴、重度残疾人护理补贴。"
    at = text.index("重度残疾人护理补贴")
    assert not _part_or_amount(text, at, at + 9)


def test_negative_a_benefit_a_named_scheme_holds_is_still_its_part():
    text = "政府将调整公共福利金计划下的高龄津贴、长者生活津贴。"
    at = text.index("长者生活津贴")
    assert _part_or_amount(text, at, at + 6)


# 3. Through 的, only an amount (金额, 标准, 人数 …) makes a name a modifier: 时间银行的信息化建设 and
#    长者饭堂的站点布局 speak of the program's own work.
@pytest.mark.parametrize("text, name", [
    ("今年将推进时间银行的信息化建设，方便志愿者存取服务时长。", "时间银行"),
    ("进一步完善长者饭堂的站点布局，让老人就近用餐。", "长者饭堂"),
])
def test_a_programs_own_work_after_de_is_no_amount(text, name):
    at = text.index(name)
    assert not _part_or_amount(text, at, at + len(name))


def test_negative_an_amount_after_de_still_makes_the_list_amounts():
    text = "综援、高龄津贴及伤残津贴的标准金额将上调百分之三。"
    at = text.index("伤残津贴")
    assert _part_or_amount(text, at, at + 4)
