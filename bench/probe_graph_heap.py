"""Probe: the JavaScript heap of a bare cytoscape page after element events, in headless Chromium (issue 12).

Each case opens a fresh browser, draws ``--nodes`` nodes with the vendored cytoscape
(webui/static/vendor) and a renderer option, runs one script three times on three nodes and reads the
page's used heap (CDP ``Runtime.getHeapUsage``, garbage included) after each. The scripts differ only
in what ``page.evaluate`` gets back: the element (as the graph tests used to do), or nothing.

    .venv/bin/python bench/probe_graph_heap.py            # every case (the returning ones take ~1.5 min and 3 GB each)
    .venv/bin/python bench/probe_graph_heap.py --quick    # one returning case, the rest returning nothing
    .venv/bin/python bench/probe_graph_heap.py --light    # only the cases returning nothing

Results go to docs/benchmarks.md ("Graph page memory").
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "webui" / "static" / "vendor" / "cytoscape.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# What each case runs on node i (the same event, the only difference is the value handed back).
SCRIPTS = {
    "select, element returned": "cy.$id('n{i}').select()",
    "select, nothing returned": "() => {{ cy.$id('n{i}').select(); }}",
    "addClass, element returned": "cy.$id('n{i}').addClass('x')",
    "addClass, nothing returned": "() => {{ cy.$id('n{i}').addClass('x'); }}",
    "no event, element returned": "cy.$id('n{i}')",
    "style().update() (returns undefined)": "cy.style().update()",
}
OPTIONS = {
    "defaults": {},
    "pixelRatio 1": {"pixelRatio": 1},
    "textureOnViewport, motionBlur": {"textureOnViewport": True, "motionBlur": True},
    "hideEdges/LabelsOnViewport": {"hideEdgesOnViewport": True, "hideLabelsOnViewport": True},
    "webgl renderer": {"renderer": {"name": "canvas", "webgl": True}},
}


def measure(chromium: str, script: str, options: dict, nodes: int) -> dict:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 900})
            page.set_content('<div id="cy" style="width:1000px;height:700px"></div>')
            page.add_script_tag(path=str(VENDOR))
            cdp = page.context.new_cdp_session(page)
            page.evaluate("""([options, n]) => {
              const elements = [];
              for (let i = 0; i < n; i++) elements.push({data: {id: 'n' + i, name: '营口市民政局' + i}});
              for (let i = 1; i < n; i++) elements.push({data: {id: 'e' + i, source: 'n' + (i % 7), target: 'n' + i}});
              window.cy = cytoscape(Object.assign({container: document.getElementById('cy'), elements: elements,
                                                   layout: {name: 'grid'}}, options));
            }""", [options, nodes])
            page.wait_for_timeout(500)
            heap = [round(cdp.send("Runtime.getHeapUsage")["usedSize"] / 1e6, 1)]
            started = time.perf_counter()
            version = page.evaluate("cytoscape.version")
            for i in range(3):
                try:
                    page.evaluate(script.format(i=i))
                except PlaywrightError as error:  # the renderer ran out of heap
                    heap.append(str(error).splitlines()[0].split(": ")[-1].strip())
                    break
                page.wait_for_timeout(300)
                heap.append(round(cdp.send("Runtime.getHeapUsage")["usedSize"] / 1e6, 1))
            return {"heap_mb": heap, "seconds": round(time.perf_counter() - started, 1), "version": version}
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--nodes", type=int, default=50)
    parser.add_argument("--quick", action="store_true", help="one element-returning case only")
    parser.add_argument("--light", action="store_true", help="only the cases that return nothing (seconds, not minutes)")
    args = parser.parse_args()
    cases = [(name, "defaults") for name in SCRIPTS]
    cases += [("select, nothing returned", option) for option in OPTIONS if option != "defaults"]
    if not args.quick:
        cases.append(("select, element returned", "webgl renderer"))
    else:
        cases = [c for c in cases if "element returned" not in c[0] or c == ("select, element returned", "defaults")]
    if args.light:
        cases = [c for c in cases if "element returned" not in c[0]]
    print(f"{args.nodes} nodes; used JS heap in MB: loaded → after script on node 0, 1, 2")
    for script_name, option_name in cases:
        result = measure(args.chromium, SCRIPTS[script_name], OPTIONS[option_name], args.nodes)
        print(f"| cytoscape {result['version']} | {script_name} | {option_name} | {' → '.join(map(str, result['heap_mb']))} | {result['seconds']} s |",
              flush=True)


if __name__ == "__main__":
    main()
