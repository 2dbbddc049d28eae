"""Program rule classes over the structure of administrative text, found on fresh real pages
(issue 10, h/progs round 2: /work/fresh-progs2 half A and the older fresh batches), tested on
invented sentences.

Every sentence is written for the test, phrased after real 民政 pages (none copied); each class
has a positive and a negative case.
"""
from __future__ import annotations

import pytest

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str) -> list[str]:
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t")))


def _rule_programs(text: str) -> list[str]:
    """The rules alone (no program model): what a rule class decides."""
    from loaders.programs import extract_rule_programs

    return [m.name for m in extract_rule_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t"))]


# 1. Two quoted names side by side are two names: the suffix inside the second does not pull the
#    first into it.
def test_adjacent_quoted_names_stay_apart():
    assert _programs("继续开展“福彩助学·圆梦行”“春蕾计划”等助学活动。") == ["春蕾计划", "福彩助学·圆梦行"]


def test_a_quoted_pair_that_frames_one_suffix_is_still_split():  # negative: no fused name
    names = _programs("开展“银龄安康”“夕阳暖心”等关爱活动。")
    assert all("银龄安康夕阳暖心" not in name for name in names)


# 2. A clause verb between a quoted brand and a suffix opens the name: the name starts after it.
def test_a_verb_after_a_quoted_brand_opens_the_name():
    assert _programs("围绕“暖心护童”关爱服务品牌实施阵地建设行动。") == ["暖心护童", "阵地建设行动"]


def test_a_quoted_brand_right_before_its_kind_keeps_it():  # negative: no verb, the quote starts the name
    assert _programs("全面实施“暖心护童”关爱行动。") == ["暖心护童关爱行动"]


# 3. A count of sites (10个) ends the words before the name; a count of different items (4项) names none.
def test_a_count_of_sites_opens_the_name():
    assert _programs("老有所养方面我市拟承建12个省级社区养老幸福工程。") == ["省级社区养老幸福工程"]


def test_a_count_of_different_pilots_is_no_name():  # negative
    assert _programs("今年争创省级3项数字改革试点。") == []


# 4. 对 inside a word (核对, 应对) is no preposition: it does not cut the name.
def test_a_word_holding_dui_does_not_cut_the_name():
    assert _programs("发挥居民家庭经济状况核对平台作用。") == ["居民家庭经济状况核对平台"]


def test_dui_as_a_preposition_still_cuts():  # negative
    assert _programs("对困难群众开展关爱行动。") == []


# 5. An adverb of manner before 行动 makes it the verb "to act"; 甲、乙等十大行动 is the frame of a list.
def test_acting_quickly_is_no_campaign():  # negative
    assert _programs("区民政局迅速行动，连夜部署防寒工作。") == []


def test_the_count_closing_a_list_of_actions_is_no_name():
    assert _programs("实施阵地夯实行动、人才培育行动等八大行动。") == ["人才培育行动", "阵地夯实行动"]


# 6. A run of quoted names closed by 等工作 lists the body's initiatives.
def test_a_run_of_quoted_names_closed_by_works():
    assert _programs("全市聚焦“老有颐养”“弱有众扶”等工作，创新实干。") == ["弱有众扶", "老有颐养"]


def test_a_single_quote_before_works_is_not_enough():  # negative
    assert _programs("全市聚焦“稳中求进”等工作。") == []


# 7. An integrated "big" system of a civil-affairs field is a named reform.
def test_a_big_system_is_named():
    assert _programs("基本形成部门联动、数据共享的大救助体系。") == ["大救助体系"]


def test_a_big_adjective_is_no_big_system():  # negative
    assert _programs("建立重大救助体系评估办法。") == []


# 8. A construction project named with its county-level place is one named project.
def test_a_placed_construction_project_is_named():
    assert _programs("推动阳曲县万向万亩康养建设项目落地。") == ["阳曲县万向万亩康养建设项目"]


def test_an_unplaced_construction_project_is_a_kind():  # negative
    assert _programs("推动养老服务设施建设项目落地。") == []


# 9. A benefit or insurance scheme that the text runs (落实/实施 …补贴制度) is a program; other 制度
#    are lines of work or rules, and a law setting one up names none.
def test_a_benefit_scheme_that_is_run_is_a_program():
    assert _programs("精准落实困难老年人护理补贴制度。") == ["困难老年人护理补贴制度"]


@pytest.mark.parametrize("text", [
    "健全最低生活保障制度，落实“第一议题”制度。",
    "县级以上人民政府应当建立高龄老年人津贴制度。",
    "开展适度普惠型儿童福利制度建设。",
])
def test_other_rules_and_systems_are_no_program(text):  # negative
    assert all(not name.endswith("制度") for name in _programs(text))


# 10. Names hold no spaces, even when the page writes one inside the quote.
def test_a_space_inside_a_quoted_campaign_is_dropped():
    assert _programs("以“敲门问需求 服务暖人心”行动为载体。") == ["敲门问需求服务暖人心行动"]


# 11. A quoted theme before a year and its 主题活动 names the campaign.
def test_a_quoted_theme_before_a_year_and_its_activity():
    assert _programs("省民政厅举办“同心护航·快乐成长”2024年儿童关爱主题活动启动仪式。") == ["同心护航·快乐成长"]


def test_a_quoted_phrase_before_a_year_and_no_activity_is_no_name():  # negative
    # the year-theme rule does not fire without 主题活动 (rules alone find nothing); the program model may name
    # the quoted reform itself, never a name running into the year
    text = "全面落实“放管服”2024年工作部署。"
    assert _rule_programs(text) == []
    assert set(_programs(text)) <= {"放管服"}


# 12. One name written with and without its separator in one document is one program.
def test_a_name_without_its_separator_joins_the_written_one():
    sentences = [Sentence(0, "启动“阳光相伴·温暖童心”关爱行动。", 0, 17),
                 Sentence(1, "阳光相伴温暖童心关爱行动覆盖全县。", 17, 34)]
    names = {m.name for m in extract_programs(sentences, DocumentInfo("t"))}
    assert names == {"阳光相伴·温暖童心关爱行动"}


# 13. 是一项/是一个 + kind says what a thing is: no name.
def test_one_such_project_is_no_name():  # negative
    assert _programs("社区老年助餐是一项民生工程，也是一个暖心工程。") == []


def test_a_project_launched_by_its_name_is_kept():
    assert _programs("全县实施暖心助餐工程。") == ["暖心助餐工程"]


# 14. 以X为载体 / 以X为依托: X is the initiative the work runs on (quoted, or a long unquoted name).
@pytest.mark.parametrize("text, name", [
    ("以城乡社区幸福家园共建共享为载体，回应群众关切。", "城乡社区幸福家园共建共享"),
    ("以“智慧养老服务信息系统”为依托，开展巡访。", "智慧养老服务信息系统"),
])
def test_what_the_work_runs_on_is_named(text, name):
    assert _programs(text) == [name]


def test_a_short_carrier_is_no_name():  # negative
    assert _programs("以社区为载体，以项目为依托，以党建为引领。") == []


# 15. A quoted formula shapes a whole system: “1+8+X”新时代社会救助体系.
def test_a_quoted_formula_names_its_system():
    assert _programs("依托“1+6+N”新时代社会救助体系，完善兜底救助。") == ["1+6+N新时代社会救助体系"]


# 16. Campaign years and months (lexicon words in program_suffixes.txt): …深化年, …攻坚年, …宣传月.
@pytest.mark.parametrize("text, names", [
    ("今年是全区民政文化建设深化年和作风建设攻坚年。", ["作风建设攻坚年", "民政文化建设深化年"]),
    ("开展养老服务保障和困境老人关爱宣传月活动。", ["养老服务保障和困境老人关爱宣传月"]),
])
def test_campaign_years_and_months(text, names):
    assert _programs(text) == names


def test_a_year_word_running_on_is_no_campaign():  # negative
    assert _programs("完成社会组织规范年度检查。") == []


# Round 3 (h/progs2). A page whose quotation marks broke in copying opens each quote with an
# apostrophe and closes it with an opening mark ('护航童行“): the short stretch between is quoted.
def test_apostrophe_opened_quotes_are_quotes():
    names = _programs("区民政局启动'暖心课堂“'星光伙伴“两个儿童关爱服务项目。")
    assert names == ["星光伙伴", "暖心课堂"]


def test_apostrophe_before_a_clause_is_no_quote():  # negative: punctuation inside, no quote
    names = _programs("他说'今年要办好,再办好“安心驿站”项目")
    assert all("'" not in name and "今年" not in name for name in names)


# A joint inspection of administrative boundaries is a program when a round or a pair of places
# names it (program_suffixes.txt: 界线联检); the bare line of work is not.
def test_named_boundary_inspection_is_a_program():
    assert _programs("今年组织开展“湘赣”界线联检,维护边界稳定。") == ["湘赣界线联检"]
    assert "第三轮县级界线联检" in _programs("全面完成第三轮县级界线联检任务。")


def test_boundary_inspection_as_line_of_work_is_no_program():  # negative
    assert _programs("认真做好行政区域界线联检工作。") == []


# An activity coordinated by 和 with the next name ends before it: two names, not one.
def test_activity_and_next_name_are_two():
    names = _programs("结合“地名进万家”活动和老地名保护专项行动,宣传地名文化。")
    assert "老地名保护专项行动" in names and all("活动和" not in name for name in names)


def test_activity_with_other_joiner_stays_whole():  # negative: 与 inside a name does not cut
    assert _programs("推进社区文体活动与志愿服务融合发展示范项目。") == ["社区文体活动与志愿服务融合发展示范项目"]


# A sentence whose main quotation marks are single ones (‘…’) reads them like “…”; inside “…” they
# stay inner quotes of one name.
def test_single_marks_as_main_quotes():
    assert _programs("区里启动‘暖心课堂’‘星光伙伴’两个儿童关爱服务项目。") == ["星光伙伴", "暖心课堂"]


def test_single_marks_inside_double_quotes_stay_inner():  # negative: no split of the outer name
    names = _programs("开展“‘银发’守护行动”。")
    assert "银发" not in names
