"""Template inheritance (guide §3.11): an entity made from a template takes the template's values."""

from __future__ import annotations

import copy

from .. import jsonio
from ..calls import Element, tag
from ..views import Store as Engine

# What an entity made from a template does not take from it (guide §3.11: everything else it does).
NOT_INHERITED = frozenset({"name", "description", "comment", "status", "creation_time", "version"})


def inherit(engine: Engine, element: Element) -> None:
    """An entity made from a template takes the template's values for what its body leaves out (guide
    §3.11: a VM made from `Blank` gets its type, display, CPU topology, OS boot, high availability ...).
    """
    template = engine.reference(element, "template")
    if template is None or tag(template) == tag(element):
        return
    declared = engine.spec.declared(tag(element))
    given = {tag(child) for child in element}
    for child in template:
        name = tag(child)
        if name in declared and name not in given and name not in NOT_INHERITED:
            element.append(copy.deepcopy(child))
        elif (
            name in given and name not in NOT_INHERITED
        ):  # `<os><boot/></os>` keeps Blank's os type
            own = element.find(name)
            for attribute, value in child.attrib.items():
                if own is not None and own.get(attribute) is None:
                    own.set(attribute, value)
    jsonio.in_schema_order(engine.spec, element)
