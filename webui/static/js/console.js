// Named-query forms and the read-only Cypher console; results as a table.
"use strict";
(function () {
  const statusLine = document.getElementById("query-status");
  const resultBox = document.getElementById("query-result");
  const select = document.getElementById("query-select");

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle("error", !!isError);
  }

  function cell(value) {
    const td = document.createElement("td");
    if (value !== null && typeof value === "object") {
      if (value.key && value.label) {
        const a = document.createElement("a");
        a.href = "/entity/" + encodeURIComponent(value.key);
        a.textContent = value.name || value.key;
        td.appendChild(a);
      } else {
        td.textContent = JSON.stringify(value);
      }
    } else {
      td.textContent = value === null ? "" : String(value);  // textContent: data never becomes markup
    }
    return td;
  }

  function render(result) {
    const table = document.createElement("table");
    table.className = "result-table";
    const head = table.createTHead().insertRow();
    result.columns.forEach(function (c) { const th = document.createElement("th"); th.textContent = c; head.appendChild(th); });
    const body = table.createTBody();
    result.rows.forEach(function (row) { const tr = body.insertRow(); row.forEach(function (v) { tr.appendChild(cell(v)); }); });
    resultBox.replaceChildren(table);
    setStatus(result.count + " 行 rows" + (result.truncated ? "（已截断 truncated at " + result.limit + "）" : ""));
  }

  async function run(promise) {
    setStatus("运行中… running");
    resultBox.replaceChildren();
    try { render(await promise); } catch (error) { setStatus(error.message, true); }
  }

  if (select) {
    select.addEventListener("change", function () {
      document.querySelectorAll(".query-form").forEach(function (f) { f.hidden = f.dataset.query !== select.value; });
    });
  }
  document.querySelectorAll(".query-form").forEach(function (form) {
    form.addEventListener("submit", function (evt) {
      evt.preventDefault();
      const params = {};
      form.querySelectorAll("input[name]").forEach(function (input) {
        if (input.value.trim() !== "") params[input.name] = input.value.trim();
      });
      run(civkg.postJSON("/api/queries/" + encodeURIComponent(form.dataset.query), { params: params }));
    });
  });
  const cypherForm = document.getElementById("cypher-form");
  if (cypherForm) {
    cypherForm.addEventListener("submit", function (evt) {
      evt.preventDefault();
      run(civkg.postJSON("/api/cypher", { query: document.getElementById("cypher-text").value }));
    });
  }
})();
