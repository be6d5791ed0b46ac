"""The project's own code is black-formatted, imports nothing it does not use, and passes `mypy --strict`, like
the code it generates."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_black() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "--quiet",
            "generator",
            "tests",
            "benchmarks",
            "generated",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "generator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_no_unused_imports() -> None:
    """ruff's pyflakes rule F401 on the project's own code (generated code is checked by mypy in its tests)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--select",
            "F401",
            "generator",
            "tests",
        ]
        + ["benchmarks", "--exclude", "tests/golden"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
