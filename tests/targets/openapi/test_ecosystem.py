"""The OpenAPI description as the ecosystem reads it (issue 25, part 4): what linters (Spectral's `spectral:oas`,
Redocly) warn about, what example-driven tools send, and the entry point, checked on the default documents and
oVirt 3.6."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import jsonschema
import pytest

import rsdlgen
from rsdlgen.mock.app import create_app
from rsdlgen.model.bodies import body_root
from rsdlgen.targets import docs, openapi
from rsdlgen.targets.server.spec import server_spec
from tests.support.asgi import call

Json = dict[str, Any]
BASIC = (b"authorization", b"Basic YWRtaW5AaW50ZXJuYWw6YWRtaW4=")  # admin@internal:admin


@pytest.fixture(scope="module", params=["default", "ovirt36"])
def described(
    request: pytest.FixtureRequest, default_model: rsdlgen.Model, model36: rsdlgen.Model
) -> tuple[rsdlgen.Model, Json]:
    model = default_model if request.param == "default" else model36
    return model, openapi.document(model)


def operations(document: Json) -> list[tuple[str, str, Json]]:
    return [
        (path, method, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method != "parameters"
    ]


def walk(value: Any) -> list[Json]:
    """Every object of a JSON value, depth first."""
    if isinstance(value, dict):
        return [value, *(o for v in value.values() for o in walk(v))]
    if isinstance(value, list):
        return [o for v in value for o in walk(v)]
    return []


def test_every_operation_is_tagged_with_a_declared_tag_and_described(
    described: tuple[rsdlgen.Model, Json],
) -> None:
    model, document = described
    declared = [t["name"] for t in document["tags"]]
    used = {tag for _, _, op in operations(document) for tag in op["tags"]}
    assert declared == sorted(used)  # Spectral: operation-tag-defined, openapi-tags
    assert all(t["description"] for t in document["tags"])
    assert all(op.get("description") for _, _, op in operations(document))  # operation-description
    if (
        model is not None and len(model.links) > 700
    ):  # oVirt 3.6: 80 operations without one in its RSDL
        undescribed = [k for k in model.links if not (k.description or "").strip()]
        assert len(undescribed) >= 80


def test_no_single_branch_any_of_and_no_unused_schema(
    described: tuple[rsdlgen.Model, Json],
) -> None:
    _, document = described
    assert not [o for o in walk(document) if len(o.get("anyOf", [None, None])) < 2]
    assert not [o for o in walk(document) if len(o.get("allOf", [None, None])) < 2]  # Redocly, too
    # every property a schema requires is defined (Redocly: no-required-schema-properties-undefined)
    assert all(set(o["required"]) <= set(o.get("properties", {})) for o in walk(document)
               if isinstance(o.get("required"), list) and "$ref" not in o and "allOf" not in o)  # fmt: skip
    schemas = document["components"]["schemas"]
    referenced = {o["$ref"].rsplit("/", 1)[1] for o in walk(document) if "$ref" in o}
    assert set(schemas) <= referenced  # Redocly: no-unused-components


def test_every_request_body_names_its_root_element(described: tuple[rsdlgen.Model, Json]) -> None:
    """Tools that write XML take the root's name from the body schema's `xml.name` (without it: `<data>`)."""
    model, document = described
    bodies = 0
    for link in model.links:
        if link.body is None or not (link.body.type or link.body.overloads):
            continue
        path = openapi.paths.path_template(link.segments)[0]
        body = document["paths"][path][link.method.lower()]["requestBody"]
        for media in body["content"].values():
            assert media["schema"]["xml"] == {
                "name": body_root(model.schema, link.body.type).element
            }
        bodies += 1
    assert bodies > (250 if len(model.links) > 700 else 60)


def test_session_ttl_is_a_number_of_minutes_the_mock_engine_takes(
    default_model: rsdlgen.Model,
) -> None:
    """A whole number of minutes, as text with a pattern (a header is text: Schemathesis checks the text it
    sent against the schema, and `"30"` is no JSON integer); the mock takes what the pattern takes.
    """
    document = openapi.document(default_model)
    ttl = document["components"]["parameters"]["Session-TTL"]["schema"]
    assert ttl["type"] == "string" and ttl["examples"] == ["30"]
    app = create_app(server_spec(default_model))

    def answer(value: bytes) -> int:
        headers = [BASIC, (b"prefer", b"persistent-auth"), (b"session-ttl", value)]
        return asyncio.run(call(app, "GET", b"/ovirt-engine/api", headers=headers)).status

    for value in (b"30", b"0", b"-1", b" 15 ", b"minutes", b"0.5", b"1e3", b"+5", b"1_0", b""):
        taken = re.fullmatch(ttl["pattern"], value.decode().strip()) is not None
        assert answer(value) == (200 if taken else 400), value
    # the RSDL's hint, which the description used to give as the example, is refused
    assert answer(b"minutes") == 400


def test_the_entry_point_is_described_and_answers_so(default_model: rsdlgen.Model) -> None:
    document = openapi.document(default_model)
    entry = document["paths"]["/"]["get"]
    assert entry["operationId"] == "get" and entry["tags"] == ["api"]
    assert entry["responses"]["200"]["content"]["application/xml"]["schema"] == {
        "$ref": "#/components/schemas/API"
    }
    assert document["components"]["schemas"]["API"]["xml"] == {"name": "api"}
    app = create_app(server_spec(default_model))
    answer = asyncio.run(call(app, "GET", b"/ovirt-engine/api", headers=[BASIC]))
    assert answer.status == 200 and b"<api>" in answer.body and b"<product_info>" in answer.body


def test_the_filter_header_takes_what_the_description_lists(default_model: rsdlgen.Model) -> None:
    """`Filter: true|false` in the RSDL, an `enum` in the description: the mock engine answers 400 for another
    value, as for the other typed headers (`Session-TTL`), and takes the listed ones in any case."""
    document = openapi.document(default_model)
    assert document["components"]["parameters"]["Filter"]["schema"]["enum"] == ["true", "false"]
    app = create_app(server_spec(default_model))

    def status(value: bytes, path: bytes = b"/ovirt-engine/api/vms") -> int:
        return asyncio.run(call(app, "GET", path, headers=[BASIC, (b"filter", value)])).status

    assert status(b"true") == status(b"False") == status(b"false", b"/ovirt-engine/api") == 200
    refused = asyncio.run(
        call(app, "GET", b"/ovirt-engine/api/vms", headers=[BASIC, (b"filter", b"yes")])
    )
    assert refused.status == 400
    assert b"filter: 'yes' is not one of true|false" in refused.body
    assert status(b"1", b"/ovirt-engine/api") == 400


def answers(document: Json) -> list[tuple[str, Json]]:
    """(where, response) for each response the description writes out: operations' and shared ones."""
    found = [
        (f"{method.upper()} {path} {status}", response)
        for path, method, op in operations(document)
        for status, response in op["responses"].items()
        if "$ref" not in response
    ]
    return found + [(f"fault {s}", r) for s, r in document["components"]["responses"].items()]


def test_every_answer_carries_its_example_valid_against_its_schema(
    described: tuple[rsdlgen.Model, Json],
) -> None:
    """Example-driven mocks (Prism) and renderers need an example on every answer with a body; Spectral's
    `oas3-valid-media-example` and Redocly's `no-invalid-media-type-examples` check it against the schema.
    """
    model, document = described
    examples = document["components"]["examples"]
    checked: set[tuple[str, str]] = set()
    bodies = 0
    for where, response in answers(document):
        contents = response.get("content", {})
        refs = [media["examples"]["answer"]["$ref"] for media in contents.values()]
        assert len(refs) == len(contents) and len(set(refs)) <= 1, (
            where
        )  # one example, XML and JSON
        bodies += bool(refs)
        for media in contents.values():
            name = media["examples"]["answer"]["$ref"].rsplit("/", 1)[1]
            schema = json.dumps(media["schema"], sort_keys=True)
            if (name, schema) in checked:
                continue
            checked.add((name, schema))
            rooted = {**media["schema"], "components": document["components"]}
            errors = list(
                jsonschema.Draft202012Validator(rooted).iter_errors(examples[name]["value"])
            )
            assert not errors, (where, name, [e.message for e in errors[:3]])
    assert bodies > (700 if len(model.links) > 700 else 150)
    referenced = {
        o["$ref"].rsplit("/", 1)[1] for o in walk(document) if "/examples/" in o.get("$ref", "")
    }
    assert referenced == set(examples)  # no unused example either


def test_the_examples_are_the_answers_the_docs_show(default_model: rsdlgen.Model) -> None:
    """One writer for both targets (`targets/answers.py`): the docs page's JSON answer is the description's."""
    document = openapi.document(default_model)
    site = docs.Site(default_model)
    shown = {"vms", "vms/{vm:id}", "vms/{vm:id}/start", "capabilities/{capability:id}"}
    compared = 0
    for link in (k for k in default_model.links if k.href in shown):
        view = site.method_view(link)
        path = openapi.paths.path_template(link.segments)[0]
        success = document["paths"][path][link.method.lower()]["responses"][view.answer_status[:3]]
        if view.answer is None:
            assert "content" not in success  # a DELETE's 204
            continue
        ref = success["content"]["application/json"]["examples"]["answer"]["$ref"]
        value = document["components"]["examples"][ref.rsplit("/", 1)[1]]["value"]
        assert value == json.loads(view.answer.json), link.key
        compared += 1
    assert compared >= 5
