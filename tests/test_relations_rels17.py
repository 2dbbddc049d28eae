"""A meeting's people on unseen pages, on invented sentences (fixtures written for these tests, not corpus text).

Classes of helper rels17 (issue 11), each with a positive case and a negative one:

* CHAIRED: a leader introduced in the attendance line chairs in a later sentence written passively,
  会议由某某主持 (loaders/relate.py ``later_person_mentions``);
* CHAIRED / SPOKE_AT: a sentence after the meeting's own that names no meeting chairs it (副秘书长某某主持) or
  attends it by the short 会议 and speaks (参加会议并讲话): the meeting last named as held
  (loaders/relate.py ``refers_to_meeting``); a clause that convenes something of its own does not;
* SPOKE_AT: a leader's verdict or orders closing a long 对 clause (对…进行了安排部署 / 对…给予充分肯定) are a
  speech at the meeting; 对…给予奖励 is not (loaders/relate.py ``spoke_at``);
* ORGANIZED_BY: a body opens the meeting's name when written right before it (某委员会2025年度第一次全体会议)
  or after the document's own 我市 (我市…领导小组工作推进会); a body a word stands apart from does not
  (loaders/relate.py ``bodies_in_meeting_name``);
* SPOKE_AT: a ceremony named again by its kind alone (在启动礼致辞时表示) places the speaker at the ceremony last
  named as held, as 在会上 does; 在启动礼后 does not (loaders/relate.py ``placed_at_meeting``).
"""
from __future__ import annotations

from tests.test_relations_meeting_speech import relations  # the same one-text reader

# four sentences of a work summary before the meeting's own, so that the page reports no meeting of its own
_SUMMARY = (
    "今年以来，全省民政系统坚持以人民为中心。各地兜牢民生底线，稳步推进养老服务体系建设。"
    "社区治理水平持续提升，城乡社区服务设施不断完善。慈善事业和社会工作加快发展。"
)


def test_a_leader_named_in_the_attendance_line_chairs_by_a_passive_later_sentence():
    text = (
        "市政府召开社区养老服务推进会\n"
        "9月12日上午，市政府在行政中心召开社区养老服务推进会。副市长周立群，市政府副秘书长韩东明，"
        "市民政局局长武新华出席会议。会议由韩东明主持。会上，武新华局长通报了全市社区养老服务工作进展。"
    )
    chaired = relations(text, "CHAIRED", place="滁州市", province="安徽省")
    assert any(person == "韩东明" and "社区养老服务推进会" in meeting for person, meeting in chaired)


def test_a_passive_later_sentence_that_does_not_chair_gives_no_chair():  # negative
    text = (
        "市政府召开社区养老服务推进会\n"
        "9月12日上午，市政府在行政中心召开社区养老服务推进会。市政府副秘书长韩东明出席会议。"
        "会议由韩东明所在的市政府办公室承办。"
    )
    assert not any(person == "韩东明" for person, _ in relations(text, "CHAIRED", place="滁州市", province="安徽省"))


def test_a_chair_in_the_sentence_after_the_meeting_is_held_chairs_it():
    text = (
        "全省民政工作情况通报\n" + _SUMMARY +
        "5月8日，全省社区治理工作座谈会在合肥召开，副省长钱晓峰出席会议并讲话。"
        "省政府副秘书长欧阳敏主持，省民政厅厅长贺志远出席会议。"
    )
    chaired = relations(text, "CHAIRED", place="安徽省", province="安徽省")
    assert any(person == "欧阳敏" and "社区治理工作座谈会" in meeting for person, meeting in chaired)


def test_a_speaker_who_attends_the_short_named_meeting_speaks_at_the_one_named_before():
    text = (
        "全市民政工作情况\n" + _SUMMARY +
        "4月2日下午，记者从2025年全市养老服务工作会议上获悉，全市新增养老床位1200张。"
        "副市长邵国栋参加会议并讲话。"
    )
    spoke = relations(text, "SPOKE_AT", place="南平市", province="福建省")
    assert any(person == "邵国栋" and "养老服务工作会议" in meeting for person, meeting in spoke)


def test_a_chair_who_convenes_a_meeting_of_his_own_does_not_chair_the_earlier_one():  # negative
    text = (
        "全省民政工作情况通报\n" + _SUMMARY +
        "5月8日，全省社区治理工作座谈会在合肥召开，副省长钱晓峰出席会议并讲话。"
        "次日，省民政厅厅长贺志远主持召开厅党组会议，研究贯彻意见。"
    )
    chaired = relations(text, "CHAIRED", place="安徽省", province="安徽省")
    assert not any(person == "贺志远" and "座谈会" in meeting for person, meeting in chaired)


def test_orders_and_praise_closing_a_long_clause_are_a_speech_at_the_meeting():
    text = (
        "全县殡葬改革工作推进会召开\n"
        "3月15日，全县殡葬改革工作推进会在县政府三楼会议室召开。副县长温立新出席会议。"
        "会上，温立新对全县一年来的殡葬改革和公墓建设成效给予充分肯定。"
        "县民政局局长付志刚对今年全县清明祭扫和殡葬管理工作进行了安排部署。"
    )
    spoke = {person for person, _ in relations(text, "SPOKE_AT", place="会昌县", province="江西省")}
    assert {"温立新", "付志刚"} <= spoke


def test_a_reward_closing_a_long_clause_is_no_speech():  # negative
    text = (
        "全县殡葬改革工作推进会召开\n"
        "3月15日，全县殡葬改革工作推进会在县政府三楼会议室召开。"
        "县民政局局长付志刚对去年殡葬改革中表现突出的先进集体和个人给予奖励。"
    )
    assert not any(person == "付志刚" for person, _ in relations(text, "SPOKE_AT", place="会昌县", province="江西省"))


def test_a_committee_written_right_before_its_plenary_session_holds_it():
    text = "市老龄工作委员会2025年度第一次全体会议于3月5日在市政府会议中心举行。会议由副市长、市老龄委主任陈嘉豪主持。"
    organized = relations(text, "ORGANIZED_BY", place="江门市", province="广东省")
    assert ("2025年度第一次全体会议", "江门市老龄工作委员会") in organized


def test_the_documents_own_leading_group_opens_its_meetings_name():
    text = (
        "我市养老服务体系建设领导小组工作推进会召开\n"
        "6月3日，我市养老服务体系建设领导小组工作推进会召开。副市长、市养老服务体系建设领导小组组长郝建平出席。"
    )
    organized = relations(text, "ORGANIZED_BY", place="安阳市", province="河南省")
    assert any("领导小组工作推进会" in meeting and body.endswith("养老服务体系建设领导小组") for meeting, body in organized)


def test_a_body_a_word_stands_apart_from_does_not_hold_the_session():  # negative
    text = "市老龄工作委员会成员出席了2025年度第一次全体会议。"
    assert not relations(text, "ORGANIZED_BY", place="江门市", province="广东省")


_VISIT = (
    "劳工及福利局局长何志安今日下午联同社会福利署署长方慧琳到访荃湾区，探访独居长者和有需要的家庭。"
    "一行人了解长者的日常起居。他们又向长者送上节日礼物包。区内多个地区团体派出义工协助家访。"
    "家访后，各人转往荃湾广场主持「邻里守望长者关怀」启动礼。"
)


def test_a_speaker_at_a_ceremony_named_again_by_its_kind_speaks_at_it():
    text = _VISIT + "何志安在启动礼致辞时表示，社区的关怀对长者十分重要。"
    spoke = relations(text, "SPOKE_AT", place="香港特别行政区", province="香港特别行政区")
    assert any(person == "何志安" and "启动礼" in meeting for person, meeting in spoke)


def test_a_visit_after_the_ceremony_is_no_speech_there():  # negative
    text = _VISIT + "何志安在启动礼后探访了区内两个长者中心，并表示会继续支持地区工作。"
    spoke = relations(text, "SPOKE_AT", place="香港特别行政区", province="香港特别行政区")
    assert not any(person == "何志安" for person, _ in spoke)
