"""The admin API (`rsdlgen.mock.admin`), in process: reset, the inventory's snapshot and restore, the request
journal, fault rules, and its answers to bad input (400 faults naming the fault, 401 without credentials, never
a 5xx unless a rule asks for one)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings, strategies as st
from lxml import etree

import rsdlgen
from rsdlgen.mock.admin_client import Admin, AdminError
from rsdlgen.mock.rules import FIELDS
from tests.support.client_packages import package
from tests.support.mock_servers import AUTH, InProcess, in_process, mock_app

API = "/ovirt-engine/api"
ADMIN = "/__rsdlgen__"
VM = "<vm><name>{}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"
XML = {"Content-Type": "application/xml"}


@pytest.fixture(scope="module")
def model() -> rsdlgen.Model:
    return rsdlgen.load()


@pytest.fixture
def app(model: rsdlgen.Model) -> Any:
    return mock_app(model)


@pytest.fixture
def http(app: Any) -> Iterator[httpx.Client]:
    with in_process(app) as client:
        yield client


@pytest.fixture
def admin(app: Any) -> Iterator[Admin]:
    """The Python client of the admin API, over the in-process transport."""
    with Admin("http://127.0.0.1" + API, *AUTH, transport=InProcess(app)) as client:
        yield client


def add_vm(http: httpx.Client, name: str) -> str:
    answer = http.post(f"{API}/vms", content=VM.format(name), headers=XML)
    assert answer.status_code == 202, answer.text
    return etree.fromstring(answer.content).get("id") or ""


def names(http: httpx.Client, collection: str) -> list[str]:
    listed = etree.fromstring(http.get(f"{API}/{collection}").content)
    return [e.findtext("name") or "" for e in listed if e.tag != "actions"]


# --- reset, state -------------------------------------------------------------------------------------------


def test_reset_brings_back_the_fresh_engine_with_its_seeds(
    model: rsdlgen.Model, tmp_path: Any
) -> None:
    seed = tmp_path / "seed.xml"
    seed.write_text("<fixture><tags><tag><name>gold</name></tag></tags></fixture>")
    app = mock_app(model, seed=(str(seed),))
    with in_process(app) as http, Admin("http://x" + API, *AUTH, transport=InProcess(app)) as admin:
        add_vm(http, "web1")
        http.delete(f"{API}/tags/{app.state.server.engine.find('tags', 'gold').get('id')}")
        admin.add_fault("vms", method="GET", status=503)
        admin.reset()
        assert names(http, "vms") == []
        assert "gold" in names(http, "tags")  # the seed is loaded again
        assert admin.faults() == []  # and the journal starts again
        assert [r["path"] for r in admin.requests()] == [f"{API}/vms", f"{API}/tags"]


def test_state_restores_a_snapshot_ids_and_relations_kept(http: httpx.Client, admin: Admin) -> None:
    vm = add_vm(http, "web1")
    nic = http.post(f"{API}/vms/{vm}/nics", content="<nic><name>eth0</name><network><name>ovirtmgmt</name></network></nic>",
                     headers=XML)  # fmt: skip
    assert nic.status_code == 201, nic.text
    domain = http.post(
        f"{API}/storagedomains",
        content="<storage_domain><name>data1</name><type>data</type>"
        "<host><name>hypervisor</name></host><storage><type>nfs</type><address>n</address>"
        "<path>/d</path></storage></storage_domain>",
        headers=XML,
    )
    assert domain.status_code == 201, domain.text
    domain_id = etree.fromstring(domain.content).get("id")
    attached = http.post(
        f"{API}/datacenters/{seed_id(http, 'datacenters')}/storagedomains",
        content=f'<storage_domain id="{domain_id}"/>',
        headers=XML,
    )
    assert attached.status_code == 201, attached.text
    snapshot = admin.state()
    before = {
        c: http.get(f"{API}/{c}").content for c in ("vms", f"vms/{vm}/nics", "storagedomains")
    }

    http.delete(f"{API}/vms/{vm}")
    add_vm(http, "other")
    assert admin.restore(snapshot) > 0
    for collection, listed in before.items():
        assert http.get(f"{API}/{collection}").content == listed
    # the attached domain is the same entity in both collections: activating it shows everywhere
    dc = seed_id(http, "datacenters")
    assert http.post(f"{API}/datacenters/{dc}/storagedomains/{domain_id}/activate", content="<action/>",
                     headers=XML).status_code == 200  # fmt: skip
    state = etree.fromstring(http.get(f"{API}/storagedomains/{domain_id}").content)
    assert state.findtext("status/state") == "active"
    assert admin.restore(admin.state()) > 0  # what state gives, restore takes


def seed_id(http: httpx.Client, collection: str) -> str:
    return etree.fromstring(http.get(f"{API}/{collection}").content)[0].get("id") or ""


# --- the request journal ------------------------------------------------------------------------------------


def test_requests_are_recorded_without_credentials_and_filtered(
    http: httpx.Client, admin: Admin
) -> None:
    add_vm(http, "web1")
    http.get(f"{API}/vms;max=1", params={"search": "name=web*"})
    host = "<host><name>h</name><address>a</address><root_password>s3cret</root_password></host>"
    http.post(f"{API}/hosts", content=host, headers={**XML, "Cookie": "JSESSIONID=x"})
    journal = admin.requests()
    assert [(r["method"], r["status"]) for r in journal] == [
        ("POST", 202),
        ("GET", 200),
        ("POST", 201),
    ]
    for entry in journal:
        assert "authorization" not in entry["headers"] and "cookie" not in entry["headers"]
    assert (
        "s3cret" not in journal[2]["body"]
        and "<root_password>***</root_password>" in journal[2]["body"]
    )
    assert journal[0]["body"] == VM.format("web1")
    assert (
        journal[1]["path"] == f"{API}/vms;max=1" and journal[1]["query"] == "search=name%3Dweb%2A"
    )
    assert len(admin.requests(method="post")) == 2
    assert [r["method"] for r in admin.requests(path="vms")] == [
        "POST",
        "GET",
    ]  # below the root, no matrix
    assert len(admin.requests(path=f"{API}/vms*")) == 2  # the whole path as sent
    admin.clear_requests()
    assert admin.requests() == []


def test_the_journal_keeps_the_newest_requests(model: rsdlgen.Model) -> None:
    app = mock_app(model, max_recorded_requests=3)
    with in_process(app) as http:
        for name in ("vms", "hosts", "tags", "clusters"):
            http.get(f"{API}/{name}")
    assert [r["path"] for r in app.state.admin.requests()] == [
        f"{API}/{n}" for n in ("hosts", "tags", "clusters")
    ]


# --- fault rules ----------------------------------------------------------------------------------------------


def test_a_rule_answers_times_then_the_engine_does(http: httpx.Client, admin: Admin) -> None:
    rule = admin.add_fault("vms", method="GET", status=503, times=2, headers={"Retry-After": "0"})
    answers = [http.get(f"{API}/vms") for _ in range(3)]
    assert [a.status_code for a in answers] == [503, 503, 200]
    fault = etree.fromstring(answers[0].content)  # the engine's fault body (guide §7.4.9)
    assert fault.tag == "fault" and fault.findtext("reason") == "Service Unavailable"
    assert fault.findtext("detail") == f"injected by fault rule {rule['id']}"
    assert answers[0].headers["retry-after"] == "0"
    assert (
        http.post(f"{API}/vms", content=VM.format("a"), headers=XML).status_code == 202
    )  # GET only
    assert admin.faults()[0]["matched"] == 2
    assert [r["status"] for r in admin.requests(method="GET")] == [503, 503, 200]


def test_a_rule_matches_a_path_glob_and_a_body(http: httpx.Client, admin: Admin) -> None:
    admin.add_fault("vms/*/start", method="POST", body="<async>true", status=409, reason="Operation Failed",
                    detail="[Cannot run VM. Busy.]")  # fmt: skip
    vm = add_vm(http, "web1")
    refused = http.post(
        f"{API}/vms/{vm}/start", content="<action><async>true</async></action>", headers=XML
    )
    assert refused.status_code == 409 and b"[Cannot run VM. Busy.]" in refused.content
    started = http.post(f"{API}/vms/{vm}/start", content="<action/>", headers=XML)
    assert started.status_code == 200  # no match on the body: the engine answers
    admin.clear_faults()
    assert admin.faults() == []


def test_a_dropped_connection_in_process_is_an_exception(http: httpx.Client, admin: Admin) -> None:
    admin.add_fault("vms", drop=True, times=1)
    with pytest.raises(ConnectionResetError, match="dropped by a fault rule"):
        http.get(f"{API}/vms")
    assert http.get(f"{API}/vms").status_code == 200
    assert [r["status"] for r in admin.requests()] == [None, 200]


def test_the_generated_client_retries_a_503_and_succeeds(model: rsdlgen.Model) -> None:
    """The issue's case in process; over a socket, and with the official SDK, in test_faults_on_the_wire."""
    sdk = package("default")
    app = mock_app(model)
    app.state.admin.add_fault(
        "vms", method="GET", status=503, times=2, headers={"Retry-After": "0"}
    )
    with sdk.API("http://127.0.0.1" + API, *AUTH, transport=InProcess(app)) as api:
        assert api.vms.list() == []
    assert [r["status"] for r in app.state.admin.requests(method="GET", path="vms")] == [
        503,
        503,
        200,
    ]


# --- bad input ------------------------------------------------------------------------------------------------

BAD_RULES = [
    (b"{", "not JSON"),
    (b"[]", "a rule is a JSON object"),
    (b'{"status": 503}', "path:"),
    (b'{"path": "vms", "status": 503, "colour": 1}', "unknown field 'colour'"),
    (b'{"path": "vms", "status": 99}', "status: 99"),
    (b'{"path": "vms", "status": "503"}', "status: '503'"),
    (b'{"path": "vms", "method": "FETCH", "status": 503}', "method: 'FETCH'"),
    (b'{"path": "vms", "delay": 61}', "delay: 61"),
    (b'{"path": "vms", "delay": -1}', "delay: -1"),
    (b'{"path": "vms", "drop": "yes"}', "drop: 'yes'"),
    (b'{"path": "vms", "drop": true, "status": 503}', "drop and status exclude each other"),
    (b'{"path": "vms"}', "a rule needs a status, a delay or drop"),
    (b'{"path": "vms", "status": 503, "times": 0}', "times: 0"),
    (b'{"path": "vms", "status": 503, "times": true}', "times: True"),
    (b'{"path": "vms", "status": 503, "headers": {"X": "a\\r\\nb"}}', "headers:"),
    (b'{"path": "vms", "status": 503, "headers": {"a b": "c"}}', "headers:"),
    (b'{"path": "vms", "status": 503, "reason": 5}', "reason: not a string"),
]


@pytest.mark.parametrize(("body", "named"), BAD_RULES, ids=[b.decode() for b, _ in BAD_RULES])
def test_a_malformed_fault_rule_is_a_400_naming_the_fault(
    http: httpx.Client, body: bytes, named: str
) -> None:
    answer = http.post(f"{ADMIN}/faults", content=body)
    assert answer.status_code == 400
    fault = etree.fromstring(answer.content)
    assert fault.findtext("reason") == "Invalid fault rule" and named in (
        fault.findtext("detail") or ""
    )
    assert http.get(f"{ADMIN}/faults").json() == []


BAD_INVENTORIES = [
    (b"<inventory", "Malformed XML"),
    (b"<fixture/>", "the root element is <fixture>, not <inventory>"),
    (b'<inventory><vms href="nope"/></inventory>', "'nope' is not a collection of this API"),
    (b"<inventory><vms/></inventory>", "<vms> has no href"),
    (
        b'<inventory><nics href="vms/1/nics"><nic id="n"/></nics></inventory>',
        "vms/1 is not in the inventory",
    ),
    (
        b'<inventory><vms href="vms"><host id="h"/></vms></inventory>',
        "<host id='h'> where <vm> belongs",
    ),
    (b'<inventory><vms href="vms"><vm id="a/b"/></vms></inventory>', "an id holds"),
    (b'<inventory><vms href="vms"><vm id="a"/><vm id="a"/></vms></inventory>', "listed twice"),
    (
        b'<inventory><events href="events"><event id="1"/></events></inventory>',
        "'events' is not a collection",
    ),
]


@pytest.mark.parametrize(("body", "named"), BAD_INVENTORIES, ids=[n for _, n in BAD_INVENTORIES])
def test_an_inventory_that_does_not_load_is_a_400_and_changes_nothing(
    http: httpx.Client, body: bytes, named: str
) -> None:
    add_vm(http, "kept")
    answer = http.put(f"{ADMIN}/state", content=body)
    assert answer.status_code == 400, answer.text
    assert named in (etree.fromstring(answer.content).findtext("detail") or "")
    assert names(http, "vms") == ["kept"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", ADMIN, 404),
        ("GET", f"{ADMIN}/clocks", 404),
        ("DELETE", f"{ADMIN}/state", 405),
        ("GET", f"{ADMIN}/reset", 405),
        ("GET", f"{ADMIN}/requests?colour=red", 400),
    ],
)
def test_unknown_admin_requests_are_4xx_faults(
    http: httpx.Client, method: str, path: str, status: int
) -> None:
    answer = http.request(method, path)
    assert answer.status_code == status and etree.fromstring(answer.content).tag == "fault"


def test_the_admin_api_refuses_without_credentials(app: Any, admin: Admin) -> None:
    with in_process(app, auth=None) as anonymous:
        for method, name in [("POST", "reset"), ("GET", "state"), ("PUT", "state"), ("GET", "requests"),
                             ("DELETE", "requests"), ("GET", "faults"), ("POST", "faults")]:  # fmt: skip
            answer = anonymous.request(method, f"{ADMIN}/{name}")
            assert answer.status_code == 401 and answer.headers["www-authenticate"].startswith(
                "Basic"
            )
    with pytest.raises(AdminError) as refused:
        Admin("http://x" + API, "admin@internal", "wrong", transport=InProcess(app)).faults()
    assert refused.value.status == 401 and refused.value.reason == "Authorization Required"


def test_admin_faults_answer_in_json_when_asked(http: httpx.Client) -> None:
    answer = http.post(f"{ADMIN}/faults", content=b"{}", headers={"Accept": "application/json"})
    assert answer.status_code == 400 and answer.json()["reason"] == "Invalid fault rule"


values = st.one_of(
    st.none(), st.booleans(), st.integers(-10, 1000), st.floats(allow_nan=True), st.text(max_size=8),
    st.dictionaries(st.text(max_size=4), st.text(max_size=4), max_size=2),
)  # fmt: skip


@pytest.fixture(scope="module")
def shared(model: rsdlgen.Model) -> Iterator[tuple[Any, httpx.Client]]:
    app = mock_app(model)
    with in_process(app) as http:
        yield app, http


@settings(max_examples=100, deadline=None)
@given(rule=st.dictionaries(st.sampled_from([*FIELDS, "other"]), values, max_size=6))
def test_no_fault_rule_gets_a_5xx_and_none_accepted_breaks_a_request(
    shared: tuple[Any, httpx.Client], rule: dict
) -> None:
    app, http = shared
    app.state.admin.clear_faults()
    answer = http.post(f"{ADMIN}/faults", content=json.dumps(rule).encode())
    assert answer.status_code in (201, 400), answer.text
    if answer.status_code == 201 and not answer.json()["drop"]:
        app.state.admin.rules.rules[0].delay = 0  # the delay is tested on the wire
        status = http.get(f"{API}/vms").status_code
        assert status < 500 or status == rule.get("status")
