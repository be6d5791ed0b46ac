"""The `rsdlgen` command line: parse arguments, run one subcommand, turn input errors into one line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn, cast

from .. import __version__
from ..errors import InputError
from . import SUBCOMMANDS, register_all

USAGE_STATUS = 2  # as argparse exits on wrong arguments


class Parser(argparse.ArgumentParser):
    """Wrong arguments get one line (`rsdlgen generate: error: …`, exit status 2), like every other error;
    `--help` still shows the usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE_STATUS, f"{self.prog}: error: {message}\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand; or, when `argv` names one, of that one alone, so that a command does not
    import what the others need (`rsdlgen generate` with nothing to regenerate takes little more than that).
    """
    parser = Parser(
        prog="rsdlgen",
        description="Generate client bindings, mock-engine servers, reference docs and OpenAPI "
        "descriptions from an oVirt RSDL + XSD.",
    )
    parser.add_argument("--version", action="version", version=f"rsdlgen {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    named = next((a for a in argv or () if not a.startswith("-")), None)
    register_all(
        cast("argparse._SubParsersAction[argparse.ArgumentParser]", subparsers),
        [named] if named in SUBCOMMANDS else SUBCOMMANDS,
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        # inside: the parser lists the targets, and a broken target from another package is an InputError
        args = build_parser(argv).parse_args(argv)
        status: int = args.run(args)
        return status
    except InputError as exc:
        print(f"rsdlgen: {exc}", file=sys.stderr)
        return exc.status
    except BrokenPipeError:  # the reader went away (`| head`)
        return 0
    except OSError as exc:  # the file system refused something the checks before could not foresee
        print(f"rsdlgen: {exc.filename or '-'}: error: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
