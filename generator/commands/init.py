"""`rsdlgen init`: write a starter configuration (`[tool.rsdlgen]` in ./pyproject.toml, else ./rsdlgen.toml)."""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import tempfile
import tomllib
from pathlib import Path

from ..errors import InputError, Location
from ..model.loading import shown
from ..project.configuration import configuration, find
from ..targets import targets
from . import usage
from .output import output

EXAMPLE_URL = "https://engine.example.com/ovirt-engine/api"
# A table header of rsdlgen's configuration in a pyproject.toml: `[tool.rsdlgen]`, `[tool.rsdlgen.targets.x]`.
OUR_HEADER = re.compile(r"\[\s*tool\s*\.\s*rsdlgen\s*[\].]")


def toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, but for DEL, which TOML wants escaped too."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def starter(
    table: str,
    rsdl: str,
    schema: str,
    url: str | None,
    chosen: list[str],
    packages: dict[str, tuple[str, str]] | None = None,
) -> str:
    """The settings, below `[table]` (`tool.rsdlgen` in a pyproject.toml) or at the top (""); `packages` gives a
    target's (out, package) instead of generated/<target> and its default package."""
    prefix = f"{table}." if table else ""
    lines = [f"[{table}]"] if table else []
    lines += [
        "# The engine's documents, relative to this file; `rsdlgen fetch` downloads them from `url`.",
        f"rsdl = {toml_string(rsdl)}",
        f"schema = {toml_string(schema)}",
        f"url = {toml_string(url)}" if url else f"# url = {toml_string(EXAMPLE_URL)}",
        "# Files in this folder replace the built-in templates by relative path (<target>/<file>):",
        '# templates = "rsdlgen-templates"',
        "",
        "# One table per target: `rsdlgen generate` writes them, `rsdlgen check` compares them.",
    ]
    for name in chosen:
        out, package = (packages or {}).get(name) or (
            f"generated/{name}",
            targets()[name].DEFAULT_PACKAGE,
        )
        lines += ["", f"[{prefix}targets.{name}]", f"out = {toml_string(out)}"]
        if package:
            lines.append(f"package = {toml_string(package)}")
    return "\n".join(lines) + "\n"


def project_packages(pyproject: Path, text: str) -> dict[str, tuple[str, str]]:
    """Where the client goes in a project with a `[project] name`: the package `<name>.api` inside the
    project's own package, under `src/` when the project has that folder (the README's layout)."""
    try:
        name = tomllib.loads(text).get("project", {}).get("name")
    except tomllib.TOMLDecodeError:
        return {}  # configuration() below names the line
    module = re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_").lower() if isinstance(name, str) else ""
    if not module.isidentifier():
        return {}
    out = "src" if (pyproject.parent / "src").is_dir() else "."
    return {"client": (out, f"{module}.api")}


def without_our_tables(text: str) -> str:
    """A pyproject.toml's text less `[tool.rsdlgen]` and its sub-tables (each runs to the next header)."""
    kept, ours = [], False
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("["):
            ours = OUR_HEADER.match(line.lstrip()) is not None
        if not ours:
            kept.append(line)
    return "".join(kept)


def _relative(path: str) -> str:
    """As the configuration names it: relative to its folder when below it, else absolute."""
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return absolute.as_posix()


def _checked(args: argparse.Namespace) -> None:
    """Everything written comes from the command line: text a TOML file can hold (the arguments of a shell
    arrive as bytes, and a byte that is no UTF-8 becomes a lone surrogate), and a URL `fetch` can use.
    """
    for option in ("url", "rsdl", "schema"):
        value = getattr(args, option)
        try:
            (value or "").encode("utf-8")
        except UnicodeEncodeError:
            usage(args, f"--{option} is not valid UTF-8: {value.encode('utf-8', 'replace')!r}")
    if args.url is not None and not re.match(r"^https?://", args.url):
        usage(args, f"--url must be an http:// or https:// URL, not {args.url!r}")


def _replace(file: Path, text: str) -> None:
    """Write `file` whole or not at all: a temporary file beside it, then `os.replace` (the mode of the file it
    replaces kept), so that a failure never leaves the user's file emptied or half-written."""
    mode = stat.S_IMODE(file.stat().st_mode) if file.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, file)
    except OSError as exc:
        os.unlink(tmp)
        raise InputError(Location(str(file)), exc.strerror or str(exc)) from None


def run(args: argparse.Namespace) -> int:
    _checked(args)
    here = Path.cwd()
    existing = find(here)
    if existing is not None and existing.parent.resolve() == here.resolve() and not args.force:
        raise InputError(
            Location(shown(existing)), "rsdlgen is configured here already (--force replaces it)"
        )
    if (args.rsdl is None) != (args.schema is None):
        usage(
            args, "give --rsdl and --schema together (or neither, for api/rsdl.xml and api/api.xsd)"
        )
    rsdl = _relative(args.rsdl) if args.rsdl else "api/rsdl.xml"
    schema = _relative(args.schema) if args.schema else "api/api.xsd"
    chosen = sorted(set(args.target or ["client"]))
    pyproject = here / "pyproject.toml"
    if pyproject.is_file() and not (here / "rsdlgen.toml").is_file():
        file, before = pyproject, without_our_tables(pyproject.read_text(encoding="utf-8"))
        packages = project_packages(pyproject, before)
        text = starter("tool.rsdlgen", rsdl, schema, args.url, chosen, packages)
        separator = "\n" * (2 - len(before) + len(before.rstrip("\n"))) if before.strip() else ""
        _replace(file, before + separator + text)
    else:
        file = here / "rsdlgen.toml"
        _replace(file, starter("", rsdl, schema, args.url, chosen))
    configuration(file)  # what was written reads back
    fetch = "`rsdlgen fetch`" if args.url else "`rsdlgen fetch URL` (the engine's API root)"
    next_steps = f"next: {fetch}, then `rsdlgen generate`"
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
        "--url", help=f"the engine's API root, for `rsdlgen fetch` (e.g. {EXAMPLE_URL})"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace the configuration already here"
    )
    parser.add_argument(
        "--target",
        action="append",
        choices=sorted(targets()),
        help="a target to configure (repeat for more; default: client)",
    )
    parser.set_defaults(run=run)
