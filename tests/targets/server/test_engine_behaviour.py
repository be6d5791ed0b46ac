"""The mock engine's behaviour as the guide describes it: versions and capabilities from the documents, write-only
fields, event codes, template defaults, state machines and their faults, unique names, storage domains in a
data center, fixtures. Each test cites the section it follows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock.seed import SeedError
from tests.conftest import OVIRT33
from tests.support.mock_servers import InMemory, in_process

ROOT = "/ovirt-engine/api"
AUTH = ("admin@internal", "admin")
XML = {"Content-Type": "application/xml"}
VM = "<vm><name>{}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template>{}</vm>"


@pytest.fixture(scope="module")
def package() -> InMemory:
    return InMemory(rsdlgen.load())


def serve(package: InMemory, **settings: Any) -> Iterator[tuple[httpx.Client, Any]]:
    app = package.create_app(package.Settings(**settings))
    with in_process(app, ROOT) as client:
        yield client, app.state.server.engine


@pytest.fixture
def client(package: InMemory) -> Iterator[httpx.Client]:
    for client, _ in serve(package):
        yield client


def ok(response: httpx.Response, status: int = 200) -> etree._Element:
    assert response.status_code == status, response.text
    return etree.fromstring(response.content)


def fault(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.content.startswith(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<fault>'
    )
    return etree.fromstring(response.content).findtext("detail") or ""


def add_vm(client: httpx.Client, name: str, extra: str = "") -> etree._Element:
    body = VM.format(name, extra)
    return ok(client.post("/vms", content=body, headers={**XML, "Expect": "201-created"}), 201)


def test_versions_and_capabilities_come_from_the_documents() -> None:
    # guide §4.1 (product_info), §5 (compatibility levels of data centers and clusters), §6 (capabilities):
    # an oVirt 3.3 RSDL declares version 3.3, and the mock is a 3.3 engine.
    model = rsdlgen.load(OVIRT33 / "rsdl.xml", OVIRT33 / "api.xsd")
    with in_process(InMemory(model).create_app(), "/api") as api:
        version = ok(api.get("")).find("product_info/version")
        assert version.attrib == {"major": "3", "minor": "3", "build": "0", "revision": "0"}
        for collection in ("datacenters", "clusters"):
            assert ok(api.get(f"/{collection}"))[0].find("version").attrib == {
                "major": "3",
                "minor": "3",
            }
        levels = ok(api.get("/capabilities"))
        assert [(v.get("major"), v.get("minor"), v.findtext("current")) for v in levels] == [
            ("3", str(minor), "true" if minor == 3 else "false") for minor in range(4)
        ]
        one = ok(api.get(f"/capabilities/{levels[-1].get('id')}"))
        assert one.findtext("current") == "true"


def test_capabilities_list_what_the_schema_enumerates(package: InMemory) -> None:
    # guide §6.1: each version holds the enumerated values of its lists; the default schema enumerates VM
    # states (VmState), so `vm_states` lists them. A product version given at start overrides the RSDL's.
    for client, _ in serve(package, product_version="4.2.8.1"):
        version = ok(client.get("")).find("product_info/version").attrib
        assert dict(version) == {"major": "4", "minor": "2", "build": "8", "revision": "1"}
        current = ok(client.get("/capabilities"))[-1]
        assert (current.get("minor"), current.findtext("current")) == ("2", "true")
        states = [s.text for s in current.findall("vm_states/vm_state")]
        assert "up" in states and "down" in states


def test_write_only_fields_are_never_returned(client: httpx.Client) -> None:
    # guide §14.6.1: a host is created with its root_password, which no representation shows.
    body = (
        "<host><name>h1</name><address>10.0.0.2</address><root_password>p4ss</root_password></host>"
    )
    created = client.post("/hosts", content=body, headers=XML)
    assert created.status_code == 201 and b"p4ss" not in created.content
    assert b"password" not in client.get("/hosts").content
    start = "<action><vm><domain><user><user_name>u</user_name><password>x9</password></user></domain></vm></action>"
    vm = add_vm(client, "w1")
    answer = client.post(f"/vms/{vm.get('id')}/start", content=start, headers=XML)
    assert answer.status_code == 200 and b"x9" not in answer.content  # §15.7.1's domain user


def test_a_vm_made_from_a_template_takes_its_defaults(client: httpx.Client) -> None:
    # guide §3.11: a VM made from Blank shows the template's type, display, CPU topology, OS, high
    # availability ...; what the body gives overrides them; the engine stamps its creation time.
    vm = add_vm(client, "vm1", "<memory>536870912</memory><display><type>vnc</type></display>")
    assert vm.findtext("type") == "desktop" and vm.findtext("memory") == "536870912"
    assert vm.findtext("display/type") == "vnc" and vm.findtext("display/monitors") is None
    assert vm.find("cpu/topology").attrib == {"cores": "1", "sockets": "1"}
    assert vm.find("os").get("type") == "Unassigned" and vm.find("os/boot").get("dev") == "hd"
    assert vm.findtext("high_availability/enabled") == "false" and vm.findtext("creation_time")
    plain = add_vm(client, "vm2")
    assert plain.findtext("display/type") == "spice" and plain.findtext("display/monitors") == "1"
    assert plain.findtext("memory") == "1073741824"


def test_vm_state_machine_host_display_and_faults(client: httpx.Client) -> None:
    # guide §15.7.1 (start), §15.7.3 (stop), §15.5.3 (remove): the engine's 409 "can do action" faults.
    vm = add_vm(client, "vm1")
    href = f"/vms/{vm.get('id')}"
    assert fault(client.post(f"{href}/stop", content="<action/>", headers=XML), 409) == (
        "[Cannot stop VM. VM is not running.]"
    )
    ok(client.post(f"{href}/start", content="<action/>", headers=XML))
    running = ok(client.get(href))
    assert running.findtext("status/state") == "up"
    host = ok(client.get("/hosts"))[0]
    assert running.find("host").get("id") == host.get("id")  # §15.2: the host it runs on
    display = running.find("display")
    assert display.findtext("address") == host.findtext("address")
    assert int(display.findtext("port")) >= 5900
    assert display.find("secure_port") is None  # the default schema declares none (3.6's does)
    assert fault(client.post(f"{href}/start", content="<action/>", headers=XML), 409) == (
        "[Cannot run VM. VM is running.]"
    )
    assert fault(client.delete(href), 409) == "[Cannot remove VM. VM is running.]"
    ok(client.post(f"{href}/shutdown", content="<action/>", headers=XML))
    stopped = ok(client.get(href))
    assert stopped.findtext("status/state") == "down"
    assert stopped.find("host") is None and stopped.find("display/port") is None
    assert client.delete(href).status_code == 204  # No Content (guide §9.4.3)


def test_no_running_host_no_start(package: InMemory) -> None:
    # guide §15.7.1: a VM runs on a host; with the only host in maintenance (§14.8.5) it cannot start.
    for client, _ in serve(package):
        host = ok(client.get("/hosts"))[0].get("id")
        ok(client.post(f"/hosts/{host}/deactivate", content="<action/>", headers=XML))
        vm = add_vm(client, "vm1")
        detail = fault(
            client.post(f"/vms/{vm.get('id')}/start", content="<action/>", headers=XML), 409
        )
        assert (
            detail == "[Cannot run VM. There are no available running Hosts in the Host Cluster.]"
        )


def test_ticket(client: httpx.Client) -> None:
    # guide §15.7.12: the answer gives the ticket's value and the expiry asked for, else 120.
    vm = f"/vms/{add_vm(client, 'vm1').get('id')}"
    ok(client.post(f"{vm}/start", content="<action/>", headers=XML))
    asked = ok(
        client.post(
            f"{vm}/ticket",
            content="<action><ticket><expiry>30</expiry></ticket></action>",
            headers=XML,
        )
    )
    assert asked.findtext("ticket/expiry") == "30" and len(asked.findtext("ticket/value")) >= 8
    default = ok(client.post(f"{vm}/ticket", content="<action/>", headers=XML))
    assert default.findtext("ticket/expiry") == "120"
    assert default.findtext("ticket/value") != asked.findtext("ticket/value")


def test_storage_domains_in_a_data_center(client: httpx.Client) -> None:
    # guide §3.9-3.10 and §9.5.1: attached, a domain is in maintenance there until activated; attaching it
    # again is a fault; detached, it is unattached again.
    domain = (
        "<storage_domain><name>d1</name><type>data</type><storage><type>nfs</type><address>a</address>"
        "<path>/p</path></storage><host><name>hypervisor</name></host></storage_domain>"
    )
    domain_id = ok(client.post("/storagedomains", content=domain, headers=XML), 201).get("id")
    assert ok(client.get(f"/storagedomains/{domain_id}")).findtext("status/state") == "unattached"
    dc = ok(client.get("/datacenters"))[0].get("id")
    attach = "<storage_domain><name>d1</name></storage_domain>"
    there = f"/datacenters/{dc}/storagedomains"
    assert (
        ok(client.post(there, content=attach, headers=XML), 201).findtext("status/state")
        == "maintenance"
    )
    ok(client.post(f"{there}/{domain_id}/activate", content="<action/>", headers=XML))
    assert ok(client.get(f"{there}/{domain_id}")).findtext("status/state") == "active"
    assert fault(client.post(there, content=attach, headers=XML), 409) == (
        "[Cannot attach Storage Domain. Storage Domain is already attached to the Data Center.]"
    )
    ok(client.post(f"{there}/{domain_id}/deactivate", content="<action/>", headers=XML))
    assert ok(client.get(f"{there}/{domain_id}")).findtext("status/state") == "maintenance"
    assert client.delete(f"{there}/{domain_id}").status_code == 204  # No Content (guide §9.4.3)
    assert ok(client.get(f"/storagedomains/{domain_id}")).findtext("status/state") == "unattached"


def test_names_are_unique_per_type(client: httpx.Client) -> None:
    # guide §7.2.2: "The name is unique across all resources of its type"; a network's name is unique
    # within its data center. A duplicate, made or renamed to, is the engine's 409.
    add_vm(client, "vm1")
    detail = fault(client.post("/vms", content=VM.format("vm1", ""), headers=XML), 409)
    assert (
        detail
        == "[Cannot add VM. The VM name is already in use, please choose a unique name and try again.]"
    )
    other = add_vm(client, "vm2")
    renamed = client.put(
        f"/vms/{other.get('id')}", content="<vm><name>vm1</name></vm>", headers=XML
    )
    assert "name is already in use" in fault(renamed, 409)
    cluster = "<cluster><name>Default</name><cpu id='x'/><data_center><name>Default</name></data_center></cluster>"
    assert "Cluster name is already in use" in fault(
        client.post("/clusters", content=cluster, headers=XML), 409
    )
    dc2 = ok(
        client.post(
            "/datacenters",
            content="<data_center><name>dc2</name><local>false</local></data_center>",
            headers=XML,
        ),
        201,
    )
    network = "<network><name>ovirtmgmt</name><data_center id='{}'/></network>"
    ok(
        client.post("/networks", content=network.format(dc2.get("id")), headers=XML), 201
    )  # another DC
    default = ok(client.get("/datacenters"))[0].get("id")
    assert "name is already in use" in fault(
        client.post("/networks", content=network.format(default), headers=XML), 409
    )
    vm = f"/vms/{other.get('id')}/nics"
    nic = "<nic><name>nic1</name><network><name>ovirtmgmt</name></network></nic>"
    ok(client.post(vm, content=nic, headers=XML), 201)
    assert "NIC name is already in use" in fault(client.post(vm, content=nic, headers=XML), 409)


def test_events_carry_the_engine_codes(package: InMemory) -> None:
    # guide §3.16: 30 log in, 153 VM started, 31 log out; §25.3: 34 VM created, with references.
    app = package.create_app()
    engine = app.state.server.engine
    prefer = {"Prefer": "persistent-auth"}
    with in_process(app, ROOT, auth=None) as client:
        ok(client.get("", auth=AUTH, headers=prefer))  # opens the session (§2.3) ...
        vm = ok(client.post("/vms", content=VM.format("vm1", ""), headers={**XML, **prefer}), 202)
        start = client.post(
            f"/vms/{vm.get('id')}/start", content="<action/>", headers={**XML, **prefer}
        )
        ok(start)
        ok(client.get(""))  # ... which a request without Prefer ends
    events = [(e.findtext("code"), e.findtext("description")) for e in engine.items("events")]
    assert events == [
        ("30", "User admin logged in."),
        ("34", "VM vm1 was created by admin."),
        ("153", "vm1 was started by admin (Host: hypervisor)."),
        ("31", "User admin logged out."),
    ]
    created = engine.items("events")[1]
    assert created.find("vm").get("id") == vm.get("id") and created.find("user") is not None


def test_fixtures_in_xml_and_json(package: InMemory, tmp_path: Path) -> None:
    # Fixtures in the API's own shape (guide §7.2: XML; §9.3: JSON) are created at start as the API creates
    # entities: references by name resolved, names unique, sub-collections named by their path.
    xml = tmp_path / "hosts.xml"
    xml.write_text(
        "<fixture><hosts><host><name>h2</name><address>10.0.0.3</address>"
        "<cluster><name>Default</name></cluster></host></hosts>"
        "<storage_domains><storage_domain><name>iso1</name><type>iso</type>"
        "<host><name>h2</name></host></storage_domain></storage_domains>"
        "<files href='storagedomains/iso1/files'><file id='rhel.iso'><name>rhel.iso</name></file></files>"
        "</fixture>"
    )
    js = tmp_path / "vms.json"
    js.write_text(
        json.dumps(
            {
                "vms": {
                    "vm": [
                        {
                            "name": "web1",
                            "cluster": {"name": "Default"},
                            "template": {"name": "Blank"},
                        }
                    ]
                }
            }
        )
    )
    for client, _ in serve(package, seed=(str(xml), str(js))):
        host = ok(client.get("/hosts", params={"search": "name=h2"}))[0]
        assert host.find("cluster").get("id") == ok(client.get("/clusters"))[0].get("id")
        iso = ok(client.get("/storagedomains"))[0]
        files = ok(client.get(f"/storagedomains/{iso.get('id')}/files"))
        assert [f.get("id") for f in files] == ["rhel.iso"]
        web1 = ok(client.get("/vms"))[0]
        assert web1.findtext("name") == "web1" and web1.findtext("display/type") == "spice"
    duplicate = tmp_path / "twice.json"
    duplicate.write_text(json.dumps({"hosts": {"host": [{"name": "hypervisor"}]}}))
    with pytest.raises(SeedError, match=r"twice.json: Operation Failed: \[Cannot add Host"):
        package.create_app(package.Settings(seed=(str(duplicate),)))
    wrong = tmp_path / "wrong.xml"
    wrong.write_text("<fixture><nothings/></fixture>")
    with pytest.raises(SeedError, match="<nothings> is not a collection"):
        package.create_app(package.Settings(seed=(str(wrong),)))
