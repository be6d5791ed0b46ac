"""The shapes of the generated tables in `spec.py`: what the RSDL says about each link and resource."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Need:
    """A mandatory body parameter as element paths below the body's root element.

    `storagedomain.host.id|name` has path ("host",) and leaves ("id", "name"); a collection parameter has no
    leaves, its path reaches the items, and `sets` holds what each item needs (any one set will do).
    """

    name: str
    path: tuple[str, ...]
    leaves: tuple[str, ...] = ()
    sets: tuple[tuple[Need, ...], ...] = ()
    optional: bool = False  # a collection whose items, when given, need one of their sets


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
    updatable: tuple[str, ...]


@dataclass(frozen=True)
class UrlParam:
    name: str
    argument: str
    context: str
    type: str


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
    expect: bool


@dataclass(frozen=True)
class ResourceSpec:
    href: str
    kind: str
    element: str
    item: str | None = None
    actions: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    searchable: bool = False
    created_async: bool = False

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.href.split("/"))

    @property
    def parent(self) -> str:
        return self.href.rpartition("/")[0]


@dataclass(frozen=True)
class ChildSpec:
    name: str
    type: str | None  # a complex type; None for text
    repeated: bool


@dataclass(frozen=True)
class TypeSpec:
    """What the JSON form of a schema type needs: its attributes, its children (in schema order), whether it
    holds text."""

    name: str
    attributes: tuple[str, ...]
    children: tuple[ChildSpec, ...]
    text: bool
