"""Errors and warnings are one line whatever the documents call things (names may hold newlines)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rsdlgen.errors import InputError, Location, Warning, one_line
from tests.support.golden import FIXTURE_RSDL
from tests.support.hostile import chained_groups


def test_control_characters_in_messages_are_escaped() -> None:
    assert one_line("a\nb\r\tc\x00 é 名") == "a\\nb\\r\\tc\\x00 é 名"
    error = InputError(Location("x\n.xml", 3), "type 'A\nB' is odd")
    assert str(error) == "x\\n.xml:3: error: type 'A\\nB' is odd"
    warning = Warning(Location("a.xsd", 1), "code", "group g\ncontains itself")
    assert "\n" not in str(warning)


def test_the_cli_refuses_a_name_with_a_newline_in_one_line(tmp_path: Path) -> None:
    schema = tmp_path / "api.xsd"
    schema.write_text(chained_groups(100).replace('name="VM"', 'name="V&#10;M"'))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "rsdlgen",
            "inspect",
            "--rsdl",
            str(FIXTURE_RSDL),
            "--schema",
            str(schema),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "V\\nM: content nested deeper than" in done.stderr
