"""tgt22 (stop 25): which numbers become targets, with which value and unit, on unseen pages (issue 10).

Invented sentences in the style of 民政 notices, work reports and Taiwan news (fixtures, not evidence).
"""
from __future__ import annotations

import pytest

from loaders import load_text
from loaders.types import DocumentInfo


def _values(text: str) -> list[tuple[float, str]]:
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", place="某县", province="河南省"))
    return sorted((node.properties["value"], node.properties["unit"])
                  for node in fragment.all_nodes() if node.label == "Target")


# Class 1: a fee priced per item or per period, written after the amount (元/具) or as 每X just before it, keeps
# the item as written (loaders/data/money_rate_items.txt); a person-period before the first amount
# (由人月300元提高至320元) sets the period of both.
@pytest.mark.parametrize("text, expected", [
    ("基本殡葬服务费用减免标准为：遗体火化费(普通炉)260元/具，遗体冷藏费5元/小时。", [(5.0, "元/小时"), (260.0, "元/具")]),
    ("惠民殡葬服务项目：遗体接运，免除费用标准每公里4元；遗体冷藏，免除费用标准每天60元；骨灰盒，免除费用标准每个180元。",
     [(4.0, "元/公里"), (60.0, "元/天"), (180.0, "元/个")]),
    ("认可服务单位提供日间暂托服务，每节收费18元。", [(18.0, "元/节")]),
    ("自今年7月起，农村低保标准由人月260元提高至290元。", [(290.0, "元/月")]),
    ("全县分散供养特困人员供养标准为人年5600元。", [(5600.0, "元/年")]),
    ("今年城区月最低生活保障标准提高至880元。", [(880.0, "元/月")]),
])
def test_a_fee_per_item_or_period_keeps_it_in_the_unit(text, expected):
    assert _values(text) == expected


def test_an_item_far_from_the_amount_is_no_rate():  # negative: 每个 names where the money goes, not a price
    assert _values("每个社区补助建设资金3000元，全县共有社区45个。") == [(45.0, "个"), (3000.0, "元")]


# Class 2: a figure in 万 counted on to its last unit (3万6218人, 二万三千四百零九人) is recorded in full, as the
# annotators write such counts in Taiwan news and county reports; a round one, or one that ends at 万, keeps 万.
@pytest.mark.parametrize("text, expected", [
    ("本县65岁以上长者共3万6218人领取重阳敬老礼金。", [(36218.0, "人")]),
    ("截至年底，全县老年人口有二万三千四百零九人。", [(23409.0, "人")]),
])
def test_a_figure_counted_to_its_last_unit_is_written_in_full(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("此次加发生活补助预计可照顾12万6000人。", [(12.6, "万人")]),  # negative: a round thousand keeps 万
    ("全市老年人口达到一百二十一万人。", [(121.0, "万人")]),  # negative: the numeral ends at 万
])
def test_a_round_figure_in_wan_keeps_it_in_the_unit(text, expected):
    assert _values(text) == expected


# Class 3: the size of a visiting party (一行6人, 等一行10余人) is no target (the owner's dev 018 leaves 一行4人 out).
@pytest.mark.parametrize("text", [
    "3月5日，省民政厅副厅长王某某一行6人到我县调研养老服务工作。",
    "市政府副市长李某某、市民政局局长张某某等一行10余人来到敬老院看望慰问老人。",
])
def test_a_visiting_partys_size_is_no_target(text):
    assert _values(text) == []


def test_people_helped_after_a_visit_still_count():  # negative: the count after the party is a target
    assert _values("省民政厅调研组一行5人到我县调研，全县今年救助流浪乞讨人员326人。") == [(326.0, "人")]


# Class 4: money named just before a bare 万 (临时救助金约4300万。 彩票公益金800万、) is counted in 万元.
@pytest.mark.parametrize("text, expected", [
    ("全年发放城乡低保金、临时救助金约4300万。", [(4300.0, "万元")]),
    ("目前已申报中央彩票公益金800万、省级专项资金450万，待批复。", [(450.0, "万元"), (800.0, "万元")]),
])
def test_money_before_a_bare_wan_is_counted_in_wan_yuan(text, expected):
    assert _values(text) == expected


def test_a_bare_wan_after_no_money_is_left():  # negative: 基金会 is no money, and nothing else is counted
    assert _values("全省登记的基金会3万。") == []


# Class 5: a count of 项 work items that closes a list or names an agenda (…等8项工作完成情况, 确定了…的20项工作重点)
# is how the text is laid out, not an indicator (the owner's dev 052 leaves 25项工作重点 out).
@pytest.mark.parametrize("text", [
    "座谈会上，局长汇报了社会救助、养老服务、婚姻登记等8项工作完成情况。",
    "会议围绕“兜牢民生底线、提升养老服务、深化殡葬改革”6项重点工作展开讨论。",
    "方案确定了2024年基层治理的20项工作重点。",
])
def test_an_agenda_of_work_items_is_no_target(text):
    assert _values(text) == []


def test_work_items_counted_by_what_became_of_them_stay():  # negative
    assert _values("全年有6项工作得到省领导批示。") == [(6.0, "项")]


# Class 6: bodies or people counted in the clause that says they attended or spoke at a meeting (等12个市直单位、
# 各区分管领导出席会议; 5个街道社工站分别作经验交流) are who came, not an indicator.
@pytest.mark.parametrize("text", [
    "市财政局、市卫健委等16个市直单位、各县区民政局分管负责人出席会议。",
    "全县9个乡镇分管领导、民政办主任共同参加会议。",
    "会上，5个街道社工站分别作经验交流。",
    "县妇联、县残联有关负责人和群众代表12人到场参加座谈。",
])
def test_who_attended_a_meeting_is_no_target(text):
    assert _values(text) == []


def test_places_built_before_a_meeting_still_count():  # negative: no attending in the count's clause
    assert _values("全市建成12个社区养老服务中心，有关单位负责人出席了竣工仪式。") == [(12.0, "个")]


# Class 7: a share in tenths (接近三成, 增加近两成, 超过一成) is recorded as a percentage, as both blind38 annotators
# write it; 成 in a word (完成, 成员, 形成) is no share.
@pytest.mark.parametrize("text, expected", [
    ("本年度社会福利开支已占政府总开支接近三成。", [(30.0, "%")]),
    ("安老服务开支预算比上年度增加近两成，届时超过一成的长者将受惠。", [(10.0, "%"), (20.0, "%")]),
])
def test_a_share_in_tenths_is_a_percentage(text, expected):
    assert _values(text) == expected


def test_cheng_in_a_word_is_no_share():  # negative
    assert _values("全县已完成三成员单位换届，形成两成套制度。") == []


# Class 8: what a figure was before a rise is no target of its own, also when the rise goes to no number
# (由460个社区扩大为全覆盖) or is written 调至 after a list of two standards (由月人均380元、年人均2200元统一调至…).
@pytest.mark.parametrize("text, expected", [
    ("今年将高龄津贴发放范围由460个社区扩大为城乡社区全覆盖。", []),
    ("城乡低保标准由月人均380元、年人均2200元统一调至月人均600元。", [(600.0, "元/月")]),
])
def test_what_a_figure_was_before_a_rise_is_no_target(text, expected):
    assert _values(text) == expected


def test_a_count_after_by_whom_is_kept():  # negative: 由 names who does it, and nothing rises after the count
    assert _values("全市由民政部门认定困难老人3200人。") == [(3200.0, "人")]
