"""What a connection may cost before its request is read: the bounds uvicorn enforces for the mock engine.

Before authentication anyone can open a connection and send headers, so those are bounded: the header block's
size (`max_header_bytes`, h11's bound on an incomplete event, answered 431 as RFC 6585 says), the time to send
it (`header_timeout`: a slow sender, "slowloris", is cut off with 408 and its descriptor freed) and the number
of connections at once (`max_connections`: one past it is answered 503 and closed as soon as it is accepted, so
idle connections cannot hold every descriptor), so that clients that behave are served.
The count of headers is bounded in the app (`max_headers`, 431), where it is known.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .settings import Settings


def protocol(settings: Settings) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol with the header bounds of `settings` (used whether httptools is installed or
    not, so the bounds never depend on it)."""

    class Bounded(_Bounded):
        header_timeout = settings.header_timeout
        max_header_bytes = settings.max_header_bytes
        max_connections = settings.max_connections

    return Bounded


class _Bounded(H11Protocol):
    header_timeout: float
    max_header_bytes: int
    max_connections: int
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:  # uvicorn counts this one already
            self._refuse(
                503, f"Service Unavailable: at most {self.max_connections} connections at once"
            )
        else:
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the headers are in: the app bounds the rest
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():  # a kept-alive connection waits for its next headers
            self._arm()

    def send_400_response(self, msg: str) -> None:
        """h11 refuses a header block past its bound as any malformed request: say which it is."""
        if len(self.conn.trailing_data[0]) > self.max_header_bytes:
            limit = self.max_header_bytes
            self._refuse(431, f"Request Header Fields Too Large: at most {limit} bytes of headers")
        else:
            super().send_400_response(msg)

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._timed_out)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _timed_out(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._refuse(408, f"Request Timeout: headers take at most {self.header_timeout:g} s")

    def _refuse(self, status: int, text: str) -> None:
        body = text.encode()
        head = (
            f"HTTP/1.1 {status} {text.split(':')[0]}\r\ncontent-type: text/plain; charset=utf-8\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
        )
        self.transport.write(head.encode() + body)
        self.transport.close()
