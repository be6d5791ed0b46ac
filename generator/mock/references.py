"""References between entities, and what a body becomes when stored.

References in a body (`<cluster><name>Default</name></cluster>`, `<template id="..."/>`) must name existing
entities (else 400 "Operation Failed", as the engine answers) and are stored by id. A sub-collection POST
naming an existing top-level entity by id, or by name alone, attaches that same element. Names are unique per
type (guide §7.2.2).
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Iterator

from lxml import etree

from . import entities, lifecycle
from .calls import Element, tag
from .faults import bad_request, entity_not_found
from .lifecycle import cannot
from .store import Collection, name_of
from .validation import GENERATED
from .views import Key, Store as Engine

# A name is unique across the entities of its type (guide §7.2.2), within its collection for those that have
# no top-level collection (the NICs of one VM); these are unique within the entity they point at instead.
NAME_SCOPES = {"network": "data_center"}
# An id a client chooses becomes a path segment of every href and of `Location`: letters, digits and a few
# marks that need no escaping in a URL (no `/`, `;`, `..`, blanks or control characters).
CHOSEN_ID = re.compile(r"[A-Za-z0-9_~-]+(\.[A-Za-z0-9_~-]+)*")
CHOSEN_ID_LENGTH = 200


def resolve(engine: Engine, body: Element) -> None:
    """Point the references of a body at existing entities, as the engine does: a reference by name
    gets the entity's id (and, when it was nothing but the name, is stored as `<cluster id=.../>`); a
    reference to an entity that does not exist is a 400 fault."""
    for reference in references(engine, body):
        top = engine.top_items[tag(reference)]
        identifier = reference.get("id") or reference.findtext("id")
        name = reference.findtext("name")
        if identifier:
            if engine.entity_at((top, identifier)) is None:
                raise entity_not_found(engine.type_name(reference), f"id={identifier}")
            continue
        found = engine.find(top, name or "")
        if found is None:
            raise entity_not_found(engine.type_name(reference), f"name={name}")
        reference.set("id", found.get("id") or "")
        if all(child.tag == "name" for child in reference):
            reference[:] = []


def references(engine: Engine, body: Element) -> Iterator[Element]:
    """Children (and grandchildren in wrappers such as `<storage_domains>`) naming an entity of a
    top-level collection by id or name."""
    for child in body:
        for candidate in (child, *child):
            if tag(candidate) in engine.top_items and (
                candidate.get("id") is not None
                or candidate.find("id") is not None
                or candidate.find("name") is not None
            ):
                yield candidate


def attachable(engine: Engine, key: Key, item: str, body: Element) -> Element | None:
    """In a sub-collection, the top-level entity the body names by id, or by name alone."""
    if len(key) == 1 or item not in engine.top_items:
        return None
    top = engine.top_items[item]
    identifier = body.get("id") or body.findtext("id")
    if identifier:
        found = engine.entity_at((top, identifier))
        if found is None:
            raise entity_not_found(engine.spec.elements.get(item, item), f"id={identifier}")
        return found
    name = body.findtext("name")
    if name and all(child.tag in ("name", "id") for child in body):
        return engine.find(top, name)
    return None


def new(engine: Engine, tag: str, body: Element, taken: Collection) -> Element:
    wanted = body.get("id")
    if wanted is not None and (len(wanted) > CHOSEN_ID_LENGTH or not CHOSEN_ID.fullmatch(wanted)):
        raise bad_request(
            "Invalid id",
            f"{wanted!r}: an id holds letters, digits, '_', '~', '-' and single dots between them",
        )
    identifier = wanted if wanted and wanted not in taken else str(uuid.uuid4())
    element = etree.Element(tag, id=identifier)
    merge(element, body)
    state = lifecycle.INITIAL_STATE.get(tag)
    if state and element.find("status") is None:
        entities.set_state(element, state)
    if "creation_time" in engine.spec.declared(tag) and element.find("creation_time") is None:
        etree.SubElement(element, "creation_time").text = entities.now()
    return element


def check_unique(
    engine: Engine, key: Key, entity: Element, verb: str, own: str | None = None
) -> None:
    """409 when another entity of the same type already has the name (guide §7.2.2)."""
    name = entity.findtext("name")
    item = tag(entity) if tag(entity) != "action" else ""
    if not name or not item:
        return
    top = engine.top_items.get(item)
    scope = engine.collections.get((top,) if top else key)
    owner = NAME_SCOPES.get(item)
    for other in scope.named(name) if scope is not None else []:
        if name_of(other) != name or other.get("id") == own:
            continue
        if owner is None or entities.reference_id(other, owner) == entities.reference_id(
            entity, owner
        ):
            raise cannot(
                engine.spec,
                verb,
                item,
                f"The {engine.spec.label(item)} name is already in use, please choose a unique name and "
                "try again.",
            )


def merge(element: Element, body: Element) -> None:
    """Body attributes and children replace the stored ones of the same name; the rest is kept."""
    for attribute, value in body.attrib.items():
        if attribute not in ("id", "href"):
            element.set(attribute, value)
    incoming = [
        entities.forget_secrets(copy.deepcopy(c))
        for c in body
        if tag(c) and tag(c) not in GENERATED and not entities.secret(c)
    ]
    names = {tag(c) for c in incoming}
    for child in [c for c in element if tag(c) in names]:
        element.remove(child)
    for child in incoming:
        element.append(child)
