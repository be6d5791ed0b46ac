"""What the admin API does, callable in process too (`app.state.admin`, the `ovirt_engine_app` fixture's
`.state.admin`): reset the engine, take and restore its inventory, list the requests it received, and manage
fault rules. `rsdlgen.mock.admin_client.Admin` offers the same methods over HTTP.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from . import inventory, transitions
from .engine import Engine
from .faults import Fault
from .recorder import Recorder
from .rules import Rules, path_matcher

if TYPE_CHECKING:
    from .app import Server


class Controls:
    def __init__(self, server: Server) -> None:
        self.server = server
        settings = server.settings
        self.recorder = Recorder(settings.max_recorded_requests)
        self.rules = Rules(settings.max_fault_rules)

    def reset(self) -> None:
        """A fresh engine (with the configured seeds), no recorded request, no fault rule."""
        self.server.use(Engine(self.server.spec, self.server.settings))
        self.recorder.clear()
        self.rules.clear()

    def state(self) -> bytes:
        """The inventory, as a seed document (`rsdlgen.mock.inventory`)."""
        return inventory.export(self.server.engine)

    def restore(self, document: bytes) -> int:
        """Replace the inventory with `document` (what `state` returned); all or nothing. Returns how many
        entities the engine holds; raises a 400 fault naming what is wrong."""
        try:
            root = inventory.parse(document)
            engine = Engine(self.server.spec, replace(self.server.settings, seed=()))
            count = inventory.restore(engine, root)
        except inventory.InventoryError as error:
            raise Fault(400, "Invalid inventory", str(error)) from None
        self.server.use(engine)
        return count

    def requests(self, method: str | None = None, path: str | None = None) -> list[dict[str, Any]]:
        """The requests received, oldest first, as JSON objects (`recorder.Recorded`); `method` and the
        glob `path` (as a fault rule's) select some."""
        matcher = path_matcher(path, self.server.roots) if path else None
        return [entry.to_json() for entry in self.recorder.select(method, matcher)]

    def clear_requests(self) -> None:
        self.recorder.clear()

    def add_fault(self, path: str, method: str = "*", **rule: Any) -> dict[str, Any]:
        """Add a fault rule (`rsdlgen.mock.rules`: `status`, `reason`, `detail`, `headers`, `delay`, `drop`,
        `times`, `body`); returns it with its id."""
        return self.add_rule(json.dumps({"path": path, "method": method, **rule}).encode())

    def add_rule(self, data: bytes) -> dict[str, Any]:
        return self.rules.add(data, self.server.roots).to_json()

    def faults(self) -> list[dict[str, Any]]:
        return [rule.to_json() for rule in self.rules.rules]

    def clear_faults(self) -> None:
        self.rules.clear()

    def clock(self) -> dict[str, Any]:
        """The transitions mode, the clock's time and the state changes to come (`transitions`)."""
        clock = self.server.engine.clock
        clock.settle()
        return clock.to_json()

    def advance(self, seconds: float | None = None) -> dict[str, Any]:
        """With manual transitions: move the clock by `seconds`, or to the next change (None)."""
        body = {"next": True} if seconds is None else {"advance": seconds}
        transitions.request(self.server.engine.clock, json.dumps(body).encode())
        return self.clock()
