"""A storage domain's space (guide §12.2, Example 12.1): `available` and `used` add up to what the domain
holds, and change as disks take space; `committed` is what its disks were promised. A preallocated (raw,
not sparse) disk takes its whole size at once, a thin one nothing until written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from .. import jsonio
from ..calls import Element, tag

if TYPE_CHECKING:
    from ..engine import Engine
    from ..views import Key

CAPACITY = 1 << 40  # what a new domain's storage holds: 1 TiB
SPACE = ("available", "used", "committed")
# a new domain: not the master until it is its data center's first data domain; its format and thresholds
# (percent of its space: warn below 10 %, refuse new disks below 5 %), as Example 12.1 shows them
DOMAIN_DEFAULTS = (
    ("master", "false"),
    ("storage_format", "v3"),
    ("wipe_after_delete", "false"),
    ("warning_low_space_indicator", "10"),
    ("critical_space_action_blocker", "5"),
)


def attached(engine: Engine, key: Key, domain: Element) -> None:
    """The first data domain attached to a data center (`key`: its `storagedomains`) becomes its master."""
    if tag(domain) != "storage_domain" or domain.findtext("type") != "data":
        return
    others = [d for d in engine.collection(key).values() if d is not domain]
    master = domain.find("master")
    if master is not None and not any(d.findtext("master") == "true" for d in others):
        master.text = "true"


def take(engine: Engine, element: Element, sign: int = 1) -> None:
    """A new storage domain gets its space; a new disk takes space from its domains (`sign` -1 gives it
    back)."""
    if tag(element) == "storage_domain" and sign > 0:
        declared = engine.spec.declared("storage_domain")
        for name, value in (*zip(SPACE, (CAPACITY, 0, 0), strict=True), *DOMAIN_DEFAULTS):
            if name in declared and element.find(name) is None:
                etree.SubElement(element, name).text = str(value)
        jsonio.in_schema_order(engine.spec, element)
        return
    if tag(element) != "disk":
        return
    size = _int(element.findtext("provisioned_size") or element.findtext("size"))
    if sign > 0:
        _sizes(engine, element, size)
    allocated = _int(element.findtext("actual_size"))
    for reference in element.iterfind("storage_domains/storage_domain"):
        domain = engine.entity_at((engine.top_items["storage_domain"], reference.get("id") or ""))
        if domain is None or domain.find("used") is None:
            continue
        for name, change in (("used", allocated), ("available", -allocated), ("committed", size)):
            holder = domain.find(name)
            if holder is not None:
                holder.text = str(_int(holder.text) + sign * change)


def release(engine: Engine, element: Element) -> None:
    take(engine, element, -1)


def _sizes(engine: Engine, disk: Element, size: int) -> None:
    """`provisioned_size` (from the deprecated `size` when only that was sent) and `actual_size`."""
    declared = engine.spec.declared("disk")
    thin = disk.findtext("sparse") == "true" or disk.findtext("format") == "cow"
    values = {"provisioned_size": size, "actual_size": 0 if thin else size}
    for name, value in values.items():
        if name in declared and disk.find(name) is None:
            etree.SubElement(disk, name).text = str(value)
    jsonio.in_schema_order(engine.spec, disk)


def _int(text: str | None) -> int:
    try:
        return int(text or "0")
    except ValueError:
        return 0
