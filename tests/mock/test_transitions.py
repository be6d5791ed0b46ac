"""Timed and manual transitions (`rsdlgen.mock.transitions`): the engine's intermediate states, each seen by
polling — a VM start `wait_for_launch` → `powering_up` → `up` and stop `powering_down` → `down` (guide §15.1,
`vm_states`), a host added `installing` → `up` (§14.1), a storage domain attached `locked` → `maintenance`
(§9.5.1.1), 202 creations and async actions `pending` → `complete` (§7.3.11, §7.4.7); the manual clock moved
by the admin API; bad clock requests are 400 faults."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock.admin_client import Admin, AdminError
from tests.mock.test_faults_on_the_wire import official  # noqa: F401  (the official SDK, a fixture)
from tests.support.client_packages import package
from tests.support.mock_servers import AUTH, InProcess, in_process, loopback, mock_app

API = "/ovirt-engine/api"
XML = {"Content-Type": "application/xml"}
CREATED = {**XML, "Expect": "201-created"}
VM = "<vm><name>{}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"
DOMAIN = (
    "<storage_domain><name>data1</name><type>data</type><host><name>hypervisor</name></host>"
    "<storage><type>nfs</type><address>n</address><path>/d</path></storage></storage_domain>"
)


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def model() -> rsdlgen.Model:
    return rsdlgen.load()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def timed(model: rsdlgen.Model, fake_time: FakeTime) -> Iterator[httpx.Client]:
    app = mock_app(model, transitions="timed", transition_seconds=1.0, clock=fake_time)
    with in_process(app) as http:
        yield http


def state(http: httpx.Client, path: str) -> str:
    return etree.fromstring(http.get(f"{API}/{path}").content).findtext("status/state") or ""


def created(http: httpx.Client, path: str, body: str) -> str:
    answer = http.post(f"{API}/{path}", content=body, headers=CREATED)
    assert answer.status_code == 201, answer.text
    return etree.fromstring(answer.content).get("id") or ""


def act(http: httpx.Client, path: str, body: str = "<action/>") -> httpx.Response:
    answer = http.post(f"{API}/{path}", content=body, headers=XML)
    assert answer.status_code in (200, 202), answer.text
    return answer


def test_timed_a_vm_starts_and_stops_through_the_engines_states(
    timed: httpx.Client, fake_time: FakeTime
) -> None:
    vm = created(timed, "vms", VM.format("web1"))
    act(timed, f"vms/{vm}/start")
    seen = []
    for _ in range(3):
        seen.append(state(timed, f"vms/{vm}"))
        fake_time.now += 1.0
    assert seen == ["wait_for_launch", "powering_up", "up"]
    act(timed, f"vms/{vm}/stop")
    assert state(timed, f"vms/{vm}") == "powering_down"
    fake_time.now += 1.0
    assert state(timed, f"vms/{vm}") == "down"


def test_timed_a_stop_while_powering_up_ends_the_start(
    timed: httpx.Client, fake_time: FakeTime
) -> None:
    vm = created(timed, "vms", VM.format("web1"))
    act(timed, f"vms/{vm}/start")
    fake_time.now += 1.0
    assert state(timed, f"vms/{vm}") == "powering_up"
    act(timed, f"vms/{vm}/stop")  # a VM on its way up may be stopped
    fake_time.now += 5.0
    assert state(timed, f"vms/{vm}") == "down"  # the start's `up` was dropped


def test_timed_hosts_install_and_attached_domains_lock(
    timed: httpx.Client, fake_time: FakeTime
) -> None:
    host = created(timed, "hosts", "<host><name>h2</name><address>a</address><root_password>p</root_password><cluster><name>Default"
                                    "</name></cluster></host>")  # fmt: skip
    domain = created(timed, "storagedomains", DOMAIN)
    dc = etree.fromstring(timed.get(f"{API}/datacenters").content)[0].get("id")
    created(timed, f"datacenters/{dc}/storagedomains", f'<storage_domain id="{domain}"/>')
    assert state(timed, f"hosts/{host}") == "installing"
    assert state(timed, f"datacenters/{dc}/storagedomains/{domain}") == "locked"
    fake_time.now += 1.0
    assert state(timed, f"hosts/{host}") == "up"
    assert state(timed, f"datacenters/{dc}/storagedomains/{domain}") == "maintenance"


def test_timed_creations_and_async_actions_complete_in_their_time(
    timed: httpx.Client, fake_time: FakeTime
) -> None:
    answer = timed.post(f"{API}/vms", content=VM.format("web1"), headers=XML)
    assert answer.status_code == 202
    status = etree.fromstring(answer.content).find("link[@rel='creation_status']").get("href")
    polled = [
        etree.fromstring(timed.get(status).content).findtext("status/state") for _ in range(2)
    ]
    fake_time.now += 1.0
    polled.append(etree.fromstring(timed.get(status).content).findtext("status/state"))
    assert polled == ["pending", "pending", "complete"]
    vm = etree.fromstring(answer.content).get("id")
    started = act(timed, f"vms/{vm}/start", "<action><async>true</async></action>")
    task = etree.fromstring(started.content)
    assert started.status_code == 202 and task.findtext("status/state") == "pending"
    assert (
        etree.fromstring(timed.get(task.get("href")).content).findtext("status/state") == "pending"
    )
    fake_time.now += 1.0
    assert (
        etree.fromstring(timed.get(task.get("href")).content).findtext("status/state") == "complete"
    )


def test_instant_stays_the_default(model: rsdlgen.Model) -> None:
    with in_process(mock_app(model)) as http:
        vm = created(http, "vms", VM.format("web1"))
        act(http, f"vms/{vm}/start")
        assert state(http, f"vms/{vm}") == "up"


@pytest.fixture
def manual(model: rsdlgen.Model) -> Iterator[tuple[httpx.Client, Admin]]:
    app = mock_app(model, transitions="manual", transition_durations={"wait_for_launch": 5.0})
    with in_process(app) as http, Admin("http://x" + API, *AUTH, transport=InProcess(app)) as admin:
        yield http, admin


def test_manual_states_move_only_with_the_clock(manual: tuple[httpx.Client, Admin]) -> None:
    http, admin = manual
    vm = created(http, "vms", VM.format("web1"))
    act(http, f"vms/{vm}/start")
    time.sleep(0.01)
    assert state(http, f"vms/{vm}") == "wait_for_launch"
    clock = admin.clock()
    assert clock["transitions"] == "manual" and clock["now"] == 0
    assert [(c["in"], c["state"]) for c in clock["pending"]] == [(5.0, "powering_up"), (6.0, "up")]
    assert admin.advance(4.5)["now"] == 4.5
    assert state(http, f"vms/{vm}") == "wait_for_launch"
    admin.advance()  # to the next change
    assert state(http, f"vms/{vm}") == "powering_up"
    assert admin.advance()["pending"] == []
    assert state(http, f"vms/{vm}") == "up"
    admin.reset()  # a fresh engine, a fresh clock
    assert admin.clock() == {"transitions": "manual", "now": 0, "pending": []}


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (b"tick", "not JSON"),
        (b"{}", '{"advance": seconds} or {"next": true}'),
        (b'{"advance": 1, "next": true}', '{"advance": seconds} or {"next": true}'),
        (b'{"rewind": 1}', '{"advance": seconds} or {"next": true}'),
        (b'{"advance": -1}', "advance: -1 is not between 0"),
        (b'{"advance": "1"}', "advance: '1' is not a number"),
        (b'{"advance": 1e300}', "is not between 0 and 1e9"),
        (b'{"next": false}', "next: False: only true"),
    ],
)
def test_bad_clock_requests_are_400_faults(
    manual: tuple[httpx.Client, Admin], body: bytes, named: str
) -> None:
    http, _ = manual
    answer = http.post("/__rsdlgen__/clock", content=body)
    assert answer.status_code == 400
    fault = etree.fromstring(answer.content)
    assert fault.findtext("reason") == "Invalid clock request" and named in (
        fault.findtext("detail") or ""
    )


def test_the_clock_moves_only_in_manual_mode(model: rsdlgen.Model) -> None:
    app = mock_app(model, transitions="timed")
    with pytest.raises(AdminError, match="the clock moves only with transitions manual"):
        Admin("http://x" + API, *AUTH, transport=InProcess(app)).advance(1)


def test_the_generated_clients_wait_follows_a_timed_creation(model: rsdlgen.Model) -> None:
    sdk = package("default")
    app = mock_app(model, transitions="timed", transition_seconds=0.3)
    vm = sdk.types.VM(name="web1", cluster=sdk.types.Cluster(name="Default"),
                      template=sdk.types.Template(name="Blank"))  # fmt: skip
    with sdk.API("http://127.0.0.1" + API, *AUTH, transport=InProcess(app)) as api:
        started = time.perf_counter()
        ready = api.wait(api.vms.add(vm), timeout=10)
        waited = time.perf_counter() - started
    assert ready.name == "web1" and waited >= 0.3
    polls = app.state.admin.requests(method="GET", path="vms/*/creation_status/*")
    assert len(polls) >= 2  # pending at least once, then complete


@pytest.mark.e2e
def test_the_official_sdk_polls_a_timed_start(
    model36: rsdlgen.Model,
    official: tuple[Any, Any],  # noqa: F811 (pytest passes the imported fixture by its name)
) -> None:
    """Over a socket, as a tool written for the official v3 SDK waits for a VM: each state is seen."""
    ovirt, _ = official
    from ovirtsdk.xml import params

    app = mock_app(model36, product_version="3.6.13.5", transitions="timed", transition_seconds=0.4)
    with loopback(app) as origin:
        api = ovirt.API(url=origin + API, username=AUTH[0], password=AUTH[1])
        new = params.VM(name="web1", cluster=params.Cluster(name="Default"),
                        template=params.Template(name="Blank"))  # fmt: skip
        vm = api.vms.add(new, expect="201-created")
        vm.start()
        seen: list[str] = []
        deadline = time.monotonic() + 10
        while (not seen or seen[-1] != "up") and time.monotonic() < deadline:
            current = api.vms.get(id=vm.get_id()).get_status().get_state()
            if not seen or seen[-1] != current:
                seen.append(current)
            time.sleep(0.05)
        api.disconnect()
    assert seen == ["wait_for_launch", "powering_up", "up"]
