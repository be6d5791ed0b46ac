"""The POST and PUT requests the v3 guide prints (`../shared/reference/rhv-4.3-rest-api-v3-guide.txt`): each
request line in a fenced block, its path (joined where the PDF's text wraps it) and the XML body that follows
it, to the end tag of its root element, labelled by the example it is printed under."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

GUIDE = Path(__file__).parents[2] / ".." / "shared" / "reference" / "rhv-4.3-rest-api-v3-guide.txt"
ROOT = "/ovirt-engine/api"
_REQUEST = re.compile(r"^\s*(POST|PUT) (/ovirt-engine/api\S*)")
_EXAMPLE = re.compile(r"Example (\d+\.\d+)\.|^(\d+\.\d+)\. [A-Z]")
_HEADER = re.compile(r"^\s*[A-Z][\w-]+: ")
_STOP = re.compile(r"^(cURL|# curl|\*?\*?Example \d|\d+\.\d+(\.\d+)*\. )")


@dataclass(frozen=True)
class Request:
    label: (
        str  # `15.57`, `12.14/2` for the second request under one example, `§8.1` under no example
    )
    line: int  # where the guide prints it (1-based)
    method: str
    path: str  # below the API root, as printed
    body: str  # the XML body as printed, "" when none follows


def requests(lines: list[str] | None = None) -> list[Request]:
    lines = lines if lines is not None else GUIDE.read_text(encoding="utf-8").split("\n")
    found: list[Request] = []
    label, fenced, index = "", False, 0
    while index < len(lines):
        line = lines[index]
        example = _EXAMPLE.search(line)
        if (
            example and not fenced
        ):  # an example's number, or the section's where no example is numbered
            label = example.group(1) or f"§{example.group(2)}"
        if line.startswith("```"):
            fenced = not fenced
        elif fenced and (request := _REQUEST.match(line)):
            end, path = _path(lines, index, request.group(2))
            same = sum(1 for r in found if r.label.split("/")[0] == label)
            name = label if not same else f"{label}/{same + 1}"
            body = _body(lines, end + 1)
            found.append(Request(name, index + 1, request.group(1), path.removeprefix(ROOT), body))
            index = end
        index += 1
    return found


def _path(lines: list[str], start: int, path: str) -> tuple[int, str]:
    """The path of the request at `start`, with the lines the PDF wrapped it onto (in the same fenced block
    or the next ones), and the last line it takes."""
    end, scan = start, start
    while "HTTP/1.1" not in lines[end] and scan < start + 6:
        scan += 1
        following = lines[scan].strip()
        if not following or following.startswith("```"):
            continue
        if not re.fullmatch(r"[\w\-/;=.]+(\s+HTTP/1\.1)?", following) or _HEADER.match(following):
            break
        end = scan
        path += following
    return end, re.sub(r"\s+", "", path.split("HTTP/1.1")[0])


def _body(lines: list[str], start: int) -> str:
    """The XML that follows a request line, across fences, to its root's end tag (or a self-closed root)."""
    text, fenced = [], True
    for line in lines[start : start + 120]:
        if line.startswith("```"):
            fenced = not fenced
            continue
        if _REQUEST.match(line) or _STOP.match(line):
            break
        if fenced and not _HEADER.match(line):
            text.append(line)
    joined = "\n".join(text)
    begin = joined.find("<")
    root = re.match(r"<([\w_]+)", joined[begin:]) if begin >= 0 else None
    if root is None:
        return ""
    name = root.group(1)
    depth = 0
    for tag in re.finditer(rf"<(/?){name}\b[^>]*?(/?)>", joined[begin:]):
        if tag.group(1):
            depth -= 1
        elif not tag.group(2):
            depth += 1
        if depth == 0:  # the root's end tag, or the root closed on itself
            return joined[begin : begin + tag.end()]
    return ""
