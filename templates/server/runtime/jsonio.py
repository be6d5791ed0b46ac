"""JSON bodies and replies in the engine's v3 form (guide §9.3), the form the generated client's `to_json` and
`parse_json` write and read.

An element is an object without a root wrapper: its attributes (`id`, `href`, `rel`) and children as keys,
text as strings, children the schema declares repeated as arrays (a collection is `{"vm": [...]}`), and the
text of a simple-content element under `value`. The schema types come from the generated tables; an element
the schema does not describe falls back to the same rules the client uses (an array when repeated).
"""

from __future__ import annotations

import json
from typing import Any

from lxml import etree

from .faults import Fault
from .metadata import ChildSpec, TypeSpec
from .spec import ELEMENTS, TYPES

JSON = "application/json"
XML = "application/xml"
MAX_DEPTH = 64  # deeper objects are refused before they reach lxml

_CHILDREN: dict[str, dict[str, ChildSpec]] = {
    name: {child.name: child for child in spec.children} for name, spec in TYPES.items()
}
_ORDER: dict[str, dict[str, int]] = {
    name: {child.name: index for index, child in enumerate(spec.children)}
    for name, spec in TYPES.items()
}
_ATTRIBUTES = {a for spec in TYPES.values() for a in spec.attributes}
_ELEMENT_NAMES = {c.name for spec in TYPES.values() for c in spec.children}


def preferred(accept: str) -> str:
    """`application/json` when the `Accept` header ranks it above XML; XML otherwise (the default)."""
    best, best_quality = XML, 0.0
    for entry in accept.split(","):
        media, *params = (part.strip() for part in entry.split(";"))
        kind = {JSON: JSON, XML: XML, "text/xml": XML}.get(media.lower())
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if kind is not None and quality > best_quality:
            best, best_quality = kind, quality
    return best


# --- replies -----------------------------------------------------------------------------------------------


def serialize(element: etree._Element) -> bytes:
    tag = element.tag if isinstance(element.tag, str) else ""
    return json.dumps(_object(element, ELEMENTS.get(tag)), indent=2).encode()


def _object(element: etree._Element, type_name: str | None) -> dict[str, Any]:
    out: dict[str, Any] = dict(element.attrib)
    if element.text and element.text.strip():
        out["value"] = element.text
    groups: dict[str, list[etree._Element]] = {}
    for child in element:
        if isinstance(child.tag, str):
            groups.setdefault(child.tag, []).append(child)
    known = _CHILDREN.get(type_name or "", {})
    for name, children in groups.items():
        spec = known.get(name)
        child_type = spec.type if spec is not None else None
        values = [_value(child, child_type) for child in children]
        repeated = spec.repeated if spec is not None else len(values) > 1
        out[name] = values if repeated else values[0]
    return out


def _value(element: etree._Element, type_name: str | None) -> Any:
    if type_name is not None or len(element) or element.attrib:
        return _object(element, type_name)
    return element.text or ""


# --- request bodies ----------------------------------------------------------------------------------------


def parse(data: bytes, root: str) -> etree._Element:
    """The JSON object `data` as the element `root` (a body has no wrapper: the link says what it is)."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise Fault(400, "Malformed JSON", str(exc).split("\n")[0]) from None
    if not isinstance(value, dict):
        raise Fault(400, "Malformed JSON", f"<{root}> is a JSON object, not {type(value).__name__}")
    element = etree.Element(root)
    try:
        _fill(element, value, ELEMENTS.get(root), 0)
    except ValueError as exc:  # names that are not XML names, text that XML cannot hold
        raise Fault(400, "Malformed JSON", str(exc)) from None
    return element


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _fill(element: etree._Element, data: dict[str, Any], type_name: str | None, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise Fault(400, "Malformed JSON", f"objects are nested deeper than {MAX_DEPTH}")
    spec: TypeSpec | None = TYPES.get(type_name or "")
    known = _CHILDREN.get(type_name or "", {})
    for key, value in data.items():
        child = known.get(key)
        if isinstance(value, (dict, list)):
            child_type = child.type if child is not None else None
            for item in value if isinstance(value, list) else [value]:
                sub = etree.SubElement(element, key)
                if isinstance(item, dict):
                    _fill(sub, item, child_type, depth + 1)
                else:
                    sub.text = _scalar(item)
        elif key in spec.attributes if spec is not None else _only_attribute(key):
            element.set(key, _scalar(value))
        elif key == "value" and (spec is None or spec.text or child is None):
            element.text = _scalar(value)
        else:
            etree.SubElement(element, key).text = _scalar(value)
    if spec is not None:  # JSON objects are unordered: children in schema order, as XML has them
        in_schema_order(element, spec.name)


def in_schema_order(element: etree._Element, type_name: str | None = None) -> None:
    """Sort the children of `element` as its schema type (by default, that of its tag) orders them; those
    the type does not declare go last, in their order."""
    order = _ORDER.get(type_name or ELEMENTS.get(str(element.tag), ""))
    if order:
        element[:] = sorted(element, key=lambda c: order.get(str(c.tag), len(order)))


def _only_attribute(name: str) -> bool:
    return name in _ATTRIBUTES and name not in _ELEMENT_NAMES
