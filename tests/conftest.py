"""Shared fixtures: the corpus documents (read from ../shared/corpus, never copied here) and loaded models."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import rsdlgen

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
OVIRT36 = CORPUS / "ovirt-engine-3.6.13.5"
OVIRT33 = CORPUS / "ovirt-3.3-sdk-java"


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
