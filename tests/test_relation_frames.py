"""Relation frames that prove their end entities (loaders/relate_frames.py), on invented sentences
(fixtures written for these tests, not corpus text), each class with a negative.

- a meeting a body convenes (X召开Y) or that opens its clause as the subject of 召开/举行 (Y昨天举行) is a
  meeting, and the relation rules reach it (SPOKE_AT, CHAIRED, ORGANIZED_BY);
- the person a 由…主持 frame names is a person, with the post and body written before the name.
"""
from __future__ import annotations

from kg.evaluate import predicted_relations
from loaders import load_text
from loaders.types import DocumentInfo


def extract(text: str, **info):
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", **info) if info else None)
    names = {(node.label, node.name) for node in fragment.all_nodes()}
    return names, predicted_relations(fragment)


def test_a_meeting_a_body_convenes_is_a_meeting_and_its_speaker_spoke_at_it():
    names, found = extract(
        "9月6日，县政协召开专题协商会议，围绕农村互助养老协商建言。副县长周立新出席会议并讲话。",
        place="宜章县", province="湖南省",
    )
    assert ("Meeting", "专题协商会议") in names
    assert ("SPOKE_AT", "周立新", "专题协商会议") in found


def test_a_meeting_that_opens_its_clause_as_subject_of_a_holding_verb_is_a_meeting():
    names, found = extract(
        "为推动社区养老提质，柳州市居家养老服务工作现场推进会昨天举行。市长王建华主持会议。",
        place="柳州市", province="广西壮族自治区",
    )
    assert ("Meeting", "柳州市居家养老服务工作现场推进会") in names
    assert ("CHAIRED", "王建华", "柳州市居家养老服务工作现场推进会") in found


def test_a_framed_kind_without_a_name_and_a_headline_variant_are_not_new_meetings():
    names, _ = extract("市民政局召开党组会议，研究部署下半年工作。", place="柳州市", province="广西壮族自治区")
    assert not any(label == "Meeting" for label, _ in names)
    names, _ = extract(
        "广西养老服务推进会议召开\n10月9日，全区养老服务推进会议在柳州召开。",
        place="柳州市", province="广西壮族自治区",
    )
    meetings = {name for label, name in names if label == "Meeting"}
    assert "广西养老服务推进会议" not in meetings


def test_the_person_a_chair_frame_names_is_a_person_holding_the_post_written_before():
    names, found = extract(
        "12月3日，全区社会救助工作推进会召开。会议由区民政局党组书记、局长孙三海主持。",
        place="雁山区", province="广西壮族自治区",
    )
    assert ("Person", "孙三海") in names
    assert any(kind == "HOLDS_POST" and person == "孙三海" and agency.endswith("民政局") for kind, person, agency in found)
    assert any(kind == "CHAIRED" and person == "孙三海" for kind, person, _ in found)


def test_a_chair_frame_without_a_personal_name_adds_no_person():
    names, _ = extract("12月3日，全区社会救助工作推进会召开，会议由召集人主持。", place="雁山区", province="广西壮族自治区")
    assert not any(label == "Person" for label, _ in names)


def test_a_meeting_written_short_and_in_full_is_one_meeting():
    names, found = extract(
        "2月20日，2024年全市民政工作会议召开。副市长何晓东出席全市民政工作会议并讲话。",
        place="钦州市", province="广西壮族自治区",
    )
    meetings = {name for label, name in names if label == "Meeting"}
    assert meetings == {"2024年全市民政工作会议"}
    assert ("SPOKE_AT", "何晓东", "2024年全市民政工作会议") in found


def test_a_short_name_two_fuller_names_could_mean_stays_as_written():
    names, _ = extract(
        "会上回顾了2023年全市民政工作会议以来的工作，部署落实2024年全市民政工作会议任务，全市民政工作会议精神要传达到基层。",
        place="钦州市", province="广西壮族自治区",
    )
    meetings = {name for label, name in names if label == "Meeting"}
    assert {"2023年全市民政工作会议", "2024年全市民政工作会议"} <= meetings
