"""The generated package is typed (mypy --strict), black-formatted, deterministic and carries its fingerprint."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rsdlgen.targets.rendering import write_tree
from rsdlgen.targets import client

from tests.support.client_packages import model, package, package_dir


@pytest.mark.parametrize("which", ["default", "ovirt36"])
def test_mypy_strict_passes(which: str) -> None:
    where = package_dir(which)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", where.name],
        cwd=where.parent,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize("which", ["default", "ovirt36"])
def test_black_check_passes(which: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "-l", "100", str(package_dir(which))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_fingerprint_api_root_and_py_typed() -> None:
    sdk = package("default")
    assert sdk.FINGERPRINT == model("default").fingerprint
    assert sdk.API_ROOT == "/ovirt-engine/api"
    assert (package_dir("default") / "py.typed").exists()


def test_rerendering_is_byte_identical_and_changes_nothing(tmp_path) -> None:
    first = client.render(model("default"), "again")
    assert write_tree(tmp_path, first)
    second = client.render(model("default"), "again")
    assert first == second
    assert write_tree(tmp_path, second) == []


def test_cli_generates_the_package(tmp_path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rsdlgen",
            "generate",
            "--target",
            "client",
            "--out",
            str(tmp_path),
            "--package",
            "mysdk",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "mysdk" / "__init__.py").exists()
    probe = "import mysdk; print(len(mysdk.types.VM.__mro__) > 1, mysdk.API_ROOT)"
    ran = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True
    )
    assert ran.stdout.split() == ["True", "/ovirt-engine/api"], ran.stderr
