"""How a stored entity is written on the wire: its `href`, its `<actions>` and sub-collection `<link>`s from the
RSDL's resource tree, its owner and the hrefs of its references (guide §7.2); and the entry point (§3.1, ch. 4).
"""

from __future__ import annotations

import copy
import html
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from lxml import etree

from . import entities, lifecycle
from .behaviours import derived, ovf
from .calls import Call, Element, tag
from .seed import ZERO
from .spec import ResourceSpec

if TYPE_CHECKING:
    from .engine import Engine
    from .views import Key

HREF = "{href}"  # stands for an entity's href in `links`
FIRST = (
    "name",
    "description",
    "comment",
)  # what the engine writes before an entity's links (guide §7.4.1)
SUMMARY = {"vms": "vms", "hosts": "hosts", "users": "users", "storagedomains": "storage_domains"}
# The request headers a representation shows more by (`All-Content`: `ovf`), besides the API root: the
# representations kept as written (`mock.written`) are kept per value.
VARY = ("all-content",)


def represent(
    engine: Engine, call: Call, path: Key, element: Element, spec: ResourceSpec | None = None
) -> Element:
    spec = spec or engine.resource(path)
    out = copy.deepcopy(element)
    href = call.href(*path)
    out.set("href", href)
    if spec is None or spec.kind != "entity":
        return out
    derived.fill(engine, out)  # what follows from other entities is counted as it is written
    ovf.fill(engine, call, path, out)
    position = sum(1 for child in out if child.tag in FIRST)
    out[position:position] = etree.fromstring(
        links(engine, spec).replace(HREF, html.escape(href, quote=True))
    )
    owner = (
        engine.spec.resources.get(engine.spec.resources[spec.parent].parent)
        if spec.parent in engine.spec.resources
        else None
    )
    if owner is not None and owner.kind == "entity" and out.find(owner.element) is None:
        etree.SubElement(out, owner.element, id=path[-3], href=call.href(*path[:-2]))
    references = out.iter(*engine.referenced) if engine.referenced else ()
    for reference in references:  # references to top-level entities get hrefs
        identifier = reference.get("id")
        if identifier and reference.get("href") is None:
            reference.set("href", call.href(engine.referenced[tag(reference)], identifier))
    return out


def links(engine: Engine, spec: ResourceSpec) -> str:
    """`<actions>` and the sub-collection `<link>`s of an entity, as XML with `HREF` for its href:
    parsing one string is several times faster than building the elements one by one."""
    text = engine.link_templates.get(spec.href)
    if text is None:
        holder = etree.Element("_")
        holder.extend(entity_links(HREF, spec.actions, spec.links))
        text = engine.link_templates[spec.href] = etree.tostring(holder, encoding="unicode")
    return text


def link(href: str, rel: str) -> Element:
    return etree.Element("link", rel=rel, href=href)


def entity_links(href: str, actions: Sequence[str], links: Sequence[str]) -> list[Element]:
    """What an entity at `href` links to (guide §7.4.3): `<actions>` when it has any, then one `<link>` per
    collection or resource below it. The docs' example answers are written with it too."""
    written = []
    if actions:
        holder = etree.Element("actions")
        holder.extend(link(f"{href}/{rel}", rel) for rel in actions)
        written.append(holder)
    return written + [link(f"{href}/{rel}", rel) for rel in links]


def action_links(action: Element, href: str) -> None:
    """An action's answer links to the entity it acted on and to itself, to be sent again (§7.4.7)."""
    action.append(link(href.rpartition("/")[0], "parent"))
    action.append(link(href, "replay"))


def entry_point(engine: Engine, base: str) -> Element:
    """The `<api>` element of guide §3.1 / chapter 4: links to what is under the root (`collection/search`
    templates), special objects, product information and the summary."""
    api = etree.Element("api")
    for node in engine.spec.resources.values():  # every collection or resource right under the root
        if "/" in node.href or node.kind not in ("collection", "resource"):
            continue
        name = node.href
        etree.SubElement(api, "link", rel=name, href=f"{base}/{name}")
        if node.searchable:
            etree.SubElement(
                api, "link", rel=f"{name}/search", href=f"{base}/{name}?search={{query}}"
            )
    special = etree.SubElement(api, "special_objects")
    for rel, holder in (("templates/blank", "templates"), ("tags/root", "tags")):
        if (holder,) in engine.collections:
            etree.SubElement(special, "link", rel=rel, href=f"{base}/{holder}/{ZERO}")
    info = etree.SubElement(api, "product_info")
    etree.SubElement(info, "name").text = engine.spec.product["name"]
    etree.SubElement(info, "vendor").text = engine.spec.product["vendor"]
    version = etree.SubElement(info, "version")
    for part, value in engine.version.items():
        version.set(part, value)
    summary = etree.SubElement(api, "summary")
    for name, element in SUMMARY.items():
        if name in engine.spec.resources:
            items = engine.items(name)
            counts = etree.SubElement(summary, element)
            etree.SubElement(counts, "total").text = str(len(items))
            active = sum(
                1 for e in items if entities.state(e) in lifecycle.ACTIVE or name == "users"
            )
            etree.SubElement(counts, "active").text = str(active)
    etree.SubElement(api, "time").text = datetime.now(UTC).isoformat()
    return api
