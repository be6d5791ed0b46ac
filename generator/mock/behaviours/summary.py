"""What a host's representation sums up from the VMs that run on it (guide §14.1, Table 14.1 `summary`:
"numbers of active, migrating and total VMs"; Example 3.5): counted when the host is written, never stored,
so that it stays true whatever changes the VMs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from .. import entities, jsonio, lifecycle
from ..calls import Element, tag

if TYPE_CHECKING:
    from ..engine import Engine


def fill(engine: Engine, host: Element) -> None:
    """Adds `<summary>` to `host`, a representation being written (a copy of the stored host)."""
    if tag(host) != "host" or "summary" not in engine.spec.declared("host"):
        return
    identifier = host.get("id")
    states = [
        entities.state(vm)
        for vm in engine.items(engine.top_items.get("vm", "vms"))
        if entities.reference_id(vm, "host") == identifier
    ]
    for old in host.findall("summary"):
        host.remove(old)
    summary = etree.SubElement(host, "summary")
    counts = (
        ("active", sum(1 for s in states if s in lifecycle.ACTIVE)),
        ("migrating", sum(1 for s in states if s == "migrating")),
        ("total", len(states)),
    )
    for name, count in counts:
        etree.SubElement(summary, name).text = str(count)
    jsonio.in_schema_order(engine.spec, host)
