"""How fast `rsdlgen inspect` refuses hostile or broken documents (the bar: under a second each).

Each case runs the CLI in a fresh process, as a user would, next to `rsdlgen --version` (interpreter start-up and
imports only) measured in the same loop; prints the median wall time of each and the time spent on the document.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
BOMB = "".join(
    f'<!ENTITY e{i} "{"".join(f"&e{i - 1};" for _ in range(10))}">' for i in range(1, 12)
)
CASES = {
    "entity bomb": f'<?xml version="1.0"?>\n<!DOCTYPE rsdl [<!ENTITY e0 "lol">{BOMB}]>\n<rsdl>&e11;</rsdl>\n',
    "external entity": '<?xml version="1.0"?>\n<!DOCTYPE rsdl [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    "<rsdl>&x;</rsdl>\n",
    "truncated": '<?xml version="1.0"?>\n<rsdl href="/api?rsdl">\n<links>\n<link href="/api/vms"',
    "wrong root": '<?xml version="1.0"?>\n<wadl/>\n',
    "empty": "",
}


def run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "rsdlgen", *args], cwd=ROOT, capture_output=True, check=False
    )
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, text in CASES.items():
            paths[name] = Path(tmp) / f"{name.replace(' ', '-')}.xml"
            paths[name].write_text(text)
        times: dict[str, list[float]] = {name: [] for name in ["--version", *CASES]}
        for _ in range(RUNS):
            times["--version"].append(run("--version"))
            for name, path in paths.items():
                times[name].append(run("inspect", "--rsdl", str(path)))
    baseline = statistics.median(times.pop("--version"))
    print(f"start-up (rsdlgen --version): median {baseline * 1000:.0f} ms over {RUNS} runs")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:16} median {median * 1000:4.0f} ms, {(median - baseline) * 1000:+5.0f} ms over start-up"
        )


if __name__ == "__main__":
    main()
