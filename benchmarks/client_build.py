"""Build benchmark of the generated client: 20,000 VMs of 14 fields made with the client's types, put in a
`VMs` list and written with `to_xml`, side by side with lxml building and writing the same tree
(`etree.SubElement`, `etree.tostring`) in the same loop; target <= 2x lxml. The constructors alone are timed
too, and, when xsdata is installed (`pip install -e '.[bench]'`), xsdata's dataclasses generated from the
same schema building and serialising the same VMs, for scale.

Then every list operation of the views at 2,500 ... 20,000 items, to show each grows linearly: building the
list by slice assignment, `append`, `insert` at the front, `extend`, `len`, indexing, `reverse`, `pop` and
`clear`. Uses the client generated from the embedded default (generated/client); run from the repository root:
`python benchmarks/client_build.py [runs]`.
"""

from __future__ import annotations

import gc
import importlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated" / "client"))

import ovirtsdk3  # noqa: E402  (the generated package, found through the path above)
from ovirtsdk3 import types  # noqa: E402

COUNT = 20_000
SIZES = (2_500, 5_000, 10_000, 20_000)
BIN = Path(sys.executable).parent


def uuid(number: int) -> str:
    return f"{number:08d}-4f73-4def-89ca-24fc5f60e01a"


def client_vms(count: int) -> list[types.VM]:
    """VMs with 14 fields (six of them nested types), as a script creating them would write them."""
    return [
        types.VM(
            id=uuid(n),
            name=f"vm{n}",
            description=f"Virtual machine {n}",
            type="server",
            status=types.VmStatus(state="down"),
            cluster=types.Cluster(id="99408929-82cf-4dc7-a532-9d998063fa95"),
            template=types.Template(id="00000000-0000-0000-0000-000000000000"),
            memory=536870912,
            cpu=types.CPU(topology=types.CpuTopology(cores=2, sockets=1)),
            os=types.OperatingSystem(type="rhel_6x64", boot=[types.Boot(dev="hd")]),
            high_availability=types.HighAvailability(enabled=False, priority=0),
            origin="ovirt",
            stateless=False,
            delete_protected=False,
        )
        for n in range(count)
    ]


def client(count: int) -> bytes:
    return ovirtsdk3.to_xml(types.VMs(vm=client_vms(count)))


def lxml(count: int) -> bytes:
    """The same tree, element by element, as lxml's own API builds it."""
    sub = etree.SubElement
    vms = etree.Element("vms")
    for n in range(count):
        vm = sub(vms, "vm", id=uuid(n))
        sub(vm, "name").text = f"vm{n}"
        sub(vm, "description").text = f"Virtual machine {n}"
        sub(vm, "type").text = "server"
        sub(sub(vm, "status"), "state").text = "down"
        sub(vm, "cluster", id="99408929-82cf-4dc7-a532-9d998063fa95")
        sub(vm, "template", id="00000000-0000-0000-0000-000000000000")
        sub(vm, "memory").text = "536870912"
        sub(sub(vm, "cpu"), "topology", sockets="1", cores="2")
        os = sub(vm, "os", type="rhel_6x64")
        sub(os, "boot", dev="hd")
        ha = sub(vm, "high_availability")
        sub(ha, "enabled").text = "false"
        sub(ha, "priority").text = "0"
        sub(vm, "origin").text = "ovirt"
        sub(vm, "stateless").text = "false"
        sub(vm, "delete_protected").text = "false"
    return etree.tostring(vms)


def xsdata_builder(folder: Path) -> Callable[[int], bytes] | None:
    """xsdata's dataclasses for the default schema, generated into `folder`; None without xsdata."""
    command = [str(BIN / "xsdata"), "generate", str(ROOT / "rsdl" / "api.xsd"), "--package", "peer"]
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}
    try:
        subprocess.run(command, cwd=folder, env=env, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    sys.path.insert(0, str(folder))
    models: Any = importlib.import_module("peer")
    from xsdata.formats.dataclass.serializers import XmlSerializer

    serializer = XmlSerializer()

    def build(count: int) -> bytes:
        vms = models.Vms(
            vm=[
                models.Vm(
                    id=uuid(n),
                    name=f"vm{n}",
                    description=f"Virtual machine {n}",
                    type_value="server",
                    status=models.VmStatus(state="down"),
                    cluster=models.Cluster(id="99408929-82cf-4dc7-a532-9d998063fa95"),
                    template=models.Template(id="00000000-0000-0000-0000-000000000000"),
                    memory=536870912,
                    cpu=models.Cpu(topology=models.CpuTopology(cores=2, sockets=1)),
                    os=models.OperatingSystem(type_value="rhel_6x64", boot=[models.Boot(dev="hd")]),
                    high_availability=models.HighAvailability(enabled=False, priority=0),
                    origin="ovirt",
                    stateless=False,
                    delete_protected=False,
                )
                for n in range(count)
            ]
        )
        return serializer.render(vms).encode()

    return build


def timed(function: Callable[[], object]) -> float:
    """Seconds `function` takes, with the garbage collector off while it runs, as `timeit` does: its passes
    over the heap the earlier cases left would be timed with the case, and grow with each."""
    return timed_both(function)[0]


def timed_both(function: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds, as `timed`. On a shared machine the CPU time is the one to compare: wall time
    also counts other processes' time slices."""
    gc.collect()
    gc.disable()
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        gc.enable()


# Each operation on a list of the given VMs: built item by item, or applied to a full list made beforehand.
BUILDING: dict[str, Callable[[Any, list[types.VM]], object]] = {
    "slice assignment": lambda items, vms: items.__setitem__(slice(None), vms),
    "append each": lambda items, vms: [items.append(vm) for vm in vms],
    "insert(0) each": lambda items, vms: [items.insert(0, vm) for vm in vms],
    "extend": lambda items, vms: items.extend(vms),
}
ON_FULL: dict[str, Callable[[Any, int], object]] = {
    "len, 100 times": lambda items, size: [len(items) for _ in range(100)],
    "[-1], 100 times": lambda items, size: [items[-1] for _ in range(100)],
    "reverse": lambda items, size: items.reverse(),
    "pop each": lambda items, size: [items.pop() for _ in range(size)],
    "clear": lambda items, size: items.clear(),
}


def list_operations() -> None:
    print("list operations of the views (seconds; each size double the one before)")
    print("  " + " " * 18 + "".join(f"{size:>10}" for size in SIZES) + "   last/first")
    rows: dict[str, list[float]] = {name: [] for name in [*BUILDING, *ON_FULL]}
    for size in SIZES:  # new VMs for each operation: putting a VM in a second list copies it
        for name, build in BUILDING.items():
            items, vms = types.VMs().vm, client_vms(size)
            rows[name].append(timed(partial(build, items, vms)))
            # The views go before their list: a tree whose root proxy is gone is freed by lxml with a walk of
            # the tree per remaining proxy, quadratic when they go in reverse document order (insert(0)).
            del vms
        for name, operation in ON_FULL.items():
            items = types.VMs(vm=client_vms(size)).vm
            rows[name].append(timed(partial(operation, items, size)))
    for name, seconds in rows.items():
        print(
            f"  {name:18}"
            + "".join(f"{s:10.4f}" for s in seconds)
            + f"   {seconds[-1] / seconds[0]:5.1f}x (linear: {SIZES[-1] // SIZES[0]}x)"
        )


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    assert client(3) == lxml(3), "the client and lxml must build the same document"
    with tempfile.TemporaryDirectory() as folder:
        peer = xsdata_builder(Path(folder))
        cases: dict[str, Callable[[], object]] = {
            "lxml build + tostring": lambda: lxml(COUNT),
            "client types + to_xml": lambda: client(COUNT),
            "client constructors alone": lambda: client_vms(COUNT),
        }
        if peer is not None:
            cases["xsdata dataclasses + render"] = lambda: peer(COUNT)
        times: dict[str, list[tuple[float, float]]] = {case: [] for case in cases}
        for _ in range(runs):  # side by side, so all see the same machine load
            for case, function in cases.items():
                times[case].append(timed_both(function))
    print(f"{COUNT} VMs of 14 fields, median of {runs} runs; load {os.getloadavg()[0]:.2f}")
    for index, clock in ((1, "CPU"), (0, "wall")):
        medians = {
            case: statistics.median(t[index] for t in values) for case, values in times.items()
        }
        base = medians["lxml build + tostring"]
        for case, median in medians.items():
            print(f"  {clock:4} {case:30} {median:7.3f} s  {median / base:5.2f}x lxml")
    print("  (target: client types + to_xml <= 2x lxml)")
    list_operations()


if __name__ == "__main__":
    main()
