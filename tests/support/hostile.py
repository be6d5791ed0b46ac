"""Strings written to break out of whatever they are pasted into: Python strings, docstrings, Jinja, HTML."""

from __future__ import annotations

import functools
import gzip
import re
import struct
import zlib
from pathlib import Path

from hypothesis import strategies as st
from lxml import etree

XS = "{http://www.w3.org/2001/XMLSchema}"

PIECES = [
    '"', "'", '"""', "'''", "\\", "\n", "\r", "\t", "\x00", "\x1b", "{{ 1 }}", "}}", "{% raw %}", "%}",
    "</script>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "²", "é", "名", "\udc80",
    '"; __import__("os").system("x"); "', '""")\nraise SystemExit\n("""',
]  # fmt: skip
HOSTILE_TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=8).map(
    "".join
)

# --- schemas that cost too much when walked naively (issue 10) -----------------------------------------------

_SCHEMA = '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n{}</xs:schema>\n'
_VM = '<xs:complexType name="VM"><xs:sequence><xs:group ref="g0"/></xs:sequence></xs:complexType>\n'
_VM += '<xs:element name="vm" type="VM"/>\n'


def doubling_groups(levels: int) -> str:
    """Each group refers to the next one twice: 2**levels expansions when walked naively."""
    groups = "".join(
        f'<xs:group name="g{i}"><xs:sequence><xs:group ref="g{i + 1}"/>'
        f'<xs:element name="e{i}" type="xs:string"/><xs:group ref="g{i + 1}"/></xs:sequence></xs:group>\n'
        for i in range(levels)
    )
    leaf = f'<xs:group name="g{levels}"><xs:sequence><xs:element name="leaf" type="xs:int"/>'
    return _SCHEMA.format(groups + leaf + "</xs:sequence></xs:group>\n" + _VM)


def chained_groups(count: int) -> str:
    """Group i refers to group i + 1, `count` times over: as deep a walk as there are groups."""
    groups = "".join(
        f'<xs:group name="g{i}"><xs:sequence><xs:group ref="g{i + 1}"/></xs:sequence></xs:group>\n'
        for i in range(count)
    )
    leaf = f'<xs:group name="g{count}"><xs:sequence><xs:element name="leaf" type="xs:int"/>'
    return _SCHEMA.format(groups + leaf + "</xs:sequence></xs:group>\n" + _VM)


def extension_chain(count: int) -> str:
    """T{i} extends T{i - 1}, each adding one element: every type inherits all the elements before it."""
    types = '<xs:complexType name="T0"><xs:sequence><xs:element name="e0" type="xs:string"/>'
    types += "</xs:sequence></xs:complexType>\n"
    types += "".join(
        f'<xs:complexType name="T{i}"><xs:complexContent><xs:extension base="T{i - 1}"><xs:sequence>'
        f'<xs:element name="e{i}" type="xs:string"/></xs:sequence></xs:extension></xs:complexContent>'
        "</xs:complexType>\n"
        for i in range(1, count)
    )
    elements = "".join(f'<xs:element name="t{i}" type="T{i}"/>\n' for i in range(count))
    return _SCHEMA.format(types + elements)


# --- documents whose every name and text is hostile ----------------------------------------------------------

ROLES = (
    "root", "collection", "action", "query", "header", "header_value", "description", "api_description",
    "type", "element", "attribute", "enum", "value_a", "value_b", "type_doc", "element_doc", "file",
)  # fmt: skip
_XML_TEXT = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def payloads(sentinel: Path) -> list[str]:
    """Strings that run code (touching `sentinel`) or script if pasted raw into Python, Jinja or HTML."""
    touch = f"__import__('pathlib').Path({str(sentinel)!r}).touch()"
    return [
        f'"""; {touch}; """',
        f'"; {touch}; "',
        f"'; {touch}; '",
        f"\n{touch}\n",
        f'""")\n{touch}\n("""',
        "{{ cycler.__init__.__globals__.os.system('touch " + str(sentinel) + "') }}",
        "<script>window.PWNED = 1</script>",
        "</script><script>window.PWNED = 1</script><script>",
        '<img src=x onerror="window.PWNED = 1">',
        '"><svg onload="window.PWNED = 1">',
        "javascript:window.PWNED=1",
        "MAC²",
        "3d 名前 \\ \"'",
        "class",
    ]


def hostile_documents(words: dict[str, str]) -> tuple[bytes, bytes]:
    """An RSDL and an XSD in which each role of ROLES (hrefs, rels, parameter and header names, texts,
    type, element, attribute and enum names, enum values, documentation) holds the given word."""
    w = {role: _XML_TEXT.sub("", words.get(role, role)) for role in ROLES}
    root = "/api" + w["root"].replace("?", "")
    rsdl = etree.Element("rsdl", href=f"{root}?rsdl", rel="rsdl")
    etree.SubElement(rsdl, "description").text = w["api_description"]
    etree.SubElement(rsdl, "version", major="3", minor="6")
    links = etree.SubElement(rsdl, "links")
    collection = f"{root}/{w['collection']}"

    def link(href: str, rel: str, method: str, response: str | None = None) -> etree._Element:
        element = etree.SubElement(links, "link", href=href, rel=rel)
        etree.SubElement(element, "description").text = w["description"]
        request = etree.SubElement(element, "request")
        etree.SubElement(request, "http_method").text = method
        if response:
            etree.SubElement(etree.SubElement(element, "response"), "type").text = response
        return request

    listing = link(collection, "get", "GET", w["type"] + "s")
    header = etree.SubElement(etree.SubElement(listing, "headers"), "header", required="false")
    etree.SubElement(header, "name").text = w["header"]
    etree.SubElement(header, "value").text = w["header_value"]
    parameters = etree.SubElement(etree.SubElement(listing, "url"), "parameters_set")
    for name in ("search", w["query"]):
        parameter = etree.SubElement(
            parameters, "parameter", context="query", required="false", type="xs:string"
        )
        etree.SubElement(parameter, "name").text = name
        etree.SubElement(parameter, "value").text = w["header_value"]
    adding = link(collection, "add", "POST", w["type"])
    body = etree.SubElement(adding, "body")
    etree.SubElement(body, "type").text = w["type"]
    mandatory = etree.SubElement(
        etree.SubElement(body, "parameters_set"), "parameter", required="true", type="xs:string"
    )
    etree.SubElement(mandatory, "name").text = f"{w['element']}.{w['attribute']}"
    link(f"{collection}/{{x:id}}", "get", "GET", w["type"])
    acting = link(f"{collection}/{{x:id}}/{w['action']}", w["action"], "POST", "Action")
    etree.SubElement(etree.SubElement(acting, "body"), "type").text = "Action"

    schema = etree.Element(XS + "schema", nsmap={"xs": XS[1:-1]})

    def documented(
        parent: etree._Element, tag: str, text: str, **attributes: str
    ) -> etree._Element:
        element = etree.SubElement(parent, XS + tag, **attributes)
        note = etree.SubElement(etree.SubElement(element, XS + "annotation"), XS + "documentation")
        note.text = text
        return element

    complex_type = documented(schema, "complexType", w["type_doc"], name=w["type"])
    sequence = etree.SubElement(complex_type, XS + "sequence")
    documented(sequence, "element", w["element_doc"], name=w["element"], type=w["enum"])
    etree.SubElement(complex_type, XS + "attribute", name=w["attribute"], type="xs:string")
    documented(schema, "element", w["type_doc"], name=w["element"] + "_item", type=w["type"])
    listing_type = etree.SubElement(schema, XS + "complexType", name=w["type"] + "s")
    etree.SubElement(
        etree.SubElement(listing_type, XS + "sequence"),
        XS + "element",
        name=w["element"] + "_item",
        type=w["type"],
        minOccurs="0",
        maxOccurs="unbounded",
    )
    etree.SubElement(schema, XS + "element", name=w["element"] + "_items", type=w["type"] + "s")
    action = etree.SubElement(schema, XS + "complexType", name="Action")
    etree.SubElement(
        etree.SubElement(action, XS + "sequence"), XS + "element", name="async", type="xs:boolean"
    )
    etree.SubElement(schema, XS + "element", name="action", type="Action")
    simple = documented(schema, "simpleType", w["type_doc"], name=w["enum"])
    restriction = etree.SubElement(simple, XS + "restriction", base="xs:string")
    for value in (w["value_a"], w["value_b"]):
        etree.SubElement(restriction, XS + "enumeration", value=value)
    return (
        etree.tostring(rsdl, xml_declaration=True, encoding="UTF-8"),
        etree.tostring(schema, xml_declaration=True, encoding="UTF-8"),
    )


def file_name(word: str) -> str:
    """A file name holding as much of `word` as a file name can."""
    return (
        ("".join(c for c in word if c not in "/\0") or "doc")[:60]
        .encode("utf-8", "replace")
        .decode()
    )


# --- answers that decompress to far more than they weigh (issue 21.3) ---------------------------------------


@functools.cache
def gzip_bomb(mebibytes: int, layers: int = 1) -> bytes:
    """`<x>` and `mebibytes` MiB of spaces, gzipped `layers` times (1 MiB is about 1 KiB of gzip): made in
    milliseconds, each MiB compressed once after a full flush and repeated (the flush resets the compressor,
    so every repetition compresses to the same bytes)."""
    block = b" " * 2**20
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = compressor.compress(b"<x>" + block) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(b"<x>" + block)
    for _ in range(mebibytes - 1):
        crc = zlib.crc32(block, crc)
    size = 3 + mebibytes * 2**20
    # a final empty fixed-Huffman block, then gzip's trailer: the CRC-32 and the size (mod 2**32)
    data = head + again * (mebibytes - 1) + b"\x03\x00" + struct.pack("<II", crc, size % 2**32)
    for _ in range(layers - 1):
        data = gzip.compress(data, 9)
    return data
