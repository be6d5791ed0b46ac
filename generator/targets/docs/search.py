"""The search index of the docs: one row per resource, method, action, header, parameter, type and field.

Each row has its key words: what the row is about (an action's rel and the collection it acts in, a method's
rel and last path step, a field's type and name). `search.js` ranks rows whose key words the query names
first, and among equals actions and resources before fields and parameters, so `vm start` finds the VM's start
action and `add disk` the adding of disks. Written as a script (`search-index.js`) rather than JSON because
browsers do not let a `file://` page fetch JSON; `search.js` loads it on first use, so pages stay light.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from ...model.declarations import Header, Link, Parameter, Schema
from ...model.resources import Resource
from ..rendering import visible

# kind, label, detail, url relative to the site root, key words (lower case)
Entry = tuple[str, str, str, str, list[str]]


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9_]+", text.lower()) if w]


def _subject(href: str) -> list[str]:
    """The last literal step of an href: what an operation on it is about (`disks` in `vms/{vm:id}/disks`)."""
    literal = [s for s in href.split("/") if s and not s.startswith("{")]
    return _words(literal[-1]) if literal else []


def _collection(href: str) -> list[str]:
    """For an action (`vms/{vm:id}/start`), the collection of what it acts on (`vms`)."""
    steps = [s for s in href.split("/") if s]
    literal = [s for s in steps[:-1] if not s.startswith("{")]
    return _words(literal[-1]) if literal else []


def _flatten(parameters: list[Parameter]) -> Iterator[Parameter]:
    for parameter in parameters:
        yield parameter
        for nested in parameter.sets:
            yield from _flatten(nested.parameters)


def _summary(text: str | None, limit: int = 90) -> str:
    words = " ".join((text or "").split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def link_entries(link: Link, url: str) -> Iterator[Entry]:
    """The method (or action) itself, then each of its URL and body parameters once."""
    where = f"{link.method} {link.href}"
    rel = _words(link.rel)
    if link.is_action:
        detail = f"{where} — {_summary(link.description)}".rstrip(" —")
        yield ("action", link.rel, detail, url, rel + _collection(link.href))
    else:
        detail = f"{link.rel} — {_summary(link.description)}".rstrip(" —")
        yield ("method", where, detail, url, rel + _subject(link.href))
    seen: set[str] = set()
    for parameter in link.url:
        if parameter.name not in seen:
            seen.add(parameter.name)
            yield (
                "parameter",
                parameter.name,
                f"{parameter.context or 'url'} parameter of {where}",
                url,
                _words(parameter.name),
            )
    for overload in link.overloads:
        for parameter in _flatten(overload.parameters):
            if parameter.name not in seen:
                seen.add(parameter.name)
                yield (
                    "parameter",
                    parameter.name,
                    f"body parameter of {where}",
                    url,
                    _words(parameter.name),
                )


def resource_entry(resource: Resource, url: str) -> Entry:
    about = resource.entity_type or resource.type or ""
    detail = (
        f"{resource.kind} of {about}" if resource.kind == "collection" and about else resource.kind
    )
    if resource.kind != "collection" and about:
        detail += f" {about}"
    return ("resource", resource.href, detail, url, _subject(resource.href))


def type_entries(schema: Schema, page: Callable[[str], str]) -> Iterator[Entry]:
    for name in sorted(schema.types):
        ctype = schema.types[name]
        yield (
            "type",
            name,
            _summary(ctype.documentation) or "complex type",
            page(name),
            _words(name),
        )
        named: set[str] = set()
        for element in schema.all_elements(
            name
        ):  # inherited ones too: `VM.memory` comes from VmBase
            if element.name not in named:
                named.add(element.name)
                yield (
                    "field",
                    f"{name}.{element.name}",
                    element.type,
                    f"{page(name)}#{element.name}",
                    _words(name) + _words(element.name),
                )
    for name in sorted(schema.enums):
        simple = schema.enums[name]
        kind = "enum" if simple.values else f"simple type ({simple.base})"
        yield ("type", name, _summary(simple.documentation) or kind, page(name), _words(name))


def header_entries(headers: list[tuple[Header, int]], url: Callable[[str], str]) -> Iterator[Entry]:
    """A row per header: (a declaration of it, how many operations take it), linked to the headers table."""
    for header, uses in headers:
        value = f" ({header.value})" if header.value else ""
        where = "every request" if uses == 0 else f"{uses} operations"
        detail = f"header{value}, {where} — {_summary(header.description)}".rstrip(" —")
        yield ("header", header.name, detail, url(header.name), _words(header.name))


def index_script(entries: list[Entry]) -> str:
    # invisible characters of document text shown as escapes in the results, as on the pages; one encoder for
    # every row (json.dumps with an argument builds a new one each call)
    row = json.JSONEncoder(ensure_ascii=False).encode
    rows = ",\n".join(row([visible(x) if isinstance(x, str) else x for x in e]) for e in entries)
    return f"window.RSDL_SEARCH_INDEX = [\n{rows}\n];\n"
