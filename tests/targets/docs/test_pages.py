"""The docs target: page names and anchors, example requests, type notes, search rows, golden pages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html

import rsdlgen
from rsdlgen.model.declarations import Parameter, ParameterSet
from rsdlgen.model.operations import method_anchors
from rsdlgen.targets import docs
from rsdlgen.targets.docs.pages import resource_page, type_page
from rsdlgen.targets.examples import curl_command, example_body
from tests.conftest import OVIRT36, ROOT
from tests.support.golden import assert_golden, fixture_model


@pytest.fixture(scope="module")
def default_site(default_model: rsdlgen.Model) -> dict[str, str | bytes]:
    return docs.render(default_model, docs.DEFAULT_PACKAGE)


@pytest.fixture(scope="module")
def site36(model36: rsdlgen.Model) -> dict[str, str | bytes]:
    return docs.render(model36, docs.DEFAULT_PACKAGE)


def page(site: dict[str, str | bytes], path: str) -> html.HtmlElement:
    content = site[path]
    assert isinstance(content, str)
    return html.fromstring(content)


def search_rows(site: dict[str, str | bytes]) -> list[list[str]]:
    script = site["search-index.js"]
    assert isinstance(script, str)
    prefix = "window.RSDL_SEARCH_INDEX = "
    assert script.startswith(prefix)
    rows: list[list[str]] = json.loads(script[len(prefix) :].rstrip().rstrip(";"))
    return rows


# --- names and anchors -------------------------------------------------------------------------------------


def test_page_names_come_from_hrefs_and_type_names() -> None:
    assert resource_page("vms") == "resources/vms.html"
    assert resource_page("vms/{vm:id}/disks") == "resources/vms.vm-id.disks.html"
    assert resource_page("") == "index.html"
    assert type_page("VM") == "types/VM.html"


def test_actions_are_sections_of_the_page_they_act_on(default_model: rsdlgen.Model) -> None:
    site = docs.Site(default_model)
    shutdown = default_model.resource("vms/{vm:id}/shutdown").links[0]
    assert site.link_url(shutdown) == "resources/vms.vm-id.html#shutdown"
    update = default_model.resource("vms/{vm:id}").link("update", "PUT")
    assert site.link_url(update) == "resources/vms.vm-id.html#update"


def test_operations_sharing_a_rel_get_distinct_anchors_from_their_response(
    model36: rsdlgen.Model,
) -> None:
    href = "clusters/{cluster:id}/glustervolumes/{glustervolume:id}"
    links = model36.resource(href).links
    anchors = method_anchors(href, links, "rsdl.xml")
    assert sorted(anchors.values()) == ["delete", "get", "get-glustervolumeprofiledetails"]


def test_anchors_do_not_depend_on_the_order_links_are_listed(model36: rsdlgen.Model) -> None:
    resource = model36.resource("vms/{vm:id}")
    links = docs.Site(model36).shown_links(resource)
    forward = method_anchors(resource.href, links, "rsdl.xml")
    backward = method_anchors(resource.href, list(reversed(links)), "rsdl.xml")
    assert forward == backward
    assert {"get", "update", "delete", "start", "shutdown", "migrate"} <= set(forward.values())


# --- example requests --------------------------------------------------------------------------------------


def test_example_body_follows_the_schema_for_attributes_order_and_enums(
    default_model: rsdlgen.Model,
) -> None:
    add = default_model.resource("vms").link("add", "POST")
    body = example_body(default_model.schema, "VM", add.overloads[0])
    # id is an XML attribute in the schema, elements come in the XSD's order (cluster before template)
    assert (
        body
        == '<vm>\n  <name>my_name</name>\n  <cluster id="123"/>\n  <template id="123"/>\n</vm>\n'
    )
    update = default_model.resource("vms/{vm:id}").link("update", "PUT")
    full = example_body(default_model.schema, "VM", update.overloads[0])
    assert "<type>desktop</type>" in full  # VmType's first value
    assert '<boot dev="hd"/>' in full  # a collection item, `dev` an attribute of Boot
    assert full.index("<memory>") < full.index("<cpu>") < full.index("<os ")


def test_example_body_nests_collections_of_collections(model36: rsdlgen.Model) -> None:
    update = model36.resource("vms/{vm:id}").link("update", "PUT")
    payloads = next(p for p in update.overloads[0].parameters if p.name == "vm.payloads.payload")
    body = example_body(model36.schema, "VM", ParameterSet([payloads]))
    lines = [line.strip() for line in body.splitlines()]
    assert lines[:3] == [
        "<vm>",
        "<payloads>",
        '<payload type="my_type">',
    ]  # Payload.type: attribute
    assert lines[3:6] == ["<files>", "<file>", "<name>my_name</name>"]


def test_example_body_without_schema_or_parameters() -> None:
    param = Parameter("action.force", "xs:boolean", required=True)
    assert example_body(None, "Action", ParameterSet([param])) == (
        "<action>\n  <force>true</force>\n</action>\n"
    )
    assert example_body(None, "Action", None) == "<action/>\n"
    # undotted names (third-party documents) are children of the body's element
    plain = ParameterSet(
        [Parameter("id", "xs:string", True), Parameter("title", "xs:string", True)]
    )
    assert example_body(None, "Movie", plain) == (
        "<movie>\n  <id>123</id>\n  <title>my_title</title>\n</movie>\n"
    )


def test_curl_uses_the_api_root_required_headers_and_path_variables(
    default_model: rsdlgen.Model,
) -> None:
    shutdown = default_model.resource("vms/{vm:id}/shutdown").links[0]
    curl = curl_command("/ovirt-engine/api", shutdown, [], "<action/>\n")
    assert curl.splitlines() == [
        "curl -X POST \\",
        "  -H 'Accept: application/xml' \\",
        "  -H 'Content-Type: application/xml' \\",
        '  -u "${API_USER}:${API_PASSWORD}" \\',
        "  --cacert ca.pem \\",
        "  -d '<action/>' \\",
        '  "https://${ENGINE}/ovirt-engine/api/vms/${VM_ID}/shutdown"',
    ]


def test_curl_puts_required_url_parameters_in_matrix_or_query() -> None:
    link = rsdlgen.model.declarations.Link(
        "hosts/{host:id}/nics",
        "get",
        "GET",
        url=[
            Parameter("max", "xs:int", True, context="matrix", value="max results"),
            Parameter("search", "xs:string", True, context="query", value="search query"),
            Parameter("case_sensitive", "xs:boolean", False, context="matrix", value="true|false"),
        ],
    )
    curl = curl_command("/api", link, [], None)
    assert '"https://${ENGINE}/api/hosts/${HOST_ID}/nics;max=1?search=my_search"' in curl
    assert "-d" not in curl


# --- pages -------------------------------------------------------------------------------------------------


def test_resource_page_shows_methods_overloads_and_parameters(site36: dict) -> None:
    vms = page(site36, "resources/vms.html")
    add = vms.get_element_by_id("add")
    text = add.text_content()
    assert "POST" in text and "/ovirt-engine/api/vms" in text
    assert "alternative signatures" in text
    assert add.xpath(".//li[contains(@class, 'deprecated')]//b[text()='timezone']")
    assert "one of id, name" in text
    nested = add.xpath(".//li[.//b[text()='boot']]//div[@class='nested']//b/text()")
    assert "dev" in nested
    get = vms.get_element_by_id("get")
    rows = {r.xpath("td[1]/code/text()")[0]: r.text_content() for r in get.xpath(".//tbody/tr")}
    assert "matrix" in rows["max"] and "query" in rows["search"]
    assert get.xpath(".//pre[@class='curl']")


def test_type_page_links_types_and_says_what_requests_need(default_site: dict) -> None:
    vm = page(default_site, "types/VM.html")
    memory = vm.get_element_by_id("memory")
    assert memory.xpath("td[2]")[0].text_content() == "xs:long"
    assert "settable on update" in memory.text_content()
    cluster = vm.get_element_by_id("cluster")
    assert cluster.xpath("td[2]/a/@href") == ["../types/Cluster.html"]
    assert "mandatory on create" in cluster.text_content()
    assert "from" in vm.get_element_by_id("name").text_content()  # inherited from BaseResource
    returned = vm.xpath("//h2[text()='Returned by']/following-sibling::ul[1]//a/@href")
    assert "../resources/vms.vm-id.html#get" in returned


def test_enum_page_lists_values_and_referrers(default_site: dict) -> None:
    vm_type = page(default_site, "types/VmType.html")
    assert vm_type.xpath("//ul[@class='values']/li/code/text()")[:2] == ["desktop", "server"]
    assert "../types/VM.html#type" in vm_type.xpath("//a/@href")


def test_index_shows_description_entry_point_and_tree(default_site: dict) -> None:
    index = page(default_site, "index.html")
    text = index.text_content()
    assert "Version 3 REST API" in text and "4.3.0.0" in text
    assert "https://${ENGINE}/ovirt-engine/api" in text
    tree = index.xpath("//nav[@aria-label='Resource tree']")[0]
    vms = tree.xpath(".//li[a/code/text()='vms']")[0]
    assert vms.xpath("details/ul/li/a/@href")[0] == "resources/vms.vm-id.html"
    assert "resources/vms.vm-id.html#shutdown" in vms.xpath(".//span[@class='actions']/a/@href")


def test_search_index_covers_resources_methods_actions_parameters_types(default_site: dict) -> None:
    rows = search_rows(default_site)
    by_kind: dict[str, list[list[str]]] = {}
    for row in rows:
        by_kind.setdefault(row[0], []).append(row)
    assert {"resource", "method", "action", "parameter", "type", "field"} <= set(by_kind)
    assert by_kind["action"][[r[1] for r in by_kind["action"]].index("shutdown")][:2] == [
        "action",
        "shutdown",
    ]
    shutdown = next(r for r in by_kind["action"] if r[1] == "shutdown")
    assert shutdown[2].startswith("POST vms/{vm:id}/shutdown") and shutdown[3].endswith("#shutdown")
    assert ["field", "VM.memory", "xs:long", "types/VM.html#memory", ["vm", "memory"]] in rows
    assert any(r[1] == "vm.template.id|name" for r in by_kind["parameter"])
    assert shutdown[4] == ["shutdown", "vms"]  # key words: the rel and the collection it acts in
    add = next(r for r in by_kind["method"] if r[1] == "POST vms/{vm:id}/disks")
    assert add[4] == ["add", "disks"]
    headers = {r[1]: r for r in by_kind["header"]}
    assert {"Expect", "Correlation-Id", "All-Content"} <= set(headers)
    assert headers["Expect"][3] == "index.html#header-expect"


def test_search_finds_inherited_fields_under_the_derived_type(site36: dict) -> None:
    rows = search_rows(site36)
    memory = ["field", "VM.memory", "xs:long", "types/VM.html#memory", ["vm", "memory"]]
    assert memory in rows  # declared in VmBase
    base = ["field", "VmBase.memory", "xs:long", "types/VmBase.html#memory", ["vmbase", "memory"]]
    assert base in rows


def test_rendering_is_deterministic(default_model: rsdlgen.Model, default_site: dict) -> None:
    again = docs.render(rsdlgen.load(), docs.DEFAULT_PACKAGE)
    assert again == default_site


def test_without_a_schema_types_are_named_but_not_linked() -> None:
    model = rsdlgen.load(OVIRT36 / "rsdl.xml")
    site = docs.render(model, docs.DEFAULT_PACKAGE)
    assert not any(path.startswith("types/") for path in site)
    vms = page(site, "resources/vms.html")
    assert vms.xpath("//code[@class='type'][text()='VM']") and not vms.xpath("//a[@class='type']")


@pytest.fixture(scope="module")
def golden_site() -> dict[str, str | bytes]:
    return docs.render(fixture_model(), docs.DEFAULT_PACKAGE)


# Pages of the golden fixture (tests/fixtures/golden/); the default's site is under generated/docs.
@pytest.mark.parametrize(
    "path",
    [
        "index.html",  # general headers, the resource tree with actions, types and simple types
        "resources/vms.html",  # list with headers and matrix parameters; add with two overloads
        "resources/events.html",  # a deprecated URL parameter, a keyword one, a collection action
        "resources/vms.vm-id.html",  # get, update, delete with an optional body, actions (`import`)
        "types/VM.html",  # inherited fields, request notes, a repeated element
        "types/Quantity.html",  # simple content with an attribute
        "types/VmType.html",  # an enumeration with documentation
    ],
)
def test_golden_pages(golden_site: dict[str, str | bytes], path: str) -> None:
    assert_golden(f"docs/{path}", golden_site[path])


def test_committed_site_is_what_the_generator_renders(default_site: dict) -> None:
    committed = ROOT / "generated" / "docs"
    on_disk = {
        p.relative_to(committed).as_posix(): p.read_text()
        for p in committed.rglob("*")
        if p.is_file() and p.name != ".rsdlgen-manifest.json"
    }
    assert on_disk == default_site, "regenerate with: python -m rsdlgen generate --target docs"


def test_hrefs_that_would_share_a_page_are_a_one_line_error(tmp_path: Path) -> None:
    rsdl = tmp_path / "clash.xml"
    rsdl.write_text(
        '<rsdl href="/api?rsdl"><links>\n'
        '<link href="/api/a/{b:c}" rel="get"><request><http_method>GET</http_method></request></link>\n'
        '<link href="/api/a/b-c" rel="get"><request><http_method>GET</http_method></request></link>\n'
        "</links></rsdl>\n"
    )
    out = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "rsdlgen", "generate", "--target", "docs"]
        + ["--rsdl", str(rsdl), "--no-schema", "-q", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"rsdlgen: {rsdl}:2: error: a/{{b:c}} and a/b-c would share the page name a.b-c (of the docs "
        "and of operation ids)"
    ]
    assert not out.exists()


def test_cli_writes_the_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "rsdlgen", "generate", "--target", "docs", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (out / "index.html").is_file() and (out / "types" / "VM.html").is_file()
    assert done.stdout.startswith("docs: ")


def test_field_notes_follow_every_current_signature() -> None:
    from rsdlgen.targets.docs.types import type_usages
    from tests.support.golden import fixture_model

    model = fixture_model()
    assert model.schema is not None
    notes = type_usages(model.links, model.schema)["VM"].field_notes
    assert notes["cluster"] == ["mandatory on create"]  # required by the one current signature
    assert notes["name"] == ["mandatory on create", "settable on update"]
    assert notes["memory_mb"] == ["optional on create", "deprecated"]  # a deprecated parameter
    # named only by the deprecated signature, which requires it
    assert notes["template"] == ["mandatory on create", "deprecated"]
    vm_add = [
        link for link in model.links if link.rel == "add" and link.body and link.body.type == "VM"
    ]
    assert len(vm_add) == 1 and [o.deprecated for o in vm_add[0].overloads] == [False, True]


# --- Try it panels and wrapping ----------------------------------------------------------------------------


def test_every_operation_has_a_try_it_panel_describing_its_request(site36: dict) -> None:
    """The form tryit.js builds: the operation itself, its URL parameters, its headers but the two the panel's
    format sets, and the body the curl example sends, whose referenced entities name their collection.
    """
    vms = page(site36, "resources/vms.html")
    add = json.loads(vms.xpath("//section[@id='add']/div[@class='tryit']/@data-tryit")[0])
    assert (add["method"], add["href"]) == ("POST", "vms")
    assert [h["name"] for h in add["headers"]] == ["Correlation-Id", "Expect"]  # no Content-Type
    assert '<cluster id="123"/>' in add["body"]["xml"] and '"cluster"' in add["body"]["json"]
    curl = vms.xpath("//section[@id='add']//pre[@class='curl']/code")[0].text_content()
    assert add["body"]["xml"].strip() in curl
    assert add["refs"] == {"cluster": "clusters", "template": "templates"}
    listing = json.loads(vms.xpath("//section[@id='get']/div[@class='tryit']/@data-tryit")[0])
    assert "body" not in listing
    assert {(p["name"], p["in"]) for p in listing["params"]} >= {
        ("search", "query"),
        ("max", "matrix"),
    }
    vm = page(site36, "resources/vms.vm-id.html")
    sections = vm.xpath("//section[@class='method']")
    assert len(sections) > 20
    for section in sections:
        (panel,) = section.xpath("div[@class='tryit']")
        form = json.loads(panel.get("data-tryit"))
        assert form["href"].startswith("vms/{vm:id}")
        assert "rsdlgen serve --docs" in panel.text_content()  # what a static site shows


def test_engine_script_names_no_engine_in_a_rendered_site(site36: dict) -> None:
    assert "window.RSDL_ENGINE = null;" in site36["engine.js"]
    assert 'window.RSDL_ENGINE = {"api": "/ovirt-engine/api"};' in docs.engine_script(
        "/ovirt-engine/api"
    )


def test_identifiers_wrap_only_between_their_words(site36: dict) -> None:
    assert str(docs.breakable("vms/{vm:id}/commit_snapshot")) == (
        "vms/<wbr>{vm:id}/<wbr>commit_<wbr>snapshot"
    )
    assert (
        str(docs.breakable("/api/<x>.y")) == "/api/<wbr>&lt;x&gt;.<wbr>y"
    )  # escaped; no break first
    vm = page(site36, "resources/vms.vm-id.html")
    label = vm.xpath("//nav[@class='toc']//a[@href='#commit_snapshot']/span[@class='label']")[0]
    assert label.get("title") == "commit_snapshot"
    assert [child.tag for child in label] == ["wbr"]
