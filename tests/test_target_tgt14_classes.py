"""Classes of target year, place and kind failure found on a fresh batch of real pages (a county's year
summary, a five-year plan's list of goals, news of a national services plan, Taiwanese long-term care news)
before any fix, with the same class on an earlier fresh page (tgt13 A 003):

- a plan's horizon (到2025年, 到2020年底前) named once, in a heading line or an opening sentence, was not
  carried to the goals of the lines and sentences after it: those goals took the year the page came out;
- a paragraph whose subject will or must act (市民政局将持续加强…；…新增助餐服务点60个; 二是要深化养老服务
  改革发展。…实现1000所…转型; fresh-progs7 A 005, fresh-progs8 A 003, seeds) listed its aims in later
  clauses and sentences with no goal word of their own, which were read as figures;
- 将 marking a moved object in a deed done (将脱贫人口中…万人纳入了低保, tgt11 A 001; a report's 将审核审批时限由
  两个月压缩到20个工作日, tgt13 A 002) was read as "will", so those figures were goals;
- a place named only after a figure, in a clause of its own (全省…新增护理型床位30622张，青岛、威海被纳入…试点,
  seeds 002; tgt13 A 003), was taken as the figure's place instead of the document's.

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect on the fresh
pages and the shared corpus is in docs/benchmarks.md (helper "tgt14").
"""
from __future__ import annotations

from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.pipeline import load_text
from loaders.types import DocumentInfo


def targets(text: str, year: int | None = 2021, kind: str = "work_plan") -> dict[str, dict]:
    """``{value+unit: properties}`` of the targets of ``text`` (a plan unless ``kind`` says otherwise)."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=year, kind=kind))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties for t in found}


# --- a plan's horizon carried to the goals after it ---

def test_heading_horizon_dates_the_goal_lines_under_it() -> None:
    found = targets("全县民政事业“十四五”主要指标\n——到2025年底前要实现的目标\n"
                    "特困人员集中供养率达到60%\n每千名老年人口拥有养老床位数达到40张\n")
    assert found["60%"]["year"] == 2025
    assert found["40张"]["year"] == 2025
    assert found["60%"]["kind"] == "goal"


def test_opening_horizon_dates_goals_of_later_paragraphs() -> None:
    found = targets("市政府印发的养老服务规划明确，到2025年，全市养老服务体系更加健全。\n老有所养\n"
                    "养老机构护理型床位占比达到60%，社区养老服务设施覆盖率达100%。")
    assert found["60%"]["year"] == 2025
    assert found["100%"]["year"] == 2025


def test_horizon_in_the_next_sentence_of_a_paragraph() -> None:
    found = targets("《规划》提出，全市到2025年建成养老床位3万张。街道养老服务综合体总量力争达到40家。")
    assert found["3万张"]["year"] == 2025
    assert found["40家"]["year"] == 2025


def test_a_year_of_its_own_ends_the_horizon() -> None:
    # the plan for the coming year after the five-year goals: the five-year term no longer holds
    found = targets("到2025年，全区养老床位达到5000张。\n二、2022年工作计划\n全区新建社区食堂12个。", year=2021)
    assert found["5000张"]["year"] == 2025
    assert found["12个"]["year"] != 2025


def test_a_past_end_date_is_no_horizon() -> None:
    # 到2020年底 in a 2021 report is the date of a figure, and a later goal keeps the report's year
    found = targets("到2020年底，全县共有养老机构21家。今年力争新增养老床位300张。", year=2021, kind="report")
    assert found["300张"]["year"] == 2021


def test_horizon_does_not_date_figures() -> None:
    # figures reported after a plan's horizon are no goals: the horizon does not date them
    found = targets("到2025年，全市社区养老服务设施覆盖率达到100%。\n今年以来，全市发放高龄津贴1200万元。",
                    year=2023, kind="report")
    assert found["100%"]["year"] == 2025
    assert found["1200万元"]["kind"] == "figure"
    assert found["1200万元"]["year"] == 2023


def test_a_span_end_is_no_horizon() -> None:
    found = targets("从2019年到2022年，全县累计建成农村幸福院80个。\n全县力争建成区域性养老服务中心5个。",
                    year=2018)
    assert found["5个"]["year"] != 2022


# --- a paragraph in the future: its later numbers are aims ---

def test_will_in_a_list_head_makes_its_clauses_goals() -> None:
    found = targets("今年，市民政局将持续加强城乡低保工作；新增老年助餐服务点60个，新增认知障碍床位700张；"
                    "改造困难家庭居室250户。", year=2024, kind="news")
    assert [found[k]["kind"] for k in ("60个", "700张", "250户")] == ["goal", "goal", "goal"]


def test_must_in_an_item_heading_makes_the_next_sentence_goals() -> None:
    found = targets("会议强调，今年要抓好四方面工作。二是要深化养老服务改革。提升50家县级养老机构服务水平，"
                    "建成300个村级养老服务站点。", year=2024, kind="news")
    assert found["50家"]["kind"] == "goal"
    assert found["300个"]["kind"] == "goal"


def test_a_figure_word_ends_the_future() -> None:
    found = targets("会议要求，要加快养老服务体系建设。今年以来，全市已新建养老服务站点45个。", year=2024, kind="news")
    assert found["45个"]["kind"] == "figure"


def test_will_as_the_object_marker_is_no_future() -> None:
    # 将…纳入 moves an object (a deed done), it says nothing about the future
    found = targets("民政局将困难群众纳入低保范围；新增低保对象300人，发放低保金1200万元。", year=2024, kind="report")
    assert found["300人"]["kind"] == "figure"
    assert found["1200万元"]["kind"] == "figure"


def test_future_does_not_cross_a_paragraph() -> None:
    found = targets("二是要深化养老服务改革。\n全市新建养老服务站点45个。", year=2024, kind="news")
    assert found["45个"]["kind"] == "figure"


# --- 将 moving an object in a deed done ---

def test_object_moved_with_le_is_a_figure() -> None:
    found = targets("全省民政部门将困难群众中12.5万人纳入了低保范围。", year=2024, kind="news")
    assert found["12.5万人"]["kind"] == "figure"


def test_a_reports_object_moved_is_a_figure() -> None:
    found = targets("区民政局将低保审批时限由原来的一个月压缩到15个工作日。", year=2024, kind="report")
    assert found["15个工作日"]["kind"] == "figure"


def test_a_plans_object_moved_stays_a_goal() -> None:
    found = targets("明年将低保审批时限压缩到15个工作日。", year=2024, kind="work_plan")
    assert found["15个工作日"]["kind"] == "goal"


def test_will_without_an_object_moved_stays_a_goal() -> None:
    found = targets("今年全县将新建农村幸福院30个。", year=2024, kind="report")
    assert found["30个"]["kind"] == "goal"


# --- a place named only after the figure ---

def places_of(text: str, place: str) -> dict[float, str]:
    """``{value: name of the FOR_PLACE place}`` of a document about ``place``."""
    data = load_text(text, "t.txt", DocumentInfo("t.txt", year=2023, kind="report", place=place)).to_json()
    names = {e["key"]: e["name"] for e in [*data["entities"], *data["context"]]}
    value_of = {e["key"]: e["properties"]["value"] for e in data["entities"] if e["label"] == "Target"}
    return {value_of[r["source"]]: names[r["target"]] for r in data["relationships"] if r["type"] == "FOR_PLACE"}


def test_places_after_the_figure_leave_it_the_documents() -> None:
    found = places_of("全省新增护理型床位12000张，济南、淄博被纳入国家试点。", "山东省")
    assert found[12000] == "山东省"


def test_a_place_before_the_figure_still_holds_it() -> None:
    found = places_of("淄博市新增护理型床位1200张，居全省前列。", "山东省")
    assert found[1200] == "淄博市"
