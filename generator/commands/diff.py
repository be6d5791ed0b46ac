"""`rsdlgen diff OLD NEW`: what changed between two API descriptions, and which changes break callers."""

from __future__ import annotations

import argparse
import json
import os
import sys

from ..model.diffing import Diff, diff, load_side, render_text


def use_colour() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def exit_status(result: Diff, fail_on: str | None) -> int:
    if fail_on == "any":
        return 1 if result.changes else 0
    if fail_on == "breaking":
        return 1 if result.breaking else 0
    return 0


def print_diff(result: Diff, as_json: bool = False, breaking_only: bool = False) -> None:
    if as_json:
        print(json.dumps(result.as_json(breaking_only), indent=2, ensure_ascii=False))
    else:
        print(render_text(result, colour=use_colour(), breaking_only=breaking_only))


def add_report_options(parser: argparse.ArgumentParser, scope: str = "") -> None:
    parser.add_argument(
        "--fail-on",
        choices=["breaking", "any"],
        help=f"{scope}exit 1 when there is a breaking change (breaking) or any change (any)",
    )
    parser.add_argument(
        "--breaking-only",
        action="store_true",
        help=f"{scope}list only the breaking changes (the summary still counts every change)",
    )


def run(args: argparse.Namespace) -> int:
    if len(args.documents) not in (2, 4):
        args.parser.error(
            "give OLD NEW (directories or RSDL files) or OLD_RSDL OLD_XSD NEW_RSDL NEW_XSD"
        )
    half = len(args.documents) // 2
    result = diff(load_side(args.documents[:half]), load_side(args.documents[half:]))
    print_diff(result, args.json, args.breaking_only)
    return exit_status(result, args.fail_on)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="semantic diff of two RSDL+XSD descriptions, breaking changes marked",
        description="Compare two API descriptions. OLD and NEW are directories holding rsdl.xml (and "
        "api.xsd), or RSDL files; or give four files: OLD_RSDL OLD_XSD NEW_RSDL NEW_XSD.",
    )
    parser.add_argument("documents", nargs="+", metavar="OLD NEW", help="the two descriptions")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    add_report_options(parser)
    parser.set_defaults(run=run)
