"""HOLDS_POST, SPOKE_AT and PILOTED_IN classes helper rels12 fixed (issue 11), on invented documents (fixtures
written for these tests in the style of 民政 news, not corpus text), each with a negative:

- a 秘书长 / 副秘书长 written with no body: the government whose leader the sentence names, or of the place
  written before the title; a body named earlier in the title's own clause (区政协领导…及秘书长);
- speech forms the rules had not read: 作重要讲话 / 发表重要讲话, a work report with a long name
  (作全市城乡社区治理工作报告), a 会上 clause that lists what the talk covered at length before its verb;
- places after a program with an adverb of time before 在 (“时间银行”正在甲、乙等地试点) or written after their city
  (在泰州海陵区、高港区启动).
"""
from __future__ import annotations

from kg.evaluate import predicted_relations
from loaders import load_text
from loaders.types import DocumentInfo


def relations(text: str, kind: str, **info) -> set[tuple[str, str]]:
    found = predicted_relations(load_text(text, "t.txt", DocumentInfo("t.txt", **info)))
    return {(source, target) for relation, source, target in found if relation == kind}


def sited(text: str, site: str, program_start: str = "", **info) -> bool:
    """Whether some program starting with ``program_start`` is PILOTED_IN ``site``."""
    return any(place == site and program.startswith(program_start)
               for program, place in relations(text, "PILOTED_IN", **info))


def edges_with_provenance(text: str, kind: str, **info) -> list:
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", **info))
    return [edge for edge in fragment.edges if edge.type == kind]


# --- HOLDS_POST: a secretary-general with the body elided -------------------------------------------------

def test_a_deputy_secretary_general_beside_a_vice_mayor_serves_the_city_government():
    text = "3月5日上午，周立新副市长、钱海涛副秘书长一行到市民政局调研养老服务工作。"
    found = relations(text, "HOLDS_POST", place="嘉兴市", province="浙江省")
    assert ("钱海涛", "嘉兴市人民政府") in found
    assert ("周立新", "嘉兴市人民政府") in found


def test_the_edge_keeps_its_provenance():
    text = "3月5日上午，周立新副市长、钱海涛副秘书长一行到市民政局调研养老服务工作。"
    edges = edges_with_provenance(text, "HOLDS_POST", place="嘉兴市", province="浙江省")
    secretary = [e for e in edges if e.source.endswith("钱海涛")]
    assert secretary and secretary[0].provenance.sentence_index == 0
    assert secretary[0].provenance.method == "rule"
    assert text[secretary[0].provenance.start:secretary[0].provenance.end] == "钱海涛"
    assert secretary[0].properties["title"] == "副秘书长"


def test_a_chairing_deputy_secretary_general_in_a_later_clause_of_the_mayors_sentence():
    text = "会上，李红梅副市长出席会议并讲话，陈志远副秘书长主持会议并通报全市养老服务工作情况。"
    assert ("陈志远", "绍兴市人民政府") in relations(text, "HOLDS_POST", place="绍兴市", province="浙江省")


def test_the_place_written_before_the_title_names_the_government():
    text = "10月9日，湖北省宜昌市副秘书长郑国庆带队的考察组一行来我县考察社会救助工作。"
    assert ("郑国庆", "宜昌市人民政府") in relations(text, "HOLDS_POST", place="秭归县", province="湖北省")


def test_a_committees_secretary_general_listed_under_its_body_is_the_committees():
    text = "区政协主席王建华主持会议，副区长刘芳应邀出席，区政协领导张明、赵磊及秘书长孙立伟参加会议。"
    found = relations(text, "HOLDS_POST", place="宜秀区", province="安徽省")
    assert not any(person == "孙立伟" and body.endswith("人民政府") for person, body in found)


def test_negative_a_secretary_general_with_no_government_leader_near_gets_no_body():
    text = "市慈善总会召开理事会，秘书长孙立伟通报了上半年募捐情况。"
    found = relations(text, "HOLDS_POST", place="宣城市", province="安徽省")
    assert not any(person == "孙立伟" and body.endswith("人民政府") for person, body in found)


def test_negative_an_association_entry_in_a_long_attendance_list_is_not_an_earlier_bodys():
    text = ("出席会议的还包括：社工局梁某副局长、社会保障基金陈佩玲顾问、街坊会联合总会吴小丽理事长、"
            "仁慈堂卢嘉仪秘书长。副市长李伟出席。")
    found = relations(text, "HOLDS_POST", place="澳门特别行政区", province="澳门特别行政区")
    assert not any(person == "卢嘉仪" for person, _ in found)


# --- SPOKE_AT: speech forms ----------------------------------------------------------------------------

def test_giving_an_important_speech_is_speaking_at_the_meeting():
    text = ("金安区召开2024年全区民政工作会议\n"
            "4月20日下午，金安区民政局组织召开2024年全区民政工作会议，区人大常委会副主任王德明出席会议并作重要讲话。")
    assert ("王德明", "2024年全区民政工作会议") in relations(text, "SPOKE_AT", place="金安区", province="安徽省")


def test_a_work_report_with_a_long_name_is_a_speech():
    text = ("全省城乡社区治理现场推进会议在梅河口市召开\n"
            "9月20日，全省城乡社区治理现场推进会议在梅河口市召开，省民政厅厅长刘建国作全省城乡社区治理工作报告。")
    found = relations(text, "SPOKE_AT", place="吉林省", province="吉林省")
    assert ("刘建国", "全省城乡社区治理现场推进会议") in found


def test_a_long_topic_before_the_speech_verb_after_hui_shang():
    text = ("六安市召开居家养老服务试点工作动员会\n"
            "6月3日，市政府召开居家养老服务试点工作动员会。"
            "会上，周新华局长就试点背景、我市人口老龄化现状、养老服务发展现状及《居家养老服务试点工作方案》等内容进行了详细解读。")
    found = relations(text, "SPOKE_AT", place="六安市", province="安徽省")
    assert ("周新华", "居家养老服务试点工作动员会") in found


def test_negative_a_cited_important_speech_is_not_given_here():
    text = ("金安区召开2024年全区民政工作会议\n"
            "4月20日下午，金安区民政局组织召开2024年全区民政工作会议。区民政局局长王德明传达学习习近平总书记重要讲话精神。")
    assert ("王德明", "2024年全区民政工作会议") not in relations(text, "SPOKE_AT", place="金安区", province="安徽省")


def test_negative_hearing_a_long_report_at_the_meeting_is_not_speaking():
    text = ("六安市召开居家养老服务试点工作动员会\n"
            "6月3日，市政府召开居家养老服务试点工作动员会。"
            "会上，周新华局长听取了各县区关于试点背景、人口老龄化现状、养老服务设施建设和运营等内容的详细汇报。")
    assert ("周新华", "居家养老服务试点工作动员会") not in relations(text, "SPOKE_AT", place="六安市", province="安徽省")


# --- PILOTED_IN: places after the program ----------------------------------------------------------------

def test_places_after_an_adverb_of_time_and_zai_are_pilot_sites():
    text = "作为一种互助养老模式，“时间银行”正在北京、青岛、长沙、成都等地试点推行。"
    found = relations(text, "PILOTED_IN", place="长沙市", province="湖南省")
    assert {("时间银行", p) for p in ("北京市", "青岛市", "长沙市", "成都市")} <= found


def test_a_district_written_after_its_city_after_zai_is_a_site():
    text = "1月30日，“千社联动·幸福童享”新春关爱行动在泰州海陵区、高港区、姜堰区正式启动。"
    found = {place for program, place in relations(text, "PILOTED_IN", place="泰州市", province="江苏省")
             if program.startswith("千社联动")}
    assert {"海陵区", "高港区", "姜堰区"} <= found
    assert "泰州市" not in found  # the city only locates its districts


def test_negative_places_after_the_program_in_another_frame_are_not_sites():
    text = "“时间银行”正式上线后，北京、青岛等地的志愿者纷纷注册。"
    assert not relations(text, "PILOTED_IN", place="长沙市", province="湖南省")


# --- PILOTED_IN: a province in a program's name names its launcher ---------------------------------------

def test_a_province_in_a_programs_name_is_not_its_site():
    text = "四川省民政厅召开慈善工作座谈会。\n四川慈善福彩帮困助学、栋梁工程、暖冬关爱、集善四川等慈善扶贫项目整合了爱心企业资源。"
    assert not sited(text, "四川省", place="四川省", province="四川省")


def test_a_province_wide_designation_is_sited_in_its_province():
    text = "全力支持海南自由贸易试验区建设，推动民政领域改革先行先试。"
    assert sited(text, "海南省", "海南自由贸易试验区", place="海南省", province="海南省")


def test_negative_a_county_in_a_programs_name_is_still_its_site():
    text = "推进站前区春天养老院扩建工程，年内完成主体建设。"
    assert sited(text, "站前区", place="营口市", province="辽宁省")


# --- PILOTED_IN: a place that opens the sentence with a stance carries out the program it goes on to name ---

def test_a_place_taking_a_stance_carries_out_the_program_later_in_its_sentence():
    text = "近年来，梅河口市瞄准目标，探索形成了“一网统管、双向服务”治理新路，基层治理效能明显提升。"
    assert sited(text, "梅河口市", "一网统管", place="通化市", province="吉林省")


def test_a_place_building_on_its_strengths_carries_out_the_pilot():
    text = "德兴市立足大救助体系优势，以“两项政策”衔接并轨全国试点为契机，构建救助新格局。"
    assert sited(text, "德兴市", "两项政策", place="上饶市", province="江西省")


def test_negative_a_place_that_does_not_open_the_sentence_does_not_carry_it_out():
    text = "会议要求学习梅河口市瞄准目标的做法，探索形成“一网统管、双向服务”治理新路。"
    assert not sited(text, "梅河口市", place="通化市", province="吉林省")


def test_negative_a_deputy_reviewing_the_work_report_is_not_speaking():
    # review of stop 21: 作为…审议…工作报告 was read as 作…工作报告 (a speech)
    from loaders.relate import spoke_at

    assert not spoke_at("作为人大代表审议政府工作报告。")
    assert not spoke_at("作为列席代表听取了政府工作报告")
    assert spoke_at("作全省城乡社区治理工作报告。")
