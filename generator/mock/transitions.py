"""Time in the mock engine: the engine's intermediate states, and the clock that ends them.

`instant` (the default) changes state at once, as the engine's outcome. `timed` passes an entity through the
states the engine shows on the way, each for `Settings.transition_seconds` (per state:
`transition_durations`), so that a client's waiting code runs:

- a VM `start`: `wait_for_launch` → `powering_up` → `up`; `stop` and `shutdown`: `powering_down` → `down`
  (the states of guide §15.1, `vm_states`);
- a host added: `installing` → `up` (§14.1, `host_states`);
- a storage domain attached to a data center: `locked` → `maintenance` (§9.5.1.1, `storage_domain_states`);
- a 202 creation's `creation_status` and an async action: `pending` → `complete` (§7.3.11, §7.4.7).

`manual` does the same on a clock of its own, which moves only when told (the admin API's `clock`: by a
number of seconds, or to the next change). The behaviours consult this module where states change
(`Engine.act`, `Engine.add`, `behaviours.tasks`); due changes are applied before each request is served.
"""

from __future__ import annotations

import heapq
import itertools
import json
import math
from dataclasses import dataclass, field
from typing import Any

from . import entities
from .calls import Element, tag
from .faults import Fault
from .settings import TRANSITIONS as MODES, Settings

STEPS: dict[tuple[str, str], tuple[str, ...]] = {
    ("vm", "start"): ("wait_for_launch", "powering_up"),
    ("vm", "stop"): ("powering_down",),
    ("vm", "shutdown"): ("powering_down",),
    ("host", "add"): ("installing",),
    ("storage_domain", "attach"): ("locked",),
}
PENDING = ("pending",)  # a task's one step before `complete`


@dataclass(order=True)
class Change:
    due: float
    order: int
    element: Element = field(compare=False)
    state: str = field(compare=False)


class Clock:
    def __init__(self, settings: Settings) -> None:
        if settings.transitions not in MODES:
            raise ValueError(
                f"transitions: {settings.transitions!r} is not one of {', '.join(MODES)}"
            )
        self.settings = settings
        self.mode = settings.transitions
        self.manual_time = 0.0  # seconds the manual clock has been advanced
        self.pending: list[Change] = []  # a heap, soonest first
        self.numbers = itertools.count()
        self.settled = 0  # changes applied (a representation kept before one may be out of date)

    @property
    def instant(self) -> bool:
        return self.mode == "instant"

    def now(self) -> float:
        return self.settings.clock() if self.mode == "timed" else self.manual_time

    def after(self, element: Element, event: str) -> None:
        """`element` has just reached its state through `event` (an action's rel, `add`, `attach`): in
        `timed` and `manual`, it shows the engine's intermediate states first."""
        steps = STEPS.get((tag(element), event))
        final = entities.state(element)
        if steps and final is not None:
            self.through(element, steps, final)

    def through(self, element: Element, steps: tuple[str, ...], final: str) -> None:
        """`element` shows each of `steps` for its duration, then `final` (nothing changes in `instant`);
        a change still due for it is dropped (a VM stopped while powering up)."""
        if self.instant:
            return
        if any(change.element is element for change in self.pending):
            self.pending = [c for c in self.pending if c.element is not element]
            heapq.heapify(self.pending)
        entities.set_state(element, steps[0])
        due = self.now()
        for state, following in zip(steps, (*steps[1:], final), strict=True):
            due += self.settings.transition_durations.get(state, self.settings.transition_seconds)
            heapq.heappush(self.pending, Change(due, next(self.numbers), element, following))

    def settle(self) -> None:
        """Apply the changes that are due."""
        now = self.now()
        while self.pending and self.pending[0].due <= now:
            change = heapq.heappop(self.pending)
            entities.set_state(change.element, change.state)
            self.settled += 1

    def advance(self, seconds: float | None) -> None:
        """Move the manual clock by `seconds`, or (None) to the next change; then apply what is due."""
        if self.mode != "manual":
            raise _invalid(
                f"the clock moves only with transitions manual (this engine's: {self.mode})"
            )
        if seconds is None:
            seconds = max(self.pending[0].due - self.manual_time, 0.0) if self.pending else 0.0
        self.manual_time += seconds
        self.settle()

    def to_json(self) -> dict[str, Any]:
        now = self.now()
        changes = [
            {
                "in": round(c.due - now, 6),
                "element": tag(c.element),
                "id": c.element.get("id"),
                "state": c.state,
            }
            for c in sorted(self.pending)
        ]
        return {"transitions": self.mode, "now": round(now, 6), "pending": changes}


def request(clock: Clock, data: bytes) -> None:
    """An admin `POST clock` body: `{"advance": seconds}` or `{"next": true}`; raises a 400 fault."""
    try:
        value = json.loads(data)
    except ValueError as exc:
        raise _invalid(f"not JSON: {exc}") from None
    if not isinstance(value, dict) or len(value) != 1 or set(value) - {"advance", "next"}:
        raise _invalid('give {"advance": seconds} or {"next": true}')
    seconds = value.get("advance")
    if "next" in value:
        if value["next"] is not True:
            raise _invalid(f"next: {value['next']!r}: only true")
        clock.advance(None)
        return
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise _invalid(f"advance: {seconds!r} is not a number of seconds")
    if not math.isfinite(seconds) or not 0 <= seconds <= 10**9:
        raise _invalid(f"advance: {seconds!r} is not between 0 and 1e9 seconds")
    clock.advance(float(seconds))


def _invalid(detail: str) -> Fault:
    return Fault(400, "Invalid clock request", detail)
