"""The sidebar: the resource tree and the types, on every page.

Written into each page is only what reading needs without JavaScript: the top-level resources, with the branch
down to the current page open. `nav.js` replaces it with the whole tree (collapsible, filterable) from
`nav-index.js`, a script rather than JSON so that it loads from `file://` as the search index does.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from ...model.loading import Model
from ...model.resources import Resource


@dataclass
class NavItem:
    resource: Resource
    label: str
    current: bool
    open: bool  # on the way to the current page: its children are shown
    has_children: bool
    children: list[NavItem] = field(default_factory=list)


def _shown(model: Model, resource: Resource) -> list[Resource]:
    return [c for c in model.children(resource) if c.kind != "action"]


def sidebar(model: Model, root: Resource, current: Resource | None) -> list[NavItem]:
    """The top-level resources, and below each resource on the way to `current` its own children."""
    on_path: set[str] = set()
    node = current
    while node is not None and node.kind != "root":
        on_path.add(node.href)
        node = model.parent(node)

    def items(parent: Resource) -> list[NavItem]:
        found = []
        for child in _shown(model, parent):
            opened = child.href in on_path
            item = NavItem(
                child,
                child.segments[-1].text,
                current is not None and child.href == current.href,
                opened,
                bool(_shown(model, child)),
            )
            if opened:
                item.children = items(child)
            found.append(item)
        return found

    return items(root)


def nav_script(rows: list[list[object]], types: list[list[str]]) -> str:
    """`rows`: [label, page, depth] in tree order; `types`: [name, page]."""
    data = json.dumps({"tree": rows, "types": types}, ensure_ascii=False, separators=(",", ":"))
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
