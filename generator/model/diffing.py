"""The semantic diff of two API descriptions: what changed for callers of the generated client, and whether it
breaks them.

Links are matched by their href relative to the API root with placeholder names ignored (`/api/vms/{vm:id}` in
3.3 and `vms/{vm:id}` in 3.6 are one resource) and by `rel`; overloads by the parameters they share; types,
elements, attributes and enum values by name. Descriptions and value hints are documentation and not compared.

A change is *breaking* when code written against the old bindings, or the old client talking to the new engine,
can fail: something disappears, something optional becomes mandatory, a type changes. Everything else (new
operations, new optional parameters, new enum values, deprecations) is non-breaking.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from ..errors import InputError, Location
from .bodies import BodyRoot, body_root, item_root
from .declarations import (
    Attribute,
    Body,
    ComplexType,
    Element,
    Header,
    Link,
    Parameter,
    ParameterSet,
    Schema,
)
from .loading import Model, load

FORMAT = "rsdlgen-diff/1"
RSDL_NAME = "rsdl.xml"
SCHEMA_NAME = "api.xsd"

# Report order and headings.
GROUPS = {
    "general": "API-wide headers and URL parameters",
    "links": "Links",
    "operations": "Changed operations",
    "types": "Types, elements and attributes",
    "enums": "Enumerations and simple types",
}
KINDS = ("added", "removed", "changed")
T = TypeVar("T")
# XSD integer types by width; each is an `int` in the generated client, so widening breaks no caller.
INTEGER_WIDTH = {"xs:byte": 1, "xs:short": 2, "xs:int": 3, "xs:long": 4, "xs:integer": 5}
# Headers the generated client sets itself on every request; callers never pass them.
CLIENT_HEADERS = frozenset({"content-type", "accept", "version"})
# Where URL parameters land: their names are their own place (no root to strip).
URL_PLACE = BodyRoot("", frozenset())


@dataclass(frozen=True)
class Change:
    group: str  # a key of GROUPS
    subject: str  # what changed: `POST vms/{vm:id}/start (start)`, `type VM`, `enum VmStatus`, `API-wide`
    # The part of the subject that changed (`url parameter max`); None when the subject itself came or went.
    item: str | None
    kind: str  # one of KINDS
    breaking: bool
    reason: str
    old: str | None = None
    new: str | None = None

    @property
    def id(self) -> str:
        """A stable id (12 hex digits) of what changed, for lists of accepted breaks: the same change has the
        same id in every run and whatever else changed (placeholder names aside, as links are matched); the
        values are part of it, as a change to another value is another break."""
        subject = re.sub(r"\{[^{}/]*\}", "{}", self.subject)
        key = "\0".join(
            (self.group, subject, self.item or "", self.kind, *(self.old or "", self.new or ""))
        )
        return hashlib.sha256(key.encode()).hexdigest()[:12]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "subject": self.subject,
            "item": self.item,
            "kind": self.kind,
            "breaking": self.breaking,
            "reason": self.reason,
            "old": self.old,
            "new": self.new,
        }


@dataclass
class Diff:
    old: Model
    new: Model
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def summary(self) -> dict[str, Any]:
        groups = {}
        for group in GROUPS:
            mine = [c for c in self.changes if c.group == group]
            groups[group] = {
                "changes": len(mine),
                "breaking": sum(c.breaking for c in mine),
                **{kind: sum(c.kind == kind for c in mine) for kind in KINDS},
            }
        return {
            "changes": len(self.changes),
            "breaking": len(self.breaking),
            "non_breaking": len(self.changes) - len(self.breaking),
            "groups": groups,
        }

    def listed(self, breaking_only: bool = False) -> list[Change]:
        return self.breaking if breaking_only else self.changes

    def as_json(self, breaking_only: bool = False) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "old": describe(self.old),
            "new": describe(self.new),
            "summary": self.summary(),
            "listed": "breaking" if breaking_only else "all",
            "changes": [c.as_dict() for c in self.listed(breaking_only)],
            "notes": self.notes,
        }


def describe(model: Model) -> dict[str, Any]:
    return {
        "rsdl": model.rsdl.file,
        "schema": model.schema.file if model.schema else None,
        "fingerprint": model.fingerprint,
        "version": str(model.rsdl.version) if model.rsdl.version else None,
        "api_root": model.api_root,
    }


# --- finding the documents ----------------------------------------------------------------------------------


def documents_in(path: str | Path) -> tuple[Path, Path | None]:
    """`DIR` -> (DIR/rsdl.xml, DIR/api.xsd or None when absent); a file -> (file, None)."""
    path = Path(path)
    if not path.is_dir():
        return path, None
    rsdl = path / RSDL_NAME
    if not rsdl.is_file():
        raise InputError(Location(str(path)), f"no {RSDL_NAME} in this directory")
    schema = path / SCHEMA_NAME
    return rsdl, schema if schema.is_file() else None


def load_side(paths: list[str]) -> Model:
    """One side of a diff: a directory, an RSDL file, or an RSDL file and its XSD."""
    if len(paths) == 2:
        return load(paths[0], paths[1])
    return load(*documents_in(paths[0]))


# --- the diff -----------------------------------------------------------------------------------------------


def diff(old: Model, new: Model) -> Diff:
    result = Diff(old, new)
    result.changes += _general(old, new)
    result.changes += _links(old.links, new.links, old.schema, new.schema)
    if old.schema is not None and new.schema is not None:
        result.changes += _types(old.schema, new.schema)
        result.changes += _enums(old.schema, new.schema)
    else:
        missing = "OLD" if old.schema is None else "NEW"
        result.notes.append(f"types not compared: {missing} has no XML Schema")
    order = list(GROUPS)
    result.changes.sort(key=lambda c: order.index(c.group))  # stable: keeps each group's walk order
    return result


class Detail(NamedTuple):
    """A change found inside a subject, before it is given its group and subject."""

    item: str
    kind: str
    breaking: bool
    reason: str
    old: str | None = None
    new: str | None = None


def _general(old: Model, new: Model) -> list[Change]:
    a, b = old.rsdl.general, new.rsdl.general
    details = [*_headers(a.headers, b.headers), *_parameters(a.url, b.url, "url parameter")]
    return [Change("general", "API-wide", *d) for d in details]


# --- links ---


def link_identity(link: Link) -> tuple[str, str]:
    """(href with placeholders anonymised, rel): what stays the same when only a placeholder is renamed."""
    href = "/".join("{}" if s.placeholder else s.text for s in link.segments)
    return href, link.rel


def pair(
    old: list[T], new: list[T], *matchers: Callable[[T, T], bool]
) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """Pair items of `old` with items of `new`, trying each matcher in turn; returns the pairs (in the order of
    `old`), the unpaired old items and the unpaired new items."""
    partner: dict[int, int] = {}
    for matches in matchers:
        for i, x in enumerate(old):
            if i in partner:
                continue
            taken = set(partner.values())
            j = next((j for j, y in enumerate(new) if j not in taken and matches(x, y)), None)
            if j is not None:
                partner[i] = j
    pairs = [(old[i], new[partner[i]]) for i in sorted(partner)]
    removed = [x for i, x in enumerate(old) if i not in partner]
    added = [y for j, y in enumerate(new) if j not in set(partner.values())]
    return pairs, removed, added


def _same_operation(a: Link, b: Link) -> bool:
    return (a.method, a.response) == (b.method, b.response)


def _any(a: object, b: object) -> bool:
    return True


def link_subject(link: Link, ambiguous: bool) -> str:
    """How a change names an operation: `POST vms/{vm:id}/start (start)`, with `-> Type` when one href and
    rel have several operations."""
    text = f"{link.method} {link.href or '/'} ({link.rel})"
    return f"{text} -> {link.response}" if ambiguous else text


def _links(
    old: list[Link], new: list[Link], old_schema: Schema | None, new_schema: Schema | None
) -> list[Change]:
    by_id_old: dict[tuple[str, str], list[Link]] = defaultdict(list)
    by_id_new: dict[tuple[str, str], list[Link]] = defaultdict(list)
    for link in old:
        by_id_old[link_identity(link)].append(link)
    for link in new:
        by_id_new[link_identity(link)].append(link)
    changes = []
    for identity in sorted(by_id_old.keys() | by_id_new.keys()):
        a, b = by_id_old.get(identity, []), by_id_new.get(identity, [])
        ambiguous = max(len(a), len(b)) > 1
        pairs, removed, added = pair(a, b, _same_operation, _any)
        for link in removed:
            changes.append(
                Change(
                    "links",
                    link_subject(link, ambiguous),
                    None,
                    "removed",
                    True,
                    "the engine no longer offers this operation; calls to it fail",
                )
            )
        for link in added:
            changes.append(
                Change(
                    "links", link_subject(link, ambiguous), None, "added", False, "new operation"
                )
            )
        for x, y in pairs:
            subject = link_subject(y, ambiguous)
            details = _link_details(x, y, old_schema, new_schema)
            changes += [Change("operations", subject, *d) for d in details]
    return changes


def _link_details(
    a: Link, b: Link, old_schema: Schema | None, new_schema: Schema | None
) -> Iterator[Detail]:
    if a.href != b.href:
        why = "only a placeholder was renamed; the URL is the same"
        yield Detail("path", "changed", False, why, a.href, b.href)
    if a.method != b.method:
        why = "the old client sends the old method"
        yield Detail("method", "changed", True, why, a.method, b.method)
    if a.response != b.response:
        yield _response(a.response, b.response, new_schema)
    yield from _headers(a.headers, b.headers)
    yield from _parameters(a.url, b.url, "url parameter")
    a_body, b_body = _real_body(a.body), _real_body(b.body)
    if a_body is not None and b_body is not None:
        # Body parameters are compared where they land, whichever spelling of the root the RSDL uses.
        roots = (body_root(old_schema, a_body.type), body_root(new_schema, b_body.type))
        yield from _body(a_body, b_body, roots)
    else:
        yield from _body(a_body, b_body, (URL_PLACE, URL_PLACE))


def _response(a: str | None, b: str | None, schema: Schema | None) -> Detail:
    if a is None:
        return Detail("response", "added", False, f"the operation now returns a {b}", a, b)
    if b is None:
        return Detail("response", "removed", True, f"callers reading the {a} get nothing", a, b)
    if schema is not None and _derives(schema, b, a):
        return Detail("response", "changed", False, f"{b} derives from {a}", a, b)
    return Detail("response", "changed", True, f"callers get a {b} instead of a {a}", a, b)


def _real_body(body: Body | None) -> Body | None:
    """An empty `<body/>` (no type, no parameters, optional) says nothing: the same as no body."""
    if body is None or (body.type is None and not body.overloads and not body.required):
        return None
    return body


def _body(a: Body | None, b: Body | None, roots: tuple[BodyRoot, BodyRoot]) -> Iterator[Detail]:
    if a is None and b is None:
        return
    if a is None:
        assert b is not None
        why = "calls must now send one" if b.required else "an optional body is now accepted"
        yield Detail("body", "added", b.required, why, None, b.type)
        return
    if b is None:
        why = "the operation no longer takes a body; calls that send one fail"
        yield Detail("body", "removed", True, why, a.type, None)
        return
    if a.type != b.type:
        why = "the old body type is no longer accepted"
        yield Detail("body type", "changed", True, why, a.type, b.type)
    if a.required != b.required:
        yield _requirement("body", b.required)
    yield from _overloads(a.overloads, b.overloads, "body", roots)


def _headers(old: list[Header], new: list[Header]) -> Iterator[Detail]:
    a = {h.name.lower(): h for h in old}
    b = {h.name.lower(): h for h in new}
    for key in sorted(a.keys() | b.keys()):
        x, y = a.get(key), b.get(key)
        if x is None:
            assert y is not None
            found = _added(f"header {y.name}", y.required)
        elif y is None:
            found = _removed(f"header {x.name}")
        elif x.required != y.required:
            found = _requirement(f"header {y.name}", y.required)
        else:
            continue
        if key in CLIENT_HEADERS:
            found = found._replace(
                breaking=False, reason=f"set by the client itself ({found.reason})"
            )
        yield found


# --- parameters and overloads ---


def _place(parameter: Parameter, root: BodyRoot) -> tuple[tuple[str, ...], frozenset[str]]:
    """Where a parameter lands below `root`, and its alternatives: `vm_pool.template.id|name` in a VmPool body
    -> ((`template`,), {`id`, `name`}), the same as `vmpool.template.id|name` and `template.id|name`.
    """
    *steps, last = root.below(parameter.name)
    return tuple(steps), frozenset(last.split("|"))


def _landings(parameter: Parameter, root: BodyRoot) -> set[str]:
    steps, alternatives = _place(parameter, root)
    return {".".join((*steps, alternative)) for alternative in alternatives}


def _added(item: str, required: bool) -> Detail:
    if required:
        why = "new mandatory input: existing calls do not send it"
        return Detail(item, "added", True, why, None, "mandatory")
    return Detail(item, "added", False, "new optional input", None, "optional")


def _removed(item: str) -> Detail:
    return Detail(item, "removed", True, "no longer accepted: calls that pass it fail")


def _requirement(item: str, required: bool) -> Detail:
    if required:
        why = "optional -> mandatory: calls that omit it fail"
        return Detail(item, "changed", True, why, "optional", "mandatory")
    return Detail(item, "changed", False, "mandatory -> optional", "mandatory", "optional")


def _parameters(
    old: list[Parameter],
    new: list[Parameter],
    label: str,
    roots: tuple[BodyRoot, BodyRoot] = (URL_PLACE, URL_PLACE),
) -> Iterator[Detail]:
    """Parameters are the same when they land in the same place (URL parameters: by name); they overlap when
    they share a place and an alternative (`vm.template.id` and `vm.template.id|name`)."""
    a, b = roots

    def same(x: Parameter, y: Parameter) -> bool:
        return _place(x, a) == _place(y, b)

    def overlapping(x: Parameter, y: Parameter) -> bool:
        (x_steps, x_alternatives), (y_steps, y_alternatives) = _place(x, a), _place(y, b)
        return x_steps == y_steps and bool(x_alternatives & y_alternatives)

    pairs, removed, added = pair(old, new, same, overlapping)
    for x in removed:
        yield _removed(f"{label} {x.name}")
    for y in added:
        yield _added(f"{label} {y.name}", y.required)
    for x, y in pairs:
        item = f"{label} {x.name}"
        x_alternatives, y_alternatives = _place(x, a)[1], _place(y, b)[1]
        if x_alternatives != y_alternatives:
            lost = sorted(x_alternatives - y_alternatives)
            why = f"no longer accepts {', '.join(lost)}" if lost else "accepts more alternatives"
            yield Detail(item, "changed", bool(lost), why, x.name, y.name)
        if x.required != y.required:
            yield _requirement(item, y.required)
        if x.type != y.type:
            yield _type_change(item, x.type, y.type)
        if x.context != y.context:
            why = "the old client puts it in the wrong part of the URL"
            yield Detail(item, "changed", True, why, x.context, y.context)
        if x.deprecated != y.deprecated:
            yield _deprecation(item, y.deprecated)
        if x.is_collection and y.is_collection:
            items = (item_root(a.below(x.name)[-1]), item_root(b.below(y.name)[-1]))
            yield from _overloads(x.sets, y.sets, f"{item} item", items)


def _type_change(item: str, old: str, new: str) -> Detail:
    if INTEGER_WIDTH.get(old, 99) <= INTEGER_WIDTH.get(new, 0):
        why = "a wider integer: still an int in the generated client"
        return Detail(item, "changed", False, why, old, new)
    return Detail(item, "changed", True, "its type changed", old, new)


def _deprecation(item: str, deprecated: bool) -> Detail:
    if deprecated:
        return Detail(
            item, "changed", False, "deprecated, still accepted", "supported", "deprecated"
        )
    return Detail(item, "changed", False, "no longer deprecated", "deprecated", "supported")


def _overload_label(scope: str, sets: list[ParameterSet], index: int) -> str:
    if len(sets) == 1:
        return scope
    names = ", ".join(p.name for p in sets[index].mandatory) or "no mandatory parameters"
    return f"{scope} overload {index + 1} ({names})"


def _accepts(signature: ParameterSet, root: BodyRoot) -> set[str]:
    return {path for p in signature.parameters for path in _landings(p, root)}


def _pair_overloads(
    old: list[ParameterSet], new: list[ParameterSet], roots: tuple[BodyRoot, BodyRoot]
) -> list[tuple[int, int]]:
    """Pair signatures by the places they share, the most similar first; a lone pair left over is one
    signature whose parameters all changed."""

    def similarity(i: int, j: int) -> float:
        x, y = _accepts(old[i], roots[0]), _accepts(new[j], roots[1])
        return len(x & y) / len(x | y) if x | y else 1.0

    scored = sorted(
        ((similarity(i, j), i, j) for i in range(len(old)) for j in range(len(new))),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    partner: dict[int, int] = {}
    for score, i, j in scored:
        if score > 0 and i not in partner and j not in partner.values():
            partner[i] = j
    left_old = [i for i in range(len(old)) if i not in partner]
    left_new = [j for j in range(len(new)) if j not in partner.values()]
    if len(left_old) == 1 and len(left_new) == 1:
        partner[left_old[0]] = left_new[0]
    return sorted(partner.items())


def _overloads(
    old: list[ParameterSet],
    new: list[ParameterSet],
    scope: str,
    roots: tuple[BodyRoot, BodyRoot],
) -> Iterator[Detail]:
    pairs = _pair_overloads(old, new, roots)
    for i in sorted(set(range(len(old))) - {i for i, _ in pairs}):
        label = _overload_label(scope, old, i)
        yield Detail(label, "removed", True, "calls using this signature fail")
    for j in sorted(set(range(len(new))) - {j for _, j in pairs}):
        yield Detail(_overload_label(scope, new, j), "added", False, "new signature")
    for i, j in pairs:
        x, y = old[i], new[j]
        label = _overload_label(scope, old, i)
        if x.deprecated != y.deprecated:
            yield _deprecation(label, y.deprecated)
        yield from _parameters(x.parameters, y.parameters, f"{label} parameter", roots)


# --- the XML Schema ---


def _derives(schema: Schema, sub: str, base: str) -> bool:
    return sub == base or any(t.name == base for t in schema.bases(sub))


def _types(old: Schema, new: Schema) -> list[Change]:
    changes = []
    for name in sorted(old.types.keys() | new.types.keys()):
        a, b = old.types.get(name), new.types.get(name)
        subject = f"type {name}"
        if a is None:
            changes.append(Change("types", subject, None, "added", False, "new type"))
        elif b is None:
            why = "its generated class disappears; code using it fails"
            changes.append(Change("types", subject, None, "removed", True, why))
        else:
            changes += [Change("types", subject, *d) for d in _type_details(old, new, a, b)]
    for name in sorted(old.elements.keys() | new.elements.keys()):
        x, y = old.elements.get(name), new.elements.get(name)
        subject = f"element <{name}>"
        if x is None:
            why = "new document element"
            changes.append(Change("types", subject, None, "added", False, why, None, y))
        elif y is None:
            why = "documents of this element are no longer read"
            changes.append(Change("types", subject, None, "removed", True, why, x, None))
        elif x != y:
            why = "its type changed"
            changes.append(Change("types", subject, "type", "changed", True, why, x, y))
    return changes


def _type_details(old: Schema, new: Schema, a: ComplexType, b: ComplexType) -> Iterator[Detail]:
    # A change and its reverse count the same: a base gained is "added", a base lost "removed".
    if a.base is None and b.base is not None:
        yield Detail("base", "added", False, f"now derives from {b.base}", None, b.base)
    elif a.base is not None and b.base is None:
        yield Detail("base", "removed", True, f"it no longer derives from {a.base}", a.base, None)
    elif a.base is not None and a.base != b.base:
        kept = _derives(new, b.name, a.base)
        why = f"still derives from {a.base}" if kept else f"it no longer derives from {a.base}"
        yield Detail("base", "changed", not kept, why, a.base, b.base)
    if a.text_type != b.text_type:
        why = "its text content type changed"
        yield Detail("text content", "changed", True, why, a.text_type, b.text_type)
    elements = (old.all_elements(a.name), new.all_elements(b.name))
    yield from _members("element", a.elements, b.elements, *elements)
    attributes = (old.all_attributes(a.name), new.all_attributes(b.name))
    yield from _members("attribute", a.attributes, b.attributes, *attributes)


Member = TypeVar("Member", Element, Attribute)


def _members(
    label: str, old: list[Member], new: list[Member], all_old: list[Member], all_new: list[Member]
) -> Iterator[Detail]:
    """Own elements or attributes of a type (`all_*` adds the inherited ones): a member that moved to or from
    a base type is still there."""
    a = {m.name: m for m in old}
    b = {m.name: m for m in new}
    for name in sorted(a.keys() | b.keys()):
        x, y = a.get(name), b.get(name)
        item = f"{label} {name}"
        if x is None:
            assert y is not None
            if any(m.name == name for m in all_old):
                yield Detail(item, "added", False, "was inherited, now declared here")
            elif _mandatory(y):
                why = "new mandatory member: documents without it are invalid"
                yield Detail(item, "added", True, why)
            else:
                yield Detail(item, "added", False, "new optional member")
        elif y is None:
            if any(m.name == name for m in all_new):
                yield Detail(item, "removed", False, "now inherited from a base type")
            else:
                why = "the member disappears from the generated class"
                yield Detail(item, "removed", True, why)
        else:
            yield from _member_change(item, x, y)


def _mandatory(member: Element | Attribute) -> bool:
    return member.required if isinstance(member, Attribute) else member.min_occurs > 0


def _member_change(item: str, x: Element | Attribute, y: Element | Attribute) -> Iterator[Detail]:
    if x.type != y.type:
        yield _type_change(item, x.type, y.type)
    if isinstance(x, Element) and isinstance(y, Element) and x.is_list != y.is_list:
        shape = ("list", "single value") if x.is_list else ("single value", "list")
        yield Detail(item, "changed", True, f"a {shape[0]} becomes a {shape[1]}", *shape)
    if _mandatory(x) != _mandatory(y):
        yield _requirement(item, _mandatory(y))


def _enums(old: Schema, new: Schema) -> list[Change]:
    changes = []
    for name in sorted(old.enums.keys() | new.enums.keys()):
        a, b = old.enums.get(name), new.enums.get(name)
        values = (a.values if a else []) or (b.values if b else [])
        subject = f"enum {name}" if values else f"simple type {name}"
        if a is None:
            changes.append(Change("enums", subject, None, "added", False, "new type"))
            continue
        if b is None:
            why = "its generated type disappears; code using it fails"
            changes.append(Change("enums", subject, None, "removed", True, why))
            continue
        details = []
        if a.base != b.base:
            details.append(Detail("base", "changed", True, "its base type changed", a.base, b.base))
        why = "code using this value fails"
        details += [
            Detail(f"value {v}", "removed", True, why, v) for v in a.values if v not in b.values
        ]
        why = "new value; code matching every value may meet it"
        details += [
            Detail(f"value {v}", "added", False, why, None, v)
            for v in b.values
            if v not in a.values
        ]
        changes += [Change("enums", subject, *d) for d in details]
    return changes


# --- the human report ---------------------------------------------------------------------------------------

MARKS = {"added": "+", "removed": "-", "changed": "~"}
COLOURS = {"added": "32", "removed": "31", "changed": "33", "heading": "1", "breaking": "1;31"}


def render_text(result: Diff, colour: bool = False, breaking_only: bool = False) -> str:
    """The report: both sides, the summary (the total, then each group's counts), then the changes by group
    and subject (with `breaking_only`, the breaking ones only)."""

    def paint(text: str, style: str) -> str:
        return f"\033[{COLOURS[style]}m{text}\033[0m" if colour else text

    def line(change: Change, text: str) -> str:
        tag = paint("BREAKING", "breaking") + ": " if change.breaking else ""
        shown = change.kind == "changed" and change.old is not None
        values = f" [{change.old} -> {change.new}]" if shown else ""
        ending = f"  ({tag}{change.reason})  [{change.id}]"
        return f"{paint(MARKS[change.kind], change.kind)} {text}{values}{ending}"

    summary = result.summary()
    out = [
        f"old: {_side(result.old)}",
        f"new: {_side(result.new)}",
        paint(
            f"{summary['changes']} changes: {summary['breaking']} breaking, "
            f"{summary['non_breaking']} non-breaking",
            "heading",
        ),
    ]
    for group, title in GROUPS.items():
        counts = summary["groups"][group]
        if counts["changes"]:
            parts = ", ".join(f"{counts[k]} {k}" for k in KINDS if counts[k])
            out.append(f"  {title}: {parts}; {counts['breaking']} breaking")
    out += [f"note: {note}" for note in result.notes]
    listed = result.listed(breaking_only)
    for group, title in GROUPS.items():
        subjects: dict[str, list[Change]] = defaultdict(list)
        for change in listed:
            if change.group == group:
                subjects[change.subject].append(change)
        if not subjects:
            continue
        out += ["", paint(f"{title}{' (breaking only)' if breaking_only else ''}", "heading")]
        for subject, changes in subjects.items():
            if len(changes) == 1 and changes[0].item is None:
                out.append("  " + line(changes[0], subject))
                continue
            out.append(f"  {subject}")
            out += ["    " + line(c, c.item or subject) for c in changes]
    return "\n".join(out)


def _side(model: Model) -> str:
    version = f", version {model.rsdl.version}" if model.rsdl.version else ""
    schema = f" + {model.schema.file}" if model.schema else ""
    return f"{model.rsdl.file}{schema} (API root {model.api_root or '/'}{version})"
