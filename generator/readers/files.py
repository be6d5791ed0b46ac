"""Reading a file that a user, a configuration or a document names.

Only a regular file is read: a device such as /dev/zero never ends and a FIFO may never answer (it is opened
without waiting for a writer, then refused). The bound is counted as the file is read, never taken from a size
asked beforehand, which a device, /proc or a growing file belies.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import InputError, Location


def read_limited(path: Path, limit: int, expected: str = "a file") -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them; else an InputError naming it."""
    where = Location(str(path))
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except ValueError:  # os.open's refusal of a NUL
        raise InputError(where, "a path cannot hold a NUL character") from None
    except OSError as exc:
        raise InputError(where, exc.strerror or str(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(where, f"is a directory, expected {expected}")
        if not stat.S_ISREG(mode):
            kind = "a device, FIFO or socket"
            raise InputError(where, f"is not a regular file ({kind}), expected {expected}")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(where, exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(where, f"larger than the {limit} bytes allowed")
    return data
