// On every page: the collapsible menu on phones, and tools under each result table
// (download CSV or Excel, copy as tab-separated text for a spreadsheet).
"use strict";
(function () {
  const toggle = document.getElementById("menu-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      const open = document.body.classList.toggle("menu-open");
      toggle.setAttribute("aria-expanded", String(open));
    });
  }

  // A link to a closed <details> section (the summary table's links) opens it.
  function openTarget() {
    const target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target && target.tagName === "DETAILS") { target.open = true; target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // A table's header and rows as text, each cell as the reader sees it.
  function tableData(table) {
    const columns = Array.from(table.querySelectorAll("thead th")).map(function (th) { return th.innerText.trim(); });
    const rows = Array.from(table.querySelectorAll("tbody tr")).filter(function (tr) {
      return !tr.querySelector("td.empty");
    }).map(function (tr) {
      return Array.from(tr.children).map(function (td) { return td.innerText.replace(/\s*\n\s*/g, " ").trim(); });
    });
    return { columns: columns, rows: rows };
  }

  function csvField(value) {
    const text = String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function toCSV(data) {
    return [data.columns].concat(data.rows).map(function (row) { return row.map(csvField).join(","); }).join("\r\n") + "\r\n";
  }

  function save(name, blob) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }

  function fileName(table) {
    const base = table.dataset.exportName || document.title.split("·")[0].trim() || "civkg";
    return base.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60);
  }

  function addTools(table) {
    if (table.dataset.tools) return;
    table.dataset.tools = "1";
    const bar = document.createElement("div");
    bar.className = "table-tools";
    function button(text, title, action) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = text;
      b.title = title;
      b.addEventListener("click", action);
      bar.appendChild(b);
      return b;
    }
    const note = document.createElement("span");
    note.className = "small";
    button("下载 CSV", "Download CSV (UTF-8)", function () {
      // A byte-order mark so that Excel reads the Chinese as UTF-8.
      save(fileName(table) + ".csv", new Blob(["\ufeff" + toCSV(tableData(table))], { type: "text/csv;charset=utf-8" }));
    }).className = "csv";
    button("下载 Excel", "Download .xlsx", async function () {
      const data = tableData(table);
      try {
        const response = await fetch("/api/export/xlsx", {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ name: fileName(table), columns: data.columns, rows: data.rows }) });
        if (!response.ok) throw new Error(response.statusText);
        save(fileName(table) + ".xlsx", await response.blob());
      } catch (e) { note.textContent = "Excel 导出失败 · " + e.message; }
    }).className = "xlsx";
    button("复制", "Copy as tab-separated text (paste into a spreadsheet)", async function () {
      const data = tableData(table);
      const text = [data.columns].concat(data.rows).map(function (r) { return r.join("\t"); }).join("\n");
      try {
        await navigator.clipboard.writeText(text);
      } catch (e) {
        const area = document.createElement("textarea");
        area.value = text;
        document.body.appendChild(area);
        area.select();
        document.execCommand("copy");
        area.remove();
      }
      note.textContent = "已复制 " + data.rows.length + " 行 · copied";
    }).className = "copy";
    bar.appendChild(note);
    // Wide tables scroll inside their own box.
    let box = table.parentElement;
    if (!box.classList.contains("table-wrap")) {
      box = document.createElement("div");
      box.className = "table-wrap";
      table.replaceWith(box);
      box.appendChild(table);
    }
    // A re-rendered result (the console) replaces the tools of the table it replaced.
    const previous = box.previousElementSibling;
    if (previous && previous.classList.contains("table-tools")) previous.remove();
    box.insertAdjacentElement("beforebegin", bar);
  }

  function addAll() {
    document.querySelectorAll("table.result-table, table.doc-table, table[data-export]").forEach(addTools);
  }
  addAll();
  window.civkgTables = { addTools: addTools, addAll: addAll, tableData: tableData, toCSV: toCSV };
})();
