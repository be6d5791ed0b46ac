"""Representations as written on the wire, kept per entity and reused while nothing they show has changed.

Writing entities is what a read costs: a 50-VM list copied, linked and serialized fifty VMs per request. Each
entity's XML (alone, or as an item of a collection) and JSON is kept by its path, the API root the client
used, its resource and the request headers it shows more by (`representation.VARY`), and reused while the
same stored element is at that path and the engine is at the same `generation`: no request other than a
GET, no entity put, no intermediate state ended by the clock since. So a representation may also show what
follows from other entities (a host's VMs, statistics that follow a state). Code that changes a stored
element outside a request (a test holding it) calls `Engine.changed()`.
(Comparing each element's serialized form instead cost three quarters of a cached 50-VM list.)
Reads of a collection then cost what the entities returned cost, not the collection: `max` is applied before
anything is written. The answers (`EntityAnswer`, `ListAnswer`) build elements only when a handler reads its
reply's `element`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from . import jsonio, representation, xmlio
from .calls import Call, Element
from .spec import ResourceSpec

if TYPE_CHECKING:
    from .engine import Engine
    from .views import Key

LIMIT = (
    100_000  # entries kept; past it the cache starts again (deleted entities leave theirs behind)
)
ALONE, ITEM, JSON = "alone", "item", "json"  # the forms an entity is written in


@dataclass
class _Entry:
    element: Element  # the stored element written
    generation: object  # the engine's, when written
    forms: dict[str, bytes]


class Written:
    def __init__(self) -> None:
        self.entries: dict[tuple[Key, str, str, tuple[str, ...]], _Entry] = {}

    def entity(
        self,
        engine: Engine,
        call: Call,
        path: Key,
        element: Element,
        spec: ResourceSpec | None,
        form: str,
    ) -> bytes:
        """The representation of `element` at `path`, in `form` (XML `ALONE` with no declaration, XML as an
        `ITEM` of a collection, or `JSON` text)."""
        variant = tuple(call.headers.get(name, "") for name in representation.VARY)
        key = (path, call.base, spec.href if spec is not None else "", variant)
        entry = self.entries.get(key)
        if entry is None or entry.element is not element or entry.generation != engine.generation:
            if len(self.entries) >= LIMIT:
                self.entries.clear()
            entry = self.entries[key] = _Entry(element, engine.generation, {})
        data = entry.forms.get(form)
        if data is None:
            shown = representation.represent(engine, call, path, element, spec)
            if form == ALONE:
                data = etree.tostring(shown, encoding="UTF-8", pretty_print=True)
            elif form == ITEM:
                data = xmlio.item(shown)
            else:
                data = jsonio.text(shown, engine.spec).encode()
            entry.forms[form] = data
        return data


class EntityAnswer:
    """An entity (`Engine.get`)."""

    def __init__(
        self, engine: Engine, call: Call, path: Key, element: Element, spec: ResourceSpec | None
    ) -> None:
        self.engine, self.call, self.path, self.stored, self.spec = (
            engine,
            call,
            path,
            element,
            spec,
        )

    def element(self) -> Element:
        return representation.represent(self.engine, self.call, self.path, self.stored, self.spec)

    def write(self, media: str) -> bytes:
        form = JSON if media == jsonio.JSON else ALONE
        data = self.engine.written.entity(
            self.engine, self.call, self.path, self.stored, self.spec, form
        )
        return data if form == JSON else xmlio.DECLARATION + data


class ListAnswer:
    """A collection (`Engine.list`): `wrapper` with its own children (collection-level actions), then
    `items` below `key`, each an entity of resource `spec`."""

    def __init__(
        self,
        engine: Engine,
        call: Call,
        wrapper: Element,
        key: Key,
        items: list[Element],
        spec: ResourceSpec | None,
    ) -> None:
        self.engine, self.call, self.wrapper, self.key = engine, call, wrapper, key
        self.items, self.spec = items, spec

    def element(self) -> Element:
        for item in self.items:
            self.wrapper.append(
                representation.represent(
                    self.engine, self.call, (*self.key, item.get("id") or ""), item, self.spec
                )
            )
        return self.wrapper

    def write(self, media: str) -> bytes:
        form = JSON if media == jsonio.JSON else ITEM
        written = [
            self.engine.written.entity(
                self.engine, self.call, (*self.key, item.get("id") or ""), item, self.spec, form
            )
            for item in self.items
        ]
        if form == ITEM:
            return xmlio.collection(self.wrapper, written)
        tag = self.items[0].tag if self.items else ""
        return jsonio.collection(self.wrapper, str(tag), written, self.engine.spec)
