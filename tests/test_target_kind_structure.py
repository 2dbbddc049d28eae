"""Goal or figure told by a sentence's structure, and per-person averages named after the group counted before
them. Classes found on fresh real pages (/work/fresh-tgt9, half A: a Hong Kong budget news page, a county
temporary-assistance standard, a provincial assistance data page) before any fix:

- money a budget sets aside (增拨, 另拨, 预留) is planned spending even when the clause says 已;
- a cap a rule sets (原则上不超过…10倍) is a goal, as a floor (不低于) already was;
- a number that opens its clause and whose subject then will act (51间活动中心将提升为…) is a goal;
- a value dated after its document (可于2015/16年度起…推出3,000张) is planned, unless a completed act
  (已于…调升了) stands between the date and the value;
- 现有 reports what exists;
- an average level (补助水平为…元/人.年) sets no standard;
- 平均保障标准 / 补助水平 after 其中，城市低保对象N万人 are 城市低保's.

Sentences here are invented for the tests (fixtures, not evidence); the measured effect on the fresh
pages and the shared corpus is in docs/benchmarks.md.
"""
from __future__ import annotations

from loaders.targets import extract_targets
from loaders.types import DocumentInfo, Sentence


def targets(text: str, year: int | None = 2016, kind: str = "news") -> dict[str, dict]:
    """``{value+unit: properties}`` of the targets of one invented sentence."""
    info = DocumentInfo("invented.txt", year=year, kind=kind)
    return {f"{m.properties['value']:g}{m.properties['unit']}": m.properties
            for m in extract_targets([Sentence(0, text, 0, len(text))], info)}


# --- money a budget sets aside ---

def test_money_set_aside_is_a_goal_even_after_yi():
    found = targets("财政司司长表示，政府已为长者社区照顾服务券预留约十亿元，当局另拨3,000万元增加日间护理名额。")
    assert found["10亿元"]["kind"] == "goal"
    assert found["3000万元"]["kind"] == "goal"


def test_money_spent_over_the_year_stays_a_figure():
    found = targets("全年累计拨出救灾资金3,000万元。")
    assert found["3000万元"]["kind"] == "figure"


def test_a_work_report_keeps_its_allocations_as_figures():
    found = targets("县财政增拨低保资金500万元，确保按时发放。", kind="report")
    assert found["500万元"]["kind"] == "figure"


def test_an_approximate_mixed_amount_is_one_amount():
    found = targets("政府拨款2亿3,000多万元，增加800个家居照顾服务名额。")
    assert "2.3亿元" in found and "3000万元" not in found


def test_population_ageing_is_no_head_count():
    found = targets("增拨4.5亿应对人口老化")
    assert "4.5亿人" not in found


# --- caps, subjects that will act, later years ---

def test_a_cap_a_rule_sets_is_a_goal():
    found = targets("支出型救助对象的救助金额原则上不超过当地月低保标准的8倍。")
    assert found["8倍"]["kind"] == "goal"


def test_a_number_whose_subject_will_act_is_a_goal_and_one_that_acted_is_not():
    assert targets("36间长者活动中心将升格为长者地区中心。")["36间"]["kind"] == "goal"
    assert targets("36间长者活动中心已升格为长者地区中心。")["36间"]["kind"] == "figure"


def test_a_value_dated_after_its_document_is_planned():
    found = targets("安老事务委员会正研究院舍服务券，可于2017/18年度起的三年内分期推出共2,000张服务券。")
    assert found["2000张"]["kind"] == "goal"
    assert found["2000张"]["year"] == 2017


def test_a_completed_act_after_a_later_date_stays_a_figure():
    found = targets("局长指出，政府已于2017年3月起调升了援助金额，一人家庭的援助金额调升至2,100元。")
    assert found["2100元"]["kind"] == "figure"


def test_what_exists_now_is_a_figure():
    found = targets("政府将增加1,200个家居照顾服务名额，并加强现有约4,800个服务名额的服务范畴。")
    assert found["1200个"]["kind"] == "goal"
    assert found["4800个"]["kind"] == "figure"


# --- averages over a group ---

def test_an_average_level_is_no_standard_set():
    found = targets("农村低保对象30.5万人，平均保障标准为5200元/人.年，补助水平为3100元/人.年。")
    assert found["3100元/人.年"]["kind"] == "figure"


def test_averages_are_named_after_the_last_group_counted():
    found = targets("全省共有低保对象120万人，其中，城市低保对象20.4万人，平均保障标准为700元/人.月，补助水平为450元/人.月；")
    assert found["700元/人.月"]["indicator"] == "城市低保平均保障标准"
    assert found["450元/人.月"]["indicator"] == "城市低保补助水平"


def test_a_standard_named_in_full_is_left_alone():
    found = targets("城市低保对象20.4万人，城市低保标准为700元/人.月。")
    assert found["700元/人.月"]["indicator"] == "城市低保标准"


def test_an_aid_act_counted_in_person_times_is_named_by_the_aid():
    found = targets("全市累计实施临时救助1.2万人次，平均救助水平为980元/人次。")
    assert found["1.2万人次"]["indicator"] == "临时救助人次"
    assert found["980元/人次"]["indicator"] == "临时救助平均救助水平"


# --- a budget's estimate, the base it is compared with, and a bulletin's reported year ---

def test_a_budget_estimate_is_a_goal_and_the_revised_estimate_it_is_compared_with_a_figure_of_its_year():
    found = targets("2025-26年度政府投放在安老服务的经常开支预算为320亿元，与2024-25年度修订预算的298亿元比较，增加约22亿元。",
                    year=2025)
    assert (found["320亿元"]["kind"], found["320亿元"]["year"]) == ("goal", 2025)
    assert (found["298亿元"]["kind"], found["298亿元"]["year"]) == ("figure", 2024)
    assert found["22亿元"]["kind"] == "goal"


def test_a_budget_speech_title_is_no_estimate():
    found = targets("财政预算案公布后，全年共发放长者生活津贴120亿元。", year=2025)
    assert found["120亿元"]["kind"] == "figure"


def test_a_bulletin_titled_with_its_year_reports_that_year_even_when_its_index_gives_the_publication_year():
    from loaders import load_text

    text = "民政事业发展统计公报\n年末全市共有养老机构86个，比上年增长4.2%。全年支出低保资金2.1亿元。"
    info = DocumentInfo("invented.txt", year=2024, title="2023年某市民政事业发展统计公报")
    years = {f"{n.properties['value']:g}{n.properties['unit']}": n.properties.get("year")
             for n in load_text(text, "invented.txt", info).nodes if n.label == "Target"}
    assert years == {"86个": 2023, "4.2%": 2023, "2.1亿元": 2023}


def test_a_plan_titled_with_its_year_keeps_its_goals_year():
    from loaders import load_text

    text = "2024年民政工作要点\n到年底，全市养老机构护理型床位占比达到60%。"
    info = DocumentInfo("invented.txt", year=2024, title="2024年民政工作要点", kind="work_plan")
    years = [n.properties.get("year") for n in load_text(text, "invented.txt", info).nodes if n.label == "Target"]
    assert years == [2024]


def test_a_fiscal_year_in_chinese_numerals_dates_the_estimate_and_its_base():
    found = targets("二○二五至二六年度政府投放在康复服务的经常开支预算为95亿元，与二○二四至二五年度修订预算的88亿元比较，增加约7亿元。",
                    year=2025)
    assert (found["95亿元"]["kind"], found["95亿元"]["year"]) == ("goal", 2025)
    assert found["95亿元"]["indicator"].endswith("经常开支预算") and "二○" not in found["95亿元"]["indicator"]
    assert (found["88亿元"]["kind"], found["88亿元"]["year"]) == ("figure", 2024)
    assert found["88亿元"]["indicator"].endswith("修订预算") and "二○" not in found["88亿元"]["indicator"]


def test_a_value_not_compared_keeps_its_own_name():
    found = targets("2025-26年度康复服务开支预算为95亿元，当中10亿元用于增加宿位。", year=2025)
    assert "修订预算" not in found["10亿元"]["indicator"]


# --- regulations: the rules they set ---

def regulation_targets(text: str) -> dict[str, dict]:
    info = DocumentInfo("invented.txt", year=2022, title="某县临时救助实施细则")
    return {f"{m.properties['value']:g}{m.properties['unit']}": m.properties
            for m in extract_targets([Sentence(0, text, 0, len(text))], info)}


def test_a_regulations_multiple_range_gives_both_ends_named_by_the_standard():
    found = regulation_targets("第十四条 临时救助标准原则上为当地月低保标准的3至8倍。")
    assert found["3倍"]["indicator"] == "临时救助标准与月低保标准之比下限"
    assert found["8倍"]["indicator"] == "临时救助标准与月低保标准之比上限"
    assert found["3倍"]["kind"] == found["8倍"]["kind"] == "goal"


def test_a_standard_set_by_a_regulation_is_a_goal_and_named_by_the_benefit():
    found = regulation_targets("困难群众遗体火化的，按每具900元给予基本殡葬服务补助。")  # priced per body: 元/具 (tgt22, stop 25)
    assert (found["900元/具"]["indicator"], found["900元/具"]["kind"]) == ("基本殡葬服务补助标准", "goal")


def test_a_count_reported_in_a_regulations_news_stays_a_figure():
    info = DocumentInfo("invented.txt", year=2022, title="县民政局召开临时救助工作会议")
    text = "全县累计实施临时救助860人次。"
    found = extract_targets([Sentence(0, text, 0, len(text))], info)
    assert [m.properties["kind"] for m in found] == ["figure"]


def test_parallel_clauses_share_the_measure_named_after_the_same_group_noun():
    found = targets("分散供养特困人员基本生活标准每人每月不低于900元，敬老院集中供养特困人员每人每月不低于1100元。")
    assert found["1100元/月"]["indicator"] == "敬老院集中供养特困人员基本生活标准"


def test_a_clause_about_another_group_takes_no_measure():
    found = targets("城市低保标准每人每月800元，农村特困人员每人每月1040元。")
    assert found["1040元/月"]["indicator"] == "农村特困人员"


# --- catalogue rows for the standards regulations set and the levels bulletins report ---

def test_the_catalogue_knows_temporary_assistance_standards_and_average_levels():
    from loaders.indicator_catalogue import classify

    assert classify("临时救助标准与月低保标准之比上限", "倍").name == "临时救助标准"
    assert classify("临时救助平均救助水平", "元/人次").name == "临时救助平均救助水平"
    assert classify("农村低保补助水平", "元/人.年").name == "农村低保补助水平"
    assert classify("基本殡葬服务补助标准", "元").name == "基本殡葬服务补助标准"
    assert classify("临时救助人次", "万人次").name == "临时救助人次"  # the count is not the standard


def test_a_generic_aid_measure_in_a_titled_regulation_is_that_aids():
    info = DocumentInfo("invented.txt", year=2023, title="某县临时救助实施细则")
    text = "临时救助实行分档救助，一般每户每次救助金额不超过6000元。"
    found = extract_targets([Sentence(0, text, 0, len(text))], info)
    assert [m.properties["indicator"] for m in found] == ["临时救助金额"]


def test_a_subjectless_multiple_in_a_standards_notice_is_the_titled_aids_standard():
    info = DocumentInfo("invented.txt", year=2023, title="2023年某县临时救助标准")
    text = "原则上不超过当地低保月保障标准8倍。"
    found = extract_targets([Sentence(0, text, 0, len(text))], info)
    assert [m.properties["indicator"] for m in found] == ["临时救助标准与低保月保障标准之比"]


def test_a_generic_aid_measure_in_an_untitled_report_is_left_alone():
    info = DocumentInfo("invented.txt", year=2023, title="县民政局2023年工作总结")
    text = "全年救助金额共计320万元。"
    found = extract_targets([Sentence(0, text, 0, len(text))], info)
    assert not found[0].properties["indicator"].startswith("临时")


def test_a_share_of_a_wage_a_regulation_sets_is_named_as_a_share():
    info = DocumentInfo("invented.txt", year=2023, title="某市特困人员救助供养实施办法")
    text = "半失能特困人员照料护理标准按照不低于当地最低工资标准的20%确定。"
    found = extract_targets([Sentence(0, text, 0, len(text))], info)
    assert [m.properties["indicator"] for m in found] == ["半失能特困人员照料护理标准占最低工资标准比例"]


# --- budget lines: who gives is no name, what is added after the number is ---

def test_places_added_after_an_allocation_are_named_by_what_they_are():
    found = targets("社会福利署会在2025-26年度额外增拨4,000万元，增加160个日间护理名额。", year=2025)
    assert found["4000万元"]["indicator"] == "日间护理名额拨款"
    assert found["160个"]["indicator"] == "日间护理名额"


def test_a_bare_rise_of_a_count_is_still_the_rise_of_the_count_before():
    found = targets("全市共有养老机构56个，增加3个。")
    assert found["3个"]["indicator"].startswith("养老机构")


def test_the_year_just_ended_dates_a_speechs_look_back():
    found = targets("我们在过去一年投放约1,310亿元于社会福利，占政府经常开支约23%。", year=2025)
    assert (found["1310亿元"]["year"], found["1310亿元"]["kind"]) == (2024, "figure")
    assert found["1310亿元"]["indicator"].startswith("社会福利")


def test_an_expected_spending_names_no_expectation():
    found = targets("长者生活津贴的开支预计在2025-26年度达到约300亿元。", year=2025)
    assert found["300亿元"]["indicator"] == "长者生活津贴开支"
    assert found["300亿元"]["kind"] == "goal"


# --- 其中 parts named only by a modifier and 的 ---

def test_a_part_named_by_a_modifier_takes_the_groups_head():
    found = targets("全省注册登记提供住宿的各类民政服务机构共计2100个，其中注册登记为事业单位的800个。", kind="statistics_bulletin")
    assert found["800个"]["indicator"] == "注册登记为事业单位的提供住宿民政服务机构"


def test_a_share_after_a_part_is_no_part():
    found = targets("全市60周岁及以上老年人口120万人，占总人口的21.3%，其中65周岁及以上老年人口90万人，占总人口的16%。",
                    kind="statistics_bulletin")
    assert found["16%"]["indicator"] == "65周岁及以上老年人口占总人口比重"


def test_an_aid_act_part_is_named_after_the_aid_counted():
    found = targets("全年共实施临时救助2.6万人次，其中救助非本地户籍对象0.2万人次。", kind="statistics_bulletin")
    assert found["0.2万人次"]["indicator"] == "临时救助非本地户籍对象人次"


def test_a_part_of_another_unit_is_left_alone():
    found = targets("全年共实施临时救助2.6万人次，其中救助非本地户籍对象支出0.2亿元。", kind="statistics_bulletin")
    assert not found["0.2亿元"]["indicator"].startswith("临时救助非本地")


# --- a 到YYYY年 date before the document's year reports, it sets no goal ---

def test_a_past_by_date_dates_a_count_and_sets_no_goal():
    found = targets("到2012年底，全市80岁以上高龄老人达96500人。", year=2014)
    assert (found["96500人"]["kind"], found["96500人"]["year"]) == ("figure", 2012)


def test_a_future_by_date_and_a_past_one_with_a_goal_word_stay_goals():
    assert targets("到2018年，全市养老床位将达到3万张。", year=2014)["3万张"]["kind"] == "goal"
    assert targets("到2012年底，全市养老床位要达到3万张。", year=2014)["3万张"]["kind"] == "goal"
    assert targets("到2018年，全市养老床位将达到3万张。", year=2014)["3万张"]["indicator"] == "养老床位"


# --- a Taiwanese budget: 编列 appropriates, a 民国 comparison base dates nothing ---

def test_a_taiwanese_appropriation_is_a_goal_of_its_fiscal_year_and_its_base_dates_nothing():
    info = DocumentInfo("invented.txt", year=2024, province="台湾省")
    text = "社会福利预算编列新台币96亿元，较112年度增加5亿元。"
    found = {f"{m.properties['value']:g}{m.properties['unit']}": m.properties
             for m in extract_targets([Sentence(0, text, 0, len(text))], info)}
    assert (found["96亿元"]["kind"], found["96亿元"]["indicator"]) == ("goal", "社会福利预算")
    assert found["5亿元"]["year"] == 2024 and "年度" not in found["5亿元"]["indicator"]


def test_a_taiwanese_year_spent_stays_a_figure():
    info = DocumentInfo("invented.txt", year=2024, province="台湾省")
    text = "112年度共补助中低收入老人生活津贴2.1万人。"
    found = extract_targets([Sentence(0, text, 0, len(text))], info)
    assert [(m.properties["kind"], m.properties["year"]) for m in found] == [("figure", 2023)]


# --- more regulation structure: bounds inside a ratio, caps in money, the other side of a pair ---

def test_a_ratio_base_drops_its_rate_and_bound_and_a_money_cap_after_it_is_the_amounts():
    found = regulation_targets("救助标准为每人每次不超过当地月低保标准的4倍，最高不超过2万元。")
    # (the title, 某县临时救助实施细则, names the aid)
    assert found["4倍"]["indicator"] == "临时救助标准与月低保标准之比"
    assert found["2万元"]["indicator"] == "临时救助标准上限"


def test_the_other_side_of_a_pair_takes_the_same_rule():
    found = regulation_targets("分散供养特困人员基本生活标准按照当地城市低保标准的1.2倍确定，集中供养的按1.4倍确定。")
    assert found["1.4倍"]["indicator"] == "集中供养特困人员基本生活标准与城市低保标准之比"


def test_a_rule_in_a_regulation_is_a_goal_even_with_a_running_total_word():
    found = regulation_targets("对重特大疾病患者，年度累计救助金额最高可达6万元。")
    assert found["6万元"]["kind"] == "goal" and "可达" not in found["6万元"]["indicator"]


def test_a_regulations_report_of_the_past_stays_a_figure():
    found = regulation_targets("截至2021年底，全市已累计救助困难群众1.2万人次。")
    assert found["1.2万人次"]["kind"] == "figure"


def test_a_share_of_a_standard_drops_the_per_person_rate():
    found = regulation_targets("对重度残疾人按照每人每月不低于当地低保标准30%的标准增发低保金。")
    assert found["30%"]["indicator"] == "重度残疾人占低保标准比例"


# --- an enumerated label names the standard; a 、 list of values pairs with a 、 list of groups ---

def test_an_enumerated_label_names_the_standard_of_the_groups_after_it():
    from loaders import load_text

    text = ("（三）特困人员救助供养标准：一是基本生活标准。城市特困人员由每人每月880元提高到910元。"
            "二是照料护理标准。按照上年度最低工资标准为21600元计算，自理、半自理和完全不能自理特困人员每人每年2160元、3600元、7200元。")
    names = {f"{n.properties['value']:g}{n.properties['unit']}": n.properties["indicator"]
             for n in load_text(text, "invented.txt", DocumentInfo("invented.txt", year=2020)).nodes if n.label == "Target"}
    assert names["910元/月"] == "城市特困人员基本生活标准"
    assert names["2160元/年"] == "自理特困人员照料护理标准"
    assert names["7200元/年"] == "完全不能自理特困人员照料护理标准"


def test_a_value_list_longer_than_the_groups_is_not_split():
    found = targets("城市、农村低保对象共计1200人、3400人、500人。")
    assert len({found[k]["indicator"] for k in ("1200人", "3400人", "500人")}) == 1


def test_a_count_in_news_of_a_new_regulation_stays_a_figure():
    info = DocumentInfo("invented.txt", year=2022, title="我市出台新版最低生活保障办法")
    text = "目前全市共有低保对象1.3万人。"
    found = extract_targets([Sentence(0, text, 0, len(text))], info)
    assert [m.properties["kind"] for m in found] == ["figure"]
