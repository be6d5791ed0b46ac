"""Fault rules: a request that matches one is answered by the rule instead of (or after) the engine — an
error status with the engine's `<fault>` body, a delay, or a dropped connection — N times or always
(WireMock's faults and delays, LocalStack's chaos API).

A rule is a JSON object:

    {"method": "GET", "path": "vms", "status": 503, "times": 2}
    {"path": "vms/*/start", "body": "<async>true", "delay": 1.5}
    {"method": "POST", "path": "/ovirt-engine/api/vms", "drop": true}

`path` is a glob (`*`: any text, slashes included) over the path below the API root without matrix
parameters (`vms/123/nics`), or over the whole path as sent when it starts with `/`; `method` defaults to any
(`*`); `body`: text the request body must contain. Then `status` (100-599; with optional `reason`, `detail`
and `headers`, such as `{"Retry-After": "0"}`), `delay` (seconds, up to 60: the engine answers late, or the
status does), `drop` (the connection is closed without an answer; not with `status`). `times`: how many
requests it answers (omitted or null: every one). Rules are tried in the order they were added; the first
that matches and has answers left wins. Anything else in the object is refused with a 400 fault naming it.
"""

from __future__ import annotations

import http
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .faults import Fault
from .routing import split_target
from .search import wildcard_match

MAX_DELAY = 60.0
MAX_TEXT = 1000  # characters of a path, body, reason, detail or header value
METHODS = frozenset({"*", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
FIELDS = (
    "method",
    "path",
    "body",
    "status",
    "reason",
    "detail",
    "headers",
    "delay",
    "drop",
    "times",
)
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


@dataclass
class Rule:
    id: int
    path: str
    method: str = "*"
    body: str | None = None
    status: int | None = None
    reason: str | None = None
    detail: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    times: int | None = None  # None: always
    matched: int = 0  # requests it has answered

    @property
    def active(self) -> bool:
        return self.times is None or self.matched < self.times

    def fault(self) -> Fault:
        """The answer of a rule with a status: the engine's `<fault>`."""
        assert self.status is not None
        try:
            phrase = http.HTTPStatus(self.status).phrase
        except ValueError:
            phrase = "Injected fault"
        detail = self.detail if self.detail is not None else f"injected by fault rule {self.id}"
        return Fault(self.status, self.reason or phrase, detail, dict(self.headers))

    def to_json(self) -> dict[str, Any]:
        shown = {name: getattr(self, name) for name in ("id", *FIELDS, "matched")}
        return {k: v for k, v in shown.items() if v not in (None, {}) or k == "times"}


def path_matcher(glob: str, roots: list[str]) -> Callable[[str], bool]:
    """Whether a request path (as sent) matches `glob`: the whole path when `glob` starts with `/`, else
    the path below the API root without matrix parameters."""
    if glob.startswith("/"):
        return lambda path: wildcard_match(glob, path)

    def below_root(path: str) -> bool:
        target = split_target(path, "", roots)
        return target is not None and wildcard_match(glob.strip("/"), "/".join(target.segments))

    return below_root


def parse(data: bytes, identifier: int) -> Rule:
    """The rule in a request body; raises a 400 fault naming what is wrong."""
    try:
        value = json.loads(data)
    except ValueError as exc:
        raise _invalid(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise _invalid("a rule is a JSON object")
    unknown = sorted(set(value) - set(FIELDS))
    if unknown:
        raise _invalid(f"unknown field {unknown[0]!r} (fields: {', '.join(FIELDS)})")
    path = value.get("path")
    if not isinstance(path, str) or not path or len(path) > MAX_TEXT:
        raise _invalid(f"path: a glob of up to {MAX_TEXT} characters is required")
    method = value.get("method", "*")
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise _invalid(f"method: {method!r} is not one of {', '.join(sorted(METHODS))}")
    status = value.get("status")
    if status is not None and (not _integer(status) or not 100 <= status <= 599):
        raise _invalid(f"status: {status!r} is not an HTTP status (100-599)")
    delay = value.get("delay", 0)
    if not _number(delay) or not 0 <= delay <= MAX_DELAY:
        raise _invalid(f"delay: {delay!r} is not a number of seconds from 0 to {MAX_DELAY:g}")
    drop = value.get("drop", False)
    if not isinstance(drop, bool):
        raise _invalid(f"drop: {drop!r} is not true or false")
    if drop and status is not None:
        raise _invalid("drop and status exclude each other: a dropped connection has no status")
    if status is None and not drop and not delay:
        raise _invalid("a rule needs a status, a delay or drop: true")
    times = value.get("times")
    if times is not None and (not _integer(times) or times < 1):
        raise _invalid(f"times: {times!r} is not a positive integer (or null: always)")
    texts = {name: value.get(name) for name in ("body", "reason", "detail")}
    for name, text in texts.items():
        if text is not None and (not isinstance(text, str) or len(text) > MAX_TEXT):
            raise _invalid(f"{name}: not a string of up to {MAX_TEXT} characters")
    headers = value.get("headers", {})
    if not isinstance(headers, dict) or not all(
        _HEADER_NAME.fullmatch(str(k)) and isinstance(v, str) and _header_value(v)
        for k, v in headers.items()
    ):
        raise _invalid("headers: an object of header names to values without control characters")
    return Rule(
        identifier,
        path,
        method.upper(),
        texts["body"],
        status,
        texts["reason"],
        texts["detail"],
        dict(headers),
        float(delay),
        drop,
        times,
    )


class Rules:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.rules: list[Rule] = []
        self.matchers: dict[int, Callable[[str], bool]] = {}
        self.next_id = 1

    def __bool__(self) -> bool:
        return bool(self.rules)

    def add(self, data: bytes, roots: list[str]) -> Rule:
        if len(self.rules) >= self.limit:
            raise _invalid(f"at most {self.limit} rules: clear some first")
        rule = parse(data, self.next_id)
        self.next_id += 1
        self.rules.append(rule)
        self.matchers[rule.id] = path_matcher(rule.path, roots)
        return rule

    def clear(self) -> None:
        self.rules.clear()
        self.matchers.clear()

    def wants_body(self, method: str, path: str) -> bool:
        """Whether a rule for this request looks at its body (which must then be read first)."""
        return any(r.body is not None and self._applies(r, method, path) for r in self.rules)

    def match(self, method: str, path: str, body: bytes | None) -> Rule | None:
        """The first rule with answers left that matches the request; counts the answer."""
        for rule in self.rules:
            if self._applies(rule, method, path) and (
                rule.body is None or rule.body in (body or b"").decode("utf-8", "replace")
            ):
                rule.matched += 1
                return rule
        return None

    def _applies(self, rule: Rule, method: str, path: str) -> bool:
        return rule.active and rule.method in ("*", method) and self.matchers[rule.id](path)


def _invalid(detail: str) -> Fault:
    return Fault(400, "Invalid fault rule", detail)


def _integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: object) -> bool:
    return (_integer(value) or isinstance(value, float)) and math.isfinite(value)  # type: ignore[arg-type]


def _header_value(value: str) -> bool:
    return len(value) <= MAX_TEXT and all(c == "\t" or " " <= c <= "~" for c in value)
