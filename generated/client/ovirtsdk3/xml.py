"""XML reading and writing: `parse_xml(data)` gives the typed object of the root element, `to_xml(obj)` bytes."""

from __future__ import annotations

from typing import TypeVar, overload

from lxml import etree

from . import _views, types

V = TypeVar("V", bound=_views.View)

# Top-level elements of the schema and the class of each.
ELEMENTS: dict[str, type[_views.View]] = {
    "action": types.Action,
    "actions": types.Actions,
    "api": types.API,
    "capabilities": types.Capabilities,
    "cdrom": types.CdRom,
    "cdroms": types.CdRoms,
    "cluster": types.Cluster,
    "clusters": types.Clusters,
    "cpu": types.CPU,
    "cpu_profile": types.CpuProfile,
    "cpu_profiles": types.CpuProfiles,
    "creation": types.Creation,
    "creation_status": types.CreationStatus,
    "data_center": types.DataCenter,
    "data_centers": types.DataCenters,
    "disk": types.Disk,
    "disks": types.Disks,
    "display": types.Display,
    "event": types.Event,
    "events": types.Events,
    "fault": types.Fault,
    "feature": types.Feature,
    "features": types.Features,
    "file": types.File,
    "files": types.Files,
    "host": types.Host,
    "host_nic": types.HostNIC,
    "host_nics": types.HostNics,
    "hosts": types.Hosts,
    "job": types.Job,
    "link": types.Link,
    "logical_unit": types.LogicalUnit,
    "memory_policy": types.MemoryPolicy,
    "network": types.Network,
    "networks": types.Networks,
    "nic": types.NIC,
    "nics": types.Nics,
    "permission": types.Permission,
    "permissions": types.Permissions,
    "product_info": types.ProductInfo,
    "quota": types.Quota,
    "quotas": types.Quotas,
    "role": types.Role,
    "roles": types.Roles,
    "scheduling_policy": types.SchedulingPolicy,
    "snapshot": types.Snapshot,
    "snapshots": types.Snapshots,
    "special_objects": types.SpecialObjects,
    "storage": types.Storage,
    "storage_domain": types.StorageDomain,
    "storage_domains": types.StorageDomains,
    "summary": types.ApiSummary,
    "supported_versions": types.SupportedVersions,
    "tag": types.Tag,
    "tags": types.Tags,
    "template": types.Template,
    "templates": types.Templates,
    "ticket": types.Ticket,
    "user": types.User,
    "users": types.Users,
    "version": types.Version,
    "vm": types.VM,
    "vms": types.VMs,
    "vnic_profile": types.VnicProfile,
    "vnic_profiles": types.VnicProfiles,
}


def view(element: etree._Element) -> _views.View:
    """The typed view of an element, by its name (a plain `View` for elements the schema does not know)."""
    return _views.wrap(ELEMENTS.get(str(element.tag), _views.View), element)


@overload
def parse_xml(data: bytes | str) -> _views.View: ...
@overload
def parse_xml(data: bytes | str, cls: type[V]) -> V: ...
def parse_xml(data: bytes | str, cls: type[V] | None = None) -> V | _views.View:
    """Read a document; with `cls`, read the root as that class whatever its name."""
    raw = data.encode() if isinstance(data, str) else data
    element = etree.fromstring(raw, _views.PARSER)
    return view(element) if cls is None else _views.wrap(cls, element)


def to_xml(obj: _views.View, *, pretty: bool = False) -> bytes:
    return etree.tostring(_views.element_of(obj), pretty_print=pretty)


element_of = _views.element_of
