"""The default implementation of every link: an in-memory engine.

Entities are lxml elements kept per concrete collection path (`("vms", "<id>", "nics")`), without the parts a
representation adds (`href`, `<actions>`, `<link>`s), which are written on the way out from the RSDL's resource
tree. A sub-collection POST naming an existing top-level entity by id, or by name alone, attaches that same
element (so activating a storage domain in a data center is seen everywhere); an entity created in a
sub-collection of a type that has a top-level collection is listed there too. Such a sub-collection is also a
live view: it shows the top-level entities that point at its owner (`datacenters/<id>/clusters` lists every
cluster whose `<data_center id>` is that data center, however it was created).

References in a body (`<cluster><name>Default</name></cluster>`, `<template id="..."/>`) must name existing
entities (else 400 "Operation Failed", as the engine answers) and are stored by id. Each collection keeps an
index of names (`store.Collection`), so lookups by name and `name=prefix*` searches do not scan it.

The engine is used from one event loop and never awaits while changing the store, so concurrent requests
cannot lose or duplicate writes.
"""

from __future__ import annotations

import copy
import html
import itertools
import re
import secrets
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone

from lxml import etree

from . import audit, jsonio, lifecycle, search, seed
from .calls import Call, Element, Reply, tag
from .faults import Fault, bad_request, entity_not_found, not_found
from .lifecycle import cannot
from .routing import Router, is_placeholder
from .settings import Settings
from .store import Collection, name_of
from .spec import ResourceSpec, Spec
from .seed import ZERO
from .validation import GENERATED, check_immutable

Key = tuple[str, ...]
Elements = list[Element]  # `list` inside `Engine` is its method

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
HREF = "{href}"  # stands for an entity's href in `Engine._links`
# A name is unique across the entities of its type (guide §7.2.2), within its collection for those that have
# no top-level collection (the NICs of one VM); these are unique within the entity they point at instead.
NAME_SCOPES = {"network": "data_center"}
# What an entity made from a template does not take from it (guide §3.11: everything else it does).
NOT_INHERITED = frozenset({"name", "description", "comment", "status", "creation_time", "version"})
TICKET_EXPIRY = "120"  # minutes, when the ticket action names none (guide §15.7.12)
FIRST_DISPLAY_PORT = 5900
# An id a client chooses becomes a path segment of every href and of `Location`: letters, digits and a few
# marks that need no escaping in a URL (no `/`, `;`, `..`, blanks or control characters).
CHOSEN_ID = re.compile(r"[A-Za-z0-9_~-]+(\.[A-Za-z0-9_~-]+)*")


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


class Engine:
    def __init__(self, spec: Spec, settings: Settings | None = None) -> None:
        self.spec = spec
        self.settings = settings or Settings()
        self.router = Router(spec.links)
        self.collections: dict[Key, Collection] = {}
        # entity path -> its sub-collections that hold entities, dropped with the entity
        self.nested: dict[Key, list[Key]] = {}
        self.singletons: dict[Key, Element] = {}
        self.tasks: dict[Key, Element] = {}  # async actions and creations, by their polling path
        self.task_paths: dict[Key, list[Key]] = {}  # the path of what a task acts on -> its tasks
        self.event_ids = itertools.count(1)
        # `vm` -> `vms`: where a reference element (`<cluster id=...>`) points.
        self.top = [
            r for r in self.spec.resources.values() if r.kind == "collection" and "/" not in r.href
        ]
        self.top_items = {r.item: r.href for r in self.top if r.item}
        self.entity_of = {r.parent: r for r in self.spec.resources.values() if r.kind == "entity"}
        self.link_templates: dict[str, str] = {}
        self.version = _version(self.settings.product_version, spec.product)
        self.display_ports = itertools.count(FIRST_DISPLAY_PORT, 2)  # a port and its secure port
        seed.seed(self)  # what a freshly installed engine has
        for fixture in self.settings.seed:
            seed.load(self, fixture)

    # --- the store, for seeding and for tests -----------------------------------------------------------

    def resource(self, path: Key) -> ResourceSpec | None:
        route = self.router.route(list(path))
        return self.spec.resources.get(route.href) if route else None

    def put(self, collection: str, element: Element) -> Element:
        """Store `element` (its `id` kept, or a new GUID) in the collection at `collection` (`vms`,
        `storagedomains/<id>/files`) as if it had been created through the API; returns it."""
        key = tuple(collection.strip("/").split("/"))
        spec = self.resource(key)
        if spec is None or spec.kind != "collection":
            raise KeyError(f"{collection} is not a collection of this API")
        element.set("id", element.get("id") or str(uuid.uuid4()))
        _forget_secrets(element)  # the seeds' own element is never a secret
        self._collection(key).add(element.get("id") or "", element)
        return element

    def create(self, key: Key, item: str, body: Element) -> Element:
        """A new entity in the collection at `key`, as the engine makes it from a body whose references
        are resolved: its name checked, its template's values and its initial state applied. It is
        also listed in the top-level collection of its type."""
        self._resolve(body)
        collection = self._collection(key)
        element = self._new(item, body, taken=collection)
        self._check_unique(key, element, "add")
        self._inherit(element)
        if len(key) > 1 and item in self.top_items:
            self._collection((self.top_items[item],)).add(element.get("id") or "", element)
        collection.add(element.get("id") or "", element)
        return element

    def find(self, collection: str, name: str) -> Element | None:
        found = self.collections.get(tuple(collection.strip("/").split("/")))
        return found.find(name) if found is not None else None

    def items(self, collection: str) -> list[Element]:
        key = tuple(collection.strip("/").split("/"))
        return self._listing(key, self.resource(key))

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
        spec = self.spec.resources[call.link.href]
        key = self._parents_exist(call)
        text = call.query.get("search")
        query = search.parse(text) if text else search.Query()
        if self._view(key, spec) is None:
            items = _candidates(self.collections.get(key), query)
        else:
            items = self._listing(key, spec)
        limit = _int(call.matrix.get("max"), "max")
        if query.criteria or query.sortby or query.page:
            sensitive = call.matrix.get("case_sensitive", call.matrix.get("case-sensitive", "true"))
            # `page N` cuts pages of `max` results when it is given, else of the configured size (§7.3.9)
            page_size = limit if limit is not None and limit > 0 else self.settings.page_size
            items = search.apply(items, query, sensitive.lower() != "false", page_size)
        if spec.item == "event" and not query.sortby:
            items.reverse()  # newest first, as the engine lists them
        if limit is not None and limit >= 0:
            items = items[:limit]
        wrapper = etree.Element(spec.element)
        # Collection-level actions (`hosts/{id}/nics/setupnetworks`) come first, as the XSD orders them.
        if spec.actions:
            actions = etree.SubElement(wrapper, "actions")
            for rel in spec.actions:
                etree.SubElement(actions, "link", rel=rel, href=call.href(*key, rel))
        entity = self.entity_of.get(spec.href)
        for item in items:
            wrapper.append(self.represent(call, (*key, item.get("id") or ""), item, entity))
        return Reply(200, wrapper)

    def get(self, call: Call) -> Reply:
        if call.link.kind == "entity":
            element = self._entity(call)
            spec = self.spec.resources[call.link.href]
            return Reply(200, self.represent(call, tuple(call.path), element, spec))
        key = self._parents_exist(call)
        stored = self.singletons.get(key)
        element = (
            stored
            if stored is not None
            else etree.Element(self.spec.resources[call.link.href].element)
        )
        return Reply(200, self.represent(call, key, element))

    def add(self, call: Call) -> Reply:
        spec = self.spec.resources[call.link.href]
        key = self._parents_exist(call)
        item = spec.item or "item"
        body = call.body if call.body is not None else etree.Element(item)
        self._resolve(body)
        collection = self._collection(key)
        element = self._attachable(key, item, body)
        attached = element is not None
        if element is not None:
            if (element.get("id") or "") in collection:
                where = self.spec.label(self.spec.resources[spec.parent].element)
                raise cannot(
                    self.spec,
                    "attach",
                    item,
                    f"{self.spec.label(item)} is already attached to the {where}.",
                )
            if item in lifecycle.ATTACHED_STATE:
                _set_state(element, lifecycle.ATTACHED_STATE[item])
        else:
            element = self.create(key, item, body)
        identifier = element.get("id") or ""
        collection.add(identifier, element)
        path = (*key, identifier)
        self._event(call, element, "attached" if attached else "added", path)
        representation = self.represent(call, path, element, self.entity_of.get(spec.href))
        location = {"Location": call.href(*path)}
        expect = call.headers.get("expect", "") + call.headers.get("x-ovirt-expect", "")
        # created asynchronously unless the client sends `Expect: 201-created` (guide §7.3.11)
        if attached or "201-created" in expect or not spec.created_async:
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
                key, etree.Element(self.spec.resources[call.link.href].element)
            )
        body = call.body
        if body is not None:
            self._resolve(body)
            if call.link.body is not None:
                check_immutable(call.link.body, body, element)
            name = name_of(element)
            renamed = body.findtext("name")
            if renamed is not None and renamed != name and call.link.kind == "entity":
                self._check_unique(tuple(call.path[:-1]), body, "update", element.get("id"))
            self._merge(element, body)
            if name_of(element) != name:
                self._renamed(element)
        self._event(call, element, "updated", tuple(call.path))
        path = tuple(call.path)
        return Reply(200, self.represent(call, path, element, self.spec.resources[call.link.href]))

    def delete(self, call: Call) -> Reply:
        key, identifier = tuple(call.path[:-1]), call.path[-1]
        element = self._entity(call)
        lifecycle.check_removable(self.spec, tag(element), _state(element))
        if identifier not in self.collections.get(key, ()):  # a view's member: the entity goes
            view = self._view(key, self.spec.resources[call.link.href.rpartition("/")[0]])
            assert view is not None  # `_entity` found it through the view
            key = (view[0],)
        self.collections[key].remove(identifier)
        path = (*key, identifier)
        self._forget(path)
        if len(key) == 1:  # a top-level entity leaves every collection it was attached to
            for items in self.collections.values():
                if items.get(identifier) is element:
                    items.remove(identifier)
        elif (
            tag(element) in lifecycle.ATTACHED_STATE
            and self._entity_at((self.top_items.get(tag(element), ""), identifier)) is not None
        ):  # detached: it goes back to the state of a new one (an element's truth is its having children)
            _set_state(element, lifecycle.INITIAL_STATE.get(tag(element), "unattached"))
        self._event(call, element, "removed", path)
        return Reply(204)  # No Content, as every removal in the guide (§9.4.3)

    def act(self, call: Call) -> Reply:
        self._parents_exist(call)
        path = tuple(call.path)
        parent = self.resource(path[:-1])
        target = self._entity_at(path[:-1]) if parent and parent.kind == "entity" else None
        if parent is not None and parent.kind == "entity" and target is None:
            raise not_found("/".join(path[:-1]))
        rel = call.link.rel
        if target is not None:
            host = self._reference(target, "host")
            change = lifecycle.check_action(self.spec, tag(target), rel, _state(target))
            if change is not None:
                self._run(target, change.to)
                _set_state(target, change.to)
            host = self._reference(target, "host") if host is None else host
            happened = PAST.get(rel, f"the target of {rel!r}")
            self._event(call, target, happened, path[:-1], host)
        body = call.body
        is_async = body is not None and (body.findtext("async") or "").lower() == "true"
        action = self._task(path, "action", call, body, kept=is_async)
        ticket = action.find("ticket")
        if ticket is not None or rel == "ticket":  # guide §15.7.12: the value and expiry used
            ticket = ticket if ticket is not None else etree.SubElement(action, "ticket")
            for name, value in (("value", secrets.token_urlsafe(9)), ("expiry", TICKET_EXPIRY)):
                holder = ticket.find(name)
                if holder is None:
                    holder = etree.SubElement(ticket, name)
                holder.text = (holder.text or "").strip() or value
        etree.SubElement(action, "link", rel="parent", href=call.href(*path[:-1]))
        etree.SubElement(action, "link", rel="replay", href=call.href(*path))
        if is_async:
            return Reply(202, copy.deepcopy(action))
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
        out[position:position] = etree.fromstring(
            self._links(spec).replace(HREF, html.escape(href, quote=True))
        )
        owner = (
            self.spec.resources.get(self.spec.resources[spec.parent].parent)
            if spec.parent in self.spec.resources
            else None
        )
        if owner is not None and owner.kind == "entity" and out.find(owner.element) is None:
            etree.SubElement(out, owner.element, id=path[-3], href=call.href(*path[:-2]))
        references = out.iter(*self.top_items) if self.top_items else ()
        for reference in references:  # references to top-level entities get hrefs
            identifier = reference.get("id")
            if identifier and reference.get("href") is None:
                reference.set("href", call.href(self.top_items[tag(reference)], identifier))
        return out

    def _links(self, spec: ResourceSpec) -> str:
        """`<actions>` and the sub-collection `<link>`s of an entity, as XML with `HREF` for its href:
        parsing one string is several times faster than building the elements one by one."""
        text = self.link_templates.get(spec.href)
        if text is None:
            actions = "".join(_link(rel) for rel in spec.actions)
            links = "".join(_link(rel) for rel in spec.links)
            text = f"<_>{f'<actions>{actions}</actions>' if actions else ''}{links}</_>"
            self.link_templates[spec.href] = text
        return text

    def entry_point(self, base: str) -> Element:
        """The `<api>` element of guide §3.1 / chapter 4: links to what is under the root (`collection/search`
        templates), special objects, product information and the summary."""
        api = etree.Element("api")
        for (
            node
        ) in self.spec.resources.values():  # every collection or resource right under the root
            if "/" in node.href or node.kind not in ("collection", "resource"):
                continue
            name = node.href
            etree.SubElement(api, "link", rel=name, href=f"{base}/{name}")
            if node.searchable:
                etree.SubElement(
                    api, "link", rel=f"{name}/search", href=f"{base}/{name}?search={{query}}"
                )
        special = etree.SubElement(api, "special_objects")
        for rel, holder in (("templates/blank", "templates"), ("tags/root", "tags")):
            if (holder,) in self.collections:
                etree.SubElement(special, "link", rel=rel, href=f"{base}/{holder}/{ZERO}")
        info = etree.SubElement(api, "product_info")
        etree.SubElement(info, "name").text = self.spec.product["name"]
        etree.SubElement(info, "vendor").text = self.spec.product["vendor"]
        version = etree.SubElement(info, "version")
        for part, value in self.version.items():
            version.set(part, value)
        summary = etree.SubElement(api, "summary")
        for name, element in SUMMARY.items():
            if name in self.spec.resources:
                items = self.items(name)
                counts = etree.SubElement(summary, element)
                etree.SubElement(counts, "total").text = str(len(items))
                active = sum(1 for e in items if _state(e) in lifecycle.ACTIVE or name == "users")
                etree.SubElement(counts, "active").text = str(active)
        etree.SubElement(api, "time").text = datetime.now(timezone.utc).isoformat()
        return api

    # --- events ------------------------------------------------------------------------------------------

    def record(
        self, code: int, description: str, user: str, subjects: tuple[Element, ...] = ()
    ) -> None:
        """Append an event to the `events` collection (when the API has one), with references to the user
        and to the entities it is about (guide §25.3)."""
        if "events" not in self.spec.resources or any(tag(s) == "event" for s in subjects):
            return
        event = etree.Element("event", id=str(next(self.event_ids)))
        etree.SubElement(event, "description").text = description
        etree.SubElement(event, "code").text = str(code)
        etree.SubElement(event, "severity").text = "normal"
        etree.SubElement(event, "time").text = _now()
        account = self.find("users", user.split("@")[0])
        if account is not None:
            etree.SubElement(event, "user", id=account.get("id") or "")
        for subject in subjects:
            if tag(subject) in self.top_items and subject.get("id"):
                etree.SubElement(event, tag(subject), id=subject.get("id") or "")
        events = self._collection(("events",))
        events.add(event.get("id") or "", event)
        while len(events) > max(self.settings.max_events, 1):
            events.remove(next(iter(events)))  # the oldest: the log keeps `Settings.max_events`

    def login_event(self, user: str, logged_in: bool) -> None:
        happened = "logged in" if logged_in else "logged out"
        self.record(*audit.describe("user", happened, user=user.split("@")[0]), user)

    def _event(
        self, call: Call, element: Element, happened: str, path: Key, host: Element | None = None
    ) -> None:
        owner = self._entity_at(path[:-2]) if len(path) > 2 else None
        host = self._reference(element, "host") if host is None else host
        code, text = audit.describe(
            tag(element),
            happened,
            name=name_of(element),
            user=call.user.split("@")[0],
            host=name_of(host) if host is not None else "",
            where=name_of(owner) if owner is not None else "/".join(path[:-2]),
        )
        subjects = tuple(s for s in (element, owner, host) if s is not None)
        self.record(code, text, call.user, subjects)

    # --- helpers -------------------------------------------------------------------------------------------

    def _parents_exist(self, call: Call) -> Key:
        """The call's path, after checking that every entity it passes through exists (else 404)."""
        path = tuple(call.path)
        segments = call.link.href.split("/")
        for index, segment in enumerate(segments[:-1]):
            if not is_placeholder(segment):
                continue
            spec = self.spec.resources.get("/".join(segments[:index]))
            if self._member(path[:index], path[index], spec) is None:
                raise not_found("/".join(path[: index + 1]))
        return path

    def _entity(self, call: Call) -> Element:
        self._parents_exist(call)
        element = self._entity_at(tuple(call.path))
        if element is None:
            raise not_found("/".join(call.path))
        return element

    def _entity_at(self, path: Key) -> Element | None:
        if not path:
            return None
        key = path[:-1]
        return self._member(key, path[-1], self.resource(key) if len(key) > 2 else None)

    # --- live views: sub-collections that show the top-level entities pointing at their owner ---------------

    def _view(self, key: Key, spec: ResourceSpec | None) -> tuple[str, str] | None:
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

    def _member(self, key: Key, identifier: str, spec: ResourceSpec | None) -> Element | None:
        stored = self.collections.get(key)
        found = stored.get(identifier) if stored is not None else None
        view = self._view(key, spec) if found is None else None
        if view is not None:
            candidate = self._entity_at((view[0], identifier))
            if candidate is not None and _points_at(candidate, view[1], key[-2]):
                found = candidate
        return found

    def _listing(self, key: Key, spec: ResourceSpec | None) -> Elements:
        """The members of a collection: those stored in it, then those a live view adds."""
        stored = self.collections.get(key)
        items = stored.values() if stored is not None else []
        view = self._view(key, spec)
        if view is not None:
            top = self.collections.get((view[0],))
            seen = {item.get("id") for item in items}
            items += [
                item
                for item in (top.values() if top is not None else [])
                if item.get("id") not in seen and _points_at(item, view[1], key[-2])
            ]
        return items

    def _attachable(self, key: Key, item: str, body: Element) -> Element | None:
        """In a sub-collection, the top-level entity the body names by id, or by name alone."""
        if len(key) == 1 or item not in self.top_items:
            return None
        top = self.top_items[item]
        identifier = body.get("id") or body.findtext("id")
        if identifier:
            found = self._entity_at((top, identifier))
            if found is None:
                raise entity_not_found(self.spec.elements.get(item, item), f"id={identifier}")
            return found
        name = body.findtext("name")
        if name and all(child.tag in ("name", "id") for child in body):
            return self.find(top, name)
        return None

    def _new(self, tag: str, body: Element, taken: Collection) -> Element:
        wanted = body.get("id")
        if wanted is not None and (len(wanted) > 200 or not CHOSEN_ID.fullmatch(wanted)):
            raise bad_request(
                "Invalid id",
                f"{wanted!r}: an id holds letters, digits, '_', '~', '-' and single dots between them",
            )
        identifier = wanted if wanted and wanted not in taken else str(uuid.uuid4())
        element = etree.Element(tag, id=identifier)
        self._merge(element, body)
        state = lifecycle.INITIAL_STATE.get(tag)
        if state and element.find("status") is None:
            _set_state(element, state)
        if "creation_time" in self.spec.declared(tag) and element.find("creation_time") is None:
            etree.SubElement(element, "creation_time").text = _now()
        return element

    def _check_unique(self, key: Key, entity: Element, verb: str, own: str | None = None) -> None:
        """409 when another entity of the same type already has the name (guide §7.2.2)."""
        name = entity.findtext("name")
        item = tag(entity) if tag(entity) != "action" else ""
        if not name or not item:
            return
        top = self.top_items.get(item)
        scope = self.collections.get((top,) if top else key)
        owner = NAME_SCOPES.get(item)
        for other in scope.named(name) if scope is not None else []:
            if name_of(other) != name or other.get("id") == own:
                continue
            if owner is None or _reference_id(other, owner) == _reference_id(entity, owner):
                raise cannot(
                    self.spec,
                    verb,
                    item,
                    f"The {self.spec.label(item)} name is already in use, please choose a unique name and "
                    "try again.",
                )

    def _inherit(self, element: Element) -> None:
        """An entity made from a template takes the template's values for what its body leaves out (guide
        §3.11: a VM made from `Blank` gets its type, display, CPU topology, OS boot, high availability ...).
        """
        template = self._reference(element, "template")
        if template is None or tag(template) == tag(element):
            return
        declared = self.spec.declared(tag(element))
        given = {tag(child) for child in element}
        for child in template:
            name = tag(child)
            if name in declared and name not in given and name not in NOT_INHERITED:
                element.append(copy.deepcopy(child))
        jsonio.in_schema_order(self.spec, element)

    def _reference(self, element: Element, name: str) -> Element | None:
        """The top-level entity a reference child (`<host id=...>`) points at."""
        identifier = _reference_id(element, name)
        top = self.top_items.get(name)
        return self._entity_at((top, identifier)) if identifier and top else None

    def _run(self, vm: Element, state: str) -> None:
        """A running VM shows the host it runs on and where its display listens (guide §15.2); one that
        stops shows neither. The host is an active one of its cluster, else any active host."""
        declared = self.spec.declared(tag(vm))
        if not {"host", "display"} <= declared:  # what runs has a display: a VM
            return
        running = state in lifecycle.ACTIVE
        was_running = vm.find("host") is not None
        display = vm.find("display")
        listening = self.spec.declared_below(tag(vm), "display") & {
            "address",
            "port",
            "secure_port",
        }
        if not running:
            for child in [vm.find("host"), *(display.iterfind("*") if display is not None else [])]:
                if child is not None and (tag(child) == "host" or tag(child) in listening):
                    child.getparent().remove(child)  # type: ignore[union-attr]
            return
        if was_running:
            return
        hosts = [h for h in self.items(self.top_items.get("host", "hosts")) if _state(h) == "up"]
        cluster = _reference_id(vm, "cluster")
        host = next((h for h in hosts if _reference_id(h, "cluster") == cluster), None)
        host = host if host is not None else next(iter(hosts), None)
        if host is None:
            raise cannot(
                self.spec,
                "run",
                tag(vm),
                "There are no available running Hosts in the Host Cluster.",
            )
        etree.SubElement(vm, "host", id=host.get("id") or "")
        if listening and "display" in declared:
            if display is None:
                display = etree.SubElement(vm, "display")
            port = next(self.display_ports)
            values = {"address": host.findtext("address") or "", "port": str(port)}
            values["secure_port"] = str(port + 1)
            for name in sorted(listening):
                etree.SubElement(display, name).text = values[name]
            jsonio.in_schema_order(
                self.spec, display, self.spec.types_of_child.get((tag(vm), "display"))
            )
        jsonio.in_schema_order(self.spec, vm)

    def _merge(self, element: Element, body: Element) -> None:
        """Body attributes and children replace the stored ones of the same name; the rest is kept."""
        for attribute, value in body.attrib.items():
            if attribute not in ("id", "href"):
                element.set(attribute, value)
        incoming = [
            _forget_secrets(copy.deepcopy(c))
            for c in body
            if tag(c) and tag(c) not in GENERATED and not _secret(c)
        ]
        names = {tag(c) for c in incoming}
        for child in [c for c in element if tag(c) in names]:
            element.remove(child)
        for child in incoming:
            element.append(child)

    def _resolve(self, body: Element) -> None:
        """Point the references of a body at existing entities, as the engine does: a reference by name
        gets the entity's id (and, when it was nothing but the name, is stored as `<cluster id=.../>`); a
        reference to an entity that does not exist is a 400 fault."""
        for reference in self._references(body):
            top = self.top_items[tag(reference)]
            identifier = reference.get("id") or reference.findtext("id")
            name = reference.findtext("name")
            if identifier:
                if self._entity_at((top, identifier)) is None:
                    raise entity_not_found(self._type_name(reference), f"id={identifier}")
                continue
            found = self.find(top, name or "")
            if found is None:
                raise entity_not_found(self._type_name(reference), f"name={name}")
            reference.set("id", found.get("id") or "")
            if all(child.tag == "name" for child in reference):
                reference[:] = []

    def _references(self, body: Element) -> Iterator[Element]:
        """Children (and grandchildren in wrappers such as `<storage_domains>`) naming an entity of a
        top-level collection by id or name."""
        for child in body:
            for candidate in (child, *child):
                if tag(candidate) in self.top_items and (
                    candidate.get("id") is not None
                    or candidate.find("id") is not None
                    or candidate.find("name") is not None
                ):
                    yield candidate

    def _task(
        self, path: Key, tag: str, call: Call, body: Element | None = None, kept: bool = True
    ) -> Element:
        """A pending action or creation; `kept` ones are polled at their href until complete."""
        identifier = str(uuid.uuid4())
        task = etree.Element(tag, id=identifier, href=call.href(*path, identifier))
        if body is not None:
            for child in body:
                if not _secret(child):
                    task.append(_forget_secrets(copy.deepcopy(child)))
        _set_state(task, "pending")
        if kept:
            self.tasks[(*path, identifier)] = task
            self.task_paths.setdefault(path[:-1], []).append((*path, identifier))
        return task

    def _collection(self, key: Key) -> Collection:
        found = self.collections.get(key)
        if found is None:
            found = self.collections[key] = Collection()
            if len(key) > 1:
                self.nested.setdefault(key[:-1], []).append(key)
        return found

    def _forget(self, path: Key) -> None:
        """Drop what lives below a deleted entity: its sub-collections (recursively) and its tasks."""
        for task in self.task_paths.pop(path, []):
            self.tasks.pop(task, None)
        for key in self.nested.pop(path, []):
            collection = self.collections.pop(key, None)
            for identifier in collection or ():
                self._forget((*key, identifier))
            self._forget(key)

    def _type_name(self, element: Element) -> str:
        return self.spec.elements.get(tag(element), tag(element))

    def _renamed(self, element: Element) -> None:
        identifier = element.get("id") or ""
        for collection in self.collections.values():
            if collection.get(identifier) is element:
                collection.renamed(identifier)


def _reference_id(element: Element, name: str) -> str | None:
    reference = element.find(name)
    return reference.get("id") if reference is not None else None


def _secret(element: Element) -> bool:
    return tag(element).endswith("password")


def _forget_secrets(element: Element) -> Element:
    """Write-only fields are never stored, so never returned: the engine keeps no password it was sent
    (`root_password` of a host, the `password` of a user in a start action's domain, ...). Removes those
    below `element`; callers leave out a secret `element` itself."""
    for secret in [e for e in element.iterdescendants() if _secret(e)]:
        secret.getparent().remove(secret)  # type: ignore[union-attr]  # a descendant has a parent
    return element


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _version(override: str | None, product: dict[str, str]) -> dict[str, str]:
    """The engine's version (major, minor, build, revision): `Settings.product_version` when given, else the
    RSDL's `<version>`, else 3.0.0.0 (the documents describe version 3 of the API, no more)."""
    parts = (override or "").split(".") if override else [product.get(p, "") for p in _PARTS]
    if not any(parts):
        parts = ["3"]
    return {
        name: (parts[i] if i < len(parts) and parts[i] else "0") for i, name in enumerate(_PARTS)
    }


_PARTS = ("major", "minor", "build", "revision")


def _points_at(element: Element, owner: str, identifier: str) -> bool:
    """Whether `element` has a reference `<owner id=identifier>`, directly or in a wrapper (`<storage_domains>`)."""
    references = itertools.chain(element.iterfind(owner), element.iterfind(f"*/{owner}"))
    return any(reference.get("id") == identifier for reference in references)


def _link(rel: str) -> str:
    rel = html.escape(rel, quote=True)
    return f'<link rel="{rel}" href="{HREF}/{rel}"/>'


def _candidates(collection: Collection | None, query: search.Query) -> list[Element]:
    """The entities a search can match: with a `name=prefix*` criterion, only those the collection's name
    index holds under that prefix."""
    if collection is None:
        return []
    prefix = search.name_prefix(query)
    return collection.named(prefix) if prefix else collection.values()


def _int(text: str | None, name: str) -> int | None:
    if text is None or text == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise bad_request("Invalid value", f"{name}={text!r} is not an integer") from None
