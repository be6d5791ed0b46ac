"""Generation time of the client for oVirt 3.6 (775 links) through the library, in one process: cold (empty
output directory) and again with nothing changed (the library renders again; the command line's stamps, which
skip that, are measured by generate.py). Prints medians of several runs: `python benchmarks/client_generate.py`.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import rsdlgen
from rsdlgen.targets import client
from rsdlgen.targets.rendering import write_tree

ROOT = Path(__file__).resolve().parent.parent


OVIRT36 = ROOT.parent / "shared" / "corpus" / "ovirt-engine-3.6.13.5"


def generate(out: Path) -> int:
    model = rsdlgen.load(OVIRT36 / "rsdl.xml", OVIRT36 / "api.xsd")
    return len(write_tree(out, client.render(model, "ovirtsdk3")))


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    cold, warm = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["RSDLGEN_CACHE_DIR"] = str(Path(tmp) / "cache")
            start = time.perf_counter()
            written = generate(Path(tmp) / "out")
            cold.append(time.perf_counter() - start)
            start = time.perf_counter()
            unchanged = generate(Path(tmp) / "out")
            warm.append(time.perf_counter() - start)
    print(
        f"oVirt 3.6 client, median of {runs} runs ({written} files, {unchanged} rewritten on rerun)"
    )
    print(f"cold:              {statistics.median(cold):.2f} s")
    print(f"nothing changed:   {statistics.median(warm):.2f} s")


if __name__ == "__main__":
    main()
