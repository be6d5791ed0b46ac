"""What the docs say about a type beyond the XSD: the operations that take or return it, the types that refer
to it, and, per field, whether the RSDL makes it mandatory on create or settable on update."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .model import Link, Parameter, Schema


@dataclass
class TypeUsage:
    accepted_by: list[Link] = field(default_factory=list)  # body type
    returned_by: list[Link] = field(default_factory=list)  # response type
    referenced_by: list[tuple[str, str]] = field(default_factory=list)  # (type, element)
    # element name -> notes such as "mandatory on create", in a fixed order
    field_notes: dict[str, list[str]] = field(default_factory=dict)


NOTE_ORDER = ("mandatory on create", "optional on create", "settable on update")


def _top_fields(parameters: list[Parameter]) -> list[tuple[str, bool]]:
    """(element directly under the body root, required) per parameter: `vm.cluster.id|name` -> `cluster`."""
    found = []
    for parameter in parameters:
        steps = [*parameter.path, parameter.alternatives[0]]
        if len(steps) > 1:
            found.append((steps[1], parameter.required))
    return found


def _field_notes(links: list[Link]) -> dict[str, list[str]]:
    notes: dict[str, set[str]] = defaultdict(set)
    for link in links:
        for overload in link.overloads:
            for name, required in _top_fields(overload.parameters):
                if link.rel == "add":
                    notes[name].add("mandatory on create" if required else "optional on create")
                elif link.rel == "update":
                    notes[name].add("settable on update")
    for found in notes.values():
        if "mandatory on create" in found:
            found.discard("optional on create")
    return {name: [n for n in NOTE_ORDER if n in found] for name, found in sorted(notes.items())}


def type_usages(links: list[Link], schema: Schema) -> dict[str, TypeUsage]:
    """A `TypeUsage` for every type and simple type of the schema, computed in one pass over links and types."""
    usages = {name: TypeUsage() for name in [*schema.types, *schema.enums]}
    ordered = sorted(links, key=lambda k: (k.href, k.rel, k.method, k.response or ""))
    for link in ordered:
        if link.body and link.body.type in usages:
            usages[link.body.type].accepted_by.append(link)
        if link.response in usages:
            usages[link.response].returned_by.append(link)
    for type_name in sorted(schema.types):
        for element in schema.types[type_name].elements:
            if element.type in usages:
                usages[element.type].referenced_by.append((type_name, element.name))
        for attribute in schema.types[type_name].attributes:
            if attribute.type in usages:
                usages[attribute.type].referenced_by.append((type_name, "@" + attribute.name))
    for name, usage in usages.items():
        usage.field_notes = _field_notes(usage.accepted_by)
    return usages
