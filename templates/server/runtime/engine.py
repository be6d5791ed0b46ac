"""The default implementation of every link: an in-memory engine.

Entities are lxml elements kept per concrete collection path (`("vms", "<id>", "nics")`), without the parts a
representation adds (`href`, `<actions>`, `<link>`s), which are written on the way out from the RSDL's resource
tree. A sub-collection POST naming an existing top-level entity by id, or by name alone, attaches that same
element (so activating a storage domain in a data center is seen everywhere); an entity created in a
sub-collection of a type that has a top-level collection is listed there too.

The engine is used from one event loop and never awaits while changing the store, so concurrent requests
cannot lose or duplicate writes.
"""

from __future__ import annotations

import copy
import itertools
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone

from lxml import etree

from . import search
from .calls import Call, Element, Reply, tag
from .faults import Fault, bad_request, not_found
from .metadata import ResourceSpec
from .routing import Router
from .settings import Settings
from .spec import PRODUCT, RESOURCES
from .validation import GENERATED, check_immutable

Key = tuple[str, ...]

# Created asynchronously unless the client sends `Expect: 201-created` (guide §7.3.11).
ASYNC_CREATION = frozenset({"vm", "disk", "snapshot", "template"})
INITIAL_STATE = {"vm": "down", "host": "up", "disk": "ok", "storage_domain": "unattached"}
ACTION_STATE = {
    "start": "up",
    "stop": "down",
    "shutdown": "down",
    "reboot": "up",
    "suspend": "suspended",
    "activate": "active",
    "deactivate": "inactive",
}
ACTION_STATE_BY_ELEMENT = {
    ("host", "activate"): "up",
    ("host", "deactivate"): "maintenance",
    ("storage_domain", "deactivate"): "maintenance",
}
PAST = {
    "start": "started",
    "stop": "stopped",
    "shutdown": "shut down",
    "reboot": "rebooted",
    "suspend": "suspended",
    "activate": "activated",
    "deactivate": "deactivated",
}
SUMMARY = {"vms": "vms", "hosts": "hosts", "users": "users", "storagedomains": "storage_domains"}
ACTIVE = frozenset({"up", "active"})


def _state(element: Element) -> str | None:
    return element.findtext("status/state")


def _set_state(element: Element, state: str) -> None:
    status = element.find("status")
    if status is None:
        status = etree.SubElement(element, "status")
    holder = status.find("state")
    if holder is None:
        holder = etree.SubElement(status, "state")
    holder.text = state


def _name(element: Element) -> str:
    return element.findtext("name") or element.get("id") or ""


class Engine:
    def __init__(self, settings: Settings, router: Router) -> None:
        self.settings = settings
        self.router = router
        self.collections: dict[Key, dict[str, Element]] = {}
        self.singletons: dict[Key, Element] = {}
        self.tasks: dict[Key, Element] = {}  # async actions and creations, by their polling path
        self.event_ids = itertools.count(1)
        # `vm` -> `vms`: where a reference element (`<cluster id=...>`) points.
        self.top = [r for r in RESOURCES.values() if r.kind == "collection" and "/" not in r.href]
        self.top_items = {r.item: r.href for r in self.top if r.item}
        self.entity_of = {r.parent: r for r in RESOURCES.values() if r.kind == "entity"}

    # --- the store, for seeding and for tests -----------------------------------------------------------

    def resource(self, path: Key) -> ResourceSpec | None:
        route = self.router.route(list(path))
        return RESOURCES.get(route.href) if route else None

    def put(self, collection: str, element: Element) -> Element:
        """Store `element` (its `id` kept, or a new GUID) in the collection at `collection` (`vms`,
        `storagedomains/<id>/files`) as if it had been created through the API; returns it."""
        key = tuple(collection.strip("/").split("/"))
        spec = self.resource(key)
        if spec is None or spec.kind != "collection":
            raise KeyError(f"{collection} is not a collection of this API")
        element.set("id", element.get("id") or str(uuid.uuid4()))
        self.collections.setdefault(key, {})[element.get("id") or ""] = element
        return element

    def find(self, collection: str, name: str) -> Element | None:
        key = tuple(collection.strip("/").split("/"))
        items = self.collections.get(key, {}).values()
        exact = next((e for e in items if _name(e) == name), None)
        if exact is not None:
            return exact
        return next((e for e in items if _name(e).lower() == name.lower()), None)

    def items(self, collection: str) -> list[Element]:
        return list(self.collections.get(tuple(collection.strip("/").split("/")), {}).values())

    # --- dispatch -----------------------------------------------------------------------------------------

    def handle(self, call: Call) -> Reply:
        kind, method = call.link.kind, call.link.method
        if method == "GET":
            return self.list(call) if kind == "collection" else self.get(call)
        if method == "POST":
            return self.add(call) if kind == "collection" else self.act(call)
        if method == "PUT":
            return self.update(call)
        if method == "DELETE":
            return self.delete(call)
        raise Fault(405, "Method Not Allowed", f"{method} is not served by the mock engine")

    def list(self, call: Call) -> Reply:
        spec = RESOURCES[call.link.href]
        key = self._parents_exist(call)
        items = list(self.collections.get(key, {}).values())
        text = call.query.get("search")
        query = search.parse(text) if text else search.Query()
        if query.criteria or query.sortby or query.page:
            sensitive = call.matrix.get("case_sensitive", call.matrix.get("case-sensitive", "true"))
            items = search.apply(
                items, query, sensitive.lower() != "false", self.settings.page_size
            )
        if spec.item == "event" and not query.sortby:
            items.reverse()  # newest first, as the engine lists them
        limit = _int(call.matrix.get("max"), "max")
        if limit is not None and limit >= 0:
            items = items[:limit]
        wrapper = etree.Element(spec.element)
        entity = self.entity_of.get(spec.href)
        for item in items:
            wrapper.append(self.represent(call, (*key, item.get("id") or ""), item, entity))
        return Reply(200, wrapper)

    def get(self, call: Call) -> Reply:
        if call.link.kind == "entity":
            element = self._entity(call)
            return Reply(200, self.represent(call, tuple(call.path), element))
        key = self._parents_exist(call)
        stored = self.singletons.get(key)
        element = stored if stored is not None else etree.Element(RESOURCES[call.link.href].element)
        return Reply(200, self.represent(call, key, element))

    def add(self, call: Call) -> Reply:
        spec = RESOURCES[call.link.href]
        key = self._parents_exist(call)
        item = spec.item or "item"
        body = call.body if call.body is not None else etree.Element(item)
        collection = self.collections.setdefault(key, {})
        element = self._attachable(key, item, body)
        attached = element is not None
        if element is None:
            element = self._new(item, body, taken=collection)
            if len(key) > 1 and item in self.top_items:
                self.collections.setdefault((self.top_items[item],), {})[
                    element.get("id") or ""
                ] = element
        identifier = element.get("id") or ""
        collection[identifier] = element
        path = (*key, identifier)
        self._event(call, element, "attached" if attached else "added", path)
        representation = self.represent(call, path, element)
        location = {"Location": call.href(*path)}
        expect = call.headers.get("expect", "") + call.headers.get("x-ovirt-expect", "")
        if attached or "201-created" in expect or item not in ASYNC_CREATION:
            return Reply(201, representation, location)
        status = self._task((*path, "creation_status"), "creation", call)
        creation = etree.SubElement(representation, "creation_status")
        etree.SubElement(creation, "state").text = "pending"
        etree.SubElement(representation, "link", rel="creation_status", href=status.get("href", ""))
        return Reply(202, representation, location)

    def update(self, call: Call) -> Reply:
        if call.link.kind == "entity":
            element = self._entity(call)
        else:
            key = self._parents_exist(call)
            element = self.singletons.setdefault(
                key, etree.Element(RESOURCES[call.link.href].element)
            )
        body = call.body
        if body is not None:
            if call.link.body is not None:
                check_immutable(call.link.body, body, element)
            self._merge(element, body)
        self._event(call, element, "updated", tuple(call.path))
        return Reply(200, self.represent(call, tuple(call.path), element))

    def delete(self, call: Call) -> Reply:
        key, identifier = tuple(call.path[:-1]), call.path[-1]
        element = self._entity(call)
        del self.collections[key][identifier]
        path = (*key, identifier)
        for store in (self.collections, self.tasks):
            for stale in [k for k in store if k[: len(path)] == path]:
                del store[stale]
        if len(key) == 1:  # a top-level entity leaves every collection it was attached to
            for items in self.collections.values():
                if items.get(identifier) is element:
                    del items[identifier]
        self._event(call, element, "removed", path)
        return Reply(200)

    def act(self, call: Call) -> Reply:
        self._parents_exist(call)
        path = tuple(call.path)
        parent = self.resource(path[:-1])
        target = self._entity_at(path[:-1]) if parent and parent.kind == "entity" else None
        if parent is not None and parent.kind == "entity" and target is None:
            raise not_found("/".join(path[:-1]))
        rel = call.link.rel
        if target is not None:
            state = ACTION_STATE_BY_ELEMENT.get((tag(target), rel)) or ACTION_STATE.get(rel)
            if state:
                _set_state(target, state)
            self._event(call, target, PAST.get(rel, f"the target of {rel!r}"), path[:-1])
        body = call.body
        is_async = body is not None and (body.findtext("async") or "").lower() == "true"
        action = self._task(path, "action", call, body)
        etree.SubElement(action, "link", rel="parent", href=call.href(*path[:-1]))
        etree.SubElement(action, "link", rel="replay", href=call.href(*path))
        if is_async:
            return Reply(202, copy.deepcopy(action))
        del self.tasks[(*path, action.get("id") or "")]
        _set_state(action, "complete")
        return Reply(200, action)

    def poll(self, path: Key) -> Element | None:
        """A GET on an async action or creation (`vms/<id>/start/<task id>`): complete once polled."""
        task = self.tasks.get(path)
        if task is None:
            return None
        _set_state(task, "complete")
        return copy.deepcopy(task)

    # --- representations -----------------------------------------------------------------------------------

    def represent(
        self, call: Call, path: Key, element: Element, spec: ResourceSpec | None = None
    ) -> Element:
        spec = spec or self.resource(path)
        out = copy.deepcopy(element)
        href = call.href(*path)
        out.set("href", href)
        if spec is None or spec.kind != "entity":
            return out
        position = sum(1 for child in out if child.tag in ("name", "description", "comment"))
        if spec.actions:
            actions = etree.Element("actions")
            for rel in spec.actions:
                etree.SubElement(actions, "link", rel=rel, href=f"{href}/{rel}")
            out.insert(position, actions)
            position += 1
        for rel in spec.links:
            out.insert(position, etree.Element("link", rel=rel, href=f"{href}/{rel}"))
            position += 1
        owner = RESOURCES.get(RESOURCES[spec.parent].parent) if spec.parent in RESOURCES else None
        if owner is not None and owner.kind == "entity" and out.find(owner.element) is None:
            etree.SubElement(out, owner.element, id=path[-3], href=call.href(*path[:-2]))
        for child in out:
            for reference in (child, *child):
                top = self.top_items.get(tag(reference))
                identifier = reference.get("id")
                if top and identifier and reference.get("href") is None:
                    reference.set("href", call.href(top, identifier))
        return out

    def entry_point(self, base: str) -> Element:
        """The `<api>` element of guide §3.1 / chapter 4: collection links (with `collection/search`
        templates), special objects, product information and the summary."""
        api = etree.Element("api")
        for collection in self.top:
            name = collection.href
            etree.SubElement(api, "link", rel=name, href=f"{base}/{name}")
            if collection.searchable:
                etree.SubElement(
                    api, "link", rel=f"{name}/search", href=f"{base}/{name}?search={{query}}"
                )
        special = etree.SubElement(api, "special_objects")
        for rel, holder in (("templates/blank", "templates"), ("tags/root", "tags")):
            if (holder,) in self.collections:
                etree.SubElement(special, "link", rel=rel, href=f"{base}/{holder}/{ZERO}")
        info = etree.SubElement(api, "product_info")
        etree.SubElement(info, "name").text = PRODUCT["name"]
        etree.SubElement(info, "vendor").text = PRODUCT["vendor"]
        version = etree.SubElement(info, "version")
        for part in ("major", "minor", "build", "revision"):
            if PRODUCT.get(part):
                version.set(part, PRODUCT[part])
        summary = etree.SubElement(api, "summary")
        for name, element in SUMMARY.items():
            if name in RESOURCES:
                items = self.items(name)
                counts = etree.SubElement(summary, element)
                etree.SubElement(counts, "total").text = str(len(items))
                active = sum(1 for e in items if _state(e) in ACTIVE or name == "users")
                etree.SubElement(counts, "active").text = str(active)
        etree.SubElement(api, "time").text = datetime.now(timezone.utc).isoformat()
        return api

    # --- events ------------------------------------------------------------------------------------------

    def record(self, description: str, user: str, subject: Element | None = None) -> None:
        """Append an event to the `events` collection (when the API has one)."""
        if "events" not in RESOURCES or (subject is not None and tag(subject) == "event"):
            return
        event = etree.Element("event", id=str(next(self.event_ids)))
        etree.SubElement(event, "description").text = description
        etree.SubElement(event, "code").text = "0"
        etree.SubElement(event, "severity").text = "normal"
        etree.SubElement(event, "time").text = datetime.now(timezone.utc).isoformat()
        account = self.find("users", user.split("@")[0])
        if account is not None:
            etree.SubElement(event, "user", id=account.get("id") or "")
        if subject is not None and tag(subject) in self.top_items and subject.get("id"):
            etree.SubElement(event, tag(subject), id=subject.get("id") or "")
        self.collections.setdefault(("events",), {})[event.get("id") or ""] = event

    def _event(self, call: Call, element: Element, verb: str, path: Key) -> None:
        label = tag(element).replace("_", " ")
        where = f" in {'/'.join(path[:-2])}" if len(path) > 2 else ""
        who = call.user.split("@")[0]
        self.record(f"{label} {_name(element)}{where} was {verb} by {who}.", call.user, element)

    # --- helpers -------------------------------------------------------------------------------------------

    def _parents_exist(self, call: Call) -> Key:
        """The call's path, after checking that every entity it passes through exists (else 404)."""
        path = tuple(call.path)
        for index, segment in enumerate(call.link.href.split("/")[:-1]):
            if segment.startswith("{") and path[index] not in self.collections.get(
                path[:index], {}
            ):
                raise not_found("/".join(path[: index + 1]))
        return path

    def _entity(self, call: Call) -> Element:
        self._parents_exist(call)
        element = self._entity_at(tuple(call.path))
        if element is None:
            raise not_found("/".join(call.path))
        return element

    def _entity_at(self, path: Key) -> Element | None:
        return self.collections.get(path[:-1], {}).get(path[-1]) if path else None

    def _attachable(self, key: Key, item: str, body: Element) -> Element | None:
        """In a sub-collection, the top-level entity the body names by id, or by name alone."""
        if len(key) == 1 or item not in self.top_items:
            return None
        top = self.top_items[item]
        identifier = body.get("id") or body.findtext("id")
        if identifier:
            return self.collections.get((top,), {}).get(identifier)
        name = body.findtext("name")
        if name and all(child.tag in ("name", "id") for child in body):
            return self.find(top, name)
        return None

    def _new(self, tag: str, body: Element, taken: dict[str, Element]) -> Element:
        wanted = body.get("id")
        identifier = wanted if wanted and wanted not in taken else str(uuid.uuid4())
        element = etree.Element(tag, id=identifier)
        self._merge(element, body)
        state = INITIAL_STATE.get(tag)
        if state and element.find("status") is None:
            _set_state(element, state)
        return element

    def _merge(self, element: Element, body: Element) -> None:
        """Body attributes and children replace the stored ones of the same name; the rest is kept."""
        for attribute, value in body.attrib.items():
            if attribute not in ("id", "href"):
                element.set(attribute, value)
        incoming = [c for c in body if tag(c) and tag(c) not in GENERATED]
        names = {tag(c) for c in incoming}
        for child in [c for c in element if tag(c) in names]:
            element.remove(child)
        for child in incoming:
            element.append(copy.deepcopy(child))
        for reference in self._references(element):
            name = reference.findtext("name")
            found = self.find(self.top_items[tag(reference)], name) if name else None
            if found is not None:
                reference.set("id", found.get("id") or "")

    def _references(self, element: Element) -> Iterator[Element]:
        """Children (and grandchildren in wrappers such as `<storage_domains>`) that name an entity."""
        for child in element:
            for candidate in (child, *child):
                if tag(candidate) in self.top_items and candidate.get("id") is None:
                    yield candidate

    def _task(self, path: Key, tag: str, call: Call, body: Element | None = None) -> Element:
        identifier = str(uuid.uuid4())
        task = etree.Element(tag, id=identifier, href=call.href(*path, identifier))
        if body is not None:
            for child in body:
                task.append(copy.deepcopy(child))
        _set_state(task, "pending")
        self.tasks[(*path, identifier)] = task
        return task


ZERO = "00000000-0000-0000-0000-000000000000"


def _int(text: str | None, name: str) -> int | None:
    if text is None or text == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise bad_request("Invalid value", f"{name}={text!r} is not an integer") from None
