"""The civil-affairs topic taxonomy and keyword tagging."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from loaders.normalise import normalise
from loaders.sentences import split_sentences
from loaders.topics import TOPICS, TOPICS_BY_NAME, assign_topics, topics_for_text

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def test_taxonomy_has_unique_names_codes_and_keywords() -> None:
    assert len({t.name for t in TOPICS}) == len(TOPICS)
    assert len({t.code for t in TOPICS}) == len(TOPICS)
    assert all(t.code.isascii() and t.keywords for t in TOPICS)
    for line in ("社会救助", "养老服务", "儿童福利", "社区治理", "社会组织", "慈善", "福利彩票", "社会工作",
                 "志愿服务", "殡葬", "婚姻登记", "区划地名", "流浪乞讨救助", "残疾人福利", "水库移民"):
        assert line in TOPICS_BY_NAME


def test_lines_that_left_civil_affairs_are_not_topics() -> None:
    # 优抚安置 moved to 退役军人事务部 and 救灾 to 应急管理部 in 2018.
    assert not topics_for_text("做好退役军人优抚安置工作")


def test_real_sentences_get_their_business_lines() -> None:
    # Seed 000.
    assert topics_for_text("提高低保标准,完善政策体系,锻造兜底保障长板。") == ["社会救助"]
    assert "殡葬" in topics_for_text("新建节地绿色安葬设施、推进村级公益性公墓建设、加大海葬力度,推进节地生态安葬工作落实。")
    assert "慈善" not in topics_for_text("推进村级公益性公墓建设")
    assert topics_for_text("有序推动婚姻工作标准化建设,力争年底前实现婚姻登记跨区域通办。")[0] == "婚姻登记"


def test_slogans_carry_no_topic() -> None:
    assert topics_for_text("增强“四个意识”、坚定“四个自信”、做到“两个维护”") == []


def test_assign_topics_on_the_statistics_bulletin() -> None:
    norm = normalise((CORPUS / "dev" / "054.txt").read_text(encoding="utf-8"))
    sentences = split_sentences(norm.text)
    assign_topics(sentences)
    counts = Counter(topic for s in sentences for topic in s.topics)
    # The national bulletin reports on every business line it has a chapter for.
    for line in ("养老服务", "儿童福利", "社会救助", "殡葬", "婚姻登记", "区划地名", "福利彩票", "社会组织"):
        assert counts[line] > 0, line
    assert "水库移民" not in counts
