"""A tiny stand-in for an oVirt engine on loopback: serves `?rsdl` and `?schema` behind Basic auth and
`Prefer: persistent-auth` sessions, and can misbehave on purpose (HTML pages, slowness, redirects, a trickled
answer, a session cookie of its own). Records every request.
"""

from __future__ import annotations

import base64
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.support.loopback import running

API = "/ovirt-engine/api"
LOGIN_PAGE = (
    b"<!DOCTYPE html><html><head><title>oVirt Engine Login</title></head><body>log in</body></html>"
)


@dataclass
class Engine:
    rsdl: bytes
    schema: bytes
    user: str = "admin@internal"
    password: str = "secret"
    # "ok", "html" (a login page with 200), "slow" (answers after `delay` seconds), "redirect" (302 to
    # `redirect_to`), "trickle" (a byte every `delay` seconds), "own-cookie" (sets a JSESSIONID every time),
    # "bomb" (`bomb` as the body, with `Content-Encoding: gzip, gzip`)
    mode: str = "ok"
    delay: float = 2.0
    redirect_to: str = ""
    bomb: bytes = b""
    requests: list[dict[str, str]] = field(default_factory=list)  # path and headers, in order
    sessions: set[str] = field(default_factory=set)
    url: str = ""


def _handler(engine: Engine) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            engine.requests.append(
                {"path": self.path, **{k.lower(): v for k, v in self.headers.items()}}
            )
            if engine.mode == "slow":
                time.sleep(engine.delay)
            if engine.mode == "html":
                return self._answer(200, LOGIN_PAGE, "text/html; charset=utf-8")
            if engine.mode == "redirect":
                return self._answer(302, b"", "text/plain", {"Location": engine.redirect_to})
            if engine.mode == "trickle":
                return self._trickle(engine.rsdl)
            if engine.mode == "bomb":
                encoding = {"Content-Encoding": "gzip, gzip"}
                return self._answer(200, engine.bomb, "application/xml", encoding)
            session = self._session()
            if session is None and not self._basic_ok():
                return self._answer(
                    401, b"", "text/plain", {"WWW-Authenticate": 'Basic realm="RESTAPI"'}
                )
            extra = {}
            if self.headers.get("Prefer") == "persistent-auth":
                if session is None:
                    session = secrets.token_hex(8)
                    engine.sessions.add(session)
                    extra["Set-Cookie"] = f"JSESSIONID={session}; Path={API}"
            elif session is not None:
                engine.sessions.discard(session)  # a request without Prefer ends the session
            if engine.mode == "own-cookie":
                extra["Set-Cookie"] = f"JSESSIONID=engine-own; Path={API}"
            documents = {f"{API}?rsdl": engine.rsdl, f"{API}?schema": engine.schema}
            if self.path not in documents:
                return self._answer(
                    404, b"<fault><reason>Not Found</reason></fault>", "application/xml"
                )
            self._answer(200, documents[self.path], "application/xml", extra)

        def _session(self) -> str | None:
            for part in (self.headers.get("Cookie") or "").split(";"):
                name, _, value = part.strip().partition("=")
                if name == "JSESSIONID" and value in engine.sessions:
                    return value
            return None

        def _basic_ok(self) -> bool:
            expected = base64.b64encode(f"{engine.user}:{engine.password}".encode()).decode()
            return self.headers.get("Authorization") == f"Basic {expected}"

        def _trickle(self, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for byte in body[:100]:  # bounded: the client is expected to give up long before
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(engine.delay)

        def _answer(
            self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout tests) is expected, not news


@contextmanager
def serve(engine: Engine, certificate: tuple[Path, Path] | None = None) -> Iterator[Engine]:
    """Run `engine` on 127.0.0.1 (over TLS with a (cert, key) pair) until the block ends; sets `engine.url`."""
    with running(_Server(("127.0.0.1", 0), _handler(engine)), certificate) as base:
        engine.url = base + API
        yield engine
