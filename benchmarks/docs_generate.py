"""Time the docs target on oVirt 3.6 (775 links, 390 types -> about 760 pages); target: median under 5 s.

Each run measures, side by side in the same loop: `rsdlgen.load` of the documents, `docs.render` of the site in
memory, and `write_tree` of it into an empty directory, so the ratios hold on a noisy machine. The embedded
default is timed too, for scale.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import rsdlgen
from rsdlgen.targets import docs
from rsdlgen.targets.rendering import write_tree

ROOT = Path(__file__).resolve().parent.parent


CORPUS = ROOT.parent / "shared" / "corpus" / "ovirt-engine-3.6.13.5"
RUNS = 7


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def measure(name: str, rsdl: Path | None, xsd: Path | None) -> dict[str, float]:
    phases: dict[str, list[float]] = {"load": [], "render": [], "write": []}
    pages = 0
    for _ in range(RUNS):
        seconds, model = timed(lambda: rsdlgen.load(rsdl, xsd))
        phases["load"].append(seconds)
        seconds, files = timed(partial(docs.render, model, docs.DEFAULT_PACKAGE))  # type: ignore[arg-type]
        phases["render"].append(seconds)
        pages = len(files)  # type: ignore[arg-type]
        with tempfile.TemporaryDirectory() as out:
            seconds, _ = timed(partial(write_tree, Path(out), files))  # type: ignore[arg-type]
        phases["write"].append(seconds)
    medians = {phase: statistics.median(times) for phase, times in phases.items()}
    total = [sum(run) for run in zip(*phases.values(), strict=True)]
    medians["total"] = statistics.median(total)
    print(f"{name}: {pages} files, {RUNS} runs")
    for phase, times in [*phases.items(), ("total", total)]:
        print(
            f"  {phase:<7} median {medians[phase] * 1000:7.1f} ms "
            f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})"
        )
    print(f"  render/load ratio {medians['render'] / medians['load']:.1f}x")
    return medians


def main() -> None:
    ovirt = measure("docs for oVirt 3.6", CORPUS / "rsdl.xml", CORPUS / "api.xsd")
    default = measure("docs for the embedded default", None, None)
    print(
        f"oVirt 3.6 / default total ratio {ovirt['total'] / default['total']:.1f}x; "
        f"oVirt 3.6 total {ovirt['total']:.2f} s (target < 5 s)"
    )


if __name__ == "__main__":
    main()
