"""The intermediate model: what the RSDL and the XSD say, in one shape every target renders from.

Plain dataclasses with no parsing logic; the readers (`readers/rsdl.py`, `readers/xsd.py`) build them,
`resources.py` adds the resource tree and `loading.py` ties everything into `Model`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from ..mock.routing import is_placeholder

CRUD_RELS = ("get", "add", "update", "delete")


# The declarations a document has thousands of have slots: no dict per object to make, fill and free.
@dataclass(slots=True)
class Parameter:
    """A URL or body parameter. Body names are dotted paths into the entity (`vm.template.id|name`)."""

    name: str
    type: str
    required: bool
    line: int | None = None
    deprecated: bool = False
    context: str | None = None  # "query" (`?name=v`) or "matrix" (`;name=v`); None in a body
    value: str | None = None  # a hint of what is expected, not a default
    description: str | None = None
    # nested sets of a `type="collection"` parameter
    sets: list[ParameterSet] = field(default_factory=list)

    @property
    def is_collection(self) -> bool:
        return self.type == "collection"

    @property
    def path(self) -> tuple[str, ...]:
        """Segments before the last one: `vm.template.id|name` -> (`vm`, `template`)."""
        return tuple(self.name.split(".")[:-1])

    @property
    def alternatives(self) -> tuple[str, ...]:
        """The last segment's `|`-separated choices: `vm.template.id|name` -> (`id`, `name`)."""
        return tuple(self.name.split(".")[-1].split("|"))

    @property
    def paths(self) -> list[str]:
        """Every concrete dotted path this parameter accepts, one per alternative."""
        prefix = ".".join(self.path)
        return [f"{prefix}.{alt}" if prefix else alt for alt in self.alternatives]


@dataclass(slots=True)
class ParameterSet:
    """One alternative signature (overload) of a body, or the parameters of a URL."""

    parameters: list[Parameter] = field(default_factory=list)
    description: str | None = None
    deprecated: bool = False
    line: int | None = None

    @property
    def mandatory(self) -> list[Parameter]:
        return [p for p in self.parameters if p.required]

    @property
    def optional(self) -> list[Parameter]:
        return [p for p in self.parameters if not p.required]


@dataclass(slots=True)
class Header:
    name: str
    required: bool
    value: str | None = None
    description: str | None = None
    line: int | None = None


@dataclass(slots=True)
class Body:
    type: str | None
    required: bool
    overloads: list[ParameterSet] = field(default_factory=list)
    line: int | None = None


@dataclass(frozen=True)
class Segment:
    """One step of an href template: a literal (`vms`) or a placeholder (`{vm:id}` -> name `vm:id`)."""

    text: str
    placeholder: bool

    @property
    def name(self) -> str:
        return self.text[1:-1] if self.placeholder else self.text


@dataclass(slots=True)
class Link:
    """One operation on one URI: the unit the RSDL describes."""

    href: str  # relative to the API root, no leading slash: `vms/{vm:id}/start`; "" is the root itself
    rel: str
    method: str
    description: str | None = None
    headers: list[Header] = field(default_factory=list)
    url: list[Parameter] = field(default_factory=list)
    body: Body | None = None
    response: str | None = None
    # every place in the document that declares this operation
    lines: list[int] = field(default_factory=list)
    raw_href: str = ""

    @property
    def key(self) -> tuple[str, str, str, str | None]:
        return (self.href, self.rel, self.method, self.response)

    @property
    def line(self) -> int | None:
        return self.lines[0] if self.lines else None

    @property
    def segments(self) -> tuple[Segment, ...]:
        return split_href(self.href)

    @property
    def path_parameters(self) -> list[str]:
        return [s.name for s in self.segments if s.placeholder]

    @property
    def is_action(self) -> bool:
        return self.rel not in CRUD_RELS and self.method == "POST"

    @property
    def overloads(self) -> list[ParameterSet]:
        return self.body.overloads if self.body else []

    def header(self, name: str) -> Header | None:
        return next((h for h in self.headers if h.name.lower() == name.lower()), None)

    def url_parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.url if p.name == name), None)


# A document's hrefs are split again and again (the docs split each a few dozen times);
# Segments are frozen.
@functools.lru_cache(maxsize=8192)
def split_href(href: str) -> tuple[Segment, ...]:
    return tuple(Segment(s, is_placeholder(s)) for s in href.split("/") if s)


@dataclass
class Version:
    major: int | None = None
    minor: int | None = None
    build: int | None = None
    revision: int | None = None

    def __str__(self) -> str:
        parts = [self.major, self.minor, self.build, self.revision]
        return ".".join(str(p) for p in parts if p is not None)


@dataclass
class General:
    """API-wide headers and URL parameters (the RSDL's `general` section)."""

    headers: list[Header] = field(default_factory=list)
    url: list[Parameter] = field(default_factory=list)
    description: str | None = None
    name: str | None = None


@dataclass
class Rsdl:
    file: str
    href: str | None  # the document's own href, e.g. `/ovirt-engine/api?rsdl`
    # `/ovirt-engine/api`; "" when served at `/`; None when the document only says `?rsdl`
    api_root: str | None
    description: str | None = None
    version: Version | None = None
    schema_href: str | None = None
    schema_name: str | None = None
    schema_description: str | None = None
    general: General = field(default_factory=General)
    links: list[Link] = field(default_factory=list)
    # `<link>` elements read, before splitting `GET|POST` and merging duplicates
    link_elements: int = 0


# --- XSD side ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Element:
    """An element of a complex type (`<vm><memory>`): its XML name, its type, how often it may occur."""

    name: str
    type: str  # a complex type, an enum/simple type, or an `xs:` builtin
    min_occurs: int = 1
    max_occurs: int | None = 1  # None is unbounded
    documentation: str | None = None
    line: int | None = None

    @property
    def is_list(self) -> bool:
        return self.max_occurs is None or self.max_occurs > 1


@dataclass(slots=True)
class Attribute:
    name: str
    type: str
    required: bool = False
    documentation: str | None = None
    line: int | None = None


@dataclass
class ComplexType:
    name: str
    base: str | None = None
    # own elements only; `Schema.all_elements` adds the base's
    elements: list[Element] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)
    documentation: str | None = None
    text_type: str | None = None  # for simple content (`<value unit="MB">128</value>`)
    line: int | None = None


@dataclass
class EnumType:
    name: str
    base: str = "xs:string"
    values: list[str] = field(default_factory=list)
    documentation: str | None = None
    line: int | None = None


@dataclass
class Schema:
    """A schema is complete once read: the walks below are memoised on first use (a type may be asked for
    thousands of times), so readers build it fully before anything asks."""

    file: str
    types: dict[str, ComplexType] = field(default_factory=dict)
    # simple types; `values` empty when not an enum
    enums: dict[str, EnumType] = field(default_factory=dict)
    elements: dict[str, str] = field(default_factory=dict)  # top-level element name -> type name
    _memo: dict[tuple[str, str], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def bases(self, type_name: str) -> list[ComplexType]:
        """The type and the types it extends, most basic first (a cyclic chain is cut where it repeats)."""
        key = ("bases", type_name)
        if key not in self._memo:
            chain: list[ComplexType] = []
            seen: set[str] = set()
            current = self.types.get(type_name)
            while current is not None and current.name not in seen:
                chain.append(current)
                seen.add(current.name)
                current = self.types.get(current.base) if current.base else None
            self._memo[key] = chain[::-1]
        return list(self._memo[key])

    def restrictions(self, type_name: str) -> list[EnumType]:
        """A simple type and the simple types it restricts, down to (not including) an XSD builtin."""
        chain: list[EnumType] = []
        current = self.enums.get(type_name)
        while current is not None and current not in chain:
            chain.append(current)
            current = self.enums.get(current.base)
        return chain

    def all_elements(self, type_name: str) -> list[Element]:
        """Elements of a type including those inherited from its bases, base first."""
        key = ("elements", type_name)
        if key not in self._memo:
            self._memo[key] = [e for t in self.bases(type_name) for e in t.elements]
        return list(self._memo[key])

    def all_attributes(self, type_name: str) -> list[Attribute]:
        key = ("attributes", type_name)
        if key not in self._memo:
            self._memo[key] = [a for t in self.bases(type_name) for a in t.attributes]
        return list(self._memo[key])

    def elements_of(self, type_name: str) -> list[str]:
        """Every top-level element of this type, sorted (`VM` -> `vm`): the roots a document of it may have."""
        key = ("element-index", "")
        if key not in self._memo:
            index: dict[str, list[str]] = {}
            for element, typed in sorted(self.elements.items()):
                index.setdefault(typed, []).append(element)
            self._memo[key] = index
        names: list[str] = self._memo[key].get(type_name, [])
        return names

    def element_for(self, type_name: str) -> str | None:
        """The top-level element that names this type (`VM` -> `vm`), preferring the one that reads like it."""
        names = self.elements_of(type_name)
        if not names:
            return None
        plain = type_name.lower()
        return next((n for n in names if n.replace("_", "") == plain), names[0])

    def collection_item(self, type_name: str) -> Element | None:
        """For a collection wrapper (`VMs` holding `vm*`), the repeated element; else None."""
        elements = self.all_elements(type_name)
        repeated = [e for e in elements if e.is_list and e.type in self.types]
        if len(repeated) != 1:
            return None
        item = repeated[0]
        # A wrapper is mostly its list: other members are paging or metadata, never another entity list.
        own = self.types[type_name].elements
        return item if item in own or len(own) <= 1 else None
