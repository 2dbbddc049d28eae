// The interactive graph view. Click selects (floating inspector), double-click or
// "展开" expands, at most `cap` new nodes at a time: the rest of a group waits in one
// "指标 ×152" node that opens on demand. Hide, pin and undo; hover highlights the
// neighbours; node size follows degree; a legend on screen and in the PNG; JSON
// export with each edge's sentence and document. Data comes from /api/graph.
"use strict";

(function () {
  const container = document.getElementById("cy");
  if (!container) return;
  const colours = JSON.parse(container.dataset.colours || "{}");
  const labelNames = JSON.parse(container.dataset.labelNames || "{}");
  const relNames = JSON.parse(container.dataset.relNames || "{}");
  const cap = parseInt(container.dataset.cap || "25", 10);
  const statusLine = document.getElementById("graph-status");
  const inspector = document.getElementById("inspector");
  const selection = document.getElementById("selection");
  const nodeActions = document.getElementById("node-actions");
  const legend = document.getElementById("legend");
  const undoButton = document.getElementById("undo");
  const expanded = new Set();
  const undoStack = [];  // functions that reverse one step each
  const FONT = "Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif";

  function nodeSize(n) {
    if (n.data("group")) return 26;
    const degree = n.data("degree") || n.degree();
    return Math.min(14 + 6 * Math.log2(1 + degree), 46);
  }

  const cy = cytoscape({
    container: container,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
          "background-color": function (n) { return colours[n.data("label")] || "#888"; },
          "label": "data(name)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 2,
          "text-wrap": "ellipsis", "text-max-width": 110, "width": nodeSize, "height": nodeSize,
          "text-background-color": "#ffffff", "text-background-opacity": 0.75,
          "text-background-padding": 1, "font-family": FONT } },
      { selector: "node[?group]", style: { "shape": "round-rectangle", "background-opacity": 0.35,
          "border-width": 2, "border-style": "dashed", "border-color": function (n) { return colours[n.data("label")] || "#888"; },
          "font-weight": "bold", "text-valign": "center", "text-margin-y": 0, "width": 70 } },
      { selector: "node.expanded", style: { "border-width": 3, "border-color": "#111" } },
      { selector: "node.center", style: { "font-weight": "bold" } },
      { selector: "node.pinned", style: { "border-width": 3, "border-color": "#f59e0b", "border-style": "double" } },
      { selector: "node:selected", style: { "overlay-opacity": 0.2, "overlay-color": "#2563eb", "overlay-padding": 6 } },
      { selector: "edge", style: {
          "width": function (e) { return Math.min(1 + Math.log2(e.data("count") || 1), 6); },
          "line-color": "#cbd5e1", "target-arrow-color": "#cbd5e1", "target-arrow-shape": "triangle",
          "curve-style": "bezier", "arrow-scale": 0.8, "label": "", "font-size": 9, "color": "#334155",
          "font-family": FONT, "text-background-color": "#fff", "text-background-opacity": 0.8 } },
      { selector: "edge[?group]", style: { "line-style": "dashed", "target-arrow-shape": "none" } },
      { selector: "edge:selected, edge.hover, edge.near", style: { "label": "data(zh)", "line-color": "#64748b",
          "target-arrow-color": "#64748b" } },
      { selector: "node.on-path", style: { "border-width": 4, "border-color": "#16a34a" } },
      { selector: "edge.on-path", style: { "line-color": "#16a34a", "target-arrow-color": "#16a34a", "width": 3,
          "label": "data(zh)" } },
      { selector: "edge.on-path.via-hub", style: { "line-style": "dashed", "line-color": "#d97706", "target-arrow-color": "#d97706" } },
      { selector: ".faded", style: { "opacity": 0.15 } },
      { selector: ".hidden, .user-hidden", style: { "display": "none" } },
    ],
  });
  window.civkgGraph = { cy: cy, expand: expand, expanded: expanded, cap: cap,
                        shown: function () { return shownElements(); }, undo: undo };

  function checked(name) {
    return Array.from(document.querySelectorAll('input[name="' + name + '"]:checked')).map(function (i) { return i.value; });
  }

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle("error", !!isError);
    container.dataset.status = text;
  }

  function pushUndo(what, reverse) {
    undoStack.push({ what: what, reverse: reverse });
    undoButton.disabled = false;
    undoButton.title = "撤销：" + what;
  }

  function undo() {
    const step = undoStack.pop();
    if (step) { step.reverse(); setStatus("已撤销 " + step.what + " · " + summary()); }
    undoButton.disabled = !undoStack.length;
    updateLegend();
  }

  // What the filters and "hide" leave on screen. (Not ":visible", which lags behind class changes.)
  function shownElements() {
    return cy.elements().filter(function (e) {
      if (e.hasClass("hidden") || e.hasClass("user-hidden")) return false;
      if (e.isNode()) return true;
      const s = e.source(), t = e.target();
      return !s.hasClass("hidden") && !t.hasClass("hidden") && !s.hasClass("user-hidden") && !t.hasClass("user-hidden");
    });
  }

  function summary() {
    const shown = shownElements();
    return "显示 " + shown.nodes().length + " 个节点、" + shown.edges().length + " 条关系 · " +
      cy.nodes().length + " nodes, " + cy.edges().length + " edges loaded";
  }

  function entityHref(key) {
    return key.startsWith("Document:") ? "/documents/" + encodeURIComponent(key.slice(9))
                                       : "/entity/" + encodeURIComponent(key);
  }

  // Fetch one expansion (or one group's next page) and add it; returns how many nodes were added.
  async function expand(key, options) {
    options = options || {};
    const rels = options.rel ? [options.rel] : checked("rel");
    if (!rels.length) { setStatus("请至少选一种关系类型 · choose a relationship type", true); return 0; }
    setStatus("载入中… loading " + key);
    container.setAttribute("aria-busy", "true");
    try {
      let url = "/api/graph?key=" + encodeURIComponent(key) + "&rel=" + rels.join(",") + "&cap=" + cap;
      if (options.label) url += "&label=" + encodeURIComponent(options.label);
      if (options.offset) url += "&offset=" + options.offset;
      const data = await civkg.getJSON(url);
      const centre = cy.getElementById(key);
      const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
      const fresh = cy.nodes().length === 0;
      let added = cy.collection();
      cy.batch(function () {
        data.nodes.forEach(function (n) {
          if (cy.getElementById(n.key).empty()) {
            added = added.union(cy.add({ group: "nodes", data: { id: n.key, name: n.name || n.key, label: n.label, degree: n.degree },
                     position: { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 } }));
          }
        });
        data.edges.forEach(function (e) {
          if (cy.getElementById(e.id).empty()) {
            added = added.union(cy.add({ group: "edges", data: {
              id: e.id, source: e.source, target: e.target, type: e.type, zh: relNames[e.type] || e.type,
              count: e.count, sentence: e.sentence, doc_id: e.doc_id, method: e.method } }));
          }
        });
        (data.more || []).forEach(function (m) {
          if (cy.getElementById(m.id).nonempty()) cy.getElementById(m.id).remove();
          const name = (labelNames[m.label] || m.label) + " ×" + m.count + (data.truncated ? "+" : "");
          added = added.union(cy.add({ group: "nodes", data: {
            id: m.id, name: name, label: m.label, group: true, owner: key, rel: m.type, offset: m.offset, count: m.count },
            position: { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 } }));
          const source = m.direction === "out" ? key : m.id, target = m.direction === "out" ? m.id : key;
          added = added.union(cy.add({ group: "edges", data: { id: "edge|" + m.id, source: source, target: target,
            type: m.type, zh: (relNames[m.type] || m.type) + " ×" + m.count, group: true, count: 1 } }));
        });
      });
      const wasExpanded = expanded.has(key);
      expanded.add(key);
      cy.getElementById(key).addClass("expanded");
      const addedNodes = added.nodes().length;
      pushUndo("展开 " + (centre.data("name") || key), function () {
        added.remove();
        if (!wasExpanded) { expanded.delete(key); cy.getElementById(key).removeClass("expanded"); }
      });
      applyFilters();
      layout(fresh);
      updateLegend();
      const groups = (data.more || []).map(function (m) { return (labelNames[m.label] || m.label) + " ×" + m.count; });
      setStatus("新增 " + data.nodes.filter(function (n) { return n.key !== key; }).length + " 个节点" +
                (groups.length ? "（其余合并：" + groups.join("、") + "，双击展开）" : "") + " · " + summary());
      container.dataset.lastAdded = String(addedNodes);
      return addedNodes;
    } catch (error) {
      setStatus(error.message, true);
      return 0;
    } finally {
      container.setAttribute("aria-busy", "false");
    }
  }

  // A group node opens its next page in its place.
  async function openGroup(group) {
    const owner = group.data("owner"), rel = group.data("rel"), label = group.data("label"), offset = group.data("offset");
    const restore = { data: group.data(), position: Object.assign({}, group.position()), edges: group.connectedEdges().jsons() };
    group.remove();
    const added = await expand(owner, { rel: rel, label: label, offset: offset });
    // The undo step of that expansion should also bring the group node back.
    const step = undoStack[undoStack.length - 1];
    if (step && added >= 0) {
      const reverse = step.reverse;
      step.reverse = function () {
        reverse();
        if (cy.getElementById(restore.data.id).empty()) {
          cy.add({ group: "nodes", data: restore.data, position: restore.position });
          restore.edges.forEach(function (e) { if (cy.getElementById(e.data.id).empty()) cy.add(e); });
        }
      };
    }
  }

  function expandNode(node) {
    if (node.data("group")) return openGroup(node);
    const rel = document.getElementById("expand-rel").value;
    return expand(node.id(), rel ? { rel: rel } : {});
  }

  function layout(fresh) {
    const shown = shownElements();
    const n = shown.nodes().length;
    const options = {
      name: "fcose", quality: n > 400 ? "draft" : "default", randomize: fresh, animate: n < 300,
      animationDuration: 400, fit: true, padding: 30, nodeRepulsion: 9000, idealEdgeLength: 110, nodeSeparation: 60,
      eles: shown,
    };
    // Pinned nodes stay where the researcher put them.
    const pinned = shown.nodes(".pinned").map(function (p) { return { nodeId: p.id(), position: Object.assign({}, p.position()) }; });
    if (pinned.length) { options.fixedNodeConstraint = pinned; options.randomize = false; }
    cy.layout(options).run();
  }

  function applyFilters() {
    const labels = new Set(checked("label"));
    const rels = new Set(checked("rel"));
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass("hidden", !labels.has(n.data("label"))); });
      cy.edges().forEach(function (e) { e.toggleClass("hidden", !rels.has(e.data("type"))); });
    });
  }

  // The legend lists the labels on screen with their colours, and the relationship types.
  function legendItems() {
    const shown = shownElements();
    const labels = [], rels = [];
    shown.nodes().forEach(function (n) { if (labels.indexOf(n.data("label")) < 0) labels.push(n.data("label")); });
    shown.edges().forEach(function (e) { if (rels.indexOf(e.data("type")) < 0) rels.push(e.data("type")); });
    return { labels: labels, rels: rels };
  }

  function updateLegend() {
    const items = legendItems();
    legend.replaceChildren();
    items.labels.forEach(function (label) {
      const span = document.createElement("span");
      span.className = "legend-item";
      const dot = document.createElement("span");
      dot.className = "dot";
      dot.style.background = colours[label] || "#888";
      span.append(dot, (labelNames[label] || label) + " " + label);
      legend.appendChild(span);
    });
    legend.hidden = !items.labels.length;
  }

  function markedSentence(sentence, names) {
    // Build DOM nodes, never HTML: the sentence is document text.
    const p = document.createElement("p");
    p.className = "sentence";
    let best = null;
    names.forEach(function (name) {
      if (!name) return;
      const at = sentence.indexOf(name);
      if (at >= 0 && (best === null || name.length > best.name.length)) best = { at: at, name: name };
    });
    if (!best) { p.textContent = sentence; return p; }
    const mark = document.createElement("mark");
    mark.textContent = best.name;
    p.append(sentence.slice(0, best.at), mark, sentence.slice(best.at + best.name.length));
    return p;
  }

  function showSelection(ele) {
    selection.replaceChildren();
    inspector.hidden = false;
    const title = document.createElement("h3");
    if (ele.isNode()) {
      nodeActions.hidden = false;
      const meta = document.createElement("p");
      meta.className = "small";
      if (ele.data("group")) {
        title.textContent = ele.data("name");
        meta.textContent = "还有 " + ele.data("count") + " 个" + (labelNames[ele.data("label")] || "") +
          "未显示；双击或“展开”每次再显示 " + cap + " 个。";
      } else {
        const link = document.createElement("a");
        link.textContent = ele.data("name");
        link.href = entityHref(ele.id());
        title.appendChild(link);
        meta.textContent = (labelNames[ele.data("label")] || ele.data("label")) + " " + ele.data("label") + " · " +
          (ele.data("degree") || ele.degree()) + " 条关系" + (expanded.has(ele.id()) ? " · 已展开" : "");
      }
      document.getElementById("pin").textContent = ele.hasClass("pinned") ? "取消固定" : "固定";
      selection.append(title, meta);
    } else {
      nodeActions.hidden = true;
      title.textContent = (ele.data("zh") || ele.data("type")) + " " + ele.data("type") + (ele.data("count") > 1 ? " ×" + ele.data("count") : "");
      const ends = document.createElement("p");
      ends.className = "small";
      ends.textContent = ele.source().data("name") + " → " + ele.target().data("name");
      selection.append(title, ends);
      if (ele.data("sentence")) {
        const quote = document.createElement("blockquote");
        quote.className = "provenance";
        quote.appendChild(markedSentence(ele.data("sentence"), [ele.source().data("name"), ele.target().data("name")]));
        if (ele.data("doc_id")) {
          const footer = document.createElement("footer");
          const doc = document.createElement("a");
          doc.href = "/documents/" + encodeURIComponent(ele.data("doc_id"));
          doc.textContent = "查看原文 document ↗";
          doc.className = "doc-link";
          footer.append(doc, " · " + (ele.data("method") || ""));
          quote.appendChild(footer);
        }
        selection.appendChild(quote);
      }
    }
  }

  function selected() { return cy.$("node:selected").first(); }

  // Path finding: the same search as the path page and `kg path` (/api/paths: hubs avoided unless
  // nothing else links the two). The best path is added to the view and highlighted.
  let pathSource = null;
  const pathTo = document.getElementById("path-to");
  function updatePathButtons(ele) {
    const other = pathSource && ele && ele.isNode() && !ele.data("group") && ele.id() !== pathSource.key;
    pathTo.hidden = !other;
    if (other) pathTo.textContent = "从 " + pathSource.name + " 到此的路径";
  }
  async function showPath(source, target) {
    setStatus("查找路径… finding a path");
    try {
      const data = await civkg.getJSON("/api/paths?source=" + encodeURIComponent(source) + "&target=" +
                                       encodeURIComponent(target) + "&limit=1");
      if (!data.paths.length) {
        setStatus(data.hubs_pending ? "避开枢纽时没有路径；经过枢纽的搜索图正在后台建立，请稍后再试 · the search through hubs is being prepared, try again shortly"
                                    : "在 " + data.max_hops + " 跳内没有路径 · no path", true);
        return;
      }
      const path = data.paths[0];
      const anchor = cy.getElementById(source).nonempty() ? cy.getElementById(source).position() : { x: 0, y: 0 };
      let added = cy.collection();
      cy.batch(function () {
        cy.elements().removeClass("on-path");
        path.nodes.forEach(function (n, i) {
          if (cy.getElementById(n.key).empty()) {
            added = added.union(cy.add({ group: "nodes", data: { id: n.key, name: n.name || n.key, label: n.label },
              position: { x: anchor.x + 60 * i, y: anchor.y + (Math.random() - 0.5) * 80 } }));
          }
          cy.getElementById(n.key).addClass("on-path");
        });
        path.hops.forEach(function (hop) {
          const id = hop.type + "|" + hop.source + "|" + hop.target;
          if (cy.getElementById(id).empty()) {
            added = added.union(cy.add({ group: "edges", data: {
              id: id, source: hop.source, target: hop.target, type: hop.type, zh: relNames[hop.type] || hop.type, count: 1,
              sentence: hop.provenance.sentence, doc_id: hop.provenance.doc_id, method: hop.provenance.method } }));
          }
          cy.getElementById(id).addClass("on-path").toggleClass("via-hub", !!hop.via_hub);
        });
      });
      pushUndo("路径 " + data.source.name + " → " + data.target.name, function () {
        added.remove(); cy.elements().removeClass("on-path");
      });
      applyFilters();
      if (added.nodes().length) layout(false);
      updateLegend();
      const how = data.through_hubs ? "⚠ 避开枢纽节点时没有路径，此路径经过枢纽（虚线）" : "已避开主题等枢纽节点";
      setStatus("路径 " + data.source.name + " → " + data.target.name + "：" + path.hops.length + " 跳，" + how +
                "；点击绿色的边看出处句子 · " + summary(), data.through_hubs);
      container.dataset.pathHops = String(path.hops.length);
      container.dataset.pathThroughHubs = String(data.through_hubs);
    } catch (error) {
      setStatus(error.message, true);
    }
  }
  document.getElementById("path-from").addEventListener("click", function () {
    const node = selected();
    if (node.empty() || node.data("group")) return;
    pathSource = { key: node.id(), name: node.data("name") };
    setStatus("路径起点：" + pathSource.name + "；再选一个节点，点“到此的路径”");
    updatePathButtons(node);
  });
  pathTo.addEventListener("click", function () {
    const node = selected();
    if (node.nonempty() && pathSource) showPath(pathSource.key, node.id());
  });

  // The inspector opens on "onetap": cytoscape's tap that was not the first half of a double-click. Opened on the
  // first tap, the inspector (laid over the right of the canvas) would cover a node there before the second click
  // of a double-click reached it, and the double-click would never expand the node.
  cy.on("onetap", "node, edge", function (evt) { showSelection(evt.target); updatePathButtons(evt.target); });
  cy.on("tap", function (evt) { if (evt.target === cy) inspector.hidden = true; });
  cy.on("dbltap", "node", function (evt) { expandNode(evt.target); });
  cy.on("mouseover", "node", function (evt) {
    const near = evt.target.closedNeighborhood();
    cy.batch(function () {
      cy.elements().not(near).addClass("faded");
      near.edges().addClass("near");
    });
  });
  cy.on("mouseout", "node", function () {
    cy.batch(function () { cy.elements().removeClass("faded").removeClass("near"); });
  });
  cy.on("mouseover", "edge", function (evt) { evt.target.addClass("hover"); });
  cy.on("mouseout", "edge", function (evt) { evt.target.removeClass("hover"); });

  document.getElementById("expand").addEventListener("click", function () {
    const node = selected();
    if (node.nonempty()) expandNode(node);
  });
  document.getElementById("hide").addEventListener("click", function () {
    const node = selected();
    if (node.empty()) return;
    node.addClass("user-hidden").unselect();
    inspector.hidden = true;
    pushUndo("隐藏 " + node.data("name"), function () { node.removeClass("user-hidden"); });
    updateLegend();
    setStatus("已隐藏 " + node.data("name") + " · " + summary());
  });
  document.getElementById("pin").addEventListener("click", function () {
    const node = selected();
    if (node.empty()) return;
    const pin = !node.hasClass("pinned");
    function set(on) { node.toggleClass("pinned", on); if (on) node.lock(); else node.unlock(); }
    set(pin);
    pushUndo((pin ? "固定 " : "取消固定 ") + node.data("name"), function () { set(!pin); });
    showSelection(node);
  });
  document.getElementById("inspector-close").addEventListener("click", function () { inspector.hidden = true; });
  undoButton.addEventListener("click", undo);
  document.addEventListener("keydown", function (evt) {
    if ((evt.ctrlKey || evt.metaKey) && evt.key === "z" && !/INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName)) {
      evt.preventDefault(); undo();
    }
  });

  document.querySelectorAll('input[name="label"], input[name="rel"]').forEach(function (input) {
    input.addEventListener("change", function () { applyFilters(); updateLegend(); setStatus(summary()); });
  });
  document.getElementById("relayout").addEventListener("click", function () { layout(false); });
  document.getElementById("fit").addEventListener("click", function () { cy.fit(shownElements(), 30); });
  document.getElementById("clear").addEventListener("click", function () {
    cy.elements().remove(); expanded.clear(); undoStack.length = 0; undoButton.disabled = true;
    inspector.hidden = true; updateLegend(); setStatus("已清空 · cleared");
  });

  // PNG: the graph with its labels, and the legend drawn below it.
  document.getElementById("export-png").addEventListener("click", function () {
    const image = new Image();
    image.onload = function () {
      const items = legendItems();
      const scale = 2, rowHeight = 22 * scale, pad = 12 * scale;
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(image.width, 400 * scale);
      canvas.height = image.height + pad * 2 + rowHeight * (1 + Math.ceil(items.labels.length / 4));
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(image, 0, 0);
      ctx.font = (12 * scale) + "px " + FONT;
      ctx.textBaseline = "middle";
      let y = image.height + pad + rowHeight / 2;
      ctx.fillStyle = "#111";
      ctx.fillText("图例 Legend · 关系: " + items.rels.map(function (r) { return relNames[r] || r; }).join("、"), pad, y);
      items.labels.forEach(function (label, i) {
        const x = pad + (i % 4) * 180 * scale;
        const row = y + rowHeight * (1 + Math.floor(i / 4));
        ctx.fillStyle = colours[label] || "#888";
        ctx.beginPath(); ctx.arc(x + 6 * scale, row, 6 * scale, 0, 2 * Math.PI); ctx.fill();
        ctx.fillStyle = "#111";
        ctx.fillText((labelNames[label] || label) + " " + label, x + 16 * scale, row);
      });
      civkg.download("civkg-graph.png", canvas.toDataURL("image/png"));
    };
    image.src = cy.png({ full: true, scale: 2, bg: "#ffffff" });
  });

  // JSON: what is shown, each edge with its sentence and document (provenance).
  document.getElementById("export-json").addEventListener("click", function () {
    const visible = shownElements();
    const payload = {
      exported_from: window.location.href,
      nodes: visible.nodes().filter(function (n) { return !n.data("group"); }).map(function (n) {
        return { key: n.id(), label: n.data("label"), label_zh: labelNames[n.data("label")] || null, name: n.data("name"),
                 degree: n.data("degree") || null };
      }),
      edges: visible.edges().filter(function (e) { return !e.data("group"); }).map(function (e) {
        return { type: e.data("type"), type_zh: e.data("zh"), source: e.data("source"), target: e.data("target"),
                 count: e.data("count"),
                 provenance: { sentence: e.data("sentence") || null, doc_id: e.data("doc_id") || null,
                               document: e.data("doc_id") ? "/documents/" + e.data("doc_id") : null,
                               method: e.data("method") || null } };
      }),
      not_shown: visible.nodes().filter(function (n) { return n.data("group"); }).map(function (n) {
        return { of: n.data("owner"), type: n.data("rel"), label: n.data("label"), count: n.data("count") };
      }),
    };
    const blob = new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" });
    civkg.download("civkg-graph.json", URL.createObjectURL(blob));
  });

  const startForm = document.getElementById("graph-start");
  const startInput = document.getElementById("start-input");
  civkg.suggest(startInput);
  startForm.addEventListener("submit", async function (evt) {
    evt.preventDefault();
    try {
      const key = await civkg.resolveKey(startInput.dataset.key || startInput.value);
      history.replaceState(null, "", "/graph?key=" + encodeURIComponent(key));
      await expand(key);
      cy.getElementById(key).addClass("center");
      if (window.matchMedia("(max-width: 900px)").matches) document.getElementById("graph-controls").open = false;
    } catch (error) { setStatus(error.message, true); }
  });
  if (window.matchMedia("(max-width: 900px)").matches && container.dataset.start) {
    document.getElementById("graph-controls").open = false;
  }

  if (container.dataset.start) {
    expand(container.dataset.start).then(function () { cy.getElementById(container.dataset.start).addClass("center"); });
  } else {
    setStatus("输入一个实体开始 · enter an entity to start");
  }
})();
