"""Downloading a live engine's RSDL (`GET <root>?rsdl`) and XML Schema (`GET <root>?schema`).

Both documents are validated with the project's own readers before anything is written, and written through
temporary files, so a failed fetch never leaves a half-written or unparsable pair behind. Authentication follows
the vendor guide (§2): HTTP Basic on the first request with `Prefer: persistent-auth`, then the engine's session
cookie; the last request leaves out `Prefer` so the engine closes the session we opened.

Whatever the server answers, the credentials and the session cookie go to the URL given and nowhere else:
redirects are not followed (an error names where they point), and the session cookie is sent by hand rather
than from a cookie jar, which would hand it to any host and trip over an engine that sets its own. `timeout`
bounds the whole download, so a server that trickles its answer is cut off too.

The documents are asked for uncompressed (`Accept-Encoding: identity`) and read raw, counting the bytes as they
arrive: an answer with any other `Content-Encoding` is refused before a byte of it is decoded, since a few
kilobytes of gzip (in layers: `gzip, gzip`) can decode to gigabytes.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import ssl
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..errors import InputError, Location
from ..model.loading import Model, load_documents
from ..readers.safe_xml import MAX_BYTES

SESSION_COOKIE = "JSESSIONID"
# RFC 6265 cookie-octets: nothing that could end the header or add another cookie
_COOKIE_VALUE = re.compile(r"[!#-+\--:<-\[\]-~]+")
# Where in CPython's ssl module an error was raised: " (_ssl.c:1006)", of no use to a user.
_SSL_SOURCE = re.compile(r" \(_ssl\.c:\d+\)")


@dataclass
class Connection:
    url: str  # the API root, e.g. https://engine.example.com/ovirt-engine/api
    user: str | None = None  # user@domain
    password: str | None = None
    session_cookie: str | None = None  # an existing JSESSIONID, instead of user and password
    ca_file: str | None = None
    insecure: bool = False
    timeout: float = 30.0  # seconds for the whole download


@dataclass
class Fetched:
    rsdl: bytes
    schema: bytes
    model: Model  # read from the two documents, named by their URLs


def download(connection: Connection) -> Fetched:
    """Fetch and parse both documents; raises InputError (naming the URL) on any failure."""
    # A document's URL pasted from a browser (`…/api?rsdl`) names the API root too.
    root = re.sub(r"\?(rsdl|schema)$", "", connection.url).rstrip("/")
    if not re.match(r"^https?://", root):
        raise InputError(Location(connection.url), "not an http:// or https:// URL")
    rsdl_url, schema_url = f"{root}?rsdl", f"{root}?schema"
    session = _Session(connection, time.monotonic() + connection.timeout)
    with _client(connection) as client:
        rsdl = session.get(client, rsdl_url, last=False)
        schema = session.get(client, schema_url, last=True)
    return Fetched(rsdl, schema, load_documents(rsdl, rsdl_url, schema, schema_url))


def save(fetched: Fetched, rsdl: Path, schema: Path) -> tuple[Path, Path]:
    """Write both documents (`DIR/rsdl.xml` and `DIR/api.xsd`, or where a project keeps them): both or
    neither, never a partial file."""
    targets = [(rsdl, fetched.rsdl), (schema, fetched.schema)]
    temporary: list[str] = []
    try:
        for path, _ in targets:
            path.parent.mkdir(parents=True, exist_ok=True)
        for path, data in targets:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            temporary.append(tmp)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o644)
        for tmp, (path, _) in zip(temporary, targets, strict=True):
            os.replace(tmp, path)
    except OSError as exc:
        where = exc.filename or rsdl.parent
        raise InputError(Location(str(where)), exc.strerror or str(exc)) from None
    finally:
        for tmp in temporary:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return rsdl, schema


def _client(connection: Connection, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    verify: ssl.SSLContext | bool = not connection.insecure
    if connection.ca_file:
        try:
            verify = ssl.create_default_context(cafile=connection.ca_file)
        except (OSError, ssl.SSLError) as exc:
            message = getattr(exc, "strerror", None) or "not a readable PEM certificate file"
            raise InputError(Location(connection.ca_file), message) from None
    return httpx.Client(
        verify=verify,
        timeout=connection.timeout,
        # a jar that keeps nothing: the session cookie is sent by hand, to the engine only
        cookies=http.cookiejar.CookieJar(http.cookiejar.DefaultCookiePolicy(allowed_domains=[])),
        headers={"Version": "3", "Accept": "application/xml", "Accept-Encoding": "identity"},
        follow_redirects=False,
        transport=transport,  # tests: an engine in process
    )


class _Session:
    """The session cookie (the user's, or the one the engine gave after Basic) and the download's deadline."""

    def __init__(self, connection: Connection, deadline: float) -> None:
        self.connection = connection
        self.deadline = deadline
        self.cookie: str | None = None
        if connection.session_cookie is not None:
            value = connection.session_cookie.removeprefix(f"{SESSION_COOKIE}=")
            if not _COOKIE_VALUE.fullmatch(value):
                raise InputError(Location("--session-cookie"), "not a cookie value")
            self.cookie = value

    def get(self, client: httpx.Client, url: str, last: bool) -> bytes:
        connection = self.connection
        headers = {}
        # Keep a session the user handed us; close the one we opened with our last request.
        if not last or connection.session_cookie:
            headers["Prefer"] = "persistent-auth"
        auth = None
        if self.cookie is not None:
            headers["Cookie"] = f"{SESSION_COOKIE}={self.cookie}"
        elif connection.user is not None:
            auth = httpx.BasicAuth(connection.user, connection.password or "")
        where = Location(url)
        timed_out = InputError(where, f"timed out after {connection.timeout:g} s")
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise timed_out
        try:
            with client.stream(
                "GET", url, headers=headers, auth=auth, timeout=remaining
            ) as response:
                _check_status(response, connection, where)
                data = _read_limited(response, where, self.deadline, timed_out)
        except httpx.TimeoutException:
            raise timed_out from None
        except httpx.ConnectError as exc:
            raise InputError(where, _connect_error(exc)) from None
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            # A TLS port drops or resets a plain-http request without a word.
            hint = ": is the URL https://?" if url.startswith("http://") else ""
            raise InputError(where, f"request failed: {exc}{hint}") from None
        except httpx.HTTPError as exc:
            raise InputError(where, f"request failed: {exc}") from None
        _refuse_html(response, data, where)
        if self.cookie is None:
            given = [c.value for c in response.cookies.jar if c.name == SESSION_COOKIE and c.value]
            self.cookie = given[-1] if given and _COOKIE_VALUE.fullmatch(given[-1]) else None
        return data


def _check_status(response: httpx.Response, connection: Connection, where: Location) -> None:
    if response.status_code == 401:
        if connection.user is None and connection.session_cookie is None:
            raise InputError(where, "401 Unauthorized: give --user and --password")
        raise InputError(where, "401 Unauthorized: wrong user name or password, or expired session")
    if response.status_code >= 400:
        raise InputError(where, f"HTTP {response.status_code} {response.reason_phrase}")
    if 300 <= response.status_code < 400:
        target = response.headers.get("location", "nowhere")
        raise InputError(
            where,
            f"HTTP {response.status_code} redirects to {target}: not followed (credentials go to the URL "
            "given only); give the API root it names",
        )


def _read_limited(
    response: httpx.Response, where: Location, deadline: float, timed_out: InputError
) -> bytes:
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding != "identity":
        raise InputError(
            where,
            f"answered with Content-Encoding {encoding!r} where identity was asked for: refused "
            "(a compressed answer is not decoded: it could be a decompression bomb)",
        )
    chunks, size = [], 0
    for chunk in response.iter_raw():
        if time.monotonic() > deadline:
            raise timed_out
        size += len(chunk)
        if size > MAX_BYTES:
            raise InputError(where, f"answer larger than the {MAX_BYTES} bytes allowed")
        chunks.append(chunk)
    data = b"".join(chunks)
    if not data.strip():
        raise InputError(where, f"empty answer (HTTP {response.status_code})")
    return data


def _refuse_html(response: httpx.Response, data: bytes, where: Location) -> None:
    """Proxies and application servers answer with HTML pages (login forms, error pages) even with 200."""
    start = data.lstrip()[:200].lower()
    html = "html" in response.headers.get("content-type", "") or start.startswith(
        (b"<!doctype html", b"<html")
    )
    if not html:
        return
    title = re.search(rb"<title[^>]*>(.*?)</title>", data, re.IGNORECASE | re.DOTALL)
    shown = f" '{title.group(1).decode(errors='replace').strip()}'" if title else ""
    raise InputError(
        where,
        f"the server answered with an HTML page{shown}, not XML: is the URL the API root "
        "(e.g. https://engine.example.com/ovirt-engine/api)?",
    )


def _connect_error(exc: httpx.ConnectError) -> str:
    text = str(exc)
    if "WRONG_VERSION_NUMBER" in text or "wrong version number" in text:
        return "the server does not speak TLS on this port: is the URL http://, or another port?"
    if "CERTIFICATE_VERIFY_FAILED" in text:
        detail = _SSL_SOURCE.sub("", re.sub(r"^.*certificate verify failed: ", "", text))
        return f"TLS verification failed ({detail}): give the engine's CA with --ca-file, or --insecure"
    if "SSL" in text or "TLS" in text:
        return "TLS handshake failed: " + _SSL_SOURCE.sub("", text)
    if "refused" in text.lower():
        return "connection refused: is the engine running, and is the URL right?"
    if "name or service not known" in text.lower() or "nodename" in text.lower():
        return "cannot resolve the host name"
    return f"cannot connect: {text}"
