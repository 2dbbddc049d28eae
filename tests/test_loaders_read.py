"""loaders.read: encodings, limits and bad input, on real corpus text."""
from __future__ import annotations

import codecs

import pytest

from kg.errors import InputError
from loaders.read import decode, html_to_text, read_bytes, read_file


@pytest.fixture(scope="module")
def seed_text(corpus_dir) -> str:
    return (corpus_dir / "seeds" / "000_66d4edfc353e1d9b.txt").read_text(encoding="utf-8")


def gbk_safe(text: str) -> str:
    """The text without the few characters (bullets, emoji) that GBK lacks."""
    return "".join(ch for ch in text if ch.encode("gbk", errors="ignore"))


@pytest.fixture(scope="module")
def taiwan_text(corpus_dir) -> str:
    return (corpus_dir / "dev" / "038.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk", "utf-16"])
def test_simplified_seed_round_trips_through_encodings(seed_text, encoding):
    expected = gbk_safe(seed_text) if encoding == "gbk" else seed_text
    text, _ = decode(expected.encode(encoding), "seed")
    assert text.lstrip("\ufeff") == expected


def test_utf8_with_bom(seed_text):
    text, encoding = decode(codecs.BOM_UTF8 + seed_text.encode("utf-8"))
    assert text == seed_text and encoding == "utf-8-sig"


def test_big5_traditional_text_is_told_from_gb18030(taiwan_text):
    data = taiwan_text.encode("big5", errors="ignore")
    text, encoding = decode(data)
    assert encoding == "big5"
    assert "臺中市" in text or "台中市" in text


def test_gbk_text_is_not_taken_for_big5(seed_text):
    text, encoding = decode(gbk_safe(seed_text).encode("gbk"))
    assert encoding == "gb18030"
    assert "营口市民政局" in text


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n ")
    with pytest.raises(InputError, match="empty"):
        read_file(path)


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary"):
        read_file(path)


def test_undecodable_bytes():
    data = bytes([0x81, 0x30, 0xFF, 0xFE, 0x80]) * 20  # invalid in UTF-8, GB18030 and Big5
    with pytest.raises(InputError, match="undecodable|binary"):
        read_bytes(data, "garbage.txt")


def test_size_limit(tmp_path, seed_text):
    path = tmp_path / "huge.txt"
    path.write_text(seed_text * 3, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        read_file(path, max_bytes=10_000)
    assert read_file(path, max_bytes=1_000_000).text.startswith("当前位置")


def test_missing_file_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_file(tmp_path / "nope.txt")


def test_html_drops_script_style_nav_and_keeps_blocks(tmp_path, seed_text):
    body = "".join(f"<p>{line}</p>" for line in seed_text.splitlines()[:40] if line.strip())
    html = (
        "<html><head><title>营口市民政局组织召开2021年全市民政工作会议</title>"
        "<style>p{color:red}</style><script>var tracker='民政局';</script></head>"
        f"<body><nav>首页 民政要闻</nav>{body}</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    result = read_file(path)
    assert result.is_html and result.title == "营口市民政局组织召开2021年全市民政工作会议"
    assert "tracker" not in result.text and "color" not in result.text and "首页 民政要闻" not in result.text
    assert "2月22日" in result.text and "\n" in result.text


def test_html_title_prefers_h1():
    text, title = html_to_text("<title>站点名</title><h1>全市民政工作会议召开</h1><div>正文</div>")
    assert title == "全市民政工作会议召开" and text == "全市民政工作会议召开\n正文"


def test_a_page_of_furniture_only_is_one_clear_error():
    from loaders import load_text

    with pytest.raises(InputError, match="no text left"):
        load_text("当前位置:首页 > 民政要闻\n分享:\n扫一扫在手机打开当前页\n", "furniture.html")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text_not_binary(seed_text, taiwan_text, encoding, tmp_path):
    # Windows tools write UTF-16 without a byte-order mark; its ASCII characters carry NUL bytes.
    for text in (seed_text, taiwan_text):
        data = text.encode(encoding)
        assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" in data
        assert decode(data, "doc")[0] == text
    path = tmp_path / "nobom.txt"
    path.write_bytes(seed_text.encode(encoding))
    assert read_file(path).text == seed_text


def test_utf16_without_bom_and_without_ascii_is_text():
    text = "省民政厅召开全省民政工作会议部署养老服务和社会救助工作"
    assert decode(text.encode("utf-16-le"), "doc") == (text, "utf-16-le")


def test_nul_bytes_that_are_not_utf16_stay_binary():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "image.txt")
