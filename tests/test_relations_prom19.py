"""Agency PROMOTES Program on a page that tells a visit, on invented sentences (fixtures written for these tests,
not corpus text).

Class of helper prom19 (issue 11): a body that comes to visit the page's place (赴…调研, 到我市开展…慰问活动),
whether the metadata names it as the page's issuer or not, does not run the work it is shown there: what the
visitors look at (查看了…, 了解…情况, …等情况调研, …等地) is run by the visited place's civil-affairs bureau when the
text names it, by no one else otherwise (loaders/relate.py ``visiting``, ``visit_host``, ``inspected``).
Negatives: a visit that supervises (督导) the visitor's own work leaves that work the visitor's; a program the
visitors only take part in is no inspected work.
"""
from __future__ import annotations

import pytest

from tests.test_relations_meeting_speech import relations  # the same one-text reader


@pytest.mark.parametrize("text, place, province, issuer, host, guest, program", [
    # the metadata's issuer is the visitor (a 政协 inspection group, hosted by the district's bureau)
    ("区政协视察组调研养老服务工作\n"
     "5月12日，区政协第二视察组赴城西街道颐康照料中心等地实地调研养老服务工作，区民政局副局长陈立平陪同调研。"
     "视察组认真查看了城西街道颐康照料中心、雨湖区“银龄食堂”助餐点、雨湖区颐养院改造项目施工现场等地。",
     "雨湖区", "湖南省", "雨湖区政协", "雨湖区民政局", "雨湖区政协", "银龄食堂"),
    # a guest the metadata does not name (the page is the county government's)
    ("6月3日，省民政厅党组书记、厅长王海来我县调研民政工作，县委书记张明等陪同调研。"
     "王海一行先后到城关街道养老服务中心、县民政局救助服务大厅等地调研，详细了解我县“暖心助老”社会救助创新工作情况。",
     "郯城县", "山东省", "郯城县人民政府网站", "郯城县民政局", "山东省民政厅", "暖心助老"),
])
def test_the_work_a_visit_is_shown_is_the_host_bureaus_not_the_visitors(text, place, province, issuer, host, guest,
                                                                         program):
    promotes = relations(text, "PROMOTES", place=place, province=province, issuing_body=issuer)
    shown = {agency for agency, name in promotes if program in name}
    assert host in shown
    assert guest not in shown


def test_a_visit_of_sympathy_by_the_issuer_runs_no_work_it_studies_there():
    text = (
        "10月20日，自治区民政厅党组书记、厅长韦志刚到我市开展重阳节慰问活动，市长陆永安一同走访慰问。"
        "当天，韦志刚一行还前往城北区社会福利院，开展机构“公建民营”、孤儿集中供养等情况调研。"
    )
    promotes = relations(text, "PROMOTES", place="百色市", province="广西壮族自治区",
                         issuing_body="广西壮族自治区民政厅（市级媒体报道）")
    assert not any(agency == "广西壮族自治区民政厅" and "公建民营" in program for agency, program in promotes)


def test_negative_a_supervising_visit_leaves_the_supervised_work_the_visitors():
    text = (
        "省民政厅副巡视员率队到孝感开展督导活动\n"
        "6月7日至9日，省民政厅副巡视员刘建华带领督导组深入我市云梦县开展分片联系督导活动。"
        "市民政局局长赵敏参加督导。"
        "督导组重点督导“三周工作法”等基层民政工作情况。"
    )
    promotes = relations(text, "PROMOTES", place="孝感市", province="湖北省")
    supervised = {agency for agency, program in promotes if "三周工作法" in program}
    assert "孝感市民政局" not in supervised


def test_negative_a_program_the_visitors_take_part_in_is_not_the_hosts():
    text = (
        "5月12日，区政协第二视察组赴城西街道实地调研养老服务工作，区民政局副局长陈立平陪同调研。"
        "视察组还参加了“银龄互助”志愿服务活动。"
    )
    promotes = relations(text, "PROMOTES", place="雨湖区", province="湖南省", issuing_body="雨湖区政协")
    assert not any(agency == "雨湖区民政局" and "银龄互助" in program for agency, program in promotes)


# Class 2: a body that opens a program's name owns it (民政部…试点, 省民政厅…试点, 卫生福利部…计划): it runs the
# program, and the page's issuer, which only reports taking part, does not (loaders/relate.py ``name_owners``).
# Negative: an institution a project builds (…福利院改扩建项目) is no owner; the issuer still runs the project.

_SUMMARY_HEAD = "江门市民政局2023年工作总结\n一、主要工作成效\n"


def test_the_body_that_opens_a_programs_name_runs_it_and_the_reporting_issuer_does_not():
    text = _SUMMARY_HEAD + "不断改革完善社会救助制度，全面启动民政部婚姻登记服务规范化试点、省民政厅智慧养老院建设试点等改革试点工作。"
    promotes = relations(text, "PROMOTES", place="江门市", province="广东省", issuing_body="江门市民政局")
    assert ("民政部", "民政部婚姻登记服务规范化试点") in promotes
    assert ("广东省民政厅", "省民政厅智慧养老院建设试点") in promotes
    assert not any(agency == "江门市民政局" and "试点" in program for agency, program in promotes)


def test_a_program_named_after_a_central_ministry_is_not_the_county_issuers():
    text = "苗栗县政府社会处公告\n因应卫生福利部长照服务发展基金一般性奖助计划，县府今年补助社区照顾关怀据点。"
    promotes = relations(text, "PROMOTES", place="苗栗县", province="台湾省", issuing_body="苗栗县政府社会处")
    assert not any(agency == "苗栗县政府" and "奖助计划" in program for agency, program in promotes)


def test_negative_an_institution_a_project_builds_does_not_own_it():
    text = _SUMMARY_HEAD + "完成江门市福利院改扩建项目主体工程，新增养老床位200张。"
    promotes = relations(text, "PROMOTES", place="江门市", province="广东省", issuing_body="江门市民政局")
    assert ("江门市民政局", "江门市福利院改扩建项目") in promotes
    assert not any(agency.endswith("福利院") for agency, _ in promotes)


# Class 3 (fix9, a reviewer's finding on prom19): only a body that comes to the page's own place is a visitor or
# a guest there. The page's own civil-affairs bureau touring its county (到…镇调研, 到…敬老院慰问) runs what it
# looks at; a body the page reports going elsewhere (赴嘉兴市考察, 到湖州市调研) makes no host of the page's
# bureau for the other place's work (loaders/relate.py ``_visits_here``).

@pytest.mark.parametrize("text, program", [
    # its tour of a town
    ("武义县民政局到履坦镇调研农村养老工作\n"
     "4月16日，武义县民政局局长周建平带队到履坦镇调研农村养老服务工作，详细了解了“邻里互助点”运营情况。", "邻里互助点"),
    # its visit of sympathy to a home
    ("武义县民政局开展中秋走访慰问活动\n"
     "9月12日，武义县民政局局长周建平到桐琴镇敬老院慰问，查看了“暖心食堂”运营情况。", "暖心食堂"),
])
def test_the_own_bureaus_trip_in_its_county_keeps_the_work_it_looks_at(text, program):
    promotes = relations(text, "PROMOTES", place="武义县", province="浙江省", issuing_body="武义县民政局")
    assert ("武义县民政局", program) in promotes


@pytest.mark.parametrize("text, program", [
    # a guest the page reports going to another city
    ("5月20日，省民政厅厅长孙立到湖州市调研，查看了湖州市“爱心饭桌”运营情况。武义县民政局组织干部收看了相关报道。",
     "爱心饭桌"),
    # the county's own study trip to another city, its bureau's head along
    ("武义县考察组赴江苏学习养老服务经验\n"
     "7月8日，武义县人民政府副县长吴敏带队赴苏州市考察学习，武义县民政局局长周建平陪同。"
     "考察组参观了苏州市“助老食堂”运营情况。", "助老食堂"),
])
def test_negative_a_trip_to_another_place_makes_no_host_of_the_pages_bureau(text, program):
    promotes = relations(text, "PROMOTES", place="武义县", province="浙江省", issuing_body="武义县人民政府")
    assert ("武义县民政局", program) not in promotes


def test_negative_a_visitor_named_again_is_not_its_own_host():
    # (fix9: pinned outside the doctests) the visitor's own later mention is no bureau of the visited place
    from loaders.relate import visit_host
    from loaders.types import Mention

    guest = Mention("Agency", "浙江省民政厅", "省民政厅", 0, 4, 8, {})
    again = Mention("Agency", "浙江省民政厅", "省民政厅", 2, 60, 64, {})
    assert visit_host(guest, [guest, again], "浙江省") is None
    host = Mention("Agency", "湖州市民政局", "市民政局", 1, 30, 34, {})
    assert visit_host(guest, [guest, again, host], "湖州市") is host
