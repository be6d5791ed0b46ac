"""Schemas of a few kilobytes that describe exponential or very deep walks load in linear time, or are refused
in one located line (their timings: benchmarks/hostile_schemas.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import rsdlgen
from rsdlgen.errors import InputError
from rsdlgen.readers.xsd import MAX_EXTENSION_DEPTH, MAX_NESTING
from tests.support.golden import FIXTURE_RSDL
from tests.support.hostile import chained_groups, doubling_groups, extension_chain


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "api.xsd"
    path.write_text(text)
    return path


def test_groups_that_name_the_next_twice_are_expanded_once_per_type(tmp_path: Path) -> None:
    schema = rsdlgen.load(FIXTURE_RSDL, _write(tmp_path, doubling_groups(30))).schema
    assert schema is not None
    names = [e.name for e in schema.types["VM"].elements]
    # depth-first, each member once: e0 is reached after all of g1's content
    assert sorted(names) == sorted(["leaf", *(f"e{i}" for i in range(30))])
    assert names[0] == "leaf" and len(names) == 31


def test_chained_groups_deeper_than_the_bound_are_refused_where_they_go_too_deep(
    tmp_path: Path,
) -> None:
    # each group is two levels (the group, its sequence) below the type's own sequence
    schema = rsdlgen.load(
        FIXTURE_RSDL, _write(tmp_path, chained_groups(MAX_NESTING // 2 - 2))
    ).schema
    assert schema is not None and [e.name for e in schema.types["VM"].elements] == ["leaf"]
    with pytest.raises(InputError) as refused:
        rsdlgen.load(FIXTURE_RSDL, _write(tmp_path, chained_groups(5_000)))
    # line 3 declares g0: the refusal names the group whose content would go past the bound
    assert refused.value.location.line == 3 + MAX_NESTING // 2 - 1
    assert f"nested deeper than {MAX_NESTING} levels" in str(refused.value)


def test_a_long_extension_chain_is_refused_at_the_first_type_too_deep(tmp_path: Path) -> None:
    schema = rsdlgen.load(FIXTURE_RSDL, _write(tmp_path, extension_chain(MAX_EXTENSION_DEPTH + 1)))
    assert schema.schema is not None
    deepest = f"T{MAX_EXTENSION_DEPTH}"
    assert len(schema.schema.all_elements(deepest)) == MAX_EXTENSION_DEPTH + 1
    with pytest.raises(InputError) as refused:
        rsdlgen.load(FIXTURE_RSDL, _write(tmp_path, extension_chain(3_000)))
    assert refused.value.location.line == 3 + MAX_EXTENSION_DEPTH + 1
    assert f"T{MAX_EXTENSION_DEPTH + 1} extends {MAX_EXTENSION_DEPTH + 1} types" in str(
        refused.value
    )


@pytest.mark.parametrize("command", ["inspect", "generate"])
def test_every_command_refuses_in_one_line_without_a_traceback(
    tmp_path: Path, command: str
) -> None:
    path = _write(tmp_path, chained_groups(5_000))
    extra = ["--target", "client", "--out", str(tmp_path / "out")] if command == "generate" else []
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "rsdlgen",
            command,
            "--rsdl",
            str(FIXTURE_RSDL),
            "--schema",
            str(path),
            *extra,
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"rsdlgen: {path}:")
    assert not (tmp_path / "out").exists()
