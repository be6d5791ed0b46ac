"""`rsdlgen init`: write a starter configuration (`[tool.rsdlgen]` in ./pyproject.toml, else ./rsdlgen.toml)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import InputError, Location
from ..model.loading import shown
from ..project.configuration import configuration, find
from ..targets import targets
from . import usage
from .output import output

EXAMPLE_URL = "https://engine.example.com/ovirt-engine/api"


def toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, but for DEL, which TOML wants escaped too."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def starter(table: str, rsdl: str, schema: str, url: str, chosen: list[str]) -> str:
    """The settings, below `[table]` (`tool.rsdlgen` in a pyproject.toml) or at the top ("")."""
    prefix = f"{table}." if table else ""
    lines = [f"[{table}]"] if table else []
    lines += [
        "# The engine's documents, relative to this file; `rsdlgen fetch` downloads them from `url`.",
        f"rsdl = {toml_string(rsdl)}",
        f"schema = {toml_string(schema)}",
        f"url = {toml_string(url)}",
        "# Files in this folder replace the built-in templates by relative path (<target>/<file>):",
        '# templates = "rsdlgen-templates"',
        "",
        "# One table per target: `rsdlgen generate` writes them, `rsdlgen check` compares them.",
    ]
    for name in chosen:
        lines += ["", f"[{prefix}targets.{name}]", f'out = "generated/{name}"']
        package = targets()[name].DEFAULT_PACKAGE
        if package:
            lines.append(f"package = {toml_string(package)}")
    return "\n".join(lines) + "\n"


def _relative(path: str) -> str:
    """As the configuration names it: relative to its folder when below it, else absolute."""
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return absolute.as_posix()


def run(args: argparse.Namespace) -> int:
    here = Path.cwd()
    existing = find(here)
    if existing is not None and existing.parent.resolve() == here.resolve():
        raise InputError(Location(shown(existing)), "rsdlgen is configured here already")
    if (args.rsdl is None) != (args.schema is None):
        usage(
            args, "give --rsdl and --schema together (or neither, for api/rsdl.xml and api/api.xsd)"
        )
    rsdl = _relative(args.rsdl) if args.rsdl else "api/rsdl.xml"
    schema = _relative(args.schema) if args.schema else "api/api.xsd"
    chosen = sorted(set(args.target or ["client"]))
    pyproject = here / "pyproject.toml"
    if pyproject.is_file():
        file, before = pyproject, pyproject.read_text(encoding="utf-8")
        text = starter("tool.rsdlgen", rsdl, schema, args.url, chosen)
        separator = "\n" * (2 - len(before) + len(before.rstrip("\n"))) if before.strip() else ""
        file.write_text(before + separator + text, encoding="utf-8")
    else:
        file = here / "rsdlgen.toml"
        file.write_text(starter("", rsdl, schema, args.url, chosen), encoding="utf-8")
    configuration(file)  # what was written reads back
    next_steps = "next: `rsdlgen fetch`, then `rsdlgen generate`"
    output(args).info(f"{file}: configured {', '.join(chosen)} ({next_steps})")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "init",
        help="write a starter configuration",
        description="Add [tool.rsdlgen] to ./pyproject.toml (or write ./rsdlgen.toml when there is none): "
        "the documents, the engine's URL and the targets to generate.",
    )
    parser.add_argument("--rsdl", metavar="FILE", help="the RSDL (default: api/rsdl.xml)")
    parser.add_argument("--schema", metavar="FILE", help="its XML Schema (default: api/api.xsd)")
    parser.add_argument(
        "--url", default=EXAMPLE_URL, help="the engine's API root, for `rsdlgen fetch`"
    )
    parser.add_argument(
        "--target",
        action="append",
        choices=sorted(targets()),
        help="a target to configure (repeat for more; default: client)",
    )
    parser.set_defaults(run=run)
