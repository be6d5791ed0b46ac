"""What a connection may cost before its request is read: the bounds uvicorn enforces for the mock engine.

Before authentication anyone can open a connection and send headers, so those are bounded: the header block's
size (`max_header_bytes`: the bytes of a block still incomplete, answered 431 as RFC 6585 says), the time to send
it (`header_timeout`: a slow sender, "slowloris", is cut off with 408 and its descriptor freed) and the number
of connections at once (`max_connections`: one past it is answered 503 and closed as soon as it is accepted, so
idle connections cannot hold every descriptor), so that clients that behave are served.
The count of headers is bounded in the app (`max_headers`, 431), where it is known.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .settings import Settings


def protocol(settings: Settings) -> type[asyncio.Protocol]:
    """uvicorn's httptools protocol (uvicorn[standard]'s parser, in C) with the header bounds of `settings`.
    Not h11's: it parses in Python, and a small request costs four times as much through it (a bare Starlette
    app on this stack: 5,500 req/s with httptools, 1,400 with h11; the mock engine's single VM: 1,200 with
    h11, its ceiling)."""

    class Bounded(_Bounded):
        header_timeout = settings.header_timeout
        max_header_bytes = settings.max_header_bytes
        max_connections = settings.max_connections

    return Bounded


class _Bounded(HttpToolsProtocol):
    """The header timer runs while a header block is awaited (from the connection or the last response to the
    end of the headers); the block's size is counted as it comes, bytes received while it is incomplete
    (httptools would hold a header of any length until its end)."""

    header_timeout: float
    max_header_bytes: int
    max_connections: int
    _header_timer: asyncio.TimerHandle | None = None
    _header_bytes = 0
    _headers_awaited = True

    def connection_made(self, transport: Any) -> None:
        super().connection_made(cast(asyncio.Transport, _Coalesced(transport, self.loop)))
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
        if self._headers_awaited and not self.transport.is_closing():
            self._header_bytes += len(data)
            if self._header_bytes > self.max_header_bytes:
                limit = self.max_header_bytes
                text = f"Request Header Fields Too Large: at most {limit} bytes of headers"
                self._refuse(431, text)

    def on_message_begin(self) -> None:
        self._headers_awaited = True
        super().on_message_begin()

    def on_headers_complete(self) -> None:
        self._headers_awaited, self._header_bytes = False, 0
        self._disarm()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():  # a kept-alive connection waits for its next headers
            self._headers_awaited = True
            self._arm()

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._timed_out)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _timed_out(self) -> None:
        self._header_timer = None
        if self._headers_awaited and not self.transport.is_closing():
            self._refuse(408, f"Request Timeout: headers take at most {self.header_timeout:g} s")

    def _refuse(self, status: int, text: str) -> None:
        body = text.encode()
        head = (
            f"HTTP/1.1 {status} {text.split(':')[0]}\r\ncontent-type: text/plain; charset=utf-8\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
        )
        self.transport.write(head.encode() + body)
        self.transport.close()


class _Coalesced:
    """A connection's transport whose writes within one turn of the event loop are sent as one: uvicorn
    writes a response's head and its body apart, two system calls where one will do (under load, the calls
    to send were 40 % of the server's time for a small answer)."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []

    def write(self, data: bytes) -> None:
        if not self._pending:
            self._loop.call_soon(self._flush)
        self._pending.append(data)

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def _flush(self) -> None:
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            if not self._transport.is_closing():
                self._transport.write(data)

    def __getattr__(self, name: str) -> Any:  # the rest is the transport's
        return getattr(self._transport, name)
