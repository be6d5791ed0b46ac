"""The tables the server runs from, read from `spec.json`: what the source documents declare about each
link and resource, the API root, and the documents' fingerprint. Generated data; do not edit."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .metadata import (
    BodySpec,
    ChildSpec,
    LinkSpec,
    Need,
    Overload,
    ResourceSpec,
    TypeSpec,
    UrlParam,
)


def _need(data: dict[str, Any]) -> Need:
    sets = tuple(tuple(_need(n) for n in nested) for nested in data["sets"])
    return Need(data["name"], tuple(data["path"]), tuple(data["leaves"]), sets, data["optional"])


def _body(data: dict[str, Any] | None) -> BodySpec | None:
    if data is None:
        return None
    overloads = tuple(
        Overload(tuple(_need(n) for n in o["needs"]), o["deprecated"]) for o in data["overloads"]
    )
    return BodySpec(
        data["type"], data["element"], data["required"], overloads, tuple(data["updatable"])
    )


def _link(data: dict[str, Any]) -> LinkSpec:
    return LinkSpec(
        handler=data["handler"],
        href=data["href"],
        rel=data["rel"],
        method=data["method"],
        kind=data["kind"],
        response=data["response"],
        description=data["description"],
        body=_body(data["body"]),
        url=tuple(UrlParam(**p) for p in data["url"]),
        path_arguments=tuple(data["path_arguments"]),
        expect=data["expect"],
    )


def _resource(data: dict[str, Any]) -> ResourceSpec:
    return ResourceSpec(
        href=data["href"],
        kind=data["kind"],
        element=data["element"],
        item=data["item"],
        actions=tuple(data["actions"]),
        links=tuple(data["links"]),
        searchable=data["searchable"],
        created_async=data["created_async"],
    )


def _type(data: dict[str, Any]) -> TypeSpec:
    children = tuple(ChildSpec(**child) for child in data["children"])
    return TypeSpec(data["name"], tuple(data["attributes"]), children, data["text"])


_DATA: dict[str, Any] = json.loads(resources.files(__package__).joinpath("spec.json").read_text())
API_ROOT: str = _DATA["api_root"]
FINGERPRINT: str = _DATA["fingerprint"]  # sha256 over the source documents
PRODUCT: dict[str, str] = _DATA["product"]
LINKS: tuple[LinkSpec, ...] = tuple(_link(link) for link in _DATA["links"])
RESOURCES: dict[str, ResourceSpec] = {r["href"]: _resource(r) for r in _DATA["resources"]}
TYPES: dict[str, TypeSpec] = {t["name"]: _type(t) for t in _DATA["types"]}
ELEMENTS: dict[str, str] = _DATA["elements"]  # top-level element -> its schema type
# The lists a capabilities version holds and the values the schema enumerates for them (guide §6):
# (`vm_states`, `vm_state`, ("unassigned", "down", ...))
CAPABILITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (c["element"], c["item"], tuple(c["values"])) for c in _DATA["capabilities"]
)
