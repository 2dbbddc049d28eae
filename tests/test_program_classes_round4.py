"""Program rule classes of round 4 (issue 10, h/progs4), built from a count of what the gold of every
fresh set calls a program and the rules miss (/work/fresh-progs4/README.md), tested on invented
sentences.

Every sentence is written for the test, phrased after real 民政 pages (none copied); each class
has a positive and a negative case.
"""
from __future__ import annotations

from loaders.programs import extract_programs
from loaders.types import DocumentInfo, Sentence


def _programs(text: str) -> list[str]:
    return sorted(m.name for m in extract_programs([Sentence(0, text, 0, len(text))], DocumentInfo("t")))


# 1. A construction project is named by the facility it builds (kinds built / built-generic in
#    loaders/data/program_suffixes.txt), its building work and its phase: seen in the gold of five
#    documents (a 营口 report, a 仙居 county summary, a 牟定 county meeting item, a 彰化 news item,
#    a 湖州 county summary).
def test_a_specific_facility_with_its_building_work_is_a_project():
    assert _programs("目前正推进城关镇敬老院改扩建项目和县殡仪馆迁建工程，年底前完工。") == [
        "县殡仪馆迁建工程", "城关镇敬老院改扩建项目"]


def test_a_phase_names_a_project_of_a_facility():
    assert _programs("确保全县农村公益性公墓二期项目9月底开工建设。") == ["农村公益性公墓二期项目"]


def test_a_generic_facility_needs_a_place_before_it():
    assert _programs("推进临河县特困人员供养服务中心项目建成投用。") == ["临河县特困人员供养服务中心项目"]


def test_a_kind_of_facility_project_is_no_name():  # negative: no place, no phase, a kind of project
    assert _programs("积极争取乡镇养老服务中心建设项目资金，推动社区活动中心新建工程。") == []


def test_a_date_after_a_project_ends_its_name():  # a date is no count of projects
    assert _programs("确保县福利院迁扩建项目8月底前完工。") == ["县福利院迁扩建项目"]
