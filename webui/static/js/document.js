// A document page: show the clean text beside the original.
"use strict";
(function () {
  const toggle = document.getElementById("show-clean");
  const clean = document.getElementById("clean-text");
  if (!toggle || !clean) return;
  function apply() {
    clean.hidden = !toggle.checked;
    clean.parentElement.classList.toggle("side", toggle.checked);
  }
  toggle.addEventListener("change", apply);
  if (new URLSearchParams(window.location.search).get("view") === "clean") { toggle.checked = true; }
  apply();
})();
