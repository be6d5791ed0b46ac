"""The part of the engine's query language a mock needs (guide §7.3.4-7.3.9).

`name=vm*` (`*` is a wildcard; `=`, `!=`, `<`, `>`, `<=`, `>=`), criteria joined by spaces or `and`,
`sortby FIELD [asc|desc]`, `page N`. A field is a dotted element path (`cluster.name`); a field whose element
holds a `state` (`status`) compares by it. Wildcards are matched without regular expressions, in time linear in
the name and the pattern: a search is written by the client, and a backtracking match would stall the engine.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .faults import bad_request, integer

_CRITERION = re.compile(r"^([\w.\-]+)(!=|<=|>=|=|<|>)(.*)$")
_FIELD = re.compile(r"^[^\W\d][\w\-]*(\.[^\W\d][\w\-]*)*$")  # element names joined by dots
_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
}


@dataclass
class Query:
    criteria: list[tuple[str, str, str]] = field(default_factory=list)
    sortby: str | None = None
    descending: bool = False
    page: int | None = None


def parse(text: str) -> Query:
    query = Query()
    words = text.split()
    index = 0
    while index < len(words):
        word, lower = words[index], words[index].lower()
        following = words[index + 1] if index + 1 < len(words) else None
        if lower == "and":
            index += 1
        elif lower == "sortby" and following:
            query.sortby = _field(following, text)
            index += 2
            if index < len(words) and words[index].lower() in ("asc", "desc"):
                query.descending = words[index].lower() == "desc"
                index += 1
        elif lower == "page" and following:
            query.page = integer(following, "page")
            if query.page < 1:
                raise bad_request("Invalid search query", f"page {following} is not a page number")
            index += 2
        elif (match := _CRITERION.match(word)) is not None:
            query.criteria.append((_field(match[1], text), match[2], match[3].strip("\"'")))
            index += 1
        elif word.endswith(":"):  # a `Vms:` search prefix
            index += 1
        else:
            raise bad_request("Invalid search query", f"cannot read {word!r} in {text!r}")
    return query


def _field(path: str, text: str) -> str:
    if not _FIELD.match(path):
        raise bad_request("Invalid search query", f"{path!r} is not a field, in {text!r}")
    return path


def name_prefix(query: Query) -> str:
    """The literal start of a `name=` pattern (`c1-` of `name=c1-*`): every match has a name starting with
    it, in some case, so a name index can narrow the search; "" when the query has none."""
    for path, op, pattern in query.criteria:
        if path == "name" and op == "=":
            return pattern.split("*")[0]
    return ""


def value(element: etree._Element, path: str) -> str | None:
    *parents, last = path.split(".")
    current: etree._Element | None = element
    for tag in parents:
        current = current.find(tag) if current is not None else None
    if current is None:
        return None
    attribute = current.get(last)
    if attribute is not None:
        return attribute
    child = current.find(last)
    if child is None:
        return None
    state = child.find("state") if len(child) else None
    return (state.text if state is not None else child.text) or ""


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def wildcard_match(pattern: str, value: str) -> bool:
    """Whether `value` matches `pattern`, where `*` stands for any text: the literal pieces between the
    stars must appear in order, the first at the start and the last at the end. Taking each piece at its
    first place after the previous one is never wrong, so one left-to-right pass decides."""
    pieces = pattern.split("*")
    if len(pieces) == 1:
        return value == pattern
    first, *middle, last = pieces
    if (
        len(value) < len(first) + len(last)
        or not value.startswith(first)
        or not value.endswith(last)
    ):
        return False
    position, end = len(first), len(value) - len(last)
    for piece in middle:
        found = value.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def _matcher(op: str, pattern: str, case_sensitive: bool) -> Callable[[str | None], bool]:
    if op in ("=", "!="):
        fold: Callable[[str], str] = (lambda s: s) if case_sensitive else str.casefold
        folded, equal = fold(pattern), op == "="
        return lambda v: v is not None and wildcard_match(folded, fold(v)) == equal
    bound = _number(pattern)
    order = _ORDER[op]

    def compare(v: str | None) -> bool:
        if v is None:
            return False
        number = _number(v)
        if number is not None and bound is not None:
            return order(number, bound)
        return order(v, pattern)

    return compare


def apply(
    items: list[etree._Element],
    query: Query,
    case_sensitive: bool,
    page_size: int,
    first: int | None = None,
) -> list[etree._Element]:
    """The items the query selects, in its order; only the `first` matches when given (the criteria are
    then checked until that many match, not over the whole collection)."""
    matchers = [
        (path, _matcher(op, pattern, case_sensitive)) for path, op, pattern in query.criteria
    ]
    if matchers:
        selected = (i for i in items if all(match(value(i, path)) for path, match in matchers))
        items = list(itertools.islice(selected, first))
    if query.sortby:
        sortby = query.sortby
        keys = [value(item, sortby) or "" for item in items]
        numeric = all(_number(k) is not None for k in keys)
        order = sorted(
            range(len(items)),
            key=lambda i: (_number(keys[i]) or 0.0, "") if numeric else (0.0, keys[i]),
            reverse=query.descending,
        )
        items = [items[i] for i in order]
    if query.page is not None:
        start = (query.page - 1) * page_size
        items = items[start : start + page_size]
    return items
