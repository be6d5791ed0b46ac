"""Finding the link that serves a concrete request path (`POST /ovirt-engine/api/vms/123/start;async=true`).

Links are stored in a trie of path segments; literal segments win over placeholders, with backtracking, so
`vms/{vm:id}/nics` and `vms/{vm:id}` coexist with `vms/search`-style literals at any depth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from .declarations import Link


@dataclass
class _Node:
    literals: dict[str, _Node] = field(default_factory=dict)
    placeholder: _Node | None = None
    # placeholder names seen at this position, in link order
    names: list[str] = field(default_factory=list)
    links: dict[str, list[Link]] = field(default_factory=dict)  # method -> links


@dataclass
class Match:
    link: Link
    path_parameters: dict[str, str]  # placeholder name (`vm:id`) -> value
    matrix: dict[str, str]  # `;name=value` parameters from every segment
    query: dict[str, str]


@dataclass
class ParsedPath:
    segments: list[str]
    matrix: dict[str, str]
    query: dict[str, str]


def split_request_path(target: str, roots: list[str]) -> ParsedPath | None:
    """Split a request target into segments below the API root, matrix and query parameters; None if outside."""
    parts = urlsplit(target)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    matrix: dict[str, str] = {}
    segments: list[str] = []
    for raw in parts.path.split("/"):
        name, *params = raw.split(";")
        for param in params:
            key, _, value = param.partition("=")
            if key:
                matrix[unquote(key)] = unquote(value)
        if name:
            segments.append(unquote(name))
    if not parts.path.startswith("/"):
        return ParsedPath(segments, matrix, query)
    for root in roots:
        root_segments = [s for s in root.split("/") if s]
        if segments[: len(root_segments)] == root_segments:
            return ParsedPath(segments[len(root_segments) :], matrix, query)
    return None


class Router:
    def __init__(self, links: list[Link], api_root: str) -> None:
        self.api_root = api_root
        # The v4 engines serve the v3 API under `<root>/v3`; both spellings reach the same links.
        self.roots = sorted(
            {api_root.rstrip("/") + "/v3", api_root.rstrip("/")}, key=len, reverse=True
        )
        self.root = _Node()
        for link in links:
            node = self.root
            for segment in link.segments:
                if segment.placeholder:
                    if node.placeholder is None:
                        node.placeholder = _Node()
                    node = node.placeholder
                    if segment.name not in node.names:
                        node.names.append(segment.name)
                else:
                    node = node.literals.setdefault(segment.text, _Node())
            node.links.setdefault(link.method, []).append(link)

    def _find(
        self, node: _Node, segments: list[str], values: list[str]
    ) -> tuple[_Node, list[str]] | None:
        if not segments:
            return (node, values) if node.links else None
        head, rest = segments[0], segments[1:]
        literal = node.literals.get(head)
        if literal is not None:
            found = self._find(literal, rest, values)
            if found:
                return found
        if node.placeholder is not None:
            return self._find(node.placeholder, rest, [*values, head])
        return None

    def resolve(
        self, target: str
    ) -> tuple[dict[str, list[Link]], dict[str, str], ParsedPath] | None:
        """Every link for a path, by method, with the placeholder values; None when no link has this path."""
        parsed = split_request_path(target, self.roots)
        if parsed is None:
            return None
        found = self._find(self.root, parsed.segments, [])
        if found is None:
            return None
        node, values = found
        # Placeholder names come from the first link of any method at this path.
        link = next(iter(node.links.values()))[0]
        names = link.path_parameters
        return node.links, dict(zip(names, values)), parsed

    def match(self, method: str, target: str) -> Match | None:
        resolved = self.resolve(target)
        if resolved is None:
            return None
        by_method, params, parsed = resolved
        links = by_method.get(method.upper())
        if not links:
            return None
        link = links[0]
        return Match(
            link, dict(zip(link.path_parameters, params.values())), parsed.matrix, parsed.query
        )

    def match_all(self, method: str, target: str) -> list[Link]:
        resolved = self.resolve(target)
        return list(resolved[0].get(method.upper(), [])) if resolved else []

    def allowed_methods(self, target: str) -> list[str]:
        resolved = self.resolve(target)
        return sorted(resolved[0]) if resolved else []
