"""Output targets: each sub-package is one target (its `render` and its own helpers, nothing of another target);
`rendering` is what they share. A target package defines:

- `NAME` (the `--target` value), `DEFAULT_PACKAGE`, and `DEFAULT_OUT` (a path under `generated/`);
- `render(model, package) -> dict[str, str | bytes]` (relative path -> content, Python already black-formatted);
- `USER_OWNED: frozenset[str]`, paths written once and then left to the user.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def targets() -> dict[str, ModuleType]:
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found[module.NAME] = module
    return found
