"""How the server is run: credentials, limits, and the strictness of validation."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Settings:
    # `username@domain`, as the engine's Basic credentials (guide §2.2)
    user: str = "admin@internal"
    password: str = "admin"
    # idle timeout of a persistent-auth session; a request's `Session-TTL` overrides it
    session_ttl_minutes: float = 30.0
    max_body_bytes: int = 4 * 1024 * 1024  # larger bodies get 413
    page_size: int = 100  # results per `page N` of a search
    accept_deprecated: bool = False  # deprecated overloads do not satisfy validation unless True
    clock: Callable[[], float] = field(default=time.monotonic)  # seconds; tests move time forward
