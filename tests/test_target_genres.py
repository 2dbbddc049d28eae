"""Target recall by genre (tgt5): statistics tables whose header names the columns.

A monthly statistics report (社会服务统计月报) lays each row out as label | unit | this period | last
period | change, and a Hong Kong statistics page as category | number of cases | percentage, with the
unit only in the header. The header's words (loaders/data/table_columns.tsv) say which cell is the
row's figure, which its earlier value and which a share; rates (环比, 完成率) give nothing.

Tables and sentences here are invented for the tests (fixtures, not evidence); the measured effect on
fresh real pages and the shared corpus is in docs/benchmarks.md.
"""
from __future__ import annotations

from loaders.sentences import split_sentences
from loaders.table_columns import TableColumns, column_of
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def targets(text: str) -> dict[str, dict]:
    """``{value+unit: properties}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt"))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties for t in found}


MONTHLY = """2023年6月社会服务统计月报
| 指标名称 | 单位 | 本期 | 上年同期 | 同比 |
| 一、社会救助 | ||||
| 1.城市低保人数 | 人 | 31,204 | 33,517 | -6.90 |
| 2.农村低保户数 | 户 | 88,310 | 86,002 | 2.68 |
| 3.临时救助支出 | 万元 | 1,245.6 | 998.2 | 24.78 |
"""


def test_a_monthly_table_gives_this_period_with_the_last_as_from():
    got = targets(MONTHLY)
    assert {"31204人", "88310户", "1245.6万元"} <= set(got)
    assert got["31204人"]["from_value"] == 33517
    assert got["1245.6万元"]["indicator"] == "临时救助支出"


def test_the_change_column_is_no_target():
    got = targets(MONTHLY)
    assert not {"-6.9%", "2.68%", "24.78%", "-6.9人", "2.68户"} & set(got)
    assert "33517人" not in got  # the earlier value is the row's from, not a target of its own


def test_a_header_wrapped_over_two_lines_gives_the_unit_and_the_share():
    text = ("个案类别 | 截至2023年3月31日 的个案数目 |\n截至2023年3月31日 的个案百分比 |\n---|---|---|\n"
            "年老 | 98 765 | 61.2% |\n单亲 | 12 004 | 7.4% |\n")
    got = targets(text)
    assert {"98765宗", "12004宗", "61.2%", "7.4%"} <= set(got)
    assert got["61.2%"]["indicator"] == "年老个案占比" and got["98765宗"]["indicator"] == "年老个案数"
    assert got["98765宗"]["year"] == 2023  # the header dates the column (截至2023年3月31日)


def test_a_completion_table_reads_the_done_column():
    text = ("| 考核指标 | 计量单位 | 全年目标 | 已完成数 | 完成率 |\n"
            "| 新增养老床位 | 张 | 500 | 512 | 102% |\n")
    got = targets(text)
    assert "512张" in got and "102%" not in got


def test_without_a_header_naming_a_value_column_a_wide_row_gives_nothing():
    # negative: a list of addresses in cells (序号 | 名称 | 地址) and a header of other words
    text = ("序号 | 机构名称 | 地址 |\n1 | 某某养老服务中心 | 某某路64号 |\n"
            "| 区县 | 备注 | 说明 | 其他 |\n| 东区 | 个 | 12 | 13 |\n")
    assert targets(text) == {}


def test_a_prose_line_ends_the_table():
    table = TableColumns()
    assert table.see("| 指标名称 | 单位 | 数量 | 上期 |")
    assert not table.see("以上数据为快报数。")
    assert table.rows("| 镇 | 个 | 20 | 19 |") == []


def test_header_words_are_matched_by_their_end():
    assert column_of("截至年底的人数").unit == "人"
    assert column_of("上年同期").role == "from"
    assert column_of("金额(万元)").unit == "万元"
    assert column_of("地址") is None


# --- Hong Kong, Macau and Taiwan amounts: digits with magnitude characters between them ---

def test_digits_with_thousands_and_ten_thousands_between_them():
    got = targets("今年约有6万2千名长者受惠，每人发放1千元，较去年增加5百元。")
    assert {"6.2万名", "1000元", "500元"} <= set(got)
    assert not {"1千元", "6万名"} & set(got)


def test_an_amount_in_yi_wan_and_units_is_one_amount():
    got = targets("全年发放总金额为新台币2亿4518万6000元。")
    assert set(got) == {"2.45186亿元"}


def test_a_compound_standard_per_year_keeps_its_period():
    got = targets("敬老金金额调升至每年澳门币8千元。")
    assert "8000元/年" in got


def test_a_plain_magnitude_and_a_kilometre_are_left_to_the_other_rules():
    # negative: 3.5万人 is a plain amount in 万; 2千米 is a length, not a civil-affairs figure; a date stays a date
    got = targets("全区3.5万人受益，新修道路2千米，2023年3月启动。")
    assert "3.5万人" in got
    assert not any(key.endswith("米") or key.startswith("2000") for key in got)


# --- a statistics table flattened from HTML: one cell a line ---

FLAT = """2019年3月份民政事业统计月报
指 标
|
单 位
|
数 量
|
1.社会救助
|
|
|
城市居民最低生活保障人数
|
万人
|
812.4
|
农村居民最低生活保障户数
|
万户
|
1,203.7
|
其中:临时救助支出
|
亿元
|
18.6
|
"""


def test_a_table_written_one_cell_a_line_gives_each_row():
    got = targets(FLAT)
    assert {"812.4万人", "1203.7万户", "18.6亿元"} <= set(got)
    assert got["18.6亿元"]["indicator"] == "临时救助支出"


def test_the_same_table_with_its_bars_dropped():
    got = targets(FLAT.replace("|\n", ""))
    assert {"812.4万人", "1203.7万户", "18.6亿元"} <= set(got)


def test_lines_without_a_header_or_read_column_by_column_give_no_rows():
    # negative: a header, then all labels, then all numbers (a PDF table read by column) fits one window only
    text = "指标\n机构（个）\n床位（万张）\n养老机构\n儿童福利机构\n其他机构\n4269\n3996\n152\n"
    got = targets(text)
    assert not {"3996万张", "4269个", "152万张"} & set(got)
    # and three short lines with no header are no table
    assert targets("城市低保人数\n万人\n812.4\n") == {}


def test_a_flattened_table_with_a_code_column_and_rows_whose_last_cells_are_empty():
    # header 指标名称 | 单位 | 代码 | 数量 | 上年数据 | 同比; empty cells dropped by the flattening
    text = "\n".join([
        "指标名称 |", "单位 |", "代码 |", "数量 |", "上年数据 |", "同比 |",
        "1.镇 |", "个 |", "ABC0111 |", "31 |", "30 |", "|",
        "2.民族乡 |", "个 |", "ABC0112 |", "|", "|", "|",
        "3.街道 |", "个 |", "ABC0113 |", "12 |", "12 |", "|",
        "其中:(1)儿童福利 |", "万元 |", "ABC0211 |", "1,206.5 |", "988.0 |", "22.12 |",
        "(2)老年福利 |", "万元 |", "ABC0212 |", "7,440.1 |", "7,015.3 |", "6.06 |",
    ]) + "\n"
    got = targets(text)
    assert {"31个", "12个", "1206.5万元", "7440.1万元"} <= set(got)
    assert got["1206.5万元"]["indicator"] == "儿童福利" and got["1206.5万元"]["from_value"] == 988.0
    assert not {"22.12%", "0111个", "30个"} & set(got)


def test_a_breakdown_row_in_cells_opening_with_qizhong_and_an_ordinal():
    got = targets("| 指标名称 | 单位 | 数量 |\n| 1.社会福利 | 万元 | 42,118.0 |\n| 其中:(1)儿童福利 | 万元 | 9,310.4 |\n")
    assert got["9310.4万元"]["indicator"] == "儿童福利"


# tgt6: a yearbook table whose header names the years without 年 and whose unit stands in a caption line.
YEARBOOK = """| 12-4 城乡社区服务设施数(2018-2022年) | |||||
| 单位:个 | |||||
| 项目 | 2018 | 2019 | 2020 | 2021 | 2022 |
| 合计 | 2310 | 2456 | 2530 | 2611 | 2702 |
| #社区服务中心 | 118 | 121 | 125 | 131 | 136 |
| 社区服务站 | 1904 | 2012 | 2077 | 2140 | 2208 |
"""


def test_a_yearbook_table_with_bare_year_columns_and_a_caption_unit():
    found = extract_targets(split_sentences(YEARBOOK), DocumentInfo("invented.txt"))
    got = {(t.properties["value"], t.properties["unit"], t.properties.get("year")) for t in found}
    assert {(2310.0, "个", 2018), (2702.0, "个", 2022), (118.0, "个", 2018), (2208.0, "个", 2022)} <= got
    assert len([t for t in found if t.properties["unit"] == "个"]) == 15  # three rows of five years, nothing else


def test_a_row_of_years_under_no_label_header_is_no_year_header():
    # the first cell is no label header word (项目, 指标): a row of data that happens to hold years
    text = "| 单位:个 | ||\n| 建成年份 | 2018 | 2019 | 2020 |\n| 合计 | 231 | 245 | 253 |\n"
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt"))
    assert not any(t.properties.get("year") in (2018, 2019, 2020) and t.properties["value"] == 231 for t in found)


def test_a_caption_unit_is_forgotten_when_prose_comes_before_the_table():
    text = "| 单位:个 | ||\n全市共有养老机构。\n| 项目 | 2020 | 2021 |\n| 床位数 | 3500 | 3620 |\n"
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt"))
    assert not any(t.properties["unit"] == "个" and t.properties["value"] == 3500 for t in found)


def test_jinnian_in_an_undated_text_is_the_year_its_opening_names_but_qunian_is_not():
    text = "2021年，全镇纳入低保对象420户。落实优抚政策，今年共发放抚恤金35.6万元。去年共救助困难户88户。"
    got = targets(text)
    assert got["420户"].get("year") == 2021 and got["35.6万元"].get("year") == 2021
    assert got["88户"].get("year") == 2020  # 去年 counts back from the year the text names


def test_a_bulletin_section_opening_as_of_a_year_dates_its_later_lines():
    text = "三、社会组织\n1.社会团体。截至2019年底，全省共有社会团体1.2万个。\n全省共有基金会318个，比上年增加21个。\n"
    got = targets(text)
    assert got["1.2万个"].get("year") == 2019 and got["318个"].get("year") == 2019
    # 至 ending a span is still no opening year
    assert targets("本届政府自2012年至2016年共新建敬老院40所。")["40所"].get("year") != 2012


# Invented yearbook table (a fixture, not evidence): an unnumbered section line in cells, an 其中 row (#)
# with no unit of its own and a series that stopped before the last year.
SERIES_TABLE = (
    "项 目 | 2019年 | 2020年 | 2021年 | 2022年 | |||\n"
    "社会福利 | |||\n"
    "城市特困供养人数(人) | 812 | 790 | 765 | 741 | |||\n"
    "#孤老人员 | 233 | 219 | |||\n"
    "农村特困供养人数(人) | 2650 | 2598 | 2533 | 2490 | |||\n"
)


def test_a_year_table_goes_on_past_an_unnumbered_section_and_a_short_qizhong_row():
    found = extract_targets(split_sentences(SERIES_TABLE), DocumentInfo("invented.txt"))
    got = {(t.properties["value"], t.properties["unit"], t.properties.get("year")) for t in found}
    assert {(233.0, "人", 2019), (219.0, "人", 2020), (2650.0, "人", 2019), (2490.0, "人", 2022)} <= got
    assert len(found) == 10


def test_a_short_row_without_a_unit_and_not_an_qizhong_row_gives_nothing():
    # no unit in the label, no unit cell and no # mark: the row's unit is unknown, so no target
    text = SERIES_TABLE.replace("#孤老人员", "孤老人员")
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt"))
    assert not any(t.properties["value"] in (233.0, 219.0) for t in found)


# tgt8: a monthly table copied as text, its bars lost (columns split by spaces); head-count rows leave the
# unit cell empty and take the unit their label's end implies (loaders/data/table_label_units.tsv).
SPACED_MONTHLY = """社会服务统计月报表
编制单位:某省民政厅 2024年3月
指标名称 单位 数量 上期 环比
一、社会救助
临时救助支出 万元 3,512.6 2,980.4 17.86
(1)城市低保人数 41,208 41,377 -0.41
其中:当月新增城市低保人数 316
农村低保户数 96,540 96,811 -0.28
"""


def test_a_spaced_monthly_table_is_read_like_one_in_cells():
    got = targets(SPACED_MONTHLY)
    assert {"3512.6万元", "41208人", "316人", "96540户"} <= set(got)
    assert got["3512.6万元"]["from_value"] == 2980.4
    assert got["41208人"]["indicator"] == "城市低保人数"
    assert got["316人"]["indicator"] == "当月新增城市低保人数"
    assert "17.86%" not in got and "2980.4万元" not in got  # the rate and the earlier value are no targets


def test_spaced_words_without_a_header_and_prose_after_one_give_no_table_rows():
    no_header = "临时救助支出 万元 3,512.6 2,980.4 17.86\n城市低保人数 41,208 41,377 -0.41\n"
    assert "41208人" not in targets(no_header)
    prose_after = "指标名称 单位 数量 上期 环比\n全年救助困难群众 41,208 人次，同比下降0.41%。\n"
    assert "41377人" not in targets(prose_after)


# tgt8: budget lines. A speech's money figure whose phrase only says who gives it and how (我已在…基金预留,
# 政府亦会拨款; loaders/data/budget_acts.tsv) is named by what follows it (推行X, 加强X, 以增加X); an
# expenditure broken down as amount (share) 为 purpose names both by the purpose; 在这N亿元当中 restates.
BUDGET_SPEECH = ("我会增加约2亿3,000万元的经常拨款，以额外提供超过800个护养宿位。"
                 "政府亦会拨款600万元推行社区药物管理支援试验计划。"
                 "我已在奖券基金预留4,200万元推行长者日间暂托先导计划。")


def test_a_budget_line_is_named_by_what_the_money_is_for():
    got = targets(BUDGET_SPEECH)
    assert got["600万元"]["indicator"] == "社区药物管理支援试验计划拨款"
    assert got["4200万元"]["indicator"] == "长者日间暂托先导计划拨款"
    assert got["2.3亿元"]["indicator"].endswith("经常拨款")
    assert got["2.3亿元"]["kind"] == "goal" and got["600万元"]["kind"] == "goal"  # 我会, 政府亦会: will


EXPENDITURE = ("在2021-22年度，署方的实际开支总额为512亿元。在这512亿元当中，360亿元(70%)为经济援助金，"
               "101亿元(20%)为提供予非政府机构的经常资助，其余51亿元(10%)为部门开支。")


def test_an_expenditure_breakdown_names_each_part_and_its_share_by_its_purpose():
    got = targets(EXPENDITURE)
    assert got["360亿元"]["indicator"] == "经济援助金" and got["70%"]["indicator"] == "经济援助金占比"
    assert got["51亿元"]["indicator"] == "部门开支" and got["10%"]["indicator"] == "部门开支占比"
    assert got["101亿元"]["indicator"] == "非政府机构经常资助"
    assert all(t["year"] == 2021 for t in got.values())  # the fiscal year opening the paragraph dates all its figures
    found = extract_targets(split_sentences(EXPENDITURE), DocumentInfo("invented.txt"))
    assert [t.properties["value"] for t in found].count(512) == 1  # 在这512亿元当中 restates the total


def test_a_named_money_phrase_keeps_its_own_name():
    got = targets("全年共发放城乡低保金3,200万元，用于保障困难群众基本生活。")
    assert got["3200万元"]["indicator"] != "保障困难群众基本生活资金"


# tgt8: a regulation bounds an amount by months of the 低保 standard, floor and cap in one sentence.
def test_a_regulation_floor_and_cap_in_months_of_the_standard_are_two_targets_of_one_amount():
    got = targets("急难型救助人均救助金额一般不低于本县3个月(含3个月)最低生活保障标准，不超过本县9个月(含9个月)最低生活保障标准。")
    assert got["3个月"]["indicator"].startswith("急难型救助人均救助金额") and got["3个月"]["indicator"].endswith("下限")
    assert got["9个月"]["indicator"].startswith("急难型救助人均救助金额") and got["9个月"]["indicator"].endswith("上限")


def test_months_that_are_no_multiple_of_a_standard_give_no_months_target():
    got = targets("申请人应在本市连续居住不低于6个月，救助资金按月发放。")
    assert "6个月" not in got


# tgt8: a regulation's standards clause (对 + recipients + 按 + amount + 标准 + 发放 + benefit).
def test_a_standards_clause_names_the_amount_by_recipients_and_benefit_and_sets_a_goal():
    got = targets("对困难残疾人按照每人每月90元的标准发放生活补贴，重度残疾人按每人每月110元发放。")
    assert got["90元/月"]["indicator"] == "困难残疾人生活补贴标准" and got["90元/月"]["kind"] == "goal"
    assert got["110元/月"]["indicator"] == "重度残疾人生活补贴标准"  # the benefit of the clause before
    assert targets("临时救助标准为每人每次不超过2500元。")["2500元/次"]["indicator"] == "临时救助标准"


def test_money_paid_under_a_standard_but_reported_as_a_total_is_no_standard():
    got = targets("按照上级标准，全年共发放高龄津贴860万元。")
    assert got["860万元"]["indicator"] != "上级标准"
    assert not got["860万元"]["indicator"].endswith("高龄津贴标准")


# tgt8: a breakdown's items each count a group, then give its money by kind only (发放保障资金, 慰问金):
# the money is that group's (seen in 4 tuned documents: fresh-tgt5/B2 d1, d2, fresh-tgt6/B e1, e5).
def test_bare_money_after_a_group_count_in_a_breakdown_is_the_groups():
    got = targets("其中，城市特困人员312户、318人，发放保障资金96.4万元；困境儿童85人，发放保障资金21.3万元。")
    assert got["96.4万元"]["indicator"] == "城市特困人员保障资金发放额"
    assert got["21.3万元"]["indicator"] == "困境儿童保障资金发放额"
    got = targets("救助困难老党员120人，发放救助金6万元。")
    assert got["6万元"]["indicator"] == "困难老党员救助金发放额"  # 救助 is said once


def test_bare_money_after_a_long_clause_or_in_another_clause_keeps_its_own_name():
    got = targets("全区共有低保对象1200人。全年发放保障资金980万元。")
    assert got["980万元"]["indicator"] == "保障资金发放额"


# tgt8: more of a budget speech — a measure after a comma, an injection into a named fund, beneficiaries
# (N名X受惠), the cost of the measure the clause before gives (涉及开支), an estimate word (预计) in no name.
def test_budget_speech_money_places_beneficiaries_and_costs():
    got = targets("我建议额外拨款2亿元，在未来三年增加900个长者社区照顾服务名额，预计约有3000名长者受惠。")
    assert got["2亿元"]["indicator"] == "长者社区照顾服务名额拨款"
    assert got["900个"]["indicator"] == "长者社区照顾服务名额"
    assert got["3000名"]["indicator"] == "长者受惠人数"
    assert targets("我会向社区关爱基金注资6亿元，推行多项援助项目。")["6亿元"]["indicator"] == "社区关爱基金注资额"
    got = targets("预算案建议发放额外一个月的高龄津贴，涉及开支约4.2亿元。")
    assert got["4.2亿元"]["indicator"].startswith("高龄津贴") and got["4.2亿元"]["indicator"].endswith("开支")


def test_a_money_phrase_that_names_its_subject_keeps_it_after_a_comma():
    got = targets("全市共发放救助资金2亿元，为困难群众提供临时救助。")
    assert got["2亿元"]["indicator"] == "救助资金发放额"
    got = targets("全市养老床位增加到1.2万张，增加800张。")
    assert "1.2万张" in got and got["800张"]["indicator"] != "1.2万张"


# tgt8: a count of the people a service reached (为N名X提供Y服务) is named by the service and the people
# (seen in fresh-ents, fresh-indic and fresh-progs texts: 为4000名老年人提供家庭照护床位服务).
def test_people_served_are_named_by_the_service():
    got = targets("全年共为3600名老年人提供助餐服务，为820名困境儿童提供心理关爱服务。")
    assert got["3600名"]["indicator"] == "助餐服务老年人数"
    assert got["820名"]["indicator"] == "心理关爱服务困境儿童数"
    assert targets("全区共有老年人3600名，助餐点提供服务。")["3600名"]["indicator"] != "服务老年人数"


# tgt8: an excerpt of a work summary whose title alone names the year it reviews.
def test_an_excerpts_title_dates_its_figures_when_its_text_does_not():
    text = "截止11月，农村特困对象324人，发放农村特困供养金313.57万元。"
    found = extract_targets(split_sentences(text), DocumentInfo("x.txt", title="县民政局2022年工作总结(节选)"))
    assert {t.properties.get("year") for t in found} == {2022}
    found = extract_targets(split_sentences(text), DocumentInfo("x.txt", title="县民政局关于特困供养工作的通知"))
    assert {t.properties.get("year") for t in found} == {None}


# tgt8: a final account's changes against the year before's 决算数, and a bare 降幅 after an amount's fall.
def test_a_final_accounts_change_is_named_by_the_item_and_its_base_year_dates_nothing():
    got = targets("事业收入126.4万元，较2021年度决算数减少18.2万元，下降12.6%。")
    assert got["18.2万元"]["indicator"] == "事业收入减少额"
    assert got["12.6%"]["indicator"] == "事业收入降幅"
    assert {t.get("year") for t in got.values()} == {None}  # 较2021年度 is the base, not the year
    got = targets("全年福利彩票销售18.4亿元，比上年减少0.9亿元，降幅4.7%。")
    assert got["4.7%"]["indicator"] == "福利彩票销售额降幅"


# tgt8: a list of allocations names each amount by whom it goes to (拨给/拨予/予 X, budget_acts.tsv kind to).
def test_each_allocation_in_a_list_is_named_by_what_follows_it():
    got = targets("在上述拨款中，5,230万元拨给安老服务、2,140万元予康复服务、960万元拨予家庭及儿童福利服务。")
    assert got["5230万元"]["indicator"] == "安老服务拨款"
    assert got["2140万元"]["indicator"] == "康复服务拨款"
    assert got["960万元"]["indicator"] == "家庭及儿童福利服务拨款"
    assert targets("全年共发放救助金300万元予困难家庭。")["300万元"]["indicator"] == "救助金发放额"


# tgt8: a breakdown item that gives a group's count and then an amount with no words of its own.
def test_a_bare_amount_after_a_groups_count_is_the_groups_money_of_the_kind_paid_before():
    got = targets("全年共发放各种抚恤金85万元，其中烈属12人，9.6万元，伤残军人30人，41.2万元。")
    assert got["9.6万元"]["indicator"] == "烈属抚恤金"
    assert got["41.2万元"]["indicator"] == "伤残军人抚恤金"
    got = targets("全区共有烈属12人，9.6万元的项目已完工。")  # no money paid before: nothing to name it by
    assert got.get("9.6万元", {}).get("indicator", "") != "烈属抚恤金"


# tgt8: a budget report's numbered heading dates its section (一、2023年预算执行情况 … 二、2024年预算草案).
def test_a_numbered_heading_dates_the_figures_of_its_section():
    text = ("一、2023年财政预算执行情况\n全区一般公共预算收入52.6亿元，增长6.1%。\n"
            "二、2024年财政预算草案\n一般公共预算收入预计完成55亿元。\n")
    found = extract_targets(split_sentences(text), DocumentInfo("x.txt", year=2024))
    years = {t.properties["value"]: t.properties.get("year") for t in found}
    assert years[52.6] == 2023 and years[55] == 2024
    text = "一、主要做法\n全区一般公共预算收入52.6亿元。\n"  # a heading with no year dates nothing
    found = extract_targets(split_sentences(text), DocumentInfo("x.txt", year=2024))
    assert {t.properties.get("year") for t in found} == {2024}


# tgt8: a change by an amount against a base (较2021年增加800张, 较上月减少960宗) names what changed, never the base.
def test_an_amount_change_against_a_year_or_month_is_named_by_what_changed():
    assert targets("全市养老床位较2022年增加650张。")["650张"]["indicator"] == "养老床位增加数"
    assert targets("整体领取综援的个案较上月减少812宗。")["812宗"]["indicator"] == "整体领取综援的个案减少数"
    assert targets("全市养老床位650张，较2022年有所增加。")["650张"]["indicator"] == "养老床位"  # the number is the level
