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


# 2. A verb marked as done with 了 (听取了, 承担了, 调研了) ends the clause's verb: its object, the
#    programme, follows. Gold programs stand after V了 in ten documents of the fresh sets.
def test_the_object_after_a_verb_marked_with_le_is_named():
    assert _programs("调研组听取了我市银龄康乐工程等工作情况，我县承担了城乡社区治理改革攻坚项目。") == [
        "城乡社区治理改革攻坚项目", "银龄康乐工程"]


def test_le_in_liaojie_is_no_aspect_marker():  # negative: 了解 is a verb of its own, 为了解 opens no name
    assert _programs("为了解试点方案落实情况，介绍了方案。") == []


# 3. An edition of a campaign (第二十届关爱行动) is one round of a programme named elsewhere; a brand run
#    as a project (民生大莞家品牌项目) is named by itself, as quoted brands are in the golds.
def test_an_edition_of_a_campaign_names_no_programme():
    assert _programs("主任介绍了第十五届关爱行动的特色亮点。") == []


def test_a_brand_project_is_named_by_its_brand():
    assert _programs("社工介绍了我镇幸福大家园品牌项目的申请流程。") == ["幸福大家园"]


def test_a_short_word_before_brand_project_is_no_brand():  # negative: 特色 is too short to be a brand
    assert "特色" not in _programs("打造特色品牌项目。")
