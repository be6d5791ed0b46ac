"""The admin API and the layer around the engine's app that records requests and applies fault rules.

The admin API lives outside the API root, under `/__rsdlgen__/`, so it never collides with a link, and asks
for the engine's credentials (401 without). Its answers are JSON (the inventory: XML), its errors the
engine's `<fault>`:

    POST   /__rsdlgen__/reset                      a fresh engine, no recorded request, no fault rule (204)
    GET    /__rsdlgen__/state                      the inventory, a seed document (`inventory`)
    PUT    /__rsdlgen__/state                      replace it with one (all or nothing; 400 naming the fault)
    GET    /__rsdlgen__/requests?method=&path=     the requests received, oldest first (`recorder`)
    DELETE /__rsdlgen__/requests                   forget them
    GET    /__rsdlgen__/faults                     the fault rules, with how often each answered
    POST   /__rsdlgen__/faults                     add one (a JSON object, `rules`); 201 with its id
    DELETE /__rsdlgen__/faults                     remove them all
    GET    /__rsdlgen__/clock                      the transitions mode, the clock, the changes to come
    POST   /__rsdlgen__/clock                      manual: {"advance": seconds} or {"next": true}

The layer is the app's outermost one, so a dropped connection reaches the server's transport (uvicorn's):
with no rule and nothing to record it costs a few attribute reads per request.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from . import jsonio, transitions, xmlio
from .controls import Controls
from .faults import Fault, not_found
from .recorder import Recorded, body_text, without_credentials
from .rules import Rule

if TYPE_CHECKING:
    from .app import Server

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ROOT = "/__rsdlgen__"
JSON = "application/json"
XML = "application/xml"


class Layer:
    def __init__(self, app: ASGIApp, server: Server, controls: Controls) -> None:
        self.app = app
        self.server = server
        self.controls = controls
        self.routes: dict[str, dict[str, Callable[[Request], Awaitable[Response]]]] = {
            "reset": {"POST": self._reset},
            "state": {"GET": self._state, "PUT": self._restore},
            "requests": {"GET": self._requests, "DELETE": self._clear_requests},
            "faults": {"GET": self._faults, "POST": self._add_fault, "DELETE": self._clear_faults},
            "clock": {"GET": self._clock, "POST": self._advance},
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path: str = scope["path"]
        if path == ROOT or path.startswith(ROOT + "/"):
            return await self._admin(scope, receive, send)
        clock = self.server.engine.clock
        if (
            clock.pending
        ):  # the intermediate states that have had their time end before it is served
            clock.settle()
        method: str = scope["method"]
        raw_path = (scope.get("raw_path") or path.encode()).decode("latin-1")
        rules = self.controls.rules
        body = bytearray()
        buffered = bool(rules) and rules.wants_body(method, raw_path)
        if buffered:
            receive = await _buffered(receive, body, self.server.settings.max_body_bytes)
        rule = rules.match(method, raw_path, bytes(body)) if rules else None
        entry = Recorded(
            method,
            raw_path,
            scope.get("query_string", b"").decode("latin-1"),
            without_credentials(scope.get("headers", [])),
            "",
            None,
        )
        self.controls.recorder.add(entry)
        if rule is not None:
            await self._apply(rule, scope, send, entry)
            if rule.status is not None or rule.drop:
                entry.body = body_text(bytes(body))
                return

        async def teed() -> Message:
            message = await receive()
            if message["type"] == "http.request" and not buffered and len(body) < _RECORDED:
                body.extend(message.get("body", b""))
            return message

        async def sent(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry.status = message["status"]
            await send(message)

        try:
            if self.server.serves(path):
                entry.status = await self.server.serve(scope, teed, send)
            else:
                await self.app(scope, teed, sent)
        finally:
            if body:
                entry.body = body_text(bytes(body))

    async def _apply(self, rule: Rule, scope: Scope, send: Send, entry: Recorded) -> None:
        """Wait, then drop the connection or answer with the rule's status (else the engine answers)."""
        if rule.delay:
            await asyncio.sleep(rule.delay)
        if rule.drop:
            _drop(send)
            await asyncio.sleep(0)  # the server sees the connection lost, and sends nothing more
        elif rule.status is not None:
            entry.status = rule.status
            accept = dict(scope.get("headers", [])).get(b"accept", b"").decode("latin-1")
            await self._fault(rule.fault(), accept)(scope, _nothing, send)

    # --- the admin API -----------------------------------------------------------------------------------

    async def _admin(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        accept = request.headers.get("accept", "")
        try:
            self.server.auth.authenticate(request.headers, request.cookies)
            name = scope["path"][len(ROOT) :].strip("/")
            methods = self.routes.get(name)
            if methods is None:
                raise not_found(f"{scope['path']}: the admin API has {', '.join(self.routes)}")
            handler = methods.get(request.method)
            if handler is None:
                allowed = ", ".join(methods)
                raise Fault(
                    405, "Method Not Allowed", f"{ROOT}/{name}: {allowed}", {"Allow": allowed}
                )
            response = await handler(request)
        except Fault as fault:
            response = self._fault(fault, accept)
        await response(scope, receive, send)

    def _fault(self, fault: Fault, accept: str) -> Response:
        if jsonio.preferred(accept) == jsonio.JSON:
            content, media = jsonio.serialize(fault.element(), self.server.spec), JSON
        else:
            content, media = xmlio.serialize(fault.element()), XML
        return Response(content, fault.status, fault.headers, media_type=media)

    async def _reset(self, request: Request) -> Response:
        self.controls.reset()
        return Response(status_code=204)

    async def _state(self, request: Request) -> Response:
        return Response(self.controls.state(), media_type=XML)

    async def _restore(self, request: Request) -> Response:
        count = self.controls.restore(await self._body(request))
        return _json({"entities": count})

    async def _requests(self, request: Request) -> Response:
        query = request.query_params
        unknown = sorted(set(query) - {"method", "path"})
        if unknown:
            raise Fault(400, "Invalid query", f"{unknown[0]!r}: filter requests by method and path")
        return _json(self.controls.requests(query.get("method"), query.get("path")))

    async def _clear_requests(self, request: Request) -> Response:
        self.controls.clear_requests()
        return Response(status_code=204)

    async def _faults(self, request: Request) -> Response:
        return _json(self.controls.faults())

    async def _add_fault(self, request: Request) -> Response:
        return _json(self.controls.add_rule(await self._body(request)), 201)

    async def _clear_faults(self, request: Request) -> Response:
        self.controls.clear_faults()
        return Response(status_code=204)

    async def _clock(self, request: Request) -> Response:
        return _json(self.controls.clock())

    async def _advance(self, request: Request) -> Response:
        transitions.request(self.server.engine.clock, await self._body(request))
        return _json(self.controls.clock())

    async def _body(self, request: Request) -> bytes:
        limit = self.server.settings.max_body_bytes
        data = bytearray()
        async for chunk in request.stream():
            data += chunk
            if len(data) > limit:
                raise Fault(413, "Request Entity Too Large", f"bodies are limited to {limit} bytes")
        return bytes(data)


_RECORDED = 64 * 1024  # bytes of a body kept for the journal (`recorder.BODY_LIMIT`)


def _json(value: Any, status: int = 200) -> Response:
    return Response(json.dumps(value, indent=1), status, media_type=JSON)


async def _nothing() -> Message:
    return {"type": "http.disconnect"}


async def _buffered(receive: Receive, body: bytearray, limit: int) -> Receive:
    """Read the body first (up to `limit` + 1 bytes, what the engine needs to refuse it), into `body`;
    returns a `receive` that hands it over again, then whatever the client sends after it."""
    more = True
    while more and len(body) <= limit:
        message = await receive()
        if message["type"] != "http.request":
            return _replay([message], receive)
        body.extend(message.get("body", b""))
        more = message.get("more_body", False)
    first = {"type": "http.request", "body": bytes(body), "more_body": more}
    return _replay([first], receive)


def _replay(messages: list[Message], receive: Receive) -> Receive:
    async def replayed() -> Message:
        return messages.pop(0) if messages else await receive()

    return replayed


def _drop(send: Send) -> None:
    """Close the connection without an answer. ASGI has no message for that: the transport of the server's
    protocol (uvicorn's `send` is a method of its request cycle, which holds it) is closed. In process
    (`httpx.ASGITransport`) there is no connection: the client gets the exception."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise ConnectionResetError("connection dropped by a fault rule")
    transport.close()
