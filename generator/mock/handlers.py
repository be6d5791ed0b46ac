"""The handlers of the links: what runs once a request is routed, authenticated and validated.

`Handlers` answers every link from the in-memory engine. A generated server subclasses it with one typed
method per link (named by `LinkSpec.handler`), so that a user's subclass can replace any of them; the app calls
the method the link names, or `handle` when the class has none (an engine built in memory from a spec).
"""

from __future__ import annotations

from typing import Any

from .calls import Call, Reply
from .engine import Engine


class Handlers:
    engine: Engine

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    async def handle(self, call: Call, *values: str, **arguments: Any) -> Reply:
        """Any link: the engine's answer (`values`: the path's placeholders, `arguments`: the body and the
        URL parameters, as a link's own method receives them)."""
        return self.engine.handle(call)


# What no link's method may be called: an attribute of the class's own (`engine`, `handle`) would hide it, or
# be hidden by it, and every request of the link would fail.
OWN_NAMES = frozenset({*vars(Handlers), *Handlers.__annotations__})
