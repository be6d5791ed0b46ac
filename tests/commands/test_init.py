"""`rsdlgen init` writes a starter configuration that the other commands then follow."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from rsdlgen.commands.init import toml_string
from rsdlgen.commands.main import main
from rsdlgen.model.loading import DEFAULT_RSDL, DEFAULT_SCHEMA
from tests.conftest import OVIRT36
from tests.support.engine_stub import Engine, serve


def test_init_then_generate_and_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    rsdl, schema = OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd"
    assert main(["init", "--rsdl", str(rsdl), "--schema", str(schema), "--target", "docs"]) == 0
    assert "rsdlgen.toml: configured docs" in capsys.readouterr().out
    settings = tomllib.loads((tmp_path / "rsdlgen.toml").read_text())
    assert settings["rsdl"] == str(rsdl) and settings["targets"] == {
        "docs": {"out": "generated/docs"}
    }
    assert main(["generate", "-q"]) == 0
    assert sorted(p.name for p in (tmp_path / "generated").iterdir()) == ["docs"]
    assert main(["check", "-q"]) == 0
    assert main(["init"]) == 1
    assert (
        capsys.readouterr().err
        == "rsdlgen: rsdlgen.toml: error: rsdlgen is configured here already\n"
    )


def test_init_adds_a_table_to_an_existing_pyproject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    assert main(["init", "-q"]) == 0
    text = (tmp_path / "pyproject.toml").read_text()
    assert text.startswith("[project]\nname = 'mine'\n\n[tool.rsdlgen]\n")
    settings = tomllib.loads(text)["tool"]["rsdlgen"]
    assert (settings["rsdl"], settings["schema"]) == ("api/rsdl.xml", "api/api.xsd")
    assert settings["targets"] == {"client": {"out": "generated/client", "package": "ovirtsdk3"}}
    assert not (tmp_path / "rsdlgen.toml").exists()


def test_fetch_writes_the_configured_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What `init` suggests next: `rsdlgen fetch` downloads from the configured url into rsdl and schema."""
    monkeypatch.chdir(tmp_path)
    engine = Engine(DEFAULT_RSDL.read_bytes(), DEFAULT_SCHEMA.read_bytes())
    with serve(engine):
        assert main(["init", "--url", engine.url, "-q"]) == 0
        assert main(["fetch", "--user", engine.user, "--password", engine.password, "-q"]) == 0
    assert (tmp_path / "api" / "rsdl.xml").read_bytes() == DEFAULT_RSDL.read_bytes()
    assert (tmp_path / "api" / "api.xsd").read_bytes() == DEFAULT_SCHEMA.read_bytes()
    assert capsys.readouterr().out == ""  # -q


@pytest.mark.parametrize(
    "text", ["plain", 'quote " and \\ backslash', "tab\tand\x7fdel", "ünï ☃ 🚀"]
)
def test_toml_strings_read_back(text: str) -> None:
    assert tomllib.loads(f"value = {toml_string(text)}\n")["value"] == text
