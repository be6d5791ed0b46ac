"""Entities attached to a sub-collection (guide §3.9, §3.10, §9.5.1): a storage domain attached to a data
center is in maintenance there until activated; detached, it is unattached again."""

from __future__ import annotations

from .. import entities, lifecycle
from ..calls import Element, tag
from ..lifecycle import cannot
from ..spec import Spec


def attach(spec: Spec, element: Element, item: str, owner: str, attached: bool) -> None:
    """`element` (an `item`) joins a sub-collection of an `owner` entity; `attached`: it already has."""
    if attached:
        where = spec.label(owner)
        raise cannot(
            spec, "attach", item, f"{spec.label(item)} is already attached to the {where}."
        )
    if item in lifecycle.ATTACHED_STATE:
        entities.set_state(element, lifecycle.ATTACHED_STATE[item])


def detach(element: Element) -> None:
    """A detached entity goes back to the state of a new one."""
    if tag(element) in lifecycle.ATTACHED_STATE:
        entities.set_state(element, lifecycle.INITIAL_STATE.get(tag(element), "unattached"))
