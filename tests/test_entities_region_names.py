"""Hong Kong's territory-wide bodies are named with their place (loaders/data/region_name_prefixes.tsv, stop 22)."""
from __future__ import annotations

from loaders import load_text
from loaders.types import DocumentInfo

_HONG_KONG = DocumentInfo("t", place="香港特别行政区", province="香港特别行政区")
_MACAU = DocumentInfo("t", place="澳门特别行政区", province="澳门特别行政区")


def _agencies(text: str, info: DocumentInfo) -> set[str]:
    return {n.name for n in load_text(text, "t.txt", info).nodes if n.label == "Agency"}


def test_a_hong_kong_department_written_bare_or_short_is_named_with_hong_kong():
    # the guide names a body with its place, as the owner's dev 043 names a bare 民政总署 澳门民政总署
    found = _agencies("社署宣布，社会福利署将与劳工及福利局合作推出新计划。", _HONG_KONG)
    assert {"香港社会福利署", "香港劳工及福利局"} <= found
    assert not found & {"社会福利署", "劳工及福利局"}


def test_a_hong_kong_department_after_the_governments_name_is_the_same_node():
    found = _agencies("香港特别行政区政府社会福利署署长出席典礼。", _HONG_KONG)
    assert "香港社会福利署" in found


def test_a_hong_kong_department_named_in_a_macau_text_keeps_its_region():
    found = _agencies("社会福利署署长率团拜访澳门特别行政区政府社会工作局，交流安老服务。", _MACAU)
    assert {"香港社会福利署", "澳门社会工作局"} <= found


def test_a_district_office_keeps_its_district_without_hong_kong():
    # negative: a district's office is named by its district (the owner's 西贡民政事务处)
    found = _agencies("西贡民政事务处举办长者活动。", _HONG_KONG)
    assert "西贡民政事务处" in found and not any(name.startswith("香港西贡") for name in found)


def test_a_name_two_regions_share_is_the_pages_own_regions_body():
    # review, stop 22: 立法会 / 廉政公署 of a Macau page, 劳工处 of a Taiwan county's, are never Hong Kong's
    assert _agencies("立法会今日细则性审议通过法案。", _MACAU) == {"澳门立法会"}
    assert _agencies("廉政公署今日公布调查报告。", _MACAU) == {"澳门廉政公署"}
    taiwan = DocumentInfo("t", place="屏东县", province="台湾省")
    assert not any(name.startswith("香港") for name in _agencies("屏东县政府劳工处举办说明会，劳工处处长出席。", taiwan))
    # negative: a distinctive Hong Kong body in a Macau page is still Hong Kong's
    assert "香港社会福利署" in _agencies("社会福利署署长率团拜访澳门社会工作局。", _MACAU)
