"""A VM NIC's MAC address and device flags (guide §15.6.2.1, Table 15.5, Example 15.24): the address comes from
the MAC pool of the VM's data center (§23: its `ranges`), the lowest one no other NIC has; a NIC is `plugged`
and `linked` unless the request says otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml import etree

from .. import jsonio
from ..calls import Element, tag
from ..lifecycle import cannot

if TYPE_CHECKING:
    from ..engine import Engine
    from ..views import Key

DEVICE_DEFAULTS = ("plugged", "linked")  # true unless the request says otherwise
# The Default pool's range (guide Example 23.1), used too by an API that has no `macpools` to show it
DEFAULT_RANGE = ("00:1a:4a:16:01:51", "00:1a:4a:16:01:e6")


def assign(engine: Engine, key: Key, nic: Element) -> None:
    """Give a NIC added to a VM (`key`: `vms/<id>/nics`) its flags and a MAC address from the pool."""
    owner = engine.entity_at(key[:-1]) if len(key) > 2 else None
    if tag(nic) != "nic" or owner is None or tag(owner) != "vm":
        return
    declared = engine.spec.declared("nic")
    for name in DEVICE_DEFAULTS:
        if name in declared and nic.find(name) is None:
            etree.SubElement(nic, name).text = "true"
    if "mac" not in declared:
        return
    pool = _pool(engine, owner)
    taken = _in_use(engine, nic)
    mac = nic.find("mac")
    wanted = (mac.get("address") or "").lower() if mac is not None else ""
    if wanted:
        duplicates = pool is not None and pool.findtext("allow_duplicates") == "true"
        if wanted in taken and not duplicates:
            raise cannot(engine.spec, "add", "nic", "MAC Address is already in use.")
        return
    address = next((a for a in _addresses(pool) if a not in taken), None)
    if address is None:
        raise cannot(
            engine.spec, "add", "nic", "Not enough MAC addresses left in MAC Address Pool."
        )
    if mac is None:
        mac = etree.SubElement(nic, "mac")
    mac.set("address", address)
    jsonio.in_schema_order(engine.spec, nic)


def _pool(engine: Engine, vm: Element) -> Element | None:
    """The MAC pool of the VM's data center, else the default pool."""
    cluster = engine.reference(vm, "cluster")
    data_center = engine.reference(cluster, "data_center") if cluster is not None else None
    pool = engine.reference(data_center, "mac_pool") if data_center is not None else None
    pools = engine.items(engine.top_items.get("mac_pool", "macpools")) if pool is None else []
    return (
        pool
        if pool is not None
        else next((p for p in pools if p.findtext("default_pool") == "true"), None)
    )


def _addresses(pool: Element | None) -> Iterator[str]:
    """Every address of the pool's ranges, in order."""
    ranges = (
        [(r.findtext("from"), r.findtext("to")) for r in pool.iterfind("ranges/range")]
        if pool is not None
        else [DEFAULT_RANGE]
    )
    for start, end in ranges:
        low, high = _number(start), _number(end)
        for number in range(low, high + 1):
            text = f"{number:012x}"
            yield ":".join(text[i : i + 2] for i in range(0, 12, 2))


def _number(address: str | None) -> int:
    try:
        return int((address or "").replace(":", ""), 16)
    except ValueError:
        return 0


def _in_use(engine: Engine, nic: Element) -> set[str]:
    """The addresses the engine's other VM NICs have."""
    return {
        (other.find("mac").get("address") or "").lower()  # type: ignore[union-attr]
        for key, collection in engine.collections.items()
        if key[-1] == "nics" and key[0] == engine.top_items.get("vm")
        for other in collection.values()
        if other is not nic and other.find("mac") is not None
    }
