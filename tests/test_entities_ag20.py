"""Agency and person-org classes of issues 10 and 11 counted on the study pages at stop 25 (helper "ag20"):

- a member's title after the place the member comes from (澳门委员廖某, 香港委员): 委员 is the title, so the
  place + 委 before it names no party committee (委员会 still closes a body's name);
- a mayor's body when a district or county leader is listed right before (区委书记周某，副市长杨某): the government of
  a place of the title's own level, never the district's written before (区委常委、副区长 still takes that district);
- a bureau's section named bare in a list of staff, each with its member after it (社会救助科干部王某、办公室干部李某;
  养老服务科张某一行; 社会互助厅蔡某厅长; a restructure's 改为…科、科长许某): a unit of the body named last before it, in
  the sentence or the ones before, named with that body as the owner's gold names units; the head after it takes the
  unit for org. A section with no one after it, or after a body that has no such sections, is none;
- a Hong Kong district officer (屯门民政事务专员关某, 南区民政事务专员张某): the district's Home Affairs office, named with
  the district as written (屯门民政事务处), is an agency and the officer's org; 各区民政事务专员 names no district;
- a Taiwan county's or city's council written bare (送议会审议, 待议会三读通过) or by its members' bare title (及议员徐某):
  the council of the page's county or city (a district's city, 金门县 though coded under Fujian), as the owner's gold
  names 台中市议会 for 市议员; a school's 学生议会 and a member on a mainland page are none;
- 政府 alone as a clause's subject in a Hong Kong or Macau page (政府一直以…, 今届政府会…): the region's government, as
  every study annotator names it; a modifier's 政府 (政府资助, 非政府机构) and a mainland page's 政府 are none.

Every sentence here is invented for the test, phrased after real pages (kept outside the repository as
evidence), none copied; each class has a positive and a negative case.
"""
from __future__ import annotations

import pytest
from corpus_helpers import labelled as _labelled
from loaders import load_text
from loaders.types import DocumentInfo

# the pages' places (a page's place and province, as an INDEX.tsv row gives them)
_PAGE = {place: DocumentInfo("t", place=place, province=province) for place, province in (
    ("广州市", "广东省"), ("来宾市", "广西壮族自治区"), ("薛城区", "山东省"), ("枣庄市", "山东省"),
    ("澳门特别行政区", "澳门特别行政区"), ("苗栗县", "台湾省"), ("香港特别行政区", "香港特别行政区"), ("北屯区", "台湾省"),
    ("金门县", None))}


def _orgs(text: str, info: DocumentInfo) -> dict[str, str | None]:
    """Each person's org as loading ``text`` (an invented page) gives it."""
    return {n.name: n.properties.get("org") for n in load_text(text, "t.txt", info).nodes if n.label == "Person"}


# Each positive case: an invented sentence, the page's place, the agencies it must give.
_FOUND = {
    "a CPPCC committee written out": ("政协来宾市委员会组织委员视察养老机构。", _PAGE["来宾市"], {"政协来宾市委员会"}),
    "a party committee before its secretary": ("会上，来宾市委书记王刚讲话。", _PAGE["来宾市"], {"来宾市委"}),
    # sections named by their staff
    "sections in a visit's list of staff": ("3月2日，市民政局副局长李明、社会事务科干部王刚、办公室干部赵小平一行到峄城区督导。",
                                            _PAGE["枣庄市"], {"枣庄市民政局社会事务科", "枣庄市民政局办公室"}),
    "a section before its member and 一行": ("市民政局二级调研员、儿童福利和未成年人保护科陈建华一行走访福利院。", _PAGE["枣庄市"],
                                          {"枣庄市民政局儿童福利和未成年人保护科"}),
    "a bureau's 厅 before its head named first": ("此行获社会工作局重视，在局长陪同下，家庭及社区服务厅梁志强厅长介绍了服务情况。",
                                                 _PAGE["澳门特别行政区"], {"澳门社会工作局家庭及社区服务厅"}),
    "sections of a restructure, bureau named the sentence before": (
        "县府社会处调整业务分工。处长表示，原长青福利科改为高龄照顾科、科长林美玲，新增家庭服务科、科长陈志宏。", _PAGE["苗栗县"],
        {"苗栗县政府社会处高龄照顾科", "苗栗县政府社会处家庭服务科"}),
    "district officers' offices": ("劳工及福利局局长在沙田民政事务专员李伟明陪同下，探访独居长者；东区民政事务专员陈慧芬亦有出席。",
                                   _PAGE["香港特别行政区"], {"沙田民政事务处", "东区民政事务处"}),
    "a Taiwan county's council written bare": ("本案经县务会议通过后，将送议会审议，待议会三读通过后施行。", _PAGE["苗栗县"], {"苗栗县议会"}),
    "a bare government as a Hong Kong page's subject": ("政府一直以居家安老为本，今届政府会继续增加资助宿位。",
                                                         _PAGE["香港特别行政区"], {"香港特别行政区政府"}),
    "a bare government as a Macau page's subject": ("政府早前已推出长者服务十年行动计划。", _PAGE["澳门特别行政区"], {"澳门特别行政区政府"}),
    "a bare government that will or is now acting": ("政府会于下月公布细节，政府现正研究扩大资助。", _PAGE["香港特别行政区"],
                                                     {"香港特别行政区政府"}),
    # (fix10) 政府现在, 政府现阶段: 现 opens when the subject acts, beside 现正/现已/现时
    "a bare government acting now": ("安老方面，政府现在推出长者照顾服务券。", _PAGE["香港特别行政区"], {"香港特别行政区政府"}),
    "a bare government acting at this stage": ("住宿服务方面，政府现阶段会优先增加资助宿位。", _PAGE["香港特别行政区"],
                                               {"香港特别行政区政府"}),
}

# Each negative case: an invented sentence, the page's place, and what no agency name may satisfy.
_NOT_FOUND = {
    "a member's title after the region": ("随团的还有香港委员陈美玲、黄志强，以及澳门委员何嘉欣等。", _PAGE["广州市"],
                                          lambda name: name.endswith("委")),
    # sections named with no one after them, or after a body with no such sections
    "sections with no staff after them": ("市民政局要求，社会救助科负责审核把关，办公室做好后勤保障。", _PAGE["枣庄市"],
                                          lambda name: name.endswith(("科", "办公室"))),
    "a section after an institution": ("市社会福利院院长李明、康复科干部王刚陪同检查。", _PAGE["枣庄市"],
                                       lambda name: name.endswith("康复科")),
    "a 厅 after a government, no bureau": ("市政府副秘书长李明、服务大厅王刚主任陪同。", _PAGE["枣庄市"],
                                           lambda name: name.endswith("大厅")),
    # (a Taiwan page, where the bare-council rule runs: a council of a school or of the young is no county's)
    "a council that is not the county's": ("县内学校的学生议会与青年议会每学期开会一次。", _PAGE["苗栗县"],
                                          lambda name: name == "苗栗县议会"),
    # sections before a word that only opens with a surname (安排, 明确, 成员): no one after them
    "sections before words, not names": ("市民政局牵头，办公室统一安排，社会救助科进一步明确，福利科成员、", _PAGE["枣庄市"],
                                         lambda name: name.endswith(("科", "办公室"))),
    # 政府会议, 政府现金: nouns that open with the words a subject's 政府 is followed by
    "a government's meeting and cash in Hong Kong": ("议案经初步审议，政府会议将再作讨论。政府现金援助计划明年延续。", _PAGE["香港特别行政区"],
                                                      lambda name: name == "香港特别行政区政府"),
    # (fix10) 政府会所, 政府会计, 政府现行: a clubhouse, the accounts, the rules in force, no subject acting
    "a government's clubhouse, accounts and rules in force in Hong Kong": (
        "康乐方面，政府会所下月开放。审计方面，政府会计制度已更新。政府现行政策不变。", _PAGE["香港特别行政区"],
        lambda name: name == "香港特别行政区政府"),
    "a government as a modifier in Hong Kong": ("政府资助的安老院舍与非政府机构合作，政府部门提供支援。", _PAGE["香港特别行政区"],
                                                 lambda name: name == "香港特别行政区政府"),
    "a bare government on a mainland page": ("政府一直以居家养老为基础。", _PAGE["枣庄市"], lambda name: name.endswith("政府")),
    "district officers as a group": ("各区民政事务专员会联同关爱队探访长者。", _PAGE["香港特别行政区"], lambda name: name.endswith("民政事务处")),
}


@pytest.mark.parametrize("case", sorted(_FOUND) + sorted(_NOT_FOUND))
def test_each_case(case: str):
    # a positive case gives every agency it expects; a negative one gives none its check picks
    sentence, info, check = _FOUND[case] if case in _FOUND else _NOT_FOUND[case]
    names = set(_labelled(sentence, info, "Agency"))
    assert check <= names if case in _FOUND else not {name for name in names if check(name)}


def test_a_mayor_after_a_district_leader_serves_the_city():
    text = "市人大常委会副主任、兴宾区委书记周海，副市长杨丽华一同走访慰问。"
    orgs = _orgs(text, _PAGE["来宾市"])
    assert orgs["杨丽华"] == "来宾市人民政府"
    assert "兴宾区人民政府" not in _labelled(text, _PAGE["来宾市"], "Agency")


def test_a_district_head_after_the_district_committee_keeps_the_district():
    # negative: the level matches, so the committee written before still names the government
    orgs = _orgs("会上，薛城区委常委、副区长李明作工作部署。", _PAGE["薛城区"])
    assert orgs["李明"] == "薛城区人民政府"


def test_a_section_head_takes_the_section_for_org():
    text = "县府社会处调整业务分工。处长表示，原长青福利科改为高龄照顾科、科长林美玲，保护服务科维持不变、科长高志明。"
    orgs = _orgs(text, _PAGE["苗栗县"])
    assert orgs["林美玲"] == "苗栗县政府社会处高龄照顾科"
    assert not (orgs.get("高志明") or "").endswith("保护服务科")  # negative: 维持不变 stands between, no list of staff


def test_a_district_officer_takes_the_office_for_org():
    orgs = _orgs("局长在大埔民政事务专员黄志强陪同下探访长者。", _PAGE["香港特别行政区"])
    assert orgs["黄志强"] == "大埔民政事务处"


# a bare 议员 (及议员徐某) or a 县议员/市议员 on a page Taiwan governs: the council of the place the bare 议会 rule names
@pytest.mark.parametrize("page, text, council", [
    ("苗栗县", "县长林明出席说明会，社会处长陈华及议员徐美玲、萧志强共同出席。", "苗栗县议会"),
    ("北屯区", "区长林明出席说明会，社会处长陈华及议员徐美玲、萧志强共同出席。", "台中市议会"),  # a district's page: its city's
    ("金门县", "县长林明出席说明会，社会处长陈华及议员徐美玲、萧志强共同出席。", "金门县议会"),  # coded under Fujian
    ("苗栗县", "县长林明出席说明会，县议员徐美玲、萧志强共同出席。", "苗栗县议会"),
])
def test_a_bare_council_member_on_a_taiwan_page_sits_on_its_council(page: str, text: str, council: str):
    assert _orgs(text, _PAGE[page])["徐美玲"] == council


def test_another_citys_council_member_sits_on_no_county_council():
    # (fix10) negative: a 市议员 on a county's page (新竹市议员 on a 苗栗县 page) sits on another city's council; a
    # 县议员 in the same sentence still sits on the county's
    orgs = _orgs("活动邀请竹北市议员郑文华、县议员徐美玲到场致词。", _PAGE["苗栗县"])
    assert not (orgs.get("郑文华") or "").endswith("议会")
    assert orgs["徐美玲"] == "苗栗县议会"


def test_a_council_member_on_a_mainland_page_sits_on_no_council():
    # negative: no mainland city has a 议会 (the rule's Taiwan check is what keeps 枣庄市议会 out)
    orgs = _orgs("科长陈华及议员徐美玲出席座谈会。", _PAGE["枣庄市"])
    assert not (orgs.get("徐美玲") or "").endswith("议会")


def test_a_mayor_after_a_district_government_serves_the_city():
    # the level check holds when the body before is a government too: a 区政府's 区长, then a 副市长
    orgs = _orgs("兴宾区人民政府区长周海，副市长杨丽华出席。", _PAGE["来宾市"])
    assert orgs["周海"] == "兴宾区人民政府"  # negative: the district's own head keeps it
    assert orgs["杨丽华"] == "来宾市人民政府"


@pytest.mark.parametrize("name", ["loaders.agencies_staff", "loaders.agencies_heads"])
def test_the_new_modules_doctests(name: str):
    # (tests/test_loaders_doctests.py lists its modules by name; ag20's two new ones are run here)
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted and not result.failed
