"""How much of what the guide's XML representations show the mock engine shows (issue 23): the structure of
each representation printed in the v3 guide, as element paths with attribute names (`nic/mac@address`,
`vm/link@rel=nics`), against the mock's representation of the comparable entity, after building the state the
guide's chapters build through the API with the guide's own requests (the Quick Start, §3.7-3.15, then the
export domain of §12.5, the floating disk of Example 16.2, the tag of §24 ...).

The API is the oVirt 3.6 engine's (the corpus documents real clients are tested with), the fullest v3 API.
A guide path counts when the served schema declares it (the guide also prints 3.x-only and mistyped elements,
`lunStorage`, `<vm pool>`, that no engine of this API writes). The figure per type is printed (`-s`); the test
asserts a floor that only goes up as the mock gains fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock import seed
from rsdlgen.mock.app import create_app
from rsdlgen.mock.spec import Spec
from rsdlgen.targets.server.spec import server_spec
from tests.support.mock_servers import in_process
from tests.targets.server import test_quickstart as quick

GUIDE = Path(__file__).parents[3] / ".." / "shared" / "reference" / "rhv-4.3-rest-api-v3-guide.txt"
ROOT = quick.ROOT
XML = quick.XML
FLOOR = 0.99  # the share of the guide's paths the mock shows; raised as fields land

# What only a real host, storage server or guest agent can have, which no request through the API creates:
SKIPPED = {
    "files": "ISO files are uploaded outside the API (engine-iso-uploader, §3.14, §12.4.3)",
    "images": "Glance images live in an OpenStack image service (§12.4.4)",
    "host_storage": "a host's LUNs are what its storage server exports (§14.9.6)",
    "host_numa_nodes": "a host's NUMA nodes are its hardware (§14.9.7)",
    "sessions": "a VM's sessions are reported by its guest agent (§15.6.10)",
}
# Paths of a representation that only such a resource gives: a direct LUN disk's LUN is a host's (§15.6.2)
SKIPPED_PATHS = {"disk/lun_storage": SKIPPED["host_storage"]}


# --- the guide's side ---------------------------------------------------------------------------------------


def guide_example(lines: list[str], start: int, root: str) -> etree._Element:
    """The XML representation printed from line `start` (1-based) of the guide: the fenced blocks from there,
    joined (the PDF's text splits some across fences), from `<root` to its end tag; HTTP lines dropped.
    """
    text, fenced = [], False
    for line in lines[start - 1 :]:
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced and not re.match(r"(HTTP/1\.1|[A-Z][\w-]+: |(GET|POST|PUT|DELETE) /)", line):
            text.append(line)
        if re.match(rf"\s*</{root}>", line) and fenced:
            break
    joined = "\n".join(text)
    joined = joined[joined.index(f"<{root}") :]
    joined = joined.replace(">>", ">")  # `<enabled>>false</enabled>`: the PDF's typo
    parser = etree.XMLParser(recover=True)
    return etree.fromstring(joined.encode(), parser)


def element_paths(element: etree._Element, prefix: str = "") -> set[str]:
    """`tag`, `tag@attribute`, `tag/link@rel=name`, recursively; text values and hrefs of links ignored."""
    name = element.tag if isinstance(element.tag, str) else ""
    if not name:
        return set()
    here = f"{prefix}/{name}" if prefix else name
    if name == "link":
        return {f"{here}@rel={element.get('rel')}"}
    found = {here} | {f"{here}@{a}" for a in element.attrib}
    for child in element:
        found |= element_paths(child, here)
    return found


def item_paths(element: etree._Element, spec: Spec) -> set[str]:
    """The paths of an entity, or of the items of a collection (`<hosts>`: relative to `host`)."""
    if element.tag in spec.elements and spec.elements[element.tag] in spec.types:
        return element_paths(element)
    return set().union(*(element_paths(item) for item in element)) if len(element) else set()


def declared(spec: Spec, path: str) -> bool:
    """Whether the served schema has `path` (`vm/memory_policy/guaranteed`, `nic/mac@address`)."""
    steps, _, attribute = path.partition("@")
    names = steps.split("/")
    type_name = spec.elements.get(names[0])
    for name in names[1:]:
        child = spec.children.get(type_name or "", {}).get(name)
        if child is None:
            return name == "link" and attribute.startswith("rel=")
        type_name = child.type
    if not attribute or attribute.startswith("rel="):
        return True
    holder = spec.types.get(type_name or "")
    return holder is not None and attribute.split("=")[0] in holder.attributes


# --- the mock's side: the guide's chapters, through the API ------------------------------------------------


class Guide:
    """The mock after the guide's requests, and the ids its answers gave."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.ids: dict[str, str] = {}

    def post(
        self, path: str, body: str, status: int | tuple[int, ...] = (200, 201, 202)
    ) -> etree._Element:
        answer = self.client.post(
            ROOT + path, content=body, headers={**XML, "Expect": "201-created"}
        )
        statuses = (status,) if isinstance(status, int) else status
        assert answer.status_code in statuses, (path, answer.text)
        return etree.fromstring(answer.content)

    def get(self, path: str, all_content: bool = False) -> etree._Element:
        headers = {**XML, "All-Content": "true"} if all_content else XML
        answer = self.client.get(ROOT + path.format(**self.ids), headers=headers)
        assert answer.status_code == 200, (path, answer.text)
        return etree.fromstring(answer.content)

    def named(self, collection: str, name: str) -> str:
        found = [e for e in self.get(f"/{collection}") if e.findtext("name") == name]
        assert found, (collection, name)
        return found[0].get("id") or ""


def build(guide: Guide, files: Path, engine: object) -> None:
    ids = guide.ids
    ids["dc"] = guide.named("datacenters", "Default")
    ids["cluster"] = guide.named("clusters", "Default")
    ids["network"] = guide.named("networks", "ovirtmgmt")
    ids["host"] = guide.named("hosts", "hypervisor")
    # §3.7-3.10: the data and ISO domains, attached and active
    for name, body in (("data1", quick.DATA1), ("iso1", quick.ISO1)):
        ids[name] = guide.post("/storagedomains", body).get("id") or ""
    seed.load(engine, files)  # type: ignore[arg-type]
    for name in ("data1", "iso1"):
        guide.post(
            f"/datacenters/{ids['dc']}/storagedomains",
            f"<storage_domain><name>{name}</name></storage_domain>",
        )
        guide.post(f"/datacenters/{ids['dc']}/storagedomains/{ids[name]}/activate", "<action/>")
    # §3.11-3.15: vm1, its NIC, disk and CD, started
    ids["vm"] = guide.post("/vms", quick.VM1).get("id") or ""
    ids["nic"] = guide.post(f"/vms/{ids['vm']}/nics", quick.NIC1).get("id") or ""
    ids["disk"] = (
        guide.post(f"/vms/{ids['vm']}/disks", quick.DISK.format(data1=ids["data1"])).get("id") or ""
    )
    ids["cdrom"] = guide.post(f"/vms/{ids['vm']}/cdroms", quick.CDROM).get("id") or ""
    # Example 15.24's NIC receives mirrored traffic: a second NIC, on a profile that mirrors (Table 11.2)
    mirrored = guide.post(
        f"/networks/{ids['network']}/vnicprofiles",
        f"<vnic_profile><name>mirrored</name><network id='{ids['network']}'/>"
        "<port_mirroring>true</port_mirroring></vnic_profile>",
    ).get("id")
    nic2 = quick.NIC1.replace("nic1", "nic2").replace(
        "</nic>", f"<vnic_profile id='{mirrored}'/></nic>"
    )
    ids["mirrored_nic"] = guide.post(f"/vms/{ids['vm']}/nics", nic2).get("id") or ""
    guide.post(f"/vms/{ids['vm']}/start", quick.START)
    ids["hostnic"] = guide.get("/hosts/{host}/nics").find("host_nic").get("id") or ""
    ids["mac_pool"] = guide.named("macpools", "Default")
    ids["role"] = guide.named("roles", "UserRole")
    ids["user"] = guide.named("users", "admin")
    ids["domain"] = guide.named("domains", "internal")
    ids["profile"] = guide.named("cpuprofiles", "Default")
    ids["template"] = "00000000-0000-0000-0000-000000000000"
    # §24.2, Example 24.1's tag, given no parent: it descends from the root tag
    guide.post("/tags", "<tag><name>Finance</name><description>Finance</description></tag>")


# §3.11's answer shows the VM's OVF configuration, which the engine adds with `All-Content: true` (§15.3)
ALL_CONTENT = {1244}
# (what the figure is counted under, the guide's line of the representation, its root element, the mock's
# comparable resource)
EXAMPLES: list[tuple[str, int, str, str]] = [
    ("api", 489, "api", ""),
    ("data_center", 600, "data_centers", "/datacenters"),
    ("data_center", 3020, "data_center", "/datacenters/{dc}"),
    ("cluster", 673, "clusters", "/clusters"),
    ("cluster", 3588, "cluster", "/clusters/{cluster}"),
    ("network", 734, "networks", "/networks"),
    ("network", 4231, "network", "/networks/{network}"),
    ("network", 3825, "network", "/clusters/{cluster}/networks/{network}"),
    ("host", 786, "hosts", "/hosts"),
    ("cpu_profile", 898, "cpu_profiles", "/cpuprofiles"),
    ("storage_domain", 973, "storage_domain", "/storagedomains/{data1}"),
    ("storage_domain", 1059, "storage_domain", "/storagedomains/{iso1}"),
    (
        "storage_domain",
        3215,
        "storage_domain",
        "/datacenters/{dc}/storagedomains/{data1}",
    ),
    ("storage_domain", 4487, "storage_domain", "/storagedomains/{data1}"),
    ("vm", 1244, "vm", "/vms/{vm}"),
    ("vm", 7354, "vm", "/vms/{vm}"),
    ("nic", 8414, "nic", "/vms/{vm}/nics/{mirrored_nic}"),
    ("disk", 8057, "disk", "/vms/{vm}/disks/{disk}"),
    ("cdrom", 8674, "cdrom", "/vms/{vm}/cdroms/{cdrom}"),
    ("events", 1579, "events", "/events"),
    ("capabilities", 2117, "capabilities", "/capabilities"),
    ("host", 5698, "host", "/hosts/{host}"),
    ("host_nic", 6373, "host_nic", "/hosts/{host}/nics/{hostnic}"),
    ("statistics", 6752, "statistics", "/hosts/{host}/nics/{hostnic}/statistics"),
    ("statistics", 6990, "statistics", "/hosts/{host}/statistics"),
    ("statistics", 8286, "statistics", "/vms/{vm}/disks/{disk}/statistics"),
    ("statistics", 8536, "statistics", "/vms/{vm}/nics/{nic}/statistics"),
    ("statistics", 9239, "statistics", "/vms/{vm}/statistics"),
    ("template", 10007, "template", "/templates/{template}"),
    ("domain", 10366, "domain", "/domains/{domain}"),
    ("role", 10520, "roles", "/roles"),
    ("permit", 10637, "permits", "/roles/{role}/permits"),
    ("mac_pool", 10845, "mac_pools", "/macpools"),
    ("tag", 11075, "tags", "/tags"),
    ("event", 11231, "event", "/events"),
]


@pytest.fixture(scope="module")
def measured(
    model36: rsdlgen.Model, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Spec, dict[str, tuple[int, int]], list[tuple[int, str]]]]:
    spec = server_spec(model36)
    app = create_app(spec)
    files = tmp_path_factory.mktemp("fixture") / "files.xml"
    files.write_text(quick.FILES)
    lines = GUIDE.read_text(encoding="utf-8").split("\n")
    with in_process(app) as client:
        guide = Guide(client)
        build(guide, files, app.state.server.engine)
        figures: dict[str, tuple[int, int]] = {}
        missing: list[tuple[int, str]] = []
        for kind, line, root, path in EXAMPLES:
            printed = {
                p for p in item_paths(guide_example(lines, line, root), spec) if declared(spec, p)
            }
            printed = {p for p in printed if not any(p.startswith(s) for s in SKIPPED_PATHS)}
            shown = item_paths(guide.get(path, line in ALL_CONTENT), spec)
            if kind == "event":  # one event of the guide, against each of the mock's
                shown = set().union(*(element_paths(e) for e in guide.get(path)))
            found, total = figures.get(kind, (0, 0))
            figures[kind] = (found + len(printed & shown), total + len(printed))
            missing += [(line, p) for p in sorted(printed - shown)]
        yield spec, figures, missing


def test_the_mock_shows_what_the_guides_representations_show(
    measured: tuple[Spec, dict[str, tuple[int, int]], list[tuple[int, str]]],
) -> None:
    _, figures, missing = measured
    found = sum(f for f, _ in figures.values())
    total = sum(t for _, t in figures.values())
    for kind, (f, t) in sorted(figures.items()):
        print(f"{kind:16} {f:4}/{t:<4} {f / t:6.1%}")
    print(f"{'all':16} {found:4}/{total:<4} {found / total:6.1%}")
    for line, path in missing:
        print(f"  missing (guide line {line}): {path}")
    assert found / total >= FLOOR


def test_the_comparison_sees_a_missing_field() -> None:
    # The measure itself: a path the guide prints and the mock leaves out is counted as missing.
    printed = element_paths(
        etree.fromstring('<nic><mac address="x"/><link rel="statistics"/></nic>')
    )
    shown = element_paths(etree.fromstring('<nic><link rel="statistics" href="/s"/></nic>'))
    assert printed - shown == {"nic/mac", "nic/mac@address"}
