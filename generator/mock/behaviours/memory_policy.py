"""A VM's guaranteed memory (guide §3.11, Example 3.13): never more than its memory. A VM made from a template
with less memory than the template's guarantee gets its memory as the guarantee; a request that asks for a
guarantee above the memory is refused, as the engine refuses it."""

from __future__ import annotations

from ..calls import Element, tag
from ..lifecycle import cannot
from ..spec import Spec


def fit(spec: Spec, vm: Element, body: Element) -> None:
    if tag(vm) != "vm":
        return
    memory, guaranteed = vm.find("memory"), vm.find("memory_policy/guaranteed")
    if memory is None or guaranteed is None:
        return
    size, floor = _int(memory.text), _int(guaranteed.text)
    if floor <= size:
        return
    if body.find("memory_policy/guaranteed") is not None:
        raise cannot(spec, "add", "vm", "Physical Memory Guaranteed cannot exceed Memory Size.")
    guaranteed.text = str(size)


def _int(text: str | None) -> int:
    try:
        return int(text or "0")
    except ValueError:
        return 0
