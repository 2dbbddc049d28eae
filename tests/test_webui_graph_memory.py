"""The graph page's JavaScript heap stays bounded through a session (issue 12), in real headless Chromium.

The renderer crashes of the graph tests (V8 "javascript OOM" at ~2.2 GB) came from the tests, not
from the page: ``page.evaluate("cy.$id(k).select()")`` makes Playwright send back the value of the
expression, and it copies every object a cytoscape element reaches (the graph, its renderer, their
caches) — 7 MB → 3.1 GB of heap for one call on a 50-node page. Measured figures are in
docs/benchmarks.md ("Graph page memory"). Two guards keep it from coming back: a session on the
page that samples the heap after every step, and a check that no browser test hands a cytoscape
object back from ``evaluate`` (use :func:`tests.test_webui_e2e.graph_run`).
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from tests.test_webui_e2e import browser, graph_run, server, settled_node  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

HEAP_BOUND_MB = 400  # the page uses ~10-40 MB; one serialised cytoscape element is ~3,000 MB
ROUNDS = 3
TESTS = Path(__file__).resolve().parent


def _heap_mb(cdp) -> float:
    """The page's used JavaScript heap, garbage included (no collection is forced, so a spike shows)."""
    return round(cdp.send("Runtime.getHeapUsage")["usedSize"] / 1e6, 1)


def _settle(page) -> None:
    page.wait_for_function("document.getElementById('cy').getAttribute('aria-busy') === 'false'")
    page.wait_for_timeout(500)


def test_graph_session_keeps_the_js_heap_bounded(browser, server):  # noqa: F811
    """Select, expand, open a group, hover, undo — several rounds, in the suite's shared browser."""
    from playwright.sync_api import Error as PlaywrightError

    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN", bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    cdp = context.new_cdp_session(page)
    heap: list[tuple[str, float]] = []

    def record(step: str) -> None:
        heap.append((step, _heap_mb(cdp)))
        print(f"JS heap after {step}: {heap[-1][1]} MB", file=sys.stderr, flush=True)

    try:
        page.goto(server.url + "/graph?key=Agency:营口市民政局")
        page.wait_for_function("window.civkgGraph && civkgGraph.cy.nodes().length > 1")
        _settle(page)
        record("loaded")
        box = page.locator("#cy").bounding_box()
        for round_ in range(1, ROUNDS + 1):
            # Click (the mouse, on the canvas) selects a node and opens the inspector.
            target = settled_node(page, """() => {
                const n = civkgGraph.cy.nodes().filter(n => !n.data('group') && !civkgGraph.expanded.has(n.id()))[0];
                const p = n.renderedPosition(); return {id: n.id(), x: Math.round(p.x), y: Math.round(p.y)};
            }""")
            page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
            page.wait_for_selector("#inspector:not([hidden])")
            record(f"{round_}: click-select")
            # Select from script, then the expand button.
            graph_run(page, f"civkgGraph.cy.nodes().unselect(); civkgGraph.cy.getElementById({target['id']!r}).select().emit('onetap')")
            record(f"{round_}: select")
            page.click("#expand")
            page.wait_for_function(f"civkgGraph.expanded.has({target['id']!r})")
            _settle(page)
            record(f"{round_}: expand")
            # A group node, if any, opens its next page.
            group = page.evaluate("(civkgGraph.cy.nodes('[?group]')[0] || {id: () => null}).id()")
            if group:
                graph_run(page, f"civkgGraph.cy.nodes().unselect(); civkgGraph.cy.getElementById({group!r}).select().emit('onetap')")
                page.click("#expand")
                page.wait_for_function(f"civkgGraph.cy.getElementById({group!r}).empty()")
                _settle(page)
                record(f"{round_}: open group")
            # Hover fades the rest; undo takes the last step back.
            graph_run(page, f"civkgGraph.cy.getElementById({target['id']!r}).emit('mouseover')")
            record(f"{round_}: hover")
            graph_run(page, f"civkgGraph.cy.getElementById({target['id']!r}).emit('mouseout')")
            page.click("#undo")
            _settle(page)
            record(f"{round_}: undo")
        nodes = page.evaluate("civkgGraph.cy.nodes().length")
    except PlaywrightError as error:
        raise AssertionError(f"the graph page failed ({str(error).splitlines()[0]}); JS heap until then: {heap}") from error
    finally:
        context.close()
    print("\nJS heap (MB) through the graph session: " + ", ".join(f"{step} {mb}" for step, mb in heap)
          + f"; {nodes} nodes at the end", file=sys.stderr)
    assert not errors, f"JavaScript errors on the page: {errors}"
    worst = max(heap, key=lambda step: step[1])
    assert worst[1] < HEAP_BOUND_MB, f"the graph page's JS heap reached {worst[1]} MB after {worst[0]!r}: {heap}"


# A cytoscape call that returns elements (or the core), at the end of an expression.
_ELEMENT_METHODS = {"select", "unselect", "emit", "trigger", "addClass", "removeClass", "toggleClass", "flashClass",
                    "lock", "unlock", "remove", "restore", "add", "getElementById", "$id", "$", "nodes", "edges",
                    "elements", "filter", "union", "not", "neighborhood", "closedNeighborhood", "connectedEdges",
                    "source", "target", "first", "last", "layout", "run", "style", "data", "position", "move"}
_GETTERS_WITH_ONE_ARG = {"style", "data", "position"}  # .data('name') gives a value; .data('k', v) gives elements
_LAST_CALL = re.compile(r"(?:\.|\b)([$\w]+)\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)(\[\d+\])?$")


def returns_cytoscape_object(expression: str) -> bool:
    """Whether a JS expression given to ``evaluate`` ends in a cytoscape call that hands back elements.

    >>> returns_cytoscape_object("civkgGraph.cy.getElementById('x').select()")
    True
    >>> returns_cytoscape_object("civkgGraph.cy.nodes().unselect(); cy.$id('a').emit('tap');")
    True
    >>> returns_cytoscape_object("civkgGraph.cy.edges('.on-path')[0]")
    True
    >>> returns_cytoscape_object("civkgGraph.cy.nodes().filter(n => !n.data('group')).length")
    False
    >>> returns_cytoscape_object("civkgGraph.cy.getElementById('x').style('display')")
    False
    >>> returns_cytoscape_object("() => { civkgGraph.cy.getElementById('x').select(); }")
    False
    >>> returns_cytoscape_object("() => civkgGraph.cy.nodes()")
    True
    """
    text = expression.strip().rstrip(";").strip()
    arrow = re.match(r"^(?:async\s*)?\([^()]*\)\s*=>\s*", text)
    if arrow:
        text = text[arrow.end():]
        if text.startswith("{"):
            return False  # a function body returns only what it says it returns
    match = _LAST_CALL.search(text)
    if not match:
        return bool(re.search(r"(\bcy|\.cy)$", text))
    name, arguments, index = match.groups()
    if name not in _ELEMENT_METHODS:
        return False
    if name in _GETTERS_WITH_ONE_ARG and arguments.strip() and "," not in arguments and not index:
        return False
    return True


def _evaluated_scripts(path: Path):
    """``(line, script)`` of every ``X.evaluate("...")`` call with a literal script in a test module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "evaluate"
                and call.args):
            continue
        script = call.args[0]
        if isinstance(script, ast.Constant) and isinstance(script.value, str):
            yield call.lineno, script.value
        elif isinstance(script, ast.JoinedStr):
            yield call.lineno, "".join(part.value if isinstance(part, ast.Constant) else "'x'" for part in script.values)


def test_no_browser_test_hands_a_cytoscape_object_back_from_evaluate():
    offenders = [f"{path.name}:{line}: {script}"
                 for path in sorted(TESTS.glob("test_webui*.py")) for line, script in _evaluated_scripts(path)
                 if returns_cytoscape_object(script)]
    assert not offenders, ("these evaluate() calls return a cytoscape object, which Playwright copies with the whole "
                           "graph (~3 GB of heap); use graph_run(page, script):\n" + "\n".join(offenders))


def test_the_check_reads_scripts_as_documented():
    import doctest

    assert doctest.testmod(sys.modules[__name__]).failed == 0
