"""The client against answers written to mislead it: redirects and HTML pages raise errors, never empty
results, and no redirect carries the credentials or the session cookie anywhere."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.support.client_packages import package

ENGINE = "https://engine.example.com/ovirt-engine/api"
LOGIN_PAGE = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form/></body></html>"


def api_answering(answer: httpx.Response, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host != "engine.example.com":
            return httpx.Response(
                200, content=b"<vms/>", headers={"Content-Type": "application/xml"}
            )
        return answer

    sdk = package("default")
    return sdk.API(ENGINE, "admin@internal", "secret", transport=httpx.MockTransport(handler))


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_an_error_and_is_not_followed(status: int) -> None:
    seen: list[httpx.Request] = []
    elsewhere = "https://attacker.example.net/ovirt-engine/api/vms"
    redirect = httpx.Response(
        status, headers={"Location": elsewhere, "Set-Cookie": "JSESSIONID=abc"}
    )
    with api_answering(redirect, seen) as api:
        sdk = package("default")
        with pytest.raises(sdk.RequestError) as raised:
            api.vms.list()
        with pytest.raises(sdk.RequestError):
            api.vms.get(id="vm1")
    assert raised.value.status == status and elsewhere in str(raised.value)
    assert seen and all(r.url.host == "engine.example.com" for r in seen)


@pytest.mark.parametrize(
    "content, media",
    [
        (LOGIN_PAGE, "text/html; charset=utf-8"),
        (LOGIN_PAGE, "application/xml"),  # an HTML page that claims to be XML
        (b"<html><body>sign in</body></html>", ""),
        (b"not xml at all", "application/xml"),
        (b'{"vm": []}', "application/json"),
    ],
)
def test_a_success_that_is_not_xml_is_an_error_not_an_empty_result(
    content: bytes, media: str
) -> None:
    seen: list[httpx.Request] = []
    headers = {"Content-Type": media} if media else {}
    with api_answering(httpx.Response(200, content=content, headers=headers), seen) as api:
        sdk = package("default")
        with pytest.raises(sdk.RequestError, match="Not an API answer"):
            api.vms.list()  # returned [] before
        with pytest.raises(sdk.RequestError, match="Not an API answer"):
            api.vms.get(id="vm1")  # returned None before


def test_the_credentials_and_the_session_cookie_go_to_the_engine_only() -> None:
    seen: list[httpx.Request] = []
    answers = iter(
        [
            httpx.Response(
                200,
                content=b"<vms/>",
                headers={"Content-Type": "application/xml", "Set-Cookie": "JSESSIONID=s1; Path=/"},
            ),
            httpx.Response(302, headers={"Location": "https://attacker.example.net/steal"}),
            httpx.Response(200, content=b"<api/>", headers={"Content-Type": "application/xml"}),
        ]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    sdk = package("default")
    transport = httpx.MockTransport(handler)
    with sdk.API(ENGINE, "admin@internal", "secret", transport=transport) as api:
        assert api.vms.list() == []
        with pytest.raises(sdk.RequestError):
            api.vms.list()
    assert [r.url.host for r in seen] == ["engine.example.com"] * 3  # the last one ends the session
    assert "authorization" in seen[0].headers and seen[1].headers.get("cookie") == "JSESSIONID=s1"
    assert seen[2].headers.get("cookie") == "JSESSIONID=s1" and "prefer" not in seen[2].headers


HOST = b'<host id="h1"><name>h1</name></host>'
FAULT = b"<fault><reason>Operation Failed</reason><detail>no such thing</detail></fault>"


@pytest.mark.parametrize(
    "call, content",
    [
        (lambda api: api.vms.get(id="1"), HOST),
        (lambda api: api.vms.list(), HOST),
        (lambda api: api.vms.get(name="web"), HOST),
        (lambda api: api.vms.entity("1").start(), HOST),
        (lambda api: api.vms.get(id="1"), FAULT),
        (lambda api: api.vms.list(), FAULT),
        (lambda api: api.vms.entity("1").start(), FAULT),
    ],
)
def test_an_answer_of_another_type_or_a_fault_is_an_error_naming_both(
    call: Any, content: bytes
) -> None:
    """Issue 21.17: `vms.get(id=...)` answered `<host>` returned a VM wrapping a host; `list()` on a wrong
    root returned []; a 200 `<fault>` read as [] or an empty entity."""
    seen: list[httpx.Request] = []
    answer = httpx.Response(200, content=content, headers={"Content-Type": "application/xml"})
    sdk = package("default")
    with api_answering(answer, seen) as api, pytest.raises(sdk.RequestError) as raised:
        call(api)
    if content == FAULT:
        assert raised.value.reason == "Operation Failed" and raised.value.detail == "no such thing"
    else:
        assert "the answer is <host>, expected <" in str(raised.value)
