"""Programs named by the catalogue (issue 10, h/progcat round): rows of
loaders/data/program_concepts.tsv marked ``mention = name`` are programs wherever the text writes them,
unless the text makes the name a modifier of something else.

Every sentence is written for the test, phrased after real 民政, Hong Kong and Taiwan welfare pages
(none copied); each class has a positive and a negative case.
"""
from __future__ import annotations

import pytest

from kg.errors import InputError
from loaders.concepts import COLUMNS, MENTION_COLUMN, load_catalogue, parse_catalogue
from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(*texts: str) -> list[str]:
    sentences, start = [], 0
    for index, text in enumerate(texts):
        sentences.append(Sentence(index, text, start, start + len(text)))
        start += len(text)
    return sorted({m.name for m in extract_programs(sentences, DocumentInfo("t"))})


# 1. A catalogued free-standing name is a program without quotes, verbs or suffixes around it.
@pytest.mark.parametrize("text, name", [
    ("年满65岁的长者，资产不超过限额的，可申领长者生活津贴。", "长者生活津贴"),
    ("明年长照3.0全面上路，机构住民补助同步提高。", "长照3.0"),
    ("受助人亦可同时领取伤残津贴，毋须另行申请。", "伤残津贴"),
    ("该县推进社会救助反向办，为困难群众主动推送政策。", "社会救助反向办"),
    ("倡导文明祭扫、绿色清明，清明期间开通网上祭扫。", "绿色清明"),
])
def test_a_catalogued_name_is_a_program(text, name):
    assert name in _programs(text)


# 2. A word right after the name that makes it a modifier: a place, a body, an amount or a count.
@pytest.mark.parametrize("text, absent", [
    ("本年度长者生活津贴金额上调至每月4,300元。", "长者生活津贴"),
    ("伤残津贴人数较上年增加三千人。", "伤残津贴"),
    ("市慈善总会设立中华慈善日委员会办公地点。", "中华慈善日"),
])
def test_a_name_before_a_modifier_tail_is_no_program(text, absent):  # negative
    assert absent not in _programs(text)


# 3. A noun right before the name makes it the end of a longer name (or of another thing).
def test_a_name_after_a_noun_is_part_of_a_longer_one():  # negative
    assert "希望工程" not in _programs("基金会资助弱势家庭新生代希望工程的学员。")
    assert "希望工程" in _programs("全县爱心企业踊跃捐助希望工程。")
    # a place before the name is no such noun
    assert "未来社区" in _programs("参会人员实地调研了东盛社区未来社区建设情况。")


# 4. The end state of a 从X向Y shift is a way of working, not an initiative, even quoted.
def test_the_end_state_of_a_shift_is_no_program():  # negative
    assert "政策找人" not in _programs("推动社会救助从“人找政策”向“政策找人”转变。")
    assert "政策找人机制" in _programs("建立健全政策找人机制，做到应救尽救。")


# 5. A fund that runs programs is no program by the quote route (kind `line` 基金); a catalogued
#    fund marked `name` is.
def test_a_quoted_fund_is_no_program_but_a_named_scheme_fund_is():
    assert "关爱基金" not in _programs("政府邀请“关爱基金”推行两项试验计划。")
    assert "儿童发展基金" in _programs("社署邀请学校营办儿童发展基金的校本计划。")


# 6. Two names of one catalogued program in one document are one program.
def test_two_names_of_one_program_in_a_document_are_one():
    found = _programs("全台已有五千个社区照顾关怀据点。", "未来社区关怀据点将服务失能长辈。")
    assert "社区照顾关怀据点" in found and "社区关怀据点" not in found


# 7. An alias that is only part of a longer slogan is not cut out of it.
def test_an_alias_inside_a_longer_quoted_name_is_not_cut_out():  # negative
    found = _programs("开展“寒冬送温暖和流浪乞讨清零”专项行动。")
    assert "寒冬送温暖" not in found
    assert "国民年金" not in _programs("服务项目包括「国民年金保费减免」及「育儿津贴」等。")
    assert "国民年金" in _programs("年满25岁未参加其他社会保险者，应参加国民年金。")


# The catalogue column itself.
def test_mention_column_is_optional_and_checked():
    header = "\t".join(COLUMNS)
    old = parse_catalogue([header, "a\t名称\tf\t养老服务\tlocal\t\t\t名称之一\t\t"])
    assert old.concepts[0].mention == ""
    new = parse_catalogue([f"{header}\t{MENTION_COLUMN}", "a\t名称\tf\t养老服务\tlocal\t\t\t名称之一\t\t\tname",
                           "b\t名二\tf\t养老服务\tlocal\t\t\t\t\t"])
    assert [c.mention for c in new.concepts] == ["name", ""]
    with pytest.raises(InputError, match="line 2: mention must be empty or 'name'"):
        parse_catalogue([f"{header}\t{MENTION_COLUMN}", "a\t名称\tf\t养老服务\tlocal\t\t\t\t\t\tsometimes"])


def test_the_shipped_catalogue_covers_every_area():
    catalogue = load_catalogue()
    assert len(catalogue.concepts) >= 150
    topics = {c.topic for c in catalogue.concepts}
    assert {"社会救助", "养老服务", "儿童福利", "社区治理", "社会工作", "慈善", "殡葬", "区划地名"} <= topics
    named = [c for c in catalogue.concepts if c.mention == "name"]
    assert all(any(len(alias) >= 4 for alias in c.aliases) for c in named)
