"""The generated server's HTTP behaviour (default documents), over loopback: validation, faults, auth,
sessions, search, asynchronous requests and the served documents."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from lxml import etree

import generator
from generator.server_harness import build_package, loopback

ROOT = "/ovirt-engine/api"
AUTH = ("admin@internal", "admin")
XML = {"Content-Type": "application/xml"}
BLANK = "00000000-0000-0000-0000-000000000000"


@pytest.fixture(scope="module")
def model() -> generator.Model:
    return generator.load()


@pytest.fixture(scope="module")
def package(model: generator.Model, tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_package(model, tmp_path_factory.mktemp("server"), "http_mock")


def serve(package: ModuleType, **settings: Any) -> Iterator[httpx.Client]:
    app = package.create_app(package.Settings(**settings))
    with loopback(app) as url, httpx.Client(base_url=url + ROOT, auth=AUTH, timeout=10) as client:
        yield client


@pytest.fixture
def client(package: ModuleType) -> Iterator[httpx.Client]:
    yield from serve(package)


def fault(response: httpx.Response, status: int) -> tuple[str, str]:
    assert response.status_code == status, response.text
    root = etree.fromstring(response.content)
    assert root.tag == "fault"
    return root.findtext("reason") or "", root.findtext("detail") or ""


def ok(response: httpx.Response, status: int = 200) -> etree._Element:
    assert response.status_code == status, response.text
    return etree.fromstring(response.content)


def add_vm(client: httpx.Client, name: str, **headers: str) -> httpx.Response:
    body = f"<vm><name>{name}</name><cluster><name>Default</name></cluster><template id='{BLANK}'/></vm>"
    return client.post("/vms", content=body, headers={**XML, **headers})


def test_unknown_paths_and_methods(client: httpx.Client) -> None:
    assert fault(client.get("/nothing/here"), 404)[0] == "Not Found"
    assert fault(client.get("/../../etc/passwd"), 404)[0] == "Not Found"
    response = client.put("/vms", content="<vms/>", headers=XML)
    fault(response, 405)
    assert response.headers["Allow"] == "GET, HEAD, POST"
    assert fault(client.delete(""), 405)[0] == "Method Not Allowed"
    head = client.head("")
    assert head.status_code == 200 and head.content == b""


def test_bodies_that_cannot_be_read(package: ModuleType) -> None:
    for client in serve(package, max_body_bytes=2048):
        assert (
            fault(client.post("/vms", content="<vm><name>x", headers=XML), 400)[0]
            == "Malformed XML"
        )
        bomb = '<!DOCTYPE vm [<!ENTITY a "aaaa">]><vm><name>&a;</name></vm>'
        assert "entity" in fault(client.post("/vms", content=bomb, headers=XML), 400)[1]
        huge = "<vm><name>" + "x" * 4096 + "</name></vm>"
        fault(client.post("/vms", content=huge, headers=XML), 413)
        chunks = iter([b"<vm><name>", b"y" * 4096, b"</name></vm>"])  # no Content-Length
        fault(client.post("/vms", content=chunks, headers=XML), 413)
        json = client.post(
            "/vms", content='{"vm": {}}', headers={"Content-Type": "application/json"}
        )
        assert fault(json, 415)[0] == "Unsupported Media Type"
        wrong = client.post("/vms", content="<host><name>h</name></host>", headers=XML)
        assert fault(wrong, 400) == ("Wrong body type", "expected <vm> (VM), got <host>")
        assert fault(client.post("/vms/x/start", headers=XML), 400)[0] == "Request body required"
        assert "max" in fault(client.get("/vms;max=many"), 400)[1]


def test_mandatory_parameters_with_alternatives_and_collections(client: httpx.Client) -> None:
    nfs = (
        "<storage_domain><name>d</name><type>data</type><storage><type>nfs</type>"
        "<address>a</address><path>/p</path></storage>{host}</storage_domain>"
    )
    reason, detail = fault(
        client.post("/storagedomains", content=nfs.format(host=""), headers=XML), 400
    )
    assert reason == "Incomplete parameters"
    assert detail == "StorageDomain [storagedomain.host.id|name] required for add"
    by_id = nfs.format(host="<host id='h1'/>")
    ok(client.post("/storagedomains", content=by_id, headers=XML), 201)
    # A mandatory collection: a direct LUN disk needs logical units, each with an id.
    vm = ok(add_vm(client, "lun", Expect="201-created"), 201).get("id")
    lun = "<disk><interface>virtio</interface><lun_storage><type>iscsi</type>{units}</lun_storage></disk>"
    detail = fault(client.post(f"/vms/{vm}/disks", content=lun.format(units=""), headers=XML), 400)[
        1
    ]
    assert detail == "Disk [disk.lun_storage.logical_unit] required for add"
    units = "<logical_unit><address>10.0.0.1</address></logical_unit>"
    detail = fault(
        client.post(f"/vms/{vm}/disks", content=lun.format(units=units), headers=XML), 400
    )[1]
    assert detail == "Disk [disk.lun_storage.logical_unit.id] required for add"
    units = "<logical_unit id='lun0'/><logical_unit id='lun1'/>"
    ok(client.post(f"/vms/{vm}/disks", content=lun.format(units=units), headers=XML), 202)
    # An optional collection whose items need a field: each storage domain of a disk needs an id or name.
    disk = (
        "<disk><provisioned_size>1</provisioned_size><interface>ide</interface><format>raw</format>"
        "<storage_domains><storage_domain>{domain}</storage_domain></storage_domains></disk>"
    )
    refused = client.post(f"/vms/{vm}/disks", content=disk.format(domain=""), headers=XML)
    assert fault(refused, 400)[1] == (
        "Disk [disk.storage_domains.storage_domain.id|name] required for add"
    )
    named = disk.format(domain="<name>data1</name>")
    ok(client.post(f"/vms/{vm}/disks", content=named, headers=XML), 202)


def test_deprecated_overloads_are_accepted_only_when_configured(package: ModuleType) -> None:
    # The RSDL keeps the legacy `disk.size` signature of a VM's disks, marked deprecated.
    disk = "<disk><size>1024</size><interface>virtio</interface><format>cow</format></disk>"
    for strict in serve(package):
        vm = ok(add_vm(strict, "v", Expect="201-created"), 201).get("id")
        detail = fault(strict.post(f"/vms/{vm}/disks", content=disk, headers=XML), 400)[1]
        assert detail == "Disk [disk.provisioned_size] required for add"
    for lenient in serve(package, accept_deprecated=True):
        vm = ok(add_vm(lenient, "v", Expect="201-created"), 201).get("id")
        ok(lenient.post(f"/vms/{vm}/disks", content=disk, headers=XML), 202)


def test_updates_and_immutable_fields(client: httpx.Client) -> None:
    vm = ok(add_vm(client, "vm1", Expect="201-created"), 201)
    href = f"/vms/{vm.get('id')}"
    renamed = ok(client.put(href, content="<vm><name>vm2</name></vm>", headers=XML))
    assert renamed.findtext("name") == "vm2" and renamed.findtext("status/state") == "down"
    # Sending back the whole representation unchanged is allowed.
    ok(client.put(href, content=etree.tostring(renamed), headers=XML))
    other_id = client.put(href, content="<vm id='other'><name>x</name></vm>", headers=XML)
    assert fault(other_id, 409) == (
        "Broken immutability constraint",
        "Attempt to set immutable field: id",
    )
    state = client.put(href, content="<vm><status><state>up</state></status></vm>", headers=XML)
    assert fault(state, 409)[1] == "Attempt to set immutable field: status.state"
    assert ok(client.get(href)).findtext("name") == "vm2"


def test_delete_and_missing_parents(client: httpx.Client) -> None:
    vm = ok(add_vm(client, "gone", Expect="201-created"), 201)
    href = f"/vms/{vm.get('id')}"
    ok(
        client.post(
            f"{href}/nics",
            content="<nic><name>nic1</name><network><name>ovirtmgmt</name></network></nic>",
            headers=XML,
        ),
        201,
    )
    assert client.delete(href).status_code == 200
    fault(client.get(href), 404)
    fault(client.get(f"{href}/nics"), 404)
    fault(client.delete(href), 404)
    descriptions = [e.findtext("description") for e in ok(client.get("/events"))]
    assert descriptions[:2] == [
        "vm gone was removed by admin.",
        "nic nic1 in vms/" + vm.get("id") + " was added by admin.",
    ]


def test_search_max_and_pages(client: httpx.Client) -> None:
    for name in ("vm1", "vm2", "vma", "web", "vr1"):
        ok(add_vm(client, name), 202)

    def names(url: str, **params: str) -> list[str]:
        return [e.findtext("name") or "" for e in ok(client.get(url, params=params))]

    assert names("/vms", search="name=vm*") == ["vm1", "vm2", "vma"]
    assert names("/vms", search="name=v*1") == ["vm1", "vr1"]
    assert names("/vms", search="name=VM*") == []
    assert names("/vms;case_sensitive=false", search="name=VM*") == ["vm1", "vm2", "vma"]
    assert names("/vms", search="name=v* sortby name desc") == ["vr1", "vma", "vm2", "vm1"]
    assert names("/vms", search="status=down and name!=vm* sortby name asc") == ["vr1", "web"]
    assert names("/vms;max=2") == ["vm1", "vm2"]
    assert names("/vms", search="sortby name page 1") == ["vm1", "vm2", "vma", "vr1", "web"]
    assert names("/vms", search="sortby name page 2") == []
    assert (
        fault(client.get("/vms", params={"search": "name ~ x"}), 400)[0] == "Invalid search query"
    )


def test_small_pages(package: ModuleType) -> None:
    for client in serve(package, page_size=2):
        for name in ("a", "b", "c"):
            ok(add_vm(client, name), 202)
        page = ok(client.get("/vms", params={"search": "sortby name page 2"}))
        assert [e.findtext("name") for e in page] == ["c"]


def test_asynchronous_creation_and_actions(client: httpx.Client) -> None:
    created = add_vm(client, "v", **{"X-Ovirt-Expect": "201-created"})
    assert created.status_code == 201 and created.headers["Location"].endswith(
        ok(created, 201).get("id")
    )
    pending = ok(add_vm(client, "w"), 202)
    link = pending.find("link[@rel='creation_status']").get("href")
    assert ok(client.get(link.removeprefix(ROOT))).findtext("status/state") == "complete"
    vm = f"/vms/{pending.get('id')}"
    action = ok(
        client.post(f"{vm}/start", content="<action><async>true</async></action>", headers=XML), 202
    )
    assert action.findtext("status/state") == "pending"
    assert action.find("link[@rel='parent']").get("href") == ROOT + vm
    polled = ok(client.get(action.get("href").removeprefix(ROOT)))
    assert polled.findtext("status/state") == "complete"
    assert ok(client.get(vm)).findtext("status/state") == "up"
    done = ok(client.post(f"{vm}/stop", content="<action/>", headers=XML))
    fault(client.get(done.get("href").removeprefix(ROOT)), 404)  # synchronous actions are not kept


def test_sessions(package: ModuleType) -> None:
    now = [1000.0]
    app = package.create_app(package.Settings(clock=lambda: now[0], session_ttl_minutes=1))
    with loopback(app) as url, httpx.Client(base_url=url + ROOT) as client:
        prefer = {"Prefer": "persistent-auth"}
        opened = client.get("", auth=AUTH, headers=prefer)
        assert opened.status_code == 200
        assert opened.headers["Set-Cookie"].startswith("JSESSIONID=")
        assert "Path=/ovirt-engine/api" in opened.headers["Set-Cookie"]
        assert client.get("/vms", headers=prefer).status_code == 200  # the cookie is enough
        now[0] += 61
        assert client.get("/vms", headers=prefer).status_code == 401  # idle longer than the TTL
        client.cookies.clear()
        client.get("", auth=AUTH, headers={**prefer, "Session-TTL": "0"})  # never expires
        now[0] += 10_000
        assert client.get("/vms", headers=prefer).status_code == 200
        assert client.get("/vms").status_code == 200  # no Prefer: served in the session, which ends
        assert client.get("/vms", headers=prefer).status_code == 401
        assert client.get("/vms", auth=("admin@internal", "wrong")).status_code == 401
        assert client.get("/vms", auth=("admin", "admin")).status_code == 200
        events = [e.findtext("description") for e in app.state.server.engine.items("events")]
        assert events.count("User admin logged in.") == 2 and "User admin logged out." in events


def test_documents_and_fingerprint(client: httpx.Client, model: generator.Model) -> None:
    rsdl = client.get("", params={"rsdl": ""})
    assert rsdl.content.startswith(b"<?xml") and etree.fromstring(rsdl.content).tag == "rsdl"
    assert etree.fromstring(rsdl.content).get("href") == etree.parse(model.rsdl.file).getroot().get(
        "href"
    )
    schema = client.get("?schema")
    assert schema.status_code == 200 and b"complexType" in schema.content
    assert rsdl.headers["X-Rsdlgen-Fingerprint"] == model.fingerprint
    assert client.get("/vms").headers["X-Rsdlgen-Fingerprint"] == model.fingerprint
