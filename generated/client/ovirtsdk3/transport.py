"""HTTP transport of the ovirtsdk3 client, on httpx.

Authentication follows the v3 guide (§2.2-2.3): HTTP Basic on the first request, with `Prefer: persistent-auth`
the server opens a session whose `JSESSIONID` cookie then stands in for the credentials; when the session
expires (401 while using the cookie) the connection logs in again once. The credentials are kept in one private
attribute holding the encoded header and appear in no repr, log line or exception.

Redirects are never followed (a redirect to another host would carry the credentials or the session cookie
there): a 3xx answer is an error naming where it points, as is a 2xx answer that is not XML (the HTML login
page of a proxy, say), so that a wrong URL never reads as an empty result.
"""

from __future__ import annotations

import base64
import logging
import ssl
import time
import urllib.parse
from dataclasses import dataclass

import httpx
from lxml import etree

from . import _views, xml
from .errors import AsyncFailure, ConnectionError, RequestError, WaitTimeout

log = logging.getLogger("ovirtsdk3")
SESSION_COOKIE = "JSESSIONID"


@dataclass(frozen=True)
class Response:
    status: int
    content: bytes
    root: etree._Element | None = None  # the parsed content, None when empty

    def element(self) -> etree._Element | None:
        return self.root


class Connection:
    """One HTTP client (connection reuse), the session, and the API root every path is relative to."""

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        api_root: str,
        ca_file: str | None = None,
        insecure: bool = False,
        persistent_auth: bool = True,
        timeout: float = 60.0,
        filter: bool = False,
        session_timeout: int | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.username or parts.password:
            raise ValueError("give the credentials as username and password, not in the URL")
        path = parts.path.rstrip("/") or api_root
        self.url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))
        self._path = path
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self.__authorization = f"Basic {token}"
        self._persistent = persistent_auth
        headers = {"Version": "3", "Accept": "application/xml"}
        if persistent_auth:
            headers["Prefer"] = "persistent-auth"
        if filter:
            headers["Filter"] = "true"
        if session_timeout is not None:
            headers["Session-TTL"] = str(session_timeout)
        self._client = httpx.Client(
            headers=headers,
            timeout=timeout,
            verify=_verify(ca_file, insecure),
            transport=transport,
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"<Connection {self.url}>"

    def close(self) -> None:
        self._client.close()

    def _has_session(self) -> bool:
        return self._persistent and SESSION_COOKIE in self._client.cookies

    def request(
        self,
        method: str,
        path: str,
        *,
        query: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
        moved_ok: bool = False,
    ) -> Response:
        """Send `method` to `path` (relative to the API root, matrix parameters included). With `moved_ok` a
        301 is an answer (a finished task's status, guide §7.4.7), not an error; it is not followed either.
        """
        url = self.url + ("/" + path if path else "")
        extra = dict(headers or {})
        if body is not None:
            extra["Content-Type"] = "application/xml"
        response = self._send(method, url, query, extra, body, login=not self._has_session())
        if response.status_code == 401 and "Authorization" not in response.request.headers:
            log.debug("session expired; logging in again")
            self._client.cookies.clear()
            response = self._send(method, url, query, extra, body, login=True)
        if not self._persistent:
            self._client.cookies.clear()
        if response.status_code >= 400:
            raise _fault(response)
        if 300 <= response.status_code < 400:
            if moved_ok and response.status_code == 301:
                return Response(response.status_code, b"")
            where = response.headers.get("location", "nowhere")
            raise RequestError(
                response.status_code,
                "Redirect not followed",
                f"{method} {url} redirects to {where}: give the API's own URL",
            )
        return Response(response.status_code, response.content, _xml(method, url, response))

    def _send(
        self,
        method: str,
        url: str,
        query: dict[str, str] | None,
        headers: dict[str, str],
        body: bytes | None,
        *,
        login: bool,
    ) -> httpx.Response:
        if login:
            headers = {**headers, "Authorization": self.__authorization}
        try:
            response = self._client.request(
                method, url, params=query, headers=headers, content=body
            )
        except httpx.HTTPError as exc:
            raise ConnectionError(f"{method} {url}: {type(exc).__name__}: {exc}") from None
        log.debug("%s %s -> %s", method, response.request.url, response.status_code)
        return response

    def relative(self, href: str) -> str:
        """A path relative to the API root, from an href the server gave (absolute path or full URL)."""
        path = urllib.parse.urlsplit(href).path
        if path.startswith(self._path + "/"):
            return path[len(self._path) + 1 :]
        return path.lstrip("/")

    def wait(
        self, view: _views.View, *, timeout: float = 600.0, interval: float = 2.0
    ) -> _views.View:
        """Poll an asynchronous creation (202 Accepted, guide §7.3.11) or action (§7.4.7) until it is complete.

        Returns the last status representation; raises `AsyncFailure` when it failed, `WaitTimeout` when
        `timeout` seconds pass first.
        """
        element = _views.element_of(view)
        href = element.get("href") if element.tag == "action" else None
        for link in element.iterchildren("link"):
            if link.get("rel") == "creation_status":
                href = link.get("href")
        if href is None:
            raise ValueError(f"{view!r} has no creation status or action to wait on")
        deadline = time.monotonic() + timeout
        path = self.relative(href)
        while True:
            response = self.request("GET", path, moved_ok=True)
            status = response.element()
            if response.status == 301 or status is None:
                return view  # the server no longer keeps the status: the task is long done
            state = status.findtext("status/state") or status.findtext("creation_status/state")
            if state == "complete":
                return xml.view(status)
            if state == "failed":
                reason = status.findtext("fault/reason") or "asynchronous task failed"
                raise AsyncFailure(response.status, reason, status.findtext("fault/detail"))
            if time.monotonic() + interval > deadline:
                raise WaitTimeout(f"{href} still {state or 'pending'} after {timeout} s")
            time.sleep(interval)


def _verify(ca_file: str | None, insecure: bool) -> ssl.SSLContext | bool:
    if insecure:
        return False
    if ca_file is not None:
        return ssl.create_default_context(cafile=ca_file)
    return True


def _xml(method: str, url: str, response: httpx.Response) -> etree._Element | None:
    """The XML document of a successful answer; anything else is an error, never an empty result."""
    if not response.content.strip():
        return None
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    root = None
    if not media or media.endswith(("/xml", "+xml")):
        try:
            root = etree.fromstring(response.content, _views.PARSER)
        except etree.XMLSyntaxError:
            pass
    if root is None or etree.QName(root).localname.lower() == "html":
        shown = " ".join(response.text[:200].split())
        raise RequestError(
            response.status_code,
            "Not an API answer",
            f"{method} {url} answered {media or 'something'} that is not XML: {shown}",
        )
    return root


def _fault(response: httpx.Response) -> RequestError:
    reason, detail = response.reason_phrase, None
    try:
        root = etree.fromstring(response.content, _views.PARSER) if response.content else None
    except etree.XMLSyntaxError:
        root = None
    if root is not None and root.tag == "fault":
        reason = root.findtext("reason") or reason
        detail = root.findtext("detail")
    elif response.content:
        detail = response.text[:500]
    return RequestError(response.status_code, reason, detail)
