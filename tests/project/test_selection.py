"""Selective generation through a project's configuration: oVirt 3.6 with `include = ["vms/**"]` gives every
target the same smaller API (client, mock engine, docs, OpenAPI), and `check` agrees with what it wrote.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

import rsdlgen
from rsdlgen.commands.main import main
from rsdlgen.mock.app import create_app
from rsdlgen.model.selection import Selection, select
from rsdlgen.targets.server.spec import server_spec
from tests.conftest import OVIRT36
from tests.support.asgi import call
from tests.targets.docs.test_links import broken_links

AUTH = [(b"authorization", b"Basic YWRtaW5AaW50ZXJuYWw6YWRtaW4=")]  # admin@internal:admin


def project(folder: Path, extra: str = "") -> Path:
    config = folder / "rsdlgen.toml"
    config.write_text(
        f'rsdl = "{OVIRT36 / "rsdl.xml"}"\nschema = "{OVIRT36 / "api.xsd"}"\n'
        f'include = ["vms/**"]\n{extra}'
    )
    return config


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("vms-only")
    assert main(["generate", "--config", str(project(folder)), "-q"]) == 0
    return folder / "generated"


def test_every_target_holds_only_the_vm_links_and_their_types(generated: Path) -> None:
    types = (generated / "client" / "ovirtsdk3" / "types.py").read_text()
    assert "class VM(" in types and "class NIC(" in types
    assert "class OpenStackImageProvider(" not in types and "class Capabilities(" not in types
    services = (generated / "client" / "ovirtsdk3" / "services.py").read_text()
    assert '_svc.Sub("vms",' in services and '_svc.Sub("hosts",' not in services

    openapi = json.loads((generated / "openapi" / "openapi.json").read_text())
    assert next(iter(openapi["paths"])) == "/"  # the entry point, whatever the selection
    assert all(p.startswith("/vms") for p in list(openapi["paths"])[1:])
    assert [t["name"] for t in openapi["tags"]] == ["api", "vms"]
    assert "OpenStackImageProvider" not in openapi["components"]["schemas"]
    assert "VM" in openapi["components"]["schemas"]

    pages = sorted(p.name for p in (generated / "docs" / "resources").iterdir())
    assert pages and all(p.startswith("vms") for p in pages)
    assert not (generated / "docs" / "types" / "OpenStackImageProvider.html").exists()
    site = {
        p.relative_to(generated / "docs").as_posix(): p.read_text()
        for p in (generated / "docs").rglob("*")
        if p.suffix in (".html", ".js", ".css")
    }
    problems, checked = broken_links(site)
    assert not problems, "\n".join(problems[:20])
    assert checked > 3000


def test_check_agrees_and_a_new_pattern_makes_the_trees_stale(
    generated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(generated.parent / "rsdlgen.toml")
    assert main(["check", "--config", config]) == 0
    capsys.readouterr()
    assert main(["check", "--config", config, "--target", "openapi", "--exclude", "delete"]) == 1
    assert "openapi.json" in capsys.readouterr().out


def test_the_mock_engine_routes_only_the_selected_links(model36: rsdlgen.Model) -> None:
    # (not tests/support's spec_of: it keeps one spec per fingerprint, and a selection keeps the documents')
    app = create_app(server_spec(select(model36, Selection(("vms/**",)))))

    def status(path: str) -> int:
        return asyncio.run(
            call(app, "GET", f"/ovirt-engine/api{path}".encode(), headers=AUTH)
        ).status

    assert status("/vms") == 200
    assert status("/hosts") == 404  # as the engine answers a path it has no resource for
    assert status("/datacenters") == 404


def test_per_target_selection_and_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "rsdlgen.toml"
    config.write_text(
        "[targets.openapi]\n[targets.docs]\n"
        'include = ["vms/**", "hosts"]\nexclude = ["**/permissions/**"]\n'
    )
    assert main(["generate", "--config", str(config), "-q"]) == 0
    paths = json.loads((tmp_path / "generated" / "openapi" / "openapi.json").read_text())["paths"]
    assert (
        "/hosts/{host_id}" in paths
    )  # the project selects everything; the docs' selection is theirs
    pages = {p.name for p in (tmp_path / "generated" / "docs" / "resources").iterdir()}
    assert "hosts.html" in pages and "vms.vm-id.html" in pages and "hosts.host-id.html" not in pages
    assert "vms.vm-id.permissions.html" not in pages

    config.write_text('include = ["vms/**"]\n[targets.docs]\ninclude = ["hosts/**"]\n')
    assert main(["generate", "--config", str(config), "-q"]) == 2
    assert capsys.readouterr().err == (
        f"rsdlgen: {config}:3: error: include pattern 'hosts/**' matches no link of "
        f"{rsdlgen.load().rsdl.file}\n"
    )
    config.write_text('include = "vms"\n')
    assert main(["generate", "--config", str(config), "-q"]) == 2
    assert "include must be a list of patterns" in capsys.readouterr().err


@pytest.mark.e2e  # mypy --strict on a 15,000-line package
def test_the_vms_only_client_passes_mypy_strict(generated: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "ovirtsdk3"],
        cwd=generated / "client",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
