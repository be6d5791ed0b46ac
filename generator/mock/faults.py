"""Faults: every error the server reports is an HTTP status with a `<fault>` body (guide §7.4.9)."""

from __future__ import annotations

import re

from lxml import etree


class Fault(Exception):
    def __init__(
        self, status: int, reason: str, detail: str = "", headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {reason}: {detail}")
        self.status = status
        self.reason = reason
        self.detail = detail
        self.headers = headers or {}

    def element(self) -> etree._Element:
        fault = etree.Element("fault")
        etree.SubElement(fault, "reason").text = xml_text(self.reason)
        if self.detail:
            etree.SubElement(fault, "detail").text = xml_text(self.detail)
        return fault


# Characters XML 1.0 cannot hold (a detail often quotes the request, which may hold anything): the complement
# of its Char production, listed as it is (the negated class took 6-9 ms to compile, at every start-up).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` with what XML cannot hold written as Python escapes (`\\x01`)."""
    return _NOT_XML.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode(), text)


def not_found(what: str) -> Fault:
    return Fault(404, "Not Found", what)


def bad_request(reason: str, detail: str) -> Fault:
    return Fault(400, reason, detail)


def entity_not_found(type_name: str, key: str) -> Fault:
    """A body naming an entity that does not exist: `Entity not found: Cluster: name=prod`, as the engine
    words it (`type_name`: the schema type of the element)."""
    return Fault(400, "Operation Failed", f"Entity not found: {type_name}: {key}")


# ASCII digits only: str.isdigit() also takes `²` and `①`
_INTEGER = re.compile(r"[+-]?[0-9]{1,18}")


def integer(text: str, name: str) -> int:
    """`text` as an integer, or a 400 fault naming `name`: never a ValueError (a 500) on what a client sent."""
    if not _INTEGER.fullmatch(text):
        raise bad_request("Invalid value", f"{name}={text!r} is not an integer")
    return int(text)
