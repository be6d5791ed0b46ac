"""What the client's `services` module declares: a class per resource of the tree, a method per link.

Collections and other addressable resources become path-holding service classes; entities become classes that
are both a typed view of the entity (a subclass of its type) and the place its operations live. Every method
records the links it issues (`__links__`), so each link of the RSDL can be traced to the method that sends it.
Names and signatures come from `model.bindings` (shared with the docs); this adds what the code needs to send
each call and read its answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from ...model.bindings import Argument, Bindings, Call, Service
from ...model.bodies import BodyRoot, body_root
from ...model.declarations import Link, Parameter
from ...model.loading import Model
from ...model.resources import Resource
from ..rendering import Python, literal, name, python
from .types import Types

CALL_FIELDS = [f.name for f in fields(Call)]


@dataclass
class Method(Call):
    path: Python = Python("self._path")  # the request path
    returns: Python = Python("None")
    result: str = ""  # class to read the response as
    item_tag: str | None = None  # for list: the repeated element of the collection
    # the root elements the answer may have (its type's top-level elements; none: unchecked), and for get,
    # those of the listing it searches by name
    roots: tuple[str, ...] = ()
    listing_roots: tuple[str, ...] = ()
    overloads: list[tuple[bool, list[list[str]]]] = field(default_factory=list)
    # for get: the list's search parameter ("" without one), to look up by name
    search: str | None = None
    # for list: its search and max arguments, which `iterate` fills
    pages: tuple[str, str] | None = None
    doc: str = ""
    ignore: str | None = None  # mypy code when the name hides a data field of the entity type
    # the arguments sent in the URL, by place (matrix, then query; only the places it has), and as headers
    url_arguments: list[tuple[str, list[Argument]]] = field(default_factory=list)
    headers: list[Argument] = field(default_factory=list)


@dataclass
class Accessor:
    name: str
    segment: str
    cls: str
    ignore: str | None = None


@dataclass
class ServiceClass:
    name: str
    kind: str  # collection, entity, resource
    resource: Resource
    type: str | None  # Python class in `types` (the entity type for entities)
    doc: str
    accessors: list[Accessor] = field(default_factory=list)
    methods: list[Method] = field(default_factory=list)
    entity: str | None = None  # for a collection: the class of its entities
    entry_type: str | None = None  # for the API: the class in `types` of the entry point
    entry_fields: list[tuple[str, str]] = field(default_factory=list)  # (API attribute, its field)

    @property
    def view(self) -> Python:
        """For an entity: the class in `types` it is a view of."""
        return name(f"types.{self.type}" if self.type else "_views.View")


@dataclass
class Services:
    classes: list[ServiceClass]
    api: ServiceClass  # the root: the API class

    def all(self) -> list[ServiceClass]:
        return [self.api, *self.classes]


def build_services(model: Model, types: Types, bindings: Bindings) -> Services:
    builder = _Builder(model, types)
    classes = [builder.service_class(s) for s in bindings.services]
    api = builder.service_class(bindings.api, model.rsdl.description or "")
    if bindings.entry is not None:
        api.entry_type = bindings.entry.name
        api.entry_fields = [(f.name, f.member.name) for f in bindings.api.fields]
    return Services(classes, api)


class _Builder:
    def __init__(self, model: Model, types: Types) -> None:
        self.model = model
        self.types = types
        self.schema = model.schema
        self.classes = {c.name: c for c in types.classes}  # by Python name

    def service_class(self, service: Service, doc: str | None = None) -> ServiceClass:
        resource = service.resource
        type_name = self.types.python(
            resource.entity_type if resource.kind == "entity" else resource.type
        )
        entity_type = resource.entity_type or "untyped"
        doc = (
            doc
            if doc is not None
            else {
                "collection": f"The `{resource.href}` collection of `{entity_type}` entities.",
                "entity": f"The `{entity_type}` at `{resource.href}`, with its operations.",
                "resource": f"The `{resource.href}` resource (`{entity_type}`).",
            }[resource.kind]
        )
        cls = ServiceClass(
            service.name, service.kind, resource, type_name if service.kind != "root" else None, doc
        )
        cls.entity = service.entity
        data: set[str] = set()
        if service.kind == "entity" and type_name:
            data = {f.name for f in self.classes[type_name].all_fields}

        def ignore(name: str) -> str | None:  # a member that hides a data field of the entity type
            return "assignment" if name in data else None

        cls.accessors = [
            Accessor(a.name, a.segment, a.service, ignore(a.name)) for a in service.accessors
        ]
        listing = next((c for c in service.calls if c.op == "list"), None)
        for call in service.calls:
            method = Method(**{name: getattr(call, name) for name in CALL_FIELDS})
            method.body = f"types.{call.body}" if call.body else None
            method.ignore = ignore(call.name)
            self._complete(cls, method, listing)
            cls.methods.append(method)
        return cls

    def _complete(self, cls: ServiceClass, method: Method, listing: Call | None) -> None:
        link = method.links[0]
        method.url_arguments = [(p, a) for p in ("matrix", "query") if (a := method.where(p))]
        method.headers = method.where("header")
        method.doc = _doc(link)
        method.roots = self._roots(link)
        if method.op == "list":
            self._list(cls, method)
            return
        if method.op == "get":
            self._entity_get(cls, method, listing)
            return
        if method.action is not None:
            method.path = python("_svc.join(self._path, {})", literal(method.action))
        method.overloads = _overloads(
            link, body_root(self.model.schema, link.body.type if link.body else None)
        )
        self._result(cls, method, link)

    def _list(self, cls: ServiceClass, method: Method) -> None:
        entity = self._entity(cls.resource)
        item_type = self.types.python(
            cls.resource.entity_type or (entity.entity_type if entity else None)
        )
        result = cls.entity or (f"types.{item_type}" if item_type else "_views.View")
        method.returns = python("_builtins.list[{}]", name(result))
        method.result = result
        method.item_tag = self._item_tag(cls.resource)
        search = next((a.name for a in method.where("query") if a.wire == "search"), None)
        size = next((a.name for a in method.where("matrix") if a.wire == "max"), None)
        if search and size:
            method.pages = (search, size)

    def _entity(self, resource: Resource) -> Resource | None:
        return next((c for c in self.model.children(resource) if c.kind == "entity"), None)

    def _item_tag(self, resource: Resource) -> str | None:
        if self.schema is None:
            return None
        if resource.type:
            item = self.schema.collection_item(resource.type)
            if item:
                return item.name
        return self.schema.element_for(resource.entity_type) if resource.entity_type else None

    def _entity_get(self, cls: ServiceClass, method: Method, listing: Call | None) -> None:
        method.path = Python("_svc.entity_path(self._path, id)")
        method.returns = python("{} | None", name(cls.entity))
        method.result = cls.entity or ""
        method.item_tag = self._item_tag(cls.resource)
        if listing is not None:
            method.search = next((a.wire for a in listing.where("query") if a.wire == "search"), "")
            method.listing_roots = self._roots(listing.links[0])

    def _roots(self, link: Link) -> tuple[str, ...]:
        if self.schema is None or not link.response:
            return ()
        return tuple(self.schema.elements_of(link.response))

    def _result(self, cls: ServiceClass, method: Method, link: Link) -> None:
        op = method.op
        if op == "delete":
            method.returns = Python("None")
            return
        if op == "update" and cls.kind == "entity":
            method.result = cls.name
        elif op == "add" and cls.kind == "collection" and cls.entity is not None:
            method.result = cls.entity
        else:
            py = self.types.python(link.response) or (method.body or "").removeprefix("types.")
            method.result = f"types.{py}" if py else "_views.View"
        method.returns = name(method.result)


def _overloads(link: Link, root: BodyRoot) -> list[tuple[bool, list[list[str]]]]:
    """Signatures to check at call time, as paths below the body's root element; only needed when some of
    them are deprecated."""
    if not any(s.deprecated for s in link.overloads):
        return []
    return [
        (s.deprecated, [[".".join(path) for path in root.paths(p)] for p in s.mandatory])
        for s in link.overloads
    ]


def _describe(param: Parameter) -> str:
    nested = ", ".join(p.name for s in param.sets for p in s.parameters)
    name = f"{param.name}[{nested}]" if nested else param.name
    return f"{name} (deprecated)" if param.deprecated else name


def _doc(link: Link) -> str:
    lines = [link.description or f"{link.rel} ({link.method} {link.href})", ""]
    lines.append(
        f"`{link.method} {link.href}`" + (f" returns `{link.response}`." if link.response else ".")
    )
    for number, overload in enumerate(link.overloads, 1):
        notes = [overload.description.strip().rstrip(".")] if overload.description else []
        notes += ["deprecated"] if overload.deprecated else []
        label = f"Signature {number}" + (f" ({'; '.join(notes)})" if notes else "")
        mandatory = ", ".join(_describe(p) for p in overload.mandatory) or "none"
        optional = ", ".join(_describe(p) for p in overload.optional) or "none"
        lines += ["", f"{label}: mandatory {mandatory}; optional {optional}."]
    return "\n".join(lines)
