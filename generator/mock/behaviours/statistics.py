"""Statistics sub-collections (guide §14.7.2 hosts, Table 14.9 host NICs, §15.6.3 VM disks, §15.6.4 VM NICs,
Table 15.12 VMs): the names, descriptions, units, types and value types the guide lists, with values that
follow the state: a host's memory use grows with the VMs running on it, a VM that is not running uses no CPU
and no memory, its NICs and disks move no data. Read-only; made afresh each time they are read."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree

from .. import entities, lifecycle
from ..calls import Element, tag

if TYPE_CHECKING:
    from ..engine import Engine
    from ..views import Key

GIB = 1 << 30
HOST_MEMORY = 16 * GIB  # the configured host's memory; what its running VMs take is used
Value = Callable[["Engine", Element], float]
# name, description, unit, type, values type, value from the owner
Statistic = tuple[str, str, str, str, str, Value]


def _running(engine: Engine, owner: Element) -> bool:
    return entities.state(owner) in lifecycle.ACTIVE


def _memory(element: Element) -> int:
    try:
        return int(element.findtext("memory") or "0")
    except ValueError:
        return 0


def _vms_on(engine: Engine, host: Element) -> list[Element]:
    return [
        vm
        for vm in engine.items(engine.top_items.get("vm", "vms"))
        if entities.reference_id(vm, "host") == host.get("id") and _running(engine, vm)
    ]


def _host_used(engine: Engine, host: Element) -> float:
    return GIB + sum(_memory(vm) for vm in _vms_on(engine, host))


def _host_cpu(engine: Engine, host: Element) -> float:
    return min(100.0, 2.0 * len(_vms_on(engine, host)))


def _busy(rate: float) -> Value:
    """`rate` while the owner (a VM, or the VM of a device) runs, else zero."""
    return lambda engine, owner: rate if _running(engine, owner) else 0.0


_BYTES, _RATE, _PERCENT = "BYTES", "BYTES_PER_SECOND", "PERCENT"
HOST: tuple[Statistic, ...] = (
    ("memory.total", "Total memory", _BYTES, "GAUGE", "INTEGER", lambda e, h: HOST_MEMORY),
    ("memory.used", "Used memory", _BYTES, "GAUGE", "INTEGER", _host_used),
    ("memory.free", "Free memory", _BYTES, "GAUGE", "INTEGER",
     lambda e, h: HOST_MEMORY - _host_used(e, h)),
    ("memory.shared", "Shared memory", _BYTES, "GAUGE", "INTEGER", lambda e, h: 0),
    ("memory.buffers", "I/O buffers", _BYTES, "GAUGE", "INTEGER", lambda e, h: 0),
    ("memory.cached", "OS caches", _BYTES, "GAUGE", "INTEGER", lambda e, h: 0),
    ("swap.total", "Total swap", _BYTES, "GAUGE", "INTEGER", lambda e, h: 8 * GIB),
    ("swap.free", "Free swap", _BYTES, "GAUGE", "INTEGER", lambda e, h: 8 * GIB),
    ("swap.used", "Used swap", _BYTES, "GAUGE", "INTEGER", lambda e, h: 0),
    ("swap.cached", "Swap also cached in memory", _BYTES, "GAUGE", "INTEGER", lambda e, h: 0),
    ("ksm.cpu.current", "KSM CPU usage", _PERCENT, "GAUGE", "DECIMAL", lambda e, h: 0),
    ("cpu.current.user", "User CPU usage", _PERCENT, "GAUGE", "DECIMAL", _host_cpu),
    ("cpu.current.system", "System CPU usage", _PERCENT, "GAUGE", "DECIMAL", lambda e, h: 1.0),
    ("cpu.current.idle", "Idle CPU usage", _PERCENT, "GAUGE", "DECIMAL",
     lambda e, h: 99.0 - _host_cpu(e, h)),
    ("cpu.load.avg.5m", "CPU 5 minute load average", "NONE", "GAUGE", "DECIMAL",
     lambda e, h: 0.01 * len(_vms_on(e, h))),
)  # fmt: skip
HOST_NIC: tuple[Statistic, ...] = (
    ("data.current.rx", "Receive data rate", _RATE, "GAUGE", "DECIMAL", lambda e, n: 0),
    ("data.current.tx", "Transmit data rate", _RATE, "GAUGE", "DECIMAL", lambda e, n: 0),
    ("data.total.rx", "Total received data", _BYTES, "COUNTER", "INTEGER", lambda e, n: 0),
    ("data.total.tx", "Total transmitted data", _BYTES, "COUNTER", "INTEGER", lambda e, n: 0),
    ("errors.total.rx", "Total received errors", "NONE", "COUNTER", "INTEGER", lambda e, n: 0),
    ("errors.total.tx", "Total transmitted errors", "NONE", "COUNTER", "INTEGER", lambda e, n: 0),
)
VM: tuple[Statistic, ...] = (
    ("memory.installed", "Total memory configured", _BYTES, "GAUGE", "INTEGER",
     lambda e, vm: _memory(vm)),
    ("memory.used", "Memory used (agent)", _BYTES, "GAUGE", "INTEGER",
     lambda e, vm: _memory(vm) // 2 if _running(e, vm) else 0),
    ("cpu.current.guest", "CPU used by guest", _PERCENT, "GAUGE", "DECIMAL", _busy(2.0)),
    ("cpu.current.hypervisor", "CPU overhead", _PERCENT, "GAUGE", "DECIMAL", _busy(0.5)),
    ("cpu.current.total", "Total CPU used", _PERCENT, "GAUGE", "DECIMAL", _busy(2.5)),
)  # fmt: skip
VM_NIC: tuple[Statistic, ...] = (
    ("data.current.rx", "Receive data rate", _RATE, "GAUGE", "DECIMAL", _busy(1024.0)),
    ("data.current.tx", "Transmit data rate", _RATE, "GAUGE", "DECIMAL", _busy(512.0)),
    ("errors.total.rx", "Total received errors", "NONE", "COUNTER", "INTEGER", lambda e, n: 0),
    ("errors.total.tx", "Total transmitted errors", "NONE", "COUNTER", "INTEGER", lambda e, n: 0),
)
DISK: tuple[Statistic, ...] = (
    ("data.current.read", "Read data rate", _RATE, "GAUGE", "DECIMAL", _busy(4096.0)),
    ("data.current.write", "Write data rate", _RATE, "GAUGE", "DECIMAL", _busy(2048.0)),
)
# (owner's element, owner's owner's element or None) -> its statistics
TABLES: dict[tuple[str, str | None], tuple[Statistic, ...]] = {
    ("host", None): HOST,
    ("host_nic", "host"): HOST_NIC,
    ("vm", None): VM,
    ("nic", "vm"): VM_NIC,
    ("disk", "vm"): DISK,
    ("disk", None): DISK,
}


def refresh(engine: Engine, key: Key) -> None:
    """Write the statistics of the entity at `key[:-1]` into the collection at `key` (`.../statistics`)."""
    if len(key) < 3 or key[-1] != "statistics":
        return
    owner = engine.entity_at(key[:-1])
    above = engine.entity_at(key[:-3]) if len(key) > 3 else None
    if owner is None:
        return
    table = TABLES.get((tag(owner), tag(above) if above is not None else None))
    if table is None:
        return
    # a device's figures follow its VM's state; a floating disk is idle
    source = above if above is not None and tag(above) == "vm" else owner
    collection = engine.collection(key)
    for name, description, unit, kind, value_type, value in table:
        identifier = str(uuid.uuid3(uuid.NAMESPACE_URL, f"{owner.get('id')}/{name}"))
        statistic = etree.Element("statistic", id=identifier)
        etree.SubElement(statistic, "name").text = name
        etree.SubElement(statistic, "description").text = description
        values = etree.SubElement(statistic, "values", type=value_type)
        figure = value(engine, source if tag(source) != "host_nic" else owner)
        text = str(int(figure)) if value_type == "INTEGER" else f"{float(figure):g}"
        etree.SubElement(etree.SubElement(values, "value"), "datum").text = text
        etree.SubElement(statistic, "type").text = kind
        etree.SubElement(statistic, "unit").text = unit
        collection.add(identifier, statistic)
