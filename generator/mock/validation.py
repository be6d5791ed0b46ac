"""Checks a request body against what the RSDL declares for its link.

The body must be the declared element (`<storage_domain>` for `StorageDomain`); for add, update and actions it
must satisfy every mandatory parameter of at least one overload (guide §7.3.10), where `id|name` accepts
either, a leaf is a child element with text or an attribute (`<boot dev="cdrom"/>`), and a collection parameter
needs each item to satisfy one of its nested sets. Updates may not change the id (§7.4.9), and do not
change what no update overload lists (§7.4.3).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime

from lxml import etree

from .calls import tag
from .faults import Fault
from .spec import BodySpec, LinkSpec, Need

# Parts of a representation the server writes itself; clients echo them back from GET.
GENERATED = frozenset({"actions", "link", "creation_status"})
# Deprecated forms the engine still takes for a mandatory field, unless deprecated forms are refused: a disk's
# `size` stands for its `provisioned_size` (the 3.6 engine's disk resources validate `provisionedSize|size`
# and map `size` when `provisioned_size` is not set; guide §3.13, Example 16.2 send `size`).
DEPRECATED_FORMS = {"provisioned_size": "size"}
# What the engine reads as false when it is absent, whatever the RSDL marks mandatory: `force` (its resources
# read `action.isSetForce() ? action.isForce() : false`; the 3.6 RSDL alone makes it mandatory, for a gluster
# volume's resetoption, which guide §10.7.2.3.4 Example 10.18 sends without it).
DEFAULTED = frozenset({"force"})


def _children(elements: list[etree._Element], name: str) -> list[etree._Element]:
    return [c for e in elements for c in e if c.tag == name]


def _at(root: etree._Element, path: tuple[str, ...]) -> list[etree._Element]:
    found = [root]
    for name in path:
        found = _children(found, name)
    return found


def _has_leaf(element: etree._Element, leaf: str) -> bool:
    if element.get(leaf) is not None:
        return True
    child = element.find(leaf)
    return child is not None and (bool((child.text or "").strip()) or len(child) > 0)


def missing(
    root: etree._Element,
    needs: tuple[Need, ...],
    prefix: str = "",
    deprecated: bool = False,
) -> list[str]:
    """Names of the needs `root` does not satisfy (by `DEPRECATED_FORMS` too when `deprecated`)."""
    absent: list[str] = []
    for need in needs:
        holders = _at(root, need.path)
        if need.leaves and set(need.leaves) <= DEFAULTED:
            continue
        if need.leaves:
            forms = [
                *need.leaves,
                *(DEPRECATED_FORMS.get(leaf, "") for leaf in need.leaves),
            ]
            accepted = need.leaves if not deprecated else [form for form in forms if form]
            if not any(_has_leaf(h, leaf) for h in holders for leaf in accepted):
                absent.append(prefix + need.name)
            continue
        if not holders:
            if not need.optional:
                absent.append(prefix + need.name)
            continue
        parent = need.name.rpartition(".")[0]
        for item in holders:
            gaps: list[list[str]] = [
                missing(item, nested, parent + "." if parent else "", deprecated)
                for nested in need.sets
            ]
            if gaps and all(gaps):
                fewest: list[str] = min(gaps, key=len)
                absent.extend(fewest)
                break
    return absent


def check_headers(listed: Mapping[str, tuple[str, ...]], headers: Mapping[str, str]) -> None:
    """A header whose values the documents list (`Filter: true|false`) takes one of them, in any case; another
    is a 400 fault, as for the other typed headers (`Session-TTL`)."""
    for name, values in listed.items():
        sent = headers.get(name)
        if sent is not None and sent.strip().lower() not in {v.lower() for v in values}:
            raise Fault(400, "Invalid header", f"{name}: {sent!r} is not one of {'|'.join(values)}")


def check_body(link: LinkSpec, body: etree._Element | None, accept_deprecated: bool) -> None:
    spec = link.body
    if spec is None:
        return
    if body is None:
        if spec.required:
            raise Fault(400, "Request body required", f"expected <{spec.element}>")
        return
    if spec.element and body.tag != spec.element:
        raise Fault(
            400,
            "Wrong body type",
            f"expected <{spec.element}> ({spec.type}), got <{tag(body)}>",
        )
    _check_overloads(spec, body, accept_deprecated)


def _check_overloads(spec: BodySpec, body: etree._Element, accept_deprecated: bool) -> None:
    overloads = [o for o in spec.overloads if accept_deprecated or not o.deprecated]
    if not overloads:
        return
    gaps = [missing(body, o.needs, deprecated=accept_deprecated) for o in overloads]
    if any(not gap for gap in gaps):
        return
    closest = min(gaps, key=len)
    raise Fault(
        400,
        "Incomplete parameters",
        f"{spec.type} [{', '.join(closest)}] required for {_verb(spec)}",
    )


def _verb(spec: BodySpec) -> str:
    return "update" if spec.updatable else "action" if spec.element == "action" else "add"


def leaves(element: etree._Element, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """(dotted path, value) of every attribute and text leaf below `element`, generated parts skipped."""
    for name, value in element.attrib.items():
        if name != "href":
            yield ".".join((*prefix, name)), value
    for child in element:
        name = tag(child)
        if not name or name in GENERATED:
            continue
        path = (*prefix, name)
        if len(child) or child.attrib:
            yield from leaves(child, path)
        else:
            yield ".".join(path), (child.text or "").strip()


def check_immutable(spec: BodySpec, body: etree._Element, stored: etree._Element) -> None:
    """409 when an update changes the id, the one strictly immutable field (guide §7.4.9; ovirt-engine's
    `STRICTLY_IMMUTABLE = {"id"}`). A change to another field that no update overload lists is not made: the
    body's value is set back to the stored one (§7.4.3: an update "does not include immutable resource
    properties that an API user has attempted to modify")."""
    current = dict(leaves(stored))
    for path, value in leaves(body):
        if path in current and not _same(current[path], value):
            if path == "id":
                raise Fault(
                    409,
                    "Broken immutability constraint",
                    f"Attempt to set immutable field: {path}",
                )
            if spec.updatable and not _updatable(spec.updatable, path):
                _set_leaf(body, path.split("."), current[path])


def _set_leaf(element: etree._Element, steps: list[str], value: str) -> None:
    """Sets the leaf at a dotted path of `leaves` (a child's text, or the last step as an attribute)."""
    for index, step in enumerate(steps):
        last = index == len(steps) - 1
        if last and element.get(step) is not None:
            element.set(step, value)
            return
        child = element.find(step)
        if child is None:
            return
        if last:
            child.text = value
        element = child


def _same(stored: str, sent: str) -> bool:
    """Equal, or the same time written another way: clients echo back what they read, reformatted
    (the official SDK writes `creation_time` with microseconds)."""
    if stored == sent:
        return True
    try:
        return datetime.fromisoformat(stored) == datetime.fromisoformat(sent)
    except ValueError:
        return False


def _updatable(allowed: tuple[str, ...], path: str) -> bool:
    return any(path == a or path.startswith(a + ".") for a in allowed)
