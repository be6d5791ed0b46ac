"""The two halves of the client: blocking (`API`, over sockets) and asyncio (`AsyncAPI`, over asyncio's
streams). One template renders both: where they differ it prints the flavour's spelling (`def` or
`async def`, nothing or `await `), so the halves cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rendering import Python


@dataclass(frozen=True)
class Flavour:
    is_async: bool
    # of the classes that differ: `Connection` / `AsyncConnection`, `API` / `AsyncAPI`
    prefix: Python
    def_: Python  # a function that does I/O
    await_: Python  # before a call of one
    sleep: Python
    iterator: Python  # what `iterate()` returns
    module: Python  # the services module of this half
    # the runtime's functions that do I/O, in this half: `call` / `async_call`
    call: Python
    wait: Python
    pages: Python


SYNC = Flavour(
    False,
    Python(""),
    Python("def"),
    Python(""),
    Python("time.sleep"),
    Python("_abc.Iterator"),
    Python("services"),
    Python("call"),
    Python("wait"),
    Python("pages"),
)
ASYNC = Flavour(
    True,
    Python("Async"),
    Python("async def"),
    Python("await "),
    Python("asyncio.sleep"),
    Python("_abc.AsyncIterator"),
    Python("async_services"),
    Python("async_call"),
    Python("async_wait"),
    Python("async_pages"),
)
FLAVOURS = (SYNC, ASYNC)
