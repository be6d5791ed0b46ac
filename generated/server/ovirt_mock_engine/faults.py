"""Faults: every error the server reports is an HTTP status with a `<fault>` body (guide §7.4.9)."""

from __future__ import annotations

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
        etree.SubElement(fault, "reason").text = self.reason
        if self.detail:
            etree.SubElement(fault, "detail").text = self.detail
        return fault


def not_found(what: str) -> Fault:
    return Fault(404, "Not Found", what)


def bad_request(reason: str, detail: str) -> Fault:
    return Fault(400, reason, detail)
