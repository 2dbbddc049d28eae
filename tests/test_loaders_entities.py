"""Agencies, places, persons and meetings on real sentences from the corpus.

Each case is a sentence taken from a corpus document (normalised), with the
document's context (its place) as the pipeline would resolve it.
"""
from __future__ import annotations

import pytest

from loaders.agencies import extract_agencies
from loaders.gazetteer import get_gazetteer
from loaders.meetings import extract_meetings
from loaders.metadata import read_index
from loaders.normalise import normalise
from loaders.persons import extract_persons
from loaders.places import extract_places
from loaders.sentences import split_sentences
from loaders.types import DocumentInfo

YINGKOU = DocumentInfo("000", place="营口市", province="辽宁省")
QUZHOU = DocumentInfo("001", place="衢州市", province="浙江省")
SHANDONG = DocumentInfo("002", place="滨州市", province="山东省")
LIAONING = DocumentInfo("004", place="辽宁省", province="辽宁省")


def corpus_sentence(corpus_dir, split: str, name: str, needle: str):
    """The normalised sentence of a corpus file that contains ``needle``."""
    path = next((corpus_dir / split).glob(f"{name}*.txt"))
    norm = normalise(path.read_text(encoding="utf-8"))
    for sentence in split_sentences(norm.text):
        if needle in sentence.text:
            return sentence
    raise AssertionError(f"{needle!r} not in {path.name}")


def names(mentions) -> list[str]:
    return [m.name for m in mentions]


# --- agencies -------------------------------------------------------------

def test_bare_bureaus_resolve_from_the_documents_city(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "000", "会议集中传达了省民政厅")
    found = names(extract_agencies([sentence], YINGKOU))
    assert "辽宁省民政厅" in found and "营口市委" in found and "营口市人民政府" in found
    assert "省民政厅" not in found and "市委" not in found


def test_generic_references_are_not_agencies(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "004", "各级民政部门")
    found = names(extract_agencies([sentence], LIAONING))
    assert not any("民政部门" in name or name == "民政部" for name in found)
    assert "党中央" in found and "国务院" in found


def test_enumerated_city_bureaus(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "002", "等9个市民政局")
    found = set(names(extract_agencies([sentence], SHANDONG)))
    assert {"济南市民政局", "青岛市民政局", "日照市民政局", "滨州市民政局"} <= found
    assert "市民政局" not in found


def test_institutions_under_a_bureau(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "001", "殡仪馆")
    assert "衢州市殡仪馆" in names(extract_agencies([sentence], QUZHOU))


def test_traditional_mirror_text_resolves_to_simplified_names(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "004", "召开全省民政工作视频会议")
    assert "辽宁省民政厅" in names(extract_agencies([sentence], LIAONING))


def test_units_of_a_provincial_department(corpus_dir):
    info = DocumentInfo("030", place="浙江省", province="浙江省")
    sentence = corpus_sentence(corpus_dir, "dev", "030", "社会救助处")
    found = set(names(extract_agencies([sentence], info)))
    assert {"浙江省民政厅办公室", "浙江省民政厅社会救助处", "浙江省民政厅信息中心"} <= found


# --- places ---------------------------------------------------------------

def test_short_county_names_resolve_inside_the_province(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "001", "江山、开化")
    places = {m.name: m.properties.get("code") for m in extract_places([sentence], QUZHOU)}
    assert places.get("江山市") == "330881" and places.get("开化县") == "330824"
    assert "范县" not in places  # 示范县 is not 范县


def test_hierarchy_of_a_county():
    gazetteer = get_gazetteer()
    chain = [p.name for p in gazetteer.chain(gazetteer.lookup("常山县", province="浙江省"))]
    assert chain == ["常山县", "衢州市", "浙江省"]


def test_streets_communities_and_villages(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "002", "彭李街道")
    found = names(extract_places([sentence], SHANDONG))
    assert {"滨城区", "彭李街道", "为民社区"} <= set(found)


def test_non_places_are_rejected(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "000", "全市民政系统")
    found = names(extract_places([sentence], YINGKOU))
    assert not {"全市", "全省", "我市", "城乡", "中国"} & set(found)


def test_places_inside_cited_titles_are_not_mentions(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "dev", "044", "印发《")
    info = DocumentInfo("044", place="济南市", province="山东省")
    start = sentence.text.index("《")
    end = sentence.text.index("》") + 1
    inside = [(sentence.start + start, sentence.start + end)]
    found = extract_places([sentence], info, exclude=inside)
    assert all(not (inside[0][0] <= m.start < inside[0][1]) for m in found)


def test_media_names_are_not_places(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "dev", "004", "咸宁网讯")
    assert "咸宁市" not in names(extract_places([sentence], DocumentInfo("004", place="咸宁市", province="湖北省")))


def test_index_place_resolves_county_level_city(corpus_dir):
    index = read_index(corpus_dir / "dev" / "INDEX.tsv")
    assert (index["010.txt"].place, index["010.txt"].province) == ("罗定市", "广东省")
    assert (index["038.txt"].place, index["038.txt"].province) == ("东区", "台湾省")
    assert index["016.txt"].place is None


# --- persons --------------------------------------------------------------

def test_person_with_post_and_org(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "004", "方守义")
    agencies = extract_agencies([sentence], LIAONING)
    persons = {m.name: m.properties for m in extract_persons([sentence], LIAONING, agencies)}
    assert persons["方守义"]["post"] == "党组书记、厅长"  # 厅党组书记、厅长方守义: every title written


def test_name_before_post_and_implied_government(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "004", "崔枫林")
    persons = {m.name: m.properties for m in extract_persons([sentence], LIAONING, [])}
    assert persons["崔枫林"] == {"post": "副省长", "org": "辽宁省人民政府"}


def test_org_is_the_agency_written_before_the_post(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "003", "赵永刚")
    info = DocumentInfo("003", place="东营市", province="山东省")
    agencies = extract_agencies([sentence], info)
    persons = {m.name: m.properties for m in extract_persons([sentence], info, agencies)}
    posts = persons["赵永刚"].pop("posts")  # (title, body) per body, for HOLDS_POST
    assert persons["赵永刚"] == {"post": "党组书记、局长", "org": "东营市民政局"}
    assert posts == [("市民政局党组书记、局长", "东营市民政局")]


def test_reporters_are_not_persons(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "dev", "004", "记者盛勇")
    assert extract_persons([sentence], DocumentInfo("004"), []) == []


def test_names_listed_after_a_post(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "dev", "014", "赵济红")
    assert {"金朝霞", "赵济红"} <= set(names(extract_persons([sentence], DocumentInfo("014"), [])))


# --- meetings -------------------------------------------------------------

def test_meeting_with_year_and_party_plenums(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "000", "十九届四中、五中全会")
    found = names(extract_meetings([sentence], YINGKOU))
    assert {"党的十九大", "党的十九届四中全会", "党的十九届五中全会"} <= set(found)
    title = corpus_sentence(corpus_dir, "seeds", "000", "组织召开2021年全市民政工作会议")
    meetings = extract_meetings([title], YINGKOU)
    assert names(meetings) == ["2021年全市民政工作会议"] and meetings[0].properties == {"year": 2021}


def test_joined_meeting_names(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "002", "暨民政事业改革创新培训班")
    assert "全省民政局长座谈会暨民政事业改革创新培训班" in names(extract_meetings([sentence], SHANDONG))


def test_meeting_names_are_not_sentences(corpus_dir):
    for split, name in [("dev", "008"), ("dev", "024"), ("dev", "066")]:
        path = corpus_dir / split / f"{name}.txt"
        sentences = split_sentences(normalise(path.read_text(encoding="utf-8")).text)
        for meeting in extract_meetings(sentences, DocumentInfo(name)):
            assert "出席" not in meeting.name and "，" not in meeting.name and len(meeting.name) <= 40


@pytest.mark.parametrize("written, expected", [("县政府十三届一次常务会议", "县政府十三届一次常务会议"), ("省委十二届十四次全会", "省委十二届十四次全会")])
def test_sessions_of_a_body(written, expected):
    from loaders.types import Sentence

    sentence = Sentence(0, f"认真落实{written}精神。", 0, len(written) + 7)
    assert expected in names(extract_meetings([sentence], DocumentInfo("x")))


def test_development_zones_are_places(corpus_dir):
    sentence = corpus_sentence(corpus_dir, "seeds", "002", "高新区")
    zones = [m for m in extract_places([sentence], SHANDONG) if m.properties.get("level") == "special"]
    assert [m.name for m in zones] == ["高新区"]


@pytest.mark.parametrize("text, name", [("市民政局局长冼星海出席会议。", "冼星海"), ("副县长庹宗华强调，要落实兜底保障。", "庹宗华")])
def test_rare_surnames_after_a_post(text, name):
    from loaders.types import Sentence

    assert names(extract_persons([Sentence(0, text, 0, len(text))], DocumentInfo("x"), [])) == [name]


def test_a_post_followed_by_a_verb_is_no_person():
    from loaders.types import Sentence

    text = "局长表示，要加强社会救助。"
    assert extract_persons([Sentence(0, text, 0, len(text))], DocumentInfo("x"), []) == []
