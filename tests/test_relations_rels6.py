"""Posts, meetings and who runs what, on invented sentences (fixtures written for these tests, not corpus text).

Classes of helper rels6 (issue 11), each with a positive case and a negative one:

* HOLDS_POST: a national leader's title (习近平总书记) binds no local body a verb stands between
  (向市委、市政府汇报习近平总书记重要指示); a body written right before it still does (loaders/persons.py);
* HOLDS_POST: a bare 副主席 after a name in an autonomous region's own news (马强副主席出席会议) serves the region's
  government, as a bare 副省长 serves a province's; in a city's news it does not (loaders/persons.py);
* CHAIRED / ORGANIZED_BY: a party group's enlarged meeting written with brackets (厅党组（扩大）会议) is a meeting
  (loaders/meetings.py);
* SPOKE_AT: a speaker's clause runs through a quotation the sentence splitter cut at its semicolons
  (重点从“…；…”等两个方面做了…交流发言) (loaders/relate.py ``through_open_quote``, ``spoke_at``);
* PROMOTES: a news item or reprint filed under a body its text never names: that body runs nothing
  (loaders/relate.py ``news_reprint``);
* PROMOTES: a piece headed by one leader's title and name on a line of its own speaks for the leader's body
  where it says 我们 (loaders/relate.py ``headed_piece``).
"""
from __future__ import annotations

from kg.evaluate import predicted_relations
from loaders import load_text
from loaders.types import DocumentInfo


def relations(text: str, kind: str, **info) -> set[tuple[str, str]]:
    document = DocumentInfo("t.txt", **info) if info else None
    return {(source, target) for k, source, target in predicted_relations(load_text(text, "t.txt", document)) if k == kind}


def test_a_national_leaders_title_does_not_bind_the_local_body_reported_to():  # negative
    text = (
        "市民政局召开局党组会议\n"
        "会议要求，要及时向市委、市政府汇报习近平总书记重要指示精神，研究提出贯彻意见。"
    )
    posts = relations(text, "HOLDS_POST", place="宜宾市", province="四川省")
    assert not any(person == "习近平" for person, _ in posts)


def test_a_body_written_right_before_a_leaders_title_is_still_theirs():
    text = "4月2日，宜宾市民政局党组书记、局长陈立军主持召开局务会议，传达学习有关精神。"
    posts = relations(text, "HOLDS_POST", place="宜宾市", province="四川省")
    assert ("陈立军", "宜宾市民政局") in posts


def test_a_bare_vice_chairman_in_a_regions_own_news_serves_the_regions_government():
    text = (
        "全区养老服务工作会议召开\n"
        "3月6日，全区养老服务工作会议在银川召开，马强副主席出席会议并讲话，刘军厅长作工作报告。"
    )
    posts = relations(text, "HOLDS_POST", place="宁夏回族自治区", province="宁夏回族自治区")
    assert ("马强", "宁夏回族自治区人民政府") in posts


def test_a_bare_vice_chairman_in_a_citys_news_gets_no_regional_government():  # negative
    text = "3月6日，全市社区工作推进会召开，马强副主席出席会议。"
    posts = relations(text, "HOLDS_POST", place="银川市", province="宁夏回族自治区")
    assert not any(person == "马强" for person, _ in posts)


def test_a_bracketed_enlarged_party_group_meeting_is_chaired_and_convened():
    text = (
        "5月10日，宁夏回族自治区民政厅党组书记、厅长刘军主持召开厅党组（扩大）会议，"
        "传达学习全国民政工作会议精神，研究部署贯彻落实措施。"
    )
    info = dict(place="宁夏回族自治区", province="宁夏回族自治区")
    chaired = relations(text, "CHAIRED", **info)
    assert any(person == "刘军" and "党组" in meeting and "扩大" in meeting for person, meeting in chaired)
    organized = relations(text, "ORGANIZED_BY", **info)
    assert any("党组" in meeting and agency == "宁夏回族自治区民政厅" for meeting, agency in organized)


def test_a_bracketed_note_that_is_not_an_enlarged_meeting_makes_none():  # negative
    text = "5月10日，厅党组（理论学习）专题学习开展，刘军厅长带头领学。"
    chaired = relations(text, "CHAIRED", place="宁夏回族自治区", province="宁夏回族自治区")
    assert not chaired


def test_a_speakers_clause_runs_through_a_quotation_cut_at_its_semicolons():
    text = (
        "民政部在银川市举办全国农村社区治理培训班暨经验交流会。"
        "米脂县民政局局长刘建华结合本县实际，重点从“坚持规划引领，统筹推进；整合各方资源，完善服务功能”"
        "等两个方面做了题为《推进农村社区建设》的交流发言。"
    )
    spoke = relations(text, "SPOKE_AT", place="米脂县", province="陕西省")
    assert any(person == "刘建华" and meeting.endswith("经验交流会") for person, meeting in spoke)


def test_a_quotation_that_only_lists_work_makes_no_speech():  # negative
    text = (
        "民政部在银川市举办全国农村社区治理培训班暨经验交流会。"
        "米脂县民政局局长刘建华结合本县实际，重点从“坚持规划引领，统筹推进；整合各方资源，完善服务功能”"
        "等两个方面介绍了经验材料的编写情况。"
    )
    spoke = relations(text, "SPOKE_AT", place="米脂县", province="陕西省")
    assert not any(person == "刘建华" for person, _ in spoke)


_NEWS = (
    "社区治理工作取得新进展\n"
    "今年以来，全区社区工作者队伍不断壮大，“三社联动”机制有序推进，城乡社区服务水平进一步提升。"
)


def test_a_news_reprint_filed_under_a_body_the_text_never_names_gives_it_no_program():
    promotes = relations(_NEWS, "PROMOTES", place="宁夏回族自治区", province="宁夏回族自治区",
                         issuing_body="宁夏回族自治区民政厅（新闻转载）")
    assert not any(agency == "宁夏回族自治区民政厅" for agency, _ in promotes)


def test_the_same_text_issued_by_the_body_itself_is_its_work():  # negative: no news note, the issuer runs it
    # (rels7: the text must name the body in some form, here 我厅; a text that never names its issuer gives it
    # no program, as dev 022's gold does — tests/test_relations_rels7.py)
    promotes = relations(_NEWS.replace("今年以来，", "今年以来，我厅指导"), "PROMOTES", place="宁夏回族自治区",
                         province="宁夏回族自治区", issuing_body="宁夏回族自治区民政厅")
    assert any(agency == "宁夏回族自治区民政厅" and "三社联动" in program for agency, program in promotes)


def test_a_piece_headed_by_a_leader_speaks_for_the_leaders_body():
    text = (
        "代表心声\n"
        "宁夏回族自治区民政厅党组书记、厅长刘军\n"
        "过去一年成绩来之不易。明年，我们将以“时间银行”互助养老为抓手，推动养老服务提质增效。"
    )
    promotes = relations(text, "PROMOTES", place="宁夏回族自治区", province="宁夏回族自治区", issuing_body="宁夏日报")
    assert any(agency == "宁夏回族自治区民政厅" and "时间银行" in program for agency, program in promotes)


def test_a_leader_in_a_sentence_of_news_does_not_head_the_piece():  # negative
    text = (
        "代表心声\n"
        "宁夏回族自治区民政厅党组书记、厅长刘军出席座谈会。\n"
        "过去一年成绩来之不易。明年，我们将以“时间银行”互助养老为抓手，推动养老服务提质增效。"
    )
    promotes = relations(text, "PROMOTES", place="宁夏回族自治区", province="宁夏回族自治区", issuing_body="宁夏日报")
    assert not any(agency == "宁夏回族自治区民政厅" for agency, _ in promotes)


def _programs(text: str, **info) -> set[str]:
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", **info))
    return {node.name for node in fragment.nodes if node.label == "Program"}


def test_a_visits_route_verb_does_not_open_the_name_of_the_site_visited():
    text = "4月3日，市民政局局长张伟一行到叙永调研。调研组一行前往叙永县老年养护中心项目现场，察看了工程进度。"
    names = _programs(text, place="叙永县", province="四川省")
    assert "叙永县老年养护中心项目" in names and not any("前往" in name for name in names)


def test_a_name_that_holds_no_route_verb_is_kept_whole():  # negative: the cut only acts where the verb is
    text = "2024年，叙永县民政局实施叙永县老年养护中心项目，新增护理型床位120张。"
    names = _programs(text, place="叙永县", province="四川省")
    assert "叙永县老年养护中心项目" in names


def test_a_persons_titles_split_by_a_comma_into_two_groups_give_a_post_in_each_body():
    text = (
        "民政部部长李强到宁波调研。"
        "省委常委、副省长，宁波市委书记、市人大常委会主任张建国陪同调研。"
    )
    posts = relations(text, "HOLDS_POST", place="宁波市", province="浙江省")
    assert {("张建国", "浙江省委"), ("张建国", "浙江省人民政府"), ("张建国", "宁波市委")} <= posts


def test_a_comma_after_anothers_name_does_not_join_titles():  # negative: 副省长王明 is another person
    text = "民政部部长李强到宁波调研。副省长王明，宁波市委书记张建国陪同调研。"
    posts = relations(text, "HOLDS_POST", place="宁波市", province="浙江省")
    assert ("张建国", "宁波市委") in posts and ("张建国", "浙江省人民政府") not in posts


def test_a_meeting_convened_with_no_subject_is_convened_by_the_body_opening_the_sentence_before():
    text = (
        "陕西省民政厅传达学习全国民政工作会议精神\n"
        "1月8日上午，陕西省民政厅就全国民政工作会议精神向省政府作了专题汇报。"
        "1月8日下午，又召开党组扩大会议，传达学习会议精神，研究部署贯彻措施。"
    )
    organized = relations(text, "ORGANIZED_BY", place="陕西省", province="陕西省")
    assert ("党组扩大会议", "陕西省民政厅") in organized


def test_a_body_named_inside_the_sentence_before_does_not_convene():  # negative: not that sentence's subject
    text = (
        "全省民政系统学习全国民政工作会议精神\n"
        "1月8日上午，会议听取了陕西省民政厅关于全国民政工作会议精神的汇报。"
        "1月8日下午，又召开党组扩大会议，传达学习会议精神。"
    )
    organized = relations(text, "ORGANIZED_BY", place="陕西省", province="陕西省")
    assert not any(agency == "陕西省民政厅" for _, agency in organized)


def test_the_bodies_that_put_a_program_forward_run_it():
    text = (
        "全县社会救助工作会议召开\n"
        "副县长王芳指出，民政工作要紧紧围绕县委、县政府提出的“民生保障年”要求，扎实做好各项工作。"
    )
    promotes = relations(text, "PROMOTES", place="米脂县", province="陕西省")
    bodies = {agency for agency, program in promotes if "民生保障年" in program}
    assert {"米脂县委", "米脂县人民政府"} <= bodies or {"县委", "县政府"} <= bodies


def test_a_leader_who_puts_a_program_forward_does_not_make_the_body_before_propose_it():  # negative
    text = (
        "全县社会救助工作会议召开\n"
        "县委书记在会上提出的“民生保障年”要求，县民政局要抓好落实。"
    )
    promotes = relations(text, "PROMOTES", place="米脂县", province="陕西省")
    assert not any(agency in ("米脂县委", "县委") for agency, _ in promotes)


def test_a_county_leader_in_a_page_that_never_names_its_county_serves_the_county_government_it_names():
    text = (
        "县政府召开全县民政工作会议\n"
        "3月11日，县政府召开全县民政工作会议。副县长李红梅指出，要突出重点，强化落实。"
    )
    posts = relations(text, "HOLDS_POST")
    assert ("李红梅", "县政府") in posts


def test_a_county_leader_in_a_named_county_keeps_the_named_government():  # negative: no bare body used
    text = (
        "米脂县召开全县民政工作会议\n"
        "3月11日，县政府召开全县民政工作会议。副县长李红梅指出，要突出重点，强化落实。"
    )
    posts = relations(text, "HOLDS_POST", place="米脂县", province="陕西省")
    assert ("李红梅", "米脂县人民政府") in posts and ("李红梅", "县政府") not in posts
