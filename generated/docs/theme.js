// rsdlgen docs: light or dark. style.css follows the system's scheme (prefers-color-scheme); the header's button
// sets one instead, remembered per browser (localStorage). Loaded before the body, so a page never flashes the
// other scheme; without JavaScript the button stays hidden and the system's scheme applies.
(function () {
  "use strict";
  var KEY = "rsdlgen-docs-theme";
  var html = document.documentElement;
  var system = window.matchMedia("(prefers-color-scheme: dark)");

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; } // storage may be refused
  }

  function current() {
    return html.getAttribute("data-theme") || (system.matches ? "dark" : "light");
  }

  var chosen = stored();
  if (chosen === "light" || chosen === "dark") { html.setAttribute("data-theme", chosen); }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("theme");
    if (!button) { return; }
    function label() {
      var dark = current() === "dark";
      button.textContent = dark ? "☀ Light" : "☾ Dark";
      button.setAttribute("aria-label", dark ? "Use the light scheme" : "Use the dark scheme");
    }
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      html.setAttribute("data-theme", next);
      try { window.localStorage.setItem(KEY, next); } catch (e) { /* remembered for this page only */ }
      label();
    });
    system.addEventListener("change", label);
    label();
    button.hidden = false;
  });
})();
