"""Classes of indicator-name failure that recur across the study pool (/work/pool18: 182 real pages of
earlier rounds, work plans, summaries, news, notices, statistics and Hong Kong, Macau and Taiwan texts),
each fixed only when seen on three pages or more:

- a named place or body opening a figure's clause before the deed (珠海共有长者饭堂235家; 鹤山区建成老年助餐场所
  17处; 县民政局救助工作人员今年以来共救助流浪乞讨人员65人; 嘉义市目前有11个身心障碍团体) stayed in the name,
  where 全市 in the same place names none (7 pages of the pool).

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect on the pool and
the shared corpus is in docs/benchmarks.md (helper "tgt16").
"""
from __future__ import annotations

from kg.evaluate_targets import indicator_match
from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def targets(text: str, year: int | None = 2024) -> dict[str, dict]:
    """``{value+unit: properties}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=year))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties for t in found}


# --- a named place or body opening the clause before the deed ---

def test_named_city_before_have_names_the_thing() -> None:
    found = targets("截至目前，洛阳共有社区老年食堂86家，覆盖城区所有街道。")
    assert found["86家"]["indicator"] == "社区老年食堂"


def test_named_district_before_built_names_the_deed() -> None:
    found = targets("西湖区建成儿童之家42个，实现村（社区）全覆盖。")
    assert found["42个"]["indicator"] == "儿童之家建成数"


def test_bureau_and_staff_before_deed_are_dropped() -> None:
    found = targets("区民政局救助工作人员今年以来共救助生活无着人员132人，护送返乡47人。")
    assert indicator_match(found["132人"]["indicator"], "救助生活无着人员数")
    assert "民政局" not in found["132人"]["indicator"]


def test_own_bureau_before_paid_money() -> None:
    found = targets("今年我局共发放临时救助金286万元，惠及困难群众1900人次。")
    assert found["286万元"]["indicator"] == "临时救助金发放额"


def test_named_place_before_a_noun_is_kept() -> None:
    # a place followed by what is measured may be a tier among places (negative: no deed after it)
    found = targets("中心城区养老床位数占户籍老年人口比例为3%，滨江区养老床位数占户籍老年人口比例为4%。")
    assert found["4%"]["indicator"].startswith("滨江区")


def test_body_named_in_a_post_is_no_actor() -> None:
    # 民政局长 holds no deed after the body: the name is left to the other rules (negative)
    from loaders.targets import _without_named_actor
    assert _without_named_actor("民政局长") == "民政局长"
    assert _without_named_actor("社会组织共有") == "社会组织共有"
