"""Selective generation: the part of an API a project uses, as a smaller `Model` every target renders from.

A selection is two lists of patterns. `include` keeps the links that match one of its patterns (empty: every
link), `exclude` then drops those that match one of its. A pattern matches a link by its href, its rel or its
operation id:

- an href pattern is split on `/` like an href: `*` stands for one segment (a placeholder such as `{vm:id}`
  too), `**` for any number of segments, none included, and any other segment is matched as a shell pattern
  (`vms`, `vms/**`, `hosts/*/nics`, `storagedomains/*/disk*`);
- a rel is matched as it is written (`start`, `delete`);
- an operation id is the docs' page and anchor (`vms.vm-id.start`, `model/operations.py`).

The schema is then pruned to the closure of what the kept links send and receive, along the type graph
(elements and bases), with the entry point's and faults' types, which every target shows whatever links there
are; enumerations and top-level elements follow the types they serve. The documents' bytes and fingerprint stay
those of the documents read: a selection narrows what is rendered, not what was read.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..errors import Location, UsageError
from .declarations import Link, Schema
from .loading import Model

# The top-level elements of the entry point (`GET /`) and of a fault: every target shows both.
ALWAYS = ("api", "fault")


@dataclass(frozen=True)
class Selection:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    # where the patterns were given, for errors: the configuration file and line, or a command-line flag
    origin: Location = field(default=Location("command line"), compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.include or self.exclude)

    def describe(self) -> str:
        """`include vms/**; exclude delete`, as notes and reports show a selection."""
        parts = [
            f"{k} {' '.join(v)}"
            for k, v in (("include", self.include), ("exclude", self.exclude))
            if v
        ]
        return "; ".join(parts)


def href_matches(pattern: str, href: str) -> bool:
    return _segments_match(pattern.strip("/").split("/"), [s for s in href.split("/") if s])


def _segments_match(pattern: list[str], segments: list[str]) -> bool:
    if not pattern:
        return not segments
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_segments_match(rest, segments[i:]) for i in range(len(segments) + 1))
    return (
        bool(segments)
        and fnmatch.fnmatchcase(segments[0], head)
        and _segments_match(rest, segments[1:])
    )


class _Matcher:
    """Which links of a model each pattern matches."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._ids: dict[tuple[str, str, str, str | None], str] | None = None

    def ids(self) -> dict[tuple[str, str, str, str | None], str]:
        # only for a pattern that may be one: the names take a walk of the tree
        if self._ids is None:
            self._ids = {k: n.operation_id for k, n in self.model.operation_names.items()}
        return self._ids

    def matching(self, pattern: str) -> set[int]:
        """Positions in `model.links` of the links `pattern` matches."""
        found = set()
        ids = self.ids() if "." in pattern else {}
        for i, link in enumerate(self.model.links):
            if (
                link.rel == pattern
                or href_matches(pattern, link.href)
                or ids.get(link.key) == pattern
            ):
                found.add(i)
        return found


def selected_links(model: Model, selection: Selection) -> tuple[list[Link], list[str]]:
    """The links `selection` keeps, and the patterns (`include X`, `exclude Y`) that match no link."""
    matcher = _Matcher(model)
    unmatched: list[str] = []
    kept = set(range(len(model.links)))
    if selection.include:
        kept = set()
        for pattern in selection.include:
            found = matcher.matching(pattern)
            if not found:
                unmatched.append(f"include pattern {pattern!r}")
            kept |= found
    for pattern in selection.exclude:
        found = matcher.matching(pattern)
        if not found:
            unmatched.append(f"exclude pattern {pattern!r}")
        kept -= found
    return [link for i, link in enumerate(model.links) if i in kept], unmatched


def unmatched_error(selection: Selection, unmatched: Sequence[str], where: str) -> UsageError:
    return UsageError(selection.origin, f"{unmatched[0]} matches no link of {where}")


def select(model: Model, selection: Selection) -> Model:
    """The model of the links `selection` keeps, its schema pruned to the types they reach; the model itself
    when nothing is selected. A pattern that matches nothing is an error (naming the first such)."""
    if not selection:
        return model
    links, unmatched = selected_links(model, selection)
    if unmatched:
        raise unmatched_error(selection, unmatched, model.rsdl.file)
    return narrowed(model, links)


def select_both(old: Model, new: Model, selection: Selection) -> tuple[Model, Model]:
    """Both sides of a diff narrowed alike; a pattern is an error only when it matches nothing on either side
    (a link may be new, or gone)."""
    if not selection:
        return old, new
    (old_links, old_unmatched), (new_links, new_unmatched) = (
        selected_links(old, selection),
        selected_links(new, selection),
    )
    unmatched = [p for p in old_unmatched if p in new_unmatched]
    if unmatched:
        where = f"either {old.rsdl.file} or {new.rsdl.file}"
        raise unmatched_error(selection, unmatched, where)
    return narrowed(old, old_links), narrowed(new, new_links)


def narrowed(model: Model, links: list[Link]) -> Model:
    """`model` with only `links`, and the schema pruned to what they reach."""
    schema = pruned(model, links) if model.schema is not None else None
    return Model(
        replace(model.rsdl, links=links),
        schema,
        model.warnings,
        (model.rsdl_bytes, model.schema_bytes),
    )


def reached_types(model: Model, links: list[Link]) -> set[str]:
    """The complex types `links` send and receive, the entry point's and faults' types, and every type these
    refer to (elements and bases, transitively)."""
    import networkx as nx

    schema = model.schema
    assert schema is not None
    roots = {
        t for link in links for t in (link.response, link.body.type if link.body else None) if t
    }
    if any(link.is_action for link in links):
        roots.add("Action")  # the client's actions take an Action even where the RSDL names no body
    roots.update(schema.elements[e] for e in ALWAYS if e in schema.elements)
    graph = model.type_graph
    reached = set()
    for name in roots:
        if name in graph and name not in reached:
            reached |= {name} | nx.descendants(graph, name)
    return reached


def pruned(model: Model, links: list[Link]) -> Schema:
    schema = model.schema
    assert schema is not None
    types = reached_types(model, links)
    simple: set[str] = set()
    for name in types:
        ctype = schema.types[name]
        used = [e.type for e in ctype.elements] + [a.type for a in ctype.attributes]
        simple.update(u for u in [*used, ctype.text_type] if u in schema.enums)
    for name in list(simple):
        simple.update(e.name for e in schema.restrictions(name))
    return Schema(
        schema.file,
        {n: t for n, t in schema.types.items() if n in types},
        {n: e for n, e in schema.enums.items() if n in simple},
        {n: t for n, t in schema.elements.items() if t in types or t in simple},
    )
