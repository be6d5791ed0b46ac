"""`rsdlgen generate`: render the configured targets (or the ones asked for) and write them, all or none."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..model.inspection import render_warnings
from ..project import building
from ..project.configuration import Configuration, TargetSettings, package_problem
from ..project.stamps import Stamps
from ..targets import Option, targets
from . import add_document_options, load_model, project, usage
from .output import counted, output

VERBOSE = "print every file written and the documents' warnings"


def add_target_options(parser: argparse.ArgumentParser, out: str, out_help: str) -> None:
    """The options `generate` and `check` share: which targets, where, with which package and templates."""
    parser.add_argument(
        "--target",
        choices=[*sorted(targets()), "all"],
        help="one target, or all of them (default: the configured targets, else all)",
    )
    parser.add_argument(out, metavar="DIR", help=out_help)
    parser.add_argument(
        "--package", metavar="NAME", help="Python package of the generated code (`mysdk.api`)"
    )
    parser.add_argument(
        "--templates",
        metavar="DIR",
        help="templates replacing the built-in ones by relative path (DIR/<target>/<file>)",
    )
    for name, key, option in target_flags():
        # a bool option's flag is a switch: given means true (`bool("false")` would be true as well)
        if option.kind is bool:
            shape: dict[str, Any] = {"action": "store_const", "const": True}
        else:
            shape = {"metavar": "VALUE"}
        parser.add_argument(
            str(option.flag), dest=f"option_{name}_{key}", help=f"{name}: {option.help}", **shape
        )


def target_flags() -> list[tuple[str, str, Option]]:
    """(target, option, its declaration) for every option of a target that has a flag."""
    return [
        (name, key, option)
        for name, target in sorted(targets().items())
        for key, option in target.OPTIONS.items()
        if option.flag
    ]


def chosen_targets(
    args: argparse.Namespace, config: Configuration, out: str | None
) -> list[TargetSettings]:
    if args.package is not None:
        problem = package_problem(args.package)
        if problem:
            usage(args, f"--package: {problem}")
    chosen = config.chosen(args.target, Path(out) if out else None, args.package)
    for name, key, option in target_flags():
        value = getattr(args, f"option_{name}_{key}")
        if value is None:
            continue
        if name not in {s.name for s in chosen}:
            usage(args, f"{option.flag} is for the {name} target")
        chosen = [
            replace(s, options={**s.options, key: option.kind(value)}) if s.name == name else s
            for s in chosen
        ]
    return chosen


def templates_of(args: argparse.Namespace, config: Configuration) -> Path | None:
    if args.templates is None:
        return config.templates
    if not Path(args.templates).is_dir():
        usage(args, f"--templates: {args.templates} is not a directory")
    return Path(args.templates)


def run(args: argparse.Namespace) -> int:
    shown = output(args)
    config = project(args)
    chosen = chosen_targets(args, config, args.out)
    templates = templates_of(args, config)
    stamps = Stamps(config, chosen, templates)
    # -v always reads the documents, to show their warnings
    unchanged = stamps.unchanged() if shown.verbosity <= 0 else None
    if unchanged is not None:
        for settings in chosen:
            shown.info(
                f"{settings.name}: {counted(unchanged[settings.name], 'file')} in {settings.out} "
                "(0 changed)"
            )
        return 0
    model = load_model(args, config)
    warnings = render_warnings(model)
    if warnings:
        shown.detail(warnings)
        if shown.verbosity <= 0:  # counted, as linters do, with where to read them
            count = len(model.warnings)
            shown.info(
                f"{count} warning{'s' * (count != 1)} in the documents "
                "(`rsdlgen inspect --warnings` or `generate -v` shows them)"
            )
    results = building.generate(model, chosen, templates, shown.progress)
    stamps.record([rendered.tree for rendered, _ in results])
    for rendered, changed in results:
        name, files = rendered.settings.name, rendered.tree.files
        shown.info(
            f"{name}: {counted(len(files), 'file')} in {rendered.tree.out} ({len(changed)} changed)"
        )
        for rel in changed:
            shown.detail(f"  {'removed' if rel not in files else 'wrote':7} {rel}")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="render client bindings, server stubs, reference docs or an OpenAPI description",
        description="Render the configured targets (default: every target, into ./generated/<target>) "
        "from the configured documents (default: the embedded ones). Every target is rendered in memory "
        "before anything is written, and a failure anywhere changes no file.",
    )
    add_document_options(parser)
    add_target_options(
        parser,
        "--out",
        "output directory of one target; with several, DIR/<target> each "
        "(default: as configured, else ./generated/<target>)",
    )
    parser.set_defaults(run=run)
