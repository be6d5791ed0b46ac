"""JSON reading and writing in the engine's v3 representation (guide §9.3).

The v3 JSON form has no root wrapper: an object holds the element's attributes and children by name, repeated
children as arrays, text as strings (numbers and booleans are accepted when reading), and the text of a
simple-content element under `value`. The schema says which names are attributes and which are lists.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from lxml import etree

from . import _views

V = TypeVar("V", bound=_views.View)


def to_json(obj: _views.View, *, indent: int | None = 2) -> bytes:
    return json.dumps(_to_dict(_views.element_of(obj), type(obj)), indent=indent).encode()


def parse_json(data: bytes | str, cls: type[V]) -> V:
    """Read the JSON representation of a `cls` object."""
    value = json.loads(data)
    if not isinstance(value, dict):
        raise ValueError(f"a {cls.__name__} is a JSON object, not {type(value).__name__}")
    element = etree.Element(cls._tag)
    _fill(element, value, cls)
    return _views.wrap(cls, element)


def _to_dict(element: etree._Element, cls: type[_views.View] | None) -> dict[str, Any]:
    out: dict[str, Any] = dict(element.attrib)
    if element.text and element.text.strip():
        out["value"] = element.text  # simple content (or stray text): kept, as JAXB names it
    groups: dict[str, list[etree._Element]] = {}
    for child in element.iterchildren():
        if isinstance(child.tag, str):
            groups.setdefault(child.tag, []).append(child)
    for tag, children in groups.items():
        field = cls._fields.get(tag) if cls is not None else None
        child_cls = field.view_class() if field is not None else None
        values = [_to_value(child, child_cls) for child in children]
        repeated = field.repeated if field is not None else len(values) > 1
        out[tag] = values if repeated else values[0]
    return out


def _to_value(element: etree._Element, cls: type[_views.View] | None) -> Any:
    if cls is not None or len(element) or element.attrib:
        return _to_dict(element, cls)
    return element.text or ""


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _only_attribute(name: str) -> bool:
    return name in _views.ATTRIBUTE_NAMES and name not in _views.ELEMENT_NAMES


def _is_text(cls: type[_views.View] | None, field: object, data: dict[str, Any]) -> bool:
    """Whether `value` is simple content. In an element the schema does not declare, it is text when the
    other names are attributes (`<logical_unit id="x">text`), and the element `<value>` when they are
    elements (`<option><name>…</name><value>…</value>`): JSON itself cannot tell."""
    if cls is not None:
        return bool(cls._text) or field is None
    return all(_only_attribute(key) for key in data if key != "value")


def _fill(element: etree._Element, data: dict[str, Any], cls: type[_views.View] | None) -> None:
    for key, value in data.items():
        field = cls._fields.get(key) if cls is not None else None
        if isinstance(value, (dict, list)):
            child_cls = field.view_class() if field is not None else None
            for item in value if isinstance(value, list) else [value]:
                child = etree.SubElement(element, key)
                if isinstance(item, dict):
                    _fill(child, item, child_cls)
                else:
                    child.text = _scalar(item)
        elif key in cls._attributes if cls is not None else _only_attribute(key):
            element.set(key, _scalar(value))
        elif key == "value" and _is_text(cls, field, data):
            element.text = _scalar(value)
        else:
            etree.SubElement(element, key).text = _scalar(value)
    if cls is not None:  # JSON objects are unordered: put the children in schema order
        order = cls._order
        children = sorted(element, key=lambda c: order.get(str(c.tag), len(order)))
        element[:] = children
