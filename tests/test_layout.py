"""The source tree is the pipeline: readers -> model -> targets (client, server, docs) and drift -> project ->
commands, beside the mock engine's runtime `mock`, which generated servers import.

These rules keep it so: the runtime imports nothing of the generator (it runs where only a generated server
and rsdlgen are installed, and nothing there reads documents); a stage imports only from the stages before it,
and of the runtime only what it shares with it (the model's `match` routes with the runtime's router; the
server target builds the runtime's `Spec`; the docs write their example answers with the runtime's
representation); no target imports another target (what
two targets share moves down to the model, or to `targets/rendering.py` when it is about rendering), and the
source folder `generator/` installs as the import package `rsdlgen`, with nothing named `generator`, and the
templates and the embedded default inside it as package data.
"""

from __future__ import annotations

import ast
import subprocess
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

SOURCE = ROOT / "generator"
TARGETS = ("client", "server", "docs", "openapi")
# What each stage may import of the package; `errors` is shared by every stage.
ALLOWED = {
    "mock": {"mock"},
    "readers": {"errors", "readers", "model.declarations"},
    "model": {"errors", "readers", "model", "mock.routing"},
    "targets": {"errors", "model", "targets", "mock"},
    "drift": {"errors", "readers", "model", "drift"},
    "project": {"errors", "readers", "model", "targets", "drift", "project"},
    "commands": {
        "errors",
        "readers",
        "model",
        "targets",
        "drift",
        "project",
        "commands",
        "mock",
        "",
    },
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The package's modules (relative to `generator/`) that a source file imports."""
    name = module_name(path).split(".") if module_name(path) else []
    package = name if path.name == "__init__.py" else name[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
            stem = ".".join(base + ([node.module] if node.module else []))
            if node.module:
                found.add(stem)
            else:  # `from . import x`: x may be a module or a name of the package
                found.update(f"{stem}.{alias.name}".strip(".") for alias in node.names)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            assert not any((n or "").split(".")[0] in ("rsdlgen", "generator") for n in names), (
                f"{path}: import the package's own modules relatively"
            )
    return found


def sources() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def allowed(module: str, imported: str) -> bool:
    stage = module.split(".")[0] if "." in module or module in ALLOWED else ""
    if stage not in ALLOWED:  # the package root (`__init__`, `__main__`, `errors`)
        return True
    rules = ALLOWED[stage]
    return any(imported == rule or imported.startswith(rule + ".") for rule in rules) or (
        "" in rules and "." not in imported
    )


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(SOURCE)))
def test_stages_import_only_the_stages_before_them(path: Path) -> None:
    module = module_name(path)
    wrong = sorted(i for i in imports(path) if not allowed(module, i))
    assert not wrong, f"{module} imports {wrong}"


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(SOURCE)))
def test_no_target_imports_another_target(path: Path) -> None:
    module = module_name(path).split(".")
    own = module[1] if module[0] == "targets" and len(module) > 1 else None
    for imported in imports(path):
        parts = imported.split(".")
        if parts[0] == "targets" and len(parts) > 1 and parts[1] in TARGETS and own is not None:
            assert parts[1] == own, f"{'.'.join(module)} imports {imported}"


def test_the_rules_catch_a_target_importing_another() -> None:
    assert not allowed("mock.engine", "model.loading")
    assert not allowed("mock.app", "errors")
    assert not allowed("model.matching", "mock.engine")
    assert allowed("model.matching", "mock.routing")
    assert not allowed("readers.rsdl", "targets.client.types")
    assert not allowed("model.loading", "targets.rendering")
    assert not allowed("targets.docs.pages", "drift.fetching")
    assert allowed("targets.docs.pages", "model.naming")


# The top-level folders that install inside `rsdlgen` as data packages, read through importlib.resources.
DATA = {"rsdlgen.templates": "templates", "rsdlgen.rsdl": "rsdl"}


def tracked(folder: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--", folder], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return listed.stdout.split()


def test_every_source_folder_is_a_package_that_installs_as_rsdlgen() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert config["package-dir"] == {"rsdlgen": "generator", **DATA}
    folders = {
        ".".join(("rsdlgen", *p.parent.relative_to(SOURCE).parts))
        for p in SOURCE.rglob("__init__.py")
    }
    for package, folder in DATA.items():
        folders |= {
            ".".join((package, *Path(f).parent.relative_to(folder).parts)) for f in tracked(folder)
        }
    assert sorted(config["packages"]) == sorted(folders)
    loose = sorted(
        {p.parent for p in SOURCE.rglob("*.py") if not (p.parent / "__init__.py").exists()}
    )
    assert not loose, f"folders without __init__.py are not installed: {loose}"


def test_nothing_imports_the_source_folder_by_name() -> None:
    found = subprocess.run(
        ["git", "grep", "-n", "-E", r"^\s*(import|from) generator\b", "--", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert found.returncode == 1, found.stdout  # git grep: 1 is "no match"


@pytest.mark.e2e  # a wheel built by pip
def test_the_wheel_holds_rsdlgen_and_no_generator(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"rsdlgen"}
    expected = {f"rsdlgen/{p.relative_to(SOURCE).as_posix()}" for p in sources()}
    for package, folder in DATA.items():
        inside = package.replace(".", "/")
        expected |= {f"{inside}/{Path(f).relative_to(folder).as_posix()}" for f in tracked(folder)}
    assert sorted(expected - set(names)) == []
