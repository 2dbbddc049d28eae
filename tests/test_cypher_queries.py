"""Every named query in cypher/ runs on BOTH stores, loaded from the real corpus, and gives the right answer.

"Right" is checked three ways:

- the two stores return the same rows (lists compared as sets: their order
  is unspecified in Cypher);
- the rows equal an answer computed independently in Python (or networkx)
  from the extracted fragments, following the query's stated meaning;
- a few facts read off the corpus text, e.g. 营口市民政局 runs the
  12349养老服务热线 (seed 000).

Queries whose corpus answer is empty today (no program shared by two places)
are also run on a graph where a real document is re-filed under a second
place, so the answer can't be vacuous.
"""
from __future__ import annotations

import copy
import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from cypher import list_queries, load_query
from kg.model import Edge, Fragment, Node
from kg.stores.embedded import EmbeddedStore

pytestmark = pytest.mark.neo4j


# -- an independent reading of the fragments --------------------------------------------------
class Facts:
    """The corpus graph as plain Python: node names/properties and edges with their doc ids."""

    def __init__(self, fragments: list[Fragment]) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        for fragment in fragments:
            for node in fragment.all_nodes():
                self.nodes.setdefault(node.key, node)
            self.edges.extend(fragment.unique_edges())
        self.by_type: dict[str, list[Edge]] = defaultdict(list)
        for edge in self.edges:
            if edge.source in self.nodes and edge.target in self.nodes:
                self.by_type[edge.type].append(edge)

    def name(self, key: str) -> str:
        return self.nodes[key].name

    def prop(self, key: str, prop: str):
        return self.nodes[key].properties.get(prop)

    def targets_of(self, rel_type: str, source: str) -> set[str]:
        return {e.target for e in self.by_type[rel_type] if e.source == source}

    def document_places(self) -> dict[str, set[str]]:
        places: dict[str, set[str]] = defaultdict(set)
        for e in self.by_type["ABOUT_PLACE"]:
            places[e.source].add(self.name(e.target))
        return places


def canonical(rows: list[dict]) -> list[str]:
    """Rows as sorted JSON strings, list values as sorted lists, floats rounded."""
    def value(v):
        if isinstance(v, list):
            return sorted(value(x) for x in v)
        if isinstance(v, float):
            return round(v, 6)
        return v
    return sorted(json.dumps({k: value(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True)
                  for row in rows)


# -- expected answers -----------------------------------------------------------------------
def expect_programs_of_agency(facts: Facts, agency: str, limit: int = 100) -> list[dict]:
    key = f"Agency:{agency}"
    issued = {e.source for e in facts.by_type["ISSUED_BY"] if e.target == key}
    docs: dict[str, set[str]] = defaultdict(set)
    for e in facts.by_type["PROMOTES"]:
        if e.source == key or e.source in issued:
            docs[facts.name(e.target)].add(e.provenance.doc_id)
    return [{"program": p, "documents": len(d), "doc_ids": sorted(d)} for p, d in docs.items()]


def expect_agencies_promoting_topic(facts: Facts, topic: str, limit: int = 50) -> list[dict]:
    topics = {k for k, n in facts.nodes.items() if n.label == "Topic" and topic in (n.name, n.properties.get("code"))}
    in_topic = {e.source for e in facts.by_type["IN_TOPIC"] if e.target in topics}
    issuers: dict[str, set[str]] = defaultdict(set)
    for e in facts.by_type["ISSUED_BY"]:
        issuers[e.source].add(e.target)
    programs: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for e in facts.by_type["PROMOTES"]:
        if e.target not in in_topic:
            continue
        agencies = {e.source} if e.source.startswith("Agency:") else issuers.get(e.source, set())
        for agency in agencies:
            programs[facts.name(agency)].add(facts.name(e.target))
            docs[facts.name(agency)].add(e.provenance.doc_id)
    return [{"agency": a, "programs": len(p), "program_names": sorted(p), "documents": len(docs[a])}
            for a, p in programs.items()]


def expect_meetings_where_person_spoke(facts: Facts, person: str, limit: int = 100) -> list[dict]:
    rows: dict[str, dict] = {}
    for e in facts.by_type["SPOKE_AT"]:
        if facts.name(e.source) != person:
            continue
        m = e.target
        row = rows.setdefault(m, {"meeting": facts.name(m), "year": facts.prop(m, "year"), "date": facts.prop(m, "date"),
                                  "places": sorted(facts.name(p) for p in facts.targets_of("HELD_IN", m)),
                                  "doc_ids": set()})
        row["doc_ids"].add(e.provenance.doc_id)
    return [{**r, "documents": len(r["doc_ids"]), "doc_ids": sorted(r["doc_ids"])} for r in rows.values()]


def expect_place_targets_by_year(facts: Facts, place: str, limit: int = 200) -> list[dict]:
    place_key = f"Place:{place}"
    about = facts.document_places()
    rows = set()
    for e in facts.by_type["SETS"]:
        doc, target = e.source, e.target
        stated_for = facts.targets_of("FOR_PLACE", target)
        if place_key in stated_for or (not stated_for and place in about.get(doc, ())):
            p = facts.nodes[target].properties
            year = p.get("year") if p.get("year") is not None else facts.prop(doc, "year")
            rows.add((year, p.get("indicator"), _float(p.get("value")), p.get("unit"), p.get("kind"), p.get("scope"),
                      _float(p.get("from_value")), facts.prop(doc, "title")))
    keys = ("year", "indicator", "value", "unit", "kind", "scope", "from_value", "document")
    return [dict(zip(keys, r)) for r in rows]


def expect_places_sharing_programs(facts: Facts, place: str = "*", min_shared: int = 1, limit: int = 50) -> list[dict]:
    about = facts.document_places()
    places_of_program: dict[str, set[str]] = defaultdict(set)
    for e in facts.by_type["PROMOTES"]:
        for p in about.get(e.source, ()):
            places_of_program[facts.name(e.target)].add(p)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for program, places in places_of_program.items():
        for a in places:
            for b in places:
                if a < b and (place == "*" or place in (a, b)):
                    pairs[(a, b)].add(program)
    return [{"place_a": a, "place_b": b, "shared": len(p), "programs": sorted(p)}
            for (a, b), p in pairs.items() if len(p) >= min_shared]


def expect_policies_cited_by_many_places(facts: Facts, min_places: int = 2, limit: int = 50) -> list[dict]:
    about = facts.document_places()
    places: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for e in facts.by_type["CITES"]:
        if about.get(e.source):
            places[facts.name(e.target)] |= about[e.source]
            docs[facts.name(e.target)].add(e.source)
    return [{"policy": p, "place_count": len(pl), "places": sorted(pl), "documents": len(docs[p])}
            for p, pl in places.items() if len(pl) >= min_places]


def expect_program_diffusion(facts: Facts, program: str = "*", limit: int = 500) -> list[dict]:
    about = facts.document_places()
    first: dict[tuple[str, str], int] = {}
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in facts.by_type["PROMOTES"] + facts.by_type["MENTIONS"]:
        if not e.target.startswith("Program:"):
            continue
        year = facts.prop(e.source, "year")
        name = facts.name(e.target)
        if year is None or (program != "*" and name != program):
            continue
        for place in about.get(e.source, ()):
            first[(name, place)] = min(first.get((name, place), year), year)
            docs[(name, place)].add(e.source)
    return [{"program": p, "place": pl, "first_year": y, "documents": len(docs[(p, pl)])} for (p, pl), y in first.items()]


def expect_concept_diffusion(facts: Facts, concept: str = "*", limit: int = 500) -> list[dict]:
    """First year per (concept, place): documents naming the concept, or naming a Program that is an INSTANCE_OF it."""
    about = facts.document_places()
    concepts_of: dict[str, set[str]] = defaultdict(set)
    for e in facts.by_type["INSTANCE_OF"]:
        concepts_of[e.source].add(e.target)
    first: dict[tuple[str, str], int] = {}
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in facts.by_type["PROMOTES"] + facts.by_type["MENTIONS"]:
        if not e.source.startswith("Document:"):
            continue
        targets = {e.target} if e.target.startswith("Concept:") else concepts_of.get(e.target, set())
        year = facts.prop(e.source, "year")
        for target in targets:
            name = facts.name(target)
            if year is None or (concept != "*" and name != concept):
                continue
            for place in about.get(e.source, ()):
                first[(name, place)] = min(first.get((name, place), year), year)
                docs[(name, place)].add(e.source)
    launch = {facts.name(k): n.properties.get("start_year") for k, n in facts.nodes.items() if n.label == "Concept"}
    return [{"concept": c, "launch": launch.get(c), "place": pl, "first_year": y, "documents": len(docs[(c, pl)])}
            for (c, pl), y in first.items()]


def expect_targets_compared_across_places(facts: Facts, indicator: str, limit: int = 200) -> list[dict]:
    about: dict[str, set[str]] = facts.document_places()
    rows = set()
    for e in facts.by_type["SETS"]:
        doc, target = e.source, e.target
        p = facts.nodes[target].properties
        if indicator not in (p.get("indicator") or ""):
            continue
        places = {facts.name(k) for k in facts.targets_of("FOR_PLACE", target)} or about.get(doc) or {None}
        for place in places:
            year = p.get("year") if p.get("year") is not None else facts.prop(doc, "year")
            rows.add((place, year, p.get("indicator"), _float(p.get("value")), p.get("unit"), p.get("kind"),
                      p.get("scope"), facts.prop(doc, "title")))
    keys = ("place", "year", "indicator", "value", "unit", "kind", "scope", "document")
    return [dict(zip(keys, r)) for r in rows]


def expect_indicator_across_places(facts: Facts, indicator: str, limit: int = 200) -> list[dict]:
    about: dict[str, set[str]] = facts.document_places()
    rows = set()
    for sets in facts.by_type["SETS"]:
        doc, target = sets.source, sets.target
        for measures in facts.by_type["MEASURES_INDICATOR"]:
            if measures.source != target or indicator not in (facts.name(measures.target),
                                                              facts.prop(measures.target, "code")):
                continue
            p = facts.nodes[target].properties
            places = ({facts.name(k) for k in facts.targets_of("FOR_PLACE", target)}
                      or ({p["place"]} if p.get("place") else None) or about.get(doc) or {None})
            year = p.get("year") if p.get("year") is not None else facts.prop(doc, "year")
            for place in places:
                rows.add((place, year, facts.name(measures.target), _float(p.get("value")), p.get("unit"),
                          facts.prop(measures.target, "unit"), p.get("kind"), measures.provenance.sentence))
    keys = ("place", "year", "indicator", "value", "unit", "comparable_unit", "kind", "sentence")
    return [dict(zip(keys, r)) for r in rows]


def expect_shortest_path(facts: Facts, source: str, target: str, limit: int = 10) -> list[dict]:
    graph = nx.Graph()
    graph.add_nodes_from(facts.nodes)
    graph.add_edges_from((e.source, e.target) for e in facts.edges if e.source in facts.nodes and e.target in facts.nodes)
    starts = [k for k, n in facts.nodes.items() if n.name == source]
    ends = [k for k, n in facts.nodes.items() if n.name == target]
    rows = set()
    for a in starts:
        for b in ends:
            if a != b and nx.has_path(graph, a, b):
                for path in nx.all_shortest_paths(graph, a, b):
                    if len(path) - 1 <= 6:
                        names = [facts.name(k) for k in path]
                        rows.add((" — ".join(names), len(path) - 1, tuple(names)))
    # Each (start, end) pair of same-named nodes contributes its own shortest paths, as in the query.
    return [{"path": p, "hops": h, "names": list(n)} for p, h, n in rows]


def _below(facts: Facts, place: str, home: str, hops: int = 3) -> bool:
    """``place`` is ``home`` or PART_OF it within ``hops`` levels."""
    frontier = {place}
    for _ in range(hops + 1):
        if home in frontier:
            return True
        frontier = {e.target for e in facts.by_type["PART_OF"] if e.source in frontier}
    return False


def expect_programs_of_agency_and_subordinates(facts: Facts, agency: str, limit: int = 200) -> list[dict]:
    key = f"Agency:{agency}"
    homes = facts.targets_of("LOCATED_IN", key)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in facts.by_type["PROMOTES"]:
        body = e.source
        if not body.startswith("Agency:"):
            continue
        for place in facts.targets_of("LOCATED_IN", body):
            for home in homes:
                same = body == key or facts.name(body).startswith(agency) or place != home
                if same and _below(facts, place, home):
                    docs[(facts.name(body), facts.name(e.target))].add(e.provenance.doc_id)
    return [{"agency": a, "program": p, "documents": len(d), "doc_ids": sorted(d)} for (a, p), d in docs.items()]


def expect_leaders_of_promoting_bureaus(facts: Facts, program: str = "*", limit: int = 200) -> list[dict]:
    promoted: dict[str, set[str]] = defaultdict(set)
    for e in facts.by_type["PROMOTES"]:
        if e.source.startswith("Agency:") and (program == "*" or facts.name(e.target) == program):
            promoted[e.source].add(facts.name(e.target))
    rows: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in facts.by_type["HOLDS_POST"]:
        if e.target in promoted:
            rows[(facts.name(e.target), facts.name(e.source))].add(e.properties.get("title"))
    return [{"agency": a, "person": p, "titles": sorted(t for t in titles if t is not None),
             "programs": len(promoted[f"Agency:{a}"]), "program_names": sorted(promoted[f"Agency:{a}"])}
            for (a, p), titles in rows.items()]


def expect_meetings_organized_by_agency(facts: Facts, agency: str, limit: int = 100) -> list[dict]:
    key = f"Agency:{agency}"
    rows: dict[str, dict] = {}
    for e in facts.by_type["ORGANIZED_BY"]:
        if e.target != key:
            continue
        m = e.source
        row = rows.setdefault(m, {
            "meeting": facts.name(m), "year": facts.prop(m, "year"),
            "places": sorted({facts.name(p) for p in facts.targets_of("HELD_IN", m)}),
            "speakers": sorted({facts.name(x.source) for x in facts.by_type["SPOKE_AT"] if x.target == m}),
            "chairs": sorted({facts.name(x.source) for x in facts.by_type["CHAIRED"] if x.target == m}),
            "doc_ids": set()})
        row["doc_ids"].add(e.provenance.doc_id)
    return [{**r, "doc_ids": sorted(r["doc_ids"])} for r in rows.values()]


def _float(value):
    return None if value is None else float(value)


EXPECTED = {
    "programs_of_agency": expect_programs_of_agency,
    "agencies_promoting_topic": expect_agencies_promoting_topic,
    "meetings_where_person_spoke": expect_meetings_where_person_spoke,
    "place_targets_by_year": expect_place_targets_by_year,
    "places_sharing_programs": expect_places_sharing_programs,
    "policies_cited_by_many_places": expect_policies_cited_by_many_places,
    "program_diffusion": expect_program_diffusion,
    "concept_diffusion": expect_concept_diffusion,
    "targets_compared_across_places": expect_targets_compared_across_places,
    "shortest_path": expect_shortest_path,
    "programs_of_agency_and_subordinates": expect_programs_of_agency_and_subordinates,
    "leaders_of_promoting_bureaus": expect_leaders_of_promoting_bureaus,
    "meetings_organized_by_agency": expect_meetings_organized_by_agency,
    "indicator_across_places": expect_indicator_across_places,
}


# -- fixtures ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def facts(corpus_fragments) -> Facts:
    return Facts(corpus_fragments)


@pytest.fixture(scope="module")
def corpus_params(facts) -> dict[str, dict]:
    """Parameters for each query, chosen from the corpus so each answer has rows."""
    speakers = sorted({facts.name(e.source) for e in facts.by_type["SPOKE_AT"]})
    target_places = sorted({facts.name(e.target) for e in facts.by_type["FOR_PLACE"]})
    programs = sorted({facts.name(e.target) for e in facts.by_type["PROMOTES"]})
    return {
        "programs_of_agency": {"agency": "营口市民政局"},
        "agencies_promoting_topic": {"topic": "elderly_care"},
        "meetings_where_person_spoke": {"person": speakers[0]},
        "place_targets_by_year": {"place": "营口市" if "营口市" in target_places else target_places[0]},
        "places_sharing_programs": {"min_shared": 1},
        "policies_cited_by_many_places": {"min_places": 1},
        "program_diffusion": {"program": "*"},
        "concept_diffusion": {"concept": "*"},
        "targets_compared_across_places": {"indicator": "低保"},
        "shortest_path": {"source": "营口市民政局", "target": programs[0]},
        "programs_of_agency_and_subordinates": {"agency": "山东省民政厅"},
        "leaders_of_promoting_bureaus": {"program": "*"},
        "meetings_organized_by_agency": {"agency": "营口市民政局"},
        "indicator_across_places": {"indicator": "城市低保标准"},
    }


# -- tests ------------------------------------------------------------------------------------
def test_every_named_query_is_tested_and_documented():
    names = {q.name for q in list_queries()}
    assert names == set(EXPECTED)
    for query in list_queries():
        assert query.answers, f"{query.name} has no // answers: line"
        assert any(p.name == "limit" for p in query.params), f"{query.name} has no limit parameter"
        for dialect in ("neo4j", "ladybug"):
            assert load_query(query.name, dialect).params == query.params, f"{query.name}: dialect variants disagree"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_is_right_and_identical_on_both_stores(name, neo4j_loaded, embedded_loaded, facts, corpus_params):
    params = corpus_params[name]
    on_neo4j = neo4j_loaded.run_query(name, params)
    on_embedded = embedded_loaded.run_query(name, params)
    assert canonical(on_neo4j) == canonical(on_embedded)
    expected = EXPECTED[name](facts, **params)
    limit = load_query(name).bind(params)["limit"]
    if len(expected) <= limit:
        assert canonical(on_neo4j) == canonical(expected)
    else:
        assert len(on_neo4j) == limit and set(canonical(on_neo4j)) <= set(canonical(expected))


def test_yingkou_civil_affairs_bureau_runs_the_12349_hotline(neo4j_loaded, embedded_loaded, corpus_dir):
    seed = next((corpus_dir / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    assert "营口市民政局" in seed and "12349" in seed  # the fact, in the source text
    for store in (neo4j_loaded, embedded_loaded):
        programs = {row["program"] for row in store.run_query("programs_of_agency", {"agency": "营口市民政局"})}
        assert any("12349" in p and "热线" in p for p in programs), programs


def test_minimum_living_allowance_is_compared_across_several_places(neo4j_loaded):
    rows = neo4j_loaded.run_query("targets_compared_across_places", {"indicator": "低保"})
    assert len({r["place"] for r in rows}) >= 2
    assert all("低保" in r["indicator"] and r["value"] is not None and r["unit"] for r in rows)


def test_a_provincial_bureau_sees_the_programs_its_cities_run(neo4j_loaded, embedded_loaded):
    """山东省民政厅's own programs (the 2022 provincial meeting) and those of 东营市民政局, a city bureau below it."""
    for store in (neo4j_loaded, embedded_loaded):
        rows = store.run_query("programs_of_agency_and_subordinates", {"agency": "山东省民政厅"})
        bodies = {row["agency"] for row in rows}
        assert {"山东省民政厅", "东营市民政局"} <= bodies, bodies
        assert "营口市民政局" not in bodies


def test_the_leaders_of_the_bureau_that_runs_the_12349_hotline(neo4j_loaded, embedded_loaded):
    for store in (neo4j_loaded, embedded_loaded):
        rows = store.run_query("leaders_of_promoting_bureaus", {"program": "12349养老服务热线"})
        assert ("营口市民政局", "杜邦安") in {(row["agency"], row["person"]) for row in rows}, rows


def test_named_query_rejects_missing_and_unknown_parameters(neo4j_loaded):
    from kg.errors import QueryError

    with pytest.raises(QueryError, match="missing parameter agency"):
        neo4j_loaded.run_query("programs_of_agency", {})
    with pytest.raises(QueryError, match="unknown parameter"):
        neo4j_loaded.run_query("programs_of_agency", {"agency": "x", "colour": "red"})


def _refiled(fragment: Fragment, new_id: str, place: Node) -> Fragment:
    """The same real document filed again under another place: new id, provenance and ABOUT_PLACE."""
    document = copy.deepcopy(fragment.document)
    document.key = f"Document:{new_id}"
    document.properties["source"] = f"{new_id}.txt"
    document.properties["place"] = place.name
    document.properties["year"] = (document.properties.get("year") or 2020) + 1
    edges = []
    for edge in fragment.unique_edges():
        if edge.type == "ABOUT_PLACE":
            continue
        source = document.key if edge.source == fragment.document.key else edge.source
        target = document.key if edge.target == fragment.document.key else edge.target
        edges.append(replace(edge, source=source, target=target, provenance=replace(edge.provenance, doc_id=new_id)))
    about = next(e for e in fragment.edges if e.type == "ABOUT_PLACE")
    edges.append(replace(about, source=document.key, target=place.key, provenance=replace(about.provenance, doc_id=new_id)))
    return Fragment(document, list(fragment.nodes) + [place], edges)


def test_sharing_and_diffusion_queries_see_a_program_in_two_places(neo4j_store, tmp_path, corpus_fragments):
    original = next(f for f in corpus_fragments
                    if any(e.type == "ABOUT_PLACE" for e in f.edges)
                    and sum(e.type == "PROMOTES" and e.source == f.document.key for e in f.edges) >= 2)
    home = next(e.target for e in original.edges if e.type == "ABOUT_PLACE")
    other = next(n for f in corpus_fragments for n in f.nodes if n.label == "Place" and n.key != home)
    fragments = [original, _refiled(original, "refiled-copy", other)]
    facts = Facts(fragments)
    embedded = EmbeddedStore(tmp_path / "store")
    try:
        for store in (neo4j_store, embedded):
            store.write_fragments(fragments)
        for name, params in (("places_sharing_programs", {}), ("program_diffusion", {}),
                             ("policies_cited_by_many_places", {})):
            rows = neo4j_store.run_query(name, params)
            assert canonical(rows) == canonical(embedded.run_query(name, params))
            assert canonical(rows) == canonical(EXPECTED[name](facts, **params))
        pairs = neo4j_store.run_query("places_sharing_programs", {})
        assert len(pairs) == 1 and pairs[0]["shared"] >= 2
        assert {pairs[0]["place_a"], pairs[0]["place_b"]} == {facts.name(home), other.name}
    finally:
        embedded.close()


def test_a_second_load_changes_no_count_and_no_answer(neo4j_loaded, embedded_loaded, corpus_dir, corpus_params):
    from kg.commands.ingest import ingest

    for store in (neo4j_loaded, embedded_loaded):
        counts = store.stats()
        answers = {name: canonical(store.run_query(name, params)) for name, params in corpus_params.items()}
        report = ingest(store, [str(corpus_dir / "seeds"), str(corpus_dir / "dev")])
        assert report.new == 0 and report.unchanged == report.files > 0
        assert store.stats() == counts
        assert {name: canonical(store.run_query(name, params)) for name, params in corpus_params.items()} == answers
