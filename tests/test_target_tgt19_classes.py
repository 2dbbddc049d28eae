"""Classes of target-indicator failure seen on three study pages or more in two folders or more (helper "tgt19",
issue 11; study pages: seeds + dev, /work/pool19, /work/train77, /work/blind62, /work/fresh-train6 … 9):

- money only said to be given out (发放资金2121万元; 资金 after a count that was given out) right after a count of
  the aid it paid was named 资金发放额, no aid's name; now the aid, then the words as written
  (城乡低保发放资金, 高龄津贴发放资金, 城乡低保当月发放资金), as the gold of those pages writes it.
- a count named by an act of aid alone (全年共计救助58人次 → 救助) is named with its measure (救助人次), the gold's
  name for it or the end of it (社会救助人次, 临时救助人次); deeds done to things (建立) are left alone.
- a share told after the change of the figure it is a share of (社会组织增加值525.6亿元，比上年减少20.4%，占第三产业
  增加值比重为0.23%) was named without whose share it is (占第三产业增加值比重); now with that figure's name.
  A hedge before 占 (约占总经费0.5%) no longer hides the share either.
- a size whose measure is named before the number and whose thing follows after 的 (完成了总长度约14468公里的
  省界联检任务) was named by the measure as a thing done (总长度完成数); now the thing and the measure
  (省界联检总长度).
- a benefit listed right after another benefit of the people named before it (发放集中供养老年人生活费916万元，护理
  补贴370万元) was a bare 护理补贴; now those people's (集中供养老年人护理补贴发放额).
- a count opened by 为 (为2600户特殊困难老年人家庭安装智能水表) was named by the words before 为 or by the deed
  alone; now by whom and the deed (特殊困难老年人家庭安装智能水表户数).
- a count of the people something reached (惠及) was named by whom (困难群众受益人次) or by the subject alone
  (就餐功能); now by what reached them, 惠及 and whom (价格临时补贴惠及困难群众人次, 就餐功能惠及老人数): the
  subject before 惠及, else the aid whose money was given out just before.
- people counted in 人次 right after a count of events, told by a bare act (开展婚前宣传服务1414次、参与3402人次;
  …活动10场次，服务村民737人次) were named by the words between the numbers (次、参与) or the act alone; now by
  the events, the act and whom (婚前宣传服务参与人次, 文明实践主题活动服务村民人次).

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect on the study pages
is in docs/benchmarks.md (helper "tgt19").
"""
from __future__ import annotations

from loaders.indicators import is_aid_deed
from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def names(text: str) -> dict[str, str]:
    """``{value+unit: indicator}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=2024))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties["indicator"] for t in found}


# --- money only said to be given out, after a count of the aid it paid ---

def test_money_given_out_after_a_count_of_aid_is_that_aids_money() -> None:
    found = names("全年城乡低保累计保障4300人次，发放资金386万元；")
    assert found["386万元"] == "城乡低保发放资金"


def test_money_given_out_after_a_count_of_a_benefit_given() -> None:
    found = names("全年累计发放高龄津贴6200人次，发放资金72万元。")
    assert found["72万元"] == "高龄津贴发放资金"


def test_bare_money_after_a_count_given_out_is_given_out_too() -> None:
    found = names("1至9月发放高龄补贴3.2万人次，资金118万元。")
    assert found["118万元"] == "高龄补贴发放资金"


def test_period_and_running_total_are_kept_as_written() -> None:
    found = names("全县城乡低保在册5200户7300人，当月共发放资金318.6万元，1-6月累计发放资金1905.2万元。")
    assert found["318.6万元"] == "城乡低保当月发放资金"
    assert found["1905.2万元"] == "城乡低保1-6月累计发放资金"


def test_money_after_a_count_of_things_names_no_aid() -> None:
    # negative: homes built are no aid paid
    found = names("建成农村幸福院12个，发放资金36万元。")
    assert found["36万元"] == "资金发放额"


def test_money_across_a_semicolon_names_no_aid() -> None:
    # negative: a ； ends the run of clauses the count belongs to
    found = names("全年城乡低保累计保障4300人次；发放资金386万元。")
    assert found["386万元"] == "资金发放额"


def test_bare_money_after_a_count_not_given_out_is_left() -> None:
    # negative: neither the money nor the count says 发放
    found = names("全年城乡低保累计保障4300人次，资金386万元。")
    assert found["386万元"] != "城乡低保发放资金"


# --- a count named by an act of aid alone ---

def test_lone_act_of_aid_takes_its_measure() -> None:
    assert names("今年以来全县共计救助76人次。")["76人次"] == "救助人次"
    assert names("春节期间共慰问困难群众家庭，累计慰问415户。")["415户"] == "慰问户数"


def test_deed_done_to_things_is_no_act_of_aid() -> None:
    # negative: 建立 reaches no people; a measure would not make it a name
    assert is_aid_deed("救助") and not is_aid_deed("建立")
    assert names("建立不少于30人的志愿服务队伍。")["30人"] == "建立"


def test_act_with_whom_it_reached_is_left_to_the_other_rules() -> None:
    # negative: the people reached are named; the act-first rules name the count
    assert names("全年累计救助流浪乞讨人员212人次。")["212人次"] == "流浪乞讨人员累计救助人次"


# --- a share told after the change of its figure ---

def test_share_after_a_change_is_the_figures_share() -> None:
    found = names("全区社会服务事业费支出3.6亿元，比上年增长4.2%，占一般公共预算支出比重为5.1%。")
    assert found["5.1%"] == "社会服务事业费支出占一般公共预算支出比重"


def test_share_after_a_hedge_names_its_figure() -> None:
    found = names("全年老年人关爱宣传经费420万元，约占总经费1.5%。")
    assert found["1.5%"] == "老年人关爱宣传经费占总经费比重"


def test_share_after_a_semicolon_is_not_carried() -> None:
    # negative: a ； ends the run; the share is not the figure's before it
    found = names("全区社会服务事业费支出3.6亿元；比上年增长4.2%，占一般公共预算支出比重为5.1%。")
    assert found["5.1%"] == "占一般公共预算支出比重"


# --- a size named before its number, its thing after 的 ---

def test_size_before_the_number_and_thing_after_it() -> None:
    found = names("全年完成了总长度约9200公里的省界联检任务。")
    assert found["9200公里"] == "省界联检总长度"
    found = names("年内建成建筑面积约2400平方米的区级救助管理站。")
    assert found["2400平方米"] == "区级救助管理站建筑面积"


def test_size_without_a_thing_after_it_keeps_its_name() -> None:
    # negative: nothing follows the number
    assert names("救助管理站建筑面积2400平方米。")["2400平方米"] == "救助管理站建筑面积"


# --- a benefit listed after another benefit of the same people ---

def test_benefit_after_a_groups_benefit_is_that_groups() -> None:
    found = names("全年发放分散供养老年人生活费520万元，护理补贴86万元。")
    assert found["86万元"] == "分散供养老年人护理补贴发放额"
    found = names("全县困难残疾人生活补贴1280万元，护理补贴460万元。")
    assert found["460万元"] == "困难残疾人护理补贴"


def test_benefit_after_money_of_no_group_is_left() -> None:
    # negative: 低保金 names no people the next benefit could be paid to
    assert names("全年发放低保金3200万元，护理补贴370万元。")["370万元"] == "护理补贴"


def test_benefit_across_a_semicolon_is_left() -> None:
    # negative: a ； ends the list
    assert names("全年发放分散供养老年人生活费520万元；护理补贴86万元。")["86万元"] == "护理补贴"


# --- a count of the people a deed was done for: 为 + number + whom + deed ---

def test_people_a_deed_was_done_for_name_the_count() -> None:
    found = names("全年建成社区老年食堂8个，为3200户特殊困难老年人家庭安装烟感报警器。")
    assert found["3200户"] == "特殊困难老年人家庭安装烟感报警器户数"
    found = names("为560户困难老年人实施家庭适老化改造。")  # 实施 only says the deed was done
    assert found["560户"] == "困难老年人家庭适老化改造户数"


def test_two_groups_counted_name_no_one() -> None:
    # negative: two counts of people before the deed; neither alone is whom it was done for
    found = names("为126名分散供养特困人员和58名高龄困难老人上门服务。")
    assert found["126名"] != "分散供养特困人员和58名高龄困难老人上门服务人数"


def test_money_in_the_deed_is_left_to_the_money_rules() -> None:
    # negative: 发放…万元 is money paid, not the name of a deed
    found = names("为23家养老机构发放运营补贴96万元。")
    assert found["23家"] != "养老机构发放运营补贴数"


def test_a_name_that_says_whom_already_is_kept() -> None:
    # negative: the act-first rules named the count with whom it reached
    assert names("为8名滞留人员进行了落户。")["8名"] == "落户滞留人员数"


def test_a_benefits_own_word_is_no_group() -> None:
    # negative: 高龄 is part of the benefit 高龄津贴, not people the next benefit is paid to
    assert names("全年发放高龄津贴320万元，护理补贴150万元。")["150万元"] == "护理补贴"


# --- a count of the people something reached (惠及), named by what reached them ---

def test_subject_before_reach_names_the_count() -> None:
    assert names("社区助餐服务惠及3600余名老人。")["3600名"] == "社区助餐服务惠及老人数"
    found = names("困难老年人家庭适老化改造补贴政策惠及2.3万人。")  # the benefit, not its policy
    assert found["2.3万人"] == "困难老年人家庭适老化改造补贴惠及人数"


def test_aid_paid_just_before_names_whom_it_reached() -> None:
    found = names("全年发放临时救助资金860万元，惠及困难群众5200人次。")
    assert found["5200人次"] == "临时救助惠及困难群众人次"


def test_reach_after_a_rate_is_left_to_the_benefited_rule() -> None:
    # negative: the rise of a standard paid nothing; whom it reaches keeps its 受益 name
    assert names("低保标准提高10%，将惠及全市2.1万名低保对象。")["2.1万名"] == "低保对象受益人数"


def test_reach_after_money_across_a_semicolon_is_left() -> None:
    # negative: a ； ends the run; the money before is not what reached them
    found = names("全年发放临时救助资金860万元；惠及困难群众5200人次。")
    assert found["5200人次"] != "临时救助惠及困难群众人次"


# --- people counted after a count of events, told by a bare act ---

def test_attendance_after_events_is_named_by_the_events() -> None:
    found = names("全年开展婚前辅导讲座210次、参与4300人次，婚姻家庭课堂共18次、参与620人次。")
    assert found["4300人次"] == "婚前辅导讲座参与人次"
    assert found["620人次"] == "婚姻家庭课堂参与人次"
    found = names("今年以来社区累计开展邻里节活动12场次，服务居民850人次。")
    assert found["850人次"] == "邻里节活动服务居民人次"


def test_act_after_the_number_of_people() -> None:
    assert names("组织开展防灾减灾演练活动6场，320余人次参与。")["320人次"] == "防灾减灾演练活动参与人次"


def test_people_served_after_places_are_not_events() -> None:
    # negative: homes built are places, not events; the places' rule names the count
    assert names("建成养老机构12个，服务3000人次。")["3000人次"] == "养老机构服务人次"
