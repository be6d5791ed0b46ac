"""The project's own code is black-formatted and passes `mypy --strict`, like the code it generates."""

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
            "templates/server/runtime",
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
