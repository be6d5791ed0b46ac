"""What the engine does to an entity's state, as data: the state an entity is created in, what each action
changes it to and from which states it may (guide §15.7 for VMs, §14.8 for hosts, §3.10 / §9.5.1 for storage
domains in a data center), and the engine's faults when it may not.

The engine refuses an operation it cannot do (a "can do action" check) with 409 and a `<fault>` whose detail
is the engine's message in brackets: `[Cannot run VM. VM is running.]`; the official SDK strips the brackets.
"""

from __future__ import annotations

from dataclasses import dataclass

from .faults import Fault
from .spec import Spec

# The state of a new entity; a storage domain attached to a data center starts there in maintenance.
INITIAL_STATE = {"vm": "down", "host": "up", "disk": "ok", "storage_domain": "unattached"}
ATTACHED_STATE = {"storage_domain": "maintenance"}
ACTIVE = frozenset({"up", "active"})  # what the entry point's summary counts as active (§4.4)


@dataclass(frozen=True)
class Transition:
    to: str
    allowed: frozenset[str] | None = None  # states it may start from; None: any
    verb: str = ""  # the engine's verb in its messages, when it differs from the action's rel


# a VM on its way up or down is running too: it may be stopped, not started or removed
_RUNNING = frozenset(
    {
        "up",
        "wait_for_launch",
        "powering_up",
        "powering_down",
        "paused",
        "migrating",
        "reboot_in_progress",
    }
)
TRANSITIONS: dict[tuple[str | None, str], Transition] = {
    ("vm", "start"): Transition("up", frozenset({"down", "suspended"}), "run"),
    ("vm", "stop"): Transition("down", _RUNNING | {"suspended"}),
    ("vm", "shutdown"): Transition("down", _RUNNING),
    ("vm", "reboot"): Transition("up", _RUNNING),
    ("vm", "suspend"): Transition("suspended", _RUNNING),
    ("host", "activate"): Transition("up"),
    ("host", "deactivate"): Transition("maintenance"),
    ("storage_domain", "activate"): Transition("active"),
    ("storage_domain", "deactivate"): Transition("maintenance"),
    (None, "activate"): Transition("active"),
    (None, "deactivate"): Transition("inactive"),
}
# Entities that may not be removed while running (`[Cannot remove VM. VM is running.]`).
NOT_REMOVABLE = {"vm": _RUNNING}


def cannot(spec: Spec, verb: str, element: str, reason: str) -> Fault:
    return Fault(409, "Operation Failed", f"[Cannot {verb} {spec.label(element)}. {reason}]")


def transition(element: str, rel: str) -> Transition | None:
    return TRANSITIONS.get((element, rel)) or TRANSITIONS.get((None, rel))


def check_action(spec: Spec, element: str, rel: str, state: str | None) -> Transition | None:
    """The transition `rel` makes from `state`, or the engine's 409 when it cannot be made."""
    change = transition(element, rel)
    if change is None or change.allowed is None or state is None or state in change.allowed:
        return change
    running = state in _RUNNING
    reason = f"{spec.label(element)} is {'running' if running else 'not running'}."
    raise cannot(spec, change.verb or rel, element, reason)


def check_removable(spec: Spec, element: str, state: str | None) -> None:
    if state is not None and state in NOT_REMOVABLE.get(element, ()):
        raise cannot(spec, "remove", element, f"{spec.label(element)} is running.")
