"""The mock engine for tests and benchmarks: built in memory from a model's spec and driven in process (no
socket, no generated package), or served on loopback where a real socket matters (TLS, connection handling,
the real clients), or generated and imported as a user gets it.
"""

from __future__ import annotations

import asyncio
import importlib
import socket
import ssl
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import uvicorn

from rsdlgen.mock import Handlers, Settings, Spec
from rsdlgen.mock.app import App, create_app
from rsdlgen.model.loading import Model
from rsdlgen.targets.rendering import write_tree
from rsdlgen.targets.server import DEFAULT_PACKAGE, USER_OWNED, render
from rsdlgen.targets.server.spec import server_spec

AUTH = ("admin@internal", "admin")
_SPECS: dict[str, Spec] = {}


def spec_of(model: Model) -> Spec:
    """The model's spec, built once per document set (a spec is read-only: engines share it)."""
    if model.fingerprint not in _SPECS:
        _SPECS[model.fingerprint] = server_spec(model)
    return _SPECS[model.fingerprint]


def mock_app(model: Model, handlers: Any = None, **settings: Any) -> App:
    """A fresh mock engine for `model` as an ASGI app (`Settings` fields as keywords)."""
    extra = {"handlers": handlers} if handlers is not None else {}
    return create_app(spec_of(model), settings=Settings(**settings), **extra)


class InProcess(httpx.BaseTransport):
    """httpx's `ASGITransport` for a synchronous client: each request runs on one event loop kept for the
    transport's life, as uvicorn runs the app (the engine is used from one loop)."""

    def __init__(self, app: App) -> None:
        self.asgi = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        self.loop = asyncio.new_event_loop()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # a body given as an iterator (sent chunked) is read here: the app reads it through ASGI alike
        request.stream = httpx.ByteStream(request.read())

        async def send() -> httpx.Response:
            response = await self.asgi.handle_async_request(request)
            content = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
            # a stream, not `content=`: a caller may read it raw (`iter_raw`), as from a socket
            stream = httpx.ByteStream(content)
            return httpx.Response(response.status_code, headers=response.headers, stream=stream)

        return self.loop.run_until_complete(send())

    def close(self) -> None:
        self.loop.close()


class InMemory:
    """What a generated server package offers the tests (`create_app`, `Settings`, `API_ROOT`, `SPEC`), over
    a spec built in memory from the model: no package written or imported."""

    Settings = Settings

    def __init__(self, model: Model) -> None:
        self.SPEC = spec_of(model)
        self.API_ROOT = self.SPEC.api_root

    def create_app(
        self, settings: Settings | None = None, handlers: type[Handlers] = Handlers
    ) -> App:
        return create_app(self.SPEC, handlers=handlers, settings=settings)


@contextmanager
def in_process(app: App, base: str = "", auth: Any = AUTH) -> Iterator[httpx.Client]:
    """A synchronous httpx client that drives `app` in process; `base` is the path requests are relative
    to (`/ovirt-engine/api`)."""
    transport = InProcess(app)
    with httpx.Client(transport=transport, base_url="http://127.0.0.1" + base, auth=auth) as client:
        yield client


def build_package(model: Model, out: Path, package: str = DEFAULT_PACKAGE) -> ModuleType:
    """Render the server for `model` into `out` and import it as `package` (replacing an earlier import
    of that name: modules already imported keep working, new imports see this rendering)."""
    write_tree(out, render(model, package), USER_OWNED)
    for name in [m for m in sys.modules if m.split(".")[0] == package]:
        del sys.modules[name]
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(out))


@contextmanager
def loopback(
    app: Any, certificate: str | None = None, client_ca: str | None = None
) -> Iterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1 (a free port) in a thread; yields the base URL. With
    `certificate` (a PEM file holding the key and the certificate chain) it serves https; with `client_ca`
    too, it demands a client certificate issued by that CA."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        lifespan="off",
        access_log=False,
        ssl_certfile=certificate,
        ssl_ca_certs=client_ca,
        ssl_cert_reqs=ssl.CERT_REQUIRED if client_ca else ssl.CERT_NONE,
    )
    runner = uvicorn.Server(config)
    thread = threading.Thread(target=runner.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not runner.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.01)
    try:
        yield f"{'https' if certificate else 'http'}://127.0.0.1:{port}"
    finally:
        runner.should_exit = True
        thread.join(10)
        sock.close()
