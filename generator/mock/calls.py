"""What a handler method receives (`Call`) and returns (`Reply`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lxml import etree

from .spec import LinkSpec

Element = etree._Element


def tag(element: Element) -> str:
    """The element's name; lxml also allows QName and bytes, which parsed documents never produce."""
    return element.tag if isinstance(element.tag, str) else ""


@dataclass
class Call:
    link: LinkSpec
    path: list[str]  # the concrete segments below the API root: ["vms", "<id>", "nics"]
    values: dict[str, str]  # placeholder name (`vm:id`) -> value
    matrix: dict[str, str]
    query: dict[str, str]
    headers: Mapping[str, str]  # case-insensitive
    body: Element | None
    user: str
    base: str  # the API root the client used, for hrefs: `/ovirt-engine/api` or `.../api/v3`

    def href(self, *segments: str) -> str:
        return "/".join([self.base, *segments])


@dataclass
class Reply:
    status: int = 200
    element: Element | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # sent as is instead of `element` (the served RSDL and XSD, the CA), of type `media`
    document: bytes | None = None
    media: str = "application/xml"
