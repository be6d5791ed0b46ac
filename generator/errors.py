"""Errors and warnings that point at a place in an input document."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNPRINTABLE = re.compile(r"[^\S ]|[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` with newlines and other control characters written as escapes: a message quotes names and
    hrefs from documents, which may hold anything, and each error or warning must stay one line."""
    return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True, order=True)
class Location:
    file: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


class InputError(Exception):
    """A document that cannot be used at all; the CLI prints it as one line."""

    status = 1  # the command line's exit status

    def __init__(self, location: Location, message: str) -> None:
        super().__init__(one_line(f"{location}: error: {message}"))
        self.location = location
        self.message = message


class UsageError(InputError):
    """A configuration that asks for something impossible: bad usage, exit status 2, as for wrong arguments."""

    status = 2


@dataclass(frozen=True, order=True)
class Warning:
    """Something odd in a document that was read leniently."""

    location: Location
    code: str
    message: str

    def __str__(self) -> str:
        return one_line(f"{self.location}: warning: {self.message} [{self.code}]")

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.location.file,
            "line": self.location.line,
            "code": self.code,
            "message": self.message,
        }


class Warnings:
    """Collects warnings for one document."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Warning] = []

    def add(self, line: int | None, code: str, message: str) -> None:
        self.items.append(Warning(Location(self.file, line), code, message))
