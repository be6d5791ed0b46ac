"""More values the mock engine derives from its state (issue 23, second part), each test citing the guide
section it follows (and ovirt-engine's source where the guide is silent): a host's VM summary, a VM's last
stop, the Blank template's cluster and version, disk profiles, the OVF configuration of `All-Content`, and
the export action's required storage domain."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock.seed import ZERO
from rsdlgen.targets.server.spec import server_spec
from tests.targets.server import test_quickstart as quick
from tests.targets.server.test_state_values import EXPORT, XML, engine, ok, post


@pytest.fixture(scope="module")
def spec36(model36: rsdlgen.Model) -> Any:
    return server_spec(model36)


@pytest.fixture
def client(spec36: Any) -> Iterator[httpx.Client]:
    yield from engine(spec36)


def counts(host: etree._Element) -> tuple[str | None, ...]:
    return tuple(host.findtext(f"summary/{n}") for n in ("active", "migrating", "total"))


def test_a_hosts_summary_counts_the_vms_running_on_it(client: httpx.Client) -> None:
    # §14.1, Table 14.1: `summary` holds "numbers of active, migrating and total VMs" on the host; Example 3.5
    host = ok(client.get("/hosts"))[0].get("id")
    assert counts(ok(client.get(f"/hosts/{host}"))) == ("0", "0", "0")
    vm = post(client, "/vms", quick.VM1).get("id")
    post(client, f"/vms/{vm}/start", "<action/>", 200)
    assert counts(ok(client.get(f"/hosts/{host}"))) == ("1", "0", "1")
    assert counts(ok(client.get("/hosts"))[0]) == ("1", "0", "1")  # the listing counts alike
    post(client, f"/vms/{vm}/stop", "<action/>", 200)
    assert counts(ok(client.get(f"/hosts/{host}"))) == ("0", "0", "0")


def test_a_vm_was_last_stopped_when_it_was_made_and_each_stop_moves_it(
    client: httpx.Client,
) -> None:
    # §3.11 Example 3.13 and §15.2 Example 15.1: a VM that never ran shows `stop_time` with its `creation_time`;
    # Table 15.1: "the date and time at which this virtual machine was stopped"
    vm = post(client, "/vms", quick.VM1)
    assert vm.findtext("stop_time") == vm.findtext("creation_time")
    post(client, f"/vms/{vm.get('id')}/start", "<action/>", 200)
    assert ok(client.get(f"/vms/{vm.get('id')}")).findtext("stop_time") == vm.findtext("stop_time")
    post(client, f"/vms/{vm.get('id')}/stop", "<action/>", 200)
    stopped = ok(client.get(f"/vms/{vm.get('id')}")).findtext("stop_time") or ""
    assert stopped > (vm.findtext("stop_time") or "")


def test_blank_is_in_the_default_cluster_and_its_version_links_to_its_base(
    client: httpx.Client,
) -> None:
    # §17.2 Example 17.1: Blank's `cluster` and `version/base_template` with hrefs (ovirt-engine's
    # dbscripts/data/0110_insert_vm_static.sql puts Blank in the Default cluster)
    blank = ok(client.get(f"/templates/{ZERO}"))
    default = ok(client.get("/clusters"))[0]
    assert blank.find("cluster").get("id") == default.get("id")
    assert blank.find("cluster").get("href") == default.get("href")
    assert blank.find("version/base_template").get("href") == blank.get("href")


def test_a_data_domains_disks_take_its_default_disk_profile(client: httpx.Client) -> None:
    # §15.6.2 Table 15.2, Example 15.11: a VM disk's `disk_profile`. The guide is silent on where it comes
    # from: ovirt-engine's AddStorageDomainCommand gives a data domain a profile named after it, and
    # DiskProfileHelper gives a disk sent without one its domain's first profile.
    domain = post(client, "/storagedomains", quick.DATA1).get("id")
    post(client, "/storagedomains", EXPORT)  # an export domain holds no disks: no profile
    profiles = ok(client.get("/diskprofiles"))
    assert [(p.findtext("name"), p.find("storage_domain").get("id")) for p in profiles] == [
        ("data1", domain)
    ]
    assert [p.get("id") for p in ok(client.get(f"/storagedomains/{domain}/diskprofiles"))] == [
        profiles[0].get("id")
    ]
    vm = post(client, "/vms", quick.VM1).get("id")
    disk = post(client, f"/vms/{vm}/disks", quick.DISK.format(data1=domain))
    assert disk.find("disk_profile").get("id") == profiles[0].get("id")
    assert disk.find("disk_profile").get("href") == profiles[0].get("href")
    assert client.delete(f"/disks/{disk.get('id')}").status_code == 204
    host = "<storage_domain><host><name>hypervisor</name></host></storage_domain>"  # §12.4.3: the host that removes it
    removed = client.request("DELETE", f"/storagedomains/{domain}", content=host, headers=XML)
    assert removed.status_code == 204, removed.text
    assert len(ok(client.get("/diskprofiles"))) == 0  # the domain's profiles go with it


def test_export_without_a_storage_domain_is_refused_before_anything_is_done(
    client: httpx.Client,
) -> None:
    # §15.7.11: "A destination storage domain must be specified with a storage_domain reference." The RSDL
    # marks it optional; ovirt-engine's BackendVmResource.export runs validateParameters(action,
    # "storageDomain.id|name") first: a 400 "Incomplete parameters" fault.
    export = post(client, "/storagedomains", EXPORT).get("id")
    vm = post(client, "/vms", quick.VM1).get("id")
    refused = client.post(f"/vms/{vm}/export", content="<action/>", headers=XML)
    assert refused.status_code == 400
    fault = etree.fromstring(refused.content)
    assert fault.findtext("reason") == "Incomplete parameters"
    assert "storage_domain.id|name" in (fault.findtext("detail") or "")
    assert len(ok(client.get(f"/storagedomains/{export}/vms"))) == 0


def test_a_template_is_exported_and_imported_back_like_a_vm(client: httpx.Client) -> None:
    # §17.4.1 Example 17.7 (a template's export), §12.6 Example 12.8 (its import from the export domain)
    export = post(client, "/storagedomains", EXPORT).get("id")
    vm = post(client, "/vms", quick.VM1).get("id")
    template = post(client, "/templates", f'<template><name>t1</name><vm id="{vm}"/></template>')
    to_export = "<action><storage_domain><name>export1</name></storage_domain></action>"
    post(client, f"/templates/{template.get('id')}/export", to_export, 200)
    listed = ok(client.get(f"/storagedomains/{export}/templates"))
    assert [t.findtext("name") for t in listed] == ["t1"]
    assert ok(client.get(f"/storagedomains/{export}/vms")).find("vm") is None
    assert client.delete(f"/templates/{template.get('id')}").status_code == 204
    back = "<action><cluster><name>Default</name></cluster></action>"
    post(client, f"/storagedomains/{export}/templates/{template.get('id')}/import", back, 200)
    assert ok(client.get(f"/templates/{template.get('id')}")).findtext("name") == "t1"


def test_an_imported_clone_takes_the_name_its_action_gives(client: httpx.Client) -> None:
    # §12.6 Example 12.9: `<clone>true</clone>` and `<vm><name>MyVM</name></vm>` import a copy named MyVM
    # beside the VM it was exported from (the name is not a reference to an existing VM)
    export = post(client, "/storagedomains", EXPORT).get("id")
    vm = post(client, "/vms", quick.VM1).get("id")
    to_export = "<action><storage_domain><name>export1</name></storage_domain></action>"
    post(client, f"/vms/{vm}/export", to_export, 200)
    clone = "<action><cluster><name>Default</name></cluster><clone>true</clone><vm><name>MyVM</name></vm></action>"
    post(client, f"/storagedomains/{export}/vms/{vm}/import", clone, 200)
    names = sorted(v.findtext("name") or "" for v in ok(client.get("/vms")))
    assert names == ["MyVM", "vm1"]


def test_a_host_added_without_a_cluster_joins_the_default_cluster(client: httpx.Client) -> None:
    # §14.6.1 Example 14.6: a new host "requires the name, address and root_password elements"
    body = "<host><name>host2</name><address>host2.example.com</address><root_password>p</root_password></host>"
    host = post(client, "/hosts", body)
    default = ok(client.get("/clusters"))[0]
    assert host.find("cluster").get("id") == default.get("id")
    assert host.find("root_password") is None  # never stored, never answered


def test_a_domain_made_on_an_existing_connection_takes_its_storage(client: httpx.Client) -> None:
    # §13.3.5 Example 13.6: `<storage id=...>` names an existing storage connection (§13.3.1 Example 13.2)
    connection = post(
        client,
        "/storageconnections",
        "<storage_connection><type>nfs</type><address>domain.example.com</address>"
        "<path>/export/storagedata/username/data</path><host><name>hypervisor</name></host>"
        "</storage_connection>",
    )
    body = (
        f'<storage_domain><name>New_Domain</name><type>data</type><storage id="{connection.get("id")}"/>'
        "<host><name>hypervisor</name></host></storage_domain>"
    )
    domain = post(client, "/storagedomains", body)
    assert domain.findtext("storage/type") == "nfs"
    assert domain.findtext("storage/address") == "domain.example.com"
    assert domain.findtext("storage/path") == "/export/storagedata/username/data"


def test_all_content_adds_the_vms_ovf_configuration_made_from_its_state(
    client: httpx.Client,
) -> None:
    # §15.3 Example 15.2: with `All-Content: true` the VM carries its OVF configuration, entities escaped in
    # the XML (§3.11 Example 3.13's answer shows it as initialization/configuration of type ovf)
    domain = post(client, "/storagedomains", quick.DATA1).get("id")
    vm = post(client, "/vms", quick.VM1).get("id")
    post(client, f"/vms/{vm}/nics", quick.NIC1)
    post(client, f"/vms/{vm}/disks", quick.DISK.format(data1=domain))
    assert ok(client.get(f"/vms/{vm}")).find("initialization") is None  # only when asked for
    answer = client.get(f"/vms/{vm}", headers={**XML, "All-Content": "true"})
    assert b"&lt;ovf:Envelope" in answer.content
    configuration = ok(answer).find("initialization/configuration")
    assert configuration.findtext("type") == "ovf"
    envelope = etree.fromstring((configuration.findtext("data") or "").encode())
    ovf = {"ovf": "http://schemas.dmtf.org/ovf/envelope/1/"}
    assert envelope.xpath("Content/Name/text()") == ["vm1"]
    assert envelope.xpath("Section/Network/@ovf:name", namespaces=ovf) == ["ovirtmgmt"]
    assert envelope.xpath("Section/Disk/@ovf:size", namespaces=ovf) == ["8"]  # GiB of 8589934592
    rasd = {
        "rasd": "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
    }
    assert envelope.xpath("//rasd:VirtualQuantity/text()", namespaces=rasd) == ["512"]  # MiB


def test_a_nic_on_a_mirroring_profile_receives_its_networks_traffic(client: httpx.Client) -> None:
    # §15.6.2.1 Table 15.5, Example 15.24: `port_mirroring` holds "a networks element with a series of network
    # id= references"; §11.5.1 Table 11.2: a vNIC profile's `port_mirroring`, false by default
    network = ok(client.get("/networks"))[0].get("id")
    vm = post(client, "/vms", quick.VM1).get("id")
    plain = post(client, f"/vms/{vm}/nics", quick.NIC1)
    assert plain.find("port_mirroring") is None
    profile = post(
        client,
        f"/networks/{network}/vnicprofiles",
        f"<vnic_profile><name>mirrored</name><network id='{network}'/>"
        "<port_mirroring>true</port_mirroring></vnic_profile>",
    ).get("id")
    body = quick.NIC1.replace("nic1", "nic2").replace(
        "</nic>", f"<vnic_profile id='{profile}'/></nic>"
    )
    nic = post(client, f"/vms/{vm}/nics", body).get("id")
    mirrored = ok(client.get(f"/vms/{vm}/nics/{nic}")).find("port_mirroring/networks/network")
    assert mirrored.get("id") == network and mirrored.get("href").endswith(f"/networks/{network}")
    off = "<vnic_profile><port_mirroring>false</port_mirroring></vnic_profile>"
    assert client.put(f"/vnicprofiles/{profile}", content=off, headers=XML).status_code == 200
    assert (
        ok(client.get(f"/vms/{vm}/nics/{nic}")).find("port_mirroring") is None
    )  # follows the profile
