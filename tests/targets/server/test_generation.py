"""Generating the server: golden files, determinism, the spec's tables, typing and formatting of the package,
user code kept across regeneration, and `rsdlgen serve`."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock import Spec
from rsdlgen.mock.app import create_app
from rsdlgen.targets import server
from rsdlgen.targets.rendering import write_tree
from rsdlgen.targets.server import spec as server_spec
from tests.conftest import ROOT, RUFF_FORMAT_CHECK, mypy
from tests.support.golden import FIXTURE_RSDL, FIXTURE_SCHEMA, assert_golden, fixture_model
from tests.support.mock_servers import build_package


@pytest.fixture(scope="module")
def small() -> rsdlgen.Model:
    """The golden fixture (tests/fixtures/golden/): small, with the templates' edge cases."""
    return fixture_model()


def test_golden_files(small: rsdlgen.Model) -> None:
    files = server.render(small, "small_mock")
    for name in ("__init__.py", "__main__.py", "handlers.py", "spec.py", "spec.json"):
        assert_golden(f"server/{name}", files[f"small_mock/{name}"])
    assert files["small_mock/documents/rsdl.xml"] == FIXTURE_RSDL.read_bytes()
    assert files["small_mock/documents/api.xsd"] == FIXTURE_SCHEMA.read_bytes()
    # what is specific to the documents, and nothing of the runtime: the server imports rsdlgen.mock
    assert sorted(n for n in files if n.endswith(".py")) == [
        f"small_mock/{name}" for name in ("__init__.py", "__main__.py", "handlers.py", "spec.py")
    ]
    assert [p.name for p in (ROOT / "templates").rglob("*.py")] == ["__init__.py"]  # data packages


def test_rendering_is_deterministic(default_model: rsdlgen.Model) -> None:
    assert server.render(default_model, "p") == server.render(rsdlgen.load(), "p")


def test_the_spec_tables_read_back_as_written(tmp_path: Path, small: rsdlgen.Model) -> None:
    spec = server_spec.server_spec(small)
    package = build_package(small, tmp_path, "small_mock")
    for read in (Spec.from_json(spec.to_json(), spec.documents), package.SPEC):
        assert (read.links, read.resources, read.types) == (spec.links, spec.resources, spec.types)
        assert (read.elements, read.capabilities, read.product) == (
            spec.elements,
            spec.capabilities,
            spec.product,
        )
        assert read.documents == {"rsdl.xml": small.rsdl_bytes, "api.xsd": small.schema_bytes}
    (add,) = [link for link in package.SPEC.links if (link.href, link.rel) == ("vms", "add")]
    current, legacy = add.body.overloads
    need_name, need_cluster, nics = current.needs
    assert need_name.path == () and need_name.leaves == ("name",) and not current.deprecated
    assert (need_cluster.path, need_cluster.leaves) == (("cluster",), ("id", "name"))
    assert nics.optional and nics.path == ("nics", "nic") and nics.sets[0][0].leaves == ("name",)
    assert legacy.deprecated and [(n.path, n.leaves) for n in legacy.needs] == [
        ((), ("name",)),
        (("template",), ("id", "name")),
    ]
    assert package.API_ROOT == "/api" and small.fingerprint == package.FINGERPRINT
    vm = package.SPEC.type_of("vm")
    assert vm.attributes == ("id", "href") and [(c.name, c.type) for c in vm.children] == [
        ("name", None),
        ("description", None),
        ("type", None),
        ("status", "Status"),
        ("memory", "Quantity"),
        ("memory_mb", None),
        ("start_time", None),
        ("cluster", "Cluster"),
        ("template", "Template"),
        ("nics", "Nics"),
        ("tag", None),
    ]
    assert [c.name for c in vm.children if c.repeated] == ["tag"] and not vm.text
    assert package.SPEC.types["VMs"].children[0].repeated
    assert package.SPEC.types["Quantity"].text


def test_generated_package_passes_mypy_strict_and_is_formatted(
    tmp_path: Path, default_model: rsdlgen.Model
) -> None:
    """mypy --strict and ruff's formatter in black's style (black itself checks the golden fixture's rendering,
    tests/test_code_quality.py)."""
    write_tree(tmp_path, server.render(default_model, "typed_mock"))
    # The package is checked with the runtime it imports, which is checked as strictly: mypy cannot follow
    # an editable install's import hook, so it reads rsdlgen from its source folder by that name.
    (tmp_path / "path").mkdir()
    (tmp_path / "path" / "rsdlgen").symlink_to(ROOT / "generator")
    mock = tmp_path / "path" / "rsdlgen" / "mock"
    typed = subprocess.run(
        [*mypy("server"), "--follow-imports=silent", "typed_mock", str(mock)],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(tmp_path / "path")},
        capture_output=True,
        text=True,
    )
    assert typed.returncode == 0, typed.stdout
    formatted = subprocess.run(
        [*RUFF_FORMAT_CHECK, "typed_mock"], cwd=tmp_path, capture_output=True, text=True
    )
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_regeneration_keeps_user_code(tmp_path: Path, small: rsdlgen.Model) -> None:
    build_package(small, tmp_path, "small_mock")
    user = tmp_path / "my_handlers.py"
    user.write_text(
        "from small_mock import Call, Handlers, Reply\n\n\n"
        "class Mine(Handlers):\n"
        "    async def vms_list(\n"
        "        self, call: Call, *, search: str | None = None,\n"
        "        case_sensitive: bool | None = None, max: int | None = None,\n"
        "    ) -> Reply:\n"
        "        return Reply(204, headers={'X-Max': str(max)})\n\n"
        "    async def events_list(\n"
        "        self, call: Call, *, search: str | None = None, from_: int | None = None,\n"
        "        max: int | None = None,\n"
        "    ) -> Reply:\n"
        "        return Reply(204, headers={'X-From': repr(from_)})\n"
    )
    package = build_package(small, tmp_path, "small_mock")  # regenerate over it
    assert user.exists()
    sys.path.insert(0, str(tmp_path))
    try:
        sys.modules.pop("my_handlers", None)
        import my_handlers  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(tmp_path))
    transport = httpx.ASGITransport(app=package.create_app(handlers=my_handlers.Mine))

    async def get(path: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as client:
            return await client.get(path, auth=("admin@internal", "admin"))

    response = asyncio.run(get("/api/vms;max=3"))
    assert response.status_code == 204 and response.headers["X-Max"] == "3"
    response = asyncio.run(get("/api/events?from=7"))  # `from` reaches the handler as `from_`
    assert response.status_code == 204 and response.headers["X-From"] == "7"


def wait_for(url: str, auth: tuple[str, str]) -> httpx.Response:
    deadline = time.monotonic() + 20
    while True:
        try:
            return httpx.get(url, auth=auth)
        except httpx.ConnectError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_serve_prints_url_and_credentials(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    command = [
        sys.executable,
        "-m",
        "rsdlgen",
        "serve",
        "--port",
        str(port),
        "--user",
        "me@lab",
        "--password",
        "pw",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split(": ", 1)[1].strip()
        assert url == f"http://127.0.0.1:{port}/ovirt-engine/api"
        assert process.stdout.readline().strip() == "credentials: me@lab / pw"
        response = wait_for(url + "/datacenters", ("me@lab", "pw"))
        assert response.status_code == 200 and b"Default" in response.content
        assert httpx.get(url, auth=("admin@internal", "admin")).status_code == 401
    finally:
        process.terminate()
        process.wait(10)


def test_entry_point_links_everything_under_the_root(small: rsdlgen.Model) -> None:
    transport = httpx.ASGITransport(app=create_app(server_spec.server_spec(small)))

    async def entry_point() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as client:
            return await client.get("/api", auth=("admin@internal", "admin"))

    response = asyncio.run(entry_point())
    assert response.status_code == 200
    rels = etree.fromstring(response.content).xpath("/api/link/@rel")
    top = [r.href for r in small.children(small.resource(""))]
    assert top == ["capabilities", "events", "vms"]  # capabilities: a read-only resource
    assert [r for r in rels if "/" not in r] == top
    assert "vms/search" in rels


def test_collections_advertise_their_actions(small: rsdlgen.Model) -> None:
    transport = httpx.ASGITransport(app=create_app(server_spec.server_spec(small)))

    async def events() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as client:
            return await client.get("/api/events", auth=("admin@internal", "admin"))

    listing = etree.fromstring(asyncio.run(events()).content)
    assert listing[0].tag == "actions"
    assert [(a.get("rel"), a.get("href")) for a in listing[0]] == [
        ("undelete", "/api/events/undelete")
    ]


def test_vm_pool_bodies_are_checked_below_vmpool(model36: rsdlgen.Model) -> None:
    """oVirt 3.6 names the pool's parameters `vm_pool.…` while the body is `<vmpool>` (XSD element)."""
    spec = server_spec.server_spec(model36)
    add = next(s for s in spec.links if s.href == "vmpools" and s.rel == "add")
    assert add.body is not None and add.body.element == "vmpool"
    needs = {(n.path, n.leaves) for n in add.body.overloads[0].needs}
    assert needs == {
        ((), ("name",)),
        (("cluster",), ("id", "name")),
        (("template",), ("id", "name")),
    }
