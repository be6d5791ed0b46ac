"""What the engine fills into a request body before checking it, where the RSDL marks as mandatory what the
engine does not ask for: a cluster created without a `version` takes its data center's compatibility level
(guide §10.6.1, Example 10.3), a user added without a `domain` is looked up in the directory its `user_name`
names after `@` (§22.3.1, Example 22.2), a new tag without a `parent` descends from the root tag (§24: "the
default parent tag if no parent tag is specified"), a host added without a `cluster` joins the Default cluster
(§14.6.1, Example 14.6: a new host "requires the name, address and root_password elements"; ovirt-engine's
hosts resource looks the cluster named Default up), a storage domain made on an existing storage connection
(`<storage id>`, §13.3.5 Example 13.6) has that connection's type, address and path."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from lxml import etree

from ..calls import Element, tag

if TYPE_CHECKING:
    from ..engine import Engine


def fill(engine: Engine, method: str, body: Element | None) -> None:
    if body is None or method != "POST":
        return
    if tag(body) == "cluster" and body.find("version") is None:
        data_center = body.find("data_center")
        found = None
        if data_center is not None:
            top = engine.top_items.get("data_center", "datacenters")
            identifier = data_center.get("id") or data_center.findtext("id")
            name = data_center.findtext("name")
            found = (
                engine.entity_at((top, identifier)) if identifier else engine.find(top, name or "")
            )
        level = found.find("version") if found is not None else None
        if level is not None:
            body.append(copy.deepcopy(level))
    if tag(body) == "user" and body.find("domain") is None:
        _, at, domain = (body.findtext("user_name") or "").rpartition("@")
        if at and domain:
            etree.SubElement(etree.SubElement(body, "domain"), "name").text = domain
    storage = body.find("storage") if tag(body) == "storage_domain" else None
    if storage is not None and storage.get("id") and storage.find("type") is None:
        top = engine.top_items.get("storage_connection", "storageconnections")
        connection = engine.entity_at((top, storage.get("id") or ""))
        for field in connection if connection is not None else ():
            if tag(field) in engine.spec.declared_below("storage_domain", "storage"):
                storage.append(copy.deepcopy(field))
    if tag(body) == "host" and body.find("cluster") is None:
        etree.SubElement(etree.SubElement(body, "cluster"), "name").text = "Default"
    if tag(body) == "tag" and body.find("parent") is None and body.get("id") is None:
        top = engine.top_items.get("tag", "tags")
        if (
            engine.find(top, body.findtext("name") or "") is None
        ):  # a new tag, not one being associated
            root = engine.find(top, "root")
            if root is not None:
                etree.SubElement(etree.SubElement(body, "parent"), "tag", id=root.get("id") or "")
