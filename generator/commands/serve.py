"""`rsdlgen serve`: run the mock engine over the documents' tables, built in memory (nothing is generated)."""

from __future__ import annotations

import argparse
import sys

from ..mock.options import add_options
from ..targets.server.spec import server_spec
from . import add_document_options, load_model, project


def run(args: argparse.Namespace) -> int:
    from ..mock import serve  # the web server's libraries, only when serving

    spec = server_spec(load_model(args, project(args)))
    args.quiet = args.verbosity < 0  # every command's -q/--quiet: here, no access log
    try:
        serve.start(spec, args)
    except serve.ServeError as exc:
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
    add_options(
        parser, quiet=False
    )  # the options of `python -m <package>`; --quiet is every command's
