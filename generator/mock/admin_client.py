"""A Python client of the admin API (`rsdlgen.mock.admin`): the methods of `Controls`, over HTTP.

    admin = Admin("https://127.0.0.1:8443/ovirt-engine/api", "admin@internal", "admin", ca_file="ca.pem")
    admin.add_fault("vms", method="GET", status=503, times=2)
    ...
    assert [r["status"] for r in admin.requests(method="GET", path="vms")] == [503, 503, 200]
    snapshot = admin.state(); ...; admin.restore(snapshot)
    admin.reset()

The URL may be the API's (`.../ovirt-engine/api`) or the server's: the admin API is at its `/__rsdlgen__/`.
A fault answer raises `AdminError` with the status and the fault's reason and detail.
"""

from __future__ import annotations

import ssl
from typing import Any
from urllib.parse import urlsplit

import httpx
from lxml import etree

ROOT = "/__rsdlgen__"


class AdminError(Exception):
    def __init__(self, status: int, reason: str, detail: str) -> None:
        super().__init__(f"{status} {reason}: {detail}")
        self.status = status
        self.reason = reason
        self.detail = detail


class Admin:
    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        ca_file: str | None = None,
        insecure: bool = False,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        parts = urlsplit(url)
        verify: ssl.SSLContext | bool = not insecure
        if ca_file:
            verify = ssl.create_default_context(cafile=ca_file)
        self._client = httpx.Client(
            base_url=f"{parts.scheme}://{parts.netloc}{ROOT}/",
            auth=(user, password),
            verify=verify,
            timeout=timeout,
            transport=transport,
            headers={"Accept": "application/json"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Admin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reset(self) -> None:
        self._call("POST", "reset")

    def state(self) -> bytes:
        """The inventory, as a seed document (XML)."""
        return self._call("GET", "state", headers={"Accept": "application/xml"}).content

    def restore(self, document: bytes | str) -> int:
        data = document.encode() if isinstance(document, str) else document
        headers = {"Content-Type": "application/xml"}
        answer: int = self._call("PUT", "state", content=data, headers=headers).json()["entities"]
        return answer

    def requests(self, method: str | None = None, path: str | None = None) -> list[dict[str, Any]]:
        query = {k: v for k, v in (("method", method), ("path", path)) if v is not None}
        found: list[dict[str, Any]] = self._call("GET", "requests", params=query).json()
        return found

    def clear_requests(self) -> None:
        self._call("DELETE", "requests")

    def add_fault(self, path: str, method: str = "*", **rule: Any) -> dict[str, Any]:
        """A fault rule (`rsdlgen.mock.rules`: `status`, `reason`, `detail`, `headers`, `delay`, `drop`,
        `times`, `body`); returns it with its id."""
        added: dict[str, Any] = self._call(
            "POST", "faults", json={"path": path, "method": method, **rule}
        ).json()
        return added

    def faults(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._call("GET", "faults").json()
        return found

    def clear_faults(self) -> None:
        self._call("DELETE", "faults")

    def clock(self) -> dict[str, Any]:
        """`{"transitions": mode, "now": seconds, "pending": [{"in", "element", "id", "state"}]}`."""
        found: dict[str, Any] = self._call("GET", "clock").json()
        return found

    def advance(self, seconds: float | None = None) -> dict[str, Any]:
        """With manual transitions: move the clock by `seconds`, or to the next change (None)."""
        body = {"next": True} if seconds is None else {"advance": seconds}
        found: dict[str, Any] = self._call("POST", "clock", json=body).json()
        return found

    def _call(self, method: str, name: str, **options: Any) -> httpx.Response:
        response = self._client.request(method, name, **options)
        if response.status_code >= 400:
            raise AdminError(response.status_code, *_fault(response))
        return response


def _fault(response: httpx.Response) -> tuple[str, str]:
    """The reason and detail of a fault answer, JSON or XML."""
    try:
        if "json" in response.headers.get("content-type", ""):
            value = response.json()
            return str(value.get("reason", "")), str(value.get("detail", ""))
        root = etree.fromstring(response.content, etree.XMLParser(resolve_entities=False))
        return root.findtext("reason") or "", root.findtext("detail") or ""
    except (ValueError, etree.XMLSyntaxError, AttributeError):
        return response.reason_phrase, response.text[:200]
