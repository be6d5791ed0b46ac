"""The "Try it" panel of each operation: what `tryit.js` builds its form from, written into the page as JSON.

The panel sends the operation to the mock engine that serves the site on the same origin (`rsdlgen serve
--docs` replaces `engine.js`, which says "no engine" in every rendered site, by one naming the API root).
Opened from `file://` or from any other server, the page keeps the one line the template writes: how to get
it. The example body is the curl example's (the mandatory parameters of the first current signature); the
entities it references by id are listed with the collection they live in, for the panel to put real ones in.
"""

from __future__ import annotations

import json
from typing import Any

from ...model.declarations import Link
from ..answers import SAMPLE_ID
from ..examples import Node

SCRIPT = "engine.js"
FORM_HEADERS = frozenset({"content-type", "accept"})  # the panel's XML/JSON choice sets them


def engine_script(api_root: str | None) -> str:
    """`engine.js`: null in a rendered site; `{"api": root}` where `rsdlgen serve --docs` serves it."""
    engine = None if api_root is None else {"api": api_root}
    return (
        "// The mock engine serving this site (rsdlgen serve --docs), for the Try it panels; null: none.\n"
        f"window.RSDL_ENGINE = {json.dumps(engine)};\n"
    )


def panel(
    link: Link, body: Node | None, example: tuple[str, str] | None, top_level: dict[str, str]
) -> dict[str, Any]:
    """The form of one operation: method, href, URL parameters, headers, and for an operation with a body
    (`body`, written as `example`: XML, JSON) the collection of each entity it references by the sample id
    (`{"cluster": "clusters"}`)."""
    data: dict[str, Any] = {"method": link.method, "href": link.href}
    data["params"] = [
        {
            "name": p.name,
            "in": p.context or "query",
            "type": p.type,
            "hint": p.value or "",
            "required": p.required,
        }
        for p in link.url
        if not p.deprecated
    ]
    data["headers"] = [
        {"name": h.name, "hint": h.value or "", "required": h.required}
        for h in link.headers
        if h.name.lower() not in FORM_HEADERS
    ]
    if body is not None and example is not None:  # the operation takes a body
        data["body"] = {"xml": example[0], "json": example[1]}
        data["refs"] = references(body, top_level)
    return data


def references(node: Node, top_level: dict[str, str]) -> dict[str, str]:
    """Element -> collection, for each element of the body that stands for an entity by its sample id."""
    found: dict[str, str] = {}
    stack = [node]
    while stack:
        current = stack.pop()
        if current.attributes.get("id") == SAMPLE_ID and current.name in top_level:
            found[current.name] = top_level[current.name]
        stack.extend(current.children)
    return dict(sorted(found.items()))
