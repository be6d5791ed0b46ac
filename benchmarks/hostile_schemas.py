"""Time and peak memory of `rsdlgen inspect` and `generate` on schemas built to cost too much (issue 10).

The shapes: groups that each name the next one twice (30 levels: 2**30 expansions when walked naively), a
3,000-level extension chain, 5,000 chained group references, and the last two grown to about 1 MB, and the deepest chains that are still read. Each must
load or be refused in one located line in about a second and a couple of hundred MB. Every case runs the CLI in
a fresh process, alternating with `rsdlgen --version` (start-up and imports only) in the same loop; prints
medians of wall time and the process's peak resident memory, and the first line it printed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rsdlgen.readers.xsd import MAX_EXTENSION_DEPTH, MAX_NESTING  # noqa: E402
from tests.support.hostile import chained_groups, doubling_groups, extension_chain  # noqa: E402

RUNS = 5
RSDL = ROOT / "tests" / "fixtures" / "golden" / "rsdl.xml"
SHAPES = {
    "doubling groups, 30 levels": doubling_groups(30),
    "extension chain, 3,000 levels": extension_chain(3_000),
    "chained groups, 5,000": chained_groups(5_000),
    "extension chain, ~1 MB": extension_chain(4_300),
    "chained groups, ~1 MB": chained_groups(12_000),
    # the deepest that are read
    "extension chain, 33 levels": extension_chain(MAX_EXTENSION_DEPTH + 1),
    "chained groups, 30": chained_groups(MAX_NESTING // 2 - 2),
}


def run(*args: str) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB, and the first line of output of one CLI process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "rsdlgen", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, _, usage = os.wait4(process.pid, 0)  # the rusage of this child alone
    elapsed = time.perf_counter() - start
    process.returncode = 0  # reaped by wait4 already
    return elapsed, usage.ru_maxrss / 1024, (output.splitlines() or [""])[0]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cases: dict[str, list[str]] = {}
        for shape, text in SHAPES.items():
            path = Path(tmp) / f"{len(cases)}.xsd"
            path.write_text(text)
            print(f"{shape}: {len(text.encode()) / 1024:.0f} KB")
            common = ["--rsdl", str(RSDL), "--schema", str(path)]
            cases[f"{shape} / inspect"] = ["inspect", *common]
            out = str(Path(tmp) / f"out{len(cases)}")
            cases[f"{shape} / generate"] = ["generate", "--target", "client", "--out", out, *common]
        results: dict[str, list[tuple[float, float, str]]] = {"--version": []}
        results.update({name: [] for name in cases})
        for _ in range(RUNS):
            results["--version"].append(run("--version"))
            for name, args in cases.items():
                results[name].append(run(*args))
    base = statistics.median(r[0] for r in results.pop("--version"))
    print(f"\nstart-up (rsdlgen --version): median {base * 1000:.0f} ms over {RUNS} runs")
    for name, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        peak = statistics.median(r[1] for r in runs)
        said = runs[-1][2]
        said = said if len(said) <= 90 else said[:87] + "..."
        print(
            f"{name:42} {wall * 1000:6.0f} ms ({(wall - base) * 1000:+5.0f}), peak {peak:4.0f} MB  {said}"
        )


if __name__ == "__main__":
    main()
