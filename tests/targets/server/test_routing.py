"""Generated from the oVirt 3.6 documents, the server routes every link to its handler method.

For each link a concrete path is built from its href (placeholders get distinct values), its declared URL
parameters are sent in their matrix or query position, and a body is built from the mandatory parameters of
its first current overload (else its first deprecated one); the test then checks which handler method ran and what it received.
"""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from lxml import etree

import rsdlgen
from rsdlgen.mock.handlers import OWN_NAMES
from rsdlgen.mock.routing import is_placeholder
from rsdlgen.targets.server.spec import handler_names, server_spec
from tests.conftest import OVIRT36
from tests.support import client_packages
from tests.support.mock_servers import build_package, in_process

AUTH = ("admin@internal", "admin")
SAMPLE = {"bool": ("true", True), "int": ("7", 7), "str": ("name=x*", "name=x*")}


@pytest.fixture(scope="module")
def model() -> rsdlgen.Model:
    return rsdlgen.load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd")


@pytest.fixture(scope="module")
def package(model: rsdlgen.Model, tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build_package(model, tmp_path_factory.mktemp("server36"), "mock36")


def fill(element: etree._Element, needs: Any) -> None:
    """Add what `needs` (one overload's mandatory parameters) asks for to `element`."""
    for need in needs:
        holder = element
        for name in need.path:
            found = holder.find(name)
            holder = found if found is not None else etree.SubElement(holder, name)
        if need.leaves:
            if need.leaves[0] == "id":
                holder.set("id", "0")
            else:
                etree.SubElement(holder, need.leaves[0]).text = "1"
        elif need.sets:
            fill(holder, need.sets[0])


def request_for(link: Any, index: int) -> tuple[str, dict[str, Any], bytes | None, list[str]]:
    """(url, expected keyword arguments, body, placeholder values) for one link."""
    values = [f"p{index}-{n}" for n, s in enumerate(link.href.split("/")) if s.startswith("{")]
    segments, given = [], iter(values)
    for segment in link.href.split("/"):
        segments.append(next(given) if segment.startswith("{") else segment)
    query, matrix, expected = [], "", {}
    for param in link.url:
        text, typed = SAMPLE[param.type]
        if param.context == "matrix":
            matrix += f";{param.name}={text}"
        else:
            query.append((param.name, text))
        expected[param.argument] = typed
    url = "/ovirt-engine/api/" + "/".join(segments) + matrix
    if query:
        url += "?" + httpx.QueryParams(query).__str__()
    body = None
    if link.body is not None:
        root = etree.Element(link.body.element or "action")
        current = [o for o in link.body.overloads if not o.deprecated]
        usable = current or list(link.body.overloads)  # the engine accepts deprecated ones too
        if usable:
            fill(root, usable[0].needs)
        body = etree.tostring(root)
    return url, expected, body, values


async def send_all(
    app: Any, links: Any
) -> list[tuple[Any, httpx.Response, dict[str, Any], list[str]]]:
    transport = httpx.ASGITransport(app=app)
    results = []
    async with httpx.AsyncClient(transport=transport, base_url="http://mock", auth=AUTH) as client:
        for index, link in enumerate(links):
            url, expected, body, values = request_for(link, index)
            headers = {"Content-Type": "application/xml"} if body is not None else {}
            response = await client.request(link.method, url, content=body, headers=headers)
            results.append((link, response, expected, values))
    return results


def test_every_link_of_the_36_rsdl_reaches_its_handler(
    model: rsdlgen.Model, package: ModuleType
) -> None:
    received: list[tuple[str, tuple[str, ...], dict[str, Any]]] = []

    async def record(self: Any, call: Any, *values: str, **arguments: Any) -> Any:
        received.append((call.link.handler, values, arguments))
        return package.Reply(299)

    links = package.SPEC.links
    assert model.rsdl.link_elements == 775 and len(links) == len(model.links) == 774
    first: dict[tuple[str, str], Any] = {}
    for link in links:
        first.setdefault((link.href, link.method), link)
    # oVirt declares two GETs twice with different responses; a request reaches the one answering the
    # collection's item type (GlusterVolume, not GlusterVolumeProfileDetails).
    assert len(links) - len(first) == 2
    assert {
        first[(h, "GET")].response
        for h, _ in first
        if h.endswith("glustervolumes/{glustervolume:id}")
    } == {"GlusterVolume"}
    recording = type("Recording", (package.Handlers,), {link.handler: record for link in links})
    results = asyncio.run(send_all(package.create_app(handlers=recording), list(first.values())))
    routed = 0
    for (link, response, expected, values), (handler, got_values, arguments) in zip(
        results, received, strict=True
    ):
        assert response.status_code == 299, (link.method, link.href, response.text)
        assert handler == link.handler
        assert list(got_values) == values
        assert {k: v for k, v in arguments.items() if k != "body"} == expected
        if link.body is not None:
            assert arguments["body"] is None or arguments["body"].tag == (
                link.body.element or "action"
            )
        routed += 1
    assert routed == len({(link.href, link.method) for link in links}) == 772
    assert len({link.handler for link in links}) == len(links)


def test_the_default_engine_answers_every_link_without_a_server_error(package: ModuleType) -> None:
    results = asyncio.run(send_all(package.create_app(), package.SPEC.links))
    refused: list[str] = []
    for link, response, _, _ in results:
        if "{" in link.href:  # placeholders name entities that do not exist: a 404 fault
            assert response.status_code == 404, (link.method, link.href, response.text)
            assert etree.fromstring(response.content).findtext("reason") == "Not Found"
        elif response.status_code == 400:  # the body's references (`id="0"`) name no entity
            detail = etree.fromstring(response.content).findtext("detail") or ""
            assert detail.startswith("Entity not found: ") and detail.endswith(": id=0"), detail
            refused.append(link.href)
        else:  # otherwise top-level collections and their actions work on the empty engine
            assert response.status_code in (200, 201, 202), (link.method, link.href, response.text)
    assert {"clusters", "hosts", "networks", "storagedomains", "templates", "vms"} <= set(refused)


def test_the_collection_item_type_decides_a_twice_declared_get(tmp_path: Path) -> None:
    """oVirt's Java 8 builds declare the ProfileDetails GET of a gluster volume first (corpus PROVENANCE.md);
    the entity is still a GlusterVolume, for the model and for the server's routing."""
    tree = etree.parse(str(OVIRT36 / "rsdl.xml"))
    href = "clusters/{cluster:id}/glustervolumes/{glustervolume:id}"
    volume, details = [
        link
        for link in tree.iterfind("links/link")
        if link.get("href") == href and link.get("rel") == "get"
    ]
    volume.addprevious(details)  # ProfileDetails first, as those builds write it
    swapped = tmp_path / "rsdl.xml"
    tree.write(str(swapped))
    model = rsdlgen.load(swapped, OVIRT36 / "api.xsd")
    first = next(k for k in model.links if k.href == href and k.method == "GET")
    assert first.response == "GlusterVolumeProfileDetails"
    assert model.resource(href).type == model.resource(href).entity_type == "GlusterVolume"
    routed = [
        link for link in server_spec(model).links if link.href == href and link.method == "GET"
    ]
    assert routed[0].response == "GlusterVolume"


def test_client_and_server_agree_on_delete_bodies(package: ModuleType) -> None:
    """A DELETE body the RSDL does not mark `required="false"` is required by both (storagedomains/{id}
    needs its host, guide §12.10.2): the three such links of oVirt 3.6."""
    server = {
        link.href: link.body.required
        for link in package.SPEC.links
        if link.method == "DELETE" and link.body is not None and link.body.required
    }
    sdk = client_packages.package("ovirt36")
    client: dict[str, bool] = {}
    for cls in vars(sdk.services).values():
        for function in vars(cls).values() if isinstance(cls, type) else ():
            for method, href, _ in getattr(function, "__links__", ()):
                if method == "DELETE" and href in server:
                    body = list(inspect.signature(function).parameters.values())[1]
                    client[href] = body.default is inspect.Parameter.empty
    assert client == server and len(server) == 3
    assert "storagedomains/{storagedomain:id}" in server


def test_a_segment_in_double_braces_is_a_literal_as_the_generator_reads_it(
    package: ModuleType,
) -> None:
    # the generator's rule (model/declarations.py PLACEHOLDER); a mismatch sent `{{ 1 }}` paths to a
    # handler without the argument the router passed: a 500
    assert [is_placeholder(s) for s in ("{vm:id}", "{{ 1 }}", "{}", "{a}b", "vms", "{")] == [
        True,
        False,
        False,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize("rel", ["engine", "handle"])
def test_a_link_named_as_an_attribute_of_handlers_still_answers(tmp_path: Path, rel: str) -> None:
    """Issue 21.12: a root-level action with rel `engine` was hidden by `Handlers.engine`: always a 500."""
    (tmp_path / "rsdl.xml").write_text(
        '<?xml version="1.0"?><rsdl href="/api?rsdl" rel="rsdl"><version major="3" minor="6"/><links>'
        f'<link href="/api/{rel}" rel="{rel}"><request><http_method>POST</http_method>'
        "<body><type>Action</type></body></request><response><type>Action</type></response></link>"
        "</links></rsdl>"
    )
    (tmp_path / "api.xsd").write_text(
        '<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        '<xs:complexType name="Action"><xs:sequence><xs:element name="async" type="xs:boolean" '
        'minOccurs="0"/></xs:sequence></xs:complexType><xs:element name="action" type="Action"/>'
        "</xs:schema>"
    )
    model = rsdlgen.load(tmp_path / "rsdl.xml", tmp_path / "api.xsd")
    (name,) = handler_names(model).values()
    assert name not in OWN_NAMES
    package = build_package(model, tmp_path / "out", f"own_names_{rel}")
    with in_process(package.create_app(), "/api") as client:
        answer = client.post(
            f"/{rel}", content=b"<action/>", headers={"Content-Type": "application/xml"}
        )
    assert answer.status_code < 500, answer.text
