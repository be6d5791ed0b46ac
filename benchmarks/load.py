"""Time `rsdlgen.load(rsdl, xsd)` on oVirt 3.6 (775 links, 6,200-line XSD); target: median under 0.5 s.

Prints the median and spread of several runs, next to a bare `lxml.etree.parse` of the same two files measured
in the same loop, so the ratio holds on a noisy machine.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from lxml import etree

import rsdlgen

ROOT = Path(__file__).resolve().parent.parent


CORPUS = ROOT.parent / "shared" / "corpus" / "ovirt-engine-3.6.13.5"
RUNS = 15


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    rsdl, xsd = CORPUS / "rsdl.xml", CORPUS / "api.xsd"
    loads, parses = [], []
    for _ in range(RUNS):
        loads.append(timed(lambda: rsdlgen.load(rsdl, xsd)))
        parses.append(timed(lambda: (etree.parse(str(rsdl)), etree.parse(str(xsd)))))
    load_median, parse_median = statistics.median(loads), statistics.median(parses)
    print(
        f"load(rsdl, xsd) oVirt 3.6: median {load_median * 1000:.1f} ms "
        f"(min {min(loads) * 1000:.1f}, max {max(loads) * 1000:.1f}; {RUNS} runs; target < 500 ms)"
    )
    print(
        f"bare lxml parse of both:   median {parse_median * 1000:.1f} ms; load/parse ratio {load_median / parse_median:.1f}x"
    )


if __name__ == "__main__":
    main()
