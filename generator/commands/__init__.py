"""Stage 4: the command line. `main` parses arguments and runs one subcommand; each subcommand module defines
`register(subparsers)` and only parses arguments and prints, leaving the work to the stages below.
"""

from __future__ import annotations

import argparse
import importlib

SUBCOMMANDS = ("check", "diff", "fetch", "generate", "inspect", "serve")


def register_all(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name in SUBCOMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)


def add_document_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rsdl", metavar="FILE", help="RSDL document (default: the embedded rsdl/rsdl.xml)"
    )
    parser.add_argument(
        "--schema", metavar="FILE", help="XML Schema of the entities (default: with --rsdl, none)"
    )
