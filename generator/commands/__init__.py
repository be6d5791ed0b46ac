"""Stage 5: the command line. `main` parses arguments and runs one subcommand; each subcommand module defines
`register(subparsers)` and only parses arguments and prints, leaving the work to the stages below.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from ..model.loading import Model
from ..project.configuration import Configuration, configuration, documents_problem
from .output import add_verbosity, output

SUBCOMMANDS = ("check", "clone", "diff", "fetch", "generate", "init", "inspect", "serve")


def register_all(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    names: Sequence[str] = SUBCOMMANDS,
) -> None:
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers)
        parser = subparsers.choices[name]
        # A module's VERBOSE says what its -v adds (none: no -v); QUIET what its -q leaves out.
        shapes = {k.lower(): getattr(module, k) for k in ("QUIET", "VERBOSE") if hasattr(module, k)}
        add_verbosity(parser, **shapes)
        parser.set_defaults(parser=parser)  # for `args.parser.error`


def usage(args: argparse.Namespace, message: str) -> NoReturn:
    """Wrong arguments: one line naming the subcommand, exit status 2."""
    parser: argparse.ArgumentParser = args.parser
    parser.error(message)


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="the project's configuration (default: rsdlgen.toml, or pyproject.toml with "
        "[tool.rsdlgen], in the working directory or the nearest parent that has one)",
    )


def add_document_options(parser: argparse.ArgumentParser) -> None:
    add_config_option(parser)
    parser.add_argument(
        "--rsdl",
        metavar="FILE",
        help="RSDL document (default: as configured, else the embedded one)",
    )
    parser.add_argument("--schema", metavar="FILE", help="XML Schema of the entities, with --rsdl")
    parser.add_argument(
        "--no-schema",
        action="store_true",
        help="with --rsdl: no XML Schema on purpose (every generated type is opaque)",
    )
    add_selection_options(parser)


def add_selection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--include",
        metavar="PATTERN",
        action="append",
        help="only the links an href pattern (`vms/**`, `hosts/*/nics`), rel or operation id matches "
        "(repeatable; replaces the configured include list)",
    )
    parser.add_argument(
        "--exclude",
        metavar="PATTERN",
        action="append",
        help="less the links this pattern matches (repeatable; replaces the configured exclude list)",
    )


def project(args: argparse.Namespace, schema_needed: bool = True) -> Configuration:
    """The configuration the command works with, the document and selection flags replacing the configured
    ones."""
    config = configuration(Path(args.config) if args.config else None)
    config = config.with_selection(args.include, args.exclude)
    if args.rsdl is None and args.schema is None and not args.no_schema:
        return config
    flags = ("--rsdl", "--schema", "--no-schema")
    problem = documents_problem(args.rsdl, args.schema, args.no_schema, flags, schema_needed)
    if problem:
        usage(args, problem)
    return config.with_documents(
        Path(args.rsdl), Path(args.schema) if args.schema else None, args.no_schema
    )


def load_model(args: argparse.Namespace, config: Configuration, selected: bool = True) -> Model:
    """The configured documents, read (and narrowed to the selection unless not `selected`); says so when the
    types will be opaque on purpose."""
    model = config.load_model() if selected else config.load_documents()
    if config.no_schema:
        output(args).warning(
            f"{model.rsdl.file}: no XML Schema (no-schema): every generated type is opaque"
        )
    return model
