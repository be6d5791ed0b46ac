"""One concrete collection of the in-memory engine: its entities in insertion order, and an index of their
names kept sorted, so that lookups by name and `name=prefix*` searches do not scan the collection.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

from lxml import etree

Element = etree._Element
_Entry = tuple[str, int, str]  # (lower-case name, insertion number, id)


def name_of(element: Element) -> str:
    return element.findtext("name") or element.get("id") or ""


class Collection:
    def __init__(self) -> None:
        self._items: dict[str, Element] = {}
        self._names: list[_Entry] = []  # sorted
        self._entries: dict[str, _Entry] = {}
        self._numbers = itertools.count()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, identifier: str) -> bool:
        return identifier in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def get(self, identifier: str) -> Element | None:
        return self._items.get(identifier)

    def values(self, first: int | None = None) -> list[Element]:
        """The entities in insertion order; only the `first` ones when given."""
        if first is None:
            return list(self._items.values())
        return list(itertools.islice(self._items.values(), first))

    def add(self, identifier: str, element: Element) -> None:
        """Add `element`, or replace the one with its id (keeping its place)."""
        self._items[identifier] = element
        self.renamed(identifier)

    def remove(self, identifier: str) -> None:
        del self._items[identifier]
        self._unindex(identifier)

    def renamed(self, identifier: str) -> None:
        """(Re-)index an entity, whose name may have changed in place."""
        old = self._entries.get(identifier)
        if old is not None:
            self._unindex(identifier)
        number = old[1] if old is not None else next(self._numbers)
        entry = (name_of(self._items[identifier]).lower(), number, identifier)
        self._entries[identifier] = entry
        bisect.insort(self._names, entry)

    def named(self, prefix: str) -> list[Element]:
        """The entities whose name starts with `prefix`, any case, in insertion order."""
        lower = prefix.lower()
        start = end = bisect.bisect_left(self._names, (lower,))
        while end < len(self._names) and self._names[end][0].startswith(lower):
            end += 1
        found = sorted(self._names[start:end], key=lambda entry: entry[1])
        return [self._items[entry[2]] for entry in found]

    def find(self, name: str) -> Element | None:
        """The first entity named `name`, preferring the exact case."""
        matches = [e for e in self.named(name) if name_of(e).lower() == name.lower()]
        return next((e for e in matches if name_of(e) == name), matches[0] if matches else None)

    def _unindex(self, identifier: str) -> None:
        entry = self._entries.pop(identifier)
        del self._names[bisect.bisect_left(self._names, entry)]
