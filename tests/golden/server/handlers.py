"""One method per link of rsdl.xml, named after its path and rel.

A method receives the `Call` (link, concrete path, matrix and query parameters, headers, parsed body, user),
then the placeholder values of the path in order, then as keywords the parsed body and the URL parameters
converted to their RSDL types. The body has already been checked against the link's overloads. Every method
defaults to the in-memory mock engine; subclass `Handlers`, override what should behave differently, and pass
the subclass to `create_app(handlers=...)`: the generator never writes your code, so regeneration keeps it.
"""

from __future__ import annotations

from rsdlgen import mock
from rsdlgen.mock import Call, Element, Reply


class Handlers(mock.Handlers):
    async def capabilities_get(
        self,
        call: Call,
    ) -> Reply:
        """GET capabilities: get the capabilities of the engine"""
        return self.engine.handle(call)

    async def events_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        from_: int | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET events: get a list of events"""
        return self.engine.handle(call)

    async def events_get(
        self,
        call: Call,
        event_id: str,
    ) -> Reply:
        """GET events/{event:id}: get the event"""
        return self.engine.handle(call)

    async def events_undelete(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST events/undelete: restore the events removed from the list"""
        return self.engine.handle(call)

    async def vms_list(
        self,
        call: Call,
        *,
        search: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
    ) -> Reply:
        """GET vms: list the 'virtual' machines"""
        return self.engine.handle(call)

    async def vms_add(
        self,
        call: Call,
        *,
        body: Element,
    ) -> Reply:
        """POST vms: add a virtual machine"""
        return self.engine.handle(call)

    async def vms_get(
        self,
        call: Call,
        vm_id: str,
    ) -> Reply:
        """GET vms/{vm:id}: get the virtual machine"""
        return self.engine.handle(call)

    async def vms_update(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
        async_: bool | None = None,
    ) -> Reply:
        """PUT vms/{vm:id}: update the virtual machine"""
        return self.engine.handle(call)

    async def vms_delete(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element | None,
        async_: bool | None = None,
    ) -> Reply:
        """DELETE vms/{vm:id}: delete the virtual machine"""
        return self.engine.handle(call)

    async def vms_start(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/start: start the virtual machine"""
        return self.engine.handle(call)

    async def vms_import(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/import: import the virtual machine again from its storage"""
        return self.engine.handle(call)

    async def vms_migrate(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/migrate: migrate the virtual machine to another cluster"""
        return self.engine.handle(call)

    async def vms_nics_list(
        self,
        call: Call,
        vm_id: str,
    ) -> Reply:
        """GET vms/{vm:id}/nics: get the network interfaces of the virtual machine"""
        return self.engine.handle(call)

    async def vms_nics_add(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/nics: add a network interface"""
        return self.engine.handle(call)

    async def vms_nics_get(
        self,
        call: Call,
        vm_id: str,
        nic_id: str,
    ) -> Reply:
        """GET vms/{vm:id}/nics/{nic:id}: get the network interface"""
        return self.engine.handle(call)

    async def vms_nics_delete(
        self,
        call: Call,
        vm_id: str,
        nic_id: str,
    ) -> Reply:
        """DELETE vms/{vm:id}/nics/{nic:id}: delete the network interface"""
        return self.engine.handle(call)

    async def vms_nics_activate(
        self,
        call: Call,
        vm_id: str,
        nic_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/nics/{nic:id}/activate: plug the network interface in"""
        return self.engine.handle(call)
