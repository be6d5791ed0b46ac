"""Read benchmark of the generated client: a `<vms>` list of 20,000 VMs shaped like guide §15.2 (about 95 MB).

Times `parse_xml` of the bytes plus reading `name`, `status.state` and `memory` of every VM, next to a bare
`lxml.etree.fromstring` of the same bytes, in CPU time and ABBA order; prints the medians of several runs and
their ratio (target: <= 1.3x, issues 14 and 27).
Uses the client generated from the embedded default (`rsdlgen generate --target client` writes it to
generated/client); run from the repository root: `python benchmarks/client_read.py [runs]`.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated" / "client"))

import ovirtsdk3  # noqa: E402  (the generated package, found through the path above)

COUNT = 20_000


ACTIONS = [
    "move",
    "ticket",
    "reboot",
    "undo_snapshot",
    "commit_snapshot",
    "preview_snapshot",
    "logon",
    "cancelmigration",
    "maintenance",
    "clone",
    "migrate",
    "detach",
    "export",
    "shutdown",
    "start",
    "stop",
    "suspend",
]
LINKS = "applications disks nics numanodes cdroms snapshots tags permissions statistics reporteddevices watchdogs"


def vm(number: int) -> str:
    """One VM with the elements, links and actions of the guide's example (§15.2)."""
    href = f"/ovirt-engine/api/vms/{number:08d}-4f73-4def-89ca-24fc5f60e01a"
    actions = "".join(f'<link rel="{a}" href="{href}/{a}"/>' for a in ACTIONS)
    links = "".join(f'<link rel="{r}" href="{href}/{r}"/>' for r in LINKS.split())
    return (
        f'<vm id="{href.rsplit("/", 1)[1]}" href="{href}"><actions>{actions}</actions>'
        f"<name>vm{number}</name><description>Virtual machine {number}</description>{links}"
        "<type>desktop</type><status><state>up</state></status><memory>536870912</memory>"
        '<cpu><topology cores="1" sockets="1"/></cpu><os type="rhel_6x64"><boot dev="hd"/>'
        "<kernel/><initrd/><cmdline/></os><high_availability><enabled>false</enabled>"
        "<priority>0</priority></high_availability><display><type>spice</type><address>192.0.2.10</address>"
        "<port>5900</port><secure_port>5901</secure_port><monitors>1</monitors>"
        "<allow_override>false</allow_override><smartcard_enabled>false</smartcard_enabled></display>"
        '<host id="2ab5e1da-b726-4274-bbf7-0a42b16a0fc3" href="/ovirt-engine/api/hosts/2ab5e1da"/>'
        '<cluster id="99408929-82cf-4dc7-a532-9d998063fa95" href="/ovirt-engine/api/clusters/99408929"/>'
        '<template id="00000000-0000-0000-0000-000000000000" href="/ovirt-engine/api/templates/0000"/>'
        "<start_time>2011-07-13T12:05:34.931Z</start_time><creation_time>2011-05-31T16:47:51+03:00"
        "</creation_time><origin>rhev</origin><stateless>false</stateless><delete_protected>false"
        '</delete_protected><sso><methods><method id="GUEST_AGENT"/></methods></sso><timezone>'
        "Etc/GMT</timezone><placement_policy><affinity>migratable</affinity></placement_policy>"
        "<memory_policy><guaranteed>536870912</guaranteed><ballooning>true</ballooning></memory_policy>"
        "<usb><enabled>true</enabled><type>native</type></usb><migration_downtime>-1</migration_downtime>"
        '<guest_info><ips><ip address="192.0.2.11"/></ips><fqdn>vm.example.com</fqdn></guest_info>'
        "</vm>"
    )


def document() -> bytes:
    return ("<vms>\n" + "\n".join(vm(n) for n in range(COUNT)) + "\n</vms>").encode()


def raw(data: bytes) -> None:
    etree.fromstring(data)


def client(data: bytes) -> None:
    vms = ovirtsdk3.parse_xml(data, ovirtsdk3.types.VMs)
    for vm in vms.vm:
        vm.name
        status = vm.status
        if status is not None:
            status.state
        vm.memory


def timed(function: Callable[[bytes], None], data: bytes) -> float:
    gc.collect()  # the previous run's 20,000-VM tree freed before, not during, this one
    start = time.process_time()
    function(data)
    return time.process_time() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    data = document()
    check = ovirtsdk3.parse_xml(data, ovirtsdk3.types.VMs).vm
    assert len(check) == COUNT and check[0].memory and check[0].status.state  # type: ignore[union-attr]
    print(f"document: {COUNT} VMs, {len(data) / 1e6:.1f} MB, median of {runs} runs")
    raw_times, client_times = [], []
    for number in range(runs):  # side by side in ABBA order, so both see the same machine load
        pair = [(raw, raw_times), (client, client_times)]
        for function, times in pair if number % 2 == 0 else reversed(pair):
            times.append(timed(function, data))
    raw_median, client_median = statistics.median(raw_times), statistics.median(client_times)
    ratios = [c / r for c, r in zip(client_times, raw_times, strict=True)]
    print(f"lxml.etree.fromstring:          {raw_median:.3f} s CPU")
    print(f"parse_xml + name/state/memory:  {client_median:.3f} s CPU")
    print(
        f"ratio:                          {client_median / raw_median:.2f}x of medians, "
        f"{statistics.median(ratios):.2f}x median of the pairs' (target <= 1.3x)"
    )


if __name__ == "__main__":
    main()
