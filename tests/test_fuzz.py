"""Property tests: a well-formed document never crashes the readers, whatever it holds.

Documents are built from the RSDL and XSD vocabularies (so they reach deep into the readers) with random
nesting, attributes and text, including the quirks real documents have. Loading may warn, or refuse the document
with an `InputError` (wrong root); anything else is a bug.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from lxml import etree

import rsdlgen
from rsdlgen.errors import InputError
from rsdlgen.model.inspection import summary
from tests.conftest import examples

RSDL_TAGS = [
    "link", "links", "request", "response", "http_method", "headers", "header", "url", "body", "type",
    "parameters_set", "parameter", "name", "value", "description", "deprecated", "general", "schema", "version",
]  # fmt: skip
XSD_TAGS = [
    "complexType", "simpleType", "sequence", "choice", "all", "element", "attribute", "complexContent",
    "simpleContent", "extension", "restriction", "enumeration", "group", "annotation", "documentation", "any",
]  # fmt: skip
ATTRIBUTES = ["href", "rel", "required", "type", "context", "name", "base", "ref", "minOccurs", "maxOccurs",
              "value", "major", "use"]  # fmt: skip
VALUES = st.sampled_from(
    ["", "true", "TRUE", "no", "GET", "GET|POST", "UPDATE", "xs:boolen", "xs:int,", "collection", "matrix",
     "query", "vms/{vm:id}", "/api/x/:id", "#/a", "unbounded", "-1", "0", "2", "VM", "xs:string", "a b c",
     "/api?rsdl", "?rsdl", "{", "}", "|", "vm.cluster.id|name", "\u201d"]
)  # fmt: skip
TEXT = st.one_of(VALUES, st.text(max_size=12))


def trees(tags: list[str], namespace: str = "") -> st.SearchStrategy[etree._Element]:
    def element(
        children: list[etree._Element], tag: str, attrs: dict[str, str], text: str
    ) -> etree._Element:
        el = etree.Element(namespace + tag)
        for key, value in attrs.items():
            el.set(key, value)
        el.text = _clean(text) or None
        el.extend(children)
        return el

    leaf = st.builds(
        element,
        st.just([]),
        st.sampled_from(tags),
        st.dictionaries(st.sampled_from(ATTRIBUTES), VALUES),
        TEXT,
    )
    return st.recursive(
        leaf,
        lambda inner: st.builds(
            element,
            st.lists(inner, max_size=5),
            st.sampled_from(tags),
            st.dictionaries(st.sampled_from(ATTRIBUTES), VALUES),
            TEXT,
        ),
        max_leaves=40,
    )


def _clean(text: str) -> str:
    return "".join(
        c for c in text if c in "\t\n\r" or " " <= c < "\ud800" or "\ue000" <= c < "\ufffe"
    )


def document(
    root_tag: str, children: list[etree._Element], attrs: dict[str, str], ns: str = ""
) -> bytes:
    root = etree.Element(ns + root_tag, nsmap={"xs": ns[1:-1]} if ns else None)
    for key, value in attrs.items():
        root.set(key, value)
    root.extend(children)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def load_or_refuse(tmp_path: Path, rsdl: bytes, xsd: bytes | None = None) -> None:
    (tmp_path / "rsdl.xml").write_bytes(rsdl)
    schema = None
    if xsd is not None:
        schema = tmp_path / "api.xsd"
        schema.write_bytes(xsd)
    try:
        model = rsdlgen.load(tmp_path / "rsdl.xml", schema)
    except InputError:
        return
    summary(model)  # walks every part of the model
    for link in model.links:
        path = "/".join("1" if s.placeholder else s.text for s in link.segments)
        assert link in model.match_all(link.method, f"{model.api_root}/{path}")


FUZZ = settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(
    children=st.lists(trees(RSDL_TAGS), max_size=4),
    attrs=st.dictionaries(st.sampled_from(["href", "rel"]), VALUES),
)
def test_any_rsdl_shaped_document_loads_or_is_refused_cleanly(
    tmp_path: Path, children: list[etree._Element], attrs: dict[str, str]
) -> None:
    load_or_refuse(tmp_path, document("rsdl", children, attrs))


@FUZZ
@given(children=st.lists(trees(XSD_TAGS, "{http://www.w3.org/2001/XMLSchema}"), max_size=4))
def test_any_xsd_shaped_schema_loads_or_is_refused_cleanly(
    tmp_path: Path, children: list[etree._Element]
) -> None:
    rsdl = b'<rsdl href="/api?rsdl"><links><link href="/api/vms" rel="get"/></links></rsdl>'
    xsd = document("schema", children, {}, "{http://www.w3.org/2001/XMLSchema}")
    load_or_refuse(tmp_path, rsdl, xsd)


@settings(
    max_examples=examples(25),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    children=st.lists(trees(RSDL_TAGS), max_size=4),
    attrs=st.dictionaries(st.sampled_from(["href", "rel"]), VALUES),
)
def test_every_target_renders_any_loadable_document(
    tmp_path: Path, children: list[etree._Element], attrs: dict[str, str]
) -> None:
    from rsdlgen.targets import targets

    (tmp_path / "rsdl.xml").write_bytes(document("rsdl", children, attrs))
    try:
        model = rsdlgen.load(tmp_path / "rsdl.xml")
    except InputError:
        return
    for target in targets().values():
        assert target.render(model, "fuzzed")
