"""The mock engine's HTTP behaviour (default documents), driven in process: validation, references, faults,
auth, sessions, search and its name index, live sub-collection views, asynchronous requests and the served
documents."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock.store import Collection
from tests.support.mock_servers import InMemory, in_process

ROOT = "/ovirt-engine/api"
AUTH = ("admin@internal", "admin")
XML = {"Content-Type": "application/xml"}
BLANK = "00000000-0000-0000-0000-000000000000"


@pytest.fixture(scope="module")
def model() -> rsdlgen.Model:
    return rsdlgen.load()


@pytest.fixture(scope="module")
def package(model: rsdlgen.Model) -> InMemory:
    return InMemory(model)


def serve(package: InMemory, **settings: Any) -> Iterator[httpx.Client]:
    app = package.create_app(package.Settings(**settings))
    with in_process(app, ROOT) as client:
        yield client


@pytest.fixture
def client(package: InMemory) -> Iterator[httpx.Client]:
    yield from serve(package)


def fault(response: httpx.Response, status: int) -> tuple[str, str]:
    assert response.status_code == status, response.text
    root = etree.fromstring(response.content)
    assert root.tag == "fault"
    return root.findtext("reason") or "", root.findtext("detail") or ""


def ok(response: httpx.Response, status: int = 200) -> etree._Element:
    assert response.status_code == status, response.text
    return etree.fromstring(response.content)


HOST = "<host><name>h1</name><address>10.0.0.2</address><root_password>p</root_password></host>"


def add_vm(client: httpx.Client, name: str, **headers: str) -> httpx.Response:
    body = f"<vm><name>{name}</name><cluster><name>Default</name></cluster><template id='{BLANK}'/></vm>"
    return client.post("/vms", content=body, headers={**XML, **headers})


def test_unknown_paths_and_methods(client: httpx.Client) -> None:
    assert fault(client.get("/nothing/here"), 404)[0] == "Not Found"
    assert fault(client.get("/../../etc/passwd"), 404)[0] == "Not Found"
    response = client.put("/vms", content="<vms/>", headers=XML)
    fault(response, 405)
    assert response.headers["Allow"] == "GET, HEAD, POST"
    assert fault(client.delete(""), 405)[0] == "Method Not Allowed"
    head = client.head("")
    assert head.status_code == 200 and head.content == b""


def test_every_request_gets_a_fault_whatever_its_path_or_method(client: httpx.Client) -> None:
    # guide §7.4.9: errors are a <fault>, also for what no route of the web framework would match
    assert fault(client.get("/templates/a%0Ab/nics"), 404)[0] == "Not Found"
    response = client.request("PROPFIND", "/vms")
    assert fault(response, 405)[0] == "Method Not Allowed"
    assert response.headers["Allow"] == "GET, HEAD, POST"


def test_bodies_that_cannot_be_read(package: InMemory) -> None:
    for client in serve(package, max_body_bytes=2048):
        assert (
            fault(client.post("/vms", content="<vm><name>x", headers=XML), 400)[0]
            == "Malformed XML"
        )
        bomb = '<!DOCTYPE vm [<!ENTITY a "aaaa">]><vm><name>&a;</name></vm>'
        assert "entity" in fault(client.post("/vms", content=bomb, headers=XML), 400)[1]
        huge = "<vm><name>" + "x" * 4096 + "</name></vm>"
        fault(client.post("/vms", content=huge, headers=XML), 413)
        chunks = iter([b"<vm><name>", b"y" * 4096, b"</name></vm>"])  # no Content-Length
        fault(client.post("/vms", content=chunks, headers=XML), 413)
        text = client.post("/vms", content="vm", headers={"Content-Type": "text/plain"})
        assert fault(text, 415)[0] == "Unsupported Media Type"
        wrong = client.post("/vms", content="<host><name>h</name></host>", headers=XML)
        assert fault(wrong, 400) == ("Wrong body type", "expected <vm> (VM), got <host>")
        assert fault(client.post("/vms/x/start", headers=XML), 400)[0] == "Request body required"
        assert "max" in fault(client.get("/vms;max=many"), 400)[1]


def test_mandatory_parameters_with_alternatives_and_collections(client: httpx.Client) -> None:
    nfs = (
        "<storage_domain><name>d</name><type>data</type><storage><type>nfs</type>"
        "<address>a</address><path>/p</path></storage>{host}</storage_domain>"
    )
    reason, detail = fault(
        client.post("/storagedomains", content=nfs.format(host=""), headers=XML), 400
    )
    assert reason == "Incomplete parameters"
    assert detail == "StorageDomain [storagedomain.host.id|name] required for add"
    host = ok(client.post("/hosts", content=HOST, headers=XML), 201).get("id")
    by_id = nfs.format(host=f"<host id='{host}'/>").replace("<name>d</name>", "<name>data1</name>")
    ok(client.post("/storagedomains", content=by_id, headers=XML), 201)
    # A mandatory collection: a direct LUN disk needs logical units, each with an id.
    vm = ok(add_vm(client, "lun", Expect="201-created"), 201).get("id")
    lun = "<disk><interface>virtio</interface><lun_storage><type>iscsi</type>{units}</lun_storage></disk>"
    detail = fault(client.post(f"/vms/{vm}/disks", content=lun.format(units=""), headers=XML), 400)[
        1
    ]
    assert detail == "Disk [disk.lun_storage.logical_unit] required for add"
    units = "<logical_unit><address>10.0.0.1</address></logical_unit>"
    detail = fault(
        client.post(f"/vms/{vm}/disks", content=lun.format(units=units), headers=XML), 400
    )[1]
    assert detail == "Disk [disk.lun_storage.logical_unit.id] required for add"
    units = "<logical_unit id='lun0'/><logical_unit id='lun1'/>"
    ok(client.post(f"/vms/{vm}/disks", content=lun.format(units=units), headers=XML), 202)
    # An optional collection whose items need a field: each storage domain of a disk needs an id or name.
    disk = (
        "<disk><provisioned_size>1</provisioned_size><interface>ide</interface><format>raw</format>"
        "<storage_domains><storage_domain>{domain}</storage_domain></storage_domains></disk>"
    )
    refused = client.post(f"/vms/{vm}/disks", content=disk.format(domain=""), headers=XML)
    assert fault(refused, 400)[1] == (
        "Disk [disk.storage_domains.storage_domain.id|name] required for add"
    )
    named = disk.format(domain="<name>data1</name>")
    ok(client.post(f"/vms/{vm}/disks", content=named, headers=XML), 202)


def test_references_must_exist_and_names_resolve_to_ids(client: httpx.Client) -> None:
    body = "<vm><name>v</name><cluster>{cluster}</cluster><template id='{template}'/></vm>"
    for cluster, template, detail in (
        ("<name>nope</name>", BLANK, "Entity not found: Cluster: name=nope"),
        ("<name>Default</name>", "t0", "Entity not found: Template: id=t0"),
    ):
        refused = client.post(
            "/vms", content=body.format(cluster=cluster, template=template), headers=XML
        )
        assert fault(refused, 400) == ("Operation Failed", detail)
    assert len(ok(client.get("/vms"))) == 0  # nothing stored, no event
    assert not any(
        "v was added" in (e.findtext("description") or "") for e in ok(client.get("/events"))
    )
    clusters = ok(client.get("/clusters"))
    default = clusters[0].get("id")
    created = ok(add_vm(client, "v", Expect="201-created"), 201)
    stored = ok(client.get(f"/vms/{created.get('id')}")).find("cluster")
    # The name given became the cluster's id and href, as the engine shows references.
    assert (stored.get("id"), stored.get("href"), len(stored)) == (
        default,
        f"{ROOT}/clusters/{default}",
        0,
    )
    # Updates are checked too, and leave the stored entity unchanged when refused.
    href = f"/vms/{created.get('id')}"
    before = etree.tostring(ok(client.get(href)).find("placement_policy"))  # migratable (§15.2)
    moved = client.put(
        href,
        content="<vm><placement_policy><host><name>h9</name></host></placement_policy></vm>",
        headers=XML,
    )
    assert fault(moved, 400)[1] == "Entity not found: Host: name=h9"
    assert etree.tostring(ok(client.get(href)).find("placement_policy")) == before
    # Attaching to a sub-collection by an id that names nothing is refused instead of creating it.
    attach = client.post(
        f"/datacenters/{clusters[0].find('data_center').get('id')}/storagedomains",
        content="<storage_domain id='sd0'/>",
        headers=XML,
    )
    assert fault(attach, 400)[1] == "Entity not found: StorageDomain: id=sd0"


def test_deprecated_overloads_are_accepted_unless_strict(package: InMemory) -> None:
    # The RSDL keeps the legacy `disk.size` signature of a VM's disks, marked deprecated; the engine still
    # accepts it (the guide's own §3.13 request uses it), a strict mock refuses it.
    disk = "<disk><size>1024</size><interface>virtio</interface><format>cow</format></disk>"
    for lenient in serve(package):
        vm = ok(add_vm(lenient, "v", Expect="201-created"), 201).get("id")
        ok(lenient.post(f"/vms/{vm}/disks", content=disk, headers=XML), 202)
    for strict in serve(package, accept_deprecated=False):
        vm = ok(add_vm(strict, "v", Expect="201-created"), 201).get("id")
        detail = fault(strict.post(f"/vms/{vm}/disks", content=disk, headers=XML), 400)[1]
        assert detail == "Disk [disk.provisioned_size] required for add"


def test_updates_and_immutable_fields(client: httpx.Client) -> None:
    vm = ok(add_vm(client, "vm1", Expect="201-created"), 201)
    href = f"/vms/{vm.get('id')}"
    renamed = ok(client.put(href, content="<vm><name>vm2</name></vm>", headers=XML))
    assert renamed.findtext("name") == "vm2" and renamed.findtext("status/state") == "down"
    # Sending back the whole representation unchanged is allowed.
    ok(client.put(href, content=etree.tostring(renamed), headers=XML))
    other_id = client.put(href, content="<vm id='other'><name>x</name></vm>", headers=XML)
    assert fault(other_id, 409) == (
        "Broken immutability constraint",
        "Attempt to set immutable field: id",
    )
    # a field no update lists is not changed, and not refused either (guide §7.4.3: only a *strictly*
    # immutable one, the id, is a conflict)
    state = client.put(href, content="<vm><status><state>up</state></status></vm>", headers=XML)
    assert ok(state).findtext("status/state") == "down"
    assert ok(client.get(href)).findtext("name") == "vm2"
    assert ok(client.get(href)).findtext("status/state") == "down"


def test_delete_and_missing_parents(client: httpx.Client) -> None:
    vm = ok(add_vm(client, "gone", Expect="201-created"), 201)
    href = f"/vms/{vm.get('id')}"
    ok(
        client.post(
            f"{href}/nics",
            content="<nic><name>nic1</name><network><name>ovirtmgmt</name></network></nic>",
            headers=XML,
        ),
        201,
    )
    assert client.delete(href).status_code == 204  # No Content (guide §9.4.3)
    fault(client.get(href), 404)
    fault(client.get(f"{href}/nics"), 404)
    fault(client.delete(href), 404)
    events = [(e.findtext("code"), e.findtext("description")) for e in ok(client.get("/events"))]
    assert events[:2] == [  # guide chapter 25: the engine's codes and texts
        ("113", "VM gone was successfully removed."),
        ("932", "Interface nic1 is added to VM gone."),
    ]


def test_search_max_and_pages(client: httpx.Client) -> None:
    for name in ("vm1", "vm2", "vma", "web", "vr1"):
        ok(add_vm(client, name), 202)

    def names(url: str, **params: str) -> list[str]:
        return [e.findtext("name") or "" for e in ok(client.get(url, params=params))]

    assert names("/vms", search="name=vm*") == ["vm1", "vm2", "vma"]
    assert names("/vms", search="name=v*1") == ["vm1", "vr1"]
    assert names("/vms", search="name=VM*") == []
    assert names("/vms;case_sensitive=false", search="name=VM*") == ["vm1", "vm2", "vma"]
    assert names("/vms", search="name=v* sortby name desc") == ["vr1", "vma", "vm2", "vm1"]
    assert names("/vms", search="status=down and name!=vm* sortby name asc") == ["vr1", "web"]
    assert names("/vms;max=2") == ["vm1", "vm2"]
    assert names("/vms", search="sortby name page 1") == ["vm1", "vm2", "vma", "vr1", "web"]
    assert names("/vms", search="sortby name page 2") == []
    assert (
        fault(client.get("/vms", params={"search": "name ~ x"}), 400)[0] == "Invalid search query"
    )


def test_searches_see_renames_and_deletes(client: httpx.Client) -> None:
    """Searches by name go through an index of the names: it follows updates, deletes and attachments."""

    def names(url: str, search: str) -> list[str]:
        return [e.findtext("name") or "" for e in ok(client.get(url, params={"search": search}))]

    first = ok(add_vm(client, "vm1"), 202)
    ok(add_vm(client, "vm2"), 202)
    ok(client.put(f"/vms/{first.get('id')}", content="<vm><name>Web1</name></vm>", headers=XML))
    assert names("/vms", "name=vm*") == ["vm2"]
    assert names("/vms", "name=Web*") == ["Web1"] and names("/vms", "name=web*") == []
    assert names("/vms;case_sensitive=false", "name=WEB1") == ["Web1"]
    assert names("/vms", "name=*1") == ["Web1"]  # no literal prefix: every VM is a candidate
    # A storage domain attached to a data center and renamed at the top level is found in both places.
    ok(client.post("/hosts", content=HOST, headers=XML), 201)
    domain = (
        "<storage_domain><name>d1</name><type>data</type><storage><type>nfs</type>"
        "<address>a</address><path>/p</path></storage><host><name>h1</name></host></storage_domain>"
    )
    domain_id = ok(client.post("/storagedomains", content=domain, headers=XML), 201).get("id")
    dc = f"/datacenters/{ok(client.get('/datacenters'))[0].get('id')}/storagedomains"
    ok(
        client.post(dc, content="<storage_domain><name>d1</name></storage_domain>", headers=XML),
        201,
    )
    renamed = "<storage_domain><name>gold</name></storage_domain>"
    ok(client.put(f"/storagedomains/{domain_id}", content=renamed, headers=XML))
    assert names(dc, "name=go*") == ["gold"] and names(dc, "name=d1") == []
    # Deleting an entity drops what lived below it: its sub-collections and pending tasks.
    pending = ok(add_vm(client, "gone"), 202)
    status = pending.find("link[@rel='creation_status']").get("href").removeprefix(ROOT)
    vm = f"/vms/{pending.get('id')}"
    nic = "<nic><name>n</name><network><name>ovirtmgmt</name></network></nic>"
    ok(client.post(f"{vm}/nics", content=nic, headers=XML), 201)
    assert client.delete(vm).status_code == 204  # No Content (guide §9.4.3)
    fault(client.get(status), 404)
    assert names("/vms", "name=gone") == []


def test_small_pages(package: InMemory) -> None:
    for client in serve(package, page_size=2):
        for name in ("a", "b", "c"):
            ok(add_vm(client, name), 202)
        page = ok(client.get("/vms", params={"search": "sortby name page 2"}))
        assert [e.findtext("name") for e in page] == ["c"]


def test_max_is_the_page_size_of_a_paged_search(package: InMemory) -> None:
    # guide §7.3.9: `page N` in the search; the engine cuts its pages of `max` results when given (§7.3.5)
    for client in serve(package, page_size=100):
        for name in ("a", "b", "c", "d", "e"):
            ok(add_vm(client, name), 202)

        def page(number: int, url: str = "/vms;max=2", client: httpx.Client = client) -> list[str]:
            found = ok(client.get(url, params={"search": f"sortby name page {number}"}))
            return [e.findtext("name") or "" for e in found]

        assert [page(1), page(2), page(3), page(4)] == [["a", "b"], ["c", "d"], ["e"], []]
        assert page(1, "/vms") == ["a", "b", "c", "d", "e"]  # no max: the configured page size


def test_asynchronous_creation_and_actions(client: httpx.Client) -> None:
    created = add_vm(client, "v", **{"X-Ovirt-Expect": "201-created"})
    assert created.status_code == 201 and created.headers["Location"].endswith(
        ok(created, 201).get("id")
    )
    pending = ok(add_vm(client, "w"), 202)
    link = pending.find("link[@rel='creation_status']").get("href")
    assert ok(client.get(link.removeprefix(ROOT))).findtext("status/state") == "complete"
    vm = f"/vms/{pending.get('id')}"
    action = ok(
        client.post(f"{vm}/start", content="<action><async>true</async></action>", headers=XML), 202
    )
    assert action.findtext("status/state") == "pending"
    assert action.find("link[@rel='parent']").get("href") == ROOT + vm
    polled = ok(client.get(action.get("href").removeprefix(ROOT)))
    assert polled.findtext("status/state") == "complete"
    assert ok(client.get(vm)).findtext("status/state") == "up"
    done = ok(client.post(f"{vm}/stop", content="<action/>", headers=XML))
    fault(client.get(done.get("href").removeprefix(ROOT)), 404)  # synchronous actions are not kept


def test_sessions(package: InMemory) -> None:
    now = [1000.0]
    app = package.create_app(package.Settings(clock=lambda: now[0], session_ttl_minutes=1))
    with in_process(app, ROOT, auth=None) as client:
        prefer = {"Prefer": "persistent-auth"}
        opened = client.get("", auth=AUTH, headers=prefer)
        assert opened.status_code == 200
        assert opened.headers["Set-Cookie"].startswith("JSESSIONID=")
        assert "Path=/ovirt-engine/api" in opened.headers["Set-Cookie"]
        assert client.get("/vms", headers=prefer).status_code == 200  # the cookie is enough
        now[0] += 61
        assert client.get("/vms", headers=prefer).status_code == 401  # idle longer than the TTL
        client.cookies.clear()
        client.get("", auth=AUTH, headers={**prefer, "Session-TTL": "0"})  # never expires
        now[0] += 10_000
        assert client.get("/vms", headers=prefer).status_code == 200
        assert client.get("/vms").status_code == 200  # no Prefer: served in the session, which ends
        assert client.get("/vms", headers=prefer).status_code == 401
        assert client.get("/vms", auth=("admin@internal", "wrong")).status_code == 401
        assert client.get("/vms", auth=("admin", "admin")).status_code == 200
        events = [e.findtext("description") for e in app.state.server.engine.items("events")]
        assert events.count("User admin logged in.") == 2 and "User admin logged out." in events


def test_documents_and_fingerprint(client: httpx.Client, model: rsdlgen.Model) -> None:
    rsdl = client.get("", params={"rsdl": ""})
    assert rsdl.content.startswith(b"<?xml") and etree.fromstring(rsdl.content).tag == "rsdl"
    assert etree.fromstring(rsdl.content).get("href") == etree.parse(model.rsdl.file).getroot().get(
        "href"
    )
    schema = client.get("?schema")
    assert schema.status_code == 200 and b"complexType" in schema.content
    assert rsdl.headers["X-Rsdlgen-Fingerprint"] == model.fingerprint
    assert client.get("/vms").headers["X-Rsdlgen-Fingerprint"] == model.fingerprint


def test_sub_collections_are_live_views_of_the_top_level(client: httpx.Client) -> None:
    """`datacenters/<id>/clusters` lists the clusters that point at the data center, whatever created
    them; `clusters/<id>/networks` lists the networks attached to the cluster (guide §10.7.1)."""
    default = ok(client.get("/datacenters"))[0].get("id")
    other = ok(
        client.post(
            "/datacenters",
            content="<data_center><name>dc2</name><local>false</local></data_center>",
            headers=XML,
        ),
        201,
    ).get("id")
    cluster = (
        "<cluster><name>{name}</name><cpu id='Intel Conroe Family'/>"
        "<data_center><name>{dc}</name></data_center></cluster>"
    )
    for name, dc in (("c2", "Default"), ("c3", "dc2")):
        ok(client.post("/clusters", content=cluster.format(name=name, dc=dc), headers=XML), 201)

    def names(url: str) -> list[str]:
        return [e.findtext("name") or "" for e in ok(client.get(url))]

    assert names(f"/datacenters/{default}/clusters") == ["Default", "c2"]
    assert names(f"/datacenters/{other}/clusters") == ["c3"]
    c3 = ok(client.get(f"/datacenters/{other}/clusters"))[0]
    assert c3.get("href") == f"{ROOT}/datacenters/{other}/clusters/{c3.get('id')}"
    assert ok(client.get(f"/datacenters/{other}/clusters/{c3.get('id')}")).findtext("name") == "c3"
    fault(client.get(f"/datacenters/{default}/clusters/{c3.get('id')}"), 404)
    # Networks: the data center's view and the cluster's attachments.
    network = "<network><name>blue</name><data_center id='{dc}'/></network>"
    blue = ok(client.post("/networks", content=network.format(dc=other), headers=XML), 201)
    assert names(f"/datacenters/{other}/networks") == ["blue"]
    assert names(f"/datacenters/{default}/networks") == ["ovirtmgmt"]
    attached = f"/clusters/{c3.get('id')}/networks"
    assert names(attached) == []
    ok(client.post(attached, content="<network><name>blue</name></network>", headers=XML), 201)
    listed = ok(client.get(attached))
    assert [n.get("id") for n in listed] == [blue.get("id")]
    assert listed[0].find("cluster").get("id") == c3.get("id")
    # Deleting through the view deletes the network, which leaves the cluster's attachments too.
    assert (
        client.delete(f"/datacenters/{other}/networks/{blue.get('id')}").status_code == 204
    )  # No Content (guide §9.4.3)
    fault(client.get(f"/networks/{blue.get('id')}"), 404)
    assert names(f"/datacenters/{other}/networks") == [] and names(attached) == []
    assert (
        client.delete(f"/clusters/{c3.get('id')}").status_code == 204
    )  # No Content (guide §9.4.3)
    assert names(f"/datacenters/{other}/clusters") == []


def test_the_name_index_of_a_collection(package: InMemory) -> None:
    collection = Collection()
    vms = {}
    for identifier, name in (
        ("1", "abc"),
        ("2", "ABd"),
        ("3", "ab"),
        ("4", "b"),
        ("5", "abc\U0010ffff"),
    ):
        vms[identifier] = etree.fromstring(f"<vm id='{identifier}'><name>{name}</name></vm>")
        collection.add(identifier, vms[identifier])

    def ids(prefix: str) -> list[str]:
        return [e.get("id") for e in collection.named(prefix)]

    assert (
        ids("ab") == ["1", "2", "3", "5"] and ids("AbC") == ["1", "5"] and ids("") == list("12345")
    )
    assert ids("c") == [] and collection.find("AB").get("id") == "3"
    assert collection.find("abd").get("id") == "2"  # no exact case: any case
    vms["1"].find("name").text = "zed"
    collection.renamed("1")
    assert ids("ab") == ["2", "3", "5"] and ids("z") == ["1"]
    collection.add("1", etree.fromstring("<vm id='1'><name>abz</name></vm>"))  # replaced in place
    assert ids("ab") == ["1", "2", "3", "5"] and next(iter(collection.values())).get("id") == "1"
    collection.remove("3")
    assert ids("ab") == ["1", "2", "5"] and "3" not in collection and len(collection) == 4
