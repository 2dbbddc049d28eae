"""累计 (a running total) stays in a target's indicator: invented sentences, one per shape, and negatives."""
from loaders import load_text
from loaders.types import DocumentInfo


def _indicators(text: str) -> dict[float, str]:
    fragment = load_text(text, "invented.txt", DocumentInfo("invented.txt", year=2024))
    return {e["properties"]["value"]: e["properties"]["indicator"]
            for e in fragment.to_json()["entities"] if e["label"] == "Target"}


def test_running_total_after_a_month_figure_keeps_cumulative():
    found = _indicators("2024年10月，全县当月发放低保金356万元。1—10月份累计发放低保金3420万元。")
    assert found[356.0] == "当月低保金发放额"
    assert found[3420.0] == "低保金累计发放额"


def test_bare_benefit_running_total_takes_the_benefit_name():
    found = _indicators("有困难残疾人生活补贴对象2150人，发放补贴86万元，1—10月份累计发放补贴812万元。")
    assert found[812.0] == "困难残疾人生活补贴累计发放额"


def test_running_count_of_people_helped():
    found = _indicators("今年以来，累计救助流浪乞讨人员156人次。")
    assert found[156.0] == "流浪乞讨人员累计救助人次"


def test_without_running_total_no_cumulative_is_added():
    # negative: a plain payment (共发放) is not a running total
    found = _indicators("全区共发放临时救助金48万元。")
    assert "累计" not in found[48.0]
