"""The shortcuts that made ingest faster keep what it finds: concept scan, program matching, GC setting.

Sentences are invented for the tests (fixtures, not evidence).
"""
from __future__ import annotations

import gc

from kg.commands.ingest import EXTRACTION_GC_THRESHOLD, fewer_young_collections
from loaders.concepts import COLUMNS, parse_catalogue


def _catalogue():
    rows = [
        "c-1\t婚姻登记跨省通办\tc-1\t婚姻登记\tnational\t\t\t跨省通办\t婚姻登记[^。]{0,10}跨省通办\t跨省通办",
        "c-2\t智慧养老\tc-2\t养老服务\tlocal\t\t\t\t智慧\\+?养老\t智慧养老",
        "c-3\t养老服务中心\tc-3\t养老服务\tlocal\t\t\t养老服务中心\t\t",
    ]
    return parse_catalogue(["\t".join(COLUMNS), *rows])


def test_a_match_inside_a_longer_match_of_its_concept_is_dropped():
    text = "推行婚姻登记“跨省通办”，建设智慧养老服务中心。"
    found = [(concept.id, text[start:end]) for concept, start, end, _, _ in _catalogue().scan(text)]
    # 跨省通办 alone lies inside 婚姻登记“跨省通办: one span for c-1; c-2 and c-3 overlap but are kept
    assert found == [("c-1", "婚姻登记“跨省通办"), ("c-2", "智慧养老"), ("c-3", "养老服务中心")]


def test_a_pattern_whose_words_are_absent_finds_nothing_and_an_alias_still_does():
    text = "全市建成养老服务中心12家。"  # no 智慧, no 婚姻登记: their patterns are skipped
    assert [c.id for c, *_ in _catalogue().scan(text)] == ["c-3"]


def test_program_matches_are_remembered_per_catalogue_and_stay_the_same():
    catalogue = _catalogue()
    first = catalogue.match_program("智慧+养老服务")
    assert first is not None and first[0].id == "c-2" and first[1] == "pattern"
    assert catalogue.match_program("智慧+养老服务") is first
    assert catalogue.match_program("社区食堂") is None  # negative: nothing in the catalogue
    assert catalogue == _catalogue()  # the remembered lookups are no part of a catalogue's identity


def test_fewer_young_collections_raises_the_threshold_and_restores_it():
    before = gc.get_threshold()
    with fewer_young_collections(EXTRACTION_GC_THRESHOLD):
        inside = gc.get_threshold()
    assert inside[0] >= EXTRACTION_GC_THRESHOLD and inside[1:] == before[1:]
    assert gc.get_threshold() == before
    try:
        with fewer_young_collections(EXTRACTION_GC_THRESHOLD):
            raise KeyError("a failing ingest")
    except KeyError:
        pass
    assert gc.get_threshold() == before


# -- the writer's merge of node rows (h/speed) ---------------------------------------------
def _naive_merge(documents):
    """merge_node_rows as it was: a fresh copy of every key's first row, then merged_value per property."""
    from kg.stores.base import merged_value

    merged = {}
    for document in documents:
        for label, rows in document.nodes.items():
            into = merged.setdefault(label, {})
            for key, row in rows.items():
                seen = into.get(key)
                if seen is None:
                    into[key] = dict(row, aliases=list(row.get("aliases") or []))
                    continue
                for prop, value in row.items():
                    if prop == "aliases":
                        seen["aliases"] += [a for a in value if a not in seen["aliases"]]
                    else:
                        seen[prop] = merged_value(seen.get(prop), value)
    return merged


def _documents():
    from types import SimpleNamespace as Doc

    place = {"key": "Place:衢州市", "name": "衢州市", "aliases": [], "code": "330800", "level": "city"}
    return [
        Doc(nodes={"Place": {"Place:衢州市": dict(place)},
                   "Person": {"Person:王明": {"key": "Person:王明", "name": "王明", "aliases": [], "post": "局长"}}}),
        # the same place again, unchanged (the usual case in a big ingest), and the person with another post
        Doc(nodes={"Place": {"Place:衢州市": dict(place)},
                   "Person": {"Person:王明": {"key": "Person:王明", "name": "王明", "aliases": ["王明同志"],
                                              "post": "党组书记、局长"}}}),
        # a row of the place that differs: an alias and a missing level
        Doc(nodes={"Place": {"Place:衢州市": dict(place, aliases=["衢州"], level=None)}}),
        Doc(nodes={"Agency": {"Agency:衢州市民政局": {"key": "Agency:衢州市民政局", "name": "衢州市民政局", "aliases": None}}}),
    ]


def test_merged_node_rows_are_those_of_a_copy_and_merge_of_every_row():
    from kg.stores._embedded_rows import merge_node_rows

    assert merge_node_rows(_documents()) == _naive_merge(_documents())
    merged = merge_node_rows(_documents())
    assert merged["Place"]["Place:衢州市"]["aliases"] == ["衢州"] and merged["Place"]["Place:衢州市"]["level"] == "city"
    assert merged["Agency"]["Agency:衢州市民政局"]["aliases"] == []  # None becomes an empty list, as before


def test_merging_never_changes_the_documents_own_rows():
    import copy

    from kg.stores._embedded_rows import merge_node_rows

    documents = _documents()
    before = copy.deepcopy([d.nodes for d in documents])
    merge_node_rows(documents)
    assert [d.nodes for d in documents] == before  # a failed batch is retried from these rows


def test_a_repeated_equal_row_is_not_copied_and_a_different_one_is():
    from kg.stores._embedded_rows import merge_node_rows

    documents = _documents()
    merged = merge_node_rows(documents[:2])
    assert merged["Place"]["Place:衢州市"] is documents[0].nodes["Place"]["Place:衢州市"]  # equal rows: kept as is
    assert merged["Person"]["Person:王明"] is not documents[0].nodes["Person"]["Person:王明"]  # merged into a copy
    assert merged["Person"]["Person:王明"]["aliases"] == ["王明同志"]


# -- the policy gate inside the per-sentence cache -------------------------------------------
def test_policy_spans_of_a_sentence_without_a_title_are_empty_every_time():
    from loaders.policies import policy_spans

    sentence = "全市新增养老床位1200张，城乡低保标准提高到每人每月800元。"  # negative: no title
    assert policy_spans(sentence) == [] and policy_spans(sentence) == []
    titled = "贯彻落实《浙江省社会救助条例》，推进救助扩围。"
    assert policy_spans(titled) == policy_spans(titled) == [(5, 14)]
    spans = policy_spans(titled)
    spans.append((0, 1))  # a caller may change its list: the cached answer stays the same
    assert policy_spans(titled) == [(5, 14)]


# -- places: spans excluded by bisection, a sentence's own mentions -------------------------
def test_places_inside_excluded_spans_are_skipped_and_the_others_kept():
    from loaders.places import extract_places
    from loaders.sentences import split_sentences
    from loaders.types import DocumentInfo

    text = "衢州市民政局召开会议。会议要求开化县、常山县做好救助工作。《浙江省社会救助条例》明确了江山市的责任。"
    sentences = split_sentences(text)
    agency = (0, 6)  # 衢州市民政局: its place is read as part of the agency
    title_start = text.index("《") + 1
    title = (title_start, title_start + len("浙江省社会救助条例"))
    found = [(m.name, m.sentence_index) for m in extract_places(sentences, DocumentInfo("x"), exclude=[agency, title])]
    assert ("开化县", 1) in found and ("常山县", 1) in found and ("江山市", 2) in found
    # negatives: the places inside the excluded agency and title are no mentions of their own
    assert ("衢州市", 0) not in found and ("浙江省", 2) not in found


# -- gates and scans of the rule modules (h/speed2) ----------------------------------------
def _random_texts_and_words(seed: int, count: int):
    """Texts and word lists over a few characters, so words overlap, nest and repeat."""
    import random

    rng = random.Random(seed)
    alphabet = "王五六民政局养老服务"
    for _ in range(count):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 40))]
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))), words


def test_find_words_matches_what_the_trie_regex_finds():
    from loaders.trie import find_words, trie_regex

    for text, words in _random_texts_and_words(7, 400):
        expected = [(m.start(), m.end(), m.group()) for m in trie_regex(words).finditer(text)] if words else []
        assert find_words(text, words) == expected, (text, words)
    assert find_words("市长王五讲话", ["赵六"]) == []  # negative: no name occurs


def test_word_presence_is_the_set_of_words_that_occur():
    from loaders.trie import WordPresence

    for text, words in _random_texts_and_words(11, 400):
        assert WordPresence(words).present(text) == {w for w in words if w and w in text}, (text, words)
    assert WordPresence(["低保", "社工站"]).present("全市民政工作会议召开") == set()  # negative


def test_concept_scan_finds_what_one_test_per_alias_and_pattern_found():
    from loaders.concepts import load_catalogue
    from loaders.literals import may_match

    catalogue = load_catalogue()

    def naive(text):
        found = {}
        for concept, aliases, pattern, words in catalogue._scan_plan():
            for alias in aliases:
                start = text.find(alias)
                while start >= 0:
                    found.setdefault((concept.id, start), (concept.id, start, start + len(alias), alias, "alias"))
                    start = text.find(alias, start + len(alias))
            if pattern is not None and may_match(words, text):
                for m in pattern.finditer(text):
                    if m.end() > m.start():
                        found.setdefault((concept.id, m.start()), (concept.id, m.start(), m.end(), m.group(0), "pattern"))
        return found

    sentences = [
        "我市提高城乡低保标准，推动乡镇（街道）社工站建设，推行婚姻登记跨省通办。",
        "建设居家和社区养老服务中心12家，开展“三社联动”和时间银行试点。",
        "全市民政工作会议在营口召开。",  # negative: no concept
    ]
    for text in sentences:
        got = {(c.id, start): (c.id, start, end, matched, reason) for c, start, end, matched, reason in catalogue.scan(text)}
        expected = naive(text)
        assert set(got) <= set(expected) and all(got[k] == expected[k] for k in got)
    assert catalogue.scan(sentences[-1]) == []


def test_places_read_backwards_match_as_the_one_regex_did():
    import re

    from loaders.agencies import _patterns
    from loaders.gazetteer import get_gazetteer
    from loaders.trie import trie_regex

    reversed_places = trie_regex(name[::-1] for name in get_gazetteer().names()).pattern
    old_places = re.compile(rf"(?:{reversed_places}){{1,3}}|区治自|[省市县区州旗]")
    old_suffixed = re.compile(rf"[县市区旗](?:{reversed_places}){{1,3}}")
    _, (places, suffixed), _ = _patterns()
    text = ("辽宁省营口市民政局、浙江省衢州市开化县民政局和威宁县财政局，内蒙古自治区民政厅、"
            "永康区公所与东区户政事务所，社区养老服务中心，各县市区民政部门，市委县委区委")
    for end in range(len(text) + 1):
        window = text[max(0, end - 20):end][::-1]
        for old, new in ((old_places, places), (old_suffixed, suffixed)):
            expected, got = old.match(window), new.match(window)
            assert (expected and expected.end()) == (got and got.end()), window
    assert places.match("会开") is None and suffixed.match("市会开") is None  # negative: no place before


def test_meeting_runs_without_a_meeting_word_give_what_the_plain_scan_gave():
    from loaders.meetings import _MEETING, _meeting_matches

    sentences = [
        "加强社会救助和社会组织管理，召开全市民政工作会议暨党风廉政建设工作会议。",
        "省民政厅召开社会工作推进会，社会各界参加。",
        "2023年度全区养老服务工作培训班在区会议中心举办。",
        "发展社会组织和社会工作，完善社会救助体系。",  # negative: 会 only in 社会
    ]
    for text in sentences:
        assert [m.span() for m in _meeting_matches(text)] == [m.span() for m in _MEETING.finditer(text)]
    assert list(_meeting_matches(sentences[-1])) == []


def test_enumerations_are_scanned_only_where_their_closing_words_occur():
    from loaders.programs import _ENUMERATION_RE, _SCHEME_ENUMERATION_RE, _enumerated_candidates

    found = [name for _, _, name in _enumerated_candidates("全市实施安居工程、暖心工程、助餐工程等三大工程，推进阳光救助、暖心帮扶等特色品牌项目。")]
    assert found and all(name.endswith(("工程", "救助", "帮扶")) for name in found)
    negative = "做好低保、特困、临时救助等工作，落实高龄津贴、护理补贴等政策。"  # lists closed by other words
    assert _enumerated_candidates(negative) == []
    assert not list(_ENUMERATION_RE.finditer(negative)) and not list(_SCHEME_ENUMERATION_RE.finditer(negative))


def test_session_patterns_are_skipped_only_where_they_cannot_match():
    from loaders.meetings import _CONGRESS_SESSION, _PARTY_GROUP_MEETING, _QUOTED_MEETING, _session_patterns

    sentences = [
        "省十四届人大常委会第五次会议审议通过条例。",
        "第十三届全国人民代表大会常务委员会第七次会议召开。",
        "厅党组扩大会议传达学习了“全国民政工作视频会议”精神。",
        "召开全市民政工作会议，部署社会救助工作。",  # negative: none of the three can match
    ]
    for text in sentences:
        allowed = _session_patterns(text)
        for pattern in (_CONGRESS_SESSION, _PARTY_GROUP_MEETING, _QUOTED_MEETING):
            if pattern not in allowed:
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert _session_patterns(sentences[-1]) == []


def test_ascii_punctuation_near_cjk_is_found_where_the_look_behind_pattern_found_it():
    import random
    import re

    from loaders.normalise import _ASCII_PUNCT_NEAR_CJK

    before = re.compile(r"(?<=[\u3400-\u9fff”“》）])[,;:!?()]|[,;:!?()](?=[\u3400-\u9fff“《（])")
    rng = random.Random(5)
    texts = ["".join(rng.choice("民政,;:!?()”“》）《（a \n") for _ in range(40)) for _ in range(500)]
    texts += ["营口市民政局(市老龄办),2023年", "see (a), b; c"]  # the last: no CJK, nothing to convert
    for text in texts:
        assert [m.span() for m in _ASCII_PUNCT_NEAR_CJK.finditer(text)] == [m.span() for m in before.finditer(text)]
    assert not list(_ASCII_PUNCT_NEAR_CJK.finditer("see (a), b; c"))


def test_a_regions_own_body_is_found_as_the_loop_over_the_whole_lexicon_found_it():
    from loaders.agencies import _region_own_body
    from loaders.gazetteer import get_gazetteer
    from loaders.lexicons import regional_bodies

    def over_the_whole_lexicon(place_name, body):
        places = get_gazetteer().by_name.get(place_name) or get_gazetteer().by_short.get(place_name) or []
        regions = {p.name for p in places if p.level == "province"}
        return next((item.name for item in regional_bodies()
                     if item.standalone and item.written == body and item.region in regions), None)

    bodies = {item.written for item in regional_bodies()} | {"民政局", "人民政府", "香港社会福利署"}
    places = ["香港", "香港特别行政区", "澳门", "台湾", "台中市", "西贡", "营口市", "北京市"]
    pairs = [(place, body) for place in places for body in sorted(bodies)]
    assert [_region_own_body(*pair) for pair in pairs] == [over_the_whole_lexicon(*pair) for pair in pairs]
    assert _region_own_body("香港", "民政事务总署") == "香港民政事务总署"
    assert _region_own_body("营口市", "民政局") is None  # negative: a mainland city's bureau is no region's body


def test_the_concept_scan_visits_only_concepts_a_present_word_concerns_and_finds_the_same():
    from loaders.concepts import load_catalogue

    catalogue = load_catalogue()

    def whole_plan(text):  # every concept of the plan in turn, as the scan went before
        present = catalogue._presence[0].present(text)
        found = {}
        for concept, aliases, pattern, words in catalogue._scan_plan():
            for alias in aliases:
                start = text.find(alias) if alias in present else -1
                while start >= 0:
                    found.setdefault((concept.id, start), (concept.id, start, start + len(alias), alias, "alias"))
                    start = text.find(alias, start + len(alias))
            if pattern is not None and (words is None or not present.isdisjoint(words)):
                for m in pattern.finditer(text):
                    if m.end() > m.start():
                        found.setdefault((concept.id, m.start()), (concept.id, m.start(), m.end(), m.group(0), "pattern"))
        kept, furthest = [], {}
        for item in sorted(found.values(), key=lambda x: (x[1], -(x[2] - x[1]))):
            if furthest.get(item[0], -1) < item[2]:  # not inside a longer match of its concept
                kept.append(item)
                furthest[item[0]] = item[2]
        return kept

    sentences = [
        "推进“三社联动”，建设智慧养老服务平台，推行婚姻登记跨省通办，开展时间银行互助养老试点。",
        "全市新建乡镇（街道）社工站15个，城乡低保标准提高到每人每月900元。",
        "全市民政工作会议在营口召开。",  # negative: no concept
    ]
    for text in sentences:
        catalogue.scan(text)  # builds the lookups
        assert [(c.id, *rest) for c, *rest in catalogue.scan(text)] == whole_plan(text)
    assert len(whole_plan(sentences[0])) >= 3
    assert catalogue.scan(sentences[-1]) == []


def test_a_place_named_again_adds_no_second_gazetteer_chain_and_the_fragment_is_the_same():
    from loaders import load_text

    text = "柯城区民政局召开会议。柯城区新建社工站3个。\n柯城区养老床位1200张，柯城区共有社区25个。"
    fragment = load_text(text, "x.txt")
    part_of = [(e.source, e.target) for e in fragment.edges if e.type == "PART_OF" and e.provenance.method == "gazetteer"]
    assert ("Place:柯城区", "Place:衢州市") in part_of and ("Place:衢州市", "Place:浙江省") in part_of
    assert len(part_of) == len(set(part_of))  # each pair once, however often the place is named
    # (what a store or kg extract reads, the unique edges, is byte-identical to walking the chain each
    # time on seeds + dev + tests/heldout + 500 generated documents: bench/dump_fragments.py)
    other = load_text("江山市民政局召开会议。", "y.txt")  # negative: another place still gets its own chain
    assert ("Place:江山市", "Place:衢州市") in [(e.source, e.target) for e in other.edges if e.type == "PART_OF"]


def test_the_store_holds_each_unique_edge_of_a_fragment_once(tmp_path):
    from collections import Counter

    from kg.stores.embedded import EmbeddedStore
    from loaders import load_text

    fragment = load_text("柯城区民政局召开会议。柯城区新建社工站3个，柯城区、江山市各建成养老服务中心1家。\n"
                         "柯城区养老床位1200张。", "x.txt")
    expected = Counter(edge.type for edge in fragment.unique_edges())
    assert len(fragment.unique_edges()) < len(fragment.edges)  # the same place twice in a sentence: MENTIONS once
    with EmbeddedStore(tmp_path / "store") as store:
        store.write_fragments([fragment])
        assert {type_: n for type_, n in store.stats()["relationships"].items() if n} == dict(expected)
        store.write_fragments([fragment])  # negative: writing it again adds nothing
        assert {type_: n for type_, n in store.stats()["relationships"].items() if n} == dict(expected)


# -- one word scan per sentence, gates from it (h/speed4) ------------------------------------
def test_word_groups_are_found_in_one_scan_and_kept_on_the_sentence():
    from loaders.sentence_words import groups_in, register, sentence_groups
    from loaders.types import Sentence

    beds = register("test beds", lambda: ["床位", "护理型床位"])
    money = register("test money", lambda: ["万元"])
    sentence = Sentence(0, "新增护理型床位300张。", 0, 12)
    assert sentence_groups(sentence) & beds and not sentence_groups(sentence) & money
    assert sentence.word_groups is not None and sentence.word_groups[2] == groups_in(sentence.text)
    from dataclasses import replace

    assert not sentence_groups(replace(sentence, text="召开全市民政工作会议")) & beds  # a copy with another text: scanned again
    assert not groups_in("召开全市民政工作会议") & (beds | money)  # negative: none of the words
    later = register("test later", lambda: ["张"])  # a group registered after the scan: the memo is renewed
    assert sentence_groups(sentence) & later


def _invented_agency_sentences():
    return [
        "营口市民政局召开全市民政工作会议。", "会议由市委副书记主持，市政府办公室、财政局、人社局等部门参加。",
        "全面推进养老服务体系建设，完善社区居家养老服务网络。", "省民政厅社会救助处处长王明出席。",
        "县政府成立社会救助工作领导小组。", "团市委和市妇联联合开展关爱活动。", "我局党组书记讲话。",
        "组织人事处、机关党委牵头）", "参加了《中国民政》杂志社举办的座谈会。", "省“两办”印发通知。",
        "城关镇人民政府和东街社区居民委员会负责落实。", "市中级人民法院审结一批案件。", "每人每月发放补贴500元。",
        "市低收入家庭经济状况核对中心完成核对。", "县纪委监委派驻县民政局纪检监察组参加会议。",
    ]


def test_the_agency_gate_skips_only_sentences_no_rule_can_read():
    """find_agency_spans with the word gate finds what it finds without it, on invented sentences and on
    every sentence of the shared corpus's seeds and dev documents (each in its own document's context)."""
    from pathlib import Path

    import loaders.agencies as agencies
    from loaders.normalise import normalise
    from loaders.read import read_file
    from loaders.resolve import DocContext
    from loaders.sentences import split_sentences
    from loaders.types import DocumentInfo

    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    cases = [(text, DocumentInfo("t", place="营口市", province="辽宁省", issuing_body="营口市民政局"))
             for text in _invented_agency_sentences()]
    for path in sorted(corpus.glob("seeds/*.txt")) + sorted(corpus.glob("dev/*.txt")):
        text = normalise(read_file(path).text).text
        info = DocumentInfo(path.name, place="营口市", province="辽宁省", issuing_body="营口市民政局")
        cases += [(s.text, info) for s in split_sentences(text)]
    gated = [agencies.find_agency_spans(text, DocContext.from_info(info), info) for text, info in cases]
    skipped = sum(1 for text, info in cases if not agencies._may_name_agency(text, DocContext.from_info(info), info, None))
    original = agencies._may_name_agency
    try:
        agencies._may_name_agency = lambda *args: True
        ungated = [agencies.find_agency_spans(text, DocContext.from_info(info), info) for text, info in cases]
    finally:
        agencies._may_name_agency = original
    assert gated == ungated
    assert skipped > len(cases) // 4  # the gate does skip: most sentences of a plan name no body
    assert any(gated)
    # negative: a document that never says where is always read whole (its regional rules have words of their own)
    assert agencies._may_name_agency("每人每月发放补贴500元。", DocContext.from_info(DocumentInfo("t")), DocumentInfo("t"), None)


def _corpus_documents():
    """(sentences, info) of the shared corpus's seeds and dev documents, as the pipeline reads them."""
    from pathlib import Path

    from loaders.metadata import extract_metadata
    from loaders.normalise import normalise
    from loaders.read import read_file
    from loaders.sentences import split_sentences

    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    for path in sorted(corpus.glob("seeds/*.txt")) + sorted(corpus.glob("dev/*.txt")):
        result = read_file(path)
        norm = normalise(result.text)
        sentences = split_sentences(norm.text)
        yield sentences, extract_metadata(norm, sentences, path.name, None, html_title=result.title)


def test_the_person_gate_skips_only_sentences_no_rule_can_read(monkeypatch):
    import loaders.persons as persons
    from loaders.agencies import extract_agencies
    from loaders.types import DocumentInfo, Sentence

    invented = [Sentence(i, text, 0, len(text)) for i, text in enumerate([
        "市民政局局长张建国出席会议并讲话。", "出席会议的有：王明、李红、赵刚。", "走访慰问了低保户赖健和五保户陈福。",
        "联系人：周敏，电话12345678。", "全面推进养老服务体系建设。", "会议表彰了先进集体。",
    ])]
    cases = [(invented, DocumentInfo("t", place="营口市", province="辽宁省"))] + list(_corpus_documents())
    bit = persons._PERSON_WORDS
    gated = [persons.extract_persons(sentences, info, extract_agencies(sentences, info)) for sentences, info in cases]
    monkeypatch.setattr(persons, "_PERSON_WORDS", -1)  # every group: no sentence skipped
    ungated = [persons.extract_persons(sentences, info, extract_agencies(sentences, info)) for sentences, info in cases]
    assert gated == ungated and any(gated)
    # negative: a sentence with no post, list lead or resident is skipped, one with a post is not
    from loaders.sentence_words import groups_in
    assert not groups_in("全面推进养老服务体系建设。") & bit
    assert groups_in("局长张建国讲话") & bit


def test_meeting_frames_are_scanned_only_where_a_convening_verb_occurs(monkeypatch):
    import loaders.relate_frames as frames

    texts = ["8月23日，县政协召开专题协商会议，围绕养老服务协商建言。", "上海市养老服务工作现场推进会昨天举行。",
             "全市社会工作培训班在市委党校开班", "第三届慈善论坛开幕", "加强社会组织建设，发展社会工作。"]
    texts += [s.text for sentences, _ in _corpus_documents() for s in sentences]
    gated = [frames.framed_meetings(text) for text in texts]
    monkeypatch.setattr(frames, "_FRAME_VERBS", ("",))  # "" is in every text: nothing skipped
    assert gated == [frames.framed_meetings(text) for text in texts] and any(gated)
    assert frames.framed_meetings("加强社会组织建设，发展社会工作。") == []  # negative: no verb, no frame


def test_meeting_rules_behind_the_hui_test_are_skipped_only_where_none_of_their_words_occurs(monkeypatch):
    import loaders.meetings as meetings
    from loaders.types import DocumentInfo, Sentence

    invented = [Sentence(i, text, 0, len(text)) for i, text in enumerate([
        "加强社会组织建设，发展社会工作。", "市民政局召开全市社会救助工作会议。", "省委十二届十四次全会召开。",
        "举办“社会工作宣传周”启动仪式。", "社会各界代表出席十八届五中全会精神辅导报告会。", "决定召开“全国社会救助座谈会”。",
    ])]
    cases = [(invented, DocumentInfo("t"))] + list(_corpus_documents())
    gated = [meetings.extract_meetings(sentences, info) for sentences, info in cases]
    monkeypatch.setattr(meetings, "_HUI_RULE_WORDS", -1)  # every group: the plain 会 test
    assert gated == [meetings.extract_meetings(sentences, info) for sentences, info in cases] and any(gated)
    assert meetings.extract_meetings([Sentence(0, "加强社会组织建设，发展社会工作。", 0, 16)], DocumentInfo("t")) == []


def test_gc_rhythm_examples_hold():
    # the one module both kg ingest and the plan features set the collector's rhythm with
    import doctest

    import kg.gc_rhythm

    result = doctest.testmod(kg.gc_rhythm)
    assert result.attempted > 0 and result.failed == 0
