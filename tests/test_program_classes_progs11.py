"""Program rule classes found by studying the whole pool18 study pool at once (issue 10, helper "progs11"):
only classes seen on three pages or more of /work/pool18 (or two of it and one of seeds/dev), tested on
invented sentences.

Every sentence is written for the test, phrased after real civil-affairs pages (none copied); each class has
a positive and a negative case.
"""
from __future__ import annotations

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str, province: str | None = None) -> list[str]:
    info = DocumentInfo("t", province=province)
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], info))


# 1. 计划 as the verb "to plan" or a schedule (政府亦计划…, 县政府年初计划修建…, 资金全年计划支出, 早做计划),
#    or a plan of some kind counted or pointed back at (有个试验计划, 为期半年的先导计划): no named plan.
#    (pool18: 8 pages)
def test_plan_after_a_modal_is_the_verb():
    assert _programs("同时，市政府亦计划根据物价指数调整长者津贴金额。") == []


def test_plan_after_a_time_of_year_is_a_schedule():
    assert _programs("镇政府年初计划新建农村幸福院12所，目前已完工9所。") == []
    assert _programs("城市特困供养资金全年计划支出(万元)  1200  1350") == []


def test_plan_after_a_light_verb_or_a_count():
    assert _programs("各地要早做计划、早做安排，确保困难群众温暖过冬。") == []
    assert _programs("局长：我们有好几个试验计划，您问的是哪一个？") == []


def test_bare_pilot_plan_points_back():
    assert _programs("社署今日推出照顾者喘息支援先导计划，为期半年的先导计划随即展开。") \
        == ["照顾者喘息支援先导计划"]


def test_named_plan_is_kept():  # negative: a plan named by what it does keeps its 计划
    assert _programs("社署推出长者乐龄陪诊计划，为独居长者提供陪诊服务。") == ["长者乐龄陪诊计划"]
    assert _programs("团区委实施“春苗”计划，资助困境儿童完成学业。") == ["春苗计划"]


# 2. A verb of close attention, planning or inspection (紧盯, 狠抓, 谋划, 把握, 查看), a report concerning a
#    scheme (发表有关…) or an investment in a build (拟投资…万元建设…) stands before the name: the name
#    starts after it (data: kind cut in loaders/data/program_suffixes.txt). (pool18: 7 pages)
def test_attention_verb_opens_the_name():
    assert _programs("各级民政部门要狠抓敬老院消防安全隐患排查整治，坚决遏制事故发生。") == ["敬老院消防安全隐患排查整治"]


def test_inspection_verb_opens_the_name():
    assert _programs("调研组先后深入多个乡镇查看安康工程建设情况。") == ["安康工程"]


def test_grasp_is_one_verb_not_ba():
    assert _programs("准确把握困难老年人动态监测的对象和范围。") == ["困难老年人动态监测"]


def test_report_concerning_a_scheme():
    assert _programs("审计署今日发表有关长者院舍住宿券试验计划的调查报告。") == ["长者院舍住宿券试验计划"]


def test_investment_before_a_build():
    assert _programs("县民政局拟投资800余万元建设城东骨灰堂项目，目前已完成设计。") == ["城东骨灰堂项目"]


def test_verb_inside_no_name_is_untouched():  # negative: a name with no such verb before it is whole
    assert _programs("深入开展农村低保专项治理，规范低保审批。") == ["农村低保专项治理"]


# 3. A quoted vision, strategy or aim (…”幸福图景, …」施政策略, …」的愿景, …”理念) states what the work is
#    for and names no initiative; a quote before an initiative word is kept. (pool18: 3 pages; seeds 003's
#    “完整社区”理念 and dev 035's “…”的理念 are not in the team's gold either)
def test_quoted_vision_is_no_program():
    assert _programs("加快建设养老服务体系，是实现“乐享在安”幸福图景的重要举措。") == []
    assert _programs("共同实现「在地老化、安心终老」的愿景。", "台湾省") == []


def test_quoted_strategies_are_no_programs():
    assert _programs("市长表示，任内积极推动「友善共融」、「安心成长」施政策略。", "台湾省") == []


def test_quoted_campaign_is_kept():  # negative: the quote before 关爱行动 names the campaign
    assert _programs("实现“敬老助老”关爱行动全覆盖。") == ["敬老助老关爱行动"]


# 4. A quoted working method or package of measures (“…”工作法, “…”十字工作方法, “…”举措, a quote ending in
#    工作法) is a program named by its quote, even when shaped like a slogan (…化); a quoted aim (…”十二字工作
#    目标) or creed (…”工作理念) is not. (pool18: 4 pages)
def test_quoted_working_method_with_its_count():
    assert _programs("区民政局运用“走进家门、解决难事”八字工作法，推动救助政策落地。") == ["走进家门、解决难事"]


def test_quoted_name_ending_in_working_method():
    assert _programs("督导组重点检查“五步工作法”等基层民政工作开展情况。") == ["五步工作法"]


def test_quoted_measures_shaped_like_a_slogan():
    assert _programs("领导对社区治理“三实、三化”举措给予肯定。") == ["三实、三化"]


def test_quoted_aim_or_creed_is_no_method():  # negative
    assert _programs("全市民政系统锚定“稳基础、争上游、更精准”九字工作目标。") == []
    assert _programs("深入践行“民政为民、民政爱民”工作理念。") == []


# 5. 为 + a place (or 我市, 建设, 努力) before a quote and 贡献 / 谱写 later in the clause: the quoted words are the
#    vision the work contributes to, no program (pool18: 4 pages, dev 003, seeds 001; none in any gold).
def test_city_vision_the_work_contributes_to():
    assert _programs("为我市“山海名城、幸福临港”建设作出新的更大贡献。") == []
    assert _programs("为宁州“三城共建”谱写民政事业发展新篇章。") == []


def test_quoted_campaign_before_a_contribution_is_kept():  # negative: no 为 before the quote
    assert _programs("开展“银龄互助”行动，为全市养老服务作出积极贡献。") == ["银龄互助行动"]


# 6. A …模式 whose head only says it is new, innovated or the place's own (创新养老模式, 龙湾特色养老模式) is a
#    kind of model the text calls for, no named one (seen on 6 pool pages, dev 057/062/063 and seeds 001/003;
#    no gold lists one).
def test_innovated_or_local_model_is_no_program():
    assert _programs("在开拓公共服务新示范、创新养老模式等方面的做法值得推广。") == []
    assert _programs("从兜牢民生底线、探索临江特色养老模式到智慧养老等方面作了介绍。") == []


def test_named_model_is_kept():  # negative: a model named by what it joins keeps its name
    assert _programs("推广医养签约服务模式，实现老人就近就医。") == ["医养签约服务模式"]


# 7. The national campaign against abuses of minimum-living support (农村低保专项治理, 2018, and its 2020
#    follow-up …巩固提升行动) is written with or without 农村/城乡 and with 整治 for 治理; every pool gold that
#    meets it lists it (5 pages), so the catalogue row carries these forms (data: program_concepts.tsv).
def test_dibao_rectification_forms():
    assert _programs("镇民政办开展低保专项治理，清退不符合条件对象。") == ["低保专项治理"]
    assert _programs("三是城乡低保专项整治成效明显。") == ["城乡低保专项整治"]


def test_dibao_rectification_follow_up_is_one_name():
    assert _programs("全县开展为期一年的农村低保专项治理巩固提升行动。") == ["农村低保专项治理巩固提升行动"]


def test_field_rectification_stays_a_line_of_work():  # negative: a field's 专项整治 names no campaign
    assert _programs("持续推进殡葬领域专项整治，规范殡葬服务收费。") == []


# 8. The ministry's cooperation with a province or region (部省合作, 省部合作, 部区合作机制) is one kind of
#    mechanism however the text orders its parties (pool18: 3 pages; catalogue row ministry-province-cooperation).
def test_ministry_province_cooperation():
    assert _programs("双方将进一步深化部省合作，推动民政事业高质量发展。") == ["部省合作"]
    assert _programs("希望民政部继续支持，深化省部合作。") == ["省部合作"]


def test_departments_cooperating_is_no_program():  # negative: bodies working together in general
    assert _programs("加强部门合作，形成工作合力。") == []


# 9. One quote, then the field it works in and 工作 (“…”工作, “…”农村留守儿童关爱保护工作): the quote names the
#    body's work there, as the golds write it (pool18 rels5A_007, rels7B_002, progs7A_005, tgt13B_003; dev 017;
#    seeds 000); the work's plan or line of thought (…工作方案, “1198”工作思路) and slogans (“一老一小”) are not.
def test_quoted_brand_before_field_work():
    assert _programs("持续落实“颐养乐龄”工作，加快老年食堂建设。") == ["颐养乐龄"]
    assert _programs("继续加强“牵手护苗、伴你成长”困境儿童关爱保护工作。") == ["牵手护苗、伴你成长"]


def test_quoted_plan_or_line_of_thought_is_no_program():  # negatives
    assert _programs("按照“2365”工作思路，推动各项任务落实。") == []
    assert _programs("镇党委高度重视“一老一小”工作。") == []


def test_campaign_run_for_someone_before_a_contribution_is_kept():  # negative: 开展 runs the quoted campaign
    assert _programs("为困难群众开展“冬日暖心”行动作出积极贡献。") == ["冬日暖心行动"]
    assert _programs("为全市“银发守护”行动作出新的贡献。") == ["银发守护行动"]


# 10. (lead, stop 18; seen by progs11 on one Hong Kong page, a plain bug) a head ending in a word that merely
#     ends in 和/与 (融和, 祥和) is no list cut mid-way; a head ending in the conjunction still is.
def test_word_ending_in_he_is_not_a_dangling_conjunction():
    assert _programs("社署推出社会融和计划，协助新来港人士融入社区。") == ["社会融和计划"]


def test_conjunction_at_the_end_of_a_head_still_cuts():
    from loaders.programs import _dangling_conjunction

    assert _dangling_conjunction("养老服务和") and _dangling_conjunction("救助与")
    assert not _dangling_conjunction("邻里祥和")
