"""Fault rules seen by real clients over a socket (uvicorn, as `rsdlgen serve` runs the engine): a 503 twice on
`GET vms` (the generated client retries and succeeds; the official v3 SDK, which does not retry, raises), a
delay seen as latency, a dropped connection seen as a connection error by httpx, the generated client and the
official SDK (pycurl)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

import rsdlgen
from tests.support.client_packages import package
from tests.support.mock_servers import AUTH, loopback, mock_app
from tests.targets.server.test_official_sdk import SDK

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def official() -> Iterator[tuple[Any, Any]]:
    pytest.importorskip("pycurl", reason="the official SDK needs pycurl (dev extras)")
    sys.path.insert(0, str(SDK))
    try:
        from ovirtsdk import api
        from ovirtsdk.infrastructure import errors

        yield api, errors
    finally:
        sys.path.remove(str(SDK))


@pytest.fixture
def served(model36: rsdlgen.Model) -> Iterator[tuple[str, Any]]:
    """The oVirt 3.6 mock engine on loopback: its API URL and its admin (in process)."""
    app = mock_app(model36, product_version="3.6.13.5")
    with loopback(app) as origin:
        yield origin + "/ovirt-engine/api", app.state.admin


@pytest.fixture(scope="module")
def sdk() -> ModuleType:
    return package("ovirt36")


def test_503_twice_the_generated_client_retries_and_succeeds(
    served: tuple[str, Any], sdk: ModuleType
) -> None:
    url, admin = served
    admin.add_fault(
        "vms", method="GET", status=503, times=2
    )  # no Retry-After: the client's own backoff
    with sdk.API(url, *AUTH) as api:
        assert api.vms.list() == []
    assert [r["status"] for r in admin.requests(method="GET", path="vms")] == [503, 503, 200]


def test_503_twice_the_official_sdk_raises(
    served: tuple[str, Any], official: tuple[Any, Any]
) -> None:
    url, admin = served
    ovirt, errors = official
    api = ovirt.API(url=url, username=AUTH[0], password=AUTH[1])
    admin.add_fault("vms", method="GET", status=503, times=2)
    with pytest.raises(errors.RequestError) as raised:
        api.vms.list()
    assert raised.value.status == 503 and raised.value.reason == "Service Unavailable"
    assert "injected by fault rule" in str(raised.value.detail)
    assert [r["status"] for r in admin.requests(method="GET", path="vms")] == [503]
    api.disconnect()


def test_a_delay_is_latency(served: tuple[str, Any]) -> None:
    url, admin = served
    with httpx.Client(auth=AUTH) as http:
        started = time.perf_counter()
        assert http.get(f"{url}/vms").status_code == 200
        prompt = time.perf_counter() - started
        admin.add_fault("vms", method="GET", delay=0.8)
        started = time.perf_counter()
        assert http.get(f"{url}/vms").status_code == 200  # late, but the engine's answer
        late = time.perf_counter() - started
    assert late >= 0.8 > prompt, (prompt, late)


def test_a_dropped_connection_is_a_connection_error(
    served: tuple[str, Any], sdk: ModuleType, official: tuple[Any, Any]
) -> None:
    url, admin = served
    ovirt, errors = official
    sdk_api = ovirt.API(url=url, username=AUTH[0], password=AUTH[1])
    admin.add_fault("vms", method="GET", drop=True)
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        httpx.get(f"{url}/vms", auth=AUTH)
    with sdk.API(url, *AUTH, max_retries=1) as api, pytest.raises(sdk.ConnectionError):
        api.vms.list()
    with pytest.raises(errors.ConnectionError, match="Empty reply from server"):
        sdk_api.vms.list()
    agents = [r["headers"]["user-agent"].split("/")[0] for r in admin.requests(path="vms")]
    # httpx once, the generated client twice (one retry), libcurl twice: it resends once on a reused
    # connection closed without an answer, then reports it
    assert agents == ["python-httpx", sdk.__name__, sdk.__name__, "PycURL", "PycURL"]
    assert {r["status"] for r in admin.requests(path="vms")} == {None}
    assert httpx.get(f"{url}/hosts", auth=AUTH).status_code == 200  # the server is fine
