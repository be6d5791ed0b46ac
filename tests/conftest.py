"""Shared fixtures: the corpus documents (read from ../shared/corpus, never copied here) and loaded models."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
OVIRT36 = CORPUS / "ovirt-engine-3.6.13.5"
OVIRT33 = CORPUS / "ovirt-3.3-sdk-java"


@pytest.fixture(scope="session")
def model36() -> generator.Model:
    return generator.load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd")


@pytest.fixture(scope="session")
def model33() -> generator.Model:
    return generator.load(OVIRT33 / "rsdl.xml", OVIRT33 / "api.xsd")


@pytest.fixture(scope="session")
def default_model() -> generator.Model:
    return generator.load()
