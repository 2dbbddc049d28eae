"""Who runs what, who holds which post, on invented sentences (fixtures written for these tests, not corpus text).

Classes of helper rels7 (issue 11), each with a positive case and a negative one:

* PROMOTES: a body the page opens with as a visitor (省民政厅厅长…带领调研组到我市 / 民政部部长…率队到某省调研) is
  a guest of the page, not its issuer: it does not run the work of the visited place the page calls its own
  (调研我市…平台建设等情况) nor what a leader of another body speaks of (省委书记…说，…深入实施…行动); what
  the visit itself carries out (来我市开展“…”主题调研活动) stays its own (loaders/relate.py ``visiting``,
  ``visited_scope``);
* PROMOTES: on such a visit, the visited place's work is run by its host, the place's civil-affairs bureau the
  text names (调研组先后到…市民政局，实地调研我市…平台建设等情况); with no such bureau named, no host is
  invented (loaders/relate.py ``visit_host``);
* PROMOTES: a leader's report on or requirement about a program (听取了…副市长对我市“…”工作情况的汇报 / …就…
  试点建设提出相关要求), also when the leader is named again later by name alone: the leader's body runs it; a
  leader who only attends does not (loaders/relate.py ``leaders_requirement``, ``later_person_mentions``);
* PROMOTES: a body the metadata files the page under that the text names in no form (no body of its kind, no
  leader of it, no 我局) runs nothing the text names, as the dev gold has it; a text that names it, even bare
  (区民政局, 民政厅) or through its leader's post (区长), still gives it its programs (loaders/relate.py
  ``unnamed_issuer``).
"""
from __future__ import annotations

from kg.evaluate import predicted_relations
from loaders import load_text
from loaders.types import DocumentInfo


def relations(text: str, kind: str, **info) -> set[tuple[str, str]]:
    document = DocumentInfo("t.txt", **info) if info else None
    return {(source, target) for k, source, target in predicted_relations(load_text(text, "t.txt", document)) if k == kind}


_VISIT = (
    "10日至11日，省民政厅厅长周立新带领调研组到我市，就养老服务、社会救助等工作开展调研。"
    "调研组先后到市社会福利院、市救助站、市民政局，实地调研我市养老服务体系建设、“智慧民政”综合平台建设等情况。"
    "调研组要求，要加强省市联动，在“长者饭堂”等方面共同探索可持续发展之路。"
)


def test_a_visiting_body_does_not_run_the_visited_citys_own_work():  # negative
    promotes = relations(_VISIT, "PROMOTES", place="韶关市", province="广东省", issuing_body="韶关市（韶关日报报道）")
    assert not any(program.startswith("智慧民政") for body, program in promotes if body == "广东省民政厅")


def test_a_visiting_body_still_runs_what_it_asks_for_and_its_visits_own_activity():
    promotes = relations(_VISIT, "PROMOTES", place="韶关市", province="广东省", issuing_body="韶关市（韶关日报报道）")
    assert ("广东省民政厅", "长者饭堂") in promotes
    text = (
        "5月8日，省民政厅副厅长李明带领社会救助处处长王刚等一行4人，来我市开展“我为群众办实事”主题调研活动，"
        "市民政局局长赵强陪同调研。"
    )
    promotes = relations(text, "PROMOTES", place="鹤岗市", province="黑龙江省", issuing_body="鹤岗市（新闻转载）")
    assert ("黑龙江省民政厅", "我为群众办实事") in promotes


def test_a_visitor_does_not_run_what_a_host_leader_says_the_province_carries_out():
    text = (
        "民政部部长王平率队到某省调研 省委书记张华与调研组座谈\n"
        "8月3日至5日，民政部部长王平率队到我省调研民政工作。省委书记张华与王平一行座谈。"
        "张华说，近年来，我省深入实施“乡村振兴五大行动”，民生保障水平持续提升。"
    )
    promotes = relations(text, "PROMOTES", place="贵州省", province="贵州省", issuing_body="贵州省（贵州日报报道）")
    assert ("民政部", "乡村振兴五大行动") not in promotes
    assert ("贵州省委", "乡村振兴五大行动") in promotes


def test_a_convening_bureau_guessed_from_the_opening_still_runs_its_citys_work():  # negative: not a visit
    text = (
        "市民政局召开全市养老服务推进会\n"
        "4月2日，市民政局召开全市养老服务推进会。会议指出，我市将深入推进“幸福食堂”建设。"
    )
    promotes = relations(text, "PROMOTES", place="韶关市", province="广东省", issuing_body="韶关市（韶关日报报道）")
    assert ("韶关市民政局", "幸福食堂") in promotes


_DISTRICT_MEETING = (
    "全县民政工作会召开\n"
    "3月12日，全县民政工作会召开。县委常委、副县长刘明出席并讲话。"
    "会议指出，2024年全县建成“幸福小院”12个，殡葬综合监管试点工作获得表彰。"
)


def test_a_metadata_issuer_the_text_never_names_runs_nothing():  # negative
    promotes = relations(_DISTRICT_MEETING, "PROMOTES", place="城口县", province="重庆市", issuing_body="重庆市城口县民政局")
    assert not any(body.endswith("民政局") for body, _ in promotes)  # the same text with 县民政局 gives it (below)


def test_a_metadata_issuer_the_text_names_bare_still_runs_its_programs():
    text = _DISTRICT_MEETING.replace("会议指出，", "县民政局负责人指出，")
    promotes = relations(text, "PROMOTES", place="城口县", province="重庆市", issuing_body="重庆市城口县民政局")
    assert any(body.endswith("城口县民政局") and program == "幸福小院" for body, program in promotes)


def test_the_visited_citys_work_is_run_by_the_host_bureau_the_text_names():
    promotes = relations(_VISIT, "PROMOTES", place="韶关市", province="广东省", issuing_body="韶关市（韶关日报报道）")
    assert any(body == "韶关市民政局" and program.startswith("智慧民政") for body, program in promotes)


def test_no_host_bureau_is_invented_when_the_text_names_none():  # negative
    text = _VISIT.replace("、市民政局", "")
    promotes = relations(text, "PROMOTES", place="韶关市", province="广东省", issuing_body="韶关市（韶关日报报道）")
    assert not any(body == "韶关市民政局" for body, _ in promotes)


def test_a_vice_mayors_report_on_the_citys_program_is_the_governments():
    text = (
        "宁远市民政局副局长林某一行莅临我市调研\n"
        "4月15日，宁远市民政局副局长林某一行到我市调研指导工作。"
        "调研组听取了陈某副市长对我市“幸福家园”工程及灾后重建小区管理工作情况的汇报。"
    )
    promotes = relations(text, "PROMOTES", place="福安市", province="福建省", issuing_body="福安市（新闻报道）")
    assert any(body == "福安市人民政府" and program.startswith("幸福家园") for body, program in promotes)


def test_a_leader_named_again_who_sets_requirements_on_a_program_runs_it():
    text = (
        "副省长王某来我厅调研\n"
        "5月3日，副省长王某带队来我厅调研，厅长李某参加。"
        "会上，王某在肯定工作成绩的同时也就“智慧养老”平台建设、低保提标等工作提出相关要求。"
    )
    promotes = relations(text, "PROMOTES", place="江苏省", province="江苏省", issuing_body="江苏省民政厅")
    assert any(body == "江苏省人民政府" and program.startswith("智慧养老") for body, program in promotes)


def test_a_leader_who_only_attends_runs_nothing():  # negative
    text = (
        "副省长王某来我厅调研\n"
        "5月3日，副省长王某带队来我厅调研，厅长李某参加。"
        "会上，王某听取了“智慧养老”平台建设情况。"
    )
    promotes = relations(text, "PROMOTES", place="江苏省", province="江苏省", issuing_body="江苏省民政厅")
    assert not any(body == "江苏省人民政府" and program.startswith("智慧养老") for body, program in promotes)


# A notice, plan or regulation is written by its issuer: it runs the programs it sets out even when its text never
# names it (各设区市民政局：…现就有关要求通知如下). Invented notice text.
_NOTICE = ("各设区市民政局：\n当前即将进入寒冷季节，为确保困难群众温暖过冬，从即日起启动“暖冬守护”专项救助行动。"
           "现就有关要求通知如下：各地要结合实际，扎实开展“暖冬守护”专项救助行动。")


def _promotes_as(title: str, doc_kind: str, text: str = _NOTICE) -> set[tuple[str, str]]:
    info = DocumentInfo("t.txt", place="江苏省", province="江苏省", issuing_body="江苏省民政厅", title=title, kind=doc_kind)
    return {(source, target) for k, source, target in predicted_relations(load_text(text, "t.txt", info))
            if k == "PROMOTES"}


def test_a_notices_unnamed_issuer_runs_its_programs():
    promotes = _promotes_as("关于做好“暖冬守护”专项救助行动的通知", "notice")
    assert ("江苏省民政厅", "暖冬守护专项救助行动") in promotes


def test_the_same_text_as_news_from_an_unnamed_issuer_runs_nothing():  # negative
    # news that names another body (the provincial government) and never its publisher
    promotes = _promotes_as("全省启动暖冬守护专项救助行动", "news", "江苏省人民政府召开专题会议。" + _NOTICE)
    assert not any(body == "江苏省民政厅" for body, _ in promotes)


def test_a_page_that_names_no_body_at_all_is_its_issuers_own():
    # a bureau's own news of its year (no 民政局, no leader, no other body named): the issuer runs what it reports
    text = ("2024年，全市民政系统以民生温度标注幸福刻度。办好特色婚姻登记场所实事，创新“婚登+”融合发展，"
            "全年新增“童心相伴”关爱项目服务困境儿童1200人次。")
    info = DocumentInfo("t.txt", place="重庆市", province="重庆市", issuing_body="重庆市民政局",
                        title="六件实事落地，民政为群众幸福加码", kind="news")
    promotes = {(s, t) for k, s, t in predicted_relations(load_text(text, "t.txt", info)) if k == "PROMOTES"}
    assert ("重庆市民政局", "童心相伴") in promotes
