"""Program rule classes found on the progs10 fresh batch (issue 10: /work/fresh-progs10 half A, 通知 and
实施方案 from Zhejiang and Jiangxi, and Hong Kong, Macau and Taiwan welfare pages), tested on invented
sentences.

Every sentence is written for the test, phrased after real welfare pages (none copied); each class has a
positive and a negative case.
"""
from __future__ import annotations

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str, province: str | None = None) -> list[str]:
    info = DocumentInfo("t", province=province)
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], info))


# 1. A roman or latin list marker, as Hong Kong policy papers number their points, is no part of the name;
#    nor is the verb that widens a running scheme (扩展 / 扩充).
def test_roman_list_marker_and_widening_verb_open_no_name():
    assert _programs("(iv)扩展长者邻里守望试行计划——明年在四个地区增设服务点。") == ["长者邻里守望试行计划"]


def test_latin_marker_before_a_name():
    assert _programs("（b）推行护老者培训计划，全年举办十期课程。") == ["护老者培训计划"]


def test_roman_numeral_inside_a_name_is_kept():  # negative: letters that are part of a name stay
    assert _programs("推出“乐龄IT计划”，协助长者学习使用电子服务。") == ["乐龄IT计划"]


# 2. 在校 / 在职 open a name (pupils at school, people in work); a bare 在 opens a clause.
def test_at_school_opens_the_name():
    assert _programs("优化在校课后支援计划，让学生放学后留校学习。") == ["在校课后支援计划"]


def test_bare_locative_is_cut():  # negative: 在 + place is where, not the name
    assert _programs("在各区推行家居照顾援助计划。") == ["家居照顾援助计划"]


# 3. A scheme set up (设立 …): the name starts after the verb.
def test_setting_up_verb_opens_the_name():
    assert _programs("政府设立照顾者支援试验计划，为护老者提供津贴。") == ["照顾者支援试验计划"]


# 4. Hong Kong, Macau and Taiwan texts name a benefit or service scheme by what it gives and a benefit word,
#    unquoted and without 计划, right after the verb that sets it up.
def test_launched_service_scheme_in_macau():
    text = "特区政府陆续设立长者日间暂托服务、推出独居长者平安钟服务等措施。"
    assert _programs(text, "澳门特别行政区") == ["独居长者平安钟服务", "长者日间暂托服务"]


def test_launched_subsidy_in_taiwan():
    assert _programs("市府办理银发族助听器补助及各项福利服务。", "台湾省") == ["银发族助听器补助"]


def test_launched_discount_in_taiwan():
    assert _programs("市长上任后推出敬老搭车优惠，减轻长辈负担。", "台湾省") == ["敬老搭车优惠"]


def test_same_shape_on_the_mainland_is_a_kind_of_service():  # negative: a mainland document
    assert _programs("街道推出上门助浴服务和老年助医服务。", "浙江省") == []


def test_counted_kinds_are_no_scheme():  # negative: 各项 / 更多 count kinds, they name none
    assert _programs("社会局推出更多元托育服务，并推行各项福利服务。", "台湾省") == []
