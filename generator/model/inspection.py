"""`rsdlgen inspect`: what a model holds, as a summary for people and as JSON for scripts and golden tests."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .loading import Model


def summary(model: Model) -> dict[str, Any]:
    """`links` counts the operations the model keeps (an operation declared twice is one link; a `<link>`
    naming `GET|POST` is two), the one count every command prints; `declared_links` counts declarations.
    """
    links = model.links
    methods = Counter(link.method for link in links)
    rels = Counter(link.rel for link in links)
    schema = model.schema
    return {
        "rsdl": model.rsdl.file,
        "schema": schema.file if schema else None,
        "fingerprint": model.fingerprint,
        "description": model.rsdl.description,
        "version": str(model.rsdl.version) if model.rsdl.version else None,
        "api_root": model.api_root,
        "api_root_assumed": model.rsdl.api_root is None,  # the document only says `?rsdl`
        "links": len(links),
        "declared_links": sum(max(1, len(link.lines)) for link in links),
        "methods": dict(sorted(methods.items())),
        "hrefs": len({link.href for link in links}),
        "rels": len(rels),
        "rel_counts": dict(sorted(rels.items())),
        "general": {
            "headers": [h.name for h in model.rsdl.general.headers],
            "url_parameters": [p.name for p in model.rsdl.general.url],
        },
        "collections": [c.href for c in model.top_collections],
        "sub_collections": sum(1 for r in model.resources("collection") if "/" in r.href),
        "entities": len(model.resources("entity")),
        "actions": sorted(f"{link.href}|{link.rel}" for link in model.actions),
        "types": sorted(schema.types) if schema else [],
        "enums": {name: e.values for name, e in sorted(schema.enums.items())} if schema else {},
        "elements": len(schema.elements) if schema else 0,
        "type_cycles": model.type_cycles,
        "warnings": [w.as_dict() for w in model.warnings],
    }


def render_text(data: dict[str, Any]) -> str:
    lines = [
        f"RSDL      {data['rsdl']}",
        f"schema    {data['schema'] or '(none)'}",
        f"API root  {data['api_root'] or '/'}"
        + (" (assumed: the document's own href is relative)" if data["api_root_assumed"] else "")
        + (f"   version {data['version']}" if data["version"] else ""),
        "",
        f"links     {data['links']} ({data['declared_links']} declared, {data['hrefs']} hrefs, "
        f"{data['rels']} rels)",
        "methods   " + ", ".join(f"{m} {n}" for m, n in data["methods"].items()),
        "rels      "
        + ", ".join(
            f"{r} {n}" for r, n in sorted(data["rel_counts"].items(), key=lambda i: (-i[1], i[0]))
        ),
        f"resources {len(data['collections'])} top-level collections, {data['sub_collections']} sub-collections, "
        f"{data['entities']} entities, {len(data['actions'])} actions",
        "          " + " ".join(data["collections"]),
    ]
    if data["schema"]:
        lines += [
            f"types     {len(data['types'])} complex types, {len(data['enums'])} simple types, "
            f"{data['elements']} top-level elements, {len(data['type_cycles'])} groups of mutually referring types",
        ]
        enums = [f"{name} ({len(values)})" for name, values in data["enums"].items() if values]
        if enums:
            lines.append("enums     " + ", ".join(enums))
    counts = Counter(w["code"] for w in data["warnings"])
    lines.append(
        f"warnings  {len(data['warnings'])}"
        + (
            " (" + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())) + "); see --warnings"
            if counts
            else ""
        )
    )
    return "\n".join(lines)


def render_warnings(model: Model) -> str:
    return "\n".join(str(w) for w in model.warnings)
