"""Building the generated server into a directory, importing it, and running it on loopback.

Used by `rsdlgen serve`, the server tests and the server benchmark.
"""

from __future__ import annotations

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

import uvicorn

from ...model.loading import Model
from ..rendering import write_tree
from . import DEFAULT_PACKAGE, USER_OWNED, render


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
