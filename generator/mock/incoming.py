"""A request below the API root as the engine reads it, over the ASGI scope: its headers read once.

Starlette's `Headers` scans the header list, encoding the name, at each lookup and raises KeyError for an absent
one; serving a request asks for about twenty (authentication, the typed headers, the body, the representation),
most of them absent. Starlette's `Request` is made only to read a body.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from starlette.requests import Request, cookie_parser


class Headers(Mapping[str, str]):
    """Request headers by name in any case; a repeated header is its first value, as Starlette's `Headers`."""

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        found: dict[str, str] = {}
        for name, value in raw:
            found.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        self._found = found

    def __getitem__(self, name: str) -> str:
        return self._found[name.lower()]

    def get(self, name: str, default: Any = None) -> Any:
        return self._found.get(name.lower(), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._found

    def __iter__(self) -> Iterator[str]:
        return iter(self._found)

    def __len__(self) -> int:
        return len(self._found)

    def __repr__(self) -> str:
        return f"Headers({self._found!r})"


class Incoming:
    def __init__(self, scope: Any, receive: Any) -> None:
        self.scope, self.receive = scope, receive
        self.method: str = scope["method"]
        self.path: str = scope["path"]
        self.headers = Headers(scope["headers"])
        self.body_read = False  # set by whoever reads the body, whole

    @property
    def cookies(self) -> dict[str, str]:
        cookie = self.headers.get("cookie")
        return cookie_parser(cookie) if cookie else {}

    def stream(self) -> AsyncIterator[bytes]:
        return Request(self.scope, self.receive).stream()
