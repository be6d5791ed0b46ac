"""The generated package is typed (mypy --strict), formatted, deterministic and carries its fingerprint.

`black --check` runs on the golden fixture's rendering (tests/test_code_quality.py), which reaches every
template's edge; here ruff's formatter checks the large packages, in a hundredth of black's time."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from rsdlgen.targets import client
from rsdlgen.targets.rendering import write_tree
from tests.conftest import ROOT, RUFF_FORMAT_CHECK, mypy
from tests.support.client_packages import model, package, package_dir


def readme_examples(package: str) -> list[str]:
    """The Python blocks of the README's client section, importing `package` instead of `ovirtsdk3`."""
    text = (ROOT / "README.md").read_text()
    section = text[text.index("## Client bindings") : text.index("## Mock engine")]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    return [block.replace("import ovirtsdk3 as", f"import {package} as") for block in blocks]


@pytest.mark.parametrize("which", ["default", "ovirt36"])
def test_mypy_strict_passes(which: str) -> None:
    """On the whole package, both halves; for the default, on the README's examples as written, too."""
    where = package_dir(which)
    examples = []
    if which == "default":
        for number, example in enumerate(readme_examples(where.name)):
            examples.append(f"readme_example_{number}.py")
            (where.parent / examples[-1]).write_text(example)
        assert len(examples) == 2 and "AsyncAPI" in (where.parent / examples[1]).read_text()
    result = subprocess.run(
        [*mypy(f"client-{which}"), where.name, *examples],
        cwd=where.parent,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert (where / "async_services.py").exists()


@pytest.mark.parametrize("which", ["default", "ovirt36"])
def test_formatted(which: str) -> None:
    result = subprocess.run(
        [*RUFF_FORMAT_CHECK, str(package_dir(which))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_fingerprint_api_root_and_py_typed() -> None:
    sdk = package("default")
    assert model("default").fingerprint == sdk.FINGERPRINT
    assert sdk.API_ROOT == "/ovirt-engine/api"
    assert (package_dir("default") / "py.typed").exists()


def test_rerendering_is_byte_identical_and_changes_nothing(tmp_path) -> None:
    first = client.render(model("default"), "again")
    assert write_tree(tmp_path, first)
    second = client.render(model("default"), "again")
    assert first == second
    assert write_tree(tmp_path, second) == []


def test_cli_generates_the_package(tmp_path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rsdlgen",
            "generate",
            "--target",
            "client",
            "--out",
            str(tmp_path),
            "--package",
            "mysdk",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "mysdk" / "__init__.py").exists()
    probe = "import mysdk; print(len(mysdk.types.VM.__mro__) > 1, mysdk.API_ROOT)"
    ran = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True
    )
    assert ran.stdout.split() == ["True", "/ovirt-engine/api"], ran.stderr
