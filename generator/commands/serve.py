"""`rsdlgen serve`: generate the server package into a cache directory, import it, and run it."""

from __future__ import annotations

import argparse
import importlib
import sys

from ..targets.rendering import cache_root
from ..targets.server.harness import build_package
from . import add_document_options, load_model, project


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    return port


def run(args: argparse.Namespace) -> int:
    model = load_model(args, project(args))
    # One directory per document set: rendering again rewrites only what changed.
    package = build_package(model, cache_root() / "server" / model.fingerprint[:16])
    serving = importlib.import_module(f"{package.__name__}.serve")
    args.quiet = args.verbosity < 0  # every command's -q/--quiet: here, no access log
    try:
        serving.start(args)
    except serving.ServeError as exc:
        print(f"rsdlgen: error: {exc}", file=sys.stderr)
        return 1
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the generated server as a mock engine",
        description="Run the generated server as a mock engine. Prints the URL it listens on, then "
        "one access-log line per request (method, path, status, milliseconds) unless --quiet.",
    )
    add_document_options(parser)
    parser.set_defaults(run=run)
    _add_serving_options(parser)


def _add_serving_options(parser: argparse.ArgumentParser) -> None:
    # The same options as `python -m <package>`; the generated package is built only when serving, so
    # they are declared here too, with the same names and defaults.
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=_port, default=8080, help="port to listen on (0: any free port)"
    )
    parser.add_argument("--user", default="admin@internal", help="user of HTTP Basic auth")
    parser.add_argument("--password", default="admin", help="password of HTTP Basic auth")
    parser.add_argument("--tls", action="store_true", help="https, with a throwaway CA made now")
    parser.add_argument("--cert", metavar="PEM", help="https with this certificate (chain)")
    parser.add_argument("--key", metavar="PEM", help="the private key of --cert")
    # --quiet (no access log) is every command's -q/--quiet
    parser.add_argument(
        "--seed", metavar="FILE", action="append", default=[], help="XML or JSON fixtures to load"
    )
    parser.add_argument(
        "--product-version", metavar="X.Y.Z.W", help="engine version (default: the RSDL's)"
    )
