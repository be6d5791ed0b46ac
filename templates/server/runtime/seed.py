"""What a freshly installed engine has (guide chapter 3): the Default data center and cluster, the Blank
template, the root tag, the `ovirtmgmt` network, the Default CPU profile, and the admin user with its roles,
its authentication domain, the Default MAC pool, the scheduling policies and instance types, so that bodies
naming them by name find them. Only what the API of this server has collections for is created."""

from __future__ import annotations

from lxml import etree

from .calls import tag
from .engine import ZERO, Engine

DATA_CENTER = "00000002-0002-0002-0002-0000000003ab"
CLUSTER = "00000001-0001-0001-0001-00000000021b"
NETWORK = "00000000-0000-0000-0000-000000000009"
CPU_PROFILE = "0000001a-001a-001a-001a-00000000035e"
ADMIN = "fdfc627c-d875-11e0-90f0-83df133b58cc"

SEEDS = [
    (
        "datacenters",
        f'<data_center id="{DATA_CENTER}"><name>Default</name>'
        "<description>The default Data Center</description><local>false</local>"
        '<storage_format>v3</storage_format><version major="3" minor="6"/>'
        "<status><state>up</state></status></data_center>",
    ),
    (
        "clusters",
        f'<cluster id="{CLUSTER}"><name>Default</name>'
        "<description>The default server cluster</description>"
        f'<cpu id="Intel Penryn Family"/><data_center id="{DATA_CENTER}"/>'
        '<version major="3" minor="6"/></cluster>',
    ),
    (
        "networks",
        f'<network id="{NETWORK}"><name>ovirtmgmt</name><description>Management Network'
        f'</description><data_center id="{DATA_CENTER}"/><stp>false</stp>'
        "<status><state>operational</state></status><display>false</display></network>",
    ),
    (
        "templates",
        f'<template id="{ZERO}"><name>Blank</name><description>Blank template</description>'
        "<status><state>ok</state></status><memory>1073741824</memory></template>",
    ),
    ("tags", f'<tag id="{ZERO}"><name>root</name><description>root</description></tag>'),
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
    ("roles", "<role><name>SuperUser</name><administrative>true</administrative></role>"),
    ("roles", "<role><name>UserRole</name><administrative>false</administrative></role>"),
    ("domains", "<domain><name>internal</name></domain>"),
    (
        "macpools",
        f'<mac_pool id="{ZERO}"><name>Default</name><default_pool>true</default_pool></mac_pool>',
    ),
    *(
        ("schedulingpolicies", f"<scheduling_policy><name>{name}</name></scheduling_policy>")
        for name in ("none", "evenly_distributed", "power_saving", "vm_evenly_distributed")
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
]


def seed(engine: Engine) -> None:
    for collection, xml in SEEDS:
        spec = engine.resource(tuple(collection.split("/")))
        if spec is None or spec.kind != "collection":
            continue
        element = etree.fromstring(xml)
        top = engine.top_items.get(tag(element))
        existing = engine.items(top) if top and "/" in collection else []
        shared = next((e for e in existing if e.get("id") == element.get("id")), None)
        engine.put(collection, shared if shared is not None else element)
