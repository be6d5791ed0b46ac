"""From a request target to the link that serves it: the one router of rsdlgen, used by the engine (over the
spec's `LinkSpec`s) and by the generator's `Model.match` (over the model's `Link`s).

The path is split below the API root (`<root>` or `<root>/v3`) into segments, matrix parameters (`;max=1` on any
segment) and the query. Links live in a trie of segments; a literal segment wins over a placeholder, with
backtracking, so `vms/{vm:id}/start` and `vms/{vm:id}/nics` coexist with any literal at any depth.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar
from urllib.parse import parse_qsl, unquote


class Routable(Protocol):
    """What the router needs of a link: its href template below the API root and its method."""

    @property
    def href(self) -> str: ...

    @property
    def method(self) -> str: ...


L = TypeVar("L", bound=Routable)


@dataclass
class Target:
    segments: list[str]  # below the API root
    root: str  # the root the request used, which its hrefs keep
    matrix: dict[str, str]
    query: dict[str, str]


@dataclass
class _Node(Generic[L]):
    href: str = ""
    literals: dict[str, _Node[L]] = field(default_factory=dict)
    placeholder: _Node[L] | None = None
    links: dict[str, list[L]] = field(default_factory=dict)


@dataclass
class Route(Generic[L]):
    href: str  # the href template of the matched node
    links: dict[str, list[L]]  # method -> links declared for it, in the order given
    values: list[str]  # placeholder values, in path order


def is_placeholder(segment: str) -> bool:
    """`{vm:id}`: braces around a name that holds none, as the generator reads hrefs (`{{ x }}` is a literal)."""
    inner = segment[1:-1]
    return (
        segment[:1] == "{" and segment[-1:] == "}" and bool(inner) and not {"{", "}"} & set(inner)
    )


def split_target(raw_path: str, query_string: str, roots: list[str]) -> Target | None:
    """Segments below one of `roots` (longest first), or None when the path is outside the API."""
    matrix: dict[str, str] = {}
    segments: list[str] = []
    for raw in raw_path.split("/"):
        name, *params = raw.split(";")
        for param in params:
            key, _, value = param.partition("=")
            if key:
                matrix[unquote(key)] = unquote(value)
        if name:
            segments.append(unquote(name))
    query = dict(parse_qsl(query_string, keep_blank_values=True)) if query_string else {}
    for root in roots:
        prefix = _segments(root)
        if segments[: len(prefix)] == prefix:
            return Target(segments[len(prefix) :], root, matrix, query)
    return None


@functools.cache
def _segments(root: str) -> list[str]:
    """The segments of an API root (a few roots, asked for at every request; the list is only read)."""
    return [s for s in root.split("/") if s]


class Trie(Generic[L]):
    """Links by path: a literal segment wins over a placeholder, with backtracking."""

    def __init__(self, links: Iterable[L]) -> None:
        self.root: _Node[L] = _Node()
        for link in links:
            node = self.root
            for segment in (s for s in link.href.split("/") if s):
                if is_placeholder(segment):
                    node.placeholder = node.placeholder or _Node()
                    node = node.placeholder
                else:  # a node made only when missing: most segments are met again
                    found = node.literals.get(segment)
                    if found is None:
                        found = node.literals[segment] = _Node()
                    node = found
            node.href = link.href
            node.links.setdefault(link.method, []).append(link)

    def route(self, segments: list[str]) -> Route[L] | None:
        """The links at the path of `segments` (below the API root), or None."""
        found = self._find(self.root, segments, 0, [])
        return Route(found[0].href, found[0].links, found[1]) if found else None

    def _find(
        self, node: _Node[L], segments: list[str], index: int, values: list[str]
    ) -> tuple[_Node[L], list[str]] | None:
        if index == len(segments):
            return (node, values) if node.links else None
        literal = node.literals.get(segments[index])
        if literal is not None:
            found = self._find(literal, segments, index + 1, values)
            if found:
                return found
        if node.placeholder is not None:
            return self._find(node.placeholder, segments, index + 1, [*values, segments[index]])
        return None
