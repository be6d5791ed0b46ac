"""What a fault's text may hold: a detail quotes the request, and the request may hold anything."""

from __future__ import annotations

from lxml import etree

from rsdlgen.mock.faults import xml_text

# XML 1.0, production [2] Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
CHAR = ((0x9, 0x9), (0xA, 0xA), (0xD, 0xD), (0x20, 0xD7FF), (0xE000, 0xFFFD), (0x10000, 0x10FFFF))


def is_char(point: int) -> bool:
    return any(low <= point <= high for low, high in CHAR)


def test_xml_text_keeps_what_xml_holds_and_escapes_the_rest() -> None:
    # every character below 0x100, and each edge of the production's ranges with its neighbours
    points = set(range(0x100)) | {p + d for edge in CHAR for p in edge for d in (-1, 0, 1)}
    for point in sorted(p for p in points if 0 <= p <= 0x10FFFF):
        text = chr(point)
        written = xml_text(text)
        if is_char(point):
            assert written == text, hex(point)
        else:
            assert written == text.encode("unicode_escape", "backslashreplace").decode(), hex(point)
            etree.Element("detail").text = written  # lxml refuses what XML cannot hold
