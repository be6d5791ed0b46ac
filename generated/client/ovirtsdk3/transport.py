"""HTTP transport of the ovirtsdk3 client, on httpx: `Connection` (blocking) and `AsyncConnection`.

Authentication follows the v3 guide (§2.2-2.3): HTTP Basic on the first request (or any `httpx.Auth` given as
`auth`), with `Prefer: persistent-auth` the server opens a session whose `JSESSIONID` cookie then stands in for
the credentials; when the session expires (401 while using the cookie) the connection logs in again once.
`close()` ends the session on the server: a last request carrying the cookie without `Prefer: persistent-auth`
(§2.3 step 3); afterwards every call raises `DisconnectedError`. The credentials are kept in one private
attribute holding the encoded header and appear in no repr, log line or exception.

Redirects are never followed (a redirect to another host would carry the credentials or the session cookie
there): a 3xx answer is an error naming where it points, as is a 2xx answer that is not XML (the HTML login
page of a proxy, say), so that a wrong URL never reads as an empty result.

Idempotent requests (GET, PUT, DELETE) are retried up to `max_retries` times on a connection error or a 502,
503 or 504 answer, after an exponential backoff with jitter or the `Retry-After` the server asks for; a POST
only when the call passes `retry=True`. A call's `timeout` bounds the whole call, waits between attempts
included: a `Retry-After` beyond what is left of it ends the call with the server's answer. With `debug`,
every exchange is logged to the `ovirtsdk3.wire` logger at DEBUG level, credentials, cookies
and secret-named body elements redacted.

An answer is read as it arrives and its `Content-Encoding` (gzip, deflate, in layers) undone as it is read,
counting: no answer, fault or layer of one may decode to more than `max_response_bytes` (256 MiB by default),
so a few compressed bytes cannot fill the memory; beyond it the call raises `RequestError` naming the limit.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import functools
import logging
import random
import re
import ssl
import time
import urllib.parse
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

import httpx
from lxml import etree

from . import _views
from .errors import ConnectionError, DisconnectedError, RequestError

log = logging.getLogger("ovirtsdk3")
wire = logging.getLogger("ovirtsdk3.wire")
SESSION_COOKIE = "JSESSIONID"
IDEMPOTENT = frozenset({"GET", "PUT", "DELETE"})
RETRIED_STATUSES = frozenset({502, 503, 504})
BACKOFF = 0.5  # seconds before the first retry; doubled for each further one
BACKOFF_MAX = 8.0
RETRY_AFTER_MAX = 120.0  # a longer Retry-After is cut to this
MAX_RESPONSE_BYTES = 256 * 2**20  # what an answer may decode to, by default
ENCODINGS = ("gzip", "x-gzip", "deflate")  # asked for, and undone under the bound
# Headers and body elements or attributes whose values the wire log never shows.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
SECRET_NAMES = re.compile(
    "password|passwd|passphrase|secret|token|ticket|private_key", re.IGNORECASE
)
REDACTED = "<redacted>"


class Options(TypedDict, total=False):
    """What every generated method takes besides its own arguments (`api.vms.list(timeout=5)`)."""

    timeout: float  # seconds for this call, instead of the connection's `timeout`
    headers: Mapping[str, str]  # extra request headers, sent over the generated ones
    retry: bool  # retry on failure; by default GET, PUT and DELETE are retried, POST is not


NO_OPTIONS: Options = {}


@dataclass(frozen=True)
class Response:
    status: int
    content: bytes
    root: etree._Element | None = None  # the parsed content, None when empty

    def element(self) -> etree._Element | None:
        return self.root


class _Connection:
    """What both connections share: the address, credentials and session rules, the requests they build and
    how they read answers. The subclasses only send."""

    def __init__(
        self,
        url: str,
        username: str | None,
        password: str | None,
        *,
        api_root: str,
        ca_file: str | None = None,
        insecure: bool = False,
        cert_file: str | None = None,
        key_file: str | None = None,
        auth: httpx.Auth | None = None,
        persistent_auth: bool = True,
        timeout: float = 60.0,
        filter: bool = False,
        session_timeout: int | None = None,
        max_retries: int = 2,
        debug: bool = False,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.username or parts.password:
            raise ValueError("give the credentials as username and password, not in the URL")
        if auth is None and (username is None or password is None):
            raise ValueError("give username and password, or an httpx.Auth as auth")
        path = parts.path.rstrip("/") or api_root
        self.url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))
        self._path = path
        self._auth = auth
        self.__authorization = None
        if auth is None:
            token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
            self.__authorization = f"Basic {token}"
        self._persistent = persistent_auth
        self._headers = {
            "Version": "3",
            "Accept": "application/xml",
            "Accept-Encoding": "gzip, deflate",
        }
        if filter:
            self._headers["Filter"] = "true"
        if session_timeout is not None:
            self._headers["Session-TTL"] = str(session_timeout)
        self._timeout = timeout
        self._tls = (
            _tls(ca_file, insecure, cert_file, key_file) if parts.scheme == "https" else _plain()
        )
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        self.debug = debug
        self._closed = False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}>"

    @property
    def closed(self) -> bool:
        return self._closed

    def relative(self, href: str) -> str:
        """A path relative to the API root, from an href the server gave (absolute path or full URL)."""
        path = urllib.parse.urlsplit(href).path
        if path.startswith(self._path + "/"):
            return path[len(self._path) + 1 :]
        return path.lstrip("/")

    def _cookies(self) -> httpx.Cookies:
        raise NotImplementedError

    def _has_session(self) -> bool:
        return self._persistent and any(c.name == SESSION_COOKIE for c in self._cookies().jar)

    def _check_open(self) -> None:
        if self._closed:
            raise DisconnectedError(
                f"{self.url}: the connection is closed (disconnected); open a new API"
            )

    def _build(
        self,
        method: str,
        path: str,
        query: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
        body: bytes | None,
        options: Options,
        *,
        login: bool,
        last: bool = False,
        deadline: float | None = None,
    ) -> httpx.Request:
        """One request: the connection's headers, then the method's, then the call's own (`headers=`). `last`
        leaves out `Prefer: persistent-auth`: the request that ends the session; `deadline` (of
        `time.monotonic()`) is when the whole call must be over."""
        sent = dict(self._headers)
        if self._persistent and not last:
            sent["Prefer"] = "persistent-auth"
        if body is not None:
            sent["Content-Type"] = "application/xml"
        sent.update(headers or {})
        sent.update(options.get("headers") or {})
        expect = next((v for k, v in sent.items() if k.lower() == "expect"), None)
        # Apache in front of the engine drops `Expect`; the engine reads this too
        if expect is not None:
            sent["X-Ovirt-Expect"] = expect
        if login and self.__authorization is not None:
            sent["Authorization"] = self.__authorization
        url = self.url + ("/" + path if path else "")
        timeout = self._timeout_of(options)
        if deadline is not None:
            timeout = max(deadline - time.monotonic(), 0.001)
        return self._client_build(method, url, query, sent, body, timeout)

    def _timeout_of(self, options: Options) -> float:
        return options.get("timeout", self._timeout)

    def _client_build(
        self,
        method: str,
        url: str,
        query: Mapping[str, str] | None,
        headers: dict[str, str],
        body: bytes | None,
        timeout: float,
    ) -> httpx.Request:
        raise NotImplementedError

    def _auth_for(self, login: bool) -> httpx.Auth | None:
        """The caller's auth scheme on requests that log in; none where the session cookie stands in."""
        return self._auth if login else None

    def _delay(
        self,
        method: str,
        attempt: int,
        response: httpx.Response | None,
        options: Options,
        deadline: float,
    ) -> float | None:
        """Seconds to wait before trying again, None when the answer (or the failure) stands: also when the
        wait would end after the call's deadline."""
        retry = options.get("retry", method in IDEMPOTENT)
        if not retry or attempt >= self.max_retries:
            return None
        delay: float = min(BACKOFF * 2.0**attempt, BACKOFF_MAX) * random.uniform(0.5, 1.0)
        if response is not None:
            if response.status_code not in RETRIED_STATUSES:
                return None
            after = _retry_after(response.headers.get("retry-after"))
            if after is not None:
                delay = min(after, RETRY_AFTER_MAX)
        return delay if time.monotonic() + delay < deadline else None

    def _answer(self, method: str, response: httpx.Response, moved_ok: bool) -> Response:
        if not self._persistent:
            self._cookies().clear()
        if response.status_code >= 400:
            raise _fault(response)
        url = str(response.request.url.copy_with(query=None))
        if 300 <= response.status_code < 400:
            if moved_ok and response.status_code == 301:
                return Response(response.status_code, b"")
            where = response.headers.get("location", "nowhere")
            raise RequestError(
                response.status_code,
                "Redirect not followed",
                f"{method} {url} redirects to {where}: give the API's own URL",
            )
        root = _xml(method, url, response)
        if root is not None and root.tag == "fault":  # a fault is a fault, whatever the status says
            raise _fault(response)
        return Response(response.status_code, response.content, root)

    def _failed(self, request: httpx.Request, exc: httpx.HTTPError) -> ConnectionError:
        url = request.url.copy_with(query=None)
        text = str(exc)
        if "CERTIFICATE_VERIFY_FAILED" in text:
            hint = ": pass the engine's CA certificate as ca_file= (or insecure=True)"
        elif "WRONG_VERSION_NUMBER" in text:
            hint = ": the server does not speak TLS on this port (an http:// URL?)"
        else:
            hint = ""
        return ConnectionError(f"{request.method} {url}: {type(exc).__name__}: {text}{hint}")

    def _log(self, request: httpx.Request, response: httpx.Response) -> None:
        log.debug("%s %s -> %s", request.method, request.url, response.status_code)
        if self.debug:
            wire.debug("%s", _exchange(request, response))


class Connection(_Connection):
    """One `Client` of httpx (connection reuse), the session, and the API root every path is
    relative to."""

    def __init__(
        self,
        url: str,
        username: str | None,
        password: str | None,
        *,
        transport: httpx.BaseTransport | None = None,
        **settings: Any,
    ) -> None:
        super().__init__(url, username, password, **settings)
        self._client = httpx.Client(
            timeout=self._timeout, verify=self._tls, transport=transport, follow_redirects=False
        )

    def _cookies(self) -> httpx.Cookies:
        return self._client.cookies

    def _client_build(
        self,
        method: str,
        url: str,
        query: Mapping[str, str] | None,
        headers: dict[str, str],
        body: bytes | None,
        timeout: float,
    ) -> httpx.Request:
        return self._client.build_request(
            method, url, params=query, headers=headers, content=body, timeout=timeout
        )

    def close(self) -> None:
        """End the server's session (guide §2.3 step 3) and the connection pool; later calls raise
        `DisconnectedError`. Closing twice does nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._has_session():
                last = self._build("GET", "", None, None, None, NO_OPTIONS, login=False, last=True)
                response = self._client.send(last, auth=None)
                self._log(last, response)
        except httpx.HTTPError as exc:  # the session then ends by its time-to-live
            log.debug("%s: the session could not be closed: %s", self.url, type(exc).__name__)
        finally:
            self._client.cookies.clear()
            self._client.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        moved_ok: bool = False,
        options: Options = NO_OPTIONS,
    ) -> Response:
        """Send `method` to `path` (relative to the API root, matrix parameters included). With `moved_ok` a
        301 is an answer (a finished task's status, guide §7.4.7), not an error; it is not followed either.
        """
        self._check_open()
        deadline = time.monotonic() + self._timeout_of(options)
        attempt = 0
        while True:
            login = not self._has_session()
            request = self._build(
                method, path, query, headers, body, options, login=login, deadline=deadline
            )
            try:
                response = self._send(request, login, deadline)
                if response.status_code == 401 and not login:
                    log.debug("session expired; logging in again")
                    self._client.cookies.clear()
                    request = self._build(
                        method, path, query, headers, body, options, login=True, deadline=deadline
                    )
                    response = self._send(request, True, deadline)
            except httpx.TransportError as exc:
                delay = self._delay(method, attempt, None, options, deadline)
                if delay is None:
                    raise self._failed(request, exc) from None
            except httpx.HTTPError as exc:
                raise self._failed(request, exc) from None
            else:
                delay = self._delay(method, attempt, response, options, deadline)
                if delay is None:
                    return self._answer(method, response, moved_ok)
            log.debug("%s %s: trying again in %.2f s", method, request.url, delay)
            time.sleep(delay)
            attempt += 1

    def _send(self, request: httpx.Request, login: bool, deadline: float) -> httpx.Response:
        """The answer, read as it arrives and decoded under the bound, by the call's deadline."""
        response = self._client.send(request, auth=self._auth_for(login), stream=True)
        try:
            decoded = _Decoded(request, response, self.max_response_bytes)
            if decoded.read_already:
                decoded.feed(response.content)
            else:
                for chunk in response.iter_raw():
                    decoded.feed(chunk)
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("the call's timeout ran out", request=request)
        finally:
            response.close()
        read = decoded.response()
        self._log(request, read)
        return read


class AsyncConnection(_Connection):
    """One `AsyncClient` of httpx (connection reuse), the session, and the API root every path is
    relative to."""

    def __init__(
        self,
        url: str,
        username: str | None,
        password: str | None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **settings: Any,
    ) -> None:
        super().__init__(url, username, password, **settings)
        self._client = httpx.AsyncClient(
            timeout=self._timeout, verify=self._tls, transport=transport, follow_redirects=False
        )

    def _cookies(self) -> httpx.Cookies:
        return self._client.cookies

    def _client_build(
        self,
        method: str,
        url: str,
        query: Mapping[str, str] | None,
        headers: dict[str, str],
        body: bytes | None,
        timeout: float,
    ) -> httpx.Request:
        return self._client.build_request(
            method, url, params=query, headers=headers, content=body, timeout=timeout
        )

    async def close(self) -> None:
        """End the server's session (guide §2.3 step 3) and the connection pool; later calls raise
        `DisconnectedError`. Closing twice does nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._has_session():
                last = self._build("GET", "", None, None, None, NO_OPTIONS, login=False, last=True)
                response = await self._client.send(last, auth=None)
                self._log(last, response)
        except httpx.HTTPError as exc:  # the session then ends by its time-to-live
            log.debug("%s: the session could not be closed: %s", self.url, type(exc).__name__)
        finally:
            self._client.cookies.clear()
            await self._client.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        moved_ok: bool = False,
        options: Options = NO_OPTIONS,
    ) -> Response:
        """Send `method` to `path` (relative to the API root, matrix parameters included). With `moved_ok` a
        301 is an answer (a finished task's status, guide §7.4.7), not an error; it is not followed either.
        """
        self._check_open()
        deadline = time.monotonic() + self._timeout_of(options)
        attempt = 0
        while True:
            login = not self._has_session()
            request = self._build(
                method, path, query, headers, body, options, login=login, deadline=deadline
            )
            try:
                response = await self._send(request, login, deadline)
                if response.status_code == 401 and not login:
                    log.debug("session expired; logging in again")
                    self._client.cookies.clear()
                    request = self._build(
                        method, path, query, headers, body, options, login=True, deadline=deadline
                    )
                    response = await self._send(request, True, deadline)
            except httpx.TransportError as exc:
                delay = self._delay(method, attempt, None, options, deadline)
                if delay is None:
                    raise self._failed(request, exc) from None
            except httpx.HTTPError as exc:
                raise self._failed(request, exc) from None
            else:
                delay = self._delay(method, attempt, response, options, deadline)
                if delay is None:
                    return self._answer(method, response, moved_ok)
            log.debug("%s %s: trying again in %.2f s", method, request.url, delay)
            await asyncio.sleep(delay)
            attempt += 1

    async def _send(self, request: httpx.Request, login: bool, deadline: float) -> httpx.Response:
        """The answer, read as it arrives and decoded under the bound, by the call's deadline."""
        response = await self._client.send(request, auth=self._auth_for(login), stream=True)
        try:
            decoded = _Decoded(request, response, self.max_response_bytes)
            if decoded.read_already:
                decoded.feed(response.content)
            else:
                async for chunk in response.aiter_raw():
                    decoded.feed(chunk)
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("the call's timeout ran out", request=request)
        finally:
            await response.aclose()
        read = decoded.response()
        self._log(request, read)
        return read


class _Decoded:
    """An answer's body with its `Content-Encoding` undone (outermost layer last in the header) as the raw
    bytes arrive. No layer may give more than `limit` bytes: each decompressor is asked for at most what is
    left of the bound plus one byte, so memory stays within it whatever the compression ratio."""

    def __init__(self, request: httpx.Request, response: httpx.Response, limit: int) -> None:
        self.request, self.answer, self.limit = request, response, limit
        # a transport of the caller's may have read (and decoded) it: httpx.MockTransport does
        self.read_already = response.is_stream_consumed
        header = "" if self.read_already else response.headers.get("content-encoding", "")
        codings = [c.strip().lower() for c in header.split(",") if c.strip()]
        unknown = [c for c in codings if c not in (*ENCODINGS, "identity")]
        if unknown:
            raise self._error(f"Content-Encoding {unknown[0]!r} is not one this client asked for")
        self.layers = [_Layer(c) for c in reversed(codings) if c != "identity"]
        self.chunks: list[bytes] = []
        self.size = 0

    def _error(self, detail: str) -> RequestError:
        url = self.request.url.copy_with(query=None)
        return RequestError(
            self.answer.status_code, "Answer refused", f"{self.request.method} {url}: {detail}"
        )

    def feed(self, data: bytes) -> None:
        try:
            for layer in self.layers:
                data = layer.decompress(data, self.limit)
        except zlib.error as exc:
            raise self._error(f"cannot decode its Content-Encoding: {exc}") from None
        self.size += len(data)
        if self.size > self.limit or any(layer.size > self.limit for layer in self.layers):
            raise self._error(
                f"the answer decodes to more than max_response_bytes={self.limit} bytes"
            )
        self.chunks.append(data)

    def response(self) -> httpx.Response:
        """The answer as read: its body decoded, the headers that described the encoded one left out."""
        headers = [
            (k, v)
            for k, v in self.answer.headers.multi_items()
            if k.lower() not in ("content-encoding", "content-length")
        ]
        return httpx.Response(
            self.answer.status_code,
            headers=headers,
            content=b"".join(self.chunks),
            request=self.request,
            extensions=self.answer.extensions,
        )


class _Layer:
    """One `gzip` or `deflate` layer (a zlib stream, or raw deflate as some servers send), counting what it
    gave; gzip members that follow one another are read one after the other."""

    def __init__(self, coding: str) -> None:
        self.gzip = coding != "deflate"
        self.decompressor = zlib.decompressobj(zlib.MAX_WBITS | (16 if self.gzip else 0))
        self.size = 0
        self.started = False
        self.head = b""

    def decompress(self, data: bytes, limit: int) -> bytes:
        if not self.gzip and not self.started:  # zlib's two-byte header, or raw deflate
            data = self.head = self.head + data
            if len(data) < 2:
                return b""
            self.started = True
            if data[0] & 0x0F != 8 or (data[0] << 8 | data[1]) % 31:
                self.decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
        out = []
        while data:
            piece = self.decompressor.decompress(data, limit - self.size + 1)
            self.size += len(piece)
            out.append(piece)
            if self.size > limit:
                break
            data = self.decompressor.unused_data if self.gzip and self.decompressor.eof else b""
            if data:
                self.decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
        return b"".join(out)


@functools.cache
def _tls(
    ca_file: str | None, insecure: bool, cert_file: str | None, key_file: str | None
) -> ssl.SSLContext:
    """How an https server is verified (`ca_file`, else the usual CA bundle; nothing when `insecure`) and the
    client certificate shown to it, if any. Built once per process for the same settings (loading the CA
    bundle costs tens of milliseconds) and shared, as a client's connections share it."""
    verify: ssl.SSLContext | bool = False if insecure else True
    if ca_file is not None and not insecure:
        verify = ssl.create_default_context(cafile=ca_file)
    context = httpx.create_ssl_context(verify=verify)
    if cert_file is not None:
        try:
            context.load_cert_chain(cert_file, key_file)
        except (OSError, ssl.SSLError) as exc:
            raise ValueError(f"cert_file {cert_file}, key_file {key_file}: {exc}") from None
    return context


@functools.cache
def _plain() -> ssl.SSLContext:
    """What httpx is given for an http:// URL, where no TLS is spoken (else it loads the CA bundle itself):
    a context that loads nothing and trusts no certificate: a handshake with it could only fail."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _retry_after(value: str | None) -> float | None:
    """Seconds of a `Retry-After` header (a number or an HTTP date), None when absent or unreadable."""
    if value is None:
        return None
    if value.strip().isascii() and value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _exchange(request: httpx.Request, response: httpx.Response) -> str:
    """A request and its answer as the wire log shows them, secrets redacted."""
    lines = [f"> {request.method} {request.url}"]
    lines += [f"> {k}: {_header(k, v)}" for k, v in request.headers.items()]
    lines += _body("> ", request.content)
    lines.append(f"< {response.status_code} {response.reason_phrase}")
    lines += [f"< {k}: {_header(k, v)}" for k, v in response.headers.items()]
    lines += _body("< ", response.content)
    return "\n".join(lines)


def _header(name: str, value: str) -> str:
    return REDACTED if name.lower() in SECRET_HEADERS else value


def _body(prefix: str, content: bytes) -> list[str]:
    """An XML body with the text and attributes of secret-named elements redacted; of anything else, only
    its size (it may be a page echoing what it was sent)."""
    if not content:
        return []
    try:
        root = etree.fromstring(content, _views.PARSER)
    except etree.XMLSyntaxError:
        return [f"{prefix}({len(content)} bytes, not XML)"]
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in element.attrib:
            if SECRET_NAMES.search(str(attribute)):
                element.set(attribute, REDACTED)
        if SECRET_NAMES.search(etree.QName(element).localname):
            for child in list(element):
                element.remove(child)
            element.text = REDACTED
    text = etree.tostring(root, encoding="unicode")
    return [prefix + line for line in text.splitlines()]


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
