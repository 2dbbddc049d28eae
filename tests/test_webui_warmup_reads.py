"""What kg serve's warm-up reads from the store: only the fields each structure shows (invented documents)."""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from webui.catalogue import CATALOGUE_FIELDS, read_catalogue

DOCUMENTS = [
    {"key": "Document:d1", "label": "Document", "name": "关于推进居家养老服务的实施意见",
     "properties": {"title": "关于推进居家养老服务的实施意见", "date": "2023-04-02", "year": 2023, "kind": "意见",
                    "place": "衢州市", "issuing_body": "衢州市民政局", "char_count": 5120,
                    "text": "为推进居家养老服务……" * 50, "url": "http://example.invalid/a"}},
    {"key": "Document:d2", "label": "Document", "name": "2022年社会救助工作总结",
     "properties": {"title": "2022年社会救助工作总结", "date": None, "year": 2022, "kind": "总结",
                    "place": "柯城区", "issuing_body": None, "char_count": 2048, "text": "一年来……" * 40}},
]
COVERS = [
    {"type": "COVERS", "source": "Document:d1", "target": "Topic:养老服务", "properties": {"share": 0.6, "count": 12}},
    {"type": "COVERS", "source": "Document:d1", "target": "Topic:社会救助", "properties": {"share": 0.1, "count": 2}},
    {"type": "COVERS", "source": "Document:d2", "target": "Topic:社会救助", "properties": {"share": 0.7, "count": 9}},
]


class _FieldStore:
    """Answers iter_nodes/iter_edges as the stores do (``properties``: exactly those keys) and notes what was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, Any]] = []

    @staticmethod
    def _pick(row: dict[str, Any], properties: Sequence[str] | None) -> dict[str, Any]:
        if properties is None:
            return row
        props = row.get("properties") or {}
        return {**row, "properties": {p: props.get(p) for p in properties}}

    def iter_nodes(self, labels: Iterable[str] | None = None, properties: Sequence[str] | None = None):
        self.asked.append(("nodes", None if properties is None else tuple(properties)))
        return [self._pick(n, properties) for n in DOCUMENTS if labels is None or n["label"] in labels]

    def iter_edges(self, rel_types: Iterable[str] | None = None, properties: Sequence[str] | None = None):
        self.asked.append(("edges", None if properties is None else tuple(properties)))
        return [self._pick(e, properties) for e in COVERS if rel_types is None or e["type"] in rel_types]


class _WholeStore(_FieldStore):
    """The same store read as before: every property of every node and edge."""

    def iter_nodes(self, labels=None, properties=None):
        return super().iter_nodes(labels, None)

    def iter_edges(self, rel_types=None, properties=None):
        return super().iter_edges(rel_types, None)


def test_catalogue_reads_only_the_fields_it_shows_and_lists_the_same():
    store = _FieldStore()
    docs = read_catalogue(store)
    # a document's text (most of a big store) is never read for the list
    assert ("nodes", CATALOGUE_FIELDS) in store.asked and ("edges", ("share",)) in store.asked
    assert all(asked is not None and "text" not in asked for _, asked in store.asked)
    assert [d.as_dict() for d in docs] == [d.as_dict() for d in read_catalogue(_WholeStore())]
    assert [(d.id, d.topics) for d in docs] == [("d1", ["养老服务", "社会救助"]), ("d2", ["社会救助"])]


def test_catalogue_fields_are_document_properties_and_no_text():
    from kg import schema

    declared = schema.LABELS["Document"].properties
    assert set(CATALOGUE_FIELDS) <= set(declared)
    assert "text" not in CATALOGUE_FIELDS  # negative: the one field the list must not pull


# Invented names of the kind a store holds: heteronyms whose reading depends on the word (行, 重, 长, 乐),
# Latin letters and digits, and words repeated across names (what the memo saves).
PINYIN_NAMES = [
    "时间银行", "行政服务中心", "银行业务", "重庆市民政局", "重点困难群众", "重新认定", "长沙市", "局长办公会",
    "乐龄互助社", "音乐疗愈", "养老床位 2.1万张", "A级社会组织", "12345热线", "衢州市民政局", "柯城区民政局",
    "民政局", "", "·", "养老服务", "居家养老服务", "社区居家养老服务中心",
]


def test_to_pinyin_spells_every_name_as_pypinyin_does():
    from pypinyin import Style, lazy_pinyin

    from webui.name_index import to_pinyin

    def reference(text: str) -> tuple[str, str]:
        syllables = [s for s in lazy_pinyin(text, style=Style.NORMAL, errors="ignore") if s]
        return "".join(syllables).lower(), "".join(s[0] for s in syllables).lower()

    # twice: the second pass is answered from the remembered words
    for _ in range(2):
        assert [to_pinyin(n) for n in PINYIN_NAMES] == [reference(n) for n in PINYIN_NAMES]


def test_a_remembered_word_does_not_lend_its_reading_to_another_word():
    from webui.name_index import to_pinyin

    assert to_pinyin("时间银行")[0] == "shijianyinhang"
    assert to_pinyin("行政服务中心")[0] == "xingzhengfuwuzhongxin"   # 行 read xing here, not hang
    assert to_pinyin("重庆市")[0] == "chongqingshi"
    assert to_pinyin("重点")[0] == "zhongdian"


def test_the_word_memo_is_bounded():
    from webui.name_index import PINYIN_MEMO_WORDS, _word_pinyin, to_pinyin

    to_pinyin("养老服务")
    info = _word_pinyin.cache_info()
    assert info.maxsize == PINYIN_MEMO_WORDS and info.currsize <= PINYIN_MEMO_WORDS
