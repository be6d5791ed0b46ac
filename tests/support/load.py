"""A mixed load against a running mock engine, and the check that no write was lost or duplicated.

Each of `clients` concurrent clients owns the VMs it creates and keeps the state it expects them to have:
list (a search over its own VMs, `max`), get, add, update (a new description), delete and actions
(start/stop), chosen by a seeded random generator. At the end the engine's VMs must be exactly the union of
what the clients expect (ids, names, descriptions, states), and the events must count every write once.
"""

from __future__ import annotations

import asyncio
import base64
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

MIX = (("list", 20), ("get", 25), ("add", 20), ("update", 15), ("delete", 10), ("action", 10))


@dataclass
class LoadResult:
    requests: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    operations: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    writes: int = 0

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


@dataclass
class _Vm:
    name: str
    description: str = ""
    state: str = "down"


@dataclass
class Response:
    status_code: int
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode(errors="replace")


class Connection:
    """One keep-alive HTTP/1.1 connection, one request at a time: far lighter than a pooled client, so
    that the load measures the server (its responses always carry Content-Length)."""

    def __init__(self, url: str, auth: tuple[str, str]) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.root = parts.hostname or "", parts.port or 80, parts.path
        token = base64.b64encode(":".join(auth).encode()).decode()
        self.fixed = f"Host: {self.host}:{self.port}\r\nAuthorization: Basic {token}\r\n"
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def request(self, method: str, path: str, body: str | None = None) -> Response:
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        data = body.encode() if body is not None else b""
        head = f"{method} {self.root}{path} HTTP/1.1\r\n{self.fixed}Content-Length: {len(data)}\r\n"
        if body is not None:
            head += "Content-Type: application/xml\r\n"
        writer.write(head.encode() + b"\r\n" + data)
        status = int((await reader.readline()).split()[1])
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return Response(status, await reader.readexactly(length))

    async def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            await self.streams[1].wait_closed()


class _Client:
    def __init__(self, number: int, http: Connection, result: LoadResult, seed: int) -> None:
        self.number = number
        self.http = http
        self.result = result
        self.random = random.Random(seed * 1000 + number)
        self.vms: dict[str, _Vm] = {}
        self.created = 0

    async def _send(
        self, operation: str, method: str, url: str, body: str | None = None
    ) -> Response:
        started = time.perf_counter()
        response = await self.http.request(method, url, body)
        self.result.latencies.append(time.perf_counter() - started)
        self.result.requests += 1
        self.result.operations[operation] += 1
        return response

    def _expect(self, response: Response, status: int, operation: str) -> bool:
        if response.status_code != status:
            self.result.errors.append(f"{operation}: {response.status_code} {response.text[:200]}")
            return False
        return True

    async def step(self) -> None:
        operation = self.random.choices([m for m, _ in MIX], [w for _, w in MIX])[0]
        if operation not in ("list", "add") and not self.vms:
            operation = "add"
        vm_id = self.random.choice(sorted(self.vms)) if self.vms else ""
        if operation == "delete" and self.vms[vm_id].state == "up":
            operation = "action"  # a running VM cannot be removed (guide §15.5.3): stop it first
        if operation == "list":
            url = f"/vms;max=10?search=name%3Dc{self.number}-*"
            response = await self._send(operation, "GET", url)
            if self._expect(response, 200, operation):
                listed = etree.fromstring(response.content)
                if len(listed) != min(10, len(self.vms)):
                    self.result.errors.append(f"list: {len(listed)} of {len(self.vms)} VMs")
        elif operation == "get":
            response = await self._send(operation, "GET", f"/vms/{vm_id}")
            if self._expect(response, 200, operation):
                got = etree.fromstring(response.content)
                if got.findtext("description", "") != self.vms[vm_id].description:
                    self.result.errors.append(f"get: stale description of {vm_id}")
        elif operation == "add":
            name = f"c{self.number}-{self.created}"
            self.created += 1
            body = f"<vm><name>{name}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"
            response = await self._send(operation, "POST", "/vms", body)
            if self._expect(response, 202, operation):
                self.vms[etree.fromstring(response.content).get("id") or ""] = _Vm(name)
                self.result.writes += 1
        elif operation == "update":
            description = f"update {self.random.randrange(10**9)}"
            body = f"<vm><description>{description}</description></vm>"
            response = await self._send(operation, "PUT", f"/vms/{vm_id}", body)
            if self._expect(response, 200, operation):
                self.vms[vm_id].description = description
                self.result.writes += 1
        elif operation == "delete":
            response = await self._send(operation, "DELETE", f"/vms/{vm_id}")
            if self._expect(response, 204, operation):  # No Content (guide §9.4.3)
                del self.vms[vm_id]
                self.result.writes += 1
        else:
            verb = "stop" if self.vms[vm_id].state == "up" else "start"
            response = await self._send(operation, "POST", f"/vms/{vm_id}/{verb}", "<action/>")
            if self._expect(response, 200, operation):
                self.vms[vm_id].state = "up" if verb == "start" else "down"
                self.result.writes += 1


async def _verify(
    http: Connection, clients: list[_Client], result: LoadResult, event_log: int
) -> None:
    expected = {vm_id: vm for client in clients for vm_id, vm in client.vms.items()}
    listed = etree.fromstring((await http.request("GET", "/vms")).content)
    ids = [vm.get("id") or "" for vm in listed]
    if len(ids) != len(set(ids)) or set(ids) != set(expected):
        result.errors.append(f"verify: {len(ids)} VMs listed, {len(expected)} expected")
    for vm in listed:
        want = expected.get(vm.get("id") or "")
        got = (vm.findtext("name"), vm.findtext("description", ""), vm.findtext("status/state"))
        if want is not None and got != (want.name, want.description, want.state):
            result.errors.append(f"verify: {vm.get('id')} is {got}, expected {want}")
    events = etree.fromstring((await http.request("GET", "/events")).content)
    if len(events) != min(result.writes, event_log):
        result.errors.append(f"verify: {len(events)} events for {result.writes} writes")


async def run_load(
    url: str,
    auth: tuple[str, str],
    clients: int = 50,
    total: int = 20_000,
    seed: int = 1,
    event_log: int = 1_000,
) -> LoadResult:
    """Send `total` mixed requests from `clients` concurrent clients to the API at `url`, then verify;
    `event_log` is the number of events the server keeps (its `Settings.max_events`)."""
    result = LoadResult()
    workers = [_Client(n, Connection(url, auth), result, seed) for n in range(clients)]
    per_client = [total // clients + (1 if n < total % clients else 0) for n in range(clients)]

    async def drive(worker: _Client, steps: int) -> None:
        for _ in range(steps):
            await worker.step()

    started = time.perf_counter()
    try:
        await asyncio.gather(*(drive(w, n) for w, n in zip(workers, per_client, strict=True)))
        result.seconds = time.perf_counter() - started
        await _verify(workers[0].http, workers, result, event_log)
    finally:
        for worker in workers:
            await worker.http.close()
    return result
