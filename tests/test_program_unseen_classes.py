"""Program rule classes found on fresh real pages (issue 10, h/progs round: /work/fresh-progs half A
and the older fresh batches), tested on invented sentences.

Every sentence is written for the test, phrased after real 民政 pages (none copied); each class
has a positive and a negative case.
"""
from __future__ import annotations

import pytest

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str) -> list[str]:
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t")))


# 1. A project is named by what it builds or does (…项目); a kind of project is no name.
@pytest.mark.parametrize("text, name", [
    ("今年启动实施山区移民联合开发增收项目，惠及8个村。", "山区移民联合开发增收项目"),
    ("我县社区邻里客厅项目入围全省社会创新案例。", "社区邻里客厅项目"),
])
def test_a_named_project(text, name):
    assert _programs(text) == [name]


@pytest.mark.parametrize("text", [
    "全力推进政府为民办实事项目，争取上级项目资金500万元。",
    "以上三个项目年内均可完工，各类养老服务项目有序推进。",
    "启动“银龄互助”结对关爱项目。",  # the quoted brand names it, not the kind of project
])
def test_a_kind_of_project_is_no_name(text):  # negative
    assert all(not name.endswith("项目") for name in _programs(text))


# 2. Items of a 、 list share their kind: siblings of a found name that end like it.
def test_siblings_of_a_found_name_in_a_list():
    assert _programs("全局开展“三个年”活动：服务规范年、作风提升年、数字赋能年。") == [
        "作风提升年", "数字赋能年", "服务规范年"]


def test_list_items_of_another_shape_are_not_siblings():  # negative
    assert _programs("围绕社会救助、婚姻登记、养老服务提升年开展督查。") == ["养老服务提升年"]


# 3. A pilot site picked by a verb of selection names its pilot (入选省X试点县区).
def test_a_selected_pilot_site_names_its_pilot():
    assert _programs("我区入选省社区嵌入式托育试点县区。") == ["省社区嵌入式托育试点"]  # the level word stays, as in 省级婚俗改革试点


@pytest.mark.parametrize("text", ["在试点村推行积分制管理。", "向民政部报送试点城市名单，遴选推荐1个试点城市。"])
def test_a_pilot_site_alone_names_no_pilot(text):  # negative
    assert _programs(text) == []


# 4. A mechanism is named by the two parties it joins; a kind of mechanism is no name.
def test_a_mechanism_joining_two_parties():
    assert _programs("健全社会救助与志愿服务衔接机制。") == ["社会救助与志愿服务衔接机制"]


@pytest.mark.parametrize("text", ["建立健全长效机制，完善矛盾纠纷多元化解调处机制。", "探索新路径和新机制。"])
def test_a_kind_of_mechanism_is_no_name(text):  # negative
    assert _programs(text) == []


# 5. A quoted scope-only name takes its subject inside a suffix name too; a list shares the scope.
def test_a_quoted_scope_takes_its_subject():
    assert _programs("全面落实收养登记“跨省通办”。") == ["收养登记跨省通办"]


def test_a_scope_shared_by_a_list_takes_no_subject():  # negative
    assert _programs("做好婚姻登记、收养登记“跨省通办”。") == ["跨省通办"]


# 6. A quoted number code names its plan; a bare number does not.
def test_a_quoted_code_names_its_plan():
    assert _programs("对照全省民政事业“2351”行动计划抓好落实。") == ["2351行动计划"]


def test_a_bare_number_before_a_suffix_is_no_name():  # negative
    assert _programs("完成2351行动。") == []


# 7. A clean-up campaign names its problems or the risk it removes.
def test_a_campaign_named_by_the_risk_it_removes():
    assert _programs("扎实开展养老机构消防设施安全专项整治。") == ["养老机构消防设施安全专项整治"]


def test_a_field_clean_up_is_a_line_of_work():  # negative
    assert _programs("持续开展殡葬领域专项整治。") == []


# 8. A name the program-concept catalogue knows counts where the text treats it as a name: quoted,
#    or right after a verb that runs initiatives; a catalogued line of work does not.
@pytest.mark.parametrize("text, name", [
    ("两地交流“最多跑一次”经验做法。", "最多跑一次"),
    ("目前已有8家公办养老机构实施公建民营。", "公建民营"),
])
def test_a_catalogued_name_treated_as_a_name(text, name):
    assert name in _programs(text)


@pytest.mark.parametrize("text", ["全年实施临时救助3200人次。", "继续深化婚俗改革，倡导简约婚礼。"])
def test_a_catalogued_line_of_work_is_no_name(text):  # negative
    assert _programs(text) == []


# 9. A pilot named only by who runs it and its kind is no name.
def test_a_level_and_kind_of_pilot_is_no_name():  # negative
    assert _programs("承接部省创新试点和省级综合改革试点。") == []


def test_a_pilot_with_its_subject_is_kept():
    assert _programs("承接省级智慧救助创新试点。") == ["省级智慧救助创新试点"]


# 10. A quoted formula is named alone, also before the field and 模式 it shapes (the shared gold writes
# 物质+服务 before 救助方式 and 救助试点; the fresh batches' gold writes “物质+服务”帮扶模式 as 物质+服务).
def test_a_quoted_formula_before_its_mode_is_named_alone():
    assert _programs("探索“救助+关爱”综合帮扶模式。") == ["救助+关爱"]
    assert _programs("推行“物质+服务”救助方式。") == ["物质+服务"]


def test_a_list_of_modes_after_a_quote_is_no_mode_name():  # negative
    assert _programs("推广“互联网+救助”等新型服务模式。") == ["互联网+救助"]


# 11. A cited title that launches an initiative names it; a title about managing one does not.
def test_a_title_that_launches_an_initiative_names_it():
    assert _programs("省政府印发《关于实施困难群众温暖工程的意见》。") == ["困难群众温暖工程"]


def test_a_title_about_an_initiative_names_none():  # negative
    assert _programs("省政府印发《关于加强困难群众温暖工程管理的意见》。") == []


def test_a_quoted_brand_before_a_mode_is_named_alone():  # negative: only a formula takes the mode
    assert _programs("推广“板凳会”议事协商模式。") == ["板凳会"]
