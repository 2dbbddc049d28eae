"""The year of a document that has no index year, and so of its targets, taken from the text itself;
and units unseen pages count in. Classes found on fresh real pages (/work/fresh-indic2, half A) before
any fix: a news page whose only date is a line ``01.04.2015 13:33``, a work summary whose year is only
in its section heading (一、2024年工作总结) while its figures say 今年以来, a year that names the object
of a verb (接收2014年度退伍士兵) taken as the year of the later clauses, and counts in 户次, 本, 人(次).

Sentences here are invented for the tests (fixtures, not evidence); the measured effect on the fresh
pages and the shared corpus is in docs/benchmarks.md.
"""
from __future__ import annotations

from loaders import load_text
from loaders.metadata import extract_metadata
from loaders.normalise import normalise
from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def document_info(text: str) -> DocumentInfo:
    norm = normalise(text)
    return extract_metadata(norm, split_sentences(norm.text), "invented.txt")


def target_years(text: str) -> dict[str, int | None]:
    """``{value+unit: year}`` of the targets of ``text`` as ``kg ingest`` would date them (no index file)."""
    fragment = load_text(text, "invented.txt")
    return {f"{e.properties['value']:g}{e.properties['unit']}": e.properties.get("year")
            for e in fragment.nodes if e.label == "Target"}


# --- a date line with the year last ---

def test_a_date_line_with_the_year_last_dates_the_document():
    text = "城关镇民政办晒出一季度救助成绩单\n12.04.2019 09:20\n一季度，全镇累计发放低保金86万元，救助困难群众320人次。"
    info = document_info(text)
    assert (info.year, info.year_from) == (2019, "date line")
    assert target_years(text) == {"86万元": 2019, "320人次": 2019}


def test_a_number_with_dots_inside_a_sentence_is_no_date_line():
    info = document_info("民政办晒出成绩单\n据统计，截至12.04.2019全镇低保对象1200人。")
    assert info.year is None


# --- a section heading naming the year of a summary's work ---

def test_a_section_heading_dates_a_summary_and_its_figures_of_this_year():
    text = ("街道民政办工作总结\n今年以来，在街道党工委领导下，各项工作稳步推进。"
            "一、2023年工作总结 （一）兜底保障。今年以来共发放临时救助金12.5万元，救助困难群众86人次。")
    info = document_info(text)
    assert (info.year, info.year_from) == (2023, "heading")
    assert target_years(text)["12.5万元"] == 2023


def test_a_summary_with_next_years_plan_is_filed_under_the_plan():
    info = document_info("民政局工作材料\n一、2023年工作总结 全年发放低保金500万元。二、2024年工作计划 新建养老服务站3个。")
    assert (info.year, info.year_from) == (2024, "heading")


def test_a_year_reviewed_inside_a_sentence_is_no_heading():
    info = document_info("民政局工作材料\n会上回顾2019年工作总结经验，全区低保对象1200人。")
    assert info.year is None


def test_an_index_year_wins_and_says_so():
    norm = normalise("一、2023年工作总结 全年发放低保金500万元。")
    info = extract_metadata(norm, split_sentences(norm.text), "x.txt", DocumentInfo("x.txt", year=2022))
    assert (info.year, info.year_from) == (2022, "metadata")


# --- a year that names the object of a verb ---

def test_a_year_naming_an_object_does_not_date_the_later_clauses():
    s = split_sentences("全区共接收2022年度退役士兵38人，发放救灾资金45万元，慰问困难群众210户。")
    got = {f"{t.properties['value']:g}{t.properties['unit']}": t.properties.get("year")
           for t in extract_targets(s, DocumentInfo("x", year=2023))}
    assert got == {"38人": 2022, "45万元": 2023, "210户": 2023}


def test_a_year_opening_the_sentence_still_dates_every_clause():
    s = split_sentences("2022年度全区发放救灾资金45万元，慰问困难群众210户。")
    got = {f"{t.properties['value']:g}{t.properties['unit']}": t.properties.get("year")
           for t in extract_targets(s, DocumentInfo("x", year=2023))}
    assert got == {"45万元": 2022, "210户": 2022}


# --- units: 户次, 本, 人(次), a table's 具 ---

def units(text: str) -> dict[float, str]:
    return {t.properties["value"]: t.properties["unit"]
            for t in extract_targets(split_sentences(text), DocumentInfo("x", year=2023))}


def test_household_times_books_and_bracketed_times_are_units():
    assert units("发放临时救助金58户次103人，办理老年优待证214本，累计保障低保对象9120人(次)。") == {
        58: "户次", 103: "人", 214: "本", 9120: "人次"}


def test_a_table_row_counts_bodies_in_ju():
    assert units("火化遗体数 | 具 | 3,215 |") == {3215: "具"}


def test_ben_before_a_place_word_is_no_unit():
    assert units("全县3本地企业参与慈善活动。") == {}


# --- a count of who receives, written after 为/向/给 (loaders/data/indicator_recipients.txt) ---

def names(text: str) -> dict[str, str]:
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties["indicator"]
            for t in extract_targets(split_sentences(text), DocumentInfo("x", year=2023))}


def test_households_given_a_benefit_are_named_after_the_benefit():
    got = names("春节前，镇民政办向412户困难家庭发放“温暖包”慰问金24.7万元。")
    assert got["412户"] == "温暖包慰问金发放户数"


def test_a_household_and_person_pair_given_a_subsidy():
    got = names("全县为2306户4519人发放一次性生活补贴135万元。")
    assert got["2306户"] == "一次性生活补贴发放户数"
    assert got["4519人"] == "一次性生活补贴发放人数"


def test_a_rate_before_the_benefit_is_skipped():
    got = names("为318名重度残疾人发放80元/月的护理补贴，累计发放护理补贴30.5万元。")
    assert got["318名"] == "护理补贴发放人数"


def test_bodies_given_equipment_are_no_recipients():
    got = names("区民政局为12个社区配备养老服务设施。")
    assert not got["12个"].endswith("配备数")  # 12个 counts bodies: the recipient rule leaves it alone


# --- a giving verb inside the phrase, after who gave or who received ---

def test_the_object_given_names_the_money_not_the_giver():
    got = names("一季度，高新区共发放了优抚补助资金86.3万元，当月发放低保金41.2万元。")
    assert got["86.3万元"] == "优抚补助资金发放额"
    assert got["41.2万元"] == "当月低保金发放额"


def test_a_standard_of_giving_is_not_turned_round():
    got = names("高龄津贴发放标准为每人每月100元。")
    assert got["100元/月"] == "高龄津贴发放标准"


def test_money_given_to_recipients_after_their_count_keeps_the_gift():
    got = names("街道向87户困难家庭发放“暖冬”慰问金5.2万元。")
    assert got["5.2万元"] == "暖冬慰问金发放额"


def test_a_bare_subsidy_given_takes_the_name_of_its_recipients():
    got = names("全镇共有重度残疾人护理补贴对象326人，发放补贴9.8万元。")
    assert got["9.8万元"] == "重度残疾人护理补贴发放额"


def test_a_giving_verb_before_a_station_is_still_a_noun():
    got = names("全县建成救助站3个。")
    assert got["3个"] != "站发放数"


# --- a breakdown by area of the group counted before it (其中农村…户…人) ---

def test_an_area_breakdown_names_the_part_of_the_group():
    got = names("全县共有低保家庭老年人512户630人，其中农村488户601人。")
    assert got["512户"] == "低保家庭老年人户数"
    assert got["488户"] == "农村低保家庭老年人户数"
    assert got["601人"] == "农村低保家庭老年人人数"


def test_an_area_breakdown_naming_another_group_keeps_its_own_name():
    got = names("全县共有特困供养对象90户92人，其中农村低保对象300户410人。")
    assert got["300户"] == "农村低保对象户数"


# --- a statistics table whose value columns are years (a yearbook page) ---

YEARBOOK = """12-6 民政事业

     指标名称        单位    2023 年  2022 年       指标名称      单位   2023 年  2022 年

     一、城乡低保人数           人                  四、殡葬

     城市低保人数     人    1520   1688      火化遗体数     具    3012   2950

     二、敬老院                                    五、社会组织     个    310   298

         个      数      个     12     14

         床     位      张    860    900
"""


def test_each_value_of_a_year_column_table_is_dated_by_its_column():
    fragment = load_text(YEARBOOK, "invented.txt")
    got = {(e.properties["indicator"], e.properties["year"]): e.properties["value"]
           for e in fragment.nodes if e.label == "Target"}
    assert got[("城市低保人数", 2023)] == 1520 and got[("城市低保人数", 2022)] == 1688
    assert got[("火化遗体数", 2022)] == 2950
    assert got[("敬老院数", 2023)] == 12 and got[("敬老院床位数", 2022)] == 900
    assert len(got) == 10


def test_prose_with_two_years_is_no_table_header():
    got = target_years("2022年和2023年，全县新建敬老院3所。")
    assert got == {"3所": 2023}


# --- a table in cells: rows that count bodies or beds without saying whose take their section's name ---

def test_unowned_body_and_bed_rows_take_their_section():
    text = ("| 社会服务统计季报 | ||\n| 指标名称 | 单位 | 数量 |\n| (一)提供住宿的社会服务 | ||\n"
            "| 1.机构数 | 个 | 215 |\n| A、养老机构 | 个 | 190 |\n| 2.床位数 | 张 | 21,340 |\n")
    got = {e.properties["value"]: e.properties["indicator"] for e in load_text(text, "invented.txt").nodes
           if e.label == "Target"}
    assert got == {215: "提供住宿的社会服务机构数", 190: "养老机构数", 21340: "提供住宿的社会服务机构床位数"}


def test_an_owned_row_keeps_its_own_name():
    text = "| (一)提供住宿的社会服务 | ||\n| 1.养老机构床位数 | 张 | 8,100 |\n"
    got = [e.properties["indicator"] for e in load_text(text, "invented.txt").nodes if e.label == "Target"]
    assert got == ["养老机构床位数"]


# --- subsidy standards in regulations (genre of issue 10; no fresh real page of this genre was scored) ---

REGULATION = ("第十五条 低保对象死亡的，发放一次性丧葬补助2500元/人。\n"
              "第十六条 孤儿基本生活费标准：集中养育每人每月1600元，社会散居每人每月1200元。\n"
              "第十七条 临时救助金额最高不超过当地6个月城市低保标准。")


def test_regulation_standards_are_named_without_article_numbers_or_verbs():
    got = names(REGULATION)
    assert got["2500元/人"] == "一次性丧葬补助标准"
    assert got["1600元/月"] == "孤儿基本生活费标准(集中养育)"
    assert got["1200元/月"] == "孤儿基本生活费标准(社会散居)"


def test_months_of_the_standard_written_before_it():
    got = names(REGULATION)
    assert got["6个月"].endswith("(城市低保标准月数)")


def test_a_count_of_months_without_a_standard_is_no_target():
    assert "6个月" not in names("第十八条 申请人应在6个月内提交材料。")


# --- budget speeches: a change against a financial year's revised budget, and 即 restating it as an amount ---

def test_a_change_against_a_revised_budget_is_the_change_of_the_budget():
    got = names("2025/26年度的社会福利开支预算为980亿元，较2024/25年度的修订预算增加6.2%，即57亿元。")
    assert got["6.2%"] == "社会福利开支预算增幅"
    assert got["57亿元"] == "社会福利开支预算增加额"


def test_ji_after_a_fall_is_the_amount_it_fell_by():
    got = names("全市福利彩票销售额8亿元，比上年下降5%，即0.4亿元。")
    assert got["0.4亿元"] == "福利彩票销售额减少额"


def test_ji_after_a_count_is_no_change():
    got = names("全市低保对象1.2万人，即4000户。")
    assert not got["4000户"].endswith(("增加额", "减少额"))


# --- an official document's signature date in Chinese numerals ---

def test_a_signature_date_in_chinese_numerals_dates_the_document():
    text = "关于调整城乡低保标准的通知\n城市低保标准调整为每人每月820元。\n县民政局\n二〇二三年十二月二十九日"
    info = document_info(text)
    assert (info.date, info.year, info.year_from) == ("2023-12-29", 2023, "date")
    assert target_years(text) == {"820元/月": 2023}


def test_a_month_and_day_alone_are_no_date():
    assert document_info("民政局通知\n十二月二十九日前完成低保核查。").date is None


# --- a count by care mode after its group's count (孤儿…其中集中养育…社会散居…) ---

def test_care_mode_parts_of_a_group_are_named_mode_first():
    got = names("全县共有孤儿96人，其中集中养育31人，社会散居65人。")
    assert got["31人"] == "集中养育孤儿数" and got["65人"] == "社会散居孤儿数"


def test_a_care_mode_after_money_is_not_renamed():
    got = names("发放孤儿基本生活费86万元，其中集中养育每人每月1600元。")
    assert got["1600元/月"] != "集中养育孤儿数"


# --- an acting verb right before the count leaves the thing counted after it; 在 before a place is no name ---

def test_people_placed_or_received_are_named_after_the_verb():
    got = names("在福利企业集中安置了86名残疾人，接收退役士兵27人。")
    assert got["86名"] == "福利企业集中安置残疾人"
    assert got["27人"] == "退役士兵接收人数"


def test_zai_of_in_residence_stays():
    assert names("年末在院人数320人。")["320人"] == "在院人数"


# --- abbreviations inside names (loaders/data/indicator_abbreviations.tsv) ---

def test_a_short_form_in_a_name_is_written_in_full():
    got = names("全区共有低边家庭412户，其中农村低边350户。")
    assert got == {"412户": "低保边缘家庭", "350户": "农村低保边缘家庭"}


def test_a_name_already_in_full_is_left_alone():
    assert names("全区共有低保边缘家庭412户。")["412户"] == "低保边缘家庭"
