"""Agency and person-org classes of issues 10 and 11 counted on the study pages at stop 25 (helper "ag20"):

- a member's title after the place the member comes from (澳门委员廖某, 香港委员): 委员 is the title, so the
  place + 委 before it names no party committee (委员会 still closes a body's name);
- a mayor's body when a district or county leader is listed right before (区委书记周某，副市长杨某): the government of
  a place of the title's own level, never the district's written before (区委常委、副区长 still takes that district).

Every sentence here is invented for the test, phrased after real pages (kept outside the repository as
evidence), none copied; each class has a positive and a negative case.
"""
from __future__ import annotations

import pytest
from corpus_helpers import labelled as _labelled
from loaders import load_text
from loaders.types import DocumentInfo

_GUANGZHOU = DocumentInfo("t", place="广州市", province="广东省")
_LAIBIN = DocumentInfo("t", place="来宾市", province="广西壮族自治区")
_XUECHENG = DocumentInfo("t", place="薛城区", province="山东省")


def _orgs(text: str, info: DocumentInfo) -> dict[str, str | None]:
    """Each person's org as loading ``text`` (an invented page) gives it."""
    return {n.name: n.properties.get("org") for n in load_text(text, "t.txt", info).nodes if n.label == "Person"}


# Each positive case: an invented sentence, the page's place, the agencies it must give.
_FOUND = {
    "a CPPCC committee written out": ("政协来宾市委员会组织委员视察养老机构。", _LAIBIN, {"政协来宾市委员会"}),
    "a party committee before its secretary": ("会上，来宾市委书记王刚讲话。", _LAIBIN, {"来宾市委"}),
}

# Each negative case: an invented sentence, the page's place, and what no agency name may satisfy.
_NOT_FOUND = {
    "a member's title after the region": ("随团的还有香港委员陈美玲、黄志强，以及澳门委员何嘉欣等。", _GUANGZHOU,
                                          lambda name: name.endswith("委")),
}


@pytest.mark.parametrize("case", sorted(_FOUND))
def test_the_class_gives_its_agencies(case: str):
    sentence, info, expected = _FOUND[case]
    assert expected <= set(_labelled(sentence, info, "Agency"))


@pytest.mark.parametrize("case", sorted(_NOT_FOUND))
def test_the_negative_gives_no_such_agency(case: str):
    sentence, info, forbidden = _NOT_FOUND[case]
    assert not [name for name in _labelled(sentence, info, "Agency") if forbidden(name)]


def test_a_mayor_after_a_district_leader_serves_the_city():
    text = "市人大常委会副主任、兴宾区委书记周海，副市长杨丽华一同走访慰问。"
    orgs = _orgs(text, _LAIBIN)
    assert orgs["杨丽华"] == "来宾市人民政府"
    assert "兴宾区人民政府" not in _labelled(text, _LAIBIN, "Agency")


def test_a_district_head_after_the_district_committee_keeps_the_district():
    # negative: the level matches, so the committee written before still names the government
    orgs = _orgs("会上，薛城区委常委、副区长李明作工作部署。", _XUECHENG)
    assert orgs["李明"] == "薛城区人民政府"
