"""What the client's `services` module declares: a class per resource of the tree, a method per link.

Collections and other addressable resources become path-holding service classes; entities become classes that
are both a typed view of the entity (a subclass of its type) and the place its operations live. Every method
records the links it issues (`__links__`), so each link of the RSDL can be traced to the method that sends it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .types import BUILTINS, RESERVED, Types, unique
from ...model.loading import Model
from ...model.bodies import BodyRoot, body_root
from ...model.declarations import Link, Parameter, ParameterSet
from ...model.naming import class_name, identifier, snake
from ...model.resources import Resource

# Headers the transport sets itself.
TRANSPORT_HEADERS = frozenset({"content-type", "accept", "authorization", "version", "prefer"})


@dataclass
class Argument:
    name: str  # Python keyword
    wire: str  # URL parameter or header name
    where: str  # "matrix", "query" or "header"
    annotation: str
    deprecated: bool = False
    doc: str | None = None


@dataclass
class Method:
    name: str
    op: str  # list, get, add, update, delete, action, fetch (GET of a non-collection resource)
    http: str
    links: list[Link]
    path: str  # Python expression of the request path
    arguments: list[Argument] = field(default_factory=list)
    body: str | None = None  # Python class of the body
    body_arg: str | None = None  # its parameter; None when the entity sends itself
    body_required: bool = False
    returns: str = "None"
    result: str = ""  # class to read the response as
    item_tag: str | None = None  # for list: the repeated element of the collection
    overloads: list[tuple[bool, list[list[str]]]] = field(default_factory=list)
    search: str | None = None  # for get: the list's search argument, to look up by name
    doc: str = ""
    ignore: str | None = None  # mypy code when the name hides a data field of the entity type

    @property
    def keys(self) -> list[tuple[str, str, str]]:
        seen: list[tuple[str, str, str]] = []
        for link in self.links:
            key = (link.method, link.href, link.rel)
            if key not in seen:
                seen.append(key)
        return seen

    def where(self, place: str) -> list[Argument]:
        return [a for a in self.arguments if a.where == place]

    @property
    def deprecated(self) -> list[Argument]:
        return [a for a in self.arguments if a.deprecated]


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

    @property
    def bases(self) -> str:
        if self.kind == "entity":
            return f"_svc.Entity, types.{self.type}" if self.type else "_svc.Entity, _views.View"
        return "_svc.Service"


@dataclass
class Services:
    classes: list[ServiceClass]
    api: ServiceClass  # the root: the API class

    def all(self) -> list[ServiceClass]:
        return [self.api, *self.classes]


def build_services(model: Model, types: Types) -> Services:
    builder = _Builder(model, types)
    return builder.build()


def referenced_types(model: Model) -> set[str]:
    """XSD types the services need a class for, whether or not the schema declares them."""
    names = {"Action"} if model.actions else set()
    for link in model.links:
        names.update(t for t in (link.response, link.body.type if link.body else None) if t)
    for resource in model.resources():
        names.update(t for t in (resource.type, resource.entity_type) if t)
    return names


class _Builder:
    def __init__(self, model: Model, types: Types) -> None:
        self.model = model
        self.types = types
        self.schema = model.schema
        taken = {"API"}
        self.names = {
            r.href: unique(_class_name(r), taken)
            for r in model.resources()
            if r.kind in ("collection", "entity", "resource")
        }

    def build(self) -> Services:
        classes = [
            self._service(r)
            for r in self.model.resources()
            if r.kind in ("collection", "entity", "resource")
        ]
        root = self.model.resource("") or Resource("", "root")
        api = ServiceClass("API", "root", root, None, self.model.rsdl.description or "")
        self._members(api, {"close", "wait", "connection"})
        return Services(classes, api)

    def _python_type(self, xsd: str | None) -> str | None:
        return self.types.python(xsd)

    def _service(self, resource: Resource) -> ServiceClass:
        type_name = self._python_type(
            resource.entity_type if resource.kind == "entity" else resource.type
        )
        entity_type = resource.entity_type or "untyped"
        doc = {
            "collection": f"The `{resource.href}` collection of `{entity_type}` entities.",
            "entity": f"The `{entity_type}` at `{resource.href}`, with its operations.",
            "resource": f"The `{resource.href}` resource (`{entity_type}`).",
        }[resource.kind]
        cls = ServiceClass(self.names[resource.href], resource.kind, resource, type_name, doc)
        entity = next((c for c in self.model.children(resource) if c.kind == "entity"), None)
        cls.entity = self.names[entity.href] if entity else None
        data_fields: set[str] = set()
        if resource.kind == "entity" and type_name:
            data_fields = {
                f.name for c in self.types.classes if c.name == type_name for f in c.all_fields
            }
        machinery = {"entity"} if resource.kind == "collection" else set()
        self._members(cls, RESERVED | machinery, data_fields)
        return cls

    def _members(
        self, cls: ServiceClass, reserved: set[str] | frozenset[str], data: set[str] = set()
    ) -> None:
        taken = set(reserved)
        resource = cls.resource
        own = [self._own_method(cls, link) for link in resource.links]
        if cls.kind == "collection":
            entity = next((c for c in self.model.children(resource) if c.kind == "entity"), None)
            get = self._entity_get(cls, entity, own) if entity else None
            if get:
                own.append(get)
        methods: dict[str, Method] = {}
        for method in [m for m in own if m is not None]:
            if method.name in methods and methods[method.name].http == method.http:
                methods[method.name].links.extend(method.links)  # the same operation declared twice
                continue
            method.name = unique(method.name, taken)
            methods[method.name] = method
        for child in self.model.children(resource):
            if child.kind == "action":
                for link in child.links:
                    method = self._action(cls, child, link)
                    if method.name in methods and methods[method.name].keys == method.keys:
                        methods[method.name].links.append(link)
                        continue
                    method.name = unique(method.name, taken)
                    methods[method.name] = method
            elif child.kind in ("collection", "resource"):
                name = unique(identifier(child.name), taken)
                ignore = "assignment" if name in data else None
                cls.accessors.append(Accessor(name, child.name, self.names[child.href], ignore))
        for method in methods.values():
            method.ignore = "assignment" if method.name in data else None
        cls.methods = list(methods.values())

    # --- methods -------------------------------------------------------------------------------------------

    def _own_method(self, cls: ServiceClass, link: Link) -> Method | None:
        kind, rel, http = cls.kind, link.rel, link.method
        if kind == "entity" and http == "GET" and rel == "get":
            return None  # issued by the collection's get(id=...)
        if kind == "collection" and http == "GET" and rel == "get":
            return self._list(cls, link)
        if http == "GET":
            return self._simple(cls, link, "get" if rel == "get" else identifier(rel), "fetch")
        if rel in ("add", "update", "delete"):
            return self._simple(cls, link, rel, rel)
        return self._simple(cls, link, identifier(rel), "action")

    def _arguments(self, link: Link, taken: set[str]) -> list[Argument]:
        arguments = []
        for param in link.url:
            name = "query" if param.name == "search" and param.context == "query" else param.name
            arguments.append(
                Argument(
                    unique(identifier(name), taken),
                    param.name,
                    param.context or "query",
                    _annotation(param.type),
                    param.deprecated,
                    param.value,
                )
            )
        for header in link.headers:
            if header.name.lower() in TRANSPORT_HEADERS:
                continue
            annotation = "bool" if (header.value or "").lower() == "true|false" else "str"
            arguments.append(
                Argument(
                    unique(identifier(header.name), taken),
                    header.name,
                    "header",
                    annotation,
                    doc=header.value,
                )
            )
        return arguments

    def _list(self, cls: ServiceClass, link: Link) -> Method:
        entity = next((c for c in self.model.children(cls.resource) if c.kind == "entity"), None)
        item_cls = self.names[entity.href] if entity else None
        item_type = self._python_type(
            cls.resource.entity_type or (entity.entity_type if entity else None)
        )
        result = item_cls or (f"types.{item_type}" if item_type else "_views.View")
        return Method(
            name="list",
            op="list",
            http="GET",
            links=[link],
            path="self._path",
            arguments=self._arguments(link, {"self"}),
            returns=f"_builtins.list[{result}]",
            result=result,
            item_tag=self._item_tag(cls.resource),
            doc=_doc(link),
        )

    def _item_tag(self, resource: Resource) -> str | None:
        if self.schema is None:
            return None
        if resource.type:
            item = self.schema.collection_item(resource.type)
            if item:
                return item.name
        return self.schema.element_for(resource.entity_type) if resource.entity_type else None

    def _entity_get(
        self, cls: ServiceClass, entity: Resource, own: list[Method | None]
    ) -> Method | None:
        links = [k for k in entity.links if k.method == "GET" and k.rel == "get"]
        if not links:
            return None
        listing = next((m for m in own if m is not None and m.op == "list"), None)
        arguments = self._arguments(links[0], {"self", "id", "name"})
        search = None
        if listing is not None:
            search = next((a.name for a in listing.arguments if a.wire == "search"), "")
        return Method(
            name="get",
            op="get",
            http="GET",
            links=links,
            path="_svc.entity_path(self._path, id)",
            arguments=arguments,
            returns=f"{self.names[entity.href]} | None",
            result=self.names[entity.href],
            search=search,
            doc=_doc(links[0]),
        )

    def _body(self, link: Link, default: str | None = None) -> tuple[str | None, str | None]:
        """The Python class of a link's body and the name of its parameter."""
        xsd = (link.body.type if link.body else None) or default
        py = self._python_type(xsd)
        if xsd is None or py is None:
            return None, None
        element = (self.schema.element_for(xsd) if self.schema else None) or snake(xsd)
        return f"types.{py}", identifier(element)

    def _simple(self, cls: ServiceClass, link: Link, name: str, op: str) -> Method:
        """add/update/delete/get and actions on the resource itself."""
        default_body = "Action" if op == "action" else None
        body, body_arg = self._body(link, default_body)
        if op == "update" and cls.kind == "entity":
            body_arg = None  # an entity sends itself
        taken = {"self", body_arg or ""}
        method = Method(
            name=name,
            op=op,
            http=link.method,
            links=[link],
            path="self._path",
            arguments=self._arguments(link, taken),
            body=body if op != "fetch" else None,
            body_arg=body_arg if op != "fetch" else None,
            body_required=op == "add"
            or (op == "update" and cls.kind != "entity")
            or (op == "action" and _needs_body(link)),
            overloads=_overloads(
                link, body_root(self.model.schema, link.body.type if link.body else None)
            ),
            doc=_doc(link),
        )
        self._result(cls, method, link)
        return method

    def _action(self, cls: ServiceClass, action: Resource, link: Link) -> Method:
        method = self._simple(cls, link, identifier(link.rel), "action")
        method.path = f"_svc.join(self._path, {action.name!r})"
        return method

    def _result(self, cls: ServiceClass, method: Method, link: Link) -> None:
        op = method.op
        if op == "delete":
            method.returns = "None"
            return
        if op == "update" and cls.kind == "entity":
            method.returns = method.result = cls.name
            return
        if op == "add" and cls.kind == "collection":
            entity = next(
                (c for c in self.model.children(cls.resource) if c.kind == "entity"), None
            )
            if entity is not None:
                method.returns = method.result = self.names[entity.href]
                return
        py = self._python_type(link.response) or (method.body or "").removeprefix("types.") or None
        method.result = f"types.{py}" if py else "_views.View"
        method.returns = method.result


def _class_name(resource: Resource) -> str:
    """`vms` -> Vms, `vms/{vm:id}` -> Vm, `vms/{vm:id}/nics` -> VmNics: a collection followed by its entity
    is named by the entity."""
    segments = resource.segments
    parts = []
    for index, segment in enumerate(segments):
        if segment.placeholder:
            parts.append(class_name(segment.name.split(":")[0]))
        elif not (index + 1 < len(segments) and segments[index + 1].placeholder):
            parts.append(class_name(segment.name))
    return "".join(parts) or "Root"


def _annotation(xsd_type: str) -> str:
    py = BUILTINS.get(xsd_type, ("", "str"))[1]
    return py if py in ("int", "bool", "float") else "str"


def _needs_body(link: Link) -> bool:
    """True when no current signature can be met with an empty body (an action with mandatory parameters)."""
    overloads = [o for o in link.overloads if not o.deprecated] or link.overloads
    return bool(overloads) and all(o.mandatory for o in overloads)


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
