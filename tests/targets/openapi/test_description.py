"""The OpenAPI target: a valid 3.1 description (openapi-spec-validator), an operation per (method, href),
operation ids as the docs' anchors, URL parameters, headers, bodies per overload, responses, schemas.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

import rsdlgen
from rsdlgen.targets import docs, openapi
from rsdlgen.targets.openapi.paths import path_template
from tests.conftest import ROOT
from tests.support.golden import fixture_model

Json = dict[str, Any]


@pytest.fixture(scope="module")
def default_files(default_model: rsdlgen.Model) -> dict[str, str | bytes]:
    return openapi.render(default_model, openapi.DEFAULT_PACKAGE)


@pytest.fixture(scope="module")
def default(default_files: dict[str, str | bytes]) -> Json:
    return json.loads(default_files["openapi.json"])


@pytest.fixture(scope="module")
def ovirt36(model36: rsdlgen.Model) -> Json:
    return openapi.document(model36)


def operation(described: Json, method: str, path: str) -> Json:
    found: Json = described["paths"][path][method.lower()]
    return found


def errors(described: Json) -> list[str]:
    return [str(e).splitlines()[0] for e in OpenAPIV31SpecValidator(described).iter_errors()]


def test_the_descriptions_validate(default: Json, ovirt36: Json, model33: rsdlgen.Model) -> None:
    assert default["openapi"].startswith("3.1")
    assert errors(default) == []
    assert errors(ovirt36) == []
    assert errors(openapi.document(model33)) == []  # 3.3: absolute hrefs, naively singular names
    assert errors(openapi.document(fixture_model())) == []


def test_every_method_and_href_of_ovirt_36_is_an_operation(
    model36: rsdlgen.Model, ovirt36: Json
) -> None:
    assert model36.rsdl.link_elements == 775
    pairs = {(k.method, k.href) for k in model36.links}
    assert len(pairs) == 772  # three links are declared twice
    described = {
        (method.upper(), path)
        for path, item in ovirt36["paths"].items()
        for method in item
        if method != "parameters"
    }
    assert described == {
        (m, path_template(rsdlgen.model.declarations.split_href(h))[0]) for m, h in pairs
    } | {("GET", "/")}  # and the entry point, which the RSDL does not list
    ids = [
        op["operationId"]
        for item in ovirt36["paths"].values()
        for k, op in item.items()
        if k != "parameters"
    ]
    assert len(ids) == len(set(ids)) == 773


def test_a_get_declared_twice_with_other_responses_describes_both(ovirt36: Json) -> None:
    for prefix in ("", "/datacenters/{datacenter_id}"):
        path = prefix + "/clusters/{cluster_id}/glustervolumes/{glustervolume_id}"
        get = operation(ovirt36, "GET", path)
        answer = get["responses"]["200"]["content"]["application/json"]["schema"]
        assert answer == {
            "anyOf": [
                {"$ref": "#/components/schemas/GlusterVolume"},
                {"$ref": "#/components/schemas/GlusterVolumeProfileDetails"},
            ]
        }
        assert "GlusterVolumeProfileDetails" in get["description"]


def test_the_delete_declared_twice_has_its_body_optional(ovirt36: Json) -> None:
    path = (
        "/datacenters/{datacenter_id}/iscsibonds/{iscsibond_id}/storageconnections/"
        "{storageconnection_id}"
    )
    delete = operation(ovirt36, "DELETE", path)
    assert delete["requestBody"]["required"] is False
    assert set(delete["responses"]) == {"204", "400", "401", "404", "409", "413", "415"}


def test_operation_ids_are_the_docs_page_and_anchor(
    default_model: rsdlgen.Model, default: Json
) -> None:
    site = docs.Site(default_model)
    for link in default_model.links:
        path = path_template(link.segments)[0]
        url = site.link_url(link)  # `resources/vms.vm-id.html#shutdown`
        page, anchor = url.removeprefix("resources/").split(".html#")
        expected = f"{page}.{anchor}" if page != "index" else anchor
        assert operation(default, link.method, path)["operationId"] == expected
    assert (
        operation(default, "POST", "/vms/{vm_id}/shutdown")["operationId"] == "vms.vm-id.shutdown"
    )


def test_paths_keep_the_hrefs_with_tool_friendly_placeholder_names(default: Json) -> None:
    item = default["paths"]["/vms/{vm_id}/nics/{nic_id}"]
    path_parameters = [p for p in item["parameters"] if p.get("in") == "path"]
    assert [(p["name"], p["required"]) for p in path_parameters] == [
        ("vm_id", True),
        ("nic_id", True),
    ]
    assert "`{vm:id}`" in path_parameters[0]["description"]
    assert path_template(rsdlgen.model.declarations.split_href("a/{x:id}/b/{x:id}"))[0] == (
        "/a/{x_id}/b/{x_id_2}"
    )


def test_url_parameters_query_and_matrix(default: Json) -> None:
    listing = operation(default, "GET", "/vms")
    search = next(p for p in listing["parameters"] if p["name"] == "search")
    assert search["in"] == "query" and search["schema"] == {"type": "string"}
    matrix = {p["name"]: p for p in listing["x-matrix-parameters"]}
    assert set(matrix) == {"max", "case_sensitive"}
    assert matrix["max"]["schema"]["pattern"] == "^[+-]?[0-9]+$"
    assert matrix["case_sensitive"]["schema"]["enum"] == ["true", "false"]
    assert all("in" not in p and p["required"] is False for p in matrix.values())
    assert "`GET /ovirt-engine/api/vms;case_sensitive=true`" in listing["description"]
    delete = operation(default, "DELETE", "/vms/{vm_id}")
    assert [p["name"] for p in delete["x-matrix-parameters"]] == ["async"]
    # nothing but the extension holds a matrix parameter
    assert not any(p["name"] in ("max", "async") for p in listing.get("parameters", []))


def test_headers_of_links_and_of_the_whole_api(default: Json) -> None:
    add = operation(default, "POST", "/vms")
    headers = {p["name"]: p for p in add["parameters"] if p["in"] == "header"}
    assert set(headers) == {"Correlation-Id", "Expect"}
    assert headers["Expect"]["schema"] == {"type": "string", "examples": ["201-created"]}
    get = operation(default, "GET", "/vms/{vm_id}")
    values = {p["name"]: p["schema"] for p in get["parameters"]}
    assert (
        values["All-Content"] == values["Filter"] == {"type": "string", "enum": ["true", "false"]}
    )
    general = default["components"]["parameters"]
    assert set(general) == {"Filter", "Prefer", "Session-TTL", "Version"}  # Authorization: security
    assert general["Version"]["in"] == "header"
    refs = {p.get("$ref") for p in default["paths"]["/vms"]["parameters"]}
    assert "#/components/parameters/Version" in refs
    # Content-Type is the request body's media types, never a parameter
    every = [p for item in default["paths"].values() for op in item.values() if isinstance(op, dict)
             for p in op.get("parameters", [])]  # fmt: skip
    assert not any(p.get("name", "").lower() == "content-type" for p in every)


def test_a_body_is_any_of_its_overloads_with_the_mandatory_fields_required(
    default: Json,
) -> None:
    body = operation(default, "POST", "/vms")["requestBody"]
    assert body["required"] is True
    assert set(body["content"]) == {"application/xml", "application/json"}
    schema = body["content"]["application/json"]["schema"]
    assert schema["allOf"][0] == {"$ref": "#/components/schemas/VM"}
    overloads = schema["allOf"][1]["anyOf"]
    first = overloads[0]
    assert first["required"] == ["name", "template", "cluster"] and first["type"] == "object"
    # an empty value is a missing one to the engine; an id is an attribute (`<cluster id="…"/>`)
    assert first["properties"]["name"] == {"minLength": 1}
    assert first["properties"]["cluster"]["anyOf"] == [
        {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"minLength": 1, "xml": {"attribute": True}}},
        },
        {"type": "object", "required": ["name"], "properties": {"name": {"minLength": 1}}},
    ]
    assert "`vm.memory`" in first["description"]  # the optional parameters are named


def test_a_collection_parameter_constrains_each_item(ovirt36: Json) -> None:
    # gluster_volume.bricks.brick (a collection): at least one brick, each with server_id and brick_dir
    add = operation(ovirt36, "POST", "/clusters/{cluster_id}/glustervolumes")
    # one overload, one set of brick parameters: no single-branch `anyOf`
    overload = add["requestBody"]["content"]["application/xml"]["schema"]["allOf"][1]
    assert overload["required"] == ["name", "volume_type", "bricks"]
    brick = overload["properties"]["bricks"]["properties"]["brick"]
    assert brick["minItems"] == 1  # repeated in the XSD: an array
    assert brick["items"]["required"] == ["server_id", "brick_dir"]


def test_responses_follow_the_engine(default: Json) -> None:
    add = operation(default, "POST", "/vms")["responses"]
    assert set(add) == {"201", "202", "400", "401", "409", "413", "415"}
    assert "creation_status" in add["202"]["description"]
    assert add["201"]["headers"]["Location"]["schema"] == {"type": "string"}
    assert add["201"]["content"]["application/xml"]["schema"] == {"$ref": "#/components/schemas/VM"}
    cluster = operation(default, "POST", "/clusters")["responses"]
    assert "202" not in cluster  # created synchronously
    start = operation(default, "POST", "/vms/{vm_id}/start")["responses"]
    assert {"200", "202"} <= set(start)
    assert start["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Action"
    }
    delete = operation(default, "DELETE", "/vms/{vm_id}")["responses"]
    assert "content" not in delete["204"]
    fault = default["components"]["responses"]["409"]
    assert fault["content"]["application/xml"]["schema"] == {"$ref": "#/components/schemas/Fault"}
    assert "WWW-Authenticate" in default["components"]["responses"]["401"]["headers"]


def test_every_xsd_type_is_a_schema_with_its_xml_form(
    default_model: rsdlgen.Model, default: Json
) -> None:
    schemas = default["components"]["schemas"]
    # every type an operation reaches; the XSD's abstract bases and `Creation`, which none does, are left out
    declared = {*default_model.schema.types, *default_model.schema.enums}
    assert declared - set(schemas) == {"ActionableResource", "BaseResources", "Creation"}
    assert set(schemas) <= declared | {"Fault"}
    vm = schemas["VM"]
    assert vm["xml"] == {"name": "vm"}
    assert vm["properties"]["id"]["xml"] == {"attribute": True}
    assert vm["properties"]["memory"]["pattern"] == "^[+-]?[0-9]+$"  # xs:long, written as a string
    assert vm["properties"]["memory"]["description"].startswith(
        "Memory allocated"
    )  # the XSD's comment
    assert (
        vm["properties"]["link"]["type"] == "array"
    )  # repeated: an array in JSON, elements in XML
    assert vm["properties"]["cluster"]["$ref"] == "#/components/schemas/Cluster"
    assert schemas["VMs"]["properties"]["vm"]["items"] == {"$ref": "#/components/schemas/VM"}
    assert schemas["VmState"]["enum"][:3] == ["unassigned", "down", "up"]
    assert schemas["Status"]["required"] == ["state"]
    text = schemas["StorageManager"]["properties"]["value"]
    assert text["xml"] == {"x-text": True}  # simple content: the element's text
    assert "Fault" in schemas


def test_security_schemes_are_basic_and_the_session_cookie(default: Json) -> None:
    schemes = default["components"]["securitySchemes"]
    assert schemes["basic"] == {
        "type": "http",
        "scheme": "basic",
        "description": schemes["basic"]["description"],
    }
    assert (schemes["session"]["in"], schemes["session"]["name"]) == ("cookie", "JSESSIONID")
    assert default["security"] == [{"basic": []}, {"session": []}]


def test_output_is_deterministic_and_the_yaml_says_the_same(
    default_model: rsdlgen.Model, default_files: dict[str, str | bytes]
) -> None:
    again = openapi.render(rsdlgen.load(), openapi.DEFAULT_PACKAGE)
    assert again == default_files
    with_yaml = openapi.render(default_model, options={"yaml": True})
    assert sorted(default_files) == ["openapi.json"]
    assert sorted(with_yaml) == ["openapi.json", "openapi.yaml"]
    assert yaml.safe_load(with_yaml["openapi.yaml"]) == json.loads(default_files["openapi.json"])
    assert default_model.fingerprint in str(default_files["openapi.json"])


def test_cli_writes_the_description(tmp_path: Path) -> None:
    out = tmp_path / "openapi"
    done = subprocess.run(
        [sys.executable, "-m", "rsdlgen", "generate", "--target", "openapi", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        ".rsdlgen-manifest.json",
        "openapi.json",
    ]
    assert (out / "openapi.json").read_bytes() == (
        ROOT / "generated/openapi/openapi.json"
    ).read_bytes()


def test_title_and_server_are_options(default_model: rsdlgen.Model) -> None:
    described = openapi.document(
        default_model, {"title": "Lab engine", "server": "https://engine.lab/ovirt-engine/api"}
    )
    assert described["info"]["title"] == "Lab engine"
    assert described["servers"] == [{"url": "https://engine.lab/ovirt-engine/api"}]
    assert set(openapi.OPTIONS) == {"title", "server", "yaml"}
