"""The search index of the docs: one row per resource, method, action, parameter, type and field.

Written as a script (`search-index.js`) rather than JSON because browsers do not let a `file://` page fetch
JSON; `search.js` loads it on first use, so pages stay light.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from ...model.declarations import Link, Parameter, Schema
from ...model.resources import Resource

Entry = tuple[str, str, str, str]  # kind, label, detail, url relative to the site root


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
    if link.is_action:
        yield ("action", link.rel, f"{where} — {_summary(link.description)}".rstrip(" —"), url)
    else:
        yield ("method", where, f"{link.rel} — {_summary(link.description)}".rstrip(" —"), url)
    seen: set[str] = set()
    for parameter in link.url:
        if parameter.name not in seen:
            seen.add(parameter.name)
            yield (
                "parameter",
                parameter.name,
                f"{parameter.context or 'url'} parameter of {where}",
                url,
            )
    for overload in link.overloads:
        for parameter in _flatten(overload.parameters):
            if parameter.name not in seen:
                seen.add(parameter.name)
                yield ("parameter", parameter.name, f"body parameter of {where}", url)


def resource_entry(resource: Resource, url: str) -> Entry:
    about = resource.entity_type or resource.type or ""
    detail = (
        f"{resource.kind} of {about}" if resource.kind == "collection" and about else resource.kind
    )
    if resource.kind != "collection" and about:
        detail += f" {about}"
    return ("resource", resource.href, detail, url)


def type_entries(schema: Schema, page: Callable[[str], str]) -> Iterator[Entry]:
    for name in sorted(schema.types):
        ctype = schema.types[name]
        yield ("type", name, _summary(ctype.documentation) or "complex type", page(name))
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
                )
    for name in sorted(schema.enums):
        simple = schema.enums[name]
        kind = "enum" if simple.values else f"simple type ({simple.base})"
        yield ("type", name, _summary(simple.documentation) or kind, page(name))


def index_script(entries: list[Entry]) -> str:
    rows = ",\n".join(json.dumps(list(e), ensure_ascii=False) for e in entries)
    return f"window.RSDL_SEARCH_INDEX = [\n{rows}\n];\n"
