"""Stable names of operations, for every target that names them (the docs' pages and anchors, OpenAPI's
`operationId`s), derived from hrefs and rels only.

An action has no page of its own: it is shown with the resource it acts on, so a page holds a resource's own
operations and those of the actions below it. Each operation gets an anchor unique on its page: its rel, or,
when a page shows two operations with one rel (oVirt declares a few GETs twice, with other responses), its rel
with its response type, method or sub-path. Names must survive regeneration, so nothing here depends on counters
or on the order in which a document lists things (except to break a tie between two operations that share a rel
on one page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError, Location
from .declarations import CRUD_RELS, Link, split_href
from .loading import Model
from .resources import Resource

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")
_UNSAFE_IN_ID = re.compile(r"[^a-z0-9_-]+")
LinkKey = tuple[str, str, str, str | None]


def slug(text: str) -> str:
    """A file-name and URL-safe form of a segment or a name: `vm:id` -> `vm-id`."""
    return _UNSAFE.sub("-", text).strip("-") or "-"


def page_name(href: str) -> str:
    """`vms/{vm:id}/disks` -> `vms.vm-id.disks` (dots separate segments only); the root is ``."""
    return ".".join(slug(s.name).replace(".", "-") for s in split_href(href))


def _id(text: str) -> str:
    return _UNSAFE_IN_ID.sub("-", text.lower()).strip("-") or "-"


def method_order(link: Link) -> tuple[int, str, str, str]:
    crud = CRUD_RELS.index(link.rel) if link.rel in CRUD_RELS else len(CRUD_RELS)
    return (crud, link.rel, link.method, link.response or "")


def method_anchors(page_href: str, links: list[Link], file: str) -> dict[LinkKey, str]:
    """Anchors (`[a-z0-9_-]+`) for the operations shown on one page, keyed by `Link.key`."""
    anchors: dict[LinkKey, str] = {}
    taken: set[str] = set()
    for link in sorted(links, key=lambda k: (k.href, *method_order(k))):
        sub_path = link.href[len(page_href) :].strip("/") if page_href else link.href
        candidates = [
            _id(link.rel),
            _id(f"{link.rel}-{link.response}") if link.response else "",
            _id(f"{link.rel}-{link.method}"),
            _id(f"{sub_path}-{link.rel}-{link.method}-{link.response or ''}"),
        ]
        anchor = next((c for c in candidates if c and c not in taken), None)
        if anchor is None:
            raise InputError(
                Location(file, link.line),
                f"{link.method} {link.href} rel={link.rel}: no distinct anchor for its docs section",
            )
        taken.add(anchor)
        anchors[link.key] = anchor
    return anchors


def actions_below(model: Model, resource: Resource) -> list[Resource]:
    """The actions on a resource, with those below an action (odd documents nest them)."""
    found = []
    for child in model.children(resource):
        if child.kind == "action":
            found += [child, *actions_below(model, child)]
    return found


def page_links(model: Model, resource: Resource) -> list[Link]:
    """A page's operations: its own, then its actions', each group in a fixed order."""
    own = sorted(resource.links, key=method_order)
    actions = [k for a in actions_below(model, resource) for k in a.links]
    return own + sorted(actions, key=lambda k: (k.rel, k.href))


def pages(model: Model) -> list[Resource]:
    """The resources that have a page (every one but the root and actions), by href."""
    return [r for r in model.resources() if r.kind not in ("root", "action")]


def check_unique_pages(resources: list[Resource], file: str) -> None:
    """Two hrefs that read the same once made file-safe (`a/{b:c}` and `a/b-c`), or that differ only by case
    (one file on macOS and Windows), would share a page."""
    seen: dict[str, str] = {}
    for resource in resources:
        name = page_name(resource.href).lower()
        if name in seen and seen[name] != resource.href:
            raise InputError(
                Location(file, resource.links[0].line if resource.links else None),
                f"{resource.href} and {seen[name]} would share the page name {name} (of the docs "
                "and of operation ids)",
            )
        seen[name] = resource.href


@dataclass(frozen=True)
class OperationName:
    page: str  # the href of the resource whose page shows the operation ("" for the root)
    anchor: str

    @property
    def operation_id(self) -> str:
        """`vms.vm-id.shutdown`: the page name, a dot, the anchor (which has no dot); the root's operations
        are their anchor alone, so no two operations share one."""
        name = page_name(self.page)
        return f"{name}.{self.anchor}" if name else self.anchor


def operation_names(model: Model) -> dict[LinkKey, OperationName]:
    """Where every link of the model is shown and its anchor there, keyed by `Link.key`."""
    shown = pages(model)
    check_unique_pages(shown, model.rsdl.file)
    names: dict[LinkKey, OperationName] = {}
    for resource in [model.root, *shown]:
        links = page_links(model, resource)
        for key, anchor in method_anchors(resource.href, links, model.rsdl.file).items():
            names[key] = OperationName(resource.href, anchor)
    return names
