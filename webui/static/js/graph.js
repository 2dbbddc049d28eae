// The interactive graph view: click a node to expand it, filter by label and
// relationship type, export PNG/JSON. Data comes from /api/graph.
"use strict";

(function () {
  const container = document.getElementById("cy");
  if (!container) return;
  const colours = JSON.parse(container.dataset.colours || "{}");
  const statusLine = document.getElementById("graph-status");
  const selection = document.getElementById("selection");
  const expanded = new Set();
  const QUIET_ABOVE = 120;  // nodes on screen before names are shown on demand only

  const cy = cytoscape({
    container: container,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
          "background-color": function (n) { return colours[n.data("label")] || "#888"; },
          "label": "data(name)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 2,
          "text-wrap": "ellipsis", "text-max-width": 110, "width": 18, "height": 18,
          "min-zoomed-font-size": 7, "text-background-color": "#ffffff", "text-background-opacity": 0.75,
          "text-background-padding": 1,
          "font-family": "Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif" } },
      { selector: "node.expanded", style: { "border-width": 3, "border-color": "#111" } },
      { selector: "node.center", style: { "width": 30, "height": 30, "font-weight": "bold" } },
      { selector: "node:selected", style: { "overlay-opacity": 0.15, "overlay-color": "#2563eb" } },
      { selector: "edge", style: {
          "width": function (e) { return Math.min(1 + Math.log2(e.data("count") || 1), 6); },
          "line-color": "#cbd5e1", "target-arrow-color": "#cbd5e1", "target-arrow-shape": "triangle",
          "curve-style": "bezier", "arrow-scale": 0.8, "label": "", "font-size": 9, "color": "#475569" } },
      { selector: "edge:selected, edge.hover", style: { "label": "data(type)", "line-color": "#64748b" } },
      // Crowded views show names only for expanded, hovered or selected nodes.
      { selector: "node.quiet", style: { "label": "" } },
      { selector: "node.quiet.expanded, node.quiet:selected, node.hover", style: { "label": "data(name)" } },
      { selector: ".hidden", style: { "display": "none" } },
    ],
  });
  window.civkgGraph = { cy: cy, expand: expand, expanded: expanded, shown: function () { return shownElements(); } };

  function checked(name) {
    return Array.from(document.querySelectorAll('input[name="' + name + '"]:checked')).map(function (i) { return i.value; });
  }

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle("error", !!isError);
  }

  // What the filters leave on screen. (Not ":visible", which lags behind class changes.)
  function shownElements() {
    return cy.elements().filter(function (e) {
      if (e.hasClass("hidden")) return false;
      return e.isNode() || (!e.source().hasClass("hidden") && !e.target().hasClass("hidden"));
    });
  }

  function summary() {
    const shown = shownElements();
    return "显示 " + shown.nodes().length + " 个节点、" + shown.edges().length + " 条关系 · " +
      cy.nodes().length + " nodes, " + cy.edges().length + " edges loaded";
  }

  async function expand(key) {
    const rels = checked("rel");
    if (!rels.length) { setStatus("请至少选一种关系类型 · choose a relationship type", true); return; }
    setStatus("载入中… loading " + key);
    container.setAttribute("aria-busy", "true");
    try {
      const url = "/api/graph?key=" + encodeURIComponent(key) + "&rel=" + rels.join(",");
      const data = await civkg.getJSON(url);
      const before = cy.nodes().length;
      const centre = cy.getElementById(key);
      const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
      cy.batch(function () {
        data.nodes.forEach(function (n) {
          if (cy.getElementById(n.key).empty()) {
            cy.add({ group: "nodes", data: { id: n.key, name: n.name || n.key, label: n.label },
                     position: { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 } });
          }
        });
        data.edges.forEach(function (e) {
          if (cy.getElementById(e.id).empty()) {
            cy.add({ group: "edges", data: { id: e.id, source: e.source, target: e.target, type: e.type,
                                             count: e.count, sentence: e.sentence } });
          }
        });
      });
      expanded.add(key);
      cy.getElementById(key).addClass("expanded");
      applyFilters();
      cy.nodes().toggleClass("quiet", cy.nodes().length > QUIET_ABOVE);
      const added = cy.nodes().length - before;
      layout(before === 0);
      setStatus("新增 " + added + " 个节点 · " + summary());
    } catch (error) {
      setStatus(error.message, true);
    } finally {
      container.setAttribute("aria-busy", "false");
    }
  }

  function layout(fresh) {
    const shown = shownElements();
    const n = shown.nodes().length;
    cy.layout({
      name: "fcose", quality: n > 400 ? "draft" : "default", randomize: fresh, animate: n < 300,
      animationDuration: 400, fit: true, padding: 30, nodeRepulsion: 9000, idealEdgeLength: 110, nodeSeparation: 60,
      eles: shown,
    }).run();
  }

  function applyFilters() {
    const labels = new Set(checked("label"));
    const rels = new Set(checked("rel"));
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass("hidden", !labels.has(n.data("label"))); });
      cy.edges().forEach(function (e) { e.toggleClass("hidden", !rels.has(e.data("type"))); });
    });
  }

  function showSelection(ele) {
    selection.replaceChildren();
    const title = document.createElement("h3");
    const link = document.createElement("a");
    if (ele.isNode()) {
      const key = ele.id();
      link.textContent = ele.data("name");
      link.href = key.startsWith("Document:") ? "/documents/" + encodeURIComponent(key.slice(9))
                                              : "/entity/" + encodeURIComponent(key);
      title.appendChild(link);
      const meta = document.createElement("p");
      meta.className = "small";
      meta.textContent = ele.data("label") + " · " + ele.degree() + " 条关系";
      selection.append(title, meta);
    } else {
      title.textContent = ele.data("type") + " ×" + ele.data("count");
      const quote = document.createElement("blockquote");
      quote.className = "provenance";
      quote.textContent = ele.data("sentence") || "";  // textContent: never interpreted as HTML
      selection.append(title, quote);
    }
  }

  cy.on("tap", "node", function (evt) {
    showSelection(evt.target);
    if (!expanded.has(evt.target.id())) expand(evt.target.id());
  });
  cy.on("tap", "edge", function (evt) { showSelection(evt.target); });
  cy.on("dbltap", "node", function (evt) {
    const key = evt.target.id();
    window.location.href = key.startsWith("Document:") ? "/documents/" + encodeURIComponent(key.slice(9))
                                                       : "/entity/" + encodeURIComponent(key);
  });
  cy.on("mouseover", "edge, node", function (evt) { evt.target.addClass("hover"); });
  cy.on("mouseout", "edge, node", function (evt) { evt.target.removeClass("hover"); });

  document.querySelectorAll('input[name="label"], input[name="rel"]').forEach(function (input) {
    input.addEventListener("change", async function () {
      applyFilters();
      setStatus(summary());
      // A relationship type switched on: fetch it for the nodes already expanded.
      if (input.name === "rel" && input.checked) {
        for (const key of Array.from(expanded)) { await expand(key); }
      }
    });
  });
  document.getElementById("relayout").addEventListener("click", function () { layout(false); });
  document.getElementById("clear").addEventListener("click", function () {
    cy.elements().remove(); expanded.clear(); setStatus("已清空 · cleared");
  });
  document.getElementById("export-png").addEventListener("click", function () {
    civkg.download("civkg-graph.png", cy.png({ full: true, scale: 2, bg: "#ffffff" }));
  });
  document.getElementById("export-json").addEventListener("click", function () {
    const visible = shownElements();
    const payload = {
      nodes: visible.nodes().map(function (n) { return { key: n.id(), label: n.data("label"), name: n.data("name") }; }),
      edges: visible.edges().map(function (e) {
        return { type: e.data("type"), source: e.data("source"), target: e.data("target"), count: e.data("count") };
      }),
    };
    const blob = new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" });
    civkg.download("civkg-graph.json", URL.createObjectURL(blob));
  });

  const startForm = document.getElementById("graph-start");
  const startInput = document.getElementById("start-input");
  civkg.suggest(startInput, document.getElementById("start-suggest"));
  startForm.addEventListener("submit", async function (evt) {
    evt.preventDefault();
    try {
      const key = await civkg.resolveKey(startInput.value);
      history.replaceState(null, "", "/graph?key=" + encodeURIComponent(key));
      await expand(key);
      cy.getElementById(key).addClass("center");
    } catch (error) { setStatus(error.message, true); }
  });

  if (container.dataset.start) {
    expand(container.dataset.start).then(function () { cy.getElementById(container.dataset.start).addClass("center"); });
  } else {
    setStatus("输入一个实体开始 · enter an entity to start");
  }
})();
