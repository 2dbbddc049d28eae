"""``indicator_catalogue.classify`` reads the entries that admit a unit from a memo per unit (h/speed16): the
same entry as the loop over every entry it replaced (kept here as the reference), for every catalogue name
and invented indicator against every unit a family admits and units none admits. Indicators are invented."""
from __future__ import annotations

import pytest

from loaders import indicator_catalogue
from loaders.indicator_catalogue import _admitting, _reading, load_catalogue

UNITS = ["元", "万元", "亿元", "千元", "元/月", "元/人·月", "万元/年", "人", "万人", "名", "人次", "万人次", "户", "万户",
         "张", "万张", "床", "个", "家", "所", "处", "项", "小时", "对", "万对", "%", "‰", "个百分点", "年", "平方米",
         "万平方米", "倍", "个月", "场", "次", "", None, "元元", "人/户"]
INDICATORS = ["城市最低生活保障标准", "城市低保标准增幅", "养老机构床位数", "新闻发布会数量", "农村特困人员救助供养标准",
              "孤儿基本生活保障标准", "婚姻登记数量", "社区养老服务设施覆盖率", "志愿者人数", "", "（城乡）低保对象"]


def _classify_before(indicator, unit):
    reading = _reading(indicator or "")
    if not reading:
        return None
    for entry in load_catalogue():
        if entry.admits(unit) and any(p.search(reading) for p in entry.patterns):
            return entry
    return None


def test_classify_equals_the_loop_over_every_entry():
    names = [entry.name for entry in load_catalogue()]
    for indicator in INDICATORS + names:
        for unit in UNITS:
            indicator_catalogue.classify.cache_clear()
            assert indicator_catalogue.classify(indicator, unit) == _classify_before(indicator, unit), (indicator, unit)
    assert indicator_catalogue.classify("养老机构床位数", "万张").name == _classify_before("养老机构床位数", "万张").name


@pytest.mark.parametrize("unit", UNITS)
def test_admitting_keeps_catalogue_order(unit):
    assert _admitting(unit) == tuple(e for e in load_catalogue() if e.admits(unit))


def test_a_unit_no_family_admits_has_no_entry():
    assert _admitting("场") == ()  # negative
    assert indicator_catalogue.classify("新闻发布会数量", "场") is None
