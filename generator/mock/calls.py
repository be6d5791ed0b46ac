"""What a handler method receives (`Call`) and returns (`Reply`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

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


class Answer(Protocol):
    """An answer the engine writes from its cache of representations (`mock.written`)."""

    def element(self) -> Element: ...

    def write(self, media: str) -> bytes: ...


class Reply:
    """The status, the answer (`element`) and headers; or a `document` sent as is (the served RSDL and XSD,
    the CA), of type `media`.

    An answer from the engine's cache (`answer`) is written from it, unless a handler reads `element`: the
    element is then built, and what is sent is the element as the handler left it."""

    def __init__(
        self,
        status: int = 200,
        element: Element | None = None,
        headers: dict[str, str] | None = None,
        document: bytes | None = None,
        media: str = "application/xml",
        answer: Answer | None = None,
    ) -> None:
        self.status = status
        self._element = element
        self.headers = headers if headers is not None else {}
        self.document = document
        self.media = media
        self.answer = answer

    @property
    def element(self) -> Element | None:
        if self.answer is not None:
            self._element, self.answer = self.answer.element(), None
        return self._element

    @element.setter
    def element(self, value: Element | None) -> None:
        self._element, self.answer = value, None
