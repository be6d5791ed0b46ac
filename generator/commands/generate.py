"""`rsdlgen generate --target T`: render one target (or all) from the documents into a directory."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..model.diffing import load_side
from ..model.loading import PACKAGE_ROOT, load
from ..targets.rendering import write_tree
from ..targets import targets
from . import add_document_options


def run(args: argparse.Namespace) -> int:
    available = targets()
    model = load(args.rsdl, args.schema)
    chosen = sorted(available) if args.target == "all" else [args.target]
    if args.out is not None and len(chosen) > 1:
        raise SystemExit("rsdlgen: error: --out needs one --target, not all")
    if args.since is not None and chosen != ["docs"]:
        raise SystemExit("rsdlgen: error: --since is for --target docs")
    since = load_side([args.since]) if args.since is not None else None
    for name in chosen:
        target = available[name]
        out = Path(args.out) if args.out else PACKAGE_ROOT / target.DEFAULT_OUT
        package = args.package or target.DEFAULT_PACKAGE
        # `since` is a plain render parameter of the docs, which project configuration can carry too
        files = target.render(model, package, since) if since else target.render(model, package)
        changed = write_tree(out, files, target.USER_OWNED)
        print(f"{name}: {len(files)} files in {out} ({len(changed)} changed)")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "generate", help="render client bindings, server stubs or reference docs"
    )
    add_document_options(parser)
    parser.add_argument(
        "--target", choices=[*sorted(targets()), "all"], default="all", help="what to generate"
    )
    parser.add_argument(
        "--out", metavar="DIR", help="output directory (default: generated/<target>)"
    )
    parser.add_argument(
        "--package", metavar="NAME", help="Python package name of the generated code"
    )
    parser.add_argument(
        "--since",
        metavar="OLD",
        help="docs: add a changes page from the older documents OLD (a directory or an RSDL file, as "
        "`rsdlgen diff` takes them)",
    )
    parser.set_defaults(run=run)
