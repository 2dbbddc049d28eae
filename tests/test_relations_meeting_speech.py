"""Meeting and speech relations on invented sentences (fixtures written for these tests, not corpus text).

Four classes of ``loaders/relate.py`` (helper rels5, issue 11), each with a positive case and a negative one:

* HELD_IN: a meeting held in the premises of the document's own government, party committee or bureau, written
  with a bare level word (在县政府四楼召开, 在区机关会议室召开), is held in the document's place of that level;
* ORGANIZED_BY: bodies joined by 与/和/、 at the opening of a meeting's name convene it together;
* PROMOTES: a leader named again by name alone (雷立新在批示中指出) goes on speaking in the next sentences, also
  after a short phrase of time (新时代新征程，要…), so the leader's body runs the programs named there;
* PROMOTES: names in a coordinated list closed by a requirement (按照A和B要求) are directives the issuer follows,
  not programs it runs.
"""
from __future__ import annotations

from kg.evaluate import predicted_relations
from loaders import load_text
from loaders.types import DocumentInfo


def relations(text: str, kind: str, **info) -> set[tuple[str, str]]:
    document = DocumentInfo("t.txt", **info) if info else None
    return {(source, target) for k, source, target in predicted_relations(load_text(text, "t.txt", document)) if k == kind}


def test_a_meeting_in_the_countys_own_government_building_is_held_in_the_county():
    text = (
        "全县养老服务工作推进会召开\n"
        "3月8日在县政府三楼会议室召开全县养老服务工作推进会，副县长李明出席会议并讲话。"
        "安化县民政局局长王刚作工作报告。"
    )
    held = relations(text, "HELD_IN", place="安化县", province="湖南省")
    assert any(meeting.endswith("推进会") and place == "安化县" for meeting, place in held)


def test_a_meeting_in_the_citys_party_school_is_not_held_in_the_county():  # negative
    text = (
        "安化县民政局参加全市民政业务培训班\n"
        "3月8日在市委党校召开全市民政业务培训班，安化县民政局局长王刚参加培训。"
    )
    held = relations(text, "HELD_IN", place="安化县", province="湖南省")
    assert not any(place == "安化县" for _, place in held)


def test_two_bodies_joined_at_the_opening_of_a_meetings_name_both_convene_it():
    text = "5月6日，民政部与自治区政府养老服务合作会商会议在银川召开。宁夏回族自治区主席张华出席会议并讲话。"
    organized = relations(text, "ORGANIZED_BY", place="银川市", province="宁夏回族自治区")
    bodies = {agency for meeting, agency in organized if "会商会议" in meeting}
    assert "民政部" in bodies and "宁夏回族自治区人民政府" in bodies


def test_a_body_that_is_the_subject_matter_of_a_meetings_name_does_not_convene_it():  # negative
    from loaders.relate import bodies_in_meeting_name
    from loaders.types import Mention

    surface = "自治区民政厅贯彻民政部部署推进会"
    meeting = Mention("Meeting", surface, surface, 0, 0, len(surface), {})
    own = Mention("Agency", "宁夏回族自治区民政厅", "自治区民政厅", 0, 0, 6, {})
    cited = Mention("Agency", "民政部", "民政部", 0, 8, 11, {})
    assert [a.name for a in bodies_in_meeting_name(meeting, [meeting, cited, own], {})] == ["宁夏回族自治区民政厅"]


def test_a_leaders_instruction_goes_on_after_a_phrase_of_time():
    text = (
        "全县民政工作会议召开\n"
        "6月3日，全县民政工作会议召开。县委书记赵国强作出批示，副县长孙丽出席会议并讲话。\n"
        "赵国强在批示中指出，近年来全县民政工作成效明显。新时代新征程，要深入推进“暖心敬老”行动，兜牢民生底线。"
    )
    found = relations(text, "PROMOTES", place="永登县", province="甘肃省")
    assert any(agency == "永登县委" and "暖心敬老" in program for agency, program in found)


def test_the_meetings_own_words_do_not_go_on_with_the_leaders_speech():  # negative
    text = (
        "全县民政工作会议召开\n"
        "6月3日，全县民政工作会议召开。县委书记赵国强作出批示，副县长孙丽出席会议并讲话。\n"
        "赵国强在批示中指出，近年来全县民政工作成效明显。会议强调，要深入推进“暖心敬老”行动，兜牢民生底线。"
    )
    found = relations(text, "PROMOTES", place="永登县", province="甘肃省")
    assert not any(agency == "永登县委" and "暖心敬老" in program for agency, program in found)


def test_each_name_of_a_coordinated_list_of_directives_is_followed_not_run():
    text = (
        "晋中市民政局召开养老服务工作推进会\n"
        "晋中市民政局召开养老服务工作推进会。会议强调，各县区要按照山西民政“1355”行动计划和全市“双提双争”活动要求，"
        "扎实推进“幸福食堂”建设。"
    )
    found = relations(text, "PROMOTES", place="晋中市", province="山西省", issuing_body="晋中市民政局")
    assert not any(agency == "晋中市民政局" and "1355" in program for agency, program in found)
    assert any(agency == "晋中市民政局" and "幸福食堂" in program for agency, program in found)


def test_a_coordinated_list_the_issuer_carries_out_stays_its_own():  # negative
    text = (
        "晋中市民政局2024年工作要点\n"
        "一、落实“幸福食堂”和“银龄互助”建设任务，提升农村养老服务水平。"
    )
    found = relations(text, "PROMOTES", place="晋中市", province="山西省", issuing_body="晋中市民政局")
    assert any(agency == "晋中市民政局" and "幸福食堂" in program for agency, program in found)


def test_a_province_that_only_qualifies_a_plans_name_launched_it_and_is_no_pilot_site():
    text = (
        "宝鸡市民政局召开社会救助工作推进会\n"
        "会议要求，各县区要对照陕西民政事业高质量发展“2345”行动计划，扎实做好社会救助工作。"
    )
    piloted = relations(text, "PILOTED_IN", place="宝鸡市", province="陕西省", issuing_body="宝鸡市民政局")
    assert not any("2345" in program and place == "陕西省" for program, place in piloted)


def test_a_province_that_builds_a_designation_is_where_it_is_carried_out():  # negative
    text = (
        "陕西省民政厅2024年工作要点\n"
        "一、陕西省民政领域推进“社会救助综合改革示范区”建设，完善分层分类救助体系。"
    )
    piloted = relations(text, "PILOTED_IN", place="陕西省", province="陕西省", issuing_body="陕西省民政厅")
    assert any("示范区" in program and place == "陕西省" for program, place in piloted)


def test_a_goal_the_plans_closing_clause_contributes_to_is_not_run_by_the_issuer():
    text = (
        "宝鸡市民政局2024年工作要点\n"
        "2024年，全市民政工作要坚持稳中求进，为宝鸡“幸福宝鸡”建设谱写新篇章贡献更多民政力量。"
    )
    info = dict(place="宝鸡市", province="陕西省", issuing_body="宝鸡市民政局")
    # the vision the work contributes to is no program at all (progs11: the gold of 4 pool pages lists none), so
    # the model may not add it either (stop 19); whatever is found, the issuer runs no such name
    programs = {n.name for n in load_text(text, "t.txt", DocumentInfo("t.txt", **info)).all_nodes() if n.label == "Program"}
    assert "幸福宝鸡" not in programs
    found = relations(text, "PROMOTES", **info)
    assert not any(agency == "宝鸡市民政局" and "幸福宝鸡" in program for agency, program in found)


def test_a_service_the_issuer_provides_for_someone_stays_its_own():  # negative
    text = (
        "宝鸡市民政局2024年工作要点\n"
        "一、深入实施“助餐上门”行动，为困难老人提供“助餐上门”服务，提升老年人获得感。"
    )
    found = relations(text, "PROMOTES", place="宝鸡市", province="陕西省", issuing_body="宝鸡市民政局")
    assert any(agency == "宝鸡市民政局" and "助餐上门" in program for agency, program in found)


def test_a_speech_cited_with_its_meeting_is_spoken_there():
    text = (
        "全市民政工作座谈会召开\n"
        "会议传达学习了省民政厅厅长周建华同志《在全省民政工作会议上的工作报告》，"
        "并深入学习贯彻习近平总书记在参加十四届全国人大二次会议广西代表团审议时的重要讲话精神。"
    )
    spoke = relations(text, "SPOKE_AT", place="柳州市", province="广西壮族自治区")
    assert any(person == "周建华" and "全省民政工作会议" in meeting for person, meeting in spoke)
    assert ("习近平", "十四届全国人大二次会议") in spoke


def test_a_leader_who_writes_an_instruction_on_the_report_does_not_speak_at_the_meeting():  # negative
    text = (
        "2024年全省民政工作会议召开\n"
        "在2024年全省民政工作会议召开之前，李建国省长在省民政厅厅长周建华同志《在全省民政工作会议上的工作报告》上作出重要批示。\n"
        "李建国省长指出，过去一年全省民政工作成效明显。"
    )
    spoke = relations(text, "SPOKE_AT", place="广西壮族自治区", province="广西壮族自治区")
    assert not any(person == "李建国" for person, _ in spoke)
    assert any(person == "周建华" for person, _ in spoke)


def test_a_chair_who_sums_up_the_meeting_speaks_at_it():
    text = "2024年全区养老服务工作推进会召开。自治区民政厅厅长周建华主持会议并作简要总结。"
    info = dict(place="广西壮族自治区", province="广西壮族自治区")
    assert any(person == "周建华" for person, _ in relations(text, "SPOKE_AT", **info))


def test_a_leader_who_hears_a_work_summary_does_not_speak():  # negative
    text = "2024年全区养老服务工作推进会召开。自治区民政厅厅长周建华听取了各市年度工作总结。"
    info = dict(place="广西壮族自治区", province="广西壮族自治区")
    assert not any(person == "周建华" for person, _ in relations(text, "SPOKE_AT", **info))


def test_a_goal_a_continued_speech_serves_is_not_run_by_the_speakers_body():
    text = (
        "全市民政工作会议召开\n"
        "3月1日，全市民政工作会议召开，副市长钱伟出席会议并讲话。\n"
        "今年是关键之年。钱伟表示，全市民政系统要认清形势。各级民政部门要完善养老服务体系，"
        "为我市“幸福宝鸡”建设作出新的更大贡献。"
    )
    info = dict(place="宝鸡市", province="陕西省")
    programs = {n.name for n in load_text(text, "t.txt", DocumentInfo("t.txt", **info)).all_nodes() if n.label == "Program"}
    assert "幸福宝鸡" not in programs  # a vision, no program (see above)
    assert not any("幸福宝鸡" in program for _, program in relations(text, "PROMOTES", **info))


def test_a_leader_named_again_alone_runs_what_the_same_sentence_pushes():
    text = (
        "全县民政工作会议召开\n"
        "3月1日，全县民政工作会议召开，副县长钱伟出席会议。\n"
        "会议总结了去年工作。钱伟强调，要加快推进“银龄互助”行动，兜牢民生底线。"
    )
    found = relations(text, "PROMOTES", place="眉县", province="陕西省")
    assert any(agency == "眉县人民政府" and "银龄互助" in program for agency, program in found)


def test_a_name_that_opens_a_sentence_without_speaking_runs_nothing():  # negative
    text = (
        "全县民政工作会议召开\n"
        "3月1日，全县民政工作会议召开，副县长钱伟出席会议。\n"
        "会议总结了去年工作。钱伟等参观了“银龄互助”行动展板。"
    )
    found = relations(text, "PROMOTES", place="眉县", province="陕西省")
    assert not any(agency == "眉县人民政府" and "银龄互助" in program for agency, program in found)
