"""Browser tests (real headless Chromium) of issue 14 in the web UI: the comparison of two plans with its
arithmetic and explanation, and paths that avoid hubs (the path page and the graph page's path finding).

Fixtures (the app over the ingested corpus, Debian's chromium) come from ``test_webui_e2e``.
"""
from __future__ import annotations

import re

import pytest

from tests.test_webui_e2e import browser, graph_run, page, server, settled_node, shot  # noqa: F401 - fixtures
from webui.labels import PART_ZH

pytestmark = pytest.mark.browser


def _cells(page, selector: str) -> list[str]:
    return [t.strip() for t in page.locator(selector).all_inner_texts()]


def test_compare_pair_shows_parts_that_add_up_explanation_and_differences(page, server):  # noqa: F811
    page.goto(server.url + "/compare")
    page.fill("input[name=place]", "营口市")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector(".similar-table")
    assert page.locator("[data-testid=query-plan]").inner_text().startswith("营口市 ")
    labels = _cells(page, ".similar-table a.plan-label")
    assert labels and not any(re.fullmatch(r"[0-9a-f]{16}", label) for label in labels), labels
    header = page.locator(".similar-table thead").inner_text()
    assert all(part in header for part in ("项目概念", "本地项目", "指标", "业务主题", "文本用词"))
    page.locator(".similar-table a.plan-label", has_text="衢州市").first.click()
    page.wait_for_selector("#pair")
    assert page.locator("[data-testid=plan-a]").inner_text().startswith("营口市 ")
    assert page.locator("[data-testid=plan-b]").inner_text().startswith("衢州市 ")
    score = float(page.locator("[data-testid=pair-score]").inner_text())

    # The arithmetic: five parts, each product = score × weight used, the products add up to the score.
    rows = page.locator("[data-testid=arithmetic] tbody tr")
    assert rows.count() == 5
    products = [float(t) for t in _cells(page, "[data-testid=arithmetic] tbody tr td:nth-child(6)")]
    total = float(page.locator("[data-testid=arithmetic-total]").inner_text())
    assert sum(products) == pytest.approx(total, abs=0.003) and total == pytest.approx(score, abs=0.001)
    assert page.locator("[data-testid=formula]").inner_text().count("×") == 5
    assert "实际权重即名义权重" in page.locator("[data-testid=missing-note]").inner_text()

    # The Chinese explanation, each claim with its sentences and their documents by title.
    claims = page.locator("[data-testid=explanation] > li")
    assert claims.first.locator(".claim").inner_text().startswith("两地都推进")
    assert claims.first.locator("mark").count() >= 1
    doc_links = page.locator("[data-testid=explanation] a.doc-link")
    assert doc_links.count() >= 2
    assert not re.fullmatch(r"[0-9a-f]{16}", doc_links.first.inner_text())

    # Shared concepts with a sentence from each side; what only one side has.
    shared = page.locator("[data-testid=shared-concepts] tbody tr", has_text="养老")
    assert shared.count() >= 1
    assert shared.first.locator("blockquote").count() == 2
    assert page.locator("[data-testid=only-a-concepts] li").count() >= 1
    assert page.locator("[data-testid=only-b-concepts] li").count() >= 1
    shot(page, "compare-pair")

    # A concept opens its entity page; a sentence's document opens by its title.
    title = doc_links.first.inner_text()
    doc_links.first.click()
    page.wait_for_selector("h1")
    assert "/documents/" in page.url and title[:10] in page.locator("h1").inner_text()


def test_compare_pair_with_missing_parts_says_weights_were_rescaled(page, server):  # noqa: F811
    page.goto(server.url + "/compare?a=云南省:2024&b=保山市:2021")
    page.wait_for_selector("#pair")
    # The parts missing for this pair follow the catalogue: the page must show what the API's arithmetic says.
    arithmetic = page.request.get(server.url + "/api/compare/pair?a=云南省:2024&b=保山市:2021").json()["arithmetic"]
    assert {"programs", "indicators"} <= set(arithmetic["missing"])
    missing = page.locator("[data-testid=arithmetic] tr.missing-row")
    assert missing.count() == len(arithmetic["missing"])
    assert all("缺失" in t for t in _cells(page, "[data-testid=arithmetic] tr.missing-row td:nth-child(3)"))
    note = page.locator("[data-testid=missing-note]").inner_text()
    missing_zh = "、".join(PART_ZH[p][0] for p in arithmetic["missing"])
    assert f"缺失：{missing_zh}" in note and f"名义权重 ÷ {arithmetic['present_nominal']:.2f}" in note
    used = [float(t) for t in _cells(page, "[data-testid=arithmetic] tbody tr:not(.missing-row) td:nth-child(5)")]
    assert sum(used) == pytest.approx(1.0, abs=0.003)
    assert page.locator("[data-testid=formula]").inner_text().count("×") == 5 - len(arithmetic["missing"])


def test_path_page_avoids_hubs_and_says_so(page, server):  # noqa: F811
    page.goto(server.url + "/paths")
    page.fill("input[name=source]", "营口市民政局")
    page.fill("input[name=target]", "衢州市民政局")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector(".chain")
    assert "已避开枢纽节点" in page.locator("[data-testid=hub-notice]").inner_text()
    heads = " ".join(_cells(page, ".chain .hop-head"))
    assert "业务主题" not in heads and "枢纽 hub" not in heads
    for sentence in _cells(page, ".chain .hop .sentence"):
        assert sentence
    page.wait_for_function("window.civkgPaths && civkgPaths.cy.nodes().length >= 2")

    # Nothing links 营口市民政局 and 上海市民政局 without hubs: the page says so and marks the hub hops.
    page.fill("input[name=target]", "上海市民政局")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("[data-testid=hub-notice].warn")
    assert "避开枢纽节点时两者之间没有路径" in page.locator("[data-testid=hub-notice]").inner_text()
    first = page.locator(".chain").first
    assert first.locator(".tag.warn").count() >= 1
    assert all(_cells(page, ".chain .hop .sentence"))
    shot(page, "paths-through-hubs")

    # Allowing hubs is an option of its own.
    page.fill("input[name=target]", "衢州市民政局")
    page.check("input[name=allow_hubs]")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector(".chain")
    assert "allow_hubs=1" in page.url
    assert "已允许经过枢纽节点" in page.locator("[data-testid=hub-notice]").inner_text()


def test_graph_page_finds_a_path_between_two_nodes(page, server):  # noqa: F811
    page.goto(server.url + "/graph?key=营口市民政局")
    page.wait_for_function("window.civkgGraph && civkgGraph.cy.nodes().length > 1 && "
                           "document.getElementById('cy').getAttribute('aria-busy') === 'false'")
    page.evaluate("civkgGraph.expand('Agency:衢州市民政局')")
    page.wait_for_function("civkgGraph.cy.getElementById('Agency:衢州市民政局').nonempty() && "
                           "document.getElementById('cy').getAttribute('aria-busy') === 'false'")
    start = settled_node(page, """() => {
        const n = civkgGraph.cy.getElementById('Agency:营口市民政局'), p = n.renderedPosition();
        return {id: n.id(), x: Math.round(p.x), y: Math.round(p.y)};
    }""")
    graph_run(page, f"civkgGraph.cy.getElementById({start['id']!r}).select().emit('onetap')")
    page.click("#path-from")
    assert page.locator("#path-to").is_hidden()
    graph_run(page, "civkgGraph.cy.nodes().unselect(); civkgGraph.cy.getElementById('Agency:衢州市民政局').select().emit('onetap')")
    assert "营口市民政局" in page.locator("#path-to").inner_text()
    page.click("#path-to")
    page.wait_for_function("document.getElementById('cy').dataset.pathHops")
    hops = int(page.evaluate("document.getElementById('cy').dataset.pathHops"))
    assert hops >= 1
    assert page.evaluate("document.getElementById('cy').dataset.pathThroughHubs") == "false"
    on_path = page.evaluate("civkgGraph.cy.edges('.on-path').map(e => [e.data('sentence'), e.data('doc_id')])")
    assert len(on_path) == hops and all(sentence and doc for sentence, doc in on_path)
    assert page.evaluate("civkgGraph.cy.nodes('.on-path').every(n => n.data('label') !== 'Topic')")
    assert "已避开" in page.locator("#graph-status").inner_text()
    # Clicking a path edge shows its sentence in the inspector.
    graph_run(page, "civkgGraph.cy.edges('.on-path')[0].select().emit('onetap')")
    assert page.locator("#selection blockquote.provenance").is_visible()
    shot(page, "graph-path")
