"""Review 3's findings on rels17's meeting relations, mended (helper fix6), on invented sentences (fixtures
written for these tests, not corpus text), each class with a positive case and a negative one:

* SPOKE_AT: a ceremony or meeting named again by its kind (在启动仪式上 / 在开幕式上) is the meeting last held
  only when that meeting is of the kind; plain 会上 is any meeting (loaders/relate.py ``placed_at_meeting``);
* SPOKE_AT: 对…给予肯定 / 对…进行了安排部署 is the speech of the person whose own clause opens with 对, not of
  a person named inside the 对 clause (loaders/relate.py ``_SAID``);
* CHAIRED: a sentence that itself convenes something (…活动在某社区举行，某某主持) does not chair the meeting
  named before (loaders/relate.py ``relate``);
* SPOKE_AT: every name of a list that attends the short 会议 and speaks (甲、乙参加会议并讲话) speaks there;
* CHAIRED / SPOKE_AT: 本次会议由某某主持 / 座谈会由某某主持 names a leader again as 会议由某某主持 does.
"""
from __future__ import annotations

from tests.test_relations_meeting_speech import relations  # the same one-text reader
from tests.test_relations_rels17 import _SUMMARY, _VISIT

_FORUM = "全省民政工作情况通报\n" + _SUMMARY + "6月12日，全省农村养老服务工作座谈会在南昌召开，副省长龚立峰出席。"


def _spoke(text: str, place: str = "江西省") -> set[tuple[str, str]]:
    return set(relations(text, "SPOKE_AT", place=place, province="江西省"))


def test_a_meeting_named_again_by_its_own_kind_places_the_speaker_there():
    spoke = _spoke(_FORUM + "龚立峰在座谈会上表示，要补齐农村养老服务短板。")
    assert any(person == "龚立峰" and "座谈会" in meeting for person, meeting in spoke)


def test_a_ceremony_of_another_kind_is_not_the_meeting_last_held():  # negative
    for kind in ("启动仪式", "大会", "开幕式", "典礼"):
        spoke = _spoke(_FORUM + f"龚立峰在{kind}上表示，要补齐农村养老服务短板。")
        assert not any(person == "龚立峰" for person, _ in spoke), kind


def test_a_ceremony_named_as_启动仪式_is_the_启动礼_held():
    text = _VISIT + "何志安在启动仪式上表示，社区的关怀对长者十分重要。"
    spoke = relations(text, "SPOKE_AT", place="香港特别行政区", province="香港特别行政区")
    assert any(person == "何志安" and "启动礼" in meeting for person, meeting in spoke)


_WORKSHOP = "全县农村敬老院管理工作推进会召开\n9月20日，全县农村敬老院管理工作推进会在县民政局召开。副县长罗佩英出席会议并讲话。"


def test_praise_opening_the_persons_own_clause_is_a_speech():
    text = _WORKSHOP + "县民政局局长邱建林对下半年全县敬老院安全管理和护理员培训工作进行了安排部署。"
    spoke = relations(text, "SPOKE_AT", place="兴国县", province="江西省")
    assert any(person == "邱建林" for person, _ in spoke)
    text = _WORKSHOP + "罗佩英对县民政局局长邱建林的工作给予充分肯定。"
    assert any(person == "罗佩英" for person, _ in relations(text, "SPOKE_AT", place="兴国县", province="江西省"))


def test_the_person_praised_inside_anothers_clause_is_no_speaker():  # negative
    text = _WORKSHOP + "罗佩英对县民政局局长邱建林的工作给予充分肯定。"
    assert not any(person == "邱建林" for person, _ in relations(text, "SPOKE_AT", place="兴国县", province="江西省"))


_HELD = "全省民政工作情况通报\n" + _SUMMARY + "5月8日，全省社区治理工作座谈会在九江召开，副省长龚立峰出席会议并讲话。"


def test_a_chair_in_a_sentence_that_holds_an_event_of_its_own_does_not_chair_the_meeting():  # negative
    text = _HELD + "次日，重阳敬老慰问活动在九江市某社区举行，社区党委书记邹秀兰主持。"
    chaired = relations(text, "CHAIRED", place="江西省", province="江西省")
    assert not any(person == "邹秀兰" for person, _ in chaired)


def test_a_chair_after_a_meeting_convened_since_does_not_chair_the_earlier_one():  # negative
    text = _HELD + "次日，省民政厅又召开了一次专题会议，研究贯彻意见。厅长贺志远主持。"
    chaired = relations(text, "CHAIRED", place="江西省", province="江西省")
    assert not any(person == "贺志远" for person, _ in chaired)


def test_a_chair_in_the_next_sentence_still_chairs():
    text = _HELD + "省政府副秘书长欧阳敏主持。"
    chaired = relations(text, "CHAIRED", place="江西省", province="江西省")
    assert any(person == "欧阳敏" and "座谈会" in meeting for person, meeting in chaired)


def test_every_name_of_a_list_that_attends_the_short_meeting_speaks():
    text = "全省民政工作情况通报\n" + _SUMMARY + "5月8日，全省社区治理工作座谈会在九江召开。" \
        "副省长龚立峰、省政府副秘书长欧阳敏参加会议并讲话。"
    spoke = {person for person, meeting in relations(text, "SPOKE_AT", place="江西省", province="江西省") if "座谈会" in meeting}
    assert {"龚立峰", "欧阳敏"} <= spoke


def test_a_list_before_a_convening_of_its_own_attends_nothing():  # negative
    text = "全省民政工作情况通报\n" + _SUMMARY + "5月8日，全省社区治理工作座谈会在九江召开。" \
        "次日，副省长龚立峰、省政府副秘书长欧阳敏参加全省养老服务推进会并讲话。"
    spoke = relations(text, "SPOKE_AT", place="江西省", province="江西省")
    assert not any("座谈会" in meeting for _, meeting in spoke)


def test_words_to_the_press_after_the_ceremony_are_no_speech_there():  # negative
    # (表示 right after the place: 在启动礼后 must itself fail, not only a comma before the speech)
    text = _VISIT + "何志安在启动礼后向记者表示，会继续支持地区的长者服务。"
    spoke = relations(text, "SPOKE_AT", place="香港特别行政区", province="香港特别行政区")
    assert not any(person == "何志安" and "启动礼" in meeting for person, meeting in spoke)


_BUREAU = (
    "市政府召开社区养老服务推进会\n"
    "9月12日上午，市政府在行政中心召开社区养老服务推进会。副市长周立群，市政府副秘书长韩东明，"
    "市民政局局长武新华出席会议。"
)


def test_a_chair_named_again_after_the_meetings_name_and_由_chairs():
    for opening in ("本次会议由", "推进会由", "会议由"):
        chaired = relations(_BUREAU + f"{opening}韩东明主持。", "CHAIRED", place="滁州市", province="安徽省")
        assert any(person == "韩东明" and "推进会" in meeting for person, meeting in chaired), opening


def test_a_body_the_meeting_is_left_to_by_由_is_no_chair():  # negative
    text = _BUREAU + "本次会议由韩东明所在的市政府办公室承办。"
    assert not any(person == "韩东明" for person, _ in relations(text, "CHAIRED", place="滁州市", province="安徽省"))


def test_an_address_at_a_ceremony_named_again_is_a_speech_there():
    text = _VISIT + "何志安在启动礼上致辞。"
    spoke = relations(text, "SPOKE_AT", place="香港特别行政区", province="香港特别行政区")
    assert any(person == "何志安" and "启动礼" in meeting for person, meeting in spoke)


def test_an_address_at_a_ceremony_of_another_kind_is_none():  # negative
    spoke = _spoke(_FORUM + "龚立峰在开幕式上致辞。")
    assert not any(person == "龚立峰" for person, _ in spoke)
