"""The learned keep/drop filter over Program names (loaders/program_filter.py, issue 10): invented sentences."""
import argparse

import pytest

from loaders import program_filter as pf
from loaders.programs import extract_programs
from loaders.sentences import split_sentences
from loaders.types import DocumentInfo

PLAN = DocumentInfo("plan.txt", title="2025年全市民政工作要点")


def names(text: str, info: DocumentInfo = PLAN) -> list[str]:
    return [m.name for m in extract_programs(split_sentences(text), info)]


@pytest.fixture
def filter_on():
    pf.use_program_filter("on")
    try:
        yield
    finally:
        pf.use_program_filter(None)


def test_off_by_default():
    pf.use_program_filter(None)
    assert pf.active_model() is None
    # off, a party study campaign the rules find stays
    assert names("会议强调，要深入推进党史学习教育，巩固拓展主题教育成果。") == ["党史学习教育"]


def test_a_clear_program_is_kept(filter_on):
    assert names("今年以来，市民政局启动“银龄安康”关爱行动，为全市困难老人提供上门服务。") == ["银龄安康关爱行动"]
    assert names("县民政局实施困难群众“暖冬”救助计划，帮助困难群众温暖过冬。") == ["暖冬救助计划"]


def test_a_generic_study_campaign_is_dropped(filter_on):
    # negative: the golds seldom list a party study campaign (…学习教育) as a program of the page
    assert names("会议强调，要深入推进党史学习教育，巩固拓展主题教育成果。") == []


def test_collecting_drops_nothing_and_gives_features(filter_on):
    sentences = split_sentences("会议强调，要深入推进党史学习教育，巩固拓展主题教育成果。")
    with pf.collecting() as collected:
        mentions = extract_programs(sentences, PLAN)
    assert [m.name for m in mentions] == ["党史学习教育"]
    [(mention, features)] = collected[0]
    assert "rule=suffix" in features and "suffix=学习教育" in features and "before=推进" in features


def test_environment_switches_it(monkeypatch):
    monkeypatch.setenv(pf.ENVIRONMENT, "on")
    assert pf.active_model() is not None
    monkeypatch.setenv(pf.ENVIRONMENT, "off")
    assert pf.active_model() is None


def test_a_missing_model_file_is_one_line():
    with pytest.raises(ValueError, match="program filter not found"):
        pf.use_program_filter("/nonexistent/program_filter.tsv")
    pf.use_program_filter(None)


def test_score_and_extract_take_the_flags():
    from kg.commands.extract import add_model_arguments, apply_model_arguments

    parser = argparse.ArgumentParser()
    add_model_arguments(parser)
    try:
        apply_model_arguments(parser.parse_args(["--program-filter"]))
        assert pf.active_model() is not None and pf.active_model().keep == pf.load_model(str(pf.DEFAULT_MODEL)).keep
        apply_model_arguments(parser.parse_args(["--program-filter", "--no-program-filter"]))
        assert pf.active_model() is None
        # negative: no flag leaves the environment's choice (and the other steps' flags leave the filter alone)
        apply_model_arguments(parser.parse_args(["--program-filter"]))
        apply_model_arguments(parser.parse_args(["--no-promotes-model"]))
        assert pf.active_model() is not None
    finally:
        pf.use_program_filter(None)
        from loaders.promotes_model import use_promotes_model
        use_promotes_model(None)


def test_slogan_shapes():
    assert pf.slogan_shape("雅居、人和、心美") == ["parts"]
    assert pf.slogan_shape("互比互看、全域提升") == ["pairs4"]
    assert pf.slogan_shape("四个一") == ["count"]
    assert pf.slogan_shape("银龄安康关爱行动") == []  # negative
