"""Every link of the RSDL is issued by a generated client method, in both halves (`API`, `AsyncAPI`): found
by its `__links__`, reached through the generated accessors, called with a recording transport, and the request
it sends matches that link.
"""

from __future__ import annotations

import asyncio
import inspect
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from lxml import etree

from rsdlgen.model.declarations import split_href
from rsdlgen.model.naming import identifier
from tests.conftest import OVIRT36
from tests.support.client_packages import model, package


def raw_links(path: Path) -> list[tuple[str, str, str]]:
    """(method, href, rel) of every `<link>` element as written in the document (duplicates included)."""
    root = etree.parse(str(path)).getroot()
    found = []
    for link in root.find("links").iterchildren("link"):
        method = (link.findtext("request/http_method") or "").strip()
        found.append((method, link.get("href"), link.get("rel")))
    return found


def methods_by_link(services: ModuleType) -> dict[tuple[str, str, str], tuple[type, str]]:
    index: dict[tuple[str, str, str], tuple[type, str]] = {}
    for cls in vars(services).values():
        if not (isinstance(cls, type) and cls.__module__ == services.__name__):
            continue
        for name, member in vars(cls).items():
            for key in getattr(member, "__links__", ()):
                assert key not in index, (
                    f"{key} issued by both {index[key]} and {cls.__name__}.{name}"
                )
                index[key] = (cls, name)
    return index


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        """Answer like an engine that accepts everything: a write gets its body back with an id."""
        self.requests.append(request)
        if not request.content:
            return httpx.Response(200, content=b"")
        body = etree.fromstring(request.content)
        body.set("id", "new")
        return httpx.Response(200, content=etree.tostring(body))


def navigate(api: Any, href: str) -> Iterator[tuple[str, Any]]:
    """Walk from the API object along an href template through the generated accessors."""
    obj = api
    for depth, segment in enumerate(split_href(href)):
        obj = (
            obj.entity(f"id{depth}")
            if segment.placeholder
            else getattr(obj, identifier(segment.name))
        )
        yield "/".join(s.text for s in split_href(href)[: depth + 1]), obj


def arguments(sdk: ModuleType, function: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, param in inspect.signature(function).parameters.items():
        if name == "id":
            values[name] = "wanted"
        elif param.default is inspect.Parameter.empty and param.kind != param.VAR_KEYWORD:
            annotation = param.annotation  # e.g. "types.VM" (postponed annotations)
            values[name] = eval(annotation, vars(sdk.services))()
    return values


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # empty bodies fit deprecated signatures
@pytest.mark.parametrize("half", ["API", "AsyncAPI"])
@pytest.mark.parametrize(
    "which, document, expected",
    [("default", None, 161), ("ovirt36", OVIRT36 / "rsdl.xml", 775)],
)
def test_every_link_is_issued_by_a_method(
    which: str, document: Path | None, expected: int, half: str
) -> None:
    sdk = package(which)
    services = sdk.async_services if half == "AsyncAPI" else sdk.services
    recorder = Recorder()
    api = getattr(sdk, half)(
        "http://engine.test", "user@internal", "pw", transport=httpx.MockTransport(recorder)
    )
    asyncio.run(issue_every_link(sdk, services, api, recorder, which, document, expected))


async def issue_every_link(
    sdk: ModuleType,
    services: ModuleType,
    api: Any,
    recorder: Recorder,
    which: str,
    document: Path | None,
    expected: int,
) -> None:
    links_model = model(which)
    links = raw_links(document or Path(links_model.rsdl.file))
    assert len(links) == expected
    index = methods_by_link(services)
    reached = 0
    for method, href, rel in links:
        key = (method, links_model.match(method, href).href if href.startswith("/") else href, rel)
        assert key in index, f"no client method issues {key}"
        cls, name = index[key]
        target = api
        for prefix, target in navigate(api, cls._href):
            assert type(target)._href == prefix, f"{prefix}: reached {type(target).__name__}"
        function = getattr(target, name)
        before = len(recorder.requests)
        sent_by = function(**arguments(sdk, function))
        if inspect.iscoroutine(sent_by):
            await sent_by
        else:
            assert services is sdk.services, f"{cls.__name__}.{name} of AsyncAPI is not awaited"
        assert len(recorder.requests) == before + 1
        sent = recorder.requests[-1]
        path = sent.url.raw_path.decode()
        issued = links_model.match_all(sent.method, path)
        assert any((k.method, k.href, k.rel) == key for k in issued), (
            f"{cls.__name__}.{name} sent {sent.method} {path}, not {key}"
        )
        reached += 1
    assert reached == expected


def test_deprecated_signature_warns() -> None:
    """hosts/{id}/nics/setupnetworks: an empty body fits only deprecated signatures."""
    sdk, links_model = package("ovirt36"), model("ovirt36")
    link = links_model.match("POST", "hosts/1/nics/setupnetworks")
    assert [o.deprecated for o in link.overloads].count(True) >= 1
    api = sdk.API("http://engine.test", "u", "p", transport=httpx.MockTransport(Recorder()))
    with pytest.warns(DeprecationWarning, match="setupnetworks"):
        api.hosts.entity("1").nics.setupnetworks(sdk.types.Action())
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no deprecated signature: no warning
        api.vms.entity("1").start(sdk.types.Action())
