"""The serving options, one definition for `python -m <package>` and `rsdlgen serve` (kept apart from
`serve`, so that a command line can be built without importing the web server)."""

from __future__ import annotations

import argparse

from .settings import Settings


def _port(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None


def add_options(parser: argparse.ArgumentParser, quiet: bool = True) -> None:
    """The serving options of `python -m <package>` and `rsdlgen serve` (`quiet`: add `--quiet`, which
    `rsdlgen` has for every command)."""
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=_port, default=8080, help="port to listen on (0: any free port)"
    )
    parser.add_argument("--user", default=Settings.user, help="user of HTTP Basic auth")
    parser.add_argument("--password", default=Settings.password, help="password of Basic auth")
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
