"""The project's configuration: `[tool.rsdlgen]` in its pyproject.toml, or an rsdlgen.toml (the same keys at the
top level), found from the working directory upwards as black, ruff and pytest find theirs: the nearest folder
that has one wins, rsdlgen.toml before pyproject.toml, and a pyproject.toml without `[tool.rsdlgen]` does not
count.

    [tool.rsdlgen]
    rsdl = "api/rsdl.xml"            # the documents, relative to this file (none: the embedded default)
    schema = "api/api.xsd"           # or `no-schema = true` to generate opaque types on purpose
    url = "https://engine.example.com/ovirt-engine/api"     # where `rsdlgen fetch` downloads them from
    templates = "rsdlgen-templates"  # <templates>/<target>/<file> replaces the built-in template <file>
    include = ["vms/**"]             # the links every target renders (href patterns, rels, operation ids)
    exclude = ["delete"]             # ... less these; types are pruned to what the rest reach
    accepted-breaks = "api/accepted-breaks.txt"   # breaking changes reviewed (diff, check --against)

    [tool.rsdlgen.targets.client]    # one table per target to generate (none: every target, as below)
    out = "src"                      # default generated/<target>; below this folder unless
                                     # outside-project = true says otherwise
    package = "mysdk.api"            # default the target's own (client `ovirtsdk3`)

    [tool.rsdlgen.targets.docs]
    out = "docs/api"
    options = { title = "My API" }   # the target's OPTIONS
    exclude = ["**/statistics"]      # this target's own selection, within the project's

Without a configuration file every path is relative to the working directory, so the output goes to
`./generated/<target>` and never into the installation.
"""

from __future__ import annotations

import keyword
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import InputError, Location, UsageError
from ..model.loading import Model, load, shown
from ..model.selection import Selection, select
from ..readers.files import read_limited
from ..targets import Option, targets

FILES = ("rsdlgen.toml", "pyproject.toml")
SETTINGS = {
    "rsdl",
    "schema",
    "no-schema",
    "url",
    "templates",
    "targets",
    "include",
    "exclude",
    "accepted-breaks",
}
TARGET_SETTINGS = {"out", "outside-project", "package", "options", "include", "exclude"}
MAX_CONFIGURATION_BYTES = 4 * 2**20  # a pyproject.toml is a few kilobytes


@dataclass(frozen=True)
class TargetSettings:
    name: str
    out: Path
    package: str | None  # None for a target that is no Python package (docs)
    options: Mapping[str, object] = field(default_factory=dict)
    # what this target renders of the project's selection (model/selection.py); empty: all of it
    selection: Selection = Selection()


@dataclass(frozen=True)
class Configuration:
    file: Path | None  # None: no configuration file, the defaults
    rsdl: Path | None = None  # None: the embedded default documents
    schema: Path | None = None
    no_schema: bool = False
    url: str | None = None
    templates: Path | None = None
    # The configured targets, in the order of the target list; empty: every target with its defaults.
    configured: tuple[TargetSettings, ...] = ()
    root: Path = field(default_factory=Path.cwd)  # what relative paths are relative to
    selection: Selection = Selection()  # the links every target renders; empty: all
    accepted_breaks: Path | None = None  # the reviewed breaking changes (project/accepted.py)
    project: str | None = None  # the pyproject.toml's [project] name

    def target(self, name: str) -> TargetSettings:
        """A target's settings: as configured, else the defaults (`generated/<target>` below the root)."""
        for settings in self.configured:
            if settings.name == name:
                return settings
        defaults = TargetSettings(
            name, self.root / "generated" / name, targets()[name].DEFAULT_PACKAGE
        )
        return self.for_docs(defaults) if name == "docs" else defaults

    def for_docs(self, docs: TargetSettings) -> TargetSettings:
        """The docs show calls of the project's client: its package (configured, else the default), and are
        titled after the project unless a title is configured."""
        package = self.target("client").package
        options = dict(docs.options)
        if self.project and "title" not in options:
            options["title"] = f"{self.project} API reference"
        return replace(docs, package=package, options=options)

    @property
    def targets(self) -> list[TargetSettings]:
        """What `rsdlgen generate` and `rsdlgen check` do without --target."""
        return list(self.configured) or [self.target(name) for name in sorted(targets())]

    def chosen(
        self, target: str | None, out: Path | None = None, package: str | None = None
    ) -> list[TargetSettings]:
        """The targets a command works on: one (`--target T`), every one (`all`) or the configured ones
        (None); `out` replaces the output directory (with several targets, `out/<target>` each) and `package`
        the package name of the Python targets."""
        if target is None:
            chosen = self.targets
        else:
            chosen = [self.target(n) for n in (sorted(targets()) if target == "all" else [target])]
        if out is not None:
            chosen = [replace(s, out=out if len(chosen) == 1 else out / s.name) for s in chosen]
        if package is not None:
            chosen = [replace(s, package=package) if s.package else s for s in chosen]
        return chosen

    def with_documents(
        self, rsdl: Path | None, schema: Path | None, no_schema: bool
    ) -> Configuration:
        return replace(self, rsdl=rsdl, schema=schema, no_schema=no_schema)

    def require_documents(self) -> None:
        """Before any other work: the documents exist (the RSDL named first), else say how to get them."""
        for document in (self.rsdl, self.schema):
            if document is not None and not document.exists():
                raise InputError(
                    Location(shown(document)),
                    "no such file: download the engine's documents with `rsdlgen fetch`"
                    + ("" if self.url else " URL"),
                )

    def with_selection(self, include: list[str] | None, exclude: list[str] | None) -> Configuration:
        """The command line's `--include`/`--exclude`, each replacing the configured list when given."""
        if include is None and exclude is None:
            return self
        flags = Selection(
            tuple(include) if include is not None else self.selection.include,
            tuple(exclude) if exclude is not None else self.selection.exclude,
            Location("--include" if include is not None else "--exclude"),
        )
        return replace(self, selection=flags)

    def load_documents(self) -> Model:
        """The configured documents, every link of them."""
        if self.rsdl is None:
            return load()
        self.require_documents()
        return load(shown(self.rsdl), shown(self.schema) if self.schema else None)

    def load_model(self) -> Model:
        """The configured documents, narrowed to the project's selection."""
        return select(self.load_documents(), self.selection)


def documents_problem(
    rsdl: object,
    schema: object,
    no_schema: bool,
    names: tuple[str, str, str] = ("rsdl", "schema", "no-schema = true"),
    schema_needed: bool = True,
) -> str | None:
    """Why a choice of documents is refused (`names` spells the three settings): a schema goes with its own
    RSDL, and an RSDL without its schema makes every type opaque, which must be asked for."""
    r, s, n = names
    if schema is not None and rsdl is None:
        return f"{s} needs {r}: the embedded RSDL describes another API"
    if no_schema and schema is not None:
        return f"{n} and {s} contradict each other"
    if no_schema and rsdl is None:
        return f"{n} needs {r} (the embedded default comes with its schema)"
    if schema_needed and rsdl is not None and schema is None and not no_schema:
        return f"{r} needs {s}, the XML Schema of its types (else every type is opaque), or {n}"
    return None


def package_problem(name: str) -> str | None:
    """Why `name` cannot name a generated Python package: each dotted part an identifier and no keyword."""
    for part in name.split("."):
        if not part.isascii() or not part.isidentifier():
            return f"{name!r} is not a Python package name ({part!r} is not an identifier)"
        if keyword.iskeyword(part):
            return f"{name!r} is not a Python package name ({part!r} is a keyword)"
    return None


def find(start: Path) -> Path | None:
    """The configuration file that applies in `start`, searching its folder and then each parent."""
    for folder in (start, *start.parents):
        for name in FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _tool_table(candidate)):
                return candidate
    return None


def configuration(file: Path | None = None, start: Path | None = None) -> Configuration:
    """The configuration in `file`, or the one found from `start` (the working directory) upwards, or the
    defaults."""
    file = file or find(start or Path.cwd())
    if file is None:
        return Configuration(None, root=(start or Path.cwd()).resolve())
    return _Reader(file).read()


def _tool_table(pyproject: Path) -> bool:
    data = _parse(pyproject, _read_text(pyproject))
    return isinstance(data.get("tool"), dict) and "rsdlgen" in data["tool"]


def _read_text(file: Path) -> str:
    try:
        return read_limited(file, MAX_CONFIGURATION_BYTES, "a TOML file").decode("utf-8")
    except InputError as exc:
        raise UsageError(exc.location, exc.message) from None
    except UnicodeDecodeError as exc:
        raise UsageError(Location(str(file)), f"cannot read: {exc}") from None


def _parse(file: Path, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except RecursionError:  # tomllib recurses once per level of nested arrays and inline tables
        raise UsageError(
            Location(str(file)), "not valid TOML here: arrays or tables nested too deeply"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        where = Location(str(file), int(found.group(1)) if found else None)
        raise UsageError(where, f"not valid TOML: {str(exc).split(' (at line')[0]}") from None


def _key_parts(text: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in text.split("."))


def line_of(text: str, keys: tuple[str, ...]) -> int | None:
    """The line that sets the dotted key `keys`, or else the line of the deepest table on the way to it (tomllib
    gives values without their lines)."""
    table: tuple[str, ...] = ()
    best, depth = None, -1
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"^\s*\[\[?([^\]]+)\]", line)
        assignment = re.match(r"^\s*([\w.\-\"' ]+?)\s*=", line)
        if header:
            table = _key_parts(header.group(1))
            full = table
        elif assignment:
            full = table + _key_parts(assignment.group(1))
        else:
            continue
        if keys[: len(full)] == full and len(full) > depth:
            best, depth = number, len(full)
    return best


class _Reader:
    """Reads and checks one configuration file; every refusal names the file and the line of the key."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.text = _read_text(file)
        self.prefix = ("tool", "rsdlgen") if file.name == "pyproject.toml" else ()
        self.root = file.resolve().parent

    def error(self, keys: tuple[str, ...], message: str) -> UsageError:
        full = self.prefix + keys
        return UsageError(Location(shown(self.file), line_of(self.text, full)), message)

    def name(self, keys: tuple[str, ...]) -> str:
        return ".".join(self.prefix + keys)

    def table(self, value: object, keys: tuple[str, ...], allowed: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(keys, f"{self.name(keys)} must be a table")
        for key in value:
            if key not in allowed:
                known = ", ".join(sorted(allowed)) or "none"
                raise self.error(
                    (*keys, key), f"unknown setting {self.name((*keys, key))} (known: {known})"
                )
        return value

    def value(self, table: dict[str, Any], keys: tuple[str, ...], kind: type) -> Any:
        value = table.get(keys[-1])
        if value is None:
            return None
        expected = str if kind is Path else kind
        if not isinstance(value, expected) or (kind is Path and not value):
            what = {str: "a string", bool: "true or false", Path: "a path (a string)"}[kind]
            raise self.error(keys, f"{self.name(keys)} must be {what}, not {value!r}")
        if kind is Path and "\x00" in str(value):
            raise self.error(keys, f"{self.name(keys)} is no path: it holds a NUL character")
        return (self.root / str(value)).resolve() if kind is Path else value

    def read(self) -> Configuration:
        data = parsed = _parse(self.file, self.text)
        for key in self.prefix:
            data = data.get(key, {})
        settings = self.table(data, (), SETTINGS)
        rsdl = self.value(settings, ("rsdl",), Path)
        schema = self.value(settings, ("schema",), Path)
        no_schema = bool(self.value(settings, ("no-schema",), bool))
        problem = documents_problem(rsdl, schema, no_schema)
        if problem:
            culprit = "schema" if schema is not None else "no-schema" if no_schema else "rsdl"
            raise self.error((culprit,), problem)
        url = self.value(settings, ("url",), str)
        if url is not None and not re.match(r"^https?://", url):
            raise self.error(("url",), f"url must be an http:// or https:// URL, not {url!r}")
        templates = self.value(settings, ("templates",), Path)
        if templates is not None and not templates.is_dir():
            raise self.error(("templates",), f"templates: {templates} is not a directory")
        available = targets()
        configured = self.table(settings.get("targets", {}), ("targets",), set(available))
        table = parsed.get("project") if self.prefix else None
        project = table.get("name") if isinstance(table, dict) else None
        config = Configuration(
            self.file,
            rsdl,
            schema,
            no_schema,
            url,
            templates,
            tuple(self.target(name, configured[name]) for name in available if name in configured),
            self.root,
            self.selection(settings, ()),
            self.value(settings, ("accepted-breaks",), Path),
            project if isinstance(project, str) else None,
        )
        linked = tuple(config.for_docs(s) if s.name == "docs" else s for s in config.configured)
        return replace(config, configured=linked)

    def patterns(self, table: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, ...]:
        value = table.get(keys[-1], [])
        if not isinstance(value, list) or not all(isinstance(p, str) and p for p in value):
            raise self.error(keys, f"{self.name(keys)} must be a list of patterns (strings)")
        return tuple(value)

    def selection(self, table: dict[str, Any], keys: tuple[str, ...]) -> Selection:
        include = self.patterns(table, (*keys, "include"))
        exclude = self.patterns(table, (*keys, "exclude"))
        first = (*keys, "include" if include else "exclude")
        origin = Location(shown(self.file), line_of(self.text, self.prefix + first))
        return Selection(include, exclude, origin)

    def target(self, name: str, value: object) -> TargetSettings:
        keys = ("targets", name)
        module = targets()[name]
        allowed = TARGET_SETTINGS - (set() if module.DEFAULT_PACKAGE else {"package"})
        table = self.table(value, keys, allowed)
        out = self.value(table, (*keys, "out"), Path) or self.root / "generated" / name
        # A configuration comes with a project, maybe one just cloned: it writes below its own folder unless
        # it says otherwise in so many words (the command line's --out is the user's own choice).
        outside = bool(self.value(table, (*keys, "outside-project"), bool))
        if not out.is_relative_to(self.root) and not outside:
            raise self.error(
                (*keys, "out"),
                f"{self.name((*keys, 'out'))} = {out} leaves the project folder {self.root} (absolute, `..` "
                "or a symbolic link): set outside-project = true in this table to write there",
            )
        package = self.value(table, (*keys, "package"), str) or module.DEFAULT_PACKAGE
        problem = package_problem(package) if package else None
        if problem:
            raise self.error((*keys, "package"), problem)
        options_keys = (*keys, "options")
        declared: Mapping[str, Option] = module.OPTIONS
        options = self.table(table.get("options", {}), options_keys, set(declared))
        values = {k: self.value(options, (*options_keys, k), declared[k].kind) for k in options}
        return TargetSettings(name, out, package, values, self.selection(table, keys))
