"""The learned PROMOTES step (loaders.promotes_model, issue 11), on invented sentences.

The step is on by default since stop 20 (``DEFAULT_ON``); each test here switches it on for itself and back
to the default. Rule tests that pin what the rules alone do use the ``promotes_rules_alone`` fixture.
"""
from __future__ import annotations

import pytest

from kg.evaluate import predicted_relations
from loaders import load_text
from loaders import promotes_model as pm
from loaders.types import DocumentInfo


@pytest.fixture
def model_on():
    pm.use_promotes_model("on")
    yield pm.active_model()
    pm.use_promotes_model(None)


def promotes(text: str, **info) -> set[tuple[str, str]]:
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", **info))
    return {(source, target) for rel, source, target in predicted_relations(fragment) if rel == "PROMOTES"}


def promotes_edges(text: str, **info):
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", **info))
    labels = {node.key: node.label for node in fragment.all_nodes()}
    return [e for e in fragment.edges if e.type == "PROMOTES" and labels.get(e.source) == "Agency"]


def test_the_body_that_leads_a_program_gets_the_edge(model_on):
    text = "营口市民政局工作动态\n市民政局牵头实施“银龄安康”工程，为全市老年人投保三万余份。"
    assert ("营口市民政局", "银龄安康工程") in promotes(text, place="营口市", province="辽宁省")


def test_a_body_that_launches_an_action_gets_the_edge(model_on):
    text = "养老服务简讯\n近日，盘锦市民政局牵头开展“暖心助餐”行动，为辖区老人提供助餐服务。"
    assert ("盘锦市民政局", "暖心助餐行动") in promotes(text, place="盘锦市", province="辽宁省")


UNRELATED_CLAUSE = ("社区工作简讯\n本次座谈会由街道办主持，市财政局、市卫健委派员列席；"
                    "另据了解，“邻里守望”项目已在部分社区运行多年。")


def program_names(text: str, **info) -> set[str]:
    fragment = load_text(text, "t.txt", DocumentInfo("t.txt", **info))
    return {node.name for node in fragment.all_nodes() if node.label == "Program"}


def test_a_body_listed_beside_a_program_in_an_unrelated_clause_gets_none(model_on):  # negative
    assert any(name.startswith("邻里守望") for name in program_names(UNRELATED_CLAUSE, place="营口市"))
    found = promotes(UNRELATED_CLAUSE, place="营口市", province="辽宁省")
    assert not any(program.startswith("邻里守望") for _, program in found)


def test_bodies_of_an_attendance_list_do_not_run_the_next_sentences_program(model_on):  # negative
    text = "简讯\n参加培训的有市财政局、市人社局等单位。此外，“七彩童年”关爱项目由爱心企业出资。"
    assert any(name.startswith("七彩童年") for name in program_names(text, place="营口市"))
    assert not any(program.startswith("七彩童年") for _, program in promotes(text, place="营口市", province="辽宁省"))


def test_a_kept_rule_edge_cites_its_rule_and_an_added_one_says_the_model(model_on, tmp_path):
    text = "营口市民政局工作动态\n市民政局牵头实施“银龄安康”工程，为全市老年人投保三万余份。"
    edges = promotes_edges(text, place="营口市", province="辽宁省")
    assert edges and pm.METHOD not in {e.provenance.method for e in edges}  # the rules' edge, kept
    assert all("银龄安康" in e.provenance.sentence for e in edges)
    # a hand-written model that trusts every candidate adds a body to the program the rules left without one
    path = tmp_path / "m.tsv"
    pm.write_model(path, {"bias": 3.0}, keep=0.5, add=0.5)
    pm.use_promotes_model(str(path))
    added = promotes_edges(UNRELATED_CLAUSE, place="营口市", province="辽宁省")
    assert added and {e.provenance.method for e in added} == {pm.METHOD}
    assert all("邻里守望" in e.provenance.sentence for e in added)


def test_on_by_default_and_off_the_rules_write_their_own_edges():
    pm.use_promotes_model(None)
    assert pm.active_model() is not None  # the default
    text = "营口市民政局工作动态\n市民政局牵头实施“银龄安康”工程，为全市老年人投保三万余份。"
    try:
        pm.use_promotes_model("off")
        edges = promotes_edges(text, place="营口市", province="辽宁省")
    finally:
        pm.use_promotes_model(None)
    assert edges and pm.METHOD not in {e.provenance.method for e in edges}


def test_a_model_that_distrusts_a_rule_drops_its_edge(tmp_path):
    # a hand-written model: every pair the rules made through the issuer alone is unlikely
    path = tmp_path / "m.tsv"
    pm.write_model(path, {"bias": 2.0, "rule=runner": -6.0}, keep=0.5, add=0.99)
    text = "营口市民政局2024年工作要点\n全面推进“幸福家园”建设，持续做好困难群众救助工作。"
    info = {"place": "营口市", "province": "辽宁省", "issuing_body": "营口市民政局", "kind": "work_plan"}
    try:
        pm.use_promotes_model("off")
        assert ("营口市民政局", "幸福家园") in promotes(text, **info)  # the rules: the issuer runs its plan
        pm.use_promotes_model(path)
        assert ("营口市民政局", "幸福家园") not in promotes(text, **info)
    finally:
        pm.use_promotes_model(None)


def test_collecting_gives_every_candidate_and_keeps_the_rules_edges():
    text = "营口市民政局工作动态\n市民政局牵头实施“银龄安康”工程，市财政局做好资金保障。"
    with pm.collecting() as collected:
        fragment = load_text(text, "t.txt", DocumentInfo("t.txt", place="营口市", province="辽宁省"))
    pairs = {(c.agency_name, c.program.name, tuple(c.rules)) for c in collected[0]}
    assert ("营口市民政局", "银龄安康工程", ("named", "runner")) in pairs  # chosen by two rules
    assert any(agency == "营口市财政局" and not rules for agency, _, rules in pairs)  # a candidate no rule chose
    assert ("PROMOTES", "营口市民政局", "银龄安康工程") in predicted_relations(fragment)


def test_a_long_list_of_bodies_gives_a_bounded_number_of_candidates():
    bodies = "、".join(f"市{name}局" for name in ("财政", "税务", "商务", "粮食", "林业", "水利", "文化", "体育", "交通", "审计", "统计"))
    text = f"通知\n{bodies}联合开展“银龄安康”工程。"
    with pm.collecting() as collected:
        load_text(text, "t.txt", DocumentInfo("t.txt", place="营口市", province="辽宁省"))
    assert 0 < len(collected[0]) <= pm.MAX_LOCAL + 2


def test_a_model_file_reads_back(tmp_path):
    path = tmp_path / "m.tsv"
    pm.write_model(path, {"bias": -0.5, "rule=named": 2.25}, keep=0.35, add=0.75, note="invented")
    model = pm.load_model(str(path))
    assert (model.keep, model.add, model.weights) == (0.35, 0.75, {"rule=named": 2.25, "bias": -0.5})


def test_a_missing_model_file_is_one_line():
    with pytest.raises(ValueError, match="promotes model not found"):
        pm.use_promotes_model("/nonexistent/promotes.tsv")
    pm.use_promotes_model(None)


def test_score_and_extract_take_the_flags():
    import argparse

    from kg.commands.extract import add_model_arguments, apply_model_arguments

    parser = argparse.ArgumentParser()
    add_model_arguments(parser)
    try:
        apply_model_arguments(parser.parse_args(["--promotes-model"]))
        assert pm.active_model() is not None
        apply_model_arguments(parser.parse_args(["--promotes-model", "--no-promotes-model"]))
        assert pm.active_model() is None
    finally:
        pm.use_promotes_model(None)


def test_without_a_flag_the_cli_leaves_the_environments_choice(monkeypatch):
    import argparse

    from kg.commands.extract import apply_model_arguments
    from loaders import agency_crf, program_crf

    monkeypatch.setenv("CIVKG_PROMOTES_MODEL", "off")
    monkeypatch.setenv("CIVKG_AGENCY_MODEL", "on")
    monkeypatch.setenv("CIVKG_PROGRAM_MODEL", "off")
    apply_model_arguments(argparse.Namespace())
    assert pm.active_model() is None
    assert program_crf.active_setting() is None
    apply_model_arguments(argparse.Namespace(program_mode="veto"))  # a mode alone keeps the environment's model
    assert program_crf.active_setting() is None
    assert agency_crf.active_setting() is not None and agency_crf.active_setting().path == str(agency_crf.DEFAULT_MODEL)
    # negative: a flag still wins over the environment
    apply_model_arguments(argparse.Namespace(promotes_model="default", no_agency_model=True))
    assert pm.active_model() is not None and agency_crf.active_setting() is None
    apply_model_arguments(argparse.Namespace(program_model="default", program_mode="add"))
    assert program_crf.active_setting() is not None
