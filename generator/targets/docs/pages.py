"""Where things live in the docs site: page paths, from the model's operation names (`model/operations.py`),
which OpenAPI's operation ids share."""

from __future__ import annotations

from ...model.operations import page_name, slug

INDEX = "index.html"


def resource_page(href: str) -> str:
    """`vms/{vm:id}/disks` -> `resources/vms.vm-id.disks.html`; the root is the index."""
    name = page_name(href)
    return f"resources/{name}.html" if name else INDEX


def type_page(name: str) -> str:
    return f"types/{slug(name)}.html"
