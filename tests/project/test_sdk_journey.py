"""The README's "Use it in your SDK project", run as it is printed: in a fresh venv with rsdlgen's wheel (no
extra), against `rsdlgen serve` on the oVirt 3.6 documents as the engine. The project's own package holds the
generated client, committed; its wheel is built with the hook, installed, then installed editable, and the
README's Python block uses the client after each install (issue 22, "Must show")."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from email.parser import HeaderParser
from pathlib import Path

import pytest

from tests.conftest import OVIRT36, ROOT

pytestmark = pytest.mark.e2e

PASSWORD = "journey-pa55"
EDITABLE = "pip install --no-build-isolation -e ."


def readme_blocks() -> tuple[str, str]:
    """The section's shell and Python blocks."""
    text = (ROOT / "README.md").read_text()
    section = text[
        text.index("## Use it in your SDK project\n") : text.index("**Configuration** —")
    ]
    (shell,) = re.findall(r"^```sh\n(.*?)^```$", section, re.S | re.M)
    (python,) = re.findall(r"^```python\n(.*?)^```$", section, re.S | re.M)
    return shell, python


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """A fresh venv holding rsdlgen's wheel, without the serve extra, as `pip install rsdlgen` gives it."""
    folder = tmp_path_factory.mktemp("journey") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    installed = subprocess.run(
        [str(folder / "bin" / "pip"), "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr
    return folder


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """`rsdlgen serve --tls` on the 3.6 documents (from this checkout's environment): its URL and CA file."""
    process = subprocess.Popen(
        [sys.executable, "-m", "rsdlgen", "serve", "--tls", "--port", "0", "--quiet"]
        + ["--password", PASSWORD, "--rsdl", str(OVIRT36 / "rsdl.xml")]
        + ["--schema", str(OVIRT36 / "api.xsd")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    url = process.stdout.readline().split()[-1]
    ca = process.stdout.readline().split()[-1]
    try:
        yield url, ca
    finally:
        process.terminate()
        process.wait(20)


def test_the_readme_sdk_project_end_to_end(
    venv: Path, engine: tuple[str, str], tmp_path: Path
) -> None:
    shell, python = readme_blocks()
    before_editable, editable = shell.split(EDITABLE)
    url, ca = engine
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        PATH=f"{venv / 'bin'}:{env['PATH']}",
        ENGINE=url,
        ENGINE_CA=ca,
        RSDLGEN_PASSWORD=PASSWORD,
        RSDLGEN_CACHE_DIR=str(tmp_path / "cache"),
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.com",
    )
    project = tmp_path / "myovirt"

    def sh(script: str, cwd: Path) -> str:
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def use_the_client() -> str:
        # From outside the project, as its users import it.
        used = subprocess.run(
            [str(venv / "bin" / "python"), "-c", python + "print(myovirt.__file__)"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
        )
        assert used.returncode == 0, used.stderr
        printed, where = used.stdout.splitlines()
        assert printed == "['Default']"
        return where

    out = sh(before_editable, tmp_path)
    assert "up to date with api/rsdl.xml (client 11 files)" in out  # rsdlgen check, exit 0
    (wheel,) = (project / "dist").glob("myovirt-0.1.0-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert len(names) == len(set(names))
    assert {"myovirt/__init__.py", "myovirt/api/__init__.py", "myovirt/api/services.py"} <= set(
        names
    )
    (metadata,) = (n for n in names if n.endswith("METADATA"))
    header = HeaderParser().parsestr(zipfile.ZipFile(wheel).read(metadata).decode())
    assert sorted(header.get_all("Requires-Dist") or []) == ["httpx>=0.27", "lxml>=5.0"]
    assert Path(use_the_client()).is_relative_to(venv)  # the wheel's copy

    sh(EDITABLE + editable, project)
    assert Path(use_the_client()) == project / "src" / "myovirt" / "__init__.py"
    assert sh("git status --porcelain -- src api pyproject.toml", project) == ""
    checked = subprocess.run(
        ["rsdlgen", "check"], cwd=project, env=env, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # Item 17: no web-server stack came with `pip install rsdlgen`; serve says which extra brings it.
    served = subprocess.run(
        ["rsdlgen", "serve"], cwd=project, env=env, capture_output=True, text=True
    )
    assert served.returncode == 1 and served.stderr.startswith("rsdlgen serve: error: ")
    assert served.stderr.endswith("pip install 'rsdlgen[serve]'\n")
    assert "uvicorn" not in sh("pip list --format=freeze", project).lower()
