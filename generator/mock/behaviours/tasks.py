"""Asynchronous actions and creations (guide §7.3.11): a task polled at its href until complete."""

from __future__ import annotations

import copy
import uuid
from typing import TYPE_CHECKING

from lxml import etree

from .. import entities, transitions
from ..calls import Call, Element

if TYPE_CHECKING:
    from ..engine import Engine
    from ..views import Key


def task(path: Key, tag: str, call: Call, body: Element | None = None) -> Element:
    """A pending action or creation at its href below `path`, holding what the body asked (no secret)."""
    identifier = str(uuid.uuid4())
    task = etree.Element(tag, id=identifier, href=call.href(*path, identifier))
    if body is not None:
        for child in body:
            if not entities.secret(child):
                task.append(entities.forget_secrets(copy.deepcopy(child)))
    entities.set_state(task, "pending")
    return task


def keep(engine: Engine, path: Key, task: Element) -> None:
    """Keep `task` to be polled at its href until complete; it goes with what it acts on (`path[:-1]`).
    It holds the sent parameters only while they are small (`max_task_body_bytes`), and only the newest
    `max_tasks` tasks are kept: a client cannot make the engine hold its bodies for ever."""
    settings = engine.settings
    at = (*path, task.get("id") or "")
    engine.clock.through(task, transitions.PENDING, "complete")  # complete once polled, if instant
    if len(etree.tostring(task)) > settings.max_task_body_bytes:
        for child in list(task):
            if child.tag != "status":
                task.remove(child)
    engine.tasks[at] = task
    engine.task_paths.setdefault(path[:-1], []).append(at)
    while len(engine.tasks) > max(settings.max_tasks, 1):
        oldest = next(iter(engine.tasks))  # dicts keep insertion order: the oldest first
        del engine.tasks[oldest]
        engine.task_paths[oldest[:-2]].remove(oldest)


def poll(engine: Engine, path: Key) -> Element | None:
    """A GET on an async action or creation (`vms/<id>/start/<task id>`): complete once polled, or when
    its time comes (`transitions`)."""
    task = engine.tasks.get(path)
    if task is None:
        return None
    if engine.clock.instant:
        entities.set_state(task, "complete")
    return copy.deepcopy(task)
