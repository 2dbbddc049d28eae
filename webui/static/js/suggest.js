// Type-ahead for every name input on the page: data-typeahead, or an old-style <datalist>.
"use strict";
document.querySelectorAll("input[data-typeahead], input[list]").forEach(function (input) {
  const list = input.getAttribute("list") && document.getElementById(input.getAttribute("list"));
  if (list && list.dataset.static) return;  // a fixed list of choices stays a datalist
  if (list) { input.removeAttribute("list"); list.remove(); }
  // The diffusion timeline takes a program or a policy: suggest only those.
  if (!input.dataset.label && input.name === "program") input.dataset.label = "Program,Policy";
  civkg.suggest(input);
});
