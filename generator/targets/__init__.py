"""Output targets: each sub-package is one target (its `render` and its own helpers, nothing of another target);
`rendering` is what they share. Other packages add targets through the entry-point group `rsdlgen.targets`:

    [project.entry-points."rsdlgen.targets"]
    postman = "rsdlgen_postman"      # a module (or any object) that satisfies `Target`

A target found there gets `--target NAME`, its options in the configuration, the same all-or-nothing writing,
stamps, `rsdlgen check` and the build hook as the built-in ones, which satisfy `Target` too. A target may also
name `REQUIRES: tuple[str, ...]`, what its generated code imports at run time (requirement specifiers), which the
build hook adds to the dependencies of the wheel that carries it.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..errors import Location, UsageError

if TYPE_CHECKING:
    from ..model.loading import Model
    from .rendering import Progress

GROUP = "rsdlgen.targets"  # the entry-point group of targets from other packages


@dataclass(frozen=True)
class Option:
    """One setting of a target: its type (`str`, `bool`, or `Path`: a path given relative to the configuration
    file), what it does, and the command-line flag of `generate` and `check` that overrides it, if any.
    """

    kind: type[str] | type[bool] | type[Path]
    help: str
    flag: str | None = None


@runtime_checkable
class Target(Protocol):
    """What a target is: a module with these names (or any object with these attributes)."""

    @property
    def NAME(self) -> str:
        """The `--target` value and the `[tool.rsdlgen.targets.<NAME>]` table."""

    @property
    def DEFAULT_PACKAGE(self) -> str | None:
        """The Python package it renders by default; None for a target that is no Python package (docs). The
        build hook puts a target's package into the wheel."""

    @property
    def OPTIONS(self) -> Mapping[str, Option]:
        """The settings a project may give it (`[tool.rsdlgen.targets.<NAME>] options = {...}`)."""

    @property
    def USER_OWNED(self) -> frozenset[str]:
        """Paths written once and then left to the user."""

    def render(
        self,
        model: Model,
        package: str,
        *,
        templates: Path | None = ...,
        progress: Progress = ...,
        options: Mapping[str, object] = ...,
    ) -> dict[str, str | bytes]:
        """Every file of the tree, in memory: relative path -> content (Python already formatted as black
        does: `rendering.format_python_files`). `package` is the dotted Python package to render (the
        default package or the configured one; "" for a target whose DEFAULT_PACKAGE is None), `templates`
        a folder of the user's templates (`<templates>/<NAME>/<file>`), `options` the target's settings of
        `OPTIONS`. Nothing is written here: the caller writes every target's tree, or none."""


def builtin() -> dict[str, Target]:
    found: dict[str, Target] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.ispkg:
            module = importlib.import_module(f"{__name__}.{info.name}")
            found[module.NAME] = module
    return found


def _plugin(entry: importlib.metadata.EntryPoint, taken: Mapping[str, Target]) -> Target:
    """The target an entry point names, checked: a broken plugin is one line naming it, not a traceback."""
    origin = f"{entry.dist.name} {entry.dist.version}" if entry.dist else entry.value
    where = Location(f"entry point {GROUP}:{entry.name} ({origin})")
    try:
        loaded = entry.load()
    except Exception as exc:  # whatever a third-party import raises
        raise UsageError(where, f"cannot load {entry.value}: {type(exc).__name__}: {exc}") from None
    missing = [
        n
        for n in ("NAME", "DEFAULT_PACKAGE", "OPTIONS", "USER_OWNED", "render")
        if not hasattr(loaded, n)
    ]
    if missing or not isinstance(loaded, Target):
        raise UsageError(
            where, f"{entry.value} is no rsdlgen target: it lacks {', '.join(missing)}"
        )
    if entry.name != loaded.NAME:
        raise UsageError(
            where, f"the entry point's name differs from the target's NAME {loaded.NAME!r}"
        )
    if loaded.NAME in taken:
        raise UsageError(where, f"a target named {loaded.NAME!r} exists already")
    return loaded


@functools.cache
def targets() -> dict[str, Target]:
    """Every target by name: the built-in ones, then those other packages declare (entry points are read once
    per process)."""
    found = builtin()
    for entry in sorted(importlib.metadata.entry_points(group=GROUP), key=lambda e: e.name):
        found[entry.name] = _plugin(entry, found)
    return found
