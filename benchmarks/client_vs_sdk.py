"""The generated client (A) against the official oVirt v3 SDK (B: ../shared/clients/ovirt-sdk3-py3, pycurl
underneath), doing the same work against the same mock engine (`rsdlgen serve -q`, in its own process).

Tasks, in this order (each client creates its own VMs and deletes them, so both see the same collection):
connect + product info + disconnect x50 (secure default, then `insecure=True`), create 300 VMs, list the 300
VMs x20 reading name, status and memory of each, get the 300 by id and 50 by name, start + stop 50 VMs,
delete the 300, and parse a 5,000-VM document x5 (no network; the same three fields read).

Each round runs each client in a fresh process (A then B, B then A in the next round, so both see the same
machine load); prints the median wall time and client CPU time per task over the rounds, and A/B of the
medians. By default the oVirt 3.6 documents of ../shared/corpus (the SDK was generated from them; the client
is generated from them into a temporary folder); `--default` serves and uses the embedded ones instead.
`--before DIR` adds a third side, A0: the client package generated into DIR by an earlier rsdlgen (before and
after a change, in one run). `python benchmarks/client_vs_sdk.py [rounds] [--default] [--before DIR]`.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SDK = ROOT.parent / "shared" / "clients" / "ovirt-sdk3-py3"
OVIRT36 = ROOT.parent / "shared" / "corpus" / "ovirt-engine-3.6.13.5"
USER, PASSWORD = "admin@internal", "bench"
VMS, LISTS, BY_NAME, STARTED, PARSED, PARSES, CONNECTS = 300, 20, 50, 50, 5_000, 5, 50
TASKS = {
    "connect": f"connect + product info + disconnect x{CONNECTS}",
    "connect_insecure": "the same with insecure=True",
    "create": f"create {VMS} VMs",
    "list": f"list {VMS} VMs x{LISTS}, touching three fields",
    "get": f"get {VMS} by id + {BY_NAME} by name",
    "start_stop": f"start + stop {STARTED} VMs",
    "delete": f"delete {VMS} VMs",
    "parse": f"parse a {PARSED:,}-VM document x{PARSES} (no network)",
}


class Timer:
    """Wall and CPU time of each task of one client's run."""

    def __init__(self) -> None:
        self.times: dict[str, tuple[float, float]] = {}

    @contextmanager
    def __call__(self, task: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.times[task] = (time.perf_counter() - wall, time.process_time() - cpu)


def document() -> bytes:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from client_read import vm  # the guide's VM (§15.2), as the read benchmark has it

    return ("<vms>\n" + "\n".join(vm(n) for n in range(PARSED)) + "\n</vms>").encode()


def run_generated(url: str, prefix: str, client_dir: str) -> dict[str, tuple[float, float]]:
    sys.path.insert(0, client_dir)
    import ovirtsdk3
    from ovirtsdk3 import types

    timer, data = Timer(), document()
    for task, insecure in (("connect", False), ("connect_insecure", True)):
        with timer(task):
            for _ in range(CONNECTS):
                api = ovirtsdk3.API(url, USER, PASSWORD, insecure=insecure)
                assert api.product_info.version is not None
                api.close()
    api = ovirtsdk3.API(url, USER, PASSWORD)
    with timer("create"):
        vms = [
            api.vms.add(
                types.VM(
                    name=f"{prefix}{n}",
                    cluster=types.Cluster(name="Default"),
                    template=types.Template(name="Blank"),
                    memory=512 * 2**20,
                )
            )
            for n in range(VMS)
        ]
    with timer("list"):
        for _ in range(LISTS):
            listed = api.vms.list()
            for vm in listed:
                vm.name, vm.status.state, vm.memory  # type: ignore[union-attr]
    assert len(listed) == VMS
    with timer("get"):
        for vm in vms:
            assert api.vms.get(id=vm.id) is not None
        for n in range(BY_NAME):
            assert api.vms.get(name=f"{prefix}{n}") is not None
    with timer("start_stop"):
        for vm in vms[:STARTED]:
            vm.start()
            vm.stop()
    with timer("delete"):
        for vm in vms:
            vm.delete()
    api.close()
    with timer("parse"):
        for _ in range(PARSES):
            for vm in ovirtsdk3.parse_xml(data, types.VMs).vm:
                vm.name, vm.status.state, vm.memory  # type: ignore[union-attr]
    return timer.times


def run_sdk(url: str, prefix: str, client_dir: str) -> dict[str, tuple[float, float]]:
    sys.path.insert(0, str(SDK))
    from ovirtsdk.api import API
    from ovirtsdk.xml import params

    timer, data = Timer(), document()
    for task, insecure in (("connect", False), ("connect_insecure", True)):
        with timer(task):
            for _ in range(CONNECTS):
                api = API(url=url, username=USER, password=PASSWORD, insecure=insecure)
                assert api.get_product_info().get_version() is not None
                api.disconnect()
    api = API(url=url, username=USER, password=PASSWORD)
    with timer("create"):
        vms = [
            api.vms.add(
                params.VM(
                    name=f"{prefix}{n}",
                    cluster=params.Cluster(name="Default"),
                    template=params.Template(name="Blank"),
                    memory=512 * 2**20,
                )
            )
            for n in range(VMS)
        ]
    with timer("list"):
        for _ in range(LISTS):
            listed = api.vms.list()
            for vm in listed:
                vm.get_name(), vm.get_status().get_state(), vm.get_memory()
    assert len(listed) == VMS
    with timer("get"):
        for vm in vms:
            assert api.vms.get(id=vm.get_id()) is not None
        for n in range(BY_NAME):
            assert api.vms.get(name=f"{prefix}{n}") is not None
    with timer("start_stop"):
        for vm in vms[:STARTED]:
            vm.start()
            vm.stop()
    with timer("delete"):
        for vm in vms:
            vm.delete()
    api.disconnect()
    with timer("parse"):
        for _ in range(PARSES):
            for vm in params.parseString(data, silence=True).get_vm():
                vm.get_name(), vm.get_status().get_state(), vm.get_memory()
    return timer.times


SIDES: dict[str, Callable[[str, str, str], dict[str, tuple[float, float]]]] = {
    "A": run_generated,
    "A0": run_generated,
    "B": run_sdk,
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def mock_engine(documents: list[str]) -> Iterator[str]:
    """`rsdlgen serve -q` on a free port; yields the API URL."""
    port = free_port()
    command = [sys.executable, "-m", "rsdlgen", "serve", "-q", "--port", str(port)]
    command += [*documents, "--user", USER, "--password", PASSWORD, "--product-version", "3.6.13.5"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the mock engine did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/ovirt-engine/api"
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    args = sys.argv[1:]
    before = args.pop(args.index("--before") + 1) if "--before" in args else None
    rounds = int(next((a for a in args if a.isdigit()), 3))
    default = "--default" in args
    documents = (
        []
        if default
        else ["--rsdl", str(OVIRT36 / "rsdl.xml"), "--schema", str(OVIRT36 / "api.xsd")]
    )
    sides = ["A", "B"] + (["A0"] if before else [])
    results: dict[str, list[dict[str, tuple[float, float]]]] = {side: [] for side in sides}
    with tempfile.TemporaryDirectory() as client_dir, mock_engine(documents) as url:
        generate = [sys.executable, "-m", "rsdlgen", "generate", "-q", "--target", "client"]
        subprocess.run([*generate, *documents, "--out", client_dir], check=True)
        for number in range(rounds):
            for side in sides[number % len(sides) :] + sides[: number % len(sides)]:
                where = before if side == "A0" else client_dir
                worker = [
                    sys.executable,
                    __file__,
                    "--worker",
                    side,
                    url,
                    f"r{number}{side}-",
                    str(where),
                ]
                out = subprocess.run(worker, check=True, capture_output=True, text=True).stdout
                results[side].append(json.loads(out))
    print(
        f"{'oVirt 3.6' if not default else 'embedded default'} documents, medians of {rounds} rounds"
    )
    columns = "".join(f" {side + ' s':>7}" for side in sides) + "".join(
        f" {side + '/B':>6}" for side in sides if side != "B"
    )
    print(f"{'task':<52}{columns}   {'A cpu':>6} {'B cpu':>6} {'A/B':>6}")
    for task, title in TASKS.items():
        wall = {s: statistics.median(r[task][0] for r in results[s]) for s in sides}
        cpu = {s: statistics.median(r[task][1] for r in results[s]) for s in sides}
        row = "".join(f" {wall[s]:7.3f}" for s in sides)
        row += "".join(f" {wall[s] / wall['B']:6.2f}" for s in sides if s != "B")
        print(f"{title:<52}{row}   {cpu['A']:6.3f} {cpu['B']:6.3f} {cpu['A'] / cpu['B']:6.2f}")


def worker(side: str, url: str, prefix: str, client_dir: str) -> None:
    times: Any = SIDES[side](url, prefix, client_dir)
    print(json.dumps(times))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        os.environ.setdefault("PYTHONHASHSEED", "0")
        worker(*sys.argv[2:6])
    else:
        main()
