"""A bounded load on loopback: 50 concurrent clients send mixed requests (list, get, add, update, delete,
actions) to the generated server; no request fails and no write is lost or duplicated.

The full 20,000-request run is `python benchmarks/server_load.py`, which also reports the figures; this test
sends fewer requests (`RSDLGEN_LOAD_REQUESTS`, default 4,000) to keep the suite fast.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import rsdlgen
from tests.support.load import run_load
from tests.support.mock_servers import InMemory, loopback


def test_concurrent_mixed_load_loses_no_write(tmp_path: Path) -> None:
    package = InMemory(rsdlgen.load())
    total = int(os.environ.get("RSDLGEN_LOAD_REQUESTS", "4000"))
    # every event kept, to count them against the writes (the log is bounded: Settings.max_events)
    app = package.create_app(package.Settings(max_events=total))
    with loopback(app) as url:
        result = asyncio.run(
            run_load(
                url + package.API_ROOT, ("admin@internal", "admin"), 50, total, event_log=total
            )
        )
    assert result.errors == []
    assert result.requests == total
    assert set(result.operations) == {"list", "get", "add", "update", "delete", "action"}
    # The verification above compared the engine with what the clients expect; check the engine directly too.
    engine = app.state.server.engine
    adds = result.operations["add"]
    assert len(engine.items("vms")) == adds - result.operations["delete"]
    assert len(engine.items("events")) == result.writes
