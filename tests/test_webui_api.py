"""The web UI's JSON API and error handling, through Flask's test client, over real stores.

The embedded store holds the real corpus (``embedded_loaded``); Neo4j tests use
H3's ``neo4j_loaded`` fixture. Store failures are real too: a store folder that
does not exist, a Bolt port nobody listens on.
"""
from __future__ import annotations

import html
import json
import re

import pytest

from webui.labels import PART_ZH



@pytest.fixture(scope="module")
def app(embedded_loaded):
    from webui import create_app

    return create_app(store_factory=lambda: embedded_loaded, config={"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


def _assert_matches_schema(client, schema_name: str, body) -> None:
    # $refs point at #/components/...; resolve them against the served document.
    from openapi_schema_validator import OAS30Validator

    spec = client.get("/api/openapi.json").get_json()
    wrapper = {"components": spec["components"], **spec["components"]["schemas"][schema_name]}
    OAS30Validator(wrapper).validate(body)


# -- OpenAPI ------------------------------------------------------------------------------
def test_openapi_document_is_valid_and_covers_every_api_route(client, app):
    from openapi_spec_validator import validate

    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    validate(spec)
    documented = set(spec["paths"])
    routed = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule) for rule in app.url_map.iter_rules()
              if rule.rule.startswith("/api/")}
    assert routed == documented


@pytest.mark.parametrize("url, schema_name", [
    ("/api/search?q=民政局", "SearchResult"),
    ("/api/entity?key=Agency:营口市民政局", "EntityView"),
    ("/api/entity/neighbours?key=Topic:养老服务&rel=IN_TOPIC&direction=in&offset=20", "EntityGroupPage"),
    ("/api/graph?key=Agency:营口市民政局", "GraphView"),
    ("/api/paths?source=营口市民政局&target=衢州市民政局", "PathView"),
    ("/api/documents?year=2021", "DocumentList"),
    ("/api/queries", "QueryMenu"),
    ("/api/stats", "Stats"),
])
def test_responses_match_their_openapi_schema(client, url, schema_name):
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    _assert_matches_schema(client, schema_name, response.get_json())


def test_errors_match_the_error_schema(client):
    response = client.get("/api/search?q=x&limit=0")
    assert response.status_code == 400
    _assert_matches_schema(client, "Error", response.get_json())


# -- search -------------------------------------------------------------------------------
def test_search_substring_groups_by_label_with_counts(client):
    body = client.get("/api/search?q=民政局").get_json()
    groups = {g["label"]: g for g in body["groups"]}
    assert "Agency" in groups
    agencies = [hit["name"] for hit in groups["Agency"]["results"]]
    assert "营口市民政局" in agencies and "衢州市民政局" in agencies
    for group in body["groups"]:
        assert group["count"] == len(group["results"])
        for hit in group["results"]:
            assert hit["label"] == group["label"]
            assert any("民政局" in name for name in [hit["name"], *hit["aliases"]]), hit
    assert body["total"] == sum(g["count"] for g in body["groups"])


def test_search_two_characters_and_traditional_input(client):
    care = client.get("/api/search?q=养老").get_json()
    assert care["total"] > 0
    assert all("养老" in h["name"] or any("养老" in a for a in h["aliases"])
               for g in care["groups"] for h in g["results"])
    traditional = client.get("/api/search?q=營口市民政局").get_json()
    names = [h["name"] for g in traditional["groups"] for h in g["results"]]
    assert "营口市民政局" in names


def test_search_label_filter(client):
    body = client.get("/api/search?q=民政局&label=Agency").get_json()
    assert [g["label"] for g in body["groups"]] == ["Agency"]


# -- entity, graph, paths -------------------------------------------------------------------
def test_entity_edges_carry_provenance_with_the_mention_located(client):
    body = client.get("/api/entity?key=Agency:营口市民政局").get_json()
    assert body["node"]["name"] == "营口市民政局"
    kinds = {(g["type"], g["direction"]) for g in body["groups"]}
    assert ("ISSUED_BY", "in") in kinds
    edges = [e for g in body["groups"] for n in g["neighbours"] for e in n["edges"]]
    assert edges
    for edge in edges:
        prov = edge["provenance"]
        assert prov["sentence"] and prov["doc_id"]
        assert edge["document"]["title"]
        assert edge["mention"] is not None, edge
        start, end = edge["mention"]
        assert prov["sentence"][start:end]  # a real, non-empty span of the sentence
    issued = next(g for g in body["groups"] if g["type"] == "ISSUED_BY")
    doc = issued["neighbours"][0]["edges"][0]["document"]
    assert doc["date"].startswith("2021") and doc["issuing_body"]


def test_entity_answers_a_first_page_and_more_links_page_through_each_group(client):
    """/api/entity reads and returns one page per group (not every edge of a busy entity); `more` links
    walk a group to its end with no neighbour twice, and the pages add up to the group's counts."""
    body = client.get("/api/entity?key=Topic:养老服务").get_json()
    assert body["page_size"] == 20 and body["edges_per_neighbour"] == 5
    paged = [g for g in body["groups"] if g["total"] > 20]
    assert paged, "养老服务 has a group of more than 20 neighbours"
    for group in body["groups"]:
        assert len(group["neighbours"]) == min(group["total"], 20)
        assert all(len(n["edges"]) == min(n["edge_count"], 5) for n in group["neighbours"])
        counts = [n["edge_count"] for n in group["neighbours"]]
        assert counts == sorted(counts, reverse=True)  # busiest first
        assert (group["more"] is None) == (group["total"] <= 20)
    group = paged[0]
    seen = [n["node"]["key"] for n in group["neighbours"]]
    edges = sum(n["edge_count"] for n in group["neighbours"])
    url = group["more"]
    while url:
        page = client.get(url)
        assert page.status_code == 200
        more = page.get_json()["group"]
        assert (more["type"], more["direction"], more["total"]) == (group["type"], group["direction"], group["total"])
        seen += [n["node"]["key"] for n in more["neighbours"]]
        edges += sum(n["edge_count"] for n in more["neighbours"])
        url = more["more"]
    assert len(seen) == len(set(seen)) == group["total"]
    assert edges == group["count"]


def test_entity_neighbour_edges_load_on_demand(client, embedded_loaded):
    key = next(n["key"] for n in embedded_loaded.iter_nodes(["Agency"])
               if any(r["edges"] > 5 for r in embedded_loaded.neighbour_summary(n["key"])["rows"]))
    body = client.get("/api/entity", query_string={"key": key}).get_json()
    neighbour = next(n for g in body["groups"] for n in g["neighbours"] if n["more_edges"])
    assert len(neighbour["edges"]) == 5 < neighbour["edge_count"]
    whole = client.get(neighbour["more_edges"]).get_json()["group"]["neighbours"]
    assert [n["node"]["key"] for n in whole] == [neighbour["node"]["key"]]
    assert len(whole[0]["edges"]) == min(neighbour["edge_count"], 50)
    assert whole[0]["edges"][:5] == neighbour["edges"]  # the same first five, then the rest


@pytest.mark.parametrize("query, parameter", [
    ("key=Topic:养老服务&direction=in", "rel"), ("key=Topic:养老服务&rel=IN_TOPIC,COVERS&direction=in", "rel"),
    ("key=Topic:养老服务&rel=IN_TOPIC&direction=sideways", "direction"),
    ("key=Topic:养老服务&rel=IN_TOPIC&direction=in&offset=-1", "offset"),
    ("key=Topic:养老服务&rel=IN_TOPIC&direction=in&edges=51", "edges"),
    ("key=Topic:养老服务&rel=IN_TOPIC&direction=in&other=nonsense", "other")])
def test_entity_neighbours_bad_parameters_are_400_naming_them(client, query, parameter):
    response = client.get("/api/entity/neighbours?" + query)
    assert response.status_code == 400
    assert f"'{parameter}'" in response.get_json()["error"]["message"]
    page = client.get("/entity-more?" + query)
    assert page.status_code == 400 or parameter == "edges"  # the page's fragment takes no edges parameter


def test_unknown_entity_is_404_json_and_html(client):
    api = client.get("/api/entity?key=Agency:没有这个机构")
    assert api.status_code == 404
    assert "没有这个机构" in api.get_json()["error"]["message"]
    page = client.get("/entity/Agency:没有这个机构")
    assert page.status_code == 404
    html = page.get_data(as_text=True)
    assert "找不到" in html and "Traceback" not in html


def test_graph_merges_parallel_edges_and_filters(client):
    body = client.get("/api/graph?key=Agency:营口市民政局").get_json()
    ids = [e["id"] for e in body["edges"]]
    assert len(ids) == len(set(ids))
    keys = {n["key"] for n in body["nodes"]}
    assert "Agency:营口市民政局" in keys
    assert all(e["source"] in keys and e["target"] in keys for e in body["edges"])
    only = client.get("/api/graph?key=Agency:营口市民政局&rel=LOCATED_IN").get_json()
    assert only["edges"] and {e["type"] for e in only["edges"]} == {"LOCATED_IN"}


def test_paths_are_connected_chains_with_sentences(client):
    body = client.get("/api/paths?source=营口市民政局&target=衢州市民政局&max_hops=6").get_json()
    assert body["source"]["key"] == "Agency:营口市民政局"
    assert body["target"]["key"] == "Agency:衢州市民政局"
    assert body["paths"]
    for path in body["paths"]:
        keys = [n["key"] for n in path["nodes"]]
        assert keys[0] == body["source"]["key"] and keys[-1] == body["target"]["key"]
        assert len(path["hops"]) == len(keys) - 1
        for i, hop in enumerate(path["hops"]):
            assert {hop["source"], hop["target"]} == {keys[i], keys[i + 1]}
            assert hop["from"]["key"] == keys[i] and hop["to"]["key"] == keys[i + 1]
            assert hop["provenance"]["sentence"]


def test_paths_avoid_hubs_like_kg_path(client, embedded_loaded):
    """The page's path is `kg path`'s: the same best chain, no Topic, no bare mention, and says hubs were avoided."""
    from kg.analysis.graph import explain_path

    body = client.get("/api/paths?source=营口市民政局&target=衢州市民政局").get_json()
    assert body["through_hubs"] is False and body["allow_hubs"] is False and body["hubs"] == []
    best = body["paths"][0]
    assert [n["key"] for n in best["nodes"]] == explain_path(embedded_loaded, "营口市民政局", "衢州市民政局").attrs["keys"]
    for path in body["paths"]:
        assert all(n["label"] != "Topic" for n in path["nodes"])
        for hop in path["hops"]:
            assert not hop["via_hub"]
            assert hop["type"] != "MENTIONS" or hop["target"].startswith("Concept:")


def test_paths_go_through_hubs_only_when_nothing_else_links_the_two(client, embedded_loaded):
    """上海市民政局 is linked to 营口市民政局 only through hubs: the fallback says so and marks those hops."""
    from kg.analysis.graph import path_hubs, ranked_paths, to_networkx

    graph = to_networkx(embedded_loaded)
    assert ranked_paths(graph, "Agency:营口市民政局", "Agency:上海市民政局") == []   # no hub-free path
    body = client.get("/api/paths?source=营口市民政局&target=上海市民政局").get_json()
    assert body["through_hubs"] is True and body["paths"]
    hubs = path_hubs(graph, ("Agency:营口市民政局", "Agency:上海市民政局"))
    assert {h["key"] for h in body["hubs"]} <= hubs
    for path in body["paths"]:
        assert any(hop["via_hub"] for hop in path["hops"])
    page = client.get("/paths?source=营口市民政局&target=上海市民政局").get_data(as_text=True)
    assert "避开枢纽节点时两者之间没有路径" in page and "枢纽 hub" in page


def test_a_big_graph_prepares_the_search_through_hubs_in_the_background(embedded_loaded, monkeypatch):
    """On a store too big to build the with-hubs search graph inside a request (kg.analysis.path_search.BUILD_NOW_EDGES),
    the fallback answers 202 with hubs_pending, builds that graph in the background, and the same request then
    gets the paths through hubs; the pending answer is never cached."""
    import time

    from kg.analysis import path_search
    from webui import create_app

    monkeypatch.setattr(path_search, "BUILD_NOW_EDGES", 0)
    app = create_app(store_factory=lambda: embedded_loaded, config={"TESTING": True})
    client = app.test_client()
    url = "/api/paths?source=营口市民政局&target=上海市民政局"
    first = client.get(url)
    assert first.status_code == 202
    assert first.get_json()["hubs_pending"] is True and first.get_json()["paths"] == []
    _assert_matches_schema(client, "PathView", first.get_json())
    page = client.get("/paths?source=营口市民政局&target=上海市民政局").get_data(as_text=True)
    assert 'data-testid="hubs-pending"' in page or "避开枢纽节点时两者之间没有路径" in page
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        answer = client.get(url)
        if answer.status_code == 200:
            break
        time.sleep(0.2)
    body = answer.get_json()
    assert answer.status_code == 200 and body["through_hubs"] is True and body["paths"] and not body["hubs_pending"]
    # a pair with a hub-free path never waits for the graph through hubs
    assert client.get("/api/paths?source=营口市民政局&target=营口市").status_code == 200


def test_paths_allow_hubs_on_request_and_bad_flag_is_400(client):
    body = client.get("/api/paths?source=营口市民政局&target=衢州市民政局&allow_hubs=1").get_json()
    assert body["allow_hubs"] is True and body["paths"]
    response = client.get("/api/paths?source=营口市民政局&target=衢州市民政局&allow_hubs=2")
    assert response.status_code == 400 and "allow_hubs" in response.get_json()["error"]["message"]


def test_path_to_unknown_name_is_404(client):
    response = client.get("/api/paths?source=营口市民政局&target=完全不存在的名称XYZ")
    assert response.status_code == 404


# -- documents ------------------------------------------------------------------------------
def test_document_filters(client):
    everything = client.get("/api/documents?limit=1000").get_json()
    assert everything["total"] == len(everything["documents"]) > 30
    by_year = client.get("/api/documents?year=2021").get_json()
    assert 0 < by_year["total"] < everything["total"]
    assert all(d["year"] == 2021 for d in by_year["documents"])
    topic = everything["facets"]["topic"][0][0]
    by_topic = client.get(f"/api/documents?topic={topic}&limit=1000").get_json()
    assert by_topic["total"] == everything["facets"]["topic"][0][1]
    assert all(topic in d["topics"] for d in by_topic["documents"])
    place = client.get("/api/documents?place=营口").get_json()
    assert place["total"] >= 1 and all("营口" in (d["place"] or "") + (d["issuing_body"] or "")
                                       for d in place["documents"])


def test_document_page_links_mentions(client):
    docs = client.get("/api/documents?place=营口市").get_json()["documents"]
    doc_id = docs[0]["id"]
    body = client.get(f"/api/documents/{doc_id}").get_json()
    assert body["text"] and body["mention_count"] > 0
    html = client.get(f"/documents/{doc_id}").get_data(as_text=True)
    assert 'class="mention label-Agency" href="/entity/Agency:%E8%90%A5' in html  # 营口市民政局, linked
    assert client.get("/api/documents/ffffffffffffffff").status_code == 404


# -- bad parameters -------------------------------------------------------------------------
@pytest.mark.parametrize("url, fragment", [
    ("/api/search", "'q' is required"),
    ("/api/search?q=x&limit=abc", "whole number"),
    ("/api/search?q=x&limit=100000", "between"),
    ("/api/search?q=x&label=Bogus", "unknown label"),
    ("/api/graph?key=nonsense", "node key"),
    ("/api/graph?key=Agency:营口市民政局&rel=LIKES", "unknown relationship type"),
    ("/api/documents?year=twenty", "whole number"),
    ("/api/paths?source=营口市民政局", "'target' is required"),
])
def test_bad_parameters_are_400_with_a_clear_message(client, url, fragment):
    response = client.get(url)
    assert response.status_code == 400
    assert fragment in response.get_json()["error"]["message"]


def test_bad_parameter_on_a_page_is_a_400_page(client):
    response = client.get("/documents?year=abc")
    assert response.status_code == 400
    assert "whole number" in response.get_data(as_text=True)


# -- console and named queries ------------------------------------------------------------
def test_named_query_runs_with_parameters(client):
    menu = client.get("/api/queries").get_json()
    names = {q["name"] for q in menu["queries"]}
    assert "programs_of_agency" in names
    response = client.post("/api/queries/programs_of_agency", json={"params": {"agency": "营口市民政局"}})
    assert response.status_code == 200, response.get_data(as_text=True)
    table = response.get_json()
    assert table["count"] == len(table["rows"]) > 0


def test_named_query_errors(client):
    assert client.post("/api/queries/no_such_query", json={"params": {}}).status_code == 404
    wrong = client.post("/api/queries/programs_of_agency", json={"params": {"agency": "x", "bogus": 1}})
    assert wrong.status_code == 400 and "bogus" in wrong.get_json()["error"]["message"]
    missing = client.post("/api/queries/programs_of_agency", json={"params": {}})
    assert missing.status_code == 400 and "agency" in missing.get_json()["error"]["message"]
    not_json = client.post("/api/queries/programs_of_agency", data="agency=x")
    assert not_json.status_code == 400


def test_console_refuses_writes_and_limits_rows(app, embedded_loaded):
    client = app.test_client()
    before = embedded_loaded.stats()
    for write in ("MATCH (n:Agency) DETACH DELETE n", "CREATE (n:Agency {key: 'Agency:x'})",
                  "MATCH (n:Agency) SET n.name = 'x' RETURN n", "RETURN 1; MATCH (n) DELETE n"):
        response = client.post("/api/cypher", json={"query": write})
        assert response.status_code == 403, write
        assert "read-only" in response.get_json()["error"]["message"]
    assert embedded_loaded.stats() == before
    ok = client.post("/api/cypher", json={"query": "MATCH (a:Agency) RETURN a.name AS name"}).get_json()
    assert ok["columns"] == ["name"] and "营口市民政局" in [r[0] for r in ok["rows"]]
    app.config["CONSOLE_ROW_LIMIT"] = 3
    try:
        limited = client.post("/api/cypher", json={"query": "MATCH (a:Agency) RETURN a.name AS name"}).get_json()
    finally:
        app.config["CONSOLE_ROW_LIMIT"] = 500
    assert limited["count"] == 3 and limited["truncated"]
    assert client.post("/api/cypher", json={"query": ""}).status_code == 400
    assert client.post("/api/cypher", json={"query": "MATCH (n RETURN n"}).status_code == 400


# -- comparison (kg.analysis) ---------------------------------------------------------------
def test_similar_plans_ranked_and_pair_compared(client):
    body = client.get("/api/compare/plans?place=营口市&limit=5").get_json()
    assert body["query"]["place"] == "营口市"
    scores = [r["score"] for r in body["results"]]
    assert scores == sorted(scores, reverse=True) and len(scores) <= 5
    other = body["results"][0]["plan"]
    pair = client.get(f"/api/compare/pair?a={body['query']['id']}&b={other}").get_json()
    assert pair["a"]["place"] == "营口市"
    # The same pair scores (nearly) the same on both pages; IDF may shift by the extra plan.
    assert abs(pair["score"] - body["results"][0]["score"]) < 0.01
    assert client.get("/api/compare/plans?place=没有这个地方").status_code == 400


def test_pair_shows_five_parts_that_add_up_with_concepts_and_claims(client, embedded_loaded):
    """The arithmetic is kg.analysis's (Comparison.summary); concepts and claims carry sentences and titles."""
    from kg.analysis.similarity import WEIGHTS, compare

    pair = client.get("/api/compare/pair?a=营口市&b=衢州市").get_json()
    cli = compare(embedded_loaded, "营口市", "衢州市")
    assert pair["score"] == pytest.approx(cli.score)
    rows = pair["arithmetic"]["rows"]
    assert [r["part"] for r in rows] == list(WEIGHTS)
    assert sum(r["contribution"] for r in rows) == pytest.approx(pair["score"])
    assert pair["arithmetic"]["total"] == pytest.approx(pair["score"]) and pair["arithmetic"]["missing"] == []
    for row in rows:
        assert row["contribution"] == pytest.approx(row["value"] * row["weight_used"])
    shared = {c["name"]: c for c in pair["shared_concepts"]}
    assert any("养老" in name for name in shared)
    for item in shared.values():
        for ev in item["evidence_a"][:1] + item["evidence_b"][:1]:
            assert ev["sentence"] and ev["doc_id"] and ev["title"]
            assert ev["doc_id"] not in ev["title"]
    assert pair["explanation"][0]["text"].startswith("两地都推进")
    assert all(ev["title"] for claim in pair["explanation"] for ev in claim["evidence"])
    marked = [ev for claim in pair["explanation"] for ev in claim["evidence"] if ev["mention"]]
    assert marked, "claims' sentences mark the words they are about"
    assert {c["name"] for c in pair["only_a_concepts"]}.isdisjoint(shared)
    assert pair["a"]["label"].startswith("营口市 ") and pair["b"]["label"].startswith("衢州市 ")


def test_pair_with_a_missing_part_says_so_and_rescales(client):
    pair = client.get("/api/compare/pair?a=云南省:2024&b=保山市:2021").get_json()
    arithmetic = pair["arithmetic"]
    assert set(arithmetic["missing"]) >= {"programs", "indicators"}
    present = [r for r in arithmetic["rows"] if r["value"] is not None]
    assert arithmetic["present_nominal"] == pytest.approx(sum(r["weight"] for r in present))
    for row in arithmetic["rows"]:
        if row["value"] is None:
            assert row["weight_used"] is None and row["contribution"] is None
        else:
            assert row["weight_used"] == pytest.approx(row["weight"] / arithmetic["present_nominal"])
    assert sum(r["contribution"] for r in present) == pytest.approx(pair["score"])
    unknown = client.get("/api/compare/pair?a=云南省:2024&b=没有这个地方")
    assert unknown.status_code == 400 and "参数 'b'" in unknown.get_json()["error"]["message"]
    page = client.get("/compare?a=云南省:2024&b=保山市:2021").get_data(as_text=True)
    # Which parts are missing follows the catalogue (this pair lost its one concept when bare 殡葬改革 stopped
    # counting as a program concept); the page says whichever the arithmetic says.
    missing_zh = "、".join(PART_ZH[p][0] for p in arithmetic["missing"])
    assert f"缺失：{missing_zh}" in page and f"实际权重 = 名义权重 ÷ {arithmetic['present_nominal']:.2f}" in page


def test_similar_plans_have_labels_documents_and_all_parts(client):
    body = client.get("/api/compare/plans?place=营口市&limit=5").get_json()
    for row in body["results"]:
        assert row["label"] and row["label"] != row["plan"] and row["doc_ids"]
        assert {"concepts", "programs", "indicators", "topics", "text", "shared_concepts"} <= set(row)
    page = client.get("/compare?place=营口市").get_data(as_text=True)
    assert body["results"][0]["label"] in page and "项目概念" in page and "文本用词" in page


def test_heatmap_page_names_plans_by_label(client):
    body = client.get("/api/compare/heatmap?limit=8").get_json()
    page = client.get("/compare/heatmap?limit=8").get_data(as_text=True)
    rows = [html.unescape(r) for r in re.findall(r'<th class="row" title="([^"]*)"', page)]
    assert rows == body["labels"] and not any(re.fullmatch(r"[0-9a-f]{16}", r) for r in rows)


def test_heatmap_is_symmetric_with_unit_diagonal(client):
    body = client.get("/api/compare/heatmap?limit=10").get_json()
    m = body["matrix"]
    assert len(m) == len(body["plans"]) >= 2
    for i in range(len(m)):
        assert m[i][i] == pytest.approx(1.0, abs=1e-3)
        for j in range(len(m)):
            assert m[i][j] == pytest.approx(m[j][i], abs=1e-3)


def test_diffusion_timeline_of_a_program(client, embedded_loaded):
    # A program that some document promotes (chosen from the store, not hard-coded).
    promoted = next(e["target"] for e in embedded_loaded.iter_edges(["PROMOTES"]) if e["source"].startswith("Document:"))
    body = client.get(f"/api/compare/diffusion?program={promoted}").get_json()
    assert body["entity"]["key"] == promoted
    assert body["uptakes"] and all(u["sentence"] for u in body["uptakes"])
    assert [u["order"] for u in body["uptakes"]] == sorted(u["order"] for u in body["uptakes"])


# -- pages ----------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["/", "/?q=民政局", "/entity/Agency:营口市民政局", "/graph?key=营口市民政局",
                                 "/paths?source=营口市民政局&target=衢州市民政局", "/documents", "/queries",
                                 "/compare?place=营口市", "/compare/heatmap", "/compare/diffusion"])
def test_pages_render_without_inline_scripts(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    html = response.get_data(as_text=True)
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag


def test_document_key_on_the_entity_page_redirects_to_the_document(client):
    doc_id = client.get("/api/documents?limit=1").get_json()["documents"][0]["id"]
    response = client.get(f"/entity/Document:{doc_id}")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/documents/{doc_id}")


def test_unknown_page_is_404_page(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404 and "找不到" in response.get_data(as_text=True)


# -- untrusted text ---------------------------------------------------------------------------
def test_script_in_a_document_is_shown_as_text(tmp_path):
    from kg.stores.embedded import EmbeddedStore
    from loaders import load_text
    from webui import close_app, create_app

    text = "营口市民政局印发<script>alert('x')</script>通知。\n营口市民政局召开<img src=x onerror=alert(1)>会议。"
    fragment = load_text(text, "evil.txt")
    store = EmbeddedStore(tmp_path / "store")
    store.ensure_schema()
    store.write_fragments([fragment])
    app = create_app(store_factory=lambda: store, config={"TESTING": True})
    client = app.test_client()
    try:
        doc = client.get(f"/documents/{fragment.doc_id}").get_data(as_text=True)
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in doc
        assert "<script>alert" not in doc and "<img src=x" not in doc
        entity = client.get("/entity/Agency:营口市民政局").get_data(as_text=True)
        assert "&lt;script&gt;" in entity and "<script>alert" not in entity
        search = client.get("/?q=" + "<script>").get_data(as_text=True)
        assert "<script>\"" not in search and "&lt;script&gt;" in search
    finally:
        close_app(app)


# -- store down -----------------------------------------------------------------------------
def test_missing_embedded_store_is_503_with_advice(tmp_path):
    from kg.stores import open_store
    from webui import create_app

    app = create_app(store_factory=lambda: open_store(path=str(tmp_path / "missing"), read_only=True),
                     config={"TESTING": True})
    client = app.test_client()
    api = client.get("/api/search?q=民政局")
    assert api.status_code == 503
    assert api.get_json()["error"]["advice"]
    page = client.get("/?q=民政局")
    assert page.status_code == 503
    html = page.get_data(as_text=True)
    assert "怎么办" in html and "Traceback" not in html
    assert client.get("/api/health").status_code == 200  # the app itself stays up


def test_neo4j_nobody_listening_is_503():
    from kg.stores import open_store
    from webui import create_app

    app = create_app(store_factory=lambda: open_store(neo4j_uri="bolt://127.0.0.1:9", user="neo4j", password="x"),
                     config={"TESTING": True})
    response = app.test_client().get("/api/stats")
    assert response.status_code == 503
    assert "Neo4j" in response.get_json()["error"]["advice"]


# -- Neo4j backend --------------------------------------------------------------------------
@pytest.mark.neo4j
def test_api_over_neo4j_reads_and_refuses_writes(neo4j_loaded):
    from webui import create_app

    app = create_app(store_factory=lambda: neo4j_loaded, config={"TESTING": True})
    client = app.test_client()
    assert client.get("/api/stats").get_json()["dialect"] == "neo4j"
    names = [h["name"] for g in client.get("/api/search?q=民政局").get_json()["groups"] for h in g["results"]]
    assert "营口市民政局" in names
    entity = client.get("/api/entity?key=Agency:营口市民政局").get_json()
    assert any(g["type"] == "ISSUED_BY" for g in entity["groups"])
    before = neo4j_loaded.stats()
    refused = client.post("/api/cypher", json={"query": "MATCH (n:Agency) DETACH DELETE n"})
    assert refused.status_code == 403
    assert neo4j_loaded.stats() == before
    rows = client.post("/api/cypher", json={"query": "MATCH (a:Agency {name: $name}) RETURN a.name AS name",
                                            "params": {"name": "营口市民政局"}}).get_json()
    assert rows["rows"] == [["营口市民政局"]]
    assert client.post("/api/queries/programs_of_agency", json={"params": {"agency": "营口市民政局"}}).status_code == 200
    # kg path's hub-avoiding search and kg compare's arithmetic read Neo4j through the same interface
    paths = client.get("/api/paths?source=营口市民政局&target=衢州市民政局").get_json()
    assert paths["paths"] and paths["through_hubs"] is False
    assert all(n["label"] != "Topic" for p in paths["paths"] for n in p["nodes"])
    pair = client.get("/api/compare/pair?a=营口市&b=衢州市").get_json()
    assert sum(r["contribution"] or 0 for r in pair["arithmetic"]["rows"]) == pytest.approx(pair["score"])


# -- kg serve -------------------------------------------------------------------------------
def test_kg_serve_binds_localhost_and_serves(tmp_path, corpus_dir):
    import shutil
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from kg.stores.embedded import EmbeddedStore
    from loaders import load_file

    store_dir = tmp_path / "store"
    store = EmbeddedStore(store_dir)
    store.ensure_schema()
    store.write_fragments([load_file(str(sorted((corpus_dir / "seeds").glob("*.txt"))[0]))])
    store.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store_dir), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5) as response:
                    stats = json.loads(response.read())
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"kg serve did not answer: {server.stderr.read() if server.poll() is not None else ''}")
                time.sleep(0.3)
        assert stats["nodes"]["Document"] == 1
        if shutil.which("ss"):  # iproute2: bound to loopback only, not 0.0.0.0
            listening = subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout
            assert f"127.0.0.1:{port}" in listening and f"0.0.0.0:{port}" not in listening
    finally:
        server.terminate()
        server.wait(10)


@pytest.mark.neo4j
def test_neo4j_wrong_password_is_503_saying_check_credentials(neo4j_settings):
    from kg.stores import open_store
    from webui import create_app

    uri, user, _ = neo4j_settings
    app = create_app(store_factory=lambda: open_store(neo4j_uri=uri, user=user, password="not-the-password"),
                     config={"TESTING": True})
    response = app.test_client().get("/?q=民政局")
    assert response.status_code == 503
    assert "credentials" in response.get_data(as_text=True)
