"""HTTP Basic authentication (guide §2.2) and persistent-auth sessions (§2.3).

A request with valid Basic credentials and `Prefer: persistent-auth` opens a session: the reply sets a
`JSESSIONID` cookie, and later requests carrying the cookie and the `Prefer` header need no credentials. A
request with the cookie but without `Prefer: persistent-auth` is served in the session and closes it (guide
§2.3, step 3; the guide's example also sends credentials, which are then not needed). `Session-TTL` (minutes) sets
the idle timeout; zero or less means never. Sessions live in memory only: expired ones are pruned as requests
come, and past `Settings.max_sessions` the least recently used one is dropped, so logins cannot fill memory.
"""

from __future__ import annotations

import base64
import re
import secrets
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .faults import Fault
from .settings import Settings

COOKIE = "JSESSIONID"
ACCEPTED = 64  # valid Authorization headers remembered (`Authenticator.accepted`)
WHOLE = re.compile(r"-?[0-9]+")  # `Session-TTL`, in minutes


@dataclass
class Session:
    user: str
    ttl_seconds: float
    last_seen: float

    def expired(self, now: float) -> bool:
        return self.ttl_seconds > 0 and now - self.last_seen > self.ttl_seconds


class Authenticator:
    def __init__(
        self, settings: Settings, cookie_path: str, on_login: Callable[[str, bool], None]
    ) -> None:
        self.settings = settings
        self.cookie_path = cookie_path
        self.on_login = on_login  # (user, logged_in): events for log in / log out
        self.sessions: OrderedDict[str, Session] = OrderedDict()  # least recently used first
        # Authorization headers found valid (with the credentials expected then), and their user: a
        # client sends the same header each time
        self.accepted: dict[tuple[str, str, str], str] = {}

    def authenticate(
        self, headers: Mapping[str, str], cookies: Mapping[str, str]
    ) -> tuple[str, dict[str, str]]:
        """The user, and headers for the reply (`Set-Cookie`); raises a 401 fault."""
        now = self.settings.clock()
        self._prune(now)
        persistent = "persistent-auth" in headers.get("prefer", "").lower()
        ttl = self._ttl(headers.get("session-ttl"))
        token = cookies.get(COOKIE)
        session = self.sessions.get(token) if token else None
        if session is not None and session.expired(now):
            del self.sessions[token or ""]
            session = None
        if session is not None and token:
            if persistent:
                session.last_seen = now
                session.ttl_seconds = session.ttl_seconds if ttl is None else ttl
                self.sessions.move_to_end(token)
                return session.user, {}
            del self.sessions[token]
            self.on_login(session.user, False)
            return session.user, {}
        user = self._basic(headers.get("authorization"))
        if not persistent:
            return user, {}
        token = secrets.token_urlsafe(18)
        lifetime = self.settings.session_ttl_minutes * 60 if ttl is None else ttl
        while len(self.sessions) >= max(self.settings.max_sessions, 1):
            self.sessions.popitem(last=False)
        self.sessions[token] = Session(user, lifetime, now)
        self.on_login(user, True)
        cookie = f"{COOKIE}={token}; Path={self.cookie_path}; HttpOnly"
        return user, {"Set-Cookie": cookie}

    def _prune(self, now: float) -> None:
        """Drop expired sessions from the least recently used end (each is dropped once: linear overall)."""
        while self.sessions:
            token, oldest = next(iter(self.sessions.items()))
            if not oldest.expired(now):
                return
            del self.sessions[token]

    def _basic(self, header: str | None) -> str:
        key = (header or "", self.settings.user, self.settings.password)
        user = self.accepted.get(key)
        if user is not None:
            return user
        user = self._check(header)
        if len(self.accepted) >= ACCEPTED:
            self.accepted.clear()
        self.accepted[key] = user
        return user

    def _check(self, header: str | None) -> str:
        scheme, _, encoded = (header or "").partition(" ")
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
            except ValueError:  # not base64 (or not ASCII at all), or not UTF-8 once decoded
                user, password = "", ""
            expected = self.settings.user
            if secrets.compare_digest(
                password.encode(), self.settings.password.encode()
            ) and user in (
                expected,
                expected.split("@")[0],
            ):
                return expected
        raise Fault(
            401,
            "Authorization Required",
            "send HTTP Basic credentials (user@domain:password) or a session cookie",
            {"WWW-Authenticate": 'Basic realm="RESTAPI"'},
        )

    @staticmethod
    def _ttl(value: str | None) -> float | None:
        """A whole number of minutes (as the OpenAPI description says, `targets/openapi/paths.py`)."""
        if value is None:
            return None
        if WHOLE.fullmatch(value.strip()) is None:
            raise Fault(
                400, "Invalid header", f"Session-TTL: {value!r} is not a whole number of minutes"
            )
        return int(value) * 60
