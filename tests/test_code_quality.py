"""The project's own code is black-formatted, passes ruff's lint rules (pyproject's [tool.ruff.lint]) and
`mypy --strict`, like the code it generates; what it generates is formatted as black formats it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, RUFF_FORMAT_CHECK, mypy

PROJECT = ["generator", "tests", "benchmarks"]


def test_black() -> None:
    """The project's code, and the golden fixture's rendering (under tests/golden), which reaches every
    template's edge: what black writes there is what rsdlgen generates."""
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", *PROJECT],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_generated_is_formatted() -> None:
    """generated/ (tens of thousands of lines): ruff's formatter checks it, in a hundredth of black's time."""
    result = subprocess.run(
        [*RUFF_FORMAT_CHECK, "generated"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = subprocess.run(
        [*mypy("project"), "generator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_ruff_check() -> None:
    """The lint rules of pyproject's [tool.ruff.lint] on the project's own code (what rsdlgen generates is
    excluded there: mypy checks it in its tests)."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
