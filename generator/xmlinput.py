"""Reading untrusted XML documents safely.

Entities are never expanded and nothing is fetched: a DOCTYPE that declares entities is refused outright, which
stops both entity-expansion bombs and external entities (`SYSTEM "file:///etc/passwd"`) before they can act.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .errors import InputError, Location

MAX_BYTES = 64 * 1024 * 1024  # a real engine's RSDL is about 1 MB


def _parser(keep_comments: bool) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=not keep_comments,
        remove_pis=True,
    )


def read_bytes(path: Path) -> bytes:
    name = str(path)
    if not path.exists():
        raise InputError(Location(name), "no such file")
    if path.is_dir():
        raise InputError(Location(name), "is a directory, expected an XML file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                Location(name), f"file is {size} bytes, larger than the {MAX_BYTES} allowed"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(Location(name), exc.strerror or str(exc)) from None
    if not data.strip():
        raise InputError(Location(name), "file is empty")
    return data


def parse_xml(data: bytes, name: str, keep_comments: bool = False) -> etree._Element:
    """Parse `data` (read from `name`) into an element tree, or raise InputError naming file and line."""
    try:
        root = etree.fromstring(data, _parser(keep_comments))
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        message = exc.msg or "not well-formed XML"
        # libxml2 appends ", line N, column M" to its message; the location already says it.
        message = message.split(", line ")[0]
        raise InputError(Location(name, line), f"malformed XML: {message}") from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        line = data[: data.find(b"<!ENTITY")].count(b"\n") + 1 if b"<!ENTITY" in data else None
        raise InputError(
            Location(name, line), "entity declarations are not allowed (refused for safety)"
        )
    return root
