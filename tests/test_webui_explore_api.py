"""Issue 12 on the server side: search ranking, pinyin and typos, graph caps, tables, errors on every page.

Real stores: the embedded store with the ingested corpus (and Neo4j for the search layer on both stores).
"""
from __future__ import annotations

import io
import time

import pytest

PAGES = ["/", "/?q=营口", "/entity/Agency:营口市民政局", "/entity/Topic:养老服务", "/graph?key=Agency:营口市民政局",
         "/paths?source=营口市民政局&target=衢州市民政局", "/compare", "/compare?place=营口市", "/compare/heatmap",
         "/compare/diffusion", "/documents", "/documents?place=辽宁", "/queries"]

# A bad value for one parameter of each page: the 400 must name that parameter.
BAD = [("/?q=" + "x" * 300, "q"), ("/entity/Agency:营口市民政局?page=0", "page"), ("/entity/nonsense", "key"),
       ("/graph?key=" + "x" * 500, "key"), ("/paths?source=a&target=b&max_hops=99", "max_hops"),
       ("/compare?year=abc", "year"), ("/compare/heatmap?limit=1", "limit"), ("/documents?year=twenty", "year"),
       ("/compare/diffusion?program=" + "x" * 500, "program"), ("/api/graph?key=Agency:营口市民政局&cap=0", "cap"),
       ("/api/graph?key=Agency:营口市民政局&offset=-1", "offset"), ("/api/suggest", "q")]


@pytest.fixture(scope="module")
def app(embedded_loaded):
    from webui import create_app

    return create_app(store_factory=lambda: embedded_loaded, config={"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.mark.parametrize("url", PAGES)
def test_every_page_is_503_with_advice_when_the_store_is_down(tmp_path, url):
    from kg.stores import open_store
    from webui import create_app

    app = create_app(store_factory=lambda: open_store(path=str(tmp_path / "missing"), read_only=True),
                     config={"TESTING": True})
    response = app.test_client().get(url)
    if response.status_code == 200:  # a page that needs no store (the empty graph and diffusion forms)
        assert url in ("/compare/diffusion",)
        return
    assert response.status_code == 503, url
    html = response.get_data(as_text=True)
    assert "图谱存储暂不可用" in html and "怎么办" in html and "Traceback" not in html


@pytest.mark.parametrize("url, name", BAD)
def test_bad_parameters_on_every_page_are_400_naming_the_parameter(client, url, name):
    response = client.get(url)
    assert response.status_code == 400, url
    text = response.get_data(as_text=True)
    assert f"'{name}'" in text or f"&#39;{name}&#39;" in text, text[:500]
    assert "Traceback" not in text


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders(client, url):
    assert client.get(url).status_code == 200, url


def test_pinyin_full_and_initials_and_ranking(client):
    hits = client.get("/api/search?q=yingkou").get_json()["best"]
    assert hits[0]["name"] in ("营口市", "营口市民政局")
    assert "营口市" in [h["name"] for h in hits]
    initials = client.get("/api/search?q=yksmzj").get_json()["best"]
    assert initials and initials[0]["name"] == "营口市民政局"
    # Match quality first, then degree: the topic 养老服务 comes first for 养老.
    assert client.get("/api/search?q=养老").get_json()["best"][0]["name"] == "养老服务"
    # An exact name comes before longer names that contain it.
    assert client.get("/api/search?q=营口市").get_json()["best"][0]["name"] == "营口市"


def test_typos_get_did_you_mean(client):
    for typo, meant in (("营口市民证局", "营口市民政局"), ("衢洲", "衢州市")):
        body = client.get("/api/suggest?q=" + typo).get_json()
        assert meant in [s["name"] for s in body["suggestions"]], (typo, body)
    # A real name gets hits, not suggestions; nonsense gets neither.
    assert not client.get("/api/suggest?q=营口市民政局").get_json()["suggestions"]
    assert client.get("/api/search?q=zzzzqqqq").get_json()["total"] == 0


def test_targets_carry_place_and_year(client):
    targets = [h for h in client.get("/api/search?q=床位&label=Target").get_json()["best"]]
    assert targets and all("year" in t and "place" in t for t in targets)
    assert any(t["place"] for t in targets)


def test_graph_expansion_is_capped_and_groups_open_on_demand(client):
    key = "Topic:养老服务"
    view = client.get(f"/api/graph?key={key}").get_json()
    assert len(view["nodes"]) - 1 + len(view["more"]) <= 25
    assert view["more"], "养老服务 has more neighbours than one expansion shows"
    group = max(view["more"], key=lambda m: m["count"])
    seen = {n["key"] for n in view["nodes"]}
    opened = client.get(f"/api/graph?key={key}&rel={group['type']}&label={group['label']}"
                        f"&offset={group['offset']}").get_json()
    new = {n["key"] for n in opened["nodes"]} - {key}
    assert new and not new & (seen - {key}) and len(new) <= 25
    assert all(n["degree"] for n in opened["nodes"] if not n["key"].startswith("Document:"))


def test_named_query_cells_are_links_with_titles(client):
    body = client.post("/api/queries/programs_of_agency", json={"params": {"agency": "营口市民政局"}}).get_json()
    program, docs = body["rows"][0][0], body["rows"][0][2]
    assert program["key"].startswith("Program:") and program["name"]
    assert docs[0]["key"].startswith("Document:") and docs[0]["name"] != docs[0]["key"].partition(":")[2]


def test_xlsx_export_is_bounded_and_keeps_formulas_as_text(client):
    from openpyxl import load_workbook

    response = client.post("/api/export/xlsx", json={"name": "t", "columns": ["a", "b"],
                                                      "rows": [["=HYPERLINK(\"x\")", 1], ["营口市", None]]})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).active
    assert [c.value for c in sheet[2]] == ["'=HYPERLINK(\"x\")", 1]
    assert client.post("/api/export/xlsx", json={"columns": [], "rows": []}).status_code == 400
    assert client.post("/api/export/xlsx", json={"columns": ["a"], "rows": [[1]] * 20_001}).status_code == 400


def test_console_hint_for_neo4j_functions_on_the_embedded_store(client):
    body = client.post("/api/cypher", json={"query": "MATCH (a)-[r]->(b) RETURN type(r) LIMIT 1"}).get_json()
    assert "label(r)" in body["error"]["advice"]


def test_ambiguous_diffusion_name_lists_candidates_as_links(client):
    response = client.get("/compare/diffusion?program=养老")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'data-testid="candidates"' in html and 'href="/compare/diffusion?program=' in html
    api = client.get("/api/compare/diffusion?program=养老").get_json()["error"]
    assert api["candidates"] and all(c["href"].startswith("/compare/diffusion?program=") for c in api["candidates"])


def test_place_filter_is_hierarchical(client):
    titles = [d["title"] for d in client.get("/api/documents?place=辽宁").get_json()["documents"]]
    assert any("营口市" in t for t in titles), titles
    only = client.get("/api/documents?place=营口市").get_json()["total"]
    assert client.get("/api/documents?place=辽宁").get_json()["total"] > only


def test_document_source_is_the_web_address_and_clean_text_drops_mirror_pinyin(client, embedded_loaded):
    with_url = next(n for n in embedded_loaded.iter_nodes(["Document"])
                    if (n.get("properties") or {}).get("source", "").endswith("dev/001.txt"))
    html = client.get("/documents/" + with_url["key"].partition(":")[2]).get_data(as_text=True)
    assert 'href="http://www.xinrugao.com/' in html
    pinyin_doc = next(n for n in embedded_loaded.iter_nodes(["Document"])
                      if "fb6f63fe" in (n.get("properties") or {}).get("source", ""))
    view = client.get("/api/documents/" + pinyin_doc["key"].partition(":")[2]).get_json()
    import re

    pinyin = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
    assert pinyin.search(view["text"]) and not pinyin.search(view["clean_text"])


def test_topic_page_has_a_summary_table_and_pages(client):
    html = client.get("/entity/Topic:养老服务").get_data(as_text=True)
    assert "summary-table" in html and 'rel="next"' in html
    assert html.count('class="neighbour"') <= 20 * 10
    second = client.get("/entity/Topic:养老服务?page=2").get_data(as_text=True)
    assert 'rel="prev"' in second


def test_first_visit_to_compare_does_not_wait_for_the_analysis(embedded_loaded, monkeypatch):
    from kg.analysis import snapshot
    from webui import create_app

    real = snapshot.GraphData.from_store

    def slow(store):
        time.sleep(3)
        return real(store)

    monkeypatch.setattr(snapshot.GraphData, "from_store", staticmethod(slow))
    app = create_app(store_factory=lambda: embedded_loaded, config={"TESTING": True})
    started = time.perf_counter()
    response = app.test_client().get("/compare")
    assert response.status_code == 200
    assert time.perf_counter() - started < 2.5  # the 3 s read happens in the background
    assert "营口市" in response.get_data(as_text=True)


@pytest.mark.neo4j
def test_pinyin_typos_and_caps_over_neo4j(neo4j_loaded):
    from webui import create_app

    client = create_app(store_factory=lambda: neo4j_loaded, config={"TESTING": True}).test_client()
    assert "营口市" in [h["name"] for h in client.get("/api/search?q=yingkou").get_json()["best"]]
    assert "营口市民政局" in [s["name"] for s in client.get("/api/suggest?q=营口市民证局").get_json()["suggestions"]]
    assert client.get("/api/search?q=养老").get_json()["best"][0]["name"] == "养老服务"
    view = client.get("/api/graph?key=Topic:养老服务").get_json()
    assert len(view["nodes"]) - 1 + len(view["more"]) <= 25 and view["more"]
    titles = [d["title"] for d in client.get("/api/documents?place=辽宁").get_json()["documents"]]
    assert any("营口市" in t for t in titles)
