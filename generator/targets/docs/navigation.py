"""The sidebar: the resource tree and the types, on every page.

Written into each page is only what reading needs without JavaScript: the top-level resources, with the branch
down to the current page open. `nav.js` replaces it with the whole tree (collapsible, filterable) from
`nav-index.js`, a script rather than JSON so that it loads from `file://` as the search index does.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from markupsafe import Markup, escape

from ...model.loading import Model
from ...model.resources import Resource
from ..rendering import visible


def _shown(model: Model, resource: Resource) -> list[Resource]:
    return [c for c in model.children(resource) if c.kind != "action"]


class Sidebar:
    """The sidebar's tree as HTML: the top-level resources, and below each resource on the way to the current
    page its own children. Written in Python rather than a template, keeping each closed item's HTML: it is
    the same on every page of one depth, and the sidebar is on every page."""

    def __init__(self, model: Model, root: Resource, url: Callable[[Resource], str]) -> None:
        self.model = model
        self.root = root
        self.url = url
        # (link prefix, parent's href) -> each child's closed <li>, and each child's place among them
        self.closed: dict[tuple[str, str], tuple[list[str], dict[str, int]]] = {}
        self.children: dict[str, list[Resource]] = {}
        # prefix -> the tree of a page on no resource (the type pages, half the site): the same every time
        self.unplaced: dict[str, Markup] = {}

    def shown(self, resource: Resource) -> list[Resource]:
        found = self.children.get(resource.href)
        if found is None:
            found = self.children[resource.href] = _shown(self.model, resource)
        return found

    def html(self, prefix: str, current: Resource | None) -> Markup:
        if current is None:
            found = self.unplaced.get(prefix)
            if found is None:
                found = self.unplaced[prefix] = Markup(self._list(prefix, self.root, [], None))
            return found
        path: list[Resource] = []  # from the top-level resource down to the current page
        node: Resource | None = current
        while node is not None and node.kind != "root":
            path.append(node)
            node = self.model.parent(node)
        path.reverse()
        return Markup(self._list(prefix, self.root, path, current))

    def _list(
        self, prefix: str, parent: Resource, path: list[Resource], current: Resource | None
    ) -> str:
        """The children of `parent`, each closed but the first of `path` (the branch down to `current`)."""
        items, places = self._closed_items(prefix, parent)
        if path and path[0].href in places:
            child, below = path[0], path[1:]
            here = ' aria-current="page"' if current and child.href == current.href else ""
            inner = self._list(prefix, child, below, current) if self.shown(child) else ""
            kind = ' class="open"' if self.shown(child) else ""
            items = list(items)
            items[places[child.href]] = (
                f'<li{kind}><a href="{escape(prefix + self.url(child))}"{here}>'
                f"{escape(child.segments[-1].text)}</a>{inner}</li>"
            )
        return '<ul class="side-tree">\n' + "\n".join(items) + "\n</ul>"

    def _closed_items(self, prefix: str, parent: Resource) -> tuple[list[str], dict[str, int]]:
        """Each child of `parent` as a closed item, and each child's place (by href), kept: the same on
        every page of one depth."""
        key = (prefix, parent.href)
        found = self.closed.get(key)
        if found is None:
            children = self.shown(parent)
            items = []
            for child in children:
                kind = ' class="closed"' if self.shown(child) else ""
                items.append(
                    f'<li{kind}><a href="{escape(prefix + self.url(child))}">'
                    f"{escape(child.segments[-1].text)}</a></li>"
                )
            places = {child.href: index for index, child in enumerate(children)}
            found = self.closed[key] = (items, places)
        return found


def nav_script(rows: list[list[object]], types: list[list[str]]) -> str:
    """`rows`: [label, page, depth] in tree order; `types`: [name, page]."""

    def shown(row: list[object] | list[str]) -> list[object]:  # invisible characters as escapes
        return [visible(x) if isinstance(x, str) else x for x in row]

    data = json.dumps(
        {"tree": [shown(row) for row in rows], "types": [shown(row) for row in types]},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return f"window.RSDL_NAV = {data};\n"


def tree_rows(model: Model, root: Resource, page: Callable[[str], str]) -> list[list[object]]:
    """Every resource of the tree but actions, in tree order: [label, page, depth]."""
    rows: list[list[object]] = []

    def walk(parent: Resource, depth: int) -> None:
        for child in _shown(model, parent):
            rows.append([child.segments[-1].text, page(child.href), depth])
            walk(child, depth + 1)

    walk(root, 0)
    return rows
