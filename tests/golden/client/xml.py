"""XML reading and writing: `parse_xml(data)` gives the typed object of the root element, `to_xml(obj)` bytes."""

from __future__ import annotations

from typing import TypeVar, overload

from lxml import etree

from . import _views, types

V = TypeVar("V", bound=_views.View)

# Top-level elements of the schema and the class of each.
ELEMENTS: dict[str, type[_views.View]] = {
    "action": types.Action,
    "capabilities": types.Capabilities,
    "cluster": types.Cluster,
    "event": types.Event,
    "events": types.Events,
    "network": types.Network,
    "nic": types.NIC,
    "nics": types.Nics,
    "template": types.Template,
    "vm": types.VM,
    "vms": types.VMs,
}


def view(element: etree._Element) -> _views.View:
    """The typed view of an element, by its name (a plain `View` for elements the schema does not know)."""
    return _views.wrap(ELEMENTS.get(str(element.tag), _views.View), element)


@overload
def parse_xml(data: bytes | str) -> _views.View: ...
@overload
def parse_xml(data: bytes | str, cls: type[V]) -> V: ...
def parse_xml(data: bytes | str, cls: type[V] | None = None) -> V | _views.View:
    """Read a document; with `cls`, read the root as that class whatever its name."""
    raw = data.encode() if isinstance(data, str) else data
    element = etree.fromstring(raw, _views.PARSER)
    return view(element) if cls is None else _views.wrap(cls, element)


def to_xml(obj: _views.View, *, pretty: bool = False) -> bytes:
    return etree.tostring(_views.element_of(obj), pretty_print=pretty)


element_of = _views.element_of
