"""`rsdlgen check` on a temporary generated tree (never the repository's), and `check --against`."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

import rsdlgen
from rsdlgen.commands.main import main
from rsdlgen.commands import check
from rsdlgen.targets.rendering import MANIFEST
from rsdlgen.targets import targets
from tests.conftest import OVIRT36
from tests.support.engine_stub import Engine, serve


def generate_all(generated: Path) -> None:
    for name, target in targets().items():
        out = check.target_dir(generated, target)
        assert main(["generate", "--target", name, "--out", str(out)]) == 0


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every existing target generated from rsdl/, once per module; tests work on copies."""
    assert targets(), "no target to check"
    generated = tmp_path_factory.mktemp("pristine")
    generate_all(generated)
    return generated


@pytest.fixture
def generated(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "generated"
    shutil.copytree(pristine, copy)
    return copy


def run_check(generated: Path, *options: str) -> int:
    return main(["check", "--generated", str(generated), *options])


def test_hand_edit_fails_the_check_until_regenerated(
    generated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, target = sorted(targets().items())[0]
    folder = check.target_dir(generated, target)
    edited = sorted(set(check.files_under(folder, target.USER_OWNED)) - {MANIFEST})[0]
    with open(folder / edited, "a") as handle:
        handle.write("hand edit\n")
    assert run_check(generated) == 1
    out = capsys.readouterr().out
    assert f"{folder}: 1 files differ" in out
    assert f"  changed  {edited}" in out
    assert "      -hand edit" in out  # the first lines of the diff
    assert "rsdlgen generate" in out

    assert main(["generate", "--target", name, "--out", str(folder)]) == 0
    assert run_check(generated) == 0
    assert "is up to date with rsdl/" in capsys.readouterr().out


def test_missing_and_extra_files_are_reported(
    generated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, target = sorted(targets().items())[0]
    folder = check.target_dir(generated, target)
    gone = sorted(check.files_under(folder, target.USER_OWNED))[-1]
    (folder / gone).unlink()
    (folder / "notes.txt").write_text("mine")
    for cache in ("__pycache__", ".mypy_cache"):  # made by running tools on the code: not reported
        (folder / cache).mkdir()
        (folder / cache / "x.data").write_bytes(b"\0")
    assert run_check(generated) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"{folder}: 2 files differ from what rsdl/ generates" in lines
    assert f"  added    {gone} (generated, missing here)" in lines
    assert "  removed  notes.txt (here, no longer generated)" in lines


def test_user_owned_files_are_not_compared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = SimpleNamespace(
        NAME="fake",
        DEFAULT_PACKAGE="fake",
        DEFAULT_OUT="generated/fake",
        USER_OWNED=frozenset({"custom.py"}),
        render=lambda model, package: {
            "a.py": f"LINKS = {len(model.links)}\n",
            "custom.py": "# yours\n",
        },
    )
    monkeypatch.setattr(check, "targets", lambda: {"fake": fake})
    folder = tmp_path / "fake"
    folder.mkdir()
    (folder / "a.py").write_text("LINKS = 161\n")
    (folder / ".rsdlgen-manifest.json").write_text('[\n"a.py"\n]\n')
    (folder / "custom.py").write_text("# edited by its owner\n")
    assert run_check(tmp_path) == 0
    (folder / "a.py").write_text("LINKS = 160\n")
    assert run_check(tmp_path) == 1


# --- check --against ---------------------------------------------------------------------------------------


@pytest.fixture
def bound(generated: Path) -> Path:
    """A generated tree whose client package carries FINGERPRINT, the sha256 of the rsdl/ documents."""
    client = targets()["client"]
    init = check.target_dir(generated, client) / client.DEFAULT_PACKAGE / "__init__.py"
    assert f'FINGERPRINT = "{rsdlgen.load().fingerprint}"' in init.read_text()
    return generated


def copy_of_default(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(rsdlgen.model.loading.DEFAULT_RSDL, folder / "rsdl.xml")
    shutil.copy(rsdlgen.model.loading.DEFAULT_SCHEMA, folder / "api.xsd")
    return folder


def test_against_a_directory_with_the_same_documents(
    bound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_check(bound, "--against", str(copy_of_default(tmp_path / "same"))) == 0
    assert "match" in capsys.readouterr().out


def test_against_a_directory_that_moved_shows_the_semantic_diff(
    bound: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_check(bound, "--against", str(OVIRT36)) == 1
    out = capsys.readouterr().out
    # Checked with grep: 3.6 has `bookmarks`, the default not; the default deletes a VM's CD-ROM, 3.6 not.
    assert "+ POST bookmarks (add)" in out
    assert "- DELETE vms/{vm:id}/cdroms/{cdrom:id} (delete)  (BREAKING:" in out
    assert "were not generated from" in out and "breaking" in out


def test_bindings_from_other_documents_than_rsdl_are_reported(
    bound: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = targets()["client"]
    init = check.target_dir(bound, client) / client.DEFAULT_PACKAGE / "__init__.py"
    init.write_text(
        re.sub(r'FINGERPRINT = "[0-9a-f]+"', f'FINGERPRINT = "{"0" * 64}"', init.read_text())
    )
    assert run_check(bound, "--against", str(OVIRT36)) == 1
    assert "was generated from other documents than rsdl/" in capsys.readouterr().out


def test_no_fingerprint_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_check(tmp_path, "--against", str(OVIRT36)) == 1
    assert "no generated module defines FINGERPRINT" in capsys.readouterr().err


def test_against_a_live_engine(bound: Path, capsys: pytest.CaptureFixture[str]) -> None:
    default = rsdlgen.model.loading
    same = Engine(default.DEFAULT_RSDL.read_bytes(), default.DEFAULT_SCHEMA.read_bytes())
    with serve(same):
        assert (
            run_check(
                bound, "--against", same.url, "--user", same.user, "--password", same.password
            )
            == 0
        )
    assert f"match {same.url}" in capsys.readouterr().out

    moved = Engine((OVIRT36 / "rsdl.xml").read_bytes(), (OVIRT36 / "api.xsd").read_bytes())
    with serve(moved):
        status = run_check(
            bound, "--against", moved.url, "--user", moved.user, "--password", moved.password
        )
    assert status == 1
    out = capsys.readouterr().out
    assert f"new: {moved.url}?rsdl + {moved.url}?schema" in out
    assert "+ POST bookmarks (add)" in out


def test_against_a_live_engine_with_a_wrong_password(
    bound: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = Engine(b"<rsdl/>", b"<schema/>")
    with serve(engine):
        assert (
            run_check(bound, "--against", engine.url, "--user", engine.user, "--password", "x") == 1
        )
    assert "401 Unauthorized" in capsys.readouterr().err
