"""Generating the server: golden files, determinism, typing and formatting of the package, user code kept
across regeneration, and `rsdlgen serve`."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import generator
from generator import server_spec
from generator.rendering import write_tree
from generator.server_harness import build_package
from generator.targets import server

from .conftest import ROOT
from .golden import assert_golden

RSDL = """<?xml version="1.0" encoding="UTF-8"?>
<rsdl href="/api?rsdl" rel="rsdl">
  <version major="3" minor="1"/>
  <links>
    <link href="/api/vms" rel="get">
      <description>list the "virtual" machines</description>
      <request><http_method>GET</http_method>
        <url><parameters_set>
          <parameter context="query" type="xs:string" required="false"><name>search</name><value>search query</value></parameter>
          <parameter context="matrix" type="xs:int" required="false"><name>max</name><value>max results</value></parameter>
        </parameters_set></url>
      </request>
      <response><type>VMs</type></response>
    </link>
    <link href="/api/vms" rel="add">
      <request><http_method>POST</http_method>
        <headers><header required="true"><name>Content-Type</name><value>application/xml</value></header>
          <header required="false"><name>Expect</name><value>201-created</value></header></headers>
        <body required="true"><type>VM</type>
          <parameters_set>
            <parameter required="true" type="xs:string"><name>vm.name</name></parameter>
            <parameter required="true" type="xs:string"><name>vm.cluster.id|name</name></parameter>
            <parameter required="false" type="collection"><name>vm.nics.nic</name>
              <parameters_set><parameter required="true" type="xs:string"><name>nic.name</name></parameter></parameters_set>
            </parameter>
          </parameters_set>
        </body>
      </request>
      <response><type>VM</type></response>
    </link>
    <link href="/api/vms/{vm:id}" rel="get">
      <request><http_method>GET</http_method></request><response><type>VM</type></response>
    </link>
    <link href="/api/vms/{vm:id}" rel="update">
      <request><http_method>PUT</http_method>
        <body required="true"><type>VM</type>
          <parameters_set><parameter required="false" type="xs:string"><name>vm.name</name></parameter></parameters_set>
        </body>
      </request>
      <response><type>VM</type></response>
    </link>
    <link href="/api/vms/{vm:id}/start" rel="start">
      <request><http_method>POST</http_method>
        <body required="true"><type>Action</type>
          <parameters_set><parameter required="false" type="xs:boolean"><name>action.async</name></parameter></parameters_set>
        </body>
      </request>
      <response><type>Action</type></response>
    </link>
  </links>
</rsdl>
"""

XSD = """<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="vm" type="VM"/>
  <xs:element name="vms" type="VMs"/>
  <xs:element name="action" type="Action"/>
  <xs:complexType name="VM"><xs:sequence>
    <xs:element name="name" type="xs:string" minOccurs="0"/>
    <xs:element name="cluster" type="Cluster" minOccurs="0"/>
  </xs:sequence><xs:attribute name="id" type="xs:string"/></xs:complexType>
  <xs:complexType name="Cluster"><xs:sequence>
    <xs:element name="name" type="xs:string" minOccurs="0"/>
  </xs:sequence></xs:complexType>
  <xs:complexType name="VMs"><xs:sequence>
    <xs:element ref="vm" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType>
  <xs:complexType name="Action"><xs:sequence>
    <xs:element name="async" type="xs:boolean" minOccurs="0"/>
  </xs:sequence></xs:complexType>
</xs:schema>
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> generator.Model:
    folder = tmp_path_factory.mktemp("documents")
    (folder / "rsdl.xml").write_text(RSDL)
    (folder / "api.xsd").write_text(XSD)
    return generator.load(folder / "rsdl.xml", folder / "api.xsd")


def test_golden_files(small: generator.Model) -> None:
    files = server.render(small, "small_mock")
    for name in ("__init__.py", "__main__.py", "handlers.py", "spec.json"):
        assert_golden(f"server/{name}", files[f"small_mock/{name}"])
    assert files["small_mock/documents/rsdl.xml"] == RSDL.encode()
    assert files["small_mock/documents/api.xsd"] == XSD.encode()
    runtime = sorted(p.name for p in server.RUNTIME.glob("*.py"))
    assert sorted(
        n.split("/")[1] for n in files if n.count("/") == 1 and n.endswith(".py")
    ) == sorted({*runtime, "__init__.py", "__main__.py", "handlers.py"})


def test_rendering_is_deterministic(default_model: generator.Model) -> None:
    assert server.render(default_model, "p") == server.render(generator.load(), "p")


def test_spec_tables_match_the_runtime_dataclasses(tmp_path: Path, small: generator.Model) -> None:
    package = build_package(small, tmp_path, "small_mock")
    for ours in (
        server_spec.Need,
        server_spec.Overload,
        server_spec.BodySpec,
        server_spec.UrlParam,
        server_spec.LinkSpec,
        server_spec.ResourceSpec,
        server_spec.ChildSpec,
        server_spec.TypeSpec,
    ):
        theirs = getattr(package.metadata, ours.__name__)
        assert [f.name for f in dataclasses.fields(ours)] == [
            f.name for f in dataclasses.fields(theirs)
        ]
    (add,) = [link for link in package.spec.LINKS if link.rel == "add"]
    need_name, need_cluster, nics = add.body.overloads[0].needs
    assert (need_cluster.path, need_cluster.leaves) == (("cluster",), ("id", "name"))
    assert nics.optional and nics.path == ("nics", "nic") and nics.sets[0][0].leaves == ("name",)
    assert package.API_ROOT == "/api" and package.FINGERPRINT == small.fingerprint
    vm = package.spec.TYPES[package.spec.ELEMENTS["vm"]]
    assert vm.attributes == ("id",) and [(c.name, c.type) for c in vm.children] == [
        ("name", None),
        ("cluster", "Cluster"),
    ]
    assert package.spec.TYPES["VMs"].children[0].repeated


def test_generated_package_passes_mypy_strict_and_black(
    tmp_path: Path, default_model: generator.Model
) -> None:
    write_tree(tmp_path, server.render(default_model, "typed_mock"))
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "typed_mock"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout
    black = subprocess.run(
        [sys.executable, "-m", "black", "--check", "-l", "100", "typed_mock"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert black.returncode == 0, black.stderr


def test_regeneration_keeps_user_code(tmp_path: Path, small: generator.Model) -> None:
    build_package(small, tmp_path, "small_mock")
    user = tmp_path / "my_handlers.py"
    user.write_text(
        "from small_mock import Call, Handlers, Reply\n\n\n"
        "class Mine(Handlers):\n"
        "    async def vms_list(self, call: Call, *, search: str | None = None, max: int | None = None) -> Reply:\n"
        "        return Reply(204, headers={'X-Max': str(max)})\n"
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

    async def list_vms() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as client:
            return await client.get("/api/vms;max=3", auth=("admin@internal", "admin"))

    response = asyncio.run(list_vms())
    assert response.status_code == 204 and response.headers["X-Max"] == "3"


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
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "generator",
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
