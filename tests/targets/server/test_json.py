"""JSON bodies and replies of the generated server (guide §9.3), and their interoperation with the generated
client's `to_json` / `parse_json`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from tests.support.client_packages import package as client_package
from tests.support.mock_servers import InMemory, in_process

ROOT = "/ovirt-engine/api"
AUTH = ("admin@internal", "admin")
JSON = {"Content-Type": "application/json", "Accept": "application/json"}
BLANK = "00000000-0000-0000-0000-000000000000"


@pytest.fixture(scope="module")
def server() -> InMemory:
    return InMemory(rsdlgen.load())


@pytest.fixture
def client(server: InMemory) -> Iterator[httpx.Client]:
    with in_process(server.create_app(), ROOT) as http:
        yield http


def reply(response: httpx.Response, status: int) -> Any:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def test_json_body_and_reply_in_the_v3_shape(client: httpx.Client) -> None:
    body = {
        "name": "web1",
        "cluster": {"name": "Default"},
        "template": {"id": BLANK},
        "memory": 536870912,
        "high_availability": {"enabled": True},
    }
    vm = reply(client.post("/vms", json=body, headers={**JSON, "Expect": "201-created"}), 201)
    # Attributes are plain keys, text values strings, references resolved to id and href.
    assert vm["name"] == "web1" and vm["memory"] == "536870912"
    assert vm["high_availability"] == {"enabled": "true"}
    assert vm["href"] == f"{ROOT}/vms/{vm['id']}"
    assert vm["cluster"]["href"].startswith(f"{ROOT}/clusters/")
    assert vm["status"] == {"state": "down"}
    # Repeated elements are arrays, even with one item; an action list is an object holding one.
    assert isinstance(vm["link"], list) and {"rel", "href"} <= set(vm["link"][0])
    assert {link["rel"] for link in vm["actions"]["link"]} >= {"start", "stop"}
    listed = reply(client.get("/vms", headers=JSON), 200)
    assert list(listed) == ["vm"] and [v["id"] for v in listed["vm"]] == [vm["id"]]
    # The same entity as XML is the default.
    xml = client.get(f"/vms/{vm['id']}")
    assert xml.headers["content-type"].startswith("application/xml")
    assert etree.fromstring(xml.content).findtext("memory") == "536870912"
    one = reply(client.get(f"/vms/{vm['id']}", headers={"Accept": "application/json"}), 200)
    assert one["id"] == vm["id"] and one["cluster"]["id"] == vm["cluster"]["id"]


def test_json_updates_and_actions(client: httpx.Client) -> None:
    created = client.post(
        "/vms",
        json={"name": "a", "cluster": {"name": "Default"}, "template": {"name": "Blank"}},
        headers=JSON,
    )
    vm = reply(created, 202)
    href = f"/vms/{vm['id']}"
    updated = reply(client.put(href, json={"description": "from JSON"}, headers=JSON), 200)
    assert updated["description"] == "from JSON" and updated["name"] == "a"
    action = reply(client.post(f"{href}/start", json={"async": False}, headers=JSON), 200)
    assert action["status"] == {"state": "complete"}
    assert reply(client.get(href, headers=JSON), 200)["status"]["state"] == "up"


def test_faults_follow_the_accepted_type(client: httpx.Client) -> None:
    missing = reply(client.post("/vms", json={"name": "x"}, headers=JSON), 400)
    assert missing["reason"] == "Incomplete parameters"
    assert "vm.cluster.id|name" in missing["detail"]
    assert reply(client.get("/nothing", headers=JSON), 404)["reason"] == "Not Found"
    denied = client.get("/vms", headers=JSON, auth=None)
    assert denied.status_code == 401 and denied.json()["reason"] == "Authorization Required"
    # XML stays the default for faults too, and wins when ranked higher.
    assert etree.fromstring(client.get("/nothing").content).tag == "fault"
    ranked = client.get("/nothing", headers={"Accept": "application/json;q=0.5, application/xml"})
    assert ranked.headers["content-type"].startswith("application/xml")


@pytest.mark.parametrize(
    "content",
    ['{"name": ', "[1, 2]", '{"bad name": "x"}', '{"name": "\\u0000"}', "[" * 40_000],
)
def test_bad_json_is_a_400_fault(client: httpx.Client, content: str) -> None:
    response = client.post("/vms", content=content, headers=JSON)
    assert reply(response, 400)["reason"] == "Malformed JSON"


def test_json_of_more_values_than_a_body_holds_is_413_before_parsing(client: httpx.Client) -> None:
    response = client.post("/vms", content="[" * 100_000, headers=JSON)
    assert reply(response, 413)["detail"] == "a body is limited to 50000 elements or values"


def test_deep_json_is_refused(client: httpx.Client) -> None:
    nested: dict[str, Any] = {"name": "deep"}
    for _ in range(100):
        nested = {"placement_policy": nested}
    response = client.post("/vms", content=json.dumps(nested), headers=JSON)
    assert "nested deeper" in reply(response, 400)["detail"]


def test_other_media_types_are_refused(client: httpx.Client) -> None:
    response = client.post("/vms", content="name=x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert etree.fromstring(response.content).findtext("reason") == "Unsupported Media Type"


def test_the_generated_client_reads_and_writes_the_same_json(client: httpx.Client) -> None:
    sdk = client_package("default")
    vm = sdk.parse_xml(
        "<vm><name>sdk1</name><cluster><name>Default</name></cluster>"
        f"<template id='{BLANK}'/><memory>1073741824</memory>"
        "<os type='rhel_7x64'><boot dev='hd'/><boot dev='cdrom'/></os></vm>"
    )
    created = client.post(
        "/vms", content=sdk.to_json(vm), headers={**JSON, "Expect": "201-created"}
    )
    assert created.status_code == 201, created.text
    read = sdk.parse_json(created.content, sdk.types.VM)
    assert read.name == "sdk1" and read.memory == 1073741824
    assert [boot.dev for boot in read.os.boot] == ["hd", "cdrom"] and read.os.type == "rhel_7x64"
    assert read.cluster.id and read.template.id == BLANK
    assert {action.rel for action in read.actions.link} >= {"start", "stop"}
    listed = sdk.parse_json(client.get("/vms", headers=JSON).content, sdk.types.VMs)
    assert [v.id for v in listed.vm] == [read.id]
    fault = sdk.parse_json(client.get("/vms/none", headers=JSON).content, sdk.types.Fault)
    assert fault.reason == "Not Found"
