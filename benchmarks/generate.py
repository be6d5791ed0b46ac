"""Generation by the CLI, as a user runs it, side by side with xsdata's models-only generation from the same XSD.

On oVirt 3.6 (775 links, 6,200-line XSD), each case in a fresh process: every target (`--target all`: client,
docs, openapi, server) cold (empty output directory and empty cache), the client alone cold, every target again
with nothing changed; each round runs xsdata just before each case (A B A B ...), and the ratio of each pair is
taken, then the median of the ratios, in wall and in CPU time (CPU of the process and the workers it waited
for, ruff's included, on both sides). Then the client of an RSDL eight times 3.6's size (6,200 links: every link
repeated under seven renamed top-level segments) cold: wall, CPU, CPU per link and peak memory.

With `--before REF`, the code of a git ref is exported with `git archive` and run beside this checkout in every
case (xsdata, before, after; before and after swap places every round), and the medians of after/before are
printed too. Each version runs once unmeasured first, so that neither pays for compiling its bytecode.

xsdata is only a benchmark peer: `pip install -e '.[bench]'` (xsdata[cli] and the ruff it formats with).
`python benchmarks/generate.py [--rounds 5] [--scaled 1] [--before main]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from checkouts import checkout, linked  # this folder is the script's, first on sys.path
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
OVIRT36 = ROOT.parent / "shared" / "corpus" / "ovirt-engine-3.6.13.5"
RSDL, XSD = OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd"
BIN = Path(sys.executable).parent
COPIES = 8
# runs the CLI from the folder holding the `rsdlgen` package given first
CLI = "import sys; sys.path.insert(0, sys.argv.pop(1)); from rsdlgen.commands.main import main; sys.exit(main())"
CASES = ("all targets, cold", "client, cold", "all targets, nothing changed")


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
    # bytecode written and read as an installed package has it (pip compiles it; xsdata's is), so that the
    # warm-up run below compiles it once: PYTHONDONTWRITEBYTECODE would compile rsdlgen's every run (0.4 s)
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**inherited, "RSDLGEN_CACHE_DIR": str(cache), "PATH": f"{BIN}:{os.environ['PATH']}"}


def xsdata(work: Path) -> Run:
    folder = Path(tempfile.mkdtemp(dir=work))
    command = [str(BIN / "xsdata"), "generate", str(XSD), "--package", "models"]
    try:
        return run(command, folder, environment(folder / "cache"))
    finally:
        shutil.rmtree(folder)


def rsdlgen(source: Path, target: str, out: Path, cache: Path, rsdl: Path = RSDL) -> Run:
    """`rsdlgen generate` of the package below `source`."""
    command = [sys.executable, "-c", CLI, str(source), "generate", "-q", "--target", target]
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


def case_run(case: str, source: Path, here: Path) -> Run:
    if case == "client, cold":
        return rsdlgen(source, "client", here / "client", here / "cache-client")
    # cold, or again over the tree and cache the cold run left
    return rsdlgen(source, "all", here / "all", here / "cache-all")


def line(label: str, runs: list[Run], ratios: dict[str, list[float]]) -> str:
    wall = statistics.median(r.wall for r in runs)
    cpu = statistics.median(r.cpu for r in runs)
    shown = "".join(
        f"  {name} {statistics.median(values):5.2f}x" for name, values in ratios.items()
    )
    return f"  {label:38} wall {wall:6.2f} s  CPU {cpu:6.2f} s{shown}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scaled", type=int, default=1, help="runs of the 6,200-link client")
    parser.add_argument("--before", metavar="REF", help="a git ref run beside this checkout")
    args = parser.parse_args()
    if shutil.which("xsdata", path=f"{BIN}:{os.environ['PATH']}") is None:
        raise SystemExit("xsdata is not installed: pip install -e '.[bench]'")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sources = {"after": linked(work / "after")}
        if args.before:
            sources = {"before": checkout(args.before, work / "before"), **sources}
        for source in sources.values():  # bytecode compiled, unmeasured
            rsdlgen(source, "client", work / "warm", work / "warm-cache")
            shutil.rmtree(work / "warm")
        peers: list[Run] = []
        times: dict[tuple[str, str], list[Run]] = {(c, v): [] for c in CASES for v in sources}
        for number in range(args.rounds):
            order = list(sources) if number % 2 == 0 else list(reversed(sources))
            for case in CASES:
                peers.append(xsdata(work))
                for version in order:
                    here = work / str(number) / version
                    times[(case, version)].append(case_run(case, sources[version], here))
            shutil.rmtree(work / str(number))
        print(
            f"oVirt 3.6, {args.rounds} rounds, xsdata just before each case"
            + (f", before = {args.before}" if args.before else "")
            + f"; load {os.getloadavg()[0]:.2f}"
        )
        print(line("xsdata models-only", peers, {}))
        for case in CASES:
            for version in sources:
                runs = times[(case, version)]
                # the pairs of a case: each run and the xsdata run just before its round's case
                mine = peers[CASES.index(case) :: len(CASES)]
                ratios = {
                    "wall/xsdata": [r.wall / p.wall for r, p in zip(runs, mine, strict=True)],
                    "CPU/xsdata": [r.cpu / p.cpu for r, p in zip(runs, mine, strict=True)],
                }
                if version == "after" and "before" in sources:
                    old = times[(case, "before")]
                    ratios["CPU after/before"] = [
                        r.cpu / o.cpu for r, o in zip(runs, old, strict=True)
                    ]
                label = f"{case}{f' ({version})' if len(sources) > 1 else ''}"
                print(line(label, runs, ratios))

        if args.scaled < 1:
            return
        big = work / "rsdl-8x.xml"
        links = scaled_rsdl(big)
        scaled: dict[str, list[Run]] = {version: [] for version in sources}
        for number in range(args.scaled):
            for version in list(sources) if number % 2 == 0 else list(reversed(sources)):
                here = work / f"big{number}" / version
                scaled[version].append(
                    rsdlgen(sources[version], "client", here / "out", here / "cache", big)
                )
        for version, runs in scaled.items():
            wall = statistics.median(r.wall for r in runs)
            cpu = statistics.median(r.cpu for r in runs)
            peak = statistics.median(r.peak_mb for r in runs)
            print(
                f"{links} links ({COPIES}x 3.6), client cold, {version}, {args.scaled} runs: wall "
                f"{wall:.2f} s, CPU {cpu:.2f} s ({cpu / links * 1000:.1f} ms a link), peak {peak:.0f} MB "
                "(issue 27: < 5 s)"
            )


if __name__ == "__main__":
    main()
