// Draw the shortest paths found by the server as a small left-to-right graph.
"use strict";
(function () {
  const container = document.getElementById("path-graph");
  const data = JSON.parse(document.getElementById("path-data").textContent);
  const colours = JSON.parse(container.dataset.colours || "{}");
  const relNames = JSON.parse(container.dataset.relNames || "{}");
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
        elements.push({ group: "edges", data: { id: id, source: hop.source, target: hop.target, type: hop.type,
                                                 zh: relNames[hop.type] || hop.type } });
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
    // Zoom with the buttons, pinch on a phone, or ctrl + wheel (a plain wheel keeps scrolling the page).
    userZoomingEnabled: false, minZoom: 0.2, maxZoom: 4,
    style: [
      { selector: "node", style: { "background-color": function (n) { return colours[n.data("label")] || "#888"; },
          "label": "data(name)", "font-size": 12, "text-valign": "bottom", "text-margin-y": 4,
          "text-wrap": "wrap", "text-max-width": 160 } },
      { selector: "edge", style: { "label": "data(zh)", "font-size": 9, "curve-style": "bezier",
          "target-arrow-shape": "triangle", "line-color": "#94a3b8", "target-arrow-color": "#94a3b8",
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 1 } },
    ],
  });
  cy.on("tap", "node", function (evt) {
    const key = evt.target.id();
    window.location.href = key.startsWith("Document:") ? "/documents/" + encodeURIComponent(key.slice(9))
                                                       : "/entity/" + encodeURIComponent(key);
  });
  const tools = document.createElement("div");
  tools.className = "zoom-tools";
  [["+", "放大 Zoom in", 1.25], ["−", "缩小 Zoom out", 0.8], ["适应", "适应窗口 Fit", 0]].forEach(function (spec) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = spec[0];
    button.title = spec[1];
    button.addEventListener("click", function () {
      if (!spec[2]) { cy.fit(undefined, 30); return; }
      cy.zoom({ level: cy.zoom() * spec[2], renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
    });
    tools.appendChild(button);
  });
  container.insertAdjacentElement("beforebegin", tools);
  container.addEventListener("wheel", function (evt) {
    if (!evt.ctrlKey) return;
    evt.preventDefault();
    const box = container.getBoundingClientRect();
    cy.zoom({ level: cy.zoom() * (evt.deltaY < 0 ? 1.1 : 0.9), renderedPosition: { x: evt.clientX - box.left, y: evt.clientY - box.top } });
  }, { passive: false });
  // Pinch zoom on touch screens.
  let pinch = null;
  container.addEventListener("touchstart", function (evt) {
    if (evt.touches.length === 2) pinch = { d: Math.hypot(evt.touches[0].clientX - evt.touches[1].clientX, evt.touches[0].clientY - evt.touches[1].clientY), z: cy.zoom() };
  }, { passive: true });
  container.addEventListener("touchmove", function (evt) {
    if (!pinch || evt.touches.length !== 2) return;
    const d = Math.hypot(evt.touches[0].clientX - evt.touches[1].clientX, evt.touches[0].clientY - evt.touches[1].clientY);
    cy.zoom(pinch.z * d / pinch.d);
  }, { passive: true });
  container.addEventListener("touchend", function () { pinch = null; }, { passive: true });
  window.civkgPaths = { cy: cy };
})();
