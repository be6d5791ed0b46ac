"""How the server is run: credentials, limits, and the strictness of validation."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

TRANSITIONS = ("instant", "timed", "manual")  # `Settings.transitions` (`rsdlgen.mock.transitions`)


@dataclass
class Settings:
    # `username@domain`, as the engine's Basic credentials (guide §2.2)
    user: str = "admin@internal"
    password: str = "admin"
    # idle timeout of a persistent-auth session; a request's `Session-TTL` overrides it
    session_ttl_minutes: float = 30.0
    max_body_bytes: int = 4 * 1024 * 1024  # larger bodies get 413
    # elements and values a body may parse into (an oVirt body has a few hundred), else 413 before parsing
    max_body_items: int = 50_000
    # before authentication (mock.connections): the header block's size and count (431), the seconds to send
    # it (408, connection closed) and the connections served at once (503 past it)
    max_header_bytes: int = 64 * 1024
    max_headers: int = 100
    header_timeout: float = 10.0
    max_connections: int = 500
    page_size: int = 100  # results per `page N` of a search
    # memory bounds: everything lives in memory only and is lost on restart
    # persistent-auth sessions; past it the least recently used is dropped
    max_sessions: int = 1_000
    max_events: int = 1_000  # the event log keeps the newest ones
    max_recorded_requests: int = 1_000  # the admin API's request journal keeps the newest ones
    max_fault_rules: int = 100
    # async actions and creations polled later (guide §7.4.7): the newest ones, with what they were sent only
    # when it is small
    max_tasks: int = 1_000
    max_task_body_bytes: int = 16 * 1024
    # The engine accepts deprecated overloads (the guide's §3.13 disk gives `size`); False refuses them.
    accept_deprecated: bool = True
    # `major.minor.build.revision` of the engine; None: the RSDL's `<version>` (guide §4.1)
    product_version: str | None = None
    # XML or JSON files of entities to create at start, after the fresh engine's own (`seed.load`)
    seed: tuple[str, ...] = ()
    # PEM file of the CA that issued the https certificate, published without credentials where the
    # engine publishes its own (`services/pki-resource`, guide §2.1, and `/ca.crt`); `--tls` sets it
    ca_certificate: str | None = None
    # one line per request on stderr (method, path, status, milliseconds); `rsdlgen serve` turns it on
    access_log: bool = False
    clock: Callable[[], float] = field(default=time.monotonic)  # seconds; tests move time forward
    # `instant`, `timed` or `manual`: how states change (`transitions`), and how long each intermediate
    # state lasts (by state name, else `transition_seconds`)
    transitions: str = "instant"
    transition_seconds: float = 1.0
    transition_durations: Mapping[str, float] = field(default_factory=dict)
