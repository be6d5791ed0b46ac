"""Each quirk of real-world RSDL documents is repaired by rule and reported with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

import rsdlgen
from tests.conftest import CORPUS


def _load(
    tmp_path: Path, links: str, root: str = '<rsdl href="/api?rsdl" rel="rsdl">'
) -> rsdlgen.Model:
    path = tmp_path / "rsdl.xml"
    path.write_text(f'<?xml version="1.0"?>\n{root}\n<links>\n{links}\n</links>\n</rsdl>\n')
    return rsdlgen.load(path)


def _warnings(model: rsdlgen.Model) -> dict[str, list[int | None]]:
    found: dict[str, list[int | None]] = {}
    for w in model.warnings:
        found.setdefault(w.code, []).append(w.location.line)
    return found


def test_missing_method_is_inferred_from_rel(tmp_path: Path) -> None:
    model = _load(
        tmp_path,
        '<link href="/api/vms" rel="add"><request/></link>\n'
        '<link href="/api/vms/{vm:id}/start" rel="start"><request/></link>',
    )
    assert [(link.method, link.rel) for link in model.links] == [("POST", "add"), ("POST", "start")]
    assert _warnings(model)["missing-method"] == [4, 5]


def test_several_methods_give_one_link_each(tmp_path: Path) -> None:
    model = _load(
        tmp_path,
        '<link href="/api/prime" rel="get"><request><http_method>GET|POST</http_method></request></link>',
    )
    assert [link.method for link in model.links] == ["GET", "POST"]
    assert _warnings(model)["several-methods"] == [4]


def test_non_http_verb_and_missing_rel(tmp_path: Path) -> None:
    model = _load(
        tmp_path,
        '<link href="/api/contact/:id"><request><http_method>UPDATE</http_method></request></link>',
    )
    (link,) = model.links
    assert (link.method, link.rel, link.href) == ("PUT", "update", "contact/{id}")
    assert set(_warnings(model)) == {"bad-method", "missing-rel", "express-placeholder"}


def test_type_repairs(tmp_path: Path) -> None:
    params = "".join(
        f'<parameter required="false" type="{t}" context="matrix"><name>p{i}</name></parameter>'
        for i, t in enumerate(
            ["xs:boolen", "xs:int,", "xs.string", "xs:base64", "a free text sentence"]
        )
    )
    model = _load(
        tmp_path,
        f'<link href="/api/x" rel="get"><request><http_method>GET</http_method>'
        f"<url><parameters_set>{params}</parameters_set></url></request></link>",
    )
    types = [p.type for p in model.links[0].url]
    assert types == ["xs:boolean", "xs:int", "xs:string", "xs:base64Binary", "xs:string"]
    assert len(_warnings(model)["type-typo"]) == 4 and len(_warnings(model)["unknown-type"]) == 1


def test_body_parameters_outside_a_set_and_upper_case_booleans(tmp_path: Path) -> None:
    model = _load(
        tmp_path,
        '<link href="/api/contact" rel="add"><request><http_method>POST</http_method>'
        '<body><parameter required="TRUE" type="xs:string"><name>id</name></parameter></body></request>'
        "<response><type>JSON containing the result</type></response></link>",
    )
    (link,) = model.links
    assert link.body is not None and link.body.type is None
    assert [(p.name, p.required) for o in link.overloads for p in o.parameters] == [("id", True)]
    assert link.response is None
    assert {"loose-parameters", "boolean-case", "prose-type"} <= set(_warnings(model))


def test_url_parameter_without_context_is_query(tmp_path: Path) -> None:
    model = _load(
        tmp_path,
        '<link href="/api/sine" rel="get"><request><http_method>GET</http_method><url><parameters_set>'
        '<parameter type="xs:decimal" required="true"><name>opp</name><value>prose</value></parameter>'
        "</parameters_set></url></request></link>",
    )
    assert model.links[0].url[0].context == "query"
    assert "missing-context" in _warnings(model)


def test_hrefs_are_normalised_to_the_root(tmp_path: Path) -> None:
    model = _load(
        tmp_path,
        '<link href="/ovirt-engine/api/vms" rel="get"/>',
        '<rsdl href="/ovirt-engine/api?rsdl">',
    )
    assert model.api_root == "/ovirt-engine/api" and model.links[0].href == "vms"
    relative = _load(tmp_path, '<link href="vms" rel="get"/>', '<rsdl href="?rsdl">')
    assert relative.rsdl.api_root is None and relative.api_root == "/ovirt-engine/api"
    bare = _load(
        tmp_path, '<link href="/api/sine" rel="get"/><link href="/api/cosine" rel="get"/>', "<rsdl>"
    )
    assert bare.api_root == "/api" and [link.href for link in bare.links] == ["sine", "cosine"]
    assert bare.match("GET", "/api/sine") is bare.links[0]


def test_namespaced_rsdl_is_read(tmp_path: Path) -> None:
    model = _load(
        tmp_path,
        '<link href="/api/vms" rel="get"><request><http_method>GET</http_method></request></link>',
        '<rsdl xmlns="urn:example" href="/api?rsdl">',
    )
    assert [(link.href, link.method) for link in model.links] == [("vms", "GET")]


@pytest.mark.parametrize(
    "name, links, codes",
    [
        (
            "mean-contacts-hw2",
            3,
            {"missing-rel", "express-placeholder", "bad-method", "root-mismatch", "duplicate-link"},
        ),
        (
            "uc-flask-prime-sort-wordfreq",
            8,
            {"several-methods", "missing-context", "prose-type", "type-typo"},
        ),
    ],
)
def test_third_party_documents_load(name: str, links: int, codes: set[str]) -> None:
    model = rsdlgen.load(CORPUS / name / "rsdl.xml")
    assert len(model.links) == links
    assert {w.code for w in model.warnings} == codes
    assert all(w.location.line for w in model.warnings)


def test_mean_document_routes(tmp_path: Path) -> None:
    model = rsdlgen.load(CORPUS / "mean-contacts-hw2" / "rsdl.xml")
    assert model.api_root == ""
    link = model.match("PUT", "/contact/42")
    assert link is not None and link.href == "contact/{id}" and len(link.lines) == 2


def test_schema_oddities_are_warned(tmp_path: Path) -> None:
    schema = tmp_path / "api.xsd"
    schema.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n'
        '<xs:group name="G"><xs:sequence><xs:element name="a" type="xs:string"/><xs:group ref="G"/>'
        "</xs:sequence></xs:group>\n"
        '<xs:complexType name="T"><xs:sequence><xs:group ref="G" maxOccurs="many"/></xs:sequence>'
        "</xs:complexType>\n</xs:schema>\n"
    )
    rsdl = tmp_path / "rsdl.xml"
    rsdl.write_text('<rsdl href="/api?rsdl"><links/></rsdl>')
    model = rsdlgen.load(rsdl, schema)
    assert _warnings(model) == {"xsd-bad-group": [2], "xsd-bad-occurs": [3]}
    assert model.schema is not None
    assert [(e.name, e.max_occurs) for e in model.schema.types["T"].elements] == [("a", 1)]
    assert model.links == [] and model.top_collections == [] and model.root.kind == "root"


def test_query_string_in_href_is_dropped(tmp_path: Path) -> None:
    model = _load(tmp_path, '<link href="/api/vms?search=x" rel="get"/>')
    assert [link.href for link in model.links] == ["vms"]
    assert _warnings(model) == {"query-in-href": [4], "missing-method": [4]}
    assert model.match("GET", "/api/vms?search=y") is model.links[0]


def test_an_extension_loop_is_cut_and_every_target_renders(tmp_path: Path) -> None:
    from rsdlgen.targets import targets

    schema = tmp_path / "api.xsd"
    schema.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n'
        '<xs:complexType name="A"><xs:complexContent><xs:extension base="B"/></xs:complexContent>'
        "</xs:complexType>\n"
        '<xs:complexType name="B"><xs:complexContent><xs:extension base="A"/></xs:complexContent>'
        "</xs:complexType>\n</xs:schema>\n"
    )
    rsdl = tmp_path / "rsdl.xml"
    rsdl.write_text('<rsdl href="/api?rsdl"><links><link href="/api/a" rel="get"/></links></rsdl>')
    model = rsdlgen.load(rsdl, schema)
    assert [str(w).split(": ", 2)[2] for w in model.warnings if w.code == "xsd-base-cycle"] == [
        "extension loop A -> B -> A: the base of B is ignored [xsd-base-cycle]"
    ]
    assert model.schema is not None and model.schema.types["B"].base is None
    for target in targets().values():
        assert target.render(model, "looped")
