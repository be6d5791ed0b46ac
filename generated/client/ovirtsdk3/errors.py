"""Exceptions of the ovirtsdk3 client. None of them ever carries credentials."""

from __future__ import annotations


class Error(Exception):
    """Base of every error this package raises."""


class ConnectionError(Error):
    """The server could not be reached, or the connection broke (DNS, TLS, refused, timeout)."""


class DisconnectedError(Error):
    """A call on an API that was closed (`close()`, or the end of its `with` block)."""


class RequestError(Error):
    """The server answered with an error status; `reason` and `detail` come from its `<fault>` if any."""

    def __init__(self, status: int, reason: str, detail: str | None = None) -> None:
        message = f"[{status}] {reason}" + (f": {detail}" if detail else "")
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.detail = detail


class AmbiguousQueryError(Error):
    """`get(name=...)` matched more than one entity; `count` says how many."""

    def __init__(self, collection: str, name: str, count: int) -> None:
        super().__init__(f"{count} entities of {collection} are named {name!r}: get one by id")
        self.collection = collection
        self.name = name
        self.count = count


class AsyncFailure(RequestError):
    """An asynchronous creation or action that was waited on ended in the `failed` state."""


class WaitTimeout(Error):
    """An asynchronous creation or action did not finish within the time given to `wait`."""
