"""`rsdlgen generate`: where output goes, all targets or none, and one-line errors for every bad argument."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from rsdlgen.commands.main import main
from rsdlgen.errors import InputError, Location
from rsdlgen.targets import server
from rsdlgen.targets.rendering import MANIFEST
from tests.conftest import OVIRT36, ROOT
from tests.support.golden import FIXTURE_RSDL, FIXTURE_SCHEMA

SMALL = ["--rsdl", str(FIXTURE_RSDL), "--schema", str(FIXTURE_SCHEMA)]


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_without_configuration_output_goes_below_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = subprocess.run(
        ["git", "status", "--porcelain", "generated"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    monkeypatch.chdir(tmp_path)
    assert main(["generate", *SMALL]) == 0
    assert sorted(p.name for p in (tmp_path / "generated").iterdir()) == [
        "client",
        "docs",
        "openapi",
        "server",
    ]
    out = capsys.readouterr().out
    assert f"client: 11 files in {tmp_path / 'generated' / 'client'} (11 changed)" in out
    after = subprocess.run(
        ["git", "status", "--porcelain", "generated"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    assert after == before  # the checkout's own generated/ is left alone


def test_all_targets_go_to_one_folder_each(tmp_path: Path) -> None:
    assert main(["generate", "--target", "all", "--out", str(tmp_path / "out"), *SMALL, "-q"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "client",
        "docs",
        "openapi",
        "server",
    ]
    assert "ovirtsdk3/types.py" in files(tmp_path / "out" / "client")
    assert "ovirt_mock_engine/spec.json" in files(tmp_path / "out" / "server")
    assert "index.html" in files(tmp_path / "out" / "docs")
    assert "openapi.json" in files(tmp_path / "out" / "openapi")


def test_written_files_are_readable_by_everyone_and_no_temporary_file_is_left(
    tmp_path: Path,
) -> None:
    # each file is staged under a temporary name (mkstemp: mode 0o600), then renamed into place
    assert main(["generate", "--target", "all", "--out", str(tmp_path / "out"), *SMALL, "-q"]) == 0
    written = [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o644}
    assert [p.name for p in written if p.name.startswith(".")] == [MANIFEST] * 4


def test_a_dotted_package_is_a_nested_folder(tmp_path: Path) -> None:
    out = tmp_path / "src"
    assert (
        main(
            ["generate", "--target", "client", "--out", str(out), "--package", "mysdk.api", *SMALL]
        )
        == 0
    )
    assert "mysdk/api/__init__.py" in files(out)
    imported = subprocess.run(
        [sys.executable, "-c", "import mysdk.api as a; print(a.FINGERPRINT[:8])"],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 0, imported.stderr


def test_a_target_that_fails_changes_no_file_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert main(["generate", "--target", "all", "--out", str(out), *SMALL, "-q"]) == 0
    before = {rel: (out / rel).read_bytes() for rel in files(out)}

    def broken(*args: object, **kwargs: object) -> dict[str, str | bytes]:
        raise InputError(Location("server"), "broken on purpose")

    monkeypatch.setattr(server, "render", broken)
    # Other documents (the embedded default): client and docs (rendered before the server) would change
    # every file.
    assert main(["generate", "--target", "all", "--out", str(out), "-q"]) == 1
    assert {rel: (out / rel).read_bytes() for rel in files(out)} == before


def test_a_write_refused_in_one_tree_leaves_the_others_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (out / "server").mkdir(parents=True)
    blocker = out / "server" / "ovirt_mock_engine"
    blocker.write_text("a file where the server package goes")
    assert main(["generate", "--target", "all", "--out", str(out), *SMALL, "-q"]) == 1
    assert capsys.readouterr().err == f"rsdlgen: {blocker}: error: is a file, not a directory\n"
    # client and docs were written to temporary files first; those and their folders are gone again
    assert [p.relative_to(out).as_posix() for p in sorted(out.rglob("*"))] == [
        "server",
        "server/ovirt_mock_engine",
    ]


# --- bad arguments: one line each, exit 1 (2 for wrong usage), no traceback ---------------------------------


def one_line(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit:  # argparse's usage errors
        status = int(exit.code or 0)
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1, captured.err
    assert "Traceback" not in captured.err
    return status, captured.err.rstrip("\n")


def test_out_naming_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "f"
    file.write_text("")
    assert one_line(capsys, "generate", "--target", "docs", "--out", str(file), *SMALL) == (
        1,
        f"rsdlgen: {file}: error: is a file, not a directory",
    )


def test_out_below_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "f"
    file.write_text("")
    below = file / "x" / "y"
    assert one_line(capsys, "generate", "--target", "docs", "--out", str(below), *SMALL) == (
        1,
        f"rsdlgen: {file}: error: is a file: cannot make the directory {below}",
    )


def test_out_in_an_unwritable_place(capsys: pytest.CaptureFixture[str]) -> None:
    # /sys refuses new directories even to root, who may write anywhere else
    out = Path("/sys/rsdlgen-test")
    assert one_line(capsys, "generate", "--target", "docs", "--out", str(out), *SMALL) == (
        1,
        f"rsdlgen: {out}: error: Operation not permitted",
    )


@pytest.mark.parametrize(
    ("package", "why"),
    [
        ("my-sdk", "'my-sdk' is not an identifier"),
        ("class", "'class' is a keyword"),
        ("1sdk", "'1sdk' is not an identifier"),
        ("mysdk..api", "'' is not an identifier"),
        ("mysdk.import", "'import' is a keyword"),
    ],
)
def test_package_that_python_cannot_import(
    package: str, why: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert one_line(capsys, "generate", "--target", "client", "--package", package) == (
        2,
        f"rsdlgen generate: error: --package: {package!r} is not a Python package name ({why})",
    )


def test_rsdl_without_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert one_line(capsys, "generate", "--rsdl", str(FIXTURE_RSDL)) == (
        2,
        "rsdlgen generate: error: --rsdl needs --schema, the XML Schema of its types (else every "
        "type is opaque), or --no-schema",
    )


def test_schema_without_rsdl(capsys: pytest.CaptureFixture[str]) -> None:
    assert one_line(capsys, "generate", "--schema", str(FIXTURE_SCHEMA)) == (
        2,
        "rsdlgen generate: error: --schema needs --rsdl: the embedded RSDL describes another API",
    )


def test_no_schema_on_purpose_warns_that_types_are_opaque(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", "--target", "client", "--out", str(tmp_path), "--rsdl", str(FIXTURE_RSDL)]
    assert main([*argv, "--no-schema"]) == 0
    err = capsys.readouterr().err
    assert err == (
        f"rsdlgen: warning: {FIXTURE_RSDL.relative_to(ROOT)}: no XML Schema (no-schema): every generated type is "
        "opaque\n"
    )
    assert one_line(capsys, *argv, "--no-schema", "--schema", str(FIXTURE_SCHEMA))[0] == 2


def test_templates_that_are_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope"
    assert one_line(capsys, "generate", "--templates", str(missing)) == (
        2,
        f"rsdlgen generate: error: --templates: {missing} is not a directory",
    )


def test_unknown_option_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert one_line(capsys, "generate", "--frobnicate") == (
        2,
        "rsdlgen: error: unrecognized arguments: --frobnicate",
    )


def test_targets_sharing_a_directory_are_bad_usage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "rsdlgen.toml").write_text(
        "[targets.client]\nout = 'out'\n[targets.docs]\nout = 'out/docs'\n"
    )
    monkeypatch.chdir(tmp_path)
    docs = tmp_path.resolve() / "out" / "docs"
    assert one_line(capsys, "generate") == (
        2,
        f"rsdlgen: {docs}: error: the docs target's output is inside the client target's "
        f"({tmp_path.resolve() / 'out'}): give each target a directory of its own",
    )
    assert not (tmp_path / "out").exists()


def test_a_bool_options_flag_is_a_switch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, with_yaml = tmp_path / "plain", tmp_path / "yaml"
    assert main(["generate", "--target", "openapi", "--out", str(plain), *SMALL, "-q"]) == 0
    assert main(["generate", "--target", "openapi", "--out", str(with_yaml), "--yaml", *SMALL]) == 0
    assert files(plain) == [".rsdlgen-manifest.json", "openapi.json"]
    assert files(with_yaml) == [".rsdlgen-manifest.json", "openapi.json", "openapi.yaml"]
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit:
        main(["generate", "--target", "openapi", "--yaml", "false", *SMALL])
    assert exit.value.code == 2
    assert "unrecognized arguments: false" in capsys.readouterr().err


def test_the_documents_warnings_are_counted_with_where_to_read_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22 item 8: oVirt 3.6 gives 13 warnings; without -v they were not even mentioned."""
    documents = ["--rsdl", str(OVIRT36 / "rsdl.xml"), "--schema", str(OVIRT36 / "api.xsd")]
    assert main(["generate", "--target", "openapi", "--out", str(tmp_path), *documents]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "13 warnings in the documents (`rsdlgen inspect --warnings` or `generate -v` shows them)"
    )
    assert main(["generate", "--target", "openapi", "--out", str(tmp_path), *documents, "-v"]) == 0
    shown = capsys.readouterr().out
    assert shown.count(": warning: ") == 13 and "13 warnings in the documents" not in shown


@pytest.mark.parametrize("command", ["generate", "check"])
def test_documents_not_fetched_yet_are_named_first_with_the_next_step(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    """Issue 22 item 9: before `rsdlgen fetch`, generate named the schema and check said the target was never
    generated; both now name the RSDL and say to fetch."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    assert main(["init", "-q", "--url", "https://engine.test/ovirt-engine/api"]) == 0
    assert main([command]) == 1
    assert capsys.readouterr().err == (
        "rsdlgen: api/rsdl.xml: error: no such file: "
        "download the engine's documents with `rsdlgen fetch`\n"
    )
