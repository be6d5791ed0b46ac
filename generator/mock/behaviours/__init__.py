"""The engine's behaviours, one module each: what the engine does besides storing and answering.

An action on an entity (`POST vms/<id>/start`) runs the behaviours of `ON_ACTION` registered for its rel and
its entity's element, in their order: its state change (`run_state`), `exports` (export to and import from an
export domain), `events` (the audit log), `tickets` (a ticket action's value and expiry); the first that
refuses (a 409 fault) leaves the others unrun and nothing changed, since the answer is kept (`tasks.keep`) only
once all have run. The engine also calls, at their points:
- a request body is checked: `implied` first fills what the engine does not ask for (a cluster's version);
- an entity is created: `inheritance` (what it takes from its template), `memory_policy` (a VM's guarantee
  within its memory), `vm_defaults`, `disk_image` (a new disk's image and flags), `mac_pool` (a VM NIC's
  address and flags), `storage_space` (a domain's space, what a disk takes; given back when it is removed;
  the first data domain attached to a data center is its master), `disk_profiles` (a data domain's default
  profile, a disk's profile; removed with the domain);
- an entity is attached to a sub-collection or detached from it: `attachment` (storage domains in a data
  center, in maintenance until activated);
- any write and login: `events`; an answer that is polled (`async`, or a creation answered 202): `tasks`;
- a statistics sub-collection is read: `statistics` (made afresh from the state);
- an entity is written: `derived` (what follows from other entities: a host's VM summary, a NIC's port
  mirroring) and `ovf` (a VM's OVF configuration, with `All-Content: true`), on the copy written, never
  stored;
- before a removal or an update: `protection` (what the engine refuses to remove or change: built-in
  entities, entities still in use), refused before anything changes.

A new behaviour is one module here, registered below (or called at its point), and its test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lifecycle
from ..calls import Call, Element, tag
from . import events, exports, run_state, tickets

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
    Behaviour(
        exports.act, rels=frozenset({"export", "import"}), elements=frozenset({"vm", "template"})
    ),  # §15.7.11, §17.4.1
    Behaviour(events.acted),
    Behaviour(tickets.fill, rels=frozenset({"ticket"})),  # guide §15.7.12
)


def act(engine: Engine, action: Action) -> None:
    """Run the behaviours registered for `action`, in order."""
    for behaviour in ON_ACTION:
        if behaviour.applies(action):
            behaviour.run(engine, action)
