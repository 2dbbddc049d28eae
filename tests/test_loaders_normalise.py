"""loaders.normalise and loaders.sentences on the seeds: furniture, pinyin, script, offsets."""
from __future__ import annotations

import pytest

from loaders.normalise import normalise, traditional_share
from loaders.sentences import split_sentences


@pytest.fixture(scope="module")
def seed(corpus_dir):
    def read(name: str) -> str:
        return next((corpus_dir / "seeds").glob(f"{name}_*.txt")).read_text(encoding="utf-8")

    return read


def test_furniture_lines_are_dropped(seed):
    norm = normalise(seed("000"))
    for furniture in ("当前位置", "【字号", "分享", "扫一扫在手机打开当前页", "附件", "发布时间"):
        assert furniture not in norm.text
    assert norm.text.startswith("营口市民政局组织召开2021年全市民政工作会议")


def test_copyright_block_and_editor_byline_are_dropped(seed):
    norm = normalise(seed("003"))
    assert "责任编辑" not in norm.text and "凡本网注明" not in norm.text and "记者 王敏" not in norm.text
    assert "幸福民政" in norm.text


def test_pinyin_is_removed_and_script_converted(seed):
    original = seed("004")
    assert "學(xué)習(xí)" in original
    norm = normalise(original)
    assert norm.script == "traditional"
    assert "(xué)" not in norm.text and "学习贯彻" in norm.text
    assert "辽宁省民政厅召开全省民政工作视频会议" in norm.text


def test_real_parentheses_stay(seed):
    norm = normalise(seed("004"))
    assert "村（居）" in norm.text or "村(居)" in norm.text


def test_simplified_text_is_not_converted(seed):
    norm = normalise(seed("000"))
    assert norm.script == "simplified"
    assert traditional_share(norm.text) < 0.01


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_offsets_map_every_character_back(seed, name):
    original = seed(name)
    norm = normalise(original)
    assert len(norm.offsets) == len(norm.text) + 1
    assert norm.offsets == sorted(norm.offsets)
    mismatched = 0
    for i, ch in enumerate(norm.text):
        source = original[norm.offsets[i]]
        if ch == "\n":
            continue
        # punctuation width and t2s conversion change the character, never its place
        if ch != source and not (norm.script == "traditional" or ch in "，；：！？（）" or source in "\u3000\xa0"):
            mismatched += 1
    assert mismatched == 0


def test_original_span_recovers_the_written_name(seed):
    original = seed("004")
    norm = normalise(original)
    start = norm.text.index("辽宁省民政厅")
    o_start, o_end = norm.original_span(start, start + len("辽宁省民政厅"))
    assert original[o_start:o_end].replace("(liáo)", "").startswith("遼")
    assert "廳" in original[o_start:o_end]


def test_ascii_punctuation_next_to_chinese_becomes_full_width(seed):
    norm = normalise(seed("000"))
    assert "2月22日，2021年" in norm.text
    assert "2021-02-22" not in norm.text  # the date line is furniture


def test_sentences_keep_headings_apart(seed):
    norm = normalise(seed("001"))
    sentences = split_sentences(norm.text)
    texts = [s.text for s in sentences]
    assert "2019年全市民政工作要点" in texts
    assert all(norm.text[s.start:s.end] == s.text for s in sentences)
    assert all(s.index == i for i, s in enumerate(sentences))


def _normalise_in_child(text: str) -> None:
    normalise(text)


def test_conversion_survives_a_fork(seed):
    """A worker forked after this process converted text must still convert (no hung thread pool)."""
    import multiprocessing

    text = seed("004")
    normalise(text)  # the converter is now in use in this process
    process = multiprocessing.get_context("fork").Process(target=_normalise_in_child, args=(text,))
    process.start()
    process.join(60)
    hung = process.is_alive()
    if hung:
        process.kill()
    assert not hung and process.exitcode == 0


def test_government_site_footer_is_furniture(seed):
    page = "首页 > 新闻中心 > 工作动态\n" + seed("000") + "\n【打印】 【关闭】\n主办单位：营口市民政局 技术支持：某公司\n辽ICP备00000000号\n网站标识码：2108000001\n"
    norm = normalise(page)
    for furniture in ("新闻中心", "【打印】", "主办单位", "ICP备", "网站标识码"):
        assert furniture not in norm.text
    assert "殡葬服务管理智慧平台" in norm.text
