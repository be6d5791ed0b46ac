"""Runtime of the generated services: requests from typed arguments, responses into typed objects.

Functions that do I/O come in two spellings rendered from one source: `call` and `async_call`, `wait` and
`async_wait`, `pages` and `async_pages`; everything else serves both halves.
"""

from __future__ import annotations

import asyncio
import fnmatch
import time
import urllib.parse
import warnings
from collections import abc as _abc
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, Self, TypeVar, overload

from lxml import etree

from . import _views
from .errors import AmbiguousQueryError, AsyncFailure, RequestError, WaitTimeout
from .transport import NO_OPTIONS, AsyncConnection, Connection
from .transport import Options as Options  # re-exported: the generated methods take `**Options`

C = TypeVar("C", Connection, AsyncConnection)
F = TypeVar("F", bound=Callable[..., Any])
S = TypeVar("S", bound="Bound")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
V = TypeVar("V", bound=_views.View)


class Bound(Protocol):
    """Anything that knows its connection and its path: services and entities."""

    _connection: Any
    _path: str


def links(*keys: tuple[str, str, str]) -> Callable[[F], F]:
    """Record which RSDL links (method, href template, rel) a generated method issues."""

    def mark(function: F) -> F:
        function.__links__ = keys  # type: ignore[attr-defined]
        return function

    return mark


class Service(Generic[C]):
    """A collection or another resource addressed by path: holds no data, only where it is."""

    __slots__ = ("_connection", "_path")
    _href = ""  # the RSDL href template this class serves
    _connection: C
    _path: str

    def __init__(self, connection: C, path: str) -> None:
        self._connection = connection
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._path or '/'}>"


class Entity(Generic[C]):
    """Mixin of the generated entity classes: a typed view of the entity that also knows its path."""

    __slots__ = ()
    _href = ""
    _connection: C
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


class Readable(Protocol[T_co]):
    """A field of a view class (`types.API.product_info`)."""

    def __get__(self, view: _views.View, owner: type[Any]) -> T_co: ...


class Root(Protocol):
    def _entry_point(self) -> _views.View: ...


class AsyncRoot(Protocol):
    async def _entry_point(self) -> _views.View: ...


class EntryPoint(Generic[T]):
    """A field of the entry point's representation, as an attribute of the API: `api.product_info`. The
    entry point is read the first time one is used, once."""

    __slots__ = ("_field",)

    def __init__(self, field: Readable[T]) -> None:
        self._field = field

    @overload
    def __get__(self, api: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, api: Root, owner: type[Any]) -> T: ...
    def __get__(self, api: Root | None, owner: type[Any]) -> Self | T:
        if api is None:
            return self
        entry = api._entry_point()
        return self._field.__get__(entry, type(entry))


class AsyncEntryPoint(Generic[T]):
    """`EntryPoint` of the asyncio API: `await api.product_info`."""

    __slots__ = ("_field",)

    def __init__(self, field: Readable[T]) -> None:
        self._field = field

    @overload
    def __get__(self, api: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, api: AsyncRoot, owner: type[Any]) -> Coroutine[Any, Any, T]: ...
    def __get__(self, api: AsyncRoot | None, owner: type[Any]) -> Self | Coroutine[Any, Any, T]:
        if api is None:
            return self
        return self._read(api)

    async def _read(self, api: AsyncRoot) -> T:
        entry = await api._entry_point()
        return self._field.__get__(entry, type(entry))


@dataclass(frozen=True)
class Overload:
    """One signature of a body: the dotted paths it needs (each a tuple of alternatives)."""

    deprecated: bool
    mandatory: tuple[tuple[str, ...], ...]


def join(path: str, segment: str) -> str:
    return f"{path}/{segment}" if path else segment


def entity_path(collection: str, ident: str) -> str:
    return join(collection, urllib.parse.quote(ident, safe=""))


def bind(cls: type[V], element: etree._Element, connection: C, path: str) -> V:
    """An entity object: a view of `element` that requests go out from."""
    entity = _views.wrap(cls, element)
    entity._connection = connection  # type: ignore[attr-defined]
    entity._path = path  # type: ignore[attr-defined]
    return entity


def bind_in(cls: type[V], element: etree._Element | None, connection: C, collection: str) -> V:
    """An entity the server returned from a collection: its path is the collection's plus its id."""
    if element is None:
        raise ValueError(f"the server returned no representation from {collection}")
    return bind(cls, element, connection, entity_path(collection, element.get("id") or ""))


def reference(cls: type[V], connection: C, collection: str, ident: str) -> V:
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
    element: etree._Element | None, tag: str | None, cls: type[V], connection: C, collection: str
) -> list[V]:
    if element is None:
        return []
    children = element.iterchildren(tag) if tag else element.iterchildren()
    return [
        bind_in(cls, child, connection, collection)
        for child in children
        if isinstance(child.tag, str)
    ]


def one_named(found: Iterable[V], name: str, collection: str) -> V | None:
    """The entity called `name` among those a search found; more than one is an error, not a guess. A name
    with `*` is a glob, as in the official v3 SDK (`get(name="web*")`: the one VM named web...)."""
    # Only `*` is special, as in the engine's search.
    glob = name.replace("[", "[[]").replace("?", "[?]")
    named = [
        v for v in found if fnmatch.fnmatchcase(_views.element_of(v).findtext("name") or "", glob)
    ]
    if len(named) > 1:
        raise AmbiguousQueryError(collection or "/", name, len(named))
    return named[0] if named else None


def check_options(options: Options) -> None:
    """Every generated method takes `**options` (`timeout`, `headers`, `retry`): anything else is a
    mistake that would otherwise be ignored, as the official SDK's filters (`list(name="web*")`)."""
    unknown = sorted(options.keys() - Options.__optional_keys__)
    if unknown:
        raise TypeError(
            f"unexpected keyword argument {unknown[0]!r} (options: timeout, headers, retry; "
            "to filter a list, give the search query: query='name=web*')"
        )


def search_for_name(name: str) -> str:
    """A search query for `name` (the engine's search treats `*` as a wildcard, as `one_named` does)."""
    return f"name={name}"


def page_query(query: str | None, number: int) -> str:
    """The search for one page of a query's results (guide §7.3.9: `page N`, numbered from 1)."""
    return f"{query} page {number}" if query else f"page {number}"


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
            f"{where}: this combination of parameters is deprecated", DeprecationWarning, 5
        )


def _request(
    method: str,
    path: str,
    matrix: dict[str, object] | None,
    body: _views.View | None,
    overloads: tuple[Overload, ...],
    deprecated: tuple[str, ...],
    query: dict[str, object] | None,
) -> tuple[str, bytes | None]:
    """The path with its matrix parameters and the body's bytes; warns of deprecated parameters."""
    given = {**(matrix or {}), **(query or {})}
    for name in deprecated:
        if given.get(name) is not None:
            warnings.warn(
                f"{method} {path}: parameter {name!r} is deprecated", DeprecationWarning, 4
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
    return target, data


def _waited_on(obj: _views.View) -> tuple[str, bool]:
    """The href of what to poll for `obj`, and whether `obj` is a creation (rather than an action)."""
    element = _views.element_of(obj)
    for link in element.iterchildren("link"):
        if link.get("rel") == "creation_status" and link.get("href"):
            return link.get("href") or "", True
    if element.tag == "action" and element.get("href"):
        return element.get("href") or "", False
    raise ValueError(f"{obj!r} has no creation status or action to wait on")


def _state(status: etree._Element | None) -> str | None:
    """`complete`, `failed`, another state, or None when the server no longer keeps the status."""
    if status is None:
        return None
    return status.findtext("status/state") or status.findtext("creation_status/state") or ""


def _entity_path(connection: Connection | AsyncConnection, obj: _views.View) -> str:
    """Where to fetch a created entity again: its own path, else its href."""
    bound = getattr(obj, "_path", None)
    if isinstance(bound, str):
        return bound
    href = _views.element_of(obj).get("href")
    if not href:
        raise ValueError(f"{obj!r} has no href to fetch it again from")
    return connection.relative(href)


def _finished(obj: V, element: etree._Element | None, connection: C, path: str) -> V:
    if element is None:
        return obj
    return (
        bind(type(obj), element, connection, path)
        if isinstance(obj, Entity)
        else _views.wrap(type(obj), element)
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
    roots: tuple[str, ...] = (),
    options: Options = NO_OPTIONS,
) -> etree._Element | None:
    """Send one request; returns the root element of the response, None when it has no body (or, with
    `missing_ok`, when the server answers 404). An answer whose root is none of `roots` (the elements of the
    type the operation returns) is an error naming both, never read as another type or as empty."""
    check_options(options)
    target, data = _request(method, path, matrix, body, overloads, deprecated, query)
    try:
        response = connection.request(
            method,
            target,
            query=_strings(query),
            headers=_strings(headers),
            body=data,
            options=options,
        )
    except RequestError as error:
        if missing_ok and error.status == 404:
            return None
        raise
    root = response.element()
    tag = etree.QName(root).localname if root is not None else None
    if tag is not None and roots and tag not in roots:
        expected = " or ".join(f"<{r}>" for r in roots)
        raise RequestError(
            response.status,
            "Unexpected answer",
            f"{method} {path}: the answer is <{tag}>, expected {expected}",
        )
    return root


def wait(connection: Connection, obj: V, timeout: float, interval: float) -> V:
    """Poll an asynchronous creation (202 Accepted, guide §7.3.11) or action (§7.4.7) until it is complete.
    Returns the created entity fetched again, or the action's final representation; raises `AsyncFailure`
    when it failed, `WaitTimeout` when `timeout` seconds pass first."""
    href, creation = _waited_on(obj)
    deadline = time.monotonic() + timeout
    while True:
        response = connection.request("GET", connection.relative(href), moved_ok=True)
        status = response.element() if response.status != 301 else None
        state = _state(status)
        if state == "failed" and status is not None:
            reason = status.findtext("fault/reason") or "asynchronous task failed"
            raise AsyncFailure(response.status, reason, status.findtext("fault/detail"))
        if state in (
            None,
            "complete",
        ):  # gone: the server no longer keeps the status of a long-done task
            break
        if time.monotonic() + interval > deadline:
            raise WaitTimeout(f"{href} still {state or 'pending'} after {timeout} s")
        time.sleep(interval)
    if not creation:
        return _finished(obj, status, connection, "")
    path = _entity_path(connection, obj)
    fetched = connection.request("GET", path)
    return _finished(obj, fetched.element(), connection, path)


def pages(
    fetch: Callable[[str, int], list[V]], query: str | None, page_size: int
) -> _abc.Iterator[V]:
    """Every result of a search, fetching `page_size` at a time as the caller goes on: `fetch(search, max)`
    lists one page; a page shorter than `page_size` is the last."""
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, not {page_size}")
    number = 1
    while True:
        found = fetch(page_query(query, number), page_size)
        for item in found:
            yield item
        if len(found) < page_size:
            return
        number += 1


async def async_call(
    connection: AsyncConnection,
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
    roots: tuple[str, ...] = (),
    options: Options = NO_OPTIONS,
) -> etree._Element | None:
    """Send one request; returns the root element of the response, None when it has no body (or, with
    `missing_ok`, when the server answers 404). An answer whose root is none of `roots` (the elements of the
    type the operation returns) is an error naming both, never read as another type or as empty."""
    check_options(options)
    target, data = _request(method, path, matrix, body, overloads, deprecated, query)
    try:
        response = await connection.request(
            method,
            target,
            query=_strings(query),
            headers=_strings(headers),
            body=data,
            options=options,
        )
    except RequestError as error:
        if missing_ok and error.status == 404:
            return None
        raise
    root = response.element()
    tag = etree.QName(root).localname if root is not None else None
    if tag is not None and roots and tag not in roots:
        expected = " or ".join(f"<{r}>" for r in roots)
        raise RequestError(
            response.status,
            "Unexpected answer",
            f"{method} {path}: the answer is <{tag}>, expected {expected}",
        )
    return root


async def async_wait(connection: AsyncConnection, obj: V, timeout: float, interval: float) -> V:
    """Poll an asynchronous creation (202 Accepted, guide §7.3.11) or action (§7.4.7) until it is complete.
    Returns the created entity fetched again, or the action's final representation; raises `AsyncFailure`
    when it failed, `WaitTimeout` when `timeout` seconds pass first."""
    href, creation = _waited_on(obj)
    deadline = time.monotonic() + timeout
    while True:
        response = await connection.request("GET", connection.relative(href), moved_ok=True)
        status = response.element() if response.status != 301 else None
        state = _state(status)
        if state == "failed" and status is not None:
            reason = status.findtext("fault/reason") or "asynchronous task failed"
            raise AsyncFailure(response.status, reason, status.findtext("fault/detail"))
        if state in (
            None,
            "complete",
        ):  # gone: the server no longer keeps the status of a long-done task
            break
        if time.monotonic() + interval > deadline:
            raise WaitTimeout(f"{href} still {state or 'pending'} after {timeout} s")
        await asyncio.sleep(interval)
    if not creation:
        return _finished(obj, status, connection, "")
    path = _entity_path(connection, obj)
    fetched = await connection.request("GET", path)
    return _finished(obj, fetched.element(), connection, path)


async def async_pages(
    fetch: Callable[[str, int], Awaitable[list[V]]], query: str | None, page_size: int
) -> _abc.AsyncIterator[V]:
    """Every result of a search, fetching `page_size` at a time as the caller goes on: `fetch(search, max)`
    lists one page; a page shorter than `page_size` is the last."""
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, not {page_size}")
    number = 1
    while True:
        found = await fetch(page_query(query, number), page_size)
        for item in found:
            yield item
        if len(found) < page_size:
            return
        number += 1
