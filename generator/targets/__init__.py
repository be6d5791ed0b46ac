"""Output targets: each sub-package is one target (its `render` and its own helpers, nothing of another target);
`rendering` is what they share. A target package defines:

- `NAME` (the `--target` value) and `DEFAULT_PACKAGE` (None for a target that is no Python package);
- `render(model, package, *, templates=None, progress=QUIET, options={}) -> dict[str, str | bytes]` (relative
  path -> content, Python already black-formatted; `templates` is a folder of the user's templates, `options`
  the target's settings of `OPTIONS`);
- `OPTIONS: dict[str, Option]`, the settings a project may give it (`[tool.rsdlgen.targets.<NAME>.options]`);
- `USER_OWNED: frozenset[str]`, paths written once and then left to the user.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType


@dataclass(frozen=True)
class Option:
    """One setting of a target: its type (`str`, `bool`, or `Path`: a path given relative to the configuration
    file), what it does, and the command-line flag of `generate` and `check` that overrides it, if any.
    """

    kind: type[str] | type[bool] | type[Path]
    help: str
    flag: str | None = None


def targets() -> dict[str, ModuleType]:
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found[module.NAME] = module
    return found
