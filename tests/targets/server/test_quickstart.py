"""The guide's Quick Start (§3.1-3.16) as raw HTTP requests, exactly as printed, against an engine built in
memory from the default documents' spec and driven in process (no package generated, no socket): the guide's request bodies, the seeded engine its prerequisites ask for (a configured host named
`hypervisor`, §3.5; the ISO file uploaded by engine-iso-uploader, §3.14, given as a `seed` fixture). Only the
ids differ: the guide's are illustrative (its note in chapter 3), so each request uses the ids answered before.
"""

from __future__ import annotations

from pathlib import Path

import httpx
from lxml import etree

import rsdlgen
from rsdlgen.mock import Engine, seed
from rsdlgen.mock.app import create_app
from rsdlgen.targets.server.spec import server_spec
from tests.support.mock_servers import in_process

ROOT = "/ovirt-engine/api"
AUTH = ("admin@internal", "admin")
XML = {"Content-Type": "application/xml", "Accept": "application/xml"}
ISO = "rhel-server-6.0-x86_64-dvd.iso"
# §3.14: what engine-iso-uploader put in the iso1 domain, as a fixture in the API's own shape.
FILES = f'<fixture><files href="storagedomains/iso1/files"><file id="{ISO}"><name>{ISO}</name></file></files></fixture>'
# §3.7, §3.8
DATA1 = """<storage_domain>
  <name>data1</name>
  <type>data</type>
  <storage>
    <type>nfs</type>
    <address>192.168.0.10</address>
    <path>/data1</path>
  </storage>
  <host>
    <name>hypervisor</name>
  </host>
</storage_domain>"""
ISO1 = DATA1.replace("data1", "iso1").replace("<type>data</type>", "<type>iso</type>")
VM1 = """<vm>
  <name>vm1</name>
  <cluster>
    <name>default</name>
  </cluster>
  <template>
    <name>Blank</name>
  </template>
  <memory>536870912</memory>
  <os>
    <boot dev="hd"/>
  </os>
  <cpu_profile id="0000001a-001a-001a-001a-00000000035e"/>
</vm>"""
NIC1 = """<nic>
  <interface>virtio</interface>
  <name>nic1</name>
  <network>
    <name>ovirtmgmt</name>
  </network>
</nic>"""
DISK = """<disk>
  <storage_domains>
    <storage_domain id="{data1}"/>
  </storage_domains>
  <size>8589934592</size>
  <type>system</type>
  <interface>virtio</interface>
  <format>cow</format>
  <bootable>true</bootable>
</disk>"""
CDROM = f'<cdrom>\n  <file id="{ISO}"/>\n</cdrom>'
START = '<action>\n  <vm>\n    <os>\n      <boot dev="cdrom"/>\n    </os>\n  </vm>\n</action>'


def xml(response: httpx.Response, status: int) -> etree._Element:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/xml")
    # The engine's declaration, byte for byte (the official SDK needs it to read faults).
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
    return etree.fromstring(response.content)


def by_name(collection: etree._Element, name: str) -> etree._Element:
    found = [e for e in collection if e.findtext("name") == name]
    assert len(found) == 1, etree.tostring(collection)
    return found[0]


def test_quick_start(default_model: rsdlgen.Model, tmp_path: Path) -> None:
    fixture = tmp_path / "files.xml"
    fixture.write_text(FILES)
    app = create_app(server_spec(default_model))
    engine: Engine = app.state.server.engine
    with in_process(app) as client:
        # §2.2: no credentials, no access.
        denied = client.head(ROOT, auth=None)
        assert denied.status_code == 401 and denied.headers["WWW-Authenticate"].startswith("Basic")

        # §3.1: the entry point, with the Version header and with the /v3 prefix.
        api = xml(client.get(ROOT, headers={"Version": "3", "Accept": "application/xml"}), 200)
        rels = {link.get("rel"): link.get("href") for link in api.findall("link")}
        assert rels["datacenters"] == f"{ROOT}/datacenters"
        assert rels["vms/search"] == f"{ROOT}/vms?search={{query}}"
        special = {link.get("rel") for link in api.findall("special_objects/link")}
        assert special == {"templates/blank", "tags/root"}
        # §4.1: the version the RSDL declares (4.3.0.0 for the embedded default)
        assert api.find("product_info/version").attrib == {
            "major": "4", "minor": "3", "build": "0", "revision": "0"
        }  # fmt: skip
        assert api.findtext("summary/hosts/total") == "1"  # the configured host, §3.5
        v3 = xml(client.get(f"{ROOT}/v3", headers={"Accept": "application/xml"}), 200)
        assert v3.find("link[@rel='vms']").get("href") == f"{ROOT}/v3/vms"

        # §3.2-3.6: what a fresh engine has, at the engine's compatibility level.
        data_center = by_name(xml(client.get(f"{ROOT}/datacenters", headers=XML), 200), "Default")
        dc_id = data_center.get("id")
        assert data_center.find("version").attrib == {"major": "4", "minor": "3"}
        assert data_center.find("link[@rel='storagedomains']") is not None
        cluster = by_name(xml(client.get(f"{ROOT}/clusters", headers=XML), 200), "Default")
        assert cluster.find("data_center").get("id") == dc_id
        assert cluster.find("version").attrib == {"major": "4", "minor": "3"}
        network = by_name(xml(client.get(f"{ROOT}/networks", headers=XML), 200), "ovirtmgmt")
        assert network.find("data_center").get("id") == dc_id
        host = by_name(xml(client.get(f"{ROOT}/hosts", headers=XML), 200), "hypervisor")
        assert host.findtext("address") == "10.64.14.110"
        assert {a.get("rel") for a in host.findall("actions/link")} >= {"activate", "deactivate"}
        profile = by_name(xml(client.get(f"{ROOT}/cpuprofiles", headers=XML), 200), "Default")
        assert profile.get("id") == "0000001a-001a-001a-001a-00000000035e"

        # §3.7, §3.8: NFS data and ISO storage domains, through the hypervisor host.
        domains = {}
        for name, body in (("data1", DATA1), ("iso1", ISO1)):
            created = xml(client.post(f"{ROOT}/storagedomains", content=body, headers=XML), 201)
            assert created.find("host").get("id") == host.get("id")
            assert created.findtext("storage/path") == f"/{name}"
            domains[name] = created.get("id")
        seed.load(engine, fixture)  # §3.14's upload, once the iso1 domain exists

        # §3.9, §3.10: attach both to the Default data center, where they are in maintenance until activated.
        for name, domain_id in domains.items():
            body = f"<storage_domain>\n  <name>{name}</name>\n</storage_domain>"
            attached = client.post(
                f"{ROOT}/datacenters/{dc_id}/storagedomains", content=body, headers=XML
            )
            assert xml(attached, 201).get("id") == domain_id
            assert xml(attached, 201).findtext("status/state") == "maintenance"
            action = client.post(
                f"{ROOT}/datacenters/{dc_id}/storagedomains/{domain_id}/activate",
                content="<action/>",
                headers=XML,
            )
            assert xml(action, 200).findtext("status/state") == "complete"
            there = client.get(f"{ROOT}/datacenters/{dc_id}/storagedomains/{domain_id}")
            assert xml(there, 200).findtext("status/state") == "active"

        # §3.11: created asynchronously (202, no Expect header), with the Blank template's defaults.
        vm = xml(client.post(f"{ROOT}/vms", content=VM1, headers=XML), 202)
        assert vm.findtext("creation_status/state") == "pending"
        status = xml(client.get(vm.find("link[@rel='creation_status']").get("href")), 200)
        assert status.findtext("status/state") == "complete"
        assert vm.find("cluster").get("id") == cluster.get("id")
        assert vm.find("template").get("id") == "00000000-0000-0000-0000-000000000000"
        assert (vm.findtext("memory"), vm.find("os/boot").get("dev")) == ("536870912", "hd")
        assert (vm.findtext("type"), vm.findtext("display/type")) == ("desktop", "spice")
        assert vm.findtext("status/state") == "down" and vm.findtext("creation_time")
        vm_href = vm.get("href")
        assert vm_href == f"{ROOT}/vms/{vm.get('id')}"

        # §3.12
        created_nic = xml(client.post(f"{vm_href}/nics", content=NIC1, headers=XML), 201)
        assert created_nic.find("network").get("id") == network.get("id")

        # §3.13: the guide's disk, `size` and all (a deprecated overload, which the engine accepts).
        disk = DISK.format(data1=domains["data1"])
        created_disk = xml(client.post(f"{vm_href}/disks", content=disk, headers=XML), 202)
        assert created_disk.findtext("size") == "8589934592"

        # §3.14: the uploaded ISO is listed in the ISO domain and attached to the VM.
        files = xml(client.get(f"{ROOT}/storagedomains/{domains['iso1']}/files", headers=XML), 200)
        assert by_name(files, ISO).get("id") == ISO
        cdrom = xml(client.post(f"{vm_href}/cdroms", content=CDROM, headers=XML), 201)
        assert cdrom.find("file").get("id") == ISO

        # §3.15: started on the hypervisor host.
        started = xml(client.post(f"{vm_href}/start", content=START, headers=XML), 200)
        assert started.findtext("status/state") == "complete"
        running = xml(client.get(vm_href, headers=XML), 200)
        assert running.findtext("status/state") == "up"
        assert running.find("host").get("id") == host.get("id")

        # §3.16: the events, newest first: the start, with the engine's code and text.
        events = xml(client.get(f"{ROOT}/events", headers=XML), 200)
        newest = events[0]
        assert (newest.findtext("code"), newest.findtext("description")) == (
            "153",
            "vm1 was started by admin (Host: hypervisor).",
        )
        assert newest.find("vm").get("id") == vm.get("id")
        assert newest.find("host").get("id") == host.get("id")
        assert (
            newest.find("user").get("href") == f"{ROOT}/users/fdfc627c-d875-11e0-90f0-83df133b58cc"
        )
        assert int(newest.get("id")) > int(events[-1].get("id"))
        summary = xml(client.get(ROOT, headers=XML), 200).find("summary")
        assert summary.findtext("vms/active") == "1"
        assert summary.findtext("storage_domains/active") == "2"
