"""Classes of target-indicator failure that recur across the study pool (/work/pool19, /work/train77 and
/work/fresh-train6 … 9), each fixed only when seen on three pages or more (helper "tgt18", issue 11):

- a lone verb outside loaders/data/indicator_verbs.tsv before a count whose thing follows the number
  (改建3家示范性老年人日间照料中心, 新设13个社区, 探访超过13000个家庭, 完善96项…项目) was named by the verb alone
  (改建, 新设, 探访); now by the verb, the thing and the measure, verb first as the pool's gold writes such
  counts (改建示范性老年人日间照料中心数, 新设社区数). The verb is read by its part of speech (rjieba), not
  from a list; a noun before the number, a subject before the verb, a clause of deeds after the number, a
  thing in a modifier (…项目的杠杆作用) or a raised level (…服务水平) are left to the other rules.
- a bare act of aid (共救助536人次 → 救助) in a sentence that names its programme in quotes shortly before
  (拓展“救急难”覆盖面…; 持续开展“2365”特殊救助…) is named by the programme now (救急难救助人次,
  2365特殊救助人次); a quoted list or slogan (“应保尽保”) names nothing.
- money only said to be spent (支出资金141万元) right after a count of the aid it paid for is that aid's
  spending now (价格临时补贴支出资金, 临时救助支出资金).
- events counted in 场 or 场次 named by the deed that held them or by no measure (培训竞赛活动开展数,
  心理健康团辅活动) take 场次, the gold's measure for such counts; a meeting (新闻发布会) keeps its name.

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect on the pool and
the shared corpus is in docs/benchmarks.md (helper "tgt18").
"""
from __future__ import annotations

from loaders.indicators import lone_verb
from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def targets(text: str, year: int | None = 2024) -> dict[str, dict]:
    """``{value+unit: properties}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=year))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties for t in found}


# --- a lone verb outside the deed list, the thing counted after the number ---

def test_lone_verb_reads_verbs_by_part_of_speech() -> None:
    assert lone_verb("改建") == "改建"
    assert lone_verb("并抽调") == "抽调"
    assert lone_verb("先后新设") == "新设"


def test_lone_verb_refuses_nouns_subjects_and_relations() -> None:
    # negative: a noun, a subject before the verb, a gerund the aid rules name, a verb of relation
    assert lone_verb("床位") is None
    assert lone_verb("全县养老机构改建") is None
    assert lone_verb("救助") is None
    assert lone_verb("来自") is None
    assert lone_verb("涉及") is None
    assert lone_verb("增加") is None


def test_rebuilt_centres_are_named_by_the_deed_and_the_thing() -> None:
    found = targets("今年，全县改建3家示范性老年人日间照料中心，完成160户特殊困难老年人家庭适老化改造。")
    assert found["3家"]["indicator"] == "改建示范性老年人日间照料中心数"


def test_new_communities_are_no_place_share() -> None:
    # 新设社区 ends like a community's name; it is a deed done to communities
    found = targets("稳步推进社区规范化建设，新设12个社区，撤并3个村。")
    assert found["12个"]["indicator"] == "新设社区数"


def test_visited_households_after_a_lone_verb() -> None:
    found = targets("重阳节期间，共探访8000个困难长者家庭。")
    assert found["8000个"]["indicator"] == "探访困难长者家庭数"


def test_change_verb_is_left_to_the_change_rules() -> None:
    # negative: 增加 names a change; the places added are named by what they are
    found = targets("今年增加300个长者日间护理名额。")
    assert found["300个"]["indicator"] == "长者日间护理名额"


def test_noun_before_the_number_is_untouched() -> None:
    # negative: the thing counted is written before the number
    found = targets("全县共有养老机构26个，床位3200张。")
    assert found["26个"]["indicator"] == "养老机构"
    assert found["3200张"]["indicator"] == "养老机构床位数"


def test_deeds_after_the_number_name_no_thing() -> None:
    # negative: what follows the number is a clause of deeds, not the thing counted
    found = targets("全年派出25名干部职工下沉社区参与疫情防控工作。")
    assert found["25名"]["indicator"] != "派出干部职工下沉社区参与疫情防控工作人数"


def test_raised_level_is_no_count_of_the_level() -> None:
    # negative: the count is of institutions, the level is what is raised
    found = targets("提升80家乡镇敬老院服务水平。")
    assert not found["80家"]["indicator"].startswith("提升")


def test_thing_inside_a_modifier_is_not_taken() -> None:
    # negative: 项目 is inside 项目的示范作用
    found = targets("发挥市级福彩公益金支持12个优秀项目的示范作用。")
    assert found["12个"]["indicator"] != "支持优秀项目的示范作用数"


# --- a bare act of aid named by the programme quoted before it ---

def test_bare_aid_takes_the_quoted_programme() -> None:
    found = targets("深化“暖心救助”专项行动，对突发困难家庭及时给予帮扶，共救助1260人次。")
    assert found["1260人次"]["indicator"] == "暖心救助人次"


def test_programme_quote_and_the_words_up_to_the_act() -> None:
    found = targets("持续开展“1580”特殊救助，对因病因灾致困家庭实施救助，共救助412人次。")
    assert found["412人次"]["indicator"] == "1580特殊救助人次"


def test_quoted_list_is_no_programme() -> None:
    found = targets("拓展“救急难”覆盖面，落实“兜底线、救急难”要求，共救助318人次。")
    assert found["318人次"]["indicator"] == "救急难救助人次"


def test_quoted_slogan_is_no_programme() -> None:
    # negative: “应保尽保” is a slogan, not the name of a programme of aid
    found = targets("落实“应保尽保”要求，全年共救助318人次。")
    assert found["318人次"]["indicator"] == "救助人次"  # no programme; tgt19 adds the measure (_lone_act_counts)


def test_a_mode_of_help_sharing_one_character_is_no_programme_of_aid() -> None:
    # negative: “邻里互助” shares 助 with 救助 but not the act's head 救; it is a mode of help, not the aid counted
    found = targets("推广“邻里互助”模式，全年共救助120人次。")
    assert found["120人次"]["indicator"] == "救助人次"


def test_a_quote_far_before_the_count_names_nothing() -> None:
    # negative: a programme quoted more than 60 characters back belongs to another part of the sentence
    found = targets("持续开展“救急难”综合试点，在全县各乡镇街道、村居社区和各类服务机构广泛建立困难群众主动发现机制、"
                    "部门信息共享机制和社会力量参与机制，进一步健全完善工作网络，全年共救助120人次。")
    assert found["120人次"]["indicator"] == "救助人次"


def test_quoted_campaign_is_a_programme() -> None:
    found = targets("开展“寒冬送暖”专项行动，共救助215人次。")
    assert found["215人次"]["indicator"] == "寒冬送暖救助人次"


def test_bare_aid_without_a_quote_stays() -> None:
    # negative: no programme named in the sentence
    found = targets("今年以来，全县共救助318人次。")
    assert found["318人次"]["indicator"] == "救助人次"


def test_named_aid_is_not_renamed() -> None:
    # negative: the count already has its name; a quote elsewhere in the sentence changes nothing
    found = targets("开展“春风行动”，临时救助318人次。")
    assert found["318人次"]["indicator"] == "临时救助"


# --- money only said to be spent, after the count of the aid it paid for ---

def test_spending_after_a_count_of_aid_takes_the_aid() -> None:
    found = targets("全年累计临时救助3.2万人次，支出资金2860万元。")
    assert found["2860万元"]["indicator"] == "临时救助支出资金"


def test_spending_after_a_giving_count_takes_what_was_given() -> None:
    found = targets("向困难群众发放价格临时补贴4.1万人，支出资金96万元。")
    assert found["96万元"]["indicator"] == "价格临时补贴支出资金"


def test_spending_after_an_unnamed_count_stays() -> None:
    # negative: the count before names no aid (救助), so the spending has none to take
    found = targets("今年以来共救助428人次，支出资金63万元。")
    assert found["63万元"]["indicator"] == "支出资金"


def test_spending_in_the_next_clause_run_is_not_carried() -> None:
    # negative: a ； ends the clause run of the count
    found = targets("累计临时救助3.2万人次；支出资金2860万元。")
    assert found["2860万元"]["indicator"] != "临时救助支出资金"


# --- events counted in 场 and 场次 ---

def test_events_held_are_counted_in_changci() -> None:
    found = targets("组织开展养老护理员技能竞赛活动8场，新增持证人员120人。")
    assert found["8场"]["indicator"] == "养老护理员技能竞赛活动场次"


def test_event_without_a_measure_takes_changci() -> None:
    found = targets("全年开展防溺水安全教育宣讲36场次。")
    assert found["36场次"]["indicator"].endswith("防溺水安全教育宣讲场次")


def test_meeting_counted_in_chang_keeps_its_name() -> None:
    # negative: a meeting is a thing; its count keeps the name as written
    found = targets("今年召开新闻发布会5场。")
    assert not found["5场"]["indicator"].endswith("场次")


def test_other_units_keep_their_measure() -> None:
    # negative: only 场 and 场次 are events
    found = targets("全年开展防溺水安全教育活动覆盖学生1.2万人次。")
    assert not found["1.2万人次"]["indicator"].endswith("场次")
