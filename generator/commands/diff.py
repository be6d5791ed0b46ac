"""`rsdlgen diff OLD NEW`: what changed between two API descriptions, and which changes break callers."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from ..model.diffing import Diff, diff, load_side, render_text
from ..model.selection import Selection, select_both
from ..project import accepted
from ..project.accepted import Gate
from ..project.configuration import Configuration, configuration
from . import add_config_option, add_selection_options
from .formats import FORMATS, diff_github, diff_junit, diff_markdown


def use_colour() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def add_report_options(parser: argparse.ArgumentParser, scope: str = "") -> None:
    parser.add_argument(
        "--fail-on",
        choices=["breaking", "any"],
        help=f"{scope}exit 1 when there is a breaking change (breaking) or any change (any), accepted "
        "breaks aside (default with accepted breaks: breaking)",
    )
    parser.add_argument(
        "--breaking-only",
        action="store_true",
        help=f"{scope}list only the breaking changes (the summary still counts every change)",
    )
    parser.add_argument(
        "--accept",
        metavar="FILE",
        help=f"{scope}breaking changes reviewed and accepted, by id (default: the configured "
        "accepted-breaks); entries that match no change are reported as stale",
    )
    parser.add_argument(
        "--write-accepted",
        metavar="FILE",
        help=f"{scope}write the current breaking changes to FILE, for review as accepted breaks",
    )


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="the report: text (default), json, markdown (for a pull-request comment), github "
        "(workflow commands: annotations) or junit (JUnit XML)",
    )
    parser.add_argument("--json", action="store_true", help="the same as --format json")


def report_format(args: argparse.Namespace) -> str:
    if args.json and args.format not in (None, "json"):
        args.parser.error(f"--json and --format {args.format} contradict each other")
    return "json" if args.json else args.format or "text"


def gate(args: argparse.Namespace, result: Diff, config: Configuration) -> tuple[Gate, str | None]:
    """The diff against the accepted breaks, and what fails: `--fail-on`, else `breaking` when there is a
    list of accepted breaks (it exists to let a gate pass), else nothing."""
    file = Path(args.accept) if args.accept else config.accepted_breaks
    ids = accepted.read(file) if file is not None else frozenset()
    fail_on = args.fail_on or ("breaking" if file is not None else None)
    return Gate(result, ids, str(file) if file is not None else None), fail_on


def limited(result: Diff, selection: Selection) -> Diff:
    if selection:
        result.notes.append(f"limited to the selection: {selection.describe()}")
    return result


def report(
    args: argparse.Namespace,
    checked: Gate,
    fail_on: str | None,
    wrapper: dict[str, Any] | None = None,
) -> None:
    """Print the diff in the chosen format; `wrapper` is the JSON object the diff goes into (check)."""
    result, shape = checked.result, report_format(args)
    if args.write_accepted:
        count = accepted.write(Path(args.write_accepted), result)
        print(f"rsdlgen: wrote {count} breaking changes to {args.write_accepted}", file=sys.stderr)
    if shape == "json":
        found = {**result.as_json(args.breaking_only), "gate": checked.as_json(fail_on)}
        shown = {**wrapper, "diff": found} if wrapper is not None else found
        print(json.dumps(shown, indent=2, ensure_ascii=False))
    elif shape == "github":
        print(diff_github(checked))
    elif shape == "junit":
        print(diff_junit(checked), end="")
    elif shape == "markdown":
        print(diff_markdown(checked))
    else:
        print(render_text(result, colour=use_colour(), breaking_only=args.breaking_only))
        if checked.file is not None:
            taken = len(result.breaking) - len(checked.breaking)
            print(
                f"accepted breaks ({checked.file}): {taken} accepted, {len(checked.breaking)} not"
            )
        for stale in checked.stale:
            print(f"stale accepted break {stale}: matches no breaking change any more")


def run(args: argparse.Namespace) -> int:
    if len(args.documents) not in (2, 4):
        args.parser.error(
            "give OLD NEW (directories or RSDL files) or OLD_RSDL OLD_XSD NEW_RSDL NEW_XSD"
        )
    config = configuration(Path(args.config) if args.config else None)
    config = config.with_selection(args.include, args.exclude)
    half = len(args.documents) // 2
    old, new = select_both(
        load_side(args.documents[:half]), load_side(args.documents[half:]), config.selection
    )
    checked, fail_on = gate(args, limited(diff(old, new), config.selection), config)
    report(args, checked, fail_on)
    return 1 if checked.failed(fail_on) else 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="semantic diff of two RSDL+XSD descriptions, breaking changes marked",
        description="Compare two API descriptions. OLD and NEW are directories holding rsdl.xml (and "
        "api.xsd), or RSDL files; or give four files: OLD_RSDL OLD_XSD NEW_RSDL NEW_XSD. The "
        "configuration's include/exclude and accepted-breaks apply, as for `check --against`.",
    )
    parser.add_argument("documents", nargs="+", metavar="OLD NEW", help="the two descriptions")
    add_format_option(parser)
    add_report_options(parser)
    add_config_option(parser)
    add_selection_options(parser)
    parser.set_defaults(run=run)
