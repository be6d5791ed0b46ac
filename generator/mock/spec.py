"""The tables the mock engine runs from: what the source documents declare about each link, resource and
schema type, the API root, the product and the documents' fingerprint.

One model for both sides: the generator builds a `Spec` from its model (`targets/server/spec.py`) and writes
it as `spec.json` into a generated server, which reads it back with `Spec.from_package`; tests build one in
memory. The JSON form is the dataclasses field by field (as orjson writes them), read back by one generic reader
(`_decode`), so a field added here is written and read without another line.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Any

import orjson

from .routing import Trie


@dataclass(frozen=True)
class Need:
    """A mandatory body parameter, as element paths below the body's root element.

    `storagedomain.host.id|name` -> path ("host",), leaves ("id", "name"); a collection parameter
    (`disk.lun_storage.logical_unit`) has no leaves, its path reaches the items, and `sets` holds the
    mandatory parameters of its nested overloads, relative to one item (any one set will do); an optional
    collection is listed when its items have mandatory parameters (`vm.cdroms.cdrom` needs `cdrom.file.id`).
    """

    name: str
    path: tuple[str, ...]
    leaves: tuple[str, ...] = ()
    sets: tuple[tuple[Need, ...], ...] = ()
    optional: bool = False  # an optional collection: its items, when given, still need their sets


@dataclass(frozen=True)
class Overload:
    needs: tuple[Need, ...]
    deprecated: bool


@dataclass(frozen=True)
class BodySpec:
    type: str | None
    element: str | None
    required: bool
    overloads: tuple[Overload, ...]
    updatable: tuple[str, ...]  # dotted paths below the root that an update may change


@dataclass(frozen=True)
class UrlParam:
    name: str
    argument: str  # the Python keyword of the handler method
    context: str
    type: str  # "str", "bool" or "int"


@dataclass(frozen=True)
class LinkSpec:
    handler: str
    href: str
    rel: str
    method: str
    kind: str
    response: str | None
    description: str | None
    body: BodySpec | None
    url: tuple[UrlParam, ...]
    path_arguments: tuple[str, ...]
    expect: bool  # the link declares `Expect: 201-created`


@dataclass(frozen=True)
class ResourceSpec:
    href: str
    kind: str
    element: str  # a collection's wrapper element, else the entity's element
    item: str | None = None  # a collection's item element
    actions: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    searchable: bool = False
    # an add answers 202 unless `Expect: 201-created` (the generator's model/statuses.py)
    created_async: bool = False

    @property
    def parent(self) -> str:
        return self.href.rpartition("/")[0]


@dataclass(frozen=True)
class ChildSpec:
    name: str
    type: str | None  # a complex type of the schema; None for text
    repeated: bool


@dataclass(frozen=True)
class TypeSpec:
    """A schema type as its JSON form needs it (guide §9.3): which names are attributes, which children
    repeat (arrays) and of what type, in schema order, and whether the element holds text (`value`).
    """

    name: str
    attributes: tuple[str, ...]
    children: tuple[ChildSpec, ...]
    text: bool


@dataclass(frozen=True)
class CapabilityList:
    """A list of a capabilities version (`vm_states` of `vm_state`) and the values the schema enumerates."""

    element: str
    item: str
    values: tuple[str, ...]


DOCUMENTS = (
    "rsdl.xml",
    "api.xsd",
)  # the source documents a spec may carry, served at `?rsdl`, `?schema`


@dataclass(eq=False)
class Spec:
    api_root: str
    fingerprint: str  # sha256 over the source documents
    product: dict[str, str]  # name, vendor, and the RSDL's version parts
    links: tuple[LinkSpec, ...]  # in routing order
    resources: dict[str, ResourceSpec]  # by href template
    types: dict[str, TypeSpec]
    elements: dict[str, str]  # top-level element -> its schema type
    capabilities: tuple[CapabilityList, ...] = ()
    # header (lower case) -> the values the documents list for it (`Filter: true|false`), where they list some
    headers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    documents: Mapping[str, bytes] = field(default_factory=dict, repr=False)  # by name in DOCUMENTS

    # --- the JSON form ------------------------------------------------------------------------------------

    def to_json(self) -> str:
        # orjson writes the dataclasses itself: json.dumps after dataclasses.asdict took 0.1 s for oVirt 3.6
        tables = {
            "api_root": self.api_root,
            "fingerprint": self.fingerprint,
            "product": self.product,
            "links": self.links,
            "resources": list(self.resources.values()),
            "types": list(self.types.values()),
            "elements": self.elements,
            "capabilities": self.capabilities,
            "headers": self.headers,
        }
        return (
            orjson.dumps(tables, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n"
        )

    @classmethod
    def from_json(cls, text: str | bytes, documents: Mapping[str, bytes] | None = None) -> Spec:
        data = orjson.loads(text)
        return cls(
            api_root=data["api_root"],
            fingerprint=data["fingerprint"],
            product=dict(data["product"]),
            links=tuple(_decode(LinkSpec, link) for link in data["links"]),
            resources={r["href"]: _decode(ResourceSpec, r) for r in data["resources"]},
            types={t["name"]: _decode(TypeSpec, t) for t in data["types"]},
            elements=dict(data["elements"]),
            capabilities=tuple(_decode(CapabilityList, c) for c in data["capabilities"]),
            headers={name: tuple(values) for name, values in data.get("headers", {}).items()},
            documents=documents or {},
        )

    @classmethod
    def from_package(cls, package: str) -> Spec:
        """The spec a generated server carries: its `spec.json` and `documents/`."""
        folder = resources.files(package)
        found = {
            name: folder.joinpath("documents", name).read_bytes()
            for name in DOCUMENTS
            if folder.joinpath("documents", name).is_file()
        }
        return cls.from_json(folder.joinpath("spec.json").read_bytes(), found)

    # --- what the runtime looks up, computed once ---------------------------------------------------------

    def type_of(self, element: str) -> TypeSpec | None:
        """The schema type of a top-level element."""
        return self.types.get(self.elements.get(element, ""))

    @cached_property
    def router(self) -> Trie[LinkSpec]:
        """The links by path: built once, and read by every engine made from this spec (engines are made
        per test, and the trie of oVirt 3.6's 774 links costs more than the rest of a fresh engine)."""
        return Trie(self.links)

    @cached_property
    def top(self) -> tuple[ResourceSpec, ...]:
        """The top-level collections."""
        return tuple(
            r for r in self.resources.values() if r.kind == "collection" and "/" not in r.href
        )

    @cached_property
    def top_items(self) -> dict[str, str]:
        """`vm` -> `vms`: the top-level collection of each entity element."""
        return {r.item: r.href for r in self.top if r.item}

    @cached_property
    def referenced(self) -> dict[str, str]:
        """Where a reference element (`<cluster id=...>`) points: its own top-level collection, or, for one
        named otherwise than its type's element (`<base_template id=...>`, a `Template`), the collection of
        that type, where the schema types every child of that name alike."""
        collection_of = {self.elements.get(item): href for item, href in self.top_items.items()}
        types: dict[str, set[str | None]] = {}
        for children in self.children.values():
            for name, child in children.items():
                types.setdefault(name, set()).add(child.type)
        aliases = {
            name: collection_of[kind]
            for name, (kind,) in ((n, tuple(t)) for n, t in types.items() if len(t) == 1)
            if kind in collection_of and name not in self.top_items
        }
        return {**aliases, **self.top_items}

    @cached_property
    def children(self) -> dict[str, dict[str, ChildSpec]]:
        """type -> child name -> its declaration."""
        return {name: {c.name: c for c in spec.children} for name, spec in self.types.items()}

    @cached_property
    def order(self) -> dict[str, dict[str, int]]:
        """type -> child name -> its position in the schema."""
        return {
            name: {c.name: i for i, c in enumerate(t.children)} for name, t in self.types.items()
        }

    @cached_property
    def attribute_names(self) -> frozenset[str]:
        return frozenset(a for t in self.types.values() for a in t.attributes)

    @cached_property
    def child_names(self) -> frozenset[str]:
        return frozenset(c.name for t in self.types.values() for c in t.children)

    @cached_property
    def types_of_child(self) -> dict[tuple[str, str], str]:
        """(top-level element, child) -> the schema type of that child, for children of complex types."""
        return {
            (element, child.name): child.type
            for element, type_name in self.elements.items()
            if type_name in self.types
            for child in self.types[type_name].children
            if child.type
        }

    def declared(self, element: str) -> frozenset[str]:
        """The children the schema declares for a top-level element (none when it has no type)."""
        spec = self.type_of(element)
        return frozenset(c.name for c in spec.children) if spec else frozenset()

    def declared_below(self, element: str, child: str) -> frozenset[str]:
        """The children the schema declares for the child `child` of a top-level element."""
        spec = self.types.get(self.types_of_child.get((element, child)) or "")
        return frozenset(c.name for c in spec.children) if spec else frozenset()

    def label(self, element: str) -> str:
        """The engine's name of an entity type in messages: its schema type, words split (`Storage
        Domain`)."""
        return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", self.elements.get(element, element))


def _decode(kind: Any, value: Any) -> Any:
    """`value` as JSON holds it, read as the annotation `kind`: dataclasses, tuples, optionals, scalars."""
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = {f.name for f in dataclasses.fields(kind)}
        return kind(**{k: _decode(hints[k], v) for k, v in value.items() if k in fields})
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(kind) if a is not type(None)]
        return _decode(inner, value)
    if origin is tuple:
        inner = typing.get_args(kind)[0]
        return tuple(_decode(inner, item) for item in value)
    return value
