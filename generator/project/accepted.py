"""Accepted breaks: a reviewed list of breaking changes that no longer fail the gate of `rsdlgen diff` and
`rsdlgen check --against` (`--accept FILE`, or `accepted-breaks = "FILE"` in the configuration).

The file is text, one change a line: its id (as every report prints it), then anything, as a reminder of what
it is (`rsdlgen diff --write-accepted FILE` writes the subject and the reason there); `#` starts a comment.

    # accepted: the 3.6 engine drops these; our code no longer uses them
    5f0c3e8a91d2  DELETE vms/{vm:id}/cdroms/{cdrom:id} (delete): operation removed

An entry that matches no breaking change any more is stale: reported, so the list can be kept short.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, Location, one_line
from ..model.diffing import Change, Diff

ID = re.compile(r"^[0-9a-f]{12}$")
HEADER = (
    '# Breaking changes accepted by review: rsdlgen diff --accept / accepted-breaks = "FILE".\n'
    "# One change a line: its id, then what it is (for the reader); remove a line to fail on it again.\n"
)


@dataclass
class Gate:
    """The changes of a diff against a list of accepted breaks."""

    result: Diff
    accepted: frozenset[str] = frozenset()
    file: str | None = None

    @property
    def breaking(self) -> list[Change]:
        """The breaking changes nobody accepted."""
        return [c for c in self.result.breaking if c.id not in self.accepted]

    @property
    def counted(self) -> list[Change]:
        """Every change, less the accepted breaks."""
        return [c for c in self.result.changes if not (c.breaking and c.id in self.accepted)]

    def is_accepted(self, change: Change) -> bool:
        return change.breaking and change.id in self.accepted

    @property
    def stale(self) -> list[str]:
        """Accepted ids that name no breaking change of this diff, in the file's order."""
        current = {c.id for c in self.result.breaking}
        return sorted(i for i in self.accepted if i not in current)

    def failed(self, fail_on: str | None) -> bool:
        if fail_on == "any":
            return bool(self.counted)
        if fail_on == "breaking":
            return bool(self.breaking)
        return False

    def as_json(self, fail_on: str | None) -> dict[str, object]:
        return {
            "fail_on": fail_on,
            "failed": self.failed(fail_on),
            "accepted_breaks": self.file,
            "accepted": sorted(c.id for c in self.result.breaking if c.id in self.accepted),
            "stale": self.stale,
        }


def read(path: Path) -> frozenset[str]:
    """The ids a file accepts; a line that starts with no id is an error naming its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(Location(str(path)), "no such file (the accepted breaks)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(Location(str(path)), f"cannot read: {exc}") from None
    ids = set()
    for number, line in enumerate(text.splitlines(), 1):
        content = line.split("#", 1)[0].strip()
        if not content:
            continue
        first = content.split()[0]
        if not ID.match(first):
            raise InputError(
                Location(str(path), number),
                f"{first[:40]!r} is not a change id (12 hex digits, as reports print them)",
            )
        ids.add(first)
    return frozenset(ids)


def write(path: Path, result: Diff) -> int:
    """Write the current breaking changes as a list to review; returns how many. All or nothing: the file is
    replaced only once written whole."""
    lines = [
        one_line(f"{c.id}  {c.subject}{': ' + c.item if c.item else ''}: {c.reason}") + "\n"
        for c in result.breaking
    ]
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_text(HEADER + "".join(lines), encoding="utf-8")
    os.replace(temporary, path)
    return len(lines)
