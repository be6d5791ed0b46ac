"""The hatchling build hook: a sample SDK project (tests/fixtures/sample_sdk) built with `pip wheel` carries the
client generated from its configured documents, which imports and passes `mypy --strict`."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import rsdlgen
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


def test_the_sample_sdk_wheel_carries_its_generated_client(tmp_path: Path) -> None:
    before = status(SAMPLE)
    # Without build isolation: the build uses this environment's hatchling and rsdlgen (the hook's entry point
    # comes with rsdlgen's installation), not whatever an index holds under those names.
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet"]
        + ["-w", str(tmp_path / "dist"), str(SAMPLE)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    assert status(SAMPLE) == before  # the build wrote nothing into the project's tree

    (wheel,) = (tmp_path / "dist").glob("ovirt_sample_sdk-0.1.0-*.whl")
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
