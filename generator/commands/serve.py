"""`rsdlgen serve`: run the mock engine over the documents' tables, built in memory (nothing is generated).

With `--docs`, the reference docs of the same documents are rendered into the cache and served beside the API,
with an `engine.js` naming its root: the pages' Try it panels send their requests to this engine.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from ..mock.options import add_options
from ..model.loading import Model
from ..targets.rendering import Progress, cache_root, write_tree
from ..targets.server.spec import server_spec
from . import add_document_options, load_model, project
from .output import output

QUIET = "no access log"

# What the mock engine imports beyond rsdlgen's own dependencies: the extra `rsdlgen[serve]`.
EXTRA = ("starlette", "uvicorn", "trustme")


def missing_extra() -> list[str]:
    missing = []
    for name in EXTRA:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing


def run(args: argparse.Namespace) -> int:
    missing = missing_extra()
    if missing:
        print(
            f"rsdlgen serve: error: the mock engine needs {', '.join(missing)}: "
            "pip install 'rsdlgen[serve]'",
            file=sys.stderr,
        )
        return 1
    from ..mock import serve  # the web server's libraries, only when serving

    model = load_model(args, project(args))
    spec = server_spec(model)
    site = _docs(model, output(args).progress) if args.docs else None
    args.quiet = args.verbosity < 0  # every command's -q/--quiet: here, no access log
    try:
        serve.start(spec, args, site=site)
    except serve.ServeError as exc:
        print(f"rsdlgen: error: {exc}", file=sys.stderr)
        return 1
    return 0


def _docs(model: Model, progress: Progress) -> Path:
    """The docs site of `model`, live: its `engine.js` names the API root served beside it."""
    from ..targets import docs  # only with --docs
    from ..targets.docs.tryit import SCRIPT, engine_script

    files = docs.render(model, docs.DEFAULT_PACKAGE, progress=progress)
    files[SCRIPT] = engine_script(model.api_root)
    # one directory per document set: serving again rewrites only what changed
    folder = cache_root() / "docs" / model.fingerprint[:16]
    write_tree(folder, files)
    return folder


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
    parser.add_argument(
        "--docs",
        action="store_true",
        help="also serve the reference docs of the same documents at /docs/, each operation with a Try it "
        "panel that sends it to this engine",
    )
