"""`components/examples`: the example answers the docs show (`targets/answers.py`), each written once and
referred to from every response that answers it (an entity's GET and update, an action's 200 and 202).

An example is data, the engine's JSON form, in both media types: OpenAPI serialises data to XML by the schemas'
`xml` objects (attributes, element names), so the XML answer is that same value, and tools that check examples
against schemas (Spectral, Redocly) or serve them (Prism, Swagger UI) read one form.
"""

from __future__ import annotations

import re

from ..examples import Node, json_value
from ..rendering import json_dumps
from .schemas import Json

# What the names of `components` may hold (OpenAPI 3.1, Components Object)
_NOT_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class Examples:
    def __init__(self) -> None:
        self.components: dict[str, Json] = {}
        # an example's value as JSON text -> its component's name
        self._names: dict[str, str] = {}

    def ref(self, node: Node, name: str, summary: str) -> Json:
        """A reference to the example of `node`, a new component named after `name` unless an earlier
        response answers the same."""
        value = json_value(node)
        key = json_dumps(value, sort_keys=True)
        found = self._names.get(key)
        if found is None:
            base = _NOT_NAME.sub("_", name).strip("_") or "example"
            found, count = base, 2
            while found in self.components:
                found, count = f"{base}_{count}", count + 1
            self._names[key] = found
            self.components[found] = {"summary": summary, "value": value}
        return {"$ref": f"#/components/examples/{found}"}
