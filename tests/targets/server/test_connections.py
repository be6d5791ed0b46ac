"""Issue 21.5 and 21.6: the mock engine served by uvicorn bounds what a connection costs before
authentication: the size (431) and count (431) of headers, the time to send them (408, connection closed), and
the connections at once (503), so that a client that behaves is still served."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import httpx
import uvicorn

import rsdlgen
from rsdlgen.mock import Settings
from rsdlgen.mock.app import create_app
from rsdlgen.mock.serve import bind, uvicorn_config
from tests.support.mock_servers import spec_of

AUTH = ("admin@internal", "admin")


@contextmanager
def served(**bounds: float) -> Iterator[tuple[str, int]]:
    """The default engine served by uvicorn on loopback in a thread, with `bounds` as Settings."""
    settings = Settings(**bounds)  # type: ignore[arg-type]
    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(
        uvicorn_config(create_app(spec_of(rsdlgen.load()), settings=settings), settings)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield "127.0.0.1", sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(10)


def exchange(address: tuple[str, int], data: bytes, timeout: float = 10) -> bytes:
    with socket.create_connection(address, timeout=timeout) as connection:
        with suppress(BrokenPipeError, ConnectionResetError):
            connection.sendall(data)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
        return answer


def test_a_header_block_past_the_bound_is_431_and_costs_no_more() -> None:
    with served(max_header_bytes=16 * 1024) as address:
        head = (
            b"GET /ovirt-engine/api HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 4 * 2**20 + b"\r\n\r\n"
        )
        started = time.monotonic()
        answer = exchange(address, head)
        assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]
        assert time.monotonic() - started < 5
        with httpx.Client(auth=AUTH) as client:  # and the engine still answers
            assert (
                client.get(f"http://{address[0]}:{address[1]}/ovirt-engine/api").status_code == 200
            )


def test_too_many_headers_is_431() -> None:
    with served(max_headers=20) as (host, port):
        headers = {f"X-H{i}": "1" for i in range(30)}
        answer = httpx.get(f"http://{host}:{port}/ovirt-engine/api", headers=headers, auth=AUTH)
        assert answer.status_code == 431


def test_a_slow_sender_is_cut_off_and_others_are_served() -> None:
    with served(header_timeout=0.5, max_connections=20) as address:
        slow = [socket.create_connection(address) for _ in range(10)]
        for connection in slow:
            connection.sendall(
                b"GET /ovirt-engine/api HTTP/1.1\r\nHost: x\r\n"
            )  # and never the end
        time.sleep(1.0)
        for connection in slow:
            connection.settimeout(2)
            assert connection.recv(200).startswith(b"HTTP/1.1 408 ")
            assert connection.recv(200) == b""  # closed: the descriptor is free again
            connection.close()
        with httpx.Client(auth=AUTH) as client:
            assert (
                client.get(f"http://{address[0]}:{address[1]}/ovirt-engine/api").status_code == 200
            )


def test_a_connection_past_the_cap_is_refused_when_accepted_and_the_others_are_served() -> None:
    """Idle connections that never send a header cannot hold every descriptor: the one past the cap is
    answered 503 and closed at once, before it sends anything; those within it are served."""
    with served(max_connections=5, header_timeout=30) as address:
        idle = [socket.create_connection(address) for _ in range(4)]
        try:
            with httpx.Client(auth=AUTH) as client:  # the fifth connection: within the cap
                url = f"http://{address[0]}:{address[1]}/ovirt-engine/api"
                assert client.get(url).status_code == 200
                with socket.create_connection(address, timeout=5) as past:  # the sixth
                    answer = b""
                    while chunk := past.recv(4096):
                        answer += chunk
                    assert answer.startswith(b"HTTP/1.1 503 "), answer
                    assert b"at most 5 connections" in answer
        finally:
            for connection in idle:
                connection.close()
