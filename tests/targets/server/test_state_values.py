"""Values the mock engine derives from its state, as the guide shows them (issue 23): a NIC's MAC address from
the MAC pool, a VM's guaranteed memory, statistics, storage space, export and import. On the 3.6 engine's
documents, driven in process; each test cites the guide section it follows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock.app import create_app
from rsdlgen.mock.settings import Settings
from rsdlgen.targets.server.spec import server_spec
from tests.support.mock_servers import in_process
from tests.targets.server import test_quickstart as quick

ROOT = "/ovirt-engine/api"
XML = {"Content-Type": "application/xml", "Accept": "application/xml", "Expect": "201-created"}
VM = "<vm><name>{}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template>{}</vm>"
NIC = "<nic><name>{}</name><interface>virtio</interface><network><name>ovirtmgmt</name></network></nic>"
EXPORT = """<storage_domain>
  <type>export</type>
  <name>export1</name>
  <storage>
    <type>nfs</type>
    <address>172.31.0.6</address>
    <path>/exports/RHEVX/export-domain</path>
  </storage>
  <host><name>hypervisor</name></host>
</storage_domain>"""


@pytest.fixture(scope="module")
def spec36(model36: rsdlgen.Model) -> Any:
    return server_spec(model36)


def engine(spec: Any, **settings: Any) -> Iterator[httpx.Client]:
    with in_process(create_app(spec, settings=Settings(**settings)), ROOT) as client:
        yield client


@pytest.fixture
def client(spec36: Any) -> Iterator[httpx.Client]:
    yield from engine(spec36)


def ok(response: httpx.Response, status: int = 200) -> etree._Element:
    assert response.status_code == status, response.text
    return etree.fromstring(response.content)


def post(client: httpx.Client, path: str, body: str, status: int = 201) -> etree._Element:
    return ok(client.post(path, content=body, headers=XML), status)


def data_domain(client: httpx.Client) -> str:
    return post(client, "/storagedomains", quick.DATA1).get("id") or ""


def test_nic_mac_comes_from_the_pool_unique_and_the_nic_is_plugged_and_linked(
    client: httpx.Client,
) -> None:
    # §15.6.2.1, Table 15.5, Example 15.24: a NIC's MAC address is given by the engine from the data center's
    # MAC pool (§23, Example 23.1: 00:1a:4a:16:01:51 - 00:1a:4a:16:01:e6), never twice; plugged and linked.
    pool = ok(client.get("/macpools"))[0]
    first, last = pool.findtext("ranges/range/from"), pool.findtext("ranges/range/to")
    vm = post(client, "/vms", VM.format("vm1", "")).get("id")
    macs = []
    for name in ("nic1", "nic2"):
        nic = post(client, f"/vms/{vm}/nics", NIC.format(name))
        assert (nic.findtext("plugged"), nic.findtext("linked")) == ("true", "true")
        macs.append(nic.find("mac").get("address"))
    other = post(client, "/vms", VM.format("vm2", "")).get("id")
    macs.append(post(client, f"/vms/{other}/nics", NIC.format("nic1")).find("mac").get("address"))
    assert len(set(macs)) == 3
    assert all(int(first.replace(":", ""), 16) <= int(m.replace(":", ""), 16) for m in macs)
    assert all(int(m.replace(":", ""), 16) <= int(last.replace(":", ""), 16) for m in macs)
    # an unplugged NIC stays so; an address in use is refused, as the engine refuses it
    unplugged = NIC.format("nic3").replace("</nic>", "<plugged>false</plugged></nic>")
    assert post(client, f"/vms/{vm}/nics", unplugged).findtext("plugged") == "false"
    taken = NIC.format("nic4").replace("</nic>", f'<mac address="{macs[0]}"/></nic>')
    refused = client.post(f"/vms/{vm}/nics", content=taken, headers=XML)
    assert refused.status_code == 409
    assert "MAC Address is already in use" in refused.text


def test_a_vm_from_a_template_never_has_more_memory_guaranteed_than_it_has(
    client: httpx.Client,
) -> None:
    # §3.11, Example 3.13: vm1 with 512 MiB from Blank (whose guarantee is 1 GiB) answers guaranteed 512 MiB.
    vm = post(client, "/vms", quick.VM1, 201)
    assert vm.findtext("memory") == "536870912"
    assert vm.findtext("memory_policy/guaranteed") == "536870912"
    # without memory, it takes the template's memory and guarantee
    blank = post(client, "/vms", VM.format("vm2", ""))
    assert blank.findtext("memory_policy/guaranteed") == blank.findtext("memory") == "1073741824"
    # asking for a guarantee above the memory is refused
    greedy = "<memory>536870912</memory><memory_policy><guaranteed>1073741824</guaranteed></memory_policy>"
    refused = client.post("/vms", content=VM.format("vm3", greedy), headers=XML)
    assert refused.status_code == 409 and "cannot exceed Memory Size" in refused.text


def statistics(client: httpx.Client, path: str) -> dict[str, etree._Element]:
    return {s.findtext("name"): s for s in ok(client.get(f"{path}/statistics"))}


def datum(statistic: etree._Element) -> float:
    return float(statistic.findtext("values/value/datum"))


def test_statistics_have_the_guides_names_units_and_types_and_follow_the_state(
    client: httpx.Client,
) -> None:
    # §14.7.2 (host), Table 14.9 (host NIC), §15.6.3 (VM disk), §15.6.4 (VM NIC), Table 15.12 (VM)
    host = ok(client.get("/hosts"))[0].get("id")
    host_nic = ok(client.get(f"/hosts/{host}/nics")).find("host_nic").get("id")
    domain = data_domain(client)
    vm = post(client, "/vms", quick.VM1).get("id")
    nic = post(client, f"/vms/{vm}/nics", quick.NIC1).get("id")
    disk = post(client, f"/vms/{vm}/disks", quick.DISK.format(data1=domain)).get("id")
    expected = {
        f"/hosts/{host}": {"memory.total", "memory.used", "memory.free", "memory.shared",
                           "memory.buffers", "memory.cached", "swap.total", "swap.free", "swap.used",
                           "swap.cached", "ksm.cpu.current", "cpu.current.user",
                           "cpu.current.system", "cpu.current.idle", "cpu.load.avg.5m"},
        f"/hosts/{host}/nics/{host_nic}": {"data.current.rx", "data.current.tx", "data.total.rx",
                                           "data.total.tx", "errors.total.rx", "errors.total.tx"},
        f"/vms/{vm}": {"memory.installed", "memory.used", "cpu.current.guest",
                       "cpu.current.hypervisor", "cpu.current.total"},
        f"/vms/{vm}/nics/{nic}": {"data.current.rx", "data.current.tx", "errors.total.rx",
                                  "errors.total.tx"},
        f"/vms/{vm}/disks/{disk}": {"data.current.read", "data.current.write"},
    }  # fmt: skip
    owners = {"hosts": "host", "nics": "nic", "disks": "disk", "vms": "vm"}
    for path, names in expected.items():
        found = statistics(client, path)
        assert set(found) == names, path
        for statistic in found.values():
            assert statistic.findtext("type") in ("GAUGE", "COUNTER")
            assert statistic.find("values").get("type") in ("INTEGER", "DECIMAL")
            assert statistic.findtext("unit") and statistic.findtext("description")
            owner = (
                "host_nic"
                if "/hosts/" in path and "/nics/" in path
                else owners[path.split("/")[-2]]
            )
            assert statistic.find(owner).get("href").endswith(path)
            one = ok(client.get(statistic.get("href").removeprefix(ROOT)))
            assert one.findtext("name") == statistic.findtext("name")
    host_stats = statistics(client, f"/hosts/{host}")
    assert host_stats["memory.total"].findtext("unit") == "BYTES"
    assert host_stats["cpu.current.user"].findtext("unit") == "PERCENT"
    assert datum(host_stats["memory.used"]) + datum(host_stats["memory.free"]) == datum(
        host_stats["memory.total"]
    )
    # a stopped VM uses no CPU and its devices move no data; running, its host's memory use grows
    stopped = statistics(client, f"/vms/{vm}")
    assert datum(stopped["memory.installed"]) == 536870912
    assert [datum(stopped[n]) for n in ("cpu.current.guest", "cpu.current.total")] == [0, 0]
    assert datum(statistics(client, f"/vms/{vm}/nics/{nic}")["data.current.rx"]) == 0
    post(client, f"/vms/{vm}/start", "<action/>", 200)
    running = statistics(client, f"/vms/{vm}")
    assert datum(running["cpu.current.total"]) > 0
    assert datum(statistics(client, f"/vms/{vm}/nics/{nic}")["data.current.rx"]) > 0
    busy = statistics(client, f"/hosts/{host}")
    assert datum(busy["memory.used"]) == datum(host_stats["memory.used"]) + 536870912


def test_storage_available_and_used_follow_the_disks(client: httpx.Client) -> None:
    # §12.2, Example 12.1: available, used and committed; a preallocated disk takes its size, a thin one
    # (cow) is committed but takes nothing yet; removed, its space comes back.
    domain = data_domain(client)
    before = ok(client.get(f"/storagedomains/{domain}"))
    total = int(before.findtext("available")) + int(before.findtext("used"))
    assert (before.findtext("used"), before.findtext("committed")) == ("0", "0")
    vm = post(client, "/vms", quick.VM1).get("id")
    thin = post(client, f"/vms/{vm}/disks", quick.DISK.format(data1=domain))
    assert thin.findtext("provisioned_size") == "8589934592" and thin.findtext("actual_size") == "0"
    raw = quick.DISK.format(data1=domain).replace("cow", "raw").replace("8589934592", "1073741824")
    raw_disk = post(client, f"/vms/{vm}/disks", raw)
    after = ok(client.get(f"/storagedomains/{domain}"))
    assert int(after.findtext("used")) == 1073741824
    assert int(after.findtext("available")) + int(after.findtext("used")) == total
    assert int(after.findtext("committed")) == 8589934592 + 1073741824
    assert client.delete(f"/disks/{raw_disk.get('id')}").status_code == 204
    assert ok(client.get(f"/storagedomains/{domain}")).findtext("used") == "0"


def test_an_exported_vm_is_listed_in_the_export_domain_and_imports_back(
    client: httpx.Client,
) -> None:
    # §15.7.11 Example 15.57 (export), §12.4.2 Examples 12.6 (the domain's vms), 12.7 (import)
    export = post(client, "/storagedomains", EXPORT).get("id")
    vm = post(client, "/vms", quick.VM1)
    action = "<action><storage_domain><name>export1</name></storage_domain>{}</action>"
    post(client, f"/vms/{vm.get('id')}/export", action.format(""), 200)
    listed = ok(client.get(f"/storagedomains/{export}/vms"))
    assert [v.findtext("name") for v in listed] == ["vm1"]
    assert listed[0].find("storage_domain").get("id") == export
    assert listed[0].find("link[@rel='disks']") is not None
    again = client.post(f"/vms/{vm.get('id')}/export", content=action.format(""), headers=XML)
    assert again.status_code == 409  # the same name is there: `exclusive` overwrites it
    post(client, f"/vms/{vm.get('id')}/export", action.format("<exclusive>true</exclusive>"), 200)
    assert len(ok(client.get(f"/storagedomains/{export}/vms"))) == 1
    back = "<action><storage_domain><name>data1</name></storage_domain><cluster><name>Default</name></cluster></action>"
    data_domain(client)
    imported = f"/storagedomains/{export}/vms/{vm.get('id')}/import"
    assert client.post(imported, content=back, headers=XML).status_code == 409  # vm1 still exists
    assert client.delete(f"/vms/{vm.get('id')}").status_code == 204
    post(client, imported, back, 200)
    restored = ok(client.get(f"/vms/{vm.get('id')}"))
    assert restored.findtext("name") == "vm1" and restored.findtext("status/state") == "down"
    assert restored.findtext("memory") == "536870912"


def test_a_new_tag_descends_from_the_root_tag_which_has_no_parent(client: httpx.Client) -> None:
    # guide §24.4.1: the root tag is "the default parent tag if no parent tag is specified" and "cannot be
    # assigned a parent tag"; Example 24.1 shows a tag's parent
    root = ok(client.get("/tags", headers=XML)).xpath("tag[name='root']")[0]
    assert root.find("parent") is None
    finance = post(client, "/tags", "<tag><name>Finance</name></tag>")
    assert finance.find("parent/tag").get("id") == root.get("id")
    child = post(
        client,
        "/tags",
        f'<tag><name>Payroll</name><parent><tag id="{finance.get("id")}"/></parent></tag>',
    )
    assert child.find("parent/tag").get("id") == finance.get("id")  # a given parent is kept
