// Shared helpers for the pages' scripts: JSON requests with readable errors,
// and name suggestions from /api/search.
"use strict";

window.civkg = (function () {
  async function getJSON(url, options) {
    const response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options || {}));
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const error = (body && body.error) || {};
      const message = (error.message || response.statusText) + (error.advice ? " — " + error.advice : "");
      const failure = new Error(message);
      failure.status = response.status;
      throw failure;
    }
    return body;
  }

  function postJSON(url, payload) {
    return getJSON(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(payload),
    });
  }

  function debounce(fn, ms) {
    let timer = null;
    return function () {
      const args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, ms);
    };
  }

  // Fill a <datalist> with entity names matching what is typed.
  function suggest(input, datalist) {
    input.addEventListener("input", debounce(async function () {
      const text = input.value.trim();
      if (text.length < 2 || text.includes(":")) return;
      try {
        const result = await getJSON("/api/search?limit=15&q=" + encodeURIComponent(text));
        datalist.replaceChildren();
        result.groups.forEach(function (group) {
          group.results.forEach(function (hit) {
            const option = document.createElement("option");
            option.value = hit.key;
            option.label = hit.name + " · " + group.label;
            datalist.appendChild(option);
          });
        });
      } catch (e) { /* suggestions are optional */ }
    }, 200));
  }

  // Resolve typed text to a node key: a key as is, otherwise the best search hit.
  async function resolveKey(text) {
    text = text.trim();
    if (/^[A-Z][a-zA-Z]+:/.test(text)) return text;
    const result = await getJSON("/api/search?limit=1&q=" + encodeURIComponent(text));
    if (!result.groups.length) throw new Error("没有找到 “" + text + "” · no entity matches");
    return result.groups[0].results[0].key;
  }

  function download(filename, href) {
    const a = document.createElement("a");
    a.href = href;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  return { getJSON, postJSON, debounce, suggest, resolveKey, download };
})();
