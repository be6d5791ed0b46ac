"""Names for generated code: Python identifiers from RSDL/XSD names, by rule rather than by override table.

Whatever a document calls something, the name made of it is an ASCII identifier that is no keyword: accents
and compatibility forms are transliterated (`MAC²` -> `MAC2`, `Réseau` -> `Reseau`), any other non-ASCII
character becomes `uXXXX` (its code point), a leading digit gets an underscore, keywords a trailing one, and
names that meet after casing are told apart by `unique` (trailing underscores, in document order).
"""

from __future__ import annotations

import functools
import keyword
import re
import unicodedata

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_IDENTIFIER = re.compile(r"\W+", re.ASCII)
# Words a plain "strip the trailing s" gets wrong (the oVirt v3 SDK kept a table of these).
_SINGULAR_EXCEPTIONS = {
    "capabilities": "capability",
    "statistics": "statistic",
    "policies": "policy",
    "properties": "property",
    "storage": "storage",
    "status": "status",
    "address": "address",
    "errata": "erratum",
    "katelloerrata": "katelloerratum",
}


def ascii_name(name: str) -> str:
    """`MAC²` -> `MAC2`, `Réseau` -> `Reseau`, `名前` -> `_u540d__u524d_`: only ASCII left."""
    if name.isascii():
        return name
    out = []
    for char in unicodedata.normalize("NFKD", name):
        if char.isascii():
            out.append(char)
        elif not unicodedata.combining(char):
            out.append(f"_u{ord(char):04x}_")
    return "".join(out)


# cached: the same names come back (a type's fields in every extension of it)
@functools.lru_cache(maxsize=8192)
def snake(name: str) -> str:
    """`VirtIO_SCSI` -> `virt_io_scsi`, `case-sensitive` -> `case_sensitive`, `vm:id` -> `vm_id`."""
    words = _WORD_BOUNDARY.sub("_", ascii_name(name))
    return _NOT_IDENTIFIER.sub("_", words).strip("_").lower() or "_"


def identifier(name: str) -> str:
    """A safe Python identifier: keywords and soft keywords get a trailing underscore (`async_`, `import_`)."""
    result = snake(name)
    if result[0].isdigit():
        result = "_" + result
    if keyword.iskeyword(result) or keyword.issoftkeyword(result) or result in ("self", "cls"):
        result += "_"
    return result


@functools.lru_cache(maxsize=8192)
def class_name(name: str) -> str:
    """`storagedomains` -> `Storagedomains`, `host_nic` -> `HostNic`, `VM` stays `VM`, `none` -> `None_`."""
    parts = [p for p in _NOT_IDENTIFIER.sub("_", ascii_name(name)).split("_") if p]
    result = "".join(p[:1].upper() + p[1:] for p in parts) or "_"
    if result[0].isdigit():
        result = "_" + result
    if keyword.iskeyword(result):
        result += "_"
    return result


def unique(name: str, taken: set[str]) -> str:
    """`name`, or with trailing underscores when it is taken already; then taken."""
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def singular(word: str) -> str:
    lower = word.lower()
    for plural, single in _SINGULAR_EXCEPTIONS.items():
        if lower.endswith(plural):
            return word[: len(word) - len(plural)] + single
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return word[:-1]
    return word
