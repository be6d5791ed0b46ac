"""Subcommands of `rsdlgen`: each module here defines `register(subparsers)` and is picked up by name order."""

from __future__ import annotations

import argparse
import importlib
import pkgutil


def register_all(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(subparsers)


def add_document_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rsdl", metavar="FILE", help="RSDL document (default: the embedded rsdl/rsdl.xml)"
    )
    parser.add_argument(
        "--schema", metavar="FILE", help="XML Schema of the entities (default: with --rsdl, none)"
    )
