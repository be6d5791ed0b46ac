"""The in-memory engine: a dispatcher from a link's method and kind to the store, the representation and the
behaviours, each in a module of its own.

- `views`: the store (`Store`: concrete collections, singletons) and its live views;
- `references`: references between entities, names, what a body becomes when stored;
- `representation`: an entity on the wire (hrefs, actions, links) and the entry point;
- `behaviours/*`: one module per behaviour, run at the points `behaviours/__init__.py` declares, in its order
  (template inheritance, attachment, VM run state, events, tasks, tickets, what may not be removed);
- `lifecycle`: states and transitions as data; `seed`: what a fresh engine has;
- `transitions`: the intermediate states on the way (`Settings.transitions`) and the clock that ends them.

The engine is used from one event loop and never awaits while changing the store, so concurrent requests
cannot lose or duplicate writes.
"""

from __future__ import annotations

import copy
import itertools

from lxml import etree

from . import (
    behaviours,
    entities,
    lifecycle,
    references,
    representation,
    search,
    seed,
    transitions,
    written,
)
from .behaviours import (
    attachment,
    disk_image,
    disk_profiles,
    events,
    inheritance,
    mac_pool,
    memory_policy,
    protection,
    run_state,
    statistics,
    storage_space,
    tasks,
    vm_defaults,
)
from .calls import Call, Element, Reply, tag
from .faults import Fault, integer, not_found
from .settings import Settings
from .spec import ResourceSpec, Spec
from .store import Collection, name_of
from .validation import check_immutable
from .views import Key, Store


class Engine(Store):
    def __init__(self, spec: Spec, settings: Settings | None = None) -> None:
        super().__init__(spec)
        self.settings = settings or Settings()
        self.tasks: dict[Key, Element] = {}  # async actions and creations, by their polling path
        self.task_paths: dict[Key, list[Key]] = {}  # the path of what a task acts on -> its tasks
        self.event_ids = itertools.count(1)
        self.link_templates: dict[str, str] = {}  # by resource href (`representation.links`)
        self.version = _version(self.settings.product_version, spec.product)
        # a port and its secure port per VM started (`behaviours/run_state`)
        self.display_ports = itertools.count(run_state.FIRST_DISPLAY_PORT, 2)
        self.clock = transitions.Clock(self.settings)  # intermediate states, when not instant
        self.written = written.Written()  # representations as written, while unchanged
        seed.seed(self)  # what a freshly installed engine has
        for fixture in self.settings.seed:
            seed.load(self, fixture)

    def create(self, key: Key, item: str, body: Element) -> Element:
        """A new entity in the collection at `key`, as the engine makes it from a body whose references
        are resolved: its name checked, its template's values and its initial state applied. It is
        also listed in the top-level collection of its type."""
        references.resolve(self, body)
        collection = self.collection(key)
        element = references.new(self, item, body, taken=collection)
        references.check_unique(self, key, element, "add")
        inheritance.inherit(self, element)
        memory_policy.fit(self.spec, element, body)
        vm_defaults.fill(self.spec, element)
        disk_image.fill(self, key, element)
        mac_pool.assign(self, key, element)
        storage_space.take(self, element)
        disk_profiles.create(self, element)
        if len(key) > 1 and item in self.top_items:
            self.collection((self.top_items[item],)).add(element.get("id") or "", element)
        collection.add(element.get("id") or "", element)
        return element

    # --- dispatch -----------------------------------------------------------------------------------------

    @property
    def generation(self) -> tuple[int, int]:
        """Changes the representations kept (`written`) may show: writes, and states the clock ended."""
        return self.writes, self.clock.settled

    def handle(self, call: Call) -> Reply:
        kind, method = call.link.kind, call.link.method
        if method != "GET":
            self.changed()
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
        key = self.parents_exist(call)
        statistics.refresh(self, key)
        text = call.query.get("search")
        query = search.parse(text) if text else search.Query()
        limit = _int(call.matrix.get("max"), "max")
        newest_first = spec.item == "event" and not query.sortby
        # Without sortby or page, the first `max` entities (that match) are all a list needs: the rest of
        # the collection is neither copied nor searched.
        plain = not (newest_first or query.sortby or query.page)
        first = limit if plain and limit is not None and limit >= 0 else None
        if self.view(key, spec) is None:
            items = _candidates(self.collections.get(key), query, first)
        else:
            items = self.listing(key, spec)
        if query.criteria or query.sortby or query.page:
            sensitive = call.matrix.get("case_sensitive", call.matrix.get("case-sensitive", "true"))
            # `page N` cuts pages of `max` results when it is given, else of the configured size (§7.3.9)
            page_size = limit if limit is not None and limit > 0 else self.settings.page_size
            items = search.apply(items, query, sensitive.lower() != "false", page_size, first)
        if newest_first:
            items.reverse()  # as the engine lists them
        if limit is not None and limit >= 0:
            items = items[:limit]
        wrapper = etree.Element(spec.element)
        # Collection-level actions (`hosts/{id}/nics/setupnetworks`) come first, as the XSD orders them.
        if spec.actions:
            actions = etree.SubElement(wrapper, "actions")
            for rel in spec.actions:
                etree.SubElement(actions, "link", rel=rel, href=call.href(*key, rel))
        entity = self.entity_of.get(spec.href)
        return Reply(200, answer=written.ListAnswer(self, call, wrapper, key, items, entity))

    def get(self, call: Call) -> Reply:
        if call.link.kind == "entity":
            statistics.refresh(self, tuple(call.path[:-1]))
            element = self.entity(call)
            spec = self.spec.resources[call.link.href]
            path = tuple(call.path)
            return Reply(200, answer=written.EntityAnswer(self, call, path, element, spec))
        key = self.parents_exist(call)
        stored = self.singletons.get(key)
        element = (
            stored
            if stored is not None
            else etree.Element(self.spec.resources[call.link.href].element)
        )
        return Reply(200, representation.represent(self, call, key, element))

    def add(self, call: Call) -> Reply:
        spec = self.spec.resources[call.link.href]
        key = self.parents_exist(call)
        item = spec.item or "item"
        body = call.body if call.body is not None else etree.Element(item)
        if tag(body) == spec.element != item:
            # a body of the collection's own type (`<bricks>`, as the RSDL's GlusterBricks) adds each of its
            # items, and the answer is that collection of what was added
            answer = etree.Element(spec.element)
            for each in body.findall(item):
                added = self.add_one(call, spec, key, item, each).element
                assert added is not None  # an add answers what it added
                answer.append(added)
            return Reply(201, answer)
        return self.add_one(call, spec, key, item, body)

    def add_one(self, call: Call, spec: ResourceSpec, key: Key, item: str, body: Element) -> Reply:
        references.resolve(self, body)
        collection = self.collection(key)
        element = references.attachable(self, key, item, body)
        attached = element is not None
        if element is not None:
            owner = self.spec.resources[spec.parent].element
            already = (element.get("id") or "") in collection
            attachment.attach(self.spec, element, item, owner, already)
            storage_space.attached(self, key, element)
        else:
            element = self.create(key, item, body)
        identifier = element.get("id") or ""
        collection.add(identifier, element)
        path = (*key, identifier)
        self.clock.after(element, "attach" if attached else "add")
        events.event(self, call, element, "attached" if attached else "added", path)
        answer = representation.represent(self, call, path, element, self.entity_of.get(spec.href))
        location = {"Location": call.href(*path)}
        expect = call.headers.get("expect", "") + call.headers.get("x-ovirt-expect", "")
        # created asynchronously unless the client sends `Expect: 201-created` (guide §7.3.11)
        if attached or "201-created" in expect or not spec.created_async:
            return Reply(201, answer, location)
        status = tasks.task((*path, "creation_status"), "creation", call)
        tasks.keep(self, (*path, "creation_status"), status)
        creation = etree.SubElement(answer, "creation_status")
        etree.SubElement(creation, "state").text = "pending"
        etree.SubElement(answer, "link", rel="creation_status", href=status.get("href", ""))
        return Reply(202, answer, location)

    def update(self, call: Call) -> Reply:
        if call.link.kind == "entity":
            element = self.entity(call)
        else:
            key = self.parents_exist(call)
            element = self.singletons.setdefault(
                key, etree.Element(self.spec.resources[call.link.href].element)
            )
        body = call.body
        if body is not None:
            references.resolve(self, body)
            if call.link.body is not None:
                check_immutable(call.link.body, body, element)
            protection.check_update(self, element, body)
            name = name_of(element)
            renamed = body.findtext("name")
            if renamed is not None and renamed != name and call.link.kind == "entity":
                references.check_unique(
                    self, tuple(call.path[:-1]), body, "update", element.get("id")
                )
            references.merge(element, body)
            if name_of(element) != name:
                self.renamed(element)
        events.event(self, call, element, "updated", tuple(call.path))
        path = tuple(call.path)
        return Reply(
            200,
            representation.represent(
                self, call, path, element, self.spec.resources[call.link.href]
            ),
        )

    def delete(self, call: Call) -> Reply:
        key, identifier = tuple(call.path[:-1]), call.path[-1]
        element = self.entity(call)
        lifecycle.check_removable(self.spec, tag(element), entities.state(element))
        if identifier not in self.collections.get(key, ()):  # a view's member: the entity goes
            view = self.view(key, self.spec.resources[call.link.href.rpartition("/")[0]])
            assert view is not None  # `_entity` found it through the view
            key = (view[0],)
        if len(key) == 1:  # removed, not detached from a sub-collection
            protection.check_remove(self, element)
        self.collections[key].remove(identifier)
        path = (*key, identifier)
        self.forget(path)
        if len(key) == 1:  # a top-level entity leaves every collection it was attached to
            for items in self.collections.values():
                if items.get(identifier) is element:
                    items.remove(identifier)
        elif self.entity_at((self.top_items.get(tag(element), ""), identifier)) is not None:
            attachment.detach(element)  # a top-level entity detached from a sub-collection
        if not any(items.get(identifier) is element for items in self.collections.values()):
            storage_space.release(self, element)  # gone from the engine, not only detached
            disk_profiles.release(self, element)
        events.event(self, call, element, "removed", path)
        return Reply(204)  # No Content, as every removal in the guide (§9.4.3)

    def act(self, call: Call) -> Reply:
        self.parents_exist(call)
        path = tuple(call.path)
        parent = self.resource(path[:-1])
        target = self.entity_at(path[:-1]) if parent and parent.kind == "entity" else None
        if parent is not None and parent.kind == "entity" and target is None:
            raise not_found("/".join(path[:-1]))
        body = call.body
        is_async = body is not None and (body.findtext("async") or "").lower() == "true"
        action = tasks.task(path, "action", call, body)
        if target is not None:
            host = self.reference(target, "host")
            behaviours.act(self, behaviours.Action(call, path, target, host, action))
        representation.action_links(action, call.href(*path))
        if is_async:
            tasks.keep(self, path, action)
            return Reply(202, copy.deepcopy(action))
        entities.set_state(action, "complete")
        return Reply(200, action)

    def poll(self, path: Key) -> Element | None:
        return tasks.poll(self, path)

    # --- what the app and the behaviours call --------------------------------------------------------------

    def represent(
        self, call: Call, path: Key, element: Element, spec: ResourceSpec | None = None
    ) -> Element:
        return representation.represent(self, call, path, element, spec)

    def entry_point(self, base: str) -> Element:
        return representation.entry_point(self, base)

    def login_event(self, user: str, logged_in: bool) -> None:
        events.login_event(self, user, logged_in)

    def forget(self, path: Key) -> None:
        """Drop what lives below a deleted entity: its tasks, and its sub-collections (`Store.forget`, which
        comes back here for each entity below)."""
        for task in self.task_paths.pop(path, []):
            self.tasks.pop(task, None)
        super().forget(path)


_PARTS = ("major", "minor", "build", "revision")


def _version(override: str | None, product: dict[str, str]) -> dict[str, str]:
    """The engine's version (major, minor, build, revision): `Settings.product_version` when given, else the
    RSDL's `<version>`, else 3.0.0.0 (the documents describe version 3 of the API, no more)."""
    parts = (override or "").split(".") if override else [product.get(p, "") for p in _PARTS]
    if not any(parts):
        parts = ["3"]
    return {
        name: (parts[i] if i < len(parts) and parts[i] else "0") for i, name in enumerate(_PARTS)
    }


def _candidates(
    collection: Collection | None, query: search.Query, first: int | None
) -> list[Element]:
    """The entities a search can match: with a `name=prefix*` criterion, only those the collection's name
    index holds under that prefix; without criteria, the `first` ones when given."""
    if collection is None:
        return []
    prefix = search.name_prefix(query)
    if prefix:
        return collection.named(prefix)
    return collection.values(None if query.criteria else first)


def _int(text: str | None, name: str) -> int | None:
    if text is None or text == "":
        return None
    return integer(text, name)
