"""Program rule classes found on the progs9 fresh batch (issue 10: /work/fresh-progs9 half A, district and
county 民政 工作要点 and work summaries from Chongqing and Tianjin and two reprinted county summaries) and
on earlier helpers' studied pages (fresh-rels6 A, fresh-progs7, dev 057), tested on invented sentences.

Every sentence is written for the test, phrased after real 民政 pages (none copied); each class has a
positive and a negative case.
"""
from __future__ import annotations

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str) -> list[str]:
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t")))


def _rule_programs(text: str) -> list[str]:
    """The rules alone (no program model): what a rule class decides."""
    from loaders.programs import extract_rule_programs

    return [m.name for m in extract_rule_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t"))]


# 1. A quoted count of a kind (“六项行动”, “五大工程”) with nothing naming it before is a package the body
#    runs; so is one closing the list of its contents without 等 (…、…、队伍素质提升“4项工程”).
def test_quoted_package_with_no_subject_is_a_program():
    text = "按照“1156”工作思路，坚持“一个引领”，推进“六项行动”，实施“五大工程”，推动民政事业高质量发展。"
    assert _programs(text) == ["五大工程", "六项行动"]


def test_quoted_package_closing_its_items_is_named_by_its_quote():
    text = "实施养老机构提质、社区服务扩面、队伍素质提升“4项工程”的总体思路。"
    assert _programs(text) == ["4项工程"]


def test_quoted_package_after_its_items_with_deng_only_frames_them():  # negative: the items are the programs
    text = "全区将推进青松助老、阳光护童等“六项行动”。"
    assert "六项行动" not in _programs(text)


def test_quoted_package_with_its_subject_keeps_the_subject():  # negative: the subject completes the name
    assert _programs("全面实施社会救助体系建设“三大工程”。") == ["社会救助体系建设三大工程"]


def test_quoted_count_of_a_formula_is_still_a_slogan():  # negative: “两个维护” names no package
    assert _programs("坚决做到“两个维护”，推动工作落实。") == []


# 2. A quoted formula of parallel steps (“一网受理、限时办结”) names the mechanism; the platform, 机制 or
#    模式 written after it only carries it (dev 057's gold writes 一门受理、协同办理 for both forms).
def test_parallel_formula_before_its_platform_is_the_name():
    assert _programs("全面建成社会救助“一网受理、限时办结”综合服务平台。") == ["一网受理、限时办结"]


def test_parallel_formula_before_a_mechanism_is_the_name():
    assert _programs("县乡两级均建立“一次告知、全程代办”机制。") == ["一次告知、全程代办"]


def test_brand_before_its_platform_keeps_the_platform():  # negative: a one-word brand names the platform
    assert _programs("“云岭颐养”智慧养老服务平台已接入老年人1.2万名。") == ["云岭颐养智慧养老服务平台"]


# 3. A list of places' quoted brands closed by 等…新模式 or 等…做法 (not only 等…品牌): one program per quote,
#    without its place.
def test_placed_brand_list_closed_by_model_names_each_quote():
    text = "各地涌现出南原市北坡区“暖救助”、东川县“救在身边”等社会救助新模式。"
    assert _programs(text) == ["救在身边", "暖救助"]


def test_placed_brand_list_closed_by_practice_names_each_quote():
    text = "培育了青禾县“禾暖万家”、石门区“门前帮”和云岭县“岭上助”等一批基层创新做法。"
    assert _programs(text) == ["岭上助", "禾暖万家", "门前帮"]


def test_single_quote_before_a_model_is_no_list():  # negative: running text, not a bare list of places
    # no list rule fires (rules alone find nothing); the program model may name the quoted practice itself
    text = "学习北坡区“暖救助”经验，形成更多救助等新模式。"
    assert _rule_programs(text) == []
    assert set(_programs(text)) <= {"暖救助"}


# 4. 组织 is the verb that opens a name (组织开展…) only where it is no part of a body's kind: 社会组织培优行动
#    keeps 社会组织 (it came out as 培优行动).
def test_social_organisation_is_part_of_the_name():
    assert _programs("深入实施社会组织培优行动，提升社会组织服务能力。") == ["社会组织培优行动"]


def test_charity_organisation_is_part_of_the_name():
    assert _programs("启动慈善组织阳光透明计划。") == ["慈善组织阳光透明计划"]


def test_organising_verb_still_opens_the_name():  # negative: 组织 as a verb stays a cut
    assert _programs("县民政局组织实施银龄关爱行动。") == ["银龄关爱行动"]


def test_quoted_count_of_institutions_is_no_package():  # negative: the parts of a system, not work run
    assert "五大制度" not in _programs("全面建立“五大制度”，健全完善服务体系。")


# 5. An award a body's project was short-listed for (入围…奖) is not run by the body (the report's issuer).
def test_shortlisted_award_is_not_run_by_the_issuer():
    from loaders.relate import _received_award
    from loaders.types import Mention

    text = "我区邻里互助项目入围第二届城乡社区创新奖。"
    start = text.index("城乡社区创新奖")
    assert _received_award(text, Mention("Program", "城乡社区创新奖", "x", 0, start, start + 7, {}))


def test_award_the_body_organises_is_run_by_it():  # negative: the body runs the award's selection
    from loaders.relate import _received_award
    from loaders.types import Mention

    text = "组织开展第二届城乡社区创新奖评选。"
    start = text.index("城乡社区创新奖")
    assert not _received_award(text, Mention("Program", "城乡社区创新奖", "x", 0, start, start + 7, {}))


# 6. A package counted in digits is named as its twin in characters is (二十项民心工程 → 20项民心工程).
def test_digit_counted_package_is_named_as_its_character_twin():
    assert _programs("今年全市实施20项民心工程。") == ["20项民心工程"]


def test_digit_count_of_building_jobs_is_no_package():  # negative: a count of construction jobs
    assert _programs("今年完成5项改造工程。") == []


# 7. A metaphor for a framework's main parts (“四梁八柱”) is shaped like a numbered mechanism but is a formula
#    (loaders/data/program_slogans.txt).
def test_framework_metaphor_is_no_program():
    assert _programs("全县养老服务“四梁八柱”制度框架基本形成。") == []


def test_numbered_mechanism_is_still_a_program():  # negative: 三社联动 is run
    assert _programs("深入推进“三社联动”，激发基层活力。") == ["三社联动"]
