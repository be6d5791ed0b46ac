"""Golden-file comparison. Refresh on purpose with RSDLGEN_UPDATE_GOLDEN=1, then read the diff before committing.

The client, server and docs golden files render the small fixture under `tests/fixtures/golden/` (written to
reach each template's edge cases), not the embedded default: what rsdlgen renders from the default is
committed under `generated/` and compared by `rsdlgen check`.
"""

from __future__ import annotations

import difflib
import functools
import os
from pathlib import Path

import rsdlgen

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "golden"
FIXTURE_RSDL = FIXTURE / "rsdl.xml"
FIXTURE_SCHEMA = FIXTURE / "api.xsd"


@functools.cache
def fixture_model() -> rsdlgen.Model:
    """The model of the golden fixture, loaded once per session (targets only read it)."""
    return rsdlgen.load(FIXTURE_RSDL, FIXTURE_SCHEMA)


def assert_golden(name: str, actual: str | bytes) -> None:
    path = GOLDEN / name
    data = actual.encode() if isinstance(actual, str) else actual
    if os.environ.get("RSDLGEN_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return
    assert path.exists(), f"no golden file {path}; create it with RSDLGEN_UPDATE_GOLDEN=1"
    expected = path.read_bytes()
    if expected != data:
        diff = difflib.unified_diff(
            expected.decode(errors="replace").splitlines(),
            data.decode(errors="replace").splitlines(),
            f"golden/{name}",
            "actual",
            lineterm="",
            n=2,
        )
        raise AssertionError(f"{name} differs from its golden file:\n" + "\n".join(list(diff)[:60]))
