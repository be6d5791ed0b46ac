"""rsdlgen as a user gets it: the wheel built from this repository, installed into a fresh venv outside the
checkout, runs every command in an SDK project of its own that configures all three targets for oVirt 3.6.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

import rsdlgen
from rsdlgen.project import building
from rsdlgen.project.configuration import configuration
from tests.conftest import OVIRT36, ROOT

pytestmark = pytest.mark.e2e  # a wheel installed in a fresh venv

# The link the mock engine's documents lack (3.6 rsdl.xml declares it once).
DROPPED = ("vms/{vm:id}/reboot", "reboot")


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel of this checkout and its serve extra (dependencies from the package index),
    or the one $RSDLGEN_WHEEL_VENV names (.ci/run makes it, $RSDLGEN_WHEEL[serve] installed, for its checks).
    """
    if given := os.environ.get("RSDLGEN_WHEEL_VENV"):
        return Path(given)
    base = tmp_path_factory.mktemp("install")
    subprocess.run([sys.executable, "-m", "venv", str(base / "venv")], check=True)
    installed = subprocess.run(
        [str(base / "venv" / "bin" / "pip"), "install", "--quiet", f"{wheel}[serve]"],
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr
    return base / "venv"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sdk")
    (folder / "pyproject.toml").write_text(
        "[project]\nname = 'my-ovirt-sdk'\nversion = '1.0'\n\n"
        "[tool.rsdlgen]\n"
        f"rsdl = '{OVIRT36 / 'rsdl.xml'}'\n"
        f"schema = '{OVIRT36 / 'api.xsd'}'\n\n"
        "[tool.rsdlgen.targets.client]\nout = 'src'\npackage = 'my_ovirt.api'\n\n"
        "[tool.rsdlgen.targets.server]\nout = 'mock'\npackage = 'my_ovirt_mock'\n\n"
        "[tool.rsdlgen.targets.docs]\nout = 'docs/api'\noptions = { title = 'My oVirt API' }\n"
    )
    return folder


def rsdlgen_in(venv: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(venv / "bin" / "rsdlgen"), *argv], cwd=cwd, env=env, capture_output=True, text=True
    )


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_installed_package_is_rsdlgen_and_nothing_named_generator(
    venv: Path, tmp_path: Path
) -> None:
    python = str(venv / "bin" / "python")
    found = subprocess.run(
        [python, "-c", "import rsdlgen, sys; print(rsdlgen.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()).is_relative_to(venv)  # not the checkout
    missing = subprocess.run([python, "-c", "import generator"], cwd=tmp_path, capture_output=True)
    assert missing.returncode == 1 and b"No module named 'generator'" in missing.stderr


def test_every_command_on_the_embedded_default(venv: Path, tmp_path: Path) -> None:
    inspected = rsdlgen_in(venv, tmp_path, "inspect")
    assert inspected.returncode == 0, inspected.stderr
    assert "links" in inspected.stdout
    generated = rsdlgen_in(venv, tmp_path, "generate", "-q")
    assert generated.returncode == 0, generated.stderr
    assert sorted(p.name for p in (tmp_path / "generated").iterdir()) == [
        "client",
        "docs",
        "openapi",
        "server",
    ]
    # the same bytes as the checkout's committed generated/
    assert files(tmp_path / "generated") == files(ROOT / "generated")
    assert rsdlgen_in(venv, tmp_path, "check").returncode == 0
    compared = rsdlgen_in(venv, tmp_path, "diff", str(OVIRT36), str(OVIRT36), "--fail-on", "any")
    assert compared.returncode == 0, compared.stderr
    assert rsdlgen_in(venv, tmp_path / "generated", "init", "-q").returncode == 0


def test_generate_writes_exactly_the_configured_trees(venv: Path, project: Path) -> None:
    done = rsdlgen_in(venv, project, "generate")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in project.iterdir()) == ["docs", "mock", "pyproject.toml", "src"]
    config = configuration(project / "pyproject.toml")
    expected = building.render(config.load_model(), config.targets)
    for rendered in expected:
        planned = rendered.tree.planned()
        assert files(rendered.tree.out) == planned, rendered.settings.name
    assert "my_ovirt/api/services.py" in files(project / "src")
    assert "My oVirt API</title>" in (project / "docs" / "api" / "index.html").read_text()


@pytest.fixture
def engine(venv: Path, tmp_path: Path) -> Iterator[str]:
    """`rsdlgen serve` from the venv, on the 3.6 documents less one link; yields the API root."""
    rsdl = etree.parse(str(OVIRT36 / "rsdl.xml"))
    href, rel = DROPPED
    [link] = rsdl.xpath(f'//link[@href="{href}"][@rel="{rel}"]')
    link.getparent().remove(link)
    rsdl.write(str(tmp_path / "rsdl.xml"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    server = subprocess.Popen(
        [str(venv / "bin" / "rsdlgen"), "serve", "--port", str(port)]
        + ["--rsdl", str(tmp_path / "rsdl.xml"), "--schema", str(OVIRT36 / "api.xsd")],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = (
            time.monotonic() + 180
        )  # a loaded machine: reading the 3.6 documents takes seconds
        while True:
            assert server.poll() is None, "rsdlgen serve stopped"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "rsdlgen serve did not start"
                time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/ovirt-engine/api"
    finally:
        server.terminate()
        server.wait(10)


def test_check_then_an_edit_then_a_moved_engine(venv: Path, project: Path, engine: str) -> None:
    assert rsdlgen_in(venv, project, "generate", "-q").returncode == 0
    fresh = rsdlgen_in(venv, project, "check")
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr

    edited = project / "src" / "my_ovirt" / "api" / "errors.py"
    edited.write_text(edited.read_text() + "# edited by hand\n")
    stale = rsdlgen_in(venv, project, "check")
    assert stale.returncode == 1
    assert "  changed  my_ovirt/api/errors.py" in stale.stdout.splitlines()
    assert f"{project / 'src'}: 1 file differs" in stale.stdout

    login = ["--user", "admin@internal", "--password", "admin"]
    moved = rsdlgen_in(venv, project, "check", "--against", engine, *login)
    assert moved.returncode == 1, moved.stderr
    assert "- POST vms/{vm:id}/reboot (reboot)  (BREAKING: " in moved.stdout
    assert "1 changes: 1 breaking, 0 non-breaking" in moved.stdout

    fetched = rsdlgen_in(venv, project, "fetch", engine, "--out", "fetched", *login)
    assert fetched.returncode == 0, fetched.stderr
    again = rsdlgen_in(venv, project, "check", "--against", "fetched")
    assert again.returncode == 1 and "- POST vms/{vm:id}/reboot (reboot)" in again.stdout
    same = rsdlgen.load(project / "fetched" / "rsdl.xml", project / "fetched" / "api.xsd")
    assert same.match("POST", "/ovirt-engine/api/vms/1/reboot") is None


SERVE_IN_PROCESS = """
import asyncio, httpx, rsdlgen.mock, ovirt_mock_engine

async def main():
    transport = httpx.ASGITransport(app=ovirt_mock_engine.create_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        answer = await client.get("/ovirt-engine/api/datacenters", auth=("admin@internal", "admin"))
    print(rsdlgen.mock.__file__)
    print(answer.status_code, b"<name>Default</name>" in answer.content)

asyncio.run(main())
"""


def test_a_generated_server_runs_on_the_installed_runtime(venv: Path, tmp_path: Path) -> None:
    generated = rsdlgen_in(venv, tmp_path, "generate", "--target", "server", "-q")
    assert generated.returncode == 0, generated.stderr
    server = tmp_path / "generated" / "server"
    assert not [
        p.name for p in (server / "ovirt_mock_engine").glob("engine.py")
    ]  # imported, not copied
    ran = subprocess.run(
        [str(venv / "bin" / "python"), "-c", SERVE_IN_PROCESS],
        cwd=server,
        capture_output=True,
        text=True,
    )
    assert ran.returncode == 0, ran.stderr
    runtime, answer = ran.stdout.splitlines()
    assert Path(runtime).is_relative_to(venv)  # rsdlgen.mock from the wheel, not the checkout
    assert answer == "200 True"
