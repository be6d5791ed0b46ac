"""`rsdlgen init` writes a starter configuration that the other commands then follow."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from rsdlgen.commands.init import toml_string
from rsdlgen.commands.main import main
from rsdlgen.model.loading import DEFAULT_RSDL, DEFAULT_SCHEMA
from tests.support.engine_stub import Engine, serve
from tests.support.golden import FIXTURE_RSDL, FIXTURE_SCHEMA


def test_init_then_generate_and_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    rsdl, schema = FIXTURE_RSDL, FIXTURE_SCHEMA  # documents of its own, small (3.6's take seconds)
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
        == "rsdlgen: rsdlgen.toml: error: rsdlgen is configured here already (--force replaces it)\n"
    )
    assert main(["init", "--force", "--target", "openapi", "-q"]) == 0
    settings = tomllib.loads((tmp_path / "rsdlgen.toml").read_text())
    assert settings["rsdl"] == "api/rsdl.xml" and list(settings["targets"]) == ["openapi"]


def test_init_follows_the_project_and_writes_no_placeholder_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22 item 7: the client goes inside the project's own package (`[project] name`, under src/ when
    there is one), no made-up engine URL is configured, and `--force` replaces the table in place.
    """
    monkeypatch.chdir(tmp_path)
    (tmp_path / "src" / "my_ovirt").mkdir(parents=True)
    before = "[project]\nname = 'My-oVirt'\n\n[tool.other]\nkept = true\n"
    (tmp_path / "pyproject.toml").write_text(before)
    assert main(["init"]) == 0
    assert capsys.readouterr().out.endswith(
        "configured client (next: `rsdlgen fetch URL` (the engine's API root), then `rsdlgen generate`)\n"
    )
    text = (tmp_path / "pyproject.toml").read_text()
    assert "engine.example.com" not in text.replace('# url = "https://engine.example.com', "")
    settings = tomllib.loads(text)["tool"]["rsdlgen"]
    assert "url" not in settings
    assert settings["targets"] == {"client": {"out": "src", "package": "my_ovirt.api"}}

    assert main(["init", "--force", "--url", "https://e.test/ovirt-engine/api", "-q"]) == 0
    text = (tmp_path / "pyproject.toml").read_text()
    assert text.startswith(before + "\n[tool.rsdlgen]\n")
    assert text.count("[tool.rsdlgen]") == 1
    assert tomllib.loads(text)["tool"]["rsdlgen"]["url"] == "https://e.test/ovirt-engine/api"
    assert tomllib.loads(text)["tool"]["other"] == {"kept": True}


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
    assert settings["targets"] == {"client": {"out": ".", "package": "mine.api"}}
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


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    url=st.one_of(st.text(max_size=12).map(lambda t: "https://e/" + t), st.text(max_size=12)),
    rsdl=st.one_of(st.none(), st.text(min_size=1, max_size=12)),
)
def test_init_never_loses_the_users_pyproject(
    tmp_path_factory: pytest.TempPathFactory, url: str, rsdl: str | None
) -> None:
    """Issue 21.4: `--url $'…\\xff'` (a lone surrogate once decoded) emptied pyproject.toml. Whatever the
    arguments, the file afterwards is what it was, or it and its new table read back as TOML."""
    folder = tmp_path_factory.mktemp("init")
    pyproject = folder / "pyproject.toml"
    before = b"[project]\nname = 'mine'\n"
    pyproject.write_bytes(before)
    options = ["--url", url] + (["--rsdl", rsdl, "--schema", "api.xsd"] if rsdl else [])
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        status = run_quietly(["init", "-q", *options])
    except ValueError:  # a NUL in a path is no path: argv cannot hold one either
        assert "\x00" in (rsdl or "")
        status = 2
    finally:
        os.chdir(cwd)
    after = pyproject.read_bytes()
    if status == 0:
        assert after.startswith(before)
        assert tomllib.loads(after.decode())["tool"]["rsdlgen"]["url"] == url
    else:
        assert status == 2 and after == before
    assert sorted(p.name for p in folder.iterdir()) == ["pyproject.toml"]  # no temporary file left


def test_a_non_utf8_url_is_bad_usage_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    url = b"https://engine.example.com/\xff".decode("utf-8", "surrogateescape")
    assert run_quietly(["init", "--url", url]) == 2
    assert "--url is not valid UTF-8" in capsys.readouterr().err
    assert (tmp_path / "pyproject.toml").read_text() == "[project]\nname = 'mine'\n"


def run_quietly(argv: list[str]) -> int:
    """`main`, with argparse's exit for bad usage as its status."""
    try:
        return main(argv)
    except SystemExit as exit:
        return int(exit.code or 0)
