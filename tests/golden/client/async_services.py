"""Asyncio services of the API: `AsyncAPI` and a class per collection, entity and resource of the RSDL tree.

Entities are typed views of their representation (subclasses of their `types` class) that also carry their
operations: `await vm.update()`, `await vm.start()`, `await vm.nics.list()`. Where a sub-collection or an operation has the name
of a data field, the operation wins (as in the v3 SDK); the data stays readable through the `types` class,
e.g. `types.VM.nics.__get__(vm, None)` or `xml.element_of(vm)`. Every method also takes the per-call options
`timeout=`, `headers=` and `retry=` (`transport.Options`).

The same surface as `services`, generated from the same template: every request is awaited, `iterate()` is
walked with `async for`, and the API is used with `async with`.
"""

from __future__ import annotations

import builtins as _builtins
import collections.abc as _abc
import types as _pytypes
import typing as _typing

import httpx

from . import _services as _svc
from . import _views, types
from .transport import MAX_RESPONSE_BYTES, AsyncConnection

API_ROOT = "/api"
_V = _typing.TypeVar("_V", bound=_views.View)


class AsyncAPI:
    """Entry point: `AsyncAPI(url, username, password)`; an attribute per top-level collection (`api.vms`).

    `url` is the API's address (`https://engine.example.com/ovirt-engine/api`); a URL without a path gets the
    root this client was generated for (/api). TLS certificates are verified unless `insecure` is
    set; `ca_file` names the CA bundle of the engine, `cert_file` and `key_file` a client certificate. Instead of
    `username` and `password`, `auth` takes any `httpx.Auth` (another scheme, e.g. Kerberos). With
    `persistent_auth` (the default) the credentials are sent once and the session cookie afterwards; `filter`
    sends `Filter: true` (user-level permissions); `session_timeout` (minutes) is the idle time-to-live of that
    session. `timeout` bounds each call, retries included, and no answer may decode to more than
    `max_response_bytes` (256 MiB). Idempotent requests are retried `max_retries` times; `debug` logs every
    exchange, secrets redacted, to the `golden_sdk.wire` logger. `async with` or `await api.close()` ends the session on the server.
    """

    _href = ""

    def __init__(
        self,
        url: str,
        username: str | None = None,
        password: str | None = None,
        ca_file: str | None = None,
        insecure: bool = False,
        persistent_auth: bool = True,
        timeout: float = 60.0,
        filter: bool = False,
        session_timeout: int | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        cert_file: str | None = None,
        key_file: str | None = None,
        auth: httpx.Auth | None = None,
        max_retries: int = 2,
        debug: bool = False,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        self._connection = AsyncConnection(
            url,
            username,
            password,
            api_root=API_ROOT,
            ca_file=ca_file,
            insecure=insecure,
            cert_file=cert_file,
            key_file=key_file,
            auth=auth,
            persistent_auth=persistent_auth,
            timeout=timeout,
            filter=filter,
            session_timeout=session_timeout,
            max_retries=max_retries,
            debug=debug,
            max_response_bytes=max_response_bytes,
            transport=transport,
        )
        self._path = ""

    def __repr__(self) -> str:
        return f"<AsyncAPI {self._connection.url}>"

    async def __aenter__(self) -> _typing.Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: _pytypes.TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """End the session on the server (guide §2.3 step 3) and close the connections; every later call raises
        `DisconnectedError`."""
        await self._connection.close()

    async def test(self, **options: _typing.Unpack[_svc.Options]) -> bool:
        """True when the engine answers the entry point with these credentials; raises `ConnectionError` or
        `RequestError` (a 401 for wrong credentials) otherwise."""
        await _svc.async_call(self._connection, "GET", "", options=options)
        return True

    async def wait(self, obj: _V, *, timeout: float = 600.0, interval: float = 2.0) -> _V:
        """Wait for an object returned with 202 Accepted, or an action sent with `async`, to complete: returns the
        created entity fetched again, or the action's final state."""
        return await _svc.async_wait(self._connection, obj, timeout, interval)

    capabilities = _svc.Sub("capabilities", lambda: Capabilities)
    events = _svc.Sub("events", lambda: Events)
    vms = _svc.Sub("vms", lambda: Vms)


class Capabilities(_svc.Service[AsyncConnection]):
    """The `capabilities` resource (`Capabilities`)."""

    __slots__ = ()
    _href = "capabilities"

    @_svc.links(("GET", "capabilities", "get"))
    async def get(
        self,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Capabilities:
        """get the capabilities of the engine

        `GET capabilities` returns `Capabilities`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            roots=("capabilities",),
            options=options,
        )
        return _svc.result(found, types.Capabilities)


class Events(_svc.Service[AsyncConnection]):
    """The `events` collection of `Event` entities."""

    __slots__ = ()
    _href = "events"

    def entity(self, id: str) -> Event:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Event, self._connection, self._path, id)

    @_svc.links(("GET", "events", "get"))
    async def list(
        self,
        *,
        query: str | None = None,
        from_: int | None = None,
        max: int | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Event]:
        """get a list of events

        `GET events` returns `Events`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            query={"search": query, "from": from_},
            deprecated=("max",),
            roots=("events",),
            options=options,
        )
        return _svc.items(found, "event", Event, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        from_: int | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[Event]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                from_=from_,
                **options,
            ),
            query,
            page_size,
        )

    @_svc.links(("GET", "events/{event:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Event | None:
        """get the event

        `GET events/{event:id}` returns `Event`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                query={"search": _svc.search_for_name(name)},
                roots=("events",),
                options=options,
            )
            named = _svc.items(found, "event", Event, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            missing_ok=True,
            roots=("event",),
            options=options,
        )
        return None if found is None else _svc.bind(Event, found, self._connection, path)

    @_svc.links(("POST", "events/undelete", "undelete"))
    async def undelete(
        self,
        action: types.Action | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """restore the events removed from the list

        `POST events/undelete` returns `Action`.

        Signature 1: mandatory none; optional action.async.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "undelete"),
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)


class Event(_svc.Entity[AsyncConnection], types.Event):
    """The `Event` at `events/{event:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "events/{event:id}"


class Vms(_svc.Service[AsyncConnection]):
    """The `vms` collection of `VM` entities."""

    __slots__ = ()
    _href = "vms"

    def entity(self, id: str) -> Vm:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Vm, self._connection, self._path, id)

    @_svc.links(("GET", "vms", "get"))
    async def list(
        self,
        *,
        query: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
        filter: bool | None = None,
        all_content: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Vm]:
        """list the "virtual" machines

        `GET vms` returns `VMs`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max},
            query={"search": query},
            headers={"Filter": filter, "All-Content": all_content},
            roots=("vms",),
            options=options,
        )
        return _svc.items(found, "vm", Vm, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        case_sensitive: bool | None = None,
        filter: bool | None = None,
        all_content: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[Vm]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                case_sensitive=case_sensitive,
                filter=filter,
                all_content=all_content,
                **options,
            ),
            query,
            page_size,
        )

    @_svc.links(("POST", "vms", "add"))
    async def add(
        self,
        vm: types.VM,
        *,
        expect: str | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Vm:
        """add a virtual machine

        `POST vms` returns `VM`.

        Signature 1 (create a virtual machine in a cluster): mandatory vm.name, vm.cluster.id|name;
        optional vm.nics.nic[nic.name, nic.network.id|name], vm.memory, vm.type, vm.memory_mb
        (deprecated).

        Signature 2 (clone a template, in the template's cluster; deprecated): mandatory vm.name,
        vm.template.id|name; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Expect": expect, "Correlation-Id": correlation_id},
            body=vm,
            overloads=(
                _svc.Overload(False, (("name",), ("cluster.id", "cluster.name"))),
                _svc.Overload(True, (("name",), ("template.id", "template.name"))),
            ),
            roots=("vm",),
            options=options,
        )
        return _svc.bind_in(Vm, found, self._connection, self._path)

    @_svc.links(("GET", "vms/{vm:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        all_content: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Vm | None:
        """get the virtual machine

        `GET vms/{vm:id}` returns `VM`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                query={"search": _svc.search_for_name(name)},
                headers={"All-Content": all_content},
                roots=("vms",),
                options=options,
            )
            named = _svc.items(found, "vm", Vm, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"All-Content": all_content},
            missing_ok=True,
            roots=("vm",),
            options=options,
        )
        return None if found is None else _svc.bind(Vm, found, self._connection, path)


class Vm(_svc.Entity[AsyncConnection], types.VM):
    """The `VM` at `vms/{vm:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "vms/{vm:id}"
    nics = _svc.Sub("nics", lambda: VmNics)  # type: ignore[assignment]

    @_svc.links(("PUT", "vms/{vm:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Vm:
        """update the virtual machine

        `PUT vms/{vm:id}` returns `VM`.

        Signature 1: mandatory none; optional vm.name, vm.description, vm.memory.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("vm",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "vms/{vm:id}", "delete"))
    async def delete(
        self,
        action: types.Action | None = None,
        *,
        async_: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the virtual machine

        `DELETE vms/{vm:id}`.

        Signature 1 (force removal, even of a locked virtual machine): mandatory none; optional
        action.force.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            body=action,
            options=options,
        )

    @_svc.links(("POST", "vms/{vm:id}/import", "import"))
    async def import_(
        self,
        action: types.Action | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """import the virtual machine again from its storage

        `POST vms/{vm:id}/import` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.cluster.id|name.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "import"),
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/migrate", "migrate"))
    async def migrate(
        self,
        action: types.Action,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """migrate the virtual machine to another cluster

        `POST vms/{vm:id}/migrate` returns `Action`.

        Signature 1: mandatory action.cluster.id|name; optional action.force.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "migrate"),
            body=action,
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/start", "start"))
    async def start(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """start the virtual machine

        `POST vms/{vm:id}/start` returns `Action`.

        Signature 1: mandatory none; optional action.async.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "start"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)


class VmNics(_svc.Service[AsyncConnection]):
    """The `vms/{vm:id}/nics` collection of `NIC` entities."""

    __slots__ = ()
    _href = "vms/{vm:id}/nics"

    def entity(self, id: str) -> VmNic:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(VmNic, self._connection, self._path, id)

    @_svc.links(("GET", "vms/{vm:id}/nics", "get"))
    async def list(
        self,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[VmNic]:
        """get the network interfaces of the virtual machine

        `GET vms/{vm:id}/nics` returns `Nics`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            roots=("nics",),
            options=options,
        )
        return _svc.items(found, "nic", VmNic, self._connection, self._path)

    @_svc.links(("POST", "vms/{vm:id}/nics", "add"))
    async def add(
        self,
        nic: types.NIC,
        *,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmNic:
        """add a network interface

        `POST vms/{vm:id}/nics` returns `NIC`.

        Signature 1: mandatory nic.name; optional nic.network.id|name, nic.interface,
        nic.mac.address.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Expect": expect},
            body=nic,
            roots=("nic",),
            options=options,
        )
        return _svc.bind_in(VmNic, found, self._connection, self._path)

    @_svc.links(("GET", "vms/{vm:id}/nics/{nic:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmNic | None:
        """get the network interface

        `GET vms/{vm:id}/nics/{nic:id}` returns `NIC`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                roots=("nics",),
                options=options,
            )
            named = _svc.items(found, "nic", VmNic, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            missing_ok=True,
            roots=("nic",),
            options=options,
        )
        return None if found is None else _svc.bind(VmNic, found, self._connection, path)


class VmNic(_svc.Entity[AsyncConnection], types.NIC):
    """The `NIC` at `vms/{vm:id}/nics/{nic:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "vms/{vm:id}/nics/{nic:id}"

    @_svc.links(("DELETE", "vms/{vm:id}/nics/{nic:id}", "delete"))
    async def delete(
        self,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the network interface

        `DELETE vms/{vm:id}/nics/{nic:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            options=options,
        )

    @_svc.links(("POST", "vms/{vm:id}/nics/{nic:id}/activate", "activate"))
    async def activate(
        self,
        action: types.Action | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """plug the network interface in

        `POST vms/{vm:id}/nics/{nic:id}/activate` returns `Action`.

        Signature 1: mandatory none; optional action.async.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "activate"),
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)
