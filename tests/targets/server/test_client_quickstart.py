"""The guide's Quick Start (§3.1-3.16) driven by the generated client, both halves (`API`, `AsyncAPI`),
against the generated server on loopback, with the guide's own request bodies, on the engine its prerequisites
ask for (the configured host `hypervisor`, the uploaded ISO file)."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from lxml import etree

import rsdlgen
from rsdlgen.targets import client as client_target
from rsdlgen.targets.rendering import write_tree
from tests.support.mock_servers import InMemory, loopback


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("client")
    write_tree(out, client_target.render(rsdlgen.load(), "qs_sdk"), client_target.USER_OWNED)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("qs_sdk")
    finally:
        sys.path.remove(str(out))


@pytest.fixture(scope="module")
def server() -> InMemory:
    return InMemory(rsdlgen.load())


async def done(result: Any) -> Any:
    """A call's result in either half: the asyncio client's calls are awaited."""
    return await result if inspect.isawaitable(result) else result


@pytest.mark.parametrize("flavour", ["API", "AsyncAPI"])
def test_quick_start_with_the_generated_client(
    sdk: ModuleType, server: InMemory, flavour: str
) -> None:
    app = server.create_app()
    with loopback(app) as url:
        asyncio.run(
            quick_start(sdk, getattr(sdk, flavour), url + server.API_ROOT, app.state.server.engine)
        )


async def quick_start(sdk: ModuleType, api_class: Any, url: str, engine: Any) -> None:
    client = api_class(url, "admin@internal", "admin")
    read = sdk.parse_xml
    data_center = await done(client.datacenters.get(name="Default"))  # §3.2
    cluster = await done(client.clusters.get(name="Default"))  # §3.3
    network = await done(client.networks.get(name="ovirtmgmt"))  # §3.4
    assert cluster.data_center.id == data_center.id == network.data_center.id
    # §3.5: the configured host the guide's prerequisites ask for
    host = await done(client.hosts.get(name="hypervisor"))
    listing = client.hosts.list()
    assert inspect.iscoroutine(listing) == (api_class is sdk.AsyncAPI)
    assert [h.name for h in await done(listing)] == ["hypervisor"]
    profile = await done(client.cpuprofiles.get(name="Default"))  # §3.6
    domains = {}
    for name, kind in (("data1", "data"), ("iso1", "iso")):  # §3.7, §3.8
        body = (
            f"<storage_domain><name>{name}</name><type>{kind}</type><storage><type>nfs</type>"
            f"<address>192.168.0.10</address><path>/{name}</path></storage>"
            "<host><name>hypervisor</name></host></storage_domain>"
        )
        domains[name] = (await done(client.storagedomains.add(read(body)))).id
    for name in domains:  # §3.9, §3.10
        attached = await done(
            data_center.storagedomains.add(
                read(f"<storage_domain><name>{name}</name></storage_domain>")
            )
        )
        assert attached.id == domains[name]
        await done(attached.activate(read("<action/>")))
        assert (await done(client.storagedomains.get(id=domains[name]))).status.state == "active"
    vm = await done(
        client.vms.add(  # §3.11
            read(
                "<vm><name>vm1</name><cluster><name>default</name></cluster><template><name>Blank</name>"
                '</template><memory>536870912</memory><os><boot dev="hd"/></os>'
                f'<cpu_profile id="{profile.id}"/></vm>'
            )
        )
    )
    assert vm.cluster.id == cluster.id
    nic = read(
        "<nic><interface>virtio</interface><name>nic1</name><network><name>ovirtmgmt</name></network></nic>"
    )
    assert (await done(vm.nics.add(nic))).network.id == network.id  # §3.12
    disk = (  # §3.13, `size` and all: a deprecated signature, which the engine still accepts
        f'<disk><storage_domains><storage_domain id="{domains["data1"]}"/></storage_domains>'
        "<size>8589934592</size><type>system</type><interface>virtio</interface>"
        "<format>cow</format><bootable>true</bootable></disk>"
    )
    with pytest.warns(DeprecationWarning):  # the client knows the `size` signature is deprecated
        assert (await done(vm.disks.add(read(disk)))).size == 8589934592
    iso = "rhel-server-6.0-x86_64-dvd.iso"  # §3.14, the upload done as engine-iso-uploader would
    engine.put(
        f"storagedomains/{domains['iso1']}/files",
        etree.fromstring(f'<file id="{iso}"><name>{iso}</name></file>'),
    )
    iso_domain = await done(client.storagedomains.get(id=domains["iso1"]))
    assert [f.id for f in await done(iso_domain.files.list())] == [iso]
    await done(vm.cdroms.add(read(f'<cdrom><file id="{iso}"/></cdrom>')))
    await done(vm.start(read('<action><vm><os><boot dev="cdrom"/></os></vm></action>')))  # §3.15
    running = await done(client.vms.get(id=vm.id))
    assert running.status.state == "up" and running.host.id == host.id
    events = await done(client.events.list())  # §3.16
    assert (events[0].code, events[0].description) == (
        153,
        "vm1 was started by admin (Host: hypervisor).",
    )
    await done(client.close())
