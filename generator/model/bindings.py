"""The Python surface of the generated client, by rule: what each type, field, service, accessor, method and
argument is called, and which method sends each link. The client target renders it as code; the docs show, next
to each operation, the call that sends it (`api.vms.get(id=VM_ID).start(types.Action())`). One source, so a
rename shows in both.

Names come from `naming`; clashes are settled by a trailing underscore, in a fixed order (enums before classes,
inherited fields before own ones, a service's own methods before its actions and sub-collections), never by a
table.

    bindings = build_bindings(model)
    service, call = bindings.call_of(link)        # the method that sends `link`, and its class
    bindings.chain(resource)                      # [(`vms`, Service Vms), (`get(id=…)`, Service Vm)]
    bindings.types.classes["VM"].members          # constructor keywords of `types.VM`, inherited first
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from .declarations import Attribute, Element, Link, Schema
from .loading import Model
from .naming import class_name, identifier, snake, unique
from .resources import Resource

# XSD builtins -> the Python annotation of their values; anything else is text (`str`).
INTEGERS = [
    "int",
    "integer",
    "long",
    "short",
    "byte",
    "unsignedInt",
    "unsignedLong",
    "unsignedShort",
    "unsignedByte",
    "nonNegativeInteger",
    "positiveInteger",
    "nonPositiveInteger",
    "negativeInteger",
]
ANNOTATIONS: dict[str, str] = {
    **{f"xs:{name}": "int" for name in INTEGERS},
    "xs:boolean": "bool",
    "xs:double": "float",
    "xs:float": "float",
    "xs:decimal": "_decimal.Decimal",
    "xs:dateTime": "_dt.datetime",
    "xs:date": "_dt.date",
}
# Names the generated class bodies use in annotations: a field or method of that name would hide them.
RESERVED = frozenset({"str", "int", "bool", "float"})
# Headers the client's transport sets itself: no method takes them as arguments.
TRANSPORT_HEADERS = frozenset({"content-type", "accept", "authorization", "version", "prefer"})
# Members of the API class and of collections that no generated name may take.
API_MEMBERS = frozenset({"close", "wait", "connection", "test"})
COLLECTION_MEMBERS = frozenset({"entity", "iterate"})
# Keywords of the client's own that methods take besides the link's: the per-call options, and the page size
# of `iterate`.
CLIENT_KEYWORDS = frozenset({"timeout", "headers", "retry", "page_size"})
# The element the entry point answers with (guide §3.1): its type's own fields are read as `api.<field>`.
ENTRY_ELEMENT = "api"


# --- types -------------------------------------------------------------------------------------------------


@dataclass
class Member:
    """One keyword of a type's constructor and attribute of its instances."""

    name: str  # Python name
    xml: str  # element or attribute name; "" for the text of a simple-content type
    kind: str  # "attribute", "text" or "element"
    type: str  # XSD type of the value
    declaration: Attribute | Element | None  # None for text


@dataclass
class TypeBinding:
    name: str  # Python class in `types`
    xsd: str
    base: str | None  # XSD base type the class extends, when it has a class
    tag: str  # the element it reads and writes
    members: list[Member] = field(default_factory=list)  # own members, in schema order
    all_members: list[Member] = field(default_factory=list)  # with inherited ones: the constructor

    def member(self, xml: str, attribute: bool) -> Member | None:
        kind = "attribute" if attribute else "element"
        return next((m for m in self.all_members if m.xml == xml and m.kind == kind), None)


@dataclass
class EnumBinding:
    name: str  # Python StrEnum in `types`
    xsd: str
    members: list[tuple[str, str]]  # (Python name, value)


@dataclass
class TypeBindings:
    classes: dict[str, TypeBinding]  # by XSD name, bases before subclasses
    enums: dict[str, EnumBinding]  # by XSD name, sorted

    def python(self, xsd: str | None) -> str | None:
        found = self.classes.get(xsd) if xsd else None
        return found.name if found else None


def referenced_types(model: Model) -> set[str]:
    """XSD types the services need a class for, whether or not the schema declares them."""
    names = {"Action"} if model.actions else set()
    for link in model.links:
        names.update(t for t in (link.response, link.body.type if link.body else None) if t)
    for resource in model.resources():
        names.update(t for t in (resource.type, resource.entity_type) if t)
    return names


def build_types(schema: Schema | None, referenced: set[str]) -> TypeBindings:
    """Classes for every schema type, plus empty ones for types the RSDL names but the schema lacks."""
    schema = schema or Schema(file="")
    taken: set[str] = set()
    enums = {
        e.name: EnumBinding(unique(class_name(e.name), taken), e.name, _enum_members(e.values))
        for e in sorted(schema.enums.values(), key=lambda e: e.name)
        if e.values
    }
    names = sorted(set(schema.types) | {r for r in referenced if r not in schema.enums})
    python = {xsd: unique(class_name(xsd), taken) for xsd in names}
    classes: dict[str, TypeBinding] = {}
    for xsd in _bases_first(schema, names):
        ctype = schema.types.get(xsd)
        base = classes.get(ctype.base) if ctype and ctype.base else None
        binding = TypeBinding(
            python[xsd], xsd, base.xsd if base else None, schema.element_for(xsd) or snake(xsd)
        )
        inherited = list(base.all_members) if base else []
        used_names = {m.name for m in inherited} | RESERVED
        used_xml = {(m.kind == "attribute", m.xml) for m in inherited}
        for own in _own_members(schema, xsd):
            key = (own.kind == "attribute", own.xml)
            if key in used_xml:
                continue  # redeclared by an extension: the base's member serves
            used_xml.add(key)
            own.name = unique(own.name, used_names)
            binding.members.append(own)
        binding.all_members = inherited + binding.members
        classes[xsd] = binding
    return TypeBindings(classes, enums)


def _enum_members(values: list[str]) -> list[tuple[str, str]]:
    taken: set[str] = set()
    members = []
    for value in values:
        name = unique(identifier(value).upper(), taken)
        if len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_":
            # `_3D_` (a leading digit's underscore, then a clash's) is a _sunder_ name: Enum refuses it
            name = unique(name + "_", taken)
        members.append((name, value))
    return members


def _bases_first(schema: Schema, names: list[str]) -> list[str]:
    """`names` with each base before the types extending it, otherwise in name order: the lexicographic
    topological order, by a heap. A type has one base and the reader breaks base cycles, so this is all it
    takes (networkx's sort, which did the same, cost its 0.12 s import in every `generate`)."""
    extensions: dict[str, list[str]] = {}
    ready = []
    for name in names:
        ctype = schema.types.get(name)
        if ctype and ctype.base in schema.types:
            extensions.setdefault(ctype.base, []).append(name)
        else:
            ready.append(name)
    heapq.heapify(ready)
    ordered = []
    while ready:
        name = heapq.heappop(ready)
        ordered.append(name)
        for extension in extensions.get(name, ()):
            heapq.heappush(ready, extension)
    return ordered


def _own_members(schema: Schema, xsd: str) -> list[Member]:
    """Attributes, then the text of simple content, then elements, as the schema declares them."""
    ctype = schema.types.get(xsd)
    if ctype is None:
        return []
    members = [Member(identifier(a.name), a.name, "attribute", a.type, a) for a in ctype.attributes]
    if ctype.text_type:
        members.append(Member("value", "", "text", ctype.text_type, None))
    members += [Member(identifier(e.name), e.name, "element", e.type, e) for e in ctype.elements]
    return members


# --- services ----------------------------------------------------------------------------------------------


@dataclass
class Argument:
    name: str  # Python keyword
    wire: str  # URL parameter or header name
    where: str  # "matrix", "query" or "header"
    annotation: str
    deprecated: bool = False
    doc: str | None = None


@dataclass
class Call:
    """A method of a service class, and the links it sends."""

    name: str
    op: str  # list, get, add, update, delete, action, fetch (GET of a non-collection resource)
    http: str
    links: list[Link]
    arguments: list[Argument] = field(default_factory=list)
    body: str | None = None  # Python class in `types` of the body
    body_arg: str | None = None  # its parameter; None when the entity sends itself
    body_required: bool = False
    action: str | None = None  # for actions below the resource: their path segment

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
    name: str  # attribute of the service (`vm.nics`)
    segment: str
    service: str  # the class it leads to


@dataclass
class EntryField:
    name: str  # attribute of the API (`api.product_info`)
    member: Member  # the field of the entry point's type it reads


@dataclass
class Service:
    name: str  # Python class in `services`; `API` for the root
    kind: str  # root, collection, entity, resource
    resource: Resource
    accessors: list[Accessor] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    entity: str | None = None  # for a collection: the class of its entities
    fields: list[EntryField] = field(default_factory=list)  # for the root: the entry point's data


@dataclass
class Bindings:
    types: TypeBindings
    api: Service
    services: list[Service]  # in the order of the resource tree
    entry: TypeBinding | None = None  # the type of the entry point's representation
    _by_name: dict[str, Service] = field(default_factory=dict, repr=False)
    _by_href: dict[str, Service] = field(default_factory=dict, repr=False)
    _calls: dict[tuple[str, str, str, str | None], tuple[Service, Call]] = field(
        default_factory=dict, repr=False
    )

    def __post_init__(self) -> None:
        for service in self.all():
            self._by_name[service.name] = service
            self._by_href[service.resource.href] = service
            for call in service.calls:
                for link in call.links:
                    self._calls.setdefault(link.key, (service, call))

    def all(self) -> list[Service]:
        return [self.api, *self.services]

    def service(self, href: str) -> Service | None:
        return self._by_href.get(href)

    def call_of(self, link: Link) -> tuple[Service, Call] | None:
        """The service and method that send `link`; None for a link no method sends."""
        return self._calls.get(link.key)

    def chain(self, service: Service) -> list[tuple[str, Service]]:
        """How to reach `service` from `API`: each step's Python (`vms`, `get(id=VM_ID)`, `nics`) and the
        service it gives; an entity is reached through its collection's `get(id=…)`, or `entity(…)` when
        the RSDL has no GET for it. Empty for the API itself."""
        steps: list[tuple[str, Service]] = []
        current = service
        while current is not self.api:
            parent = self._parent(current)
            if current.kind == "entity":
                variable = snake(current.resource.segments[-1].name).upper()
                fetch = any(c.op == "get" for c in parent.calls)
                steps.append((f"get(id={variable})" if fetch else f"entity({variable})", current))
            else:
                accessor = next(a for a in parent.accessors if a.service == current.name)
                steps.append((accessor.name, current))
            current = parent
        return list(reversed(steps))

    def _parent(self, service: Service) -> Service:
        href = service.resource.href
        while "/" in href:
            href = href.rsplit("/", 1)[0]
            found = self._by_href.get(href)
            if found is not None:
                return found
        return self.api


def build_bindings(model: Model) -> Bindings:
    return _Builder(model, build_types(model.schema, referenced_types(model))).build()


class _Builder:
    def __init__(self, model: Model, types: TypeBindings) -> None:
        self.model = model
        self.types = types
        self.schema = model.schema
        # the names the services modules define or import themselves
        taken = {"API", "AsyncAPI", "Connection", "AsyncConnection"}
        self.names = {
            r.href: unique(_class_name(r), taken)
            for r in model.resources()
            if r.kind in ("collection", "entity", "resource")
        }

    def build(self) -> Bindings:
        services = [
            self._service(r)
            for r in self.model.resources()
            if r.kind in ("collection", "entity", "resource")
        ]
        root = self.model.resource("") or Resource("", "root")
        api = Service("API", "root", root)
        self._members(api, API_MEMBERS)
        entry_type = self.schema.elements.get(ENTRY_ELEMENT) if self.schema else None
        entry = self.types.classes.get(entry_type) if entry_type else None
        if entry is not None:
            taken = set(API_MEMBERS) | {a.name for a in api.accessors} | {c.name for c in api.calls}
            api.fields = [EntryField(unique(m.name, taken), m) for m in entry.members]
        return Bindings(self.types, api, services, entry)

    def _service(self, resource: Resource) -> Service:
        service = Service(self.names[resource.href], resource.kind, resource)
        entity = self._entity(resource)
        service.entity = self.names[entity.href] if entity else None
        machinery = COLLECTION_MEMBERS if resource.kind == "collection" else frozenset()
        self._members(service, RESERVED | machinery)
        return service

    def _entity(self, resource: Resource) -> Resource | None:
        return next((c for c in self.model.children(resource) if c.kind == "entity"), None)

    def _members(self, service: Service, reserved: frozenset[str]) -> None:
        """Own methods first, then actions and sub-collections in tree order; each name unique."""
        taken = set(reserved)
        resource = service.resource
        own = [self._own_call(service, link) for link in resource.links]
        if service.kind == "collection":
            entity = self._entity(resource)
            own.append(self._entity_get(entity) if entity else None)
        calls: dict[str, Call] = {}
        for call in [c for c in own if c is not None]:
            if call.name in calls and calls[call.name].http == call.http:
                calls[call.name].links.extend(call.links)  # the same operation declared twice
                continue
            call.name = unique(call.name, taken)
            calls[call.name] = call
        for child in self.model.children(resource):
            if child.kind == "action":
                for link in child.links:
                    call = self._call(link, identifier(link.rel), "action", service.kind)
                    call.action = child.name
                    if call.name in calls and calls[call.name].keys == call.keys:
                        calls[call.name].links.append(link)
                        continue
                    call.name = unique(call.name, taken)
                    calls[call.name] = call
            elif child.kind in ("collection", "resource"):
                name = unique(identifier(child.name), taken)
                service.accessors.append(Accessor(name, child.name, self.names[child.href]))
        service.calls = list(calls.values())

    def _own_call(self, service: Service, link: Link) -> Call | None:
        kind, rel, http = service.kind, link.rel, link.method
        if kind == "entity" and http == "GET" and rel == "get":
            return None  # sent by the collection's get(id=...)
        if kind == "collection" and http == "GET" and rel == "get":
            return Call("list", "list", "GET", [link], self._arguments(link, {"self"}))
        if http == "GET":
            return self._call(link, "get" if rel == "get" else identifier(rel), "fetch", kind)
        if rel in ("add", "update", "delete"):
            return self._call(link, rel, rel, kind)
        return self._call(link, identifier(rel), "action", kind)

    def _entity_get(self, entity: Resource) -> Call | None:
        links = [k for k in entity.links if k.method == "GET" and k.rel == "get"]
        if not links:
            return None
        return Call("get", "get", "GET", links, self._arguments(links[0], {"self", "id", "name"}))

    def _call(self, link: Link, name: str, op: str, kind: str) -> Call:
        """add/update/delete/fetch and actions."""
        body, body_arg = self._body(link, "Action" if op == "action" else None)
        if op == "update" and kind == "entity":
            body_arg = None  # an entity sends itself
        arguments = self._arguments(link, {"self", body_arg or ""})
        sent = op != "fetch"  # a GET sends no body, but its argument names still avoid the body's
        return Call(
            name,
            op,
            link.method,
            [link],
            arguments,
            body if sent else None,
            body_arg if sent else None,
            op == "add"
            or (op == "update" and kind != "entity")
            or (op == "action" and _needs_body(link))
            # a DELETE body the RSDL does not mark `required="false"` (`storagedomains/{id}`: its host),
            # which the mock engine demands too
            or (op == "delete" and link.body is not None and link.body.required),
        )

    def _body(self, link: Link, default: str | None) -> tuple[str | None, str | None]:
        """The Python class of a link's body and the name of its parameter."""
        xsd = (link.body.type if link.body else None) or default
        py = self.types.python(xsd)
        if xsd is None or py is None:
            return None, None
        element = (self.schema.element_for(xsd) if self.schema else None) or snake(xsd)
        return py, identifier(element)

    def _arguments(self, link: Link, taken: set[str]) -> list[Argument]:
        arguments = []
        taken = taken | CLIENT_KEYWORDS
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
    """A URL parameter's annotation: the scalars the transport writes as they are, else text."""
    py = ANNOTATIONS.get(xsd_type, "str")
    return py if py in ("int", "bool", "float") else "str"


def _needs_body(link: Link) -> bool:
    """True when no current signature can be met with an empty body (an action with mandatory parameters)."""
    overloads = [o for o in link.overloads if not o.deprecated] or link.overloads
    return bool(overloads) and all(o.mandatory for o in overloads)
