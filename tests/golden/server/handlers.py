"""One method per link of rsdl.xml, named after its path and rel.

A method receives the `Call` (link, concrete path, matrix and query parameters, headers, parsed body, user),
then the placeholder values of the path in order, then as keywords the parsed body and the URL parameters
converted to their RSDL types. The body has already been checked against the link's overloads. Every method
defaults to the in-memory mock engine; subclass `Handlers`, override what should behave differently, and pass
the subclass to `create_app(handlers=...)`: the generator never writes your code, so regeneration keeps it.
"""

from __future__ import annotations

from .calls import Call, Element, Reply
from .engine import Engine


class Handlers:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    async def vms_list(
        self,
        call: Call,
        *,
        search: str | None = None,
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
        """POST vms"""
        return self.engine.handle(call)

    async def vms_get(
        self,
        call: Call,
        vm_id: str,
    ) -> Reply:
        """GET vms/{vm:id}"""
        return self.engine.handle(call)

    async def vms_update(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """PUT vms/{vm:id}"""
        return self.engine.handle(call)

    async def vms_start(
        self,
        call: Call,
        vm_id: str,
        *,
        body: Element,
    ) -> Reply:
        """POST vms/{vm:id}/start"""
        return self.engine.handle(call)
