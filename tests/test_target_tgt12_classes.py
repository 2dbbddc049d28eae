"""Classes of target failure found on a fresh batch of statistics pages and standards notices (helper
"tgt12") before any fix:

- a yearbook table copied as text, its years as columns, with an English translation beside each
  label and the numbers on the line after the label (项目 Item 2010 2015 2020 2021): no figure was read;
- a rise written as two lists (分别从A元、B元提高至C元、D元) or as a list that one amount ends
  (由每人每月A元、B元统一调整为C元): the first 'from' amounts were taken for targets of their own.

Every sentence and table here is invented for the tests (fixtures, not evidence); the measured effect on
the fresh pages and the shared corpus is in docs/benchmarks.md (helper "tgt12").
"""
from __future__ import annotations

from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def found(text: str, year: int | None = 2023) -> list[dict]:
    return [t.properties for t in extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=year))]


# --- a bilingual yearbook table copied as text ---

YEARBOOK = """18-4 城乡社会救助
Social Assistance
项目 Item 2012 2016 2021 2022
  社会救助  Social Assistance
    城镇居民最低生活保障人数(人)   Number of Urban Residents Receiving Minimum
  Living Allowance(person)
52310 41877 20560 19842
    #女性    Female 20114 17309 9821 9410
    #残疾人    Disabled Persons 6012 6650 5177 5023
    农村低保资金全年计划支出(万元)  Annual Expenditure of Minimum
 Living Allowance in Rural Areas(10000 yuan)
18840 40215 61230 63377
  农村特困人员供养人数(人)  Number of Destitute People in Rural Areas(person) 15320 15018
"""


def test_yearbook_rows_are_read_with_their_years() -> None:
    rows = {(t["indicator"], t["year"]): t for t in found(YEARBOOK, 2023)}
    assert rows[("城镇居民最低生活保障人数", 2012)]["value"] == 52310
    assert rows[("城镇居民最低生活保障人数", 2022)]["value"] == 19842
    assert rows[("城镇居民最低生活保障人数", 2022)]["scope"] == "城市"
    assert rows[("农村低保资金全年计划支出", 2016)]["unit"] == "万元"  # the (10000 yuan) is no number
    assert all(t["kind"] == "figure" for t in rows.values())


def test_yearbook_sub_rows_are_named_under_their_count() -> None:
    rows = {(t["indicator"], t["year"]): t["value"] for t in found(YEARBOOK, 2023)}
    assert rows[("城镇居民最低生活保障女性人数", 2021)] == 9821
    assert rows[("城镇居民最低生活保障残疾人数", 2012)] == 6012


def test_a_shorter_yearbook_row_is_read_from_the_last_year_back() -> None:
    rows = {t["value"]: t["year"] for t in found(YEARBOOK, 2023) if t["indicator"] == "农村特困人员供养人数"}
    assert rows == {15320: 2021, 15018: 2022}


def test_prose_with_years_is_no_yearbook() -> None:
    # negative: a sentence with four years and figures is read by the sentence rules, not as a table
    text = "2019年、2020年、2021年、2022年全省城市低保人数分别为5.2万人、4.9万人、4.6万人和4.4万人。"
    assert not any(t["unit"] == "人" and t["value"] > 1000 for t in found(text))
    assert {t["value"] for t in found(text)} >= {5.2, 4.4}


def test_a_year_header_without_a_label_word_opens_no_table() -> None:
    # negative: numbers under a line of years without 项目/指标 are no yearbook rows
    text = "2010 2015 2020 2021\n城市低保人数(人)\n181530 129477 62379 64992\n"
    assert not any(t.get("year") == 2015 and t["value"] == 129477 for t in found(text))


# --- a rise written as lists of amounts ---

def test_paired_lists_of_amounts_pair_in_order() -> None:
    text = "城乡特困人员基本生活标准相应提高，分别从不低于11760元、6120元提高至不低于12480元、6540元。"
    values = {t["value"]: t.get("from_value") for t in found(text)}
    assert values.get(12480) == 11760 and values.get(6540) == 6120
    assert 11760 not in values and 6120 not in values


def test_a_list_that_one_amount_ends_leaves_no_from_targets() -> None:
    text = "建立城乡统一的低保标准，将城乡最低生活保障标准由每人每月720元、650元统一调整为800元。"
    values = {t["value"]: t for t in found(text)}
    assert 800 in values and 720 not in values and 650 not in values
    assert "from_value" not in values[800]


def test_a_single_rise_keeps_its_from() -> None:
    # negative: one amount raised to another is the plain case, untouched
    text = "城市低保标准由每人每月700元提高到760元，农村低保标准由每人每月520元提高到580元。"
    values = {t["value"]: t.get("from_value") for t in found(text)}
    assert values == {760: 700, 580: 520}


# --- the parts of an expenditure row in a monthly report, and a loose wording of a row's label ---

MONTHLY = """| 社会服务统计月报表 | ||||
| 指标名称 | 单位 | 数量 | 上期 | 环比 |
| (二)民政事业费累计支出 | 万元 | 52,300.5 | 480,120.2 | -89.11 |
| 1.社会福利 | 万元 | 11,020.3 | 120,456.0 | -90.85 |
| 3.民政管理事务 | 万元 | 5,210.8 | 50,012.4 | -89.58 |
| I 城市低保金 | 万元 | 2,104.6 | 21,880.3 | -90.38 |
| 5.其他 | 万元 | 6,870.1 | 40,330.9 | -82.97 |
| 二、社会工作 | ||||
| 2.事实无人抚养的儿童 | 人 | 652 | ||
| 3.其他 | 个 | 14 | 15 | |
"""


def test_parts_of_an_expenditure_are_its_spending() -> None:
    names = {t["value"]: t["indicator"] for t in found(MONTHLY, 2024)}
    assert names[6870.1] == "其他支出"
    assert names[5210.8] == "民政管理事务支出"
    assert names[2104.6] == "城市低保金"  # a part that names its money stays as written


def test_a_count_after_the_expenditure_rows_is_no_spending() -> None:
    # negative: the section row 二、社会工作 ends the parts; a count of bodies is no spending
    names = {t["value"]: t["indicator"] for t in found(MONTHLY, 2024)}
    assert not names[14].endswith("支出")


def test_a_loose_wording_of_a_label_is_written_as_the_statistics_write_it() -> None:
    names = {t["value"]: t["indicator"] for t in found(MONTHLY, 2024)}
    assert names[652] == "事实无人抚养儿童数"


# --- a level's total in a monthly report ---

LEVELS = """| 指标名称 | 单位 | 数量 |
| (一)行政区划 | ||
| 乡镇级合计 | 个 | 1,212 |
| 1.镇 | 个 | 701 |
| (二)养老机构 | ||
| 床位合计 | 张 | 8,450 |
"""


def test_a_level_total_counts_the_sections_units() -> None:
    names = {t["value"]: t["indicator"] for t in found(LEVELS, 2024)}
    assert names[1212] == "乡镇级行政区划单位数"
    assert names[701] == "镇数"


def test_a_total_that_is_no_level_keeps_its_name() -> None:
    # negative: 床位合计 totals beds, no level: not renamed after the section's units
    names = {t["value"]: t["indicator"] for t in found(LEVELS, 2024)}
    assert "单位" not in names[8450]


# --- a name that opens with the verb that sets the standard ---

def test_the_verb_that_sets_a_standard_is_no_part_of_its_name() -> None:
    text = ("将城乡低收入家庭范围由家庭月人均收入700元至1050元统一调整为家庭月人均收入760元至1140元；"
            "城乡救助标准由每户每月210元统一调整为每户每月228元。")
    names = {t["value"]: t["indicator"] for t in found(text)}
    assert not any(name.startswith(("统一调整为", "调整为", "每户")) for name in names.values())
    assert names[228] == "城乡救助标准"


def test_a_standard_named_before_its_verb_keeps_its_name() -> None:
    # negative: the plain order (name, then the verb, then the amount) is untouched
    names = {t["value"]: t["indicator"] for t in found("农村低保标准调整为每人每月600元。")}
    assert names[600] == "农村低保标准"


# --- an 其中 row (#) of a yearbook table in bars (seen on half B after its blind score) ---

BARRED = """14-3 社会救助情况 |
项 目 | 2019年 | 2020年 | 2021年 |
城镇居民最低生活保障人数(人) | 8120 | 7904 | 7651 |
#“三无”人员 | 402 | 377 |
农村居民最低生活保障人数(人) | 30215 | 31870 | 32544 |
"""


def test_a_part_row_in_bars_is_named_under_the_row_above() -> None:
    rows = {(t["indicator"], t["year"]): t for t in found(BARRED, 2022)}
    assert rows[("城镇居民最低生活保障三无人员人数", 2019)]["value"] == 402
    assert rows[("城镇居民最低生活保障三无人员人数", 2019)]["scope"] == "城市"


def test_a_row_after_a_part_row_keeps_its_own_name() -> None:
    # negative: the next full row is no part of the one before
    names = {t["value"]: t["indicator"] for t in found(BARRED, 2022)}
    assert names[30215] == "农村居民最低生活保障人数"
