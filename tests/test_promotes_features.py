"""How the learned PROMOTES step reads a body's name (loaders.promotes_model.body_level and body_kind,
issue 11): the level from the place the name opens with, the kind from a real party-body test. Invented
names in the style of 民政 pages; the negatives are names whose own words look like a level or a committee."""
from __future__ import annotations

import pytest

from loaders.promotes_model import body_kind, body_level


@pytest.mark.parametrize("name, level", [
    ("民政部", 0),
    ("国家乡村振兴局", 0),
    ("辽宁省民政厅", 1),
    ("宁夏回族自治区民政厅", 1),
    ("自治区民政厅", 1),             # a level word standing for the region: provincial, not a district's
    ("省民政厅", 1),
    ("营口市民政局", 2),
    ("市慈善总会", 2),
    ("营口市老边区民政局", 3),       # the deepest place written wins
    ("营口市乡村振兴局", 2),         # negative: 乡村振兴局 names no township
    ("盖州市民政局", 3),             # a county-level city (the gazetteer says so), whatever its 市
    ("县乡村振兴局", 3),             # negative: the county's bureau, not a township's
    ("老边区柳树镇人民政府", 4),
    ("雨湖区先锋街道办事处", 4),
    ("营口市站前区建设街道幸福社区居民委员会", 4),
    ("慈善总会", None),
])
def test_the_level_is_the_places_the_name_opens_with(name, level):
    assert body_level(name) == level


@pytest.mark.parametrize("name, kind", [
    ("中共营口市委", "party"),
    ("营口市委", "party"),
    ("中国共产党营口市老边区委员会", "party"),
    ("县委组织部", "party"),
    ("柳树镇党委", "party"),
    ("市纪委", "party"),
    ("幸福社区居民委员会", "other"),     # negative: a residents' committee is no party body
    ("红旗村村民委员会", "other"),       # negative
    ("政协营口市委员会", "other"),       # negative: the CPPCC's committee
    ("营口市卫生健康委员会", "other"),   # negative: a government commission
    ("营口市发展和改革委员会", "other"),  # negative
    ("营口市人民政府", "gov"),
    ("营口市人民政府办公室", "gov"),
    ("营口市民政局", "civil"),
    ("营口市慈善总会", "other"),
])
def test_a_party_body_is_one_by_name_not_by_committee(name, kind):
    assert body_kind(name) == kind


def candidate_features_of(text: str, **info) -> dict[tuple[str, str], list[str]]:
    from loaders import load_text
    from loaders import promotes_model as pm
    from loaders.types import DocumentInfo

    with pm.collecting() as collected:
        load_text(text, "t.txt", DocumentInfo("t.txt", **info))
    return {(c.agency_name, c.program.name): c.features for document in collected for c in document}


def test_the_body_a_pages_title_names_is_read_as_the_title_not_as_a_subject_going_on():
    text = "营口市民政局2024年工作总结\n全市推行“银龄助餐”服务模式，农村老人实现助餐服务全覆盖。"
    features = candidate_features_of(text, place="营口市", province="辽宁省", issuing_body="营口市民政局")
    runner = next(f for (body, program), f in features.items() if body == "营口市民政局" and "银龄助餐" in program)
    assert "title_body" in runner and "prevsent" not in runner
    assert not any(f.startswith("level=") for f in runner)  # the runner against its own level says nothing


def test_a_body_only_the_text_names_is_no_title_body():  # negative
    text = ("养老服务工作简讯\n近日，市财政局下达养老服务补贴资金。"
            "营口市民政局牵头开展“银龄助餐”行动，为辖区老人提供助餐服务。")
    features = candidate_features_of(text, place="营口市", province="辽宁省")
    assert features and not any("title_body" in f for f in features.values())
