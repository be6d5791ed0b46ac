"""The serving options, one definition for `python -m <package>` and `rsdlgen serve` (kept apart from
`serve`, so that a command line can be built without importing the web server)."""

from __future__ import annotations

import argparse

from .settings import TRANSITIONS, Settings


def _port(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 3600:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0 to 3600")
    return value


def add_options(parser: argparse.ArgumentParser, quiet: bool = True) -> None:
    """The serving options of `python -m <package>` and `rsdlgen serve` (`quiet`: add `--quiet`, which
    `rsdlgen` has for every command)."""
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    parser.add_argument(
        "--port", type=_port, default=8080, help="port to listen on (%(default)s; 0: any free port)"
    )
    parser.add_argument(
        "--user", default=Settings.user, help="user of HTTP Basic auth (%(default)s)"
    )
    parser.add_argument(
        "--password", default=Settings.password, help="password of Basic auth (%(default)s)"
    )
    parser.add_argument("--tls", action="store_true", help="https, with a throwaway CA made now")
    parser.add_argument("--cert", metavar="PEM", help="https with this certificate (chain)")
    parser.add_argument("--key", metavar="PEM", help="the private key of --cert")
    if quiet:
        parser.add_argument("--quiet", action="store_true", help="no access log")
    parser.add_argument(
        "--seed", metavar="FILE", action="append", default=[], help="XML or JSON fixtures to load"
    )
    parser.add_argument(
        "--product-version", metavar="X.Y.Z.W", help="engine version (default: the RSDL's)"
    )
    parser.add_argument(
        "--transitions",
        choices=TRANSITIONS,
        default="instant",
        help="state changes at once, through the engine's intermediate states (timed), or when "
        "the admin API's clock moves (manual)",
    )
    parser.add_argument(
        "--transition-seconds",
        type=_seconds,
        default=Settings.transition_seconds,
        metavar="S",
        help="how long each intermediate state lasts (default 1)",
    )
