"""What a representation shows that follows from other entities, counted when it is written and never stored,
so that it stays true whatever changes them:
- a host's `summary` of the VMs on it (guide §14.1, Table 14.1: "numbers of active, migrating and total VMs";
  Example 3.5);
- a VM NIC's `port_mirroring`, when its vNIC profile mirrors (§15.6.2.1, Table 15.5 and Example 15.24: "a
  networks element with a series of network id= references"; §11.5.1, Table 11.2 `port_mirroring`): the
  network of that profile. A NIC given only a network has that network's profile of the same name, as the
  engine gives it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from .. import entities, jsonio, lifecycle
from ..calls import Element, tag
from ..store import name_of

if TYPE_CHECKING:
    from ..engine import Engine


def fill(engine: Engine, element: Element) -> None:
    """Adds what follows from other entities to `element`, a representation being written (a copy)."""
    if tag(element) == "host" and "summary" in engine.spec.declared("host"):
        _summary(engine, element)
    elif tag(element) == "nic" and "port_mirroring" in engine.spec.declared("nic"):
        _port_mirroring(engine, element)


def _summary(engine: Engine, host: Element) -> None:
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


def _profile(engine: Engine, nic: Element) -> Element | None:
    profile = engine.reference(nic, "vnic_profile")
    network = engine.reference(nic, "network")
    if profile is not None or network is None:
        return profile
    top = engine.top_items.get("network", "networks")
    profiles = f"{top}/{network.get('id')}/vnicprofiles"
    if engine.resource(tuple(profiles.split("/"))) is None:
        return None
    return next((p for p in engine.items(profiles) if name_of(p) == name_of(network)), None)


def _port_mirroring(engine: Engine, nic: Element) -> None:
    for old in nic.findall("port_mirroring"):
        nic.remove(old)
    profile = _profile(engine, nic)
    if profile is None or (profile.findtext("port_mirroring") or "").lower() != "true":
        return
    networks = etree.SubElement(etree.SubElement(nic, "port_mirroring"), "networks")
    etree.SubElement(networks, "network", id=entities.reference_id(profile, "network") or "")
    jsonio.in_schema_order(engine.spec, nic)
