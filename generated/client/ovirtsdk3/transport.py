"""HTTP transport of the ovirtsdk3 client: `Connection` (blocking) and `AsyncConnection`.

Requests go out over the client's own HTTP/1.1 (kept-alive sockets, one write per request, the answer parsed
as it arrives), or through httpx when the caller gives a `transport` or an `auth` scheme of httpx's, or the
environment names a proxy for the URL.

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
import http.cookiejar
import logging
import random
import re
import socket
import ssl
import threading
import time
import urllib.parse
import urllib.request
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
USER_AGENT = "ovirtsdk3"  # the engine's logs name the client
IDEMPOTENT = frozenset({"GET", "PUT", "DELETE"})
RETRIED_STATUSES = frozenset({502, 503, 504})
BACKOFF = 0.5  # seconds before the first retry; doubled for each further one
BACKOFF_MAX = 8.0
RETRY_AFTER_MAX = 120.0  # a longer Retry-After is cut to this
MAX_RESPONSE_BYTES = 256 * 2**20  # what an answer may decode to, by default
MAX_HEAD_BYTES = 64 * 2**10  # an answer's status line and headers, or a chunk's size line
HEX_DIGITS = b"0123456789abcdefABCDEF"
READ_SIZE = 2**16
MAX_CONNECTIONS = 100  # open at once to one engine, as httpx's pool; further requests wait for one
BUSY = f"all {MAX_CONNECTIONS} connections stayed busy"
ENCODINGS = ("gzip", "x-gzip", "deflate")  # asked for, and undone under the bound
# Headers and body elements or attributes whose values the wire log never shows.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
SECRET_NAMES = re.compile(
    "password|passwd|passphrase|secret|token|ticket|private_key", re.IGNORECASE
)
REDACTED = "<redacted>"
# A path as sent: the characters a URL path may hold unescaped (RFC 3986), `%` of escapes included.
PLAIN_PATH = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*")


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


@dataclass(frozen=True)
class _Sent:
    """A request as built: what goes out, what the wire log shows and error messages name."""

    method: str
    origin: str  # scheme://host[:port]
    path: str  # as sent, escaped
    query: str  # as sent, encoded; "" when none
    headers: dict[str, str]
    body: bytes | None

    @property
    def url(self) -> str:
        """Without the query (which may hold what a search looked for)."""
        return self.origin + self.path

    @property
    def target(self) -> str:
        return self.path + ("?" + self.query if self.query else "")


@dataclass(frozen=True)
class _Answer:
    """An answer as read, its body decoded (header names in lower case)."""

    status: int
    reason: str
    headers: list[tuple[str, str]]
    content: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k == name), None)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


class ProtocolError(Exception):
    """An answer that is not HTTP/1.1 as it should be."""


class _Broken(Exception):
    """No answer: the connection failed, timed out or broke the protocol (`retryable` unless the request
    itself was at fault)."""

    def __init__(self, error: BaseException, retryable: bool = True) -> None:
        super().__init__(error)
        self.error, self.retryable = error, retryable


class _Connection:
    """What both connections share: the address, credentials and session rules, the requests they build and
    how they read answers. The subclasses only send.

    Requests go out through the client's own HTTP/1.1 (`_Wire`: kept-alive sockets, each request one
    write, the answer parsed as it arrives) unless the caller gives a `transport` or an `auth` scheme of
    httpx, or the environment names a proxy for the URL: then through an `httpx.Client`. Either way the
    session cookie is kept here, not in a cookie jar."""

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
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{url}: give the API's http:// or https:// URL")
        path = parts.path.rstrip("/") or api_root
        self._origin = f"{parts.scheme}://{parts.netloc}"
        self.url = self._origin + path
        self._path = path
        self._auth = auth
        self.__authorization = None
        if auth is None:
            token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
            self.__authorization = f"Basic {token}"
        self._persistent = persistent_auth
        self.session: str | None = None  # the JSESSIONID the server gave
        self._headers = {
            "User-Agent": USER_AGENT,
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

    def _has_session(self) -> bool:
        return self._persistent and self.session is not None

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
    ) -> _Sent:
        """One request: the connection's headers, then the method's, then the call's own (`headers=`). `last`
        leaves out `Prefer: persistent-auth`: the request that ends the session."""
        sent = dict(self._headers)
        if self._persistent and not last:
            sent["Prefer"] = "persistent-auth"
        if body is not None:
            sent["Content-Type"] = "application/xml"
        for given in (headers, options.get("headers")):
            for name, value in (given or {}).items():
                sent[_checked(name, value)] = value
        expect = next((v for k, v in sent.items() if k.lower() == "expect"), None)
        # Apache in front of the engine drops `Expect`; the engine reads this too
        if expect is not None:
            sent["X-Ovirt-Expect"] = expect
        if login and self.__authorization is not None:
            sent["Authorization"] = self.__authorization
        elif not login and self.session is not None:
            sent["Cookie"] = f"{SESSION_COOKIE}={self.session}"
        full = self._path + ("/" + path if path else "")
        if not PLAIN_PATH.fullmatch(full):  # an href of the server's, say
            full = urllib.parse.quote(full, safe="/;=%!$&'()*+,:@~")
        encoded = urllib.parse.urlencode(query) if query else ""
        return _Sent(method, self._origin, full, encoded, sent, body)

    def _timeout_of(self, options: Options) -> float:
        return options.get("timeout", self._timeout)

    def _delay(
        self,
        method: str,
        attempt: int,
        answer: _Answer | None,
        options: Options,
        deadline: float,
    ) -> float | None:
        """Seconds to wait before trying again, None when the answer (or the failure) stands: also when the
        wait would end after the call's deadline."""
        retry = options.get("retry", method in IDEMPOTENT)
        if not retry or attempt >= self.max_retries:
            return None
        delay: float = min(BACKOFF * 2.0**attempt, BACKOFF_MAX) * random.uniform(0.5, 1.0)
        if answer is not None:
            if answer.status not in RETRIED_STATUSES:
                return None
            after = _retry_after(answer.header("retry-after"))
            if after is not None:
                delay = min(after, RETRY_AFTER_MAX)
        return delay if time.monotonic() + delay < deadline else None

    def _keep_session(self, answer: _Answer) -> None:
        """The session cookie of a `Set-Cookie` (guide §2.3 step 2), when sessions are kept."""
        if not self._persistent:
            return
        for name, value in answer.headers:
            if name == "set-cookie":
                cookie, _, attributes = value.partition(";")
                key, _, session = cookie.partition("=")
                if key.strip() == SESSION_COOKIE:
                    gone = not session.strip() or "max-age=0" in attributes.lower().replace(" ", "")
                    self.session = None if gone else session.strip()

    def _answer(self, sent: _Sent, answer: _Answer, moved_ok: bool) -> Response:
        if answer.status >= 400:
            raise _fault(answer)
        if 300 <= answer.status < 400:
            if moved_ok and answer.status == 301:
                return Response(answer.status, b"")
            where = answer.header("location") or "nowhere"
            raise RequestError(
                answer.status,
                "Redirect not followed",
                f"{sent.method} {sent.url} redirects to {where}: give the API's own URL",
            )
        root = _xml(sent, answer)
        if root is not None and root.tag == "fault":  # a fault is a fault, whatever the status says
            raise _fault(answer)
        return Response(answer.status, answer.content, root)

    def _failed(self, sent: _Sent, exc: BaseException) -> ConnectionError:
        text = str(exc)
        if "CERTIFICATE_VERIFY_FAILED" in text:
            hint = ": pass the engine's CA certificate as ca_file= (or insecure=True)"
        elif "WRONG_VERSION_NUMBER" in text:
            hint = ": the server does not speak TLS on this port (an http:// URL?)"
        else:
            hint = ""
        return ConnectionError(f"{sent.method} {sent.url}: {type(exc).__name__}: {text}{hint}")

    def _log(self, sent: _Sent, answer: _Answer) -> None:
        log.debug("%s %s -> %s", sent.method, self._origin + sent.target, answer.status)
        if self.debug:
            wire.debug("%s", _exchange(self._origin + sent.target, sent, answer))

    def _via_httpx(self, transport: object, url: str) -> bool:
        """Whether requests go through httpx: a transport or auth scheme of the caller's, or a proxy."""
        if transport is not None or self._auth is not None:
            return True
        parts, proxies = urllib.parse.urlsplit(url), urllib.request.getproxies()
        if parts.scheme not in proxies and "all" not in proxies:
            return False
        return not urllib.request.proxy_bypass(parts.hostname or "")


class Connection(_Connection):
    """The session with one engine, and the API root every path is relative to."""

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
        self._exchange: _Wire | _Httpx
        if self._via_httpx(transport, url):
            self._exchange = _Httpx(transport, self._auth, self._tls, self._timeout)
        else:
            parts = urllib.parse.urlsplit(url)
            tls = self._tls if parts.scheme == "https" else None
            self._exchange = _Wire(parts, tls)

    def close(self) -> None:
        """End the server's session (guide §2.3 step 3) and the connections; later calls raise
        `DisconnectedError`. Closing twice does nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._has_session():
                last = self._build("GET", "", None, None, None, NO_OPTIONS, login=False, last=True)
                deadline = time.monotonic() + self._timeout
                answer = self._exchange.send(
                    last, self._timeout, deadline, self.max_response_bytes, False
                )
                self._log(last, answer)
        except (_Broken, RequestError) as exc:  # the session then ends by its time-to-live
            log.debug("%s: the session could not be closed: %s", self.url, type(exc).__name__)
        finally:
            self.session = None
            self._exchange.close()

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
        timeout = self._timeout_of(options)
        deadline = time.monotonic() + timeout
        attempt = 0
        while True:
            login = not self._has_session()
            sent = self._build(method, path, query, headers, body, options, login=login)
            try:
                answer = self._send(sent, login, deadline)
                if answer.status == 401 and not login:
                    log.debug("session expired; logging in again")
                    self.session = None
                    sent = self._build(method, path, query, headers, body, options, login=True)
                    answer = self._send(sent, True, deadline)
            except _Broken as broken:
                delay = (
                    self._delay(method, attempt, None, options, deadline)
                    if broken.retryable
                    else None
                )
                if delay is None:
                    raise self._failed(sent, broken.error) from None
            else:
                delay = self._delay(method, attempt, answer, options, deadline)
                if delay is None:
                    return self._answer(sent, answer, moved_ok)
            log.debug("%s %s: trying again in %.2f s", method, sent.url, delay)
            time.sleep(delay)
            attempt += 1

    def _send(self, sent: _Sent, login: bool, deadline: float) -> _Answer:
        """The answer, by the call's deadline, its session cookie kept."""
        timeout = max(deadline - time.monotonic(), 0.001)
        answer = self._exchange.send(sent, timeout, deadline, self.max_response_bytes, login)
        self._keep_session(answer)
        self._log(sent, answer)
        return answer


class _Wire:
    """HTTP/1.1 to one engine over sockets of its own, kept alive between requests (one per request in
    flight). A request is one write; the answer is parsed as it arrives (`_Reader`). The generic stack costs
    several times more per small request (request and response objects, URL parsing, header validation,
    the cookie jar, two writes), which is most of what a call costs on a fast network."""

    def __init__(self, parts: urllib.parse.SplitResult, tls: ssl.SSLContext | None) -> None:
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if tls is not None else 80)
        self.tls = tls
        self.authority = parts.netloc
        self.idle: list[socket.socket] = []
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    def send(
        self, sent: _Sent, timeout: float, deadline: float, limit: int, login: bool
    ) -> _Answer:
        head = f"{sent.method} {sent.target} HTTP/1.1\r\nHost: {self.authority}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in sent.headers.items())
        if sent.body is not None or sent.method in ("POST", "PUT"):
            head += f"Content-Length: {len(sent.body or b'')}\r\n"
        data = (head + "\r\n").encode("latin-1") + (sent.body or b"")
        if not self.slots.acquire(timeout=timeout):
            raise _Broken(TimeoutError(BUSY))
        try:
            return self._exchange(sent, data, timeout, deadline, limit)
        finally:
            self.slots.release()

    def _exchange(
        self, sent: _Sent, data: bytes, timeout: float, deadline: float, limit: int
    ) -> _Answer:
        while True:
            reader = _Reader(sent, limit)
            try:
                connection, reused = self.idle.pop(), True
            except IndexError:
                connection, reused = self._open(timeout), False
            try:
                self._talk(connection, data, reader, timeout, deadline)
            except (OSError, ProtocolError) as exc:  # timeouts and TLS errors are OSErrors
                self._shut(connection)
                if reused and not reader.started and not isinstance(exc, TimeoutError):
                    continue  # a kept-alive connection that the server had closed
                raise _Broken(exc) from None
            except BaseException:
                self._shut(connection)
                raise
            if reader.keep:
                self.idle.append(connection)
            else:
                self._shut(connection)
            return reader.answer()

    def _open(self, timeout: float) -> socket.socket:
        try:
            sock = socket.create_connection((self.host, self.port), timeout)
        except OSError as exc:
            raise _Broken(exc) from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.tls is None:
            return sock
        try:
            return self.tls.wrap_socket(sock, server_hostname=self.host)
        except OSError as exc:
            sock.close()
            raise _Broken(exc) from None

    @staticmethod
    def _talk(
        sock: socket.socket, data: bytes, reader: _Reader, timeout: float, deadline: float
    ) -> None:
        """Send the request; read until its answer is complete."""
        sock.settimeout(timeout)
        sock.sendall(data)
        while not reader.feed(sock.recv(READ_SIZE)):
            if time.monotonic() > deadline:
                raise TimeoutError("the call's timeout ran out")

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        sock.close()

    def close(self) -> None:
        while self.idle:
            self._shut(self.idle.pop())


class _Httpx:
    """Requests through an `httpx.Client`: for a transport or an auth scheme of the caller's, or a
    proxy. Its cookie jar takes nothing: the connection keeps the session cookie."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None,
        auth: httpx.Auth | None,
        tls: ssl.SSLContext,
        timeout: float,
    ) -> None:
        self.auth = auth
        refusing = http.cookiejar.CookieJar(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        self.client = httpx.Client(
            timeout=timeout,
            verify=tls,
            transport=transport,
            follow_redirects=False,
            cookies=refusing,
        )

    def send(
        self, sent: _Sent, timeout: float, deadline: float, limit: int, login: bool
    ) -> _Answer:
        request = self.client.build_request(
            sent.method,
            sent.origin + sent.target,
            headers=sent.headers,
            content=sent.body,
            timeout=timeout,
        )
        try:
            response = self.client.send(request, auth=self.auth if login else None, stream=True)
            try:
                # a transport of the caller's may have read (and decoded) it: httpx.MockTransport does
                if response.is_stream_consumed:
                    decoded = _Decoded(sent, response.status_code, "", limit)
                    decoded.feed(response.content)
                else:
                    encoding = response.headers.get("content-encoding", "")
                    decoded = _Decoded(sent, response.status_code, encoding, limit)
                    for chunk in response.iter_raw():
                        decoded.feed(chunk)
                        if time.monotonic() > deadline:
                            raise httpx.ReadTimeout("the call's timeout ran out", request=request)
            finally:
                response.close()
        except httpx.TransportError as exc:
            raise _Broken(exc) from None
        except httpx.HTTPError as exc:
            raise _Broken(exc, retryable=False) from None
        headers = [(k.lower(), v) for k, v in response.headers.multi_items()]
        return _Answer(response.status_code, response.reason_phrase, headers, decoded.content())

    def close(self) -> None:
        self.client.close()


class AsyncConnection(_Connection):
    """The session with one engine, and the API root every path is relative to."""

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
        self._exchange: _AsyncWire | _AsyncHttpx
        if self._via_httpx(transport, url):
            self._exchange = _AsyncHttpx(transport, self._auth, self._tls, self._timeout)
        else:
            parts = urllib.parse.urlsplit(url)
            tls = self._tls if parts.scheme == "https" else None
            self._exchange = _AsyncWire(parts, tls)

    async def close(self) -> None:
        """End the server's session (guide §2.3 step 3) and the connections; later calls raise
        `DisconnectedError`. Closing twice does nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._has_session():
                last = self._build("GET", "", None, None, None, NO_OPTIONS, login=False, last=True)
                deadline = time.monotonic() + self._timeout
                answer = await self._exchange.send(
                    last, self._timeout, deadline, self.max_response_bytes, False
                )
                self._log(last, answer)
        except (_Broken, RequestError) as exc:  # the session then ends by its time-to-live
            log.debug("%s: the session could not be closed: %s", self.url, type(exc).__name__)
        finally:
            self.session = None
            await self._exchange.close()

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
        timeout = self._timeout_of(options)
        deadline = time.monotonic() + timeout
        attempt = 0
        while True:
            login = not self._has_session()
            sent = self._build(method, path, query, headers, body, options, login=login)
            try:
                answer = await self._send(sent, login, deadline)
                if answer.status == 401 and not login:
                    log.debug("session expired; logging in again")
                    self.session = None
                    sent = self._build(method, path, query, headers, body, options, login=True)
                    answer = await self._send(sent, True, deadline)
            except _Broken as broken:
                delay = (
                    self._delay(method, attempt, None, options, deadline)
                    if broken.retryable
                    else None
                )
                if delay is None:
                    raise self._failed(sent, broken.error) from None
            else:
                delay = self._delay(method, attempt, answer, options, deadline)
                if delay is None:
                    return self._answer(sent, answer, moved_ok)
            log.debug("%s %s: trying again in %.2f s", method, sent.url, delay)
            await asyncio.sleep(delay)
            attempt += 1

    async def _send(self, sent: _Sent, login: bool, deadline: float) -> _Answer:
        """The answer, by the call's deadline, its session cookie kept."""
        timeout = max(deadline - time.monotonic(), 0.001)
        answer = await self._exchange.send(sent, timeout, deadline, self.max_response_bytes, login)
        self._keep_session(answer)
        self._log(sent, answer)
        return answer


class _AsyncWire:
    """HTTP/1.1 to one engine over sockets of its own, kept alive between requests (one per request in
    flight). A request is one write; the answer is parsed as it arrives (`_Reader`). The generic stack costs
    several times more per small request (request and response objects, URL parsing, header validation,
    the cookie jar, two writes), which is most of what a call costs on a fast network."""

    def __init__(self, parts: urllib.parse.SplitResult, tls: ssl.SSLContext | None) -> None:
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if tls is not None else 80)
        self.tls = tls
        self.authority = parts.netloc
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.slots = asyncio.Semaphore(MAX_CONNECTIONS)

    async def send(
        self, sent: _Sent, timeout: float, deadline: float, limit: int, login: bool
    ) -> _Answer:
        head = f"{sent.method} {sent.target} HTTP/1.1\r\nHost: {self.authority}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in sent.headers.items())
        if sent.body is not None or sent.method in ("POST", "PUT"):
            head += f"Content-Length: {len(sent.body or b'')}\r\n"
        data = (head + "\r\n").encode("latin-1") + (sent.body or b"")
        try:
            async with asyncio.timeout(timeout):
                await self.slots.acquire()
        except TimeoutError:
            raise _Broken(TimeoutError(BUSY)) from None
        try:
            return await self._exchange(sent, data, timeout, deadline, limit)
        finally:
            self.slots.release()

    async def _exchange(
        self, sent: _Sent, data: bytes, timeout: float, deadline: float, limit: int
    ) -> _Answer:
        while True:
            reader = _Reader(sent, limit)
            try:
                connection, reused = self.idle.pop(), True
            except IndexError:
                connection, reused = await self._open(timeout), False
            try:
                await self._talk(connection, data, reader, timeout, deadline)
            except (OSError, ProtocolError) as exc:  # timeouts and TLS errors are OSErrors
                self._shut(connection)
                if reused and not reader.started and not isinstance(exc, TimeoutError):
                    continue  # a kept-alive connection that the server had closed
                raise _Broken(exc) from None
            except BaseException:
                self._shut(connection)
                raise
            if reader.keep:
                self.idle.append(connection)
            else:
                self._shut(connection)
            return reader.answer()

    async def _open(self, timeout: float) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        server_hostname = self.host if self.tls is not None else None
        try:
            async with asyncio.timeout(timeout):
                return await asyncio.open_connection(
                    self.host, self.port, ssl=self.tls, server_hostname=server_hostname
                )
        except OSError as exc:
            raise _Broken(exc) from None

    @staticmethod
    async def _talk(
        stream: tuple[asyncio.StreamReader, asyncio.StreamWriter],
        data: bytes,
        reader: _Reader,
        timeout: float,
        deadline: float,
    ) -> None:
        """Send the request; read until its answer is complete."""
        async with asyncio.timeout(timeout):
            stream[1].write(data)
            while not reader.feed(await stream[0].read(READ_SIZE)):
                if time.monotonic() > deadline:
                    raise TimeoutError("the call's timeout ran out")

    @staticmethod
    def _shut(stream: tuple[asyncio.StreamReader, asyncio.StreamWriter]) -> None:
        stream[1].close()

    async def close(self) -> None:
        while self.idle:
            self._shut(self.idle.pop())


class _AsyncHttpx:
    """Requests through an `httpx.AsyncClient`: for a transport or an auth scheme of the caller's, or a
    proxy. Its cookie jar takes nothing: the connection keeps the session cookie."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None,
        auth: httpx.Auth | None,
        tls: ssl.SSLContext,
        timeout: float,
    ) -> None:
        self.auth = auth
        refusing = http.cookiejar.CookieJar(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        self.client = httpx.AsyncClient(
            timeout=timeout,
            verify=tls,
            transport=transport,
            follow_redirects=False,
            cookies=refusing,
        )

    async def send(
        self, sent: _Sent, timeout: float, deadline: float, limit: int, login: bool
    ) -> _Answer:
        request = self.client.build_request(
            sent.method,
            sent.origin + sent.target,
            headers=sent.headers,
            content=sent.body,
            timeout=timeout,
        )
        try:
            response = await self.client.send(
                request, auth=self.auth if login else None, stream=True
            )
            try:
                # a transport of the caller's may have read (and decoded) it: httpx.MockTransport does
                if response.is_stream_consumed:
                    decoded = _Decoded(sent, response.status_code, "", limit)
                    decoded.feed(response.content)
                else:
                    encoding = response.headers.get("content-encoding", "")
                    decoded = _Decoded(sent, response.status_code, encoding, limit)
                    async for chunk in response.aiter_raw():
                        decoded.feed(chunk)
                        if time.monotonic() > deadline:
                            raise httpx.ReadTimeout("the call's timeout ran out", request=request)
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            raise _Broken(exc) from None
        except httpx.HTTPError as exc:
            raise _Broken(exc, retryable=False) from None
        headers = [(k.lower(), v) for k, v in response.headers.multi_items()]
        return _Answer(response.status_code, response.reason_phrase, headers, decoded.content())

    async def close(self) -> None:
        await self.client.aclose()


def _checked(name: str, value: str) -> str:
    """A header of the caller's, refused when it would not be one header line (a name, then a value)."""
    if (
        not re.fullmatch(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+", name)
        or not value.isascii()
        or ("\r" in value or "\n" in value or "\0" in value)
    ):
        raise ValueError(f"header {name!r}: {value!r} is not a valid header (ASCII, one line)")
    return name


class _Reader:
    """One HTTP/1.1 answer, parsed from the bytes as they arrive (both halves feed it what they read): the
    status line and headers, then a body framed by Content-Length, chunks, or the end of the connection;
    1xx answers skipped. Heads and chunk lines are bounded (`MAX_HEAD_BYTES`), bodies by `_Decoded`. What
    is read is appended in place and searched from where the last search stopped, so a server trickling its
    answer byte by byte, or in one-byte chunks, costs time linear in what it sends.
    """

    def __init__(self, sent: _Sent, limit: int) -> None:
        self.sent, self.limit = sent, limit
        self.buffer = bytearray()
        self.scanned = 0  # where the next search for a line's end starts in `buffer`
        self.started = False  # a byte arrived
        self.keep = False  # the connection can carry another request
        self.status, self.reason = 0, ""
        self.headers: list[tuple[str, str]] = []
        self.body: _Decoded | None = None
        self.left = -1  # body bytes to come; -1: until the connection ends
        # with chunks: bytes left of this one; -1 a size line to come, -2 the CRLF after data, -3 trailers
        self.chunk: int | None = None

    def feed(self, data: bytes) -> bool:
        """Take what was read (b"": the server closed the connection); True once the answer is complete."""
        if not data:
            if self.body is not None and self.left == -1 and self.chunk is None:
                return True
            raise ProtocolError("the server closed the connection before the answer was complete")
        self.started = True
        if self.body is None:
            self.buffer += data
            while self.body is None:
                end = self.buffer.find(b"\r\n\r\n", self.scanned)
                if end < 0:
                    if len(self.buffer) > MAX_HEAD_BYTES:
                        raise ProtocolError(f"an answer's head longer than {MAX_HEAD_BYTES} bytes")
                    self.scanned = max(len(self.buffer) - 3, 0)
                    return False
                head = self.buffer[:end].decode("latin-1")
                del self.buffer[: end + 4]
                self.scanned = 0
                self._head(head)
            data = bytes(self.buffer)
            self.buffer.clear()
            if self.left == 0:
                return True
            if not data:
                return False
        if self.chunk is not None:
            return self._chunks(data)
        body = self.body
        if self.left > 0:
            if len(data) > self.left:  # more than the answer: the connection is not to be trusted
                self.keep, data = False, data[: self.left]
            self.left -= len(data)
        body.feed(data)
        return self.left == 0

    def _head(self, head: str) -> None:
        lines = head.split("\r\n")
        version, _, rest = lines[0].partition(" ")
        code, _, self.reason = rest.partition(" ")
        if not version.startswith("HTTP/1.") or not (code.isdigit() and len(code) == 3):
            raise ProtocolError(f"not an HTTP/1.1 answer: {lines[0][:80]!r}")
        self.status = int(code)
        if 100 <= self.status < 200:  # 100 Continue and the like: the answer follows
            return
        self.headers = []
        for line in lines[1:]:
            name, colon, value = line.partition(":")
            if not colon or not name or name != name.strip():
                raise ProtocolError(f"not a header line: {line[:80]!r}")
            self.headers.append((name.lower(), value.strip()))
        found = dict(self.headers)
        self.keep = version == "HTTP/1.1" and "close" not in found.get("connection", "").lower()
        if self.sent.method == "HEAD" or self.status in (204, 304):
            self.left = 0
        elif "chunked" in found.get("transfer-encoding", "").lower():
            self.chunk = -1
        elif "content-length" in found:
            length = found["content-length"]
            if not length.isdigit():
                raise ProtocolError(f"Content-Length {length[:40]!r}")
            self.left = int(length)
        else:
            self.keep = False
        self.body = _Decoded(self.sent, self.status, found.get("content-encoding", ""), self.limit)

    def _chunks(self, data: bytes) -> bool:
        assert self.body is not None and self.chunk is not None
        buffer, at = self.buffer, 0  # `at`: what is read of `buffer`, dropped on the way out
        buffer += data
        try:
            while True:
                if self.chunk > 0:
                    piece = bytes(buffer[at : at + self.chunk])
                    at += len(piece)
                    self.chunk -= len(piece)
                    self.body.feed(piece)
                    if self.chunk:
                        return False
                    self.chunk = -2
                end = buffer.find(b"\r\n", max(at, self.scanned))
                if end < 0:
                    if len(buffer) - at > MAX_HEAD_BYTES:
                        raise ProtocolError(f"a chunk line longer than {MAX_HEAD_BYTES} bytes")
                    self.scanned = max(len(buffer) - 1, at)
                    return False
                line, at = bytes(buffer[at:end]), end + 2
                if self.chunk == -2:  # the end of a chunk's data
                    if line:
                        raise ProtocolError("a chunk longer than its size")
                    self.chunk = -1
                elif self.chunk == -3:  # trailers, up to an empty line
                    if not line:
                        self.chunk = None
                        self.left = 0
                        return True
                else:
                    size = line.split(b";")[0].strip()
                    if not size or size.strip(HEX_DIGITS):  # int() would take "-1", "+f" and "1_0"
                        raise ProtocolError(f"a chunk size {size[:20]!r}")
                    self.chunk = int(size, 16) or -3
        finally:
            del buffer[:at]
            self.scanned = max(self.scanned - at, 0)

    def answer(self) -> _Answer:
        assert self.body is not None
        return _Answer(self.status, self.reason, self.headers, self.body.content())


class _Decoded:
    """An answer's body with its `Content-Encoding` undone (outermost layer last in the header) as the raw
    bytes arrive. No layer may give more than `limit` bytes: each decompressor is asked for at most what is
    left of the bound plus one byte, so memory stays within it whatever the compression ratio."""

    def __init__(self, sent: _Sent, status: int, encoding: str, limit: int) -> None:
        self.sent, self.status, self.limit = sent, status, limit
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
        unknown = [c for c in codings if c not in (*ENCODINGS, "identity")]
        if unknown:
            raise self._error(f"Content-Encoding {unknown[0]!r} is not one this client asked for")
        self.layers = [_Layer(c) for c in reversed(codings) if c != "identity"]
        self.chunks: list[bytes] = []
        self.size = 0

    def _error(self, detail: str) -> RequestError:
        return RequestError(
            self.status, "Answer refused", f"{self.sent.method} {self.sent.url}: {detail}"
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

    def content(self) -> bytes:
        return b"".join(self.chunks)


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


def _exchange(url: str, sent: _Sent, answer: _Answer) -> str:
    """A request and its answer as the wire log shows them, secrets redacted."""
    lines = [f"> {sent.method} {url}"]
    lines += [f"> {k}: {_header(k, v)}" for k, v in sent.headers.items()]
    lines += _body("> ", sent.body or b"")
    lines.append(f"< {answer.status} {answer.reason}")
    lines += [f"< {k}: {_header(k, v)}" for k, v in answer.headers]
    lines += _body("< ", answer.content)
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


def _xml(sent: _Sent, answer: _Answer) -> etree._Element | None:
    """The XML document of a successful answer; anything else is an error, never an empty result."""
    if not answer.content.strip():
        return None
    media = (answer.header("content-type") or "").split(";")[0].strip().lower()
    root = None
    if not media or media.endswith(("/xml", "+xml")):
        try:
            root = etree.fromstring(answer.content, _views.PARSER)
        except etree.XMLSyntaxError:
            pass
    if root is None or etree.QName(root).localname.lower() == "html":
        shown = " ".join(answer.text[:200].split())
        raise RequestError(
            answer.status,
            "Not an API answer",
            f"{sent.method} {sent.url} answered {media or 'something'} that is not XML: {shown}",
        )
    return root


def _fault(answer: _Answer) -> RequestError:
    reason, detail = answer.reason, None
    try:
        root = etree.fromstring(answer.content, _views.PARSER) if answer.content else None
    except etree.XMLSyntaxError:
        root = None
    if root is not None and root.tag == "fault":
        reason = root.findtext("reason") or reason
        detail = root.findtext("detail")
    elif answer.content:
        detail = answer.text[:500]
    return RequestError(answer.status, reason, detail)
