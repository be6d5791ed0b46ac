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


class VmState(_enum.StrEnum):
    """Values of `VmState`."""

    DOWN = "down"
    UP = "up"
    WAIT_FOR_LAUNCH = "wait_for_launch"


class VmType(_enum.StrEnum):
    """What a virtual machine is optimised for."""

    DESKTOP = "desktop"
    SERVER = "server"
    HIGH_PERFORMANCE = "high_performance"


class BaseResource(_rt.View):
    """Common structure of every resource: id and href attributes, a name and a description."""

    __slots__ = ()
    _tag = "base_resource"
    id = _rt.Attr("id", _rt.STRING)
    href = _rt.Attr("href", _rt.STRING)
    name = _rt.Value("name", _rt.STRING)
    """Unique among resources of its type."""
    description = _rt.Value("description", _rt.STRING)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
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


class Action(BaseResource):
    """The body of an action, and its result."""

    __slots__ = ()
    _tag = "action"
    async_ = _rt.Value("async", _rt.BOOLEAN)
    """Return at once; poll the action for its status."""
    force = _rt.Value("force", _rt.BOOLEAN)
    cluster = _rt.Child("cluster", lambda: Cluster)
    status = _rt.Child("status", lambda: Status)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        async_: bool | None = None,
        force: bool | None = None,
        cluster: Cluster | None = None,
        status: Status | None = None,
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
        if async_ is not None:
            _rt.SubElement(_element, "async").text = _rt.BOOLEAN.format(async_)
        if force is not None:
            _rt.SubElement(_element, "force").text = _rt.BOOLEAN.format(force)
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))
        if status is not None:
            _element.append(_rt.adopt(status, "status"))


class Capabilities(_rt.View):
    """The `Capabilities` type, element `<capabilities>`."""

    __slots__ = ()
    _tag = "capabilities"
    version = _rt.Child("version", lambda: Version)
    vm_type = _rt.Values("vm_type", _rt.STRING)
    """Every value VM type may take. One of `VmType`."""

    def __init__(
        self,
        *,
        version: Version | None = None,
        vm_type: _abc.Iterable[str] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if version is not None:
            _element.append(_rt.adopt(version, "version"))
        if vm_type is not None:
            _rt.add_values(_element, "vm_type", _rt.STRING, vm_type)


class Cluster(BaseResource):
    """The `Cluster` type, element `<cluster>`."""

    __slots__ = ()
    _tag = "cluster"

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
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


class Event(BaseResource):
    """The `Event` type, element `<event>`."""

    __slots__ = ()
    _tag = "event"
    code = _rt.Value("code", _rt.INTEGER)
    time = _rt.Value("time", _rt.DATETIME)
    vm = _rt.Child("vm", lambda: VM)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        code: int | None = None,
        time: _dt.datetime | None = None,
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
        if code is not None:
            _rt.SubElement(_element, "code").text = _rt.INTEGER.format(code)
        if time is not None:
            _rt.SubElement(_element, "time").text = _rt.DATETIME.format(time)
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))


class Events(_rt.View):
    """The `Events` type, element `<events>`."""

    __slots__ = ()
    _tag = "events"
    event = _rt.Children("event", lambda: Event)

    def __init__(
        self,
        *,
        event: _abc.Iterable[Event] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if event is not None:
            _rt.add_children(_element, "event", event)


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


class NIC(BaseResource):
    """The `NIC` type, element `<nic>`."""

    __slots__ = ()
    _tag = "nic"
    interface = _rt.Value("interface", _rt.STRING)
    mac = _rt.Child("mac", lambda: MAC)
    network = _rt.Child("network", lambda: Network)
    plugged = _rt.Value("plugged", _rt.BOOLEAN)
    vm = _rt.Child("vm", lambda: VM)
    """The virtual machine the interface belongs to."""

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        interface: str | None = None,
        mac: MAC | None = None,
        network: Network | None = None,
        plugged: bool | None = None,
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
        if interface is not None:
            _rt.SubElement(_element, "interface").text = _rt.STRING.format(interface)
        if mac is not None:
            _element.append(_rt.adopt(mac, "mac"))
        if network is not None:
            _element.append(_rt.adopt(network, "network"))
        if plugged is not None:
            _rt.SubElement(_element, "plugged").text = _rt.BOOLEAN.format(plugged)
        if vm is not None:
            _element.append(_rt.adopt(vm, "vm"))


class Network(BaseResource):
    """The `Network` type, element `<network>`."""

    __slots__ = ()
    _tag = "network"

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
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


class Nics(_rt.View):
    """The `Nics` type, element `<nics>`."""

    __slots__ = ()
    _tag = "nics"
    nic = _rt.Children("nic", lambda: NIC)

    def __init__(
        self,
        *,
        nic: _abc.Iterable[NIC] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if nic is not None:
            _rt.add_children(_element, "nic", nic)


class Quantity(_rt.View):
    """An amount with its unit, e.g. <memory unit="MB">1024</memory>."""

    __slots__ = ()
    _tag = "quantity"
    unit = _rt.Attr("unit", _rt.STRING)
    value = _rt.Text(_rt.INTEGER)

    def __init__(
        self,
        *,
        unit: str | None = None,
        value: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if unit is not None:
            _element.set("unit", _rt.STRING.format(unit))
        if value is not None:
            _element.text = _rt.INTEGER.format(value)


class Status(_rt.View):
    """The `Status` type, element `<status>`."""

    __slots__ = ()
    _tag = "status"
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


class Template(BaseResource):
    """The `Template` type, element `<template>`."""

    __slots__ = ()
    _tag = "template"

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
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


class VM(BaseResource):
    """A virtual machine."""

    __slots__ = ()
    _tag = "vm"
    type = _rt.Value("type", _rt.STRING)
    """One of `VmType`."""
    status = _rt.Child("status", lambda: Status)
    memory = _rt.Child("memory", lambda: Quantity)
    memory_mb = _rt.Value("memory_mb", _rt.INTEGER)
    """Memory in MiB, before memory took a unit; deprecated."""
    start_time = _rt.Value("start_time", _rt.DATETIME)
    cluster = _rt.Child("cluster", lambda: Cluster)
    template = _rt.Child("template", lambda: Template)
    nics = _rt.Child("nics", lambda: Nics)
    """Given when adding the virtual machine; also the vms/{vm:id}/nics sub-collection."""
    tag = _rt.Values("tag", _rt.STRING)

    def __init__(
        self,
        *,
        id: str | None = None,
        href: str | None = None,
        name: str | None = None,
        description: str | None = None,
        type: str | None = None,
        status: Status | None = None,
        memory: Quantity | None = None,
        memory_mb: int | None = None,
        start_time: _dt.datetime | None = None,
        cluster: Cluster | None = None,
        template: Template | None = None,
        nics: Nics | None = None,
        tag: _abc.Iterable[str] | None = None,
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
        if type is not None:
            _rt.SubElement(_element, "type").text = _rt.STRING.format(type)
        if status is not None:
            _element.append(_rt.adopt(status, "status"))
        if memory is not None:
            _element.append(_rt.adopt(memory, "memory"))
        if memory_mb is not None:
            _rt.SubElement(_element, "memory_mb").text = _rt.INTEGER.format(memory_mb)
        if start_time is not None:
            _rt.SubElement(_element, "start_time").text = _rt.DATETIME.format(start_time)
        if cluster is not None:
            _element.append(_rt.adopt(cluster, "cluster"))
        if template is not None:
            _element.append(_rt.adopt(template, "template"))
        if nics is not None:
            _element.append(_rt.adopt(nics, "nics"))
        if tag is not None:
            _rt.add_values(_element, "tag", _rt.STRING, tag)


class VMs(_rt.View):
    """The `VMs` type, element `<vms>`."""

    __slots__ = ()
    _tag = "vms"
    vm = _rt.Children("vm", lambda: VM)

    def __init__(
        self,
        *,
        vm: _abc.Iterable[VM] | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if vm is not None:
            _rt.add_children(_element, "vm", vm)


class Version(_rt.View):
    """The `Version` type, element `<version>`."""

    __slots__ = ()
    _tag = "version"
    major = _rt.Attr("major", _rt.INTEGER)
    minor = _rt.Attr("minor", _rt.INTEGER)

    def __init__(
        self,
        *,
        major: int | None = None,
        minor: int | None = None,
    ) -> None:
        if self._through_setters:
            _rt.set_each(self, _rt.arguments())
            return
        _element = self._element = _rt.new_element(self._tag)
        if major is not None:
            _element.set("major", _rt.INTEGER.format(major))
        if minor is not None:
            _element.set("minor", _rt.INTEGER.format(minor))
