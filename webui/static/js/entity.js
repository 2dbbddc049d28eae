// The entity page: a relationship group's next neighbours, and a neighbour's further sentences, load on demand
// (the server renders one page of each group; /entity-more renders the list items that follow).
"use strict";
(function () {
  document.addEventListener("click", async function (event) {
    const button = event.target.closest("button.more-neighbours, button.more-edges");
    if (!button || button.disabled) return;
    button.disabled = true;
    // "more" replaces its own row with the next items; a neighbour's "more" replaces that neighbour's item
    const replaced = button.closest(button.classList.contains("more-edges") ? "li.neighbour" : "li.more-row");
    try {
      const response = await fetch(button.dataset.url, { headers: { Accept: "text/html" } });
      if (!response.ok) throw new Error(response.status + " " + response.statusText);
      const holder = document.createElement("ul");
      holder.innerHTML = await response.text();
      replaced.replaceWith.apply(replaced, Array.from(holder.children));
    } catch (e) {
      button.disabled = false;
      button.title = "加载失败 · failed to load: " + e.message;
      button.classList.add("failed");
    }
  });
})();
