// Draw the shortest paths found by the server as a small left-to-right graph.
"use strict";
(function () {
  const container = document.getElementById("path-graph");
  const data = JSON.parse(document.getElementById("path-data").textContent);
  const colours = JSON.parse(container.dataset.colours || "{}");
  const elements = [];
  const seen = new Set();
  const column = {};
  data.forEach(function (path) {
    path.nodes.forEach(function (n, i) {
      column[n.key] = Math.min(column[n.key] === undefined ? i : column[n.key], i);
      if (!seen.has(n.key)) {
        seen.add(n.key);
        elements.push({ group: "nodes", data: { id: n.key, name: n.name || n.key, label: n.label } });
      }
    });
    path.hops.forEach(function (hop) {
      const id = hop.type + "|" + hop.source + "|" + hop.target;
      if (!seen.has(id)) {
        seen.add(id);
        elements.push({ group: "edges", data: { id: id, source: hop.source, target: hop.target, type: hop.type } });
      }
    });
  });
  const rows = {};
  elements.forEach(function (el) {
    if (el.group !== "nodes") return;
    const c = column[el.data.id];
    rows[c] = (rows[c] || 0) + 1;
    el.position = { x: c * 190, y: rows[c] * 70 };
  });
  const cy = cytoscape({
    container: container, elements: elements, layout: { name: "preset", fit: true, padding: 30 },
    userZoomingEnabled: false,
    style: [
      { selector: "node", style: { "background-color": function (n) { return colours[n.data("label")] || "#888"; },
          "label": "data(name)", "font-size": 12, "text-valign": "bottom", "text-margin-y": 4,
          "text-wrap": "wrap", "text-max-width": 160 } },
      { selector: "edge", style: { "label": "data(type)", "font-size": 9, "curve-style": "bezier",
          "target-arrow-shape": "triangle", "line-color": "#94a3b8", "target-arrow-color": "#94a3b8",
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 1 } },
    ],
  });
  cy.on("tap", "node", function (evt) {
    const key = evt.target.id();
    window.location.href = key.startsWith("Document:") ? "/documents/" + encodeURIComponent(key.slice(9))
                                                       : "/entity/" + encodeURIComponent(key);
  });
  window.civkgPaths = { cy: cy };
})();
