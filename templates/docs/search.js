// rsdlgen docs search: loads search-index.js on first use and ranks its rows; no library, no network.
(function () {
  "use strict";
  var KIND_ORDER = { action: 0, resource: 1, method: 2, header: 3, type: 4, field: 5, parameter: 6 };
  var LIMIT = 40;
  var root = document.body.getAttribute("data-root") || "";
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var rows = null; // [[kind, label, detail, url, haystack, lower-case label, its names, key words], ...]
  var active = -1;
  var waiting = [];

  function load(then) {
    if (rows) { then(); return; }
    waiting.push(then);
    if (waiting.length > 1) { return; }
    var script = document.createElement("script");
    script.src = root + "search-index.js";
    script.onload = function () {
      rows = window.RSDL_SEARCH_INDEX.map(function (r) {
        var label = r[1].toLowerCase();
        return [r[0], r[1], r[2], r[3], label + " " + r[2].toLowerCase(), label,
                label.split(/[^a-z0-9_]+/), r[4]];
      });
      waiting.splice(0).forEach(function (f) { f(); });
    };
    document.head.appendChild(script);
  }

  // `disk` names `disks` and `disk`; `policies` names `policy`.
  function same(word, term) {
    return word === term || word === term + "s" || term === word + "s" ||
      word === term.replace(/y$/, "ies") || term === word.replace(/y$/, "ies");
  }

  // Lower is better: a key word of the row (what it is about), the start of one, one of the label's names,
  // the start of one, anywhere in the label, only in the detail.
  function place(row, term, matched) {
    var keys = row[7];
    for (var k = 0; k < keys.length; k++) { if (same(keys[k], term)) { matched[k] = true; return 0; } }
    for (var p = 0; p < keys.length; p++) { if (keys[p].indexOf(term) === 0) { matched[p] = true; return 1; } }
    if (row[5] === term) { return 0; }
    var names = row[6];
    for (var i = 0; i < names.length; i++) { if (same(names[i], term)) { return 1; } }
    for (var j = 0; j < names.length; j++) { if (names[j].indexOf(term) === 0) { return 2; } }
    return row[5].indexOf(term) >= 0 ? 3 : 4;
  }

  // Every word must be in the row. Summed places, plus one for each key word the query leaves out (`vm`
  // prefers the vms collection to each of its actions); kinds break ties: actions and resources first.
  function rank(row, terms) {
    var score = 0;
    var matched = {};
    for (var i = 0; i < terms.length; i++) {
      if (row[4].indexOf(terms[i]) < 0) { return -1; }
      score += place(row, terms[i], matched);
    }
    score += row[7].length - Object.keys(matched).length;
    return score * 10 + KIND_ORDER[row[0]];
  }

  function search(text) {
    var terms = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) { return []; }
    var found = [];
    for (var i = 0; i < rows.length; i++) {
      var score = rank(rows[i], terms);
      if (score >= 0) { found.push([score, rows[i][1].length, i]); }
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return found.slice(0, LIMIT).map(function (f) { return rows[f[2]]; });
  }

  function option(row, index) {
    var item = document.createElement("li");
    item.id = "search-result-" + index;
    item.setAttribute("role", "option");
    var link = document.createElement("a");
    link.href = root + row[3];
    link.tabIndex = -1;
    var kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = row[0];
    var label = document.createElement("span");
    label.className = "label";
    row[1].split(/(?<=.[\/_.])(?=.)/).forEach(function (part, i) { // may wrap after `/`, `_`, `.`, never inside a word
      if (i) { label.appendChild(document.createElement("wbr")); }
      label.appendChild(document.createTextNode(part));
    });
    var detail = document.createElement("span");
    detail.className = "detail";
    detail.textContent = row[2];
    link.append(kind, label, detail);
    item.appendChild(link);
    return item;
  }

  function show() {
    var found = search(input.value);
    list.replaceChildren();
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (!input.value.trim()) { close(); return; }
    if (!found.length) {
      var empty = document.createElement("li");
      empty.className = "empty";
      empty.textContent = "No match";
      list.appendChild(empty);
    }
    found.forEach(function (row, i) { list.appendChild(option(row, i)); });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function move(step) {
    var items = list.querySelectorAll("[role=option]");
    if (!items.length) { return; }
    if (active >= 0) { items[active].setAttribute("aria-selected", "false"); }
    active = (active + step + items.length) % items.length;
    items[active].setAttribute("aria-selected", "true");
    items[active].scrollIntoView({ block: "nearest" });
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  input.addEventListener("input", function () { load(show); });
  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape") { input.value = ""; close(); }
    else if (event.key === "Enter") {
      var chosen = list.querySelectorAll("[role=option] a")[Math.max(active, 0)];
      if (chosen && !list.hidden) { event.preventDefault(); close(); window.location.href = chosen.href; }
    }
  });
  list.addEventListener("click", function () { close(); });
  document.addEventListener("click", function (event) {
    if (!event.target.closest(".search")) { close(); }
  });
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (event.key === "/" && !typing) { event.preventDefault(); input.focus(); }
  });
})();
