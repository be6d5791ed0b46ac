"""`rsdlgen fetch URL --out DIR`: download a live engine's RSDL and XML Schema, validated, written atomically."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..model.diffing import RSDL_NAME, SCHEMA_NAME
from ..project.configuration import configuration
from . import add_config_option, usage
from .output import output

if TYPE_CHECKING:
    from ..drift.fetching import Connection

PASSWORD_VARIABLE = "RSDLGEN_PASSWORD"


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    auth = parser.add_argument_group("authentication")
    auth.add_argument("--user", metavar="USER@DOMAIN", help="user for HTTP Basic authentication")
    auth.add_argument(
        "--password", help=f"password (default: the {PASSWORD_VARIABLE} environment variable)"
    )
    auth.add_argument(
        "--session-cookie", metavar="ID", help="an existing JSESSIONID instead of user and password"
    )
    tls = parser.add_mutually_exclusive_group()
    tls.add_argument("--ca-file", metavar="FILE", help="PEM file of the CA that signed the engine")
    tls.add_argument(
        "--insecure", action="store_true", help="do not verify the engine's TLS certificate"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="for the whole download (default 30)",
    )


def connection_from(args: argparse.Namespace, url: str) -> Connection:
    password = args.password if args.password is not None else os.environ.get(PASSWORD_VARIABLE)
    if args.user is not None and password is None:
        usage(args, f"--user needs --password or the {PASSWORD_VARIABLE} environment variable")
    from ..drift.fetching import Connection  # httpx, only when a command fetches

    return Connection(
        url=url,
        user=args.user,
        password=password,
        session_cookie=args.session_cookie,
        ca_file=args.ca_file,
        insecure=args.insecure,
        timeout=args.timeout,
    )


def run(args: argparse.Namespace) -> int:
    config = configuration(Path(args.config) if args.config else None)
    url = args.url or config.url
    if url is None:
        usage(args, "give the engine's URL (or `url` in the configuration)")
    if args.out is not None:
        places = (Path(args.out) / RSDL_NAME, Path(args.out) / SCHEMA_NAME)
    elif config.rsdl is not None and config.schema is not None:
        places = (config.rsdl, config.schema)
    else:
        usage(args, "give --out DIR (or `rsdl` and `schema` in the configuration)")
    from ..drift.fetching import download, save

    fetched = download(connection_from(args, url))
    rsdl, schema = save(fetched, *places)
    model = fetched.model
    types = len(model.schema.types) if model.schema else 0
    shown = output(args)
    shown.info(f"{rsdl}: {len(model.links)} links")
    shown.info(f"{schema}: {types} types")
    shown.info(f"fingerprint {model.fingerprint}")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "fetch",
        help="download ?rsdl and ?schema from a live engine",
        description="Download URL?rsdl and URL?schema (URL is the API root, e.g. "
        "https://engine.example.com/ovirt-engine/api), check that both parse, and write DIR/rsdl.xml and "
        "DIR/api.xsd: both or neither.",
    )
    parser.add_argument(
        "url", nargs="?", metavar="URL", help="the API root (default: as configured)"
    )
    parser.add_argument(
        "--out",
        metavar="DIR",
        help="write DIR/rsdl.xml and DIR/api.xsd (default: the configured rsdl and schema)",
    )
    add_config_option(parser)
    add_connection_options(parser)
    parser.set_defaults(run=run)
