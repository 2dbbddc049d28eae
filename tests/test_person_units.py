"""A unit head's org and HOLDS_POST: the body's internal unit written before the title (issue 11).

Invented sentences (fixtures written for these tests, not corpus text). The owner's gold names a unit with
its body (dev 056: 湖北省民政厅信息中心; dev 030: 民政部政策研究中心): a head listed after the body's
official (…带领救灾处长某某), a unit written right after its body (市妇联家庭发展部部长), a 科 listed after its
处 (社会处长某某、长青福利科长某某). Negatives: a bureau's own title, an institution of its own (社会福利中心),
a word that ends in 部 (时任部长), a title that is not a unit head's (党支部书记).
"""
from __future__ import annotations

from tests.test_person_post_grammar import holds_post, persons  # the same one-text readers


JIANGXI = {"place": "万年县", "province": "江西省"}


def test_a_led_unit_head_serves_the_unit_of_the_leaders_body():
    text = "5月12日，省民政厅副厅长孔德华带领社会救助处长程一鸣、基金管理处主任科员邵文华，深入我县调研低保工作。"
    found = persons(text, **JIANGXI)
    assert found["程一鸣"]["org"] == "江西省民政厅社会救助处"
    assert found["邵文华"]["org"] == "江西省民政厅基金管理处"
    posts = holds_post(text, **JIANGXI)
    assert ("程一鸣", "江西省民政厅社会救助处") in posts and ("程一鸣", "江西省民政厅") not in posts


def test_a_centre_head_after_a_comma_serves_the_unit_of_the_body_before():
    text = "3月8日，市民政局副局长周文涛带领数据中心主任黄珊，核对中心副主任郑凯一行到我区督导社会救助工作。"
    found = persons(text, place="上饶市", province="江西省")
    assert found["黄珊"]["org"] == "上饶市民政局数据中心"
    assert found["郑凯"]["org"] == "上饶市民政局核对中心"


def test_a_unit_written_right_after_its_body():
    text = "市妇联家庭发展部部长刘颖出席活动并致辞。"
    assert persons(text, place="上饶市", province="江西省")["刘颖"]["org"] == "上饶市妇联家庭发展部"


def test_a_section_listed_after_its_division():
    text = "县府昨日上午在朴子市举办长照据点说明会，县长林明辉偕社会处长陈志宏、长青福利科长吴佩珊共同出席。"
    found = persons(text, place="嘉义县", province="台湾省")
    assert found["陈志宏"]["org"] == "嘉义县政府社会处"
    assert found["吴佩珊"]["org"] == "嘉义县政府社会处长青福利科"


def test_a_bureau_title_with_no_unit_keeps_its_bureau():  # negative
    text = "市民政局副局长周文涛出席会议。"
    assert persons(text, place="上饶市", province="江西省")["周文涛"]["org"] == "上饶市民政局"


def test_an_institution_of_its_own_is_no_unit():  # negative: 社会福利中心 is not the bureau's unit
    for text in ("市民政局局长周文涛、社会福利中心主任黄珊陪同调研。", "市民政局局长周文涛陪同，社会福利中心主任黄珊介绍情况。"):
        found = persons(text, place="上饶市", province="江西省")
        assert not (found["黄珊"].get("org") or "").startswith("上饶市民政局社会福利中心")


def test_a_tenure_word_is_no_unit():  # negative: 时任部长 is the ministry's minister
    text = "民政部时任部长高建国到我县调研。"
    assert persons(text, **JIANGXI)["高建国"]["org"] == "民政部"


def test_a_party_secretary_is_no_unit_head():  # negative: 书记 is the party's title, not the unit's
    # (信息中心书记, not 信息中心党支部书记: no unit pattern ends in 党支部, so that one stays bodiless even
    # with 书记 taken for a unit head's title, and could not catch it)
    text = "县民政局局长钱立新、信息中心书记邵蓉出席。"
    found = persons(text, **JIANGXI)
    assert not (found.get("邵蓉", {}).get("org") or "").endswith("信息中心")


# A post in two bodies (issue 10): the body the person heads, not one they serve in as a deputy
# (the owner's dev 064: 区党委副书记、区人大常委会主任 → the congress); a government still comes first.
SHAOYANG = {"place": "邵阳市", "province": "湖南省"}


def test_the_body_one_heads_outranks_one_served_as_deputy():
    text = "全市民政工作会议召开。市政协副主席、市民政局局长刘志远传达全省民政工作会议精神。"
    assert persons(text, **SHAOYANG)["刘志远"]["org"] == "邵阳市民政局"
    text = "会上，市委副书记、市人大常委会主任罗建平作重要讲话。"
    assert persons(text, **SHAOYANG)["罗建平"]["org"] == "邵阳市人大常委会"


def test_two_heads_keep_the_first_and_a_government_comes_first():  # negative
    text = "会上，市委书记、市人大常委会主任罗建平作重要讲话。"
    assert persons(text, **SHAOYANG)["罗建平"]["org"] == "邵阳市委"
    text = "会上，副市长、市妇儿工委主任唐晓敏作工作部署。"
    assert persons(text, **SHAOYANG)["唐晓敏"]["org"] == "邵阳市人民政府"


# A title with no body, listed right after a colleague's: a rank (副巡视员) or the head or deputy of the
# colleague's unit (副处长 after a member of a 处) is held in the colleague's body.
def test_a_rank_or_a_unit_deputy_listed_after_a_colleague_serves_in_the_colleagues_body():
    text = "6月3日，省民政厅社会救助处一级调研员何建平、副处长孙晓燕来我县督导低保工作。"
    assert persons(text, **JIANGXI)["孙晓燕"]["org"] == "江西省民政厅社会救助处"
    text = "厅长王志强、副厅长陈丽霞、副巡视员林海涛赴上海考察养老服务工作。"
    found = persons(text, place="福建省", province="福建省", issuing_body="福建省民政厅")
    assert found["林海涛"]["org"] == found["陈丽霞"]["org"] == "福建省民政厅"


def test_a_deputy_of_another_kind_of_body_or_a_governments_list_shares_nothing():  # negative
    text = "6月3日，省民政厅二级调研员何建平、副处长孙晓燕来我县督导低保工作。"
    assert persons(text, **JIANGXI)["孙晓燕"].get("org") != "江西省民政厅"
    text = "副市长王志强、副巡视员林海涛出席会议。"
    assert persons(text, **SHAOYANG)["林海涛"].get("org") is None


# A rank written with its grade (二级调研员, 一级主任科员): the lexicon holds the bare rank, so the grade stands
# between the unit (or the colleague's 、) and the title found; it is stepped over, not read as part of a unit.
def test_a_graded_rank_serves_the_unit_written_before_its_grade():
    text = "9月20日，省民政厅副厅长孔德华带领养老服务处二级调研员程一鸣赴我县检查敬老院消防安全。"
    assert persons(text, **JIANGXI)["程一鸣"]["org"] == "江西省民政厅养老服务处"
    text = "4月9日，省民政厅养老服务处副处长何建平、一级主任科员孙晓燕到我县调研居家养老服务。"
    assert persons(text, **JIANGXI)["孙晓燕"]["org"] == "江西省民政厅养老服务处"


def test_a_graded_rank_after_a_governments_official_shares_nothing():  # negative
    text = "副市长王志强、二级调研员林海涛出席全市养老服务推进会。"
    assert persons(text, **SHAOYANG)["林海涛"].get("org") is None


# A unit with no body written before it takes the body of the colleague it is listed right after (、 ， 偕);
# a body written before a clause break (召开座谈会，…中心主任; …出席，…中心主任) names no unit after it.
def test_a_unit_after_a_clause_break_gets_no_body():  # negative
    text = "区民政局召开居家养老服务推进会，颐康护理中心主任方立群介绍经验。"
    assert persons(text, place="上饶市", province="江西省")["方立群"].get("org") is None
    text = "市卫健委副主任陶文斌、市民政局局长许丽娟出席，应急指挥中心主任韩东汇报演练情况。"
    found = persons(text, place="上饶市", province="江西省")
    assert found["韩东"].get("org") is None
    assert not any(person == "韩东" for person, _ in holds_post(text, place="上饶市", province="江西省"))


def test_a_unit_listed_right_after_a_colleague_is_of_the_colleagues_body():
    text = "市民政局局长许丽娟、信息中心主任韩东陪同检查。"
    assert persons(text, place="上饶市", province="江西省")["韩东"]["org"] == "上饶市民政局信息中心"


def test_a_liaison_office_is_no_bureaus_unit():  # negative: 办事处 is a street's or a government's office
    text = "县民政局局长钱立新出席，东湖街道办事处主任周敏汇报辖区养老服务情况。"
    assert not (persons(text, **JIANGXI)["周敏"].get("org") or "").startswith("万年县民政局")
    text = "县民政局局长钱立新、驻沪办事处主任周敏参加座谈。"
    assert not (persons(text, **JIANGXI)["周敏"].get("org") or "").startswith("万年县民政局")
    text = "县民政局局长钱立新、社会事务处主任周敏参加座谈。"  # a 处 that is no 办事处 stays the bureau's unit
    assert persons(text, **JIANGXI)["周敏"]["org"] == "万年县民政局社会事务处"
