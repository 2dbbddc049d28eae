"""The web UI's search layer on invented names: pinyin, typo suggestions, degree, place hierarchy, bounds."""
from __future__ import annotations

from webui.name_index import NameIndex, to_pinyin
from webui.table_links import column_label, link_table

NODES = [
    {"key": "Place:浙江省", "label": "Place", "name": "浙江省"},
    {"key": "Place:衢州市", "label": "Place", "name": "衢州市"},
    {"key": "Place:柯城区", "label": "Place", "name": "柯城区"},
    {"key": "Agency:衢州市民政局", "label": "Agency", "name": "衢州市民政局", "aliases": ["市民政局"]},
    {"key": "Agency:柯城区民政局", "label": "Agency", "name": "柯城区民政局"},
    {"key": "Program:时间银行", "label": "Program", "name": "时间银行"},
    {"key": "Target:养老床位 2.1万张", "label": "Target", "name": "养老床位 2.1万张", "properties": {"year": 2022}},
    {"key": "Document:abc", "label": "Document", "name": "衢州市民政局关于推进时间银行的通知"},
]
EDGES = [
    {"type": "PART_OF", "source": "Place:衢州市", "target": "Place:浙江省"},
    {"type": "PART_OF", "source": "Place:柯城区", "target": "Place:衢州市"},
    {"type": "LOCATED_IN", "source": "Agency:衢州市民政局", "target": "Place:衢州市"},
    {"type": "ISSUED_BY", "source": "Document:abc", "target": "Agency:衢州市民政局"},
    {"type": "PROMOTES", "source": "Document:abc", "target": "Program:时间银行"},
    {"type": "FOR_PLACE", "source": "Target:养老床位 2.1万张", "target": "Place:衢州市"},
]


def index() -> NameIndex:
    return NameIndex.from_rows(NODES, EDGES)


def test_pinyin_full_prefix_and_initials_rank_by_quality_then_degree():
    found = [(e.name, q) for e, q in index().pinyin_matches("quzhou")]
    assert found[0] == ("衢州市", 1) and ("衢州市民政局", 1) in found
    # 衢州市 has degree 3 (PART_OF, LOCATED_IN, FOR_PLACE), the agency 2: the place comes first.
    assert [e.name for e, _ in index().pinyin_matches("qzsmzj")] == ["衢州市民政局"]
    assert [e.name for e, _ in index().pinyin_matches("shi jian yin hang")] == ["时间银行"]
    assert [e.name for e, _ in index().pinyin_matches("xi'an")] == []


def test_one_letter_does_not_match_initials_and_documents_are_left_out():
    assert all(q < 2 for _, q in index().pinyin_matches("q"))  # only full-pinyin prefixes, no initials
    assert not any(e.label == "Document" for e in index().entries)


def test_did_you_mean_homophones_and_close_spellings_but_not_nonsense():
    ix = index()
    assert [e.name for e in ix.did_you_mean("衢洲市民证局")][0] == "衢州市民政局"   # two homophone slips
    assert "时间银行" in [e.name for e in ix.did_you_mean("时间很行")]            # one wrong character
    assert ix.did_you_mean("完全无关的文字") == []
    assert ix.did_you_mean("衢" * 300) == []                                       # bounded: no scan for long text
    assert [e.name for e in ix.did_you_mean("衢洲", labels=["Agency"])] == ["衢州市民政局"]


def test_targets_get_place_and_year_and_places_nest():
    ix = index()
    target = ix.by_key["Target:养老床位 2.1万张"]
    assert (target.place, target.year) == ("衢州市", 2022)
    assert ix.places_within("浙江省") == {"浙江省", "衢州市", "柯城区"}
    assert ix.places_within("柯城区") == {"柯城区"}


def test_to_pinyin_ignores_latin_and_digits():
    assert to_pinyin("12349养老热线") == ("yanglaorexian", "ylrx")


def test_result_cells_become_links_only_when_a_node_exists():
    assert column_label("agencies") == "Agency" and column_label("people") == "Person"
    assert column_label("value") is None
    ix = index()

    def node(key):
        e = ix.by_key.get(key)
        return {"key": e.key, "label": e.label, "name": e.name} if e else None

    table = link_table({"columns": ["program", "value"], "rows": [["时间银行", 3], ["没有的项目", 4]]}, node, lambda _: None)
    assert table["rows"][0][0]["key"] == "Program:时间银行" and table["rows"][0][1] == 3
    assert table["rows"][1][0] == "没有的项目"


def test_substring_matches_find_what_the_store_search_finds(embedded_loaded):
    """The in-memory substring search (numpy over joined names) against the store's own trigram/LIKE search
    on the real corpus: the same hits, with the quality match_quality gives them."""
    from kg.stores.embedded import EmbeddedStore
    from webui.entities import match_quality

    reader = EmbeddedStore(embedded_loaded.folder, read_only=True)
    try:
        index = NameIndex.from_store(reader)
        assert index.serves(reader) and not index.serves(embedded_loaded)  # a writable store can change
        names = sorted({e.name for e in index.entries if len(e.name) >= 4})
        queries = ["民政", "养老", "民政局", "營口", "低保标准", "社", "没有这个名字"] + [n[1:3] for n in names[::97]]
        for query in queries:
            expected = {hit["key"] for hit in reader.search(query, limit=100_000)}
            found = index.substring_matches(query, limit=100_000)
            assert {e.key for e, _ in found} == expected, query
            for entry, quality in found:
                assert quality == match_quality(query, entry.name, entry.aliases), (query, entry.key)
            # best first: quality, then degree
            ranks = [(q, -(0 if e.label == "Document" else e.degree)) for e, q in found]
            assert ranks == sorted(ranks), query
        agencies = index.substring_matches("民政", ["Agency"], limit=5)
        assert len(agencies) == 5 and all(e.label == "Agency" for e, _ in agencies)
    finally:
        reader.close()


def test_substring_matches_handle_empty_and_separator_queries():
    assert index().substring_matches("") == []
    assert index().substring_matches("\x00") == []
    assert [e.key for e, _ in index().substring_matches("衢州市民政局关于")] == ["Document:abc"]
    # an exact alias (quality 1) before a name that contains it (3); 柯城区民政局 does not contain 市民政局
    assert [(e.key, q) for e, q in index().substring_matches("市民政局")] == [("Agency:衢州市民政局", 1),
                                                                           ("Document:abc", 3)]
