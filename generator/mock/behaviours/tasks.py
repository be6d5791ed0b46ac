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


def task(
    engine: Engine, path: Key, tag: str, call: Call, body: Element | None = None, kept: bool = True
) -> Element:
    """A pending action or creation; `kept` ones are polled at their href until complete."""
    identifier = str(uuid.uuid4())
    task = etree.Element(tag, id=identifier, href=call.href(*path, identifier))
    if body is not None:
        for child in body:
            if not entities.secret(child):
                task.append(entities.forget_secrets(copy.deepcopy(child)))
    entities.set_state(task, "pending")
    if kept:
        engine.clock.through(
            task, transitions.PENDING, "complete"
        )  # complete once polled, if instant
        _keep(engine, (*path, identifier), task)
    return task


def _keep(engine: Engine, key: Key, task: Element) -> None:
    """What is polled later holds the sent parameters only while they are small (`max_task_body_bytes`), and
    only the newest `max_tasks` tasks are kept: a client cannot make the engine hold its bodies for ever.
    """
    settings = engine.settings
    if len(etree.tostring(task)) > settings.max_task_body_bytes:
        for child in list(task):
            if child.tag != "status":
                task.remove(child)
    engine.tasks[key] = task
    engine.task_paths.setdefault(key[:-2], []).append(key)
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
