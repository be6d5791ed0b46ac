"""The requests the engine received, for a test to verify what its client sent (WireMock's request journal).

Each request below the API root is kept as the engine answered it: method, path, query, headers without
credentials (`Authorization`, `Cookie`), the body as text with password fields blanked (the engine never
stores a password: neither does its journal), and the status (None when a fault rule dropped the
connection). Memory is bounded: the newest `Settings.max_recorded_requests` requests, bodies cut at
`BODY_LIMIT` bytes.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

BODY_LIMIT = 64 * 1024
HIDDEN = "***"
_CREDENTIALS = frozenset({b"authorization", b"proxy-authorization", b"cookie"})
# `<root_password>x</root_password>` and `"password": "x"`: linear patterns, no nesting
_XML_SECRET = re.compile(rb"(<([\w.-]*password)(?:\s[^<>]*)?>)[^<]*(</\2\s*>)", re.IGNORECASE)
_JSON_SECRET = re.compile(rb'("[\w.-]*password"\s*:\s*)"(?:[^"\\]|\\.)*"', re.IGNORECASE)


@dataclass(slots=True)  # one per request
class Recorded:
    method: str
    path: str  # as sent, matrix parameters included
    query: str
    # as received, without credentials, decoded only when asked for (`headers`)
    raw_headers: list[tuple[bytes, bytes]]
    body: str
    status: int | None  # None: dropped by a fault rule

    @property
    def headers(self) -> dict[str, str]:
        """Lower-case names; a repeated header joined by commas."""
        found: dict[str, str] = {}
        for name, value in self.raw_headers:
            key, text = name.decode("latin-1").lower(), value.decode("latin-1")
            found[key] = f"{found[key]}, {text}" if key in found else text
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": self.headers,
            "body": self.body,
            "status": self.status,
        }


def without_credentials(raw: Iterable[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The request's headers but its credentials, undecoded: a journal kept for every request costs little."""
    return [(name, value) for name, value in raw if name.lower() not in _CREDENTIALS]


def body_text(data: bytes) -> str:
    """The body as text (cut at `BODY_LIMIT`), password fields blanked."""
    if not data:
        return ""
    data = _XML_SECRET.sub(rb"\1" + HIDDEN.encode() + rb"\3", data[:BODY_LIMIT])
    data = _JSON_SECRET.sub(rb'\1"' + HIDDEN.encode() + rb'"', data)
    return data.decode("utf-8", "replace")


class Recorder:
    def __init__(self, limit: int) -> None:
        self.entries: deque[Recorded] = deque(maxlen=max(limit, 1))

    def add(self, entry: Recorded) -> None:
        self.entries.append(entry)

    def clear(self) -> None:
        self.entries.clear()

    def select(
        self, method: str | None = None, path: Callable[[str], bool] | None = None
    ) -> list[Recorded]:
        """The requests with that method (any case) and whose path `path` accepts, oldest first."""
        wanted = method.upper() if method else None
        return [
            entry
            for entry in self.entries
            if (wanted is None or entry.method == wanted) and (path is None or path(entry.path))
        ]
