"""Issue 21.3 and 21.18: a hostile engine answering the client. An answer is decoded under a bound as it
arrives (no decompression bomb, in a success or a fault), and a call's `timeout` bounds the whole call,
waits for `Retry-After` included."""

from __future__ import annotations

import asyncio
import gzip
import time
import tracemalloc
import zlib
from typing import Any

import httpx
import pytest
from hypothesis import given, settings, strategies as st

from tests.support.client_packages import package
from tests.support.hostile import gzip_bomb

ENGINE = "https://engine.example.com/ovirt-engine/api"
VMS = b'<vms><vm id="1"><name>web</name></vm></vms>'


def answer(status: int, data: Any, **headers: str) -> Any:
    """A transport that answers every request with `data` as the raw (still encoded) body, not read before
    the client reads it."""

    def respond(request: httpx.Request) -> httpx.Response:
        stream = httpx.ByteStream(data) if isinstance(data, bytes) else data()
        return httpx.Response(status, stream=stream, headers=headers)

    return httpx.MockTransport(respond)


def api(transport: httpx.MockTransport, **settings: Any) -> Any:
    return package("default").API(ENGINE, "u", "p", transport=transport, **settings)


@pytest.mark.parametrize("status", [200, 500])
@pytest.mark.parametrize("layers", [1, 2])
def test_a_compressed_answer_beyond_the_bound_is_refused_in_bounded_memory(
    status: int, layers: int
) -> None:
    encoding = ", ".join(["gzip"] * layers)
    bombing = answer(status, gzip_bomb(64, layers), **{"Content-Encoding": encoding})
    sdk = package("default")
    tracemalloc.start()
    try:
        with pytest.raises(sdk.RequestError, match="max_response_bytes=4194304") as raised:
            api(bombing, max_response_bytes=4 * 2**20).vms.list()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert raised.value.status == status
    assert peak < 16 * 2**20  # 64 MiB decoded would take at least 64 MiB


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(["gzip", "deflate", "raw-deflate", "identity"]), max_size=3),
    st.integers(1, 4096),
)
def test_any_layering_of_encodings_reads_as_the_plain_answer(
    codings: list[str], chunk: int
) -> None:
    """Below the bound, the body decoded piecewise (any chunk size) is the body sent."""
    data = VMS
    for coding in codings:
        if coding == "gzip":
            data = gzip.compress(data)
        elif coding == "deflate":
            data = zlib.compress(data)
        elif coding == "raw-deflate":
            raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
            data = raw.compress(data) + raw.flush()
    header = ", ".join("deflate" if c == "raw-deflate" else c for c in codings)

    class Chunks(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            for start in range(0, len(data), chunk):
                yield data[start : start + chunk]

    transport = answer(
        200, Chunks, **{"Content-Type": "application/xml", "Content-Encoding": header}
    )
    assert [vm.name for vm in api(transport).vms.list()] == ["web"]


def test_an_unknown_content_encoding_is_an_error() -> None:
    sdk = package("default")
    with pytest.raises(sdk.RequestError, match="'br' is not one this client asked for"):
        api(answer(200, VMS, **{"Content-Encoding": "br"})).vms.list()


def test_the_default_bound_is_256_mib() -> None:
    assert package("default").transport.MAX_RESPONSE_BYTES == 256 * 2**20


@pytest.mark.parametrize("flavour", ["blocking", "asyncio"])
def test_a_retry_after_beyond_the_timeout_ends_the_call_with_the_answer(flavour: str) -> None:
    """`Retry-After: 315360000` with `timeout=2`: the 503 comes back at once, nothing waits."""
    sdk = package("default")
    seen: list[httpx.Request] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, headers={"Retry-After": "315360000"})

    started = time.monotonic()
    with pytest.raises(sdk.RequestError) as raised:
        if flavour == "blocking":
            transport = httpx.MockTransport(unavailable)
            sdk.API(ENGINE, "u", "p", transport=transport, timeout=2).vms.list()
        else:

            async def call() -> Any:
                transport = httpx.MockTransport(unavailable)
                return await sdk.AsyncAPI(ENGINE, "u", "p", transport=transport).vms.list(timeout=2)

            asyncio.run(call())
    assert raised.value.status == 503 and len(seen) == 1
    assert time.monotonic() - started < 1.5


def test_backoff_waits_stop_at_the_call_deadline() -> None:
    """A server that keeps failing is tried again only while the waits fit in the call's timeout."""
    sdk = package("default")
    seen: list[float] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        seen.append(time.monotonic())
        return httpx.Response(503, headers={"Retry-After": "1"})

    transport = httpx.MockTransport(unavailable)
    started = time.monotonic()
    with pytest.raises(sdk.RequestError):
        sdk.API(ENGINE, "u", "p", transport=transport, max_retries=10).vms.list(timeout=2.5)
    assert time.monotonic() - started < 2.5 and len(seen) == 3  # at 0, 1 and 2 s
