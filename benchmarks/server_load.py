"""Load the generated mock engine on loopback: 50 concurrent clients, 20,000 mixed requests (list, get, add,
update, delete, actions), then check that no write was lost or duplicated. Prints requests/s and p50/p99.

The server runs in its own process (uvicorn), as `rsdlgen serve` runs it. For scale, the same client also
loads a bare Starlette app answering a constant XML body on the same machine, side by side; the ratio is what
the mock's routing, validation and engine cost over the framework alone. Exit status 1 on any error.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import rsdlgen
from rsdlgen.targets.server.harness import build_package
from rsdlgen.targets.server.load import Connection, LoadResult, run_load

ROOT = Path(__file__).resolve().parent.parent


CLIENTS = 50
REQUESTS = 20_000
BASELINE_REQUESTS = 5_000
AUTH = ("admin@internal", "admin")
BASELINE_APP = """
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

async def vm(request):
    return Response(b"<vm id='1'><name>vm1</name></vm>", media_type="application/xml")

app = Starlette(routes=[Route("/{path:path}", vm)])
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start(command: list[str], cwd: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("server did not start")


async def baseline(url: str) -> LoadResult:
    result = LoadResult()
    connections = [Connection(url, AUTH) for _ in range(CLIENTS)]

    async def drive(connection: Connection) -> None:
        for _ in range(BASELINE_REQUESTS // CLIENTS):
            started = time.perf_counter()
            await connection.request("GET", "/vms/1")
            result.latencies.append(time.perf_counter() - started)
            result.requests += 1

    started = time.perf_counter()
    await asyncio.gather(*(drive(c) for c in connections))
    result.seconds = time.perf_counter() - started
    for connection in connections:
        await connection.close()
    return result


def report(name: str, result: LoadResult) -> None:
    print(
        f"{name:<28} {result.requests:>6} requests  {result.rate:>7.0f} req/s  "
        f"p50 {result.percentile(0.5) * 1000:6.1f} ms  p99 {result.percentile(0.99) * 1000:6.1f} ms"
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        package = build_package(rsdlgen.load(), out, "bench_mock")
        (out / "baseline_app.py").write_text(BASELINE_APP)
        uvicorn = [sys.executable, "-m", "uvicorn", "--log-level", "warning", "--no-access-log"]

        port = free_port()
        server = start([sys.executable, "-m", "bench_mock", "--port", str(port)], out, port)
        try:
            url = f"http://127.0.0.1:{port}{package.API_ROOT}"
            kept = package.Settings().max_events  # the server runs with the default settings
            mock = asyncio.run(run_load(url, AUTH, CLIENTS, REQUESTS, event_log=kept))
        finally:
            server.terminate()
            server.wait()

        port = free_port()
        server = start([*uvicorn, "--port", str(port), "baseline_app:app"], out, port)
        try:
            bare = asyncio.run(baseline(f"http://127.0.0.1:{port}"))
        finally:
            server.terminate()
            server.wait()

    print(f"{CLIENTS} concurrent clients on 127.0.0.1, server in its own process")
    report("mock engine (mixed)", mock)
    print("  " + ", ".join(f"{op} {n}" for op, n in sorted(mock.operations.items())))
    report("bare Starlette (constant)", bare)
    print(f"throughput ratio mock/bare: {mock.rate / bare.rate:.2f}")
    print(f"writes verified: {mock.writes}, errors: {len(mock.errors)}")
    for error in mock.errors[:10]:
        print("  " + error)
    return 1 if mock.errors else 0


if __name__ == "__main__":
    sys.exit(main())
