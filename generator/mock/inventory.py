"""The engine's whole inventory as a seed document, and back: the admin API's `state` (snapshot and restore),
the document `rsdlgen clone` writes from a live engine, and a seed `serve --seed` and the pytest plugin load.

An inventory is an XML seed document whose root is `<inventory>`: each child a collection named by its path
below the API root (`href`), top-level collections first, then sub-collections below entities already listed:

    <inventory>
      <data_centers href="datacenters"><data_center id="...">...</data_center></data_centers>
      <vms href="vms"><vm id="...">...</vm></vms>
      <nics href="vms/<vm id>/nics"><nic id="...">...</nic></nics>
      <storage_domains href="datacenters/<id>/storagedomains"><storage_domain id="..."/></storage_domains>
    </inventory>

Where an additive seed document is created entity by entity as through the API, an inventory replaces what
the engine holds (the fresh engine's Default data center and Blank template included: an inventory has its
own) and is stored as written, ids kept: it was consistent where it was taken, and a reference to an entity
left out (`clone --max`) stays a reference, as a link to something the client may not read. A member of a
sub-collection whose type has a top-level collection is written as a reference (`<storage_domain id=.../>`)
and restored as that same entity, attached. The event log is not part of it.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from lxml import etree

from . import xmlio
from .calls import Element, tag
from .faults import Fault
from .references import CHOSEN_ID  # the ids a client may choose are the ids an inventory may hold

if TYPE_CHECKING:
    from .engine import Engine
    from .views import Key

ROOT = "inventory"
LEFT_OUT = frozenset({"events"})  # a log, not inventory


class InventoryError(ValueError):
    """An inventory that cannot be restored; the message says where and what is wrong."""


def is_inventory(root: Element) -> bool:
    return tag(root) == ROOT


def export(engine: Engine) -> bytes:
    """The engine's entities as an inventory document."""
    inventory = etree.Element(ROOT)
    keys = [k for k in engine.collections if k[0] not in LEFT_OUT]
    for key in sorted(keys, key=len):  # stable: top-level collections first, each in creation order
        spec = engine.resource(key)
        collection = engine.collections[key]
        if spec is None or not len(collection):
            continue
        wrapper = etree.SubElement(inventory, spec.element, href="/".join(key))
        for identifier in collection:
            element = collection.get(identifier)
            assert element is not None
            if len(key) > 1 and _shared(engine, element) is element:
                etree.SubElement(wrapper, tag(element), id=identifier)
            else:
                wrapper.append(copy.deepcopy(element))
    return xmlio.serialize(inventory)


def restore(engine: Engine, root: Element) -> int:
    """Replace what `engine` holds with the inventory `root`; returns how many entities it holds. Raises
    InventoryError naming the collection and entity at fault (the engine is then half-restored: restore
    into a fresh engine and keep it only on success)."""
    for store in (
        engine.collections,
        engine.nested,
        engine.singletons,
        engine.tasks,
        engine.task_paths,
    ):
        store.clear()
    wrappers = [c for c in root if tag(c)]
    count = 0
    for wrapper in sorted(wrappers, key=lambda w: len(_key(w))):
        key = _key(wrapper)
        href = "/".join(key)
        spec = engine.resource(key)
        if spec is None or spec.kind != "collection" or key[0] in LEFT_OUT:
            raise InventoryError(f"{href!r} is not a collection of this API")
        for index in range(1, len(key), 2):
            parent = engine.collections.get(key[:index])
            if parent is None or key[index] not in parent:
                where = "/".join(key[: index + 1])
                raise InventoryError(f"{href}: {where} is not in the inventory before it")
        for element in wrapper:
            if not tag(element):
                continue
            identifier = element.get("id") or ""
            where = f"{href}: <{tag(element)} id={identifier!r}>"
            if tag(element) != spec.item:
                raise InventoryError(f"{where} where <{spec.item}> belongs")
            if identifier and (len(identifier) > 200 or not CHOSEN_ID.fullmatch(identifier)):
                raise InventoryError(
                    f"{where}: an id holds letters, digits, '_', '~', '-' and dots"
                )
            existing = engine.collections.get(key)
            if existing is not None and identifier in existing:
                raise InventoryError(f"{where} is listed twice")
            shared = _shared(engine, element) if len(key) > 1 else None
            engine.put(href, shared if shared is not None else copy.deepcopy(element))
            count += 1
    return count


def parse(data: bytes) -> Element:
    """An inventory document; raises InventoryError when it is not one."""
    try:
        root = xmlio.parse(data)
    except Fault as fault:
        raise InventoryError(f"{fault.reason}: {fault.detail}") from None
    if not is_inventory(root):
        raise InventoryError(f"the root element is <{tag(root)}>, not <{ROOT}>")
    for element in root.iter():  # the indentation `state` wrote is no text of the entities
        if len(element) and element.text is not None and not element.text.strip():
            element.text = None
        if element.tail is not None and not element.tail.strip():
            element.tail = None
    return root


def _key(wrapper: Element) -> Key:
    href = wrapper.get("href") or ""
    key = tuple(s for s in href.strip("/").split("/") if s)
    if not key:
        raise InventoryError(f"<{tag(wrapper)}> has no href naming its collection")
    return key


def _shared(engine: Engine, element: Element) -> Element | None:
    """The entity of the top-level collection of the element's type with the element's id, if any."""
    top = engine.top_items.get(tag(element))
    collection = engine.collections.get((top,)) if top else None
    return collection.get(element.get("id") or "") if collection is not None else None
