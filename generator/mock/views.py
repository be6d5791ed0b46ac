"""The engine's store and its live views.

Entities are lxml elements kept per concrete collection path (`("vms", "<id>", "nics")`), without the parts a
representation adds (`href`, `<actions>`, `<link>`s). Each collection keeps an index of names
(`store.Collection`), so lookups by name and `name=prefix*` searches do not scan it. A sub-collection of
entities that have a top-level collection is also a live view: it shows the top-level entities that point at
its owner (`datacenters/<id>/clusters` lists every cluster whose `<data_center id>` is that data center,
however it was created).
"""

from __future__ import annotations

import uuid

from . import entities
from .calls import Call, Element, tag
from .faults import not_found
from .routing import Trie, is_placeholder
from .spec import LinkSpec, ResourceSpec, Spec
from .store import Collection

Key = tuple[str, ...]
Elements = list[Element]


class Store:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.router: Trie[LinkSpec] = spec.router
        self.collections: dict[Key, Collection] = {}
        # entity path -> its sub-collections that hold entities, dropped with the entity
        self.nested: dict[Key, list[Key]] = {}
        self.singletons: dict[Key, Element] = {}
        self.writes = 0  # changes made: counted by `changed`
        self.top, self.top_items, self.referenced = spec.top, spec.top_items, spec.referenced
        self.entity_of = {r.parent: r for r in spec.resources.values() if r.kind == "entity"}

    def resource(self, path: Key) -> ResourceSpec | None:
        route = self.router.route(list(path))
        return self.spec.resources.get(route.href) if route else None

    def changed(self) -> None:
        """Something stored has changed, or is about to (a write): representations kept are written again."""
        self.writes += 1

    def put(self, collection: str, element: Element) -> Element:
        """Store `element` (its `id` kept, or a new GUID) in the collection at `collection` (`vms`,
        `storagedomains/<id>/files`) as if it had been created through the API; returns it."""
        self.changed()
        key = tuple(collection.strip("/").split("/"))
        spec = self.resource(key)
        if spec is None or spec.kind != "collection":
            raise KeyError(f"{collection} is not a collection of this API")
        element.set("id", element.get("id") or str(uuid.uuid4()))
        entities.forget_secrets(element)  # the seeds' own element is never a secret
        self.collection(key).add(element.get("id") or "", element)
        return element

    def find(self, collection: str, name: str) -> Element | None:
        found = self.collections.get(tuple(collection.strip("/").split("/")))
        return found.find(name) if found is not None else None

    def items(self, collection: str) -> list[Element]:
        key = tuple(collection.strip("/").split("/"))
        return self.listing(key, self.resource(key))

    def collection(self, key: Key) -> Collection:
        found = self.collections.get(key)
        if found is None:
            found = self.collections[key] = Collection()
            if len(key) > 1:
                self.nested.setdefault(key[:-1], []).append(key)
        return found

    def forget(self, path: Key) -> None:
        """Drop what lives below a deleted entity: its sub-collections, recursively."""
        for key in self.nested.pop(path, []):
            collection = self.collections.pop(key, None)
            for identifier in collection or ():
                self.forget((*key, identifier))
            self.forget(key)

    def renamed(self, element: Element) -> None:
        identifier = element.get("id") or ""
        for collection in self.collections.values():
            if collection.get(identifier) is element:
                collection.renamed(identifier)

    def type_name(self, element: Element) -> str:
        return self.spec.elements.get(tag(element), tag(element))

    def parents_exist(self, call: Call) -> Key:
        """The call's path, after checking that every entity it passes through exists (else 404)."""
        path = tuple(call.path)
        segments = call.link.href.split("/")
        for index, segment in enumerate(segments[:-1]):
            if not is_placeholder(segment):
                continue
            spec = self.spec.resources.get("/".join(segments[:index]))
            if self.member(path[:index], path[index], spec) is None:
                raise not_found("/".join(path[: index + 1]))
        return path

    def entity(self, call: Call) -> Element:
        self.parents_exist(call)
        element = self.entity_at(tuple(call.path))
        if element is None:
            raise not_found("/".join(call.path))
        return element

    def entity_at(self, path: Key) -> Element | None:
        if not path:
            return None
        key = path[:-1]
        return self.member(key, path[-1], self.resource(key) if len(key) > 2 else None)

    def reference(self, element: Element, name: str) -> Element | None:
        """The top-level entity a reference child (`<host id=...>`) points at."""
        identifier = entities.reference_id(element, name)
        top = self.top_items.get(name)
        return self.entity_at((top, identifier)) if identifier and top else None

    def view(self, key: Key, spec: ResourceSpec | None) -> tuple[str, str] | None:
        """For a sub-collection of entities that have a top-level collection (`datacenters/<id>/clusters`),
        the top-level collection and the element by which its entities point at the owner (`data_center`):
        those that do are members, live, besides the ones attached to the sub-collection itself."""
        if len(key) < 3 or spec is None or spec.kind != "collection":
            return None
        top = self.top_items.get(spec.item or "")
        owner = self.spec.resources.get(spec.parent)
        if top is None or owner is None or owner.kind != "entity" or owner.element == spec.item:
            return None
        return top, owner.element

    def member(self, key: Key, identifier: str, spec: ResourceSpec | None) -> Element | None:
        stored = self.collections.get(key)
        found = stored.get(identifier) if stored is not None else None
        view = self.view(key, spec) if found is None else None
        if view is not None:
            candidate = self.entity_at((view[0], identifier))
            if candidate is not None and entities.points_at(candidate, view[1], key[-2]):
                found = candidate
        return found

    def listing(self, key: Key, spec: ResourceSpec | None) -> Elements:
        """The members of a collection: those stored in it, then those a live view adds."""
        stored = self.collections.get(key)
        items = stored.values() if stored is not None else []
        view = self.view(key, spec)
        if view is not None:
            top = self.collections.get((view[0],))
            seen = {item.get("id") for item in items}
            items += [
                item
                for item in (top.values() if top is not None else [])
                if item.get("id") not in seen and entities.points_at(item, view[1], key[-2])
            ]
        return items
