"""Golden files: each client template's output for the golden fixture (tests/fixtures/golden/), byte for byte.

The fixture is small and reaches the templates' edge cases (overloads, deprecated signatures and URL
parameters, `id|name`, keyword names, a sub-collection named like a data field, simple content, a type cycle);
the embedded default's client is committed under generated/client and checked by `rsdlgen check`.
Refresh on purpose with `RSDLGEN_UPDATE_GOLDEN=1 python -m pytest -q tests/targets/client/test_golden.py`, then read
the diff of tests/golden/client/ before committing.
"""

from __future__ import annotations

import pytest

from rsdlgen.targets import client
from tests.support.golden import assert_golden, fixture_model

PACKAGE = "golden_sdk"
RENDERED: dict[str, str | bytes] = {}


@pytest.mark.parametrize("module", [*client.MODULES, "py.typed"])
def test_template_output_matches_golden(module: str) -> None:
    if not RENDERED:
        RENDERED.update(client.render(fixture_model(), PACKAGE))
    assert_golden(f"client/{module}", RENDERED[f"{PACKAGE}/{module}"])
