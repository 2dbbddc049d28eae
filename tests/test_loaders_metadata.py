"""Document place and year from the text alone: the level of the speaking body, not the first place named."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders import load_file, load_text, read_index
from loaders.metadata import document_level

HELDOUT_DIR = Path(__file__).resolve().parent / "heldout"


def seed_path(corpus_dir, prefix: str) -> Path:
    return next((corpus_dir / "seeds").glob(f"{prefix}_*.txt"))


def test_a_provincial_meeting_held_in_a_city_is_about_the_province(corpus_dir):
    # 省民政厅在滨州市召开全省民政局长座谈会: the host city is where, not what
    fragment = load_file(seed_path(corpus_dir, "002"))
    doc = fragment.document.properties
    assert doc["place"] == "山东省"
    assert doc["year"] is None  # the text never writes the year
    agencies = {n.name for n in fragment.nodes if n.label == "Agency"}
    # bare 市 bodies still resolve to the host city named just before them
    assert {"滨州市人大常委会", "滨州市人民政府", "山东省民政厅"} <= agencies
    assert not {"市委", "市人民政府"} & agencies


def test_a_target_year_is_not_the_documents_year(corpus_dir):
    doc = load_file(seed_path(corpus_dir, "003")).document.properties
    assert doc["place"] == "东营市"
    assert doc["year"] is None  # 2022年…实现全覆盖 is a goal, not the date
    # a disclaimer's 注明“来源:东营日报…” is not the issuing body
    assert doc["issuing_body"] is None or "所有文字" not in doc["issuing_body"]


@pytest.mark.parametrize(
    "text, level",
    [
        ("2024年全省民政工作会议在长春召开", "省"),
        ("自治区第八次民政会议在拉萨召开", "自治区"),
        ("市民政局召开新闻发布会", "市"),
        ("营口市民政局组织召开会议", None),
        ("调研组赴各设区市民政局座谈", None),
        ("南平市传达学习全省民政工作会议精神", None),  # the province's words passed on
    ],
)
def test_document_level(text, level):
    assert document_level(text) == level


def test_meeting_in_a_provincial_capital():
    text = "2023年全省养老服务工作会议在长沙召开\n会议由省民政厅主办，各市民政局局长参加。"
    fragment = load_text(text, "x.txt")
    assert fragment.document.properties["place"] == "湖南省"
    assert fragment.document.properties["year"] == 2023
    assert "湖南省民政厅" in {n.name for n in fragment.nodes if n.label == "Agency"}


def _audit(folder: Path) -> tuple[int, int, int]:
    index = read_index(folder / "INDEX.tsv")
    places = years = 0
    for name, info in index.items():
        doc = load_file(folder / name).document.properties  # no index: the text alone
        places += doc["place"] == info.place
        years += doc["year"] == info.year
    return places, years, len(index)


def test_place_and_year_without_the_index(corpus_dir):
    # the index's place/year are the answer; the text alone must agree on most documents
    # (dev: 26/33 places, 17/33 years at the time of writing, 20 and 16 before the level, addressee and media rules;
    # held-out: 14/14 and 13/14, 12 and 12 before; most dev misses name no place at all: 我市, 县政府)
    dev_places, dev_years, dev_n = _audit(corpus_dir / "dev")
    held_places, held_years, held_n = _audit(HELDOUT_DIR)
    assert dev_places >= 25 and held_places >= 13, (dev_places, held_places)
    assert dev_years >= 16 and held_years >= 12, (dev_years, held_years)


def test_a_text_without_a_heading_is_titled_by_what_happened(corpus_dir):
    titles = {prefix: load_file(seed_path(corpus_dir, prefix)).document.properties["title"] for prefix in ("002", "004")}
    assert titles["002"].startswith("省民政厅在滨州市召开全省民政局长座谈会")
    assert titles["004"].startswith("辽宁省民政厅召开全省民政工作视频会议")


def test_a_document_that_says_only_our_city_is_placed_by_its_local_paper():
    doc = load_text("4月起我市提高低保标准\n信息来源：洛阳日报\n为保障困难群众基本生活，我市提高城乡低保标准。", "x.txt").document.properties
    assert doc["place"] == "洛阳市"


def test_a_city_passing_on_a_provincial_meeting_stays_the_city():
    doc = load_text("南平市民政局传达学习全省民政工作会议精神\n会议传达了全省民政工作会议精神。", "x.txt").document.properties
    assert doc["place"] == "南平市"


def test_a_notice_to_the_cities_comes_from_the_province():
    text = "关于做好冬季救助工作的通知\n各市、州民政局，恩施州、神农架林区民政局：\n现将有关事项通知如下。"
    assert load_text(text, "x.txt").document.properties["place"] == "湖北省"


def test_index_quote_at_field_start_does_not_swallow_the_row(tmp_path):
    # Invented rows: a title that opens with a quoted slogan, as TSV exports of web pages do.
    index = tmp_path / "INDEX.tsv"
    index.write_text(
        "file\ttitle\tissuing_body\tplace\tyear\n"
        '001.txt\t"幸福民政"建设推进会召开\t市民政局\t浙江省衢州市\t2023\n'
        "002.txt\t全市养老服务工作会议召开\t市民政局\t浙江省湖州市\t2024\n",
        encoding="utf-8",
    )
    rows = read_index(index)
    assert sorted(rows) == ["001.txt", "002.txt"]
    assert rows["001.txt"].title == '"幸福民政"建设推进会召开'
    assert (rows["001.txt"].issuing_body, rows["001.txt"].place, rows["001.txt"].year) == ("市民政局", "衢州市", 2023)
    assert rows["002.txt"].place == "湖州市"


def test_index_unclosed_quote_at_field_start_keeps_the_next_rows(tmp_path):
    # Invented rows: a title cut after its opening quote, as a truncated export leaves it.
    index = tmp_path / "INDEX.tsv"
    index.write_text(
        "file\ttitle\tissuing_body\tplace\tyear\n"
        '001.txt\t"幸福民政\t市民政局\t浙江省衢州市\t2023\n'
        "002.txt\t全市养老服务工作会议召开\t市民政局\t浙江省湖州市\t2024\n"
        "003.txt\t全市社会救助工作会议召开\t市民政局\t浙江省丽水市\t2022\n",
        encoding="utf-8",
    )
    rows = read_index(index)
    assert sorted(rows) == ["001.txt", "002.txt", "003.txt"]
    assert (rows["001.txt"].issuing_body, rows["001.txt"].year) == ("市民政局", 2023)
    assert (rows["003.txt"].place, rows["003.txt"].year) == ("丽水市", 2022)
