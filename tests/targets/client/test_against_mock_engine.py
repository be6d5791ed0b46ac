"""The client's connection features against the mock engine on loopback: the session ends on the server, the
entry point, client certificates, custom auth, the redacted wire log, ambiguous names, the get's headers on
the by-name path, `wait`, `X-Ovirt-Expect` and paging, each in both halves where it does I/O."""

from __future__ import annotations

import asyncio
import base64
import datetime
import itertools
import logging
from collections.abc import Generator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import trustme
from lxml import etree

import rsdlgen
from tests.support.client_packages import package
from tests.support.mock_servers import InMemory, loopback

USER, PASSWORD = "admin@internal", "admin"
VM = "<vm><name>{}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"


@pytest.fixture(scope="module")
def server() -> InMemory:
    return InMemory(rsdlgen.load())


@pytest.fixture
def mock(server: InMemory) -> Iterator[tuple[str, Any]]:
    """A fresh engine: its API URL and the engine object."""
    app = server.create_app()
    with loopback(app) as base:
        yield base + server.API_ROOT, app.state.server.engine


@pytest.fixture
def sdk() -> ModuleType:
    return package("default")


class Recording(httpx.HTTPTransport):
    """The real transport, remembering each request (and able to drop a header, as a proxy would)."""

    def __init__(self, drop: str | None = None) -> None:
        super().__init__()
        self.requests: list[httpx.Request] = []
        self.drop = drop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.drop and self.drop in request.headers:
            del request.headers[self.drop]
        self.requests.append(request)
        return super().handle_request(request)


def test_close_ends_the_session_on_the_server(mock: tuple[str, Any], sdk: ModuleType) -> None:
    url, _ = mock
    recording = Recording()
    api = sdk.API(url, USER, PASSWORD, transport=recording)
    assert len(api.vms.list()) == 0
    cookie = api._connection.session
    api.close()
    last = recording.requests[-1]  # guide §2.3 step 3: the cookie, without Prefer: persistent-auth
    assert last.headers["cookie"] == f"JSESSIONID={cookie}" and "prefer" not in last.headers
    assert "authorization" not in last.headers
    old = httpx.get(url, headers={"Cookie": f"JSESSIONID={cookie}", "Prefer": "persistent-auth"})
    assert (
        old.status_code == 401
    )  # the session is gone: the old cookie no longer stands in for a login
    with pytest.raises(sdk.DisconnectedError, match="disconnected"):
        api.vms.list()
    api.close()  # twice: nothing more is sent
    assert recording.requests[-1] is last


def test_leaving_async_with_ends_the_session_too(mock: tuple[str, Any], sdk: ModuleType) -> None:
    url, _ = mock

    async def scenario() -> tuple[str, Any]:
        async with sdk.AsyncAPI(url, USER, PASSWORD) as api:
            assert await api.test() is True
            cookie = api._connection.session
        with pytest.raises(sdk.DisconnectedError):
            await api.vms.list()
        return cookie, api

    cookie, _ = asyncio.run(scenario())
    old = httpx.get(url, headers={"Cookie": f"JSESSIONID={cookie}", "Prefer": "persistent-auth"})
    assert old.status_code == 401


def test_entry_point_accessors_are_read_once(mock: tuple[str, Any], sdk: ModuleType) -> None:
    url, _ = mock
    entry = etree.fromstring(httpx.get(url, auth=(USER, PASSWORD)).content)  # guide §3.1
    recording = Recording()
    with sdk.API(url, USER, PASSWORD, transport=recording) as api:
        assert api.product_info.name == entry.findtext("product_info/name")
        assert api.product_info.version.major == int(
            entry.find("product_info/version").get("major")
        )
        assert [link.rel for link in api.special_objects.link] == [
            link.get("rel") for link in entry.find("special_objects").iterchildren("link")
        ]
        assert api.summary.vms.total == int(entry.findtext("summary/vms/total"))
        assert isinstance(api.time, datetime.datetime)
        roots = [r for r in recording.requests if r.url.path == "/ovirt-engine/api"]
        assert len(roots) == 1  # one read of the entry point for all four
        assert api.test() is True
    with sdk.API(url, USER, "wrong") as api, pytest.raises(sdk.RequestError) as refused:
        api.test()
    assert refused.value.status == 401

    async def asynchronous() -> tuple[Any, ...]:
        async with sdk.AsyncAPI(url, USER, PASSWORD) as api:
            info = await api.product_info
            return info.name, (await api.summary).vms.total, await api.test()

    assert asyncio.run(asynchronous()) == (
        entry.findtext("product_info/name"),
        int(entry.findtext("summary/vms/total")),
        True,
    )


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A CA, the server's certificate for 127.0.0.1 and a client certificate, all from trustme."""
    folder = tmp_path_factory.mktemp("pki")
    ca = trustme.CA()
    paths = {name: folder / f"{name}.pem" for name in ("ca", "server", "client", "client_key")}
    ca.cert_pem.write_to_path(str(paths["ca"]))
    ca.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(paths["server"]))
    client = ca.issue_cert("api-client@example.com")
    client.cert_chain_pems[0].write_to_path(str(paths["client"]))
    client.private_key_pem.write_to_path(str(paths["client_key"]))
    return paths


def test_client_certificate_for_a_server_that_demands_one(
    server: InMemory, sdk: ModuleType, pki: dict[str, Path]
) -> None:
    app = server.create_app()
    with loopback(app, str(pki["server"]), client_ca=str(pki["ca"])) as base:
        url = base + server.API_ROOT
        with (
            sdk.API(url, USER, PASSWORD, ca_file=str(pki["ca"])) as api,
            pytest.raises(sdk.ConnectionError),
        ):
            api.vms.list()  # the handshake fails: no client certificate
        certified = {
            "ca_file": str(pki["ca"]),
            "cert_file": str(pki["client"]),
            "key_file": str(pki["client_key"]),
        }
        with sdk.API(url, USER, PASSWORD, **certified) as api:
            assert api.test() and api.vms.list() == []

        async def asynchronous() -> bool:
            async with sdk.AsyncAPI(url, USER, PASSWORD, **certified) as api:
                return bool(await api.test())

        assert asyncio.run(asynchronous())
    with pytest.raises(ValueError, match="cert_file"):
        sdk.API(url, USER, PASSWORD, cert_file=str(pki["ca"]) + ".missing")


class CountingBasic(httpx.Auth):
    """Another auth scheme, as a third-party class would bring one (here it happens to speak Basic)."""

    def __init__(self) -> None:
        self.flows = 0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.flows += 1
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        request.headers["Authorization"] = f"Basic {token}"
        yield request


def test_any_httpx_auth_logs_in_and_the_session_carries_on(
    mock: tuple[str, Any], sdk: ModuleType
) -> None:
    url, _ = mock
    auth = CountingBasic()
    recording = Recording()
    with sdk.API(url, auth=auth, transport=recording) as api:
        for _ in range(3):
            api.vms.list()
    assert auth.flows == 1  # the first request; the session cookie afterwards
    assert all("authorization" not in r.headers for r in recording.requests[1:])
    with pytest.raises(ValueError, match=r"username and password, or an httpx\.Auth"):
        sdk.API(url)


def test_debug_wire_log_redacts_credentials_cookies_and_passwords(
    mock: tuple[str, Any], sdk: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    url, _ = mock
    caplog.set_level(logging.DEBUG, logger="sdk_default")
    host = sdk.parse_xml(
        "<host><name>h1</name><address>10.0.0.2</address><root_password>hunter2</root_password></host>"
    )
    with sdk.API(url, USER, PASSWORD, debug=True) as api:
        api.hosts.add(host)
        cookie = api._connection.session
        api.hosts.list()
    wire = "\n".join(r.getMessage() for r in caplog.records if r.name == "sdk_default.wire")
    assert (
        "> POST" in wire and "<name>h1</name>" in wire and "< 201" in wire
    )  # the exchange is there
    assert "<root_password>&lt;redacted&gt;</root_password>" in wire
    assert "Authorization: <redacted>" in wire.replace("authorization", "Authorization")
    secrets = (
        "hunter2",
        PASSWORD,
        base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode(),
        cookie,
    )
    assert not [s for s in secrets if s in caplog.text]


def test_get_by_name_several_matches_is_ambiguous(mock: tuple[str, Any], sdk: ModuleType) -> None:
    url, _ = mock
    with sdk.API(url, USER, PASSWORD) as api:
        # guide §7.2.2: a network's name is unique within its data center, so two can share it
        dc2 = api.datacenters.add(sdk.types.DataCenter(name="dc2", local=False))
        api.networks.add(
            sdk.types.Network(name="ovirtmgmt", data_center=sdk.types.DataCenter(id=dc2.id))
        )
        with pytest.raises(sdk.AmbiguousQueryError, match="2 entities of networks") as raised:
            api.networks.get(name="ovirtmgmt")
        assert raised.value.count == 2
        assert api.datacenters.get(name="dc2").id == dc2.id  # one match: that one
        assert api.networks.get(name="none") is None


def test_get_by_a_glob_name_as_the_official_sdk(mock: tuple[str, Any], sdk: ModuleType) -> None:
    """Issue 22 item 5: `get(name="web*")` searches `name=web*`, keeps the names the glob matches, and raises
    `AmbiguousQueryError` for two (the official SDK's FilterHelper.getItem)."""
    url, _ = mock
    with sdk.API(url, USER, PASSWORD) as api:
        api.vms.add(sdk.parse_xml(VM.format("web1")), expect="201-created")
        api.vms.add(sdk.parse_xml(VM.format("db[1]")), expect="201-created")
        assert api.vms.get(name="web*").name == "web1"
        assert api.vms.get(name="w*1").name == "web1"
        assert api.vms.get(name="db[1]").name == "db[1]"  # only `*` is special
        assert api.vms.get(name="web") is None
        api.vms.add(sdk.parse_xml(VM.format("web2")), expect="201-created")
        with pytest.raises(sdk.AmbiguousQueryError, match="2 entities of vms"):
            api.vms.get(name="web*")


@pytest.mark.parametrize("half", ["API", "AsyncAPI"])
def test_an_unknown_keyword_is_a_type_error(
    mock: tuple[str, Any], sdk: ModuleType, half: str
) -> None:
    """Issue 22 item 4: `list(search=...)`, `list(maxx=0)` or the official SDK's `list(name="web*")` returned
    every VM; now a TypeError names the keyword, before any request, in every method."""
    url, _ = mock
    recording = Recording() if half == "API" else None

    async def calls(api: Any) -> None:
        for call in (
            lambda: api.vms.list(search="name=x"),
            lambda: api.vms.list(maxx=0),
            lambda: api.vms.list(name="web*"),
            lambda: api.vms.get(name="web1", timeot=3),
            lambda: api.datacenters.add(sdk.types.DataCenter(name="d"), expectt="201-created"),
        ):
            with pytest.raises(
                TypeError,
                match=r"unexpected keyword argument '(search|maxx|name|timeot|expectt)'",
            ):
                result = call()
                if asyncio.iscoroutine(result):
                    await result
        assert (
            await api.vms.list(timeout=5) if half == "AsyncAPI" else api.vms.list(timeout=5)
        ) == []

    if half == "API":
        with sdk.API(url, USER, PASSWORD, transport=recording) as api:
            asyncio.run(calls(api))
        assert (
            len(recording.requests) == 2
        )  # the list(timeout=5) and the close: no other request went out
    else:

        async def run() -> None:
            async with sdk.AsyncAPI(url, USER, PASSWORD) as api:
                await calls(api)

        asyncio.run(run())


def test_get_by_name_sends_the_gets_headers(mock: tuple[str, Any], sdk: ModuleType) -> None:
    url, _ = mock
    recording = Recording()
    with sdk.API(url, USER, PASSWORD, transport=recording) as api:
        api.vms.add(sdk.parse_xml(VM.format("web1")), expect="201-created")
        found = api.vms.get(name="web1", all_content=True, filter=False)
    assert found is not None and found.name == "web1"
    sent = recording.requests[-2]  # before the close
    assert sent.url.params["search"] == "name=web1"
    assert (sent.headers["all-content"], sent.headers["filter"]) == ("true", "false")


def test_wait_returns_the_created_entity_fetched_again(
    mock: tuple[str, Any], sdk: ModuleType
) -> None:
    url, _ = mock
    with sdk.API(url, USER, PASSWORD) as api:
        pending = api.vms.add(
            sdk.parse_xml(VM.format("slow"))
        )  # guide §7.3.11: 202 and a status link
        assert [link.rel for link in pending.link if link.rel == "creation_status"]
        done = api.wait(pending, interval=0.05, timeout=10)
        assert type(done) is type(pending) and done.name == "slow" and done.id == pending.id
        assert not [link for link in done.link if link.rel == "creation_status"]
        assert done.status.state == "down"
        assert done.nics.list() == []  # bound to its path

    async def asynchronous() -> str:
        async with sdk.AsyncAPI(url, USER, PASSWORD) as api:
            pending = await api.vms.add(sdk.parse_xml(VM.format("slower")))
            done = await api.wait(pending, interval=0.05, timeout=10)
            return f"{type(done).__module__}.{type(done).__name__} {done.name} {done.status.state}"

    assert asyncio.run(asynchronous()) == "sdk_default.async_services.Vm slower down"


def test_x_ovirt_expect_survives_a_proxy_that_drops_expect(
    mock: tuple[str, Any], sdk: ModuleType
) -> None:
    url, _ = mock
    dropping = Recording(drop="Expect")  # Apache in front of the engine
    with sdk.API(url, USER, PASSWORD, transport=dropping) as api:
        created = api.vms.add(sdk.parse_xml(VM.format("web1")), expect="201-created")
    sent = dropping.requests[-2]  # before the close
    assert "expect" not in sent.headers and sent.headers["x-ovirt-expect"] == "201-created"
    assert not [link for link in created.link if link.rel == "creation_status"]  # 201, not 202


def test_iterate_walks_250_vms_page_by_page(mock: tuple[str, Any], sdk: ModuleType) -> None:
    url, engine = mock
    for number in range(250):
        engine.put("vms", etree.fromstring(f"<vm><name>vm{number:03}</name></vm>"))
    recording = Recording()
    with sdk.API(url, USER, PASSWORD, transport=recording) as api:
        first = list(
            itertools.islice(api.vms.iterate(query="name=vm* sortby name", page_size=100), 3)
        )
        assert [vm.name for vm in first] == ["vm000", "vm001", "vm002"]
        assert len(recording.requests) == 1  # lazily: one page so far
        names = [vm.name for vm in api.vms.iterate(query="name=vm* sortby name", page_size=100)]
        assert names == [f"vm{n:03}" for n in range(250)]
        pages = [(r.url.params["search"], r.url.path) for r in recording.requests[1:]]
        assert pages == [
            (f"name=vm* sortby name page {n}", "/ovirt-engine/api/vms;max=100") for n in (1, 2, 3)
        ]
        assert len(list(api.vms.iterate(page_size=50))) == 250  # no query: `page N` alone
        with pytest.raises(ValueError, match="page_size"):
            next(api.vms.iterate(page_size=0))

    async def asynchronous() -> list[str]:
        async with sdk.AsyncAPI(url, USER, PASSWORD) as api:
            return [
                vm.name async for vm in api.vms.iterate(query="name=vm1* sortby name", page_size=7)
            ]

    assert asyncio.run(asynchronous()) == [f"vm{n}" for n in range(100, 200)]
