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

  const LABEL_ZH = { Document: "文档", Agency: "机构", Person: "人物", Place: "地点", Meeting: "会议",
                     Program: "项目", Policy: "政策文件", Target: "指标", Topic: "业务主题" };

  function entityHref(key) {
    return key.startsWith("Document:") ? "/documents/" + encodeURIComponent(key.slice(9)) : "/entity/" + encodeURIComponent(key);
  }

  function hitLine(hit) {
    const li = document.createElement("li");
    li.setAttribute("role", "option");
    li.dataset.key = hit.key;
    li.dataset.name = hit.name;
    const badge = document.createElement("span");
    badge.className = "badge label-" + hit.label;
    badge.textContent = LABEL_ZH[hit.label] || hit.label;
    const name = document.createElement("span");
    name.className = "ta-name";
    name.textContent = hit.name;
    li.append(badge, " ", name);
    const extra = [hit.place, hit.year].filter(function (v) { return v; }).join(" · ");
    if (extra) { const small = document.createElement("small"); small.textContent = " " + extra; li.appendChild(small); }
    return li;
  }

  // Type-ahead under a text input: best matches from /api/suggest (substring and pinyin, ranked),
  // or "您是不是要找" names when nothing matches. Choosing one fills the input (data-key holds the
  // key) or, with data-typeahead="go", opens the entity page.
  function suggest(input) {
    const list = document.createElement("ul");
    list.className = "typeahead";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("autocomplete", "off");
    input.setAttribute("aria-autocomplete", "list");
    input.insertAdjacentElement("afterend", list);
    if (input.parentElement) input.parentElement.classList.add("has-typeahead");
    let active = -1;

    function items() { return Array.from(list.querySelectorAll("li[data-key]")); }
    function highlight(i) {
      const all = items();
      active = Math.max(-1, Math.min(i, all.length - 1));
      all.forEach(function (li, j) { li.classList.toggle("active", j === active); li.setAttribute("aria-selected", j === active); });
    }
    function choose(li) {
      list.hidden = true;
      if (input.dataset.typeahead === "go") { window.location.href = entityHref(li.dataset.key); return; }
      input.value = li.dataset.name;
      input.dataset.key = li.dataset.key;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
    input.addEventListener("input", debounce(async function () {
      delete input.dataset.key;
      const text = input.value.trim();
      if (!text || text.includes(":") || (text.length < 2 && /^[a-z]/i.test(text))) { list.hidden = true; return; }
      let url = "/api/suggest?limit=8&q=" + encodeURIComponent(text);
      if (input.dataset.label) url += "&label=" + encodeURIComponent(input.dataset.label);
      try {
        const result = await getJSON(url);
        if (input.value.trim() !== text) return;  // typed on meanwhile
        list.replaceChildren();
        result.hits.forEach(function (hit) { list.appendChild(hitLine(hit)); });
        if (!result.hits.length && result.suggestions.length) {
          const head = document.createElement("li");
          head.className = "ta-head";
          head.textContent = "您是不是要找 · Did you mean";
          list.appendChild(head);
          result.suggestions.forEach(function (hit) { list.appendChild(hitLine(hit)); });
        }
        active = -1;
        list.hidden = !list.children.length;
      } catch (e) { list.hidden = true; /* suggestions are optional */ }
    }, 150));
    input.addEventListener("keydown", function (evt) {
      if (list.hidden) return;
      if (evt.key === "ArrowDown") { evt.preventDefault(); highlight(active + 1); }
      else if (evt.key === "ArrowUp") { evt.preventDefault(); highlight(active - 1); }
      else if (evt.key === "Escape") { list.hidden = true; }
      else if (evt.key === "Enter" && active >= 0) { evt.preventDefault(); choose(items()[active]); }
    });
    list.addEventListener("mousedown", function (evt) {
      const li = evt.target.closest("li[data-key]");
      if (li) { evt.preventDefault(); choose(li); }
    });
    input.addEventListener("blur", function () { setTimeout(function () { list.hidden = true; }, 150); });
    return list;
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

  return { getJSON, postJSON, debounce, suggest, resolveKey, download, entityHref, LABEL_ZH };
})();
