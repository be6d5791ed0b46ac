"""Golden files: each template's output for the embedded default, compared byte for byte.

Refresh on purpose with `RSDLGEN_UPDATE_GOLDEN=1 python -m pytest -q tests/test_client_golden.py`, then read
the diff of tests/golden/client/ before committing.
"""

from __future__ import annotations

import pytest

from generator.targets import client

from .client_packages import model
from .golden import assert_golden

RENDERED: dict[str, str | bytes] = {}


@pytest.mark.parametrize("module", [*client.MODULES, "py.typed"])
def test_template_output_matches_golden(module: str) -> None:
    if not RENDERED:
        RENDERED.update(client.render(model("default"), "ovirtsdk3"))
    assert_golden(f"client/{module}", RENDERED[f"ovirtsdk3/{module}"])
