"""Where things live in the docs site: page paths, from the model's operation names (`model/operations.py`),
which OpenAPI's operation ids share."""

from __future__ import annotations

import functools

from ...errors import InputError, Location
from ...model.declarations import Schema
from ...model.operations import page_name, slug

INDEX = "index.html"
# Names Windows gives to devices, with any extension: `CON.html` cannot be a file there.
_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10))}
)


def portable(name: str) -> str:
    """A page name every file system can hold: a device name of Windows gets a trailing `_` (`CON` ->
    `CON_`); `slug` has left only ASCII letters, digits, `_`, `.` and `-`."""
    return name + "_" if name.split(".")[0].lower() in _DEVICES else name


@functools.lru_cache(maxsize=4096)  # every link to a resource asks again
def resource_page(href: str) -> str:
    """`vms/{vm:id}/disks` -> `resources/vms.vm-id.disks.html`; the root is the index."""
    name = page_name(href)
    return f"resources/{portable(name)}.html" if name else INDEX


def type_page(name: str) -> str:
    return f"types/{portable(slug(name))}.html"


def check_type_pages(schema: Schema) -> None:
    """Two types whose pages would be one file, also where case does not count (`VM` and `Vm`, `Cluster` and
    `Clusteré`), are refused: one page would silently replace the other."""
    seen: dict[str, str] = {}
    lines = {n: t.line for n, t in schema.types.items()} | {
        n: e.line for n, e in schema.enums.items()
    }
    for name, line in lines.items():
        page = type_page(name).lower()
        if page in seen and seen[page] != name:
            raise InputError(
                Location(schema.file, line),
                f"types {name!r} and {seen[page]!r} would share the page {type_page(name)} "
                "(file names that differ only by case are one file on macOS and Windows)",
            )
        seen[page] = name
