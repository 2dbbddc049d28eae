"""Meeting names: a verb before the name is no part of it, and a standing 联席会议 is no meeting.

Invented sentences in the style of 民政 notices and meeting reports (fixtures, not evidence).
"""
from __future__ import annotations

import pytest

from loaders.meetings import extract_meetings
from loaders.types import DocumentInfo, Sentence


def _meetings(text: str) -> list[str]:
    return sorted({m.name for m in extract_meetings([Sentence(0, text, 0, len(text))], DocumentInfo("t"))})


# 1. A verb that takes a meeting as its object (承担, 负责, 牵头, 筹备, 迎接 …) ends before the name.
@pytest.mark.parametrize("text, name", [
    ("市民政局负责2024年全市养老服务工作推进会的会务。", "2024年全市养老服务工作推进会"),
    ("区民政局牵头2023年全区社会救助工作联席会议，研究解决救助难题。", "2023年全区社会救助工作联席会议"),
    ("办公室筹备召开全省民政工作会议。", "全省民政工作会议"),
])
def test_a_verb_before_a_meeting_is_cut(text, name):
    found = _meetings(text)
    assert name in found and not any(n != name and n.endswith(name) for n in found), found


# 2. A 联席会议 with no session, in a sentence that holds no meeting, is the standing mechanism.
@pytest.mark.parametrize("text", [
    "联席会议办公室设在县民政局，承担全县社会救助联席会议日常工作。",
    "经研究，决定建立全区社会救助局际联席会议（以下简称“联席会议”）制度。",
    "全市养老服务联席会议由分管副市长任召集人，成员单位包括市民政局、市财政局。",
])
def test_a_standing_joint_meeting_is_no_meeting(text):  # negative
    assert not any(name.endswith("联席会议") for name in _meetings(text))


def test_a_joint_meeting_that_is_held_is_a_meeting():
    assert _meetings("3月5日，全县社会救助联席会议在县政府召开。") == ["全县社会救助联席会议"]
    assert "2024年全市困难群众基本生活保障工作联席会议" in _meetings(
        "2024年全市困难群众基本生活保障工作联席会议听取了各成员单位工作汇报。")


def test_a_verb_inside_a_scoped_name_is_kept():  # negative
    assert _meetings("全省健全社会救助体系工作推进会在南昌召开。") == ["全省健全社会救助体系工作推进会"]


# 3. A session written right after its 联席会议 is one meeting, named in full.
@pytest.mark.parametrize("text, name", [
    ("渝黔两地民政联席会议第一次会议在遵义召开。", "渝黔两地民政联席会议第一次会议"),
    ("副县长主持召开全县社会救助联席会议第二次全体会议。", "全县社会救助联席会议第二次全体会议"),
])
def test_a_joint_meetings_session_is_one_meeting(text, name):
    assert _meetings(text) == [name]


def test_a_bare_session_without_a_joint_meeting_before_it_stays_as_found():  # negative
    assert _meetings("省政府召开全省养老服务工作领导小组第三次会议。") == ["全省养老服务工作领导小组第三次会议"]


# 4. A subject at a meeting named only by its kind (…厅长某某在发布会上) names no meeting.
def test_a_subject_at_a_generic_meeting_is_no_meeting_name():
    assert _meetings("吉林省民政厅厅长李明在发布会上介绍了有关情况。") == []


def test_a_scoped_name_holding_zai_is_kept():  # negative
    assert _meetings("全省在线养老服务推进会在长春召开。") == ["全省在线养老服务推进会"]
