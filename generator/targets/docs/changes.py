"""The docs' "changes" page: the semantic diff (`model.diffing`) from an older pair of documents to the ones the
site documents, and where each change shows on the site (operation sections, type pages, the index).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...model.declarations import Link
from ...model.diffing import GROUPS, Change, Diff, link_subject
from ...model.loading import Model
from .pages import INDEX, resource_page, type_page

PAGE = "changes.html"


@dataclass
class Subject:
    """The changes of one subject (an operation, a type, an enum, the API-wide part) and its place."""

    name: str
    group: str
    anchor: str  # its id on the changes page
    changes: list[Change] = field(default_factory=list)
    url: str | None = None  # the page (and section) of the site it is about; None when it is gone

    @property
    def breaking(self) -> bool:
        return any(c.breaking for c in self.changes)


class Changes:
    """Empty when the site is rendered without `since`."""

    def __init__(
        self, diff: Diff | None, model: Model, link_url: Callable[[Link], str] | None = None
    ) -> None:
        self.diff = diff
        self.subjects: dict[str, Subject] = {}
        if diff is None or link_url is None:
            return
        links: dict[str, Link] = {}
        for link in model.links:
            for ambiguous in (False, True):
                links.setdefault(link_subject(link, ambiguous), link)
        taken: set[str] = set()
        for change in diff.changes:
            subject = self.subjects.get(change.subject)
            if subject is None:
                anchor = _anchor(change.subject, taken)
                url = self._url(change, links, link_url, model)
                subject = self.subjects[change.subject] = Subject(
                    change.subject, change.group, anchor, url=url
                )
            subject.changes.append(change)
        self._links = {links[s].key: subj for s, subj in self.subjects.items() if s in links}

    @staticmethod
    def _url(
        change: Change, links: dict[str, Link], link_url: Callable[[Link], str], model: Model
    ) -> str | None:
        if change.subject in links:
            return link_url(links[change.subject])
        kind, _, name = change.subject.partition(" ")
        schema = model.schema
        if kind in ("type", "enum") and schema and (name in schema.types or name in schema.enums):
            return type_page(name)
        if change.group == "general":
            return INDEX + "#general"
        # a removed operation: the page of its resource, if it is still there
        if change.group == "links":
            href = change.subject.split(" ")[1].strip("/")
            resource = model.resource("" if href == "" else href)
            if resource is not None and resource.kind not in ("root", "action"):
                return resource_page(resource.href)
        return None

    @property
    def active(self) -> bool:
        return self.diff is not None

    def groups(self, breaking: bool) -> list[tuple[str, str, list[Subject]]]:
        """(group, heading, subjects) of the subjects with a breaking change, or of the others: the page lists
        the breaking ones first."""
        found = [
            (
                group,
                heading,
                [s for s in self.subjects.values() if s.group == group and s.breaking == breaking],
            )
            for group, heading in GROUPS.items()
        ]
        return [(group, heading, subjects) for group, heading, subjects in found if subjects]

    def headings(self) -> list[tuple[str, str, int, int]]:
        """(group, heading, breaking changes, changes) of each group with a change: the filter's choices."""
        assert self.diff is not None
        counts = [
            (group, heading, [c for c in self.diff.changes if c.group == group])
            for group, heading in GROUPS.items()
        ]
        return [
            (g, h, sum(c.breaking for c in found), len(found)) for g, h, found in counts if found
        ]

    def about(self, link: Link) -> Subject | None:
        return self._links.get(link.key) if self.subjects else None

    def anchor(self, link: Link) -> str:
        subject = self.about(link)
        return subject.anchor if subject else ""

    def about_type(self, name: str) -> Subject | None:
        return self.subjects.get(f"type {name}") or self.subjects.get(f"enum {name}")


def _anchor(subject: str, taken: set[str]) -> str:
    base = "".join(c if c.isalnum() else "-" for c in subject.lower()).strip("-")
    anchor = "change-" + "-".join(p for p in base.split("-") if p)
    while anchor in taken:
        anchor += "-"
    taken.add(anchor)
    return anchor
