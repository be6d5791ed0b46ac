"""Finding the link that serves a concrete request path (`POST /ovirt-engine/api/vms/123/start;async=true`).

The trie of path segments is the mock engine's (`rsdlgen.mock.routing`): one router for the engine and the
model, built here over the model's links. Literal segments win over placeholders, with backtracking.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..mock.routing import Route, Target, Trie, split_target
from .declarations import Link


@dataclass
class Match:
    link: Link
    path_parameters: dict[str, str]  # placeholder name (`vm:id`) -> value
    matrix: dict[str, str]  # `;name=value` parameters from every segment
    query: dict[str, str]


class Router:
    def __init__(self, links: list[Link], api_root: str) -> None:
        self.api_root = api_root
        # The v4 engines serve the v3 API under `<root>/v3`; both spellings reach the same links.
        self.roots = sorted(
            {api_root.rstrip("/") + "/v3", api_root.rstrip("/")}, key=len, reverse=True
        )
        self._links = links

    @functools.cached_property
    def trie(self) -> Trie[Link]:
        """Built on the first match (generation never matches): ~5 % of `load()` when built there."""
        return Trie(self._links)

    def resolve(self, target: str) -> tuple[Route[Link], Target] | None:
        """The links of a path (absolute, or relative to the root), by method, with the placeholder values
        and the request's parameters; None when no link has this path."""
        parts = urlsplit(target)
        roots = self.roots if parts.path.startswith("/") else [""]
        split = split_target(parts.path, parts.query, roots)
        route = self.trie.route(split.segments) if split is not None else None
        return (route, split) if route is not None and split is not None else None

    def match(self, method: str, target: str) -> Match | None:
        resolved = self.resolve(target)
        links = resolved[0].links.get(method.upper()) if resolved else None
        if not resolved or not links:
            return None
        route, split = resolved
        link = links[0]
        return Match(
            link,
            dict(zip(link.path_parameters, route.values, strict=True)),
            split.matrix,
            split.query,
        )

    def match_all(self, method: str, target: str) -> list[Link]:
        resolved = self.resolve(target)
        return list(resolved[0].links.get(method.upper(), [])) if resolved else []

    def allowed_methods(self, target: str) -> list[str]:
        resolved = self.resolve(target)
        return sorted(resolved[0].links) if resolved else []
