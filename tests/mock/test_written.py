"""Representations kept as written (`rsdlgen.mock.written`) stay true under writes: after each change (update,
action, sub-collection add and update, delete, the clock, a change made in process to a stored element), every read that
shows the entity shows the change: get and list, a search, XML and JSON, both API roots, the owner's
sub-collection and the statistics that follow the entity's state (oVirt 3.6's documents)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock import entities
from tests.support.mock_servers import in_process, mock_app

ROOTS = ("/ovirt-engine/api", "/ovirt-engine/api/v3")
API = ROOTS[0]
XML = {"Content-Type": "application/xml", "Expect": "201-created"}
JSON = {"Accept": "application/json"}
VM = "<vm><name>{}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"
Shown = tuple[str | None, str | None, str | None]  # name, description, state


@pytest.fixture
def app(model36: rsdlgen.Model) -> Any:
    return mock_app(model36)  # the corpus' oVirt 3.6: statistics too


@pytest.fixture
def http(app: Any) -> Iterator[httpx.Client]:
    with in_process(app) as client:
        client.headers["Content-Type"] = "application/xml"  # of every body sent
        yield client


def from_xml(element: etree._Element, root: str) -> Shown:
    assert (element.get("href") or "").startswith(root + "/")
    state = element.findtext("status/state")
    return element.findtext("name"), element.findtext("description"), state


def from_json(value: dict[str, Any], root: str) -> Shown:
    assert value["href"].startswith(root + "/")
    return value.get("name"), value.get("description"), value.get("status", {}).get("state")


def reads(
    http: httpx.Client, collection: str, identifier: str, name: str
) -> dict[str, Shown | None]:
    """The entity as each read shows it (None: that read does not show it), in XML and JSON, at each root:
    the entity, the collection, and a search by its name where the collection has search."""
    found: dict[str, Shown | None] = {}
    for root in ROOTS:
        paths = {"get": f"{collection}/{identifier}", "list": collection}
        if "/" not in collection:
            paths["search"] = f"{collection}?search=name%3D{name}"
        for read, path in paths.items():
            xml = http.get(f"{root}/{path}")
            answer = http.get(f"{root}/{path}", headers=JSON)
            label = f"{read} {root}"
            if xml.status_code == 404:
                assert answer.status_code == 404
                found[f"{label} xml"] = found[f"{label} json"] = None
                continue
            assert xml.status_code == answer.status_code == 200, (path, xml.text)
            document = etree.fromstring(xml.content)
            value = json.loads(answer.content)
            if read == "get":
                found[f"{label} xml"] = from_xml(document, root)
                found[f"{label} json"] = from_json(value, root)
                continue
            listed = [e for e in document if e.get("id") == identifier]
            found[f"{label} xml"] = from_xml(listed[0], root) if listed else None
            item = next(iter(value), None)
            items = [v for v in (value.get(item, []) if item else []) if v["id"] == identifier]
            found[f"{label} json"] = from_json(items[0], root) if items else None
    return found


def everywhere(found: dict[str, Shown | None], expected: Shown | None) -> None:
    wrong = {read: shown for read, shown in found.items() if shown != expected}
    assert not wrong, f"expected {expected} everywhere: {wrong}"


def add(http: httpx.Client, collection: str, body: str) -> str:
    answer = http.post(f"{API}/{collection}", content=body, headers=XML)
    assert answer.status_code == 201, answer.text
    return etree.fromstring(answer.content).get("id") or ""


def statistic(http: httpx.Client, path: str, name: str, accept: dict[str, str]) -> str:
    answer = http.get(f"{API}/{path}/statistics", headers=accept)
    assert answer.status_code == 200
    if accept:
        values = json.loads(answer.content)["statistic"]
        return str(next(v["values"]["value"][0]["datum"] for v in values if v["name"] == name))
    document = etree.fromstring(answer.content)
    found = next(s for s in document if s.findtext("name") == name)
    return found.findtext("values/value/datum") or ""


def test_a_vm_read_every_way_shows_each_change(http: httpx.Client, app: Any) -> None:
    vm = add(http, "vms", VM.format("cached"))
    everywhere(reads(http, "vms", vm, "cached"), ("cached", None, "down"))
    # guide §7.3.6 (update)
    answer = http.put(f"{API}/vms/{vm}", content="<vm><description>one</description></vm>")
    assert answer.status_code == 200
    everywhere(reads(http, "vms", vm, "cached"), ("cached", "one", "down"))
    # §15.7.1 (start): the state, and the statistics that follow it (Table 15.12)
    assert statistic(http, f"vms/{vm}", "cpu.current.total", {}) == "0"
    assert http.post(f"{API}/vms/{vm}/start", content="<action/>").status_code == 200
    everywhere(reads(http, "vms", vm, "cached"), ("cached", "one", "up"))
    for accept in ({}, JSON):
        assert statistic(http, f"vms/{vm}", "cpu.current.total", accept) == "2.5"
    # renamed: a search by the old name no longer finds it
    http.put(f"{API}/vms/{vm}", content="<vm><name>renamed</name></vm>")
    assert not {k: v for k, v in reads(http, "vms", vm, "cached").items() if "search" in k and v}
    everywhere(reads(http, "vms", vm, "renamed"), ("renamed", "one", "up"))
    # changed in process, on the stored element, and said so (`Engine.changed`)
    engine = app.state.server.engine
    entities.set_state(engine.collections[("vms",)].get(vm), "paused")
    engine.changed()
    everywhere(reads(http, "vms", vm, "renamed"), ("renamed", "one", "paused"))
    # §7.3.8 (delete)
    assert http.post(f"{API}/vms/{vm}/stop", content="<action/>").status_code == 200
    assert http.delete(f"{API}/vms/{vm}").status_code in (200, 204)
    everywhere(reads(http, "vms", vm, "renamed"), None)


def test_a_sub_collection_shows_what_is_added_changed_and_removed(http: httpx.Client) -> None:
    vm = add(http, "vms", VM.format("owner"))
    nics = f"vms/{vm}/nics"
    first = add(http, nics, "<nic><name>nic1</name></nic>")
    everywhere(reads(http, nics, first, "nic1"), ("nic1", None, None))
    http.put(f"{API}/{nics}/{first}", content="<nic><name>eth0</name></nic>")
    everywhere(reads(http, nics, first, "eth0"), ("eth0", None, None))
    second = add(http, nics, "<nic><name>nic2</name></nic>")  # the cached list gains it
    everywhere(reads(http, nics, second, "nic2"), ("nic2", None, None))
    assert http.delete(f"{API}/{nics}/{first}").status_code in (200, 204)
    everywhere(reads(http, nics, first, "eth0"), None)
    everywhere(reads(http, nics, second, "nic2"), ("nic2", None, None))


def test_an_owner_s_view_shows_its_members_changes(http: httpx.Client) -> None:
    # `datacenters/<id>/clusters` lists the clusters pointing at the data center (views.Store.view)
    listed = etree.fromstring(http.get(f"{API}/clusters").content)
    cluster = listed[0]
    identifier, owner = cluster.get("id") or "", cluster.find("data_center").get("id")  # type: ignore[union-attr]
    view = f"datacenters/{owner}/clusters"
    name = cluster.findtext("name")
    everywhere(reads(http, view, identifier, ""), (name, cluster.findtext("description"), None))
    http.put(
        f"{API}/clusters/{identifier}", content="<cluster><description>two</description></cluster>"
    )
    everywhere(reads(http, view, identifier, ""), (name, "two", None))


def test_each_state_the_clock_ends_is_shown(model36: rsdlgen.Model) -> None:
    # guide §15.7.1: a VM started goes through the engine's intermediate states to `up` (here each time the
    # manual clock moves to the next change)
    app = mock_app(model36, transitions="manual")
    with in_process(app) as http:
        http.headers["Content-Type"] = "application/xml"
        vm = add(http, "vms", VM.format("clocked"))
        assert http.post(f"{API}/vms/{vm}/start", content="<action/>").status_code == 200
        states = []
        while True:
            found = reads(http, "vms", vm, "clocked")
            shown = next(iter(found.values()))
            assert shown is not None
            everywhere(found, shown)
            states.append(shown[2])
            if not app.state.server.engine.clock.pending:
                break
            app.state.admin.advance()  # the admin API's `POST /__rsdlgen__/clock {"next": true}`
        assert len(states) > 1 and states[-1] == "up", states


def test_a_host_s_summary_follows_the_vms_started_on_it(http: httpx.Client) -> None:
    # guide §14.1 Table 14.1: a host's summary counts the VMs active on it (what follows from other
    # entities, `behaviours/derived.py`)
    listed = etree.fromstring(http.get(f"{API}/hosts").content)
    host = listed.find("host")
    assert host is not None and host.find("summary") is not None
    identifier = host.get("id") or ""

    def active() -> set[str | None]:
        counts = set()
        for root in ROOTS:
            for path in (f"hosts/{identifier}", "hosts"):
                document = etree.fromstring(http.get(f"{root}/{path}").content)
                shown = document if document.tag == "host" else document.find("host")
                counts.add(shown.findtext("summary/active"))  # type: ignore[union-attr]
                value = json.loads(http.get(f"{root}/{path}", headers=JSON).content)
                value = value if "summary" in value else value["host"][0]
                counts.add(str(value["summary"]["active"]))
        return counts

    before = active()
    assert len(before) == 1
    vm = add(http, "vms", VM.format("runs"))
    body = (
        f"<action><vm><placement_policy><host id='{identifier}'/></placement_policy></vm></action>"
    )
    assert http.post(f"{API}/vms/{vm}/start", content=body).status_code == 200
    assert active() == {str(int(before.pop() or "0") + 1)}


def test_all_content_is_shown_only_to_the_requests_that_ask(http: httpx.Client) -> None:
    # guide §15.3 Example 15.2: `All-Content: true` adds a VM's OVF configuration (`behaviours/ovf.py`)
    vm = add(http, "vms", VM.format("ovf"))
    for _ in range(2):  # the second time from what was kept
        for path in (f"vms/{vm}", "vms"):
            plain = http.get(f"{API}/{path}").content
            full = http.get(f"{API}/{path}", headers={"All-Content": "true"}).content
            assert b"<configuration>" not in plain and b"<configuration>" in full, path
