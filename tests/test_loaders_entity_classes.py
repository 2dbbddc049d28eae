"""Rule classes of issue 10 for meetings, agencies, programs and places, on invented sentences.

Every sentence here is written for the test (phrased after real 民政 pages, none copied);
each class has a positive and a negative case.
"""
from __future__ import annotations

from loaders.meetings import extract_meetings
from loaders.types import DocumentInfo, Sentence


def _meetings(text: str, info: DocumentInfo | None = None) -> list[str]:
    return [m.name for m in extract_meetings([Sentence(0, text, 0, len(text))], info or DocumentInfo("t"))]


# --- meetings ---------------------------------------------------------------

def test_a_meeting_name_is_never_a_clause():
    names = _meetings("会议要求，全县民政系统要以习近平新时代中国特色社会主义思想和第十五次全国民政会议为指导，抓好落实。")
    assert names == ["第十五次全国民政会议"]
    assert _meetings("全市民政干部要将学习贯彻全省民政工作会议精神作为当前首要任务。") == ["全省民政工作会议"]


def test_a_plain_scoped_meeting_is_kept_whole():  # negative: nothing to cut
    assert _meetings("3月2日，2024年全市民政工作会议在市行政中心召开。") == ["2024年全市民政工作会议"]


def test_coordinated_meeting_names_are_split():
    assert _meetings("贯彻落实第十五次全国、全省民政会议精神。") == ["第十五次全国民政会议", "全省民政会议"]
    assert _meetings("按照全国、全省和全市民政会议的部署。") == ["全国民政会议", "全省民政会议", "全市民政会议"]


def test_a_single_scope_is_not_split():  # negative
    assert _meetings("传达第十五次全国民政会议精神。") == ["第十五次全国民政会议"]


def test_congress_and_standing_committee_sessions():
    text = "根据2018年12月29日第十三届全国人民代表大会常务委员会第七次会议《关于修改〈老年人权益保障法〉的决定》修正。"
    assert _meetings(text) == ["第十三届全国人民代表大会常务委员会第七次会议"]
    assert _meetings("经省十四届人大常委会第五次会议审议通过。") == ["省十四届人大常委会第五次会议"]


def test_a_congress_without_a_session_is_not_a_session():  # negative
    assert "第十三届全国人民代表大会" not in _meetings("第十三届全国人民代表大会代表名额分配方案公布。")


def test_party_group_enlarged_meetings():
    assert _meetings("1月8日下午，厅党组召开党组扩大会议，传达学习部长讲话精神。") == ["党组扩大会议"]
    assert _meetings("市民政局党组扩大会议研究了年度重点工作。") == ["市民政局党组扩大会议"]


def test_a_party_group_without_a_meeting_is_no_meeting():  # negative
    assert _meetings("局党组高度重视养老服务工作。") == []


def test_a_quoted_meeting_name_is_taken_whole():
    text = "民政部决定召开“全国实施《社会救助条例》座谈暨救助服务视频会议”，现将有关事项通知如下。"
    assert _meetings(text) == ["全国实施社会救助条例座谈暨救助服务视频会议"]


def test_a_meeting_in_corner_brackets_is_taken_whole():  # Taiwan and Hong Kong texts
    assert _meetings("北区三民里今晚举办「三民里中秋敬老暨社区防灾联欢晚会」，区长到场。") == ["三民里中秋敬老暨社区防灾联欢晚会"]


def test_a_quoted_slogan_is_no_meeting():  # negative
    assert _meetings("开展“民政为民、民政爱民”主题活动。") == []


def test_bodies_name_their_own_meetings():
    assert _meetings("落实全国民政工作会议、省委经济工作会议精神。") == ["全国民政工作会议", "省委经济工作会议"]
    assert _meetings("厅长在参加民政部对口支援工作调研座谈会后赴州调研。") == ["民政部对口支援工作调研座谈会"]


def test_a_body_convening_is_not_part_of_the_name():  # negative
    assert "民政部有关视频会议" not in _meetings("参加民政部有关视频会议。")


def test_a_joined_meeting_keeps_a_year_after_ji():
    assert _meetings("3月6日，东城区民政会议暨2025年东城区民政工作会议召开。") == ["东城区民政会议暨2025年东城区民政工作会议"]


# --- agencies ---------------------------------------------------------------
def test_a_themed_meeting_a_body_convenes_is_named_without_a_scope():
    # invented: a bureau convenes a meeting whose theme is quoted, and a study session for its own system
    assert "践行“两山”理念助力共同富裕专题座谈会".replace("“", "").replace("”", "") in _meetings(
        "6月3日，湖州市民政局召开践行“两山”理念助力共同富裕专题座谈会。")
    found = _meetings("11月5日，市民政局举办局系统党员干部学习贯彻党的二十届三中全会精神宣讲报告会。")
    assert "局系统党员干部学习贯彻党的二十届三中全会精神宣讲报告会" in found
    assert "党的二十届三中全会" in found  # the plenum studied stays a meeting of its own


def test_an_unthemed_meeting_a_body_convenes_is_no_name():  # negative
    assert _meetings("6月3日，湖州市民政局召开党组会议，研究部署下半年工作。") == []


def test_a_ceremony_under_a_quoted_brand_is_a_meeting():
    # invented: a launch ceremony named by its quoted brand, and a talk a bureau holds 在…举行
    assert "银龄同行助老志愿服务活动启动仪式" in _meetings("5月8日，“银龄同行”助老志愿服务活动启动仪式在吴兴区举行。")
    assert "民政系统先进典型事迹报告会" in _meetings("7月1日，湖州市民政局在市民中心举行了民政系统先进典型事迹报告会。")


def test_a_quoted_brand_with_no_event_word_is_no_meeting():  # negative
    assert _meetings("5月8日，吴兴区启动“银龄同行”助老志愿服务活动。") == []


from loaders.agencies import extract_agencies  # noqa: E402


def _agencies(text: str, info: DocumentInfo) -> list[str]:
    return [m.name for m in extract_agencies([Sentence(0, text, 0, len(text))], info)]


_CITY = DocumentInfo("t", title="市民政局关于表彰先进的决定", issuing_body="宁波市民政局", place="宁波市", province="浙江省")


def test_abbreviated_bodies_get_their_full_name():
    names = _agencies("市民政局、市人社局决定，授予市社会福利院“先进集体”称号。", _CITY)
    assert "宁波市人力资源和社会保障局" in names
    assert "咸宁市扶贫开发办公室" in _agencies("咸宁市扶贫办牵头做好兜底保障。", DocumentInfo("t", place="咸宁市", province="湖北省"))


def test_bodies_known_by_their_short_name_stay_short():  # negative
    assert _agencies("市残联、市妇联联合开展助残活动。", _CITY) == ["宁波市残联", "宁波市妇联"]


def test_units_listed_after_a_body_are_units_of_that_body():
    names = _agencies("市局办公室、规划财务处、社会救助处等部门负责同志陪同调研。", _CITY)
    assert names == ["宁波市民政局", "宁波市民政局办公室", "宁波市民政局规划财务处", "宁波市民政局社会救助处"]


def test_units_listed_bare_belong_to_the_issuing_body():
    text = "厅长出席会议，办公室、养老服务处、社会福利和慈善事业促进处主要负责同志参加会议。"
    info = DocumentInfo("t", title="全省民政视频会议召开", issuing_body="江西省民政厅", place="江西省", province="江西省")
    assert _agencies(text, info) == ["江西省民政厅办公室", "江西省民政厅养老服务处", "江西省民政厅社会福利和慈善事业促进处"]
    assert _agencies("（组织人事处、机关党委牵头）", _CITY) == ["宁波市民政局组织人事处", "宁波市民政局机关党委"]


def test_a_lone_office_word_is_no_unit():  # negative: no list, no byline, no closing word
    assert _agencies("要把办公室建设好，做到民政部门党委（党组）学习全覆盖。", _CITY) == []


def test_internal_units_from_the_lexicon_follow_their_body():
    info = DocumentInfo("t", place="河南省", province="河南省")
    assert _agencies("驻省民政厅纪检监察组加强监督。", info) == ["驻河南省民政厅纪检监察组"]


def test_an_unresolved_bare_level_body_stays_as_written():
    assert _agencies("县政府研究决定提高低保标准。", DocumentInfo("t")) == ["县政府"]


def test_a_counted_level_is_generic():  # negative: 两县政府所在镇 names no body
    assert _agencies("两县政府所在镇低保标准提高到每月365元。", DocumentInfo("t", place="本溪市", province="辽宁省")) == []
    assert _agencies("各市（州）政府、部分县政府负责同志参加会议。", DocumentInfo("t", place="四川省", province="四川省")) == []


def test_regional_bodies_from_the_lexicon():
    macau = DocumentInfo("t", place="澳门特别行政区", province="澳门特别行政区")
    assert _agencies("民政总署于每月均会举行公开会议。", macau) == ["澳门民政总署"]
    hong_kong = DocumentInfo("t", place="香港特别行政区", province="香港特别行政区")
    assert _agencies("社会福利署公布新一轮长者社区照顾服务券计划。", hong_kong) == ["香港社会福利署"]
    assert _agencies("劳工及福利局宣布增加安老服务名额。", DocumentInfo("t")) == ["香港劳工及福利局"]  # place unknown


def test_a_regional_body_name_outside_its_region_is_not_taken():  # negative
    assert _agencies("民政总署大楼前的广场", DocumentInfo("t", place="宁波市", province="浙江省")) == []


# --- programs ---------------------------------------------------------------
from loaders.programs import extract_programs  # noqa: E402


def _programs(text: str) -> list[str]:
    return [m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t"))]


def test_a_program_boundary_holds_no_verb():
    assert _programs("年内建设丽水市智慧养老综合平台，实现数据共享。") == ["丽水市智慧养老综合平台"]
    assert _programs("市民政局就全国居家和社区养老示范区试点建设作了汇报。") == ["全国居家和社区养老示范区试点"]


def test_a_clause_ending_in_a_suffix_word_is_no_program():  # negative
    assert _programs("全体党员要以实际行动践行初心使命。") == []
    assert _programs("始终在思想上政治上行动上同党中央保持高度一致。") == []
    assert _programs("无障碍设施应当符合国家无障碍设施工程建设标准。") == []


def test_slogans_from_the_lexicon_are_rejected_alone():
    assert _programs("全市民政系统坚持“强基固本”，做到“提标增效”。") == []


def test_a_slogan_named_as_an_action_is_kept():  # the context wins over the lexicon
    assert _programs("深入开展“提标增效”“强基固本”等两大行动。") == ["提标增效", "强基固本"]


def test_facility_brands_and_quoted_brands_with_their_facility():
    assert _programs("新建长者饭堂12家，打造“乐龄里”颐养之家。") == ["长者饭堂", "乐龄里颐养之家"]


def test_a_facility_kind_alone_is_a_category():  # negative
    assert _programs("全县建成农村幸福院86个。") == []


def test_top_priority_projects_take_their_subject():
    assert _programs("局党组把平安民政建设作为“一把手工程”来抓。") == ["平安民政建设一把手工程"]


def test_named_service_modes():
    assert _programs("推广“时间银行”互助养老服务模式。") == ["时间银行"]  # the quote names it (progs14)
    assert _programs("探索服务模式创新。") == []  # negative: no head, no name


def test_awards_and_paired_assistance():
    assert _programs("表彰第七届“江苏慈善奖”获奖代表，做好民政政策创新奖申报工作。") == ["江苏慈善奖", "民政政策创新奖"]
    assert _programs("深化对口援藏，推进两省对口合作。") == ["对口援藏", "对口合作"]
    assert _programs("共商对口支援工作。") == []  # the generic line of work


def test_commemorative_days_and_conference_titles_are_not_programs():  # negative
    assert _programs("开展“全国助残日”宣传，参加全国对口支援西藏工作会议。") == []


def test_quoted_names_lose_their_spaces():
    assert _programs("推出“花好月圆 缘定西湖”集体婚礼活动。") == ["花好月圆缘定西湖"]


# --- places -----------------------------------------------------------------
from loaders.pipeline import load_text  # noqa: E402
from loaders.places import extract_places  # noqa: E402


def _place_graph(text: str, info: DocumentInfo | None = None):
    fragment = load_text(text, "t.txt", info)
    places = {node.key: node for node in fragment.nodes if node.label == "Place"}
    part_of = {(edge.source, edge.target) for edge in fragment.edges if edge.type == "PART_OF"}
    return places, part_of


def test_two_places_with_one_name_are_two_nodes():
    taichung, _ = _place_graph("台中市东区区公所举办中秋联欢活动。")
    panzhihua, _ = _place_graph("攀枝花市东区民政局开展慰问活动。")
    east_taichung = [key for key, node in taichung.items() if node.name == "东区"]
    east_panzhihua = [key for key, node in panzhihua.items() if node.name == "东区"]
    assert east_taichung and east_panzhihua and east_taichung != east_panzhihua


def test_a_unique_place_keeps_its_plain_key():  # negative: no code in a key that needs none
    places, part_of = _place_graph("衢州市民政局召开全市民政工作会议。")
    assert "Place:衢州市" in places and ("Place:衢州市", "Place:浙江省") in part_of


def test_a_shared_name_without_context_gets_no_parent():
    places, part_of = _place_graph("东区民政局开展困难群众走访慰问。")
    east = [key for key, node in places.items() if node.name == "东区"]
    assert east == ["Place:东区"]
    assert not [edge for edge in part_of if edge[0] == "Place:东区"]


def test_a_shared_name_in_context_gets_its_own_parent():
    places, part_of = _place_graph("台中市东区户政事务所今天举行交接典礼。")
    assert ("Place:东区@710401", "Place:台中市") in part_of


def test_words_that_are_not_places():
    text = "推进城区养老服务设施建设，利用社区闲置用房，打造长者社区。"
    assert [m.name for m in extract_places([Sentence(0, text, 0, len(text))], DocumentInfo("t"))] == []


def test_a_real_community_is_still_a_place():  # negative of the above
    text = "在彭李街道为民社区调研养老服务。"
    assert [m.name for m in extract_places([Sentence(0, text, 0, len(text))], DocumentInfo("t"))] == ["彭李街道", "为民社区"]


# --- persons' names (posts and organisations are another helper's) ------------
from loaders.persons import extract_persons  # noqa: E402


def _persons(text: str) -> list[str]:
    return [m.name for m in extract_persons([Sentence(0, text, 0, len(text))], DocumentInfo("t"), [])]


def test_leaders_listed_without_posts():
    assert _persons("市领导赵明远、钱雅琴、孙立新出席会议。") == ["赵明远", "钱雅琴", "孙立新"]


def test_leadership_as_a_word_names_nobody():  # negative
    assert _persons("市领导高度重视民政工作。") == []


def test_people_honoured_in_a_list():
    assert _persons("决定授予冯晓梅等15名同志“全市民政系统先进个人”称号。") == ["冯晓梅"]


def test_a_name_before_a_time_or_a_career_step():
    assert _persons("市长陈立群上午在市政府主持会议。") == ["陈立群"]
    assert _persons("原主任孙宏届龄退休。") == ["孙宏"]
    assert _persons("副省长王一宏出席会议并讲话。") == ["王一宏"]


def test_a_post_before_a_common_word_is_no_name():  # negative
    assert _persons("局长办公会议研究了年度重点工作。") == []


# --- policies cited in regulations and bulletins ------------------------------
from loaders.policies import extract_policies  # noqa: E402


def _policies(text: str) -> list[str]:
    return [m.name for m in extract_policies([Sentence(0, text, 0, len(text))], DocumentInfo("t", title="某某条例"))]


def test_a_law_cites_the_constitution_and_a_bulletin_is_a_policy():
    assert _policies("第一条 为了规范社会救助，保障公民的基本生活，根据宪法，制定本条例。") == ["宪法"]
    assert _policies("省政府办公厅下发《关于2023年度全省政务公开工作考核情况的通报》。") == ["关于2023年度全省政务公开工作考核情况的通报"]


def test_the_word_constitution_in_passing_is_no_citation():  # negative
    assert _policies("坚持宪法精神，弘扬法治文化。") == []


def test_civil_affairs_institutions_after_a_place():
    info = DocumentInfo("t", place="上海市", province="上海市")
    names = _agencies("实地查看了嘉定区民政事务中心、嘉定区慈善救助物资调剂中心。", info)
    assert names == ["嘉定区民政事务中心", "嘉定区慈善救助物资调剂中心"]


def test_a_service_centre_being_built_is_no_body():  # negative
    assert _agencies("推进社区养老服务中心建设。", DocumentInfo("t", place="上海市", province="上海市")) == []


def test_coordinated_places_share_the_body():
    info = DocumentInfo("t", place="吉林省", province="吉林省")
    assert _agencies("贯彻落实吉林省、浙江省政府对口合作框架协议。", info) == ["吉林省人民政府", "浙江省人民政府"]
    taichung = DocumentInfo("t", place="台中市", province="台湾省")
    assert _agencies("台中市东区与中区户政事务所举行交接典礼。", taichung) == ["台中市东区户政事务所", "台中市中区户政事务所"]


def test_a_word_before_a_coordinator_is_no_place():  # negative
    info = DocumentInfo("t", place="吉林省", province="吉林省")
    assert _agencies("民政和省政府有关部门协同推进。", info) == ["吉林省人民政府"]


def test_a_journal_publisher_and_the_bare_bureau_leader():
    assert _agencies("参加了《中国社会工作》杂志社举办的座谈会。", DocumentInfo("t")) == ["中国社会工作杂志社"]
    info = DocumentInfo("t", place="云南省", province="云南省")
    assert _agencies("厅党组书记、厅长出席会议并讲话。", info) == ["云南省民政厅"]


def test_quoted_experiences_campaign_years_and_mechanisms():
    assert _programs("全县民政系统要结合“宜都经验”，抓好“救助政策宣传年”活动。") == ["宜都经验", "救助政策宣传年"]
    assert _programs("根据关于“大民政”格局的要求，建立市、区两级联席工作机制。")[0] == "大民政格局"


def test_a_national_formula_or_a_year_of_a_plan_is_not_a_program():  # negative
    assert _programs("坚持和发展新时代“枫桥经验”，迎接“开局之年”。") == []


def test_items_of_a_shishi_list_are_programs():
    assert _programs("2025年全县将“新建、提升8个长者食堂”列为年度为民办实事项目。") == ["长者食堂"]
    text = "今年区政府民生实事：一是新增社区老年助餐点60个；二是完成300户困难老年人家庭适老化改造。"
    assert _programs(text) == ["社区老年助餐点", "困难老年人家庭适老化改造"]


def test_a_shishi_word_or_an_action_item_is_no_program():  # negative
    assert _programs("市委要求办好民生实事，确保群众满意。") == []
    assert _programs("民生实事：为全区80周岁以上老年人发放高龄津贴。") == []


# --- lexicons are data ---------------------------------------------------------
import shutil  # noqa: E402

import loaders.lexicons as lexicons  # noqa: E402


def test_a_new_lexicon_line_changes_extraction_without_code(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(lexicons.DATA, data)
    sentence = "调研组走访了宁静社区。"
    before_programs = _programs("推行“红心向党”。")
    before_places = [m.name for m in extract_places([Sentence(0, sentence, 0, len(sentence))], DocumentInfo("t"))]
    with (data / "program_slogans.txt").open("a", encoding="utf-8") as lexicon:
        lexicon.write("红心向党\n")
    with (data / "not_places.txt").open("a", encoding="utf-8") as lexicon:
        lexicon.write("宁静社区\n")
    monkeypatch.setattr(lexicons, "DATA", data)
    for cached in (lexicons.program_slogans, lexicons.not_places):
        cached.cache_clear()
    try:
        assert before_programs == ["红心向党"] and before_places == ["宁静社区"]
        assert _programs("推行“红心向党”。") == []
        assert "宁静社区" not in [m.name for m in extract_places([Sentence(0, sentence, 0, len(sentence))], DocumentInfo("t"))]
    finally:
        for cached in (lexicons.program_slogans, lexicons.not_places):
            cached.cache_clear()


def test_a_publisher_after_a_source_label_is_no_place():
    text = "2021年01月11日10:42  来源：湖南省人民政府网"
    assert [m.name for m in extract_places([Sentence(0, text, 0, len(text))], DocumentInfo("t"))] == []


def test_a_place_before_the_source_label_stays():  # negative
    text = "长沙市召开全市民政工作会议 来源：湖南日报"
    assert [m.name for m in extract_places([Sentence(0, text, 0, len(text))], DocumentInfo("t"))] == ["长沙市"]


def test_tibetan_names_of_two_listed_parts_after_a_post():
    assert _persons("自治区政协主席扎西次仁出席，区党委副书记、自治区副主席格桑卓玛讲话。") == ["扎西次仁", "格桑卓玛"]


def test_a_tibetan_word_that_is_no_name():  # negative: one part and a common word
    assert _persons("主任扎西工作组到村调研。") == []


def test_a_unit_written_after_its_body_names_the_body_too():
    info = DocumentInfo("t", place="福清市", province="福建省")
    assert _agencies("记者从市民政局救灾救济科了解到，今年上半年低保金发放顺利。", info) == ["福清市民政局", "福清市民政局救灾救济科"]


def test_a_body_followed_by_a_post_has_no_unit():  # negative
    info = DocumentInfo("t", place="福清市", province="福建省")
    assert _agencies("市民政局办公室主任出席。", info)[-1] == "福清市民政局办公室"
    assert _agencies("市民政局处长出席。", info) == ["福清市民政局"]


def test_a_district_office_whose_short_name_is_no_place():
    tainan = DocumentInfo("t", place="台南市", province="台湾省")
    assert _agencies("永康区公所与仁德区公所协助推动社区关怀据点。", tainan) == ["永康区公所", "仁德区公所"]


def test_a_word_before_gongsuo_is_no_district():  # negative
    assert _agencies("社区公所协助推动。", DocumentInfo("t", place="台南市", province="台湾省")) == []


# --- program classes from the fresh real batch (h/pgen); sentences invented ---

def test_straight_quotes_are_read_as_quotation_marks():
    assert _programs('该县成功申报省级"阳光护苗"困境儿童关爱服务项目。') == ["阳光护苗"]


def test_straight_quotes_around_latin_text_are_left_alone():  # negative
    assert _programs('系统显示"OK"后提交。') == []


def test_a_numbered_umbrella_is_not_a_program_but_its_items_are():
    names = _programs("推进“三项行动”，即推进暖心送餐行动、银龄互助行动、安居守护行动。")
    assert "三项行动" not in names
    assert {"暖心送餐行动", "银龄互助行动", "安居守护行动"} <= set(names)


def test_a_quoted_priority_kind_takes_its_subject():
    names = _programs("抓实“两个一工程”，即抓实养老服务改革“一号工程”和智慧民政建设“一把手工程”。")
    assert set(names) == {"养老服务改革一号工程", "智慧民政建设一把手工程"}


def test_a_brand_with_its_field_before_a_project_or_shishi():
    assert _programs("办好“银发无忧”居家照护服务实事，实施“益路童行”儿童关爱服务项目。") == ["银发无忧", "益路童行"]


def test_a_quoted_principle_of_a_mode_is_no_program():  # negative: 「…」的模式
    assert _programs("服务券采用「按需选择」的模式发放。") == []


def test_a_title_for_people_picked_out_is_no_program():  # negative
    assert _programs("开展“金牌调解员”“最美护理员”选树。") == []


def test_a_verb_paired_with_tisheng_belongs_to_the_name():
    assert _programs("开展为期半年的城乡特困供养专项治理巩固提升行动。") == ["城乡特困供养专项治理巩固提升行动"]


def test_a_clause_verb_before_a_construction_project_is_cut():  # negative
    assert _programs("今年启动社区会所新建工程。") == []


def test_a_bracketed_short_form_inside_a_name_is_dropped():
    assert _programs("为离开长者生活津贴（长津）计划的住户提供过渡支援。") == ["长者生活津贴计划"]


def test_a_scheme_plan_document_is_not_the_scheme():  # negative: 计划方案 is a document
    assert _programs("委托委员会筹划长者护理服务计划方案。") == []


def test_a_bare_trial_scheme_is_generic():  # negative
    assert _programs("政府将于年底前推出试验计划。") == []


def test_a_provincial_contact_point_is_a_designation():
    assert _programs("作为困境儿童探访省级联系点，该县摸排儿童五百人。") == ["困境儿童探访省级联系点"]


def test_a_level_qualified_category_home_is_one_designation():
    assert _programs("完成6家市级示范型妇女之家创建。") == ["市级示范型妇女之家"]


def test_a_numbered_campaign_named_alone_stays_a_program():  # negative: no items follow
    assert _programs("深化作风建设“五大专项”行动。") == ["五大专项行动"]


def test_a_scheme_in_corner_brackets_is_a_program():  # Hong Kong and Taiwan texts
    assert _programs("社署推行「长者日间照顾服务券试验计划」，名额三千个。") == ["长者日间照顾服务券试验计划"]


def test_an_operation_plan_in_corner_brackets_stays_a_policy():  # negative
    assert _programs("依「某市政府社会局长者送餐补助作业计划」办理。") == []


def test_a_pronoun_before_a_campaign_is_not_part_of_its_name():
    assert _programs("值得一提的是其困境儿童精准帮扶专项行动。") == ["困境儿童精准帮扶专项行动"]


def test_the_items_of_a_numbered_umbrella_of_reforms_are_programs():
    assert _programs("实施“一大改革”，即实施救助服务联办改革。") == ["救助服务联办改革"]


def test_a_generic_reform_after_an_umbrella_is_no_program():  # negative
    assert _programs("推进“两项改革”，即持续深化各项改革。") == []


def test_a_field_between_the_verb_and_a_quoted_brand():
    assert _programs("全面推行社区养老“邻里守望”，效果明显。") == ["邻里守望"]


def test_a_field_before_a_quoted_slogan_does_not_make_it_a_program():  # negative
    assert _programs("全面推行养老服务“三个转变”。") == []


def test_a_quoted_count_of_works_takes_its_subject():
    assert _programs("扎实推进儿童福利体系建设“五大工程”。") == ["儿童福利体系建设五大工程"]


def test_a_quoted_award_given_or_contested_is_a_program():
    assert _programs("该协会荣获「银龄之星奖」，并参加“助老先锋奖”评选。") == ["银龄之星奖", "助老先锋奖"]


def test_a_quoted_award_word_without_giving_is_no_program():  # negative
    assert _programs("所谓“大锅饭奖”，人人有份。") == []


def test_a_bare_tui_before_a_quoted_scheme_in_taiwan_news():
    assert _programs("市政府推「一区一长照」，延缓失能。") == ["一区一长照"]


def test_a_locative_clause_is_no_name():  # negative
    assert _programs("让长者在熟悉生活圈获得陪伴。") == []


def test_a_roc_year_with_niandu_is_not_part_of_the_name():
    assert _programs("办理113年度社区照顾关怀据点交流计划。") == ["社区照顾关怀据点交流计划"]


def test_a_service_circle_is_a_program():
    assert _programs("打造15分钟助残服务圈。") == ["15分钟助残服务圈"]


def test_items_closed_by_a_word_for_own_schemes_are_programs():
    names = _programs("社会局与民间单位共同推动银发健身操、共餐到宅及长者学堂等多元创新方案。")
    assert names == ["银发健身操", "共餐到宅", "长者学堂"]


def test_items_closed_by_a_plain_category_are_not_programs():  # negative
    assert _programs("落实低保、特困供养及临时救助等救助项目。") == []


def test_a_social_work_brand_is_not_a_title_for_people():  # negative of the people-title class
    assert [n for n in _programs("持续擦亮“潮州好社工”品牌。") if n.startswith("潮州好社工")]


def test_a_place_before_shidian_makes_it_a_verb():
    assert _programs("老年助餐服务在江北区、渝北区先行试点。") == []


def test_a_named_pilot_after_a_place_verb_is_kept():  # negative: a real pilot name
    assert _programs("在渝北区开展老年助餐服务试点。") == ["老年助餐服务试点"]


def test_a_holiday_written_as_its_date_is_no_program():  # negative
    assert _programs("开展“七一”走访慰问活动和“三八”妇女节慰问活动。") == []


def test_a_quoted_campaign_before_huodong_is_still_a_program():
    assert _programs("开展“银龄送暖”走访慰问活动。") == ["银龄送暖"]


# --- places2: a place that opens a society's name (loaders/data/society_heads.txt); invented sentences ---
def _places(text: str, info: DocumentInfo | None = None) -> list[str]:
    return [m.name for m in extract_places([Sentence(0, text, 0, len(text))], info or DocumentInfo("t"))]


def test_a_place_opening_a_cooperative_or_farmers_association_is_no_place():
    taiwan = DocumentInfo("t", place="新北市", province="台湾省")
    assert "淡水区" not in _places("本据点由淡水第一信用合作社三芝分社、金山地区农会也提供餐食", taiwan)
    assert _places("澳门红十字会陈大文副理事长出席") == []


def test_a_society_head_after_a_verb_leaves_the_place():  # negative: a clause about the place
    assert _places("在杭州市调研合作社发展情况") == ["杭州市"]
    assert _places("宁波市召开会议成立慈善协会") == ["宁波市"]


def _part_of(text: str) -> set[tuple[str, str]]:
    from loaders.pipeline import load_text

    frag = load_text(text, "t.txt")
    names = {node.key: node.name for node in frag.nodes}
    return {(names[e.source], names[e.target]) for e in frag.edges if e.type == "PART_OF"}


def test_a_county_written_with_its_former_suffix_keeps_its_parent():  # 安塞县 for today's 安塞区
    assert ("安塞县", "延安市") in _part_of("陕西省延安市安塞县民政局召开会议，部署安塞县养老服务工作。")


def test_a_county_under_its_current_name_keeps_its_parent():  # negative: nothing renamed
    assert ("安塞区", "延安市") in _part_of("陕西省延安市安塞区民政局召开会议，部署安塞区养老服务工作。")


def test_the_place_before_a_district_society_stays():  # 香港 + 西区妇女福利会: the society is the district's
    hong_kong = DocumentInfo("t", place="香港特别行政区", province="香港特别行政区")
    names = _places("司长出席香港西区妇女福利会老人中心春节联欢", hong_kong)
    assert "西区" not in names and "香港特别行政区" in names
