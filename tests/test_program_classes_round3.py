"""Program rule classes of round 3 (issue 10, h/progs3: /work/fresh-progs3 half A and the older
fresh batches), tested on invented sentences.

Every sentence is written for the test, phrased after real 民政 pages (none copied); each class
has a positive and a negative case.
"""
from __future__ import annotations

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str) -> list[str]:
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t")))


# 1. Rules of the party's own organisational life, shaped like a numbered mechanism (三社联动), are no
#    programs (program_slogans.txt): seen in a work summary of 合肥 and in a county report.
def test_party_rules_shaped_like_mechanisms_are_no_programs():
    assert _programs("局党组依托“三会一课”开展集中学习，严格执行“三重一大”决策制度。") == []


def test_a_numbered_mechanism_of_civil_affairs_stays():  # negative: 三社联动 is still a program
    assert _programs("街道依托“三社联动”开展困难群众走访，推行“两学一做”常态化。") == ["三社联动"]


# 2. Verbs a researcher lists as data (kind cut in program_suffixes.txt) end the words before a name:
#    总结推广, 扩大, 确认为 (three documents on marriage-custom reform and pilots).
def test_promoting_and_widening_verbs_open_the_name():
    assert _programs("总结推广婚俗改革实验区经验，稳步扩大农村互助养老试点。") == ["农村互助养老试点", "婚俗改革实验区"]


def test_designating_verb_opens_the_name():
    assert _programs("民政部将该县确认为第二批全国婚俗改革实验区。") == ["全国婚俗改革实验区"]  # the batch is a round (progs14)


def test_a_quoted_name_after_a_cut_verb_is_kept_whole():  # negative: the quote still starts the name
    assert _programs("全面推广“时间银行”互助养老模式。") == ["时间银行"]  # the kind of 模式 after it: progs14


# 3. 以…为平台 / 以…为试点 names the means or the site chosen, not a program (two documents on
#    community governance, one on a provincial pilot).
def test_a_means_chosen_with_yi_wei_is_no_program():
    assert _programs("以社区为平台、以社会组织为载体，推动多方参与基层治理。") == []


def test_a_platform_named_after_yi_wei_stays():  # negative: the named platform after the clause is kept
    assert _programs("以数据共享为基础，建成低收入人口动态监测信息平台。") == ["低收入人口动态监测信息平台"]


# 4. A 以 that opens a name without its 为 inside it is the preposition of 以…为抓手: the name follows it.
def test_yi_of_a_yi_wei_frame_is_not_part_of_the_name():
    assert _programs("坚持以养老服务提升年、社区治理创优年为抓手，推动工作落实。") == ["养老服务提升年", "社区治理创优年"]
    assert _programs("坚持以婚姻登记一件事为主抓手，优化办事流程。") == ["婚姻登记一件事"]


def test_a_name_holding_yi_wei_keeps_its_yi():  # negative: the frame is inside the name
    assert _programs("开展以村民小组为基本单元的村民自治试点。") == ["以村民小组为基本单元的村民自治试点"]


def test_a_yi_idiom_keeps_its_yi():  # negative: 以A代B is the name's own shape
    assert _programs("在农村公益性公墓建设中推行以工代赈项目。") == ["以工代赈项目"]


# 5. More verbs listed as data (kind cut): a document, a rule or a source before a name (印发, 根据, 来自),
#    a review or an addition (检讨, 加推), a plan drawn (描绘, 规划布局); seen in a Hong Kong budget text,
#    a Taiwan bureau's report, county work reports and a city's plan.
def test_source_and_review_verbs_open_the_name():
    assert _programs("劳工及福利局正检讨长者医疗券计划，并加推院舍照顾服务券试验计划。") == [
        "长者医疗券计划", "院舍照顾服务券试验计划"]
    assert _programs("数据均来自政府信息公开一体化平台。") == ["政府信息公开一体化平台"]


def test_a_name_that_holds_an_unlisted_verb_is_kept():  # negative: 优化 is not listed, names hold it
    assert _programs("全面开展社区服务优化提升行动。") == ["社区服务优化提升行动"]


# 6. Openers listed as data (kind opener): a verb or adverb at the very start of a name opens the clause,
#    though names hold the same word further in (优化, 开发, 提升, 高标准; four documents).
def test_an_opener_at_the_start_is_not_part_of_the_name():
    assert _programs("持续优化低收入人口动态监测，高标准建设海南自由贸易试验区。") == ["低收入人口动态监测", "海南自由贸易试验区"]


def test_an_opener_alone_before_a_kind_leaves_no_name():
    assert _programs("营造宣传月浓厚氛围，总结这些实验区的经验。") == []


def test_an_opener_inside_a_name_stays():  # negative: 优化 inside the name is part of it
    assert _programs("全面开展社区服务优化提升行动。") == ["社区服务优化提升行动"]


# 7. 建设 before a designated kind of zone (示范区, 实验区 …) is the verb of building it, wherever it stands in
#    the stretch before the name (为建设…, 高标准建设…, 高质量发展建设…示范区; three documents).
def test_building_verb_before_a_designation_opens_it():
    assert _programs("总结省市高质量发展建设共同富裕示范区典型经验。") == ["共同富裕示范区"]


def test_building_inside_a_designation_name_stays():  # negative: 社区建设 names the field of the designation
    assert _programs("成功申报全国农村社区建设示范县。") == ["全国农村社区建设示范县"]
