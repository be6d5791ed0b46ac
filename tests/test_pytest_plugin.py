"""The pytest plugin (`rsdlgen.pytest_plugin`, entry point pytest11). This session has it too (rsdlgen is
installed), so its fixtures are used here directly: each test starts from a reset engine (one adds a VM, the
next sees none), over a socket and in process. The sample project tests/fixtures/mock_user uses them as a user
would (https, a seed, its own tool), in a pytest of its own (e2e: a subprocess, as pytester's inline run
would forget the modules first imported inside it)."""

from __future__ import annotations

import asyncio
import shutil
from typing import Any

import httpx
import pytest
from lxml import etree

from rsdlgen.pytest_plugin import MockEngine
from tests.conftest import ROOT

pytest_plugins = ["pytester"]
SAMPLE = ROOT / "tests" / "fixtures" / "mock_user"
VM = "<vm><name>{}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"
XML = {"Content-Type": "application/xml"}


def vms(listing: bytes) -> list[str]:
    return [vm.findtext("name") or "" for vm in etree.fromstring(listing)]


def test_over_a_socket_a_vm_added_is_listed(ovirt_engine: MockEngine) -> None:
    with httpx.Client(
        base_url=ovirt_engine.url, auth=(ovirt_engine.user, ovirt_engine.password)
    ) as http:
        assert http.post("/vms", content=VM.format("web1"), headers=XML).status_code == 202
        assert vms(http.get("/vms").content) == ["web1"]
    assert [r["method"] for r in ovirt_engine.admin.requests()] == ["POST", "GET"]
    assert ovirt_engine.engine.find("vms", "web1") is not None


def test_over_a_socket_the_next_test_sees_none(ovirt_engine: MockEngine) -> None:
    with httpx.Client(
        base_url=ovirt_engine.url, auth=(ovirt_engine.user, ovirt_engine.password)
    ) as http:
        assert vms(http.get("/vms").content) == []
    assert len(ovirt_engine.admin.requests()) == 1 and ovirt_engine.admin.faults() == []


def test_over_a_socket_the_engine_has_the_bounds_of_rsdlgen_serve(ovirt_engine: MockEngine) -> None:
    """Served as `rsdlgen serve` serves it: a header block past `max_header_bytes` is 431 (issue 21.5)."""
    big = {"X-Big": "a" * 16 * ovirt_engine.engine.settings.max_header_bytes}
    with httpx.Client(base_url=ovirt_engine.url) as http:
        assert http.get("/", headers=big).status_code == 431


def in_process(app: Any, method: str, path: str, body: str | None = None) -> httpx.Response:
    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock/ovirt-engine/api",
                                     auth=("admin@internal", "admin")) as http:  # fmt: skip
            return await http.request(method, path, content=body, headers=XML)

    return asyncio.run(send())


def test_in_process_a_vm_added_is_listed(ovirt_engine_app: Any) -> None:
    ovirt_engine_app.state.admin.add_fault("vms", method="GET", status=503, times=1)
    assert in_process(ovirt_engine_app, "POST", "/vms", VM.format("db1")).status_code == 202
    assert in_process(ovirt_engine_app, "GET", "/vms").status_code == 503
    assert vms(in_process(ovirt_engine_app, "GET", "/vms").content) == ["db1"]


def test_in_process_the_next_test_sees_none(ovirt_engine_app: Any) -> None:
    assert vms(in_process(ovirt_engine_app, "GET", "/vms").content) == []
    assert ovirt_engine_app.state.admin.faults() == []


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    shutil.copytree(SAMPLE, pytester.path, dirs_exist_ok=True)
    return pytester


@pytest.mark.e2e
def test_the_sample_project_passes_as_a_user_runs_it(project: pytest.Pytester) -> None:
    """In a pytest of its own: the plugin found through its entry point, nothing passed with -p."""
    result = project.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


@pytest.mark.e2e
def test_a_seed_that_does_not_load_fails_the_fixture_in_one_line(project: pytest.Pytester) -> None:
    (project.path / "seed.xml").write_text("<fixture><hosts><vm/></hosts></fixture>")
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "tests/test_in_process.py")
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(["*rsdlgen_seed: *seed.xml: hosts: <vm> where <host> belongs*"])
