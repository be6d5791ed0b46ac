"""Shared fixtures: the corpus documents (read from ../shared/corpus, never copied here) and loaded models."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

import rsdlgen

ROOT = Path(__file__).resolve().parent.parent
# The sample projects under fixtures/ have tests of their own, run by the tests that use them as their users do
# (in their folder, with their configuration): never collected as this suite's.
collect_ignore = ["fixtures"]
CORPUS = ROOT.parent / "shared" / "corpus"
OVIRT36 = CORPUS / "ovirt-engine-3.6.13.5"
OVIRT33 = CORPUS / "ovirt-3.3-sdk-java"
# ruff's formatter checking as black formats, with black's settings (rsdlgen's as it generates).
RUFF_FORMAT_CHECK = [sys.executable, "-m", "ruff", "format", "--check", "--isolated", "--no-cache"]
RUFF_FORMAT_CHECK += ["--line-length", "100", "--target-version", "py311"]

# Property tests run a fifth of their examples in the default tier, and all of them with HYPOTHESIS_PROFILE=ci
# (as .ci/run runs the suite). A test names its full count with `examples(n)`; one that names none gets the
# profile's.
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "dev")
settings.register_profile("dev", max_examples=20)
settings.register_profile("ci", max_examples=100)
settings.load_profile(PROFILE)


def mypy(check: str) -> list[str]:
    """`mypy --strict` with a cache of its own per check, which what did not change is not checked again in.
    A check is one test (or one parameter of one), so it runs once per session and no two mypy processes
    write one cache at once, whichever pytest-xdist worker runs it; checks share none, as mypy finds every
    entry written under other options stale (the project's configuration, imports followed silently), so
    two checks sharing a cache would each rewrite it whole."""
    cache = ROOT / ".mypy_cache" / check
    return [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache)]


def examples(full: int) -> int:
    """How many examples a property test runs: `full` in CI, a fifth of it (at least 10) otherwise."""
    return full if PROFILE == "ci" else min(full, max(10, full // 5))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A module runs whole on one pytest-xdist worker (--dist=loadgroup) when its tests share a module-scoped
    fixture, which each worker would build again (a venv, a browser, a served engine, a rendered site). Other
    tests are handed out one by one: the two Schemathesis runs, each bounded in time, run side by side."""
    for item in items:
        # pytest offers no public way to read a test's fixtures' scopes
        fixtures = item._fixtureinfo.name2fixturedefs.values()
        if any(definitions[-1].scope == "module" for definitions in fixtures):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


@pytest.fixture(scope="session")
def model36() -> rsdlgen.Model:
    return rsdlgen.load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd")


@pytest.fixture(scope="session")
def model33() -> rsdlgen.Model:
    return rsdlgen.load(OVIRT33 / "rsdl.xml", OVIRT33 / "api.xsd")


@pytest.fixture(scope="session")
def default_model() -> rsdlgen.Model:
    return rsdlgen.load()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command line."""
    if shutil.which("openssl") is None:
        pytest.fail("the TLS tests need the openssl command")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """rsdlgen's wheel, built from this checkout once per session, or the one $RSDLGEN_WHEEL names (.ci/run
    builds it once for its own checks and the tests)."""
    if given := os.environ.get("RSDLGEN_WHEEL"):
        return Path(given)
    folder = tmp_path_factory.mktemp("dist")
    pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    subprocess.run([*pip, "-w", str(folder), str(ROOT)], check=True, capture_output=True)
    (built,) = folder.glob("rsdlgen-*.whl")
    return built
