"""Example answers for the docs and the OpenAPI description: what an operation returns, as the engine
writes it, and the faults it can give.

An entity comes back with its `id` and `href` attributes, its `<name>`/`<description>`/`<comment>`, then its
`<actions>` and the `<link>`s to what is below it, then its other elements (guide §7.4.1, §7.4.3); a reference
to another entity is its `id` and `href` (`<cluster id="123" href="…/clusters/123"/>`); an action answers
`<action>` with its `<status>` and links to its parent and to itself (§7.4.7); DELETE answers no body (204).
Faults are `<fault>` with a reason and a detail (§7.4.9), worded as the engine words them. Every id is `123`,
as in the request examples.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..mock.representation import FIRST, action_links, entity_links
from ..model.bodies import BodyRoot
from ..model.declarations import Element, Link, Parameter, Schema
from ..model.loading import Model
from ..model.operations import actions_below, pages
from ..model.resources import Resource
from ..model.statuses import successes
from .examples import Node, sample_value

SAMPLE_ID = "123"
SKIPPED = frozenset({"link", "actions"})
MAX_DEPTH = (
    4  # what the schema requires below references and value objects, to this depth (types loop)
)


@dataclass
class Answer:
    status: str  # `200 OK`
    body: Node | None


@dataclass
class Fault:
    status: str  # `400 Bad Request`
    reason: str
    detail: str
    when: str  # what makes the engine answer it

    @property
    def node(self) -> Node:
        fault = Node("fault", None)
        fault.child("reason", None).text = self.reason
        fault.child("detail", None).text = self.detail
        return fault


@dataclass
class Entity:
    """What an entity's representation links to: the rels of its actions and of the resources below it."""

    type: str | None
    href: str  # absolute path, ids filled in
    actions: list[str]
    links: list[str]
    element: str | None = None  # its element in its collection, when the collection's type names it


class Representations:
    """Sample representations of the schema's types, as the engine writes them."""

    def __init__(self, schema: Schema | None, api_root: str, top_level: dict[str, str]) -> None:
        self.schema = schema
        self.api_root = api_root
        self.top_level = top_level  # element of a top-level collection's entities -> the collection
        # type -> its element (`Schema.element_for` scans)
        self.elements: dict[str, str | None] = {}
        # (type, depth, only required) -> the members written for it: the same in every answer, shared
        # (answers are written out, never changed)
        self.members: dict[tuple[str, int, bool], list[Node]] = {}
        # (href, actions, links) of an entity -> the links written for it: the same in the answers of its GET,
        # its update, the add to its collection and the listing of it, built once
        self.links: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[Node]] = {}

    def element(self, type_name: str | None, fallback: str) -> str:
        if self.schema is None or type_name is None:
            return fallback
        if type_name not in self.elements:
            self.elements[type_name] = self.schema.element_for(type_name)
        return self.elements[type_name] or fallback

    def declared(self, type_name: str | None, element: str) -> Element | None:
        if self.schema is None or type_name is None:
            return None
        return next((e for e in self.schema.all_elements(type_name) if e.name == element), None)

    def entity(self, entity: Entity, element: str) -> Node:
        node = Node(element, entity.type)
        self._fill(node, entity.href, depth=0)
        if entity.actions or entity.links:  # placed as the engine places them (`rsdlgen.mock`)
            first = [c for c in node.children if c.name in FIRST]
            # what is below the entity is written as links instead, unless the schema requires it too
            rest = [
                c
                for c in node.children
                if c.name not in FIRST and (c.name not in entity.links or self._required(node, c))
            ]
            key = (entity.href, tuple(entity.actions), tuple(entity.links))
            linked = self.links.get(key)
            if linked is None:
                written = entity_links(entity.href, entity.actions, entity.links)
                linked = self.links[key] = [_node(e) for e in written]
            node.children = first + linked + rest
        return node

    def _fill(self, node: Node, href: str | None, depth: int, only_required: bool = False) -> None:
        """Attributes and elements of `node.type`: every simple one, references to entities, and, at the top,
        one level of the value objects it holds (`<status><state>`); of a reference (`only_required`), what
        its type requires besides its id."""
        schema = self.schema
        if schema is None or node.type not in schema.types:
            if href is not None:
                node.attributes = {"href": href, "id": SAMPLE_ID}
            return
        for attribute in schema.all_attributes(node.type):
            if only_required and not attribute.required:
                continue
            if attribute.name == "href" and href is not None:
                node.attributes["href"] = href
            elif attribute.name == "id":
                node.attributes["id"] = SAMPLE_ID
            elif attribute.name != "href":
                node.attributes[attribute.name] = sample_value(
                    schema, attribute.type, attribute.name
                )
        if schema.types[node.type].text_type:
            node.text = sample_value(schema, schema.types[node.type].text_type, "value")
        key = (node.type, depth, only_required)
        if key not in self.members:
            ordered = sorted(
                schema.all_elements(node.type),
                key=lambda e: FIRST.index(e.name) if e.name in FIRST else len(FIRST),
            )
            members = (self._member(e, depth) for e in ordered if e.min_occurs or not only_required)
            self.members[key] = [m for m in members if m is not None]
        node.children.extend(self.members[key])

    def _member(self, element: Element, depth: int) -> Node | None:
        """An element of an entity: simple ones, references, value objects at the top; below the top, and
        for lists, only what the schema requires (`minOccurs` 1: the description's `required`)."""
        schema = self.schema
        assert schema is not None
        required = element.min_occurs > 0
        if element.name in SKIPPED or depth > MAX_DEPTH:
            return None
        child = Node(element.name, element.type, repeated=element.is_list)
        if element.type not in schema.types:
            child.text = sample_value(schema, element.type, element.name)
            return child
        if self._is_entity(element.type):
            if element.is_list and not required:
                return None  # a list of entities is a collection of its own, linked, not inlined
            collection = self.top_level.get(element.name)
            child.attributes["id"] = SAMPLE_ID
            if collection is not None:
                child.attributes["href"] = f"{self.api_root}/{collection}/{SAMPLE_ID}"
            self._fill(child, None, depth + 1, only_required=True)
            return child
        if (depth > 0 or element.is_list) and not required:
            return None
        self._fill(child, None, depth + 1)
        return child if child.children or child.attributes or child.text or required else None

    def _required(self, node: Node, child: Node) -> bool:
        declared = self.declared(node.type, child.name)
        return declared is not None and declared.min_occurs > 0

    def _is_entity(self, type_name: str) -> bool:
        assert self.schema is not None
        return any(a.name == "id" for a in self.schema.all_attributes(type_name))


class Answers:
    """The example answer of each of a model's links: what the docs show and the OpenAPI description carries
    on its responses (`targets/openapi`)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        schema = model.schema
        top_level = {
            schema.element_for(r.entity_type) or "": r.href
            for r in pages(model)
            if schema and r.kind == "collection" and "/" not in r.href and r.entity_type
        }
        self.representations = Representations(schema, model.api_root, top_level)
        # by the resource's href: each is asked for several times
        self.entities: dict[str, Entity] = {}

    def of(self, link: Link) -> Answer:
        """What `link` answers when it succeeds the usual way (its first status)."""
        resource = self.model.resource(link.href) or self.model.root
        return answer(
            link,
            resource.kind,
            successes(self.model, link)[0].line,
            self.representations,
            self._entity_answer(link, resource),
            self._listing(link, resource),
        )

    def entry_point(self, element: str, type_name: str | None) -> Node:
        """`GET /` (guide §4), as the mock engine writes it: a link to each collection (and its search)
        under the root, then the rest of the entry point's type (special objects, product info, summary).
        """
        api = Node(element, type_name)
        root = self.representations.api_root
        for child in self.model.children(self.model.root):
            if child.kind in ("collection", "resource"):
                api.children.append(_link(child.href, f"{root}/{child.href}"))
                if child.link("search") is not None:
                    query = f"{root}/{child.href}?search={{query}}"
                    api.children.append(_link(f"{child.href}/search", query))
        links = api.children
        api.children = []
        self.representations._fill(api, None, depth=0)
        api.children = links + api.children
        api.attributes = {}  # the entry point is no entity: no id
        return api

    def _entity(self, resource: Resource) -> Entity:
        found = self.entities.get(resource.href)
        if found is None:
            found = self.entities[resource.href] = self._described(resource)
        return found

    def _described(self, resource: Resource) -> Entity:
        below = [c for c in self.model.children(resource) if c.kind != "action"]
        parent = self.model.parent(resource)
        schema = self.model.schema
        item = (  # the element the mock engine writes it as (`targets/server/spec.py`)
            schema.collection_item(parent.type)
            if schema is not None
            and parent is not None
            and parent.kind == "collection"
            and parent.type
            else None
        )
        return Entity(
            resource.entity_type,
            filled_href(self.model.api_root, resource.href),
            sorted({k.rel for a in actions_below(self.model, resource) for k in a.links}),
            [c.name for c in below],
            item.name if item is not None else None,
        )

    def _entity_child(self, resource: Resource) -> Resource | None:
        return next((c for c in self.model.children(resource) if c.kind == "entity"), None)

    def _entity_answer(self, link: Link, resource: Resource) -> Entity | None:
        """What a GET or update of an entity, or an add to a collection, returns."""
        if resource.kind == "entity" and link.method in ("GET", "PUT"):
            return self._entity(resource)
        child = self._entity_child(resource)
        if resource.kind == "collection" and link.method == "POST" and child is not None:
            return self._entity(child)
        return None

    def _listing(self, link: Link, resource: Resource) -> tuple[str, str | None, Entity] | None:
        """A collection's answer: a GET's, or an add's whose response is the collection's own type (the
        RSDL's `GlusterBricks`: what was added, as a collection)."""
        child = self._entity_child(resource)
        if resource.kind != "collection" or child is None:
            return None
        if link.method != "GET" and link.response != resource.type:
            return None
        element = self.representations.element(resource.type, resource.name)
        return element, resource.type, self._entity(child)


def _link(rel: str, href: str) -> Node:
    return Node("link", None, {"rel": rel, "href": href}, repeated=True)


def answer(
    link: Link,
    kind: str,
    status: str,
    representations: Representations,
    entity: Entity | None,
    collection: tuple[str, str | None, Entity] | None,
) -> Answer:
    """The answer of `link` on a resource of `kind` with `status` (`model/statuses.py`): `entity` describes
    what a GET, add or update returns; `collection` is (the collection's element, its type, its entity) for a
    list (or an add that answers one)."""
    href = representations.api_root + "/" + link.href if link.href else representations.api_root
    if link.method == "DELETE":
        return Answer(status, None)
    if link.method == "POST" and kind == "action":
        action = Node("action", None)
        action.attributes = {"href": f"{_filled(href)}/{SAMPLE_ID}", "id": SAMPLE_ID}
        action.child("status", None).child("state", None).text = "complete"
        written = etree.Element("action")
        action_links(written, _filled(href))
        action.children += [_node(e) for e in written]
        return Answer(status, action)
    if collection is not None:
        element, wrapper_type, item = collection
        wrapper = Node(element, wrapper_type)
        item_node = representations.entity(
            item, item.element or representations.element(item.type, "item")
        )
        declared = representations.declared(wrapper_type, item_node.name)
        item_node.repeated = declared.is_list if declared else True
        wrapper.children.append(item_node)
        return Answer(status, wrapper)
    if entity is not None:
        element = entity.element or representations.element(entity.type, "item")
        return Answer(status, representations.entity(entity, element))
    if link.response:
        element = representations.element(link.response, link.response.lower())
        node = Node(element, link.response)
        representations._fill(node, _filled(href), depth=0)
        return Answer(status, node)
    return Answer(status, None)


def _node(element: etree._Element) -> Node:
    """An element the engine writes, as an example node (`link` repeats: an array in JSON)."""
    tag = str(element.tag)
    node = Node(
        tag, None, dict(element.attrib), [_node(c) for c in element], repeated=tag == "link"
    )
    return node


def _filled(href: str) -> str:
    """An href template with every placeholder given the sample id."""
    return "/".join(SAMPLE_ID if s.startswith("{") else s for s in href.split("/"))


def filled_href(api_root: str, href: str) -> str:
    return _filled(f"{api_root}/{href}" if href else api_root)


def faults(
    link: Link,
    root: BodyRoot,
    parameters: list[Parameter],
    schema: Schema | None,
    verb: str,
) -> list[Fault]:
    """The faults the engine answers this operation with, for the reasons the guide gives."""
    found: list[Fault] = []
    body_type = link.body.type if link.body else None
    if link.body and link.body.required:
        found.append(
            Fault(
                "400 Bad Request",
                "Request body required",
                f"expected <{root.element}>",
                "the request has no body",
            )
        )
    mandatory = [p for p in parameters if p.required]
    if mandatory:
        names = ", ".join(".".join(root.below(p.name)) for p in mandatory)
        found.append(
            Fault(
                "400 Bad Request",
                "Incomplete parameters",
                f"{body_type or root.element} [{names}] required for {verb}",
                "the body lacks a mandatory parameter (of every signature: the closest is named)",
            )
        )
    reference = next((p for p in parameters if len(root.paths(p)[0]) > 1), None)
    if reference is not None:
        element = root.paths(reference)[0][0]
        type_name = (schema.elements.get(element) if schema else None) or element
        found.append(
            Fault(
                "400 Bad Request",
                "Operation Failed",
                f"Entity not found: {type_name}: id={SAMPLE_ID}",
                "the body names an entity that does not exist",
            )
        )
    placeholders = [i for i, s in enumerate(link.segments) if s.placeholder]
    if placeholders:
        first = "/".join(
            SAMPLE_ID if s.placeholder else s.text for s in link.segments[: placeholders[0] + 1]
        )
        found.append(
            Fault("404 Not Found", "Not Found", first, "an entity of the path does not exist")
        )
    if link.method == "PUT":
        found.append(
            Fault(
                "409 Conflict",
                "Broken immutability constraint",
                "Attempt to set immutable field: id",
                "the body changes a field no update may change (guide §7.4.9)",
            )
        )
    return found
