"""Agency classes of issues 10 and 11 counted on the study pages at stop 24 (helper "ents16"):

- a bureau's division or centre named by its head's title in the sentence that names the bureau: the title
  written short (救灾处长 for 救灾处处长, 老人福利科长), as a rank (规划处主任科员), or a centre before its
  主任 (信息中心主任, 核对中心副主任, chained after a division just named or heading a 带领 clause);
- the Hong Kong or Macau government by its kind, 特区政府 (特区 short for 特别行政区): with the region's name,
  or bare in that region's own document;
- a leading group set up or reshuffled (成立, 调整) named with a bare level word (调整区…领导小组, 调整了地区…领导小组):
  of the place the document resolves that word to, as 区民政局 is;
- a bare 民政局 with no place written, opened by a period (2021年上半年民政局工作总结) in a placed document, or at
  a boundary in a document that never says where (kept as written, as the guide asks);
- bare level words listed with 、 before one body (市、县民政局, 2012年市、区政府): each level's body, resolved by the
  document; a body named only inside a plenary session's name (省、市、区纪委全会) is no agency.

Every sentence here is invented for the test, phrased after real pages (kept outside the repository as
evidence), none copied; each class has a positive and a negative case.
"""
from __future__ import annotations

import pytest
from corpus_helpers import labelled as _labelled
from loaders.types import DocumentInfo

_HUBEI = DocumentInfo("t", place="湖北省", province="湖北省")
_TIELING = DocumentInfo("t", place="铁岭市", province="辽宁省")
_HONG_KONG = DocumentInfo("t", place="香港特别行政区", province="香港特别行政区")
_JIANGXIA = DocumentInfo("t", place="江夏区", province="湖北省")
_ANSHUN = DocumentInfo("t", place="安顺市", province="贵州省")
_YUNXI = DocumentInfo("t", place="郧西县", province="湖北省")


# Each positive case: an invented sentence, the page's place, the agencies it must give.
_FOUND = {
    # a division or centre named by its head's title
    "divisions by short head titles": ("省民政厅副厅长李明带领养老处长王刚、规划处长陈静、社事处主任科员刘洋赴十堰调研。", _HUBEI,
                                       {"湖北省民政厅养老处", "湖北省民政厅规划处", "湖北省民政厅社事处"}),
    # fix5 (review of ents16, item 1): the short title after the bureau's own 厅 (厅救助处长 for 厅救助处处长)
    "a division after the bureau's 厅": ("省民政厅党组成员刘芳带领厅救助处长赵磊督导冬春救助。", _HUBEI, {"湖北省民政厅救助处"}),
    # (item C): a Taiwan section named before its head's name, after a division head who leads
    "a Taiwan section after a leading division head": ("苗栗县政府社会处处长率领长青福利科陈美玲科长访视独居长者。",
                                                      DocumentInfo("t", place="苗栗县", province="台湾省"), {"苗栗县政府社会处长青福利科"}),
    # (item 2): 区划 opens a division's name (区划地名处), no district
    "a division named from 区划": ("省民政厅副厅长刘芳带领区划地名处处长赵磊赴襄阳调研。", _HUBEI, {"湖北省民政厅区划地名处"}),
    "centres by their directors": ("市民政局副局长赵军带领信息中心主任孙涛,救助中心副主任钱琳一行走访困难群众。", _TIELING,
                                   {"铁岭市民政局信息中心", "铁岭市民政局救助中心"}),
    # 特区政府
    "bare 特区政府 in its region's page": ("局长在探访长者后表示，特区政府会继续加强对护老者的支援。", _HONG_KONG, {"香港特别行政区政府"}),
    "特区政府 with its region": ("澳门特区政府今日公布长者服务十年行动计划。", DocumentInfo("t"), {"澳门特别行政区政府"}),
    # fix5 (item 3): a Hong Kong department whose name opens with 政府 keeps its span after 特区
    "a 政府… department after 特区": ("特区政府统计处昨日发表最新的长者人口推算。", _HONG_KONG, {"香港政府统计处"}),
    # a leading group named with a bare level word
    "reshuffled group, bare level word": ("年内及时调整区养老服务体系建设工作领导小组组成人员，召开联席会议两次。", _JIANGXIA,
                                          {"江夏区养老服务体系建设工作领导小组"}),
    "reshuffled group, 县 before 乡村 and 市 before 民生": ("会议决定调整县乡村振兴工作领导小组和市民生实事工作领导小组成员。", _YUNXI,
                                                         {"郧西县乡村振兴工作领导小组", "十堰市民生实事工作领导小组"}),
    # a bare 民政局
    "bare bureau after a period": ("2023年上半年民政局重点工作总结\n一、兜底保障持续加强。", _ANSHUN, {"安顺市民政局"}),
    "bare bureau, page never says where": ("民政局2022年社会救助工作总结\n一、低保提标工作落实到位。", DocumentInfo("t"), {"民政局"}),
    "bare bureau before 长期": ("近年来，民政局长期关注困境儿童的生活。", DocumentInfo("t"), {"民政局"}),
    # level words listed before one body
    "levels listed before a bureau": ("慰问期间，副县长张伟及市、县民政局有关负责人陪同。", _YUNXI, {"十堰市民政局", "郧西县民政局"}),
    "levels listed after 在": ("在市、县民政局的指导下，各乡镇开展困难群众排查。", _YUNXI, {"十堰市民政局", "郧西县民政局"}),
}

# Each negative case: an invented sentence, the page's place, and what no agency name may satisfy.
_NOT_FOUND = {
    "a township's centre among attendees": ("市民政局领导班子成员、各乡镇分管负责人、社会事务中心主任参加会议。", _TIELING,
                                            lambda name: name.endswith("社会事务中心")),
    "a division title with no bureau": ("会议由养老处长王刚主持。", _HUBEI, lambda name: name.endswith("养老处")),
    # fix5 (item 1): words before a short head's title that count, rank or pick the heads name no division
    "short titles after a count, a rank or a picking word": (
        "省民政厅副厅长刘芳带领两位副处长、分管副处长和一名副科长，陪同调研的副处长赵磊，率领厅机关各处长、分管处长赴恩施督导。",
        _HUBEI, lambda name: name.startswith("湖北省民政厅") and name != "湖北省民政厅"),
    "a district's centre after the bureau": ("市民政局副局长赵军带领区养老服务中心主任孙涛走访。", _TIELING,
                                             lambda name: name.endswith("养老服务中心") and name.startswith("铁岭市民政局")),
    # (a Hong Kong page: a mainland page's 特区政府 has no region to resolve to, so it could not fail there)
    "a special economic zone": ("四十年前，深圳经济特区政府启动住房改革。", _HONG_KONG, lambda name: "特别行政区" in name),
    "a group's level word unresolved": ("年内及时调整区养老服务体系建设工作领导小组组成人员。", DocumentInfo("t"),
                                        lambda name: name.endswith("领导小组") and not name.startswith("区")),
    "a bureau head's title, page never says where": ("会议要求，民政局局长要亲自抓落实。", DocumentInfo("t"), lambda name: name == "民政局"),
    "特区 before a 政府… department": ("香港特区政府新闻处发出新闻稿，介绍长者咭计划。", DocumentInfo("t"),
                                   lambda name: name == "香港特别行政区政府"),
    # fix5 (item 4): a level character that opens a word (区划, 区县, 区域, 市级, 市场, 省级) is no level of the page
    "a group opened by a word of a district's page": (
        "年内调整区划地名工作领导小组、区县养老服务工作领导小组和区域养老服务中心建设领导小组成员。", _JIANGXIA,
        lambda name: name.startswith(("江夏区划", "江夏区县", "江夏区域"))),
    "a group opened by a word of a county's page": (
        "及时调整市级文明城市创建工作领导小组、市场主体培育工作领导小组和省级示范县创建工作领导小组。", _YUNXI,
        lambda name: name.startswith(("十堰市级", "十堰市场", "湖北省级"))),
    # fix5 (item 5): 所在 (the applicant's own place) makes the levels after it generic, listed or not
    "levels after 所在": ("困难群众可向户籍所在市、县民政局提出申请，也可由户籍所在地县民政局直接受理。", _YUNXI,
                          lambda name: name.endswith("民政局")),
    # fix5 (item 6): the head's title written short (民政局长) as well
    "a bureau head's short title, page never says where": ("会议要求，民政局长要亲自抓落实，副局长具体负责。", DocumentInfo("t"),
                                                          lambda name: name == "民政局"),
    "a head's title and a verb read as a unit": ("县民政局局长带领社会救助股股长入户核查低保对象。", _YUNXI,
                                                 lambda name: "带领" in name or name.endswith("股")),
    "levels after 各": ("各市、县民政局要加强统筹。", _YUNXI, lambda name: name == "十堰市民政局"),
    # (各市、县 is refused before the levels are listed; 城市 reaches the list's own check)
    "a level ending a word before the list": ("城市、县民政局负责人参加座谈。", _YUNXI, lambda name: name == "十堰市民政局"),
    "a discipline commission's plenary": ("认真贯彻落实省、市、县纪委全会精神。", _YUNXI, lambda name: name.endswith("纪委")),
}


@pytest.mark.parametrize("case", sorted(_FOUND))
def test_the_class_gives_its_agencies(case: str):
    sentence, info, expected = _FOUND[case]
    assert expected <= set(_labelled(sentence, info, "Agency"))


@pytest.mark.parametrize("case", sorted(_NOT_FOUND))
def test_the_negative_gives_no_such_agency(case: str):
    sentence, info, forbidden = _NOT_FOUND[case]
    assert not [name for name in _labelled(sentence, info, "Agency") if forbidden(name)]


def test_a_division_takes_the_bureau_nearest_before_it_whichever_rule_found_it_first():
    # fix5 (item 7): a text of two clauses (the loader splits sentences at ；, a caller of find_agency_spans may not):
    # the bare 民政厅 of the first clause, found by a later rule, must not hide the 省民政厅 of the second
    from loaders.agencies import find_agency_spans
    from loaders.resolve import DocContext

    text = "民政厅部署冬春救助工作；省民政厅副厅长刘芳带领社会救助处处长赵磊赴恩施督导。"
    names = [name for _, _, name, _ in find_agency_spans(text, DocContext.from_info(_HUBEI), _HUBEI)]
    assert "湖北省民政厅社会救助处" in names
    text = "省民政厅部署冬春救助工作；社会救助处处长赵磊介绍了救助资金下达情况。"  # negative: the bureau is the other clause's
    assert not [name for _, _, name, _ in find_agency_spans(text, DocContext.from_info(_HUBEI), _HUBEI) if name.endswith("处")]
