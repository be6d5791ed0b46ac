"""The documents this server was generated from, served at `<root>?rsdl` and `<root>?schema`."""

from __future__ import annotations

from importlib import resources


def document(name: str) -> bytes | None:
    """`rsdl.xml` or `api.xsd`; None when the server was generated without that document."""
    path = resources.files(__package__).joinpath("documents", name)
    return path.read_bytes() if path.is_file() else None
