// Named-query forms and the read-only Cypher console; results as a table of links.
// Ctrl+Enter runs; the query (console text, or named query and its parameters) is kept in
// the URL so a result can be shared; the last console queries are kept in this browser.
"use strict";
(function () {
  const statusLine = document.getElementById("query-status");
  const resultBox = document.getElementById("query-result");
  const select = document.getElementById("query-select");
  const cypherForm = document.getElementById("cypher-form");
  const cypherText = document.getElementById("cypher-text");
  const historySelect = document.getElementById("cypher-history");
  const columnsZh = JSON.parse(resultBox.dataset.columnsZh || "{}");
  const HISTORY_KEY = "civkg.console.history";
  const HISTORY_SIZE = 30;

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle("error", !!isError);
  }

  function link(node) {
    const a = document.createElement("a");
    a.href = civkg.entityHref(node.key);
    a.textContent = node.name || node.key;
    a.title = (civkg.LABEL_ZH[node.label] || node.label) + " · " + node.key + (node.year ? " · " + node.year : "");
    return a;
  }

  function isNode(value) { return value !== null && typeof value === "object" && value.key && value.label; }

  // One value as DOM: nodes as links with titles, lists as 、-separated items, other maps as k: v.
  function show(value) {
    if (value === null || value === undefined) return document.createTextNode("");
    if (isNode(value)) return link(value);
    if (Array.isArray(value)) {
      const span = document.createElement("span");
      span.className = "cell-list";
      value.forEach(function (v, i) {
        if (i && !isNode(v)) span.append("、");
        span.appendChild(show(v));
      });
      return span;
    }
    if (typeof value === "object") {
      const parts = Object.keys(value).map(function (k) {
        const v = value[k];
        return k + ": " + (v !== null && typeof v === "object" ? JSON.stringify(v) : String(v));
      });
      return document.createTextNode(parts.join("; "));
    }
    return document.createTextNode(String(value));  // a text node: data never becomes markup
  }

  function render(result, name) {
    const table = document.createElement("table");
    table.className = "result-table";
    table.dataset.exportName = name || "civkg-query";
    const head = table.createTHead().insertRow();
    result.columns.forEach(function (c) {
      const th = document.createElement("th");
      th.textContent = columnsZh[c] ? columnsZh[c] + " " + c : c;
      head.appendChild(th);
    });
    const body = table.createTBody();
    result.rows.forEach(function (row) {
      const tr = body.insertRow();
      row.forEach(function (v) { const td = tr.insertCell(); td.appendChild(show(v)); });
    });
    resultBox.replaceChildren(table);
    if (window.civkgTables) civkgTables.addTools(table);
    setStatus(result.count + " 行 rows" + (result.truncated ? "（已截断 truncated at " + result.limit + "）" : ""));
  }

  async function run(promise, name) {
    setStatus("运行中… running");
    resultBox.replaceChildren();
    try { render(await promise, name); } catch (error) { setStatus(error.message, true); }
  }

  function showForm(name) {
    document.querySelectorAll(".query-form").forEach(function (f) { f.hidden = f.dataset.query !== name; });
  }

  function runNamed(form) {
    const params = {};
    const url = new URLSearchParams({ query: form.dataset.query });
    form.querySelectorAll("input[name]").forEach(function (input) {
      if (input.value.trim() !== "") { params[input.name] = input.value.trim(); url.set("p." + input.name, input.value.trim()); }
    });
    history.replaceState(null, "", "?" + url.toString());
    run(civkg.postJSON("/api/queries/" + encodeURIComponent(form.dataset.query), { params: params }), form.dataset.query);
  }

  function readHistory() {
    try { return JSON.parse(localStorage.getItem(HISTORY_KEY) || "[]"); } catch (e) { return []; }
  }

  function fillHistory() {
    if (!historySelect) return;
    historySelect.replaceChildren(new Option("—", ""));
    readHistory().forEach(function (q) { historySelect.appendChild(new Option(q.length > 80 ? q.slice(0, 80) + "…" : q, q)); });
  }

  function remember(query) {
    const list = readHistory().filter(function (q) { return q !== query; });
    list.unshift(query);
    try { localStorage.setItem(HISTORY_KEY, JSON.stringify(list.slice(0, HISTORY_SIZE))); } catch (e) { /* private mode */ }
    fillHistory();
  }

  function runCypher() {
    const query = cypherText.value;
    history.replaceState(null, "", "?cypher=" + encodeURIComponent(query));
    remember(query.trim());
    run(civkg.postJSON("/api/cypher", { query: query }), "cypher");
  }

  if (select) select.addEventListener("change", function () { showForm(select.value); });
  document.querySelectorAll(".query-form").forEach(function (form) {
    form.addEventListener("submit", function (evt) { evt.preventDefault(); runNamed(form); });
  });
  if (cypherForm) {
    cypherForm.addEventListener("submit", function (evt) { evt.preventDefault(); runCypher(); });
    cypherText.addEventListener("keydown", function (evt) {
      if ((evt.ctrlKey || evt.metaKey) && evt.key === "Enter") { evt.preventDefault(); runCypher(); }
    });
    historySelect.addEventListener("change", function () { if (historySelect.value) cypherText.value = historySelect.value; });
    fillHistory();
  }
  // Schema sidebar: a click puts the pattern at the cursor.
  document.querySelectorAll("#schema-sidebar .insert").forEach(function (button) {
    button.addEventListener("click", function () {
      if (!cypherText) return;
      const at = cypherText.selectionStart || cypherText.value.length;
      cypherText.value = cypherText.value.slice(0, at) + button.dataset.insert + cypherText.value.slice(cypherText.selectionEnd || at);
      cypherText.focus();
    });
  });

  // A shared URL runs its query again.
  const params = new URLSearchParams(window.location.search);
  if (params.get("cypher") && cypherText) {
    cypherText.value = params.get("cypher");
    runCypher();
  } else if (params.get("query") && select) {
    const form = document.querySelector('.query-form[data-query="' + CSS.escape(params.get("query")) + '"]');
    if (form) {
      select.value = params.get("query");
      showForm(params.get("query"));
      params.forEach(function (value, key) {
        if (key.startsWith("p.")) { const input = form.querySelector('input[name="' + CSS.escape(key.slice(2)) + '"]'); if (input) input.value = value; }
      });
      runNamed(form);
    }
  }
})();
