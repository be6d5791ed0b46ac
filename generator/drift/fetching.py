"""Downloading a live engine's RSDL (`GET <root>?rsdl`) and XML Schema (`GET <root>?schema`).

Both documents are validated with the project's own readers before anything is written, and written through
temporary files, so a failed fetch never leaves a half-written or unparsable pair behind. Authentication follows
the vendor guide (§2): HTTP Basic on the first request with `Prefer: persistent-auth`, then the engine's session
cookie; the last request leaves out `Prefer` so the engine closes the session we opened.
"""

from __future__ import annotations

import os
import re
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..errors import InputError, Location
from ..model.loading import Model, load_documents
from ..readers.safe_xml import MAX_BYTES

SESSION_COOKIE = "JSESSIONID"


@dataclass
class Connection:
    url: str  # the API root, e.g. https://engine.example.com/ovirt-engine/api
    user: str | None = None  # user@domain
    password: str | None = None
    session_cookie: str | None = None  # an existing JSESSIONID, instead of user and password
    ca_file: str | None = None
    insecure: bool = False
    timeout: float = 30.0


@dataclass
class Fetched:
    rsdl: bytes
    schema: bytes
    model: Model  # read from the two documents, named by their URLs


def download(connection: Connection) -> Fetched:
    """Fetch and parse both documents; raises InputError (naming the URL) on any failure."""
    root = connection.url.rstrip("/")
    if not re.match(r"^https?://", root):
        raise InputError(Location(connection.url), "not an http:// or https:// URL")
    rsdl_url, schema_url = f"{root}?rsdl", f"{root}?schema"
    with _client(connection) as client:
        rsdl = _get(client, connection, rsdl_url, last=False)
        schema = _get(client, connection, schema_url, last=True)
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
        for tmp, (path, _) in zip(temporary, targets):
            os.replace(tmp, path)
    except OSError as exc:
        where = exc.filename or rsdl.parent
        raise InputError(Location(str(where)), exc.strerror or str(exc)) from None
    finally:
        for tmp in temporary:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return rsdl, schema


def _client(connection: Connection) -> httpx.Client:
    verify: ssl.SSLContext | bool = not connection.insecure
    if connection.ca_file:
        try:
            verify = ssl.create_default_context(cafile=connection.ca_file)
        except (OSError, ssl.SSLError) as exc:
            message = getattr(exc, "strerror", None) or "not a readable PEM certificate file"
            raise InputError(Location(connection.ca_file), message) from None
    cookies = httpx.Cookies()
    if connection.session_cookie:
        cookies.set(SESSION_COOKIE, connection.session_cookie.removeprefix(f"{SESSION_COOKIE}="))
    return httpx.Client(
        verify=verify,
        timeout=connection.timeout,
        cookies=cookies,
        headers={"Version": "3", "Accept": "application/xml"},
        follow_redirects=True,
    )


def _get(client: httpx.Client, connection: Connection, url: str, last: bool) -> bytes:
    in_session = SESSION_COOKIE in client.cookies
    headers = {}
    # Keep a session the user handed us; close the one we opened with our last request.
    if not last or connection.session_cookie:
        headers["Prefer"] = "persistent-auth"
    auth = None
    if connection.user is not None and not in_session:
        auth = httpx.BasicAuth(connection.user, connection.password or "")
    where = Location(url)
    try:
        with client.stream("GET", url, headers=headers, auth=auth) as response:
            _check_status(response, connection, where)
            data = _read_limited(response, where)
    except httpx.TimeoutException:
        raise InputError(where, f"timed out after {connection.timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise InputError(where, _connect_error(exc)) from None
    except httpx.HTTPError as exc:
        raise InputError(where, f"request failed: {exc}") from None
    _refuse_html(response, data, where)
    return data


def _check_status(response: httpx.Response, connection: Connection, where: Location) -> None:
    if response.status_code == 401:
        if connection.user is None and connection.session_cookie is None:
            raise InputError(where, "401 Unauthorized: give --user and --password")
        raise InputError(where, "401 Unauthorized: wrong user name or password, or expired session")
    if response.status_code >= 400:
        raise InputError(where, f"HTTP {response.status_code} {response.reason_phrase}")


def _read_limited(response: httpx.Response, where: Location) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
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
    if "CERTIFICATE_VERIFY_FAILED" in text or "SSL" in text or "TLS" in text:
        detail = re.sub(r"^.*\] ", "", text).strip(" ()")
        return f"TLS verification failed ({detail}): give the engine's CA with --ca-file, or --insecure"
    if "refused" in text.lower():
        return "connection refused: is the engine running, and is the URL right?"
    if "name or service not known" in text.lower() or "nodename" in text.lower():
        return "cannot resolve the host name"
    return f"cannot connect: {text}"
