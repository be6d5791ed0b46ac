"""What the engine reads and writes on one stored entity: its state, its references, its secrets."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from lxml import etree

from .calls import Element, tag


def state(element: Element) -> str | None:
    return element.findtext("status/state")


def set_state(element: Element, value: str) -> None:
    status = element.find("status")
    if status is None:
        status = etree.SubElement(element, "status")
    holder = status.find("state")
    if holder is None:
        holder = etree.SubElement(status, "state")
    holder.text = value


def reference_id(element: Element, name: str) -> str | None:
    reference = element.find(name)
    return reference.get("id") if reference is not None else None


def points_at(element: Element, owner: str, identifier: str) -> bool:
    """Whether `element` has a reference `<owner id=identifier>`, directly or in a wrapper
    (`<storage_domains>`)."""
    references = itertools.chain(element.iterfind(owner), element.iterfind(f"*/{owner}"))
    return any(reference.get("id") == identifier for reference in references)


def secret(element: Element) -> bool:
    return tag(element).endswith("password")


def forget_secrets(element: Element) -> Element:
    """Write-only fields are never stored, so never returned: the engine keeps no password it was sent
    (`root_password` of a host, the `password` of a user in a start action's domain, ...). Removes those
    below `element`; callers leave out a secret `element` itself."""
    for found in [e for e in element.iterdescendants() if secret(e)]:
        found.getparent().remove(found)  # type: ignore[union-attr]  # a descendant has a parent
    return element


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")
