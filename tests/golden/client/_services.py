"""Runtime of the generated services: requests from typed arguments, responses into typed objects."""

from __future__ import annotations

import urllib.parse
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, Self, TypeVar, overload

from lxml import etree

from . import _views
from .errors import RequestError
from .transport import Connection

F = TypeVar("F", bound=Callable[..., Any])
S = TypeVar("S", bound="Bound")
V = TypeVar("V", bound=_views.View)


class Bound(Protocol):
    """Anything that knows its connection and its path: services and entities."""

    _connection: Connection
    _path: str


def links(*keys: tuple[str, str, str]) -> Callable[[F], F]:
    """Record which RSDL links (method, href template, rel) a generated method issues."""

    def mark(function: F) -> F:
        function.__links__ = keys  # type: ignore[attr-defined]
        return function

    return mark


class Service:
    """A collection or another resource addressed by path: holds no data, only where it is."""

    __slots__ = ("_connection", "_path")
    _href = ""  # the RSDL href template this class serves

    def __init__(self, connection: Connection, path: str) -> None:
        self._connection = connection
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._path or '/'}>"


class Entity:
    """Mixin of the generated entity classes: a typed view of the entity that also knows its path."""

    __slots__ = ()
    _href = ""
    _connection: Connection
    _path: str


class Sub(Generic[S]):
    """A sub-collection or sub-resource reached by one more path segment: `vm.nics`."""

    __slots__ = ("segment", "_cls")

    def __init__(self, segment: str, cls: Callable[[], type[S]]) -> None:
        self.segment = segment
        self._cls = cls

    @overload
    def __get__(self, owner_object: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, owner_object: Bound, owner: type[Any]) -> S: ...
    def __get__(self, owner_object: Bound | None, owner: type[Any]) -> Self | S:
        if owner_object is None:
            return self
        path = join(owner_object._path, self.segment)
        return self._cls()(owner_object._connection, path)  # type: ignore[call-arg]


@dataclass(frozen=True)
class Overload:
    """One signature of a body: the dotted paths it needs (each a tuple of alternatives)."""

    deprecated: bool
    mandatory: tuple[tuple[str, ...], ...]


def join(path: str, segment: str) -> str:
    return f"{path}/{segment}" if path else segment


def entity_path(collection: str, ident: str) -> str:
    return join(collection, urllib.parse.quote(ident, safe=""))


def bind(cls: type[V], element: etree._Element, connection: Connection, path: str) -> V:
    """An entity object: a view of `element` that requests go out from."""
    entity = _views.wrap(cls, element)
    entity._connection = connection  # type: ignore[attr-defined]
    entity._path = path  # type: ignore[attr-defined]
    return entity


def bind_in(
    cls: type[V], element: etree._Element | None, connection: Connection, collection: str
) -> V:
    """An entity the server returned from a collection: its path is the collection's plus its id."""
    if element is None:
        raise ValueError(f"the server returned no representation from {collection}")
    return bind(cls, element, connection, entity_path(collection, element.get("id") or ""))


def reference(cls: type[V], connection: Connection, collection: str, ident: str) -> V:
    entity = cls()
    _views.element_of(entity).set("id", ident)
    return bind(cls, _views.element_of(entity), connection, entity_path(collection, ident))


def updated(entity: V, element: etree._Element | None) -> V:
    """The entity as the server returned it after an update (itself when the response was empty)."""
    if element is None:
        return entity
    bound: Bound = entity  # type: ignore[assignment]
    return bind(type(entity), element, bound._connection, bound._path)


def views(element: etree._Element | None, tag: str | None, cls: type[V]) -> list[V]:
    """The items of a collection that has no entity class."""
    if element is None:
        return []
    children = element.iterchildren(tag) if tag else element.iterchildren()
    return [_views.wrap(cls, child) for child in children if isinstance(child.tag, str)]


def items(
    element: etree._Element | None,
    tag: str | None,
    cls: type[V],
    connection: Connection,
    collection: str,
) -> list[V]:
    if element is None:
        return []
    children = element.iterchildren(tag) if tag else element.iterchildren()
    return [
        bind_in(cls, child, connection, collection)
        for child in children
        if isinstance(child.tag, str)
    ]


def by_name(found: Iterable[V], name: str) -> V | None:
    return next((v for v in found if _views.element_of(v).findtext("name") == name), None)


def search_for_name(name: str) -> str:
    """A search query matching `name` exactly (the engine's search treats `*` as a wildcard)."""
    return f"name={name}"


def result(element: etree._Element | None, cls: type[V]) -> V:
    """The typed representation of a response (an empty one when the server sent none)."""
    return _views.wrap(cls, element) if element is not None else cls()


def _format(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _strings(values: dict[str, object] | None) -> dict[str, str]:
    return {k: _format(v) for k, v in (values or {}).items() if v is not None}


def _has(body: etree._Element, path: str) -> bool:
    """Whether a body holds a dotted path below its root (`template.id`: element or attribute)."""
    steps = path.split(".")
    holder = body.find("/".join(steps[:-1])) if len(steps) > 1 else body
    return holder is not None and (holder.find(steps[-1]) is not None or steps[-1] in holder.attrib)


def _check_overloads(body: etree._Element, overloads: tuple[Overload, ...], where: str) -> None:
    """Warn when the body fits only deprecated signatures of the operation."""
    fitting = [o for o in overloads if all(any(_has(body, p) for p in alt) for alt in o.mandatory)]
    if fitting and all(o.deprecated for o in fitting):
        warnings.warn(
            f"{where}: this combination of parameters is deprecated", DeprecationWarning, 4
        )


def call(
    connection: Connection,
    method: str,
    path: str,
    *,
    matrix: dict[str, object] | None = None,
    query: dict[str, object] | None = None,
    headers: dict[str, object] | None = None,
    body: _views.View | None = None,
    overloads: tuple[Overload, ...] = (),
    deprecated: tuple[str, ...] = (),
    missing_ok: bool = False,
) -> etree._Element | None:
    """Send one request; returns the root element of the response, None when it has no body (or, with
    `missing_ok`, when the server answers 404)."""
    given = {**(matrix or {}), **(query or {})}
    for name in deprecated:
        if given.get(name) is not None:
            warnings.warn(
                f"{method} {path}: parameter {name!r} is deprecated", DeprecationWarning, 3
            )
    data = None
    if body is not None:
        element = _views.element_of(body)
        if overloads:
            _check_overloads(element, overloads, f"{method} {path}")
        data = etree.tostring(element)
    target = path + "".join(
        f";{urllib.parse.quote(k)}={urllib.parse.quote(v, safe='')}"
        for k, v in _strings(matrix).items()
    )
    try:
        response = connection.request(
            method, target, query=_strings(query), headers=_strings(headers), body=data
        )
    except RequestError as error:
        if missing_ok and error.status == 404:
            return None
        raise
    return response.element()
