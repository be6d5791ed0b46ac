"""A small engine on loopback for the client's transport tests: a `vms` collection with nics, Basic auth with
`Prefer: persistent-auth` sessions, faults, 202 Accepted creations and asynchronous actions. Records requests.
"""

from __future__ import annotations

import base64
import secrets
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from lxml import etree

from tests.support.loopback import running

ROOT = "/ovirt-engine/api"


@dataclass
class Engine:
    user: str = "admin@internal"
    password: str = "secret"
    vms: dict[str, etree._Element] = field(default_factory=dict)
    nics: dict[str, list[etree._Element]] = field(default_factory=dict)
    sessions: set[str] = field(default_factory=set)
    logins: int = 0  # requests authenticated by Basic credentials
    polls: dict[str, int] = field(default_factory=dict)  # status href -> GETs so far
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)

    def add_vm(self, name: str, memory: int = 1073741824, state: str = "down") -> str:
        ident = f"vm{len(self.vms) + 1}"
        self.vms[ident] = etree.fromstring(
            f'<vm id="{ident}" href="{ROOT}/vms/{ident}"><name>{name}</name>'
            f"<status><state>{state}</state></status><memory>{memory}</memory></vm>"
        )
        self.nics[ident] = []
        return ident


def fault(status: int, reason: str, detail: str) -> tuple[int, bytes]:
    return status, f"<fault><reason>{reason}</reason><detail>{detail}</detail></fault>".encode()


def status_doc(tag: str, href: str, state: str) -> bytes:
    return f'<{tag} id="s" href="{href}"><status><state>{state}</state></status></{tag}>'.encode()


class Handler(BaseHTTPRequestHandler):
    engine: Engine

    def log_message(self, *args: object) -> None:
        pass

    def _authorized(self) -> tuple[bool, str | None]:
        cookies = dict(
            c.strip().split("=", 1) for c in self.headers.get("Cookie", "").split(";") if "=" in c
        )
        if cookies.get("JSESSIONID") in self.engine.sessions:
            return True, None
        expected = base64.b64encode(f"{self.engine.user}:{self.engine.password}".encode()).decode()
        if self.headers.get("Authorization") != f"Basic {expected}":
            return False, None
        self.engine.logins += 1
        if self.headers.get("Prefer") == "persistent-auth":
            token = secrets.token_hex(8)
            self.engine.sessions.add(token)
            return True, token
        return True, None

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.engine.requests.append((self.command, self.path, dict(self.headers), body))
        ok, token = self._authorized()
        if not ok:
            status, payload = 401, b""
        else:
            status, payload = self._route(body)
        self.send_response(status)
        if token:
            self.send_header("Set-Cookie", f"JSESSIONID={token}; Path={ROOT}")
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def _route(self, body: bytes) -> tuple[int, bytes]:
        url = urllib.parse.urlsplit(self.path)
        segments = url.path[len(ROOT) :].strip("/").split("/")
        matrix = dict(p.split("=", 1) for p in segments[-1].split(";")[1:])
        segments[-1] = segments[-1].split(";")[0]
        query = dict(urllib.parse.parse_qsl(url.query))
        method, engine = self.command, self.engine
        if segments[0] != "vms":
            return fault(404, "Not found", url.path)
        if len(segments) == 1:
            return self._vms(method, body, matrix, query)
        vm = engine.vms.get(segments[1])
        if vm is None:
            return fault(404, "Resource not found", f"no vm {segments[1]}")
        rest = segments[2:]
        if not rest:
            return self._vm(method, segments[1], vm, body)
        if rest == ["nics"]:
            if method == "POST":
                nic = etree.fromstring(body)
                nic.set("id", f"nic{len(engine.nics[segments[1]]) + 1}")
                engine.nics[segments[1]].append(nic)
                return 201, etree.tostring(nic)
            holder = etree.Element("nics")
            holder.extend(etree.fromstring(etree.tostring(n)) for n in engine.nics[segments[1]])
            return 200, etree.tostring(holder)
        if rest[0] == "creation_status":
            return self._poll(url.path, "creation")
        if rest[0] == "start" and len(rest) == 2:
            return self._poll(url.path, "action")
        if rest == ["start"] and method == "POST":
            action = etree.fromstring(body)
            if action.findtext("async") == "true":
                href = f"{ROOT}/vms/{segments[1]}/start/a1"
                return 202, status_doc("action", href, "pending")
            vm.find("status/state").text = "up"
            return 200, status_doc("action", f"{ROOT}/vms/{segments[1]}/start", "complete")
        return fault(404, "Not found", url.path)

    def _vms(
        self, method: str, body: bytes, matrix: dict[str, str], query: dict[str, str]
    ) -> tuple[int, bytes]:
        engine = self.engine
        if method == "POST":
            new = etree.fromstring(body)
            if new.findtext("name") is None:
                return fault(400, "Incomplete parameters", "VM [name] required for add")
            ident = engine.add_vm(new.findtext("name") or "", int(new.findtext("memory") or 0))
            vm = engine.vms[ident]
            if self.headers.get("Expect") == "201-created":
                return 201, etree.tostring(vm)
            accepted = etree.fromstring(etree.tostring(vm))
            href = f"{ROOT}/vms/{ident}/creation_status/c1"
            etree.SubElement(accepted, "link", rel="creation_status", href=href)
            return 202, etree.tostring(accepted)
        found = list(engine.vms.values())
        search = query.get("search", "")
        if search.startswith("name="):
            pattern = search[len("name=") :]
            prefix = pattern.rstrip("*")
            found = [
                v
                for v in found
                if (v.findtext("name") or "").startswith(prefix)
                and (pattern.endswith("*") or v.findtext("name") == pattern)
            ]
        if "max" in matrix:
            found = found[: int(matrix["max"])]
        holder = etree.Element("vms")
        holder.extend(etree.fromstring(etree.tostring(v)) for v in found)
        return 200, etree.tostring(holder)

    def _vm(self, method: str, ident: str, vm: etree._Element, body: bytes) -> tuple[int, bytes]:
        if method == "GET":
            return 200, etree.tostring(vm)
        if method == "PUT":
            update = etree.fromstring(body)
            if update.find("id") is not None:
                return fault(
                    409, "Broken immutability constraint", "Attempt to set immutable field: id"
                )
            for child in update:
                old = vm.find(child.tag)
                if old is not None and len(child) == 0:
                    old.text = child.text
            return 200, etree.tostring(vm)
        if method == "DELETE":
            del self.engine.vms[ident]
            return 200, b""
        return fault(405, "Method not allowed", method)

    def _poll(self, path: str, tag: str) -> tuple[int, bytes]:
        count = self.engine.polls.get(path, 0) + 1
        self.engine.polls[path] = count
        return 200, status_doc(tag, path, "complete" if count >= 2 else "pending")


@contextmanager
def serve(engine: Engine, certificate: tuple[Path, Path] | None = None) -> Iterator[str]:
    """Run the engine on a free loopback port (over TLS with a (cert, key) pair); yields its base URL."""
    handler = type("BoundHandler", (Handler,), {"engine": engine})
    with running(ThreadingHTTPServer(("127.0.0.1", 0), handler), certificate) as base:
        yield base + ROOT
