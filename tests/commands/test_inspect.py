"""`rsdlgen inspect`: golden JSON for the embedded default and oVirt 3.6, and the text and warning views."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rsdlgen.commands.main import main
from tests.conftest import OVIRT36, ROOT
from tests.support.golden import assert_golden


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    cwd = os.getcwd()
    os.chdir(ROOT)  # paths in the output are as given, relative to the repository
    try:
        assert main(list(args)) == 0
    finally:
        os.chdir(cwd)
    return capsys.readouterr().out


def relative(path: Path) -> str:
    return os.path.relpath(path, ROOT)


def test_inspect_json_default(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "inspect", "--json")
    data = json.loads(out)
    assert data["rsdl"] == "rsdl/rsdl.xml" and data["warnings"] == []
    assert_golden("inspect/default.json", out)


def test_inspect_json_ovirt36(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(
        capsys,
        "inspect",
        "--json",
        "--rsdl",
        relative(OVIRT36 / "rsdl.xml"),
        "--schema",
        relative(OVIRT36 / "api.xsd"),
    )
    data = json.loads(out)
    assert {
        "links",
        "methods",
        "hrefs",
        "rels",
        "collections",
        "actions",
        "types",
        "enums",
        "warnings",
    } <= set(data)
    assert data["links"] == 774 and len(data["actions"]) == 114 and len(data["types"]) == 390
    assert data["api_root"] == "/ovirt-engine/api" and data["api_root_assumed"]  # it says `?rsdl`
    assert_golden("inspect/ovirt-engine-3.6.13.5.json", out)


def test_inspect_warnings_lists_file_and_line(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "inspect", "--warnings", "--rsdl", relative(OVIRT36 / "rsdl.xml"))
    lines = out.splitlines()
    assert len(lines) == 13
    assert (
        lines[0]
        == "../shared/corpus/ovirt-engine-3.6.13.5/rsdl.xml:402: warning: type 'xs:int,' read as 'xs:int' [type-typo]"
    )


def test_inspect_text(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "inspect")
    assert out.startswith(
        "RSDL      rsdl/rsdl.xml\nschema    rsdl/api.xsd\nAPI root  /ovirt-engine/api"
    )
    assert "warnings  0" in out


def test_inspect_takes_documents_as_diff_does(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 22 item 16: `inspect FILE` was refused while `diff` takes a directory or files."""
    by_flags = json.loads(run(capsys, "inspect", "--json", "--rsdl", relative(OVIRT36 / "rsdl.xml"),
                              "--schema", relative(OVIRT36 / "api.xsd")))  # fmt: skip
    for documents in (
        [relative(OVIRT36)],
        [relative(OVIRT36 / f) for f in ("rsdl.xml", "api.xsd")],
    ):
        given = json.loads(run(capsys, "inspect", "--json", *documents))
        assert given["fingerprint"] == by_flags["fingerprint"] and given["links"] == 774
    only_rsdl = json.loads(run(capsys, "inspect", "--json", relative(OVIRT36 / "rsdl.xml")))
    assert only_rsdl["schema"] is None and only_rsdl["links"] == 774
    with pytest.raises(SystemExit) as refused:
        main(["inspect", str(OVIRT36), "--rsdl", str(OVIRT36 / "rsdl.xml")])
    assert refused.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
