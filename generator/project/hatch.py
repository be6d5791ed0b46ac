"""The hatchling build hook: an SDK project regenerates its bindings whenever it is built.

    [build-system]
    requires = ["hatchling", "rsdlgen"]
    build-backend = "hatchling.build"

    [tool.hatch.build.targets.wheel.hooks.rsdlgen]
    targets = ["client"]             # optional: default every configured target

The hook renders the chosen targets of the project's own configuration (`[tool.rsdlgen]` beside that
pyproject.toml, or an rsdlgen.toml) from its documents, into a temporary folder; each Python package then goes
into the wheel at its package path (`mysdk.api` -> `mysdk/api/`). A wheel build never writes into the source
tree, so a read-only checkout or an unpacked sdist builds too. A copy of a generated package in the source tree
(committed, or written by `pip install -e .`) is replaced file by file, never added twice. An editable install
imports from the project's folders instead, so there the targets are written to their configured directories.
Either way, what the generated code imports at run time (the client: httpx and lxml) is added to the wheel's
dependencies, so the project need not list it.

Hatchling because its build hooks are plugins found by entry point (this module) and configured in
pyproject.toml alone; setuptools' equivalent, a custom command class, has to be wired up in each project's code.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.plugin import hookimpl

from ..errors import Location, UsageError
from ..targets import targets
from . import building
from .configuration import configuration, find


class RsdlgenBuildHook(BuildHookInterface[BuilderConfig]):
    PLUGIN_NAME = "rsdlgen"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return  # an sdist carries the documents and the configuration; its wheel regenerates
        root = Path(self.root).resolve()
        file = find(root)
        if file is None or file.parent.resolve() != root:
            raise UsageError(
                Location(str(root / "pyproject.toml")),
                "the rsdlgen build hook needs [tool.rsdlgen] here (or an rsdlgen.toml beside it)",
            )
        config = configuration(file)
        names = self.config.get("targets")
        if names is None:
            chosen = config.targets
        elif isinstance(names, list) and all(isinstance(n, str) for n in names):
            known = {t.name for t in config.chosen("all")}
            for name in names:
                if name not in known:
                    raise UsageError(
                        Location(str(file)), f"the build hook's target {name!r} is unknown"
                    )
            chosen = [config.target(name) for name in names]
        else:
            raise UsageError(
                Location(str(file)), "the build hook's targets must be a list of names"
            )
        model = config.load_model()
        for settings in chosen:
            build_data["dependencies"].extend(getattr(targets()[settings.name], "REQUIRES", ()))
        if version == "editable":
            building.generate(model, chosen, config.templates)
            return
        self.folder = Path(tempfile.mkdtemp(prefix="rsdlgen-build-"))
        chosen = [replace(s, out=self.folder / s.name) for s in chosen]
        for rendered, _ in building.generate(model, chosen, config.templates):
            if targets()[rendered.settings.name].DEFAULT_PACKAGE:  # a Python package, not the docs
                # File by file: hatchling then skips a project file at the same wheel path (a committed copy),
                # where a forced folder from outside the project would be added beside it.
                for rel in rendered.tree.files:
                    build_data["force_include"][str(rendered.tree.out / rel)] = rel

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


@hookimpl
def hatch_register_build_hook() -> type[RsdlgenBuildHook]:
    return RsdlgenBuildHook
