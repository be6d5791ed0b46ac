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

API_ROOT = "/ovirt-engine/api"
_V = _typing.TypeVar("_V", bound=_views.View)


class AsyncAPI:
    """Entry point: `AsyncAPI(url, username, password)`; an attribute per top-level collection (`api.vms`).

    `url` is the API's address (`https://engine.example.com/ovirt-engine/api`); a URL without a path gets the
    root this client was generated for (/ovirt-engine/api). TLS certificates are verified unless `insecure` is
    set; `ca_file` names the CA bundle of the engine, `cert_file` and `key_file` a client certificate. Instead of
    `username` and `password`, `auth` takes any `httpx.Auth` (another scheme, e.g. Kerberos). With
    `persistent_auth` (the default) the credentials are sent once and the session cookie afterwards; `filter`
    sends `Filter: true` (user-level permissions); `session_timeout` (minutes) is the idle time-to-live of that
    session. `timeout` bounds each call, retries included, and no answer may decode to more than
    `max_response_bytes` (256 MiB). Idempotent requests are retried `max_retries` times; `debug` logs every
    exchange, secrets redacted, to the `ovirtsdk3.wire` logger. `async with` or `await api.close()` ends the session on the server.
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
        self._entry: types.API | None = None

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

    async def _entry_point(self) -> types.API:
        if self._entry is None:
            found = await _svc.async_call(self._connection, "GET", "")
            self._entry = _svc.result(found, types.API)
        return self._entry

    special_objects = _svc.AsyncEntryPoint(types.API.special_objects)
    product_info = _svc.AsyncEntryPoint(types.API.product_info)
    summary = _svc.AsyncEntryPoint(types.API.summary)
    time = _svc.AsyncEntryPoint(types.API.time)

    capabilities = _svc.Sub("capabilities", lambda: Capabilities)
    clusters = _svc.Sub("clusters", lambda: Clusters)
    cpuprofiles = _svc.Sub("cpuprofiles", lambda: Cpuprofiles)
    datacenters = _svc.Sub("datacenters", lambda: Datacenters)
    disks = _svc.Sub("disks", lambda: Disks)
    events = _svc.Sub("events", lambda: Events)
    hosts = _svc.Sub("hosts", lambda: Hosts)
    networks = _svc.Sub("networks", lambda: Networks)
    roles = _svc.Sub("roles", lambda: Roles)
    storagedomains = _svc.Sub("storagedomains", lambda: Storagedomains)
    tags = _svc.Sub("tags", lambda: Tags)
    templates = _svc.Sub("templates", lambda: Templates)
    users = _svc.Sub("users", lambda: Users)
    vms = _svc.Sub("vms", lambda: Vms)


class Capabilities(_svc.Service[AsyncConnection]):
    """The `capabilities` collection of `VersionCaps` entities."""

    __slots__ = ()
    _href = "capabilities"

    def entity(self, id: str) -> Capability:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Capability, self._connection, self._path, id)

    @_svc.links(("GET", "capabilities", "get"))
    async def list(
        self,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Capability]:
        """get the capabilities of every supported compatibility level

        `GET capabilities` returns `Capabilities`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            roots=("capabilities",),
            options=options,
        )
        return _svc.items(found, "version", Capability, self._connection, self._path)

    @_svc.links(("GET", "capabilities/{capability:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Capability | None:
        """get the capabilities of one compatibility level

        `GET capabilities/{capability:id}` returns `VersionCaps`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("capabilities",),
                options=options,
            )
            named = _svc.items(found, "version", Capability, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            options=options,
        )
        return None if found is None else _svc.bind(Capability, found, self._connection, path)


class Capability(_svc.Entity[AsyncConnection], types.VersionCaps):
    """The `VersionCaps` at `capabilities/{capability:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "capabilities/{capability:id}"


class Clusters(_svc.Service[AsyncConnection]):
    """The `clusters` collection of `Cluster` entities."""

    __slots__ = ()
    _href = "clusters"

    def entity(self, id: str) -> Cluster:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Cluster, self._connection, self._path, id)

    @_svc.links(("GET", "clusters", "get"))
    async def list(
        self,
        *,
        query: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Cluster]:
        """get a list of clusters

        `GET clusters` returns `Clusters`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max},
            query={"search": query},
            headers={"Filter": filter},
            roots=("clusters",),
            options=options,
        )
        return _svc.items(found, "cluster", Cluster, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        case_sensitive: bool | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[Cluster]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                case_sensitive=case_sensitive,
                filter=filter,
                **options,
            ),
            query,
            page_size,
        )

    @_svc.links(("POST", "clusters", "add"))
    async def add(
        self,
        cluster: types.Cluster,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Cluster:
        """add a new cluster

        `POST clusters` returns `Cluster`.

        Signature 1 (add a new cluster to a data center): mandatory cluster.data_center.id|name,
        cluster.name, cluster.cpu.id; optional cluster.description, cluster.comment,
        cluster.version.major, cluster.version.minor, cluster.memory_policy.overcommit.percent,
        cluster.memory_policy.transparent_hugepages.enabled, cluster.scheduling_policy.policy,
        cluster.scheduling_policy.thresholds.low, cluster.scheduling_policy.thresholds.high,
        cluster.scheduling_policy.thresholds.duration, cluster.error_handling.on_error,
        cluster.virt_service, cluster.gluster_service, cluster.threads_as_cores,
        cluster.tunnel_migration, cluster.trusted_service, cluster.ballooning_enabled,
        cluster.ksm.enabled.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=cluster,
            roots=("cluster",),
            options=options,
        )
        return _svc.bind_in(Cluster, found, self._connection, self._path)

    @_svc.links(("GET", "clusters/{cluster:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Cluster | None:
        """get the cluster

        `GET clusters/{cluster:id}` returns `Cluster`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                query={"search": _svc.search_for_name(name)},
                headers={"Filter": filter},
                roots=("clusters",),
                options=options,
            )
            named = _svc.items(found, "cluster", Cluster, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("cluster",),
            options=options,
        )
        return None if found is None else _svc.bind(Cluster, found, self._connection, path)


class Cluster(_svc.Entity[AsyncConnection], types.Cluster):
    """The `Cluster` at `clusters/{cluster:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "clusters/{cluster:id}"
    networks = _svc.Sub("networks", lambda: ClusterNetworks)
    permissions = _svc.Sub("permissions", lambda: ClusterPermissions)

    @_svc.links(("PUT", "clusters/{cluster:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Cluster:
        """update the specified cluster

        `PUT clusters/{cluster:id}` returns `Cluster`.

        Signature 1: mandatory none; optional cluster.name, cluster.description, cluster.comment,
        cluster.cpu.id, cluster.error_handling.on_error, cluster.memory_policy.overcommit.percent,
        cluster.memory_policy.transparent_hugepages.enabled, cluster.scheduling_policy.policy,
        cluster.version.major, cluster.version.minor.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("cluster",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "clusters/{cluster:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified cluster

        `DELETE clusters/{cluster:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class ClusterNetworks(_svc.Service[AsyncConnection]):
    """The `clusters/{cluster:id}/networks` collection of `Network` entities."""

    __slots__ = ()
    _href = "clusters/{cluster:id}/networks"

    def entity(self, id: str) -> ClusterNetwork:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(ClusterNetwork, self._connection, self._path, id)

    @_svc.links(("GET", "clusters/{cluster:id}/networks", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[ClusterNetwork]:
        """get a list of networks associated with the cluster

        `GET clusters/{cluster:id}/networks` returns `Networks`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("networks",),
            options=options,
        )
        return _svc.items(found, "network", ClusterNetwork, self._connection, self._path)

    @_svc.links(("POST", "clusters/{cluster:id}/networks", "add"))
    async def add(
        self,
        network: types.Network,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> ClusterNetwork:
        """add a new network association (attach a network to the cluster)

        `POST clusters/{cluster:id}/networks` returns `Network`.

        Signature 1: mandatory network.id|name; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=network,
            roots=("network",),
            options=options,
        )
        return _svc.bind_in(ClusterNetwork, found, self._connection, self._path)

    @_svc.links(("GET", "clusters/{cluster:id}/networks/{network:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> ClusterNetwork | None:
        """get the cluster network

        `GET clusters/{cluster:id}/networks/{network:id}` returns `Network`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("networks",),
                options=options,
            )
            named = _svc.items(found, "network", ClusterNetwork, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("network",),
            options=options,
        )
        return None if found is None else _svc.bind(ClusterNetwork, found, self._connection, path)


class ClusterNetwork(_svc.Entity[AsyncConnection], types.Network):
    """The `Network` at `clusters/{cluster:id}/networks/{network:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "clusters/{cluster:id}/networks/{network:id}"

    @_svc.links(("PUT", "clusters/{cluster:id}/networks/{network:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> ClusterNetwork:
        """update the specified cluster network

        `PUT clusters/{cluster:id}/networks/{network:id}` returns `Network`.

        Signature 1: mandatory none; optional network.required, network.usages.usage[usage],
        network.display (deprecated).
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("network",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "clusters/{cluster:id}/networks/{network:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified cluster network association

        `DELETE clusters/{cluster:id}/networks/{network:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class ClusterPermissions(_svc.Service[AsyncConnection]):
    """The `clusters/{cluster:id}/permissions` collection of `Permission` entities."""

    __slots__ = ()
    _href = "clusters/{cluster:id}/permissions"

    def entity(self, id: str) -> ClusterPermission:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(ClusterPermission, self._connection, self._path, id)

    @_svc.links(("GET", "clusters/{cluster:id}/permissions", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[ClusterPermission]:
        """get a list of permissions on the cluster

        `GET clusters/{cluster:id}/permissions` returns `Permissions`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("permissions",),
            options=options,
        )
        return _svc.items(found, "permission", ClusterPermission, self._connection, self._path)

    @_svc.links(("POST", "clusters/{cluster:id}/permissions", "add"))
    async def add(
        self,
        permission: types.Permission,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> ClusterPermission:
        """add a new permission on the cluster

        `POST clusters/{cluster:id}/permissions` returns `Permission`.

        Signature 1: mandatory permission.role.id, permission.user.id; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id},
            body=permission,
            roots=("permission",),
            options=options,
        )
        return _svc.bind_in(ClusterPermission, found, self._connection, self._path)

    @_svc.links(("GET", "clusters/{cluster:id}/permissions/{permission:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> ClusterPermission | None:
        """get the cluster permission

        `GET clusters/{cluster:id}/permissions/{permission:id}` returns `Permission`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("permissions",),
                options=options,
            )
            named = _svc.items(found, "permission", ClusterPermission, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("permission",),
            options=options,
        )
        return (
            None if found is None else _svc.bind(ClusterPermission, found, self._connection, path)
        )


class ClusterPermission(_svc.Entity[AsyncConnection], types.Permission):
    """The `Permission` at `clusters/{cluster:id}/permissions/{permission:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "clusters/{cluster:id}/permissions/{permission:id}"

    @_svc.links(("DELETE", "clusters/{cluster:id}/permissions/{permission:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified cluster permission

        `DELETE clusters/{cluster:id}/permissions/{permission:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class Cpuprofiles(_svc.Service[AsyncConnection]):
    """The `cpuprofiles` collection of `CpuProfile` entities."""

    __slots__ = ()
    _href = "cpuprofiles"

    def entity(self, id: str) -> Cpuprofile:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Cpuprofile, self._connection, self._path, id)

    @_svc.links(("GET", "cpuprofiles", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Cpuprofile]:
        """get a list of CPU profiles

        `GET cpuprofiles` returns `CpuProfiles`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("cpu_profiles",),
            options=options,
        )
        return _svc.items(found, "cpu_profile", Cpuprofile, self._connection, self._path)

    @_svc.links(("POST", "cpuprofiles", "add"))
    async def add(
        self,
        cpu_profile: types.CpuProfile,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Cpuprofile:
        """add a new CPU profile

        `POST cpuprofiles` returns `CpuProfile`.

        Signature 1: mandatory cpuprofile.name, cpuprofile.cluster.id; optional
        cpuprofile.description, cpuprofile.qos.id.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=cpu_profile,
            roots=("cpu_profile",),
            options=options,
        )
        return _svc.bind_in(Cpuprofile, found, self._connection, self._path)

    @_svc.links(("GET", "cpuprofiles/{cpuprofile:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Cpuprofile | None:
        """get the CPU profile

        `GET cpuprofiles/{cpuprofile:id}` returns `CpuProfile`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("cpu_profiles",),
                options=options,
            )
            named = _svc.items(found, "cpu_profile", Cpuprofile, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("cpu_profile",),
            options=options,
        )
        return None if found is None else _svc.bind(Cpuprofile, found, self._connection, path)


class Cpuprofile(_svc.Entity[AsyncConnection], types.CpuProfile):
    """The `CpuProfile` at `cpuprofiles/{cpuprofile:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "cpuprofiles/{cpuprofile:id}"

    @_svc.links(("PUT", "cpuprofiles/{cpuprofile:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Cpuprofile:
        """update the specified CPU profile

        `PUT cpuprofiles/{cpuprofile:id}` returns `CpuProfile`.

        Signature 1: mandatory none; optional cpuprofile.name, cpuprofile.description,
        cpuprofile.qos.id.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("cpu_profile",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "cpuprofiles/{cpuprofile:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified CPU profile

        `DELETE cpuprofiles/{cpuprofile:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class Datacenters(_svc.Service[AsyncConnection]):
    """The `datacenters` collection of `DataCenter` entities."""

    __slots__ = ()
    _href = "datacenters"

    def entity(self, id: str) -> Datacenter:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Datacenter, self._connection, self._path, id)

    @_svc.links(("GET", "datacenters", "get"))
    async def list(
        self,
        *,
        query: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Datacenter]:
        """get a list of data centers

        `GET datacenters` returns `DataCenters`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max},
            query={"search": query},
            headers={"Filter": filter},
            roots=("data_centers",),
            options=options,
        )
        return _svc.items(found, "data_center", Datacenter, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        case_sensitive: bool | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[Datacenter]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                case_sensitive=case_sensitive,
                filter=filter,
                **options,
            ),
            query,
            page_size,
        )

    @_svc.links(("POST", "datacenters", "add"))
    async def add(
        self,
        data_center: types.DataCenter,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Datacenter:
        """add a new data center

        `POST datacenters` returns `DataCenter`.

        Signature 1: mandatory datacenter.name, datacenter.local; optional datacenter.description,
        datacenter.comment, datacenter.storage_format, datacenter.version.major,
        datacenter.version.minor, datacenter.mac_pool.id.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=data_center,
            roots=("data_center",),
            options=options,
        )
        return _svc.bind_in(Datacenter, found, self._connection, self._path)

    @_svc.links(("GET", "datacenters/{datacenter:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Datacenter | None:
        """get the data center

        `GET datacenters/{datacenter:id}` returns `DataCenter`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                query={"search": _svc.search_for_name(name)},
                headers={"Filter": filter},
                roots=("data_centers",),
                options=options,
            )
            named = _svc.items(found, "data_center", Datacenter, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("data_center",),
            options=options,
        )
        return None if found is None else _svc.bind(Datacenter, found, self._connection, path)


class Datacenter(_svc.Entity[AsyncConnection], types.DataCenter):
    """The `DataCenter` at `datacenters/{datacenter:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "datacenters/{datacenter:id}"
    clusters = _svc.Sub("clusters", lambda: DatacenterClusters)
    networks = _svc.Sub("networks", lambda: DatacenterNetworks)
    permissions = _svc.Sub("permissions", lambda: DatacenterPermissions)
    quotas = _svc.Sub("quotas", lambda: DatacenterQuotas)
    storagedomains = _svc.Sub("storagedomains", lambda: DatacenterStoragedomains)

    @_svc.links(("PUT", "datacenters/{datacenter:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Datacenter:
        """update the specified data center

        `PUT datacenters/{datacenter:id}` returns `DataCenter`.

        Signature 1: mandatory none; optional datacenter.name, datacenter.description,
        datacenter.comment, datacenter.storage_type, datacenter.storage_format,
        datacenter.version.major, datacenter.version.minor, datacenter.mac_pool.id.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("data_center",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "datacenters/{datacenter:id}", "delete"))
    async def delete(
        self,
        action: types.Action | None = None,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified data center

        `DELETE datacenters/{datacenter:id}`.

        Signature 1 (force removal: drop the database entries of the data center and its data
        storage domains): mandatory none; optional action.force.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=action,
            options=options,
        )


class DatacenterClusters(_svc.Service[AsyncConnection]):
    """The `datacenters/{datacenter:id}/clusters` collection of `Cluster` entities."""

    __slots__ = ()
    _href = "datacenters/{datacenter:id}/clusters"

    def entity(self, id: str) -> DatacenterCluster:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(DatacenterCluster, self._connection, self._path, id)

    @_svc.links(("GET", "datacenters/{datacenter:id}/clusters", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[DatacenterCluster]:
        """get a list of clusters of the data center

        `GET datacenters/{datacenter:id}/clusters` returns `Clusters`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("clusters",),
            options=options,
        )
        return _svc.items(found, "cluster", DatacenterCluster, self._connection, self._path)

    @_svc.links(("GET", "datacenters/{datacenter:id}/clusters/{cluster:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterCluster | None:
        """get the data center cluster

        `GET datacenters/{datacenter:id}/clusters/{cluster:id}` returns `Cluster`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("clusters",),
                options=options,
            )
            named = _svc.items(found, "cluster", DatacenterCluster, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("cluster",),
            options=options,
        )
        return (
            None if found is None else _svc.bind(DatacenterCluster, found, self._connection, path)
        )


class DatacenterCluster(_svc.Entity[AsyncConnection], types.Cluster):
    """The `Cluster` at `datacenters/{datacenter:id}/clusters/{cluster:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "datacenters/{datacenter:id}/clusters/{cluster:id}"


class DatacenterNetworks(_svc.Service[AsyncConnection]):
    """The `datacenters/{datacenter:id}/networks` collection of `Network` entities."""

    __slots__ = ()
    _href = "datacenters/{datacenter:id}/networks"

    def entity(self, id: str) -> DatacenterNetwork:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(DatacenterNetwork, self._connection, self._path, id)

    @_svc.links(("GET", "datacenters/{datacenter:id}/networks", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[DatacenterNetwork]:
        """get a list of networks of the data center

        `GET datacenters/{datacenter:id}/networks` returns `Networks`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("networks",),
            options=options,
        )
        return _svc.items(found, "network", DatacenterNetwork, self._connection, self._path)

    @_svc.links(("POST", "datacenters/{datacenter:id}/networks", "add"))
    async def add(
        self,
        network: types.Network,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterNetwork:
        """add a new network in the data center

        `POST datacenters/{datacenter:id}/networks` returns `Network`.

        Signature 1: mandatory network.id|name; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=network,
            roots=("network",),
            options=options,
        )
        return _svc.bind_in(DatacenterNetwork, found, self._connection, self._path)

    @_svc.links(("GET", "datacenters/{datacenter:id}/networks/{network:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterNetwork | None:
        """get the data center network

        `GET datacenters/{datacenter:id}/networks/{network:id}` returns `Network`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("networks",),
                options=options,
            )
            named = _svc.items(found, "network", DatacenterNetwork, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("network",),
            options=options,
        )
        return (
            None if found is None else _svc.bind(DatacenterNetwork, found, self._connection, path)
        )


class DatacenterNetwork(_svc.Entity[AsyncConnection], types.Network):
    """The `Network` at `datacenters/{datacenter:id}/networks/{network:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "datacenters/{datacenter:id}/networks/{network:id}"

    @_svc.links(("PUT", "datacenters/{datacenter:id}/networks/{network:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterNetwork:
        """update the specified data center network

        `PUT datacenters/{datacenter:id}/networks/{network:id}` returns `Network`.

        Signature 1: mandatory none; optional network.name, network.description, network.mtu,
        network.stp, network.vlan.id.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("network",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "datacenters/{datacenter:id}/networks/{network:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified network

        `DELETE datacenters/{datacenter:id}/networks/{network:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class DatacenterPermissions(_svc.Service[AsyncConnection]):
    """The `datacenters/{datacenter:id}/permissions` collection of `Permission` entities."""

    __slots__ = ()
    _href = "datacenters/{datacenter:id}/permissions"

    def entity(self, id: str) -> DatacenterPermission:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(DatacenterPermission, self._connection, self._path, id)

    @_svc.links(("GET", "datacenters/{datacenter:id}/permissions", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[DatacenterPermission]:
        """get a list of permissions on the data center

        `GET datacenters/{datacenter:id}/permissions` returns `Permissions`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("permissions",),
            options=options,
        )
        return _svc.items(found, "permission", DatacenterPermission, self._connection, self._path)

    @_svc.links(("POST", "datacenters/{datacenter:id}/permissions", "add"))
    async def add(
        self,
        permission: types.Permission,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterPermission:
        """add a new permission on the data center

        `POST datacenters/{datacenter:id}/permissions` returns `Permission`.

        Signature 1: mandatory permission.role.id, permission.user.id; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id},
            body=permission,
            roots=("permission",),
            options=options,
        )
        return _svc.bind_in(DatacenterPermission, found, self._connection, self._path)

    @_svc.links(("GET", "datacenters/{datacenter:id}/permissions/{permission:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterPermission | None:
        """get the data center permission

        `GET datacenters/{datacenter:id}/permissions/{permission:id}` returns `Permission`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("permissions",),
                options=options,
            )
            named = _svc.items(
                found, "permission", DatacenterPermission, self._connection, self._path
            )
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("permission",),
            options=options,
        )
        return (
            None
            if found is None
            else _svc.bind(DatacenterPermission, found, self._connection, path)
        )


class DatacenterPermission(_svc.Entity[AsyncConnection], types.Permission):
    """The `Permission` at `datacenters/{datacenter:id}/permissions/{permission:id}`, with its
    operations.
    """

    __slots__ = ("_connection", "_path")
    _href = "datacenters/{datacenter:id}/permissions/{permission:id}"

    @_svc.links(("DELETE", "datacenters/{datacenter:id}/permissions/{permission:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified data center permission

        `DELETE datacenters/{datacenter:id}/permissions/{permission:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class DatacenterQuotas(_svc.Service[AsyncConnection]):
    """The `datacenters/{datacenter:id}/quotas` collection of `Quota` entities."""

    __slots__ = ()
    _href = "datacenters/{datacenter:id}/quotas"

    def entity(self, id: str) -> DatacenterQuota:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(DatacenterQuota, self._connection, self._path, id)

    @_svc.links(("GET", "datacenters/{datacenter:id}/quotas", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[DatacenterQuota]:
        """get a list of quotas of the data center

        `GET datacenters/{datacenter:id}/quotas` returns `Quotas`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("quotas",),
            options=options,
        )
        return _svc.items(found, "quota", DatacenterQuota, self._connection, self._path)

    @_svc.links(("POST", "datacenters/{datacenter:id}/quotas", "add"))
    async def add(
        self,
        quota: types.Quota,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterQuota:
        """add a new quota

        `POST datacenters/{datacenter:id}/quotas` returns `Quota`.

        Signature 1: mandatory quota.name, quota.description; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=quota,
            roots=("quota",),
            options=options,
        )
        return _svc.bind_in(DatacenterQuota, found, self._connection, self._path)

    @_svc.links(("GET", "datacenters/{datacenter:id}/quotas/{quota:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterQuota | None:
        """get the quota

        `GET datacenters/{datacenter:id}/quotas/{quota:id}` returns `Quota`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("quotas",),
                options=options,
            )
            named = _svc.items(found, "quota", DatacenterQuota, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("quota",),
            options=options,
        )
        return None if found is None else _svc.bind(DatacenterQuota, found, self._connection, path)


class DatacenterQuota(_svc.Entity[AsyncConnection], types.Quota):
    """The `Quota` at `datacenters/{datacenter:id}/quotas/{quota:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "datacenters/{datacenter:id}/quotas/{quota:id}"

    @_svc.links(("DELETE", "datacenters/{datacenter:id}/quotas/{quota:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified quota

        `DELETE datacenters/{datacenter:id}/quotas/{quota:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class DatacenterStoragedomains(_svc.Service[AsyncConnection]):
    """The `datacenters/{datacenter:id}/storagedomains` collection of `StorageDomain` entities."""

    __slots__ = ()
    _href = "datacenters/{datacenter:id}/storagedomains"

    def entity(self, id: str) -> DatacenterStoragedomain:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(DatacenterStoragedomain, self._connection, self._path, id)

    @_svc.links(("GET", "datacenters/{datacenter:id}/storagedomains", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[DatacenterStoragedomain]:
        """get a list of storage domains attached to the data center

        `GET datacenters/{datacenter:id}/storagedomains` returns `StorageDomains`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("storage_domains",),
            options=options,
        )
        return _svc.items(
            found, "storage_domain", DatacenterStoragedomain, self._connection, self._path
        )

    @_svc.links(("POST", "datacenters/{datacenter:id}/storagedomains", "add"))
    async def add(
        self,
        storage_domain: types.StorageDomain,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterStoragedomain:
        """add a new storage domain attachment (attach a storage domain to the data center)

        `POST datacenters/{datacenter:id}/storagedomains` returns `StorageDomain`.

        Signature 1: mandatory storagedomain.id|name; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=storage_domain,
            roots=("storage_domain",),
            options=options,
        )
        return _svc.bind_in(DatacenterStoragedomain, found, self._connection, self._path)

    @_svc.links(("GET", "datacenters/{datacenter:id}/storagedomains/{storagedomain:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> DatacenterStoragedomain | None:
        """get the attached storage domain

        `GET datacenters/{datacenter:id}/storagedomains/{storagedomain:id}` returns `StorageDomain`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("storage_domains",),
                options=options,
            )
            named = _svc.items(
                found, "storage_domain", DatacenterStoragedomain, self._connection, self._path
            )
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("storage_domain",),
            options=options,
        )
        return (
            None
            if found is None
            else _svc.bind(DatacenterStoragedomain, found, self._connection, path)
        )


class DatacenterStoragedomain(_svc.Entity[AsyncConnection], types.StorageDomain):
    """The `StorageDomain` at `datacenters/{datacenter:id}/storagedomains/{storagedomain:id}`, with its
    operations.
    """

    __slots__ = ("_connection", "_path")
    _href = "datacenters/{datacenter:id}/storagedomains/{storagedomain:id}"

    @_svc.links(
        ("DELETE", "datacenters/{datacenter:id}/storagedomains/{storagedomain:id}", "delete")
    )
    async def delete(
        self,
        action: types.Action | None = None,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """detach the storage domain from the data center

        `DELETE datacenters/{datacenter:id}/storagedomains/{storagedomain:id}`.

        Signature 1: mandatory none; optional action.async.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=action,
            options=options,
        )

    @_svc.links(
        (
            "POST",
            "datacenters/{datacenter:id}/storagedomains/{storagedomain:id}/activate",
            "activate",
        )
    )
    async def activate(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """activate the attached storage domain in the data center

        `POST datacenters/{datacenter:id}/storagedomains/{storagedomain:id}/activate` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "activate"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(
        (
            "POST",
            "datacenters/{datacenter:id}/storagedomains/{storagedomain:id}/deactivate",
            "deactivate",
        )
    )
    async def deactivate(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """deactivate the attached storage domain in the data center

        `POST datacenters/{datacenter:id}/storagedomains/{storagedomain:id}/deactivate` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "deactivate"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)


class Disks(_svc.Service[AsyncConnection]):
    """The `disks` collection of `Disk` entities."""

    __slots__ = ()
    _href = "disks"

    def entity(self, id: str) -> Disk:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Disk, self._connection, self._path, id)

    @_svc.links(("GET", "disks", "get"))
    async def list(
        self,
        *,
        query: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Disk]:
        """get a list of disks

        `GET disks` returns `Disks`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max},
            query={"search": query},
            headers={"Filter": filter},
            roots=("disks",),
            options=options,
        )
        return _svc.items(found, "disk", Disk, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        case_sensitive: bool | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[Disk]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                case_sensitive=case_sensitive,
                filter=filter,
                **options,
            ),
            query,
            page_size,
        )

    @_svc.links(("POST", "disks", "add"))
    async def add(
        self,
        disk: types.Disk,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Disk:
        """add a new floating disk

        `POST disks` returns `Disk`.

        Signature 1: mandatory disk.provisioned_size, disk.interface, disk.format,
        disk.storage_domains.storage_domain[storage_domain.id|name]; optional disk.alias, disk.name,
        disk.description, disk.type, disk.sparse, disk.bootable, disk.shareable,
        disk.wipe_after_delete, disk.propagate_errors, disk.active, disk.read_only, disk.quota.id.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=disk,
            roots=("disk",),
            options=options,
        )
        return _svc.bind_in(Disk, found, self._connection, self._path)

    @_svc.links(("GET", "disks/{disk:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Disk | None:
        """get the disk

        `GET disks/{disk:id}` returns `Disk`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                query={"search": _svc.search_for_name(name)},
                headers={"Filter": filter},
                roots=("disks",),
                options=options,
            )
            named = _svc.items(found, "disk", Disk, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("disk",),
            options=options,
        )
        return None if found is None else _svc.bind(Disk, found, self._connection, path)


class Disk(_svc.Entity[AsyncConnection], types.Disk):
    """The `Disk` at `disks/{disk:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "disks/{disk:id}"

    @_svc.links(("DELETE", "disks/{disk:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified disk

        `DELETE disks/{disk:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


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
        case_sensitive: bool | None = None,
        max: int | None = None,
        from_: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Event]:
        """get a list of events, optionally only those after a given event id

        `GET events` returns `Events`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max, "from": from_},
            query={"search": query},
            headers={"Filter": filter},
            roots=("events",),
            options=options,
        )
        return _svc.items(found, "event", Event, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        case_sensitive: bool | None = None,
        from_: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[Event]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                case_sensitive=case_sensitive,
                from_=from_,
                filter=filter,
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
        *,
        filter: bool | None = None,
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
                headers={"Filter": filter},
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
            headers={"Filter": filter},
            missing_ok=True,
            roots=("event",),
            options=options,
        )
        return None if found is None else _svc.bind(Event, found, self._connection, path)


class Event(_svc.Entity[AsyncConnection], types.Event):
    """The `Event` at `events/{event:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "events/{event:id}"


class Hosts(_svc.Service[AsyncConnection]):
    """The `hosts` collection of `Host` entities."""

    __slots__ = ()
    _href = "hosts"

    def entity(self, id: str) -> Host:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Host, self._connection, self._path, id)

    @_svc.links(("GET", "hosts", "get"))
    async def list(
        self,
        *,
        query: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Host]:
        """get a list of hosts

        `GET hosts` returns `Hosts`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max},
            query={"search": query},
            headers={"Filter": filter},
            roots=("hosts",),
            options=options,
        )
        return _svc.items(found, "host", Host, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        case_sensitive: bool | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[Host]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                case_sensitive=case_sensitive,
                filter=filter,
                **options,
            ),
            query,
            page_size,
        )

    @_svc.links(("POST", "hosts", "add"))
    async def add(
        self,
        host: types.Host,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Host:
        """add a new host

        `POST hosts` returns `Host`.

        Signature 1 (add a new host and install it with the root password): mandatory host.name,
        host.address, host.root_password; optional host.cluster.id|name, host.port, host.comment,
        host.power_management.enabled, host.power_management.type.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=host,
            roots=("host",),
            options=options,
        )
        return _svc.bind_in(Host, found, self._connection, self._path)

    @_svc.links(("GET", "hosts/{host:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        all_content: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Host | None:
        """get the host

        `GET hosts/{host:id}` returns `Host`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                query={"search": _svc.search_for_name(name)},
                headers={"Filter": filter, "All-Content": all_content},
                roots=("hosts",),
                options=options,
            )
            named = _svc.items(found, "host", Host, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter, "All-Content": all_content},
            missing_ok=True,
            roots=("host",),
            options=options,
        )
        return None if found is None else _svc.bind(Host, found, self._connection, path)


class Host(_svc.Entity[AsyncConnection], types.Host):
    """The `Host` at `hosts/{host:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "hosts/{host:id}"
    nics = _svc.Sub("nics", lambda: HostNics)
    permissions = _svc.Sub("permissions", lambda: HostPermissions)
    tags = _svc.Sub("tags", lambda: HostTags)

    @_svc.links(("PUT", "hosts/{host:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Host:
        """update the specified host

        `PUT hosts/{host:id}` returns `Host`.

        Signature 1: mandatory none; optional host.name, host.description, host.comment,
        host.cluster.id|name, host.power_management.enabled, host.transparent_hugepages.enabled,
        host.ksm.enabled.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("host",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "hosts/{host:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        force: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified host

        `DELETE hosts/{host:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_, "force": force},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )

    @_svc.links(("POST", "hosts/{host:id}/activate", "activate"))
    async def activate(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """activate the host for use

        `POST hosts/{host:id}/activate` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "activate"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "hosts/{host:id}/approve", "approve"))
    async def approve(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """approve a pre-installed host for use in a cluster

        `POST hosts/{host:id}/approve` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry,
        action.cluster.id|name.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "approve"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "hosts/{host:id}/commitnetconfig", "commitnetconfig"))
    async def commitnetconfig(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """persist the current network configuration of the host

        `POST hosts/{host:id}/commitnetconfig` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "commitnetconfig"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "hosts/{host:id}/deactivate", "deactivate"))
    async def deactivate(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """deactivate the host to perform maintenance tasks

        `POST hosts/{host:id}/deactivate` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "deactivate"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "hosts/{host:id}/fence", "fence"))
    async def fence(
        self,
        action: types.Action,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """control the power management device of the host

        `POST hosts/{host:id}/fence` returns `Action`.

        Signature 1: mandatory action.fence_type; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "fence"),
            headers={"Correlation-Id": correlation_id},
            body=action,
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "hosts/{host:id}/forceselectspm", "forceselectspm"))
    async def forceselectspm(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """manually set the host as storage pool manager (SPM)

        `POST hosts/{host:id}/forceselectspm` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "forceselectspm"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "hosts/{host:id}/install", "install"))
    async def install(
        self,
        action: types.Action,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """install VDSM and related software on the host

        `POST hosts/{host:id}/install` returns `Action`.

        Signature 1: mandatory action.root_password; optional action.async,
        action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "install"),
            headers={"Correlation-Id": correlation_id},
            body=action,
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "hosts/{host:id}/iscsidiscover", "iscsidiscover"))
    async def iscsidiscover(
        self,
        action: types.Action,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """discover iSCSI targets reachable from the host

        `POST hosts/{host:id}/iscsidiscover` returns `Action`.

        Signature 1: mandatory action.iscsi.address; optional action.async,
        action.grace_period.expiry, action.iscsi.port.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "iscsidiscover"),
            headers={"Correlation-Id": correlation_id},
            body=action,
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "hosts/{host:id}/iscsilogin", "iscsilogin"))
    async def iscsilogin(
        self,
        action: types.Action,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """log the host into an iSCSI target

        `POST hosts/{host:id}/iscsilogin` returns `Action`.

        Signature 1: mandatory action.iscsi.address, action.iscsi.target; optional action.async,
        action.grace_period.expiry, action.iscsi.port, action.iscsi.username, action.iscsi.password.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "iscsilogin"),
            headers={"Correlation-Id": correlation_id},
            body=action,
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)


class HostNics(_svc.Service[AsyncConnection]):
    """The `hosts/{host:id}/nics` collection of `HostNIC` entities."""

    __slots__ = ()
    _href = "hosts/{host:id}/nics"

    def entity(self, id: str) -> HostNic:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(HostNic, self._connection, self._path, id)

    @_svc.links(("GET", "hosts/{host:id}/nics", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[HostNic]:
        """get a list of network interfaces of the host

        `GET hosts/{host:id}/nics` returns `HostNics`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("host_nics",),
            options=options,
        )
        return _svc.items(found, "host_nic", HostNic, self._connection, self._path)

    @_svc.links(("GET", "hosts/{host:id}/nics/{nic:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> HostNic | None:
        """get the host network interface

        `GET hosts/{host:id}/nics/{nic:id}` returns `HostNIC`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("host_nics",),
                options=options,
            )
            named = _svc.items(found, "host_nic", HostNic, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("host_nic",),
            options=options,
        )
        return None if found is None else _svc.bind(HostNic, found, self._connection, path)


class HostNic(_svc.Entity[AsyncConnection], types.HostNIC):
    """The `HostNIC` at `hosts/{host:id}/nics/{nic:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "hosts/{host:id}/nics/{nic:id}"


class HostPermissions(_svc.Service[AsyncConnection]):
    """The `hosts/{host:id}/permissions` collection of `Permission` entities."""

    __slots__ = ()
    _href = "hosts/{host:id}/permissions"

    def entity(self, id: str) -> HostPermission:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(HostPermission, self._connection, self._path, id)

    @_svc.links(("GET", "hosts/{host:id}/permissions", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[HostPermission]:
        """get a list of permissions on the host

        `GET hosts/{host:id}/permissions` returns `Permissions`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("permissions",),
            options=options,
        )
        return _svc.items(found, "permission", HostPermission, self._connection, self._path)

    @_svc.links(("POST", "hosts/{host:id}/permissions", "add"))
    async def add(
        self,
        permission: types.Permission,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> HostPermission:
        """add a new permission on the host

        `POST hosts/{host:id}/permissions` returns `Permission`.

        Signature 1: mandatory permission.role.id, permission.user.id; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id},
            body=permission,
            roots=("permission",),
            options=options,
        )
        return _svc.bind_in(HostPermission, found, self._connection, self._path)

    @_svc.links(("GET", "hosts/{host:id}/permissions/{permission:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> HostPermission | None:
        """get the host permission

        `GET hosts/{host:id}/permissions/{permission:id}` returns `Permission`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("permissions",),
                options=options,
            )
            named = _svc.items(found, "permission", HostPermission, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("permission",),
            options=options,
        )
        return None if found is None else _svc.bind(HostPermission, found, self._connection, path)


class HostPermission(_svc.Entity[AsyncConnection], types.Permission):
    """The `Permission` at `hosts/{host:id}/permissions/{permission:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "hosts/{host:id}/permissions/{permission:id}"

    @_svc.links(("DELETE", "hosts/{host:id}/permissions/{permission:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified host permission

        `DELETE hosts/{host:id}/permissions/{permission:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class HostTags(_svc.Service[AsyncConnection]):
    """The `hosts/{host:id}/tags` collection of `Tag` entities."""

    __slots__ = ()
    _href = "hosts/{host:id}/tags"

    def entity(self, id: str) -> HostTag:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(HostTag, self._connection, self._path, id)

    @_svc.links(("GET", "hosts/{host:id}/tags", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[HostTag]:
        """get a list of tags associated with the host

        `GET hosts/{host:id}/tags` returns `Tags`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("tags",),
            options=options,
        )
        return _svc.items(found, "tag", HostTag, self._connection, self._path)

    @_svc.links(("POST", "hosts/{host:id}/tags", "add"))
    async def add(
        self,
        tag: types.Tag,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> HostTag:
        """add a new tag association (tag the host)

        `POST hosts/{host:id}/tags` returns `Tag`.

        Signature 1: mandatory tag.id|name; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id},
            body=tag,
            roots=("tag",),
            options=options,
        )
        return _svc.bind_in(HostTag, found, self._connection, self._path)

    @_svc.links(("GET", "hosts/{host:id}/tags/{tag:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> HostTag | None:
        """get the host tag

        `GET hosts/{host:id}/tags/{tag:id}` returns `Tag`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("tags",),
                options=options,
            )
            named = _svc.items(found, "tag", HostTag, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("tag",),
            options=options,
        )
        return None if found is None else _svc.bind(HostTag, found, self._connection, path)


class HostTag(_svc.Entity[AsyncConnection], types.Tag):
    """The `Tag` at `hosts/{host:id}/tags/{tag:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "hosts/{host:id}/tags/{tag:id}"

    @_svc.links(("DELETE", "hosts/{host:id}/tags/{tag:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified host tag association

        `DELETE hosts/{host:id}/tags/{tag:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class Networks(_svc.Service[AsyncConnection]):
    """The `networks` collection of `Network` entities."""

    __slots__ = ()
    _href = "networks"

    def entity(self, id: str) -> Network:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Network, self._connection, self._path, id)

    @_svc.links(("GET", "networks", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Network]:
        """get a list of logical networks

        `GET networks` returns `Networks`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("networks",),
            options=options,
        )
        return _svc.items(found, "network", Network, self._connection, self._path)

    @_svc.links(("POST", "networks", "add"))
    async def add(
        self,
        network: types.Network,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Network:
        """add a new logical network

        `POST networks` returns `Network`.

        Signature 1: mandatory network.data_center.id|name, network.name; optional
        network.description, network.comment, network.vlan.id, network.stp, network.mtu,
        network.display, network.usages.usage[usage].
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=network,
            roots=("network",),
            options=options,
        )
        return _svc.bind_in(Network, found, self._connection, self._path)

    @_svc.links(("GET", "networks/{network:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Network | None:
        """get the logical network

        `GET networks/{network:id}` returns `Network`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("networks",),
                options=options,
            )
            named = _svc.items(found, "network", Network, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("network",),
            options=options,
        )
        return None if found is None else _svc.bind(Network, found, self._connection, path)


class Network(_svc.Entity[AsyncConnection], types.Network):
    """The `Network` at `networks/{network:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "networks/{network:id}"
    vnicprofiles = _svc.Sub("vnicprofiles", lambda: NetworkVnicprofiles)

    @_svc.links(("PUT", "networks/{network:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Network:
        """update the specified logical network

        `PUT networks/{network:id}` returns `Network`.

        Signature 1: mandatory none; optional network.name, network.description, network.comment,
        network.vlan.id, network.stp, network.display, network.mtu.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("network",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "networks/{network:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified logical network

        `DELETE networks/{network:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class NetworkVnicprofiles(_svc.Service[AsyncConnection]):
    """The `networks/{network:id}/vnicprofiles` collection of `VnicProfile` entities."""

    __slots__ = ()
    _href = "networks/{network:id}/vnicprofiles"

    def entity(self, id: str) -> NetworkVnicprofile:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(NetworkVnicprofile, self._connection, self._path, id)

    @_svc.links(("GET", "networks/{network:id}/vnicprofiles", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[NetworkVnicprofile]:
        """get a list of VNIC profiles of the network

        `GET networks/{network:id}/vnicprofiles` returns `VnicProfiles`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("vnic_profiles",),
            options=options,
        )
        return _svc.items(found, "vnic_profile", NetworkVnicprofile, self._connection, self._path)

    @_svc.links(("POST", "networks/{network:id}/vnicprofiles", "add"))
    async def add(
        self,
        vnic_profile: types.VnicProfile,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> NetworkVnicprofile:
        """add a new VNIC profile

        `POST networks/{network:id}/vnicprofiles` returns `VnicProfile`.

        Signature 1: mandatory vnicprofile.name; optional vnicprofile.description,
        vnicprofile.port_mirroring.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=vnic_profile,
            roots=("vnic_profile",),
            options=options,
        )
        return _svc.bind_in(NetworkVnicprofile, found, self._connection, self._path)

    @_svc.links(("GET", "networks/{network:id}/vnicprofiles/{vnicprofile:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> NetworkVnicprofile | None:
        """get the VNIC profile

        `GET networks/{network:id}/vnicprofiles/{vnicprofile:id}` returns `VnicProfile`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("vnic_profiles",),
                options=options,
            )
            named = _svc.items(
                found, "vnic_profile", NetworkVnicprofile, self._connection, self._path
            )
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("vnic_profile",),
            options=options,
        )
        return (
            None if found is None else _svc.bind(NetworkVnicprofile, found, self._connection, path)
        )


class NetworkVnicprofile(_svc.Entity[AsyncConnection], types.VnicProfile):
    """The `VnicProfile` at `networks/{network:id}/vnicprofiles/{vnicprofile:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "networks/{network:id}/vnicprofiles/{vnicprofile:id}"

    @_svc.links(("DELETE", "networks/{network:id}/vnicprofiles/{vnicprofile:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified VNIC profile

        `DELETE networks/{network:id}/vnicprofiles/{vnicprofile:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class Roles(_svc.Service[AsyncConnection]):
    """The `roles` collection of `Role` entities."""

    __slots__ = ()
    _href = "roles"

    def entity(self, id: str) -> Role:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Role, self._connection, self._path, id)

    @_svc.links(("GET", "roles", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Role]:
        """get a list of roles

        `GET roles` returns `Roles`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("roles",),
            options=options,
        )
        return _svc.items(found, "role", Role, self._connection, self._path)

    @_svc.links(("GET", "roles/{role:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Role | None:
        """get the role

        `GET roles/{role:id}` returns `Role`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("roles",),
                options=options,
            )
            named = _svc.items(found, "role", Role, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("role",),
            options=options,
        )
        return None if found is None else _svc.bind(Role, found, self._connection, path)


class Role(_svc.Entity[AsyncConnection], types.Role):
    """The `Role` at `roles/{role:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "roles/{role:id}"


class Storagedomains(_svc.Service[AsyncConnection]):
    """The `storagedomains` collection of `StorageDomain` entities."""

    __slots__ = ()
    _href = "storagedomains"

    def entity(self, id: str) -> Storagedomain:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Storagedomain, self._connection, self._path, id)

    @_svc.links(("GET", "storagedomains", "get"))
    async def list(
        self,
        *,
        query: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Storagedomain]:
        """get a list of storage domains

        `GET storagedomains` returns `StorageDomains`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max},
            query={"search": query},
            headers={"Filter": filter},
            roots=("storage_domains",),
            options=options,
        )
        return _svc.items(found, "storage_domain", Storagedomain, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        case_sensitive: bool | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[Storagedomain]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                case_sensitive=case_sensitive,
                filter=filter,
                **options,
            ),
            query,
            page_size,
        )

    @_svc.links(("POST", "storagedomains", "add"))
    async def add(
        self,
        storage_domain: types.StorageDomain,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Storagedomain:
        """add a new storage domain

        `POST storagedomains` returns `StorageDomain`.

        Signature 1 (add a new file storage domain (nfs): address and path of the export are
        required): mandatory storagedomain.host.id|name, storagedomain.type,
        storagedomain.storage.type, storagedomain.storage.address, storagedomain.storage.path;
        optional storagedomain.name, storagedomain.comment, storagedomain.storage_format,
        storagedomain.wipe_after_delete, storagedomain.warning_low_space_indicator,
        storagedomain.critical_space_action_blocker.

        Signature 2 (add a new posixfs storage domain): mandatory storagedomain.host.id|name,
        storagedomain.type, storagedomain.storage.type, storagedomain.storage.path,
        storagedomain.storage.vfs_type; optional storagedomain.storage.address,
        storagedomain.storage.mount_options, storagedomain.name, storagedomain.comment,
        storagedomain.storage_format, storagedomain.wipe_after_delete,
        storagedomain.warning_low_space_indicator, storagedomain.critical_space_action_blocker.

        Signature 3 (add a new localfs storage domain): mandatory storagedomain.host.id|name,
        storagedomain.type, storagedomain.storage.type, storagedomain.storage.path; optional
        storagedomain.name, storagedomain.comment, storagedomain.storage_format,
        storagedomain.wipe_after_delete, storagedomain.warning_low_space_indicator,
        storagedomain.critical_space_action_blocker.

        Signature 4 (add a new block storage domain (iscsi, fcp) from logical units): mandatory
        storagedomain.host.id|name, storagedomain.type, storagedomain.storage.type,
        storagedomain.storage.logical_unit[logical_unit.id, logical_unit.address, logical_unit.port,
        logical_unit.target, logical_unit.username, logical_unit.password]; optional
        storagedomain.storage.override_luns, storagedomain.name, storagedomain.comment,
        storagedomain.storage_format, storagedomain.wipe_after_delete,
        storagedomain.warning_low_space_indicator, storagedomain.critical_space_action_blocker.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=storage_domain,
            roots=("storage_domain",),
            options=options,
        )
        return _svc.bind_in(Storagedomain, found, self._connection, self._path)

    @_svc.links(("GET", "storagedomains/{storagedomain:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Storagedomain | None:
        """get the storage domain

        `GET storagedomains/{storagedomain:id}` returns `StorageDomain`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                query={"search": _svc.search_for_name(name)},
                headers={"Filter": filter},
                roots=("storage_domains",),
                options=options,
            )
            named = _svc.items(found, "storage_domain", Storagedomain, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("storage_domain",),
            options=options,
        )
        return None if found is None else _svc.bind(Storagedomain, found, self._connection, path)


class Storagedomain(_svc.Entity[AsyncConnection], types.StorageDomain):
    """The `StorageDomain` at `storagedomains/{storagedomain:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "storagedomains/{storagedomain:id}"
    files = _svc.Sub("files", lambda: StoragedomainFiles)

    @_svc.links(("PUT", "storagedomains/{storagedomain:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Storagedomain:
        """update the specified storage domain

        `PUT storagedomains/{storagedomain:id}` returns `StorageDomain`.

        Signature 1: mandatory none; optional storagedomain.name, storagedomain.comment,
        storagedomain.wipe_after_delete.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("storage_domain",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "storagedomains/{storagedomain:id}", "delete"))
    async def delete(
        self,
        storage_domain: types.StorageDomain,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified storage domain

        `DELETE storagedomains/{storagedomain:id}`.

        Signature 1 (remove the storage domain through a host, optionally formatting it): mandatory
        storagedomain.host.id|name; optional storagedomain.format.

        Signature 2 (logical removal: keep the data for a later import): mandatory
        storagedomain.host.id|name, storagedomain.destroy; optional none.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=storage_domain,
            options=options,
        )


class StoragedomainFiles(_svc.Service[AsyncConnection]):
    """The `storagedomains/{storagedomain:id}/files` collection of `File` entities."""

    __slots__ = ()
    _href = "storagedomains/{storagedomain:id}/files"

    def entity(self, id: str) -> StoragedomainFile:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(StoragedomainFile, self._connection, self._path, id)

    @_svc.links(("GET", "storagedomains/{storagedomain:id}/files", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[StoragedomainFile]:
        """get a list of files (ISO and floppy images) of the storage domain

        `GET storagedomains/{storagedomain:id}/files` returns `Files`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("files",),
            options=options,
        )
        return _svc.items(found, "file", StoragedomainFile, self._connection, self._path)

    @_svc.links(("GET", "storagedomains/{storagedomain:id}/files/{file:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> StoragedomainFile | None:
        """get the file

        `GET storagedomains/{storagedomain:id}/files/{file:id}` returns `File`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("files",),
                options=options,
            )
            named = _svc.items(found, "file", StoragedomainFile, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("file",),
            options=options,
        )
        return (
            None if found is None else _svc.bind(StoragedomainFile, found, self._connection, path)
        )


class StoragedomainFile(_svc.Entity[AsyncConnection], types.File):
    """The `File` at `storagedomains/{storagedomain:id}/files/{file:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "storagedomains/{storagedomain:id}/files/{file:id}"


class Tags(_svc.Service[AsyncConnection]):
    """The `tags` collection of `Tag` entities."""

    __slots__ = ()
    _href = "tags"

    def entity(self, id: str) -> Tag:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Tag, self._connection, self._path, id)

    @_svc.links(("GET", "tags", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Tag]:
        """get a list of tags

        `GET tags` returns `Tags`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("tags",),
            options=options,
        )
        return _svc.items(found, "tag", Tag, self._connection, self._path)

    @_svc.links(("POST", "tags", "add"))
    async def add(
        self,
        tag: types.Tag,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Tag:
        """add a new tag

        `POST tags` returns `Tag`.

        Signature 1: mandatory tag.name; optional tag.description, tag.parent.tag.id|name.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id},
            body=tag,
            roots=("tag",),
            options=options,
        )
        return _svc.bind_in(Tag, found, self._connection, self._path)

    @_svc.links(("GET", "tags/{tag:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Tag | None:
        """get the tag

        `GET tags/{tag:id}` returns `Tag`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("tags",),
                options=options,
            )
            named = _svc.items(found, "tag", Tag, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("tag",),
            options=options,
        )
        return None if found is None else _svc.bind(Tag, found, self._connection, path)


class Tag(_svc.Entity[AsyncConnection], types.Tag):
    """The `Tag` at `tags/{tag:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "tags/{tag:id}"

    @_svc.links(("PUT", "tags/{tag:id}", "update"))
    async def update(
        self,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Tag:
        """update the specified tag

        `PUT tags/{tag:id}` returns `Tag`.

        Signature 1: mandatory none; optional tag.name, tag.description, tag.parent.tag.id|name.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("tag",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "tags/{tag:id}", "delete"))
    async def delete(
        self,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified tag

        `DELETE tags/{tag:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class Templates(_svc.Service[AsyncConnection]):
    """The `templates` collection of `Template` entities."""

    __slots__ = ()
    _href = "templates"

    def entity(self, id: str) -> Template:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(Template, self._connection, self._path, id)

    @_svc.links(("GET", "templates", "get"))
    async def list(
        self,
        *,
        query: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Template]:
        """get a list of templates

        `GET templates` returns `Templates`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max},
            query={"search": query},
            headers={"Filter": filter},
            roots=("templates",),
            options=options,
        )
        return _svc.items(found, "template", Template, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        case_sensitive: bool | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[Template]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                case_sensitive=case_sensitive,
                filter=filter,
                **options,
            ),
            query,
            page_size,
        )

    @_svc.links(("POST", "templates", "add"))
    async def add(
        self,
        template: types.Template,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Template:
        """add a new template

        `POST templates` returns `Template`.

        Signature 1 (create a template from a virtual machine): mandatory template.name,
        template.vm.id|name; optional template.description, template.comment,
        template.cluster.id|name.

        Signature 2 (create a sub version of an existing template): mandatory template.name,
        template.vm.id|name, template.version.base_template.id, template.version.version_name;
        optional template.description.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=template,
            roots=("template",),
            options=options,
        )
        return _svc.bind_in(Template, found, self._connection, self._path)

    @_svc.links(("GET", "templates/{template:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        all_content: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Template | None:
        """get the template

        `GET templates/{template:id}` returns `Template`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                query={"search": _svc.search_for_name(name)},
                headers={"Filter": filter, "All-Content": all_content},
                roots=("templates",),
                options=options,
            )
            named = _svc.items(found, "template", Template, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter, "All-Content": all_content},
            missing_ok=True,
            roots=("template",),
            options=options,
        )
        return None if found is None else _svc.bind(Template, found, self._connection, path)


class Template(_svc.Entity[AsyncConnection], types.Template):
    """The `Template` at `templates/{template:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "templates/{template:id}"
    disks = _svc.Sub("disks", lambda: TemplateDisks)
    nics = _svc.Sub("nics", lambda: TemplateNics)

    @_svc.links(("PUT", "templates/{template:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Template:
        """update the specified template

        `PUT templates/{template:id}` returns `Template`.

        Signature 1: mandatory none; optional template.name, template.description, template.type,
        template.memory, template.cpu.topology.cores, template.cpu.topology.sockets,
        template.os.type, template.os.boot[boot.dev], template.high_availability.enabled,
        template.display.type, template.stateless, template.usb.enabled, template.timezone,
        template.version.version_name.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("template",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "templates/{template:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified template

        `DELETE templates/{template:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )

    @_svc.links(("POST", "templates/{template:id}/export", "export"))
    async def export(
        self,
        action: types.Action,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """export the template to an export storage domain

        `POST templates/{template:id}/export` returns `Action`.

        Signature 1: mandatory action.storage_domain.id|name; optional action.async,
        action.grace_period.expiry, action.exclusive.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "export"),
            headers={"Correlation-Id": correlation_id},
            body=action,
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)


class TemplateDisks(_svc.Service[AsyncConnection]):
    """The `templates/{template:id}/disks` collection of `Disk` entities."""

    __slots__ = ()
    _href = "templates/{template:id}/disks"

    def entity(self, id: str) -> TemplateDisk:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(TemplateDisk, self._connection, self._path, id)

    @_svc.links(("GET", "templates/{template:id}/disks", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[TemplateDisk]:
        """get a list of disks of the template

        `GET templates/{template:id}/disks` returns `Disks`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("disks",),
            options=options,
        )
        return _svc.items(found, "disk", TemplateDisk, self._connection, self._path)

    @_svc.links(("GET", "templates/{template:id}/disks/{disk:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> TemplateDisk | None:
        """get the template disk

        `GET templates/{template:id}/disks/{disk:id}` returns `Disk`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("disks",),
                options=options,
            )
            named = _svc.items(found, "disk", TemplateDisk, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("disk",),
            options=options,
        )
        return None if found is None else _svc.bind(TemplateDisk, found, self._connection, path)


class TemplateDisk(_svc.Entity[AsyncConnection], types.Disk):
    """The `Disk` at `templates/{template:id}/disks/{disk:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "templates/{template:id}/disks/{disk:id}"


class TemplateNics(_svc.Service[AsyncConnection]):
    """The `templates/{template:id}/nics` collection of `NIC` entities."""

    __slots__ = ()
    _href = "templates/{template:id}/nics"

    def entity(self, id: str) -> TemplateNic:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(TemplateNic, self._connection, self._path, id)

    @_svc.links(("GET", "templates/{template:id}/nics", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[TemplateNic]:
        """get a list of network interfaces of the template

        `GET templates/{template:id}/nics` returns `Nics`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("nics",),
            options=options,
        )
        return _svc.items(found, "nic", TemplateNic, self._connection, self._path)

    @_svc.links(("GET", "templates/{template:id}/nics/{nic:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> TemplateNic | None:
        """get the template network interface

        `GET templates/{template:id}/nics/{nic:id}` returns `NIC`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("nics",),
                options=options,
            )
            named = _svc.items(found, "nic", TemplateNic, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("nic",),
            options=options,
        )
        return None if found is None else _svc.bind(TemplateNic, found, self._connection, path)


class TemplateNic(_svc.Entity[AsyncConnection], types.NIC):
    """The `NIC` at `templates/{template:id}/nics/{nic:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "templates/{template:id}/nics/{nic:id}"


class Users(_svc.Service[AsyncConnection]):
    """The `users` collection of `User` entities."""

    __slots__ = ()
    _href = "users"

    def entity(self, id: str) -> User:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(User, self._connection, self._path, id)

    @_svc.links(("GET", "users", "get"))
    async def list(
        self,
        *,
        query: str | None = None,
        case_sensitive: bool | None = None,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[User]:
        """get a list of users

        `GET users` returns `Users`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max},
            query={"search": query},
            headers={"Filter": filter},
            roots=("users",),
            options=options,
        )
        return _svc.items(found, "user", User, self._connection, self._path)

    def iterate(
        self,
        query: str | None = None,
        *,
        page_size: int = 100,
        case_sensitive: bool | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _abc.AsyncIterator[User]:
        """Every result of `list(query=...)`, read lazily `page_size` at a time (`page N` of the search
        with `max=page_size`, guide §7.3.9): `async for vm in api.vms.iterate(...)`.
        """
        return _svc.async_pages(
            lambda search, size: self.list(
                query=search,
                max=size,
                case_sensitive=case_sensitive,
                filter=filter,
                **options,
            ),
            query,
            page_size,
        )

    @_svc.links(("GET", "users/{user:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> User | None:
        """get the user

        `GET users/{user:id}` returns `User`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                query={"search": _svc.search_for_name(name)},
                headers={"Filter": filter},
                roots=("users",),
                options=options,
            )
            named = _svc.items(found, "user", User, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("user",),
            options=options,
        )
        return None if found is None else _svc.bind(User, found, self._connection, path)


class User(_svc.Entity[AsyncConnection], types.User):
    """The `User` at `users/{user:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "users/{user:id}"


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
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[Vm]:
        """get a list of virtual machines

        `GET vms` returns `VMs`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"case_sensitive": case_sensitive, "max": max},
            query={"search": query},
            headers={"Filter": filter},
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
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Vm:
        """add a new virtual machine

        `POST vms` returns `VM`.

        Signature 1 (add a new virtual machine from a template to a cluster): mandatory vm.name,
        vm.template.id|name, vm.cluster.id|name; optional vm.description, vm.comment, vm.type,
        vm.memory, vm.cpu.topology.cores, vm.cpu.topology.sockets, vm.os.type, vm.os.boot[boot.dev],
        vm.os.kernel, vm.os.initrd, vm.os.cmdline, vm.high_availability.enabled,
        vm.high_availability.priority, vm.display.type, vm.display.monitors, vm.stateless,
        vm.delete_protected, vm.timezone, vm.placement_policy.host.id|name,
        vm.placement_policy.affinity, vm.memory_policy.guaranteed, vm.memory_policy.ballooning,
        vm.usb.enabled, vm.usb.type, vm.cpu_profile.id, vm.quota.id.

        Signature 2 (add a new virtual machine with a CD-ROM image attached, optionally cloning the
        template disks): mandatory vm.name, vm.template.id|name, vm.cluster.id|name; optional
        vm.cdroms.cdrom[cdrom.file.id], vm.disks.clone, vm.description, vm.comment, vm.type,
        vm.memory, vm.cpu.topology.cores, vm.cpu.topology.sockets, vm.os.type, vm.os.boot[boot.dev],
        vm.os.kernel, vm.os.initrd, vm.os.cmdline, vm.high_availability.enabled,
        vm.high_availability.priority, vm.display.type, vm.display.monitors, vm.stateless,
        vm.delete_protected, vm.timezone, vm.placement_policy.host.id|name,
        vm.placement_policy.affinity, vm.memory_policy.guaranteed, vm.memory_policy.ballooning,
        vm.usb.enabled, vm.usb.type, vm.cpu_profile.id, vm.quota.id.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=vm,
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
        filter: bool | None = None,
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
                headers={"Filter": filter, "All-Content": all_content},
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
            headers={"Filter": filter, "All-Content": all_content},
            missing_ok=True,
            roots=("vm",),
            options=options,
        )
        return None if found is None else _svc.bind(Vm, found, self._connection, path)


class Vm(_svc.Entity[AsyncConnection], types.VM):
    """The `VM` at `vms/{vm:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "vms/{vm:id}"
    cdroms = _svc.Sub("cdroms", lambda: VmCdroms)  # type: ignore[assignment]
    disks = _svc.Sub("disks", lambda: VmDisks)  # type: ignore[assignment]
    nics = _svc.Sub("nics", lambda: VmNics)  # type: ignore[assignment]
    permissions = _svc.Sub("permissions", lambda: VmPermissions)
    snapshots = _svc.Sub("snapshots", lambda: VmSnapshots)
    tags = _svc.Sub("tags", lambda: VmTags)

    @_svc.links(("PUT", "vms/{vm:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> Vm:
        """update the specified virtual machine

        `PUT vms/{vm:id}` returns `VM`.

        Signature 1: mandatory none; optional vm.name, vm.cluster.id|name, vm.description,
        vm.comment, vm.type, vm.memory, vm.cpu.topology.cores, vm.cpu.topology.sockets, vm.os.type,
        vm.os.boot[boot.dev], vm.os.kernel, vm.os.initrd, vm.os.cmdline,
        vm.high_availability.enabled, vm.high_availability.priority, vm.display.type,
        vm.display.monitors, vm.stateless, vm.delete_protected, vm.timezone,
        vm.placement_policy.host.id|name, vm.placement_policy.affinity, vm.memory_policy.guaranteed,
        vm.memory_policy.ballooning, vm.usb.enabled, vm.usb.type, vm.cpu_profile.id, vm.quota.id.
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
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified virtual machine

        `DELETE vms/{vm:id}`.

        Signature 1 (force the removal of a faulty virtual machine): mandatory none; optional
        action.force.

        Signature 2 (remove the virtual machine but keep its disks): mandatory
        action.vm.disks.detach_only; optional none.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=action,
            options=options,
        )

    @_svc.links(("POST", "vms/{vm:id}/cancelmigration", "cancelmigration"))
    async def cancelmigration(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """stop an ongoing migration of the virtual machine

        `POST vms/{vm:id}/cancelmigration` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "cancelmigration"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/detach", "detach"))
    async def detach(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """detach the virtual machine from its pool

        `POST vms/{vm:id}/detach` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "detach"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/export", "export"))
    async def export(
        self,
        action: types.Action,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """export the virtual machine to an export storage domain

        `POST vms/{vm:id}/export` returns `Action`.

        Signature 1: mandatory action.storage_domain.id|name; optional action.async,
        action.grace_period.expiry, action.exclusive, action.discard_snapshots.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "export"),
            headers={"Correlation-Id": correlation_id},
            body=action,
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/freezefilesystems", "freezefilesystems"))
    async def freezefilesystems(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """freeze the guest filesystems through the guest agent

        `POST vms/{vm:id}/freezefilesystems` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "freezefilesystems"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/logon", "logon"))
    async def logon(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """enable user logon from an external console

        `POST vms/{vm:id}/logon` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "logon"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/migrate", "migrate"))
    async def migrate(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """migrate the virtual machine to another host

        `POST vms/{vm:id}/migrate` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry,
        action.host.id|name, action.force.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "migrate"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/reboot", "reboot"))
    async def reboot(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """send a reboot request to the virtual machine

        `POST vms/{vm:id}/reboot` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "reboot"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/shutdown", "shutdown"))
    async def shutdown(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """send a shutdown request to the virtual machine

        `POST vms/{vm:id}/shutdown` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "shutdown"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
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

        Signature 1 (start the virtual machine, optionally overriding its configuration for this run
        only): mandatory none; optional action.async, action.grace_period.expiry, action.pause,
        action.use_cloud_init, action.vm.stateless, action.vm.display.type,
        action.vm.os.boot[boot.dev], action.vm.cdroms.cdrom[cdrom.file.id],
        action.vm.placement_policy.host.id|name, action.vm.initialization.custom_script.
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

    @_svc.links(("POST", "vms/{vm:id}/stop", "stop"))
    async def stop(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """force the virtual machine to power off

        `POST vms/{vm:id}/stop` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "stop"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/suspend", "suspend"))
    async def suspend(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """save the virtual machine state to disk and stop it

        `POST vms/{vm:id}/suspend` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "suspend"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/thawfilesystems", "thawfilesystems"))
    async def thawfilesystems(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """thaw the guest filesystems through the guest agent

        `POST vms/{vm:id}/thawfilesystems` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "thawfilesystems"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/ticket", "ticket"))
    async def ticket(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """generate a time-limited display access ticket

        `POST vms/{vm:id}/ticket` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry,
        action.ticket.value, action.ticket.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "ticket"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)


class VmCdroms(_svc.Service[AsyncConnection]):
    """The `vms/{vm:id}/cdroms` collection of `CdRom` entities."""

    __slots__ = ()
    _href = "vms/{vm:id}/cdroms"

    def entity(self, id: str) -> VmCdrom:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(VmCdrom, self._connection, self._path, id)

    @_svc.links(("GET", "vms/{vm:id}/cdroms", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[VmCdrom]:
        """get a list of CD-ROM devices of the virtual machine

        `GET vms/{vm:id}/cdroms` returns `CdRoms`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("cdroms",),
            options=options,
        )
        return _svc.items(found, "cdrom", VmCdrom, self._connection, self._path)

    @_svc.links(("POST", "vms/{vm:id}/cdroms", "add"))
    async def add(
        self,
        cdrom: types.CdRom,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmCdrom:
        """add a new CD-ROM with an ISO image attached

        `POST vms/{vm:id}/cdroms` returns `CdRom`.

        Signature 1: mandatory cdrom.file.id; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id},
            body=cdrom,
            roots=("cdrom",),
            options=options,
        )
        return _svc.bind_in(VmCdrom, found, self._connection, self._path)

    @_svc.links(("GET", "vms/{vm:id}/cdroms/{cdrom:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmCdrom | None:
        """get the CD-ROM device

        `GET vms/{vm:id}/cdroms/{cdrom:id}` returns `CdRom`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("cdroms",),
                options=options,
            )
            named = _svc.items(found, "cdrom", VmCdrom, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("cdrom",),
            options=options,
        )
        return None if found is None else _svc.bind(VmCdrom, found, self._connection, path)


class VmCdrom(_svc.Entity[AsyncConnection], types.CdRom):
    """The `CdRom` at `vms/{vm:id}/cdroms/{cdrom:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "vms/{vm:id}/cdroms/{cdrom:id}"

    @_svc.links(("PUT", "vms/{vm:id}/cdroms/{cdrom:id}", "update"))
    async def update(
        self,
        *,
        current: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmCdrom:
        """update the specified CD-ROM device (change or eject the ISO image)

        `PUT vms/{vm:id}/cdroms/{cdrom:id}` returns `CdRom`.

        Signature 1 (an empty file id ejects the image): mandatory cdrom.file.id; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"current": current},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("cdrom",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "vms/{vm:id}/cdroms/{cdrom:id}", "delete"))
    async def delete(
        self,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified CD-ROM device

        `DELETE vms/{vm:id}/cdroms/{cdrom:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class VmDisks(_svc.Service[AsyncConnection]):
    """The `vms/{vm:id}/disks` collection of `Disk` entities."""

    __slots__ = ()
    _href = "vms/{vm:id}/disks"

    def entity(self, id: str) -> VmDisk:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(VmDisk, self._connection, self._path, id)

    @_svc.links(("GET", "vms/{vm:id}/disks", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[VmDisk]:
        """get a list of disks of the virtual machine

        `GET vms/{vm:id}/disks` returns `Disks`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("disks",),
            options=options,
        )
        return _svc.items(found, "disk", VmDisk, self._connection, self._path)

    @_svc.links(("POST", "vms/{vm:id}/disks", "add"))
    async def add(
        self,
        disk: types.Disk,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmDisk:
        """add a new disk

        `POST vms/{vm:id}/disks` returns `Disk`.

        Signature 1 (add a new internal disk created on a storage domain): mandatory
        disk.provisioned_size, disk.interface, disk.format; optional
        disk.storage_domains.storage_domain[storage_domain.id|name], disk.size (deprecated),
        disk.alias, disk.name, disk.description, disk.type, disk.sparse, disk.bootable,
        disk.shareable, disk.wipe_after_delete, disk.propagate_errors, disk.active, disk.read_only,
        disk.quota.id.

        Signature 2 (add a new external (direct LUN) disk): mandatory disk.interface,
        disk.lun_storage.type, disk.lun_storage.logical_unit[logical_unit.id, logical_unit.address,
        logical_unit.port, logical_unit.target]; optional disk.alias, disk.name, disk.description,
        disk.type, disk.sparse, disk.bootable, disk.shareable, disk.wipe_after_delete,
        disk.propagate_errors, disk.active, disk.read_only, disk.quota.id.

        Signature 3 (attach an existing floating disk): mandatory disk.id; optional disk.active.

        Signature 4 (add a new disk sized with the legacy size element; deprecated): mandatory
        disk.size, disk.interface, disk.format; optional
        disk.storage_domains.storage_domain[storage_domain.id|name], disk.alias, disk.name,
        disk.description, disk.type, disk.sparse, disk.bootable, disk.shareable,
        disk.wipe_after_delete, disk.propagate_errors, disk.active, disk.read_only, disk.quota.id.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=disk,
            overloads=(
                _svc.Overload(False, (("provisioned_size",), ("interface",), ("format",))),
                _svc.Overload(
                    False, (("interface",), ("lun_storage.type",), ("lun_storage.logical_unit",))
                ),
                _svc.Overload(False, (("id",),)),
                _svc.Overload(True, (("size",), ("interface",), ("format",))),
            ),
            roots=("disk",),
            options=options,
        )
        return _svc.bind_in(VmDisk, found, self._connection, self._path)

    @_svc.links(("GET", "vms/{vm:id}/disks/{disk:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmDisk | None:
        """get the virtual machine disk

        `GET vms/{vm:id}/disks/{disk:id}` returns `Disk`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("disks",),
                options=options,
            )
            named = _svc.items(found, "disk", VmDisk, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("disk",),
            options=options,
        )
        return None if found is None else _svc.bind(VmDisk, found, self._connection, path)


class VmDisk(_svc.Entity[AsyncConnection], types.Disk):
    """The `Disk` at `vms/{vm:id}/disks/{disk:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "vms/{vm:id}/disks/{disk:id}"

    @_svc.links(("PUT", "vms/{vm:id}/disks/{disk:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmDisk:
        """update the specified virtual machine disk

        `PUT vms/{vm:id}/disks/{disk:id}` returns `Disk`.

        Signature 1: mandatory none; optional disk.alias, disk.description, disk.provisioned_size,
        disk.interface, disk.bootable, disk.shareable, disk.wipe_after_delete,
        disk.propagate_errors, disk.storage_domains.storage_domain[storage_domain.id].
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("disk",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "vms/{vm:id}/disks/{disk:id}", "delete"))
    async def delete(
        self,
        action: types.Action | None = None,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified virtual machine disk

        `DELETE vms/{vm:id}/disks/{disk:id}`.

        Signature 1 (detach the disk from the virtual machine instead of deleting it): mandatory
        none; optional action.detach.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=action,
            options=options,
        )

    @_svc.links(("POST", "vms/{vm:id}/disks/{disk:id}/activate", "activate"))
    async def activate(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """activate (hot plug) the disk

        `POST vms/{vm:id}/disks/{disk:id}/activate` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "activate"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/disks/{disk:id}/deactivate", "deactivate"))
    async def deactivate(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """deactivate (hot unplug) the disk

        `POST vms/{vm:id}/disks/{disk:id}/deactivate` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "deactivate"),
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
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[VmNic]:
        """get a list of network interfaces of the virtual machine

        `GET vms/{vm:id}/nics` returns `Nics`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("nics",),
            options=options,
        )
        return _svc.items(found, "nic", VmNic, self._connection, self._path)

    @_svc.links(("POST", "vms/{vm:id}/nics", "add"))
    async def add(
        self,
        nic: types.NIC,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmNic:
        """add a new virtual network interface

        `POST vms/{vm:id}/nics` returns `NIC`.

        Signature 1 (add a NIC connected to a network): mandatory nic.name, nic.network.id|name;
        optional nic.interface, nic.mac.address, nic.linked, nic.plugged.

        Signature 2 (add a NIC using a VNIC profile): mandatory nic.name, nic.vnic_profile.id;
        optional nic.interface, nic.mac.address, nic.linked, nic.plugged.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
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
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmNic | None:
        """get the virtual network interface

        `GET vms/{vm:id}/nics/{nic:id}` returns `NIC`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
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
            headers={"Filter": filter},
            missing_ok=True,
            roots=("nic",),
            options=options,
        )
        return None if found is None else _svc.bind(VmNic, found, self._connection, path)


class VmNic(_svc.Entity[AsyncConnection], types.NIC):
    """The `NIC` at `vms/{vm:id}/nics/{nic:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "vms/{vm:id}/nics/{nic:id}"

    @_svc.links(("PUT", "vms/{vm:id}/nics/{nic:id}", "update"))
    async def update(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmNic:
        """update the specified virtual network interface

        `PUT vms/{vm:id}/nics/{nic:id}` returns `NIC`.

        Signature 1: mandatory none; optional nic.name, nic.network.id|name, nic.vnic_profile.id,
        nic.interface, nic.mac.address, nic.linked, nic.plugged.
        """
        found = await _svc.async_call(
            self._connection,
            "PUT",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            body=self,
            roots=("nic",),
            options=options,
        )
        return _svc.updated(self, found)

    @_svc.links(("DELETE", "vms/{vm:id}/nics/{nic:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified virtual network interface

        `DELETE vms/{vm:id}/nics/{nic:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )

    @_svc.links(("POST", "vms/{vm:id}/nics/{nic:id}/activate", "activate"))
    async def activate(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """plug the network interface into the virtual machine

        `POST vms/{vm:id}/nics/{nic:id}/activate` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "activate"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)

    @_svc.links(("POST", "vms/{vm:id}/nics/{nic:id}/deactivate", "deactivate"))
    async def deactivate(
        self,
        action: types.Action | None = None,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> types.Action:
        """unplug the network interface from the virtual machine

        `POST vms/{vm:id}/nics/{nic:id}/deactivate` returns `Action`.

        Signature 1: mandatory none; optional action.async, action.grace_period.expiry.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            _svc.join(self._path, "deactivate"),
            headers={"Correlation-Id": correlation_id},
            body=action if action is not None else types.Action(),
            roots=("action",),
            options=options,
        )
        return _svc.result(found, types.Action)


class VmPermissions(_svc.Service[AsyncConnection]):
    """The `vms/{vm:id}/permissions` collection of `Permission` entities."""

    __slots__ = ()
    _href = "vms/{vm:id}/permissions"

    def entity(self, id: str) -> VmPermission:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(VmPermission, self._connection, self._path, id)

    @_svc.links(("GET", "vms/{vm:id}/permissions", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[VmPermission]:
        """get a list of permissions on the virtual machine

        `GET vms/{vm:id}/permissions` returns `Permissions`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("permissions",),
            options=options,
        )
        return _svc.items(found, "permission", VmPermission, self._connection, self._path)

    @_svc.links(("POST", "vms/{vm:id}/permissions", "add"))
    async def add(
        self,
        permission: types.Permission,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmPermission:
        """add a new permission on the virtual machine

        `POST vms/{vm:id}/permissions` returns `Permission`.

        Signature 1: mandatory permission.role.id, permission.user.id; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id},
            body=permission,
            roots=("permission",),
            options=options,
        )
        return _svc.bind_in(VmPermission, found, self._connection, self._path)

    @_svc.links(("GET", "vms/{vm:id}/permissions/{permission:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmPermission | None:
        """get the virtual machine permission

        `GET vms/{vm:id}/permissions/{permission:id}` returns `Permission`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("permissions",),
                options=options,
            )
            named = _svc.items(found, "permission", VmPermission, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("permission",),
            options=options,
        )
        return None if found is None else _svc.bind(VmPermission, found, self._connection, path)


class VmPermission(_svc.Entity[AsyncConnection], types.Permission):
    """The `Permission` at `vms/{vm:id}/permissions/{permission:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "vms/{vm:id}/permissions/{permission:id}"

    @_svc.links(("DELETE", "vms/{vm:id}/permissions/{permission:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified virtual machine permission

        `DELETE vms/{vm:id}/permissions/{permission:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class VmSnapshots(_svc.Service[AsyncConnection]):
    """The `vms/{vm:id}/snapshots` collection of `Snapshot` entities."""

    __slots__ = ()
    _href = "vms/{vm:id}/snapshots"

    def entity(self, id: str) -> VmSnapshot:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(VmSnapshot, self._connection, self._path, id)

    @_svc.links(("GET", "vms/{vm:id}/snapshots", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[VmSnapshot]:
        """get a list of snapshots of the virtual machine

        `GET vms/{vm:id}/snapshots` returns `Snapshots`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("snapshots",),
            options=options,
        )
        return _svc.items(found, "snapshot", VmSnapshot, self._connection, self._path)

    @_svc.links(("POST", "vms/{vm:id}/snapshots", "add"))
    async def add(
        self,
        snapshot: types.Snapshot,
        *,
        correlation_id: str | None = None,
        expect: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmSnapshot:
        """add a new snapshot

        `POST vms/{vm:id}/snapshots` returns `Snapshot`.

        Signature 1: mandatory snapshot.description; optional snapshot.persist_memorystate.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id, "Expect": expect},
            body=snapshot,
            roots=("snapshot",),
            options=options,
        )
        return _svc.bind_in(VmSnapshot, found, self._connection, self._path)

    @_svc.links(("GET", "vms/{vm:id}/snapshots/{snapshot:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        all_content: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmSnapshot | None:
        """get the snapshot

        `GET vms/{vm:id}/snapshots/{snapshot:id}` returns `Snapshot`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter, "All-Content": all_content},
                roots=("snapshots",),
                options=options,
            )
            named = _svc.items(found, "snapshot", VmSnapshot, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter, "All-Content": all_content},
            missing_ok=True,
            roots=("snapshot",),
            options=options,
        )
        return None if found is None else _svc.bind(VmSnapshot, found, self._connection, path)


class VmSnapshot(_svc.Entity[AsyncConnection], types.Snapshot):
    """The `Snapshot` at `vms/{vm:id}/snapshots/{snapshot:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "vms/{vm:id}/snapshots/{snapshot:id}"

    @_svc.links(("DELETE", "vms/{vm:id}/snapshots/{snapshot:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified snapshot

        `DELETE vms/{vm:id}/snapshots/{snapshot:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )


class VmTags(_svc.Service[AsyncConnection]):
    """The `vms/{vm:id}/tags` collection of `Tag` entities."""

    __slots__ = ()
    _href = "vms/{vm:id}/tags"

    def entity(self, id: str) -> VmTag:
        """The entity with this id, without fetching it (for operations that need no representation)."""
        return _svc.reference(VmTag, self._connection, self._path, id)

    @_svc.links(("GET", "vms/{vm:id}/tags", "get"))
    async def list(
        self,
        *,
        max: int | None = None,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> _builtins.list[VmTag]:
        """get a list of tags associated with the virtual machine

        `GET vms/{vm:id}/tags` returns `Tags`.
        """
        found = await _svc.async_call(
            self._connection,
            "GET",
            self._path,
            matrix={"max": max},
            headers={"Filter": filter},
            roots=("tags",),
            options=options,
        )
        return _svc.items(found, "tag", VmTag, self._connection, self._path)

    @_svc.links(("POST", "vms/{vm:id}/tags", "add"))
    async def add(
        self,
        tag: types.Tag,
        *,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmTag:
        """add a new tag association (tag the virtual machine)

        `POST vms/{vm:id}/tags` returns `Tag`.

        Signature 1: mandatory tag.id|name; optional none.
        """
        found = await _svc.async_call(
            self._connection,
            "POST",
            self._path,
            headers={"Correlation-Id": correlation_id},
            body=tag,
            roots=("tag",),
            options=options,
        )
        return _svc.bind_in(VmTag, found, self._connection, self._path)

    @_svc.links(("GET", "vms/{vm:id}/tags/{tag:id}", "get"))
    async def get(
        self,
        id: str | None = None,
        name: str | None = None,
        *,
        filter: bool | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> VmTag | None:
        """get the virtual machine tag

        `GET vms/{vm:id}/tags/{tag:id}` returns `Tag`.
        """
        if id is None:
            if name is None:
                raise TypeError("get() needs id= or name=")
            found = await _svc.async_call(
                self._connection,
                "GET",
                self._path,
                headers={"Filter": filter},
                roots=("tags",),
                options=options,
            )
            named = _svc.items(found, "tag", VmTag, self._connection, self._path)
            return _svc.one_named(named, name, self._path)
        path = _svc.entity_path(self._path, id)
        found = await _svc.async_call(
            self._connection,
            "GET",
            path,
            headers={"Filter": filter},
            missing_ok=True,
            roots=("tag",),
            options=options,
        )
        return None if found is None else _svc.bind(VmTag, found, self._connection, path)


class VmTag(_svc.Entity[AsyncConnection], types.Tag):
    """The `Tag` at `vms/{vm:id}/tags/{tag:id}`, with its operations."""

    __slots__ = ("_connection", "_path")
    _href = "vms/{vm:id}/tags/{tag:id}"

    @_svc.links(("DELETE", "vms/{vm:id}/tags/{tag:id}", "delete"))
    async def delete(
        self,
        *,
        async_: bool | None = None,
        correlation_id: str | None = None,
        **options: _typing.Unpack[_svc.Options],
    ) -> None:
        """delete the specified virtual machine tag association

        `DELETE vms/{vm:id}/tags/{tag:id}`.
        """
        await _svc.async_call(
            self._connection,
            "DELETE",
            self._path,
            matrix={"async": async_},
            headers={"Correlation-Id": correlation_id},
            options=options,
        )
