"""Rule classes of target extraction, on invented sentences (fixtures written for these
tests, realistic in phrasing; not evidence of generalisation). Each class has a negative."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from loaders import load_text
from loaders.indicator_catalogue import classify, load_catalogue
from loaders.types import DocumentInfo


def targets_of(text: str, **info) -> list[dict]:
    info.setdefault("year", 2023)
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", **info))
    return [e["properties"] for e in fragment.to_json()["entities"] if e["label"] == "Target"]


def by_value(text: str, **info) -> dict[float, dict]:
    return {t["value"]: t for t in targets_of(text, **info)}


# Indicators without verbs -------------------------------------------------------------

def test_action_phrase_is_turned_round():
    t = by_value("今年全县新建农村互助幸福院18个，销售福利彩票3.2亿元。")
    assert t[18.0]["indicator"] == "农村互助幸福院新建数"
    assert t[3.2]["indicator"] == "福利彩票销售额"


def test_noun_with_a_verb_inside_is_not_turned_round():
    t = by_value("市救助管理站生活救助标准为每人每日40元。")
    assert t[40.0]["indicator"].endswith("救助管理站生活救助标准")
    assert t[40.0]["unit"] == "元/日"


def test_percentage_change_is_named_as_a_rise_or_fall():
    t = by_value("全市结婚登记1.2万对，比上年下降3.5%；城市低保标准较2022年增长6.1%。")
    assert t[3.5]["indicator"].endswith("降幅")
    assert t[6.1]["indicator"] == "城市低保标准增幅"


def test_a_rate_is_not_renamed_as_a_change():
    t = by_value("全市养老机构入住率达到62%。")
    assert t[62.0]["indicator"] == "养老机构入住率"


def test_run_of_years_is_named_after_what_was_won():
    t = by_value("我局连续5年在全省民政工作综合考核中获得优秀等次。")
    assert t[5.0]["indicator"] == "全省民政工作综合考核优秀等次连续年数"
    assert t[5.0]["unit"] == "年"


def test_a_year_alone_is_not_a_run_of_years():
    assert targets_of("2023年全市民政工作会议召开。") == []


# 分别 pairs and coordinated members ----------------------------------------------------

def test_pair_with_fenbie_gives_one_target_per_member():
    t = by_value("城乡低保标准分别提高到每人每月850元和每人每年7200元。")
    assert (t[850.0]["indicator"], t[850.0]["scope"]) == ("城市低保标准", "城市")
    assert (t[7200.0]["indicator"], t[7200.0]["scope"]) == ("农村低保标准", "农村")
    t = by_value("集中养育和社会散居孤儿基本生活保障标准分别达到每人每月1800元和1350元。")
    assert t[1800.0]["indicator"] == "集中养育孤儿基本生活保障标准" and t[1800.0]["scope"] == "集中养育"
    assert t[1350.0]["indicator"] == "社会散居孤儿基本生活保障标准" and t[1350.0]["scope"] == "社会散居"


def test_single_value_keeps_the_coordinated_indicator():
    (t,) = targets_of("全市城乡低保标准统一为每人每月780元。")
    assert "城乡" in t["indicator"] and t["scope"] == "城乡"


# Statistics reports --------------------------------------------------------------------

def test_row_attributes_belong_to_the_body_counted_before():
    t = by_value("截至年底，全省共有注册登记的养老机构1850个，比上年增长2.4%，床位16.2万张，职工3.1万人。")
    assert t[2.4]["indicator"] == "注册登记的养老机构数增幅"
    assert t[16.2]["indicator"] == "注册登记的养老机构床位数"
    assert t[3.1]["indicator"] == "注册登记的养老机构职工数"


def test_beds_with_no_body_counted_before_stay_as_they_are():
    (t,) = targets_of("全省养老床位16.2万张。")
    assert t["indicator"] == "养老床位"


def test_table_rows_are_label_and_number():
    t = by_value("全市区划情况\n镇 12\n街道（个） 7\n养老床位 万张 1.3")
    # a place level named alone is counted, as a row in cells is (_counted: 镇 → 镇数)
    assert t[12.0]["unit"] == "个" and t[12.0]["indicator"] == "镇数"
    assert t[7.0]["unit"] == "个" and t[7.0]["indicator"] == "街道数"
    assert t[1.3]["unit"] == "万张" and t[1.3]["indicator"] == "养老床位"


def test_table_row_without_a_unit_is_not_a_target():
    assert targets_of("附件 2\n序号 3") == []


def test_html_table_cells_are_read_apart(tmp_path):
    from loaders import load_file

    page = tmp_path / "bulletin.html"
    page.write_text("<html><body><p>2023年底民政服务设施</p><table><tr><td>社区服务站（个）</td><td>1,024</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    targets = [e["properties"] for e in load_file(page).to_json()["entities"] if e["label"] == "Target"]
    assert [(t["value"], t["unit"]) for t in targets] == [(1024.0, "个")]


# Numbers -------------------------------------------------------------------------------

def test_number_forms():
    t = by_value("全年募集慈善资金1,050万元，福彩销售28亿7,300万元，新增床位１，２００张。")
    assert t[1050.0]["unit"] == "万元"
    assert t[28.73]["unit"] == "亿元"
    assert t[1200.0]["unit"] == "张"
    t = by_value("本年度社會福利開支2億5,700萬元。")
    assert t[2.57]["unit"] == "亿元"


def test_dates_and_document_numbers_are_not_numbers_of_targets():
    assert targets_of("2023年12月1日，市民政局印发〔2023〕15号文件。") == []


def test_range_gives_both_ends():
    t = by_value("临时救助标准一般为每人每次500-3000元。")
    assert t[500.0]["unit"] == t[3000.0]["unit"] == "元/次"
    assert t[500.0]["indicator"] == "临时救助标准下限" and t[3000.0]["indicator"] == "临时救助标准上限"


def test_a_duration_range_is_not_a_target():
    assert targets_of("救助期限为3至6个月。") == []


def test_months_of_the_dibao_standard():
    (t,) = targets_of("特困供养人员死亡后，丧葬补助按当地城市低保标准的6个月发放。")
    assert (t["value"], t["unit"]) == (6.0, "个月")
    assert "丧葬补助" in t["indicator"]


def test_a_plain_duration_is_not_a_months_target():
    assert targets_of("服务期为6个月。") == []


def test_multiple_is_a_ratio():
    (t,) = targets_of("农村低保标准达到城市低保标准的0.8倍。")
    assert (t["value"], t["unit"]) == (0.8, "倍")
    assert t["indicator"] == "农村低保标准与城市低保标准之比"


# Year and place --------------------------------------------------------------------------

def test_figures_take_the_year_the_report_reviews():
    t = by_value("会议总结2022年工作，部署2023年任务。全省累计救助困难群众12.5万人次。", year=2023)
    assert t[12.5]["year"] == 2022


def test_figures_take_the_document_year_without_a_review():
    t = by_value("全省累计救助困难群众12.5万人次。", year=2023)
    assert t[12.5]["year"] == 2023


def test_a_national_bulletin_gives_place_quanguo():
    fragment = load_text("截至2023年底，全国共有养老机构4.1万个。", "t.txt",
                         DocumentInfo("t.txt", year=2023, issuing_body="中华人民共和国民政部"))
    data = fragment.to_json()
    assert not [r for r in data["relationships"] if r["type"] == "FOR_PLACE"]
    assert [e["properties"].get("place") for e in data["entities"] if e["label"] == "Target"] == ["全国"]
    assert not [e for e in data["context"] if e["label"] == "Place"]  # 全国 is no Place node


def test_a_city_document_keeps_its_place_when_it_says_quanguo():
    fragment = load_text("我市养老机构床位数居全国前列，达到1.2万张。", "t.txt",
                         DocumentInfo("t.txt", year=2023, place="营口市", issuing_body="营口市民政局"))
    places = [r for r in fragment.to_json()["relationships"] if r["type"] == "FOR_PLACE"]
    assert [r["target"] for r in places] == ["Place:营口市"]


# Target keys and the catalogue ---------------------------------------------------------

def test_target_keys_hold_the_document():
    one = load_text("连续3年获评先进。", "a.txt", DocumentInfo("a.txt"))
    two = load_text("另一份文件：连续3年获评先进。", "b.txt", DocumentInfo("b.txt"))
    keys = [{e["key"] for e in f.to_json()["entities"] if e["label"] == "Target"} for f in (one, two)]
    assert keys[0] and keys[1] and not keys[0] & keys[1]


def test_each_catalogued_target_measures_an_indicator():
    fragment = load_text("城市低保标准提高到每人每月850元，全市新闻发布会5场。", "t.txt", DocumentInfo("t.txt", year=2023))
    data = fragment.to_json()
    edges = [r for r in data["relationships"] if r["type"] == "MEASURES_INDICATOR"]
    assert [r["target"] for r in edges] == ["Indicator:城市低保标准"]
    (node,) = [n for n in data["context"] if n["label"] == "Indicator"]
    assert node["properties"] == {"code": "dibao_standard_urban", "topic": "social_assistance",
                                  "unit_family": "money_period", "unit": "元/月"}


@pytest.mark.parametrize("indicator, unit, code", [
    ("农村最低生活保障标准", "元/年", "dibao_standard_rural"),
    ("农村低保标准增幅", "%", "dibao_standard_growth_rural"),
    ("护理型床位占比", "%", "nursing_bed_share"),
    ("养老机构床位数", "万张", "eldercare_beds"),
    ("结婚登记", "万对", "marriage_registrations"),
    ("福利彩票销售额", "亿元", "lottery_sales"),
    ("社会散居孤儿基本生活保障标准", "元/人·月", "orphan_allowance_scattered"),
])
def test_catalogue_classifies(indicator, unit, code):
    assert classify(indicator, unit).id == code


@pytest.mark.parametrize("indicator, unit", [("城市低保标准", "%"), ("新闻发布会", "场"), ("", "个")])
def test_catalogue_leaves_others_uncatalogued(indicator, unit):
    assert classify(indicator, unit) is None


def test_catalogue_ids_are_unique_and_a_bad_line_is_a_clear_error(tmp_path: Path):
    entries = load_catalogue()
    assert len({e.id for e in entries}) == len(entries) >= 40
    bad = tmp_path / "indicators.tsv"
    bad.write_text("id\tname\tpatterns\tunit_family\ttopic\nx\t名\t低保\tgallons\tsocial_assistance\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"indicators.tsv:2: unknown unit family"):
        load_catalogue(bad)


def test_tiers_of_a_standard_take_the_standard_named_before():
    t = by_value("特困人员照料护理标准分三档：全护理每人每月800元，半护理每人每月400元。")
    assert t[800.0]["indicator"] == "特困人员照料护理标准(全护理)"
    assert t[400.0]["indicator"] == "特困人员照料护理标准(半护理)"
    t = by_value("各区城市低保标准由每人每月700元提高到760元;两县由650元提高到700元。")
    assert t[760.0]["indicator"] == "城市低保标准(各区)"
    assert t[700.0]["indicator"] == "城市低保标准(两县)"


def test_a_tier_word_without_a_standard_is_left_alone():
    (t,) = targets_of("全市集中供养特困人员1200人。")
    assert "(" not in t["indicator"]


def test_a_percentage_of_another_quantity_is_a_share():
    (t,) = targets_of("农村低保标准达到上年度农村居民人均消费支出的35.2%。")
    assert t["indicator"] == "农村低保标准占上年度农村居民人均消费支出比例"


def test_a_percentage_reached_by_a_rate_is_not_a_share():
    (t,) = targets_of("全市养老机构护理型床位占比达到58%。")
    assert t["indicator"] == "养老机构护理型床位占比"


def test_scope_qualifies_the_whole_indicator():
    t = by_value("全省农村低保标准达到每人每年7800元，星级农村幸福院占比达到85%。")
    assert t[7800.0]["scope"] == "农村"
    assert "scope" not in t[85.0]


def test_a_scope_word_inside_a_place_name_is_no_scope():
    (t,) = targets_of("积极应对白城市洮北区洪涝灾害，转移安置受灾群众3.5万人。")
    assert "scope" not in t


def test_a_value_right_after_a_goal_is_part_of_it():
    t = by_value("农村低保标准调高至每人每月600元，增幅12%。")
    assert t[600.0]["kind"] == t[12.0]["kind"] == "goal"


def test_a_reported_value_after_a_goal_stays_a_figure():
    t = by_value("城市低保标准将提高至每人每月900元，目前已累计发放低保金2.1亿元。")
    assert t[900.0]["kind"] == "goal" and t[2.1]["kind"] == "figure"


def test_list_items_share_the_verb_that_opens_the_list():
    t = by_value("全年通过区政府网站主动公开规划计划信息14条、人事信息9条、财政资金信息26条。")
    assert t[14.0]["indicator"] == "主动公开规划计划信息数"
    assert t[9.0]["indicator"] == "主动公开人事信息数"
    assert t[26.0]["indicator"] == "主动公开财政资金信息数"


def test_a_short_list_or_items_with_their_own_verb_keep_their_names():
    t = by_value("全年发放救助金1.2亿元、临时救助3.4万人次。")
    assert t[3.4]["indicator"] == "临时救助"


def test_a_number_on_the_next_line_of_a_pdf_keeps_its_label():
    t = by_value("全区共有殡葬服务机构21个，其中殡仪馆职工\n86人。火化率\n62.5%。")
    assert t[86.0]["indicator"] == "殡仪馆职工"
    assert t[62.5]["indicator"] == "火化率"


def test_a_new_line_after_a_full_stop_does_not_join():
    t = by_value("全区养老床位3200张。\n2023年新增养老床位400张。")
    assert t[400.0]["indicator"] == "新增养老床位"


def test_spending_is_named_after_what_was_spent():
    (t,) = targets_of("全年支出城市低保资金3.6亿元。")
    assert t["indicator"] == "城市低保资金支出"


def test_list_items_of_a_building_verb_are_turned_round():
    t = by_value("全年新建农村幸福院12个、老年食堂30个、日间照料中心8个。")
    assert t[12.0]["indicator"] == "农村幸福院新建数"
    assert t[30.0]["indicator"] == "老年食堂新建数"
    assert t[8.0]["indicator"] == "日间照料中心新建数"


def test_a_tier_is_never_its_own_standard():
    t = by_value("照料护理标准分三档，自理标准由每人每月200元提高到220元，半自理标准由400元提高到440元。")
    # the tier goes inside the standard's name, as the gold writes 特困人员照料护理自理标准
    assert t[220.0]["indicator"] == "照料护理自理标准"
    assert t[440.0]["indicator"] == "照料护理半自理标准"


def test_examples_before_a_count_are_not_what_is_counted():
    (t,) = targets_of("授予城关街道等12个单位全市民政工作先进集体称号。")
    # what is counted follows the number: the units, named by the honour they received (as the gold names
    # 天津民政系统先进集体数量), never the example before 等
    assert not t["indicator"].endswith("等") and "先进集体" in t["indicator"]


def test_a_named_label_before_a_count_is_kept():
    (t,) = targets_of("全市共有社区养老服务站86个。")
    assert t["indicator"] == "社区养老服务站"


def test_a_clause_after_a_semicolon_keeps_the_year_its_sentence_opened():
    t = by_value("2022年全市民政系统攻坚克难；社会救助工作连续4年被省厅评为优秀；", year=2023)
    assert t[4.0]["year"] == 2022
    assert t[4.0]["indicator"] == "社会救助连续优秀年数"


def test_a_new_sentence_does_not_keep_the_year():
    t = by_value("2022年全市民政系统攻坚克难。全市新增养老床位800张。", year=2023)
    assert t[800.0]["year"] == 2023


def test_rise_by_a_percentage_is_a_change_and_rise_to_is_a_level():
    t = by_value("城乡低保标准分别提高6%和9%以上，城镇化率提高到68%。")
    assert t[6.0]["indicator"] == "城市低保标准增幅" and t[9.0]["indicator"] == "农村低保标准增幅"
    assert t[68.0]["indicator"] == "城镇化率"


def test_scoped_rises_take_the_standard_named_before():
    t = by_value("提高城乡低保标准，城市5%，农村8%的增幅。")
    assert t[5.0]["indicator"] == "城市低保标准增幅" and t[8.0]["indicator"] == "农村低保标准增幅"


# Openers and verbs from the lexicons (tgen) ------------------------------------------

def test_time_and_manner_openers_are_not_part_of_the_indicator():
    t = by_value("上半年共发放城乡低保金3800万元，春节期间及时发放救灾款103万元。")
    assert t[3800.0]["indicator"] == "城乡低保金发放额"
    assert t[103.0]["indicator"] == "救灾款发放额"


def test_funding_verbs_are_turned_round():
    t = by_value("全年争取上级补助资金520万元，预拨城市低保资金310万元。")
    assert t[520.0]["indicator"] == "上级补助资金争取额"
    assert t[310.0]["indicator"] == "城市低保资金预拨额"
    assert t[520.0]["kind"] == t[310.0]["kind"] == "figure"


def test_opener_inside_a_name_is_kept():
    t = by_value("全市城市低保资金及时发放率达到100%，今年争取低保标准提高到每人每月800元。")
    assert t[100.0]["indicator"] == "城市低保资金及时发放率"
    assert t[800.0]["kind"] == "goal"


# Statistics tables in cells (tgen) ---------------------------------------------------

def test_table_rows_in_cells_are_targets_named_as_counts():
    text = "社会服务统计月报\n2022年6月\n| 指标 | 单位 | 数值 |\n| 2.街道 | 个 | 64 |\n| (3)临时救助支出 | 万元 | 1,230.5 |\n| A、养老机构床位数 | 张 | 12,480 |\n"
    t = by_value(text, year=None)
    assert t[64.0]["indicator"] == "街道数" and t[64.0]["unit"] == "个"
    assert t[1230.5]["indicator"] == "临时救助支出" and t[1230.5]["unit"] == "万元"
    assert t[12480.0]["indicator"] == "养老机构床位数"
    assert {x["year"] for x in t.values()} == {2022}  # the period line dates the table


def test_header_and_section_rows_are_not_targets():
    t = by_value("| 指标名称 | 单位 | 数量 |\n| 二、社会工作 | | |\n| 2019年 | 35 | 40 |\n", year=None)
    assert t == {}


# Standards named with their period; changes reported in a summary (tgen) -------------

def test_a_standard_named_with_its_period_gives_the_unit():
    t = by_value("集中供养特困人员月供养标准从650元提高到720元；农村低保标准由年标准4800元提高到5400元。")
    assert (t[720.0]["unit"], t[720.0]["from"]) == ("元/月", 650.0)
    assert t[5400.0]["unit"] == "元/年" and t[5400.0]["indicator"] == "农村低保标准"


def test_a_year_before_a_standard_is_no_period():
    t = by_value("按2023年标准发放补贴每人500元。")
    assert t[500.0]["unit"] == "元"


def test_a_change_in_a_work_summary_is_a_figure_but_a_plan_stays_a_goal():
    text = "城市低保标准从每人每月620元提高到680元。"
    assert by_value(text, title="2023年民政工作总结", kind="report")[680.0]["kind"] == "figure"
    assert by_value(text, title="2024年民政工作要点", kind="work_plan")[680.0]["kind"] == "goal"
    assert by_value("力争城市低保标准提高到700元。", kind="report")[700.0]["kind"] == "goal"


# Groups counted in 户 and 人; a scope carried along comma clauses (tgen) ---------------

def test_households_and_people_of_one_group_are_two_counts():
    t = by_value("截至9月底，全县共有农村特困人员1320户1456人。")
    assert t[1320.0]["indicator"] == "农村特困人员户数"
    assert t[1456.0]["indicator"] == "农村特困人员人数"


def test_households_and_people_of_different_groups_keep_their_names():
    t = by_value("资助困难家庭210户，培训志愿者350人。")
    assert not t[350.0]["indicator"].endswith("户数") and "志愿者" in t[350.0]["indicator"]


def test_scope_runs_along_comma_clauses_and_stops_at_a_semicolon():
    t = by_value("城市低保2150户，累计保障3.1万人次，支出低保金1830万元；发放临时救助金96万元。")
    assert t[3.1]["scope"] == t[1830.0]["scope"] == "城市"
    assert "scope" not in t[96.0]


def test_urban_assistance_written_chengzhen_is_the_urban_scope():
    t = by_value("城镇低保月人均补助水平达到412元，城镇便民服务设施达标率达到90%。")
    assert t[412.0]["scope"] == "城市"
    assert "scope" not in t[90.0]


def test_scope_of_a_facility_name_does_not_carry():
    t = by_value("新建农村幸福院12所，新增床位360张。")
    assert "scope" not in t[360.0]


# Per-person amounts take the group the clauses opened with (tgen) ----------------------

def test_per_capita_amount_takes_the_group_of_the_clause_run():
    t = by_value("城市低保3120户，支出低保金2100万元，月人均补差达到486元；农村人均补助水平达到300元。")
    assert t[486.0]["indicator"] == "城市低保月人均补差"
    assert not t[300.0]["indicator"].startswith("城市低保")


def test_a_count_named_with_its_measure_does_not_get_it_twice():
    t = by_value("每千名老年人拥有养老床位数达到35张。")
    assert t[35.0]["indicator"] == "每千名老年人养老床位数"


# Kind: purposes and summaries with a plan attached (tgen) -----------------------------

def test_a_purpose_clause_is_not_a_goal():
    t = by_value("为确保困难群众温暖过冬，民政部门已下拨冬春救助资金4.2亿元，需救助人口为86万人。", kind="news")
    assert t[4.2]["kind"] == t[86.0]["kind"] == "figure"


def test_ensuring_a_value_is_still_a_goal():
    assert by_value("确保全年救助人口不少于86万人。", kind="news")[86.0]["kind"] == "goal"


def test_summary_with_next_years_plan_is_a_report_and_a_quarterly_table_is_statistics():
    from loaders.metadata import guess_kind
    assert guess_kind("民政局2023年工作总结和2024年工作计划") == "report"
    assert guess_kind("民政事业统计季报表") == "statistics_bulletin"
    assert guess_kind("2024年民政工作计划") == "work_plan"


# Years named by a plan period or the 民国 calendar (tgen) ------------------------------

def test_a_plan_period_dates_its_figures_and_goals():
    t = by_value("“十三五”期间，全市新增养老床位5200张；到“十四五”末，护理型床位占比达到55%。", year=2021)
    assert t[5200.0]["year"] == 2020
    assert t[55.0]["year"] == 2025


def test_a_plan_named_as_a_document_does_not_date():
    t = by_value("全市启动“十四五”民政事业发展规划编制，养老床位达到1.2万张。", year=2021)
    assert t[1.2]["year"] == 2021


def test_roc_years_in_a_taiwanese_document():
    text = "新北市社会局表示，111年全市共餐据点达到1,120处，较110年增加36处。"
    t = by_value(text, year=None, province="台湾省")
    assert t[1120.0]["year"] == 2022


def test_three_digit_years_elsewhere_are_not_roc_years():
    t = by_value("投入资金修建可抵御100年一遇洪水的安置点12处。", year=2023)
    assert t[12.0]["year"] == 2023


# Budget passages: what is funded, not who pays (tgen) ---------------------------------

def test_funding_verbs_name_the_fund_and_drop_the_funder():
    t = by_value("省财政下达困难群众救助补助资金12.5亿元，市本级拨付特困供养资金860万元。")
    assert t[12.5]["indicator"] == "困难群众救助补助资金下达额"
    assert t[860.0]["indicator"] == "特困供养资金拨付额"


def test_a_funder_without_a_fund_keeps_its_words():
    t = by_value("中央财政已预拨917.8亿元。")
    assert "中央财政" in t[917.8]["indicator"]


# Subsidy standards in regulations: tiers by age or group, rates, caps (tgen) -----------

def test_age_bands_are_tiers_of_the_allowance_standard():
    t = by_value("高龄津贴发放标准为：80至89周岁的老年人每人每月60元；90至99周岁的老年人每人每月120元；"
                 "100周岁及以上的老年人每人每月400元。", kind="notice")
    assert t[60.0]["indicator"] == "高龄津贴发放标准(80至89周岁老年人)"
    assert t[120.0]["indicator"] == "高龄津贴发放标准(90至99周岁老年人)"
    assert t[400.0]["indicator"] == "高龄津贴发放标准(100周岁及以上老年人)"
    assert {x["unit"] for x in t.values()} == {"元/月"}


def test_groups_are_tiers_of_the_rate_named_before_the_colon():
    t = by_value("事实无人抚养儿童基本生活补贴：集中养育儿童每人每月1650元，社会散居儿童每人每月1280元。", kind="notice")
    assert t[1650.0]["indicator"] == "事实无人抚养儿童基本生活补贴(集中养育儿童)"
    assert t[1280.0]["indicator"] == "事实无人抚养儿童基本生活补贴(社会散居儿童)"


def test_a_group_count_is_not_a_tier():
    t = by_value("全县共有特困人员3200人。")
    assert "(" not in t[3200.0]["indicator"]


def test_an_allowance_paid_per_person_is_its_standard_but_a_total_paid_is_not():
    t = by_value("对80周岁以上老人每人每月发放高龄津贴100元，全年发放高龄津贴1200万元。", kind="notice")
    assert t[100.0]["indicator"] == "高龄津贴标准" and t[100.0]["unit"] == "元/月"
    assert t[1200.0]["indicator"] == "高龄津贴发放额"


def test_a_cap_belongs_to_the_amount_before_it():
    t = by_value("临时救助一般按每人每次800元给予救助，最高不超过5000元；最低生活保障标准为每人每月700元。", kind="notice")
    assert t[5000.0]["indicator"].endswith("上限") and t[5000.0]["indicator"].startswith("临时救助")
    assert not t[700.0]["indicator"].endswith(("上限", "下限"))


# Hong Kong and Macao units: 宗 (cases), 港元 (tgen) ---------------------------------------

def test_cases_and_hong_kong_dollars_are_units():
    t = by_value("社会福利署本年度经常开支为426亿港元；全年受理虐待儿童个案890宗，长者个案占58%。", year=None)
    assert t[426.0]["unit"] == "亿港元" and t[426.0]["indicator"].endswith("经常开支")
    assert t[890.0]["unit"] == "宗" and t[890.0]["indicator"] == "虐待儿童个案受理数"
    assert t[58.0]["indicator"] == "长者个案占比"


def test_zong_inside_a_word_is_no_unit():
    assert targets_of("坚持为民服务宗旨，开展活动3次。") == [] or all(
        x["unit"] != "宗" for x in targets_of("坚持为民服务宗旨，开展活动3次。"))


def test_since_a_plan_began_is_not_its_last_year():
    t = by_value("“十三五”以来，全市累计新增养老床位3000张；截至“十三五”末，全市共有养老机构120家。", year=2019)
    assert t[3000.0]["year"] == 2019
    assert t[120.0]["year"] == 2020


def test_a_span_of_roc_years_to_now_dates_nothing_but_a_bracketed_roc_year_does():
    t = by_value("新北市从101年至今共设置共餐据点856个。", year=None, province="台湾省")
    assert "year" not in t[856.0]
    t = by_value("臺北市社會局將於明(105)年新設一處日間關懷站，最高補助135萬元。", year=None, province="台湾省")
    assert t[135.0]["year"] == 2016


def test_set_up_counts_name_what_was_set_up():
    assert by_value("全县设有社会救助服务站18个。")[18.0]["indicator"] == "社会救助服务站数"
    assert by_value("设置救助标准400元。")[400.0]["indicator"] != "数"


def test_adverbs_and_currency_words_around_the_number_are_not_the_indicator():
    t = by_value("每月实际用餐者仅8800人次，每人每餐最高补助新台币40元，服务站总计设置325个。", year=None)
    assert t[8800.0]["indicator"] == "实际用餐者"
    assert not t[40.0]["indicator"].endswith("新台币")


def test_a_period_word_inside_a_name_is_kept():
    t = by_value("全市老人每月人均养老金达到3200元。", year=None)
    assert "每月" in t[3200.0]["indicator"] or t[3200.0]["unit"] == "元/月"
