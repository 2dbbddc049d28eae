"""Structural classes of target recall found on fresh real pages (work summaries taken from PDFs,
monthly statistics reports) before any fix: a number wrapped before its unit, table rows that open
with 其中： or a report period or carry a per-unit cell, and year-column tables read from HTML
(one space between cells).

Sentences and tables here are invented for the tests (fixtures, not evidence); the measured effect
on the fresh pages and the shared corpus is in docs/benchmarks.md.
"""
from __future__ import annotations

from loaders.read import html_to_text
from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def targets(text: str) -> dict[str, dict]:
    """``{value+unit: properties}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt"))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties for t in found}


# --- a PDF line that ends in a number whose unit opens the next line ---

def test_a_number_wrapped_before_its_unit_keeps_it():
    got = targets("截至10月，全县发放分散供养特困人员供养金 126.45\n万元；集中供养特困人员 58 人。")
    assert got["126.45万元"]["indicator"].startswith("分散供养特困人员供养金")
    assert "58人" in got


def test_a_wrapped_pair_of_raises():
    got = targets("城乡困难残疾人生活补贴、重度残疾人护理补贴标准分别提高 15\n元、20 元，均达到每人每月 95 元。")
    assert {"15元", "20元", "95元/月"} <= set(got)


def test_a_clock_time_before_a_line_is_no_number_of_it():
    got = targets("发布时间：2024-03-05 09:41\n本网讯 全区新建助餐点12个。")
    assert set(got) == {"12个"}


def test_a_word_opening_the_next_line_is_no_unit():
    got = targets("农村低保人数 万人 2.4\n项目 2022年 2023年")
    assert set(got) == {"2.4万人"}


# --- table rows of a monthly statistics report ---

def test_a_breakdown_row_opening_with_qizhong():
    got = targets("社会救助支出 亿元 52.6\n其中：临时救助支出 亿元 3.1")
    assert got["3.1亿元"]["indicator"] == "临时救助支出"


def test_a_row_with_its_report_period():
    got = targets("2.民政事业经费\n1-9月民政事业费实际支出 万元 86420.5")
    assert got["86420.5万元"]["indicator"] == "民政事业费实际支出"


def test_a_row_whose_unit_is_per_thousand_or_per_person_month():
    got = targets("每千名老年人拥有养老床位数 张/千人 31.2\n城市低保平均标准 元/人·月 980.5")
    assert got["31.2张/千人"]["indicator"] == "每千名老年人拥有养老床位数"
    assert "980.5元/人·月" in got


def test_a_row_without_a_unit_gives_no_target():
    assert targets("其中：城市低保对象 3120\n1-6月 城市低保 2023") == {}


# --- a year-column table read from HTML (cells one space apart) ---

HTML = ("<table><tr><th>项目</th><th>2022年</th><th>2023年</th></tr>"
        "<tr><td>结婚登记(对)</td><td>8120</td><td>7765</td></tr>"
        "<tr><td>养老机构床位数</td><td>张</td><td>5,210</td><td>5,480</td></tr></table>"
        "<p>全市新建社区食堂6个。</p>")


def test_an_html_year_column_table_gives_one_target_per_year():
    text, _ = html_to_text(HTML)
    found = extract_targets(split_sentences(text), DocumentInfo("invented.html"))
    got = {(t.properties["value"], t.properties["unit"], t.properties.get("year")) for t in found}
    assert {(8120, "对", 2022), (7765, "对", 2023), (5210, "张", 2022), (5480, "张", 2023)} <= got
    assert 6 in {t.properties["value"] for t in found}


def test_a_title_naming_two_years_is_no_header():
    got = targets("2022年 2023年全市民政工作回顾与展望\n全市新建社区食堂6个。")
    assert set(got) == {"6个"}


# --- the measure words are data ---

def test_every_measure_word_of_the_lexicon_ends_a_count():
    from loaders.lexicons import read_lexicon
    for row in read_lexicon("measure_words.txt"):
        word = row[0]
        # bare hours are opening times (24小时服务); only a limit (12小时内) or 万小时 is a figure
        got = targets(f"全区累计新增12{word}内。" if word == "小时" else f"全区累计新增12{word}。")
        assert f"12{word}" in got, word


def test_a_word_listed_as_not_following_blocks_the_measure_word():
    assert "3本" not in targets("全市3本地企业参与。")


# --- an amount counted in months of a standard (regulations, budget speeches) ---

def test_months_of_a_standard_after_xiangdangyu():
    got = targets("向领取社会保障金的人士额外发放相当于两个月的综合援助标准金额，涉及开支约12亿元。")
    assert got["2个月"]["indicator"] == "综合援助标准金额(月数)"
    assert "12亿元" in got


def test_months_of_a_relief_payment_in_a_regulation():
    assert "3个月" in targets("对遭遇突发事件的家庭，可一次性给予相当于3个月低保金的临时救助。")


def test_months_with_nothing_counted_are_no_target():
    assert targets("办理时限相当于6个月。") == {}
