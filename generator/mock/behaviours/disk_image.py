"""What a new disk shows besides what its request gave (guide §15.6.2, Example 15.17; §16.2, Example 16.1):
the image it is made of, an alias (`<vm>_Disk<n>` for a VM's disk, as the engine names it), and the flags it
defaults to: active, not read-only, not shareable, errors not propagated, not wiped after delete."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from lxml import etree

from .. import jsonio
from ..calls import Element, tag
from ..store import name_of

if TYPE_CHECKING:
    from ..engine import Engine
    from ..views import Key

FLAGS = (
    ("active", "true"),
    ("read_only", "false"),
    ("shareable", "false"),
    ("propagate_errors", "false"),
    ("wipe_after_delete", "false"),
)


def fill(engine: Engine, key: Key, disk: Element) -> None:
    if tag(disk) != "disk" or disk.find("lun_storage") is not None:
        return
    declared = engine.spec.declared("disk")
    owner = engine.entity_at(key[:-1]) if len(key) > 2 else None
    values = dict(FLAGS)
    values["image_id"] = str(uuid.uuid4())
    if owner is not None and tag(owner) == "vm":
        values["alias"] = f"{name_of(owner)}_Disk{len(engine.collection(key)) + 1}"
    values["sparse"] = "true" if disk.findtext("format") == "cow" else "false"
    for name, value in values.items():
        if name in declared and disk.find(name) is None:
            etree.SubElement(disk, name).text = value
    jsonio.in_schema_order(engine.spec, disk)
