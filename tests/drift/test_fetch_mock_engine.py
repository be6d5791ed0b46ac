"""`rsdlgen fetch` and `rsdlgen check --against` against the project's own mock engine (`rsdlgen serve`'s app)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import rsdlgen
from rsdlgen.commands.main import main
from rsdlgen.model.loading import DEFAULT_RSDL, DEFAULT_SCHEMA
from tests.conftest import OVIRT36
from tests.support.mock_servers import InMemory, loopback

CREDENTIALS = ["--user", "admin@internal", "--password", "admin"]


def engine_url(model: rsdlgen.Model) -> Iterator[str]:
    package = InMemory(model)
    with loopback(package.create_app(package.Settings())) as url:
        yield url + model.api_root


@pytest.fixture(scope="module")
def default_engine() -> Iterator[str]:
    yield from engine_url(rsdlgen.load())


def test_fetch_from_the_mock_engine(default_engine: str, tmp_path: Path) -> None:
    assert main(["fetch", default_engine, "--out", str(tmp_path), *CREDENTIALS]) == 0
    assert (tmp_path / "rsdl.xml").read_bytes() == DEFAULT_RSDL.read_bytes()
    assert (tmp_path / "api.xsd").read_bytes() == DEFAULT_SCHEMA.read_bytes()


def test_wrong_password_is_one_line_and_writes_nothing(
    default_engine: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "fetch",
                default_engine,
                "--out",
                str(tmp_path / "out"),
                "--user",
                "admin@internal",
                "--password",
                "nope",
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "401" in err and "nope" not in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_check_against_the_engine_the_documents_came_from(
    default_engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--against", default_engine, *CREDENTIALS]) == 0
    assert f"rsdl/rsdl.xml matches {default_engine}" in capsys.readouterr().out


def test_check_against_an_engine_whose_api_moved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = rsdlgen.load(OVIRT36 / "served" / "rsdl.xml", OVIRT36 / "api.xsd")
    for url in engine_url(moved):
        status = main(["check", "--against", url, *CREDENTIALS])
    assert status == 1
    out = capsys.readouterr().out
    assert "breaking" in out and "POST vms/{vm:id}/reboot (reboot)" in out
