"""Disk profiles (guide §15.6.2, Table 15.2 and Example 15.11 show a VM disk's `disk_profile`; ovirt-engine's
AddStorageDomainCommand and DiskProfileHelper decide the rest): a new data storage domain gets a disk profile
named after it; a disk made without a `disk_profile` takes the first profile of its storage domain; a domain's
profiles go with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from .. import entities, jsonio
from ..calls import Element, tag

if TYPE_CHECKING:
    from ..engine import Engine


def _top(engine: Engine) -> str | None:
    return engine.top_items.get("disk_profile")


def create(engine: Engine, element: Element) -> None:
    """The default profile of a new data domain; the profile of a new disk."""
    top = _top(engine)
    if top is None:
        return
    if tag(element) == "storage_domain" and element.findtext("type") == "data":
        made = etree.Element("disk_profile")
        etree.SubElement(made, "name").text = element.findtext("name") or ""
        etree.SubElement(made, "storage_domain", id=element.get("id") or "")
        engine.put(top, made)
    elif tag(element) == "disk" and "disk_profile" in engine.spec.declared("disk"):
        placed = element.find("storage_domains/storage_domain")
        if element.find("disk_profile") is not None or placed is None:
            return
        identifier = placed.get("id") or ""
        profile = next(
            (p for p in engine.items(top) if entities.points_at(p, "storage_domain", identifier)),
            None,
        )
        if profile is not None:
            etree.SubElement(element, "disk_profile", id=profile.get("id") or "")
            jsonio.in_schema_order(engine.spec, element)


def release(engine: Engine, element: Element) -> None:
    """A removed storage domain's profiles are removed with it."""
    top = _top(engine)
    if top is None or tag(element) != "storage_domain":
        return
    profiles = engine.collection((top,))
    for profile in list(profiles.values()):
        if entities.points_at(profile, "storage_domain", element.get("id") or ""):
            profiles.remove(profile.get("id") or "")
