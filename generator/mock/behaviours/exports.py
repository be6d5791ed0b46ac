"""Export and import through an export storage domain (guide §15.7.11 Example 15.57, §17.4.1 Example 17.7,
§12.6 Examples 12.7, 12.8): an exported VM or template is listed in the domain's `vms` or `templates`, with a
`storage_domain` reference; the engine refuses a second export of the same name unless `exclusive`; importing
it back makes it again in the cluster the action names (refused while one with its id or name exists).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from lxml import etree

from .. import entities, lifecycle, references
from ..calls import Call, Element, tag
from ..faults import Fault
from ..lifecycle import cannot
from ..store import name_of

if TYPE_CHECKING:
    from ..engine import Engine
    from . import Action

# What only a running VM shows, and is not in what an export domain holds.
RUN_STATE = ("host", "display", "status", "start_time", "stop_time")


def act(engine: Engine, action: Action) -> None:
    """A VM's or template's `export` (to an export domain) or, on an export domain's VM or template, `import`
    (back into a cluster)."""
    call, target = action.call, action.target
    assert target is not None  # behaviours run on an entity's actions
    body = call.body if call.body is not None else etree.Element("action")
    # an import's `<vm><name>` (`<template>`) is the name of what it makes (Example 12.9), not a reference
    described = [c for c in body if c.tag == tag(target)] if call.link.rel == "import" else []
    for child in described:
        body.remove(child)
    references.resolve(engine, body)
    body.extend(described)
    if call.link.rel == "export":
        _export(engine, target, body)
    else:
        _import(engine, call, target, body)


def _export(engine: Engine, vm: Element, body: Element) -> None:
    domain = engine.reference(body, "storage_domain")
    if domain is None:
        # The RSDL marks the domain optional, the engine does not: its VM resource's `export` first runs
        # `validateParameters(action, "storageDomain.id|name")`, a 400 before anything is done.
        raise Fault(
            400, "Incomplete parameters", "Action [storage_domain.id|name] required for export"
        )
    kind = engine.top_items[tag(vm)]  # `vms` or `templates`, in the domain as at the top
    vms = engine.collection((engine.top_items["storage_domain"], domain.get("id") or "", kind))
    there = next((v for v in vms.values() if name_of(v) == name_of(vm)), None)
    if there is not None and (body.findtext("exclusive") or "").lower() != "true":
        label = engine.spec.label(tag(vm))
        raise cannot(
            engine.spec,
            "export",
            tag(vm),
            f"{'VM' if tag(vm) == 'vm' else label} with the same name already exists in the export "
            "domain.",
        )
    if there is not None:
        vms.remove(there.get("id") or "")
    copied = copy.deepcopy(vm)
    for name in RUN_STATE:
        for child in copied.findall(name):
            copied.remove(child)
    etree.SubElement(copied, "storage_domain", id=domain.get("id") or "")
    vms.add(copied.get("id") or "", copied)


def _import(engine: Engine, call: Call, exported: Element, body: Element) -> None:
    top = engine.top_items[tag(exported)]
    renamed = body.findtext(f"{tag(exported)}/name")
    clone = (body.findtext("clone") or "").lower() == "true"
    vm = copy.deepcopy(exported)
    for child in vm.findall("storage_domain"):
        vm.remove(child)
    if renamed:
        vm.find("name").text = renamed  # type: ignore[union-attr]  # an exported VM has its name
    if clone:
        vm.set("id", "")
    elif engine.entity_at((top, vm.get("id") or "")) is not None:
        raise cannot(
            engine.spec, "import", tag(vm), f"{engine.spec.label(tag(vm))} already exists."
        )
    cluster = body.find("cluster")
    if cluster is not None and cluster.get("id"):
        for child in vm.findall("cluster"):
            vm.remove(child)
        etree.SubElement(vm, "cluster", id=cluster.get("id") or "")
    references.check_unique(engine, (top,), vm, "import")
    entities.set_state(
        vm, lifecycle.INITIAL_STATE.get(tag(vm), "down" if tag(vm) == "vm" else "ok")
    )
    engine.put(top, vm)
