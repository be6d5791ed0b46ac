"""Time the OpenAPI target on oVirt 3.6 (772 operations, 394 schemas) and on the embedded default.

Each run measures, side by side in the same loop: `rsdlgen.load` of the documents, building the description as
data, writing it as JSON, and writing it as YAML (PyYAML's pure-Python emitter, chosen for the same bytes with or
without libyaml), so the ratios hold on a noisy machine.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import rsdlgen
from rsdlgen.targets import openapi

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ovirt-engine-3.6.13.5"
RUNS = 5


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def measure(name: str, rsdl: Path | None, xsd: Path | None) -> None:
    phases: dict[str, list[float]] = {"load": [], "describe": [], "json": [], "yaml": []}
    size = 0
    for _ in range(RUNS):
        seconds, model = timed(lambda: rsdlgen.load(rsdl, xsd))
        phases["load"].append(seconds)
        seconds, described = timed(partial(openapi.document, model))  # type: ignore[arg-type]
        phases["describe"].append(seconds)
        seconds, text = timed(partial(openapi.json_text, described))  # type: ignore[arg-type]
        phases["json"].append(seconds)
        size = len(str(text))
        seconds, _ = timed(partial(openapi.yaml_text, described))  # type: ignore[arg-type]
        phases["yaml"].append(seconds)
    medians = {phase: statistics.median(times) for phase, times in phases.items()}
    print(f"{name}: openapi.json {size / 1e6:.2f} MB, {RUNS} runs")
    for phase, median in medians.items():
        print(f"  {phase:<9} median {median * 1000:8.1f} ms")
    print(f"  yaml/json ratio {medians['yaml'] / medians['json']:.1f}x")


def main() -> None:
    measure("openapi for oVirt 3.6", CORPUS / "rsdl.xml", CORPUS / "api.xsd")
    measure("openapi for the default", None, None)


if __name__ == "__main__":
    main()
