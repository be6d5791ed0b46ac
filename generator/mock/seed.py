"""What a freshly installed engine has (guide chapter 3), and the entities a user's fixtures add to it.

The fresh engine: the Default data center and cluster at the engine's compatibility level, the Blank template
with the defaults a VM made from it takes (§3.11), the root tag, the `ovirtmgmt` network, the Default CPU
profile, the admin user with its roles and authentication domain, the Default MAC pool, the scheduling
policies and instance types, the configured host `hypervisor` the Quick Start's prerequisites ask for (§3.5),
and the capabilities of every supported compatibility level (chapter 6). Only what the API of this server has
collections for is created, and only with the fields its schema declares.

Fixtures (`load`): an XML document whose children are collections as the API lists them (`<hosts><host>...
</host></hosts>`), or a JSON object of collections in the API's JSON form (`{"hosts": {"host": [...]}}`). A
collection is a top-level one named by its element (XML) or key (JSON), or any collection named by its path
below the API root in an `href` attribute or as the key (`storagedomains/iso1/files`), where entities may be
named by id or by name. Entities are created as the API creates them: references resolved, names checked,
templates applied.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from . import inventory, jsonio, xmlio
from .behaviours import mac_pool
from .calls import tag
from .faults import Fault
from .spec import Spec

if TYPE_CHECKING:  # the engine seeds itself: it imports this module
    from .engine import Engine
    from .views import Key

ZERO = "00000000-0000-0000-0000-000000000000"  # the id of Blank, of the root tag, of the Default MAC pool

DATA_CENTER = "00000002-0002-0002-0002-0000000003ab"
CLUSTER = "00000001-0001-0001-0001-00000000021b"
NETWORK = "00000000-0000-0000-0000-000000000009"
CPU_PROFILE = "0000001a-001a-001a-001a-00000000035e"
ADMIN = "fdfc627c-d875-11e0-90f0-83df133b58cc"
HOST = "0656f432-923a-11e0-ad20-5254004ac988"
HOST_NIC = "7d2a1b1e-4c1f-4b7e-9a55-0656f432923a"
FIRST_MAC, LAST_MAC = mac_pool.DEFAULT_RANGE
LEVEL = "{level}"
# the engine's built-in scheduling policies' ids
NONE_POLICY = "b4ed2332-a7ac-4d5f-9596-99a439cb2812"
SCHEDULING_POLICIES = {
    "none": NONE_POLICY,
    "evenly_distributed": "20d25257-b4bd-4589-92a6-c4c5c5d3fd1a",
    "power_saving": "5a2b0939-7d46-4b73-a469-e9c2c7fc6a53",
    "vm_evenly_distributed": "8d5d7bec-68de-4a67-b53e-0ac54686d579",
}
# the features of a compatibility level (guide §6.1.1, Table 6.1)
FEATURES = (
    "Transparent huge pages memory policy", "Gluster support", "POSIX-FS storage type",
    "Port mirroring", "Display server time", "Search case sensitivity",
    "Maximum results for GET requests", "JSON content type", "Activate and deactivate disks",
    "Activate and deactivate network interface cards", "Floating disks", "Asynchronous deletion",
    "Session-based authentication", "Memory snapshot", "Watchdog device", "Force select SPM",
)  # fmt: skip
ROLES = (
    ("00000000-0000-0000-0000-000000000001", "SuperUser", "Roles management administrator", "true"),
    ("00000000-0000-0000-0001-000000000001", "UserRole", "Standard User Role", "false"),
    ("00000000-0000-0000-0001-000000000002", "PowerUserRole", "User Role, allowed to create VMs, "
     "Templates and Disks", "false"),
    ("00000000-0000-0000-0001-000000000003", "UserVmManager", "User Role, with permission for any "
     "operation on Vms", "false"),
)  # fmt: skip
# Some of each kind of role's permits (the engine's action groups, guide §21.4, Example 21.5)
PERMITS = {
    "true": (("1", "create_vm"), ("2", "delete_vm"), ("3", "edit_vm_properties")),
    "false": (("4", "vm_basic_operations"), ("5", "change_vm_cd"), ("7", "connect_to_vm")),
}  # stands for the engine's compatibility level, `<version major=.. minor=../>`

# What a VM made from Blank shows in the guide's §3.11 answer, besides what its request gave.
BLANK_DEFAULTS = (
    "<type>desktop</type><memory>1073741824</memory><cpu><topology cores='1' sockets='1'/>"
    "<architecture>X86_64</architecture></cpu><cpu_shares>0</cpu_shares>"
    "<sso><methods><method id='GUEST_AGENT'/></methods></sso><console enabled='false'/>"
    "<os type='Unassigned'><boot dev='hd'/></os>"
    "<high_availability><enabled>false</enabled><priority>0</priority></high_availability>"
    "<display><type>spice</type><monitors>1</monitors><single_qxl_pci>false</single_qxl_pci>"
    "<allow_override>false</allow_override><smartcard_enabled>false</smartcard_enabled>"
    "<file_transfer_enabled>true</file_transfer_enabled><copy_paste_enabled>true</copy_paste_enabled>"
    "</display><origin>ovirt</origin><stateless>false</stateless>"
    "<delete_protected>false</delete_protected><timezone>Etc/GMT</timezone>"
    "<placement_policy><affinity>migratable</affinity></placement_policy>"
    "<memory_policy><guaranteed>1073741824</guaranteed><ballooning>true</ballooning></memory_policy>"
    "<usb><enabled>false</enabled></usb><soundcard_enabled>true</soundcard_enabled>"
    "<migration_downtime>-1</migration_downtime><numa_tune_mode>interleave</numa_tune_mode>"
)

SEEDS = [
    (
        "datacenters",
        f'<data_center id="{DATA_CENTER}"><name>Default</name>'
        "<description>The default Data Center</description><local>false</local>"
        f"<storage_format>v3</storage_format>{LEVEL}<supported_versions>{LEVEL}</supported_versions>"
        f'<status><state>up</state></status><mac_pool id="{ZERO}"/><quota_mode>disabled</quota_mode>'
        "</data_center>",
    ),
    (
        "clusters",
        f'<cluster id="{CLUSTER}"><name>Default</name>'
        "<description>The default server cluster</description>"
        f'<cpu id="Intel Penryn Family"/><data_center id="{DATA_CENTER}"/>'
        '<memory_policy><overcommit percent="100"/><transparent_hugepages><enabled>true</enabled>'
        "</transparent_hugepages></memory_policy>"
        f'<scheduling_policy id="{NONE_POLICY}"/>{LEVEL}<supported_versions>{LEVEL}</supported_versions>'
        "<error_handling><on_error>migrate</on_error></error_handling><virt_service>true</virt_service>"
        "<gluster_service>false</gluster_service><threads_as_cores>false</threads_as_cores>"
        "<tunnel_migration>false</tunnel_migration><trusted_service>false</trusted_service>"
        "<ha_reservation>false</ha_reservation><ballooning_enabled>false</ballooning_enabled>"
        "<ksm><enabled>true</enabled></ksm></cluster>",
    ),
    (
        "networks",
        f'<network id="{NETWORK}"><name>ovirtmgmt</name><description>Management Network'
        f'</description><data_center id="{DATA_CENTER}"/><stp>false</stp>'
        "<status><state>operational</state></status><display>false</display><mtu>0</mtu>"
        "<usages><usage>vm</usage></usages><required>true</required></network>",
    ),
    (
        "templates",
        # in the Default cluster (Example 17.1; ovirt-engine's dbscripts/data/0110_insert_vm_static.sql)
        f'<template id="{ZERO}"><name>Blank</name><description>Blank template</description>'
        f'<status><state>ok</state></status>{BLANK_DEFAULTS}<cluster id="{CLUSTER}"/>'
        "<creation_time>2008-04-01T00:00:00.000Z</creation_time>"
        f'<version><base_template id="{ZERO}"/><version_number>1</version_number>'
        "<version_name>base version</version_name></version></template>",
    ),
    (
        "tags",
        f'<tag id="{ZERO}"><name>root</name><description>root</description></tag>',
    ),
    (
        "cpuprofiles",
        f'<cpu_profile id="{CPU_PROFILE}"><name>Default</name><cluster id="{CLUSTER}"/>'
        "</cpu_profile>",
    ),
    (
        "users",
        f'<user id="{ADMIN}"><name>admin</name><user_name>admin@internal</user_name>'
        "<domain><name>internal</name></domain></user>",
    ),
    # the engine's predefined roles, with their ids and descriptions; read-only (`mutable` false)
    *(
        (
            "roles",
            f'<role id="{identifier}"><name>{name}</name><description>{text}</description>'
            f"<administrative>{admin}</administrative><mutable>false</mutable></role>",
        )
        for identifier, name, text, admin in ROLES
    ),
    *(
        (
            f"roles/{identifier}/permits",
            f'<permit id="{number}"><name>{permit}</name>'
            f"<administrative>{admin}</administrative></permit>",
        )
        for identifier, _, _, admin in ROLES
        for number, permit in PERMITS[admin]
    ),
    ("domains", "<domain><name>internal</name></domain>"),
    (
        "macpools",
        f'<mac_pool id="{ZERO}"><name>Default</name><description>Default MAC pool</description>'
        "<allow_duplicates>false</allow_duplicates><default_pool>true</default_pool>"
        f"<ranges><range><from>{FIRST_MAC}</from><to>{LAST_MAC}</to></range></ranges>"
        "</mac_pool>",
    ),
    *(
        (
            "schedulingpolicies",
            f'<scheduling_policy id="{SCHEDULING_POLICIES.get(name, "")}"><name>{name}</name>'
            "</scheduling_policy>",
        )
        for name in (
            "none",
            "evenly_distributed",
            "power_saving",
            "vm_evenly_distributed",
        )
    ),
    *(
        ("instancetypes", f"<instance_type><name>{name}</name></instance_type>")
        for name in ("Tiny", "Small", "Medium", "Large", "XLarge")
    ),
    (f"clusters/{CLUSTER}/networks", f'<network id="{NETWORK}"/>'),
    (
        f"networks/{NETWORK}/vnicprofiles",
        f'<vnic_profile><name>ovirtmgmt</name><network id="{NETWORK}"/></vnic_profile>',
    ),
    (
        "hosts",
        f'<host id="{HOST}"><name>hypervisor</name><address>10.64.14.110</address>'
        f'<status><state>up</state></status><cluster id="{CLUSTER}"/><port>54321</port>'
        "<type>rhel</type>"
        "<certificate><organization>example.com</organization><subject>O=example.com,CN=10.64.14.110"
        "</subject></certificate><external_status><state>ok</state></external_status>"
        '<storage_manager priority="5">true</storage_manager>'
        "<spm><priority>5</priority><status><state>spm</state></status></spm>"
        '<version major="4" minor="17" build="20" revision="0" full_version="vdsm-4.17.20-0.el7ev"/>'
        "<power_management><enabled>false</enabled><pm_proxies/><automatic_pm_enabled>true"
        "</automatic_pm_enabled><kdump_detection>true</kdump_detection><options/></power_management>"
        "<ksm><enabled>true</enabled></ksm><transparent_hugepages><enabled>true</enabled>"
        "</transparent_hugepages><iscsi><initiator>iqn.1994-05.com.redhat:hypervisor</initiator></iscsi>"
        "<ssh><port>22</port><fingerprint>00:00:00:00:00:00:00:00:00:00:00:00:00:00:00</fingerprint></ssh>"
        '<cpu><topology cores="2" sockets="1"/><name>Intel(R) Xeon(R) CPU E5430 @ 2.66GHz</name>'
        "<speed>2656</speed></cpu><memory>17179869184</memory>"
        "<max_scheduling_memory>16777216000</max_scheduling_memory><protocol>stomp</protocol>"
        '<os type="RHEL"><version full_version="7.2-9.el7_2.1"/></os>'
        '<libvirt_version major="1" minor="2" build="17" revision="0" '
        'full_version="libvirt-1.2.17-13.el7_2.2"/><kdump_status>disabled</kdump_status>'
        "<selinux><mode>enforcing</mode></selinux><auto_numa_status>disable</auto_numa_status>"
        "<numa_supported>false</numa_supported><live_snapshot_support>true</live_snapshot_support>"
        "<update_available>false</update_available>"
        "<device_passthrough><enabled>false</enabled></device_passthrough></host>",
    ),
    # what the engine found on the configured host (§14.9.2): its management NIC, bridged to ovirtmgmt
    (
        f"hosts/{HOST}/nics",
        f'<host_nic id="{HOST_NIC}"><name>eth0</name><network id="{NETWORK}"/>'
        '<mac address="52:54:00:4a:c9:88"/>'
        '<ip address="10.64.14.110" netmask="255.255.255.0" gateway="10.64.14.254"/>'
        "<boot_protocol>dhcp</boot_protocol><status><state>up</state></status><mtu>1500</mtu>"
        "<bridged>true</bridged><custom_configuration>false</custom_configuration></host_nic>",
    ),
]


def seed(engine: Engine) -> None:
    major, minor = engine.version["major"], engine.version["minor"]
    level = f'<version major="{major}" minor="{minor}"/>'
    for collection, xml in SEEDS:
        spec = engine.resource(tuple(collection.split("/")))
        if spec is None or spec.kind != "collection":
            continue
        element = conform(engine.spec, etree.fromstring(xml.replace(LEVEL, level)))
        jsonio.in_schema_order(engine.spec, element)
        top = engine.top_items.get(tag(element))
        existing = engine.items(top) if top and "/" in collection else []
        shared = next((e for e in existing if e.get("id") == element.get("id")), None)
        engine.put(collection, shared if shared is not None else element)
    _capabilities(engine)


def _capabilities(engine: Engine) -> None:
    """One `<version>` per compatibility level from `major.0` to the engine's (guide §6.1), the last one
    `current` (§6.2), each listing the values the schema enumerates for its lists (`vm_states` ...).
    """
    spec = engine.resource(("capabilities",))
    if spec is None or spec.kind != "collection" or not spec.item:
        return
    major, minor = engine.version["major"], int(engine.version["minor"] or 0)
    for level in range(minor + 1):
        version = etree.Element(spec.item, major=major, minor=str(level))
        version.set("id", str(uuid.uuid5(uuid.NAMESPACE_URL, f"capabilities/{major}.{level}")))
        etree.SubElement(version, "current").text = "true" if level == minor else "false"
        features = etree.SubElement(version, "features")
        for name in FEATURES:
            etree.SubElement(etree.SubElement(features, "feature"), "name").text = name
        for capability in engine.spec.capabilities:
            holder = etree.SubElement(version, capability.element)
            for value in capability.values:
                etree.SubElement(holder, capability.item).text = value
        shape = engine.spec.types_of_child.get((spec.element, spec.item))
        jsonio.in_schema_order(engine.spec, version, shape)
        engine.put("capabilities", conform(engine.spec, version, shape))


def conform(spec: Spec, element: etree._Element, type_name: str | None = None) -> etree._Element:
    """Drop what the schema does not declare, so that a seed fits every API's schema (an element the schema
    does not know is kept as written)."""
    children = spec.children.get(type_name or spec.elements.get(tag(element), ""))
    if children is None:
        return element
    for child in list(element):
        declared = children.get(tag(child))
        if declared is None:
            element.remove(child)
        elif declared.type:
            conform(spec, child, declared.type)
    return element


# --- fixtures ----------------------------------------------------------------------------------------------


class SeedError(ValueError):
    """A fixture that cannot be loaded; the message names the file and what is wrong."""


def load(engine: Engine, path: str | Path) -> int:
    """Create the entities of the fixture file at `path` (XML or JSON); returns how many."""
    data = Path(path).read_bytes()
    try:
        json_form = data.lstrip()[:1] in (b"{", b"[")
        root = None if json_form else xmlio.parse(data)
        if root is not None and inventory.is_inventory(
            root
        ):  # the whole inventory, replacing the fresh one
            return inventory.restore(engine, inventory.parse(data))
        collections = _json(engine, data) if root is None else _xml(engine.spec, root)
        created = 0
        for href, wrapper in collections:
            key = _collection_key(engine, href)
            item = engine.resource(key).item  # type: ignore[union-attr]  # checked by the key
            for entity in wrapper:
                if tag(entity) != item:
                    raise SeedError(f"{href}: <{tag(entity)}> where <{item}> belongs")
                engine.create(key, tag(entity), entity)
                created += 1
        return created
    except Fault as fault:
        raise SeedError(f"{path}: {fault.reason}: {fault.detail}") from None
    except (SeedError, inventory.InventoryError) as error:
        raise SeedError(f"{path}: {error}") from None


def _xml(spec: Spec, root: etree._Element) -> list[tuple[str, etree._Element]]:
    return [(c.get("href") or _by_element(spec, tag(c)), c) for c in root if tag(c)]


def _json(engine: Engine, data: bytes) -> list[tuple[str, etree._Element]]:
    try:
        value = json.loads(data)
    except ValueError as exc:
        raise SeedError(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise SeedError("a JSON fixture is an object of collections")
    found = []
    for key, content in value.items():
        href = key if key in engine.spec.resources or "/" in key else _by_element(engine.spec, key)
        spec = engine.resource(tuple(href.strip("/").split("/")))
        if spec is None or spec.kind != "collection" or not isinstance(content, dict):
            raise SeedError(f"{key!r} is not a collection of this API, or not an object")
        found.append(
            (
                href,
                jsonio.parse(json.dumps(content).encode(), spec.element, engine.spec),
            )
        )
    return found


def _by_element(api: Spec, element: str) -> str:
    """The top-level collection whose wrapper element (or href) is `element`."""
    for spec in api.resources.values():
        if (
            spec.kind == "collection"
            and "/" not in spec.href
            and element in (spec.element, spec.href)
        ):
            return spec.href
    raise SeedError(f"<{element}> is not a collection of this API")


def _collection_key(engine: Engine, href: str) -> Key:
    """The concrete path of a collection named by `href`, whose entity segments are ids or names."""
    segments = [s for s in href.strip("/").split("/") if s]
    for index in range(1, len(segments), 2):
        collection = "/".join(segments[:index])
        known = {e.get("id") for e in engine.items(collection)}
        if segments[index] not in known:
            found = engine.find(collection, segments[index])
            if found is None:
                raise SeedError(f"{href}: no entity {segments[index]!r} in {collection}")
            segments[index] = found.get("id") or ""
    spec = engine.resource(tuple(segments))
    if spec is None or spec.kind != "collection":
        raise SeedError(f"{href} is not a collection of this API")
    return tuple(segments)
