"""JSON bodies and replies in the engine's v3 form (guide §9.3), the form the generated client's `to_json` and
`parse_json` write and read.

An element is an object without a root wrapper: its attributes (`id`, `href`, `rel`) and children as keys,
text as strings, children the schema declares repeated as arrays (a collection is `{"vm": [...]}`), and the
text of a simple-content element under `value`. The schema types come from the generated tables; an element
the schema does not describe falls back to the same rules the client uses (an array when repeated).
"""

from __future__ import annotations

import functools
import json
from typing import Any

from lxml import etree

from .faults import Fault
from .spec import Spec

JSON = "application/json"
XML = "application/xml"
MAX_DEPTH = 64  # deeper objects are refused before they reach lxml


@functools.lru_cache(maxsize=256)  # a client sends the same header each time
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


def serialize(element: etree._Element, spec: Spec) -> bytes:
    return text(element, spec).encode()


def text(element: etree._Element, spec: Spec) -> str:
    """`element` as JSON text, without indentation (json's C encoder writes it; indenting is pure Python
    and costs more than the rest of a list)."""
    return json.dumps(_object(spec, element, spec.elements.get(_tag(element))), separators=_COMPACT)


def collection(wrapper: etree._Element, item: str, items: list[bytes], spec: Spec) -> bytes:
    """What `serialize` writes for `wrapper` holding `items`, `item` elements already written (`text`,
    encoded): they come after the wrapper's own attributes and children, as they follow them in XML.
    """
    out = _object(spec, wrapper, spec.elements.get(_tag(wrapper)))
    written = json.dumps(out, separators=_COMPACT).encode()
    if not items:
        return written
    declared = spec.children.get(spec.elements.get(_tag(wrapper), ""), {}).get(item)
    repeated = declared.repeated if declared is not None else len(items) > 1
    value = b"[" + b",".join(items) + b"]" if repeated else items[0]
    name = json.dumps(item).encode()
    return b"".join((written[:-1], b"," if out else b"", name, b":", value, b"}"))


_COMPACT = (",", ":")


def _tag(element: etree._Element) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _object(spec: Spec, element: etree._Element, type_name: str | None) -> dict[str, Any]:
    out: dict[str, Any] = dict(element.attrib)
    if element.text and element.text.strip():
        out["value"] = element.text
    groups: dict[str, list[etree._Element]] = {}
    for child in element:
        if isinstance(child.tag, str):
            groups.setdefault(child.tag, []).append(child)
    known = spec.children.get(type_name or "", {})
    for name, children in groups.items():
        declared = known.get(name)
        child_type = declared.type if declared is not None else None
        values = [_value(spec, child, child_type) for child in children]
        repeated = declared.repeated if declared is not None else len(values) > 1
        out[name] = values if repeated else values[0]
    return out


def _value(spec: Spec, element: etree._Element, type_name: str | None) -> Any:
    if type_name is not None or len(element) or element.attrib:
        return _object(spec, element, type_name)
    return element.text or ""


# --- request bodies ----------------------------------------------------------------------------------------


def parse(data: bytes, root: str, spec: Spec) -> etree._Element:
    """The JSON object `data` as the element `root` (a body has no wrapper: the link says what it is)."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise Fault(400, "Malformed JSON", str(exc).split("\n")[0]) from None
    if not isinstance(value, dict):
        raise Fault(400, "Malformed JSON", f"<{root}> is a JSON object, not {type(value).__name__}")
    element = etree.Element(root)
    try:
        _fill(spec, element, value, spec.elements.get(root), 0)
    except ValueError as exc:  # names that are not XML names, text that XML cannot hold
        raise Fault(400, "Malformed JSON", str(exc)) from None
    return element


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _fill(
    spec: Spec, element: etree._Element, data: dict[str, Any], type_name: str | None, depth: int
) -> None:
    if depth > MAX_DEPTH:
        raise Fault(400, "Malformed JSON", f"objects are nested deeper than {MAX_DEPTH}")
    declared = spec.types.get(type_name or "")
    known = spec.children.get(type_name or "", {})
    for key, value in data.items():
        child = known.get(key)
        if isinstance(value, (dict, list)):
            child_type = child.type if child is not None else None
            for item in value if isinstance(value, list) else [value]:
                sub = etree.SubElement(element, key)
                if isinstance(item, dict):
                    _fill(spec, sub, item, child_type, depth + 1)
                else:
                    sub.text = _scalar(item)
        elif key in declared.attributes if declared is not None else _only_attribute(spec, key):
            element.set(key, _scalar(value))
        elif key == "value" and (declared is None or declared.text or child is None):
            element.text = _scalar(value)
        else:
            etree.SubElement(element, key).text = _scalar(value)
    if (
        declared is not None
    ):  # JSON objects are unordered: children in schema order, as XML has them
        in_schema_order(spec, element, declared.name)


def in_schema_order(spec: Spec, element: etree._Element, type_name: str | None = None) -> None:
    """Sort the children of `element` as its schema type (by default, that of its tag) orders them; those
    the type does not declare go last, in their order."""
    order = spec.order.get(type_name or spec.elements.get(str(element.tag), ""))
    if order:
        element[:] = sorted(element, key=lambda c: order.get(str(c.tag), len(order)))


def _only_attribute(spec: Spec, name: str) -> bool:
    """A name some type declares as an attribute and none as a child: an attribute of an unknown type."""
    return name in spec.attribute_names and name not in spec.child_names
