"""Analysis: the resource tree the flat RSDL link list describes, and the XSD's type reference graph.

The RSDL is a flat list of operations. Grouping them by href and nesting hrefs by their segments gives the tree
every target walks: root -> collections -> entities -> sub-collections ... with actions hanging off entities
(and off collections, for collection-level actions). Each node is bound to the XSD type of its entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

from ..errors import Warnings
from .declarations import Link, Schema, Segment, split_href


@dataclass(slots=True)
class Resource:
    href: str  # the href template of the node, relative to the API root ("" for the root)
    kind: str  # "root", "collection", "entity", "resource" (a literal that is no collection), "action"
    links: list[Link] = field(default_factory=list)
    # XSD type of the node itself (`VMs` for a collection, `VM` for an entity)
    type: str | None = None
    entity_type: str | None = None  # XSD type of the entity it holds or is (`VM` for both)

    @property
    def segments(self) -> tuple[Segment, ...]:
        return split_href(self.href)

    @property
    def name(self) -> str:
        segments = self.segments
        return segments[-1].name if segments else ""

    @property
    def parent_href(self) -> str | None:
        if not self.href:
            return None
        return "/".join(s.text for s in self.segments[:-1])

    def link(self, rel: str, method: str | None = None) -> Link | None:
        return next(
            (k for k in self.links if k.rel == rel and (method is None or k.method == method)), None
        )


def _is_action_link(link: Link) -> bool:
    segments = link.segments
    return link.is_action and bool(segments) and not segments[-1].placeholder


@dataclass
class ResourceTree:
    """The resources by href (parents before their children) and each one's children. Plain dicts: a networkx
    graph of the same cost a twentieth of `load()` to build, and nothing asked it more than these answer.
    """

    resources: dict[str, Resource]
    children: dict[str, list[Resource]]


def build_tree(links: list[Link], schema: Schema | None, warnings: Warnings) -> ResourceTree:
    """The tree of `Resource` nodes the links describe, each bound to its XSD type."""
    resources: dict[str, Resource] = {}
    children: dict[str, list[Resource]] = {}

    def ensure(href: str) -> Resource:
        resource = resources.get(href)
        if resource is None:
            if href:
                parent = "/".join(s.text for s in split_href(href)[:-1])
                ensure(parent)
            resource = resources[href] = Resource(href, "root" if not href else "resource")
            children[href] = []
            if href:
                children[parent].append(resource)
        return resource

    ensure("")  # the root, even for a document without links
    for link in links:
        ensure(link.href).links.append(link)

    for href, resource in resources.items():
        if not href:
            continue
        if resource.segments[-1].placeholder:
            resource.kind = "entity"
        elif resource.links and all(_is_action_link(k) for k in resource.links):
            resource.kind = "action"
        elif (
            any(c.segments[-1].placeholder for c in children[href])
            or resource.link("add", "POST")
            or (schema is not None and _collection_item(schema, _response(resource, "GET")))
        ):
            resource.kind = "collection"

    for resource in resources.values():  # parents first: an entity takes its collection's item type
        _bind_types(resources, resource, schema)

    if schema is not None:
        _check_types(links, schema, warnings)
    return ResourceTree(resources, children)


def _response(resource: Resource, method: str) -> str | None:
    return next(
        (
            k.response
            for k in resource.links
            if k.method == method and k.rel == "get" and k.response
        ),
        None,
    )


def _collection_item(schema: Schema, type_name: str | None) -> str | None:
    if not type_name:
        return None
    item = schema.collection_item(type_name)
    return item.type if item else None


def _bind_types(resources: dict[str, Resource], resource: Resource, schema: Schema | None) -> None:
    if resource.kind == "collection":
        resource.type = _response(resource, "GET")
        add = resource.link("add", "POST")
        resource.entity_type = (schema and _collection_item(schema, resource.type)) or (
            add.body.type if add and add.body else None
        )
    elif resource.kind == "entity":
        update = resource.link("update", "PUT")
        parent = resources[resource.parent_href] if resource.parent_href else None
        item = parent.entity_type if parent is not None else None
        responses = {k.response for k in resource.links if k.method == "GET" and k.rel == "get"}
        # The collection's item type decides among GETs declared twice with different responses
        # (oVirt's `glustervolumes/{id}`: GlusterVolume and GlusterVolumeProfileDetails).
        resource.type = (
            (item if item in responses else None)
            or _response(resource, "GET")
            or (update.body.type if update and update.body else None)
        )
        if resource.type is None:
            resource.type = item
        resource.entity_type = resource.type
    elif resource.kind == "resource":
        resource.type = _response(resource, "GET")
        resource.entity_type = resource.type
    elif resource.kind == "action":
        resource.type = next((k.body.type for k in resource.links if k.body and k.body.type), None)


def _check_types(links: list[Link], schema: Schema, warnings: Warnings) -> None:
    known = set(schema.types) | set(schema.enums)
    for link in links:
        for role, name in (
            ("body", link.body.type if link.body else None),
            ("response", link.response),
        ):
            if name and name not in known:
                warnings.add(
                    link.line,
                    "unknown-type",
                    f"{link.method} {link.href} rel={link.rel}: {role} type {name} is not in the schema",
                )


def type_graph(schema: Schema) -> nx.DiGraph:
    """Complex types and the complex types their elements and bases refer to."""
    import networkx as nx

    graph = nx.DiGraph()
    for ctype in schema.types.values():
        graph.add_node(ctype.name)
        for element in ctype.elements:
            if element.type in schema.types:
                graph.add_edge(ctype.name, element.type)
        if ctype.base in schema.types:
            graph.add_edge(ctype.name, ctype.base)
    return graph


def type_cycles(graph: nx.DiGraph) -> list[list[str]]:
    """Groups of types that refer to each other (strongly connected components, self-references included).

    Components rather than elementary cycles: oVirt's schema has far too many elementary cycles to list, and a
    component is exactly what a code layout must keep in one place or bind late.
    """
    import networkx as nx

    groups = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    groups += [[n] for n in graph.nodes if graph.has_edge(n, n) and not any(n in g for g in groups)]
    return sorted(groups, key=lambda g: (-len(g), g))
