"""Where things live in the docs site: page paths and anchors, derived from hrefs, rels and type names only.

Links into the docs must survive regeneration, so nothing here depends on counters or on the order in which a
document lists things (except to break a tie between two operations that share a rel on one page).
"""

from __future__ import annotations

import re

from ...errors import InputError, Location
from ...model.declarations import CRUD_RELS, Link, split_href
from ...model.resources import Resource

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")
_UNSAFE_IN_ID = re.compile(r"[^a-z0-9_-]+")
INDEX = "index.html"


def slug(text: str) -> str:
    """A file-name and URL-safe form of a segment or a name: `vm:id` -> `vm-id`."""
    return _UNSAFE.sub("-", text).strip("-") or "-"


def resource_page(href: str) -> str:
    """`vms/{vm:id}/disks` -> `resources/vms.vm-id.disks.html`; the root is the index."""
    segments = split_href(href)
    if not segments:
        return INDEX
    return "resources/" + ".".join(slug(s.name).replace(".", "-") for s in segments) + ".html"


def type_page(name: str) -> str:
    return f"types/{slug(name)}.html"


def _id(text: str) -> str:
    return _UNSAFE_IN_ID.sub("-", text.lower()).strip("-") or "-"


def method_order(link: Link) -> tuple[int, str, str, str]:
    crud = CRUD_RELS.index(link.rel) if link.rel in CRUD_RELS else len(CRUD_RELS)
    return (crud, link.rel, link.method, link.response or "")


def method_anchors(
    page_href: str, links: list[Link], file: str
) -> dict[tuple[str, str, str, str | None], str]:
    """Section ids for the operations shown on one page, keyed by `Link.key`.

    The id is the rel (`get`, `shutdown`); when a page shows two operations with one rel (oVirt declares a
    few GETs twice, with other responses), the others add their response type, method or sub-path.
    """
    anchors: dict[tuple[str, str, str, str | None], str] = {}
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


def check_unique_pages(resources: list[Resource], file: str) -> None:
    """Two hrefs that read the same once made file-safe (`a/{b:c}` and `a/b-c`) would share a page."""
    seen: dict[str, str] = {}
    for resource in resources:
        page = resource_page(resource.href)
        if page in seen and seen[page] != resource.href:
            raise InputError(
                Location(file, resource.links[0].line if resource.links else None),
                f"{resource.href} and {seen[page]} would share the docs page {page}",
            )
        seen[page] = resource.href
