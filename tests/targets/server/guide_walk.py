"""What the walk of the guide's requests (`test_guide_requests.py`) needs besides the guide: the requests it
does not send and why (`SKIPPED`), the PDF's typos it corrects (`CORRECTED`), what an example takes for
granted (`PREPARED`, mostly the guide's own earlier requests), what a guide id stands for where the default
is not it (`STANDS_FOR`), and the examples that repeat the Quick Start's names, sent before it
(`BEFORE_QUICK_START`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.targets.server.test_guide_requests import Walk

Prepare = Callable[["Walk"], None]
PLACEHOLDER = "a pattern of chapter 7 with placeholders ([collection], resource_id), not a request"
ELLIPSIS = "printed with `...` standing for what the example leaves out: no engine can read it"
SKIPPED: dict[str, str] = {
    **{label: PLACEHOLDER for label in ("7.6", "7.6/2", "7.6/3", "§7.4", "7.7", "7.7/2", "7.7/3")},
    "§8.2/2": ELLIPSIS,
    "15.43": ELLIPSIS,
    "12.4": "printed without the domain's id in its path, and with `...` in its body",
    "12.13": "a Glance image lives in an OpenStack image service (§12.7), which no API request makes",
    "12.14": "a Glance image lives in an OpenStack image service (§12.7), which no API request makes",
    "§12.8/5": "registers a disk found in a block domain's metadata on a real storage server (§12.8)",
    "14.30": "not well-formed as printed: its <network_attachment>, <host_nic> and <bonding> are left open",
    "15.30": "a NUMA node is pinned to a host's NUMA nodes, a host's hardware (§14.9.7); and its end tag "
    "is </vm_numa_nodes> for <vm_numa_node>",
    "15.31": "pins a VM NUMA node to a host's NUMA node, a host's hardware (§14.9.7)",
    "15.53": "a JSON `{}` body, and logging on needs the guest agent inside the VM (§15.7.7)",
    "18.2": "printed as <vm pool> with its references' ids outside their tags: no XML parser reads it "
    "(a pool is made in 18.5's preparation with the body §18.1 describes)",
    "18.3": "printed as <vm pool> (no XML parser reads it)",
    "22.3": "the 3.6 RSDL serves a user's roles read-only (GET): roles are given through permissions",
}
# label -> the (printed, sent) replacements in its body (its path's, when they start with "/"), each a typo
# or a placeholder of the PDF's text
CORRECTED: dict[str, tuple[tuple[str, str], ...]] = {
    "10.13": (("<brick>", "<bricks><brick>"), ("</brick>", "</brick></bricks>")),  # GlusterBricks
    "13.2": (("Host_Name", "hypervisor"),),  # the placeholder of the host's name
    "13.4": (("Host_name", "hypervisor"),),
    "13.6": (("Host_Name", "hypervisor"),),
    "13.9": (("storageconnectionextension>", "storage_connection_extension>"),),
    "14.17": (("networkattachment>", "network_attachment>"),),
    "14.18": (("networkattachment>", "network_attachment>"),),
    "15.18": (("/vms/082c794b-771f-452f-83c9-b2b5a19c0399", "/vms"),),  # a new VM is added to /vms
    "20.2": (("/group", "/groups"),),
}


def sends(*labels: str) -> Prepare:
    """Prepares by sending the guide's own requests of `labels` first, as printed (and corrected)."""

    def prepare(walk: Walk) -> None:
        for label in labels:
            walk.send_guide(label)

    return prepare


def posts(path: str, body: str) -> Prepare:
    def prepare(walk: Walk) -> None:
        walk.send("POST", walk.path(path), body)

    return prepare


def both(*steps: Prepare) -> Prepare:
    def prepare(walk: Walk) -> None:
        for step in steps:
            step(walk)

    return prepare


# chapter 12's second data domain (Example 9.6, 12.7)
IMAGES0 = (
    "<storage_domain><name>images0</name><type>data</type><storage><type>nfs</type><address>"
    "192.168.0.10</address><path>/images0</path></storage><host><name>hypervisor</name></host>"
    "</storage_domain>"
)
EXPORT1 = IMAGES0.replace("images0", "export1").replace("<type>data", "<type>export")
VM_DOWN = posts("/vms/5114bb3e-a4e6-44b2-b783-b3eea7d84720/stop", "<action/>")
TO_EXPORT1 = "<action><storage_domain><name>export1</name></storage_domain></action>"
EXPORTED = both(
    posts("/storagedomains", EXPORT1),
    posts("/storagedomains", IMAGES0),
    posts("/vms/5114bb3e-a4e6-44b2-b783-b3eea7d84720/export", TO_EXPORT1),
)
POOL = (  # §18.1's elements
    "<vmpool><name>VM_Pool_A</name><cluster><name>Default</name></cluster>"
    "<template><name>Blank</name></template></vmpool>"
)
# §8: "the virtual machine to back up, and a virtual machine on which the software for managing the backup
# is installed"
BACKUP_VM = posts(
    "/vms",
    "<vm><name>backup</name><cluster><name>Default</name></cluster>"
    "<template><name>Blank</name></template></vm>",
)
PREPARED: dict[str, Prepare] = {
    "§8.1/2": both(sends("§8.1"), BACKUP_VM),
    "§8.2": BACKUP_VM,
    "§8.2/3": BACKUP_VM,
    "9.6": posts("/storagedomains", IMAGES0),
    "10.6": sends("10.3"),  # a second cluster, to attach the network to
    **{label: sends("10.11") for label in ("10.13", "10.15", "10.16", "10.17", "10.18", "10.19")},
    "12.7": both(
        EXPORTED, VM_DOWN, lambda walk: walk.remove("/vms/5114bb3e-a4e6-44b2-b783-b3eea7d84720")
    ),
    "12.8": both(
        posts("/storagedomains", EXPORT1),
        posts("/storagedomains", IMAGES0),
        VM_DOWN,
        posts("/templates", "<template><name>template1</name><vm><name>vm1</name></vm></template>"),
        posts("/templates/082c794b-771f-452f-83c9-b2b5a19c0399/export", TO_EXPORT1),
        lambda walk: walk.remove("/templates/082c794b-771f-452f-83c9-b2b5a19c0399"),
    ),
    "12.9": both(EXPORTED, VM_DOWN),  # a clone beside the VM it was exported from
    "12.10": both(
        EXPORTED, VM_DOWN, lambda walk: walk.remove("/vms/5114bb3e-a4e6-44b2-b783-b3eea7d84720")
    ),
    "13.4": sends("13.2"),
    "13.5": sends("13.2"),
    "13.6": sends("13.2"),
    "13.7": sends("13.2"),
    "14.11": sends("14.10"),
    "14.18": sends("14.10"),
    "15.20": sends("16.2"),  # a floating disk to attach
    "15.25": sends("15.4"),  # the chapter's VM (vm2), whose first NIC this is
    "15.42": both(sends("15.41"), VM_DOWN),
    **{label: VM_DOWN for label in ("15.46", "15.47", "15.48")},  # a start needs a VM that is down
    "15.57": posts("/storagedomains", EXPORT1),
    "17.7": posts("/storagedomains", EXPORT1),
    "18.5": posts("/vmpools", POOL),
    "22.2": posts(
        "/roles", "<role><name>RHEVMPowerUser</name><permits><permit id='1'/></permits></role>"
    ),
    "24.7": sends("24.2"),  # Finance, the parent it names
    "24.8": sends("24.2", "24.6"),
}
# label -> guide id -> the name of what it stands for
STANDS_FOR: dict[str, dict[str, str]] = {
    "9.6": {"fabe0451-701f-4235-8f7e-e20e458819ed": "images0"},
    **{
        label: {"fabe0451-701f-4235-8f7e-e20e458819ed": "data1"}
        for label in ("15.12", "16.2", "15.20")
    },
    "17.7": {"00000000-0000-0000-0000-000000000000": "export1"},
    "24.8": {
        "ac18dabf-23e5-12be-a383-a38b165ca7bd": "Billing",
        "f436ebfc-67f2-41bd-8ec6-902b6f7dcb5e": "Finance",
    },
    **{
        label: {"fabe0451-701f-4235-8f7e-e20e458819ed": "export1"}
        for label in ("12.7", "12.8", "12.9", "12.10")
    },
}
# examples that make again what the Quick Start made (data1, vm1): sent to an engine before it
BEFORE_QUICK_START = frozenset({"12.3", "25.7"})
