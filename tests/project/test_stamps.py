"""`rsdlgen generate` skips a generation whose inputs and output are as its stamp says, and only then."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rsdlgen.commands import generate
from rsdlgen.commands.main import main
from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "golden"


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RSDLGEN_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "documents"
    shutil.copytree(FIXTURE, folder)
    return folder


def run(documents: Path, out: Path, *extra: str) -> None:
    command = ["generate", "-q", "--target", "client", "--out", str(out), *extra]
    assert (
        main(
            [
                *command,
                "--rsdl",
                str(documents / "rsdl.xml"),
                "--schema",
                str(documents / "api.xsd"),
            ]
        )
        == 0
    )


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the generations that read the documents."""
    count: list[int] = []
    real = generate.load_model

    def counting(*args: object) -> object:
        count.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(generate, "load_model", counting)
    return count


def test_nothing_changed_reads_nothing(documents: Path, tmp_path: Path, loads: list[int]) -> None:
    out = tmp_path / "out"
    run(documents, out)
    written = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    run(documents, out)
    assert len(loads) == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == written


def test_an_edited_or_removed_file_is_generated_again(
    documents: Path, tmp_path: Path, loads: list[int]
) -> None:
    out = tmp_path / "out"
    run(documents, out)
    types = out / "ovirtsdk3" / "types.py"
    original = types.read_text()
    types.write_text(original + "# mine\n")
    run(documents, out)
    assert types.read_text() == original
    types.unlink()
    run(documents, out)
    assert types.read_text() == original
    assert len(loads) == 3


def test_changed_inputs_are_generated_again(
    documents: Path, tmp_path: Path, loads: list[int]
) -> None:
    out = tmp_path / "out"
    run(documents, out)
    rsdl = documents / "rsdl.xml"
    rsdl.write_text(rsdl.read_text().replace("</rsdl>", "<!-- another document -->\n</rsdl>"))
    run(documents, out)  # the document's fingerprint is in the package
    templates = tmp_path / "templates" / "client"
    templates.mkdir(parents=True)
    (templates / "errors.py.j2").write_text('"""Errors."""\n')
    run(documents, out, "--templates", str(tmp_path / "templates"))
    assert (out / "ovirtsdk3" / "errors.py").read_text() == '"""Errors."""\n'
    run(documents, out, "--package", "other")
    assert (out / "other" / "errors.py").exists() and not (out / "ovirtsdk3" / "errors.py").exists()
    assert len(loads) == 4


def test_an_unusable_cache_only_costs_the_shortcut(
    documents: Path, tmp_path: Path, loads: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("RSDLGEN_CACHE_DIR", str(blocker / "cache"))
    out = tmp_path / "out"
    run(documents, out)
    run(documents, out)
    assert len(loads) == 2 and (out / "ovirtsdk3" / "types.py").exists()
