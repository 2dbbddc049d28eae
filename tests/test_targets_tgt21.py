"""Classes of target-indicator failure on the study pages of train96 (helper "tgt21", issue 11), each seen on
two pages or more:

- a heading or an adverb opening the words before a number stayed in the name: a Chinese ordinal of a list
  of tasks (二、新建老年日间服务中心1所) and 已经 cut to its second character (已经建成助餐点16个 → 经建成助餐点,
  since 已 was tried before 已经); now the ordinal is dropped (not a run of levels: 三、四级残疾人) and 已经 whole.

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect is in
docs/benchmarks.md (helper "tgt21").
"""
from __future__ import annotations

# {value+unit: indicator} of an invented text's targets, as tgt19's tests read them (one helper, not a copy)
from test_target_tgt19_classes import names


# --- a heading or an adverb opening the phrase ---

def test_a_chinese_ordinal_heading_is_no_part_of_the_name() -> None:
    found = names("四、新建社区老年食堂3所，完成年度任务。")
    assert found["3所"] == "社区老年食堂新建数"


def test_an_ordinal_before_a_run_of_levels_is_kept() -> None:
    found = names("一、二级重度残疾人护理补贴每人每月90元。")
    assert found["90元/月"].startswith("一、二级")


def test_already_before_a_deed_is_dropped_whole() -> None:
    found = names("截至10月底，已经建成老年助餐点24个，运营良好。")
    assert found["24个"] == "老年助餐点建成数"


def test_already_before_a_rate_is_dropped_whole() -> None:
    found = names("全年已经完成民生实事任务96.5%。")
    assert not found["96.5%"].startswith("经")
