"""Program concepts (issue 14): the catalogue, the linking rules, and what the analyses make of them.

Sentences in the rule tests are invented (fixtures, realistic but written for the tests); the corpus
tests run on ../shared/corpus through the session fixtures, on both stores where a store is involved.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from kg.analysis import GraphData
from kg.analysis.agreement import agreement, score_triplet_file
from kg.analysis.diffusion import diffusion
from kg.analysis.graph import concept_communities, explain_path
from kg.analysis.similarity import compare
from kg.errors import InputError
from loaders import load_text
from loaders.concepts import COLUMNS, load_catalogue, parse_catalogue

TRIPLETS = Path(__file__).parent / "data" / "judged_triplets.tsv"
TRIPLETS_ROUND2 = Path(__file__).parent / "data" / "judged_triplets_round2.tsv"
TRIPLETS_ROUND3 = Path(__file__).parent / "data" / "judged_triplets_round3.tsv"


def test_catalogue_has_the_issue_programs_with_level_and_family():
    catalogue = load_catalogue()
    names = {c.name for c in catalogue.concepts}
    for wanted in ("居家和社区养老服务改革试点", "三社联动", "五社联动", "婚姻登记跨省通办", "明天计划", "时间银行",
                   "困难老年人家庭适老化改造", "特困人员供养服务设施（敬老院）改造提升工程", "乡镇（街道）社会工作服务站建设"):
        assert wanted in names
    assert catalogue.get("social-linkage-3").family == catalogue.get("social-linkage-5").family
    assert {c.level for c in catalogue.concepts} <= {"national", "provincial", "local"}
    assert catalogue.get("elder-home-community-reform").start_year == 2016


def test_a_bad_catalogue_row_gives_one_line_naming_it():
    header = "\t".join(COLUMNS)
    with pytest.raises(InputError, match="line 2: bad pattern"):
        parse_catalogue([header, "a\t名\tf\t养老服务\tlocal\t\t\t\t(unclosed\t"])
    with pytest.raises(InputError, match="line 3: duplicate id 'a'"):
        parse_catalogue([header, "a\t名\tf\t养老服务\tlocal\t\t\t\t\t", "a\t名二\tf\t养老服务\tlocal\t\t\t\t\t"])


def _concept_edges(text: str):
    fragment = load_text(text, "invented.txt")
    instance = [e for e in fragment.edges if e.type == "INSTANCE_OF"]
    mentions = [e for e in fragment.edges if e.type == "MENTIONS" and e.target.startswith("Concept:")]
    return fragment, instance, mentions


def test_programs_link_by_alias_with_reason_and_sentence():
    _, instance, _ = _concept_edges("和平区民政局召开会议。会议要求，深入推进“三社联动”试点，全面实施明天计划。")
    links = {(e.source, e.target, e.properties["reason"]) for e in instance}
    assert ("Program:三社联动", "Concept:三社联动", "alias") in links
    for edge in instance:
        assert edge.provenance.sentence and "三社联动" in edge.provenance.sentence or "明天计划" in edge.provenance.sentence
        assert edge.provenance.end > edge.provenance.start


def test_text_mentions_of_a_concept_without_a_program_are_kept_with_their_span():
    text = "东湖县民政局召开会议。今年我县提高城乡低保标准，新建乡镇（街道）社工站12个。"
    _, _, mentions = _concept_edges(text)
    targets = {e.target for e in mentions}
    assert "Concept:提高城乡低保标准（低保提标）" in targets
    assert "Concept:乡镇（街道）社会工作服务站建设" in targets
    for edge in mentions:
        assert text[edge.provenance.start:edge.provenance.end] in edge.provenance.sentence
        assert edge.provenance.method.startswith("concept:")


def test_a_local_brand_stays_its_own_program():
    # negative: a brand whose name shows no kinship with any catalogue program is not linked
    _, instance, mentions = _concept_edges("西山市民政局全面推进“暖心西山”品牌建设，打造“孝老之城”。")
    assert instance == [] and mentions == []


@pytest.mark.parametrize("sentence, concept", [
    ("南岭省民政厅召开会议。会议要求加快发展基本养老服务，年内制定基本养老服务清单。",
     "基本养老服务体系（基本养老服务清单）"),
    ("北川市民政局召开会议。会议要求健全低保标准与居民消费支出挂钩的动态调整机制。",
     "社会救助标准动态调整机制"),
    ("东河县民政局召开会议。会议要求推动医疗、教育等专项救助向低收入家庭延伸。",
     "低保边缘家庭和低收入家庭救助"),
    ("西岭省民政厅召开会议。会议通报，全省八类困难群众救助保障标准今年再提高6%。",
     "提高多类困难群众救助保障标准（联动提标）"),
    ("青山市民政局召开会议。会议要求年内完成12个乡镇敬老院的改造提升。",
     "特困人员供养服务设施（敬老院）改造提升工程"),
    ("白河县民政局召开会议。今年新建农村养老服务大院30个。", "农村互助养老（农村幸福院）"),
    ("南湖市民政局召开会议。我市被确定为全省殡葬改革综合试点地区。", "殡葬改革（综合试点）"),
])
def test_catalogue_v3_instruments_are_found_in_text(sentence, concept):
    _, instance, mentions = _concept_edges(sentence)
    assert f"Concept:{concept}" in {e.target for e in instance + mentions}


@pytest.mark.parametrize("sentence", [
    # negatives: lines of work and look-alike words are not the catalogue's concrete instruments
    "南湖市民政局召开会议。会议要求持续深化殡葬改革，推进移风易俗。",              # 殡葬改革 as a line, no pilot
    "北岭市民政局召开会议。会议要求推进居家和社区基本养老服务提升行动项目。",        # not the 基本养老服务 system
    "东河县低收入家庭经济状况核对中心获评先进集体。",                                # 低收入家庭, no assistance extension
    "西山县民政局召开会议。会议要求建立养老服务补贴动态调整机制。",                  # a subsidy, not an assistance standard
])
def test_catalogue_v3_negatives_are_not_linked(sentence):
    _, instance, mentions = _concept_edges(sentence)
    found = {e.target for e in instance + mentions}
    assert not found & {"Concept:殡葬改革（综合试点）", "Concept:基本养老服务体系（基本养老服务清单）",
                        "Concept:低保边缘家庭和低收入家庭救助", "Concept:社会救助标准动态调整机制"}, found


def test_loading_twice_gives_the_same_concept_edges():
    text = "北岭市民政局召开会议，推进居家和社区养老服务改革试点，开展困难老年人家庭适老化改造。"
    first = load_text(text, "a.txt").to_json()
    second = load_text(text, "a.txt").to_json()
    assert first == second
    assert any(r["type"] == "INSTANCE_OF" or r["target"].startswith("Concept:") for r in first["relationships"])


def _places_per_concept(data: GraphData) -> dict[str, set]:
    table = {}
    for key, node in data.nodes.items():
        if node["label"] == "Concept":
            table[key] = set(diffusion(data, node["name"])["place"]) - {p for p in diffusion(data, node["name"])["place"]
                                                                        if str(p).startswith("(")}
    return table


def test_at_least_15_concepts_are_found_in_3_places_of_the_corpus(embedded_loaded):
    data = GraphData.from_store(embedded_loaded)
    places = _places_per_concept(data)
    wide = [k for k, v in places.items() if len(v) >= 3]
    assert len(wide) >= 15, sorted((len(v), k) for k, v in places.items())
    for edge in data.edges["INSTANCE_OF"]:
        assert edge["properties"]["reason"] in ("alias", "pattern", "shared core")
        assert edge["properties"]["sentence"]


def test_compare_yingkou_quzhou_shows_elderly_reform_and_parts_add_up(embedded_loaded):
    c = compare(embedded_loaded, "营口市", "衢州市")
    shared = {p["name"] for p in c.shared_concepts} | {p["a"] for p in c.related_concepts}
    assert any("养老" in n for n in shared)
    for item in c.shared_concepts:
        assert item["evidence_a"] and item["evidence_b"]
    total = sum(c.weights[p] * v for p, v in c.parts.items() if v is not None)
    assert abs(total - c.score) < 1e-9
    assert abs(sum(c.weights.values()) - 1) < 1e-9
    text = c.to_text()
    assert "sum" in text and "营口市 2021" in text and c.explanation


def test_a_missing_part_is_named_not_silently_dropped(embedded_loaded):
    c = compare(embedded_loaded, "营口市", "衢州市")
    assert c.parts["indicators"] is None or isinstance(c.parts["indicators"], float)
    for part in c.missing:
        assert part not in c.weights
        assert f"missing (neither plan has any): " in c.to_text()


def test_path_between_yingkou_and_quzhou_bureaus_avoids_topics(embedded_loaded):
    table = explain_path(embedded_loaded, "营口市民政局", "衢州市民政局")
    assert "Topic" not in table.attrs["labels"]
    assert "MENTIONS" not in set(table["type"]) or table.attrs["labels"].count("Concept") >= 1
    with_hubs = explain_path(embedded_loaded, "营口市民政局", "衢州市民政局", allow_hubs=True)
    assert len(with_hubs) <= len(table) + 6


def test_concept_diffusion_starts_with_the_catalogue_launch(embedded_loaded):
    table = diffusion(embedded_loaded, "居家和社区养老服务改革试点")
    assert table.attrs["entity"].startswith("Concept:")
    assert table["order"].iloc[0] == 0 and table["year"].iloc[0] == 2016
    assert "营口市" in set(table["place"])


def test_communities_on_the_agency_concept_graph_group_agencies(embedded_loaded):
    groups = concept_communities(embedded_loaded)
    assert (groups["agencies"].str.count("; ") >= 1).sum() >= 5


@pytest.fixture(scope="module")
def judged(embedded_loaded, corpus_dir):
    """Agreement per kind of one judged-triplets file, scored as ``kg compare`` scores document pairs."""
    data = GraphData.from_store(embedded_loaded)  # one read of the store for every judged set
    return lambda path: agreement(score_triplet_file(path, corpus_dir, lambda a, b: compare(data, a, b).score))


def test_judged_triplets_agreement(judged):
    result = judged(TRIPLETS)
    # Before issue 14: hard 11/17, clear 15/16. These are the set the weights were chosen on (in-sample).
    assert result["hard"][2] >= 0.8 and result["clear"][2] >= 0.9, result


def test_judged_triplets_round2_agreement(judged):
    # Written before the 6 Dec changes: hard 12/20, clear 7/8 on main's code then; 18/20 and 8/8 after.
    result = judged(TRIPLETS_ROUND2)
    assert result["hard"][2] >= 0.8 and result["clear"][2] >= 0.95, result


def test_judged_triplets_round3_agreement(judged):
    # Held out: written and committed (2557160) before it was ever scored, and no weight or rule was changed
    # after reading its misses. First and only scoring: hard 17/20, clear 8/8 (docs/similarity.md).
    result = judged(TRIPLETS_ROUND3)
    assert result["hard"][2] >= 0.8 and result["clear"][2] >= 0.95, result


@pytest.mark.neo4j
def test_concepts_and_instance_of_land_in_neo4j_like_in_the_embedded_store(neo4j_loaded, embedded_loaded):
    def concept_facts(store):
        nodes = {n["key"]: n["properties"].get("concept_id") for n in store.iter_nodes(["Concept"])}
        edges = {(e["source"], e["target"], e["properties"].get("reason"), e["properties"].get("sentence_index"))
                 for e in store.iter_edges(["INSTANCE_OF"])}
        return nodes, edges

    on_neo4j, embedded = concept_facts(neo4j_loaded), concept_facts(embedded_loaded)
    assert on_neo4j == embedded and len(on_neo4j[0]) >= 20
    a = compare(GraphData.from_store(neo4j_loaded), "营口市", "衢州市")
    b = compare(GraphData.from_store(embedded_loaded), "营口市", "衢州市")
    assert abs(a.score - b.score) < 1e-9 and [x["name"] for x in a.shared_concepts] == [x["name"] for x in b.shared_concepts]


def test_keywords_leave_out_generic_words_and_time():
    from kg.analysis.keywords import tokenize

    words = tokenize("今天上午，市民政局加大力度、巩固成果，联系电话12345，推进低保提标和殡葬改革。")
    assert not {"上午", "今天", "力度", "加大", "巩固", "电话", "加大力度"} & set(words)
    assert "殡葬" in words and "低保" in words


def test_plan_labels_open_in_kg_show_and_name_the_heatmap(embedded_loaded, capsys, tmp_path):
    from kg.analysis.similarity import similar, similarity_matrix
    from kg.cli import main

    args = ["--store", str(embedded_loaded.folder)]
    table = similar(embedded_loaded, "营口市", 2021, top=3)
    label = table["label"].iloc[0]
    assert not label.isalnum() and " " in label          # place year title, never a bare id
    assert main(["show", label, *args]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"plan {label}:") and "[Document]" in out
    matrix = similarity_matrix(embedded_loaded, by="document")
    assert all(matrix.attrs["labels"][i] != i for i in matrix.index)
    assert main(["similarity-matrix", "--out", str(tmp_path), "--by", "document", *args]) == 0
    assert (tmp_path / "similarity.png").stat().st_size > 0


def test_kg_path_cli_avoids_hubs_unless_asked(embedded_loaded, capsys):
    from kg.cli import main

    args = ["--store", str(embedded_loaded.folder)]
    assert main(["path", "营口市民政局", "衢州市民政局", *args]) == 0
    out = capsys.readouterr().out
    assert "hubs avoided" in out and "INSTANCE_OF" in out
    assert main(["path", "营口市民政局", "衢州市民政局", "--allow-hubs", *args]) == 0


@pytest.mark.neo4j
def test_concept_diffusion_paths_and_communities_match_on_neo4j(neo4j_loaded, embedded_loaded):
    on_neo4j, embedded = GraphData.from_store(neo4j_loaded), GraphData.from_store(embedded_loaded)
    a = diffusion(on_neo4j, "居家和社区养老服务改革试点")
    b = diffusion(embedded, "居家和社区养老服务改革试点")
    assert list(a["place"]) == list(b["place"]) and a["order"].iloc[0] == 0
    assert concept_communities(on_neo4j).equals(concept_communities(embedded))
    path_n = explain_path(neo4j_loaded, "营口市民政局", "衢州市民政局")
    path_e = explain_path(embedded_loaded, "营口市民政局", "衢州市民政局")
    assert "Topic" not in path_n.attrs["labels"] and len(path_n) == len(path_e)


def test_concept_scan_stays_linear_on_adversarial_text():
    """Patterns have bounded gaps: ten times the text costs about ten times the time (generous budget)."""
    import time

    catalogue = load_catalogue()
    unit = "提高调整城乡居民最低生活保障和婚姻登记特困人员供养" * 20 + "。"

    def cost(repeat: int) -> float:
        text = unit * repeat
        start = time.perf_counter()
        catalogue.scan(text)
        return time.perf_counter() - start

    cost(5)
    small, large = min(cost(20) for _ in range(3)), min(cost(200) for _ in range(3))
    assert large < small * 40, (small, large)
