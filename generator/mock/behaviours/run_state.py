"""An entity's state through its actions (guide §15.7 for VMs, §14.8 for hosts, §9.5.1 for storage domains), and
a VM's run state (§15.2): the host it runs on, the ports its display listens on, when it last stopped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from .. import entities, jsonio, lifecycle
from ..calls import Element, tag
from ..lifecycle import cannot

if TYPE_CHECKING:
    from ..engine import Engine
    from . import Action

FIRST_DISPLAY_PORT = 5900


def run(engine: Engine, vm: Element, state: str) -> None:
    """A running VM shows the host it runs on and where its display listens (guide §15.2); one that
    stops shows neither. The host is an active one of its cluster, else any active host."""
    declared = engine.spec.declared(tag(vm))
    if not {"host", "display"} <= declared:  # what runs has a display: a VM
        return
    running = state in lifecycle.ACTIVE
    was_running = vm.find("host") is not None
    display = vm.find("display")
    listening = engine.spec.declared_below(tag(vm), "display") & {
        "address",
        "port",
        "secure_port",
    }
    if not running:
        stopped = vm.find("stop_time")
        if was_running and stopped is not None:  # the last time it stopped (Table 15.1 `stop_time`)
            stopped.text = entities.now()
        for child in [vm.find("host"), *(display.iterfind("*") if display is not None else [])]:
            if child is not None and (tag(child) == "host" or tag(child) in listening):
                child.getparent().remove(child)  # type: ignore[union-attr]
        return
    if was_running:
        return
    hosts = [
        h for h in engine.items(engine.top_items.get("host", "hosts")) if entities.state(h) == "up"
    ]
    cluster = entities.reference_id(vm, "cluster")
    host = next((h for h in hosts if entities.reference_id(h, "cluster") == cluster), None)
    host = host if host is not None else next(iter(hosts), None)
    if host is None:
        raise cannot(
            engine.spec,
            "run",
            tag(vm),
            "There are no available running Hosts in the Host Cluster.",
        )
    etree.SubElement(vm, "host", id=host.get("id") or "")
    if listening and "display" in declared:
        if display is None:
            display = etree.SubElement(vm, "display")
        port = next(engine.display_ports)
        values = {"address": host.findtext("address") or "", "port": str(port)}
        values["secure_port"] = str(port + 1)
        for name in sorted(listening):
            etree.SubElement(display, name).text = values[name]
        jsonio.in_schema_order(
            engine.spec, display, engine.spec.types_of_child.get((tag(vm), "display"))
        )
    jsonio.in_schema_order(engine.spec, vm)


def change_state(engine: Engine, action: Action) -> None:
    """The state the action moves its entity to (`lifecycle`), refused with 409 from a state it may not
    start from; a VM that starts gets a host and display ports, one that stops loses them."""
    assert action.target is not None  # behaviours run on an entity's actions
    target = action.target
    rel = action.call.link.rel
    change = lifecycle.check_action(engine.spec, tag(target), rel, entities.state(target))
    if change is not None:
        run(engine, target, change.to)
        entities.set_state(target, change.to)
        engine.clock.after(target, rel)  # the states it goes through, if timed (`transitions`)
