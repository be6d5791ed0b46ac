"""`rsdlgen clone URL --out seed.xml`: a live engine's inventory as a seed document for the mock engine."""

from __future__ import annotations

import argparse
from pathlib import Path

from .fetch import add_connection_options, connection_from
from .output import output


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive integer")
    return value


def run(args: argparse.Namespace) -> int:
    from ..drift.cloning import clone, write  # httpx, only when a command fetches

    cloned = clone(connection_from(args, args.url), args.max)
    write(cloned.document, Path(args.out))
    output(args).info(f"{args.out}: {cloned.entities} entities in {cloned.collections} collections")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "clone",
        help="write a live engine's inventory as a seed document for the mock engine",
        description="Read the top-level collections of the engine at URL (the API root) and the "
        "sub-collections of each entity (VM NICs and disks, storage domain files ...), at most --max "
        "entities each, and write them as a seed document (`rsdlgen serve --seed FILE`). Secret fields "
        "(passwords, tickets, tokens) are never written; --timeout bounds the whole clone.",
    )
    parser.add_argument("url", metavar="URL", help="the API root of the engine")
    parser.add_argument("--out", metavar="FILE", required=True, help="the seed document to write")
    parser.add_argument(
        "--max", type=_positive, default=100, metavar="N", help="entities per collection (100)"
    )
    add_connection_options(parser)
    parser.set_defaults(run=run)
