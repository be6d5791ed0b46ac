// rsdlgen docs sidebar: replaces the short tree written into the page (top level, and the branch down to this
// page) with the whole resource tree and the types from nav-index.js, collapsible and filterable.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";
  var here = document.body.getAttribute("data-page") || "";
  var holder = document.getElementById("side-tree");
  if (!holder) { return; }

  function entry(label, url) {
    var link = document.createElement("a");
    link.href = root + url;
    link.textContent = label;
    if (url === here) { link.setAttribute("aria-current", "page"); }
    return link;
  }

  // rows: [label, page, depth] in tree order -> nested <ul>, a <details> for every node with children
  function build(rows) {
    var top = document.createElement("ul");
    top.className = "side-tree";
    var stack = [top];
    var items = [];
    rows.forEach(function (row, i) {
      var depth = row[2];
      stack.length = depth + 1;
      var item = document.createElement("li");
      var next = rows[i + 1];
      if (next && next[2] > depth) {
        var details = document.createElement("details");
        var summary = document.createElement("summary");
        summary.appendChild(entry(row[0], row[1]));
        details.appendChild(summary);
        var below = document.createElement("ul");
        details.appendChild(below);
        item.appendChild(details);
        stack[depth].appendChild(item);
        stack.push(below);
      } else {
        item.appendChild(entry(row[0], row[1]));
        stack[depth].appendChild(item);
      }
      items.push([item, row[0].toLowerCase() + " " + row[1].toLowerCase()]);
    });
    return [top, items];
  }

  function openTo(link) {
    for (var node = link.parentElement; node && node !== holder; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
  }

  function filter(items, text) {
    var term = text.trim().toLowerCase();
    items.forEach(function (pair) {
      pair[0].hidden = !!term;
    });
    if (!term) { return; }
    items.forEach(function (pair) {
      if (pair[1].indexOf(term) < 0) { return; }
      for (var node = pair[0]; node && node !== holder; node = node.parentElement) {
        if (node.tagName === "LI") { node.hidden = false; }
        if (node.tagName === "DETAILS") { node.open = true; }
      }
      var details = pair[0].querySelector("details");
      if (details) { details.querySelectorAll("li").forEach(function (li) { li.hidden = false; }); }
    });
  }

  var script = document.createElement("script");
  script.src = root + "nav-index.js";
  script.onload = function () {
    var data = window.RSDL_NAV;
    var built = build(data.tree);
    var types = build(data.types.map(function (t) { return [t[0], t[1], 0]; }));
    var typeList = document.createElement("details");
    typeList.className = "side-types";
    var summary = document.createElement("summary");
    summary.textContent = data.types.length + " types";
    typeList.append(summary, types[0]);
    var input = document.createElement("input");
    input.type = "search";
    input.id = "side-filter";
    input.placeholder = "Filter the tree";
    input.setAttribute("aria-label", "Filter resources and types");
    holder.replaceChildren(input, built[0]);
    if (data.types.length) { holder.nextElementSibling.after(typeList); } // below the "Types" heading
    var all = built[1].concat(types[1]);
    input.addEventListener("input", function () {
      filter(all, input.value);
      if (input.value.trim()) { typeList.open = true; }
    });
    var current = holder.parentElement.querySelector("[aria-current=page]");
    if (current) {
      openTo(current);
      if (typeList.contains(current)) { typeList.open = true; }
      var sidebar = holder.parentElement; // scroll the sidebar alone, never the page (its #anchor stands)
      sidebar.scrollTop = current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top - 120;
    }
  };
  document.head.appendChild(script);
})();
