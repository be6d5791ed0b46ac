"""Issue 21.11: an XSD element named `locals` shadowed the builtin the constructors called, and every
`types.VM(...)` raised TypeError. Generated code uses no name a document can take: every element of this schema
is named after a builtin of Python (or a name the generated modules import), and the constructor still works.
"""

from __future__ import annotations

import builtins
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import rsdlgen
from rsdlgen.targets import client
from rsdlgen.targets.rendering import write_tree

# every builtin a document can name an element after (keywords and dunder names become other names)
NAMES = sorted(n for n in dir(builtins) if n.islower() and not n.startswith("_"))
NAMES += ["self", "cls", "rt", "abc", "dt", "decimal", "enum", "types", "typing", "annotations"]

RSDL = b"""<?xml version="1.0"?>
<rsdl href="/api?rsdl" rel="rsdl"><version major="3" minor="6"/><links>
<link href="/api/things" rel="add"><request><http_method>POST</http_method>
<body><type>Thing</type></body></request><response><type>Thing</type></response></link>
</links></rsdl>
"""


def schema() -> bytes:
    elements = "".join(f'<xs:element name="{n}" type="xs:string" minOccurs="0"/>' for n in NAMES)
    return (
        '<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        f'<xs:complexType name="Thing"><xs:sequence>{elements}</xs:sequence></xs:complexType>'
        '<xs:element name="thing" type="Thing"/></xs:schema>'
    ).encode()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("shadowing")
    (folder / "rsdl.xml").write_bytes(RSDL)
    (folder / "api.xsd").write_bytes(schema())
    model = rsdlgen.load(folder / "rsdl.xml", folder / "api.xsd")
    write_tree(folder / "out", client.render(model, "shadowing_sdk"))
    return folder / "out"


def test_a_constructor_works_whatever_its_keywords_are_called(generated: Path) -> None:
    sys.path.insert(0, str(generated))
    try:
        sdk = importlib.import_module("shadowing_sdk")
    finally:
        sys.path.remove(str(generated))
    members = {
        m: m for m in dir(sdk.types.Thing) if not m.startswith("_") and m.rstrip("_") in NAMES
    }
    assert len(members) == len(NAMES)
    thing = sdk.types.Thing(**members)
    assert all(getattr(thing, m) == m for m in members)


@pytest.mark.e2e  # mypy over a generated module, tens of seconds
def test_mypy_strict_accepts_it(generated: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "shadowing_sdk/types.py"],
        cwd=generated,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:]
