"""The ASGI application: authentication, routing, validation, then one handler method per link.

Every request goes through the same steps: the path is split below the API root (`<root>` or `<root>/v3`);
credentials or the session cookie are checked (401); the link is found by path (404) and method (405 with
`Allow`); the body is read (413 when too large), parsed (400 when malformed) and checked against the RSDL (415
for a wrong Content-Type, 400 for a wrong or incomplete body); URL parameters are converted to their declared
types (400); then the handler method named by the link runs. Whatever fails is a `<fault>`.

Bodies may be XML or JSON (`Content-Type`); replies, faults included, are XML unless `Accept` prefers JSON.
A reply sent without reading the body the request declared closes the connection: the unread bytes (or bytes
that never come: libsoup 3 re-sends a request challenged with 401 without its body, but with its
Content-Length) must not be read as the next request.
"""

from __future__ import annotations

import asyncio
import functools
import sys
import time
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import QueryParams

from . import admin, jsonio, validation, xmlio
from .auth import Authenticator
from .behaviours import implied
from .calls import Call, Element, Reply
from .controls import Controls
from .engine import Engine
from .faults import Fault, integer, not_found
from .handlers import Handlers
from .incoming import Incoming
from .routing import Target, is_placeholder, split_target
from .settings import Settings
from .spec import LinkSpec, Spec

DOCUMENTS = {"rsdl": "rsdl.xml", "schema": "api.xsd"}
CA_QUERY = {"resource": "ca-certificate", "format": "X509-PEM-CA"}


class App(Starlette):
    """What `create_app` returns: Starlette, inside the admin API's layer (`admin.Layer`), which must be the
    outermost to drop a connection."""

    def build_middleware_stack(self) -> Any:
        return admin.Layer(super().build_middleware_stack(), self.state.server, self.state.admin)


class Server:
    def __init__(self, spec: Spec, settings: Settings, handlers: type[Handlers]) -> None:
        self.spec = spec
        self.settings = settings
        self.engine = Engine(spec, settings)
        self.router = self.engine.router
        self.handlers = handlers(self.engine)
        root = spec.api_root.rstrip("/")
        self.roots = [root + "/v3", root]  # longest first
        # Where the engine publishes its CA (guide §2.1): below the API root's parent (`/ovirt-engine`)
        self.pki_resource = root.rpartition("/")[0] + "/services/pki-resource"
        self.auth = Authenticator(settings, root or "/", self.engine.login_event)
        ca = settings.ca_certificate
        self.ca_certificate = Path(ca).read_bytes() if ca else None
        self.fingerprint = (b"x-rsdlgen-fingerprint", spec.fingerprint.encode("latin-1"))

    def use(self, engine: Engine) -> None:
        """Serve `engine` from now on (the admin API's reset and restore), with new handlers over it."""
        self.engine = engine
        self.router = engine.router
        self.handlers = type(self.handlers)(engine)
        self.auth.on_login = engine.login_event

    def serves(self, path: str) -> bool:
        """Whether `path` is below the API root, where only the engine answers (`admin.Layer` then calls
        the server itself, not through Starlette's middleware and router, which serve the rest)."""
        root = self.roots[-1]
        return bool(root) and (path == root or path.startswith(root + "/"))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.serve(scope, receive, send)

    async def serve(self, scope: Any, receive: Any, send: Any) -> int:
        """Answer an HTTP request over ASGI (no Starlette `Response` in between); returns the status sent."""
        started = time.perf_counter()
        request = Incoming(scope, receive)
        status, headers, content = await self._respond(request)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})
        if self.settings.access_log:  # the path only: no query, no header, so never a credential
            took = (time.perf_counter() - started) * 1000
            line = f"{request.method} {request.path} {status} {took:.1f} ms"
            print(line, file=sys.stderr, flush=True)
        return status

    async def _respond(self, request: Incoming) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """The status, the raw headers and the body of the answer."""
        extra: dict[str, str] = {}
        try:
            reply = await self._serve(request, extra)
        except Fault as fault:
            reply = Reply(fault.status, fault.element(), fault.headers)
        except Exception as exc:  # a handler bug; bad input never gets here
            reply = Reply(500, Fault(500, "Internal Server Error", repr(exc)).element())
        headers = {**extra, **reply.headers}
        if _unread_body(request):
            headers["Connection"] = "close"
        media = jsonio.preferred(request.headers.get("accept", ""))
        if reply.document is not None:
            content, media = reply.document, reply.media
        elif reply.answer is not None:  # written from the engine's cache (`mock.written`)
            content = reply.answer.write(media) if request.method != "HEAD" else b""
        elif reply.element is not None:
            if media == jsonio.JSON:
                content = jsonio.serialize(reply.element, self.spec)
            else:
                content = xmlio.serialize(reply.element)
        else:  # no body, no type
            return reply.status, self._raw_headers(reply.status, headers, b"", None), b""
        if request.method == "HEAD":
            content = b""
        return reply.status, self._raw_headers(reply.status, headers, content, media), content

    def _raw_headers(
        self, status: int, headers: dict[str, str], content: bytes, media: str | None
    ) -> list[tuple[bytes, bytes]]:
        """The headers as Starlette's `Response` writes them: the engine's fingerprint and the reply's, then
        the length and the type (none for an answer without one)."""
        raw = [self.fingerprint]
        raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        names = {name for name, _ in raw}  # a handler's own length or type is kept
        if status >= 200 and status not in (204, 304) and b"content-length" not in names:
            raw.append((b"content-length", str(len(content)).encode()))
        if media is not None and b"content-type" not in names:
            raw.append((b"content-type", media.encode("latin-1")))
        return raw

    async def _serve(self, request: Incoming, extra: dict[str, str]) -> Reply:
        if len(request.scope["headers"]) > self.settings.max_headers:
            limit = self.settings.max_headers
            raise Fault(431, "Request Header Fields Too Large", f"at most {limit} headers")
        scope = request.scope
        path: str = scope["path"]
        if self.ca_certificate is not None and path in (self.pki_resource, "/ca.crt"):
            return self._ca(request)
        raw_path = scope.get("raw_path") or path.encode()
        query = scope.get("query_string", b"").decode("latin-1")
        target = split_target(raw_path.decode("latin-1"), query, self.roots)
        if target is None:
            raise not_found(path)
        user, auth_headers = self.auth.authenticate(request.headers, request.cookies)
        extra.update(auth_headers)
        validation.check_headers(self.spec.headers, request.headers)
        method = "GET" if request.method == "HEAD" else request.method
        if not target.segments:
            return self._root(method, target)
        route = self.router.route(target.segments)
        if route is None:
            task = self.engine.poll(tuple(target.segments)) if method == "GET" else None
            if task is None:
                raise not_found(path)
            return Reply(200, task)
        links = route.links.get(method)
        if not links:
            allowed = sorted(set(route.links) | ({"HEAD"} if "GET" in route.links else set()))
            raise Fault(
                405,
                "Method Not Allowed",
                f"{request.method} {route.href}; allowed: {', '.join(allowed)}",
                {"Allow": ", ".join(allowed)},
            )
        link = links[0]
        if method != "GET":  # whatever the handler does, representations kept may no longer hold
            self.engine.changed()
        body = await self._body(request, link)
        implied.fill(self.engine, method, body)
        validation.check_body(link, body, self.settings.accept_deprecated)
        call = Call(
            link,
            target.segments,
            dict(zip(_placeholders(link.href), route.values, strict=True)),
            target.matrix,
            target.query,
            request.headers,
            body,
            user,
            target.root,
        )
        arguments = _arguments(link, target)
        if link.body is not None:
            arguments["body"] = body
        handler = getattr(self.handlers, link.handler, self.handlers.handle)
        reply = await handler(call, *route.values, **arguments)
        if not isinstance(reply, Reply):
            raise TypeError(f"{link.handler} returned {type(reply).__name__}, not Reply")
        return reply

    def _root(self, method: str, target: Target) -> Reply:
        if method != "GET":
            raise Fault(
                405,
                "Method Not Allowed",
                "the entry point only answers GET",
                {"Allow": "GET, HEAD"},
            )
        for key, name in DOCUMENTS.items():
            if key in target.query:
                data = self.spec.documents.get(name)
                if data is None:
                    raise not_found(f"this server was generated without {name}")
                return Reply(200, document=data)  # as generated from: fingerprints must match
        return Reply(200, self.engine.entry_point(target.root))

    def _ca(self, request: Incoming) -> Reply:
        """The CA certificate, to anyone: a client fetches it before it can trust the server (§2.1)."""
        sent = dict(QueryParams(request.scope.get("query_string", b"")))
        if request.path == self.pki_resource and sent != CA_QUERY:
            query = "&".join(f"{k}={v}" for k, v in CA_QUERY.items())
            raise not_found(f"{self.pki_resource} serves ?{query}")
        return Reply(200, document=self.ca_certificate, media="application/x-x509-ca-cert")

    async def _body(self, request: Incoming, link: LinkSpec) -> Element | None:
        declared = request.headers.get("content-length")
        if link.method == "GET" and declared is None and "transfer-encoding" not in request.headers:
            request.body_read = True  # a read that declares no body: nothing to wait for
            return None
        limit = self.settings.max_body_bytes
        if declared and declared.isascii() and declared.isdigit() and int(declared) > limit:
            raise Fault(413, "Request Entity Too Large", f"bodies are limited to {limit} bytes")
        data = bytearray()
        async for chunk in request.stream():
            data += chunk
            if len(data) > limit:
                raise Fault(413, "Request Entity Too Large", f"bodies are limited to {limit} bytes")
        request.body_read = True
        if not data.strip():
            return None
        content_type = request.headers.get("content-type", "")
        media = content_type.split(";")[0].strip().lower()
        if media.endswith(("xml", "json")):
            _check_items(bytes(data), self.settings.max_body_items)
        # parsed on a worker thread: a costly body never holds up the requests of others
        if media.endswith("xml"):
            return await asyncio.to_thread(xmlio.parse, bytes(data))
        if media.endswith("json"):
            root = _body_element(self.spec, link)
            return await asyncio.to_thread(jsonio.parse, bytes(data), root, self.spec)
        raise Fault(
            415,
            "Unsupported Media Type",
            f"Content-Type {content_type or '(none)'}: send application/xml or application/json",
        )


# What opens an element, value or member of XML or JSON: more of them than this bound can be, never fewer.
_ITEM_MARKS = (b"<", b"{", b"[", b",", b":")


def _check_items(data: bytes, limit: int) -> None:
    """Refuse a body that could parse into more than `limit` elements or values before it is parsed: 4 MiB of
    small JSON numbers becomes half a gigabyte of objects, and a few bytes each is what such a body costs.
    """
    marks = sum(data.count(mark) for mark in _ITEM_MARKS)
    if marks > limit:
        raise Fault(
            413, "Request Entity Too Large", f"a body is limited to {limit} elements or values"
        )


@functools.cache
def _placeholders(href: str) -> list[str]:
    """The names of the placeholders of a link's href (`vm:id`), in order."""
    return [s[1:-1] for s in href.split("/") if is_placeholder(s)]


def _unread_body(request: Incoming) -> bool:
    """Whether the request declared a body that was not read (`_body` reads it whole or not at all)."""
    declared = request.headers.get("content-length", "0").strip() not in ("", "0")
    chunked = "chunked" in request.headers.get("transfer-encoding", "").lower()
    return (declared or chunked) and not request.body_read


def _body_element(spec: Spec, link: LinkSpec) -> str:
    """The element a JSON body stands for: the declared body type, else what the link's resource holds."""
    if link.body is not None and link.body.element:
        return link.body.element
    resource = spec.resources.get(link.href)
    return (resource.item or resource.element) if resource is not None else "action"


def _arguments(link: LinkSpec, target: Target) -> dict[str, Any]:
    """The link's URL parameters present in the request, converted to their declared types."""
    arguments: dict[str, Any] = {}
    for param in link.url:
        source = target.matrix if param.context == "matrix" else target.query
        raw = source.get(param.name, source.get(param.name.replace("_", "-")))
        if raw is None:
            continue
        if param.type == "bool":
            if raw.lower() not in ("true", "false", ""):
                raise Fault(400, "Invalid value", f"{param.name}={raw!r}: expected true or false")
            arguments[param.argument] = raw.lower() != "false"
        elif param.type == "int":
            arguments[param.argument] = integer(raw, param.name)
        else:
            arguments[param.argument] = raw
    return arguments


def create_app(
    spec: Spec, *, handlers: type[Handlers] = Handlers, settings: Settings | None = None
) -> App:
    """The mock engine of `spec` as an ASGI app. `handlers` is `Handlers` or a subclass overriding some of
    its methods; it is built over the in-memory engine, seeded as a fresh engine is
    (`app.state.server.engine`)."""
    server = Server(spec, settings or Settings(), handlers)
    app = App()
    # Every request reaches the server, whatever its method and path: Starlette's routes answer a path they
    # cannot match (a segment with a newline) or a method they do not list in plain text, not with a fault.
    app.router.default = server
    app.state.server = server
    app.state.admin = Controls(server)  # the admin API's work, in process
    return app
