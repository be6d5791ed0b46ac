"""Running the server with uvicorn: `python -m <package>` and `rsdlgen serve` (one set of options for both).

The socket is bound before anything is printed, so the URL shown is the one listening (`--port 0` shows the
port the system chose) and a port in use or a host that cannot be bound is one line (`ServeError`). `--tls`
serves https with a throwaway CA made at start (trustme), whose certificate file is printed to be passed as
the client's `ca_file`; `--cert/--key` serve your own. `rsdlgen serve --docs` adds a static site (the reference
docs of the same documents) at `/docs/` on the same origin, so that its pages call the API without CORS.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import re
import shutil
import socket
import ssl
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from .app import App, create_app
from .connections import protocol
from .handlers import Handlers
from .options import add_options
from .seed import SeedError
from .settings import Settings
from .spec import Spec

SITE_PATH = "/docs"  # where `site` is served, beside the API root


class ServeError(Exception):
    """Why the server cannot start, in one line."""


@dataclass(frozen=True)
class Certificate:
    cert: str
    key: str | None = None  # None: the key is in `cert`
    ca: str | None = None  # the CA to trust, when made here


def bind(host: str, port: int) -> socket.socket:
    if not 0 <= port <= 65535:
        raise ServeError(f"port {port} is not between 0 and 65535")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc}") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)  # connections wait in the backlog from the moment the URL is printed
    except OSError as exc:
        sock.close()
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def check_certificate(certificate: Certificate) -> None:
    """Load --cert/--key as the server will, before anything is announced; a bad file is named."""
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(
            certificate.cert, certificate.key
        )
    except (ssl.SSLError, OSError) as exc:
        has_certificate = b"-----BEGIN CERTIFICATE-----" in Path(certificate.cert).read_bytes()
        if has_certificate and certificate.key:
            culprit, what = certificate.key, "private key"
        else:
            culprit, what = certificate.cert, "PEM certificate (and key)"
        # without where in CPython's ssl module it was raised: " (_ssl.c:3905)"
        reason = re.sub(r" \(_ssl\.c:\d+\)", "", exc.strerror or str(exc))
        raise ServeError(f"{culprit}: not a usable {what} ({reason})") from None


class _Lowercase(logging.Formatter):
    """uvicorn's own messages in the style of rsdlgen's (`uvicorn: warning: …`), beside the access log."""

    def format(self, record: logging.LogRecord) -> str:
        return f"uvicorn: {record.levelname.lower()}: {record.getMessage()}"


LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"()": _Lowercase}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
        }
    },
    "loggers": {"uvicorn": {"handlers": ["stderr"], "level": "WARNING", "propagate": False}},
}


def throwaway_certificate(host: str) -> Certificate:
    """A CA made now and a certificate it signs for `host` and loopback, in a temporary directory."""
    import trustme  # only needed for --tls

    folder = Path(tempfile.mkdtemp(prefix="rsdlgen-tls-"))
    atexit.register(shutil.rmtree, folder, True)  # throwaway: gone when the server stops
    ca = trustme.CA(organization_name="rsdlgen mock engine")
    names = list(dict.fromkeys([host, "localhost", "127.0.0.1", "::1"]))
    issued = ca.issue_cert(*[n for n in names if n not in ("0.0.0.0", "::", "")])
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    issued.private_key_and_cert_chain_pem.write_to_path(str(folder / "server.pem"))
    return Certificate(str(folder / "server.pem"), ca=str(folder / "ca.pem"))


def with_site(api: App, site: Path) -> App:
    """The engine, and the static files of `site` below `SITE_PATH` (`/docs` itself redirects to `/docs/`):
    a route of the engine's own app, whose exception middleware turns a missing file into a 404, not a 500,
    and whose admin layer stays the outermost (a fault rule's dropped connection needs the server's send).
    """
    api.router.routes.append(Mount(SITE_PATH, app=StaticFiles(directory=site, html=True)))
    return api  # everything else is the engine's (the router's default), faults included


def serve(
    spec: Spec,
    sock: socket.socket,
    host: str,
    settings: Settings,
    certificate: Certificate | None,
    handlers: type[Handlers] = Handlers,
    site: Path | None = None,
) -> None:
    """Print the URL (and the site's, the CA to trust, the credentials), then serve until interrupted."""
    try:
        app = create_app(spec, handlers=handlers, settings=settings)
    except SeedError as exc:
        sock.close()
        raise ServeError(str(exc)) from None
    version = ".".join(app.state.server.engine.version.values())
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    scheme = "https" if certificate else "http"
    print(f"mock engine: {scheme}://{shown}:{bound}{spec.api_root}", flush=True)
    if site is not None:
        app = with_site(app, site)
        print(f"docs: {scheme}://{shown}:{bound}{SITE_PATH}/", flush=True)
    if certificate is not None and certificate.ca:
        print(f"CA certificate (pass as ca_file): {certificate.ca}", flush=True)
    print(f"credentials: {settings.user} / {settings.password}", flush=True)
    if settings.product_version:
        source = "--product-version"
    elif spec.product.get("major"):
        source = "the RSDL's"
    else:  # the corpus' 3.6 RSDL declares none
        source = "the RSDL declares none: --product-version X.Y.Z.W sets it"
    print(f"product version: {version} ({source})", flush=True)
    uvicorn.Server(uvicorn_config(app, settings, certificate)).run(sockets=[sock])


def uvicorn_config(
    app: Any, settings: Settings, certificate: Certificate | None = None
) -> uvicorn.Config:
    """How uvicorn serves the app: its bounds before authentication are `settings`' (mock.connections)."""
    return uvicorn.Config(
        app,
        log_level="warning",
        log_config=LOG_CONFIG,
        access_log=False,  # the app writes its own, without credentials (Settings.access_log)
        lifespan="off",
        ssl_certfile=certificate.cert if certificate else None,
        ssl_keyfile=certificate.key if certificate else None,
        http=protocol(settings),
        # connections past the cap are refused when accepted (mock.connections); this bounds the requests
        # in progress, which uvicorn counts with the connections (`>=`), hence the one more
        limit_concurrency=settings.max_connections + 1,
    )


def start(
    spec: Spec,
    args: argparse.Namespace,
    handlers: type[Handlers] = Handlers,
    site: Path | None = None,
) -> None:
    """Run from parsed `add_options` arguments, with the static `site` at `SITE_PATH`; raises ServeError."""
    root = spec.api_root.rstrip("/")
    if site is not None and (root == SITE_PATH or root.startswith(SITE_PATH + "/")):
        raise ServeError(
            f"the API root {spec.api_root} is where the docs would be served ({SITE_PATH})"
        )
    if args.key and not args.cert:
        raise ServeError("--key needs --cert")
    if args.cert and args.tls:
        raise ServeError("--tls makes its own certificate: give --tls or --cert, not both")
    for path in [args.cert, args.key, *args.seed]:
        if path and not Path(path).is_file():
            raise ServeError(f"{path}: no such file")
    certificate = Certificate(args.cert, args.key) if args.cert else None
    if certificate is not None:
        check_certificate(certificate)
    sock = bind(args.host, args.port)  # a bad port or host is refused before a CA is made
    if args.tls:
        certificate = throwaway_certificate(args.host)
    settings = Settings(
        user=args.user,
        password=args.password,
        access_log=not args.quiet,
        seed=tuple(args.seed),
        product_version=args.product_version,
        ca_certificate=certificate.ca if certificate else None,
        transitions=args.transitions,
        transition_seconds=args.transition_seconds,
    )
    serve(spec, sock, args.host, settings, certificate, handlers, site)


def main(
    spec: Spec, handlers: type[Handlers] = Handlers, argv: Sequence[str] | None = None
) -> None:
    """`python -m <package>`: the generated server's command line."""
    parser = argparse.ArgumentParser(description="Run the generated mock engine.")
    add_options(parser)
    try:
        start(spec, parser.parse_args(argv), handlers)
    except ServeError as exc:
        sys.exit(f"{parser.prog}: error: {exc}")
    except KeyboardInterrupt:
        sys.exit(130)
