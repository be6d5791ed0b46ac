"""Generate a client package into a temporary directory and import it (once per test session)."""

from __future__ import annotations

import atexit
import functools
import importlib
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import rsdlgen
from rsdlgen.targets import client
from rsdlgen.targets.rendering import write_tree
from tests.conftest import OVIRT36

SOURCES = {
    "default": (None, None),
    "ovirt36": (OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd"),
}


@functools.cache
def output_root() -> Path:
    root = Path(tempfile.mkdtemp(prefix="rsdlgen-client-"))
    atexit.register(shutil.rmtree, root, True)
    return root


@functools.cache
def model(which: str) -> rsdlgen.Model:
    return rsdlgen.load(*SOURCES[which])


@functools.cache
def package(which: str) -> ModuleType:
    """The client generated from `which` ("default" or "ovirt36"), imported as `sdk_<which>`."""
    name = f"sdk_{which}"
    out = output_root() / which  # one write_tree manifest per package
    write_tree(out, client.render(model(which), name))
    sys.path.insert(0, str(out))
    return importlib.import_module(name)


def package_dir(which: str) -> Path:
    package(which)
    return output_root() / which / f"sdk_{which}"
