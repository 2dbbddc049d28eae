"""Program names in notices (通知): alias notes, a heading's attitude verb, and 行动 inside 动员/动态.

Invented sentences in the style of provincial 民政 notices (fixtures, not evidence).
"""
from __future__ import annotations

import pytest

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str) -> list[str]:
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t")))


# 1. The short form a note gives a name (（以下简称…）) is an alias, no program of its own.
@pytest.mark.parametrize("text, name", [
    ("即日起启动2024年度“冬春暖心”专项救助行动(以下简称专项救助行动)。", "冬春暖心专项救助行动"),
    ("在全省实施“银龄互助”关爱工程（简称关爱工程），覆盖所有乡镇。", "银龄互助关爱工程"),
])
def test_an_alias_note_gives_no_second_program(text, name):
    assert _programs(text) == [name]


def test_a_program_after_a_note_is_kept():  # negative: the note ends, the next name is a program
    found = _programs("启动“冬春暖心”专项救助行动（以下简称专项行动），同步开展孤寡老人探访关爱行动。")
    assert "孤寡老人探访关爱行动" in found and not any("简称" in name for name in found)


# 2. A heading's attitude verb (高度重视, 重视) is no part of the name.
def test_a_heading_verb_is_cut():
    assert _programs("一、高度重视特困群体冬季救助专项行动") == ["特困群体冬季救助专项行动"]


# 3. 行动 as the halves of 进行动员 / 进行动态 is no suffix.
@pytest.mark.parametrize("text", [
    "各地要将救助工作列为当前重点工作进行动员部署。",
    "对低收入人口进行动态监测，及时发现困难群众。",
])
def test_xingdong_inside_two_words_is_no_name(text):  # negative
    assert _programs(text) == []


def test_a_real_action_after_jinxing_is_kept():
    assert "护苗行动" in _programs("各地要进行“护苗行动”的动员部署。")
