"""PROMOTES from a document's context, on invented sentences (fixtures written for these tests, not corpus text).

Two precision classes of ``loaders/relate.py`` (helper rels4): a body named only inside a cited title is not the
document's issuer, and a campaign the issuer's clause serves (助力“…” / 服务于“…”建设 / 为打响“…”城市品牌) is not a
program the issuer runs. Each has a positive case and a negative one.
"""
from __future__ import annotations

from kg.evaluate import predicted_relations
from loaders import load_text
from loaders.types import DocumentInfo


def promotes(text: str, **info) -> set[tuple[str, str]]:
    document = DocumentInfo("t.txt", **info) if info else None
    return {(source, target) for kind, source, target in predicted_relations(load_text(text, "t.txt", document)) if kind == "PROMOTES"}


def programs(text: str, **info) -> set[str]:
    return {node.name for node in load_text(text, "t.txt", DocumentInfo("t.txt", **info)).all_nodes() if node.label == "Program"}


def test_a_body_inside_a_cited_title_does_not_run_the_plans_programs():
    text = (
        "丽水市“十四五”养老服务发展规划\n"
        "根据《中共浙江省委浙江省人民政府关于推进养老服务高质量发展的意见》，结合我市实际，制定本规划。\n"
        "“十三五”时期，全市深入实施“银龄守护”行动，养老服务水平明显提升。"
    )
    found = promotes(text, place="丽水市", province="浙江省")
    assert not any(agency in {"浙江省人民政府", "浙江省委", "中共浙江省委"} and "银龄守护" in program for agency, program in found)


def test_a_body_that_issues_the_document_in_its_opening_still_runs_its_programs():  # negative of the above
    text = (
        "丽水市民政局关于印发《丽水市养老服务提升方案》的通知\n"
        "各县（市、区）民政局：\n"
        "现将方案印发给你们。今年全市深入实施“银龄守护”行动，提升养老服务水平。"
    )
    found = promotes(text, place="丽水市", province="浙江省")
    assert any(agency == "丽水市民政局" and "银龄守护" in program for agency, program in found)


def test_a_campaign_the_issuers_clause_serves_is_not_its_program():
    text = (
        "2024年莲都区民政局重点工作清单\n"
        "一、持续开展就业帮扶、产业帮扶，助力“招才引智”行动。\n"
        "二、五是服务于“康养示范园”工程建设，完善养老服务设施。"
    )
    info = dict(place="莲都区", province="浙江省", issuing_body="莲都区民政局")
    served = {name for name in programs(text, **info) if "招才引智" in name or "康养示范园" in name}
    assert len(served) == 2  # both are read as programs, so the test is about the edge
    assert not any(agency == "莲都区民政局" and program in served for agency, program in promotes(text, **info))


def test_groups_that_help_the_issuers_own_campaign_leave_it_the_issuers():  # negative
    text = (
        "2024年莲都区民政局重点工作清单\n"
        "一、组织开展“暖冬行动”，动员社会组织助力“暖冬行动”，走访慰问困难群众。"
    )
    found = promotes(text, place="莲都区", province="浙江省", issuing_body="莲都区民政局")
    assert any(agency == "莲都区民政局" and "暖冬行动" in program for agency, program in found)


def test_a_sentence_without_a_subject_goes_on_with_the_bodys_programs():
    text = (
        "嘉義市長青福利新措施\n"
        "社會處表示，嘉義市65歲以上長者已突破5萬人。市府持續擴大社區照顧關懷據點布建，今年新增12處據點；"
        "同時積極串聯民間資源，共同推動「銀髮健康行動車」計畫，提升據點服務量能。"
    )
    found = promotes(text, place="嘉义市")
    assert ("嘉义市政府", "银发健康行动车") in found


def test_a_body_that_only_speaks_in_the_sentence_before_passes_nothing_on():  # negative
    text = (
        "嘉義市長青福利新措施\n"
        "社會處表示，嘉義市65歲以上長者已突破5萬人；"
        "同時積極串聯民間資源，共同推動「銀髮健康行動車」計畫，提升據點服務量能。"
    )
    found = promotes(text, place="嘉义市")
    assert not any(program == "银发健康行动车" for agency, program in found)


def test_a_body_that_launches_or_runs_a_scheme_promotes_it():
    text = "安老服務新動向\n會上，社會福利署今年推出「長者支援先導計劃」，為獨居長者提供支援。"
    assert ("香港社会福利署", "长者支援先导计划") in promotes(text, place="香港")
    text = "养老服务新举措\n会上，泉州市民政局推出“银龄助餐”行动，方便老年人就餐。"
    assert ("泉州市民政局", "银龄助餐行动") in promotes(text, place="泉州市", province="福建省")
    text = "長青福利新措施\n活動中，高雄市政府社會局辦理「銀髮共餐」計畫，照顧社區長者。"
    assert ("高雄市政府社会局", "银发共餐计划") in promotes(text, place="高雄市")


def test_a_body_that_only_handles_paperwork_after_the_scheme_does_not_run_it():  # negative (the learned step on, as shipped; pinned to the rules alone until stop 21)
    text = "养老服务新举措\n“银龄助餐”行动推出以来，泉州市民政局办理老年人就餐登记三千余人次。"
    assert ("泉州市民政局", "银龄助餐行动") not in promotes(text, place="泉州市", province="福建省")
