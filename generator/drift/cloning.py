"""Cloning a live engine's inventory into a seed document (`rsdlgen clone`), which `rsdlgen serve --seed`, the
pytest plugin's `rsdlgen_seed` and the admin API's `PUT state` load: the mock engine then lists what the
engine listed (names, ids, relations).

The engine's own RSDL says what to read: every top-level collection (but the event log), then, below each
entity read, its sub-collections (a VM's NICs and disks, a storage domain's files, a data center's attached
storage domains ...), each cut at `max_items` (`;max=N` where the link takes it). What is read is written as
the mock's inventory format (`<inventory>`, a collection per `href`), as the engine stores it: no `href`,
`<actions>` or `<link>`, and never a secret: elements named `*password`, `*secret`, `*token`, `*ticket` or
`*private_key` are dropped as they are read. One session (Basic once, then the cookie; the last request
closes it) and one deadline (`Connection.timeout`) for the whole clone, as `fetch` does.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from lxml import etree

from ..errors import InputError, Location
from ..model.declarations import Link
from ..model.loading import load_documents
from ..model.resources import Resource
from ..readers.safe_xml import parse_xml
from .fetching import Connection, _client, _Session

LEFT_OUT = frozenset({"events"})  # a log, not inventory (as the mock's `state`)
SECRET = re.compile(r"(password|secret|token|ticket|private_key)$")


@dataclass
class Cloned:
    document: bytes  # the seed document
    entities: int
    collections: int


def clone(
    connection: Connection, max_items: int = 100, transport: httpx.BaseTransport | None = None
) -> Cloned:
    """The engine's inventory as a seed document; raises InputError naming the URL at fault."""
    root = connection.url.rstrip("/")
    if not re.match(r"^https?://", root):
        raise InputError(Location(connection.url), "not an http:// or https:// URL")
    session = _Session(connection, time.monotonic() + connection.timeout)
    inventory = etree.Element("inventory")
    with _client(connection, transport) as client:
        rsdl = session.get(client, f"{root}?rsdl", last=False)
        schema = session.get(client, f"{root}?schema", last=False)
        model = load_documents(rsdl, f"{root}?rsdl", schema, f"{root}?schema")

        def read(collection: Resource, path: str) -> list[etree._Element]:
            takes_max = any(p.name == "max" and p.context == "matrix" for p in _get(collection).url)
            url = f"{root}/{path}" + (f";max={max_items}" if takes_max else "")
            listed = parse_xml(session.get(client, url, last=False), url)
            items = [_stored(item) for item in listed if item.get("id")][:max_items]
            if items:
                wrapper = etree.SubElement(inventory, listed.tag, href=path)
                wrapper.extend(items)
            return items

        for top in model.top_collections:
            if top.href in LEFT_OUT or not _readable(top):
                continue
            entity = next((c for c in model.children(top) if c.kind == "entity"), None)
            subs = [c for c in model.children(entity) if _readable(c)] if entity else []
            for item in read(top, top.href):
                for sub in subs:
                    read(sub, f"{top.href}/{item.get('id')}/{sub.href.rsplit('/', 1)[-1]}")
        session.get(client, root, last=True)  # closes the session
    document = etree.tostring(inventory, encoding="UTF-8", xml_declaration=True, pretty_print=True)
    return Cloned(document, sum(len(w) for w in inventory), len(inventory))


def write(data: bytes, out: Path) -> None:
    """Write `data` to `out` whole or not at all."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _readable(resource: Resource) -> bool:
    return resource.kind == "collection" and any(link.method == "GET" for link in resource.links)


def _get(resource: Resource) -> Link:
    return next(link for link in resource.links if link.method == "GET")


def _stored(item: etree._Element) -> etree._Element:
    """An entity as the engine stores it: without what its representation adds, and without secrets."""
    for child in [c for c in item if c.tag in ("actions", "link")]:
        item.remove(child)
    for element in list(item.iter()):
        if not isinstance(element.tag, str):
            continue
        if SECRET.search(element.tag) and element is not item:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        element.attrib.pop("href", None)
        if len(element) and element.text is not None and not element.text.strip():
            element.text = None  # the answer's indentation: written again, evenly
        if element.tail is not None and not element.tail.strip():
            element.tail = None
    return item
