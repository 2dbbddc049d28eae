"""A bare measure (答复率, 集中供养率, 标准之比, 行政处罚) takes the subject written before it.

Sentences here are invented for the tests (fixtures, not evidence); the measured effect on the
shared corpus and the fresh batch is in docs/benchmarks.md.
"""
from __future__ import annotations

from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def indicators(text: str) -> dict[str, str]:
    """``{value+unit: indicator}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=2023))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties["indicator"] for t in found}


def test_subject_of_an_earlier_clause_names_a_rate():
    got = indicators("全年共受理政府信息公开申请15件，均在法定期限内办结，答复率100%。")
    assert got["100%"] == "政府信息公开申请答复率"


def test_subject_of_the_sentence_before_in_the_same_paragraph():
    got = indicators("城乡低保标准分别提高到每人每月800元和650元。调整后标准之比缩小到1.23:1。")
    assert got["1.23:1"].startswith("城乡低保标准之比")


def test_a_group_measure_skips_the_facility_named_last():
    got = indicators("全县现有特困供养人员1200人，其中入住敬老院450人，集中供养率37.5%。")
    assert got["37.5%"] == "特困人员集中供养率"


def test_a_penalty_count_takes_the_body_punished():
    got = indicators("全年查处社会组织违法违规案件96起，其中行政处罚41起。")
    assert got["41起"] == "社会组织行政处罚数" or got["41起"].startswith("社会组织行政处罚")


def test_an_indicator_with_its_own_subject_keeps_it():
    got = indicators("全市特困人员集中供养率达到42%，养老机构入住率达到65%。")
    assert got["42%"] == "特困人员集中供养率"
    assert got["65%"] == "养老机构入住率"


def test_a_new_paragraph_resets_the_subject():
    got = indicators("全年共受理政府信息公开申请15件。\n答复率100%。")
    assert got["100%"] == "答复率"


def test_a_thing_of_its_own_is_not_a_bare_measure():
    got = indicators("今年登记社会组织320家。公示行政处罚信息12条。")
    assert "社会组织" not in got["12条"]


def test_no_subject_written_leaves_the_measure_as_it_is():
    assert indicators("各项申请均已按时办结，答复率100%。")["100%"] == "答复率"


def test_a_grade_written_alone_takes_the_rate_of_the_grade_before():
    got = indicators("一、二级重度残疾人护理补贴为每人每月150元；三、四级为每人每月90元。")
    assert got["90元/月"].startswith("三、四级重度残疾人护理补贴")


def test_a_grade_after_a_line_break_keeps_its_bare_name():
    got = indicators("一、二级重度残疾人护理补贴为每人每月150元。\n三、四级为每人每月90元。")
    assert "护理补贴" not in got["90元/月"]
