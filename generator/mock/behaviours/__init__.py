"""The engine's behaviours, one module each: what the engine does besides storing and answering.

An action on an entity (`POST vms/<id>/start`) runs the behaviours of `ON_ACTION` registered for its rel and
its entity's element, in their order; the first that refuses (a 409 fault) leaves the others unrun and
nothing changed, since the answer is kept (`tasks.keep`) only once all have run. The engine also calls, at
their points: `inheritance` when an entity is created (what it takes from its template), `attachment` when
one is attached to a sub-collection or detached (storage domains in a data center), `events` on every
write and login, `tasks` for an answer that is polled (`async`, or a creation answered 202).

A new behaviour is one module here, registered below (or called at its point), and its test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lifecycle
from ..calls import Call, Element, tag
from . import events, run_state, tickets

if TYPE_CHECKING:
    from ..engine import Engine
    from ..views import Key


@dataclass
class Action:
    """An action being run on an entity: what its behaviours read and write."""

    call: Call
    path: Key  # the action's path below the API root (`vms/<id>/start`)
    target: Element  # the entity acted on
    host: Element | None  # the host it ran on before the action (a VM's), for the events
    answer: Element  # the `<action>` answered


@dataclass(frozen=True)
class Behaviour:
    """A behaviour of the actions named in `rels` (None: every action) on the entities whose element is in
    `elements` (None: any)."""

    run: Callable[[Engine, Action], None]
    rels: frozenset[str] | None = None
    elements: frozenset[str] | None = None

    def applies(self, action: Action) -> bool:
        return (self.rels is None or action.call.link.rel in self.rels) and (
            self.elements is None or tag(action.target) in self.elements
        )


ON_ACTION = (
    Behaviour(run_state.change_state, rels=frozenset(rel for _, rel in lifecycle.TRANSITIONS)),
    Behaviour(events.acted),
    Behaviour(tickets.fill, rels=frozenset({"ticket"})),  # guide §15.7.12
)


def act(engine: Engine, action: Action) -> None:
    """Run the behaviours registered for `action`, in order."""
    for behaviour in ON_ACTION:
        if behaviour.applies(action):
            behaviour.run(engine, action)
