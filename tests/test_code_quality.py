"""The project's own code is formatted by ruff's formatter (the one rsdlgen formats what it generates with),
passes ruff's lint rules (pyproject's [tool.ruff.lint]) and `mypy --strict`, like the code it generates; what it
generates is formatted as black formats it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, RUFF_FORMAT_CHECK, mypy

# The project's Python (pyproject's [tool.ruff] excludes what rsdlgen generates, checked below).
PROJECT = ["generator", "tests", "benchmarks"]


def test_project_is_formatted() -> None:
    """In a fraction of a second, where black took 19 CPU-seconds on a cold cache."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", *PROJECT],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_golden_rendering_is_what_black_writes() -> None:
    """The golden fixture's rendering (under tests/golden) reaches every template's edge: black, not only
    ruff's formatter in black's style, accepts what rsdlgen generates."""
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "-l", "100", "tests/golden"],
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
