"""What the engine answers when an operation succeeds: the RSDL gives a response type, never a status, so the
statuses follow the guide, one rule for every target (the docs' answers, OpenAPI's responses, the mock engine).

A GET or an update answers 200 with the representation. A POST to a collection adds: 201 Created with the new
entity and its `Location` (guide §7.3.10), or 202 Accepted with a `creation_status` to poll for the types the
engine creates asynchronously, unless the client sends `Expect: 201-created` (§7.3.11). A POST anywhere else is
an action: 200 with the `<action>`, or 202 when its body asks for `<async>true</async>` (§7.4.7). A DELETE
answers 204 No Content (§9.4.3, and every removal the guide shows).
"""

from __future__ import annotations

from dataclasses import dataclass

from .declarations import Link
from .loading import Model
from .resources import Resource

# "certain resources, such as Virtual Machines, Disks, Snapshots and Templates, are created asynchronously"
ASYNC_TYPES = frozenset({"VM", "Disk", "Snapshot", "Template"})


@dataclass(frozen=True)
class Success:
    status: int
    reason: str  # `Created`
    when: str  # what makes the engine answer it
    body: bool = True  # a representation comes back
    location: bool = False  # with a `Location` header: the new entity's href

    @property
    def line(self) -> str:
        return f"{self.status} {self.reason}"


def created_asynchronously(resource: Resource) -> bool:
    """Whether adding to this collection answers 202 unless the client sends `Expect: 201-created`."""
    return resource.kind == "collection" and resource.entity_type in ASYNC_TYPES


def successes(model: Model, link: Link) -> list[Success]:
    """The statuses `link` answers when it succeeds, the usual one first."""
    resource = model.resource(link.href) or model.root
    if link.method == "DELETE":
        return [Success(204, "No Content", "removed", body=False)]
    if link.method == "POST" and resource.kind == "collection":
        found = [Success(201, "Created", "added", location=True)]
        if created_asynchronously(resource):
            found.append(
                Success(
                    202,
                    "Accepted",
                    "added asynchronously (without `Expect: 201-created`): the entity has a "
                    '`creation_status` and a `link rel="creation_status"` to poll',
                    location=True,
                )
            )
        return found
    if link.method == "POST":
        return [
            Success(200, "OK", "done"),
            Success(
                202,
                "Accepted",
                "the body asks for `<async>true</async>`: the action's `href` is polled until its "
                "`status` is `complete`",
            ),
        ]
    return [Success(200, "OK", "the representation")]
