"""The event log (guide §25.3): one event per write and per login, with the engine's codes and texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from .. import audit, entities
from ..calls import Call, Element, tag
from ..store import name_of

if TYPE_CHECKING:
    from ..engine import Engine
    from ..views import Key
    from . import Action

PAST = {
    "start": "started",
    "stop": "stopped",
    "shutdown": "shut down",
    "reboot": "rebooted",
    "suspend": "suspended",
    "activate": "activated",
    "deactivate": "deactivated",
}


def record(
    engine: Engine, code: int, description: str, user: str, subjects: tuple[Element, ...] = ()
) -> None:
    """Append an event to the `events` collection (when the API has one), with references to the user
    and to the entities it is about (guide §25.3)."""
    if "events" not in engine.spec.resources or any(tag(s) == "event" for s in subjects):
        return
    event = etree.Element("event", id=str(next(engine.event_ids)))
    etree.SubElement(event, "description").text = description
    etree.SubElement(event, "code").text = str(code)
    etree.SubElement(event, "severity").text = "normal"
    etree.SubElement(event, "time").text = entities.now()
    account = engine.find("users", user.split("@")[0])
    if account is not None:
        etree.SubElement(event, "user", id=account.get("id") or "")
    for subject in subjects:
        if tag(subject) in engine.top_items and subject.get("id"):
            etree.SubElement(event, tag(subject), id=subject.get("id") or "")
    events = engine.collection(("events",))
    events.add(event.get("id") or "", event)
    while len(events) > max(engine.settings.max_events, 1):
        events.remove(next(iter(events)))  # the oldest: the log keeps `Settings.max_events`


def login_event(engine: Engine, user: str, logged_in: bool) -> None:
    happened = "logged in" if logged_in else "logged out"
    record(engine, *audit.describe("user", happened, user=user.split("@")[0]), user)


def event(
    engine: Engine,
    call: Call,
    element: Element,
    happened: str,
    path: Key,
    host: Element | None = None,
) -> None:
    owner = engine.entity_at(path[:-2]) if len(path) > 2 else None
    host = engine.reference(element, "host") if host is None else host
    code, text = audit.describe(
        tag(element),
        happened,
        name=name_of(element),
        user=call.user.split("@")[0],
        host=name_of(host) if host is not None else "",
        where=name_of(owner) if owner is not None else "/".join(path[:-2]),
    )
    subjects = tuple(s for s in (element, owner, host) if s is not None)
    record(engine, code, text, call.user, subjects)


def acted(engine: Engine, action: Action) -> None:
    """An action on an entity is an event about it, and about the host it ran on (`stop`) or runs on."""
    assert action.target is not None  # behaviours run on an entity's actions
    rel = action.call.link.rel
    host = action.host if action.host is not None else engine.reference(action.target, "host")
    happened = PAST.get(rel, f"the target of {rel!r}")
    event(engine, action.call, action.target, happened, action.path[:-1], host)
