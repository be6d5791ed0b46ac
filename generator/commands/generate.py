"""`rsdlgen generate --target T`: render one target (or all) from the documents into a directory."""

from __future__ import annotations

import argparse
from pathlib import Path

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
    for name in chosen:
        target = available[name]
        out = Path(args.out) if args.out else PACKAGE_ROOT / target.DEFAULT_OUT
        files = target.render(model, args.package or target.DEFAULT_PACKAGE)
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
    parser.set_defaults(run=run)
