"""Reading request bodies safely and writing responses.

Request bodies come from anyone: no entity is expanded, nothing is fetched, and a DOCTYPE declaring entities is
refused, so entity bombs and `SYSTEM "file:///..."` references never act.
"""

from __future__ import annotations

from lxml import etree

from .faults import Fault

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def parse(data: bytes) -> etree._Element:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        message = (exc.msg or "not well-formed").split(", line ")[0]
        raise Fault(400, "Malformed XML", f"line {exc.lineno}: {message}") from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise Fault(400, "Malformed XML", "entity declarations are not allowed")
    return root


# The engine's declaration, byte for byte: the official SDK reads a fault only after exactly this line.
DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def serialize(element: etree._Element) -> bytes:
    data: bytes = etree.tostring(
        element, encoding="UTF-8", xml_declaration=False, pretty_print=True
    )
    return DECLARATION + data


def item(element: etree._Element) -> bytes:
    """`element` as `serialize` writes it as an item of a collection: indented one level, with its line end
    (written inside a holder, as the indentation of pretty printing depends on the depth alone)."""
    holder = etree.Element("_")
    holder.append(element)
    data: bytes = etree.tostring(holder, encoding="UTF-8", pretty_print=True)
    return data[len(_HOLDER_START) : -len(_HOLDER_END)]


def collection(wrapper: etree._Element, items: list[bytes]) -> bytes:
    """What `serialize` writes for `wrapper` holding `items` after its own children, items written by
    `item`."""
    if not items:
        return serialize(wrapper)
    marker = etree.SubElement(wrapper, "_")
    data = serialize(wrapper)
    wrapper.remove(marker)
    head, _, tail = data.rpartition(_MARKER)
    return b"".join((head, *items, tail))


_HOLDER_START, _HOLDER_END, _MARKER = b"<_>\n", b"</_>\n", b"  <_/>\n"


def text(element: etree._Element | None, path: str) -> str | None:
    """The text of a child (`name`), an attribute (`@id`), or None."""
    if element is None:
        return None
    if path.startswith("@"):
        return element.get(path[1:])
    child = element.find(path)
    return child.text if child is not None else None
