"""Memory and time of what a hostile peer can make rsdlgen's outputs spend (issue 21, items 3, 5 and 6).

- client bomb: the generated client (`generated/client` of the checkout measured) reads 1 MiB of gzip that
  decodes to 1 GiB, as a 200 answer and as a 500 fault;
- fetch bomb: `rsdlgen fetch`'s download against an engine answering `Content-Encoding: gzip, gzip` (1 GiB in
  under a kilobyte);
- header: one request header of 16 MiB sent to `rsdlgen serve`, before authentication;
- slowloris: 300 connections that send half a request and stop: how many the server still holds after 12 s,
  and how long a well-behaved request takes meanwhile;
- JSON body: 3.9 MiB of small numbers posted to the served mock engine (item 7): the answer and its time;
- async tasks: 300 async actions with 1 MiB bodies (item 8): what the server's resident memory grew by.

Each case runs in a fresh process of the interpreter given (`--python`, default this one), so the same script
measures a checkout before the fix (`--python /work/main/.venv/bin/python`) and after. Peak memory is the
process's maximum resident set (the server's, for the last two). Prints medians of RUNS runs.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from contextlib import suppress
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.hostile import gzip_bomb  # noqa: E402

RUNS = 3

CLIENT = textwrap.dedent("""
    import pathlib, resource, sys, time
    import httpx, rsdlgen
    sys.path.insert(0, str(pathlib.Path(rsdlgen.__file__).parents[1] / "generated" / "client"))
    import ovirtsdk3
    data, status = pathlib.Path(sys.argv[1]).read_bytes(), int(sys.argv[2])
    def answer(request):
        return httpx.Response(status, stream=httpx.ByteStream(data),
                              headers={"Content-Type": "application/xml", "Content-Encoding": "gzip"})
    api = ovirtsdk3.API("https://e/ovirt-engine/api", "u", "p", transport=httpx.MockTransport(answer))
    start = time.perf_counter()
    try:
        found = f"{len(api.vms.list())} VMs"
    except Exception as exc:
        found = f"{type(exc).__name__}: {str(exc)[-70:]}"
    took = time.perf_counter() - start
    print(took, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, found, sep="|")
""")

FETCH = textwrap.dedent("""
    import http.server, pathlib, resource, sys, threading, time
    from rsdlgen.drift.fetching import Connection, download
    data = pathlib.Path(sys.argv[1]).read_bytes()
    class Bomb(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args): pass
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Encoding", "gzip, gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Bomb)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/ovirt-engine/api"
    start = time.perf_counter()
    try:
        download(Connection(url, "u", "p", timeout=120))
        found = "downloaded"
    except BaseException as exc:
        found = f"{type(exc).__name__}: {str(exc)[-70:]}"
    took = time.perf_counter() - start
    print(took, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, found, sep="|")
""")


def child(python: str, script: str, *args: str) -> tuple[float, float, str]:
    done = subprocess.run(
        [python, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tempfile.gettempdir(),
    )
    if done.returncode != 0:
        return 0.0, 0.0, "crashed: " + (done.stderr.strip().splitlines() or [""])[-1][:70]
    took, peak, found = done.stdout.strip().splitlines()[-1].split("|", 2)
    return float(took), float(peak), found


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def server(python: str) -> tuple[subprocess.Popen[str], tuple[str, int]]:
    process = subprocess.Popen(
        [python, "-m", "rsdlgen", "serve", "--port", "0", "-q"],
        cwd=tempfile.gettempdir(),  # no configuration of the checkout applies
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    url = process.stdout.readline().split()[-1]
    host_port = url.split("//")[1].split("/")[0]
    return process, (host_port.rsplit(":", 1)[0], int(host_port.rsplit(":", 1)[1]))


def legit(address: tuple[str, int]) -> float:
    start = time.perf_counter()
    try:
        with socket.create_connection(address, timeout=30) as connection:
            connection.sendall(
                b"GET /ovirt-engine/api HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            )
            connection.recv(100)
    except OSError:
        return float("inf")
    return time.perf_counter() - start


def header_case(python: str) -> tuple[float, float, str]:
    process, address = server(python)
    try:
        start = time.perf_counter()
        with socket.create_connection(address, timeout=120) as connection:
            head = b"GET /ovirt-engine/api HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 16 * 2**20
            with suppress(OSError):  # the server may answer and close before the head is sent
                connection.sendall(head + b"\r\n\r\n")
            answer = connection.recv(100).split(b"\r\n")[0].decode(errors="replace")
        took = time.perf_counter() - start
        return took, peak_mb(process.pid), answer or "closed"
    finally:
        process.terminate()
        process.wait(20)


def slowloris_case(python: str) -> tuple[float, float, str]:
    process, address = server(python)
    slow = []
    try:
        for _ in range(300):
            connection = socket.create_connection(address, timeout=5)
            connection.sendall(b"GET /ovirt-engine/api HTTP/1.1\r\nHost: x\r\n")
            slow.append(connection)
        time.sleep(12)
        held = 0
        for connection in slow:
            connection.setblocking(False)
            try:
                held += (connection.recv(100) == b"" and 0) or 0
            except BlockingIOError:
                held += 1  # nothing to read and not closed: the server still holds it
            except OSError:
                pass
        return legit(address), peak_mb(process.pid), f"{held} of 300 still held after 12 s"
    finally:
        for connection in slow:
            connection.close()
        process.terminate()
        process.wait(20)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def json_case(python: str) -> tuple[float, float, str]:
    process, (host, port) = server(python)
    body = b'{"name": "x", "description": [' + b"1," * 1_950_000 + b"1]}"
    try:
        start = time.perf_counter()
        answer = httpx.post(
            f"http://{host}:{port}/ovirt-engine/api/vms",
            content=body,
            headers={"Content-Type": "application/json"},
            auth=("admin@internal", "admin"),
            timeout=120,
        )
        took = time.perf_counter() - start
        return took, peak_mb(process.pid), f"{answer.status_code} {answer.text[-60:]!r}"
    finally:
        process.terminate()
        process.wait(20)


def tasks_case(python: str) -> tuple[float, float, str]:
    process, (host, port) = server(python)
    url = f"http://{host}:{port}/ovirt-engine/api"
    xml = {"Content-Type": "application/xml"}
    vm = "<vm><name>busy</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"
    padding = "x" * 2**20
    body = f"<action><async>true</async><vm><description>{padding}</description></vm></action>"
    try:
        with httpx.Client(auth=("admin@internal", "admin"), headers=xml, timeout=60) as client:
            ident = client.post(f"{url}/vms", content=vm).text.split('id="')[1].split('"')[0]
            before = rss_mb(process.pid)
            start = time.perf_counter()
            statuses = set()
            for action in ["start", "stop"] * 150:
                statuses.add(client.post(f"{url}/vms/{ident}/{action}", content=body).status_code)
            took = time.perf_counter() - start
            grown = rss_mb(process.pid) - before
        return took, peak_mb(process.pid), f"RSS +{grown:.0f} MB, statuses {sorted(statuses)}"
    finally:
        process.terminate()
        process.wait(20)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--python", default=sys.executable, help="the interpreter (and so the checkout)"
    )
    parser.add_argument("--case", action="append", help="only the cases whose label starts so")
    options = parser.parse_args()
    python = options.python
    with tempfile.TemporaryDirectory() as tmp:
        single, double = Path(tmp) / "single.gz", Path(tmp) / "double.gz"
        single.write_bytes(gzip_bomb(1024))
        double.write_bytes(gzip_bomb(1024, layers=2))
        cases = {
            "client bomb, 200": lambda: child(python, CLIENT, str(single), "200"),
            "client bomb, 500 fault": lambda: child(python, CLIENT, str(single), "500"),
            "fetch bomb, gzip, gzip": lambda: child(python, FETCH, str(double)),
            "header of 16 MiB": lambda: header_case(python),
            "slowloris, 300 connections": lambda: slowloris_case(python),
            "JSON body of small numbers": lambda: json_case(python),
            "async tasks, 300 x 1 MiB": lambda: tasks_case(python),
        }
        print(
            f"{python}: {len(single.read_bytes())} bytes of gzip, {len(double.read_bytes())} in two layers"
        )
        print(f"{'case':30} {'seconds':>9} {'peak MB':>9}  outcome")
        for label, measure in cases.items():
            if options.case and not label.startswith(tuple(options.case)):
                continue
            once = label.startswith(("slowloris", "async", "JSON"))
            runs = [measure() for _ in range(1 if once else RUNS)]
            took = statistics.median(r[0] for r in runs)
            peak = statistics.median(r[1] for r in runs)
            print(f"{label:30} {took:9.2f} {peak:9.0f}  {runs[-1][2]}")


if __name__ == "__main__":
    main()
