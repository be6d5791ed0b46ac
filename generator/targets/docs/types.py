"""What the docs say about a type beyond the XSD: the operations that take or return it, the types that refer
to it, and, per field, whether the RSDL makes it mandatory on create or settable on update."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ...model.declarations import Link, Parameter, ParameterSet, Schema


@dataclass
class TypeUsage:
    accepted_by: list[Link] = field(default_factory=list)  # body type
    returned_by: list[Link] = field(default_factory=list)  # response type
    referenced_by: list[tuple[str, str]] = field(default_factory=list)  # (type, element)
    # element name -> notes such as "mandatory on create", in a fixed order
    field_notes: dict[str, list[str]] = field(default_factory=dict)


NOTE_ORDER = (
    "mandatory on create",
    "mandatory on create in some signatures",
    "optional on create",
    "settable on update",
    "deprecated",
)


def _top_fields(parameters: list[Parameter]) -> dict[str, tuple[bool, bool]]:
    """Element directly under the body root -> (required, deprecated) of the parameters that set it:
    `vm.cluster.id|name` sets `cluster`."""
    found: dict[str, tuple[bool, bool]] = {}
    for parameter in parameters:
        steps = [*parameter.path, parameter.alternatives[0]]
        if len(steps) > 1:
            required, deprecated = found.get(steps[1], (False, True))
            found[steps[1]] = (required or parameter.required, deprecated and parameter.deprecated)
    return found


def _notes_of(link: Link, overloads: list[ParameterSet], notes: dict[str, set[str]]) -> set[str]:
    """Add the notes `overloads` of `link` give each field; returns the fields they name. A field is mandatory
    on create when every one of them requires it, and deprecated when every parameter naming it is.
    """
    fields = [_top_fields(o.parameters) for o in overloads]
    names = {name for found in fields for name in found}
    for name in names:
        if link.rel == "add":
            required = [found[name][0] if name in found else False for found in fields]
            if all(required):
                notes[name].add("mandatory on create")
            elif any(required):
                notes[name].add("mandatory on create in some signatures")
            else:
                notes[name].add("optional on create")
        elif link.rel == "update":
            notes[name].add("settable on update")
        if all(found[name][1] for found in fields if name in found):
            notes[name].add("deprecated")
    return names


def _field_notes(links: list[Link]) -> dict[str, list[str]]:
    """Notes per field. Deprecated signatures speak only for fields no current signature names, and mark them
    deprecated."""
    notes: dict[str, set[str]] = defaultdict(set)
    for link in links:
        current = _notes_of(link, [o for o in link.overloads if not o.deprecated], notes)
        old: dict[str, set[str]] = defaultdict(set)
        _notes_of(link, [o for o in link.overloads if o.deprecated], old)
        for name in old.keys() - current:
            notes[name] |= old[name] | {"deprecated"}
    for found in notes.values():
        if "mandatory on create" in found:
            found -= {"mandatory on create in some signatures", "optional on create"}
        elif "mandatory on create in some signatures" in found:
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
    for usage in usages.values():
        usage.field_notes = _field_notes(usage.accepted_by)
    return usages
