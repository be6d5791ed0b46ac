"""`rsdlgen check` on temporary generated trees (never the repository's), and `check --against`."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

import rsdlgen
from rsdlgen.commands.main import main
from rsdlgen.model.loading import DEFAULT_RSDL, DEFAULT_SCHEMA
from rsdlgen.targets.rendering import MANIFEST
from tests.conftest import OVIRT36
from tests.support.engine_stub import Engine, serve
from tests.support.golden import FIXTURE_RSDL, FIXTURE_SCHEMA


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every target generated from the embedded default, once per module; tests work on copies."""
    generated = tmp_path_factory.mktemp("pristine")
    assert main(["generate", "--target", "all", "--out", str(generated), "-q"]) == 0
    assert sorted(p.name for p in generated.iterdir()) == ["client", "docs", "openapi", "server"]
    return generated


@pytest.fixture
def generated(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "generated"
    shutil.copytree(pristine, copy)
    return copy


def run_check(generated: Path, *options: str) -> int:
    return main(["check", "--target", "all", "--generated", str(generated), *options])


def test_an_untouched_tree_is_up_to_date(
    generated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_check(generated) == 0
    out = capsys.readouterr().out
    assert out.startswith("up to date with rsdl/rsdl.xml (client 11 files, docs ")


def test_hand_edit_fails_the_check_until_regenerated(
    generated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = generated / "docs" / "types" / "VM.html"
    with open(edited, "a") as handle:
        handle.write("hand edit\n")
    assert run_check(generated) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"{generated / 'docs'}: 1 file differs from what rsdl/rsdl.xml renders",
        "  changed  types/VM.html",
        "run `rsdlgen generate` with the same options to bring them up to date",
    ]

    assert run_check(generated, "--diff") == 1
    out = capsys.readouterr().out
    assert "    --- committed/types/VM.html\n    +++ regenerated/types/VM.html\n" in out
    assert "    -hand edit\n" in out

    assert main(["generate", "--target", "docs", "--out", str(generated / "docs"), "-q"]) == 0
    assert run_check(generated) == 0


def test_missing_and_extra_files_are_reported(
    generated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = generated / "client"
    (folder / "ovirtsdk3" / "xml.py").unlink()
    (folder / "ovirtsdk3" / "notes.txt").write_text("in the generated package")
    (folder / "README.md").write_text("beside it: the user's, never reported")
    for cache in ("__pycache__", ".mypy_cache"):  # made by running tools on the code: not reported
        (folder / cache).mkdir()
        (folder / cache / "x.data").write_bytes(b"\0")
    assert run_check(generated) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"{folder}: 2 files differ from what rsdl/rsdl.xml renders" in lines
    assert "  added    ovirtsdk3/xml.py (generated, missing here)" in lines
    assert "  removed  ovirtsdk3/notes.txt (here, no longer generated)" in lines


def test_json_report(generated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (generated / "server" / MANIFEST).unlink()
    assert run_check(generated, "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "rsdlgen-check/1"
    assert report["up_to_date"] is False
    assert report["documents"]["fingerprint"] == rsdlgen.load().fingerprint
    by_target = {t["target"]: t for t in report["targets"]}
    assert by_target["client"]["stale"] == [] and by_target["docs"]["stale"] == []
    assert by_target["server"]["stale"] == [{"path": MANIFEST, "kind": "added"}]


def test_a_directory_that_does_not_exist_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nonexistent"
    assert main(["check", "--target", "client", "--generated", str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"rsdlgen: {missing}: error: no such directory: the client target was never generated "
        "here (run `rsdlgen generate`)\n"
    )


def test_a_configured_project_is_checked_without_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'mine'\n\n"
        "[tool.rsdlgen]\n"
        f"rsdl = '{FIXTURE_RSDL}'\n"
        f"schema = '{FIXTURE_SCHEMA}'\n"
        "[tool.rsdlgen.targets.docs]\n"
        "out = 'site'\n"
    )
    monkeypatch.chdir(tmp_path / ".")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(
        tmp_path / "sub"
    )  # found from a folder below, as pytest finds its configuration
    assert main(["generate", "-q"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pyproject.toml", "site", "sub"]
    assert main(["check"]) == 0
    assert "up to date with" in capsys.readouterr().out
    (tmp_path / "site" / "index.html").write_text("edited")
    assert main(["check"]) == 1
    assert "  changed  index.html" in capsys.readouterr().out.splitlines()


def test_a_package_inside_the_users_package_is_checked_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22 item 2: the README's layout (`out = "src"`, `package = "mysdk.api"`): the user's
    `src/mysdk/__init__.py` and other modules beside the generated package are not rsdlgen's to report.
    """
    (tmp_path / "pyproject.toml").write_text(
        "[tool.rsdlgen]\n[tool.rsdlgen.targets.client]\nout = 'src'\npackage = 'mysdk.api'\n"
    )
    (tmp_path / "src" / "mysdk").mkdir(parents=True)
    (tmp_path / "src" / "mysdk" / "__init__.py").write_text("from .api import API\n")
    (tmp_path / "src" / "mysdk" / "helpers.py").write_text("")
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "-q"]) == 0
    assert main(["check"]) == 0
    assert "up to date with" in capsys.readouterr().out
    assert main(["generate"]) == 0
    assert "0 changed" in capsys.readouterr().out
    assert (tmp_path / "src" / "mysdk" / "__init__.py").read_text() == "from .api import API\n"
    # a file rsdlgen wrote earlier elsewhere (its manifest says so) still counts, until generate removes it
    (tmp_path / "src" / "mysdk" / "old.py").write_text("")
    manifest = tmp_path / "src" / MANIFEST
    manifest.write_text(json.dumps(json.loads(manifest.read_text()) + ["mysdk/old.py"]))
    assert main(["check"]) == 1
    assert "  removed  mysdk/old.py (here, no longer generated)" in capsys.readouterr().out
    assert main(["generate", "-q"]) == 0
    assert not (tmp_path / "src" / "mysdk" / "old.py").exists()
    assert (tmp_path / "src" / "mysdk" / "helpers.py").exists()
    assert main(["check"]) == 0


# --- check --against ---------------------------------------------------------------------------------------


def copy_of_default(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(str(DEFAULT_RSDL), folder / "rsdl.xml")
    shutil.copy(str(DEFAULT_SCHEMA), folder / "api.xsd")
    return folder


def test_against_a_directory_with_the_same_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--against", str(copy_of_default(tmp_path / "same"))]) == 0
    assert "rsdl/rsdl.xml matches" in capsys.readouterr().out


def test_against_a_directory_that_moved_shows_the_summary_then_the_changes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "--against", str(OVIRT36)]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[2].endswith("non-breaking") and " breaking, " in lines[2]  # the summary first
    # Checked with grep: 3.6 has `bookmarks`, the default not; the default deletes a VM's CD-ROM, 3.6 not.
    # each change ends with its id, for accepted-breaks lists
    assert any(
        re.fullmatch(r"  \+ POST bookmarks \(add\)  \(new operation\)  \[[0-9a-f]{12}\]", ln)
        for ln in lines
    )
    assert "- DELETE vms/{vm:id}/cdroms/{cdrom:id} (delete)  (BREAKING:" in out
    assert lines[-1].startswith(f"rsdl/rsdl.xml does not describe {OVIRT36}: ")

    assert main(["check", "--against", str(OVIRT36), "--breaking-only"]) == 1
    out = capsys.readouterr().out
    assert "POST bookmarks (add)" not in out  # not breaking
    assert "- DELETE vms/{vm:id}/cdroms/{cdrom:id} (delete)  (BREAKING:" in out


def test_fail_on_breaking_ignores_additions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One link more on the engine's side: a difference (exit 1), but nothing breaks (exit 0 with
    `--fail-on breaking`)."""
    folder = copy_of_default(tmp_path / "more")
    rsdl = (folder / "rsdl.xml").read_text()
    extra = (
        '<link href="/ovirt-engine/api/vms/{vm:id}/frobnicate" rel="frobnicate">'
        "<request><http_method>POST</http_method><body><type>Action</type></body></request>"
        "<response><type>Action</type></response></link>"
    )
    assert rsdl.count("<links>") == 1
    (folder / "rsdl.xml").write_text(rsdl.replace("<links>", "<links>" + extra))
    assert main(["check", "--against", str(folder)]) == 1
    assert "+ POST vms/{vm:id}/frobnicate (frobnicate)" in capsys.readouterr().out
    assert main(["check", "--against", str(folder), "--fail-on", "breaking"]) == 0
    capsys.readouterr()
    assert main(["check", "--against", str(folder), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["match"] is False and report["against"]["source"] == str(folder)
    assert report["diff"]["summary"]["changes"] == 1
    assert report["diff"]["changes"][0]["subject"] == "POST vms/{vm:id}/frobnicate (frobnicate)"


def test_against_a_live_engine(capsys: pytest.CaptureFixture[str]) -> None:
    same = Engine(DEFAULT_RSDL.read_bytes(), DEFAULT_SCHEMA.read_bytes())
    with serve(same):
        status = main(
            ["check", "--against", same.url, "--user", same.user, "--password", same.password]
        )
    assert status == 0
    assert f"matches {same.url}" in capsys.readouterr().out

    moved = Engine((OVIRT36 / "rsdl.xml").read_bytes(), (OVIRT36 / "api.xsd").read_bytes())
    with serve(moved):
        status = main(
            ["check", "--against", moved.url, "--user", moved.user, "--password", moved.password]
        )
    assert status == 1
    out = capsys.readouterr().out
    assert f"new: {moved.url}?rsdl + {moved.url}?schema" in out
    assert "+ POST bookmarks (add)" in out


def test_against_the_configured_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = Engine(DEFAULT_RSDL.read_bytes(), DEFAULT_SCHEMA.read_bytes())
    monkeypatch.chdir(tmp_path)
    with serve(engine):
        (tmp_path / "rsdlgen.toml").write_text(f"url = '{engine.url}'\n")
        status = main(["check", "--against", "--user", engine.user, "--password", engine.password])
    assert status == 0
    assert f"matches {engine.url}" in capsys.readouterr().out


def test_against_without_a_source_is_bad_usage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit:
        main(["check", "--against"])
    assert exit.value.code == 2
    assert capsys.readouterr().err == (
        "rsdlgen check: error: --against needs a URL or a directory "
        "(or `url` in the configuration)\n"
    )


def test_against_a_live_engine_with_a_wrong_password(capsys: pytest.CaptureFixture[str]) -> None:
    engine = Engine(b"<rsdl/>", b"<schema/>")
    with serve(engine):
        assert (
            main(["check", "--against", engine.url, "--user", engine.user, "--password", "x"]) == 1
        )
    assert "401 Unauthorized" in capsys.readouterr().err


def test_against_with_a_tree_option_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["check", "--generated", "generated", "--against", str(OVIRT36)])
    assert exit.value.code == 2
    assert capsys.readouterr().err == (
        "rsdlgen check: error: --against compares documents, not trees: run `rsdlgen check` for the "
        "trees\n"
    )


@pytest.mark.parametrize("kind", ["file link", "directory link", "fifo"])
def test_check_never_reads_through_a_link_nor_prints_its_target(
    generated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """Issue 21.1: a committed `errors.py -> /proc/self/environ` must not land in the CI log of `check --diff`."""
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "errors.py").write_text("ENGINE_PASSWORD=hunter2\n")
    package = generated / "client" / "ovirtsdk3"
    victim = package / "errors.py"
    victim.unlink()
    if kind == "file link":
        victim.symlink_to(secret / "errors.py")
        expected = "  refused  ovirtsdk3/errors.py (a symbolic link"
    elif kind == "directory link":
        shutil.rmtree(package)
        package.symlink_to(secret)
        expected = "  refused  ovirtsdk3 (a symbolic link"
    else:
        os.mkfifo(victim)  # opening it would block for ever
        expected = "  refused  ovirtsdk3/errors.py (a symbolic link"
    assert run_check(generated / "client", "--target", "client", "--diff") == 1
    out = capsys.readouterr().out
    assert "hunter2" not in out
    assert expected in out
    # generate refuses a link that leaves the tree (nothing written) and replaces a FIFO by the file
    status = main(["generate", "--target", "client", "--out", str(generated / "client"), "-q"])
    assert status == (0 if kind == "fifo" else 1)
    assert (secret / "errors.py").read_text() == "ENGINE_PASSWORD=hunter2\n"
