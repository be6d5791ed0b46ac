"""The `rsdlgen` command line: parse arguments, run one subcommand, turn input errors into one line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from . import register_all
from ..errors import InputError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rsdlgen", description="Generate clients, servers and docs from an oVirt RSDL + XSD."
    )
    parser.add_argument("--version", action="version", version=f"rsdlgen {__version__}")
    register_all(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except InputError as exc:
        print(f"rsdlgen: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
