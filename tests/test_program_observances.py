"""Named days, weeks and months (observances) are the dates campaigns are held on, not programs.

Invented sentences in the style of 民政 work reports. The shared gold leaves 全国防灾减灾日, 国际社工节
and 志愿服务日 out of programs; fresh batches' gold leaves out 敬老月 and 中华慈善日 the same way.
"""
from __future__ import annotations

import pytest

from loaders.lexicons import observances
from loaders.programs import extract_programs, is_observance
from loaders.types import DocumentInfo, Sentence


def _programs(text: str) -> list[str]:
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t")))


@pytest.mark.parametrize("text, observance", [
    ("重阳节前后，全县开展敬老月活动，走访慰问高龄老人。", "敬老月"),
    ("围绕2024年“敬老月”系列活动，各乡镇组织文艺演出。", "敬老月"),
    ("在第九个中华慈善日期间，市慈善总会发动爱心企业捐款。", "中华慈善日"),
    ("以“全国防灾减灾日”为契机开展系列宣传活动。", "全国防灾减灾日"),
])
def test_an_observance_is_no_program(text, observance):
    found = _programs(text)
    assert not any(observance in name for name in found), found


def test_an_initiative_held_on_an_observance_is_kept():  # negative
    assert _programs("敬老月期间启动“银龄安康”行动，为老年人免费投保。") == ["银龄安康行动"]
    # a campaign month named by its work is a program (program_suffixes.txt), not an observance
    assert _programs("全市开展殡葬改革宣传月活动。") == ["殡葬改革宣传月"]
    assert not is_observance("敬老月关爱行动")


def test_a_giving_campaign_held_on_its_day_is_a_program():  # negative: 99公益日 is joined, no observance
    assert "99公益日" in _programs("组织社会组织参与“99公益日”网络募捐。")


def test_every_observance_line_is_one_name():
    names = observances()
    assert "敬老月" in names and all(name and "\t" not in name and " " not in name for name in names)
