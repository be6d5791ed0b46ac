"""The client's own HTTP/1.1 (transport.py's `_Wire`) against a scripted server on loopback: answers split
across writes, chunked bodies, 1xx answers, kept-alive connections the server closes, answers cut short or
not HTTP, headers that would split a request, and a proxy named by the environment (then httpx speaks).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from tests.support.client_packages import package

VM = b'<vm id="1" href="/ovirt-engine/api/vms/1"><name>web1</name><memory>512</memory></vm>'
Script = Callable[[socket.socket, int], bool]  # answers request N on a connection; False: close it


def answer(body: bytes = VM, status: str = "200 OK", extra: bytes = b"") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: application/xml\r\nContent-Length: {len(body)}\r\n".encode()
        + extra
        + b"\r\n"
        + body
    )


def read_request(conn: socket.socket) -> bytes | None:
    """One request, head and body (by Content-Length); None when the client closed the connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return None
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (
            int(line.split(b":")[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        ),
        0,
    )
    while len(body) < length:
        body += conn.recv(65536)
    return data


class Scripted:
    """A server that answers each request with `script(connection, number)`; records requests and
    connections."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[bytes] = []
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", 0))

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self.converse, args=(conn,), daemon=True).start()

    def converse(self, conn: socket.socket) -> None:
        with conn:
            number = 0
            while (request := read_request(conn)) is not None:
                self.requests.append(request)
                if not self.script(conn, number):
                    return
                number += 1


@contextmanager
def scripted(script: Script) -> Iterator[tuple[str, Scripted]]:
    server = Scripted(script)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.listener.getsockname()[1]}/ovirt-engine/api", server
    finally:
        server.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() (closing alone does not)
        server.listener.close()
        thread.join(5)


def get_both(url: str, **settings: Any) -> list[Any]:
    """`vms.get(id="1")` through the blocking and the asyncio half."""
    sdk = package("default")
    with sdk.API(url, "u", "p", **settings) as api:
        blocking = api.vms.get(id="1")

    async def asynchronous() -> Any:
        async with sdk.AsyncAPI(url, "u", "p", **settings) as api:
            return await api.vms.get(id="1")

    return [blocking, asyncio.run(asynchronous())]


def test_an_answer_split_across_writes_and_chunked_with_extensions_and_trailers() -> None:
    def script(conn: socket.socket, number: int) -> bool:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
        chunks = [VM[:10], VM[10:]]
        body = (
            b"".join(b"%x;ext=1\r\n%s\r\n" % (len(c), c) for c in chunks)
            + b"0\r\nX-Trailer: t\r\n\r\n"
        )
        for piece in (head[:7], head[7:], body[:3], body[3:20], body[20:]):
            conn.sendall(piece)
            time.sleep(0.002)
        return True

    with scripted(script) as (url, server):
        for vm in get_both(url):
            assert (vm.id, vm.name, vm.memory) == ("1", "web1", 512)
        assert (
            server.connections == 2
        )  # one per API: the connection was kept for the chunked answer


def fresh_reader(transport: Any) -> Any:
    """The answer reader of a GET, fed by hand."""
    sent = transport._Sent("GET", "http://engine", "/ovirt-engine/api/vms/1", "", {}, None)
    return transport._Reader(sent, 2**20)


def test_an_answer_read_one_byte_at_a_time_in_one_byte_chunks() -> None:
    """The reader keeps what it has read and searches on from where it stopped (a server trickling its answer,
    or sending one-byte chunks, costs time linear in what it sends)."""
    transport = package("default").transport
    reader = fresh_reader(transport)
    body = b"".join(b"1\r\n%c\r\n" % byte for byte in VM) + b"0\r\nX-Trailer: t\r\n\r\n"
    raw = b"HTTP/1.1 100 Continue\r\n\r\n" + (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
        + body
    )
    done = [reader.feed(raw[i : i + 1]) for i in range(len(raw))]
    assert done == [False] * (len(raw) - 1) + [True]
    got = reader.answer()
    assert (got.status, got.content, reader.keep) == (200, VM, True)
    assert reader.buffer == b""  # nothing of the answer left behind


@pytest.mark.parametrize("size", [b"-1", b"+5", b"1_0", b""])
def test_a_chunk_size_that_is_not_hex_digits_is_refused(size: bytes) -> None:
    transport = package("default").transport
    reader = fresh_reader(transport)
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    with pytest.raises(transport.ProtocolError, match="chunk size"):
        reader.feed(head + size + b"\r\nxxxxxxxxxxxxxxxxxxxx\r\n0\r\n\r\n")


def test_1xx_answers_are_skipped() -> None:
    def script(conn: socket.socket, number: int) -> bool:
        conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n" + answer())
        return True

    with scripted(script) as (url, _):
        assert [vm.name for vm in get_both(url)] == ["web1", "web1"]


def test_a_kept_alive_connection_the_server_closed_is_replaced() -> None:
    """The server closes the connection after each answer without saying so (as after its keep-alive
    timeout): the next request, even a POST, goes out again on a new connection, once."""

    def script(conn: socket.socket, number: int) -> bool:
        conn.sendall(answer())
        return False

    sdk = package("default")
    with scripted(script) as (url, server), sdk.API(url, "u", "p") as api:
        assert api.vms.get(id="1").name == "web1"
        assert api.vms.add(sdk.types.VM(name="web1")).name == "web1"
        assert server.connections == 2
        posts = [r for r in server.requests if r.startswith(b"POST")]
        assert len(posts) == 1  # sent once, on the new connection (the old one had been closed)


def test_an_answer_cut_short_is_a_connection_error_retried_for_idempotent_requests() -> None:
    def script(conn: socket.socket, number: int) -> bool:
        conn.sendall(answer()[:-5])  # five bytes of the body never come
        return False

    sdk = package("default")
    with scripted(script) as (url, server):
        with (
            sdk.API(url, "u", "p", max_retries=1) as api,
            pytest.raises(sdk.ConnectionError) as cut,
        ):
            api.vms.get(id="1")
        assert "ProtocolError" in str(cut.value) and "before the answer was complete" in str(
            cut.value
        )
        assert len(server.requests) == 2  # the GET and its one retry


@pytest.mark.parametrize(
    "garbage, says",
    [
        (b"SSH-2.0-OpenSSH_9.6\r\n\r\n", "not an HTTP/1.1 answer"),
        (b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000, "head longer than"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n", "Content-Length 'lots'"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "chunk size"),
    ],
)
def test_what_is_not_http_is_refused_in_one_line(garbage: bytes, says: str) -> None:
    def script(conn: socket.socket, number: int) -> bool:
        conn.sendall(garbage)
        return False

    sdk = package("default")
    with (
        scripted(script) as (url, _),
        sdk.API(url, "u", "p", max_retries=0) as api,
        pytest.raises(sdk.ConnectionError, match=says),
    ):
        api.vms.get(id="1")


def test_a_header_that_would_split_the_request_is_refused() -> None:
    sdk = package("default")
    with scripted(lambda conn, n: conn.sendall(answer()) is None) as (url, server):
        with sdk.API(url, "u", "p") as api:
            for name, value in (("X-A", "a\r\nInjected: 1"), ("X-A", "\u00e9"), ("X A", "a")):
                with pytest.raises(ValueError, match="not a valid header"):
                    api.vms.get(id="1", headers={name: value})
        assert not server.requests


def test_a_proxy_of_the_environment_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx speaks to the proxy: the request line names the whole URL."""
    with scripted(lambda conn, n: conn.sendall(answer()) is None) as (proxy, server):
        monkeypatch.setenv("HTTP_PROXY", proxy.removesuffix("/ovirt-engine/api"))
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        for vm in get_both("http://engine.test/ovirt-engine/api"):
            assert vm.name == "web1"
        lines = [r.split(b"\r\n")[0] for r in server.requests]
        assert lines == [b"GET http://engine.test/ovirt-engine/api/vms/1 HTTP/1.1"] * 2


def test_concurrent_requests_share_at_most_100_connections() -> None:
    """As httpx's pool: the 101st request in flight waits for a connection instead of opening one."""

    def script(conn: socket.socket, number: int) -> bool:
        time.sleep(0.2)  # the requests overlap
        conn.sendall(answer())
        return True

    sdk = package("default")

    async def many() -> list[Any]:
        async with sdk.AsyncAPI(url, "u", "p") as api:
            return await asyncio.gather(*(api.vms.get(id="1") for _ in range(130)))

    with scripted(script) as (url, server):
        assert [vm.name for vm in asyncio.run(many())] == ["web1"] * 130
        assert len(server.requests) == 130 and 50 <= server.connections <= 100
