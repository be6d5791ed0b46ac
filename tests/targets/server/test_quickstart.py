"""The guide's Quick Start (§3.1-3.16) as raw HTTP requests against the generated server on loopback.

Request bodies are the guide's own examples. Where an example omits what the RSDL marks mandatory (the disk of
§3.13 gives `size`; the RSDL wants `disk.provisioned_size`), the 400 fault naming it is checked and the flow
goes on with the corrected request.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.targets.server.harness import build_package, loopback

ROOT = "/ovirt-engine/api"
AUTH = ("admin@internal", "admin")
XML = {"Content-Type": "application/xml", "Accept": "application/xml"}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_package(rsdlgen.load(), tmp_path_factory.mktemp("server"), "quickstart_mock")


@pytest.fixture(scope="module")
def served(package: ModuleType) -> Iterator[tuple[httpx.Client, object]]:
    app = package.create_app()
    with loopback(app) as url, httpx.Client(base_url=url, auth=AUTH, timeout=10) as client:
        yield client, app.state.server.engine


def xml(response: httpx.Response, status: int) -> etree._Element:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/xml")
    return etree.fromstring(response.content)


def by_name(collection: etree._Element, name: str) -> etree._Element:
    found = [e for e in collection if e.findtext("name") == name]
    assert len(found) == 1, etree.tostring(collection)
    return found[0]


def test_quick_start(served: tuple[httpx.Client, object]) -> None:
    client, engine = served
    # §2.2: no credentials, no access.
    denied = httpx.get(str(client.base_url) + ROOT)
    assert denied.status_code == 401 and denied.headers["WWW-Authenticate"].startswith("Basic")

    # §3.1: the entry point, with the Version header and with the /v3 prefix.
    api = xml(client.get(ROOT, headers={"Version": "3", "Accept": "application/xml"}), 200)
    rels = {link.get("rel"): link.get("href") for link in api.findall("link")}
    assert rels["datacenters"] == f"{ROOT}/datacenters"
    assert rels["vms/search"] == f"{ROOT}/vms?search={{query}}"
    special = {link.get("rel") for link in api.findall("special_objects/link")}
    assert special == {"templates/blank", "tags/root"}
    assert api.findtext("product_info/name") and api.find("summary/vms/total") is not None
    v3 = xml(client.get(f"{ROOT}/v3"), 200)
    assert v3.find("link[@rel='vms']").get("href") == f"{ROOT}/v3/vms"

    # §3.2-3.4: what a fresh engine has.
    data_center = by_name(xml(client.get(f"{ROOT}/datacenters"), 200), "Default")
    dc_id = data_center.get("id")
    assert data_center.find("link[@rel='storagedomains']") is not None
    cluster = by_name(xml(client.get(f"{ROOT}/clusters"), 200), "Default")
    assert cluster.find("data_center").get("id") == dc_id
    network = by_name(xml(client.get(f"{ROOT}/networks"), 200), "ovirtmgmt")
    assert network.find("data_center").get("id") == dc_id

    # §3.5: the host of the guide's prerequisites ("a networked and configured host") is added first.
    host_body = "<host><name>hypervisor</name><address>10.64.14.110</address><root_password>secret</root_password></host>"
    xml(client.post(f"{ROOT}/hosts", content=host_body, headers=XML), 201)
    host = by_name(xml(client.get(f"{ROOT}/hosts"), 200), "hypervisor")
    assert {a.get("rel") for a in host.findall("actions/link")} >= {"activate", "deactivate"}

    # §3.6
    profile = by_name(xml(client.get(f"{ROOT}/cpuprofiles"), 200), "Default")

    # §3.7, §3.8: NFS data and ISO storage domains, bodies from the guide.
    domains = {}
    for name, kind in (("data1", "data"), ("iso1", "iso")):
        body = (
            f"<storage_domain><name>{name}</name><type>{kind}</type><storage><type>nfs</type>"
            f"<address>192.168.0.10</address><path>/{name}</path></storage>"
            "<host><name>hypervisor</name></host></storage_domain>"
        )
        created = xml(client.post(f"{ROOT}/storagedomains", content=body, headers=XML), 201)
        assert created.find("host").get("id") == host.get("id")
        domains[name] = created.get("id")

    # §3.9, §3.10: attach both to the Default data center by name, then activate them there.
    for name, domain_id in domains.items():
        body = f"<storage_domain><name>{name}</name></storage_domain>"
        attached = client.post(
            f"{ROOT}/datacenters/{dc_id}/storagedomains", content=body, headers=XML
        )
        assert xml(attached, 201).get("id") == domain_id
        action = client.post(
            f"{ROOT}/datacenters/{dc_id}/storagedomains/{domain_id}/activate",
            content="<action/>",
            headers=XML,
        )
        assert xml(action, 200).findtext("status/state") == "complete"
        domain = xml(client.get(f"{ROOT}/storagedomains/{domain_id}"), 200)
        assert domain.findtext("status/state") == "active"

    # §3.11: the VM is created asynchronously (202 + creation_status) as no Expect header is sent.
    vm_body = (
        "<vm><name>vm1</name><cluster><name>default</name></cluster><template><name>Blank</name>"
        '</template><memory>536870912</memory><os><boot dev="hd"/></os>'
        f'<cpu_profile id="{profile.get("id")}"/></vm>'
    )
    vm = xml(client.post(f"{ROOT}/vms", content=vm_body, headers=XML), 202)
    assert vm.findtext("creation_status/state") == "pending"
    status = xml(client.get(vm.find("link[@rel='creation_status']").get("href")), 200)
    assert status.findtext("status/state") == "complete"
    assert vm.find("cluster").get("id") == cluster.get("id")
    assert vm.find("template").get("id") == "00000000-0000-0000-0000-000000000000"
    vm_href = vm.get("href")
    assert vm_href == f"{ROOT}/vms/{vm.get('id')}"

    # §3.12
    nic = "<nic><interface>virtio</interface><name>nic1</name><network><name>ovirtmgmt</name></network></nic>"
    created_nic = xml(client.post(f"{vm_href}/nics", content=nic, headers=XML), 201)
    assert created_nic.find("network").get("id") == network.get("id")

    # §3.13: the guide's disk gives `size`; this RSDL's overloads want `disk.provisioned_size`.
    disk = (
        f'<disk><storage_domains><storage_domain id="{domains["data1"]}"/></storage_domains>'
        "<size>8589934592</size><type>system</type><interface>virtio</interface>"
        "<format>cow</format><bootable>true</bootable></disk>"
    )
    refused = client.post(f"{vm_href}/disks", content=disk, headers=XML)
    fault = xml(refused, 400)
    assert fault.findtext("reason") == "Incomplete parameters"
    assert "disk.provisioned_size" in fault.findtext("detail")
    corrected = disk.replace("<size>", "<provisioned_size>").replace(
        "</size>", "</provisioned_size>"
    )
    created_disk = xml(
        client.post(
            f"{vm_href}/disks", content=corrected, headers={**XML, "Expect": "201-created"}
        ),
        201,
    )
    assert created_disk.findtext("provisioned_size") == "8589934592"

    # §3.14: the ISO is uploaded as engine-iso-uploader would, then listed and attached.
    iso = "rhel-server-6.0-x86_64-dvd.iso"
    engine.put(
        f"storagedomains/{domains['iso1']}/files",
        etree.fromstring(f'<file id="{iso}"><name>{iso}</name></file>'),
    )
    files = xml(client.get(f"{ROOT}/storagedomains/{domains['iso1']}/files"), 200)
    assert by_name(files, iso).get("id") == iso
    cdrom = f'<cdrom><file id="{iso}"/></cdrom>'
    assert (
        xml(client.post(f"{vm_href}/cdroms", content=cdrom, headers=XML), 201)
        .find("file")
        .get("id")
        == iso
    )

    # §3.15
    start = '<action><vm><os><boot dev="cdrom"/></os></vm></action>'
    assert (
        xml(client.post(f"{vm_href}/start", content=start, headers=XML), 200).findtext(
            "status/state"
        )
        == "complete"
    )
    assert xml(client.get(vm_href), 200).findtext("status/state") == "up"

    # §3.16: the events, newest first, include the start.
    events = xml(client.get(f"{ROOT}/events"), 200)
    descriptions = [e.findtext("description") for e in events]
    assert descriptions[0] == "vm vm1 was started by admin."
    assert "storage domain data1 was added by admin." in descriptions
    started = events[0]
    assert started.find("vm").get("id") == vm.get("id")
    assert int(started.get("id")) > int(events[-1].get("id"))
    summary = xml(client.get(ROOT), 200).find("summary")
    assert (
        summary.findtext("vms/active") == "1" and summary.findtext("storage_domains/active") == "2"
    )
