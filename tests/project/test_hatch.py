"""The hatchling build hook: a sample SDK project (tests/fixtures/sample_sdk) built with `pip wheel` carries the
client generated from its configured documents, which imports and passes `mypy --strict`."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

import rsdlgen
from rsdlgen.commands.main import main
from tests.conftest import OVIRT36, ROOT

pytestmark = pytest.mark.e2e  # a wheel built by pip

SAMPLE = ROOT / "tests" / "fixtures" / "sample_sdk"


def status(folder: Path) -> str:
    return subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "--", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def build_wheel(project: Path, dist: Path, name: str = "ovirt_sample_sdk") -> Path:
    # Without build isolation: the build uses this environment's hatchling and rsdlgen (the hook's entry point
    # comes with rsdlgen's installation), not whatever an index holds under those names.
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet"]
        + ["-w", str(dist), str(project)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob(f"{name}-0.1.0-*.whl")
    return wheel


def requirements(wheel: Path) -> list[str]:
    archive = zipfile.ZipFile(wheel)
    (metadata,) = (n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    return HeaderParser().parsestr(archive.read(metadata).decode()).get_all("Requires-Dist") or []


def test_the_sample_sdk_wheel_carries_its_generated_client(tmp_path: Path) -> None:
    before = status(SAMPLE)
    wheel = build_wheel(SAMPLE, tmp_path / "dist")
    assert status(SAMPLE) == before  # the build wrote nothing into the project's tree
    # Issue 22 item 3: what the generated client imports is declared by the hook, not by the project.
    assert sorted(requirements(wheel)) == ["httpx>=0.27", "lxml>=5.0"]

    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"ovirt_sample/__init__.py", "ovirt_sample/py.typed"} <= names
    generated = {n for n in names if n.startswith("ovirt_sample/api/")}
    assert generated == {
        f"ovirt_sample/api/{m}"
        for m in (
            "__init__.py", "_services.py", "_views.py", "async_services.py", "errors.py", "json.py",
            "py.typed", "services.py", "transport.py", "types.py", "xml.py",
        )
    }  # fmt: skip

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    imported = subprocess.run(
        [sys.executable, "-c", "import ovirt_sample as s; print(s.FINGERPRINT)"],
        cwd=site,
        capture_output=True,
        text=True,
    )
    assert (
        imported.stdout.strip()
        == rsdlgen.load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd").fingerprint
    )
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "ovirt_sample"],
        cwd=site,
        capture_output=True,
        text=True,
    )
    assert typed.returncode == 0, typed.stdout


def test_a_committed_copy_of_the_generated_package_is_replaced_not_added_twice(
    tmp_path: Path,
) -> None:
    """Issue 22 item 1: with the client committed in src (or written there by `pip install -e .`), hatchling
    refused the wheel of the README's layout (its package found by name, no `packages` option): "A second
    file is being added to the wheel archive at the same path: `myovirt/api/__init__.py`"."""
    project = tmp_path / "myovirt"
    (project / "src" / "myovirt").mkdir(parents=True)
    (project / "src" / "myovirt" / "__init__.py").write_text("from .api import API\n")
    (project / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["hatchling", "rsdlgen"]\nbuild-backend = "hatchling.build"\n'
        '[project]\nname = "myovirt"\nversion = "0.1.0"\n'
        "[tool.hatch.build.targets.wheel.hooks.rsdlgen]\n"
        f'[tool.rsdlgen]\nrsdl = "{OVIRT36}/rsdl.xml"\nschema = "{OVIRT36}/api.xsd"\n'
        '[tool.rsdlgen.targets.client]\nout = "src"\npackage = "myovirt.api"\n'
    )
    assert main(["generate", "--config", str(project / "pyproject.toml"), "-q"]) == 0
    committed = project / "src" / "myovirt" / "api"
    (committed / "errors.py").write_text(
        "STALE = True\n"
    )  # an old copy: the wheel gets the rendering
    wheel = build_wheel(project, tmp_path / "dist", "myovirt")
    names = zipfile.ZipFile(wheel).namelist()
    assert len(names) == len(set(names))
    assert b"STALE" not in zipfile.ZipFile(wheel).read("myovirt/api/errors.py")
    assert {"myovirt/__init__.py", "myovirt/api/__init__.py", "myovirt/api/py.typed"} <= set(names)
