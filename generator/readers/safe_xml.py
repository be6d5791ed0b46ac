"""Reading untrusted XML documents safely.

Entities are never expanded and nothing is fetched: a DOCTYPE that declares entities is refused outright, which
stops both entity-expansion bombs and external entities (`SYSTEM "file:///etc/passwd"`) before they can act.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..errors import InputError, Location
from .files import read_limited

MAX_BYTES = 64 * 1024 * 1024  # a real engine's RSDL is about 1 MB


def _parser(keep_layout: bool) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=not keep_layout,
        # Whitespace between elements is a fifth of an RSDL's bytes and of its parsing time.
        remove_blank_text=not keep_layout,
        remove_pis=True,
    )


def read_bytes(path: Path) -> bytes:
    data = read_limited(path, MAX_BYTES, "an XML file")
    if not data.strip():
        raise InputError(Location(str(path)), "file is empty")
    return data


def _refuse_entities(data: bytes, name: str) -> None:
    """Refuse a DOCTYPE that declares entities, before libxml2 sees it, naming the declaration's line."""
    doctype = data.find(b"<!DOCTYPE")
    if doctype < 0:
        return
    end = data.find(b"]>", doctype)
    declaration = data.find(b"<!ENTITY", doctype, end if end > 0 else len(data))
    if declaration >= 0:
        line = data.count(b"\n", 0, declaration) + 1
        raise InputError(
            Location(name, line), "entity declarations are not allowed (refused for safety)"
        )


def parse_xml(data: bytes, name: str, keep_layout: bool = False) -> etree._Element:
    """Parse `data` (read from `name`) into an element tree, or raise InputError naming file and line.

    `keep_layout` keeps comments and the whitespace between elements (the XSD reader takes a comment on a
    declaration's line, or on the lines before it, as its documentation)."""
    _refuse_entities(data, name)
    try:
        root = etree.fromstring(data, _parser(keep_layout))
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        message = exc.msg or "not well-formed XML"
        # libxml2 appends ", line N, column M" to its message; the location already says it.
        message = message.split(", line ")[0]
        raise InputError(Location(name, line), f"malformed XML: {message}") from None
    # Encodings the byte scan cannot read (UTF-16) still reach here; entities were left unexpanded.
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError(
            Location(name, 1), "entity declarations are not allowed (refused for safety)"
        )
    return root
