"""Generation by the CLI, as a user runs it, side by side with xsdata's models-only generation from the same XSD.

On oVirt 3.6 (775 links, 6,200-line XSD), each case in a fresh process: every target cold (empty output
directory and empty cache), the client alone cold, every target again with nothing changed; each round runs
xsdata just before each case (A B A B ...), and the ratio of each pair is taken, then the median of the ratios.
Prints medians of wall and CPU time (CPU of the process and the workers it waited for). Then the client of an
RSDL eight times 3.6's size (6,200 links: every link repeated under seven renamed top-level segments) cold:
wall, CPU, CPU per link and peak memory.

xsdata is only a benchmark peer: `pip install -e '.[bench]'` (xsdata[cli] and the ruff it formats with).
`python benchmarks/generate.py [rounds] [scaled runs]`.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
OVIRT36 = ROOT.parent / "shared" / "corpus" / "ovirt-engine-3.6.13.5"
RSDL, XSD = OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd"
BIN = Path(sys.executable).parent
COPIES = 8


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float


def run(command: list[str], cwd: Path, env: dict[str, str]) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)  # this child and the workers it waited for
    wall = time.perf_counter() - start
    process.returncode = 0  # reaped by wait4 already
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{errors.decode(errors='replace')}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def environment(cache: Path) -> dict[str, str]:
    return {**os.environ, "RSDLGEN_CACHE_DIR": str(cache), "PATH": f"{BIN}:{os.environ['PATH']}"}


def xsdata(work: Path) -> Run:
    folder = Path(tempfile.mkdtemp(dir=work))
    command = [str(BIN / "xsdata"), "generate", str(XSD), "--package", "models"]
    try:
        return run(command, folder, environment(folder / "cache"))
    finally:
        shutil.rmtree(folder)


def rsdlgen(target: str, out: Path, cache: Path, rsdl: Path = RSDL) -> Run:
    command = [sys.executable, "-m", "rsdlgen", "generate", "-q", "--target", target]
    command += ["--rsdl", str(rsdl), "--schema", str(XSD), "--out", str(out)]
    return run(command, ROOT, environment(cache))


def scaled_rsdl(path: Path) -> int:
    """oVirt 3.6's RSDL with every link repeated under seven renamed first segments (`vms` -> `vms_2` ...)."""
    tree = etree.parse(str(RSDL))
    links = tree.getroot().find("links")
    assert links is not None
    originals = list(links)
    for copy in range(2, COPIES + 1):
        for link in originals:
            clone = etree.fromstring(etree.tostring(link))
            first, slash, rest = clone.get("href", "").partition("/")
            clone.set("href", f"{first}_{copy}{slash}{rest}")
            links.append(clone)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    return len(links)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    scaled_runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    if shutil.which("xsdata", path=f"{BIN}:{os.environ['PATH']}") is None:
        raise SystemExit("xsdata is not installed: pip install -e '.[bench]'")
    cases = ("all targets, cold", "client, cold", "all targets, nothing changed")
    times: dict[str, list[Run]] = {case: [] for case in ("xsdata models-only", *cases)}
    ratios: dict[str, list[float]] = {case: [] for case in cases}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for number in range(rounds):
            here = work / str(number)
            for case in cases:
                peer = xsdata(work)
                if case == "all targets, cold":
                    mine = rsdlgen("all", here / "all", here / "cache-all")
                elif case == "client, cold":
                    mine = rsdlgen("client", here / "client", here / "cache-client")
                else:  # the tree and cache the cold run left
                    mine = rsdlgen("all", here / "all", here / "cache-all")
                times["xsdata models-only"].append(peer)
                times[case].append(mine)
                ratios[case].append(mine.wall / peer.wall)
            shutil.rmtree(here)
        print(
            f"oVirt 3.6, {rounds} rounds, xsdata just before each case; load {os.getloadavg()[0]:.2f}"
        )
        for case, runs in times.items():
            wall = statistics.median(r.wall for r in runs)
            cpu = statistics.median(r.cpu for r in runs)
            ratio = f"  ratio {statistics.median(ratios[case]):5.2f}x" if case in ratios else ""
            print(f"  {case:30} wall {wall:6.2f} s  CPU {cpu:6.2f} s{ratio}")

        big = work / "rsdl-8x.xml"
        links = scaled_rsdl(big)
        scaled = [
            rsdlgen("client", work / f"big{n}", work / f"cache-big{n}", big)
            for n in range(scaled_runs)
        ]
        wall = statistics.median(r.wall for r in scaled)
        cpu = statistics.median(r.cpu for r in scaled)
        peak = statistics.median(r.peak_mb for r in scaled)
        print(
            f"{links} links ({COPIES}x 3.6), client cold, {scaled_runs} runs: wall {wall:.2f} s, "
            f"CPU {cpu:.2f} s ({cpu / links * 1000:.1f} ms a link), peak {peak:.0f} MB (issue 27: < 5 s)"
        )


if __name__ == "__main__":
    main()
