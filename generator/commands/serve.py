"""`rsdlgen serve`: generate the server package into a cache directory, import it, and run it."""

from __future__ import annotations

import argparse
import importlib

from ..model.loading import load
from ..targets.rendering import cache_root
from ..targets.server.harness import build_package
from . import add_document_options


def run(args: argparse.Namespace) -> int:
    model = load(args.rsdl, args.schema)
    # One directory per document set: rendering again rewrites only what changed.
    package = build_package(model, cache_root() / "server" / model.fingerprint[:16])
    settings = package.Settings(user=args.user, password=args.password)
    importlib.import_module(f"{package.__name__}.serve").run(args.host, args.port, settings)
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("serve", help="run the generated server as a mock engine")
    add_document_options(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on")
    parser.add_argument("--user", default="admin@internal", help="user of HTTP Basic auth")
    parser.add_argument("--password", default="admin", help="password of HTTP Basic auth")
    parser.set_defaults(run=run)
