"""Load the generated mock engine on loopback: 50 concurrent clients, 20,000 mixed requests (list, get, add,
update, delete, actions), then check that no write was lost or duplicated. Prints requests/s and p50/p99.

The server runs in its own process (uvicorn, without access log), as `rsdlgen serve --quiet` runs it. For
scale, the same client also loads a bare Starlette app answering a constant XML body on the same server stack
(uvicorn with the same loop and HTTP parser), alternating with the mock round by round (A B A B, a fresh server
each time); prints medians over the rounds and the median of the rounds' ratios, which is what the mock's
routing, validation and engine cost over the framework alone. Exit status 1 on any error.
`python benchmarks/server_load.py [rounds]`.
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the load and the loopback harness live with the tests

import rsdlgen  # noqa: E402
from tests.support.load import Connection, LoadResult, run_load  # noqa: E402
from tests.support.mock_servers import build_package  # noqa: E402

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


def report(name: str, results: list[LoadResult]) -> None:
    rate = statistics.median(r.rate for r in results)
    p50 = statistics.median(r.percentile(0.5) for r in results) * 1000
    p99 = statistics.median(r.percentile(0.99) for r in results) * 1000
    print(
        f"{name:<28} {results[0].requests:>6} requests  {rate:>7.0f} req/s  "
        f"p50 {p50:6.1f} ms  p99 {p99:6.1f} ms"
    )


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    mocks: list[LoadResult] = []
    bares: list[LoadResult] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        package = build_package(rsdlgen.load(), out, "bench_mock")
        (out / "baseline_app.py").write_text(BASELINE_APP)
        uvicorn = [sys.executable, "-m", "uvicorn", "--log-level", "warning", "--no-access-log"]
        kept = package.Settings().max_events  # the server runs with the default settings
        for _ in range(rounds):
            port = free_port()
            command = [sys.executable, "-m", "bench_mock", "--quiet", "--port", str(port)]
            server = start(command, out, port)
            try:
                url = f"http://127.0.0.1:{port}{package.API_ROOT}"
                mocks.append(asyncio.run(run_load(url, AUTH, CLIENTS, REQUESTS, event_log=kept)))
            finally:
                server.terminate()
                server.wait()

            port = free_port()
            server = start([*uvicorn, "--port", str(port), "baseline_app:app"], out, port)
            try:
                bares.append(asyncio.run(baseline(f"http://127.0.0.1:{port}")))
            finally:
                server.terminate()
                server.wait()

    print(
        f"{CLIENTS} concurrent clients on 127.0.0.1, server in its own process, {rounds} rounds "
        f"(medians); load {os.getloadavg()[0]:.2f}"
    )
    report("mock engine (mixed)", mocks)
    operations = sum((m.operations for m in mocks), Counter())
    print("  " + ", ".join(f"{op} {n}" for op, n in sorted(operations.items())))
    report("bare Starlette (constant)", bares)
    ratio = statistics.median(m.rate / b.rate for m, b in zip(mocks, bares, strict=True))
    print(f"throughput ratio mock/bare: {ratio:.2f} (target >= 0.5)")
    errors = [error for m in mocks for error in m.errors]
    print(f"writes verified: {sum(m.writes for m in mocks)}, errors: {len(errors)}")
    for error in errors[:10]:
        print("  " + error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
