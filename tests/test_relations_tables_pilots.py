"""PROMOTES from task tables written one cell a line, on invented documents (fixtures written for these
tests, not corpus text): the lead-column body runs the row's program, the issuer of the table does not."""
from __future__ import annotations

from kg.evaluate import predicted_relations
from loaders import load_text
from loaders.types import DocumentInfo


def promotes(text: str, **info) -> set[tuple[str, str]]:
    found = predicted_relations(load_text(text, "t.txt", DocumentInfo("t.txt", **info)))
    return {(source, target) for kind, source, target in found if kind == "PROMOTES"}


# 民生实事 table, lead column first among the unit columns (牵头单位, 协同单位)
LEAD_FIRST = (
    "2025年南浔区政府民生实事任务分解方案\n\n序号\n\n事项名称\n\n项目内容\n\n牵头单位\n\n协同单位\n\n"
    "1\n\n“颐养南浔”工程\n\n新建居家养老服务驿站12家。\n\n区民政局\n\n各乡镇(街道)\n\n区财政局\n\n"
    "2\n\n“安居助残”工程\n\n完成困难残疾人家庭无障碍改造200户。\n\n区残联\n\n区民政局\n"
)


def test_the_lead_column_body_promotes_the_rows_program_not_the_issuer():
    found = promotes(LEAD_FIRST, place="湖州市南浔区", province="浙江省", issuing_body="南浔区人民政府")
    programs_of = lambda body: {program for agency, program in found if agency.endswith(body)}
    assert any(p.startswith("颐养南浔") for p in programs_of("区民政局"))
    assert any(p.startswith("安居助残") for p in programs_of("区残联"))
    # the helpers of a row and the issuer of the table do not run its program
    assert not any(p.startswith("安居助残") for p in programs_of("区民政局"))
    assert not any(p.startswith("颐养南浔") for p in programs_of("区财政局"))
    assert not programs_of("区人民政府")


def test_lead_column_last_picks_the_rows_last_body_cell():
    text = (
        "2025年德清县政府工作报告重点工作责任分解\n序号\n事项\n责任单位\n牵头单位\n"
        "1\n深化“银龄互助”行动，扩大农村互助养老覆盖面。\n县民政局、县卫健局、各乡镇\n县民政局\n"
        "2\n实施“爱心食堂”提质工程。\n县卫健局、县民政局\n县卫健局\n"
    )
    found = promotes(text, place="湖州市德清县", province="浙江省", issuing_body="德清县人民政府")
    assert any(a.endswith("县民政局") and p.startswith("银龄互助") for a, p in found)
    assert any(a.endswith("县卫健局") or a.endswith("卫生健康局") for a, p in found if p.startswith("爱心食堂"))
    assert not any(a.endswith("县民政局") and p.startswith("爱心食堂") for a, p in found)


def test_bodies_on_their_own_lines_without_a_lead_column_are_not_leads():
    # negative: no 牵头单位 header, so the table's issuer still runs its programs and a listed body does not
    text = "2025年长兴县民政工作要点\n1\n深化“银龄互助”行动。\n县财政局\n"
    found = promotes(text, place="湖州市长兴县", province="浙江省", issuing_body="长兴县民政局")
    assert not any(a.endswith("县财政局") for a, _ in found)



def test_a_sole_responsible_column_names_the_rows_lead():
    text = (
        "2025年安吉县民政局重点工作任务清单\n序号\n工作任务\n责任单位\n完成时限\n"
        "1\n全面推进“暖心食堂”提质扩面。\n县民政局\n2025年12月\n"
        "2\n深化“银龄互助”行动。\n县老龄办\n2025年10月\n"
    )
    found = promotes(text, place="湖州市安吉县", province="浙江省", issuing_body="安吉县民政局")
    assert any(a.endswith("县老龄办") or "老龄" in a for a, p in found if p.startswith("银龄互助"))
    assert not any(a == "安吉县民政局" and p.startswith("银龄互助") for a, p in found)


def test_a_responsible_field_line_names_the_items_lead():
    text = (
        "2025年安吉县养老服务工作要点\n"
        "1.实施“孝老食堂”工程，年内新建20家。\n负责单位：县民政局、县财政局\n"
        "2.推进“智慧养老”平台建设。\n负责单位：县大数据发展管理局\n"
    )
    found = promotes(text, place="湖州市安吉县", province="浙江省", issuing_body="安吉县人民政府")
    assert any(a.endswith("县民政局") and p.startswith("孝老食堂") for a, p in found)
    assert not any(a.endswith("县民政局") and p.startswith("智慧养老") for a, p in found)


def test_a_lead_cell_merged_over_the_rows_below_leads_them_too():
    text = (
        "序号\n民生实事项目\n牵头单位\n计划完成时间\n"
        "1\n新增老年食堂10个\n区民政局\n11月底前\n"
        "2\n建成启用区级老年活动中心\n10月底前\n"
        "3\n开展“银龄乐享”系列为老服务活动200场次\n12月底前\n"
    )
    found = promotes(text, place="杭州市拱墅区", province="浙江省")
    assert any(a.endswith("区民政局") and p.startswith("银龄乐享") for a, p in found)


def test_a_field_naming_a_body_the_rules_do_not_know_takes_the_item_from_the_issuer():
    # negative for the issuer: the text names another runner, even one the agency rules miss
    text = (
        "2025年鄞州区政府工作报告重点工作责任分解\n"
        "1.推动“空港新城”示范区建设，力争客流突破千万。\n责任单位:空港航空口岸局\n"
        "2.深化“银龄互助”行动。\n责任单位:区民政局\n"
    )
    found = promotes(text, place="宁波市鄞州区", province="浙江省", issuing_body="鄞州区人民政府办公室")
    assert not any("人民政府" in a and p.startswith("空港新城") for a, p in found)
    assert any(a.endswith("区民政局") and p.startswith("银龄互助") for a, p in found)

# --- PILOTED_IN: places bidding for a designation do not hold it ------------------------------------

def piloted(text: str, **info) -> set[tuple[str, str]]:
    found = predicted_relations(load_text(text, "t.txt", DocumentInfo("t.txt", **info)))
    return {(source, target) for kind, source, target in found if kind == "PILOTED_IN"}


def test_places_that_bid_for_a_designation_are_not_its_sites():
    text = "温州市民政局2024年工作要点\n推动鹿城区、瓯海区争创全国婚俗改革实验区，指导各地做好申报工作。"
    found = piloted(text, place="温州市", province="浙江省", issuing_body="温州市民政局")
    assert not any(place in ("鹿城区", "瓯海区") for _, place in found)


def test_places_that_carry_out_a_pilot_are_its_sites():
    # the positive beside it: the same places running the pilot are its sites
    text = "温州市民政局2024年工作要点\n在鹿城区、瓯海区开展婚俗改革试点。"
    found = piloted(text, place="温州市", province="浙江省", issuing_body="温州市民政局")
    assert {"鹿城区", "瓯海区"} <= {place for _, place in found}
