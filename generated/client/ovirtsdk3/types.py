"""Entity types of the API, one class per XSD complex type (generated from api.xsd).

Every class is a typed view over an lxml element: attributes read and write the element on access, repeated
elements are live lists, and anything the schema does not declare is kept as it was read.
"""

from __future__ import annotations

import collections.abc as _abc
import datetime as _dt
import decimal as _decimal
import enum as _enum

from . import _views as _rt

# A constructor writes its arguments into a new element, in schema order: what setting them one by one writes,
# without their searches. It uses no names but its arguments, `_rt` and `_element`: no name made of a document
# starts with an underscore, so an argument called `locals`, `str` or after a type cannot hide what they call.


class BootDevice(_enum.StrEnum):
    """Boot devices, given in the dev attribute of os/boot."""

    HD = "hd"
    CDROM = "cdrom"
    NETWORK = "network"


class CreationState(_enum.StrEnum):
    """States of an asynchronous creation or action; failed comes with a fault."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    FAILED = "failed"


class DataCenterState(_enum.StrEnum):
    """Data center states (data_center_states)."""

    UNINITIALIZED = "uninitialized"
    UP = "up"
    MAINTENANCE = "maintenance"
    NOT_OPERATIONAL = "not_operational"
    PROBLEMATIC = "problematic"
    CONTEND = "contend"


class DiskFormat(_enum.StrEnum):
    """Disk storage formats: cow (copy on write, allows snapshots) or raw (no snapshots, better
    performance).
    """

    COW = "cow"
    RAW = "raw"


class DiskInterface(_enum.StrEnum):
    """Disk interface drivers."""

    IDE = "ide"
    VIRTIO = "virtio"
    VIRTIO_SCSI = "virtio_scsi"


class DiskState(_enum.StrEnum):
    """Disk states (disk_states)."""

    ILLEGAL = "illegal"
    INVALID = "invalid"
    LOCKED = "locked"
    OK = "ok"


class DisplayType(_enum.StrEnum):
    """Display protocols."""

    VNC = "vnc"
    SPICE = "spice"


class EventSeverity(_enum.StrEnum):
    """Event severity levels."""

    NORMAL = "normal"
    WARNING = "warning"
    ERROR = "error"
    ALERT = "alert"


class ExternalStatus(_enum.StrEnum):
    """Health status reported by external systems and plug-ins."""

    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
    FAILURE = "failure"


class FenceType(_enum.StrEnum):
    """Fence operations of the fence action."""

    MANUAL = "manual"
    RESTART = "restart"
    START = "start"
    STOP = "stop"
    STATUS = "status"


class HostState(_enum.StrEnum):
    """Host states (host_states)."""

    DOWN = "down"
    ERROR = "error"
    INITIALIZING = "initializing"
    INSTALLING = "installing"
    INSTALL_FAILED = "install_failed"
    MAINTENANCE = "maintenance"
    NON_OPERATIONAL = "non_operational"
    NON_RESPONSIVE = "non_responsive"
    PENDING_APPROVAL = "pending_approval"
    PREPARING_FOR_MAINTENANCE = "preparing_for_maintenance"
    CONNECTING = "connecting"
    REBOOT = "reboot"
    UNASSIGNED = "unassigned"
    UP = "up"


class HostType(_enum.StrEnum):
    """Host types."""

    RHEL = "rhel"
    OVIRT_NODE = "ovirt_node"


class NetworkState(_enum.StrEnum):
    """Logical network states (network_states)."""

    OPERATIONAL = "operational"
    NON_OPERATIONAL = "non_operational"


class NicInterface(_enum.StrEnum):
    """Virtual network interface drivers."""

    E1000 = "e1000"
    VIRTIO = "virtio"
    RTL8139 = "rtl8139"
    RTL8139_VIRTIO = "rtl8139_virtio"
    PCI_PASSTHROUGH = "pci_passthrough"


class NumaTuneMode(_enum.StrEnum):
    """Host NUMA memory allocation modes."""

    INTERLEAVE = "interleave"
    STRICT = "strict"
    PREFERRED = "preferred"


class StorageDomainState(_enum.StrEnum):
    """Storage domain states (storage_domain_states); an attached domain reports a data center specific
    state.
    """

    ACTIVE = "active"
    INACTIVE = "inactive"
    LOCKED = "locked"
    MIXED = "mixed"
    UNATTACHED = "unattached"
    MAINTENANCE = "maintenance"
    UNKNOWN = "unknown"


class StorageDomainType(_enum.StrEnum):
    """Storage domain types."""

    DATA = "data"
    ISO = "iso"
    EXPORT = "export"
    IMAGE = "image"


class StorageFormat(_enum.StrEnum):
    """Storage format versions."""

    V1 = "v1"
    V2 = "v2"
    V3 = "v3"
    V4 = "v4"


class StorageType(_enum.StrEnum):
    """Types of underlying storage for a storage element."""

    NFS = "nfs"
    ISCSI = "iscsi"
    FCP = "fcp"
    LOCALFS = "localfs"
    POSIXFS = "posixfs"
    GLUSTERFS = "glusterfs"
    GLANCE = "glance"


class TemplateState(_enum.StrEnum):
    """Template states (template_states)."""

    ILLEGAL = "illegal"
    LOCKED = "locked"
    OK = "ok"


class UsbType(_enum.StrEnum):
    """USB policy types."""

    NATIVE = "native"
    LEGACY = "legacy"


class VmAffinity(_enum.StrEnum):
    """Placement policy affinities."""

    MIGRATABLE = "migratable"
    USER_MIGRATABLE = "user_migratable"
    PINNED = "pinned"


class VmState(_enum.StrEnum):
    """Virtual machine states (vm_states)."""

    UNASSIGNED = "unassigned"
    DOWN = "down"
    UP = "up"
    POWERING_UP = "powering_up"
    POWERED_DOWN = "powered_down"
    PAUSED = "paused"
    MIGRATING_FROM = "migrating_from"
    MIGRATING_TO = "migrating_to"
    UNKNOWN = "unknown"
    NOT_RESPONDING = "not_responding"
    WAIT_FOR_LAUNCH = "wait_for_launch"
    REBOOT_IN_PROGRESS = "reboot_in_progress"
    SAVING_STATE = "saving_state"
    RESTORING_STATE = "restoring_state"
    SUSPENDED = "suspended"
    IMAGE_ILLEGAL = "image_illegal"
    IMAGE_LOCKED = "image_locked"
    POWERING_DOWN = "powering_down"


class VmType(_enum.StrEnum):
    """Virtual machine types."""

    DESKTOP = "desktop"
    SERVER = "server"


class ActionableResource(_rt.View):
    """Anything that may carry an actions list; base of the collection wrappers."""

    __slots__ = ()
    _tag = "actionable_resource"
    actions = _rt.Child("actions", lambda: Actions)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))


class Actions(_rt.View):
    """The action links (rel is the verb, e.g. start) available on a resource."""

    __slots__ = ()
    _tag = "actions"
    link = _rt.Children("link", lambda: Link)

    def __init__(
        self,
        *,
        link: _abc.Iterable[Link] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if link is not None:
            _rt.add_children(_element, "link", link)


class ApiSummary(_rt.View):
    """Totals and active counts of vms, hosts, users and storage domains."""

    __slots__ = ()
    _tag = "summary"
    vms = _rt.Child("vms", lambda: VMs)
    hosts = _rt.Child("hosts", lambda: Hosts)
    users = _rt.Child("users", lambda: Users)
    storage_domains = _rt.Child("storage_domains", lambda: StorageDomains)

    def __init__(
        self,
        *,
        vms: VMs | None = None,
        hosts: Hosts | None = None,
        users: Users | None = None,
        storage_domains: StorageDomains | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if vms is not None:
            _element.append(_rt.adopt(vms, "vms"))
        if hosts is not None:
            _element.append(_rt.adopt(hosts, "hosts"))
        if users is not None:
            _element.append(_rt.adopt(users, "users"))
        if storage_domains is not None:
            _element.append(_rt.adopt(storage_domains, "storage_domains"))


class BaseResource(_rt.View):
    """Common structure of every resource: id (a GUID) and href (canonical absolute path) attributes,
    then name, description, comment, actions and links.
    """

    __slots__ = ()
    _tag = "base_resource"
    id = _rt.Attr("id", _rt.STRING)
    href = _rt.Attr("href", _rt.STRING)
    name = _rt.Value("name", _rt.STRING)
    """User-supplied, human-readable name; unique among resources of its type."""
    description = _rt.Value("description", _rt.STRING)
    """Free-form, user-supplied description."""
    comment = _rt.Value("comment", _rt.STRING)
    actions = _rt.Child("actions", lambda: Actions)
    """Action links; the guide shows them right after name/description."""
    creation_status = _rt.Child("creation_status", lambda: CreationStatus)
    """Present on a 202 Accepted response to an asynchronous creation."""
    link = _rt.Children("link", lambda: Link)
    """Sub-collection links (rel names the sub-collection)."""

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)


class API(BaseResource):
    """The entry point (GET /ovirt-engine/api): links to every collection and collection/search
    template, special objects, product information and a summary.
    """

    __slots__ = ()
    _tag = "api"
    special_objects = _rt.Child("special_objects", lambda: SpecialObjects)
    product_info = _rt.Child("product_info", lambda: ProductInfo)
    summary = _rt.Child("summary", lambda: ApiSummary)
    time = _rt.Value("time", _rt.DATETIME)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        special_objects: SpecialObjects | None = None,
        product_info: ProductInfo | None = None,
        summary: ApiSummary | None = None,
        time: _dt.datetime | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if special_objects is not None:
            _element.append(_rt.adopt(special_objects, "special_objects"))
        if product_info is not None:
            _element.append(_rt.adopt(product_info, "product_info"))
        if summary is not None:
            _element.append(_rt.adopt(summary, "summary"))
        if time is not None:
            _rt.SubElement(_element, "time").text = _rt.DATETIME.format(time)


class Action(BaseResource):
    """Body of an action POST (and of some DELETE requests), and the server response describing its
    outcome. Links rel="parent" and rel="replay" point back to the resource and the original action
    URI.
    """

    __slots__ = ()
    _tag = "action"
    async_ = _rt.Value("async", _rt.BOOLEAN)
    """true: respond immediately with 202 Accepted and a link to poll."""
    grace_period = _rt.Child("grace_period", lambda: GracePeriod)
    force = _rt.Value("force", _rt.BOOLEAN)
    """Force the operation (e.g. remove a data center or VM regardless of state)."""
    root_password = _rt.Value("root_password", _rt.STRING)
    """Host root password for the install action."""
    fence_type = _rt.Value("fence_type", _rt.STRING)
    """One of `FenceType`."""
    pause = _rt.Value("pause", _rt.BOOLEAN)
    """Start the virtual machine in paused mode."""
    use_cloud_init = _rt.Value("use_cloud_init", _rt.BOOLEAN)
    host = _rt.Child("host", lambda: Host)
    """Destination host (migrate) or host parameter."""
    cluster = _rt.Child("cluster", lambda: Cluster)
    storage_domain = _rt.Child("storage_domain", lambda: StorageDomain)
    """Destination storage domain (export)."""
    vm = _rt.Child("vm", lambda: VM)
    """Values overriding the VM configuration for this run only (start), or removal options."""
    disk = _rt.Child("disk", lambda: Disk)
    exclusive = _rt.Value("exclusive", _rt.BOOLEAN)
    """Overwrite an existing VM/template of the same name in the export domain."""
    discard_snapshots = _rt.Value("discard_snapshots", _rt.BOOLEAN)
    ticket = _rt.Child("ticket", lambda: Ticket)
    detach = _rt.Value("detach", _rt.BOOLEAN)
    """On disk removal: detach the disk from the VM instead of deleting it."""
    status = _rt.Child("status", lambda: CreationStatus)
    """Status of an asynchronous action: pending, in_progress, complete, failed."""
    fault = _rt.Child("fault", lambda: Fault)
    """Describes the failure when status is failed."""
    job = _rt.Child("job", lambda: Job)
    """Link to the job tracking this action."""

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        async_: bool | None = None,
        grace_period: GracePeriod | None = None,
        force: bool | None = None,
        root_password: str | None = None,
        fence_type: str | None = None,
        pause: bool | None = None,
        use_cloud_init: bool | None = None,
        host: Host | None = None,
        cluster: Cluster | None = None,
        storage_domain: StorageDomain | None = None,
        vm: VM | None = None,
        disk: Disk | None = None,
        exclusive: bool | None = None,
        discard_snapshots: bool | None = None,
        ticket: Ticket | None = None,
        detach: bool | None = None,
        status: CreationStatus | None = None,
        fault: Fault | None = None,
        job: Job | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if async_ is not None:
            _rt.SubElement(_element, "async").text = _rt.BOOLEAN.format(async_)
        if grace_period is not None:
            _element.append(_rt.adopt(grace_period, "grace_period"))
        if force is not None:
            _rt.SubElement(_element, "force").text = _rt.BOOLEAN.format(force)
        if root_password is not None:
            _rt.SubElement(_element, "root_password").text = _rt.STRING.format(root_password)
        if fence_type is not None:
            _rt.SubElement(_element, "fence_type").text = _rt.STRING.format(fence_type)
        if pause is not None:
            _rt.SubElement(_element, "pause").text = _rt.BOOLEAN.format(pause)
        if use_cloud_init is not None:
            _rt.SubElement(_element, "use_cloud_init").text = _rt.BOOLEAN.format(use_cloud_init)
        if host is not None:
            _element.append(_rt.adopt(host, "host"))
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))
        if storage_domain is not None:
            _element.append(_rt.adopt(storage_domain, "storage_domain"))
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))
        if disk is not None:
            _element.append(_rt.adopt(disk, "disk"))
        if exclusive is not None:
            _rt.SubElement(_element, "exclusive").text = _rt.BOOLEAN.format(exclusive)
        if discard_snapshots is not None:
            _rt.SubElement(_element, "discard_snapshots").text = _rt.BOOLEAN.format(
                discard_snapshots
            )
        if ticket is not None:
            _element.append(_rt.adopt(ticket, "ticket"))
        if detach is not None:
            _rt.SubElement(_element, "detach").text = _rt.BOOLEAN.format(detach)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if fault is not None:
            _element.append(_rt.adopt(fault, "fault"))
        if job is not None:
            _element.append(_rt.adopt(job, "job"))


class BaseResources(ActionableResource):
    """Base of every collection wrapper. total/active are also used by the entry point summary."""

    __slots__ = ()
    _tag = "base_resources"
    size = _rt.Value("size", _rt.INTEGER)
    total = _rt.Value("total", _rt.INTEGER)
    active = _rt.Value("active", _rt.INTEGER)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)


class Boot(_rt.View):
    """The `Boot` type, element `<boot>`."""

    __slots__ = ()
    _tag = "boot"
    dev = _rt.Attr("dev", _rt.STRING)
    """One of `BootDevice`."""

    def __init__(
        self,
        *,
        dev: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if dev is not None:
            _element.set("dev", _rt.STRING.format(dev))


class BootDevices(_rt.View):
    """The `BootDevices` type, element `<boot_devices>`."""

    __slots__ = ()
    _tag = "boot_devices"
    boot_device = _rt.Values("boot_device", _rt.STRING)
    """One of `BootDevice`."""

    def __init__(
        self,
        *,
        boot_device: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if boot_device is not None:
            _rt.add_values(_element, "boot_device", _rt.STRING, boot_device)


class CPU(_rt.View):
    """CPU type (id, for clusters), topology (sockets/cores/threads) and host CPU details."""

    __slots__ = ()
    _tag = "cpu"
    id = _rt.Attr("id", _rt.STRING)
    topology = _rt.Child("topology", lambda: CpuTopology)
    name = _rt.Value("name", _rt.STRING)
    speed = _rt.Value("speed", _rt.DECIMAL)
    architecture = _rt.Value("architecture", _rt.STRING)

    def __init__(
        self,
        *,
        id: str | None = None,
        topology: CpuTopology | None = None,
        name: str | None = None,
        speed: _decimal.Decimal | None = None,
        architecture: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if topology is not None:
            _element.append(_rt.adopt(topology, "topology"))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if speed is not None:
            _rt.SubElement(_element, "speed").text = _rt.DECIMAL.format(speed)
        if architecture is not None:
            _rt.SubElement(_element, "architecture").text = _rt.STRING.format(architecture)


class Capabilities(_rt.View):
    """Capabilities and enumerated values for each supported compatibility level."""

    __slots__ = ()
    _tag = "capabilities"
    version = _rt.Children("version", lambda: VersionCaps)

    def __init__(
        self,
        *,
        version: _abc.Iterable[VersionCaps] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if version is not None:
            _rt.add_children(_element, "version", version)


class CdRom(BaseResource):
    """The CD-ROM device of a VM."""

    __slots__ = ()
    _tag = "cdrom"
    file = _rt.Child("file", lambda: File)
    """ISO image referenced by id (file name); empty id ejects."""
    vm = _rt.Child("vm", lambda: VM)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        file: File | None = None,
        vm: VM | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if file is not None:
            _element.append(_rt.adopt(file, "file"))
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))


class CdRoms(BaseResources):
    """A collection of cdrom elements."""

    __slots__ = ()
    _tag = "cdroms"
    cdrom = _rt.Children("cdrom", lambda: CdRom)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        cdrom: _abc.Iterable[CdRom] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if cdrom is not None:
            _rt.add_children(_element, "cdrom", cdrom)


class Cluster(BaseResource):
    """A host cluster."""

    __slots__ = ()
    _tag = "cluster"
    cpu = _rt.Child("cpu", lambda: CPU)
    """CPU type all hosts of the cluster must support (id attribute); required on creation."""
    architecture = _rt.Value("architecture", _rt.STRING)
    """CPU architecture (e.g. X86_64); the guide also shows it inside cpu."""
    data_center = _rt.Child("data_center", lambda: DataCenter)
    """Data center membership (id or name); required on creation."""
    memory_policy = _rt.Child("memory_policy", lambda: MemoryPolicy)
    scheduling_policy = _rt.Child("scheduling_policy", lambda: SchedulingPolicy)
    version = _rt.Child("version", lambda: Version)
    supported_versions = _rt.Child("supported_versions", lambda: SupportedVersions)
    error_handling = _rt.Child("error_handling", lambda: ErrorHandling)
    virt_service = _rt.Value("virt_service", _rt.BOOLEAN)
    gluster_service = _rt.Value("gluster_service", _rt.BOOLEAN)
    threads_as_cores = _rt.Value("threads_as_cores", _rt.BOOLEAN)
    tunnel_migration = _rt.Value("tunnel_migration", _rt.BOOLEAN)
    trusted_service = _rt.Value("trusted_service", _rt.BOOLEAN)
    ha_reservation = _rt.Value("ha_reservation", _rt.BOOLEAN)
    ballooning_enabled = _rt.Value("ballooning_enabled", _rt.BOOLEAN)
    ksm = _rt.Child("ksm", lambda: KSM)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        cpu: CPU | None = None,
        architecture: str | None = None,
        data_center: DataCenter | None = None,
        memory_policy: MemoryPolicy | None = None,
        scheduling_policy: SchedulingPolicy | None = None,
        version: Version | None = None,
        supported_versions: SupportedVersions | None = None,
        error_handling: ErrorHandling | None = None,
        virt_service: bool | None = None,
        gluster_service: bool | None = None,
        threads_as_cores: bool | None = None,
        tunnel_migration: bool | None = None,
        trusted_service: bool | None = None,
        ha_reservation: bool | None = None,
        ballooning_enabled: bool | None = None,
        ksm: KSM | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if cpu is not None:
            _element.append(_rt.adopt(cpu, "cpu"))
        if architecture is not None:
            _rt.SubElement(_element, "architecture").text = _rt.STRING.format(architecture)
        if data_center is not None:
            _element.append(_rt.adopt(data_center, "data_center"))
        if memory_policy is not None:
            _element.append(_rt.adopt(memory_policy, "memory_policy"))
        if scheduling_policy is not None:
            _element.append(_rt.adopt(scheduling_policy, "scheduling_policy"))
        if version is not None:
            _element.append(_rt.adopt(version, "version"))
        if supported_versions is not None:
            _element.append(_rt.adopt(supported_versions, "supported_versions"))
        if error_handling is not None:
            _element.append(_rt.adopt(error_handling, "error_handling"))
        if virt_service is not None:
            _rt.SubElement(_element, "virt_service").text = _rt.BOOLEAN.format(virt_service)
        if gluster_service is not None:
            _rt.SubElement(_element, "gluster_service").text = _rt.BOOLEAN.format(gluster_service)
        if threads_as_cores is not None:
            _rt.SubElement(_element, "threads_as_cores").text = _rt.BOOLEAN.format(threads_as_cores)
        if tunnel_migration is not None:
            _rt.SubElement(_element, "tunnel_migration").text = _rt.BOOLEAN.format(tunnel_migration)
        if trusted_service is not None:
            _rt.SubElement(_element, "trusted_service").text = _rt.BOOLEAN.format(trusted_service)
        if ha_reservation is not None:
            _rt.SubElement(_element, "ha_reservation").text = _rt.BOOLEAN.format(ha_reservation)
        if ballooning_enabled is not None:
            _rt.SubElement(_element, "ballooning_enabled").text = _rt.BOOLEAN.format(
                ballooning_enabled
            )
        if ksm is not None:
            _element.append(_rt.adopt(ksm, "ksm"))


class Clusters(BaseResources):
    """A collection of cluster elements."""

    __slots__ = ()
    _tag = "clusters"
    cluster = _rt.Children("cluster", lambda: Cluster)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        cluster: _abc.Iterable[Cluster] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if cluster is not None:
            _rt.add_children(_element, "cluster", cluster)


class Configuration(_rt.View):
    """The `Configuration` type, element `<configuration>`."""

    __slots__ = ()
    _tag = "configuration"
    type = _rt.Value("type", _rt.STRING)
    data = _rt.Value("data", _rt.STRING)

    def __init__(
        self,
        *,
        type: str | None = None,
        data: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if data is not None:
            _rt.SubElement(_element, "data").text = _rt.STRING.format(data)


class Console(_rt.View):
    """The `Console` type, element `<console>`."""

    __slots__ = ()
    _tag = "console"
    enabled = _rt.Attr("enabled", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        enabled: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if enabled is not None:
            _element.set("enabled", _rt.BOOLEAN.format(enabled))


class CpuProfile(BaseResource):
    """A CPU profile of a cluster, optionally limited by a QoS."""

    __slots__ = ()
    _tag = "cpu_profile"
    qos = _rt.Child("qos", lambda: BaseResource)
    cluster = _rt.Child("cluster", lambda: Cluster)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        qos: BaseResource | None = None,
        cluster: Cluster | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if qos is not None:
            _element.append(_rt.adopt(qos, "qos"))
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))


class CpuProfiles(BaseResources):
    """A collection of cpu_profile elements."""

    __slots__ = ()
    _tag = "cpu_profiles"
    cpu_profile = _rt.Children("cpu_profile", lambda: CpuProfile)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        cpu_profile: _abc.Iterable[CpuProfile] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if cpu_profile is not None:
            _rt.add_children(_element, "cpu_profile", cpu_profile)


class CpuTopology(_rt.View):
    """The `CpuTopology` type, element `<cpu_topology>`."""

    __slots__ = ()
    _tag = "cpu_topology"
    sockets = _rt.Attr("sockets", _rt.INTEGER)
    cores = _rt.Attr("cores", _rt.INTEGER)
    threads = _rt.Attr("threads", _rt.INTEGER)

    def __init__(
        self,
        *,
        sockets: int | None = None,
        cores: int | None = None,
        threads: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if sockets is not None:
            _element.set("sockets", _rt.INTEGER.format(sockets))
        if cores is not None:
            _element.set("cores", _rt.INTEGER.format(cores))
        if threads is not None:
            _element.set("threads", _rt.INTEGER.format(threads))


class Creation(BaseResource):
    """Returned by GET on a creation_status link."""

    __slots__ = ()
    _tag = "creation"
    status = _rt.Child("status", lambda: CreationStatus)
    fault = _rt.Child("fault", lambda: Fault)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        status: CreationStatus | None = None,
        fault: Fault | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if fault is not None:
            _element.append(_rt.adopt(fault, "fault"))


class CreationStatus(_rt.View):
    """Progress of an asynchronous creation or action: pending, in_progress, complete or failed."""

    __slots__ = ()
    _tag = "creation_status"
    state = _rt.Value("state", _rt.STRING)
    """One of `CreationState`."""
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class DataCenter(BaseResource):
    """A data center; sub-collections storagedomains, clusters, networks, permissions and quotas."""

    __slots__ = ()
    _tag = "data_center"
    local = _rt.Value("local", _rt.BOOLEAN)
    """true for a local (single host) data center; required on creation."""
    storage_type = _rt.Value("storage_type", _rt.STRING)
    storage_format = _rt.Value("storage_format", _rt.STRING)
    """One of `StorageFormat`."""
    version = _rt.Child("version", lambda: Version)
    """Compatibility level."""
    supported_versions = _rt.Child("supported_versions", lambda: SupportedVersions)
    status = _rt.Child("status", lambda: DataCenterStatus)
    mac_pool = _rt.Child("mac_pool", lambda: BaseResource)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        local: bool | None = None,
        storage_type: str | None = None,
        storage_format: str | None = None,
        version: Version | None = None,
        supported_versions: SupportedVersions | None = None,
        status: DataCenterStatus | None = None,
        mac_pool: BaseResource | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if local is not None:
            _rt.SubElement(_element, "local").text = _rt.BOOLEAN.format(local)
        if storage_type is not None:
            _rt.SubElement(_element, "storage_type").text = _rt.STRING.format(storage_type)
        if storage_format is not None:
            _rt.SubElement(_element, "storage_format").text = _rt.STRING.format(storage_format)
        if version is not None:
            _element.append(_rt.adopt(version, "version"))
        if supported_versions is not None:
            _element.append(_rt.adopt(supported_versions, "supported_versions"))
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if mac_pool is not None:
            _element.append(_rt.adopt(mac_pool, "mac_pool"))


class DataCenterStatus(_rt.View):
    """Status whose state is a DataCenterState value."""

    __slots__ = ()
    _tag = "data_center_status"
    state = _rt.Value("state", _rt.STRING)
    """One of `DataCenterState`."""
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class DataCenters(BaseResources):
    """A collection of data_center elements."""

    __slots__ = ()
    _tag = "data_centers"
    data_center = _rt.Children("data_center", lambda: DataCenter)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        data_center: _abc.Iterable[DataCenter] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if data_center is not None:
            _rt.add_children(_element, "data_center", data_center)


class Disk(BaseResource):
    """A virtual disk attached to a VM, or a floating disk."""

    __slots__ = ()
    _tag = "disk"
    vm = _rt.Child("vm", lambda: VM)
    alias = _rt.Value("alias", _rt.STRING)
    """Disk identifier; use alias instead of name."""
    image_id = _rt.Value("image_id", _rt.STRING)
    storage_domains = _rt.Child("storage_domains", lambda: DiskStorageDomains)
    """Storage domain(s) that hold the disk."""
    size = _rt.Value("size", _rt.INTEGER)
    """Deprecated: size in bytes, replaced by provisioned_size."""
    provisioned_size = _rt.Value("provisioned_size", _rt.INTEGER)
    """Provisioned size in bytes."""
    actual_size = _rt.Value("actual_size", _rt.INTEGER)
    """Actual size in bytes."""
    type = _rt.Value("type", _rt.STRING)
    status = _rt.Child("status", lambda: DiskStatus)
    interface = _rt.Value("interface", _rt.STRING)
    """One of `DiskInterface`."""
    format = _rt.Value("format", _rt.STRING)
    """One of `DiskFormat`."""
    sparse = _rt.Value("sparse", _rt.BOOLEAN)
    bootable = _rt.Value("bootable", _rt.BOOLEAN)
    shareable = _rt.Value("shareable", _rt.BOOLEAN)
    wipe_after_delete = _rt.Value("wipe_after_delete", _rt.BOOLEAN)
    propagate_errors = _rt.Value("propagate_errors", _rt.BOOLEAN)
    active = _rt.Value("active", _rt.BOOLEAN)
    """true if the disk is connected (plugged) to the VM."""
    read_only = _rt.Value("read_only", _rt.BOOLEAN)
    lun_storage = _rt.Child("lun_storage", lambda: Storage)
    """Direct LUN storage with logical_unit details."""
    quota = _rt.Child("quota", lambda: Quota)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        vm: VM | None = None,
        alias: str | None = None,
        image_id: str | None = None,
        storage_domains: DiskStorageDomains | None = None,
        size: int | None = None,
        provisioned_size: int | None = None,
        actual_size: int | None = None,
        type: str | None = None,
        status: DiskStatus | None = None,
        interface: str | None = None,
        format: str | None = None,
        sparse: bool | None = None,
        bootable: bool | None = None,
        shareable: bool | None = None,
        wipe_after_delete: bool | None = None,
        propagate_errors: bool | None = None,
        active: bool | None = None,
        read_only: bool | None = None,
        lun_storage: Storage | None = None,
        quota: Quota | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))
        if alias is not None:
            _rt.SubElement(_element, "alias").text = _rt.STRING.format(alias)
        if image_id is not None:
            _rt.SubElement(_element, "image_id").text = _rt.STRING.format(image_id)
        if storage_domains is not None:
            _element.append(_rt.adopt(storage_domains, "storage_domains"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if provisioned_size is not None:
            _rt.SubElement(_element, "provisioned_size").text = _rt.INTEGER.format(provisioned_size)
        if actual_size is not None:
            _rt.SubElement(_element, "actual_size").text = _rt.INTEGER.format(actual_size)
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if interface is not None:
            _rt.SubElement(_element, "interface").text = _rt.STRING.format(interface)
        if format is not None:
            _rt.SubElement(_element, "format").text = _rt.STRING.format(format)
        if sparse is not None:
            _rt.SubElement(_element, "sparse").text = _rt.BOOLEAN.format(sparse)
        if bootable is not None:
            _rt.SubElement(_element, "bootable").text = _rt.BOOLEAN.format(bootable)
        if shareable is not None:
            _rt.SubElement(_element, "shareable").text = _rt.BOOLEAN.format(shareable)
        if wipe_after_delete is not None:
            _rt.SubElement(_element, "wipe_after_delete").text = _rt.BOOLEAN.format(
                wipe_after_delete
            )
        if propagate_errors is not None:
            _rt.SubElement(_element, "propagate_errors").text = _rt.BOOLEAN.format(propagate_errors)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.BOOLEAN.format(active)
        if read_only is not None:
            _rt.SubElement(_element, "read_only").text = _rt.BOOLEAN.format(read_only)
        if lun_storage is not None:
            _element.append(_rt.adopt(lun_storage, "lun_storage"))
        if quota is not None:
            _element.append(_rt.adopt(quota, "quota"))


class DiskFormats(_rt.View):
    """The `DiskFormats` type, element `<disk_formats>`."""

    __slots__ = ()
    _tag = "disk_formats"
    disk_format = _rt.Values("disk_format", _rt.STRING)
    """One of `DiskFormat`."""

    def __init__(
        self,
        *,
        disk_format: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if disk_format is not None:
            _rt.add_values(_element, "disk_format", _rt.STRING, disk_format)


class DiskInterfaces(_rt.View):
    """The `DiskInterfaces` type, element `<disk_interfaces>`."""

    __slots__ = ()
    _tag = "disk_interfaces"
    disk_interface = _rt.Values("disk_interface", _rt.STRING)
    """One of `DiskInterface`."""

    def __init__(
        self,
        *,
        disk_interface: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if disk_interface is not None:
            _rt.add_values(_element, "disk_interface", _rt.STRING, disk_interface)


class DiskStatus(_rt.View):
    """Status whose state is a DiskState value."""

    __slots__ = ()
    _tag = "disk_status"
    state = _rt.Value("state", _rt.STRING)
    """One of `DiskState`."""
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class DiskStorageDomains(_rt.View):
    """The `DiskStorageDomains` type, element `<disk_storage_domains>`."""

    __slots__ = ()
    _tag = "disk_storage_domains"
    storage_domain = _rt.Children("storage_domain", lambda: StorageDomain)

    def __init__(
        self,
        *,
        storage_domain: _abc.Iterable[StorageDomain] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if storage_domain is not None:
            _rt.add_children(_element, "storage_domain", storage_domain)


class Disks(BaseResources):
    """A collection of disk elements."""

    __slots__ = ()
    _tag = "disks"
    clone = _rt.Value("clone", _rt.BOOLEAN)
    """Clone template disks when creating a VM."""
    detach_only = _rt.Value("detach_only", _rt.BOOLEAN)
    """On VM removal: detach the disks instead of deleting them."""
    disk = _rt.Children("disk", lambda: Disk)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        clone: bool | None = None,
        detach_only: bool | None = None,
        disk: _abc.Iterable[Disk] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if clone is not None:
            _rt.SubElement(_element, "clone").text = _rt.BOOLEAN.format(clone)
        if detach_only is not None:
            _rt.SubElement(_element, "detach_only").text = _rt.BOOLEAN.format(detach_only)
        if disk is not None:
            _rt.add_children(_element, "disk", disk)


class Display(_rt.View):
    """The `Display` type, element `<display>`."""

    __slots__ = ()
    _tag = "display"
    type = _rt.Value("type", _rt.STRING)
    """One of `DisplayType`."""
    address = _rt.Value("address", _rt.STRING)
    port = _rt.Value("port", _rt.INTEGER)
    monitors = _rt.Value("monitors", _rt.INTEGER)
    single_qxl_pci = _rt.Value("single_qxl_pci", _rt.BOOLEAN)
    allow_override = _rt.Value("allow_override", _rt.BOOLEAN)
    smartcard_enabled = _rt.Value("smartcard_enabled", _rt.BOOLEAN)
    file_transfer_enabled = _rt.Value("file_transfer_enabled", _rt.BOOLEAN)
    copy_paste_enabled = _rt.Value("copy_paste_enabled", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        type: str | None = None,
        address: str | None = None,
        port: int | None = None,
        monitors: int | None = None,
        single_qxl_pci: bool | None = None,
        allow_override: bool | None = None,
        smartcard_enabled: bool | None = None,
        file_transfer_enabled: bool | None = None,
        copy_paste_enabled: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if address is not None:
            _rt.SubElement(_element, "address").text = _rt.STRING.format(address)
        if port is not None:
            _rt.SubElement(_element, "port").text = _rt.INTEGER.format(port)
        if monitors is not None:
            _rt.SubElement(_element, "monitors").text = _rt.INTEGER.format(monitors)
        if single_qxl_pci is not None:
            _rt.SubElement(_element, "single_qxl_pci").text = _rt.BOOLEAN.format(single_qxl_pci)
        if allow_override is not None:
            _rt.SubElement(_element, "allow_override").text = _rt.BOOLEAN.format(allow_override)
        if smartcard_enabled is not None:
            _rt.SubElement(_element, "smartcard_enabled").text = _rt.BOOLEAN.format(
                smartcard_enabled
            )
        if file_transfer_enabled is not None:
            _rt.SubElement(_element, "file_transfer_enabled").text = _rt.BOOLEAN.format(
                file_transfer_enabled
            )
        if copy_paste_enabled is not None:
            _rt.SubElement(_element, "copy_paste_enabled").text = _rt.BOOLEAN.format(
                copy_paste_enabled
            )


class ErrorHandling(_rt.View):
    """The `ErrorHandling` type, element `<error_handling>`."""

    __slots__ = ()
    _tag = "error_handling"
    on_error = _rt.Value("on_error", _rt.STRING)

    def __init__(
        self,
        *,
        on_error: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if on_error is not None:
            _rt.SubElement(_element, "on_error").text = _rt.STRING.format(on_error)


class Event(BaseResource):
    """A system event."""

    __slots__ = ()
    _tag = "event"
    code = _rt.Value("code", _rt.INTEGER)
    """Integer event code."""
    severity = _rt.Value("severity", _rt.STRING)
    """One of `EventSeverity`."""
    time = _rt.Value("time", _rt.DATETIME)
    correlation_id = _rt.Value("correlation_id", _rt.STRING)
    """Identifies an action spread across several layers."""
    origin = _rt.Value("origin", _rt.STRING)
    """Source of the event; standard events come from oVirt."""
    custom_id = _rt.Value("custom_id", _rt.INTEGER)
    """Custom event id; -1 for standard events."""
    flood_rate = _rt.Value("flood_rate", _rt.INTEGER)
    """Seconds during which the same event cannot reoccur (default 30)."""
    user = _rt.Child("user", lambda: User)
    vm = _rt.Child("vm", lambda: VM)
    storage_domain = _rt.Child("storage_domain", lambda: StorageDomain)
    host = _rt.Child("host", lambda: Host)
    template = _rt.Child("template", lambda: Template)
    cluster = _rt.Child("cluster", lambda: Cluster)
    data_center = _rt.Child("data_center", lambda: DataCenter)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        code: int | None = None,
        severity: str | None = None,
        time: _dt.datetime | None = None,
        correlation_id: str | None = None,
        origin: str | None = None,
        custom_id: int | None = None,
        flood_rate: int | None = None,
        user: User | None = None,
        vm: VM | None = None,
        storage_domain: StorageDomain | None = None,
        host: Host | None = None,
        template: Template | None = None,
        cluster: Cluster | None = None,
        data_center: DataCenter | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if code is not None:
            _rt.SubElement(_element, "code").text = _rt.INTEGER.format(code)
        if severity is not None:
            _rt.SubElement(_element, "severity").text = _rt.STRING.format(severity)
        if time is not None:
            _rt.SubElement(_element, "time").text = _rt.DATETIME.format(time)
        if correlation_id is not None:
            _rt.SubElement(_element, "correlation_id").text = _rt.STRING.format(correlation_id)
        if origin is not None:
            _rt.SubElement(_element, "origin").text = _rt.STRING.format(origin)
        if custom_id is not None:
            _rt.SubElement(_element, "custom_id").text = _rt.INTEGER.format(custom_id)
        if flood_rate is not None:
            _rt.SubElement(_element, "flood_rate").text = _rt.INTEGER.format(flood_rate)
        if user is not None:
            _element.append(_rt.adopt(user, "user"))
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))
        if storage_domain is not None:
            _element.append(_rt.adopt(storage_domain, "storage_domain"))
        if host is not None:
            _element.append(_rt.adopt(host, "host"))
        if template is not None:
            _element.append(_rt.adopt(template, "template"))
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))
        if data_center is not None:
            _element.append(_rt.adopt(data_center, "data_center"))


class Events(BaseResources):
    """A collection of event elements."""

    __slots__ = ()
    _tag = "events"
    event = _rt.Children("event", lambda: Event)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        event: _abc.Iterable[Event] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if event is not None:
            _rt.add_children(_element, "event", event)


class ExternalStatusHolder(_rt.View):
    """Status whose state is a ExternalStatus value."""

    __slots__ = ()
    _tag = "external_status_holder"
    state = _rt.Value("state", _rt.STRING)
    """One of `ExternalStatus`."""
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class Fault(_rt.View):
    """Error representation with a reason and a detail string (e.g. 409 Conflict on an immutable
    field).
    """

    __slots__ = ()
    _tag = "fault"
    reason = _rt.Value("reason", _rt.STRING)
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        reason: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if reason is not None:
            _rt.SubElement(_element, "reason").text = _rt.STRING.format(reason)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class Feature(BaseResource):
    """A feature supported at a compatibility level."""

    __slots__ = ()
    _tag = "feature"

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)


class Features(_rt.View):
    """The `Features` type, element `<features>`."""

    __slots__ = ()
    _tag = "features"
    feature = _rt.Children("feature", lambda: Feature)

    def __init__(
        self,
        *,
        feature: _abc.Iterable[Feature] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if feature is not None:
            _rt.add_children(_element, "feature", feature)


class FenceTypes(_rt.View):
    """The `FenceTypes` type, element `<fence_types>`."""

    __slots__ = ()
    _tag = "fence_types"
    fence_type = _rt.Values("fence_type", _rt.STRING)
    """One of `FenceType`."""

    def __init__(
        self,
        *,
        fence_type: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if fence_type is not None:
            _rt.add_values(_element, "fence_type", _rt.STRING, fence_type)


class File(BaseResource):
    """A file (ISO or floppy image) in an ISO storage domain; its id is the file name."""

    __slots__ = ()
    _tag = "file"
    type = _rt.Value("type", _rt.STRING)
    storage_domain = _rt.Child("storage_domain", lambda: StorageDomain)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        type: str | None = None,
        storage_domain: StorageDomain | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if storage_domain is not None:
            _element.append(_rt.adopt(storage_domain, "storage_domain"))


class Files(BaseResources):
    """A collection of file elements."""

    __slots__ = ()
    _tag = "files"
    file = _rt.Children("file", lambda: File)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        file: _abc.Iterable[File] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if file is not None:
            _rt.add_children(_element, "file", file)


class GracePeriod(_rt.View):
    """Grace period in milliseconds that must expire before the action is initiated."""

    __slots__ = ()
    _tag = "grace_period"
    expiry = _rt.Value("expiry", _rt.INTEGER)

    def __init__(
        self,
        *,
        expiry: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if expiry is not None:
            _rt.SubElement(_element, "expiry").text = _rt.INTEGER.format(expiry)


class HighAvailability(_rt.View):
    """The `HighAvailability` type, element `<high_availability>`."""

    __slots__ = ()
    _tag = "high_availability"
    enabled = _rt.Value("enabled", _rt.BOOLEAN)
    priority = _rt.Value("priority", _rt.INTEGER)

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        priority: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if enabled is not None:
            _rt.SubElement(_element, "enabled").text = _rt.BOOLEAN.format(enabled)
        if priority is not None:
            _rt.SubElement(_element, "priority").text = _rt.INTEGER.format(priority)


class Host(BaseResource):
    """A virtualization host."""

    __slots__ = ()
    _tag = "host"
    root_password = _rt.Value("root_password", _rt.STRING)
    """Only sent by the client on creation; never returned."""
    address = _rt.Value("address", _rt.STRING)
    """IP address or host name; required on creation."""
    status = _rt.Child("status", lambda: HostStatus)
    external_status = _rt.Child("external_status", lambda: ExternalStatusHolder)
    cluster = _rt.Child("cluster", lambda: Cluster)
    port = _rt.Value("port", _rt.INTEGER)
    """VDSM listen port."""
    type = _rt.Value("type", _rt.STRING)
    """One of `HostType`."""
    storage_manager = _rt.Child("storage_manager", lambda: StorageManager)
    version = _rt.Child("version", lambda: Version)
    power_management = _rt.Child("power_management", lambda: PowerManagement)
    ksm = _rt.Child("ksm", lambda: KSM)
    transparent_hugepages = _rt.Child("transparent_hugepages", lambda: TransparentHugePages)
    iscsi = _rt.Child("iscsi", lambda: IscsiDetails)
    cpu = _rt.Child("cpu", lambda: CPU)
    memory = _rt.Value("memory", _rt.INTEGER)
    """Total host memory in bytes."""
    max_scheduling_memory = _rt.Value("max_scheduling_memory", _rt.INTEGER)
    summary = _rt.Child("summary", lambda: HostSummary)
    """Active, migrating and total VMs on the host."""

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        root_password: str | None = None,
        address: str | None = None,
        status: HostStatus | None = None,
        external_status: ExternalStatusHolder | None = None,
        cluster: Cluster | None = None,
        port: int | None = None,
        type: str | None = None,
        storage_manager: StorageManager | None = None,
        version: Version | None = None,
        power_management: PowerManagement | None = None,
        ksm: KSM | None = None,
        transparent_hugepages: TransparentHugePages | None = None,
        iscsi: IscsiDetails | None = None,
        cpu: CPU | None = None,
        memory: int | None = None,
        max_scheduling_memory: int | None = None,
        summary: HostSummary | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if root_password is not None:
            _rt.SubElement(_element, "root_password").text = _rt.STRING.format(root_password)
        if address is not None:
            _rt.SubElement(_element, "address").text = _rt.STRING.format(address)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if external_status is not None:
            _element.append(_rt.adopt(external_status, "external_status"))
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))
        if port is not None:
            _rt.SubElement(_element, "port").text = _rt.INTEGER.format(port)
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if storage_manager is not None:
            _element.append(_rt.adopt(storage_manager, "storage_manager"))
        if version is not None:
            _element.append(_rt.adopt(version, "version"))
        if power_management is not None:
            _element.append(_rt.adopt(power_management, "power_management"))
        if ksm is not None:
            _element.append(_rt.adopt(ksm, "ksm"))
        if transparent_hugepages is not None:
            _element.append(_rt.adopt(transparent_hugepages, "transparent_hugepages"))
        if iscsi is not None:
            _element.append(_rt.adopt(iscsi, "iscsi"))
        if cpu is not None:
            _element.append(_rt.adopt(cpu, "cpu"))
        if memory is not None:
            _rt.SubElement(_element, "memory").text = _rt.INTEGER.format(memory)
        if max_scheduling_memory is not None:
            _rt.SubElement(_element, "max_scheduling_memory").text = _rt.INTEGER.format(
                max_scheduling_memory
            )
        if summary is not None:
            _element.append(_rt.adopt(summary, "summary"))


class HostNIC(BaseResource):
    """A physical network interface of a host."""

    __slots__ = ()
    _tag = "host_nic"
    host = _rt.Child("host", lambda: Host)
    network = _rt.Child("network", lambda: Network)
    mac = _rt.Child("mac", lambda: MAC)
    ip = _rt.Child("ip", lambda: IP)
    boot_protocol = _rt.Value("boot_protocol", _rt.STRING)
    status = _rt.Child("status", lambda: Status)
    mtu = _rt.Value("mtu", _rt.INTEGER)
    bridged = _rt.Value("bridged", _rt.BOOLEAN)
    speed = _rt.Value("speed", _rt.INTEGER)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        host: Host | None = None,
        network: Network | None = None,
        mac: MAC | None = None,
        ip: IP | None = None,
        boot_protocol: str | None = None,
        status: Status | None = None,
        mtu: int | None = None,
        bridged: bool | None = None,
        speed: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if host is not None:
            _element.append(_rt.adopt(host, "host"))
        if network is not None:
            _element.append(_rt.adopt(network, "network"))
        if mac is not None:
            _element.append(_rt.adopt(mac, "mac"))
        if ip is not None:
            _element.append(_rt.adopt(ip, "ip"))
        if boot_protocol is not None:
            _rt.SubElement(_element, "boot_protocol").text = _rt.STRING.format(boot_protocol)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if mtu is not None:
            _rt.SubElement(_element, "mtu").text = _rt.INTEGER.format(mtu)
        if bridged is not None:
            _rt.SubElement(_element, "bridged").text = _rt.BOOLEAN.format(bridged)
        if speed is not None:
            _rt.SubElement(_element, "speed").text = _rt.INTEGER.format(speed)


class HostNics(BaseResources):
    """A collection of host_nic elements."""

    __slots__ = ()
    _tag = "host_nics"
    host_nic = _rt.Children("host_nic", lambda: HostNIC)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        host_nic: _abc.Iterable[HostNIC] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if host_nic is not None:
            _rt.add_children(_element, "host_nic", host_nic)


class HostStates(_rt.View):
    """The `HostStates` type, element `<host_states>`."""

    __slots__ = ()
    _tag = "host_states"
    host_state = _rt.Values("host_state", _rt.STRING)
    """One of `HostState`."""

    def __init__(
        self,
        *,
        host_state: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if host_state is not None:
            _rt.add_values(_element, "host_state", _rt.STRING, host_state)


class HostStatus(_rt.View):
    """Status whose state is a HostState value."""

    __slots__ = ()
    _tag = "host_status"
    state = _rt.Value("state", _rt.STRING)
    """One of `HostState`."""
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class HostSummary(_rt.View):
    """The `HostSummary` type, element `<host_summary>`."""

    __slots__ = ()
    _tag = "host_summary"
    active = _rt.Value("active", _rt.INTEGER)
    migrating = _rt.Value("migrating", _rt.INTEGER)
    total = _rt.Value("total", _rt.INTEGER)

    def __init__(
        self,
        *,
        active: int | None = None,
        migrating: int | None = None,
        total: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if migrating is not None:
            _rt.SubElement(_element, "migrating").text = _rt.INTEGER.format(migrating)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)


class Hosts(BaseResources):
    """A collection of host elements."""

    __slots__ = ()
    _tag = "hosts"
    host = _rt.Children("host", lambda: Host)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        host: _abc.Iterable[Host] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if host is not None:
            _rt.add_children(_element, "host", host)


class IP(_rt.View):
    """The `IP` type, element `<ip>`."""

    __slots__ = ()
    _tag = "ip"
    address = _rt.Attr("address", _rt.STRING)
    netmask = _rt.Attr("netmask", _rt.STRING)
    gateway = _rt.Attr("gateway", _rt.STRING)

    def __init__(
        self,
        *,
        address: str | None = None,
        netmask: str | None = None,
        gateway: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if address is not None:
            _element.set("address", _rt.STRING.format(address))
        if netmask is not None:
            _element.set("netmask", _rt.STRING.format(netmask))
        if gateway is not None:
            _element.set("gateway", _rt.STRING.format(gateway))


class Initialization(_rt.View):
    """The `Initialization` type, element `<initialization>`."""

    __slots__ = ()
    _tag = "initialization"
    configuration = _rt.Child("configuration", lambda: Configuration)
    host_name = _rt.Value("host_name", _rt.STRING)
    custom_script = _rt.Value("custom_script", _rt.STRING)

    def __init__(
        self,
        *,
        configuration: Configuration | None = None,
        host_name: str | None = None,
        custom_script: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if configuration is not None:
            _element.append(_rt.adopt(configuration, "configuration"))
        if host_name is not None:
            _rt.SubElement(_element, "host_name").text = _rt.STRING.format(host_name)
        if custom_script is not None:
            _rt.SubElement(_element, "custom_script").text = _rt.STRING.format(custom_script)


class IscsiDetails(_rt.View):
    """The `IscsiDetails` type, element `<iscsi_details>`."""

    __slots__ = ()
    _tag = "iscsi_details"
    initiator = _rt.Value("initiator", _rt.STRING)

    def __init__(
        self,
        *,
        initiator: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if initiator is not None:
            _rt.SubElement(_element, "initiator").text = _rt.STRING.format(initiator)


class Job(BaseResource):
    """A job tracking a long-running action."""

    __slots__ = ()
    _tag = "job"

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)


class KSM(_rt.View):
    """The `KSM` type, element `<ksm>`."""

    __slots__ = ()
    _tag = "ksm"
    enabled = _rt.Value("enabled", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        enabled: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if enabled is not None:
            _rt.SubElement(_element, "enabled").text = _rt.BOOLEAN.format(enabled)


class Link(_rt.View):
    """A relationship to another resource or collection: href is the URI, rel the relation type."""

    __slots__ = ()
    _tag = "link"
    href = _rt.Attr("href", _rt.STRING)
    rel = _rt.Attr("rel", _rt.STRING)

    def __init__(
        self,
        *,
        href: str | None = None,
        rel: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if rel is not None:
            _element.set("rel", _rt.STRING.format(rel))


class LogicalUnit(_rt.View):
    """The `LogicalUnit` type, element `<logical_unit>`."""

    __slots__ = ()
    _tag = "logical_unit"
    id = _rt.Attr("id", _rt.STRING)
    address = _rt.Value("address", _rt.STRING)
    port = _rt.Value("port", _rt.INTEGER)
    target = _rt.Value("target", _rt.STRING)
    username = _rt.Value("username", _rt.STRING)
    password = _rt.Value("password", _rt.STRING)
    serial = _rt.Value("serial", _rt.STRING)
    vendor_id = _rt.Value("vendor_id", _rt.STRING)
    product_id = _rt.Value("product_id", _rt.STRING)
    lun_mapping = _rt.Value("lun_mapping", _rt.INTEGER)

    def __init__(
        self,
        *,
        id: str | None = None,
        address: str | None = None,
        port: int | None = None,
        target: str | None = None,
        username: str | None = None,
        password: str | None = None,
        serial: str | None = None,
        vendor_id: str | None = None,
        product_id: str | None = None,
        lun_mapping: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if address is not None:
            _rt.SubElement(_element, "address").text = _rt.STRING.format(address)
        if port is not None:
            _rt.SubElement(_element, "port").text = _rt.INTEGER.format(port)
        if target is not None:
            _rt.SubElement(_element, "target").text = _rt.STRING.format(target)
        if username is not None:
            _rt.SubElement(_element, "username").text = _rt.STRING.format(username)
        if password is not None:
            _rt.SubElement(_element, "password").text = _rt.STRING.format(password)
        if serial is not None:
            _rt.SubElement(_element, "serial").text = _rt.STRING.format(serial)
        if vendor_id is not None:
            _rt.SubElement(_element, "vendor_id").text = _rt.STRING.format(vendor_id)
        if product_id is not None:
            _rt.SubElement(_element, "product_id").text = _rt.STRING.format(product_id)
        if lun_mapping is not None:
            _rt.SubElement(_element, "lun_mapping").text = _rt.INTEGER.format(lun_mapping)


class MAC(_rt.View):
    """The `MAC` type, element `<mac>`."""

    __slots__ = ()
    _tag = "mac"
    address = _rt.Attr("address", _rt.STRING)

    def __init__(
        self,
        *,
        address: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if address is not None:
            _element.set("address", _rt.STRING.format(address))


class MemoryPolicy(_rt.View):
    """Cluster: overcommit percent and transparent hugepages. VM: guaranteed memory in bytes and
    ballooning.
    """

    __slots__ = ()
    _tag = "memory_policy"
    overcommit = _rt.Child("overcommit", lambda: Overcommit)
    transparent_hugepages = _rt.Child("transparent_hugepages", lambda: TransparentHugePages)
    guaranteed = _rt.Value("guaranteed", _rt.INTEGER)
    ballooning = _rt.Value("ballooning", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        overcommit: Overcommit | None = None,
        transparent_hugepages: TransparentHugePages | None = None,
        guaranteed: int | None = None,
        ballooning: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if overcommit is not None:
            _element.append(_rt.adopt(overcommit, "overcommit"))
        if transparent_hugepages is not None:
            _element.append(_rt.adopt(transparent_hugepages, "transparent_hugepages"))
        if guaranteed is not None:
            _rt.SubElement(_element, "guaranteed").text = _rt.INTEGER.format(guaranteed)
        if ballooning is not None:
            _rt.SubElement(_element, "ballooning").text = _rt.BOOLEAN.format(ballooning)


class NIC(BaseResource):
    """A virtual network interface of a VM or template."""

    __slots__ = ()
    _tag = "nic"
    interface = _rt.Value("interface", _rt.STRING)
    """One of `NicInterface`."""
    network = _rt.Child("network", lambda: Network)
    """Network to connect to (id or name)."""
    vnic_profile = _rt.Child("vnic_profile", lambda: VnicProfile)
    mac = _rt.Child("mac", lambda: MAC)
    """MAC address in the address attribute."""
    vm = _rt.Child("vm", lambda: VM)
    linked = _rt.Value("linked", _rt.BOOLEAN)
    plugged = _rt.Value("plugged", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        interface: str | None = None,
        network: Network | None = None,
        vnic_profile: VnicProfile | None = None,
        mac: MAC | None = None,
        vm: VM | None = None,
        linked: bool | None = None,
        plugged: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if interface is not None:
            _rt.SubElement(_element, "interface").text = _rt.STRING.format(interface)
        if network is not None:
            _element.append(_rt.adopt(network, "network"))
        if vnic_profile is not None:
            _element.append(_rt.adopt(vnic_profile, "vnic_profile"))
        if mac is not None:
            _element.append(_rt.adopt(mac, "mac"))
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))
        if linked is not None:
            _rt.SubElement(_element, "linked").text = _rt.BOOLEAN.format(linked)
        if plugged is not None:
            _rt.SubElement(_element, "plugged").text = _rt.BOOLEAN.format(plugged)


class Network(BaseResource):
    """A logical network."""

    __slots__ = ()
    _tag = "network"
    data_center = _rt.Child("data_center", lambda: DataCenter)
    """Data center the network belongs to; required on creation."""
    cluster = _rt.Child("cluster", lambda: Cluster)
    """Set in a cluster networks sub-collection."""
    vlan = _rt.Child("vlan", lambda: Vlan)
    stp = _rt.Value("stp", _rt.BOOLEAN)
    mtu = _rt.Value("mtu", _rt.INTEGER)
    status = _rt.Child("status", lambda: NetworkStatus)
    display = _rt.Value("display", _rt.BOOLEAN)
    """Display network flag, kept for backward compatibility."""
    required = _rt.Value("required", _rt.BOOLEAN)
    usages = _rt.Child("usages", lambda: Usages)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        data_center: DataCenter | None = None,
        cluster: Cluster | None = None,
        vlan: Vlan | None = None,
        stp: bool | None = None,
        mtu: int | None = None,
        status: NetworkStatus | None = None,
        display: bool | None = None,
        required: bool | None = None,
        usages: Usages | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if data_center is not None:
            _element.append(_rt.adopt(data_center, "data_center"))
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))
        if vlan is not None:
            _element.append(_rt.adopt(vlan, "vlan"))
        if stp is not None:
            _rt.SubElement(_element, "stp").text = _rt.BOOLEAN.format(stp)
        if mtu is not None:
            _rt.SubElement(_element, "mtu").text = _rt.INTEGER.format(mtu)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if display is not None:
            _rt.SubElement(_element, "display").text = _rt.BOOLEAN.format(display)
        if required is not None:
            _rt.SubElement(_element, "required").text = _rt.BOOLEAN.format(required)
        if usages is not None:
            _element.append(_rt.adopt(usages, "usages"))


class NetworkStatus(_rt.View):
    """Status whose state is a NetworkState value."""

    __slots__ = ()
    _tag = "network_status"
    state = _rt.Value("state", _rt.STRING)
    """One of `NetworkState`."""
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class Networks(BaseResources):
    """A collection of network elements."""

    __slots__ = ()
    _tag = "networks"
    network = _rt.Children("network", lambda: Network)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        network: _abc.Iterable[Network] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if network is not None:
            _rt.add_children(_element, "network", network)


class NicInterfaces(_rt.View):
    """The `NicInterfaces` type, element `<nic_interfaces>`."""

    __slots__ = ()
    _tag = "nic_interfaces"
    nic_interface = _rt.Values("nic_interface", _rt.STRING)
    """One of `NicInterface`."""

    def __init__(
        self,
        *,
        nic_interface: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if nic_interface is not None:
            _rt.add_values(_element, "nic_interface", _rt.STRING, nic_interface)


class Nics(BaseResources):
    """A collection of nic elements."""

    __slots__ = ()
    _tag = "nics"
    nic = _rt.Children("nic", lambda: NIC)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        nic: _abc.Iterable[NIC] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if nic is not None:
            _rt.add_children(_element, "nic", nic)


class OperatingSystem(_rt.View):
    """Guest OS type attribute, ordered boot devices and direct kernel boot options."""

    __slots__ = ()
    _tag = "operating_system"
    type = _rt.Attr("type", _rt.STRING)
    boot = _rt.Children("boot", lambda: Boot)
    kernel = _rt.Value("kernel", _rt.STRING)
    initrd = _rt.Value("initrd", _rt.STRING)
    cmdline = _rt.Value("cmdline", _rt.STRING)

    def __init__(
        self,
        *,
        type: str | None = None,
        boot: _abc.Iterable[Boot] | None = None,
        kernel: str | None = None,
        initrd: str | None = None,
        cmdline: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if type is not None:
            _element.set("type", _rt.STRING.format(type))
        if boot is not None:
            _rt.add_children(_element, "boot", boot)
        if kernel is not None:
            _rt.SubElement(_element, "kernel").text = _rt.STRING.format(kernel)
        if initrd is not None:
            _rt.SubElement(_element, "initrd").text = _rt.STRING.format(initrd)
        if cmdline is not None:
            _rt.SubElement(_element, "cmdline").text = _rt.STRING.format(cmdline)


class Overcommit(_rt.View):
    """The `Overcommit` type, element `<overcommit>`."""

    __slots__ = ()
    _tag = "overcommit"
    percent = _rt.Attr("percent", _rt.INTEGER)

    def __init__(
        self,
        *,
        percent: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if percent is not None:
            _element.set("percent", _rt.INTEGER.format(percent))


class Permission(BaseResource):
    """Grants a role to a user on a resource."""

    __slots__ = ()
    _tag = "permission"
    role = _rt.Child("role", lambda: Role)
    user = _rt.Child("user", lambda: User)
    data_center = _rt.Child("data_center", lambda: DataCenter)
    cluster = _rt.Child("cluster", lambda: Cluster)
    host = _rt.Child("host", lambda: Host)
    vm = _rt.Child("vm", lambda: VM)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        role: Role | None = None,
        user: User | None = None,
        data_center: DataCenter | None = None,
        cluster: Cluster | None = None,
        host: Host | None = None,
        vm: VM | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if role is not None:
            _element.append(_rt.adopt(role, "role"))
        if user is not None:
            _element.append(_rt.adopt(user, "user"))
        if data_center is not None:
            _element.append(_rt.adopt(data_center, "data_center"))
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))
        if host is not None:
            _element.append(_rt.adopt(host, "host"))
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))


class Permissions(BaseResources):
    """A collection of permission elements."""

    __slots__ = ()
    _tag = "permissions"
    permission = _rt.Children("permission", lambda: Permission)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        permission: _abc.Iterable[Permission] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if permission is not None:
            _rt.add_children(_element, "permission", permission)


class PlacementHosts(_rt.View):
    """The `PlacementHosts` type, element `<placement_hosts>`."""

    __slots__ = ()
    _tag = "placement_hosts"
    host = _rt.Children("host", lambda: Host)

    def __init__(
        self,
        *,
        host: _abc.Iterable[Host] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if host is not None:
            _rt.add_children(_element, "host", host)


class PlacementPolicy(_rt.View):
    """Default host (or hosts) and migration affinity."""

    __slots__ = ()
    _tag = "placement_policy"
    host = _rt.Child("host", lambda: Host)
    hosts = _rt.Child("hosts", lambda: PlacementHosts)
    affinity = _rt.Value("affinity", _rt.STRING)
    """One of `VmAffinity`."""

    def __init__(
        self,
        *,
        host: Host | None = None,
        hosts: PlacementHosts | None = None,
        affinity: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if host is not None:
            _element.append(_rt.adopt(host, "host"))
        if hosts is not None:
            _element.append(_rt.adopt(hosts, "hosts"))
        if affinity is not None:
            _rt.SubElement(_element, "affinity").text = _rt.STRING.format(affinity)


class PowerManagement(_rt.View):
    """The `PowerManagement` type, element `<power_management>`."""

    __slots__ = ()
    _tag = "power_management"
    type = _rt.Attr("type", _rt.STRING)
    enabled = _rt.Value("enabled", _rt.BOOLEAN)
    options = _rt.Value("options", _rt.STRING)

    def __init__(
        self,
        *,
        type: str | None = None,
        enabled: bool | None = None,
        options: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if type is not None:
            _element.set("type", _rt.STRING.format(type))
        if enabled is not None:
            _rt.SubElement(_element, "enabled").text = _rt.BOOLEAN.format(enabled)
        if options is not None:
            _rt.SubElement(_element, "options").text = _rt.STRING.format(options)


class ProductInfo(_rt.View):
    """Identifies the product (name, vendor, version, with full_version inside version)."""

    __slots__ = ()
    _tag = "product_info"
    name = _rt.Value("name", _rt.STRING)
    vendor = _rt.Value("vendor", _rt.STRING)
    version = _rt.Child("version", lambda: Version)

    def __init__(
        self,
        *,
        name: str | None = None,
        vendor: str | None = None,
        version: Version | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if vendor is not None:
            _rt.SubElement(_element, "vendor").text = _rt.STRING.format(vendor)
        if version is not None:
            _element.append(_rt.adopt(version, "version"))


class Quota(BaseResource):
    """The `Quota` type, element `<quota>`."""

    __slots__ = ()
    _tag = "quota"
    data_center = _rt.Child("data_center", lambda: DataCenter)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        data_center: DataCenter | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if data_center is not None:
            _element.append(_rt.adopt(data_center, "data_center"))


class Quotas(BaseResources):
    """A collection of quota elements."""

    __slots__ = ()
    _tag = "quotas"
    quota = _rt.Children("quota", lambda: Quota)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        quota: _abc.Iterable[Quota] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if quota is not None:
            _rt.add_children(_element, "quota", quota)


class Role(BaseResource):
    """The `Role` type, element `<role>`."""

    __slots__ = ()
    _tag = "role"
    administrative = _rt.Value("administrative", _rt.BOOLEAN)
    mutable = _rt.Value("mutable", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        administrative: bool | None = None,
        mutable: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if administrative is not None:
            _rt.SubElement(_element, "administrative").text = _rt.BOOLEAN.format(administrative)
        if mutable is not None:
            _rt.SubElement(_element, "mutable").text = _rt.BOOLEAN.format(mutable)


class Roles(BaseResources):
    """A collection of role elements."""

    __slots__ = ()
    _tag = "roles"
    role = _rt.Children("role", lambda: Role)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        role: _abc.Iterable[Role] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if role is not None:
            _rt.add_children(_element, "role", role)


class SchedulingPolicy(BaseResource):
    """Load balancing / power saving mode of a cluster."""

    __slots__ = ()
    _tag = "scheduling_policy"
    policy = _rt.Value("policy", _rt.STRING)
    thresholds = _rt.Child("thresholds", lambda: SchedulingPolicyThresholds)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        policy: str | None = None,
        thresholds: SchedulingPolicyThresholds | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if policy is not None:
            _rt.SubElement(_element, "policy").text = _rt.STRING.format(policy)
        if thresholds is not None:
            _element.append(_rt.adopt(thresholds, "thresholds"))


class SchedulingPolicyThresholds(_rt.View):
    """The `SchedulingPolicyThresholds` type, element `<scheduling_policy_thresholds>`."""

    __slots__ = ()
    _tag = "scheduling_policy_thresholds"
    low = _rt.Attr("low", _rt.INTEGER)
    high = _rt.Attr("high", _rt.INTEGER)
    duration = _rt.Attr("duration", _rt.INTEGER)

    def __init__(
        self,
        *,
        low: int | None = None,
        high: int | None = None,
        duration: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if low is not None:
            _element.set("low", _rt.INTEGER.format(low))
        if high is not None:
            _element.set("high", _rt.INTEGER.format(high))
        if duration is not None:
            _element.set("duration", _rt.INTEGER.format(duration))


class Snapshot(BaseResource):
    """The `Snapshot` type, element `<snapshot>`."""

    __slots__ = ()
    _tag = "snapshot"
    vm = _rt.Child("vm", lambda: VM)
    date = _rt.Value("date", _rt.DATETIME)
    snapshot_status = _rt.Value("snapshot_status", _rt.STRING)
    persist_memorystate = _rt.Value("persist_memorystate", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        vm: VM | None = None,
        date: _dt.datetime | None = None,
        snapshot_status: str | None = None,
        persist_memorystate: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))
        if date is not None:
            _rt.SubElement(_element, "date").text = _rt.DATETIME.format(date)
        if snapshot_status is not None:
            _rt.SubElement(_element, "snapshot_status").text = _rt.STRING.format(snapshot_status)
        if persist_memorystate is not None:
            _rt.SubElement(_element, "persist_memorystate").text = _rt.BOOLEAN.format(
                persist_memorystate
            )


class Snapshots(BaseResources):
    """A collection of snapshot elements."""

    __slots__ = ()
    _tag = "snapshots"
    snapshot = _rt.Children("snapshot", lambda: Snapshot)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        snapshot: _abc.Iterable[Snapshot] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if snapshot is not None:
            _rt.add_children(_element, "snapshot", snapshot)


class SpecialObjects(_rt.View):
    """Links to fixed resources: templates/blank and tags/root."""

    __slots__ = ()
    _tag = "special_objects"
    link = _rt.Children("link", lambda: Link)

    def __init__(
        self,
        *,
        link: _abc.Iterable[Link] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if link is not None:
            _rt.add_children(_element, "link", link)


class Sso(_rt.View):
    """The `Sso` type, element `<sso>`."""

    __slots__ = ()
    _tag = "sso"
    methods = _rt.Child("methods", lambda: SsoMethods)

    def __init__(
        self,
        *,
        methods: SsoMethods | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if methods is not None:
            _element.append(_rt.adopt(methods, "methods"))


class SsoMethod(_rt.View):
    """The `SsoMethod` type, element `<sso_method>`."""

    __slots__ = ()
    _tag = "sso_method"
    id = _rt.Attr("id", _rt.STRING)

    def __init__(
        self,
        *,
        id: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))


class SsoMethods(_rt.View):
    """The `SsoMethods` type, element `<sso_methods>`."""

    __slots__ = ()
    _tag = "sso_methods"
    method = _rt.Children("method", lambda: SsoMethod)

    def __init__(
        self,
        *,
        method: _abc.Iterable[SsoMethod] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if method is not None:
            _rt.add_children(_element, "method", method)


class Status(_rt.View):
    """Generic status holder; entity specific status types restrict state."""

    __slots__ = ()
    _tag = "status"
    state = _rt.Value("state", _rt.STRING)
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class Storage(_rt.View):
    """Underlying storage: type plus address/path (nfs, posixfs), path (localfs) or logical units
    (iscsi, fcp).
    """

    __slots__ = ()
    _tag = "storage"
    id = _rt.Attr("id", _rt.STRING)
    type = _rt.Value("type", _rt.STRING)
    """One of `StorageType`."""
    address = _rt.Value("address", _rt.STRING)
    path = _rt.Value("path", _rt.STRING)
    vfs_type = _rt.Value("vfs_type", _rt.STRING)
    mount_options = _rt.Value("mount_options", _rt.STRING)
    logical_unit = _rt.Children("logical_unit", lambda: LogicalUnit)
    override_luns = _rt.Value("override_luns", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        id: str | None = None,
        type: str | None = None,
        address: str | None = None,
        path: str | None = None,
        vfs_type: str | None = None,
        mount_options: str | None = None,
        logical_unit: _abc.Iterable[LogicalUnit] | None = None,
        override_luns: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if address is not None:
            _rt.SubElement(_element, "address").text = _rt.STRING.format(address)
        if path is not None:
            _rt.SubElement(_element, "path").text = _rt.STRING.format(path)
        if vfs_type is not None:
            _rt.SubElement(_element, "vfs_type").text = _rt.STRING.format(vfs_type)
        if mount_options is not None:
            _rt.SubElement(_element, "mount_options").text = _rt.STRING.format(mount_options)
        if logical_unit is not None:
            _rt.add_children(_element, "logical_unit", logical_unit)
        if override_luns is not None:
            _rt.SubElement(_element, "override_luns").text = _rt.BOOLEAN.format(override_luns)


class StorageDomain(BaseResource):
    """A storage domain (data, iso, export or image)."""

    __slots__ = ()
    _tag = "storage_domain"
    type = _rt.Value("type", _rt.STRING)
    """Storage domain type; required on creation. One of `StorageDomainType`."""
    status = _rt.Child("status", lambda: StorageDomainStatus)
    """Data center specific state of an attached domain."""
    external_status = _rt.Child("external_status", lambda: ExternalStatusHolder)
    master = _rt.Value("master", _rt.BOOLEAN)
    """true for the master domain of a data center."""
    storage = _rt.Child("storage", lambda: Storage)
    """Underlying storage; required on creation."""
    available = _rt.Value("available", _rt.INTEGER)
    """Available space in bytes."""
    used = _rt.Value("used", _rt.INTEGER)
    """Used space in bytes."""
    committed = _rt.Value("committed", _rt.INTEGER)
    """Committed space in bytes."""
    storage_format = _rt.Value("storage_format", _rt.STRING)
    """One of `StorageFormat`."""
    host = _rt.Child("host", lambda: Host)
    """Host used to initialise (or remove) the domain; required on creation."""
    wipe_after_delete = _rt.Value("wipe_after_delete", _rt.BOOLEAN)
    warning_low_space_indicator = _rt.Value("warning_low_space_indicator", _rt.INTEGER)
    """Percentage of free space under which warnings are logged."""
    critical_space_action_blocker = _rt.Value("critical_space_action_blocker", _rt.INTEGER)
    """Free space in GB under which space-consuming actions are blocked."""
    format = _rt.Value("format", _rt.BOOLEAN)
    """On removal: format the domain."""
    destroy = _rt.Value("destroy", _rt.BOOLEAN)
    """On removal: logical removal that keeps the data for import."""
    data_center = _rt.Child("data_center", lambda: DataCenter)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        type: str | None = None,
        status: StorageDomainStatus | None = None,
        external_status: ExternalStatusHolder | None = None,
        master: bool | None = None,
        storage: Storage | None = None,
        available: int | None = None,
        used: int | None = None,
        committed: int | None = None,
        storage_format: str | None = None,
        host: Host | None = None,
        wipe_after_delete: bool | None = None,
        warning_low_space_indicator: int | None = None,
        critical_space_action_blocker: int | None = None,
        format: bool | None = None,
        destroy: bool | None = None,
        data_center: DataCenter | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if external_status is not None:
            _element.append(_rt.adopt(external_status, "external_status"))
        if master is not None:
            _rt.SubElement(_element, "master").text = _rt.BOOLEAN.format(master)
        if storage is not None:
            _element.append(_rt.adopt(storage, "storage"))
        if available is not None:
            _rt.SubElement(_element, "available").text = _rt.INTEGER.format(available)
        if used is not None:
            _rt.SubElement(_element, "used").text = _rt.INTEGER.format(used)
        if committed is not None:
            _rt.SubElement(_element, "committed").text = _rt.INTEGER.format(committed)
        if storage_format is not None:
            _rt.SubElement(_element, "storage_format").text = _rt.STRING.format(storage_format)
        if host is not None:
            _element.append(_rt.adopt(host, "host"))
        if wipe_after_delete is not None:
            _rt.SubElement(_element, "wipe_after_delete").text = _rt.BOOLEAN.format(
                wipe_after_delete
            )
        if warning_low_space_indicator is not None:
            _rt.SubElement(_element, "warning_low_space_indicator").text = _rt.INTEGER.format(
                warning_low_space_indicator
            )
        if critical_space_action_blocker is not None:
            _rt.SubElement(_element, "critical_space_action_blocker").text = _rt.INTEGER.format(
                critical_space_action_blocker
            )
        if format is not None:
            _rt.SubElement(_element, "format").text = _rt.BOOLEAN.format(format)
        if destroy is not None:
            _rt.SubElement(_element, "destroy").text = _rt.BOOLEAN.format(destroy)
        if data_center is not None:
            _element.append(_rt.adopt(data_center, "data_center"))


class StorageDomainStatus(_rt.View):
    """Status whose state is a StorageDomainState value."""

    __slots__ = ()
    _tag = "storage_domain_status"
    state = _rt.Value("state", _rt.STRING)
    """One of `StorageDomainState`."""
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class StorageDomainTypes(_rt.View):
    """The `StorageDomainTypes` type, element `<storage_domain_types>`."""

    __slots__ = ()
    _tag = "storage_domain_types"
    storage_domain_type = _rt.Values("storage_domain_type", _rt.STRING)
    """One of `StorageDomainType`."""

    def __init__(
        self,
        *,
        storage_domain_type: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if storage_domain_type is not None:
            _rt.add_values(_element, "storage_domain_type", _rt.STRING, storage_domain_type)


class StorageDomains(BaseResources):
    """A collection of storage_domain elements."""

    __slots__ = ()
    _tag = "storage_domains"
    storage_domain = _rt.Children("storage_domain", lambda: StorageDomain)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        storage_domain: _abc.Iterable[StorageDomain] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if storage_domain is not None:
            _rt.add_children(_element, "storage_domain", storage_domain)


class StorageManager(_rt.View):
    """true if the host is the storage pool manager (SPM); priority attribute."""

    __slots__ = ()
    _tag = "storage_manager"
    priority = _rt.Attr("priority", _rt.INTEGER)
    value = _rt.Text(_rt.BOOLEAN)

    def __init__(
        self,
        *,
        priority: int | None = None,
        value: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if priority is not None:
            _element.set("priority", _rt.INTEGER.format(priority))
        if value is not None:
            _element.text = _rt.BOOLEAN.format(value)


class StorageTypes(_rt.View):
    """The `StorageTypes` type, element `<storage_types>`."""

    __slots__ = ()
    _tag = "storage_types"
    storage_type = _rt.Values("storage_type", _rt.STRING)
    """One of `StorageType`."""

    def __init__(
        self,
        *,
        storage_type: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if storage_type is not None:
            _rt.add_values(_element, "storage_type", _rt.STRING, storage_type)


class SupportedVersions(_rt.View):
    """The `SupportedVersions` type, element `<supported_versions>`."""

    __slots__ = ()
    _tag = "supported_versions"
    version = _rt.Children("version", lambda: Version)

    def __init__(
        self,
        *,
        version: _abc.Iterable[Version] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if version is not None:
            _rt.add_children(_element, "version", version)


class Tag(BaseResource):
    """A tag; tags form a hierarchy under the root tag."""

    __slots__ = ()
    _tag = "tag"
    parent = _rt.Child("parent", lambda: TagParent)
    """Parent tag (id or name); root is the default parent."""
    host = _rt.Child("host", lambda: Host)
    user = _rt.Child("user", lambda: User)
    vm = _rt.Child("vm", lambda: VM)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        parent: TagParent | None = None,
        host: Host | None = None,
        user: User | None = None,
        vm: VM | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if parent is not None:
            _element.append(_rt.adopt(parent, "parent"))
        if host is not None:
            _element.append(_rt.adopt(host, "host"))
        if user is not None:
            _element.append(_rt.adopt(user, "user"))
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))


class TagParent(_rt.View):
    """Tags, users, roles, permissions"""

    __slots__ = ()
    _tag = "tag_parent"
    tag = _rt.Child("tag", lambda: Tag)

    def __init__(
        self,
        *,
        tag: Tag | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if tag is not None:
            _element.append(_rt.adopt(tag, "tag"))


class Tags(BaseResources):
    """A collection of tag elements."""

    __slots__ = ()
    _tag = "tags"
    tag = _rt.Children("tag", lambda: Tag)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        tag: _abc.Iterable[Tag] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if tag is not None:
            _rt.add_children(_element, "tag", tag)


class Template(BaseResource):
    """A VM template. The Blank template (id 00000000-0000-0000-0000-000000000000) exists in every
    cluster.
    """

    __slots__ = ()
    _tag = "template"
    type = _rt.Value("type", _rt.STRING)
    """One of `VmType`."""
    status = _rt.Child("status", lambda: TemplateStatus)
    memory = _rt.Value("memory", _rt.INTEGER)
    cpu = _rt.Child("cpu", lambda: CPU)
    os = _rt.Child("os", lambda: OperatingSystem)
    cluster = _rt.Child("cluster", lambda: Cluster)
    vm = _rt.Child("vm", lambda: VM)
    """VM the template is created from (id or name); required on creation."""
    creation_time = _rt.Value("creation_time", _rt.DATETIME)
    origin = _rt.Value("origin", _rt.STRING)
    high_availability = _rt.Child("high_availability", lambda: HighAvailability)
    display = _rt.Child("display", lambda: Display)
    stateless = _rt.Value("stateless", _rt.BOOLEAN)
    usb = _rt.Child("usb", lambda: Usb)
    timezone = _rt.Value("timezone", _rt.STRING)
    version = _rt.Child("version", lambda: TemplateVersion)
    """Sub-version information (base_template, version_name)."""

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        type: str | None = None,
        status: TemplateStatus | None = None,
        memory: int | None = None,
        cpu: CPU | None = None,
        os: OperatingSystem | None = None,
        cluster: Cluster | None = None,
        vm: VM | None = None,
        creation_time: _dt.datetime | None = None,
        origin: str | None = None,
        high_availability: HighAvailability | None = None,
        display: Display | None = None,
        stateless: bool | None = None,
        usb: Usb | None = None,
        timezone: str | None = None,
        version: TemplateVersion | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if memory is not None:
            _rt.SubElement(_element, "memory").text = _rt.INTEGER.format(memory)
        if cpu is not None:
            _element.append(_rt.adopt(cpu, "cpu"))
        if os is not None:
            _element.append(_rt.adopt(os, "os"))
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))
        if creation_time is not None:
            _rt.SubElement(_element, "creation_time").text = _rt.DATETIME.format(creation_time)
        if origin is not None:
            _rt.SubElement(_element, "origin").text = _rt.STRING.format(origin)
        if high_availability is not None:
            _element.append(_rt.adopt(high_availability, "high_availability"))
        if display is not None:
            _element.append(_rt.adopt(display, "display"))
        if stateless is not None:
            _rt.SubElement(_element, "stateless").text = _rt.BOOLEAN.format(stateless)
        if usb is not None:
            _element.append(_rt.adopt(usb, "usb"))
        if timezone is not None:
            _rt.SubElement(_element, "timezone").text = _rt.STRING.format(timezone)
        if version is not None:
            _element.append(_rt.adopt(version, "version"))


class TemplateStatus(_rt.View):
    """Status whose state is a TemplateState value."""

    __slots__ = ()
    _tag = "template_status"
    state = _rt.Value("state", _rt.STRING)
    """One of `TemplateState`."""
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class TemplateVersion(_rt.View):
    """The `TemplateVersion` type, element `<template_version>`."""

    __slots__ = ()
    _tag = "template_version"
    base_template = _rt.Child("base_template", lambda: Template)
    version_number = _rt.Value("version_number", _rt.INTEGER)
    version_name = _rt.Value("version_name", _rt.STRING)

    def __init__(
        self,
        *,
        base_template: Template | None = None,
        version_number: int | None = None,
        version_name: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if base_template is not None:
            _element.append(_rt.adopt(base_template, "base_template"))
        if version_number is not None:
            _rt.SubElement(_element, "version_number").text = _rt.INTEGER.format(version_number)
        if version_name is not None:
            _rt.SubElement(_element, "version_name").text = _rt.STRING.format(version_name)


class Templates(BaseResources):
    """A collection of template elements."""

    __slots__ = ()
    _tag = "templates"
    template = _rt.Children("template", lambda: Template)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        template: _abc.Iterable[Template] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if template is not None:
            _rt.add_children(_element, "template", template)


class Ticket(_rt.View):
    """Time-limited display access token; expiry in seconds."""

    __slots__ = ()
    _tag = "ticket"
    value = _rt.Value("value", _rt.STRING)
    expiry = _rt.Value("expiry", _rt.INTEGER)

    def __init__(
        self,
        *,
        value: str | None = None,
        expiry: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if value is not None:
            _rt.SubElement(_element, "value").text = _rt.STRING.format(value)
        if expiry is not None:
            _rt.SubElement(_element, "expiry").text = _rt.INTEGER.format(expiry)


class TransparentHugePages(_rt.View):
    """The `TransparentHugePages` type, element `<transparent_huge_pages>`."""

    __slots__ = ()
    _tag = "transparent_huge_pages"
    enabled = _rt.Value("enabled", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        enabled: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if enabled is not None:
            _rt.SubElement(_element, "enabled").text = _rt.BOOLEAN.format(enabled)


class Usages(_rt.View):
    """Network usages such as vm and display."""

    __slots__ = ()
    _tag = "usages"
    usage = _rt.Values("usage", _rt.STRING)

    def __init__(
        self,
        *,
        usage: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if usage is not None:
            _rt.add_values(_element, "usage", _rt.STRING, usage)


class Usb(_rt.View):
    """The `Usb` type, element `<usb>`."""

    __slots__ = ()
    _tag = "usb"
    enabled = _rt.Value("enabled", _rt.BOOLEAN)
    type = _rt.Value("type", _rt.STRING)
    """One of `UsbType`."""

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        type: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if enabled is not None:
            _rt.SubElement(_element, "enabled").text = _rt.BOOLEAN.format(enabled)
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)


class User(BaseResource):
    """The `User` type, element `<user>`."""

    __slots__ = ()
    _tag = "user"
    user_name = _rt.Value("user_name", _rt.STRING)
    password = _rt.Value("password", _rt.STRING)
    domain = _rt.Child("domain", lambda: BaseResource)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        user_name: str | None = None,
        password: str | None = None,
        domain: BaseResource | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if user_name is not None:
            _rt.SubElement(_element, "user_name").text = _rt.STRING.format(user_name)
        if password is not None:
            _rt.SubElement(_element, "password").text = _rt.STRING.format(password)
        if domain is not None:
            _element.append(_rt.adopt(domain, "domain"))


class Users(BaseResources):
    """A collection of user elements."""

    __slots__ = ()
    _tag = "users"
    user = _rt.Children("user", lambda: User)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        user: _abc.Iterable[User] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if user is not None:
            _rt.add_children(_element, "user", user)


class VM(BaseResource):
    """A virtual machine."""

    __slots__ = ()
    _tag = "vm"
    type = _rt.Value("type", _rt.STRING)
    """One of `VmType`."""
    status = _rt.Child("status", lambda: VmStatus)
    cluster = _rt.Child("cluster", lambda: Cluster)
    """Host cluster (id or name); required on creation."""
    template = _rt.Child("template", lambda: Template)
    """Template the VM is based on (id or name); required on creation."""
    memory = _rt.Value("memory", _rt.INTEGER)
    """Memory allocated to the guest, in bytes."""
    cpu = _rt.Child("cpu", lambda: CPU)
    os = _rt.Child("os", lambda: OperatingSystem)
    cdroms = _rt.Child("cdroms", lambda: CdRoms)
    high_availability = _rt.Child("high_availability", lambda: HighAvailability)
    display = _rt.Child("display", lambda: Display)
    host = _rt.Child("host", lambda: Host)
    """Host the VM runs on."""
    start_time = _rt.Value("start_time", _rt.DATETIME)
    stop_time = _rt.Value("stop_time", _rt.DATETIME)
    creation_time = _rt.Value("creation_time", _rt.DATETIME)
    origin = _rt.Value("origin", _rt.STRING)
    """System the VM originated from: rhev, ovirt, vmware or xen."""
    stateless = _rt.Value("stateless", _rt.BOOLEAN)
    delete_protected = _rt.Value("delete_protected", _rt.BOOLEAN)
    sso = _rt.Child("sso", lambda: Sso)
    console = _rt.Child("console", lambda: Console)
    timezone = _rt.Value("timezone", _rt.STRING)
    initialization = _rt.Child("initialization", lambda: Initialization)
    placement_policy = _rt.Child("placement_policy", lambda: PlacementPolicy)
    memory_policy = _rt.Child("memory_policy", lambda: MemoryPolicy)
    usb = _rt.Child("usb", lambda: Usb)
    soundcard_enabled = _rt.Value("soundcard_enabled", _rt.BOOLEAN)
    migration_downtime = _rt.Value("migration_downtime", _rt.INTEGER)
    cpu_profile = _rt.Child("cpu_profile", lambda: CpuProfile)
    quota = _rt.Child("quota", lambda: Quota)
    next_run_configuration_exists = _rt.Value("next_run_configuration_exists", _rt.BOOLEAN)
    numa_tune_mode = _rt.Value("numa_tune_mode", _rt.STRING)
    """One of `NumaTuneMode`."""
    disks = _rt.Child("disks", lambda: Disks)
    """Disks; on removal carries detach_only to keep the disks."""
    nics = _rt.Child("nics", lambda: Nics)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        type: str | None = None,
        status: VmStatus | None = None,
        cluster: Cluster | None = None,
        template: Template | None = None,
        memory: int | None = None,
        cpu: CPU | None = None,
        os: OperatingSystem | None = None,
        cdroms: CdRoms | None = None,
        high_availability: HighAvailability | None = None,
        display: Display | None = None,
        host: Host | None = None,
        start_time: _dt.datetime | None = None,
        stop_time: _dt.datetime | None = None,
        creation_time: _dt.datetime | None = None,
        origin: str | None = None,
        stateless: bool | None = None,
        delete_protected: bool | None = None,
        sso: Sso | None = None,
        console: Console | None = None,
        timezone: str | None = None,
        initialization: Initialization | None = None,
        placement_policy: PlacementPolicy | None = None,
        memory_policy: MemoryPolicy | None = None,
        usb: Usb | None = None,
        soundcard_enabled: bool | None = None,
        migration_downtime: int | None = None,
        cpu_profile: CpuProfile | None = None,
        quota: Quota | None = None,
        next_run_configuration_exists: bool | None = None,
        numa_tune_mode: str | None = None,
        disks: Disks | None = None,
        nics: Nics | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))
        if template is not None:
            _element.append(_rt.adopt(template, "template"))
        if memory is not None:
            _rt.SubElement(_element, "memory").text = _rt.INTEGER.format(memory)
        if cpu is not None:
            _element.append(_rt.adopt(cpu, "cpu"))
        if os is not None:
            _element.append(_rt.adopt(os, "os"))
        if cdroms is not None:
            _element.append(_rt.adopt(cdroms, "cdroms"))
        if high_availability is not None:
            _element.append(_rt.adopt(high_availability, "high_availability"))
        if display is not None:
            _element.append(_rt.adopt(display, "display"))
        if host is not None:
            _element.append(_rt.adopt(host, "host"))
        if start_time is not None:
            _rt.SubElement(_element, "start_time").text = _rt.DATETIME.format(start_time)
        if stop_time is not None:
            _rt.SubElement(_element, "stop_time").text = _rt.DATETIME.format(stop_time)
        if creation_time is not None:
            _rt.SubElement(_element, "creation_time").text = _rt.DATETIME.format(creation_time)
        if origin is not None:
            _rt.SubElement(_element, "origin").text = _rt.STRING.format(origin)
        if stateless is not None:
            _rt.SubElement(_element, "stateless").text = _rt.BOOLEAN.format(stateless)
        if delete_protected is not None:
            _rt.SubElement(_element, "delete_protected").text = _rt.BOOLEAN.format(delete_protected)
        if sso is not None:
            _element.append(_rt.adopt(sso, "sso"))
        if console is not None:
            _element.append(_rt.adopt(console, "console"))
        if timezone is not None:
            _rt.SubElement(_element, "timezone").text = _rt.STRING.format(timezone)
        if initialization is not None:
            _element.append(_rt.adopt(initialization, "initialization"))
        if placement_policy is not None:
            _element.append(_rt.adopt(placement_policy, "placement_policy"))
        if memory_policy is not None:
            _element.append(_rt.adopt(memory_policy, "memory_policy"))
        if usb is not None:
            _element.append(_rt.adopt(usb, "usb"))
        if soundcard_enabled is not None:
            _rt.SubElement(_element, "soundcard_enabled").text = _rt.BOOLEAN.format(
                soundcard_enabled
            )
        if migration_downtime is not None:
            _rt.SubElement(_element, "migration_downtime").text = _rt.INTEGER.format(
                migration_downtime
            )
        if cpu_profile is not None:
            _element.append(_rt.adopt(cpu_profile, "cpu_profile"))
        if quota is not None:
            _element.append(_rt.adopt(quota, "quota"))
        if next_run_configuration_exists is not None:
            _rt.SubElement(_element, "next_run_configuration_exists").text = _rt.BOOLEAN.format(
                next_run_configuration_exists
            )
        if numa_tune_mode is not None:
            _rt.SubElement(_element, "numa_tune_mode").text = _rt.STRING.format(numa_tune_mode)
        if disks is not None:
            _element.append(_rt.adopt(disks, "disks"))
        if nics is not None:
            _element.append(_rt.adopt(nics, "nics"))


class VMs(BaseResources):
    """A collection of vm elements."""

    __slots__ = ()
    _tag = "vms"
    vm = _rt.Children("vm", lambda: VM)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        vm: _abc.Iterable[VM] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if vm is not None:
            _rt.add_children(_element, "vm", vm)


class Version(_rt.View):
    """A version or compatibility level (major/minor/build/revision attributes)."""

    __slots__ = ()
    _tag = "version"
    major = _rt.Attr("major", _rt.INTEGER)
    minor = _rt.Attr("minor", _rt.INTEGER)
    build = _rt.Attr("build", _rt.INTEGER)
    revision = _rt.Attr("revision", _rt.INTEGER)
    full_version = _rt.Value("full_version", _rt.STRING)

    def __init__(
        self,
        *,
        major: int | None = None,
        minor: int | None = None,
        build: int | None = None,
        revision: int | None = None,
        full_version: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if major is not None:
            _element.set("major", _rt.INTEGER.format(major))
        if minor is not None:
            _element.set("minor", _rt.INTEGER.format(minor))
        if build is not None:
            _element.set("build", _rt.INTEGER.format(build))
        if revision is not None:
            _element.set("revision", _rt.INTEGER.format(revision))
        if full_version is not None:
            _rt.SubElement(_element, "full_version").text = _rt.STRING.format(full_version)


class VersionCaps(Version):
    """Capabilities dependent on one compatibility level (version major/minor)."""

    __slots__ = ()
    _tag = "version_caps"
    id = _rt.Attr("id", _rt.STRING)
    href = _rt.Attr("href", _rt.STRING)
    current = _rt.Value("current", _rt.BOOLEAN)
    """true if this is the most recent supported compatibility level."""
    features = _rt.Child("features", lambda: Features)
    vm_states = _rt.Child("vm_states", lambda: VmStates)
    host_states = _rt.Child("host_states", lambda: HostStates)
    storage_types = _rt.Child("storage_types", lambda: StorageTypes)
    storage_domain_types = _rt.Child("storage_domain_types", lambda: StorageDomainTypes)
    disk_formats = _rt.Child("disk_formats", lambda: DiskFormats)
    disk_interfaces = _rt.Child("disk_interfaces", lambda: DiskInterfaces)
    nic_interfaces = _rt.Child("nic_interfaces", lambda: NicInterfaces)
    boot_devices = _rt.Child("boot_devices", lambda: BootDevices)
    fence_types = _rt.Child("fence_types", lambda: FenceTypes)

    def __init__(
        self,
        *,
        major: int | None = None,
        minor: int | None = None,
        build: int | None = None,
        revision: int | None = None,
        full_version: str | None = None,
        id: str | None = None,
        href: str | None = None,
        current: bool | None = None,
        features: Features | None = None,
        vm_states: VmStates | None = None,
        host_states: HostStates | None = None,
        storage_types: StorageTypes | None = None,
        storage_domain_types: StorageDomainTypes | None = None,
        disk_formats: DiskFormats | None = None,
        disk_interfaces: DiskInterfaces | None = None,
        nic_interfaces: NicInterfaces | None = None,
        boot_devices: BootDevices | None = None,
        fence_types: FenceTypes | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if major is not None:
            _element.set("major", _rt.INTEGER.format(major))
        if minor is not None:
            _element.set("minor", _rt.INTEGER.format(minor))
        if build is not None:
            _element.set("build", _rt.INTEGER.format(build))
        if revision is not None:
            _element.set("revision", _rt.INTEGER.format(revision))
        if full_version is not None:
            _rt.SubElement(_element, "full_version").text = _rt.STRING.format(full_version)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if current is not None:
            _rt.SubElement(_element, "current").text = _rt.BOOLEAN.format(current)
        if features is not None:
            _element.append(_rt.adopt(features, "features"))
        if vm_states is not None:
            _element.append(_rt.adopt(vm_states, "vm_states"))
        if host_states is not None:
            _element.append(_rt.adopt(host_states, "host_states"))
        if storage_types is not None:
            _element.append(_rt.adopt(storage_types, "storage_types"))
        if storage_domain_types is not None:
            _element.append(_rt.adopt(storage_domain_types, "storage_domain_types"))
        if disk_formats is not None:
            _element.append(_rt.adopt(disk_formats, "disk_formats"))
        if disk_interfaces is not None:
            _element.append(_rt.adopt(disk_interfaces, "disk_interfaces"))
        if nic_interfaces is not None:
            _element.append(_rt.adopt(nic_interfaces, "nic_interfaces"))
        if boot_devices is not None:
            _element.append(_rt.adopt(boot_devices, "boot_devices"))
        if fence_types is not None:
            _element.append(_rt.adopt(fence_types, "fence_types"))


class Vlan(_rt.View):
    """The `Vlan` type, element `<vlan>`."""

    __slots__ = ()
    _tag = "vlan"
    id = _rt.Attr("id", _rt.INTEGER)

    def __init__(
        self,
        *,
        id: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.INTEGER.format(id))


class VmStates(_rt.View):
    """The `VmStates` type, element `<vm_states>`."""

    __slots__ = ()
    _tag = "vm_states"
    vm_state = _rt.Values("vm_state", _rt.STRING)
    """One of `VmState`."""

    def __init__(
        self,
        *,
        vm_state: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if vm_state is not None:
            _rt.add_values(_element, "vm_state", _rt.STRING, vm_state)


class VmStatus(_rt.View):
    """Status whose state is a VmState value."""

    __slots__ = ()
    _tag = "vm_status"
    state = _rt.Value("state", _rt.STRING)
    """One of `VmState`."""
    detail = _rt.Value("detail", _rt.STRING)

    def __init__(
        self,
        *,
        state: str | None = None,
        detail: str | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if state is not None:
            _rt.SubElement(_element, "state").text = _rt.STRING.format(state)
        if detail is not None:
            _rt.SubElement(_element, "detail").text = _rt.STRING.format(detail)


class VnicProfile(BaseResource):
    """Profile (QoS, custom properties, port mirroring) of virtual NICs."""

    __slots__ = ()
    _tag = "vnic_profile"
    network = _rt.Child("network", lambda: Network)
    port_mirroring = _rt.Value("port_mirroring", _rt.BOOLEAN)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        comment: str | None = None,
        actions: Actions | None = None,
        creation_status: CreationStatus | None = None,
        link: _abc.Iterable[Link] | None = None,
        network: Network | None = None,
        port_mirroring: bool | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if id is not None:
            _element.set("id", _rt.STRING.format(id))
        if href is not None:
            _element.set("href", _rt.STRING.format(href))
        if name is not None:
            _rt.SubElement(_element, "name").text = _rt.STRING.format(name)
        if description is not None:
            _rt.SubElement(_element, "description").text = _rt.STRING.format(description)
        if comment is not None:
            _rt.SubElement(_element, "comment").text = _rt.STRING.format(comment)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if creation_status is not None:
            _element.append(_rt.adopt(creation_status, "creation_status"))
        if link is not None:
            _rt.add_children(_element, "link", link)
        if network is not None:
            _element.append(_rt.adopt(network, "network"))
        if port_mirroring is not None:
            _rt.SubElement(_element, "port_mirroring").text = _rt.BOOLEAN.format(port_mirroring)


class VnicProfiles(BaseResources):
    """A collection of vnic_profile elements."""

    __slots__ = ()
    _tag = "vnic_profiles"
    vnic_profile = _rt.Children("vnic_profile", lambda: VnicProfile)

    def __init__(
        self,
        *,
        actions: Actions | None = None,
        size: int | None = None,
        total: int | None = None,
        active: int | None = None,
        vnic_profile: _abc.Iterable[VnicProfile] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if actions is not None:
            _element.append(_rt.adopt(actions, "actions"))
        if size is not None:
            _rt.SubElement(_element, "size").text = _rt.INTEGER.format(size)
        if total is not None:
            _rt.SubElement(_element, "total").text = _rt.INTEGER.format(total)
        if active is not None:
            _rt.SubElement(_element, "active").text = _rt.INTEGER.format(active)
        if vnic_profile is not None:
            _rt.add_children(_element, "vnic_profile", vnic_profile)
