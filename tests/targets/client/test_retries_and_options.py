"""Retries (idempotent requests only, backoff with jitter, `Retry-After`) and the per-call options `timeout=`,
`headers=` and `retry=`, with test transports that fail on purpose; both halves."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.support.client_packages import package

ENGINE = "https://engine.example.com/ovirt-engine/api"
VMS = b'<vms><vm id="1"><name>web</name></vm></vms>'
XML = {"Content-Type": "application/xml"}


class Flaky:
    """Fails the first `failures` requests (a connection error, or the given status), then answers."""

    def __init__(self, failures: int, status: int | None = None, **headers: str) -> None:
        self.failures = failures
        self.status = status
        self.headers = headers
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if len(self.seen) <= self.failures:
            if self.status is None:
                raise httpx.ConnectError("connection refused", request=request)
            return httpx.Response(self.status, headers=self.headers)
        body = request.content or VMS
        return httpx.Response(200, content=body, headers=XML)


@pytest.fixture
def sdk() -> ModuleType:
    return package("default")


@pytest.fixture
def pauses(sdk: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between attempts, recorded instead of slept (both halves)."""
    slept: list[float] = []

    async def pause(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(sdk.transport.time, "sleep", slept.append)
    monkeypatch.setattr(sdk.transport.asyncio, "sleep", pause)
    return slept


def run(
    sdk: ModuleType, flaky: Flaky, call: Callable[[Any], Any], **settings: Any
) -> tuple[Any, Any]:
    """`call(api)` with the blocking API and with the asyncio one, each on a fresh copy of `flaky`."""
    transport = httpx.MockTransport(flaky)
    blocking = call(sdk.API(ENGINE, "u", "p", transport=transport, **settings))
    twin = Flaky(flaky.failures, flaky.status, **flaky.headers)

    async def asynchronous() -> Any:
        api = sdk.AsyncAPI(ENGINE, "u", "p", transport=httpx.MockTransport(twin), **settings)
        return await call(api)

    return blocking, (asyncio.run(asynchronous()), twin)


@pytest.mark.parametrize("status", [None, 502, 503, 504])
def test_a_get_that_fails_twice_then_succeeds(
    sdk: ModuleType, pauses: list[float], status: int | None
) -> None:
    flaky = Flaky(2, status)
    found, (found_async, twin) = run(sdk, flaky, lambda api: api.vms.list())
    assert [vm.name for vm in found] == [vm.name for vm in found_async] == ["web"]
    assert len(flaky.seen) == len(twin.seen) == 3
    first, second, *_ = pauses  # exponential backoff with jitter: 0.5 s then 1 s, each times 0.5-1
    assert 0.25 <= first <= 0.5 and 0.5 <= second <= 1.0 and len(pauses) == 4


def test_retries_stop_at_max_retries(sdk: ModuleType, pauses: list[float]) -> None:
    flaky = Flaky(5, 503)
    api = sdk.API(ENGINE, "u", "p", transport=httpx.MockTransport(flaky), max_retries=3)
    with pytest.raises(sdk.RequestError) as raised:
        api.vms.list()
    assert raised.value.status == 503 and len(flaky.seen) == 4 and len(pauses) == 3
    unreachable = Flaky(5)
    api = sdk.API(ENGINE, "u", "p", transport=httpx.MockTransport(unreachable), max_retries=0)
    with pytest.raises(sdk.ConnectionError, match="ConnectError"):
        api.vms.list()
    assert len(unreachable.seen) == 1


def test_other_errors_are_not_retried(sdk: ModuleType, pauses: list[float]) -> None:
    flaky = Flaky(1, 500)
    with pytest.raises(sdk.RequestError):
        sdk.API(ENGINE, "u", "p", transport=httpx.MockTransport(flaky)).vms.list()
    assert len(flaky.seen) == 1 and pauses == []


def test_put_and_delete_are_retried(sdk: ModuleType, pauses: list[float]) -> None:
    flaky = Flaky(1)
    vm = sdk.API(ENGINE, "u", "p", transport=httpx.MockTransport(flaky)).vms.entity("1")
    vm.name = "renamed"
    assert vm.update().name == "renamed"
    vm.delete()
    assert [r.method for r in flaky.seen] == ["PUT", "PUT", "DELETE"]


def test_a_post_is_not_retried_unless_the_call_asks(sdk: ModuleType, pauses: list[float]) -> None:
    flaky = Flaky(1, 503)
    new = sdk.types.VM(name="new")
    with pytest.raises(sdk.RequestError) as raised:
        sdk.API(ENGINE, "u", "p", transport=httpx.MockTransport(flaky)).vms.add(new)
    assert raised.value.status == 503 and len(flaky.seen) == 1
    unreachable = Flaky(1)
    api = sdk.API(ENGINE, "u", "p", transport=httpx.MockTransport(unreachable))
    with pytest.raises(sdk.ConnectionError):
        api.vms.entity("1").start()
    assert len(unreachable.seen) == 1
    asked = Flaky(1, 503)
    added, (added_async, twin) = run(sdk, asked, lambda api: api.vms.add(new, retry=True))
    assert added.name == added_async.name == "new" and len(asked.seen) == len(twin.seen) == 2
    no = Flaky(1)
    with pytest.raises(sdk.ConnectionError):
        sdk.API(ENGINE, "u", "p", transport=httpx.MockTransport(no)).vms.list(retry=False)
    assert len(no.seen) == 1


@pytest.mark.parametrize("after, expected", [("3", 3.0), ("100000", 120.0)])
def test_retry_after_is_honoured(
    sdk: ModuleType, pauses: list[float], after: str, expected: float
) -> None:
    flaky = Flaky(1, 503, **{"Retry-After": after})
    run(sdk, flaky, lambda api: api.vms.list(), timeout=600)
    assert pauses == [expected, expected]  # once per half; a long one is cut to RETRY_AFTER_MAX


def test_per_call_timeout_and_headers(sdk: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        content = b"<action/>" if request.method == "POST" else VMS  # what each operation returns
        return httpx.Response(200, content=content, headers=XML)

    transport = httpx.MockTransport(answer)
    api = sdk.API(ENGINE, "u", "p", transport=transport, timeout=60)
    api.vms.list(max=1, timeout=2.5, headers={"X-Trace": "t1", "Filter": "true"})
    api.vms.get(name="web", headers={"X-Trace": "t2"})
    api.vms.entity("1").start(headers={"X-Trace": "t3"}, timeout=9)
    api.vms.list()
    traces = [r.headers.get("x-trace") for r in seen]
    timeouts = [r.extensions["timeout"]["read"] for r in seen]
    # what is left of the call's timeout when the request goes
    assert traces == ["t1", "t2", "t3", None] and timeouts == pytest.approx(
        [2.5, 60, 9, 60], abs=0.5
    )
    assert seen[0].headers["filter"] == "true"  # the call's headers go over the generated ones

    async def asynchronous() -> httpx.Request:
        async_api = sdk.AsyncAPI(ENGINE, "u", "p", transport=transport)
        await async_api.vms.list(timeout=1.5, headers={"X-Trace": "a"})
        return seen[-1]

    last = asyncio.run(asynchronous())
    assert last.headers["x-trace"] == "a"
    assert last.extensions["timeout"]["read"] == pytest.approx(1.5, abs=0.5)


def test_expect_is_also_sent_as_x_ovirt_expect(sdk: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, content=request.content, headers=XML)

    api = sdk.API(ENGINE, "u", "p", transport=httpx.MockTransport(answer))
    api.vms.add(sdk.types.VM(name="n"), expect="201-created")
    api.vms.add(sdk.types.VM(name="n"))
    assert seen[0].headers["expect"] == seen[0].headers["x-ovirt-expect"] == "201-created"
    assert "x-ovirt-expect" not in seen[1].headers
