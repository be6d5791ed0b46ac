"""The model against the real engine documents: counts taken independently with lxml, every link present once and
reachable by `match`, and spot checks with values read from the documents."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

import rsdlgen
from tests.conftest import OVIRT33, OVIRT36

DOCUMENTS = [
    (OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd"),
    (OVIRT36 / "served" / "rsdl.xml", OVIRT36 / "api.xsd"),
    (OVIRT33 / "rsdl.xml", OVIRT33 / "api.xsd"),
]


def _raw_links(path: Path) -> list[etree._Element]:
    return etree.parse(str(path)).getroot().findall("links/link")


def _root_prefix(path: Path) -> str:
    href = etree.parse(str(path)).getroot().get("href", "")
    return href.split("?")[0]


def _key(link: etree._Element, prefix: str) -> tuple[str, str, str, str | None]:
    href = link.get("href", "")
    if prefix and href.startswith(prefix + "/"):
        href = href[len(prefix) + 1 :]
    response = link.findtext("response/type")
    return (href, link.get("rel", ""), link.findtext("request/http_method", ""), response)


@pytest.fixture(
    scope="module", params=DOCUMENTS, ids=lambda d: str(d[0].relative_to(d[0].parents[2]))
)
def loaded(request: pytest.FixtureRequest) -> tuple[Path, rsdlgen.Model]:
    rsdl, xsd = request.param
    return rsdl, rsdlgen.load(rsdl, xsd)


def test_counts_match_an_independent_count(loaded: tuple[Path, rsdlgen.Model]) -> None:
    from rsdlgen.model.inspection import summary

    path, model = loaded
    raw = _raw_links(path)
    data = summary(model)
    assert data["declared_links"] == len(raw)
    prefix = _root_prefix(path)
    distinct = {
        _key(link, prefix): link for link in raw
    }.values()  # a link declared twice is one link
    assert data["links"] == len(distinct) == len(model.links)
    assert data["methods"] == dict(
        sorted(Counter(link.findtext("request/http_method") for link in distinct).items())
    )
    assert data["hrefs"] == len({link.get("href") for link in raw})
    assert data["rels"] == len({link.get("rel") for link in raw})


def test_ovirt36_figures(model36: rsdlgen.Model) -> None:
    from rsdlgen.model.inspection import summary

    data = summary(model36)
    # Issue 22 item 14: one definition of a link count, the one fetch, inspect and the README print.
    assert (data["links"], data["declared_links"]) == (774, 775)
    assert data["methods"] == {"DELETE": 130, "GET": 360, "POST": 235, "PUT": 49}
    assert (data["hrefs"], data["rels"]) == (476, 65)


def test_every_link_is_in_the_model_once_per_key(loaded: tuple[Path, rsdlgen.Model]) -> None:
    path, model = loaded
    prefix = _root_prefix(path)
    keys = Counter(link.key for link in model.links)
    for raw in _raw_links(path):
        assert keys[_key(raw, prefix)] == 1, _key(raw, prefix)
    assert len(keys) == len({_key(raw, prefix) for raw in _raw_links(path)})


def _concrete(href: str) -> str:
    return re.sub(r"\{([^}:]+)(:[^}]*)?\}", lambda m: f"{m[1]}-0001", href)


def test_match_finds_every_link_from_a_concrete_path(loaded: tuple[Path, rsdlgen.Model]) -> None:
    _, model = loaded
    for link in model.links:
        path = f"{model.api_root}/{_concrete(link.href)}"
        assert link in model.match_all(link.method, path)
        found = model.match_request(link.method, path + ";max=5?search=name%3Dx")
        assert found is not None and (found.link.href, found.link.method) == (
            link.href,
            link.method,
        )
        assert found.matrix == {"max": "5"} and found.query == {"search": "name=x"}
        assert set(found.path_parameters) == set(link.path_parameters)


def test_match_examples(model36: rsdlgen.Model) -> None:
    start = model36.match("POST", "/ovirt-engine/api/vms/123/start;async=true")
    assert start is not None and (start.href, start.rel) == ("vms/{vm:id}/start", "start")
    assert model36.match("POST", "/ovirt-engine/api/v3/vms/123/start") is start
    found = model36.match_request("GET", "/ovirt-engine/api/vms/123/nics/abc")
    assert found is not None and found.path_parameters == {"vm:id": "123", "nic:id": "abc"}
    assert model36.match("PUT", "/ovirt-engine/api/vms/123/start") is None
    assert model36.match("GET", "/ovirt-engine/api/nosuchthing") is None
    assert model36.match("GET", "/elsewhere/vms") is None
    assert model36.match("GET", "vms") is model36.match("GET", "/ovirt-engine/api/vms")
    assert model36.router.allowed_methods("/ovirt-engine/api/vms/1") == ["DELETE", "GET", "PUT"]


def _link(model: rsdlgen.Model, href: str, rel: str) -> rsdlgen.model.declarations.Link:
    found = [link for link in model.links if link.href == href and link.rel == rel]
    assert len(found) == 1, (href, rel, len(found))
    return found[0]


def test_vms_add_overloads(model36: rsdlgen.Model) -> None:
    add = _link(model36, "vms", "add")
    assert add.method == "POST" and add.body is not None and add.body.type == "VM"
    assert len(add.overloads) == 3
    mandatory = [[p.name for p in overload.mandatory] for overload in add.overloads]
    assert mandatory[0] == ["vm.name", "vm.template.id|name", "vm.cluster.id|name"]
    assert mandatory[1] == [*mandatory[0], "vm.snapshots.snapshot"]  # cloning from a snapshot
    assert mandatory[2] == [
        "vm.initialization.configuration.type",
        "vm.initialization.configuration.data",
    ]
    assert (
        add.overloads[1].description
        == "add a virtual machine to the system by cloning from a snapshot"
    )
    template = next(p for p in add.overloads[0].parameters if p.name == "vm.template.id|name")
    assert template.path == ("vm", "template") and template.alternatives == ("id", "name")
    assert template.paths == ["vm.template.id", "vm.template.name"]
    boot = next(p for p in add.overloads[0].parameters if p.name == "vm.os.boot")
    assert boot.is_collection and [p.name for p in boot.sets[0].parameters] == ["boot.dev"]
    timezone = next(p for p in add.overloads[0].parameters if p.name == "vm.timezone")
    assert timezone.deprecated
    assert add.header("Expect") is not None and add.header("Expect").value == "201-created"
    assert add.header("Content-Type").required


def test_vm_delete_has_optional_action_body(model36: rsdlgen.Model) -> None:
    delete = _link(model36, "vms/{vm:id}", "delete")
    assert delete.method == "DELETE" and delete.response is None
    assert delete.body is not None and delete.body.type == "Action" and not delete.body.required
    assert "action.force" in {p.name for o in delete.overloads for p in o.parameters}
    assert delete.url_parameter("async").context == "matrix"


def test_vms_list_url_parameters(model36: rsdlgen.Model) -> None:
    get = _link(model36, "vms", "get")
    contexts = {p.name: p.context for p in get.url}
    assert contexts["search"] == "query"
    assert contexts["max"] == "matrix" and contexts["case_sensitive"] == "matrix"
    assert get.url_parameter("search").value == "search query"
    assert {h.name for h in get.headers} >= {"Filter", "All-Content"}


def test_general_section(model36: rsdlgen.Model) -> None:
    ttl = next(h for h in model36.rsdl.general.headers if h.name == "Session-TTL")
    assert ttl.value == "minutes" and not ttl.required
    assert model36.rsdl.schema_href == "?schema" and model36.rsdl.description


def test_deprecated_overloads_are_read(model36: rsdlgen.Model) -> None:
    raw = etree.parse(str(OVIRT36 / "rsdl.xml")).getroot()
    expected = sum(1 for s in raw.iter("parameters_set") if s.findtext("deprecated") == "true")
    found = sum(1 for link in model36.links for o in link.overloads if o.deprecated)
    assert expected > 0 and found == expected


def test_duplicates_merged_and_reported(model36: rsdlgen.Model) -> None:
    href = "datacenters/{datacenter:id}/iscsibonds/{iscsibond:id}/storageconnections/{storageconnection:id}"
    delete = _link(model36, href, "delete")
    assert len(delete.lines) == 2 and delete.body is not None and not delete.body.required
    codes = Counter(w.code for w in model36.warnings)
    assert codes["duplicate-link"] == 1 and codes["ambiguous-link"] == 2


def test_type_typos_are_warned_with_their_lines(model33: rsdlgen.Model) -> None:
    text = (OVIRT33 / "rsdl.xml").read_text().splitlines()
    lines = {n for n, line in enumerate(text, 1) if 'type="xs:boolen"' in line}
    warned = {
        w.location.line for w in model33.warnings if w.code == "type-typo" and "boolen" in w.message
    }
    assert lines and warned == lines
    assert all(w.location.file.endswith("rsdl.xml") for w in model33.warnings)


def test_resource_tree(model36: rsdlgen.Model) -> None:
    vms = model36.resource("vms")
    assert (
        vms is not None
        and vms.kind == "collection"
        and (vms.type, vms.entity_type) == ("VMs", "VM")
    )
    vm = model36.resource("vms/{vm:id}")
    assert vm is not None and vm.kind == "entity" and vm.entity_type == "VM"
    children = {c.name: c.kind for c in model36.children(vm)}
    assert children["nics"] == "collection" and children["start"] == "action"
    nic = model36.resource("vms/{vm:id}/nics/{nic:id}")
    assert nic is not None and nic.entity_type == "NIC"
    collection_actions = [
        r for r in model36.resources("action") if model36.parent(r).kind == "collection"
    ]
    assert "hosts/{host:id}/nics/setupnetworks" in {r.href for r in collection_actions}
    assert len(model36.actions) == 114
    assert {"vms", "hosts", "datacenters", "storagedomains"} <= {
        c.href for c in model36.top_collections
    }


def test_schema(model36: rsdlgen.Model) -> None:
    schema = model36.schema
    assert schema is not None
    memory = next(e for e in schema.all_elements("VM") if e.name == "memory")
    assert memory.type == "xs:long" and memory.min_occurs == 0
    assert {a.name for a in schema.all_attributes("VM")} >= {"id", "href"}
    item = schema.collection_item("VMs")
    assert item is not None and (item.name, item.type, item.max_occurs) == ("vm", "VM", None)
    assert schema.element_for("VM") == "vm" and schema.elements["storage_domain"] == "StorageDomain"
    assert schema.enums["HttpMethod"].values == ["GET", "POST", "PUT", "DELETE", "OPTIONS"]
    size = next(e for e in schema.all_elements("VMs") if e.name == "size")
    assert size.documentation and size.documentation.startswith('The "size" of the collection')
    # VM refers to Host, Host to VMs... : one group of types that refer to each other.
    assert any({"VM", "VMs", "Host", "Cluster"} <= set(group) for group in model36.type_cycles)
    # A choice between groups (StorageConnection): members become optional and each is listed once.
    members = [e.name for e in schema.all_elements("StorageConnection")]
    assert len(members) == len(set(members)) and "address" in members
    assert all(e.min_occurs == 0 for e in schema.types["StorageConnection"].elements)


def test_inspect_cli_on_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    from rsdlgen.commands.main import main

    assert (
        main(["inspect", "--rsdl", str(OVIRT36 / "rsdl.xml"), "--schema", str(OVIRT36 / "api.xsd")])
        == 0
    )
    out = capsys.readouterr().out
    assert "links     774 (775 declared, 476 hrefs, 65 rels)" in out
    assert "DELETE 130, GET 360, POST 235, PUT 49" in out
