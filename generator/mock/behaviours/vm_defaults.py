"""What a new VM shows that no template carries (guide §3.11, Example 3.13; §15.2, Example 15.1): it may
migrate (`placement_policy`), interleaves its NUMA memory, has no pending next-run configuration, and was last
stopped when it was made (both examples show a never-run VM's `stop_time` beside its `creation_time`: the
engine's new VM records its creation as its last stop; `run_state` moves it when the VM stops)."""

from __future__ import annotations

from lxml import etree

from .. import entities, jsonio
from ..calls import Element, tag
from ..spec import Spec

DEFAULTS = (
    "<placement_policy><affinity>migratable</affinity></placement_policy>",
    "<numa_tune_mode>interleave</numa_tune_mode>",
    "<next_run_configuration_exists>false</next_run_configuration_exists>",
)


def fill(spec: Spec, vm: Element) -> None:
    if tag(vm) != "vm":
        return
    declared = spec.declared("vm")
    for xml in DEFAULTS:
        default = etree.fromstring(xml)
        if tag(default) in declared and vm.find(tag(default)) is None:
            vm.append(default)
    if "stop_time" in declared and vm.find("stop_time") is None:
        etree.SubElement(vm, "stop_time").text = vm.findtext("creation_time") or entities.now()
    jsonio.in_schema_order(spec, vm)
