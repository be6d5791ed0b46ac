"""How fast the mock engine serves inventories: `rsdlgen serve -q` on the embedded default documents, driven by
autocannon (20 connections, keep-alive), as issue 27 measured it. Prints req/s, p50 and p99 for a 50-VM list
and a single VM, XML and JSON, and a `max=10` page of 10,000 VMs beside a 10-VM collection; and the server's
CPU time per request (from /proc, after a second of warm-up): the machine's other work takes CPU from the
server, which req/s shows, and changes its CPU per request much less.

Before and after in one run: the code of a git ref (`--before`, default `main`) is exported with `git archive`
into a temporary folder and served the same way, alternating with this checkout round by round (a fresh server
each time, B A B A ...). Prints the medians over the rounds and the median of the rounds' ratios after/before.
The inventories are seed documents (`serve --seed`) written by this checkout's engine: every VM made as the API
makes it from the Blank template. autocannon comes from the npm registry through `npx` (Node.js needed).
Exit status 1 when any answer was not a 200.

`python benchmarks/mock_throughput.py [--rounds 2] [--seconds 4] [--before main]`
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from checkouts import checkout, linked  # this folder is the script's, first on sys.path
from lxml import etree

import rsdlgen
from rsdlgen.mock import Call, Engine, Settings
from rsdlgen.mock.inventory import export
from rsdlgen.targets.server.spec import server_spec

ROOT = Path(__file__).resolve().parent.parent
CONNECTIONS = 20
AUTOCANNON = ["npx", "--yes", "autocannon@7"]
AUTH = "Basic " + base64.b64encode(b"admin@internal:admin").decode()
XML, JSON = "application/xml", "application/json"
API = "/ovirt-engine/api"
VM = "<vm><name>vm{}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>"
# runs `rsdlgen serve` from the folder holding the `rsdlgen` package given first
SERVE = "import sys; sys.path.insert(0, sys.argv.pop(1)); from rsdlgen.commands.main import main; main()"


@dataclass(frozen=True)
class Case:
    name: str
    inventory: int  # VMs in the engine
    path: str  # below the API root; {id} is the first VM's
    accept: str


CASES = (
    Case("list 50 VMs, XML", 50, "vms", XML),
    Case("list 50 VMs, JSON", 50, "vms", JSON),
    Case("get one VM, XML", 50, "vms/{id}", XML),
    Case("get one VM, JSON", 50, "vms/{id}", JSON),
    Case("list of 10 VMs, XML", 10, "vms", XML),
    Case("max=10 of 10,000, XML", 10_000, "vms;max=10", XML),
    Case("list of 10 VMs, JSON", 10, "vms", JSON),
    Case("max=10 of 10,000, JSON", 10_000, "vms;max=10", JSON),
)


@dataclass
class Result:
    rate: float
    p50: float
    p99: float
    cpu: float  # the server's CPU time per request, in microseconds (nan where /proc is not)


def inventory(count: int, folder: Path) -> tuple[Path, str]:
    """A seed document of a fresh engine and `count` VMs, and the first VM's id."""
    engine = Engine(server_spec(rsdlgen.load()), Settings())
    link = engine.router.route(["vms"]).links["POST"][0]  # type: ignore[union-attr]
    headers = {"expect": "201-created"}
    for index in range(count):
        body = etree.fromstring(VM.format(index))
        engine.handle(Call(link, ["vms"], {}, {}, {}, headers, body, "admin@internal", API))
    path = folder / f"inventory-{count}.xml"
    path.write_bytes(export(engine))
    return path, next(iter(engine.collections[("vms",)]))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def serve(source: Path, seed: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    command = [sys.executable, "-c", SERVE, str(source), "serve", "-q", "--port", str(port)]
    process = subprocess.Popen([*command, "--seed", str(seed)], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return process, port
        except OSError:
            if process.poll() is not None:
                raise SystemExit(
                    f"the server of {source} exited with {process.returncode}"
                ) from None
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process `pid` so far (Linux's /proc), or nan."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load(port: int, pid: int, path: str, accept: str, seconds: int) -> Result:
    url = f"http://127.0.0.1:{port}{API}/{path}"
    headers = ["-H", f"Authorization={AUTH}", "-H", f"Accept={accept}"]
    command = [*AUTOCANNON, "-j", "-c", str(CONNECTIONS), *headers, url]
    subprocess.run([*command, "-d", "1"], check=True, capture_output=True)  # warm-up, not counted
    spent = cpu_seconds(pid)
    out = subprocess.run([*command, "-d", str(seconds)], check=True, capture_output=True, text=True)
    spent = cpu_seconds(pid) - spent
    report = json.loads(out.stdout.strip().splitlines()[-1])
    if report["non2xx"] or report["errors"] or report["timeouts"]:
        raise SystemExit(f"{url} ({accept}): {report['non2xx']} non-2xx, {report['errors']} errors")
    latency = report["latency"]
    cpu = spent / max(report["requests"]["total"], 1) * 1e6
    return Result(report["requests"]["average"], latency["p50"], latency["p99"], cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=4)
    parser.add_argument("--before", default="main", help="the git ref measured as before")
    parser.add_argument("--only", help="the cases whose name holds this text")
    args = parser.parse_args()
    cases = [c for c in CASES if args.only is None or args.only in c.name]
    results: dict[tuple[str, str], list[Result]] = {}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        seeds = {n: inventory(n, folder) for n in sorted({c.inventory for c in cases})}
        sources = {
            "before": checkout(args.before, folder / "before"),
            "after": linked(folder / "after"),
        }
        for _ in range(args.rounds):
            for version in ("before", "after"):
                for count, (seed, first) in seeds.items():
                    server, port = serve(sources[version], seed)
                    try:
                        for case in (c for c in cases if c.inventory == count):
                            path = case.path.format(id=first)
                            result = load(port, server.pid, path, case.accept, args.seconds)
                            results.setdefault((case.name, version), []).append(result)
                    finally:
                        server.terminate()
                        server.wait()
    print(
        f"autocannon, {CONNECTIONS} connections, {args.seconds} s per case, {args.rounds} rounds "
        f"(medians), before = {args.before}; load {os.getloadavg()[0]:.2f}"
    )
    print(f"{'case':<24} {'before req/s':>12} {'p50':>5} {'p99':>5} {'CPU':>4}   {'after req/s':>11} "
          f"{'p50':>5} {'p99':>5} {'CPU':>4}   {'after/before':>12} {'CPU':>5}")  # fmt: skip
    for case in cases:
        before, after = results[(case.name, "before")], results[(case.name, "after")]
        columns = []
        for runs in (before, after):
            rate = statistics.median(r.rate for r in runs)
            p50 = statistics.median(r.p50 for r in runs)
            p99 = statistics.median(r.p99 for r in runs)
            cpu = statistics.median(r.cpu for r in runs)
            columns.append(f"{rate:>11.0f} {p50:>5.1f} {p99:>5.1f} {cpu:>4.0f}")
        rates, cpus = ratios(after, before)
        print(f"{case.name:<24} {columns[0]}   {columns[1]}   {rates:>11.2f}x {cpus:>4.2f}x")
    print("(p50 and p99 in ms; CPU: the server's, microseconds per request)")
    for media in (
        "XML",
        "JSON",
    ):  # listing cost linear in what is returned: a page of a big collection
        page, small = f"max=10 of 10,000, {media}", f"list of 10 VMs, {media}"
        if (page, "after") in results and (small, "after") in results:
            shown = []
            for version in ("before", "after"):
                rates, cpus = ratios(results[(page, version)], results[(small, version)])
                shown.append(f"{version} {rates:.2f}x req/s, {cpus:.2f}x CPU per request")
            print(f"{page} / {small}: {'; '.join(shown)}")
    return 0


def ratios(these: list[Result], those: list[Result]) -> tuple[float, float]:
    """Medians of the rounds' ratios of req/s and of CPU per request (each round's servers side by side)."""
    pairs = list(zip(these, those, strict=True))
    return (
        statistics.median(a.rate / b.rate for a, b in pairs),
        statistics.median(a.cpu / b.cpu for a, b in pairs),
    )


if __name__ == "__main__":
    sys.exit(main())
