"""Program rule classes found on the progs7 fresh batch (issue 10: /work/fresh-progs7 half A, 民政 work
plans, summaries and 实事 lists from Anhui, Guangdong, Hunan, Zhejiang and Liaoning), tested on invented
sentences.

Every sentence is written for the test, phrased after real 民政 pages (none copied); each class has a
positive and a negative case.
"""
from __future__ import annotations

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str) -> list[str]:
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t")))


# 1. A quoted brand of three or more characters followed by (服务|工作)品牌 is named by its quote: the
#    descriptor says what it is (the golds write “海峡社工”品牌 as 海峡社工).
def test_quoted_brand_before_service_brand_is_named_by_its_quote():
    assert _programs("今年全县将着力打造“乐龄同心”养老服务品牌。") == ["乐龄同心"]
    assert _programs("持续擦亮“暖阳帮帮”工作品牌，提升救助温度。") == ["暖阳帮帮"]
    assert _programs("把“善聚山城”品牌擦得更亮。") == ["善聚山城"]


def test_two_character_quoted_brand_keeps_its_field():  # negative: an abbreviation needs its field
    assert _programs("深化“三联”党建品牌建设。") == ["三联党建品牌"]


# 2. A quote that closes right after 项目 holds the whole project name, whatever verb (or none) stands
#    before it.
def test_fully_quoted_project_is_a_program_without_a_launch_verb():
    assert _programs("本区获得福彩公益金“农村留守儿童关爱服务试点项目”资金支持。") == ["农村留守儿童关爱服务试点项目"]


def test_quoted_generic_project_is_still_no_name():  # negative: a kind of project, no named one
    assert _programs("街道申报“社区养老服务项目”。") == []


# 3. A campaign written with a bare, collective or sweeping 整治 is named by the problems it sweeps;
#    a short head with no sweep, or a head that is no problem, is a line of work.
def test_swept_problem_campaign_is_a_program():
    assert _programs("汛期前开展养老机构消防安全隐患专项排查整治。") == ["养老机构消防安全隐患专项排查整治"]
    assert _programs("深入开展低保领域腐败和作风问题集中整治。") == ["低保领域腐败和作风问题集中整治"]


def test_line_of_work_整治_is_no_program():  # negative
    assert _programs("扎实开展殡葬突出问题整治。") == []
    assert _programs("配合住建部门做好城镇燃气排查整治。") == []
    assert _programs("对群众反映强烈的突出问题集中整治。") == []


def test_整治_as_a_verb_leaves_the_next_name_whole():  # negative: 整治 opens a campaign's name
    assert _programs("部署开展整治养老诈骗乱象专项行动。") == ["整治养老诈骗乱象专项行动"]


# 4. 助力 joins the actor and the goal inside a campaign named "A助力B"; elsewhere it opens the name.
def test_actor_助力_goal_campaign_keeps_its_actor():
    assert _programs("启动社会组织助力乡村振兴专项行动。") == ["社会组织助力乡村振兴专项行动"]
    assert _programs("实施“同心赋能”社会组织助力共同富裕提升行动。") == ["同心赋能社会组织助力共同富裕提升行动"]


def test_助力_after_a_clause_still_opens_the_name():  # negative: 助力 is the clause verb
    assert _programs("以优质服务助力困难群众帮扶提升行动。") == ["困难群众帮扶提升行动"]


def test_社会组织_still_ends_a_coordinated_item():  # negative: 组织 before anything but 助力 is still a cut
    assert _programs("扎实推进村务公开和全国社会组织信用信息公示平台。") == ["全国社会组织信用信息公示平台"]


# 5. A field's package of actions written in digits (养老服务10项行动) is named as its twin in characters
#    (养老服务十项行动) is; a bare count, or a count after a level or year word, names none, and a digit
#    umbrella closing a list (等6大提升行动) is the list's frame, as 等六大提升行动 is.
def test_digit_package_of_a_field_is_a_program():
    assert _programs("今年全市开展社会救助8项行动。") == ["社会救助8项行动"]


def test_digit_counts_name_no_package():  # negative
    assert _programs("年内完成5项行动。") == []
    assert _programs("争创市级3项改革试点。") == []
    assert not any(name.startswith("6大") for name in _programs("完成甲乡助餐行动、乙镇康养行动等6大提升行动。"))


# 6. A name only the program model found, followed by a modifier-tail word (场所, 信息 …: data in
#    loaders/data/program_suffixes.txt), modifies the place or notice after it: no program there.
def test_model_name_before_a_place_or_notice_is_dropped():
    from loaders.programs import _model_name_ok
    text = "年内新增老年助餐场所15个，发布老年助餐信息40条。"
    assert not _model_name_ok(text, 4, 8, "老年助餐")
    assert not _model_name_ok(text, 16, 20, "老年助餐")


def test_model_name_standing_alone_is_kept():  # negative: nothing after it to modify
    from loaders.programs import _model_name_ok
    assert _model_name_ok("全面推开“邻里互助”，覆盖全部社区。", 5, 9, "邻里互助")


# 7. A quoted numbered abbreviation of a kind (“四基工程”: a numeral, one word, 工程/行动/计划) is completed
#    by the subject written right before it, as a quoted count is (养老服务体系建设“七大工程”).
def test_numbered_abbreviation_takes_its_subject():
    assert _programs("推进养老机构监管“五防工程”，守牢安全底线。") == ["养老机构监管五防工程"]


def test_numbered_abbreviation_without_subject_stays_quoted():  # negative: no subject to take
    assert _programs("全面实施“三暖工程”。") == ["三暖工程"]


# 8. A run of quoted names closed by 等 + what they do + 措施/举措 lists measures the body runs; a run of
#    slogans so closed is still no program.
def test_run_of_quoted_measures_are_programs():
    assert _programs("区民政局推出“新风券”“红黑榜”等婚俗激励约束措施。") == ["新风券", "红黑榜"]


def test_run_of_slogans_closed_by_measures_is_not():  # negative
    assert _programs("落实“四个意识”“四个自信”等举措。") == []


# 9. The last item of a list of bodies with their count (民政、卫健、残联三部门…) says who runs a thing, not
#    its name: it is cut off, and what remains must be a name on its own.
def test_list_of_bodies_with_their_count_is_no_part_of_a_name():
    assert _programs("市里建立民政、医保、教育三部门困难学生救助衔接平台。") == ["困难学生救助衔接平台"]
    assert _programs("建立民政、卫健、残联三部门数据共享平台。") == []


def test_a_count_of_bodies_alone_stays_in_the_name():  # negative: no list before the count
    assert _programs("搭建多部门联合救助服务平台。") == ["多部门联合救助服务平台"]
