// Name suggestions for every input tied to a <datalist> on the page.
"use strict";
document.querySelectorAll("input[list]").forEach(function (input) {
  const list = document.getElementById(input.getAttribute("list"));
  if (list && !list.dataset.static) civkg.suggest(input, list);
});
