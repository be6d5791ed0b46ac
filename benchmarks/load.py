"""Time `rsdlgen.load(rsdl, xsd)` on oVirt 3.6 (775 links, 6,200-line XSD) next to a bare `lxml.etree.parse`
of the same two files, measured in the same loop, alternating (ABBA: each round runs them in the order opposite
to the round before, so neither is always the one after the other); target: load at most 5x the parse.

Prints medians of wall time and of the process's CPU time. On a shared machine the CPU-time ratio is the one
to read: wall time also counts other processes' time slices, which land more often in the longer of the two.
Usage: `python benchmarks/load.py [runs]`.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

import rsdlgen

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ovirt-engine-3.6.13.5"


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    rsdl, xsd = CORPUS / "rsdl.xml", CORPUS / "api.xsd"
    rsdlgen.load(rsdl, xsd)  # imports and first-use caches out of the way
    loads: list[tuple[float, float]] = []
    parses: list[tuple[float, float]] = []
    cases = [
        (loads, lambda: rsdlgen.load(rsdl, xsd)),
        (parses, lambda: (etree.parse(str(rsdl)), etree.parse(str(xsd)))),
    ]
    for number in range(runs):
        for times, case in cases if number % 2 == 0 else cases[::-1]:
            times.append(timed(case))
    for index, clock in ((1, "CPU"), (0, "wall")):
        load = statistics.median(t[index] for t in loads)
        parse = statistics.median(t[index] for t in parses)
        print(
            f"{clock:4}: load(rsdl, xsd) oVirt 3.6 median {load * 1000:.1f} ms, bare lxml parse of both "
            f"{parse * 1000:.1f} ms: ratio {load / parse:.2f}x (target <= 5x; {runs} runs)"
        )


if __name__ == "__main__":
    main()
