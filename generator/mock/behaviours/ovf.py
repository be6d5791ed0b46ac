"""A VM's OVF configuration, given with `All-Content: true` (guide §15.3, Example 15.2; §3.11's answer shows
it as `initialization/configuration` of type `ovf`): the envelope the engine writes for the VM as it is now,
its networks, disks, operating system, CPUs and memory, as the text of `data` (entities escaped on the wire,
as §15.3 says). Made when the VM is written, never stored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from .. import jsonio
from ..calls import Call, Element, tag

if TYPE_CHECKING:
    from ..engine import Engine
    from ..views import Key

OVF = "http://schemas.dmtf.org/ovf/envelope/1/"
RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
VSSD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
MIB = 1 << 20


def fill(engine: Engine, call: Call, path: Key, vm: Element) -> None:
    """Adds `initialization/configuration` to `vm`, a representation being written, when asked for."""
    if tag(vm) != "vm" or call.headers.get("all-content", "").strip().lower() != "true":
        return
    if "initialization" not in engine.spec.declared("vm"):
        return
    initialization = vm.find("initialization")
    if initialization is None:
        initialization = etree.SubElement(vm, "initialization")
    for old in initialization.findall("configuration"):
        initialization.remove(old)
    configuration = etree.SubElement(initialization, "configuration")
    etree.SubElement(configuration, "type").text = "ovf"
    etree.SubElement(configuration, "data").text = envelope(engine, path, vm)
    jsonio.in_schema_order(engine.spec, vm)


def _ovf(name: str) -> str:
    return f"{{{OVF}}}{name}"


def _section(parent: Element, kind: str, info: str) -> Element:
    section = etree.SubElement(parent, "Section")
    section.set(f"{{{XSI}}}type", f"ovf:{kind}")
    etree.SubElement(section, "Info").text = info
    return section


def envelope(engine: Engine, path: Key, vm: Element) -> str:
    root = etree.Element(
        _ovf("Envelope"), nsmap={"ovf": OVF, "rasd": RASD, "vssd": VSSD, "xsi": XSI}
    )
    root.set(_ovf("version"), ".".join(engine.version[p] for p in ("major", "minor")) + ".0.0")
    etree.SubElement(root, "References")
    networks = _section(root, "NetworkSection_Type", "List of networks")
    for nic in engine.items("/".join((*path, "nics"))):
        network = engine.reference(nic, "network")
        name = network.findtext("name") if network is not None else nic.findtext("name")
        etree.SubElement(networks, "Network").set(_ovf("name"), name or "")
    disks = _section(root, "DiskSection_Type", "List of Virtual Disks")
    for disk in engine.items("/".join((*path, "disks"))):
        item = etree.SubElement(disks, "Disk")
        item.set(_ovf("diskId"), disk.findtext("image_id") or disk.get("id") or "")
        size = int(disk.findtext("provisioned_size") or disk.findtext("size") or "0")
        item.set(_ovf("size"), str(max(1, size >> 30)))
        item.set(_ovf("format"), disk.findtext("format") or "")
    content = etree.SubElement(root, "Content")
    content.set(_ovf("id"), "out")
    content.set(f"{{{XSI}}}type", "ovf:VirtualSystem_Type")
    template = engine.reference(vm, "template")
    for name, value in (
        ("Name", vm.findtext("name")),
        ("CreationDate", vm.findtext("creation_time")),
        ("TemplateId", template.get("id") if template is not None else None),
        ("TemplateName", template.findtext("name") if template is not None else None),
        ("TimeZone", vm.findtext("timezone")),
        ("IsStateless", vm.findtext("stateless")),
        ("DeleteProtected", vm.findtext("delete_protected")),
    ):
        if value is not None:
            etree.SubElement(content, name).text = value
    system = _section(content, "OperatingSystemSection_Type", "Guest Operating System")
    system.set(_ovf("id"), vm.get("id") or "")
    os = vm.find("os")
    etree.SubElement(system, "Description").text = os.get("type", "") if os is not None else ""
    _hardware(content, vm)
    return etree.tostring(root, encoding="unicode")


def _hardware(content: Element, vm: Element) -> None:
    topology = vm.find("cpu/topology")
    sockets = topology.get("sockets", "1") if topology is not None else "1"
    cores = topology.get("cores", "1") if topology is not None else "1"
    memory = str(int(vm.findtext("memory") or "0") // MIB)
    cpus = int(sockets) * int(cores) if sockets.isdigit() and cores.isdigit() else 1
    hardware = _section(content, "VirtualHardwareSection_Type", f"{cpus} CPU, {memory} Memory")
    for caption, kind, values in (
        (f"{cpus} virtual cpu", "3", (("num_of_sockets", sockets), ("cpu_per_socket", cores))),
        (
            f"{memory} MB of memory",
            "4",
            (("AllocationUnits", "MegaBytes"), ("VirtualQuantity", memory)),
        ),
    ):
        item = etree.SubElement(hardware, "Item")
        etree.SubElement(item, f"{{{RASD}}}Caption").text = caption
        etree.SubElement(item, f"{{{RASD}}}ResourceType").text = kind
        for name, value in values:
            etree.SubElement(item, f"{{{RASD}}}{name}").text = value
