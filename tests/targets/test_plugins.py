"""Targets from other packages: the sample third-party target of tests/fixtures/sample_target (a Postman
collection) is found through the entry-point group `rsdlgen.targets` and is generated, configured, checked and
built through the hatchling hook like a built-in target."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import rsdlgen
from rsdlgen.commands.main import main
from rsdlgen.targets import GROUP, Target, builtin, targets
from tests.conftest import OVIRT36, ROOT

SAMPLE = ROOT / "tests" / "fixtures" / "sample_target"


def entry(name: str, value: str) -> importlib.metadata.EntryPoint:
    return importlib.metadata.EntryPoint(name=name, value=value, group=GROUP)


@pytest.fixture
def declared(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[importlib.metadata.EntryPoint]]:
    """The entry points the installed packages declare, as the test sets them (the sample target's source on
    the path); the registry is read afresh before and after."""
    found: list[importlib.metadata.EntryPoint] = []
    monkeypatch.syspath_prepend(str(SAMPLE / "src"))
    monkeypatch.setattr(
        importlib.metadata,
        "entry_points",
        lambda group: [e for e in found if e.group == group],
    )
    targets.cache_clear()
    yield found
    targets.cache_clear()


def test_the_builtin_targets_satisfy_the_protocol() -> None:
    # (mypy checks the same statically: BUILTIN in project/building.py)
    assert sorted(builtin()) == ["client", "docs", "openapi", "server"]
    assert all(isinstance(target, Target) for target in builtin().values())


def test_a_declared_target_is_generated_configured_and_checked(
    declared: list[importlib.metadata.EntryPoint],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    declared.append(entry("postman", "rsdlgen_postman"))
    assert isinstance(targets()["postman"], Target)
    out = tmp_path / "postman"
    assert main(["generate", "--target", "postman", "--out", str(out)]) == 0
    assert f"postman: 3 files in {out} (3 changed)" in capsys.readouterr().out
    collection = json.loads((out / "ovirt_postman" / "collection.json").read_text())
    model = rsdlgen.load()
    assert len(collection["item"]) == len(model.links)
    start = next(i for i in collection["item"] if i["name"] == "vms.vm-id.start")
    assert start["request"]["method"] == "POST"
    assert start["request"]["url"]["raw"] == "{{base}}/vms/{{vm_id}}/start"
    assert main(["check", "--target", "postman", "--generated", str(out)]) == 0
    (out / "ovirt_postman" / "collection.json").write_text("{}")
    assert main(["check", "--target", "postman", "--generated", str(out)]) == 1
    assert "changed  ovirt_postman/collection.json" in capsys.readouterr().out

    # its options and package come from the configuration, and the selection applies to it as to every target
    config = tmp_path / "rsdlgen.toml"
    config.write_text(
        'include = ["vms/**"]\n[targets.postman]\nout = "pm"\npackage = "mysdk.postman"\n'
        'options = { name = "VMs only" }\n'
    )
    assert main(["generate", "--config", str(config), "-q"]) == 0
    collection = json.loads((tmp_path / "pm" / "mysdk" / "postman" / "collection.json").read_text())
    assert collection["info"]["name"] == "VMs only"
    assert collection["item"] and all(
        i["request"]["url"]["path"][0] == "vms" for i in collection["item"]
    )
    config.write_text("[targets.postman]\noptions = { colour = true }\n")
    assert main(["generate", "--config", str(config), "-q"]) == 2
    assert "unknown setting targets.postman.options.colour (known: name)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("postman", "no_such_module", "cannot load no_such_module: ModuleNotFoundError"),
        ("broken", "json", "json is no rsdlgen target: it lacks NAME, DEFAULT_PACKAGE"),
        (
            "client",
            "rsdlgen_postman",
            "the entry point's name differs from the target's NAME 'postman'",
        ),
    ],
)
def test_a_broken_plugin_is_one_line_naming_it(
    declared: list[importlib.metadata.EntryPoint],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    value: str,
    message: str,
) -> None:
    declared.append(entry(name, value))
    assert main(["generate", "--out", str(tmp_path), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"rsdlgen: entry point {GROUP}:{name} ({value}): error: {message}")
    assert err.count("\n") == 1


def test_a_plugin_cannot_take_a_builtin_name(
    declared: list[importlib.metadata.EntryPoint], monkeypatch: pytest.MonkeyPatch
) -> None:
    import rsdlgen_postman

    monkeypatch.setattr(rsdlgen_postman, "NAME", "docs")
    declared.append(entry("docs", "rsdlgen_postman"))
    with pytest.raises(rsdlgen.InputError, match="a target named 'docs' exists already"):
        targets()


# --- installed as a package, built through the hook (pip: slow) --------------------------------------------


def pip(*args: str, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", *args, "--no-deps", "--no-build-isolation", "--quiet"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]


SDK_PROJECT = """
[build-system]
requires = ["hatchling", "rsdlgen", "rsdlgen-postman"]
build-backend = "hatchling.build"

[project]
name = "ovirt-postman-sdk"
version = "0.1.0"

[tool.hatch.build.targets.wheel]
packages = ["src/ovirt_sdk"]

[tool.hatch.build.targets.wheel.hooks.rsdlgen]
targets = ["client", "postman"]

[tool.rsdlgen]
rsdl = "{rsdl}"
schema = "{schema}"
include = ["vms/**"]

[tool.rsdlgen.targets.client]
package = "ovirt_sdk.api"

[tool.rsdlgen.targets.postman]
package = "ovirt_sdk.postman"
options = {{ name = "oVirt VMs" }}
"""


@pytest.mark.e2e  # pip installs and a build (issue 20's tier)
def test_the_installed_sample_target_generates_checks_and_builds_through_the_hook(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    pip("install", "--target", str(site), str(SAMPLE))
    assert (site / "rsdlgen_postman" / "__init__.py").exists()
    env = {**os.environ, "PYTHONPATH": str(site)}

    def rsdlgen_cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "rsdlgen", *args], capture_output=True, text=True, env=env
        )

    help_text = rsdlgen_cli("generate", "--help").stdout
    assert "postman" in help_text.split("--target")[1].split("}")[0]
    out = tmp_path / "out"
    made = rsdlgen_cli("generate", "--target", "postman", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert rsdlgen_cli("check", "--target", "postman", "--generated", str(out)).returncode == 0
    # a second run is stamped: nothing to do, and the plugin's code is part of the stamp
    assert "(0 changed)" in rsdlgen_cli("generate", "--target", "postman", "--out", str(out)).stdout

    project = tmp_path / "sdk"
    (project / "src" / "ovirt_sdk").mkdir(parents=True)
    (project / "src" / "ovirt_sdk" / "__init__.py").write_text('"""An SDK."""\n')
    (project / "pyproject.toml").write_text(
        SDK_PROJECT.format(rsdl=OVIRT36 / "rsdl.xml", schema=OVIRT36 / "api.xsd")
    )
    pip("wheel", "-w", str(tmp_path / "dist"), str(project), env=env)
    (wheel,) = (tmp_path / "dist").glob("ovirt_postman_sdk-0.1.0-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"ovirt_sdk/postman/__init__.py", "ovirt_sdk/postman/collection.json"} <= names
    assert "ovirt_sdk/api/services.py" in names
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(wheel).extractall(unpacked)
    read = subprocess.run(
        [sys.executable, "-c", "import ovirt_sdk.postman as p; c = p.collection(); "
         "print(p.NAME, p.OPERATIONS, len(c['item']))"],
        cwd=unpacked, capture_output=True, text=True,
    )  # fmt: skip
    assert read.stdout.split() == ["oVirt", "VMs", "103", "103"], read.stderr
